"""A readable plain-text report: aligned sentences and findings with both spans.

Sentence numbers count from 1 (the JSON's ids plus one); Arabic runs inside left-to-right lines
are bidi-isolated (FSI…PDI) so quote marks and digits next to them stay where they belong.
"""

from __future__ import annotations

import re
import textwrap
from collections import defaultdict

from workbench.records import Comparison, Finding
from workbench.report.bidi import isolate

SEVERITY_RANK = {"minor": 0, "major": 1}
# ANSI styles for a terminal: finding lines by severity, the side labels dimmed
_STYLE = {"major": "\x1b[1;31m", "minor": "\x1b[33m", "label": "\x1b[2m", "head": "\x1b[1m"}
_RESET = "\x1b[0m"
_LABEL = re.compile(r"^(  (?:AR|\(MT\)|EN)  )")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _ids(ids: tuple[int, ...]) -> str:
    return ",".join(str(i + 1) for i in ids) or "-"


def to_text(
    c: Comparison, *, width: int = 100, color: bool = False, only_findings: bool = False, min_severity: str = "minor"
) -> str:
    """Side-by-side-style text report, one block per link, findings under the block they concern.

    ``width``: line width (wrapped); ``color``: ANSI colours for a terminal; ``only_findings``:
    leave out rows without a finding; ``min_severity``: leave out findings below it.
    """
    width = max(width, 40)
    floor = SEVERITY_RANK.get(min_severity, 0)
    findings = [f for f in c.findings if SEVERITY_RANK.get(f.severity, 0) >= floor]
    by_link: dict[int, list[Finding]] = defaultdict(list)
    link_of_ar = {i: k for k, link in enumerate(c.links) for i in link.ar}
    link_of_en = {j: k for k, link in enumerate(c.links) for j in link.en}
    for f in findings:
        k = link_of_ar.get(f.ar_sentence) if f.ar_sentence is not None else link_of_en.get(f.en_sentence or 0)
        by_link[k if k is not None else 0].append(f)
    ar_n, en_n = len(c.ar.sentences), len(c.en.sentences)
    linked = sum(len(link.ar) for link in c.links if link.ar and link.en)
    shown = f"   Shown: {len(findings)} ({min_severity} and above)" if floor else ""
    lines = [
        f"Arabic: {isolate(c.ar.source)} ({ar_n} sentences)   English: {isolate(c.en.source)} ({en_n} sentences)",
        f"Translator: {c.translator}   Arabic sentences carried over: {linked}/{ar_n}   "
        f"Findings: {len(c.findings)}{shown}",
        "=" * width,
    ]
    if c.ar.parts:  # several Arabic sources (compare --also-ar): name them once (from 1), then per link
        lines[-1:-1] = [f"Arabic source {k + 1}: {isolate(label)}" for k, (label, _) in enumerate(c.ar.parts)]
    wrap = textwrap.TextWrapper(width=width - 8, subsequent_indent="        ", break_on_hyphens=False)
    foreign = set(c.other_material)
    for k, link in enumerate(c.links):
        if link.en and not link.ar and set(link.en) <= foreign:
            continue  # listed once, collapsed, at the end
        if only_findings and not by_link.get(k):
            continue
        kind = "omitted" if not link.en else "added" if not link.ar else f"{len(link.ar)}-{len(link.en)}"
        unsure = "  (uncertain)" if link.uncertain else ""
        origin = sorted({c.ar.sentences[i].source + 1 for i in link.ar}) if c.ar.parts else []
        where = f" (source {','.join(map(str, origin))})" if origin else ""
        lines.append(f"[ar {_ids(link.ar)} ↔ en {_ids(link.en)}{where}]  {kind}  confidence {link.score:.2f}{unsure}")
        for i in link.ar:
            lines.append(wrap.fill("  AR    " + c.ar.sentences[i].text))
            lines.append(wrap.fill("  (MT)  " + c.translations[i]))
        for j in link.en:
            lines.append(wrap.fill("  EN    " + c.en.sentences[j].text))
        for f in by_link.get(k, []):
            label = f"{f.type}/{f.subtype}" if f.subtype else f.type
            lines.append(wrap.fill(f"  !! {f.severity.upper()} {label}: {isolate(f.explanation)}"))
            if f.ar_span and f.en_span:
                lines.append(wrap.fill(f"       AR «{isolate(_clip(f.ar_span))}»  →  EN “{_clip(f.en_span)}”"))
        lines.append("-" * width)
    if c.other_material:
        lines.append(
            f"Not from this source (en {_ids(c.other_material)}): {len(c.other_material)} English sentences"
            " with no counterpart in this Arabic report"
        )
        lines.append(wrap.fill("  EN    " + _clip(" ".join(c.en.sentences[j].text for j in c.other_material), 160)))
        lines.append("-" * width)
    # nothing from the inputs may drive the terminal: controls (ESC and the rest) go before our colours
    text = _CONTROLS.sub("", "\n".join(lines)) + "\n"
    return _colour(text) if color else text


def _colour(text: str) -> str:
    """ANSI colours: finding lines by severity, side labels dimmed, link headers bold."""
    out, style = [], ""
    for line in text.split("\n"):
        if line.startswith("  !! "):
            style = _STYLE["major" if line.startswith("  !! MAJOR") else "minor"]
        elif not line.startswith("        "):  # a wrapped line continues the style of the line before
            style = ""
        if style:
            line = f"{style}{line}{_RESET}"
        elif line.startswith("[ar "):
            line = f"{_STYLE['head']}{line}{_RESET}"
        else:
            line = _LABEL.sub(lambda m: f"{_STYLE['label']}{m.group(1)}{_RESET}", line)
        out.append(line)
    return "\n".join(out)


def _clip(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
