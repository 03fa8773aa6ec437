"""The neutral/loaded term lexicon (``loaded_terms.tsv``) and its Arabic hits in one sentence: what the
wording and quote detectors both read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from workbench.findings.terms import ArabicTerms, EnglishTerms, Hit, split_forms
from workbench.lexicons import load

# (concept, register) where register is "neutral" or "loaded"
Key = tuple[str, str]


@dataclass(frozen=True)
class Lexicon:
    """The compiled term lists and, per English form, the concepts in which it is neutral."""

    ar: ArabicTerms[Key]
    en: EnglishTerms[str]
    en_roles: dict[str, frozenset[Key]]
    gloss: dict[Key, str]  # the first English form of each concept and register, for explanations


@lru_cache(maxsize=1)
def loaded_terms() -> Lexicon:
    """The neutral/loaded term lexicon (loaded_terms.tsv), read once."""
    ar_forms: list[tuple[str, Key]] = []
    en_roles: dict[str, set[Key]] = {}
    gloss: dict[Key, str] = {}
    for concept, ar_neutral, en_neutral, ar_loaded, en_loaded in load("loaded_terms.tsv"):
        gloss[(concept, "neutral")] = (split_forms(en_neutral) or [concept])[0]
        gloss[(concept, "loaded")] = (split_forms(en_loaded) or [concept])[0]
        ar_forms += [(f, (concept, "neutral")) for f in split_forms(ar_neutral)]
        ar_forms += [(f, (concept, "loaded")) for f in split_forms(ar_loaded)]
        for f in split_forms(en_neutral):
            en_roles.setdefault(f.lower(), set()).add((concept, "neutral"))
        for f in split_forms(en_loaded):
            en_roles.setdefault(f.lower(), set()).add((concept, "loaded"))
    # an Arabic form listed under several concepts counts for each: match each concept separately
    by_key: dict[str, list[Key]] = {}
    for form, key in ar_forms:
        by_key.setdefault(form, []).append(key)
    return Lexicon(
        ar=ArabicTerms((form, key) for form, key in ar_forms),
        en=EnglishTerms(((f, f) for f in en_roles), ignore_case=True),
        en_roles={f: frozenset(r) for f, r in en_roles.items()},
        gloss=gloss,
    )


def loaded_term_hits(text: str) -> list[Hit[Key]]:
    """Arabic neutral/loaded terms; a form shared by concepts yields one hit per concept."""
    lex = loaded_terms()
    hits = lex.ar.find(text)
    shared = _shared_forms()
    out = []
    for h in hits:
        out.append(h)
        for other in shared.get(h.value, ()):
            out.append(Hit(other, h.text, h.start, h.end))
    return out


@lru_cache(maxsize=1)
def _shared_forms() -> dict[Key, tuple[Key, ...]]:
    """For each key that won a shared Arabic form, the other keys the same form stands for."""
    from workbench.findings.terms import core_form

    owner: dict[str, Key] = {}
    others: dict[Key, list[Key]] = {}
    for concept, ar_neutral, _en_n, ar_loaded, _en_l in load("loaded_terms.tsv"):
        for cell, register in ((ar_neutral, "neutral"), (ar_loaded, "loaded")):
            for f in split_forms(cell):
                core = core_form(f)
                key = (concept, register)
                if core not in owner:
                    owner[core] = key
                elif owner[core] != key:
                    others.setdefault(owner[core], []).append(key)
    return {k: tuple(v) for k, v in others.items()}
