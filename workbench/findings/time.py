"""Time: weekdays, months (both Arabic month systems and the Hijri one), years and relative times
that changed, went missing or were put in.

Each side's time expressions are read into (kind, value) pairs from ``time_ar.tsv`` and
``time_en.tsv``: كانون الثاني and يناير are both ("month", "1"), January too. A kind present
on both sides with different values is a change; a weekday, month, year or "yesterday" in the
Arabic with nothing of its kind in the English is dropped, and so is a relative time ("last
year", "this week") when the English names neither its unit nor a date that resolves it. An English weekday, month
or year is reported (minor, as a change from no date to one) only when the Arabic has no word of
time whatever, or no other than its dates, each answered: an English version often resolves "today" or
"yesterday" into a weekday. On a link of several sentences an Arabic date is paired with the English one
of its own sentence, or of the words that render its neighbours, never merely the first one left.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._dateline import DATED, arabic_dated_end, arabic_dateline_end, english_dateline_end
from workbench.findings._durations import length_changes
from workbench.findings._negations import names_someone
from workbench.findings._numbers import counts_a_unit
from workbench.findings._verbs import english_verbs
from workbench.findings._words import analyses, ar_tokens, en_tokens, gloss_stems
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.findings.terms import ArabicTerms, EnglishTerms, Hit, split_forms
from workbench.lexicons import alternation, load, word_set
from workbench.records import Finding, Sentence
from workbench.text.arabic import normalize_ar, normalize_digits, normalize_with_map, original_span, strip_diacritics
from workbench.text.english import stem

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
_AMBIGUOUS_AR = frozenset(row[0] for row in load("time_ar.tsv") if row[3:4] == ("ambiguous",))
# month names (time_ar.tsv writes them normalised): those that are also words (اب "father") with their
# month, and the others
_AMBIGUOUS_MONTHS = {row[0]: row[2] for row in load("time_ar.tsv") if row[1] == "month" and row[0] in _AMBIGUOUS_AR}
_MONTH_WORDS = frozenset(row[0] for row in load("time_ar.tsv") if row[1] == "month" and row[0] not in _AMBIGUOUS_AR)
_MONTH_FORMS = frozenset(row[0] for row in load("time_ar.tsv") if row[1] == "month")
# a month name of two letters after و (وآب), which the term search leaves alone
_SHORT_MONTH_AFTER_WAW = re.compile(
    rf"(?<!\w)و({'|'.join(re.escape(w) for w in _AMBIGUOUS_MONTHS if len(w) < 3) or '(?!x)x'})(?!\w)"
)
_YEAR_AR = re.compile(r"(?<![\d.,])(19\d\d|20\d\d)(?!\d|[.,]\d)")
_YEAR_EN = re.compile(r"(?<![\d.,$£€])(19\d\d|20\d\d)(?!\d|[.,]\d)")
# How a value is described: the first English form time_en.tsv gives for it
_DESCRIBE = {v: f for f, k, v in reversed(load("time_en.tsv")) if k in ("weekday", "relative")}
_HIJRI = [f for _, f in sorted({int(v): f for f, k, v in reversed(load("time_en.tsv")) if k == "hijri"}.items())]
_MONTHS = [f for _, f in sorted({int(v): f for f, k, v in reversed(load("time_en.tsv")) if k == "month"}.items())]
# English relative times that may stand for a named day ("on Sunday" rendered "today")
_RELATIVE_EN = re.compile(rf"\b(?:{alternation(word_set('time_words_en.tsv', 'resolves'))})\b", re.I)
# those that may stand for a weekday: not 'this month' or 'this year', which name no day
_DAY_RESOLVES = frozenset(w for w in word_set("time_words_en.tsv", "resolves") if not w.endswith(("month", "year")))
_RELATIVE_DAY_EN = re.compile(rf"\b(?:{alternation(_DAY_RESOLVES)})\b", re.I)
# 'a year earlier', 'two months before': a span back from a date, no day
_SPAN_BACK_EN = re.compile(r"\b(?:years?|months?|weeks?)\s+(?:earlier|before|ago)\b", re.I)
_DROPPABLE_RELATIVE = {"yesterday", "day_before_yesterday", "tomorrow"}
_WEEK = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
_DAY_OFFSETS = {"yesterday": -1, "day_before_yesterday": -2, "tomorrow": 1}


def _resolved_weekdays(pair: AlignedPair, ar_at: list[_At]) -> set[str]:
    """The weekdays the Arabic's relative days (أمس، أول أمس، غدا) fall on, counted from each weekday it names: a
    relative day named with its weekday (غداً الاثنين "tomorrow, Monday") counts from nothing and is no base."""
    relative = [a for a in ar_at if a.expr.kind == "relative" and a.expr.value in _DAY_OFFSETS]
    named = [w for r in relative for w in ar_at if _weekday_of(r, w)]
    days = [_WEEK.index(a.expr.value) for a in ar_at if a.expr.value in _WEEK and a not in named]
    offsets = [_DAY_OFFSETS[r.expr.value] for r in relative if not any(_weekday_of(r, w) for w in ar_at)]
    return {_WEEK[(d + o) % 7] for d in days for o in offsets}


def _said_on(pair: AlignedPair, t: _At) -> bool:
    """The English weekday dates a verb of saying right before it ('said on Wednesday', 'announced Monday')."""
    text = pair.en[t.sentence].text
    return any(
        re.fullmatch(r"\s+(?:(?:on|late|early)\s+)?", text[v.start + len(v.text) : t.start])
        for v in english_verbs(text)
        if v.start < t.start
    )


def _weekday_of(rel: _At, w: _At) -> bool:
    """``w`` is a weekday right after the relative day ``rel`` (غداً الاثنين، أمس الأحد)."""
    return (
        w.expr.kind == "weekday" and w.sentence == rel.sentence and 0 <= w.start - (rel.start + len(rel.expr.text)) <= 3
    )


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
    if t.kind == "hijri":
        return _HIJRI[int(t.value) - 1] + " (Hijri)"
    return _DESCRIBE.get(t.value, t.value)


@lru_cache(maxsize=1)
def _lexicons() -> tuple[ArabicTerms[tuple[str, str]], EnglishTerms[tuple[str, str]], EnglishTerms[tuple[str, str]]]:
    ar = ArabicTerms(((form, (kind, value)) for form, kind, value, *_ in load("time_ar.tsv")), keep_article=True)
    en_rows = load("time_en.tsv")
    names = EnglishTerms((f, (k, v)) for f, k, v in en_rows if k in ("month", "hijri"))
    others = EnglishTerms(((f, (k, v)) for f, k, v in en_rows if k not in ("month", "hijri")), ignore_case=True)
    return ar, names, others


def _names_an_outlet(pair: AlignedPair, a: _At) -> bool:
    """The Arabic time word stands right before a word of an outlet's name (لـ"سبتمبر نت" "26 September Net",
    attribution_ar.tsv's outlet words): no date."""
    from workbench.findings._sources import source_kind

    after = pair.ar[a.sentence].text[a.start + len(a.expr.text) :].split(maxsplit=1)
    return bool(after) and source_kind(normalize_ar(after[0].strip('"»”،,.'))) == "outlet"


def _names_someone_else(text: str, pair: AlignedPair) -> bool:
    """A one-word Arabic time of five letters or more, bare or read through a proclitic (نيسان the carmaker Nissan,
    كايار as ك + أيار), that is the romanised form of a capitalised English word which is no time itself (Nissan,
    Kayar): a name, not a month. Never one with the article (الأربعاء, whatever 'Arabia' sounds like)."""
    norm = normalize_ar(text.strip())
    if " " in text.strip() or "/" in text or len(norm) < 5:
        return False
    # a word with the article is the time word: الأربعاء "Wednesday" is no name for sounding like 'Arabia'
    if norm.startswith("ال"):
        return False
    return names_someone(text, pair, unless=english_times)


def arabic_times(text: str) -> list[TimeExpr]:
    """Time expressions in an Arabic sentence, in order."""
    return [t for _, t in _arabic_times_at(text)]


