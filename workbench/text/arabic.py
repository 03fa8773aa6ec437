"""Arabic normalisation for matching (display always keeps the original text)."""

from __future__ import annotations

import re
from functools import lru_cache

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
TATWEEL = "\u0640"
#: how many texts a per-sentence memo keeps: the detectors reread a pair's few sentences (and the two
#: before it) one after another, so a small bound gives every reuse while memory stays flat on long inputs
TEXT_MEMO = 64

# Both Arabic-Indic (٠-٩) and Persian/Urdu (۰-۹) digits become ASCII; ٫ is the Arabic decimal
# separator and ٬ the thousands separator.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬",
    "01234567890123456789.,",
)
_PUNCT = str.maketrans({"،": ",", "؛": ";", "؟": "?", "٪": "%"})
_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # keheh
    }
)


# normalize_ar's work as one table: diacritics and tatweel dropped, then letters, digits and punctuation
# unified (each of those tables maps one character to one character, so they compose)
_DROPPED = frozenset(chr(c) for c in range(0x0600, 0x0700) if chr(c) == TATWEEL or DIACRITICS.match(chr(c)))
_ONE_PASS = {
    **{
        ord(c): c.translate(_LETTERS).translate(_DIGITS).translate(_PUNCT)
        for t in (_LETTERS, _DIGITS, _PUNCT)
        for c in map(chr, t)
    },
    **{ord(c): None for c in _DROPPED},
}


def has_arabic(text: str) -> bool:
    """True when the text holds at least one Arabic letter."""
    return ARABIC_LETTER.search(text) is not None


def strip_diacritics(text: str) -> str:
    """Remove harakat, shadda, sukun, dagger alef and tatweel."""
    return DIACRITICS.sub("", text).replace(TATWEEL, "")


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits (and ٫ ٬ separators) to ASCII."""
    return text.translate(_DIGITS)


def normalize_ar(text: str) -> str:
    """Matching form: no diacritics/tatweel, unified alef/hamza/yeh/teh marbuta, ASCII digits and punctuation."""
    return text.translate(_ONE_PASS)


@lru_cache(maxsize=TEXT_MEMO)
def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """``normalize_ar`` plus, for each output character, its index in ``text``.

    Lets a detector search the normalised form and cut the exact original span. Memoised by
    text: detectors read the same sentence many times; callers must not change the list.
    """
    if _DROPPED.isdisjoint(text):
        return text.translate(_ONE_PASS), list(range(len(text)))
    return text.translate(_ONE_PASS), [i for i, ch in enumerate(text) if ch not in _DROPPED]


def original_span(text: str, index: list[int], start: int, end: int) -> str:
    """The substring of the original ``text`` behind normalised offsets [start, end)."""
    if start >= end:
        return ""
    return text[index[start] : index[end - 1] + 1]
