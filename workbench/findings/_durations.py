"""Lengths of time said on each side of a link ('within a week', خلال عشرة أيام, '48 hours', ساعتين), in days,
and the ones the English changed: an Arabic length no English length equals, where the English says one
no Arabic length equals.

The number detector sees only the figures of such phrases: أسبوع "a week" carries no figure, so 'ten days'
reads to it as a number put in, and the Arabic dual ساعتين "two hours" against 'an hour' as nothing at all.
Read as lengths, both are one change: the time detector reports a change of unit (a week → ten days), the
number detector a change of count in the same unit that no figure shows (ساعتين → 'an hour').

Read on purpose only where the length is sure (the words are in lexicons/durations.tsv):
- an Arabic singular with no number before it counts one only after a word that makes it a length (خلال،
  مدة، منذ، بعد، أكثر من) and before nothing that makes it a name or a compound (يوم الأحد "Sunday", يوم
  عرفة, عام دراسي "school year", شهر كانون الثاني "the month of January"); a dual after a word of the same
  ending is an adjective (مديرين عامين "directors general"); a count after an age word (عمر، سن) is an age;
  an ordinal (ثاني يوم "the second day") is no count;
- an English 'a', 'an' or 'one' before a unit counts one only after a word that makes it a length ('within
  a week', 'for a year') or, a week or longer, before a word that counts it back or on ('a week earlier', 'a
  month ago'): 'barrels a day', 'one day return', 'a day later' are none; ages ('45-year-old'),
  clock times ('0900 hours') and bare plurals ('for years') are no lengths;
- a range ('two or three weeks', أسبوعين أو ثلاثة) is matched but never reported as changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._numbers import arabic_quantities
from workbench.findings._words import strip_clitics
from workbench.findings.base import AlignedPair, make_finding
from workbench.lexicons import load
from workbench.records import Finding
from workbench.text.arabic import normalize_ar
from workbench.text.english import NUMBER_WORDS

# how long each unit is, in days
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.0}
_DAYS |= {"year": 365.0, "decade": 3650.0}
_ROWS = load("durations.tsv")
# Arabic unit forms (normalised, no clitics) → (unit, number); English unit words → unit
_AR_UNITS = {normalize_ar(form): (unit, number) for form, lang, unit, number in _ROWS if lang == "ar" and unit in _DAYS}
_EN_UNITS = {form: unit for form, lang, unit, _ in _ROWS if lang == "en" and unit in _DAYS}
# the Arabic unit words (normalised, as the text's words are: دقائق → دقايق), for the other detectors
AR_UNIT_WORDS = frozenset(_AR_UNITS)


def _words(lang: str, use: str) -> frozenset[str]:
    return frozenset(form for form, language, kind, _ in _ROWS if language == lang and kind == use)


_AR_CUES = _words("ar", "cue")
_AR_COMPARATIVES = _words("ar", "comparative")
_AR_FOLLOWERS = _words("ar", "follower")
_AR_AGE = _words("ar", "age")
_AR_SPAN = _words("ar", "span")
_AR_HALF = _words("ar", "half")
_EN_CUES = _words("en", "cue")
_EN_RATE = _words("en", "rate")
# 'around the clock', على مدار الساعة: one whole unit said without a count
_AR_WHOLE = {tuple(form.split()): unit for form, lang, kind, unit in _ROWS if lang == "ar" and kind == "whole"}
_EN_WHOLE = {form: unit for form, lang, kind, unit in _ROWS if lang == "en" and kind == "whole"}
_EN_WHOLE_PHRASE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(f).replace(r"\ ", r"[\s-]") for f in sorted(_EN_WHOLE, key=len, reverse=True))
    + r")\b",
    re.I,
)
# the first word of each month's name (شهر كانون الثاني، شهر ذي الحجة name a month, not a month's length)
_MONTH_WORDS = frozenset(row[0].split()[0] for row in load("time_ar.tsv") if row[1] in ("month", "hijri"))
# an Arabic word with its diacritics (يوماً keeps its tanween)
_AR_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f]+")
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
    """The unit and number of an Arabic word (ساعتين → hour, du; وبالأيام → day, pl; عاما → year, sg), as written
    or without its proclitics (``strip_clitics``)."""
    for word in dict.fromkeys((norm, strip_clitics(norm))):
        if word in _AR_UNITS:
            return _AR_UNITS[word]
        if word.endswith("ا") and _AR_UNITS.get(word[:-1], ("", ""))[1] == "sg":
            return _AR_UNITS[word[:-1]]
    return None


def _definite(norm: str) -> bool:
    """The word carries the article, with or without a conjunction or preposition before it."""
    return bool(re.match(r"^[وف]?(?:ال|بال|لل|كال)", norm))


@lru_cache(maxsize=4096)
def arabic_lengths(text: str) -> tuple[Length, ...]:
    """The lengths of time an Arabic sentence states, in order."""
    words = [(m.start(), m.end(), normalize_ar(m.group(0))) for m in _AR_WORD.finditer(text)]
    quantities = []
    at = 0
    # in the order they stand (a phone number's figures may be read before the count that precedes them)
    for q in sorted(arabic_quantities(text), key=lambda q: text.find(q.text)):
        pos = text.find(q.text, at)
        if pos < 0:
            continue
        quantities.append((pos, pos + len(q.text), q))
        at = pos + len(q.text)
    out: list[tuple[int, Length]] = []  # each with where it stands
    for k, (start, end, norm) in enumerate(words):
        found = _ar_unit(norm)
        if found is None:
            continue
        unit, number = found
        prev = words[k - 1][2] if k > 0 else ""
        nxt = words[k + 1][2] if k + 1 < len(words) else ""
        if any(w[2] in _AR_AGE for w in words[max(0, k - 4) : k]):
            continue  # عن عمر ناهز 80 عاما "aged 80": an age, no length
        before = [q for q in quantities if q[1] <= start and not text[q[1] : start].strip()]
        after = [q for q in quantities if q[0] >= end and not text[end : q[0]].strip()]
        half = 0.5 if nxt in _AR_HALF and k + 1 < len(words) and words[k + 1][0] - end <= 1 else 0.0
        count = before[-1] if before and not before[-1][2].vague and not before[-1][2].matching_only else None
        if count is not None and not _definite(norm):
            if number == "sg" and _named(text, end, nxt):
                continue  # قتل 40 يوم الاثنين "40 killed on Monday": the day is named, no length
            # ثلاثة أيام، ١٥ يوماً، ٤٨ ساعة: the figure counts the unit
            q0, _, q = count
            if unit == "year" and re.search(r"\(\s*$", text[:q0]) and re.match(r"\s*\)", text[end:]):
                continue  # كوكس (23 عاماً) "Cux, 23": an age in brackets after a name, no length
            ranged = _ar_range(text[:q0], text[end:])
            out.append((q0, Length(text[q0:end], unit, q.value + half, True, ranged)))
        elif number == "du" and not _definite(norm) and not _agrees(prev):
            out.append((start, Length(text[start:end], unit, 2.0 + half, False, _ar_range(text[:start], text[end:]))))
        elif number == "du" and _definite(norm) and nxt in _AR_SPAN:
            out.append((start, Length(text[start:end], unit, 2.0, False)))  # اليومين الماضيين "the past two days"
        elif number == "pl" and _definite(norm) and after and after[0][2].definite and not after[0][2].vague:
            # الأيام العشرة المقبلة "the next ten days": the count after the definite plural
            _, a1, q = after[0]
            out.append((start, Length(text[start:a1], unit, q.value, True)))
        elif number == "sg" and not _definite(norm) and nxt in ("واحد", "واحده") and words[k + 1][0] - end <= 1:
            # ساعة واحدة "one hour": the unit counted by the word for one after it, a length of its own (not one end
            # of a range: من ساعتين إلى ساعة واحدة gives two lengths, each compared)
            out.append((start, Length(text[start : words[k + 1][1]], unit, 1.0, False, False)))
        elif number == "sg" and not _definite(norm) and half:
            out.append((start, Length(text[start:end], unit, 1.5, False)))  # ساعة ونصف "an hour and a half"
        elif number == "sg" and not _definite(norm) and k > 0 and _cue(words, k) and _ends_length(text, end, nxt):
            # خلال أسبوع "within a week", أكثر من عام "more than a year"
            out.append((start, Length(text[start:end], unit, 1.0 + half, False)))
    # على مدار الساعة "around the clock": a whole unit said without a count, as the English says it
    for k in range(len(words) - 1):
        whole = _AR_WHOLE.get((words[k][2], words[k + 1][2]))
        if whole is not None:
            out.append((words[k][0], Length(text[words[k][0] : words[k + 1][1]], whole, 1.0, False)))
    return tuple(length for _, length in sorted(out, key=lambda x: x[0]))


def _agrees(prev: str) -> bool:
    """The word before a dual ends as a dual or plural does (مديرين عامين "directors general"): the dual
    agrees with it, an adjective, not a count of years."""
    return len(prev) > 4 and prev.endswith(("ين", "ان", "ون")) and prev not in _AR_CUES


# a range's connective: أو، إلى، حتى, a dash, or و before a figure or number word, with a count beside it
_AR_RANGE_AFTER = re.compile(
    r"^\s*(?:[-–—]|\b(?:او|أو|إلى|الى|حتى)\s)\s*[\d\u0660-\u0669\u0621-\u064a]"
    r"|^\s*و\s*(?:[\d\u0660-\u0669]|ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)"
)
_AR_RANGE_BEFORE = re.compile(r"[\d\u0660-\u0669\u0621-\u064a]\s*(?:[-–—]|\s(?:او|أو|إلى|الى|حتى|بين))\s*$")


def _ar_range(before: str, after: str) -> bool:
    """A length at one end of a range: أسبوعين أو ثلاثة "two or three weeks", من ثلاثة إلى خمسة أيام، بين
    يومين وثلاثة أيام."""
    return bool(_AR_RANGE_AFTER.match(after) or _AR_RANGE_BEFORE.search(before))


def _named(text: str, end: int, nxt: str) -> bool:
    """The singular names a day, month or year rather than a length: a figure or a definite word after it
    (عام 2020 "the year 2020", يوم الانتخابات "election day"), or a month's name (شهر كانون الثاني)."""
    return bool(re.match(r"^\s*\d", text[end:])) or _definite(nxt) or nxt in _MONTH_WORDS


