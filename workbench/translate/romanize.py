"""A simple readable romanisation of Arabic words, used for words the lexicon does not know.

The aim is that names come out close to their usual English spelling ("كاظم" → "kazim",
"الأنباري" → "al-anbari") so that fuzzy word matching still links them; it is not a
scholarly transliteration and writes no diacritics.
"""

from __future__ import annotations

from workbench.text.arabic import strip_diacritics

_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "g", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ء": "", "ؤ": "", "ئ": "", "پ": "p", "چ": "ch", "ژ": "zh", "ڤ": "v",
    "گ": "g", "ک": "k",
}  # fmt: skip
_ALEFS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ى": "a"}
_VOWELISH = "اأإآٱىويیة"


def _is_consonant(ch: str) -> bool:
    return ch in _CONSONANTS


def romanize(word: str) -> str:
    """Romanise one Arabic word (no spaces) in a plain ASCII scheme; non-Arabic characters pass through."""
    word = strip_diacritics(word)
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in _ALEFS:
            out.append(_ALEFS[ch])
        elif ch == "ة":
            out.append("a")
        elif ch == "و":
            # consonantal at the start or next to a long vowel, else the vowel u/o
            if i == 0 or (nxt and nxt in "اى") or (prev and prev in "اي"):
                out.append("w")
            elif i == 1 and nxt and _is_consonant(nxt):
                out.append("o")  # Jones, Zoran, Horan
            else:
                out.append("u")
        elif ch in "يی":
            if i == 0 or (nxt and nxt in "اوى") or prev == "ا":
                out.append("y")
            else:
                out.append("i")
        elif ch in _CONSONANTS:
            out.append(_CONSONANTS[ch])
            # Arabic writes no short vowels; guessing them mostly hurts foreign names (Trump,
            # Stamford), so only an "i" inside a final cluster after a long vowel (kazm → kazim).
            if nxt and _is_consonant(nxt) and i == n - 2 and i >= 2 and word[i - 1] in _VOWELISH:
                out.append("i")
        else:
            out.append(ch)
    text = "".join(out)
    return prefix + text if text else prefix.rstrip("-")
