"""Entities: people, places, organisations and equipment named on one side but not the other.

Precision first. An entity is something the gazetteer (``entities_*.tsv``) knows, on either
side, or an Arabic word the lexicon translator could not gloss (it romanised it) that stands
after a title or place word (الرئيس، وزير، مدينة، قضاء …). Names match across
transliterations through the gazetteer's spelling lists and, failing that, consonant
skeletons (Houran / Horan / حوران → hrn).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.align import _skeleton
from workbench.findings.base import AlignedPair, make_finding
from workbench.findings.terms import ArabicTerms, EnglishTerms, Hit, split_forms
from workbench.lexicons import load
from workbench.records import Finding
from workbench.text.arabic import normalize_ar
from workbench.translate.romanize import romanize

GAZETTEERS = ("entities_places.tsv", "entities_organisations.tsv", "entities_people.tsv", "entities_equipment.tsv")

# Words after which an unknown Arabic word is almost surely a name.
_TITLES = frozenset(
    normalize_ar(w)
    for w in """الرئيس رئيس وزير الوزير السيد السيدة النائب الشيخ الجنرال العميد اللواء العقيد الفريق
    المتحدث الناطق محافظ المحافظ مدينة مدينه بلدة بلده قرية قريه قضاء ناحية محافظة منطقة حي مخيم
    وادي جبل نهر مطار شركة شركه منظمة منظمه جامعة جامعه مستشفى طائرة طائرات مروحية مروحيات""".split()
)
_AR_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670]+")
_EN_CAP = re.compile(r"\b[A-Z][a-zA-Z'’]+(?:-[A-Za-z]+)*")


@dataclass(frozen=True)
class Entity:
    """A gazetteer entry."""

    key: str  # the first English name: used as the entity's identity and in explanations
    kind: str  # place | organisation | person | equipment


@dataclass(frozen=True)
class Mention:
    """An entity mentioned in a sentence: the entity (None for an unknown name), its text, and whether
    it is a name (True) or only an adjective form (Iraqi, عراقي), which counts for matching only."""

    entity: Entity | None
    text: str
    start: int
    is_name: bool
    skeleton: str


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[ArabicTerms[Entity], ArabicTerms[Entity], EnglishTerms[Entity], EnglishTerms[Entity]]:
    ar_names, ar_adj, en_names, en_adj = [], [], [], []
    for name in GAZETTEERS:
        for row in load(name):
            kind, en_cell, en_adj_cell, ar_cell, ar_adj_cell = (list(row) + [""] * 5)[:5]
            names = split_forms(en_cell)
            entity = Entity(names[0], kind)
            en_names += [(f, entity) for f in names]
            en_adj += [(f, entity) for f in split_forms(en_adj_cell)]
            ar_names += [(f, entity) for f in split_forms(ar_cell)]
            ar_adj += [(f, entity) for f in split_forms(ar_adj_cell)]
    return ArabicTerms(ar_names), ArabicTerms(ar_adj, nisba=True), EnglishTerms(en_names), EnglishTerms(en_adj)


def _mentions(hits: list[Hit[Entity]], is_name: bool, skeleton: str = "") -> list[Mention]:
    return [Mention(h.value, h.text, h.start, is_name, skeleton) for h in hits]


def arabic_mentions(text: str, rendering: str = "") -> list[Mention]:
    """Entities named in an Arabic sentence: gazetteer names, nisba adjectives, unknown names after titles.

    ``rendering`` is the lexicon translator's English; an Arabic word it romanised is one the
    lexicon does not know, which after a title is taken as a name.
    """
    names, adjs, _, _ = _gazetteer()
    found = _mentions(names.find(text), True)
    covered = [(h.start, h.start + len(h.text)) for h in found]
    found += [
        m for m in _mentions(adjs.find(text), False) if not any(s <= m.start < e for s, e in covered)
    ]
    covered = [(m.start, m.start + len(m.text)) for m in found]
    rendered = set(re.findall(r"[a-z][a-z'-]*", rendering.lower()))
    words = list(_AR_WORD.finditer(text))
    for prev, word in zip(words, words[1:]):
        if any(s <= word.start() < e for s, e in covered) or normalize_ar(prev.group(0)) not in _TITLES:
            continue
        roman = romanize(word.group(0)).lower()
        skel = _skeleton(roman)
        if roman in rendered and len(skel) >= 3 and len(normalize_ar(word.group(0))) >= 4:
            found.append(Mention(None, word.group(0), word.start(), True, skel))
    return sorted(found, key=lambda m: m.start)


def english_mentions(text: str) -> list[Mention]:
    """Entities named in an English sentence: gazetteer names and adjective forms."""
    _, _, names, adjs = _gazetteer()
    found = _mentions(names.find(text), True)
    covered = [(m.start, m.start + len(m.text)) for m in found]
    found += [m for m in _mentions(adjs.find(text), False) if not any(s <= m.start < e for s, e in covered)]
    return sorted(found, key=lambda m: m.start)


def _skeletons(text: str) -> set[str]:
    """Consonant skeletons of the capitalised words (and their pairs) of an English sentence."""
    words = [w.group(0) for w in _EN_CAP.finditer(text)]
    skels = {_skeleton(w) for w in words}
    skels |= {_skeleton(p) for w in words for p in re.split(r"[-'’]", w) if len(p) >= 3}
    return {s for s in skels if len(s) >= 2}


def _arabic_skeleton(span: str) -> str:
    return _skeleton("".join(romanize(w) for w in span.split()[-1:]))


def _close(a: str, b: str) -> bool:
    """Skeletons equal, or one letter apart when both are long enough (Dohuk dhk / Duhok dhk, Horan hrn / Hawran hrn)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    # one substitution, insertion or deletion
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def detect(pair: AlignedPair) -> list[Finding]:
    """Report entities dropped, added, or replaced by another entity of the same kind."""
    if not pair.ar or not pair.en:
        return []
    ar_m = [m for s, r in zip(pair.ar, pair.renderings) for m in arabic_mentions(s.text, r)]
    en_m = [m for s in pair.en for m in english_mentions(s.text)]
    en_entities = {m.entity for m in en_m}
    ar_entities = {m.entity for m in ar_m}
    en_skels = _skeletons(pair.en_text)
    ar_skels = {_arabic_skeleton(w) for w in pair.ar_text.split()}

    def ar_found_in_en(m: Mention) -> bool:
        if m.entity is not None and m.entity in en_entities:
            return True
        skel = m.skeleton or _arabic_skeleton(m.text)
        return len(skel) >= 3 and any(_close(skel, s) for s in en_skels)

    def en_found_in_ar(m: Mention) -> bool:
        if m.entity in ar_entities:
            return True
        skel = _skeleton(m.text.split()[-1])
        return len(skel) >= 3 and any(_close(skel, s) for s in ar_skels)

    dropped = _unique([m for m in ar_m if m.is_name and not ar_found_in_en(m)])
    added = _unique([m for m in en_m if m.is_name and not en_found_in_ar(m)])
    findings: list[Finding] = []
    for a in list(dropped):
        partner = next(
            (e for e in added if a.entity is not None and e.entity is not None and e.entity.kind == a.entity.kind),
            None,
        )
        if partner is None:
            continue
        dropped.remove(a)
        added.remove(partner)
        findings.append(
            make_finding(
                pair, "entity", "changed", ar_span=a.text, en_span=partner.text, severity="major", score=0.85,
                explanation=f"Arabic names the {a.entity.kind if a.entity else 'entity'} '{a.text}' "
                f"({a.entity.key if a.entity else romanize(a.text)}) but the English names '{partner.text}' instead",
            )
        )
    for a in dropped:
        gloss = a.entity.key if a.entity else romanize(a.text)
        kind = a.entity.kind if a.entity else "name"
        findings.append(
            make_finding(
                pair, "entity", "dropped", ar_span=a.text, en_span="", severity="major",
                score=0.8 if a.entity else 0.6,
                explanation=f"Arabic names the {kind} '{a.text}' ({gloss}); the English does not mention it",
            )
        )
    for e in added:
        kind = e.entity.kind if e.entity else "name"
        findings.append(
            make_finding(
                pair, "entity", "added", ar_span="", en_span=e.text, severity="minor", score=0.65,
                explanation=f"The English names the {kind} '{e.text}', which the Arabic does not mention",
            )
        )
    return findings


def _unique(mentions: list[Mention]) -> list[Mention]:
    """One mention per entity (or per unknown name text), first occurrence kept."""
    seen: set[object] = set()
    out = []
    for m in mentions:
        key = m.entity if m.entity is not None else m.text
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