def _arabic_times_at(text: str) -> list[tuple[int, TimeExpr]]:
    """Time expressions in an Arabic sentence with their offsets, in order."""
    terms, _, _ = _lexicons()
    norm, index = normalize_with_map(text)
    # الخرطوم 5-11-2025 (سونا) - : the date of a dateline is the report's, which English datelines leave out
    dated = DATED.match(norm)
    after = index[dated.end() - 1] + 1 if dated else 0
    # … and one in words (الأحساء ١٢ ربيع الأول ١٤٤٥ هـ الموافق ٢٧ سبتمبر ٢٠٢٣ م (واس) -)
    after = max(after, arabic_dated_end(text))
    out = []
    hits = terms.find(text)
    relative_at = [h.start for h in hits if h.value[0] == "relative"]
    for hit in hits:
        if hit.start < after:
            continue
        kind, value = hit.value
        if (
            kind == "month"
            and _bare(hit.text) in _AMBIGUOUS_AR
            and (
                not (_near_digit(text, hit.start, hit.end) or _dated_by_relative(norm, index, hit, relative_at))
                or normalize_with_map(hit.text)[0][0] in "كبل"
            )
            and not _among_months(norm, _norm_pos(index, hit.start), _norm_pos(index, hit.end))
        ):
            continue
        # ك "like" before a month name is no date (كفيفري is the Georgian qvevri, not ك + فيفري)
        if kind == "month" and normalize_with_map(hit.text)[0][0] == "ك" and _bare(hit.text) not in _MONTH_FORMS:
            continue
        # a month name after a person's title is a surname (السيدة مايو "Mrs May")
        if kind == "month" and _TITLE_BEFORE.search(norm[: _norm_pos(index, hit.start)]):
            continue
        # a Hijri month name is also a word or a first name (صفر "zero", رمضان): only in a date
        if kind == "hijri" and not _hijri_date(text, norm, index, hit.start, hit.end):
            continue
        # كل اثنين من الموظفين "every two of the staff": كل اثنين is Monday only where no من follows
        every = kind == "weekday" and normalize_with_map(hit.text)[0].lstrip("وف").startswith("كل ")
        if every and re.match(r"\s*من(?![\u0621-\u064a])", norm[_norm_pos(index, hit.end) :]):
            continue
        # سوق الجمعة "the Friday Market": a weekday after سوق names a place, not a day (not كل اثنين: every Monday)
        if kind == "weekday" and not every and _MARKET_BEFORE.search(norm[: _norm_pos(index, hit.start)]):
            continue
        # الأحد عشر "the eleven" (أرباب الأسر الأحد عشر "the 11 family heads"): a number, no Sunday
        if value == "sunday" and re.match(r"\s*عشر", norm[_norm_pos(index, hit.end) :]):
            continue
        # الاثنين is also "the two": a weekday only after يوم or before a time-of-day word (or in كل اثنين)
        if (
            value == "monday"
            and not every
            and not _DAY_CONTEXT.search(
                norm[: _norm_pos(index, hit.start)][-8:] + "|" + norm[_norm_pos(index, hit.end) :][:12]
            )
        ):
            continue
        out.append((hit.start, TimeExpr(kind, value, hit.text)))
    # تموز وآب: the term search leaves a two-letter word after و alone; beside a month it is the month
    for m in _SHORT_MONTH_AFTER_WAW.finditer(norm):
        if _among_months(norm, m.start(1), m.end(1)):
            start, end = index[m.start(1)], index[m.end(1) - 1] + 1
            out.append((start, TimeExpr("month", _AMBIGUOUS_MONTHS[m.group(1)], text[start:end])))
    for m in _YEAR_AR.finditer(norm, dated.end() if dated else 0):
        if index[m.start()] < after:
            continue
        following = norm[m.end() :].split(maxsplit=1)
        if following and counts_a_unit(re.sub(r"\W+$", "", following[0])):
            continue  # 2042 متراً "2,042 metres": an amount, no year
        out.append((index[m.start()], TimeExpr("year", m.group(1), original_span(text, index, m.start(), m.end()))))
    return sorted(out, key=lambda x: x[0])


# "for May", "in early May", "since last May", "mid-May": the month after a word that introduces a time; "May's"
# (a name's possessive) and "May said" stay a name
_MAY_BEFORE = re.compile(
    r"\b(?:(?:in|for|of|since|until|till|from|during|through|by|last|next|this|early|mid|late)\s+|(?:early|mid|late)-)$",
    re.I,
)
_MAY_AFTER_NAME = re.compile(r"(?:'s|’s|\s+(?:said|says|told|added))\b")


def _month_may(text: str, start: int, end: int) -> bool:
    """Whether a capitalised 'May' with no number beside it is the month: after in/for/since/last …"""
    return bool(_MAY_BEFORE.search(text[:start])) and not _MAY_AFTER_NAME.match(text, end)


def english_times(text: str) -> list[TimeExpr]:
    """Time expressions in an English sentence, in order ('May' only before or after a number)."""
    return [t for _, t in _english_times_at(text)]


# month abbreviations written without their stop ("Sept 27"): time_en.tsv's month forms other than the full
# names (the first form of each month) and the abbreviations with a stop
_BARE_ABBREVIATIONS = frozenset(
    f for f, k, _ in load("time_en.tsv") if k == "month" and not f.endswith(".") and f not in _MONTHS
)


# a name's particle or a capitalised word (not opening the sentence) right before an abbreviated month: 'del Mar.'
_NAME_BEFORE = re.compile(
    rf"(?:\b(?:{alternation(word_set('function_words_en.tsv', 'name_particle'))})|(?<=\w )[A-Z][\w'’-]*)\s+$"
)


def _english_times_at(text: str) -> list[tuple[int, TimeExpr]]:
    """Time expressions in an English sentence with their offsets, in order."""
    _, months, others = _lexicons()
    out = []
    for hit in months.find(text):
        if hit.text == "May" and not _near_digit(text, hit.start, hit.end) and not _month_may(text, hit.start, hit.end):
            continue
        if hit.text in _BARE_ABBREVIATIONS and not _near_digit(text, hit.start, hit.end):
            continue  # 'Jan Kowalski', 'Dec': an abbreviation without its stop is a month only beside a figure
        if (
            hit.text.endswith(".")
            and not _near_digit(text, hit.start, hit.end)
            and _NAME_BEFORE.search(text[: hit.start])
        ):
            continue  # 'Santillana del Mar.': after a name's particle or a capitalised word, the end of a name
        out.append((hit.start, TimeExpr(*hit.value, hit.text)))
    out += [(h.start, TimeExpr(*h.value, h.text)) for h in others.find(text)]
    out += [(m.start(), TimeExpr("year", m.group(1), m.group(1))) for m in _YEAR_EN.finditer(text)]
    return sorted(out, key=lambda x: x[0])


# يوم الاثنين، مساء الاثنين، ليلة الاثنين، الاثنين الماضي، الاثنين 5، اليوم الاثنين، غداً الاثنين، من غد الاثنين،
# أمس الاثنين، ليل الأحد – الاثنين …، ، الاثنين،
_DAY_CONTEXT = re.compile(
    r"(?:يومي?|اليوم|غدا?|امس|مساء|صباح|ليله|ليل|فجر|ظهر|عصر|ظهيره|منتصف ليل)\s*\|"
    # ليل الأحد – الاثنين "the night of Sunday to Monday", السبت والاثنين: after another weekday
    r"|ال(?:احد|سبت|جمعه|خميس|اربعاء|ثلاثاء)\s*[-–—]?\s*و?\|"
    r"|\|\s*(الماضي|المقبل|القادم|المنصرم|مساء|صباح|ليلا|\d)"
    # بين الاثنين والخميس "between Monday and Thursday", الاثنين أو الثلاثاء: before another weekday
    r"|\|\s*(?:[-–—]|و|او)\s*ال(?:احد|سبت|جمعه|خميس|اربعاء|ثلاثاء)"
    # أعلن الوزير، الاثنين، عن …: the day of the report set off by commas after its verb and subject
    r"|[،,]\s*\|\s*[،,]"
)
_MARKET_BEFORE = re.compile(r"(?<!\w)(?:[وب]?ال)?سوق\s*$")
_TITLE_BEFORE = re.compile(r"(?:السيده|السيد|الانسه|تيريزا|رئيسه الوزراء|رئيس الوزراء)\s*$")
# شهر رمضان، 5 رمضان، رمضان 1445، رمضان المبارك
_HIJRI_CONTEXT = re.compile(r"شهر\s*\||\|\s*(?:14\d\d|13\d\d|هـ|ه\b|المبارك|الفضيل|الحرام|من العام|من عام)")


