"""Numbers: quantities in digits of any script, number words and scale words, both languages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.findings.base import AlignedPair, make_finding
from workbench.lexicons import load
from workbench.records import Finding
from workbench.text.arabic import normalize_with_map, original_span
from workbench.text.english import NUMBER_WORDS


@dataclass(frozen=True)
class Quantity:
    """A number found in a sentence: its value, whether it is vague ('dozens'), and its exact text."""

    value: float
    vague: bool
    text: str


_DIGITS = r"\d+(?:[.,]\d{3})*(?:\.\d+)?"
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
_EN_VAGUE = {"dozens": 10, "tens": 10, "scores": 10, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9}
_EN_NUM = re.compile(
    rf"(?<![\w.])({_DIGITS})(?:\s*(%|per ?cent|percent))?(?:\s*-?\s*(thousand|million|billion|trillion|bn|m|k)\b)?"
    r"|\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?"
    r"(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|one hundred|"
    r"a hundred|one thousand|a thousand|one million|a million))(?:\s+(hundred|thousand|million|billion))?\b"
    r"|\b(dozens|tens|scores|hundreds|thousands|millions|billions)\b",
    re.I,
)
_MONTHS_EN = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?",
)


def _en_word_value(phrase: str) -> float:
    total = 0.0
    for part in re.split(r"[- ]", phrase.lower()):
        if part in ("a", "one"):
            total = max(total, 1.0)
        elif part == "dozen":
            total = 12.0
        elif part in NUMBER_WORDS:
            v = NUMBER_WORDS[part]
            total = total * v if v >= 100 and total else total + v
    return total


def english_quantities(text: str) -> list[Quantity]:
    """Numbers in an English sentence, skipping days of the month next to a month name."""
    out = []
    for m in _EN_NUM.finditer(text):
        if m.group(1):
            if _next_to_month(text, m.start(), m.end()):
                continue
            value = float(m.group(1).replace(",", ""))
            if m.group(3):
                value *= _EN_SCALE[m.group(3).lower()]
            out.append(Quantity(value, False, m.group(0).strip()))
        elif m.group(4):
            value = _en_word_value(m.group(4))
            if m.group(5):
                value *= NUMBER_WORDS[m.group(5).lower()]
            out.append(Quantity(value, False, m.group(0).strip()))
        else:
            out.append(Quantity(float(_EN_VAGUE[m.group(6).lower()]), True, m.group(0)))
    return out


def _next_to_month(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    after = text[end : end + 12]
    return bool(_MONTHS_EN.search(before + " ") and re.search(r"[A-Za-z]+\.?\s*$", before)) or bool(
        _MONTHS_EN.match(after.lstrip())
    )


def _ar_words() -> dict[str, tuple[float, str]]:
    return {row[0]: (float(row[1]), row[2]) for row in load("numbers_ar.tsv")}


_AR_TOKEN = re.compile(r"\d+(?:[.,]\d{3})*(?:\.\d+)?|[\u0621-\u064a]+")
_AR_MONTHS = set(
    "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار "
    "حزيران تموز اب ايلول تشرين".split()
)


def arabic_quantities(text: str) -> list[Quantity]:
    """Numbers in an Arabic sentence: digits (any script), number words, scale and vague words."""
    words = _ar_words()
    norm, index = normalize_with_map(text)
    toks = [(m.group(0), m.start(), m.end()) for m in _AR_TOKEN.finditer(norm)]
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        tok, s, e = toks[i]
        value: float | None = None
        vague = False
        if tok[0].isdigit():
            nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
            prev = toks[i - 1][0] if i > 0 else ""
            if _strip_ar(nxt) in _AR_MONTHS or _strip_ar(prev) in _AR_MONTHS:
                i += 1
                continue
            value = float(tok.replace(",", ""))
        else:
            bare = _strip_ar(tok)
            if bare in words and words[bare][1] != "scale" or bare in words and words[bare][1] == "scale":
                value, kind = words[bare]
                vague = kind == "vague"
        if value is None:
            i += 1
            continue
        # a following scale word multiplies: ٣٫٥ مليون, ثلاثة آلاف
        if i + 1 < len(toks):
            nxt = _strip_ar(toks[i + 1][0])
            if nxt in words and words[nxt][1] in ("scale", "vague") and not vague:
                value *= words[nxt][0]
                e = toks[i + 1][2]
                i += 1
        out.append(Quantity(value, vague, original_span(text, index, s, e)))
        i += 1
    return out


def _strip_ar(tok: str) -> str:
    """Drop the conjunction و / preposition ب ل and the article ال from a normalised token."""
    for prefix in ("وال", "بال", "لل", "ال", "و", "ب"):
        if tok.startswith(prefix) and len(tok) - len(prefix) >= 2:
            rest = tok[len(prefix) :]
            if rest in _ar_words() or rest in _AR_MONTHS:
                return rest
    return tok


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,}"


def detect(pair: AlignedPair) -> list[Finding]:
    """Report numbers changed, dropped or added between the linked sentences."""
    if not pair.ar or not pair.en:
        return []
    ar_q = [q for s in pair.ar for q in arabic_quantities(s.text)]
    en_q = [q for s in pair.en for q in english_quantities(s.text)]
    ar_left = list(ar_q)
    en_left = list(en_q)
    for q in ar_q:
        for r in en_left:
            if r.vague == q.vague and abs(r.value - q.value) <= 1e-9 * max(1.0, q.value):
                en_left.remove(r)
                ar_left.remove(q)
                break
    findings: list[Finding] = []
    # a precise number turned vague (or the reverse) on the other side is a change too
    while ar_left and en_left:
        q, r = ar_left.pop(0), en_left.pop(0)
        findings.append(
            make_finding(
                pair, "number", "changed", ar_span=q.text, en_span=r.text, severity="major", score=0.85,
                explanation=f"Arabic gives {_fmt(q.value)} ('{q.text}') but the English says '{r.text}'"
                + (f" ({_fmt(r.value)})" if not r.vague else ""),
            )
        )
    for q in ar_left:
        findings.append(
            make_finding(
                pair, "number", "dropped", ar_span=q.text, en_span="", severity="minor" if q.vague else "major",
                score=0.7, explanation=f"Arabic number '{q.text}' ({_fmt(q.value)}) is missing from the English",
            )
        )
    for r in en_left:
        findings.append(
            make_finding(
                pair, "number", "added", ar_span="", en_span=r.text, severity="minor" if r.vague else "major",
                score=0.7, explanation=f"English number '{r.text}' has no counterpart in the Arabic",
            )
        )
    return findings
