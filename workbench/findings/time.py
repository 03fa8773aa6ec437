"""Time: weekdays, months (both Arabic month systems), years and relative times that changed or went missing.

Each side's time expressions are read into (kind, value) pairs from ``time_ar.tsv`` and
``time_en.tsv``: كانون الثاني and يناير are both ("month", "1"), January too. A kind present
on both sides with different values is a change; a weekday, month, year or "yesterday" in the
Arabic with nothing of its kind in the English is dropped. Times the English adds are not
reported (an English version often resolves "yesterday" into a weekday).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.findings.terms import ArabicTerms, EnglishTerms
from workbench.lexicons import load
from workbench.records import Finding
from workbench.text.arabic import normalize_with_map, original_span

KINDS = (
    FindingKind(
        type="time",
        subtypes=("changed", "dropped"),
        colour="#99EE77",
        label="Time",
        description="a date, weekday, month or relative time changed or dropped",
        lexicons=("time_",),
    ),
)

# Month names that are also common words need a date context: آب "father", مارس "practised".
_AMBIGUOUS_AR = {"اب", "مارس", "ايار"}
_YEAR_AR = re.compile(r"(?<![\d.,])(19\d\d|20\d\d)(?!\d|[.,]\d)")
_YEAR_EN = re.compile(r"(?<![\d.,$£€])(19\d\d|20\d\d)(?!\d|[.,]\d)")
_DESCRIBE = {
    "sunday": "Sunday", "monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday", "thursday": "Thursday",
    "friday": "Friday", "saturday": "Saturday", "yesterday": "yesterday", "tomorrow": "tomorrow",
    "day_before_yesterday": "the day before yesterday", "last_week": "last week", "next_week": "next week",
    "last_month": "last month", "today": "today", "next_month": "next month", "last_year": "last year",
    "next_year": "next year",
}  # fmt: skip
_MONTHS = "January February March April May June July August September October November December".split()
# A missing relative time is reported only for these; اليوم "today" also means "the day" and is left out.
_RELATIVE_EN = re.compile(
    r"\b(today|tonight|this (morning|afternoon|evening|week|month|year)|earlier|recently)\b", re.I
)
_DROPPABLE_RELATIVE = {"yesterday", "day_before_yesterday", "tomorrow"}


@dataclass(frozen=True)
class TimeExpr:
    """A time expression: its kind (weekday, month, year, relative), normalised value and exact text."""

    kind: str
    value: str
    text: str


def describe(t: TimeExpr) -> str:
    """The value in plain English ('Sunday', 'January', '2019', 'last week')."""
    if t.kind == "month":
        return _MONTHS[int(t.value) - 1]
    return _DESCRIBE.get(t.value, t.value)


@lru_cache(maxsize=1)
def _lexicons() -> tuple[ArabicTerms[tuple[str, str]], EnglishTerms[tuple[str, str]], EnglishTerms[tuple[str, str]]]:
    ar = ArabicTerms(((form, (kind, value)) for form, kind, value in load("time_ar.tsv")), keep_article=True)
    en_rows = load("time_en.tsv")
    names = EnglishTerms((f, (k, v)) for f, k, v in en_rows if k == "month")
    others = EnglishTerms(((f, (k, v)) for f, k, v in en_rows if k != "month"), ignore_case=True)
    return ar, names, others


def arabic_times(text: str) -> list[TimeExpr]:
    """Time expressions in an Arabic sentence, in order."""
    terms, _, _ = _lexicons()
    norm, index = normalize_with_map(text)
    out = []
    for hit in terms.find(text):
        kind, value = hit.value
        if (
            kind == "month"
            and _bare(hit.text) in _AMBIGUOUS_AR
            and (not _near_digit(text, hit.start, hit.end) or normalize_with_map(hit.text)[0][0] in "كبل")
        ):
            continue
        # الاثنين is also "the two": a weekday only after يوم or before a time-of-day word
        if value == "monday" and not _DAY_CONTEXT.search(
            norm[: _norm_pos(index, hit.start)][-8:] + "|" + norm[_norm_pos(index, hit.end) :][:8]
        ):
            continue
        out.append((hit.start, TimeExpr(kind, value, hit.text)))
    for m in _YEAR_AR.finditer(norm):
        out.append((index[m.start()], TimeExpr("year", m.group(1), original_span(text, index, m.start(), m.end()))))
    return [t for _, t in sorted(out, key=lambda x: x[0])]


def english_times(text: str) -> list[TimeExpr]:
    """Time expressions in an English sentence, in order ('May' only before or after a number)."""
    _, months, others = _lexicons()
    out = []
    for hit in months.find(text):
        if hit.text == "May" and not _near_digit(text, hit.start, hit.end):
            continue
        out.append((hit.start, TimeExpr(*hit.value, hit.text)))
    out += [(h.start, TimeExpr(*h.value, h.text)) for h in others.find(text)]
    out += [(m.start(), TimeExpr("year", m.group(1), m.group(1))) for m in _YEAR_EN.finditer(text)]
    return [t for _, t in sorted(out, key=lambda x: x[0])]


_DAY_CONTEXT = re.compile(r"يومي?\s*\||\|\s*(الماضي|المقبل|القادم|المنصرم|مساء|صباح|ليلا|\d)")


def _norm_pos(index: list[int], original: int) -> int:
    """Offset in the normalised text of the character at ``original`` (or the next kept one)."""
    for i, o in enumerate(index):
        if o >= original:
            return i
    return len(index)


def _bare(span: str) -> str:
    norm, _ = normalize_with_map(span)
    for prefix in ("و", "ف", "ب", "ل"):
        if norm.startswith(prefix) and norm[1:] in _AMBIGUOUS_AR:
            return norm[1:]
    return norm


def _near_digit(text: str, start: int, end: int) -> bool:
    """A digit within a word of the span (3 آب, May 2019)."""
    return bool(re.search(r"[\d٠-٩]\s*\S{0,3}\s*$", text[max(0, start - 8) : start])) or bool(
        re.match(r"\s*\S{0,3}\s*[\d٠-٩]", text[end : end + 8])
    )


def detect(pair: AlignedPair) -> list[Finding]:
    """Report weekdays, months, years and relative times changed or dropped."""
    if not pair.ar or not pair.en:
        return []
    ar_t = [t for s in pair.ar for t in arabic_times(s.text)]
    en_t = [t for s in pair.en for t in english_times(s.text)]
    # "on Sunday" rendered as "today"/"yesterday" is a rewording of the same day, not a loss
    resolved = any(t.kind == "relative" for t in en_t) or bool(_RELATIVE_EN.search(pair.en_text))
    # 'غداً الاثنين' rendered 'on Monday': the English resolved the relative day into the weekday
    weekday = any(t.kind == "weekday" for t in en_t)
    findings: list[Finding] = []
    for kind in ("weekday", "month", "year", "relative"):
        ar_k = [t for t in ar_t if t.kind == kind]
        en_k = [t for t in en_t if t.kind == kind]
        en_values = {t.value for t in en_k}
        ar_values = {t.value for t in ar_t if t.kind == kind}
        missing = [t for t in ar_k if t.value not in en_values]
        extra = [t for t in en_k if t.value not in ar_values]
        seen: set[str] = set()
        for a in missing:
            if a.value in seen:
                continue
            seen.add(a.value)
            if extra:
                e = extra.pop(0)
                findings.append(
                    make_finding(
                        pair,
                        "time",
                        "changed",
                        ar_span=a.text,
                        en_span=e.text,
                        severity="major",
                        score=0.85 if kind != "relative" else 0.7,
                        explanation=f"Arabic '{a.text}' ({describe(a)}) became '{e.text}'"
                        + (f" ({describe(e)})" if describe(e).lower() != e.text.lower() else ""),
                    )
                )
            elif not en_k and (
                kind == "relative" and a.value in _DROPPABLE_RELATIVE and not weekday
                or kind != "relative" and not resolved
            ):
                findings.append(
                    make_finding(
                        pair,
                        "time",
                        "dropped",
                        ar_span=a.text,
                        en_span="",
                        severity="minor",
                        score=0.7,
                        explanation=f"Arabic '{a.text}' ({describe(a)}) has no counterpart in the English",
                    )
                )
    return findings
