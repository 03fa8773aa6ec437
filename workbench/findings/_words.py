"""Word-level helpers shared by the attribution, certainty, quote and negation detectors.

Arabic tokens keep their exact original span (so findings can quote the text as written)
next to a matching form (normalised, clitics stripped). English tokens likewise.
Gloss sets give every English sense the Buckwalter lexicon lists for an Arabic word, which
makes word matching far less brittle than the one-gloss-per-word rendering.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TypeVar

from workbench.lexicons import load
from workbench.morphology import Analysis, get_morphology
from workbench.text.arabic import TEXT_MEMO, normalize_ar, normalize_with_map, original_span
from workbench.text.english import stem
from workbench.text.quotes import find_quotes

# complementisers (أن، إن، بأن، أنه …): the clause after one is what is said, never who says it
COMPLEMENTISERS = frozenset(("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"))

V = TypeVar("V")
# Arabic letters, with those Arabic writes foreign sounds with (ڤ v, پ p, چ ch, گ g, ژ zh: باڤيل Paweł)
_AR_WORD = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a4\u06af]+")
# Latin letters with their diacritics (Paweł, Jasiński, Müller): one word, not 'Pawe' and 'ski'
_EN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"
_EN_WORD = re.compile(rf"[{_EN_LETTER}]+(?:['’][{_EN_LETTER}]+)*|\d+(?:[.,]\d+)*")
_CLITICS = load("clitics_ar.tsv")  # prefix, the clitics it joins, gloss
# proclitics, longest first: conjunction + preposition + article
_AR_PREFIXES = tuple(sorted((row[0] for row in _CLITICS), key=len, reverse=True))
# what the first word of a phrase may carry (وبحسب for بحسب): the proclitics without the article
_PHRASE_PREFIXES = tuple(sorted((row[0] for row in _CLITICS if "ال" not in row[1].split()), key=len))


T = TypeVar("T")


def per_text(fn: Callable[[str], list[T]]) -> Callable[[str], list[T]]:
    """Memoise a pure function of one text whose list holds frozen records; each call gets its own list.

    Detectors read the same sentence many times (once per rule, once per detector).
    """
    cached = lru_cache(maxsize=TEXT_MEMO)(lambda text: tuple(fn(text)))

    @wraps(fn)
    def wrapper(text: str) -> list[T]:
        return list(cached(text))

    return wrapper


@dataclass(frozen=True)
class ArToken:
    """An Arabic word: normalised form, form without proclitics, exact original text and offsets."""

    norm: str
    bare: str
    text: str
    start: int  # offset in the original sentence text
    end: int


def opens_clause(text: str, toks: list[ArToken], i: int) -> bool:
    """Token ``i`` starts a new clause of the sentence ``text``: a full stop or a semicolon before it, a
    complementiser (أن، إنه …), or a comma and a word joined by و ("، وقال المدرب إنه قد حذر" is another statement)."""
    between = text[toks[i - 1].end : toks[i].start] if i > 0 else ""
    if re.search(r"[.;!?؟؛]", between) or toks[i].norm in COMPLEMENTISERS:
        return True
    return bool(re.search(r"[،,]", between)) and toks[i].norm.startswith("و")


@dataclass(frozen=True)
class EnToken:
    """An English word with its offsets."""

    text: str
    low: str
    start: int
    end: int


def strip_clitics(norm: str) -> str:
    """The normalised word without و/ف/ب/ل/ك and the article (keeps at least two letters)."""
    for p in _AR_PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p) :]
    return norm


def ar_tokens(text: str) -> list[ArToken]:
    """Arabic words of ``text`` in order."""
    return list(_ar_tokens(text))


@lru_cache(maxsize=TEXT_MEMO)
def _ar_tokens(text: str) -> tuple[ArToken, ...]:
    # memoised: every detector tokenises the same sentences
    norm, index = normalize_with_map(text)
    out = []
    for m in _AR_WORD.finditer(norm):
        w = m.group(0)
        start = index[m.start()]
        end = index[m.end() - 1] + 1
        out.append(ArToken(w, strip_clitics(w), original_span(text, index, m.start(), m.end()), start, end))
    return tuple(out)


def en_tokens(text: str) -> list[EnToken]:
    """English words and numbers of ``text`` in order."""
    return list(_en_tokens(text))


@lru_cache(maxsize=TEXT_MEMO)
def _en_tokens(text: str) -> tuple[EnToken, ...]:
    return tuple(
        EnToken(m.group(0), m.group(0).lower().replace("’", "'"), m.start(), m.end()) for m in _EN_WORD.finditer(text)
    )


def quote_zones(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation in ``text``, marks included."""
    return [(q.start, q.end) for q in find_quotes(text)]


