"""Judging words and the Arabic words that judge: what the wording detector reads outside quotations and the
quote detector inside them (a judging word put into a speaker's mouth)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import ArToken, analyses, gloss_stems
from workbench.findings.terms import ArabicTerms, EnglishTerms, split_forms
from workbench.lexicons import load, valence
from workbench.text.arabic import strip_diacritics

JUDGING = -0.8  # at most this valence: VADER rates 'defiant' -0.9, 'cowardly' -1.6, 'brutal' -3.1
PRAISING = 1.5  # at least this one: 'heroic' 2.6, 'glorious' 2.9; milder praise ('fair' 1.3) is ordinary
NEIGHBOURS = 2  # Arabic words either side of the noun that may carry its qualifier
# the endings of English adjectives (hateful, defiant, vicious, ugly): 'the death toll', 'the crash site',
# 'the terror threat' put a noun in the same slot, and a participle ('the wounded man') describes
ADJECTIVE_SHAPE = re.compile(r"(?:ous|ful|ive|ic|al|ant|ent|able|ible|less|ish|ly|ile|(?<!it)(?<![aeiou])y)$")


def loosely_in(word_stem: str, stems: set[str] | frozenset[str]) -> bool:
    """The stem is in the set, or shares its first five letters with a stem of about its length
    (violent ~ violence, provocative ~ provocation)."""
    if word_stem in stems:
        return True
    return len(word_stem) >= 5 and any(
        len(s) >= 5 and s[:5] == word_stem[:5] and abs(len(s) - len(word_stem)) <= 3 for s in stems
    )


_AR_NEGATING = frozenset(("غير", "عدم", "بلا", "لا"))


@dataclass(frozen=True)
class LoadedWords:
    """The loaded English words of ``loaded_terms_en.tsv``: row per English word, the Arabic forms that say it."""

    en: EnglishTerms[int]
    ar: ArabicTerms[str]
    ar_rows: dict[str, frozenset[int]]  # an Arabic form (as matched) → the rows it says
    kinds: tuple[str, ...]
    neutral: tuple[tuple[str, ...], ...] = ()  # per row, its neutral English renderings (an optional column)


@lru_cache(maxsize=1)
def loaded_words() -> LoadedWords:
    from workbench.findings.terms import core_form

    rows = load("loaded_terms_en.tsv")
    ar_rows: dict[str, set[int]] = {}
    for k, (_en, _kind, ar, *_neutral) in enumerate(rows):
        for f in split_forms(ar):
            ar_rows.setdefault(core_form(f), set()).add(k)
    return LoadedWords(
        en=EnglishTerms(((f, k) for k, r in enumerate(rows) for f in split_forms(r[0])), ignore_case=True),
        ar=ArabicTerms(((f, core_form(f)) for f in ar_rows), nisba=True),
        ar_rows={f: frozenset(r) for f, r in ar_rows.items()},
        kinds=tuple(r[1] for r in rows),
        neutral=tuple(tuple(split_forms(r[3])) if len(r) > 3 else () for r in rows),
    )


def said_rows(texts: Sequence[str]) -> frozenset[int]:
    """The rows of ``loaded_terms_en.tsv`` that an Arabic form listed on them says in these texts (الغاشم
    says the row of 'brutal', الغادر that of 'cowardly')."""
    words = loaded_words()
    return frozenset(k for text in texts for h in words.ar.find(text) for k in words.ar_rows.get(h.value, ()))


def said_in_arabic(word: str, rows: frozenset[int]) -> bool:
    """The English word is on a row of ``loaded_terms_en.tsv`` that the Arabic says (``rows``)."""
    return any(h.value in rows for h in loaded_words().en.find(word))


def own_adjective(tokens: Sequence[ArToken], k: int, en_stems: set[str] | frozenset[str]) -> bool:
    """Among the Arabic adjectives right after the noun at ``k`` (agreeing with it, not a particle: على reads
    as 'high' too), one that no English word renders (no sense of it is loosely one of ``en_stems``): an
    English adjective put before the noun's rendering may render it (العدوان الغاشم 'the brutal aggression',
    العائلات المتعففة 'needy families') in a sense the glosses miss."""
    for t in tokens[k + 1 :]:
        if not qualifier(t.text) or particle(t.text) or not agrees(tokens[k], t):
            return False
        if not any(loosely_in(s, en_stems) for s in gloss_stems(t.text) | gloss_stems(t.bare)):
            return True
    return False


# the endings of a possessive pronoun on a noun (والدته "his mother", قواتهم "their forces"): a definite noun
_POSSESSED = re.compile(r"(?:ه|ها|هما|هم|هن|ك|كم|نا)$")


def definite(token: ArToken) -> bool:
    """The word carries the article (الشديد، بالضغط، للقوات)."""
    prefix = token.norm[: len(token.norm) - len(token.bare)]
    return prefix.endswith(("ال", "لل"))


def agrees(noun: ArToken, adj: ArToken) -> bool:
    """An adjective qualifies the noun before it only when both are definite or both not (الضغط الشديد، ضغط
    شديد; a possessed noun is definite: قواته الخاصة); والدته سارة "his mother, Sarah" is a name after a
    noun, not a quality of it."""
    noun_definite = definite(noun) or bool(_POSSESSED.search(strip_diacritics(noun.text)))
    return noun_definite == definite(adj)


def plain_gloss(gloss: str) -> str:
    """A Buckwalter gloss in lower case without its notes in brackets."""
    return re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>", " ", gloss.lower())


def negates(token: ArToken) -> bool:
    """غير، عدم، لا … (with or without a conjunction in front)."""
    return token.norm in _AR_NEGATING or token.bare in _AR_NEGATING


@lru_cache(maxsize=20_000)
def qualifier(word: str) -> bool:
    """Some reading of this Arabic word is an adjective."""
    return any("ADJ" in a.stem.pos for a in analyses(word))


# the parts of speech of a particle or pronoun (the last tag of a Buckwalter stem's, or the lexicon's own)
_PARTICLE_POS = frozenset(
    "FUNC_WORD PREP CONJ SUB_CONJ PART NEG_PART FUT_PART VERB_PART INTERROG_PART REL_PRON DEM_PRON PRON".split()
)


@lru_cache(maxsize=20_000)
def particle(word: str) -> bool:
    """Some reading of this Arabic word is a particle or a pronoun (على، إلى، عند): its rare adjective
    readings ('high', 'mechanical') qualify nothing."""
    return any(a.stem.pos.rsplit("/", 1)[-1] in _PARTICLE_POS for a in analyses(word))


def _particle_reading(pos: str) -> bool:
    """A Buckwalter part of speech of a particle or pronoun, with its person/number ending (DEM_PRON_MS)."""
    tag = pos.rsplit("/", 1)[-1]
    return tag in _PARTICLE_POS or any(tag.startswith(f"{p}_") for p in _PARTICLE_POS)


@lru_cache(maxsize=20_000)
def leans(word: str, sign: int) -> bool:
    """The first sense of some reading of this Arabic word, of any part of speech but a particle, leans the
    same way (VADER, negative for sign -1, positive for +1): يبكي 'cry', عائقا 'obstacle', النزاع 'conflict'.
    Unlike ``judges``, verbs count (a felt English word may render one), and only first senses: a reading's
    further senses ('be furious' under حد) are rarely what a quote says. A word with a particle or pronoun
    reading (ذلك 'that', also read 'humiliation') leans nowhere, nor does a name's reading (سيدة as 'Miss')."""
    from workbench.morphology import first_sense

    lexicon = valence()
    readings = analyses(word)
    if any(_particle_reading(a.stem.pos) for a in readings):
        return False
    for a in readings:
        if a.stem.pos.rsplit("/", 1)[-1].startswith("NOUN_PROP"):
            continue
        if any(sign * lexicon.get(w, 0.0) >= 0.5 for w in re.findall(r"[a-z]+", first_sense(a.stem.gloss).lower())):
            return True
    return False


@lru_cache(maxsize=20_000)
def judges(word: str, sign: int) -> bool:
    """Some dictionary sense of this Arabic word leans the same way (VADER, negative for sign -1, positive
    for +1): it may be the Arabic's own judgement."""
    lexicon = valence()
    readings = analyses(word)
    if any(a.stem.pos == "FUNC_WORD" for a in readings):
        return False  # إلا، عند: a particle's rare noun readings ('stubborn') qualify nothing
    for a in readings:
        if a.stem.pos != "NOUN" and "ADJ" not in a.stem.pos:
            continue  # a qualifier is a noun or an adjective
        if any(sign * lexicon.get(w, 0.0) >= 0.5 for w in re.findall(r"[a-z]+", plain_gloss(a.stem.gloss))):
            return True
    return False
