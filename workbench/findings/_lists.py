"""Coordinated lists in an Arabic sentence: two or more noun phrases joined by و (الجيش العراقي والحشد
الشعبي والشرطة الاتحادية), each item with its words, for the entity detector to tell which items the
English keeps.

A word opens a new item when its و is the conjunction: the lexicon reads it only as و + a word (والشرطة،
ومروحيات), or it is unknown and its rest is a word of three letters or more (وأباتشي); a و that the
lexicon also reads as the word's own first letter (وادي "valley", وزير "minister") opens no item unless
doubled (ووادي). Items hold nouns, adjectives and names only: a verb, a preposition, a number or a
punctuation mark ends the list. The first item runs back from the first conjunction over at most four
such words, a word carrying a preposition (لطائرات "for aircraft") being its first; the last runs on
over at most three words after its head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import ArToken, analyses, ar_tokens
from workbench.lexicons import load, word_set
from workbench.text.arabic import normalize_ar

_FUNCTION = frozenset(normalize_ar(row[0]) for row in load("function_words_ar.tsv")) | frozenset(
    normalize_ar(w) for w in word_set("entity_list_words.tsv", "preposition_ar")
)
_GENERIC = frozenset(normalize_ar(w) for w in word_set("entity_list_words.tsv", "generic_ar"))
_COUNTING = frozenset(normalize_ar(w) for w in word_set("entity_list_words.tsv", "counting_ar"))
_NOMINAL_POS = ("NOUN", "ADJ", "NOUN_PROP", "NOUN_NUM", "ABBREV")
_FIRST_MAX = 4  # words of the first item, counted back from the first conjunction
_ITEM_MAX = 5  # words of an inner item
_TAIL_MAX = 3  # words after the head of the last item


@dataclass(frozen=True)
class ListItem:
    """One item of a list: its exact text (without the conjunction و), offsets and words."""

    text: str
    start: int
    end: int
    words: tuple[ArToken, ...]

    @property
    def head(self) -> ArToken:
        return self.words[0]


@dataclass(frozen=True)
class ArabicList:
    """Two or more coordinated items, in order; ``text`` runs from the first item to the last."""

    text: str
    start: int
    items: tuple[ListItem, ...]

    @property
    def generic(self) -> bool:
        """An item is a word for 'the others' (وغيرها، وسائر): the list is open, any English shortening fair."""
        return any(_generic(i.head) for i in self.items)


def _generic(tok: ArToken) -> bool:
    return tok.bare in _GENERIC or re.sub("^[وف]", "", tok.norm) in _GENERIC


@lru_cache(maxsize=20_000)
def _readings(word: str) -> tuple[tuple[str, str, str], ...]:
    """(prefix tags, stem key, pos) of every reading the lexicon gives the word."""
    return tuple((a.prefix_pos, a.stem_key, a.stem.pos) for a in analyses(word))


def _conjunction(tok: ArToken) -> bool:
    """Whether the word opens with the conjunction و (see the module's docstring)."""
    norm = tok.norm
    if not norm.startswith("و") or len(norm) < 4:
        return False
    if norm.startswith("وو"):
        return True
    readings = _readings(tok.text)
    if not readings:
        return len(norm) - 1 >= 3
    conj = any(p.startswith("wa/") for p, _, _ in readings)
    own = any(not p.startswith(("wa/", "fa/")) and k.startswith("w") for p, k, _ in readings)
    return conj and not own


def _nominal(tok: ArToken) -> bool:
    """A noun, adjective or name: no function word, number or verb-only word."""
    if (
        tok.norm in _FUNCTION
        or tok.bare in _FUNCTION
        or len(tok.bare) < 2
        or not re.search("[\u0621-\u064a]", tok.norm)
    ):
        return False
    if _generic(tok):
        return True  # وغيرها "and the others": an item that leaves the list open
    readings = _readings(tok.text)
    if not readings:
        return True  # a word the lexicon lacks: most often a name
    if any(not p and pos.endswith("PREP") for p, _, pos in readings):
        return False  # a word that may be a preposition (دون "without", فوق "above") ends an item
    return any(pos.endswith(_NOMINAL_POS) for _, _, pos in readings)


def _prepositional(tok: ArToken) -> bool:
    """The word carries a preposition (بـ، لـ، كـ): it opens a phrase, so it is the first word of an item."""
    readings = _readings(tok.text)
    if readings:
        return any("PREP" in p for p, _, _ in readings)
    return re.match("(?:و?[بلك]ال|و?لل)", tok.norm) is not None


def _joined(text: str, a: ArToken, b: ArToken) -> bool:
    """Only spaces, or a hyphen (أفاشين-باسيان), between two words."""
    return text[a.end : b.start].strip() in ("", "-")


def _comma_joined(text: str, a: ArToken, b: ArToken) -> bool:
    """Only spaces, or one comma, between two words (a list item before و may end with a comma)."""
    return text[a.end : b.start].strip() in ("", "،", ",")


def _definite(tok: ArToken) -> bool:
    return re.match("(?:[وفبك]?ال|و?لل)", tok.norm) is not None


def _continues(a: ArToken, b: ArToken) -> bool:
    """Whether ``b`` may belong to the phrase ``a`` is in. After an indefinite word, any (a construct: وزير
    الزراعة); after a definite one only an adjective (الشرطة الاتحادية), a word the lexicon lacks or one
    with لـ (الهيئة الوطنية للاستثمار): an indefinite word opens a new phrase (المرحلتان الثانية والثالثة |
    مواقع الجزيرة), and so does a definite noun, the object after its subject (دعا المحافظ | السكان والتجار)."""
    if not _definite(a):
        return True
    if not _definite(b):
        return False
    if b.norm.startswith(("لل", "ولل")):
        return True
    readings = _readings(b.text)
    # an adjective, or a nisba the lexicon tags as a noun (EirAqiy~/NOUN العراقي), not الأهالي "the people"
    return not readings or any(pos.endswith("ADJ") or pos.split("/")[0].endswith("iy~") for _, _, pos in readings)


@lru_cache(maxsize=4096)
def arabic_lists(text: str) -> tuple[ArabicList, ...]:
    """The coordinated lists of noun phrases in one Arabic sentence, in order."""
    toks = ar_tokens(text)
    out = []
    i = 0
    while i < len(toks):
        if not (i > 0 and _conjunction(toks[i]) and _nominal(toks[i])):
            i += 1
            continue
        first = _first_item(text, toks, i)
        if first is None:
            i += 1
            continue
        items = [first]
        k = i
        while True:
            nxt = next(
                (
                    j
                    for j in range(k + 1, min(len(toks), k + 1 + _ITEM_MAX))
                    if _conjunction(toks[j]) and _nominal(toks[j])
                ),
                None,
            )
            inner = nxt is not None and all(
                _nominal(toks[j])
                and (j == k or (_joined(text, toks[j - 1], toks[j]) and _continues(toks[j - 1], toks[j])))
                for j in range(k, nxt)
            )
            if nxt is not None and inner and _comma_joined(text, toks[nxt - 1], toks[nxt]):
                items.append(_item(text, toks[k:nxt]))
                k = nxt
                continue
            items.append(_item(text, _last_words(text, toks, k)))
            break
        start, end = items[0].start, items[-1].end
        out.append(ArabicList(text[start:end], start, tuple(items)))
        i = k + 1
    return tuple(out)


def _first_item(text: str, toks: list[ArToken], i: int) -> ListItem | None:
    """The item before the conjunction at ``i``: nouns back to a function word, a verb, a punctuation mark
    or a word carrying a preposition (taken as the item's first word)."""
    j = i - 1
    if not _joined(text, toks[j], toks[i]) and not _comma_joined(text, toks[j], toks[i]):
        return None
    words: list[ArToken] = []
    while j >= 0 and len(words) < _FIRST_MAX and _nominal(toks[j]) and not _counting(toks[j]):
        if words and not (_joined(text, toks[j], words[0]) and _continues(toks[j], words[0])):
            break
        if _conjunction(toks[j]) and words:
            break  # a clause joined by و: its subject is no item of this list
        words.insert(0, toks[j])
        if _prepositional(toks[j]) or _conjunction(toks[j]):
            break
        j -= 1
    return _item(text, words) if words else None


def _counting(tok: ArToken) -> bool:
    """A noun of count (آلاف "thousands", بعشرات): it stands before the list it counts, no item of it."""
    return tok.norm in _COUNTING or re.sub("^[وفبل]", "", tok.norm) in _COUNTING


def _last_words(text: str, toks: list[ArToken], k: int) -> list[ArToken]:
    """The last item's words: its head, then nouns and adjectives joined to it, up to a preposition's word."""
    words = [toks[k]]
    for j in range(k + 1, min(len(toks), k + 1 + _TAIL_MAX)):
        if (
            not _nominal(toks[j])
            or not _joined(text, toks[j - 1], toks[j])
            or not _continues(toks[j - 1], toks[j])
            or _conjunction(toks[j])
        ):
            break
        words.append(toks[j])
        if _prepositional(toks[j]):
            break
    return words


def _item(text: str, words: list[ArToken]) -> ListItem:
    start = words[0].start + (1 if _conjunction(words[0]) else 0)
    end = words[-1].end
    return ListItem(text[start:end], start, end, tuple(words))