def _hijri_date(text: str, norm: str, index: list[int], start: int, end: int) -> bool:
    """A Hijri month name stands in a date: a number beside it, شهر before it or a Hijri year after it."""
    a, b = _norm_pos(index, start), _norm_pos(index, end)
    return _near_digit(text, start, end) or bool(_HIJRI_CONTEXT.search(norm[:a][-6:] + "|" + norm[b:][:10]))


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


# شهر آب، شهري تموز وآب، آب وأيلول: a month name that is also a word (آب "father") is the month after
# شهر/شهري or beside another month name joined by و
_MONTH_WORD = r"(?:شهر|شهري|شهرا|شهور|اشهر)"


def _among_months(norm: str, start: int, end: int) -> bool:
    """Whether the word at norm[start:end] follows شهر or sits beside another month name joined by و."""
    before, after = norm[:start], norm[end:]
    if re.search(rf"(?:^|\s)[وبل]?{_MONTH_WORD}\s+[وب]?$", before):
        return True
    months = _MONTH_WORDS
    prev = re.search(r"(\w+)\s+و$", before)
    nxt = re.match(r"\s+و(\w+)", after)
    return bool((prev and prev.group(1) in months) or (nxt and nxt.group(1) in months))


# the words before a month name that is also a word after which a relative time dates it (في مارس قبل عامين)
_MONTH_BEFORE_AR = frozenset(normalize_ar(w) for w in word_set("function_words_ar.tsv", "month_before"))
# how far (characters) after a month name a relative time may start and still date it: a space and من "of" at most
_RELATIVE_REACH = 5


def _dated_by_relative(norm: str, index: list[int], hit: Hit[tuple[str, str]], relative_at: list[int]) -> bool:
    """A relative time starts right after the month name (في مارس قبل عامين "in March two years ago", في أيار من العام
    الماضي), where a word that puts a month stands before it (function_words_ar.tsv month_before): it dates the month.
    ``relative_at``: where the sentence's relative times start."""
    if not any(0 < at - hit.end <= _RELATIVE_REACH for at in relative_at):
        return False
    before = re.findall(r"[\u0621-\u064a]+", norm[: _norm_pos(index, hit.start)])[-1:]
    return bool(before) and before[0].removeprefix("و") in _MONTH_BEFORE_AR


def _near_digit(text: str, start: int, end: int) -> bool:
    """A digit within a word of the span (3 آب, May 2019)."""
    return bool(re.search(r"[\d٠-٩]\s*\S{0,3}\s*$", text[max(0, start - 8) : start])) or bool(
        re.match(r"\s*\S{0,3}\s*[\d٠-٩]", text[end : end + 8])
    )


