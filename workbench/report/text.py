"""A readable plain-text report: aligned sentences and findings with both spans."""

from __future__ import annotations

import textwrap
from collections import defaultdict

from workbench.records import Comparison, Finding


def to_text(c: Comparison, *, width: int = 100) -> str:
    """Side-by-side-style text report, one block per link, findings under the block they concern."""
    by_link: dict[int, list[Finding]] = defaultdict(list)
    link_of_ar = {i: k for k, link in enumerate(c.links) for i in link.ar}
    link_of_en = {j: k for k, link in enumerate(c.links) for j in link.en}
    for f in c.findings:
        k = link_of_ar.get(f.ar_sentence) if f.ar_sentence is not None else link_of_en.get(f.en_sentence or 0)
        by_link[k if k is not None else 0].append(f)
    ar_n, en_n = len(c.ar.sentences), len(c.en.sentences)
    linked = sum(len(link.ar) for link in c.links if link.ar and link.en)
    lines = [
        f"Arabic: {c.ar.source} ({ar_n} sentences)   English: {c.en.source} ({en_n} sentences)",
        f"Translator: {c.translator}   Arabic sentences carried over: {linked}/{ar_n}   Findings: {len(c.findings)}",
        "=" * width,
    ]
    if c.ar.parts:  # several Arabic sources (compare --also-ar): name them once, then per link
        lines[-1:-1] = [f"Arabic source {k}: {label}" for k, (label, _) in enumerate(c.ar.parts)]
    wrap = textwrap.TextWrapper(width=width - 8, subsequent_indent="        ")
    for k, link in enumerate(c.links):
        kind = "omitted" if not link.en else "added" if not link.ar else f"{len(link.ar)}-{len(link.en)}"
        ids = f"ar {','.join(map(str, link.ar)) or '-'} ↔ en {','.join(map(str, link.en)) or '-'}"
        origin = sorted({c.ar.sentences[i].source for i in link.ar}) if c.ar.parts else []
        ids += f" (source {','.join(map(str, origin))})" if origin else ""
        lines.append(f"[{ids}]  {kind}  confidence {link.score:.2f}")
        for i in link.ar:
            lines.append(wrap.fill("  AR    " + c.ar.sentences[i].text))
            lines.append(wrap.fill("  (MT)  " + c.translations[i]))
        for j in link.en:
            lines.append(wrap.fill("  EN    " + c.en.sentences[j].text))
        for f in by_link.get(k, []):
            label = f"{f.type}/{f.subtype}" if f.subtype else f.type
            lines.append(wrap.fill(f"  !! {f.severity.upper()} {label}: {f.explanation}"))
            if f.ar_span and f.en_span:
                lines.append(wrap.fill(f"       AR «{_clip(f.ar_span)}»  →  EN “{_clip(f.en_span)}”"))
        lines.append("-" * width)
    return "\n".join(lines) + "\n"


def _clip(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