def _ends_length(text: str, end: int, nxt: str) -> bool:
    """What follows an indefinite singular leaves it a length: the clause ends there, or the next word is one
    that goes on a length (خلال أسبوع من "within a week of", عام كامل, و…) — not a noun that makes a name or
    a compound of it (يوم عرفة، عام دراسي، يوم أمس)."""
    if not nxt or re.match(r"^\s*[.،,؛;:!?؟\"»”)]", text[end:]):
        return True
    return nxt in _AR_FOLLOWERS or (nxt.startswith("و") and nxt not in _AR_UNITS)


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
_EN_WORD = re.compile(r"[A-Za-z]+|\d+")
# 'a week earlier', 'a month ago': a length back or on from a time, as قبل أسبوع (not 'a day later', often في اليوم
# التالي "the next day", which says no length)
_EN_OFFSET = re.compile(r"\s+(?:earlier|ago|before|later)\b", re.I)
# 'two or three weeks', '10-12 days', 'three to five years', 'a week or two'
_EN_RANGE_BEFORE = re.compile(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)})\s*(?:or|to|-|–)\s*$", re.I)
_EN_RANGE_AFTER = re.compile(rf"^\s*(?:or|to|-|–)\s*(?:\d+|{'|'.join(NUMBER_WORDS)})\b", re.I)


