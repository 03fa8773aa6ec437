"""Datelines: the place and outlet a report opens with (المعلومة/ بغداد.. ، نينوى/ شفق نيوز.. ،
بغداد اليوم – ذي قار: ، تعز - ، العقبة - بترا - ، السومرية نيوز/ البصرة ، نابلس 4-7-2026 (وفا)- ،
BAGHDAD –, NABLUS, July 4, 2026 (WAFA) –). Rendered freely by every rewrite, they are never a change:
detectors leave their words alone and a dateline left on its own is no omitted sentence.
"""

from __future__ import annotations

import re

from workbench.lexicons import load
from workbench.text.arabic import normalize_ar

# 'place/ outlet..' or 'outlet/ place..' (one to three words each side, then two dots); the two dots
# end a dateline whatever joins its halves: 'دير الزور-سانا..', 'القامشلي – نورث برس..'
_SLASH = re.compile(
    r"^\s*[^\s/.:،,–—-]+(?:\s+[^\s/.:،,–—-]+){0,2}\s*[/–—-]\s*[^\s/.:،,–—-]+(?:\s+[^\s/.:،,–—-]+){0,2}\s*\.\."
)
_ARABIC = re.compile(r"[\u0621-\u064a]")
# 'outlet – place:' ('بغداد اليوم – ذي قار:'), and 'place – agency:' with an agency's name of four words ('قبلي -
# وكالة تونس إفريقيا للأنباء:'; not 'الرئيس - في خطاب بمدينة صفاقس:', a speaker's introduction)
_DASH_COLON = re.compile(
    r"^\s*[^\s–—:-]+(?:\s+[^\s–—:-]+){0,2}\s+[–—-]\s+"
    r"(?:[^\s–—:-]+(?:\s+[^\s–—:-]+){0,2}|وكال[ةه](?:\s+[^\s–—:-]+){3})\s*:"
)
# 'place - outlet -' ('العقبة - بترا - ', 'عمان - الغد - ')
_DASH_TWICE = re.compile(r"^\s*[^\s–—:.-]+(?:\s+[^\s–—:.-]+)?\s+[–—-]\s+[^\s–—:.-]+(?:\s+[^\s–—:.-]+)?\s+[–—-]\s")
# 'outlet/ place' with no dots after it ('السومرية نيوز/ البصرة أعلنت'): the one word after the slash
_SLASH_BARE = re.compile(r"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*/\s*[\u0621-\u064a]+")
# 'place (outlet) -' ('قابس (موزاييك إف إم) - '): an outlet of several words in brackets, with no date
# (not a credit in the sentence, after a verb or an outlet's kind: وذكرت وكالة (رويترز) - نقلا عن …)
_BRACKETED = re.compile(
    r"^(?![^(]*(?:وكال|صحيف|قنا[ةه]|موقع|[اإ]ذاع|ذكر|قال|[أا]فاد|نقل|[أا]علن|[أا]كد))"
    r"\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*\([^)]{1,40}\)\s*[–—-]\s"
)
# 'place -' ('تعز - ', 'الجنوب - ')
_DASH = re.compile(r"^\s*[^\s–—:.-]+(?:\s+[^\s–—:.-]+)?\s+[–—-]\s")
# 'place date (outlet) -' ('نابلس 4-7-2026 (وفا)- ', 'قلقيلية 15-10-2024 وفا- '): a date in figures, an outlet
# in brackets or one word
DATED = re.compile(
    r"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s+[\d٠-٩]{1,2}[-/.][\d٠-٩]{1,2}[-/.][\d٠-٩]{2,4}"
    r"\s*(?:\([^)]{1,40}\)|[\u0621-\u064a]+)?\s*[–—-]\s*"
)
# 'place - day - month (outlet) --' as KUNA writes it ('جزيرة فيلكا - ٢٤ - ١١ (كونا) -- ')
_DATED_DASHES = re.compile(
    r"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*[–—-]\s*[\d٠-٩]{1,2}\s*[–—/-]\s*[\d٠-٩]{1,2}"
    r"(?:\s*[–—/-]\s*[\d٠-٩]{2,4})?\s*\([^)]{1,40}\)\s*[–—-]+\s*"
)
# a date in words: its day, its month's name (one word or two: ربيع الأول) and its year, with the era's mark
# after it (هـ، م)
_WORDS_DATE = r"[\d٠-٩]{1,2}\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?\s+[\d٠-٩]{4}(?:\s*(?:هـ|م)(?![\u0621-\u064a]))?"
# 'place date (outlet) -' with the date in words, a Hijri one and its Gregorian twin after الموافق "corresponding
# to" as Gulf agencies write them ('الأحساء ١٢ ربيع الأول ١٤٤٥ هـ الموافق ٢٧ سبتمبر ٢٠٢٣ م (واس) - ')
_DATED_WORDS = re.compile(
    rf"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){{0,2}}\s+{_WORDS_DATE}(?:\s+الموافق\s+{_WORDS_DATE})?"
    r"\s*(?:\([^)]{1,40}\))?\s*[–—-]\s*"
)
# 'place day month (outlet) -' with no year, as WAFA writes it ('يطا 14 آذار (وفا) - '): the outlet in brackets
_DATED_DAY_MONTH = re.compile(
    r"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s+[\d٠-٩]{1,2}\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?"
    r"\s*\([^)]{1,40}\)\s*[–—-]\s*"
)
# 'place, day month -' as the wire agencies' Arabic services write it ('داكار، 14 تشرين الأول/أكتوبر – ', 'مابوتو، 9
# شباط/فبراير - '): the month in one name or its two names joined by a slash, a year if any, an outlet in brackets
# if any
_DATED_COMMA = re.compile(
    r"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s*[،,]\s*[\d٠-٩]{1,2}\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?"
    r"(?:\s*/\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?)?(?:\s+[\d٠-٩]{4})?\s*(?:\([^)]{1,40}\))?\s*[–—-]\s*"
)
# 'place in date /outlet/' as the Gulf agencies write it ('صحار في ١٢ نوفمبر /العُمانية/ ', 'المنامة في ٣ مارس / بنا /'):
# the day, the month's name, a year if any, and between slashes one of those agencies (an outlet's short name: a
# month's other name or a figure between slashes, وأعلنت الكويت في ١٢ مارس /آذار/, opens no dateline)
_GULF_OUTLETS = r"(?:ال)?عُ?مانية|بنا|قنا|وام|واس|كونا|سبأ|سبا"
_DATED_SLASHES = re.compile(
    r"^\s*[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,2}\s+(?:في\s+)?[\d٠-٩]{1,2}\s+[\u0621-\u064a]+"
    rf"(?:\s+[\d٠-٩]{{4}})?\s*/\s*(?:{_GULF_OUTLETS})\s*/\s*"
)
# an English month's name or its short form, as datelines write the date ('July 4', '4 Sept.')
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)"
)
# 'BAGHDAD –', 'AL-HASA –', 'SOUTH LEBANON (Reuters) –', 'NABLUS, July 4, 2026 (WAFA) –', 'GAZA, 4 July (AFP) -',
# 'KUWAIT, Nov 5 (KUNA) --'
_EN = re.compile(
    r"^\s*[A-Z][A-Z'.]+(?:-[A-Z][A-Z'.]+)*(?:\s+[A-Z][A-Z'.]+(?:-[A-Z][A-Z'.]+)*){0,2}"
    rf"(?:,\s*(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)(?:,?\s+\d{{4}})?)?"
    r"(?:\s*\([^)]{1,40}\))?\s*[–—-]{1,2}\s"
)


