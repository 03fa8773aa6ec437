"""Lengths of time said on each side of a link ('within a week', خلال عشرة أيام, '48 hours', ساعتين), in days,
and the ones the English changed: an Arabic length no English length equals, where the English says one
no Arabic length equals.

The number detector sees only the figures of such phrases: أسبوع "a week" carries no figure, so 'ten days'
reads to it as a number put in, and the Arabic dual ساعتين "two hours" against 'an hour' as nothing at all.
Read as lengths, both are one change: the time detector reports a change of unit (a week → ten days), the
number detector a change of count in the same unit that no figure shows (ساعتين → 'an hour').

Read on purpose only where the length is sure: an Arabic singular with no number before it counts one only
after a word that makes it a length (خلال، مدة، منذ، بعد، أكثر من: خلال أسبوع "within a week"; يوم الأحد
"on Sunday" and العام الماضي "last year" are dates); a bare plural (أيام "days") or 'for years' has no
length; 'a day' after a figure or 'times' is a rate ('three times a day', '$5 a day').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._numbers import arabic_quantities
from workbench.lexicons import load
from workbench.text.arabic import normalize_ar
from workbench.text.english import NUMBER_WORDS

_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.0}
_DAYS |= {"year": 365.0, "decade": 3650.0}
_ROWS = load("durations.tsv")
# Arabic unit forms (normalised, no clitics) → (unit, number); English unit words → unit
_AR_UNITS = {form: (unit, number) for form, lang, unit, number in _ROWS if lang == "ar" and unit in _DAYS}
_EN_UNITS = {form: unit for form, lang, unit, _ in _ROWS if lang == "en" and unit in _DAYS}
# words before an Arabic singular that make it a length ('within', 'for the length of', 'since', 'after')
_AR_CUES = frozenset(form for form, lang, unit, _ in _ROWS if lang == "ar" and unit == "cue")
# comparatives before من ('more than a year'): من after one of them is a cue too
_AR_COMPARATIVES = frozenset(form for form, lang, unit, _ in _ROWS if lang == "ar" and unit == "comparative")
# month names: شهر رمضان، شهر مارس name a month
_MONTH_NAMES = frozenset(row[0] for row in load("time_ar.tsv") if row[1] in ("month", "hijri"))
# an Arabic word with its diacritics (يوماً keeps its tanween)
_AR_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f]+")
_AR_CLITICS = re.compile(r"^(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?)")
# two lengths within this share of the longer are the same ('a month' and 'four weeks', 'a year', '12 months')
_SAME = 0.1


@dataclass(frozen=True)
class Length:
    """A length of time as written: its exact text, unit and count, its value in days, and whether the count
    is written as a figure or number word (``counted``) or carried by the unit's form (a dual, 'a', أسبوع)."""

    text: str
    unit: str
    count: float
    counted: bool
    # one end of a range ('two or three weeks', أسبوعين أو ثلاثة): matched, never reported as changed
    ranged: bool = False

    @property
    def days(self) -> float:
        return self.count * _DAYS[self.unit]


Pairs = tuple[tuple[Length, Length], ...]


def _ar_unit(norm: str) -> tuple[str, str] | None:
    """The unit and number of an Arabic word (ساعتين → hour, du; وبالأيام → day, pl; عاما → year, sg)."""
    for cut in sorted({m.end() for m in _AR_CLITICS.finditer(norm)} | {0}, reverse=True):
        word = norm[cut:]
        if word in _AR_UNITS:
            return _AR_UNITS[word]
        if word.endswith("ا") and _AR_UNITS.get(word[:-1], ("", ""))[1] == "sg":
            return _AR_UNITS[word[:-1]]
    return None


def _definite(norm: str) -> bool:
    return bool(re.match(r"^[وف]?(?:ال|بال|لل|كال)", norm))


@lru_cache(maxsize=4096)
def arabic_lengths(text: str) -> tuple[Length, ...]:
    """The lengths of time an Arabic sentence states, in order."""
    words = [
        (m.start(), m.end(), normalize_ar(m.group(0)))
        for m in re.finditer(r"[\u0621-\u064a\u0640\u064b-\u065f]+", text)
    ]
    quantities = []
    at = 0
    for q in arabic_quantities(text):
        pos = text.find(q.text, at)
        if pos < 0:
            continue
        quantities.append((pos, pos + len(q.text), q))
        at = pos + len(q.text)
    out: list[Length] = []
    for k, (start, end, norm) in enumerate(words):
        found = _ar_unit(norm)
        if found is None:
            continue
        unit, number = found
        before = [q for q in quantities if q[1] <= start and not text[q[1] : start].strip()]
        after = [q for q in quantities if q[0] >= end and not text[end : q[0]].strip()]
        nxt = words[k + 1][2] if k + 1 < len(words) else ""
        half = 0.5 if nxt in ("ونصف", "ونصفا") and words[k + 1][0] - end <= 1 else 0.0
        if before and not before[-1][2].vague and not _definite(norm):
            q0, _, q = before[-1]
            # ثلاثة أيام، ١٥ يوماً، ٤٨ ساعة: the figure counts the unit
            out.append(Length(text[q0:end], unit, q.value + half, True, _ar_range(text[:q0], text[end:])))
        elif number == "du" and not _definite(norm):
            out.append(Length(text[start:end], unit, 2.0 + half, False, _ar_range(text[:start], text[end:])))
        elif number == "pl" and _definite(norm) and after and after[0][2].definite and not after[0][2].vague:
            # الأيام العشرة المقبلة "the next ten days": the count after the definite plural
            _, a1, q = after[0]
            out.append(Length(text[start:a1], unit, q.value, True))
        elif number == "sg" and not _definite(norm) and k > 0 and _cue(words, k) and not _named(text, end, nxt):
            # خلال أسبوع "within a week", أكثر من عام "more than a year"
            out.append(Length(text[start:end], unit, 1.0 + half, False))
    return tuple(out)


