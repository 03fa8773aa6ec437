"""Entities named in one sentence: gazetteer names and adjective forms on both sides, and unknown Arabic
names after a title: what the entity and wording detectors both read (the pair view holds them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import analyses
from workbench.findings.terms import ArabicTerms, EnglishTerms, Hit, split_forms
from workbench.lexicons import load, word_set
from workbench.text.arabic import TEXT_MEMO, normalize_ar, strip_diacritics
from workbench.text.names import dictionary_names
from workbench.text.names import loose_skeleton as _loose
from workbench.translate.romanize import romanize

GAZETTEERS = (
    "entities_places.tsv",
    "entities_organisations.tsv",
    "entities_people.tsv",
    "entities_equipment.tsv",
    "entities_outlets.tsv",
    "entities_events.tsv",
)


# Words after which an unknown Arabic word is almost surely a name.
def _cue_words(kind: str) -> frozenset[str]:
    """Normalised Arabic words of entity_cues_ar.tsv of one kind: 'title' (a name may follow), 'place', 'compass'
    or 'office'."""
    return frozenset(normalize_ar(row[0]) for row in load("entity_cues_ar.tsv") if row[1] == kind)


_TITLES = _cue_words("title")
# words a name may stand in apposition after, article and all (العاصمة الرياض "the capital Riyadh")
_APPOSITION = _TITLES | _cue_words("place")
_AR_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670]+")


@dataclass(frozen=True)
class Entity:
    """A gazetteer entry."""

    key: str  # the first English name: used as the entity's identity and in explanations
    kind: str  # place | organisation | person | equipment | outlet | event


@dataclass(frozen=True)
class Mention:
    """An entity mentioned in a sentence: the entity (None for an unknown name), its text, and whether
    it is a name (True) or only an adjective form (Iraqi, عراقي), which counts for matching only."""

    entity: Entity | None
    text: str
    start: int
    is_name: bool
    skeleton: str


def _gazetteer_rows() -> list[tuple[Entity, list[str], str, str, str]]:
    """Every gazetteer row that names an entity: (entity, its English names, English adjective cell, Arabic name
    cell, Arabic adjective cell)."""
    out = []
    for name in GAZETTEERS:
        for row in load(name):
            kind, en_cell, en_adj_cell, ar_cell, ar_adj_cell = (list(row) + [""] * 5)[:5]
            if kind == "implies":
                continue
            names = split_forms(en_cell)
            out.append((Entity(names[0], kind), names, en_adj_cell, ar_cell, ar_adj_cell))
    return out


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[ArabicTerms[Entity], ArabicTerms[Entity], EnglishTerms[Entity], EnglishTerms[Entity]]:
    ar_names, ar_adj, en_names, en_adj = [], [], [], []
    for entity, names, en_adj_cell, ar_cell, ar_adj_cell in _gazetteer_rows():
        en_names += [(f, entity) for f in names]
        # a name English writes in lower case ('border guards') opens a sentence with a capital
        en_names += [(f[0].upper() + f[1:], entity) for f in names if f.islower() and f[0].isalpha()]
        if entity.kind == "place":
            en_names += [(v, entity) for f in names for v in _spelling_variants(f, entity.key) if v not in names]
        en_adj += [(f, entity) for f in split_forms(en_adj_cell)]
        ar_names += [(f, entity) for f in split_forms(ar_cell)]
        # an adjective whose stem opens with ال (ألماني German) also takes the article: الألمانية
        ar_adj += [(g, entity) for f in split_forms(ar_adj_cell) for g in _with_article(f)]
    # a place whose Arabic name is also a word (تعز "is dear") is named in English all the same (Taiz): the
    # Arabic reads as it only after a word for a settlement (see _homograph_after_cue)
    en_names += [(f, entity) for entity, forms in _homograph_entities().values() for f in forms]
    en_names += [
        (v, entity) for entity, forms in _homograph_entities().values() for f in forms for v in _spelling_variants(f)
    ]
    # a name written with the article keeps it (اليونان Greece, never يونان Yunnan)
    return (
        ArabicTerms(ar_names, keep_article=True),
        ArabicTerms(ar_adj, nisba=True),
        EnglishTerms(en_names),
        EnglishTerms(en_adj),
    )


@lru_cache(maxsize=1)
def _arabic_forms() -> dict[Entity, frozenset[str]]:
    """Every gazetteer entity's Arabic name forms as the gazetteer writes them (with ة, not normalised)."""
    out: dict[Entity, set[str]] = {}
    for entity, _, _, ar_cell, _ in _gazetteer_rows():
        out.setdefault(entity, set()).update(split_forms(ar_cell))
    return {e: frozenset(forms) for e, forms in out.items()}


