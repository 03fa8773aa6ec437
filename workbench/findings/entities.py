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

# Take unknown words shaped like transliterated foreign names as names even without a title.
FOREIGN_NAMES = False

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
            if kind == "implies":
                continue
            names = split_forms(en_cell)
            entity = Entity(names[0], kind)
            en_names += [(f, entity) for f in names]
            en_adj += [(f, entity) for f in split_forms(en_adj_cell)]
            ar_names += [(f, entity) for f in split_forms(ar_cell)]
            ar_adj += [(f, entity) for f in split_forms(ar_adj_cell)]
    # a name written with the article keeps it (اليونان Greece, never يونان Yunnan)
    return (
        ArabicTerms(ar_names, keep_article=True),
        ArabicTerms(ar_adj, nisba=True),
        EnglishTerms(en_names),
        EnglishTerms(en_adj),
    )


@lru_cache(maxsize=1)
def _implied() -> dict[str, frozenset[str]]:
    """English words that stand for entities without naming them: Brexit → United Kingdom, European Union."""
    out: dict[str, set[str]] = {}
    for name in GAZETTEERS:
        for row in load(name):
            if row[0] == "implies":
                out.setdefault(row[1], set()).update(split_forms(row[3]))
    return {k: frozenset(v) for k, v in out.items()}


def _mentions(hits: list[Hit[Entity]], is_name: bool, skeleton: str = "") -> list[Mention]:
    return [Mention(h.value, h.text, h.start, is_name, skeleton) for h in hits]


def arabic_mentions(text: str, rendering: str = "", *, foreign_names: bool = FOREIGN_NAMES) -> list[Mention]:
    """Entities named in an Arabic sentence: gazetteer names, nisba adjectives, unknown names after titles.

    ``rendering`` is the lexicon translator's English; an Arabic word it romanised is one the
    lexicon does not know, which after a title is taken as a name.
    """
    names, adjs, _, _ = _gazetteer()
    found = _mentions(names.find(text), True)
    covered = [(h.start, h.start + len(h.text)) for h in found]
    found += [m for m in _mentions(adjs.find(text), False) if not any(s <= m.start < e for s, e in covered)]
    covered = [(m.start, m.start + len(m.text)) for m in found]
    rendered = set(re.findall(r"[a-z][a-z'-]*", rendering.lower()))
    words = list(_AR_WORD.finditer(text))
    for prev, word in zip(words, words[1:], strict=False):
        if any(s <= word.start() < e for s, e in covered):
            continue
        if normalize_ar(prev.group(0)) not in _TITLES and not (foreign_names and _looks_foreign(word.group(0))):
            continue
        roman = romanize(word.group(0)).lower()
        if roman in rendered and len(_loose(roman)) >= 3 and 4 <= len(normalize_ar(word.group(0))) <= 10:
            found.append(Mention(None, word.group(0), word.start(), True, _loose(roman)))
    return sorted(found, key=lambda m: m.start)


_ARABIC_MORPHOLOGY = re.compile(r"^(ال|وال|بال|لل|ت|ي|ن|م)|(ات|ون|ين|يه|ه|ها|هم|هن|نا|كم|وا|ا)$")


def _looks_foreign(word: str) -> bool:
    """An unknown word shaped like a transliterated foreign name (كافانو، ميكلسون), not like an Arabic
    word the lexicon missed: no article or verb/participle prefix, no plural or pronoun ending, and
    long vowels making up a good share of its letters."""
    norm = normalize_ar(word)
    if _ARABIC_MORPHOLOGY.search(norm) or not 4 <= len(norm) <= 9:
        return False
    return sum(ch in "اوي" for ch in norm) / len(norm) >= 0.3


def english_mentions(text: str) -> list[Mention]:
    """Entities named in an English sentence: gazetteer names and adjective forms."""
    _, _, names, adjs = _gazetteer()
    found = _mentions(names.find(text), True)
    covered = [(m.start, m.start + len(m.text)) for m in found]
    found += [m for m in _mentions(adjs.find(text), False) if not any(s <= m.start < e for s, e in covered)]
    return sorted(found, key=lambda m: m.start)


_LOOSE = str.maketrans({"v": "f", "p": "b", "c": "k", "q": "k", "x": "k", "z": "s", "e": "", "o": ""})


def _loose(word: str, *, strip_article: bool = True) -> str:
    """A consonant skeleton folded for what Arabic script cannot write (v/f, p/b, soft c/s)."""
    w = word.lower()
    w = re.sub(r"c(?=[eiy])", "s", w).replace("ph", "f").replace("ck", "k")
    skel = _skeleton(w) if strip_article else _skeleton("x" + w)[1:]
    return re.sub(r"(.)\1+", r"\1", skel.translate(_LOOSE))


def _skeletons(text: str) -> set[str]:
    """Loose skeletons of the capitalised words (and their hyphen/apostrophe parts) of an English sentence."""
    words = [w.group(0) for w in _EN_CAP.finditer(text)]
    parts = words + [p for w in words for p in re.split(r"[-'’]", w) if len(p) >= 3]
    skels = {_loose(p) for p in parts} | {_loose(p, strip_article=False) for p in parts}
    return {s for s in skels if len(s) >= 2}