_ARABIC_DATELINES = (
    DATED,
    _DATED_DASHES,
    _DATED_WORDS,
    _DATED_DAY_MONTH,
    _DATED_COMMA,
    _DATED_SLASHES,
    _SLASH,
    _DASH_COLON,
    _DASH_TWICE,
    _BRACKETED,
    _DASH,
    _SLASH_BARE,
)


# the months' names (time_ar.tsv), as a dateline with no year must give one
_MONTHS = frozenset(r[0] for r in load("time_ar.tsv") if r[1:2] in (("month",), ("hijri",)))


def _dated_day_month(text: str) -> re.Match[str] | None:
    """A leading 'place day month (outlet) -' dateline whose words after the day name a month (آذار، تشرين الثاني):
    'قتل 14 شخصا (…) -' is no date."""
    m = _DATED_DAY_MONTH.match(text)
    words = re.findall(r"[\u0621-\u064a]+", m.group(0).split("(")[0]) if m else []
    named = bool(words) and (normalize_ar(words[-1]) in _MONTHS or normalize_ar(" ".join(words[-2:])) in _MONTHS)
    return m if named else None


def arabic_dateline_end(text: str) -> int:
    """Where a leading Arabic dateline ends in ``text`` (0 when the sentence opens with none)."""
    for pattern in _ARABIC_DATELINES:
        if pattern is _DATED_DAY_MONTH:
            m = _dated_day_month(text)
        elif pattern is _DATED_COMMA:
            m = _dated_comma(text)
        else:
            m = pattern.match(text)
        if m and (pattern is not _SLASH or "/" in m.group(0) or _ARABIC.search(m.group(0))):
            return m.end()  # a dash-joined 'x-y..' is a dateline only in Arabic ('Ukraine-Russia talks..' is none)
    return 0


def arabic_figure_dated_end(text: str) -> int:
    """Where a leading Arabic dateline that gives a date ends in ``text``, in figures or in words (0 when none):
    its figures are the report's date, no count (a dateline of a place alone, 'آير 38 - ', may hold a score)."""
    m = DATED.match(text) or _DATED_DASHES.match(text)
    return m.end() if m else arabic_dated_end(text)


def arabic_dated_end(text: str) -> int:
    """Where a leading Arabic dateline that gives a date in words ends in ``text`` (0 when none)."""
    m = _DATED_WORDS.match(text) or _dated_day_month(text) or _DATED_SLASHES.match(text) or _dated_comma(text)
    return m.end() if m else 0


def english_dateline_end(text: str) -> int:
    """Where a leading English dateline ('BAGHDAD –') ends in ``text`` (0 when none)."""
    m = _EN.match(text)
    return m.end() if m else 0


def is_dateline(text: str) -> bool:
    """The whole sentence is a dateline (a segmenter split it off from the report's first sentence)."""
    end = arabic_dateline_end(text) or english_dateline_end(text)
    return bool(end) and not text[end:].strip(" .:–—-")


def _dated_comma(text: str) -> re.Match[str] | None:
    """A leading 'place، day month -' dateline whose words after the day name a month, in one name or two joined by
    a slash (تشرين الأول/أكتوبر): 'عمان، 14 شخصا -' is no date."""
    m = _DATED_COMMA.match(text)
    if m is None:
        return None
    after_day = re.split(r"[\d٠-٩]{1,2}", m.group(0).split("(")[0], maxsplit=1)[-1]
    names = [" ".join(re.findall(r"[\u0621-\u064a]+", part)) for part in after_day.split("/")]
    return m if names and all(normalize_ar(n) in _MONTHS for n in names if n) and names[0] else None