def arabic_forms(entity: Entity) -> frozenset[str]:
    """The Arabic name forms the gazetteer writes for an entity (زوارة), empty for one it does not hold."""
    return _arabic_forms().get(entity, frozenset())


# an Arabic article written before a place's English name ('al-Hasa', 'El Gouna', 'ash-Shuyukh'), which English
# writers as often leave out or join with a space instead of a hyphen
_EN_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]h?)[- ](?=[A-Z])")


def _spelling_variants(name: str, key: str = "") -> list[str]:
    """Other ways English writes a place's name: its hyphens as spaces ('Ras al Khaimah' for Ras al-Khaimah), and
    without a leading Arabic article ('Hasa' for al-Hasa) where four letters or more are left, but not where that
    is a person's name the name dictionary attests (Khalil of al-Khalil, Qassim, Obeid) or the place is a land
    (El Salvador is no Salvador)."""
    out = []
    if "-" in name:
        out.append(name.replace("-", " "))
    bare = _EN_ARTICLE.sub("", name)
    if bare != name and len(bare.replace(" ", "")) >= 4 and key not in _lands() and not dictionary_names(bare):
        out += [bare, bare.replace("-", " ")]
    return [v for v in dict.fromkeys(out) if v != name]


@lru_cache(maxsize=1)
def _lands() -> frozenset[str]:
    """entity_lands.tsv: the gazetteer's countries, continents and wide regions."""
    return frozenset(row[0] for row in load("entity_lands.tsv"))


@lru_cache(maxsize=1)
def _homograph_entities() -> dict[str, tuple[Entity, tuple[str, ...]]]:
    """entity_homograph_places.tsv: normalised Arabic name → the place and its English names, those that are
    no English word ('Hit', 'Hail', 'Fez' are left out; a row whose first name is one is left out whole)."""
    out = {}
    for ar, en in ((row[0], row[1]) for row in load("entity_homograph_places.tsv")):
        names = split_forms(en)
        if not names or names[0].lower() in _ENGLISH_WORDS:
            continue
        out[ar] = (Entity(names[0], "place"), tuple(n for n in names if n.lower() not in _ENGLISH_WORDS))
    return out


# English names of homograph places that are also English words or common given names
_ENGLISH_WORDS = frozenset(("hit", "sour", "sur", "hail", "fez", "petra", "amara", "tyre"))


def homograph_forms() -> dict[Entity, tuple[str, ...]]:
    """The Arabic names of the homograph places read as gazetteer entities (for the entity detector's checks
    that a place the English names is in the Arabic)."""
    return {entity: (ar,) for ar, (entity, _) in _homograph_entities().items()}


# the words for a settlement or its governor after which a homograph place's name is the place (مدينة تعز، محافظ مأرب)
# (not قضاء "district", ناحية "subdistrict": also "judiciary" and "direction", ناحية العمارة "from the building's side")
_SETTLEMENT_GLOSSES = frozenset(("city", "town", "village", "province", "camp", "port", "governor"))
_SETTLEMENT_CUES = frozenset(
    normalize_ar(row[0])
    for row in load("entity_cues_ar.tsv")
    if row[1] in ("place", "office") and row[2] in _SETTLEMENT_GLOSSES
)


def _homograph_after_cue(text: str, taken: set[int]) -> list[Mention]:
    """Places whose Arabic names are also words, named right after a word for a settlement (بمدينة تعز، محافظ
    مأرب، مخيم جنين): there the word is the place's name."""
    homographs = _homograph_entities()
    words = list(_AR_WORD.finditer(text))
    out = []
    for prev, word in zip(words, words[1:], strict=False):
        if word.start() in taken or text[prev.end() : word.start()] != " ":
            continue
        cue = normalize_ar(prev.group(0))
        if cue not in _SETTLEMENT_CUES and not (cue[:1] in "وفبل" and cue[1:] in _SETTLEMENT_CUES):
            continue
        found = homographs.get(normalize_ar(word.group(0)))
        if found is None or normalize_ar(word.group(0)) in _too_common():
            continue
        if any("/ADJ" in a.stem.pos or a.stem.pos == "ADJ" for a in analyses(word.group(0))):
            continue  # مدينة حديثة "a modern city", مدينة عالية الكفاءة: the noun's adjective, no town
        if re.match(r"\s+(?:راس|رأس)", text[word.end() :]):
            continue  # بلدة مسقط رأسه "his home town"
        out.append(Mention(found[0], word.group(0), word.start(), True, ""))
    return out