@lru_cache(maxsize=4096)
def english_lengths(text: str) -> tuple[Length, ...]:
    """The lengths of time an English sentence states, in order."""
    out = []
    for m in _EN_LENGTH.finditer(text):
        half, count, unit, and_half, old = m.groups()
        low = count.lower()
        if old or low.startswith("0") or low == "zero":
            continue  # '45-year-old' is an age, '0900 hours' a clock time
        before = [w.lower() for w in _EN_WORD.findall(text[: m.start()])[-2:]]
        if low in ("a", "an", "one"):
            # 'within a week', 'for a year': only after a word that makes it a length ('barrels a day',
            # 'one day return', 'a day later' are none), never after a figure or 'times' (a rate)
            offset = (
                _EN_OFFSET.match(text[m.end() :])
                and _EN_UNITS[unit.lower()] not in ("minute", "hour", "day")
                and not any(w in _EN_RATE or w in NUMBER_WORDS or w.isdigit() for w in before)
            )  # not '$500 a month before tax': a rate
            if not offset and (
                not before or before[-1] not in _EN_CUES or any(w in _EN_RATE or w in NUMBER_WORDS for w in before)
            ):
                continue
            if re.match(r"\s+of\b", text[m.end() :]) and before[-1] not in ("within", "after", "than"):
                continue  # 'called for a day of rage': a day named by what it is for, no length
            value, counted = 1.0, False
        elif low in NUMBER_WORDS:
            value, counted = float(NUMBER_WORDS[low]), True
        else:
            value, counted = float(count), True
        value = value * (0.5 if half else 1.0) + (0.5 if and_half else 0.0)
        ranged = bool(_EN_RANGE_BEFORE.search(text[: m.start()]) or _EN_RANGE_AFTER.match(text[m.end() :]))
        out.append((m.start(), Length(m.group(0), _EN_UNITS[unit.lower()], value, counted, ranged)))
    for m in _EN_WHOLE_PHRASE.finditer(text):
        unit = _EN_WHOLE[re.sub(r"[\s-]+", " ", m.group(0).lower())]
        out.append((m.start(), Length(m.group(0), unit, 1.0, False, False)))
    return tuple(length for _, length in sorted(out, key=lambda x: x[0]))