# a range's connective: أو، إلى، و، a dash, with a figure or number word on the other side
_AR_RANGE_AFTER = re.compile(r"^\s*(?:[-–]|\b(?:او|أو|إلى|الى|حتى)\s)\s*[\d\u0660-\u0669\u0621-\u064a]")
_AR_RANGE_BEFORE = re.compile(r"[\d\u0660-\u0669\u0621-\u064a]\s*(?:[-–]|\s(?:او|أو|إلى|الى|حتى))\s*$")


def _ar_range(before: str, after: str) -> bool:
    """A length at one end of a range: أسبوعين أو ثلاثة "two or three weeks", من ثلاثة إلى خمسة أيام."""
    return bool(_AR_RANGE_AFTER.match(after) or _AR_RANGE_BEFORE.search(before))


def _named(text: str, end: int, nxt: str) -> bool:
    """The singular names a day, month or year rather than a length: a figure or a definite word after it
    (عام 2020 "the year 2020", قبل يوم الانتخابات "before election day", خلال شهر رمضان "during Ramadan")."""
    return bool(re.match(r"^\s*\d", text[end:])) or _definite(nxt) or nxt in _MONTH_NAMES


def _cue(words: list[tuple[int, int, str]], k: int) -> bool:
    """The word before the singular at ``k`` makes it a length: خلال، مدة، منذ، بعد; من after أكثر or أقل."""
    prev = words[k - 1][2]
    if prev.lstrip("وف") in _AR_CUES or prev in _AR_CUES:
        return True
    return prev == "من" and k > 1 and words[k - 2][2].lstrip("وف") in _AR_COMPARATIVES


_EN_COUNT = r"\d+(?:\.\d+)?|an?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_EN_LENGTH = re.compile(
    rf"\b(?:(half)\s+)?({_EN_COUNT})[\s-]+({'|'.join(_EN_UNITS)})s?\b(\s+and\s+a\s+half)?(-old)?",
    re.I,
)
# words before 'a day', 'a year' that make it a rate: 'three times a day', 'once a year', '$5 a day', 'ten a day'
_RATE_BEFORE = re.compile(
    rf"(?:\d|\b(?:times|once|twice|per|cents?|dollars?|pounds?|euros?|{'|'.join(NUMBER_WORDS)}))\W*$", re.I
)


# 'two or three weeks', '10-12 days', 'three to five years', 'a week or two'
_EN_RANGE_BEFORE = re.compile(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)})\s*(?:or|to|-|–)\s*$", re.I)
_EN_RANGE_AFTER = re.compile(rf"^\s*(?:or|to|-|–)\s*(?:\d+|{'|'.join(NUMBER_WORDS)})\b", re.I)


@lru_cache(maxsize=4096)
def english_lengths(text: str) -> tuple[Length, ...]:
    """The lengths of time an English sentence states, in order."""
    out = []
    for m in _EN_LENGTH.finditer(text):
        half, count, unit, and_half, _old = m.groups()
        low = count.lower()
        if low in ("a", "an"):
            if _RATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or re.match(
                r"\s+(?:or|to)\b", text[m.end() :]
            ):
                continue
            value, counted = 1.0, False
        elif low in NUMBER_WORDS:
            value, counted = float(NUMBER_WORDS[low]), True
        else:
            value, counted = float(count), True
        value = value * (0.5 if half else 1.0) + (0.5 if and_half else 0.0)
        ranged = bool(_EN_RANGE_BEFORE.search(text[: m.start()]) or _EN_RANGE_AFTER.match(text[m.end() :]))
        out.append(Length(m.group(0), _EN_UNITS[unit.lower()], value, counted, ranged))
    return tuple(out)


def _same(a: Length, b: Length) -> bool:
    return abs(a.days - b.days) <= _SAME * max(a.days, b.days)


@lru_cache(maxsize=4096)
def paired_lengths(
    ar_text: str, en_text: str
) -> tuple[tuple[tuple[Length, Length], ...], tuple[tuple[Length, Length], ...]]:
    """The lengths said on both sides (an Arabic length and the English one equal to it), and the ones the
    English changed: once the equal ones are set aside, the Arabic ones left and the English ones left,
    paired in order where as many are left on each side (else none: which went with which cannot be told)."""
    ar_left = list(arabic_lengths(ar_text))
    en_left = list(english_lengths(en_text))
    same = []
    for a in list(ar_left):
        match = next((e for e in en_left if _same(a, e)), None)
        if match is not None:
            en_left.remove(match)
            ar_left.remove(a)
            same.append((a, match))
    sure = not any(x.ranged for x in ar_left + en_left)
    changed = tuple(zip(ar_left, en_left, strict=True)) if sure and ar_left and len(ar_left) == len(en_left) else ()
    return tuple(same), changed


def changed_lengths(ar_text: str, en_text: str) -> tuple[tuple[Length, Length], ...]:
    """The lengths the English changed (``paired_lengths``), Arabic with English."""
    return paired_lengths(ar_text, en_text)[1]


def describe(length: Length) -> str:
    """'1 week', '10 days', '2.5 years'."""
    count = f"{length.count:g}"
    return f"{count} {length.unit}" + ("" if length.count == 1 else "s")