# the prepositions of place before which a homograph place's name may be the place (في العمارة "in Amarah", also
# "in the building"): read so only where the English names another place in its stead (function_words_ar.tsv)
_PLACE_PREPOSITIONS = frozenset(normalize_ar(w) for w in word_set("function_words_ar.tsv", "place_preposition"))


def homographs_after_preposition(text: str) -> list[Mention]:
    """Places whose Arabic names are also words (not those marked 'common'), right after a preposition of place
    (في العمارة، إلى الحلة) or with ب/ل joined to them (بالعمارة): the place's name or the word, which only
    another place the English names in its stead tells apart (the entity detector's cued names)."""
    homographs = _homograph_entities()
    words = list(_AR_WORD.finditer(text))
    out = []
    for k, word in enumerate(words):
        form = normalize_ar(word.group(0))
        joined = form[:1] in "بل" and form[1:] in homographs
        before = normalize_ar(words[k - 1].group(0)).removeprefix("و") if k else ""
        if not joined and not (before in _PLACE_PREPOSITIONS and text[words[k - 1].end() : word.start()] == " "):
            continue
        name = form[1:] if joined else form
        if name not in homographs or name in _too_common():
            continue
        if any("/ADJ" in a.stem.pos or a.stem.pos == "ADJ" for a in analyses(word.group(0))):
            continue
        out.append(Mention(homographs[name][0], word.group(0), word.start(), True, ""))
    return out


@lru_cache(maxsize=1)
def _too_common() -> frozenset[str]:
    """Homograph places marked 'common': never read as the place, even after a word for a settlement."""
    return frozenset(row[0] for row in load("entity_homograph_places.tsv") if len(row) > 2 and row[2] == "common")


def _with_article(form: str) -> list[str]:
    """An adjective form, and when its normalised stem opens with ال, that stem behind the article too: the
    matcher reads a leading ال as the article, so الألمانية would otherwise match no form of ألماني."""
    return [form, "ال" + form] if normalize_ar(form).startswith("ال") else [form]


def _mentions(hits: list[Hit[Entity]], is_name: bool, skeleton: str = "") -> list[Mention]:
    return [Mention(h.value, h.text, h.start, is_name, skeleton) for h in hits]


def arabic_mentions(text: str, rendering: str = "") -> list[Mention]:
    """Entities named in an Arabic sentence: gazetteer names, nisba adjectives, unknown names after titles.

    ``rendering`` is the lexicon translator's English; an Arabic word it romanised is one the
    lexicon does not know, which after a title is taken as a name.
    """
    return list(_arabic_mentions(text, rendering))


@lru_cache(maxsize=TEXT_MEMO)
def _arabic_mentions(text: str, rendering: str) -> tuple[Mention, ...]:
    # memoised: the detectors ask for the same sentence's mentions several times
    names, adjs, _, _ = _gazetteer()
    found = _mentions(
        [
            h
            for h in names.find(text)
            if not _adjective_of_noun_before(text, h)
            and not _preposition_as_ali(h)
            and not names_a_thing(text, h.start)
        ],
        True,
    )
    covered = [(h.start, h.start + len(h.text)) for h in found]
    found += [
        m
        for m in _mentions([h for h in adjs.find(text) if not _noun_in_construct(text, h)], False)
        if not any(s <= m.start < e for s, e in covered)
    ]
    taken = {i for m in found for i in range(m.start, m.start + len(m.text))}
    cued = _homograph_after_cue(text, taken)
    found += cued
    taken |= {i for m in cued for i in range(m.start, m.start + len(m.text))}
    rendered = set(re.findall(r"[a-z][a-z'-]*", rendering.lower()))
    words = list(_AR_WORD.finditer(text))
    for prev, word in zip(words, words[1:], strict=False):
        if word.start() in taken:
            continue
        if normalize_ar(prev.group(0)) not in _TITLES:
            continue
        if re.search("[\u064b-\u064d]", word.group(0)):
            continue  # tanween: an adverb or adjective (مبتسمًا "smiling"), never a name
        roman = romanize(word.group(0)).lower()
        if roman in rendered and len(_loose(roman)) >= 3 and 4 <= len(normalize_ar(word.group(0))) <= 10:
            found.append(Mention(None, word.group(0), word.start(), True, _loose(roman)))
    return tuple(sorted(found, key=lambda m: m.start))