def detect(pair: AlignedPair) -> list[Finding]:
    """Report weekdays, months, years and relative times changed, dropped or put in."""
    if not pair.ar or not pair.en:
        return []
    # كايار is Kayar, whom the English names (ك + أيار 'like May' only as a reading): no time
    ar_at = [
        _At(k, at, t)
        for k, s in enumerate(pair.ar)
        for at, t in _arabic_times_at(s.text)
        if not _names_someone_else(t.text, pair)
    ]
    ar_at = [a for a in ar_at if not _told_as_count(pair, a) and not _names_an_outlet(pair, a)]
    # 'NABLUS, July 4, 2026 (WAFA) –': the date of a dateline is the report's, as an Arabic dateline's is
    en_at = [
        _At(k, at, t)
        for k, s in enumerate(pair.en)
        for at, t in _english_times_at(s.text)
        if at >= english_dateline_end(s.text)
    ]
    ar_t, en_t = [a.expr for a in ar_at], [e.expr for e in en_at]
    # "on Sunday" rendered as "today"/"yesterday" is a rewording of the same day, not a loss
    resolved = any(t.kind == "relative" for t in en_t) or bool(_RELATIVE_EN.search(pair.en_text))
    # a weekday only by a relative time of a day or a week ('today', 'this week'), never by a month's or a year's
    # ('the second rise this year' renders no يوم الأربعاء)
    day_resolved = any(t.kind == "relative" and not _of_month_or_year(t) for t in en_t)
    day_resolved = day_resolved or bool(_RELATIVE_DAY_EN.search(_SPAN_BACK_EN.sub(" ", pair.en_text)))
    # a month is resolved only by a relative time of a month or a day ('last month', 'yesterday'), never by a year's
    # ('this year', 'earlier this year': في شهر فبراير dropped beside it is dropped)
    month_resolved = any(t.kind == "relative" and not t.value.endswith("_year") for t in en_t)
    # 'غداً الاثنين' rendered 'on Monday': the English resolved the relative day into the weekday
    weekday = any(t.kind == "weekday" for t in en_t)
    # an English sentence with no word of time at all cannot have rendered an Arabic time some other way
    timeless_en = not en_t and not _EN_TIME_WORDS.search(pair.en_text)
    findings: list[Finding] = []
    # English dates no Arabic one took, and Arabic ones no English one answered
    leftover: list[_At] = []
    unanswered = 0
    for kind in ("weekday", "month", "year", "hijri", "relative"):
        ar_k = [t for t in ar_at if t.expr.kind == kind]
        en_k = [t for t in en_at if t.expr.kind == kind]
        # a value said on both sides, wherever, answers first: only the rest are paired
        en_values = {t.expr.value for t in en_k}
        ar_values = {t.expr.value for t in ar_k}
        missing = [t for t in ar_k if t.expr.value not in en_values]
        extra = [t for t in en_k if t.expr.value not in ar_values]
        if kind == "weekday" and not any(t.kind == "relative" for t in en_t):
            # اليوم الثلاثاء … منذ صباح أمس "since Monday morning": the English weekday resolves the Arabic relative day
            # by the weekday the Arabic dates its report with, and renders that relative day, not the weekday; one
            # English weekday for each relative day, where the English says no 'yesterday' itself, and not the day of a
            # reporting verb ('police said on Wednesday' tells when they spoke, not when the arrest was)
            for day in _resolved_weekdays(pair, ar_at):
                told = next((t for t in extra if t.expr.value == day and not _said_on(pair, t)), None)
                if told is not None:
                    extra.remove(told)
        if kind == "weekday" and extra:
            # اليوم الأربعاء … الأربعاء المقبل → 'on Wednesday … next Thursday': a weekday the Arabic says more often
            # than the English, beside an English weekday it never says, lost an occurrence to that day (the first
            # occurrences are the ones the English kept)
            en_counts = Counter(t.expr.value for t in en_k)
            for value in dict.fromkeys(t.expr.value for t in ar_k):
                said = [t for t in ar_k if t.expr.value == value]
                if value in en_values and len(said) > en_counts[value]:
                    missing += said[en_counts[value] :]
        seen: set[str] = set()
        for at in missing:
            a = at.expr
            if a.value in seen:
                continue
            seen.add(a.value)
            e_at = _counterpart(pair, at, [t for t in extra if not _compatible(a, t.expr)])
            unanswered += e_at is None
            if e_at is not None:
                extra.remove(e_at)
                e = e_at.expr
                # a vaguer relative time ("this week" for أمس) is less sure to be wrong than another date
                vague = kind == "relative" and (a.value.startswith("this_") or e.value.startswith("this_"))
                findings.append(
                    make_finding(
                        pair,
                        "time",
                        "changed",
                        ar_span=a.text,
                        en_span=e.text,
                        severity="minor" if vague else "major",
                        score=0.85 if kind != "relative" else 0.7,
                        explanation=f"Arabic '{a.text}' ({describe(a)}) became '{e.text}'"
                        + (f" ({describe(e)})" if describe(e).lower() != e.text.lower() else ""),
                    )
                )
            elif (
                not en_k
                and not _goes_with_tense(pair, at)
                and (
                    kind == "relative"
                    and not (weekday and not _of_month_or_year(a))
                    and (a.value in _DROPPABLE_RELATIVE or timeless_en or _unit_unsaid(a, en_t, pair))
                    or kind == "hijri"
                    and timeless_en
                    or kind not in ("relative", "hijri")
                    and not {"month": month_resolved, "weekday": day_resolved}.get(kind, resolved)
                )
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
        leftover += [t for t in extra if t.expr.kind in ("weekday", "month", "year")]
    # every Arabic date answered, and the Arabic speaks of time in no other word (اليوم، أمس، الأسبوع
    # الماضي may be resolved into a weekday): an English date left over was put in, as where the Arabic
    # has no date at all; on a merged link, the other sentence's date no longer hides it
    # (an English weekday alone is answered only by a word that may stand for one day: اليوم، صباح، not عدة أشهر)
    weekdays_only = all(t.expr.kind == "weekday" for t in leftover)
    # (a day word the English renders otherwise resolves no weekday, unless the Arabic names a weekday of its own: an
    # English weekday beside it may be that day on a link the aligner got wrong, as the words of time always kept it)
    own_weekday = any(t.kind == "weekday" for t in ar_t)
    words = (_AR_DAY_WORDS if own_weekday else None) if weekdays_only else _AR_TIME_WORDS
    if ar_t and leftover and not unanswered and not findings and not _other_time_words(pair, ar_at, words):
        findings += _dated_in_english(pair, [t.expr for t in leftover], "no such date")
    # a month or weekday name that was not read as one (آب without a number) still speaks of time
    if not ar_t and not _hidden_in_runs(pair):
        if not _speaks_of_time(pair, _AR_TIME_WORDS):
            findings += _dated_in_english(pair, en_t)
        elif not any(
            _lexicons()[0].find(s.text) or _untold_day_word(normalize_ar(s.text), pair.en_text) for s in pair.ar
        ):
            # the Arabic speaks of time only in spans or seasons ('قد يستغرق عدة أشهر'), or in words the English renders
            # by their own sense ('now' for الآن): a weekday was put in
            findings += _dated_in_english(pair, [t for t in en_t if t.kind == "weekday"], "no such day")
    findings += _season_or_decade_changed(pair)
    if not any(f.subtype == "changed" for f in findings):
        findings += _day_changed(pair, ar_at, en_at)
    if not any(f.subtype == "changed" for f in findings):
        findings += _feast_changed(pair)  # a day of the month changed beside it says more
    findings += _hour_changed(pair)
    if not any(f.subtype == "changed" for f in findings):
        findings += _part_of_day_changed(pair)
    return findings + length_changes(pair, findings, same_unit=False)


# seasons: the Arabic (article and clitics off) and the English words; ربيع before الأول/الثاني/الآخر is a Hijri month
_AR_SEASONS = {
    normalize_ar(w): season
    for w, season in (("صيف", "summer"), ("شتاء", "winter"), ("خريف", "autumn"), ("ربيع", "spring"))
}
_AR_HIJRI_RABI = frozenset(normalize_ar(w) for w in ("الأول", "الاول", "الثاني", "الآخر", "الاخر"))
# 'spring' and 'fall' only after a word that makes them seasons ('this fall', not 'prices fall'; 'hot springs')
_EN_SEASONS = re.compile(
    r"\b(?:(the|this|last|next|every|early|late|during|since|until|in)\s+)?(summer|winter|autumn|spring|fall)\b", re.I
)
_SPRING_BEFORE = frozenset(("the", "this", "last", "next", "every", "early", "late", "during", "since", "until", "in"))
_FALL_BEFORE = frozenset(("this", "last", "next", "every"))
# decades: ثمانينيات (القرن الماضي) "the 1980s"; 'the 1970s', "the '70s", 'the seventies'
_AR_DECADE = re.compile(
    r"(?<![\u0621-\u064a])(?:[وبلف]{0,2})(?:ال)?(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)ي?ات"
)
_AR_TENS = {"عشرين": 2, "ثلاثين": 3, "اربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}
_EN_DECADE = re.compile(
    r"\b(?:(?:19|20)(\d)0s|['’](\d)0s)\b|\bthe\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.I,
)
_EN_TENS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _ar_seasons(text: str) -> list[tuple[str, str]]:
    """The seasons an Arabic text names: (word, season), ربيع of a Hijri month (ربيع الأول) left out."""
    toks = ar_tokens(text)
    out = []
    for k, t in enumerate(toks):
        season = _AR_SEASONS.get(normalize_ar(t.bare))
        if season is None or (season == "spring" and k + 1 < len(toks) and toks[k + 1].norm in _AR_HIJRI_RABI):
            continue
        if "ال" not in t.norm[:4] and not (
            k and toks[k - 1].norm.removeprefix("و").removeprefix("في") in ("فصل", "بفصل")
        ):
            continue  # ربيع خليل, a given name: a season has its article (الربيع) or فصل before it
        out.append((t.text, season))
    return out


def _season_or_decade_changed(pair: AlignedPair) -> list[Finding]:
    """A season or a decade told as another: each side names one (and only one) the other does not (في فصل
    الخريف 'every summer'; ثمانينيات القرن الماضي 'the 1970s'): changed, minor."""
    out = []
    ar_seasons = [x for s in pair.ar for x in _ar_seasons(s.text)]
    en_seasons = [
        (m.group(2), season) for s in pair.en for m in _EN_SEASONS.finditer(s.text) if (season := _en_season(m))
    ]
    ar_decades = [
        (m.group(0), str(_AR_TENS[m.group(1)])) for s in pair.ar for m in _AR_DECADE.finditer(normalize_ar(s.text))
    ]
    en_decades = [
        (m.group(0), str(int(m.group(1) or m.group(2)) if (m.group(1) or m.group(2)) else _EN_TENS[m.group(3).lower()]))
        for s in pair.en
        for m in _EN_DECADE.finditer(s.text)
    ]
    for what, ar, en in (("season", ar_seasons, en_seasons), ("decade", ar_decades, en_decades)):
        if len({v for _, v in ar}) != 1 or len({v for _, v in en}) != 1 or ar[0][1] == en[0][1]:
            continue
        ar_word = ar[0][0] if what == "season" else _original(pair, ar[0][0])
        out.append(
            make_finding(
                pair,
                "time",
                "changed",
                ar_span=ar_word,
                en_span=en[0][0],
                severity="minor",
                score=0.6,
                explanation=f"Arabic '{ar_word}' (the {what} {_said(what, ar[0][1])}) became '{en[0][0]}'",
            )
        )
    return out


@lru_cache(maxsize=1)
def _feasts() -> tuple[ArabicTerms[str], EnglishTerms[str]]:
    rows = load("feasts.tsv")
    ar = ArabicTerms(((form, feast) for feast, forms, _ in rows for form in forms.split("|")), keep_article=True)
    en = EnglishTerms(((form, feast) for feast, _, forms in rows for form in forms.split("|")), ignore_case=True)
    return ar, en


def _feast_changed(pair: AlignedPair) -> list[Finding]:
    """A feast that dates an event told as another (بعد عيد الأضحى 'after Eid al-Fitr'): each side names one feast
    (feasts.tsv), and none the other names: changed, major, as another date is."""
    ar_terms, en_terms = _feasts()
    ar = [h for s in pair.ar for h in ar_terms.find(s.text)]
    en = [h for s in pair.en for h in en_terms.find(s.text)]
    if len({h.value for h in ar}) != 1 or len({h.value for h in en}) != 1 or ar[0].value == en[0].value:
        return []
    a, e = ar[0], en[0]
    return [
        make_finding(
            pair,
            "time",
            "changed",
            ar_span=a.text,
            en_span=e.text,
            severity="major",
            score=0.85,
            explanation=f"Arabic '{a.text}' ({a.value}) became '{e.text}' ({e.value})",
        )
    ]


# a day of the month beside a month's name: 13 أكتوبر، ١٣ تشرين الأول، الثالث من أكتوبر; 'October 13', '13 October',
# 'the 13th of October'. All the figures near the month count, so a range (13 و14 أكتوبر, 'October 13-14') is one date
_AR_DAY_BEFORE = re.compile(r"((?:[\d٠-٩]{1,2}\s*(?:و|-|–|الى|إلى)?\s*){1,3})(?:من\s+)?(?:شهر\s+)?$")
_EN_DAY_AFTER = re.compile(r"^\s*((?:\d{1,2}(?:st|nd|rd|th)?(?!\d)\s*(?:-|–|and|to)?\s*){1,3})")
_EN_DAY_BEFORE = re.compile(r"((?:\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to)?\s*){1,3})(?:of\s+)?$")


def _days(figures: str) -> set[int]:
    """The days of the month (1-31) a run of figures names."""
    return {d for n in re.findall(r"\d+", normalize_digits(figures)) if 1 <= (d := int(n)) <= 31}


def _ar_dates(pair: AlignedPair, ar_at: list[_At]) -> list[tuple[str, str, set[int], bool]]:
    """(month value, words, days, by an ordinal word) for each Gregorian month the Arabic names with a day."""
    from workbench.findings._numbers import ar_ordinal_tokens

    out = []
    for a in ar_at:
        text, at, t = pair.ar[a.sentence].text, a.start, a.expr
        if t.kind != "month" or at < arabic_dateline_end(text):  # بيروت، 14 مايو -: the report's own date
            continue
        before = text[max(0, at - 24) : at]
        digits = _AR_DAY_BEFORE.search(before)
        if digits and _days(digits.group(1)):
            out.append((t.value, text[at - len(digits.group(0)) : at + len(t.text)], _days(digits.group(1)), False))
            continue
        # الثالث من أكتوبر، الحادي عشر من أكتوبر: an ordinal word and من before the month
        words = ar_tokens(before)
        if len(words) >= 2 and words[-1].norm == "من":
            ordinals = [(u, v) for u, v in ar_ordinal_tokens(before) if u.end <= words[-1].start]
            if ordinals and not before[ordinals[-1][0].end : words[-1].start].strip(" عشرةه"):
                u, v = ordinals[-1]
                out.append((t.value, text[at - len(before) + u.start : at + len(t.text)], {int(v)}, True))
    return out


def _en_dates(pair: AlignedPair, en_at: list[_At]) -> list[tuple[str, str, set[int]]]:
    """(month value, words, days) for each month the English names with a day (after it or before it); the
    English times are read past the dateline already."""
    out = []
    for e in en_at:
        text, at, t = pair.en[e.sentence].text, e.start, e.expr
        if t.kind != "month":
            continue
        after = _EN_DAY_AFTER.match(text[at + len(t.text) :])
        before = _EN_DAY_BEFORE.search(text[max(0, at - 24) : at])
        days = (_days(after.group(1)) if after else set()) | (_days(before.group(1)) if before else set())
        if days:
            start = at - len(before.group(0)) if before and _days(before.group(1)) else at
            end = at + len(t.text) + (len(after.group(0).rstrip()) if after and _days(after.group(1)) else 0)
            out.append((t.value, text[start:end].strip(), days))
    return out


def _day_changed(pair: AlignedPair, ar_at: list[_At], en_at: list[_At]) -> list[Finding]:
    """A day of the month told as another in the same month (13 أكتوبر 'October 3', الثالث من أكتوبر 'October 13'):
    the Arabic and the English give the month, each with days, and none of the Arabic's days is among the
    English's for that month (changed; minor where an ordinal word gives the day)."""
    en, ar = _en_dates(pair, en_at), _ar_dates(pair, ar_at)
    # one dated day a side, in the same month: with two, the English may have left one out and kept the other
    if len(ar) != 1 or len(en) != 1:
        return []
    for month, words, days, worded in ar:
        same = [e for e in en if e[0] == month]
        if len(same) != 1 or days & same[0][2]:
            continue
        e_words = re.sub(r"\s*(?:,|-|–|and|to)\s*$", "", same[0][1])
        return [
            make_finding(
                pair,
                "time",
                "changed",
                ar_span=words,
                en_span=e_words,
                severity="minor" if worded else "major",
                score=0.75,
                explanation=f"Arabic '{words}' (day {', '.join(map(str, sorted(days)))}) became '{e_words}'",
            )
        ]
    return []


def _en_season(m: re.Match[str]) -> str:
    """The season an English match names ('' for 'fall' or 'spring' not after a word that makes it one)."""
    before, word = (m.group(1) or "").lower(), m.group(2).lower()
    if (word == "spring" and before not in _SPRING_BEFORE) or (word == "fall" and before not in _FALL_BEFORE):
        return ""
    return "autumn" if word == "fall" else word


def _said(what: str, value: str) -> str:
    return f"'{value}0s'" if what == "decade" else value


def _original(pair: AlignedPair, normalized: str) -> str:
    """The Arabic words as written for a span found in normalised text (the first sentence holding it)."""
    for s in pair.ar:
        norm, index = normalize_with_map(s.text)
        at = norm.find(normalized)
        if at >= 0:
            return original_span(s.text, index, at, at + len(normalized))
    return normalized


def _goes_with_tense(pair: AlignedPair, at: _At) -> bool:
    """A future relative time (غداً، الشهر المقبل، مطلع العام المقبل) right after the verb it schedules
    (ستبدأ الشهر المقبل "will start next month"), where the English tells the event with no future at all
    ("has begun"): the time went with the future tense, a change of modality the certainty detector
    reports; it is no separate loss. A time further off in the clause, or a kept future, still is."""
    a = at.expr
    if a.kind != "relative" or not (a.value.startswith("next_") or a.value.endswith("tomorrow")):
        return False
    if _EN_FUTURE.search(pair.en_text):
        return False
    before = ar_tokens(pair.ar[at.sentence].text[: at.start])
    while before and before[-1].bare in _TIME_LEAD_INS:
        before.pop()
    return any(_future_verb(t.text) for t in before[-2:])


def _future_verb(word: str) -> bool:
    """An Arabic imperfect verb (ستبدأ، تنطلق), read as nothing else."""
    readings = analyses(word)
    return bool(readings) and all(r.stem.pos == "VERB_IMPERFECT" for r in readings)


# words that open a time phrase (مطلع العام المقبل، خلال الشهر المقبل)
_TIME_LEAD_INS = frozenset(normalize_ar(w) for w in ("مطلع", "بداية", "أوائل", "أواخر", "منتصف", "نهاية", "خلال", "في"))
# an English future or plan: the time may still have been dropped from it
_EN_FUTURE = re.compile(
    r"\b(?:will|shall|would|won't|going to|set to|due to|scheduled|plans?|planned|expected|to begin|to start)\b|'ll\b",
    re.I,
)


def _told_as_count(pair: AlignedPair, a: _At) -> bool:
    """An Arabic 'year' with no year word before it that the English writes as a count, with a thousands
    comma (2000 متطوع "2,000 volunteers"): a figure, not a date."""
    if a.expr.kind != "year" or _YEAR_WORD_BEFORE.search(normalize_ar(pair.ar[a.sentence].text[: a.start])):
        return False
    figure = rf"(?<![\d.,]){a.expr.value[0]},{a.expr.value[1:]}(?![\d]|[.,]\d)"
    return any(re.search(figure, s.text) for s in pair.en)


# عام 2000، منذ 2000: the figure after one is a year whatever the English says
_YEAR_WORD_BEFORE = re.compile(r"(?:عام|العام|لعام|سنه|السنه|لسنه|منذ|موسم|مطلع|اواخر|اوايل|منتصف|حتي)\s*$")


@dataclass(frozen=True)
class _At:
    """A time expression where it stands: its sentence in the pair and its offset there."""

    sentence: int
    start: int
    expr: TimeExpr


def _counterpart(pair: AlignedPair, a: _At, candidates: list[_At]) -> _At | None:
    """The English time expression that renders an Arabic one, of those left unmatched: on a link of as many
    sentences on each side, one in the sentence standing where the Arabic one's does; then the one whose
    words around it render most of the Arabic words around the Arabic one (a merged link's other sentence
    has its own date); then the one nearest its place in the pair."""
    if not candidates:
        return None
    same_shape = len(pair.ar) == len(pair.en)
    ar_keys = _context_keys(pair.ar[a.sentence].text, a.start, arabic=True)

    def rank(e: _At) -> tuple[int, int, float]:
        en_keys = _context_keys(pair.en[e.sentence].text, e.start, arabic=False)
        return (
            int(same_shape and e.sentence == a.sentence),
            len(ar_keys & en_keys),
            -abs(_place(pair.ar, a) - _place(pair.en, e)),
        )

    return max(candidates, key=rank)


def _place(sentences: tuple[Sentence, ...], at: _At) -> float:
    """Where an expression stands in its side of the pair, from 0 (start) to 1 (end)."""
    before = sum(len(s.text) + 1 for s in sentences[: at.sentence]) + at.start
    return before / max(1, sum(len(s.text) + 1 for s in sentences))


_CONTEXT_WORDS = 6


def _context_keys(text: str, start: int, *, arabic: bool) -> set[str]:
    """The content words within six words of an offset, as English stems cut to five letters (the Arabic
    ones by their glosses)."""
    if arabic:
        toks = [(t.start, t.end, t.text) for t in ar_tokens(text)]
    else:
        toks = [(t.start, t.end, t.low) for t in en_tokens(text)]
    at = next((i for i, t in enumerate(toks) if t[1] > start), len(toks))
    near = toks[max(0, at - _CONTEXT_WORDS) : at] + toks[at + 1 : at + 1 + _CONTEXT_WORDS]
    keys: set[str] = set()
    for _, _, w in near:
        stems = gloss_stems(w) if arabic else frozenset({stem(w)})
        keys |= {k[:5] for k in stems if len(k) > 3 and k not in _CONTEXT_SKIP}
    return keys


# words about any date, which tell nothing of which date renders which
_CONTEXT_SKIP = frozenset({"day", "week", "month", "year", "date", "time", "last", "next", "this", "that", "said"})


# a run of words holds this many letters at least besides the date's name (يوم + أنه round الخميس)
_RUN_EXTRA = 3


@lru_cache(maxsize=1)
def _run_forms() -> frozenset[str]:
    """Weekday and month names (normalised, four letters or more, not the ambiguous ones) to look for inside
    words run together."""
    return frozenset(
        f
        for form, kind, _, *rest in load("time_ar.tsv")
        if kind in ("weekday", "month") and rest[:1] != ["ambiguous"]
        for f in [normalize_ar(form)]
        if len(f) >= 4 and " " not in f
    )


def _hidden_in_runs(pair: AlignedPair) -> bool:
    """The Arabic has words run together (صرحيومالخميسأنه "said on Thursday that") that hold a weekday or
    month name: the date is there, only not read as a word of its own."""
    return any(_hidden_in_runs_text(s.text) for s in pair.ar)


def _hidden_in_runs_text(text: str) -> bool:
    """A word of ``text`` that the lexicon does not know and that holds a weekday or month name with more
    letters round it: words run together. A word it knows may hold a name's letters by chance
    (التليفزيونية "television" holds يونيه)."""
    for w in re.findall(r"[\u0621-\u0652\u0670]+", text):
        norm = normalize_ar(w)
        if any(f in norm and len(norm) >= len(f) + _RUN_EXTRA for f in _run_forms()) and not analyses(w):
            return True
    return False


# a relative time of a unit is resolved by a date of these kinds ("this week" → "on Monday")
_RESOLVED_BY = {"week": ("weekday", "month"), "month": ("month", "weekday"), "year": ("year", "month")}


# a season with next/last/this says which year ('next spring' for ربيع العام المقبل)
_SEASON = rf"(?:next|last|this|coming|past)\s+(?:{alternation(word_set('time_words_en.tsv', 'season'))})"


def _speaks_of_time(pair: AlignedPair, words: re.Pattern[str]) -> bool:
    """Some Arabic sentence has a word of ``words`` or a time term the lexicon reads (a month or weekday name)."""
    return any(words.search(normalize_ar(s.text)) or _lexicons()[0].find(s.text) for s in pair.ar)


def _of_month_or_year(t: TimeExpr) -> bool:
    """A relative time of a month or a year ('this year', 'last month', 'two years ago')."""
    return t.value.endswith(("_month", "_year"))


def _unit_unsaid(a: TimeExpr, en_t: list[TimeExpr], pair: AlignedPair) -> bool:
    """A relative week, month or year (هذا الشهر، العام المقبل) of which the English names neither the unit
    (week, monthly, years …, 'next spring' for a year) nor a date that resolves it ("earlier" alone does not
    say which month)."""
    unit = a.value.rsplit("_", 1)[-1]
    if unit not in _RESOLVED_BY or any(t.kind in _RESOLVED_BY[unit] for t in en_t):
        return False
    words = {
        "week": r"weeks?|weekly|weekend|fortnights?",
        "month": r"months?|monthly",
        "year": rf"years?|yearly|annual\w*|{_SEASON}",
    }
    return not re.search(rf"\b(?:{words[unit]})\b", pair.en_text, re.I)


def _compatible(a: TimeExpr, e: TimeExpr) -> bool:
    """Two relative times that can name the same moment: "today" lies within this week, month and year."""
    values = {a.value, e.value}
    return "today" in values and any(v.startswith("this_") for v in values)


def _other_time_words(pair: AlignedPair, ar_at: list[_At], words: re.Pattern[str] | None) -> bool:
    """The Arabic speaks of time in a word of ``words`` besides its dates (the يوم of يوم السبت, the عام of
    عام 2022 aside); ``words`` None: in a word that may stand for one day, which the English does not render by
    its own sense (``_untold_day_word``)."""
    for k, s in enumerate(pair.ar):
        text = s.text
        for a in sorted((a for a in ar_at if a.sentence == k), key=lambda a: -a.start):
            text = text[: a.start] + " | " + text[a.start + len(a.expr.text) :]
        # يوم, عام, سنة or شهر right before a date it names is part of it
        norm = re.sub(r"(?<![\u0621-\u064a])(?:[وفبل]|ال|وال|بال|لل)?(?:يوم|عام|سنه|شهر)\s+\|", "|", normalize_ar(text))
        found = _untold_day_word(norm, pair.en_text) if words is None else words.search(norm) is not None
        if found or _hidden_in_runs_text(text):
            return True
    return False


# the words before a weekday that make it recur ('every Friday', 'the first Wednesday of each month')
_RECURRING_BEFORE = re.compile(r"\b(?:every|each|first|second|third|fourth)\s+$", re.I)
# … or after it ('the last Thursday of each month')
_RECURRING_AFTER = re.compile(r"\s+of\s+(?:each|every)\b", re.I)
# a capitalised word right before a weekday that is no word of time or preposition ('Black Friday', 'Good Friday';
# not 'On Friday', 'Last Friday')
_NAME_BEFORE_DAY = re.compile(
    r"\b(?!(?:On|By|From|Until|Till|Since|Before|After|Through|Last|This|Next|Every|Each|Early|Late|And|But|Or)\b)"
    r"[A-Z][a-z]+\s+$"
)


def _dated_in_english(pair: AlignedPair, en_t: list[TimeExpr], lacks: str = "no time") -> list[Finding]:
    """An English weekday, month or year in a pair whose Arabic has no word of time: a date put in (minor)."""
    for e in en_t:
        if e.kind not in ("weekday", "month", "year"):
            continue
        s = next((s.text for s in pair.en if e.text in s.text), "")
        at = s.find(e.text)
        if e.kind == "year" and re.match(r"['’]?s\b", s[at + len(e.text) :]):
            continue  # the 1930s: a decade, which Arabic writes in words (الثلاثينيات)
        if e.kind == "weekday" and re.match(
            r"\s+(?:prayers?\b|sermons?\b|markets?\b|souqs?\b|souks?\b|bazaars?\b|[A-Z])", s[at + len(e.text) :]
        ):
            # Friday prayers: a rite; the Wednesday market (سوق الأربعاء): a place named for its day; Saturday Night
            # Live, the Sunday Times: a title, not a date
            continue
        if e.kind == "weekday" and (_RECURRING_BEFORE.search(s[:at]) or _RECURRING_AFTER.match(s[at + len(e.text) :])):
            continue  # 'the first Wednesday of each month', 'every Friday': a day that recurs, no date
        if e.kind == "weekday" and _NAME_BEFORE_DAY.search(s[:at]):
            continue  # 'Black Friday', 'Good Friday': a name, no date
        return [
            make_finding(
                pair,
                "time",
                "changed",
                ar_span="",
                en_span=e.text,
                severity="minor",
                score=0.6,
                explanation=f"The English dates this '{e.text}' ({describe(e)}); the Arabic gives {lacks}",
            )
        ]
    return []


# English words that speak of time without naming a date ("earlier", "three weeks ago", "recently")
_EN_TIME_WORDS = re.compile(rf"\b(?:{alternation(word_set('time_words_en.tsv', 'undated'))})\b", re.I)


def _time_words(use: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\u0621-\u064a])(?:[وفبل]|ال|وال|بال|لل)?(?:{alternation(word_set('time_words_ar.tsv', use))})"
        r"(?:ين|ان|ها|هم|ا)?(?![\u0621-\u064a])|[\u0621-\u064a]+ينيات"
    )