def in_zones(zones: list[tuple[int, int]], pos: int) -> bool:
    """True when ``pos`` lies inside one of the zones."""
    return any(s <= pos < e for s, e in zones)


def has_quote_marks(text: str) -> bool:
    """True when the text holds a quotation mark other than an in-word apostrophe or a plural's possessive one
    ("patients' lives": after s, before a lower-case word, with no single mark opening a quote before it)."""
    if re.search(r"[“”«»„\"‹›]", text):
        return True
    text = text.replace("’", "'")
    if not _OPENING_SINGLE.search(text):
        text = _PLURAL_POSSESSIVE.sub("", text)
    return bool(re.search(r"(?<![A-Za-z])'|'(?![A-Za-z])", text))


# a single mark that opens a quotation ('… or 'so-called' …): before a letter, not after one
_OPENING_SINGLE = re.compile(r"(?<![A-Za-z])'(?=[A-Za-z])")
# the apostrophe of a plural's possessive before the noun it qualifies (patients' lives, the farmers' union)
_PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)'(?= [a-z])")


def match_phrases(tokens: list[ArToken], phrases: Mapping[tuple[str, ...], V]) -> list[tuple[int, int, V]]:
    """Non-overlapping matches of normalised Arabic phrases: (first token, last token + 1, value).

    The first word of a phrase may carry proclitics (وبحسب matches بحسب); later words match
    as normalised or bare forms.
    """
    # for each phrase length, longest first, the words that begin a phrase of that length: a form
    # that begins none cannot match (the table is small; the sentence may be long)
    starts: dict[int, set[str]] = {}
    for k in phrases:
        if k:
            starts.setdefault(len(k), set()).add(k[0])
    lengths = sorted(starts, reverse=True)
    out: list[tuple[int, int, V]] = []
    i = 0
    while i < len(tokens):
        hit: tuple[int, int, V] | None = None
        forms = _forms(tokens[i])
        for n in lengths:
            if n > len(tokens) - i or starts[n].isdisjoint(forms):
                continue
            window = tokens[i : i + n]
            for first in forms:
                if first not in starts[n]:
                    continue
                key = (first, *(t.norm for t in window[1:]))
                alt = (first, *(t.bare for t in window[1:]))
                if key in phrases:
                    hit = (i, i + n, phrases[key])
                elif alt in phrases:
                    hit = (i, i + n, phrases[alt])
                if hit:
                    break
            if hit:
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def _forms(tok: ArToken) -> tuple[str, ...]:
    forms = [tok.norm]
    for p in _PHRASE_PREFIXES:
        if tok.norm.startswith(p) and len(tok.norm) - len(p) >= 2:
            forms.append(tok.norm[len(p) :])
    if tok.bare not in forms:
        forms.append(tok.bare)
    return tuple(forms)


def ar_span(text: str, tokens: list[ArToken], i: int, j: int) -> str:
    """Exact original text from token i to token j-1."""
    return text[tokens[i].start : tokens[j - 1].end]


# ---------------------------------------------------------------------------- gloss sets


def analyses(word: str) -> list[Analysis]:
    """Every reading (prefix, stem, suffix) the Buckwalter lexicon gives an Arabic word as written;
    empty when it knows none."""
    return get_morphology().analyses(word)


def plural_noun(word: str) -> bool:
    """Some reading makes the Arabic word a plural noun: a plural suffix (سنوات، لاعبين) or a broken plural
    glossed in the plural (أيام 'days', دقائق 'minutes'): the noun a number counts (لست سنوات "for six years")."""
    readings = analyses(word)
    if any(a.stem.cat.startswith("FW") for a in readings):
        return False  # أنا "I" is no noun to count
    for a in readings:
        if a.stem.pos != "NOUN" or "_SG" in a.suffix_pos or "_DU" in a.suffix_pos:
            continue
        first = a.stem.gloss.split(";")[0].strip()
        if "_PL" in a.suffix_pos or first in _PLURAL_GLOSSES or re.fullmatch(r"[a-z]+[^s]s", first):
            return True
    return False


