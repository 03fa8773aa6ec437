"""Judging words and the Arabic words that judge: what the wording detector reads outside quotations and the
quote detector inside them (a judging word put into a speaker's mouth)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import ArToken, analyses
from workbench.findings.terms import ArabicTerms, EnglishTerms, split_forms
from workbench.lexicons import load, valence

JUDGING = -0.8  # at most this valence: VADER rates 'defiant' -0.9, 'cowardly' -1.6, 'brutal' -3.1
PRAISING = 1.5  # at least this one: 'heroic' 2.6, 'glorious' 2.9; milder praise ('fair' 1.3) is ordinary
NEIGHBOURS = 2  # Arabic words either side of the noun that may carry its qualifier
# the endings of English adjectives (hateful, defiant, vicious, ugly): 'the death toll', 'the crash site',
# 'the terror threat' put a noun in the same slot, and a participle ('the wounded man') describes
ADJECTIVE_SHAPE = re.compile(r"(?:ous|ful|ive|ic|al|ant|ent|able|ible|less|ish|ly|ile|(?<!it)y)$")


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


@lru_cache(maxsize=1)
def loaded_words() -> LoadedWords:
    from workbench.findings.terms import core_form

    rows = load("loaded_terms_en.tsv")
    ar_rows: dict[str, set[int]] = {}
    for k, (_en, _kind, ar) in enumerate(rows):
        for f in split_forms(ar):
            ar_rows.setdefault(core_form(f), set()).add(k)
    return LoadedWords(
        en=EnglishTerms(((f, k) for k, r in enumerate(rows) for f in split_forms(r[0])), ignore_case=True),
        ar=ArabicTerms(((f, core_form(f)) for f in ar_rows), nisba=True),
        ar_rows={f: frozenset(r) for f, r in ar_rows.items()},
        kinds=tuple(r[1] for r in rows),
    )


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