# Arabic words of time (normalised): any of them means the Arabic says when, in some way, and an
# English date may resolve it; \w+ينيات is a decade (الثلاثينيات)
_AR_TIME_WORDS = _time_words("date")
# the words of time that may stand for one day, which an English weekday may resolve (اليوم، أمس، صباح), not a
# span of weeks, months or years (عدة أشهر 'several months') nor a season (time_words_ar.tsv, day); each such word
# → the English words that render it by its own sense ('now' for الآن, 'a.m.' for صباحا): told so, it is no day an
# English weekday resolves
_AR_DAY_WORDS = _time_words("day")
_DAY_TOLD = {
    row[0]: tuple(split_forms(row[1])) for row in load("time_words_ar.tsv") if len(row) == 3 and "day" in row[2].split()
}
_AR_DAY_WORD = re.compile(
    rf"(?<![\u0621-\u064a])(?:[وفبل]|ال|وال|بال|لل)?(?P<word>{alternation(_DAY_TOLD)})(?:ين|ان|ها|هم|ا)?(?![\u0621-\u064a])"
)


def _told_by(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """The English words ``forms`` as whole words, any case; None for none."""
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(forms)})(?![A-Za-z])", re.I) if forms else None


# each day word's renderings compiled once; اليوم with its article is "today", which only 'today' renders
_DAY_TOLD_BY = {word: _told_by(forms) for word, forms in _DAY_TOLD.items()}
_TODAY_TOLD_BY = _told_by(("today",))