def _noun_in_construct(text: str, hit: Hit[Entity]) -> bool:
    """A nisba's letters written with a final alif maqsura (ى, where a nisba has ي) and a definite noun right after
    it: a noun heading a construct (باتجاه مجرى الوادي "towards the wadi's channel", not مجري "Hungarian"), which no
    adjective does."""
    if not strip_diacritics(hit.text).endswith("ى"):
        return False
    return bool(re.match(r"\s+ال", text[hit.start + len(hit.text) :]))


def names_a_thing(text: str, start: int) -> bool:
    """The name at ``start`` stands after a word that makes the two a thing's name (جوز الهند "coconut",
    entity_cues_ar.tsv 'thing'): no place or person is meant."""
    before = text[:start].split()
    return bool(before) and normalize_ar(strip_diacritics(before[-1])).lstrip("وب") in cue_words("thing")


def _preposition_as_ali(hit: Hit[Entity]) -> bool:
    """A name that opens with علي 'Ali' (علي الغربي, a district) matched on the preposition على 'on, over', which
    normalising ى to ي makes look the same (النموذج الصيني على الغربي "the Chinese model over the Western one")."""
    return strip_diacritics(hit.text).split(" ", 1)[0].lstrip("وفب") == "على"


def _adjective_of_noun_before(text: str, hit: Hit[Entity]) -> bool:
    """Whether a one-word name with the article that is also a common word (الرطبة Rutba, "the moist";
    الرمادي Ramadi, "the grey") stands right after a definite common noun (الظروف الرطبة "the wet conditions",
    اللون الرمادي): the noun's adjective, which agrees with it in taking the article, not the name. A name in
    apposition after a title or a word for a place (العاصمة الرياض "the capital Riyadh") stays a name."""
    if " " in hit.text or not normalize_ar(hit.text).startswith("ال"):
        return False
    before = _AR_WORD.findall(text[: hit.start])
    if not before or text[hit.start - 1 : hit.start] != " ":
        return False
    noun = normalize_ar(re.sub("^[وفب]", "", before[-1]))
    common = [a for a in analyses(hit.text) if not a.stem.pos.endswith("NOUN_PROP") and "Al/DET" in a.prefix_pos]
    if not common:
        return False
    if _construct_with_a_name(before):
        return True
    if not noun.startswith("ال") or noun[2:] in _APPOSITION or noun in _APPOSITION:
        return False
    nouns = [a for a in analyses(before[-1]) if "Al/DET" in a.prefix_pos]
    return bool(nouns) and not any(a.stem.pos.endswith("NOUN_PROP") for a in nouns)


def _construct_with_a_name(before: list[str]) -> bool:
    """The two words before are a common noun with no article and a name the lexicon does not read (أراضي بانتانال
    "the lands of Pantanal"): a construct the name makes definite, so an adjective with the article after it
    (الرطبة "wet") qualifies that noun, as in أراضي بانتانال الرطبة "the Pantanal wetlands"."""
    if len(before) < 2 or analyses(before[-1]):
        return False
    if len(before) >= 3 and any(a.stem.pos.startswith("VERB") for a in analyses(before[-3])):
        return False  # وزار فريق يونامي الناصرية "the UNAMI team visited Nasiriyah": the verb's object, a place
    head = normalize_ar(re.sub("^[وفب]", "", before[-2]))
    readings = analyses(before[-2])
    return (
        not head.startswith("ال")
        and bool(readings)
        and any(a.stem.pos == "NOUN" or a.stem.pos.endswith("/NOUN") for a in readings)
        and not any(a.stem.pos == "VERB_PERFECT" for a in readings)  # وزار ريفيرو الرطبة "Rivero visited Rutba"
    )


def english_mentions(text: str) -> list[Mention]:
    """Entities named in an English sentence: gazetteer names and adjective forms."""
    _, _, names, adjs = _gazetteer()
    found = _mentions(names.find(text), True)
    covered = [(m.start, m.start + len(m.text)) for m in found]
    found += [m for m in _mentions(adjs.find(text), False) if not any(s <= m.start < e for s, e in covered)]
    return sorted(found, key=lambda m: m.start)


def place_adjective(word: str) -> bool:
    """The word, whole, is the adjective of a gazetteer place in any of its endings (كندية، كندياً، أمريكي)."""
    return any(h.start == 0 and h.end == len(word) for h in _gazetteer()[1].find(word))


# the entity detector reads these too (under their private names there)
cue_words = _cue_words
TITLES = _TITLES
AR_WORD = _AR_WORD