# broken plurals glossed without a final s
_PLURAL_GLOSSES = frozenset(("children", "people", "men", "women"))


_GLOSS_WORD = re.compile(r"[a-z]+")
#: function words left out of gloss stem sets
GLOSS_SKIP = frozenset(row[0] for row in load("gloss_skip_en.tsv"))


@lru_cache(maxsize=50_000)
def gloss_stems(word: str, *, verbs: bool = True) -> frozenset[str]:
    """Stems of every English sense the lexicon lists for one Arabic word (empty when unknown);
    ``verbs=False``: of its readings other than verbs only (ينهي 'complete' as 'finish' says no degree)."""
    morphology = get_morphology()
    out: set[str] = set()
    norm = normalize_ar(word)
    for form in {norm, strip_clitics(norm)}:
        hit = morphology.overrides.get((form,))
        if hit:
            out |= {stem(w) for w in _GLOSS_WORD.findall(hit.lower()) if w not in GLOSS_SKIP}
    for a in morphology.analyses(word):
        if not verbs and "VERB" in a.stem.pos:
            continue
        gloss = re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>", " ", a.stem.gloss.lower())
        out |= {stem(w) for w in _GLOSS_WORD.findall(gloss) if w not in GLOSS_SKIP}
    return frozenset(out)


@lru_cache(maxsize=20_000)
def has_perfect_reading(word: str) -> bool:
    """The lexicon can read this Arabic word (no proclitic) as a perfect verb: تعرض، تسبب، تلقى."""
    return get_morphology().has_perfect_reading(word)


@lru_cache(maxsize=20_000)
def is_name_word(word: str) -> bool:
    """The lexicon knows this Arabic word (proclitics stripped) only as a proper noun, or not at all."""
    return get_morphology().is_name_word(word)


@lru_cache(maxsize=20_000)
def main_senses(word: str) -> frozenset[str]:
    """The first sense of each verb or noun reading of an Arabic word, stemmed (تنفيه → deny): a sense
    further down a gloss ('deny' for كتاب, 'massacre' for قتل) is not what the word says in a report."""
    from workbench.morphology import first_sense

    out = set()
    for a in analyses(word):
        if a.stem.pos.startswith("VERB") or a.stem.pos == "NOUN":
            words = first_sense(a.stem.gloss).split()
            if words:
                out.add(stem(words[0].lower()))
    return frozenset(out)


@lru_cache(maxsize=20_000)
def sure_senses(word: str) -> frozenset[str]:
    """The stemmed first sense that every reading of an Arabic word shares (الإرهابية → terrorist), or
    nothing when its readings differ (قتل: kill, murder, massacre): what the word says whichever way it
    is read."""
    from workbench.morphology import first_sense

    senses = [frozenset(stem(w.lower()) for w in first_sense(a.stem.gloss).split()[:1]) for a in analyses(word)]
    return frozenset.intersection(*senses) if senses else frozenset()


@lru_cache(maxsize=4)
def antonym_keys(key: Callable[[str], str], *tables: str) -> dict[str, frozenset[str]]:
    """Each English word's antonyms in the lexicon ``tables`` (word, antonym rows, read both ways), every word
    stemmed and made a comparison key by ``key``."""
    out: dict[str, set[str]] = {}
    for name in tables:
        for word, other, *_ in load(name):
            a, b = key(stem(word)), key(stem(other))
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def without_clause(text: str, clause: str) -> str:
    """``text`` with ``clause`` and the comma or space before it taken out, the sentence's final stop
    kept: what the Arabic says without that clause, punctuated as a sentence for the encoder."""
    at = text.find(clause)
    if at < 0:
        return text
    start = at
    while start > 0 and text[start - 1] in " ،,؛;:":
        start -= 1
    stop = clause[-1] if clause[-1] in ".!؟?" else ""
    return text[:start] + stop + text[at + len(clause) :]