def _untold_day_word(norm: str, en_text: str) -> bool:
    """The normalised Arabic ``norm`` has a word that may stand for one day which the English does not render by
    its own sense (الآن, and no 'now' in the English): a day an English weekday may resolve."""
    for m in _AR_DAY_WORD.finditer(norm):
        # (not the 'day' of 'within a day' for اليوم)
        today = m.group("word") == "يوم" and m.group(0).startswith(("ال", "وال", "فال", "بال", "لل"))
        told = _TODAY_TOLD_BY if today else _DAY_TOLD_BY.get(m.group("word"))
        if told is None or not told.search(en_text):
            return True
    return False


# ---------------------------------------------------------------------------- hours of the day


@lru_cache(maxsize=1)
def _day_words() -> dict[tuple[str, str], dict[str, str]]:
    """time_of_day.tsv by (side, kind): form → value."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for form, side, kind, value in load("time_of_day.tsv"):
        out.setdefault((side, kind), {})[form] = value
    return out


def _alternatives(side: str, kind: str) -> str:
    """A regular-expression alternation of one side's forms of one kind, longest first."""
    return alternation(_day_words()[(side, kind)])


@lru_cache(maxsize=1)
def _hour_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The Arabic hour (an ordinal or digits after الساعة, or an ordinal before a part of the day, with its
    minutes said in words between: والنصف، والربع), the English hour (digits or a number word before a.m.,
    o'clock or a part of the day; digits with minutes before a.m./p.m.), and the named points of the day on
    either side."""
    hours, periods = _alternatives("ar", "hour"), _alternatives("ar", "period")
    minutes = r"(?:\s+و(?:النصف|الربع|الثلث|\S+\s+دقيقه|\S+\s+دقائق))?"
    arabic = re.compile(
        rf"(?<!\w)(?:(?P<clock>[وبل]?(?:ال)?ساعه)\s+)?(?P<hour>{hours}|\d{{1,2}}(?![\d:.٫]))(?!\w){minutes}"
        rf"(?:\s+(?:من\s+)?(?P<period>{periods}))?(?!\w)"
    )
    words, en_periods = _alternatives("en", "hour"), _alternatives("en", "period")
    english = re.compile(
        rf"\b(?P<hour>\d{{1,2}}|{words})(?:[:.](?P<minute>\d\d))?\s*(?P<period>{en_periods})(?!\w)", re.I
    )
    points = "|".join(_alternatives(side, "point") for side in ("ar", "en"))
    return arabic, english, re.compile(rf"(?<!\w)(?:[وبل]?(?:ال)?)?(?P<point>{points})(?!\w)", re.I)


_HourReading = tuple[int, str, str]  # (hour on a 12-hour dial, am/pm or '', text as written)


def _arabic_hours(text: str) -> list[_HourReading]:
    """The hours of the day an Arabic sentence names: an ordinal or digits after الساعة (الساعة السادسة, الساعة
    6), or an ordinal before a part of the day (التاسعة صباحاً); منتصف الليل 'midnight'. Digits with minutes
    (الساعة 6:30) are the number detector's clock times."""
    norm, index = normalize_with_map(text)
    arabic, _, points = _hour_patterns()
    words = _day_words()
    out: list[_HourReading] = []
    for m in arabic.finditer(norm):
        hour, period = m.group("hour"), m.group("period")
        if not m.group("clock") and (not period or hour[0].isdigit() or not _hour_put(norm[: m.start()])):
            continue  # an ordinal alone or a thing's rank (الجلسة الثانية مساء اليوم), or a count before مساء
        value = int(hour) if hour[0].isdigit() else int(words[("ar", "hour")][hour])
        if not 0 < value <= 24:
            continue
        half = words[("ar", "period")].get(period or "", "")
        if period in words[("ar", "small_hours")] and 1 <= value % 12 <= 5:
            half = words[("ar", "small_hours")][period]  # الثانية ليلاً "2 am": the night's small hours
        if value > 12:
            half = "pm"  # الساعة 14: a 24-hour clock says its half of the day
        out.append((value % 12, half, _with_marks(text, index, *m.span())))
    for m in points.finditer(norm):
        point = words[("ar", "point")].get(m.group("point"))
        if point is not None:
            out.append((int(point) % 12, "", _with_marks(text, index, *m.span())))
    return out


def _with_marks(text: str, index: list[int], start: int, end: int) -> str:
    """The original text behind normalised offsets, with the vowel marks after its last letter (صباحاً)."""
    span = original_span(text, index, start, end)
    stop = index[end - 1] + 1
    while stop < len(text) and "\u064b" <= text[stop] <= "\u0652":
        span += text[stop]
        stop += 1
    return span


def _hour_put(before: str) -> bool:
    """The normalised text before an ordinal ends with a word that puts an hour (عند، حتى، من: time_of_day.tsv
    before), with و/ف/ب/ل joined to it or not."""
    words = re.findall(r"[\u0621-\u064a]+", before)
    return bool(words) and (
        words[-1] in _day_words()[("ar", "before")] or words[-1][1:] in _day_words()[("ar", "before")]
    )


def _english_hours(text: str) -> list[_HourReading]:
    """The hours of the day an English sentence names: '8 am', '8:30 p.m.', 'eight o'clock', 'nine in the
    morning', noon, midnight."""
    _, english, points = _hour_patterns()
    words = _day_words()
    out: list[_HourReading] = []
    for m in english.finditer(text):
        hour, period = m.group("hour").lower(), m.group("period").lower()
        value = int(hour) if hour.isdigit() else int(words[("en", "hour")][hour])
        if not 0 < value <= 24 or (m.group("minute") and period == "o'clock"):
            continue
        said = words[("en", "period")].get(period, words[("en", "period")].get(period.replace(".", ""), ""))
        out.append((value % 12, "" if said == "-" else said, m.group(0)))
    for m in points.finditer(text):
        point = words[("en", "point")].get(m.group("point").lower())
        if point is not None:
            out.append((int(point) % 12, "", m.group(0)))
    return out


def _same_hour(a: _HourReading, b: _HourReading) -> bool:
    """The same hour on the dial, and the same half of the day where both sides say which."""
    return a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])


