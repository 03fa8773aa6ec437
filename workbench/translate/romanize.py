"""Romanising Arabic words: a plain scheme for words the lexicon does not know, and the usual
English spelling for people's names the lexicon would otherwise gloss as words.

``romanize``: names come out close to their usual English spelling ("كاظم" → "kazim",
"الأنباري" → "al-anbari") so that fuzzy word matching still links them; it is not a
scholarly transliteration and writes no diacritics.

``NameSpotter``: عمر الدليمي is "Omar al-Dulaimi", not "age al-dlimi". A run of words is taken
as a name when every word is a name the name resource (``arabic_name_romanizer``'s dictionary
of attested spellings) knows well, and either a title stands before it (الوزير، العميد …) or
it ends in a family name with the article (الدليمي) or holds a compound (عبد الغفار).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from workbench.text.arabic import strip_diacritics

_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ء": "", "ؤ": "", "ئ": "", "پ": "p", "چ": "ch", "ژ": "zh", "ڤ": "v",
    "گ": "g", "ک": "k",
}  # fmt: skip
_ALEFS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ى": "a"}
_VOWELISH = "اأإآٱىويیة"


def _is_consonant(ch: str) -> bool:
    return ch in _CONSONANTS


@lru_cache(maxsize=50_000)
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


# Minimum attestations in the name dictionary: a given name must be common as a name (عمر 752,
# but كبير 3), a family name with the article only attested (الدليمي 12; most ال-words have none).
_GIVEN_MIN = 20
_FAMILY_MIN = 3
_PARTICLES = frozenset({"عبد", "ابو", "أبو", "بن", "ابن"})  # joined with the word after them


#: part of the lexicon translator's signature (so cached translations made before are not reused);
#: bump when NameSpotter's rules change
NAMES_SIGNATURE = "names v1"


class NameSpotter:
    """Finds runs of Arabic words that name a person and gives their usual English spelling."""

    def __init__(self, titles: frozenset[str] | None = None) -> None:
        self._titles = titles
        self._tr: Any = None  # arabic_name_romanizer.Transliterator, opened on first use
        self._units: dict[str, int] = {}
        self._spelled: dict[str, str] = {}

    def __getstate__(self) -> dict[str, Any]:
        # the name dictionary is an SQLite connection: reopened in the process that unpickles it
        return {**self.__dict__, "_tr": None}

    def _resource(self) -> Any:
        if self._tr is None:
            try:
                from arabic_name_romanizer import Transliterator
            except ImportError:  # the resource is optional: without it no word is taken as a name
                self._tr = False
                return self._tr
            self._tr = Transliterator(auto_load_model=False)
        return self._tr

    def _titles_set(self) -> frozenset[str]:
        if self._titles is None:
            from workbench.lexicons import load

            self._titles = frozenset(row[0] for row in load("entity_cues_ar.tsv") if row[1:2] == ("title",))
        return self._titles

    def attested(self, unit: str) -> int:
        """How often the name dictionary attests ``unit`` (one word, or a particle and its word) as a name."""
        count = self._units.get(unit)
        if count is None:
            tr = self._resource()
            count = 0
            if tr and tr.index is not None:
                from arabic_name_romanizer.normalize import lookup_key, normalize_arabic

                variants = tr.index.lookup_unit(lookup_key(normalize_arabic(unit)))
                count = variants[0].count if variants else 0
            self._units[unit] = count
        return count

    def spell(self, name: str) -> str:
        """The usual English spelling of a name (the dictionary's best-attested one)."""
        spelled = self._spelled.get(name)
        if spelled is None:
            best = self._resource().transliterate(name, top_k=1)  # top_k=1 gives the spelling itself
            spelled = self._spelled[name] = best if isinstance(best, str) else best[0].text
        return spelled

    def runs(self, words: Sequence[str]) -> dict[int, tuple[int, str]]:
        """Name runs in a sentence's tokens: {start index: (number of tokens, English spelling)}.

        ``words``: the sentence's tokens in order, with "" for a token that is not an Arabic
        word (a number or punctuation ends a name).
        """
        if not self._resource():
            return {}
        titles = self._titles_set()
        found: dict[int, tuple[int, str]] = {}
        i = 0
        while i < len(words):
            units = self._units_from(words, i)
            after_title = i > 0 and words[i - 1] in titles
            if len(units) >= 2 and (after_title or any(kind != "given" for _, kind in units)):
                n = sum(len(u.split()) for u, _ in units)
                found[i] = (n, self.spell(" ".join(u for u, _ in units)))
                i += n
            else:
                i += 1
        return found

    def _units_from(self, words: Sequence[str], i: int) -> list[tuple[str, str]]:
        """The name units starting at token i, each (text, given | family | compound), up to the first non-name."""
        units: list[tuple[str, str]] = []
        while i < len(words) and words[i]:
            word = words[i]
            if word in _PARTICLES and i + 1 < len(words) and words[i + 1]:
                unit, kind = f"{word} {words[i + 1]}", "compound"
                ok = self.attested(unit) >= 1  # عبد/أبو + a word is a name wherever it is attested
            elif word.startswith("ال"):
                unit, kind = word, "family"
                ok = bool(units) and self.attested(word) >= _FAMILY_MIN
            else:
                unit, kind = word, "given"
                ok = self.attested(word) >= _GIVEN_MIN
            if not ok:
                break
            units.append((unit, kind))
            i += len(unit.split())
            if kind == "family":
                break  # a family name with the article ends the name
        return units
