"""Reporting verbs: the force with which a statement is attributed (said → revealed, confirmed → said)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings.base import AlignedPair, make_finding
from workbench.lexicons import load
from workbench.records import Finding
from workbench.text.arabic import normalize_ar, normalize_with_map, original_span
from workbench.text.quotes import find_quotes, inside_quote

# Strength order; denial stands apart and is compared only with denial.
RANK = {"distancing": 0, "neutral": 1, "assertive": 2, "revelatory": 3}
DESCRIBE = {
    "distancing": "keeps a distance from the claim",
    "neutral": "neutral attribution",
    "assertive": "presents it as confirmed or stressed",
    "revelatory": "presents it as a revelation",
}


@dataclass(frozen=True)
class Verb:
    """A reporting verb found in a sentence."""

    text: str  # exact text in the sentence
    cls: str
    gloss: str
    start: int


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[str, str]], list[tuple[re.Pattern[str], str]]]:
    ar: dict[str, tuple[str, str]] = {}
    en: list[tuple[re.Pattern[str], str]] = []
    for lang, form, cls, *rest in load("reporting_verbs.tsv"):
        if lang == "ar":
            base = normalize_ar(form)
            gloss = rest[0] if rest else ""
            variants = {base}
            if " " not in base and not base.startswith(("ي", "ت", "م")):
                variants |= {base + "ت", base + "وا"}
                if base.endswith("ي"):  # ادعى → ادعت, ادعوا
                    variants |= {base[:-1] + "ت", base[:-1] + "وا"}
            for v in variants:
                for prefix in ("", "و", "ف"):
                    ar[prefix + v] = (cls, gloss)
        else:
            en.append((re.compile(rf"\b{re.escape(form)}\b", re.I), cls))
    return ar, en


def arabic_verbs(text: str) -> list[Verb]:
    """Reporting verbs in an Arabic sentence, outside quotations, in order."""
    table, _ = _lexicon()
    quotes = find_quotes(text)
    norm, index = normalize_with_map(text)
    out = []
    for m in re.finditer(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)?", norm):
        for tok_m in re.finditer(r"[\u0621-\u064a]+", m.group(0)):
            tok = tok_m.group(0)
            s = m.start() + tok_m.start()
            two = norm[s : s + len(tok) + 1 + 20].split(" ")
            key = tok if tok in table else (" ".join(two[:2]) if " ".join(two[:2]) in table else None)
            if key is None:
                continue
            e = s + len(key)
            start = index[s]
            if inside_quote(quotes, start):
                continue
            cls, gloss = table[key]
            out.append(Verb(original_span(text, index, s, e), cls, gloss, start))
    # the inner loop runs over overlapping windows; keep each position once
    seen: set[int] = set()
    unique = []
    for v in sorted(out, key=lambda v: v.start):
        if v.start not in seen:
            seen.add(v.start)
            unique.append(v)
    return unique


def english_verbs(text: str) -> list[Verb]:
    """Reporting verbs in an English sentence, outside quotations, in order."""
    _, patterns = _lexicon()
    quotes = find_quotes(text)
    found = []
    for pattern, cls in patterns:
        for m in pattern.finditer(text):
            if not inside_quote(quotes, m.start()):
                found.append(Verb(m.group(0), cls, m.group(0).lower(), m.start()))
    return sorted(found, key=lambda v: v.start)


def detect(pair: AlignedPair) -> list[Finding]:
    """Compare the attribution verb of each side (the first outside quotes)."""
    if not pair.ar or not pair.en:
        return []
    ar_v = [v for s in pair.ar for v in arabic_verbs(s.text)]
    en_v = [v for s in pair.en for v in english_verbs(s.text)]
    if not ar_v or not en_v:
        return []
    a, e = ar_v[0], en_v[0]
    if a.cls == e.cls or "denial" in (a.cls, e.cls):
        return []
    if e.cls == "distancing":
        subtype = "distancing"
    elif RANK[e.cls] > RANK[a.cls]:
        subtype = "strengthened"
    else:
        subtype = "weakened"
    severity = "major" if subtype == "distancing" or abs(RANK[e.cls] - RANK[a.cls]) >= 1 and e.cls != "neutral" else "minor"
    if subtype == "weakened":
        severity = "minor" if a.cls == "assertive" else "major"
    explanation = (
        f"Arabic '{a.text}' ({a.gloss}: {DESCRIBE[a.cls]}) became '{e.text}' ({DESCRIBE[e.cls]})"
    )
    return [
        make_finding(
            pair, "reporting_verb", subtype, ar_span=a.text, en_span=e.text, severity=severity,
            score=0.85 if len(ar_v) == 1 and len(en_v) == 1 else 0.7, explanation=explanation,
        )
    ]