@lru_cache(maxsize=1)
def _zone() -> re.Pattern[str]:
    """A clock converted to another zone ('0500 GMT', بتوقيت غرينتش): the hours differ by design (time_of_day.tsv
    zone, and any abbreviation of two to four capitals ending in T)."""
    arabic, english = _day_words()[("ar", "zone")], _day_words()[("en", "zone")]
    return re.compile(rf"توقيت\s+(?:{alternation(arabic)})|\b(?:{alternation(english)}|[A-Z]{{2,4}}T)\b")


# the Arabic weekdays (normalised, with the article), and the English parts of the day as words
_WEEKDAYS_AR = frozenset(normalize_ar(r[0]) for r in load("time_ar.tsv") if r[1] == "weekday")
# the words before a part of the day with the article that make it one (في الصباح "in the morning", بعد الظهر
# "in the afternoon"): the noon only after بعد/قبل
_AR_PART_BEFORE = {
    **{part: frozenset(("في", "خلال", "طوال", "ساعات", "منذ", "حتي")) for part in ("صباح", "مساء", "فجر", "ليل")},
    "ظهر": frozenset(("بعد", "قبل")),
}
# the minutes an hour said in words may end with (الخامسة والنصف صباحاً "5.30 am")
_AR_HOUR_PARTS = frozenset(("والنصف", "والربع", "الا", "ونصف", "وربع"))