def _arabic_skeletons(span: str) -> set[str]:
    roman = "".join(romanize(w) for w in span.split()[-1:])
    return {s for s in (_loose(roman), _loose(roman.replace("al-", "al"), strip_article=False)) if s}


def _close(a: str, b: str) -> bool:
    """Skeletons equal, one letter apart, or one a short extension of the other (Kavanaugh kfnk / كافانو kfn)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    # one substitution, insertion or deletion
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def detect(pair: AlignedPair) -> list[Finding]:
    """Report entities dropped, added, or replaced by another entity of the same kind."""
    if not pair.ar or not pair.en:
        return []
    ar_m = [m for s, r in zip(pair.ar, pair.renderings, strict=False) for m in arabic_mentions(s.text, r)]
    en_m = [m for s in pair.en for m in english_mentions(s.text)]
    en_entities = {m.entity for m in en_m}
    ar_entities = {m.entity for m in ar_m}
    implied = {
        key for word, keys in _implied().items() if re.search(rf"\b{re.escape(word)}", pair.en_text) for key in keys
    }
    en_skels = _skeletons(pair.en_text)
    ar_skels = {s for w in pair.ar_text.split() for s in _arabic_skeletons(w)}

    def ar_found_in_en(m: Mention) -> bool:
        if m.entity is not None and (m.entity in en_entities or m.entity.key in implied):
            return True
        skels = {m.skeleton} if m.skeleton else _arabic_skeletons(m.text)
        return any(len(k) >= 3 and _close(k, s) for k in skels for s in en_skels)

    def en_found_in_ar(m: Mention) -> bool:
        if m.entity in ar_entities:
            return True
        skel = _loose(m.text.split()[-1])
        return len(skel) >= 3 and any(_close(skel, s) for s in ar_skels)

    dropped = _unique([m for m in ar_m if m.is_name and not ar_found_in_en(m)])
    # An unknown Arabic name left unmatched while the English also has a capitalised word that
    # nothing in the Arabic matches is most likely one name spelled two ways, not a dropped name.
    if any(m.entity is None for m in dropped) and _unmatched_capitals(pair, ar_skels, en_m):
        dropped = [m for m in dropped if m.entity is not None]
    # Added: only names that are rarely left implicit by a faithful translator (people, equipment);
    # an English version routinely spells out a country or an organisation the Arabic takes as read.
    added = _unique([m for m in en_m if m.is_name and m.entity and not en_found_in_ar(m)])
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
                pair,
                "entity",
                "changed",
                ar_span=a.text,
                en_span=partner.text,
                severity="major",
                score=0.85,
                explanation=f"Arabic names the {a.entity.kind if a.entity else 'entity'} '{a.text}' "
                f"({a.entity.key if a.entity else romanize(a.text)}) but the English names '{partner.text}' instead",
            )
        )
    for a in dropped:
        gloss = a.entity.key if a.entity else romanize(a.text)
        kind = a.entity.kind if a.entity else "name"
        findings.append(
            make_finding(
                pair,
                "entity",
                "dropped",
                ar_span=a.text,
                en_span="",
                severity="major",
                score=0.8 if a.entity else 0.6,
                explanation=f"Arabic names the {kind} '{a.text}' ({gloss}); the English does not mention it",
            )
        )
    for e in added:
        if e.entity is None or e.entity.kind not in _ADDABLE:
            continue
        kind = e.entity.kind if e.entity else "name"
        findings.append(
            make_finding(
                pair,
                "entity",
                "added",
                ar_span="",
                en_span=e.text,
                severity="minor",
                score=0.65,
                explanation=f"The English names the {kind} '{e.text}', which the Arabic does not mention",
            )
        )
    return findings


_ADDABLE = frozenset({"person", "equipment"})
_COMMON_CAPITALS = frozenset(
    """The A An In On At But And For If As This That These Those He She It We They I Mr Mrs Ms Dr Sir
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December President Minister Prime Secretary General""".split()
)


def _unmatched_capitals(pair: AlignedPair, ar_skels: set[str], en_m: list[Mention]) -> bool:
    """Whether the English has a capitalised word (not sentence-initial, not a gazetteer name) that
    matches nothing in the Arabic."""
    known = {w for m in en_m for w in m.text.split()}
    for s in pair.en:
        for w in _EN_CAP.finditer(s.text):
            word = w.group(0)
            if (
                w.start() == 0
                or word in _COMMON_CAPITALS
                or word in known
                or re.search(r"[.!?:]\s+$", s.text[: w.start()])
            ):
                continue
            parts = [p for p in re.split(r"[-'’]", word) if len(p) >= 3] or [word]
            if not any(
                _close(k, a)
                for p in parts
                for k in (_loose(p), _loose(p, strip_article=False))
                for a in ar_skels
                if len(k) >= 3
            ):
                return True
    return False


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