def _same(a: Length, b: Length) -> bool:
    return abs(a.days - b.days) <= _SAME * max(a.days, b.days)


@lru_cache(maxsize=4096)
def paired_lengths(ar_text: str, en_text: str) -> tuple[Pairs, Pairs]:
    """The lengths said on both sides (an Arabic length and the English one equal to it), and the ones the
    English changed: once the equal ones are set aside, the one Arabic length left and the one English length
    left, where exactly one is left on each side and neither is a range's end (with more, which went with
    which cannot be told), or the Arabic one ends a range whose other end the English kept."""
    ar_all = arabic_lengths(ar_text)
    ar_left = list(ar_all)
    en_left = list(english_lengths(en_text))
    same = []
    for a in list(ar_left):
        match = next((e for e in en_left if _same(a, e)), None)
        if match is not None:
            en_left.remove(match)
            ar_left.remove(a)
            same.append((a, match))
    # من خمس ساعات إلى ساعتين "from five hours to two": one end of an Arabic range left over where the English
    # kept the other end is the end it changed
    kept_end = len(ar_left) == 1 and _other_end(ar_all, ar_left[0]) in [a for a, _ in same]
    sure = len(ar_left) == len(en_left) == 1 and (not ar_left[0].ranged or kept_end) and not en_left[0].ranged
    return tuple(same), ((ar_left[0], en_left[0]),) if sure else ()


def _other_end(lengths: tuple[Length, ...], end: Length) -> Length | None:
    """The length that stands with ``end`` in its range: the ranged one of its unit right before or after it."""
    k = lengths.index(end)
    near = [
        lengths[j]
        for j in (k - 1, k + 1)
        if 0 <= j < len(lengths) and lengths[j].ranged and lengths[j].unit == end.unit
    ]
    return near[0] if end.ranged and near else None


def changed_lengths(ar_text: str, en_text: str) -> Pairs:
    """The lengths the English changed (``paired_lengths``), Arabic with English."""
    return paired_lengths(ar_text, en_text)[1]


def describe(length: Length) -> str:
    """'1 week', '10 days', '2.5 years'."""
    count = f"{length.count:g}"
    return f"{count} {length.unit}" + ("" if length.count == 1 else "s")


def length_changes(pair: AlignedPair, findings: list[Finding], *, same_unit: bool) -> list[Finding]:
    """The link's changed length as a minor finding: told in another unit (``same_unit`` False: the time
    detector's, خلال أسبوع "within a week" as 'within ten days'), or recounted in the same unit where one side
    carries the count in the unit's form, which no figure shows (True: the number detector's, ساعتين "two
    hours" as 'an hour'; two figures are compared as numbers). None where ``findings`` (the detector's own)
    already name either side."""
    out = []
    for a, e in changed_lengths(pair.ar_text, pair.en_text):
        if (a.unit == e.unit) != same_unit or (same_unit and a.counted and e.counted):
            continue
        said = [f for f in findings if f.en_span and (f.en_span in e.text or e.text in f.en_span)]
        if said or any(f.ar_span and (f.ar_span in a.text or a.text in f.ar_span) for f in findings):
            continue
        out.append(
            make_finding(
                pair,
                "number" if same_unit else "time",
                "changed",
                ar_span=a.text,
                en_span=e.text,
                severity="minor",
                score=0.6,
                explanation=f"Arabic '{a.text}' ({describe(a)}) became '{e.text}' ({describe(e)})",
            )
        )
    return out