@lru_cache(maxsize=1)
def _en_parts() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives('en', 'part')})\b", re.I)


def _arabic_parts(text: str) -> list[tuple[str, frozenset[str]]]:
    """(word as written, the English parts it may be) of each part of the day an Arabic sentence says: an adverb
    (صباحاً، مساءً، ليلاً), a noun with the article after a word of time (في الصباح، خلال الليل، بعد الظهر) or one
    before a day (صباح اليوم، مساء الخميس، ليلة أمس), with و/ف/ب/ل on it; not the half of the day an hour is in
    (الخامسة صباحاً "5 am", الثانية بعد الظهر "2 pm": the hour rule reads those)."""
    parts = _day_words()[("ar", "part")]
    hours = _day_words()[("ar", "hour")]
    toks = ar_tokens(text)
    norms = [normalize_ar(strip_diacritics(t.text)) for t in toks]
    out = []
    for i, t in enumerate(toks):
        norm = norms[i]
        clitics = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل")
        cut = next((c for c in clitics if norm.startswith(c) and norm[len(c) :] in parts), "")
        bare = norm[len(cut) :]
        if bare not in parts:
            continue
        adverb = bare.endswith("ا") or bare == "مساء"  # صباحاً، ليلاً، مساءً: an adverb; مساء is no name
        # with the article only after a word of time (في الصباح، خلال الليل، ساعات الليل، بعد الظهر): الصباح is also
        # a family's and a newspaper's name, الظهر "the back", العصر "the era"
        article = cut.endswith(("ال", "لل")) and i > 0 and norms[i - 1] in _AR_PART_BEFORE.get(bare, frozenset())
        before_day = i + 1 < len(toks) and _names_a_day(toks[i + 1].text)
        back = i - 1 if i and norms[i - 1] not in ("بعد", "قبل") else i - 2
        prev = norms[back].removeprefix("و") if back >= 0 else ""
        # an hour in words (والرابعة عصراً) or in figures (4:30 صباحًا, figures no token holds) right before it
        figures = re.search(r"[\d٠-٩]\s*$", text[: toks[back + 1].start] if back + 1 < len(toks) else "")
        after_hour = bool(figures) or back >= 0 and (prev in hours or norms[back] in _AR_HOUR_PARTS)
        if (adverb or article or before_day) and not after_hour:
            out.append((t.text, frozenset(parts[bare].split())))
    return out


def _names_a_day(word: str) -> bool:
    """اليوم، أمس، غد، يوم or a weekday (و/ف/ب/ل or the article on it)."""
    norm = normalize_ar(strip_diacritics(word)).lstrip("وفبل")
    norm = norm.removeprefix("ال")
    return norm in ("يوم", "امس", "غد") or f"ال{norm}" in _WEEKDAYS_AR


def _part_of_day_changed(pair: AlignedPair) -> list[Finding]:
    """One part of the day in the Arabic (صباح اليوم الخميس "Thursday morning") told as one in the English none of
    whose readings it shares ('on Thursday evening'): another time of day (major, 0.7). Only where each side says
    exactly one part of the day."""
    ar = [p for s in pair.ar for p in _arabic_parts(s.text)]
    words = _day_words()[("en", "part")]
    en = [
        (m.group(0), frozenset(words[m.group(0).lower()].split()))
        for s in pair.en
        for m in _en_parts().finditer(s.text)
    ]
    if len(ar) != 1 or len(en) != 1 or ar[0][1] & en[0][1]:
        return []
    (ar_text, _), (en_text, _) = ar[0], en[0]
    why = f"Arabic '{ar_text}' names another part of the day than the English '{en_text}'"
    return [
        make_finding(
            pair, "time", "changed", ar_span=ar_text, en_span=en_text, severity="major", score=0.7, explanation=why
        )
    ]


def _hour_changed(pair: AlignedPair) -> list[Finding]:
    """An hour of the day the Arabic says in words (السادسة صباحاً "6 am", الساعة العاشرة) that the English gives
    as another ('8 am', 'noon'): once the hours that agree are matched, one left on each side (major, 0.75).
    Not where either side converts to another time zone."""
    ar = [h for s in pair.ar for h in _arabic_hours(s.text)]
    en = [h for s in pair.en for h in _english_hours(s.text)]
    if not ar or not en or any(_zone().search(s.text) for s in (*pair.ar, *pair.en)):
        return []
    for b in list(en):
        a = next((a for a in ar if _same_hour(a, b)), None)
        if a is not None:
            ar.remove(a)
            en.remove(b)
    if len(ar) != 1 or len(en) != 1:
        return []
    (_, _, ar_text), (_, _, en_text) = ar[0], en[0]
    why = f"Arabic '{ar_text}' names another hour of the day than the English '{en_text}'"
    return [
        make_finding(
            pair, "time", "changed", ar_span=ar_text, en_span=en_text, severity="major", score=0.75, explanation=why
        )
    ]
