"""Entities: people, places, organisations and equipment named on one side but not the other.

Precision first. An entity is something the gazetteer (``entities_*.tsv``) knows, on either
side; or an Arabic word the lexicon reads only as a proper noun (روبنسون Robinson) or cannot read
at all (ستوريدج → sturidij), which counts as a name when a title (الرئيس، مدينة …) or another
name stands beside it, or when alone it spells like a name: a letter n-gram model learned from
the lexicon's proper-noun stems against its other stems, after words run together (إلىالملعب),
plurals and pronoun endings are ruled out. Names match across transliterations through the gazetteer's spelling
lists, consonant skeletons (Houran / Horan / حوران → hrn) and sound keys shared by both scripts
(Chelsea / تشيلسي → $ls). A name left out where another detector owns the difference (inside a
quotation, a speaker turned into "an official", a person called "the president") is not
reported again here. A name is changed, not only left out, where another stands in its place: another
gazetteer entity of its kind, a name nothing in the Arabic spells, a spelling the name dictionary
(arabic_name_romanizer) attests for another Arabic name (Khalid for خليل), or a unit's other ordinal.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from itertools import takewhile
from typing import Any

from rapidfuzz.distance import Levenshtein

from workbench.findings._dateline import arabic_dateline_end, english_dateline_end
from workbench.findings._durations import AR_UNIT_WORDS
from workbench.findings._judging import particle
from workbench.findings._lists import (
    NAME_HEAD_SPELLINGS,
    Member,
    arabic_lists,
    head_spelt,
    heads_a_place,
    opens_a_name,
    places_before,
)
from workbench.findings._mentions import AR_WORD as _AR_WORD
from workbench.findings._mentions import (
    GAZETTEERS,
    Entity,
    Mention,
    arabic_forms,
    arabic_mentions,
    english_mentions,
    homograph_forms,
    homographs_after_preposition,
    names_a_thing,
)
from workbench.findings._mentions import TITLES as _TITLES
from workbench.findings._mentions import cue_words as _cue_words
from workbench.findings._ministries import (
    arabic_ministries,
    arabic_portfolio,
    clause_words,
    english_ministries,
    english_ministry_count,
    english_portfolio,
    said_in_arabic,
    said_in_english,
    said_words,
)
from workbench.findings._numbers import (
    ar_ordinal_tokens,
    counts_a_unit,
    en_ordinal_value,
    en_ordinals,
    unit_in_the_dual,
)
from workbench.findings._quotes import stem_key as _stem_key
from workbench.findings._sources import source_kind
from workbench.findings._words import COMPLEMENTISERS, analyses, ar_tokens, gloss_stems, is_name_word, per_text
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.findings.terms import split_forms
from workbench.lexicons import alternation, load, word_set
from workbench.morphology import Morphology, buckwalter, first_sense, get_morphology
from workbench.records import Finding, Sentence
from workbench.text.arabic import normalize_ar, normalize_digits, strip_diacritics
from workbench.text.english import STOPWORDS, stem
from workbench.text.names import ar_sound_key as _ar_key
from workbench.text.names import dictionary_names, dictionary_spellings, names_match
from workbench.text.names import en_sound_keys as _en_keys
from workbench.text.names import loose_skeleton as _loose
from workbench.text.names import sound_keys_close as _keys_close
from workbench.text.quotes import Quote, find_quotes, inside_quote
from workbench.translate.romanize import romanize

KINDS = (
    FindingKind(
        type="entity",
        subtypes=("changed", "dropped", "added"),
        colour="#33FFBB",
        label="Entity",
        description="a person, place, organisation or piece of equipment changed, dropped or added",
        lexicons=("entities_",),
    ),
)


_EN_TITLES = frozenset(row[0] for row in load("entity_titles_en.tsv"))
# accented letters too (Frontières), and a brand's small first letter (iPhone, eBay)
# the capitals of Latin script up to its extended letters (Ž, Ł, Ś, Č of Žalgiris, Łódź, Świątek, Čapek), not only À-Þ
_LATIN_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_EN_CAP = re.compile(rf"\b(?:[a-z](?=[A-Z]))?[{_LATIN_CAPITALS}][a-zA-ZÀ-ɏ'’]+(?:-[A-Za-zÀ-ɏ]+)*")


@lru_cache(maxsize=1)
def _arabic_forms_by_entity() -> dict[Entity, tuple[str, ...]]:
    out: dict[Entity, list[str]] = {}
    for name in GAZETTEERS:
        for row in load(name):
            kind, en_cell, _, ar_cell = (list(row) + [""] * 4)[:4]
            if kind != "implies":
                out.setdefault(Entity(split_forms(en_cell)[0], kind), []).extend(split_forms(ar_cell))
    for entity, forms in homograph_forms().items():
        out.setdefault(entity, []).extend(forms)
    return {k: tuple(v) for k, v in out.items()}


def _arabic_forms(entity: Entity) -> tuple[str, ...]:
    return _arabic_forms_by_entity().get(entity, ())


@lru_cache(maxsize=1)
def _implied() -> dict[str, frozenset[str]]:
    """English words that stand for entities without naming them: Brexit → United Kingdom, European Union."""
    out: dict[str, set[str]] = {}
    for name in GAZETTEERS:
        for row in load(name):
            if row[0] == "implies":
                out.setdefault(row[1], set()).update(split_forms(row[3]))
    return {k: frozenset(v) for k, v in out.items()}


def _skeletons(text: str, names: frozenset[str] | None = None) -> set[str]:
    """Loose skeletons of the capitalised words (and their hyphen/apostrophe parts) of an English sentence;
    with ``names``, only of those words written as names (see ``_name_words``), and of two such words in a
    row run together."""
    words = [w.group(0) for w in _EN_CAP.finditer(text)]
    parts = words + [p for w in words for p in re.split(r"[-'’]", w) if len(p) >= 3]
    if names is not None:
        parts = [p for p in parts if all(q.lower() in names for q in re.findall(r"[A-Za-zÀ-ɏ]+", p))]
        parts += _joined_names(text, names)
    skels = {_loose(p) for p in parts} | {_loose(p, strip_article=False) for p in parts}
    return {s for s in skels if len(s) >= 2}


def _cap_keys(text: str, names: frozenset[str]) -> set[str]:
    """Sound keys of the capitalised words (and their hyphen/apostrophe parts) written as names, and of two
    such words in a row run together."""
    parts = [p for w in _EN_CAP.finditer(text) for p in re.split("[-'’]", w.group(0)) if p.lower() in names]
    return {k for p in [*parts, *_joined_names(text, names)] for k in _en_keys(p)}


def _clitic_keys(text: str) -> set[str]:
    """Sound keys of the Arabic words of ``text``, each with and without its proclitics, and of a dual as
    English writes it, a plural (الأمريكتين the Americas, الكوريتين the Koreas)."""
    bare = {w[len(c) :] if c else w for w in _AR_WORD.findall(text) for c in ("", *_PROCLITICS) if w.startswith(c)}
    return ({_ar_key(w) for w in bare} | {_dual_key(w) for w in bare}) - {"", "s"}


def _dual_key(word: str) -> str:
    """The sound key of an Arabic dual in ـتين/ـتان as English writes it, a plural (الأمريكتين the Americas:
    أمريك + s); "" for another word."""
    return _ar_key(word[:-3]) + "s" if len(word) >= 6 and normalize_ar(word).endswith(("تين", "تان")) else ""


def _blank_mentions(text: str, mentions: list[Mention]) -> str:
    """``text`` with the gazetteer mentions found in it blanked out (offsets kept)."""
    for m in mentions:
        if text[m.start : m.start + len(m.text)] == m.text:
            text = text[: m.start] + " " * len(m.text) + text[m.start + len(m.text) :]
    return text


# the Arabic word for a saint before a name (سانت، سان، سانتا، القديس), and the English forms of it, St abbreviated
_SAINTS = [r for r in load("entity_cues_ar.tsv") if r[1] == "saint"]
_SAINT_AR = frozenset(normalize_ar(r[0]) for r in _SAINTS)
_SAINT_EN = re.compile(rf"\b(?:{alternation(f for r in _SAINTS for f in r[2].split(', '))})\b")


def _saint(word: str) -> bool:
    """The Arabic word is a word for a saint (سانت), with و or ف before it or not (وسانت لوسي)."""
    norm = normalize_ar(word)
    return norm in _SAINT_AR or (norm[:1] in "وف" and norm[1:] in _SAINT_AR)


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


# a sound skeleton shorter than this (two consonants) matches too many words to tell a name by
_MIN_SKELETON = 3


# the English names of currencies (currencies_en.tsv), which English writes in lower case
_EN_CURRENCY_NAMES = word_set("currencies_en.tsv", "currency")


@dataclass(frozen=True)
class _Sides:
    """What every entity rule reads: the pair, the names found on each side, and the sounds of the words a
    name may be spelt by (read once per pair)."""

    pair: AlignedPair
    english: _EnglishWords
    en_m: list[Mention]  # English mentions, gazetteer and name-shaped
    implied: set[str]  # gazetteer keys an English word implies (Iraqi → Iraq)
    en_skels: set[str]
    en_cap_keys: set[str]
    free_skels: set[str]  # the same, of English words that name no gazetteer entity
    free_cap_keys: set[str]
    en_unnamed: str  # the English with its gazetteer names blanked out
    ar_mentions: list[list[Mention]]  # per Arabic sentence
    ar_folded: str
    ar_keys: set[str]
    free_ar_skels: set[str]  # of Arabic words that name no gazetteer entity
    free_ar_keys: set[str]
    en_quotes: bool
    compass_region: bool  # "the Southwest", "the Midwest": a region named by its compass point alone
    en_only: list[EnglishName]  # English names nothing in the Arabic sounds like
    by_role: bool  # the English calls someone by a role the Arabic does not name
    pronoun_subject: bool
    generic: bool  # the English credits a statement to no one by name ("an official")
    english_currency: bool  # the English names a currency in lower case ('kwacha', 'rand', 'yuan')
    speaker_generic: bool  # the speaker himself is "an official"

    @classmethod
    def of(cls, pair: AlignedPair) -> _Sides:
        # Latin-script words the Arabic quotes as they are (a book's title) match nothing in Arabic script
        latin = frozenset(w.lower() for w in re.findall(r"[A-Za-zÀ-ɏ]+", pair.ar_text))
        en_m = [m for found in pair.view.en_mentions for m in found]
        implied = {
            key for word, keys in _implied().items() if re.search(rf"\b{re.escape(word)}", pair.en_text) for key in keys
        }
        en_names = frozenset().union(*(_name_words(s.text) for s in pair.en)) - latin
        # a gazetteer name matches by sound only English words that name no other gazetteer entity
        # (بريطانيا is not Beirut, whose skeleton it extends)
        unnamed = " ".join(
            _blank_mentions(s.text, list(found)) for s, found in zip(pair.en, pair.view.en_mentions, strict=True)
        )
        ar_keys = _clitic_keys(pair.ar_text)
        # likewise an English gazetteer name is found by sound only in Arabic words naming no other one
        ar_unnamed = " ".join(_blank_mentions(s.text, arabic_mentions(s.text)) for s in pair.ar)
        return cls(
            pair=pair,
            english=_EnglishWords.of(pair.en_text, latin),
            en_m=en_m,
            implied=implied,
            en_skels=_skeletons(pair.en_text, en_names),
            en_cap_keys=_cap_keys(pair.en_text, en_names),
            free_skels=_skeletons(unnamed, en_names),
            free_cap_keys=_cap_keys(unnamed, en_names),
            en_unnamed=unnamed,
            ar_mentions=[list(found) for found in pair.view.ar_mentions[: len(pair.renderings)]],
            ar_folded=normalize_ar(pair.ar_text),
            ar_keys=ar_keys,
            free_ar_skels={s for w in ar_unnamed.split() for s in _arabic_skeletons(w)},
            free_ar_keys=_clitic_keys(ar_unnamed),
            en_quotes=bool(find_quotes(pair.en_text)),
            compass_region=_COMPASS_REGION.search(pair.en_text) is not None,
            en_only=_english_only_names(pair, ar_keys, en_m),
            by_role=_named_by_role(pair.en_text, pair.ar_text),
            pronoun_subject=_PRONOUN_SUBJECT.search(pair.en_text) is not None,
            generic=_GENERIC_SOURCE.search(pair.en_text) is not None,
            english_currency=bool(_EN_CURRENCY_NAMES & set(re.findall(r"\b[a-z]+(?:'[a-z]+)?\b", pair.en_text))),
            speaker_generic=_GENERIC_SPEAKER.search(pair.en_text) is not None,
        )

    @cached_property
    def in_whole_sentences(self) -> _Sides | None:
        """The pair read against the whole English sentences of its link, where it holds only a piece of one
        (the pipeline cut a sentence to pair its halves with two Arabic ones), else None: a name the other
        piece gives was not dropped, only cut at a place other than the Arabic sentence boundary. (Another
        sentence of the document naming it is no such evidence: a faithful report names its places
        again and again, and a name left out of one sentence is still lost there.)"""
        doc = {s.id: s for s in self.pair.en_document}
        whole = tuple(doc.get(s.id, s) for s in self.pair.en)
        if tuple(s.text for s in whole) == tuple(s.text for s in self.pair.en):
            return None
        return _Sides.of(replace(self.pair, en=whole))

    @cached_property
    def in_arabic_document(self) -> _Sides | None:
        """The pair read against every Arabic sentence of the document (None without it): an English name
        another Arabic sentence gives (a name given in full further on, moved into the lead) is no addition:
        the article has it, where a name dropped from one sentence is still lost there."""
        doc = self.pair.ar_document
        if not doc or tuple(s.text for s in doc) == tuple(s.text for s in self.pair.ar):
            return None
        return _Sides.of(replace(self.pair, ar=doc, renderings=("",) * len(doc), quote_renderings=()))

    @cached_property
    def other_english(self) -> tuple[str, ...]:
        """The sentences of the English document outside the link (empty without the document)."""
        own = {e.id for e in self.pair.en}
        return tuple(s.text for s in self.pair.en_document if s.id not in own)

    @cached_property
    def other_english_words(self) -> _EnglishWords:
        """The words of the other English sentences, as the spelling tests read them."""
        return _EnglishWords.of(" ".join(self.other_english))

    @cached_property
    def en_entities(self) -> set[Entity | None]:
        return {m.entity for m in self.en_m}

    @cached_property
    def ar_entities(self) -> set[Entity | None]:
        return {m.entity for ms in self.ar_mentions for m in ms}

    @cached_property
    def renamed(self) -> bool:
        """The English gives a name nothing in the Arabic sounds like: a lone Arabic name may be that person."""
        return any(not n.vocabulary for n in self.en_only)

    def ar_found_in_en(self, m: Mention) -> bool:
        """An Arabic mention the English names: the same gazetteer entity, or a word that sounds like it."""
        if m.entity is not None and (m.entity in self.en_entities or m.entity.key in self.implied):
            return True
        if m.entity is None and _attested(m.text.split()[-1]) & self.english.names:
            return True  # a spelling the name dictionary attests for it
        if m.entity is not None and self.named_with_its_kind(m):
            return True
        if m.entity is not None and _said_in_words(m.text, self.en_unnamed):
            return True  # in words that name no other entity (not Free Syrian Army for جيش سوريا الحرة)
        if m.entity is not None and _opens_a_compound(m.entity.key, self.pair.en_text):
            return True  # شركة قطر للطاقة QatarEnergy: the place's name opens a company's one-word name
        skels = {m.skeleton} if m.skeleton else _arabic_skeletons(m.text)
        targets, cap_keys = (
            (self.en_skels, self.en_cap_keys) if m.entity is None else (self.free_skels, self.free_cap_keys)
        )
        if any(len(k) >= _MIN_SKELETON and _close(k, s) for k in skels for s in targets):
            return True
        # a gazetteer name that is also the sound of another name (كييف Kyiv, Adam Keefe); a name, so
        # only a capitalised word ("mid-term" is not ترامب)
        keys = {_ar_key(m.text), _dual_key(m.text)} - {""}
        bare = re.sub("^[وفبل]?ال", "", normalize_ar(m.text))
        if m.entity is not None and m.entity.kind == "place" and bare != normalize_ar(m.text) and len(bare) >= 3:
            keys.add(_ar_key(bare))  # الفيوم 'Fayum': a town's name written in English without its article
        words = m.text.split()
        if len(words) == 2 and _saint(words[0]) and _SAINT_EN.search(self.pair.en_text):
            # سانت لوسي 'St Lucy': the saint's word as English abbreviates it, the name after it sounded alike
            keys = {_ar_key(words[1])} - {""}
            return any(_keys_close(k, e) for k in keys for e in cap_keys)
        return len(words) == 1 and any(_keys_close(k, e) for k in keys for e in cap_keys)

    def named_with_its_kind(self, m: Mention) -> bool:
        """Whether an Arabic place name is, written alone, the name of another place the English names, whose
        Arabic name is the same word after a word for its kind (عمان Amman, and سلطنة عمان Oman, the sultanate
        of that name): one spelling of two places, the English telling which."""
        bare = normalize_ar(m.text)
        words = {bare} | {bare[len(c) :] for c in _PROCLITICS if bare.startswith(c) and len(bare) - len(c) >= 3}
        for e in self.en_entities:
            if e is None or e.kind != "place" or e == m.entity:
                continue
            for form in _arabic_forms(e):
                head, _, name = normalize_ar(form).partition(" ")
                if name in words and head in _PLACE_WORDS:
                    return True
        return False

    @cached_property
    def place_added(self) -> bool:
        """The English names a gazetteer place that the Arabic names in no form of its own."""
        return any(
            m.is_name and m.entity is not None and m.entity.kind == "place" and not self.entity_in_ar(m)
            for m in self.en_m
        )

    @cached_property
    def places_added_in_place(self) -> list[float]:
        """Where (0 to 1 in its sentence) the English names a gazetteer place the Arabic does not name, where a
        place stands: after a preposition of place ('in Basra', 'to Karbala') and before the end of its clause or a
        function word, not before a noun it qualifies ('the Doha talks')."""
        out = []
        for k, mentions in enumerate(self.pair.view.en_mentions):
            text = self.pair.en[k].text
            for m in mentions:
                if not m.is_name or m.entity is None or m.entity.kind != "place" or self.entity_in_ar(m):
                    continue
                before = re.search(r"(\w+)\s+(?:the\s+)?$", text[: m.start])
                after = re.match(r"\s*(\w+)", text[m.start + len(m.text) :])
                if before is None or before.group(1).lower() not in _EN_PLACE_PREPOSITIONS:
                    continue
                if after is None or after.group(1) in STOPWORDS or not after.group(1).islower():
                    out.append(m.start / max(1, len(text)))
        return out

    def entity_in_ar(self, m: Mention) -> bool:
        """An English mention's gazetteer entity that the Arabic names too, or whose Arabic form stands inside
        words run together (تعهدبهاترامبفيسنغافورة)."""
        if m.entity in self.ar_entities:
            return True
        return m.entity is not None and any(
            _folded_in(normalize_ar(f), self.ar_folded) for f in _arabic_forms(m.entity)
        )

    def en_found_in_ar(self, m: Mention) -> bool:
        """An English mention the Arabic names: the same entity (see ``entity_in_ar``), or a word that sounds like
        its last word (الأسد Assad)."""
        if self.entity_in_ar(m):
            return True
        skel = _loose(m.text.split()[-1])
        if len(skel) >= _MIN_SKELETON and any(_close(skel, s) for s in self.free_ar_skels):
            return True
        return bool(_en_keys(m.text.split()[-1]) & self.free_ar_keys)


def _folded_in(form: str, folded: str) -> bool:
    """A normalised Arabic form inside normalised text, a form of several words also with its spaces lost
    (كورياالشمالية: text whose spaces were dropped still names North Korea)."""
    if form in folded:
        return True
    return " " in form and form.replace(" ", "") in folded.replace(" ", "")


@dataclass
class _Left:
    """The mentions no rule has claimed yet: the rules below take them in turn.

    ``dropped``: Arabic mentions the English does not name (``lone``: single names while the English gives
    a name the Arabic lacks; ``leading``: those opening their sentence; ``where``: a mention's place in
    its sentence, 0 at the start to 1 at the end); ``added``: English gazetteer names the Arabic does not
    name; ``runs``: English-only name runs; ``used``: the English names a rule has paired.
    """

    dropped: list[Mention]
    added: list[Mention]
    runs: list[NameRun]
    lone: list[Mention] = field(default_factory=list)
    leading: list[Mention] = field(default_factory=list)
    where: dict[Mention, float] = field(default_factory=dict)
    used: list[str] = field(default_factory=list)
    weak: set[Mention] = field(default_factory=set)  # dropped names only the name model says are names
    listed: set[Mention] = field(default_factory=set)  # dropped names left out of a list the English gives
    # unknown names after a word for a kind of place, the English giving a name the Arabic lacks: no lone name
    placed: set[Mention] = field(default_factory=set)
    # words the lexicon reads as common nouns that a word for a kind of place makes a name (ميناء صحار, the
    # lexicon's "deserts"): a name only where the English puts another in its place, never reported left out
    cued: set[Mention] = field(default_factory=set)
    # names inside an Arabic quotation (the English quoting too): only another name inside the English quote
    # may stand in their place (changed); left out, they are the quote detector's (a quote cut or reworded)
    quoted: set[Mention] = field(default_factory=set)
    en_quoted: list[str] = field(default_factory=list)  # the English quotations' texts
    # towns a road is named by (طريق السماوة – السلمان), read as names by where they stand: only a known place the
    # English names instead stands in their place, not a name the sound matcher does not tie ('al-Eis' for العيص)
    road: set[Mention] = field(default_factory=set)

    def add_listed(self, listed: list[tuple[Mention, bool]], text: str, dateline: int, since: int) -> None:
        """Take the names left out of a list (see ``_list_dropped``) that no mention this sentence dropped
        (``dropped[since:]``) covers: inside a quotation too, as the rest of the list the English gives shows
        a name left out, not a quotation reworded. ``weak`` for a word that reads as a name only by its place
        in the list. All are marked ``listed``, those already dropped too. A member followed by name words
        (وجون كينيدي) is taken with them: one person's name, left out whole."""
        for m, weak in listed:
            covering = [
                d for d in self.dropped[since:] if d.start < m.start + len(m.text) and m.start < d.start + len(d.text)
            ]
            inside = all(m.start <= d.start and d.start + len(d.text) <= m.start + len(m.text) for d in covering)
            if covering and inside and all(len(d.text) < len(m.text) for d in covering):
                self.dropped = [d for d in self.dropped if d not in covering]  # the surname alone: the name whole
                covering = []
            self.listed.update(covering)
            # a name left out of a list whose other members the English gives is no person named another way
            # (minor: the English-only name may yet be its rendering)
            self.weak.update(d for d in covering if d in self.lone)
            self.lone = [d for d in self.lone if d not in covering]
            if covering or m.start < dateline or _credited(text, m.start) or _time_zone(text, m.start):
                continue
            if _slash_twin(text, m):
                continue
            self.listed.add(m)
            self.dropped.append(m)
            self.lone = [d for d in self.lone if d != m]
            self.where[m] = m.start / max(1, len(text))
            if weak:
                self.weak.add(m)

    @classmethod
    def of(cls, x: _Sides) -> _Left:
        pair = x.pair
        left = cls([], [], _english_name_runs(pair, x.en_only))
        left.en_quoted = [q.inner(e.text) for e in pair.en for q in find_quotes(e.text)] if x.en_quotes else []
        for s, mentions in zip(pair.ar, x.ar_mentions, strict=False):
            since = len(left.dropped)
            quotes = find_quotes(s.text) if x.en_quotes else []
            covered = [(m.start, m.start + len(m.text)) for m in mentions if m.entity is not None]
            unknown = [
                Mention(None, span, start, True, "") for span, start in _dropped_names(s.text, covered, x.english)
            ]
            mentions, unknown = _join_first_names(s.text, mentions, unknown, x.ar_found_in_en)
            # a name after a title that is part of a longer name left out is reported with the whole name
            in_unknown = [(u.start, u.start + len(u.text)) for u in unknown]
            mentions = [m for m in mentions if m.entity is not None or not any(a <= m.start < b for a, b in in_unknown)]
            # one name alone while the English gives a name the Arabic lacks: likely the same person named
            # another way (نانسي for Pelosi), reported only as that name changed, and as minor
            # ... a person's, not a place's: a place the Arabic names after a word for its kind (مقاطعة، بلدة) is no
            # person the English calls by another part of the name
            placed = {m for m in unknown if x.renamed and " " not in m.text and _after_place_word(s.text, m.start)}
            left.lone += [m for m in unknown if x.renamed and " " not in m.text and m not in placed]
            left.placed |= placed
            if x.renamed:  # a lone word too weak to be left out may still be the name put in its place
                weak = _dropped_names(s.text, covered, x.english, lone=True)
                extra = [Mention(None, w, at, True, "") for w, at in weak if " " not in w and not _two_known_words(w)]
                extra = [m for m in extra if not any(u.start == m.start for u in unknown + mentions)]
                unknown += extra
                left.lone += extra
            if x.renamed or x.place_added:
                # a word a word for a kind of place makes a name (ميناء صحار) may be the one another name stands
                # in for: a name nothing in the Arabic spells, or a known place the Arabic does not name
                cued = [Mention(None, w, at, True, "") for w, at in _cued_names(s.text, x.english)]
                # … and so may a place whose name is also a word, after a preposition (في العمارة), where the
                # English names a known place the Arabic does not where a place stands ('in Basra'), about where the
                # word stood, and gives no sense of the word ('the building')
                places = x.places_added_in_place
                cued += [
                    m
                    for m in (homographs_after_preposition(s.text) if places else [])
                    if not gloss_stems(m.text) & x.english.stems
                    and any(abs(m.start / max(1, len(s.text)) - at) <= _SWAP_PLACE for at in places)
                ]
                # … and so may the towns a road is named by (طريق السماوة – السلمان "the Samawa–Salman road")
                road = [Mention(None, w, at, True, "") for w, at in _road_ends(s.text, x.english)]
                left.road |= set(road)
                cued += road
                cued = [m for m in cued if not any(u.start == m.start for u in unknown + mentions)]
                unknown += cued
                left.placed |= set(cued)
                left.cued |= set(cued)
            dateline = arabic_dateline_end(s.text)
            for m in [m for m in mentions if not x.ar_found_in_en(m)] + unknown:
                if _not_ours(x, s.text, m, []) or m.start < dateline or _slash_twin(s.text, m):
                    continue
                if inside_quote(quotes, m.start):
                    left.quoted.add(m)  # the quote detector's, unless a name the English quote gives stands in it
                if _before_a_measure(s.text, m) or _a_width_measured(s.text, m, pair.en_text):
                    continue  # خط قطر 800 ملم "an 800 mm diameter line": the word's common sense, no place
                if _counted(s.text, m):
                    continue  # 46 مليون سول "46 million soles": a unit counted (a currency), not the city Seoul
                # الكواتشا "the kwacha": a currency the English writes in lower case, no name (يوان, where the English
                # names no currency, may be a man called Yuan)
                bare = normalize_ar(m.text)  # (whole too: بانغا "pa'anga" opens with a letter read as بـ)
                currency = " " not in m.text and (counts_a_unit(bare) or counts_a_unit(_without_article(bare, 3)))
                if currency and x.english_currency:
                    continue
                if _word_with_its_pronoun(s.text, m, x.pair.en_text):
                    continue  # سيستقبل زواره "will receive its visitors", not Zuwara (زوارة)
                if _spelt_common_word(x, m):
                    continue  # حيوانات بنغول "pangolins": an English word the Arabic spells, no name
                left.dropped.append(m)
                if m.entity is None and _weak_name(s.text, m):
                    left.weak.add(m)
                left.where[m] = m.start / max(1, len(s.text))
                if _leads(s.text, m.start) and not _after_preposition(s.text, m.start):
                    left.leading.append(m)  # not a place the sentence opens with (وفي دنقلا، قال تجار)
            left.add_listed(_list_dropped(x, s.text, mentions), s.text, dateline, since)
        left.dropped = _unique(left.dropped)  # a speaker left out with the credit is attribution's: see arbitrate
        # Added: only names that are rarely left implicit by a faithful translator (people, equipment);
        # an English version routinely spells out a country or an organisation the Arabic takes as read.
        left.added = _unique(
            [m for m in x.en_m if m.is_name and m.entity and m.entity.kind != "outlet" and not x.en_found_in_ar(m)]
        )
        return left


def _spelt_common_word(x: _Sides, m: Mention) -> bool:
    """A one-word Arabic name no gazetteer knows whose skeleton of four consonants or more is a lower-case English
    word's of five letters or more in the pair, its plural s dropped (بنغول 'pangolins', دوريان 'durian'): a loanword
    for a thing, which the English gives."""
    if m.entity is not None or " " in m.text:
        return False
    skels = {k for k in _arabic_skeletons(m.text) if len(k) >= 4}
    words = {w.removesuffix("s") for w in re.findall(r"\b[a-z]{5,}\b", x.pair.en_text)} - STOPWORDS
    # the same consonants, or the English's one more at the end (بنغول bngl, pangolin bngln): a letter changed inside
    # ('suggest' sgst for ساراسوتا srst) is another word
    return any(e == k or e.startswith(k) and len(e) == len(k) + 1 for w in words if (e := _loose(w)) for k in skels)


# a figure and a unit of length or size after a word, one noun at most between (قطر 800 ملم "800 mm in diameter",
# قطر طبقه 500 متر "its dish's diameter, 500 metres"; not a بـ/لـ word: قطر بطول 200 كم "Qatar, 200 km long"), and
# نحو "about" before the figure (قطر الحفرة نحو 30 متراً), the unit in the accusative too (متراً)
_MEASURE_AFTER = re.compile(
    r"^\s+(?:(?![بل])[\u0621-\u064a][\u0621-\u064a\u064b-\u0652]*\s+)?(?:(?:نحو|حوالي|قرابة)\s+)?[\d٠-٩][\d٠-٩.,٫]*\s*"
    r"(?:ملم|مم|ملليمتر|مليمتر|سم|سنتيمتر|متر|م|كم|كيلومتر|انش|إنش|بوصة|بوصات)(?:اً|ًا|ا)?(?![\u0621-\u064a])"
)


# a word of magnitude (numbers_ar.tsv, scale: مليون، مليار، ألف) right before a word: that word is what is counted
# (46 مليون سول "46 million soles"); a figure alone before a name may be a rank or a year (المركز 3 اليابان)
_SCALE_WORDS = frozenset(row[0] for row in load("numbers_ar.tsv") if row[2:3] == ("scale",))


def _counted(text: str, m: Mention) -> bool:
    """The mention is the unit a word of magnitude counts (ملايين سول 'millions of soles'; after a half with the
    scale repeated, مليونين ونصف المليون بانغا "2.5 million pa'anga"), not a place."""
    before = ar_tokens(text[: m.start])[-1:]
    return bool(before) and before[0].norm.lstrip("وب").removeprefix("ال") in _SCALE_WORDS


def _opens_a_compound(name: str, en_text: str) -> bool:
    """A one-word English name opens a capitalised compound of the English (Qatar in QatarEnergy, Saudi in
    SaudiGulf): the name the Arabic gives as a phrase (شركة قطر للطاقة), written as one word."""
    return " " not in name and bool(re.search(rf"\b{re.escape(name)}[A-Z][a-z]+", en_text))


# the words for a place, its office, body or shore after which a name is the place's (entity_cues_ar.tsv place,
# office, institution, place_head)
_PLACE_HEADS = frozenset().union(*(_cue_words(kind) for kind in ("place", "office", "institution", "place_head")))


# nouns of counting whose noun in construct after them is what they count
_COUNT_NOUNS = frozenset(normalize_ar(w) for w in ("عدد", "أعداد", "مجموع", "إجمالي"))


def _word_with_its_pronoun(text: str, m: Mention, en_text: str) -> bool:
    """A one-word place name written with a final ه where the name ends in ة (زواره for زوارة Zuwara), that the
    dictionary reads as a common noun with its pronoun ('its visitors'), a sense of which the English says
    and no other word of the Arabic sentence has: the word, not the place. Where the English says no such
    sense (زواره for Zuwara beside 'the convoy set off') the place stands."""
    if m.entity is None or " " in m.text.strip() or not strip_diacritics(m.text).endswith("ه"):
        return False
    if not any(f.endswith("ة") for f in arabic_forms(m.entity)):
        return False
    before = ar_tokens(text[: m.start])[-1:]
    if before and (before[0].norm in _PLACE_HEADS or before[0].norm[1:] in _PLACE_HEADS):
        return False  # بلدية زواره، ساحل زواره: after a word for a place or its body, the word is the place
    said = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", en_text)}
    # after عدد "the number of" the word is what is counted (عدد زواره "the number of its visitors"), whichever other
    # Arabic word also says its sense (تسعة آلاف زائر "nine thousand visitors")
    counted = bool(before) and before[0].norm.lstrip("وب") in _COUNT_NOUNS
    others = set() if counted else {g for t in ar_tokens(text) if t.start != m.start for g in gloss_stems(t.text)}
    return any(
        "POSS_PRON" in a.suffix_pos
        and not a.stem.pos.endswith("NOUN_PROP")
        and any(stem(w) in said - others for w in re.findall(r"[a-z]+", a.stem.gloss.lower()) if len(w) > 3)
        for a in analyses(m.text)
    )


# the same with the figure in words (قطر ألف ملم "1,000 mm in diameter"), read on normalised text
_NUMBER_WORDS = alternation(r[0] for r in load("numbers_ar.tsv"))
_MEASURE_IN_WORDS_AFTER = re.compile(
    rf"^\s+(?:(?![بل])[\u0621-\u064a]+\s+)?(?:(?:نحو|حوالي|قرابه)\s+)?(?:{_NUMBER_WORDS})"
    r"\s+(?:ملم|مم|ملليمتر|مليمتر|سم|سنتيمتر|متر|م|كم|كيلومتر|انش|بوصه|بوصات)(?:ا)?(?![\u0621-\u064a])"
)


def _before_a_measure(text: str, m: Mention) -> bool:
    """A one-word name followed by a figure and a unit (قطر 800 ملم، قطر طبقه 500 متر، قطر ألف ملم): the word in its
    common sense (diameter)."""
    after = text[m.start + len(m.text) :]
    return " " not in m.text and bool(
        _MEASURE_AFTER.match(after) or _MEASURE_IN_WORDS_AFTER.match(normalize_ar(strip_diacritics(after)))
    )


# a figure and a unit of length anywhere after a word (35 متراً، 12 كم، 25 م)
_LENGTH_LATER = re.compile(
    r"([\d٠-٩][\d٠-٩.,٫]*)\s*(ملم|مم|ملليمتر|مليمتر|سم|سنتيمتر|متر|م|كم|كيلومتر|انش|إنش|بوصة|بوصات)(?:اً|ًا|ا)?(?![\u0621-\u064a])"
)
# a year the letter م closes (2024م, the Gregorian year): no metres
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# English that gives a width ('35 metres across', 'in diameter')
_EN_WIDTH = re.compile(r"\b(?:across|diameter|wide|width|radius)\b", re.I)


def _a_width_measured(text: str, m: Mention, en_text: str) -> bool:
    """A one-word name a figure and a unit of length follow later in its sentence, where the English gives a width
    (يبلغ قطر كل منها 25 متراً "each 25 metres across"): the word in its common sense (diameter), however many
    words stand between it and the figure. Only as what a masculine verb of amounting (يبلغ، بلغ) has for its subject,
    as a measure is given: Qatar may stand in a sentence that gives a width too (إن قطر ستمول جسراً عرضه 30 متراً),
    and a feminine تبلغ before Qatar is "informs" (أن تبلغ قطر الوسطاء ردها), قُطر "diameter" being masculine."""
    before = _AR_WORD.findall(text[: m.start])[-1:]
    amounts = bool(before) and re.fullmatch("[وف]?ي?بلغ", strip_diacritics(before[0])) is not None
    if " " in m.text or not amounts or not _EN_WIDTH.search(en_text):
        return False
    return any(
        not (unit.group(2) == "م" and _YEAR.fullmatch(normalize_digits(unit.group(1))))
        for unit in _LENGTH_LATER.finditer(text, m.start)
    )


def _slash_twin(text: str, m: Mention) -> bool:
    """Whether a name is written beside another across a slash: one thing under two names, of which the English
    gives one (بين آب/أغسطس وأيار/مايو "between August and May": the Levantine and the Egyptian month names;
    الموصل/نينوى)."""
    before, after = text[: m.start], text[m.start + len(m.text) :]
    if re.search(r"[\u0621-\u064a]\s?/\s?$", before) or re.match(r"\s?/\s?[\u0621-\u064a]", after):
        return True
    # a month of two words before the slash (وتشرين الأول/أكتوبر): the name is its first word
    second = re.match(r"\s([\u0621-\u0652]+)\s?/\s?[\u0621-\u064a]", after)
    month = normalize_ar(f"{m.text} {second.group(1)}") if second else ""
    return month in _MONTHS or month[1:] in _MONTHS


def _with_surname(x: _Sides, text: str, m: Mention) -> Mention:
    """A mention of one word extended over the words right after it that read as names or that the lexicon
    does not know and no English word spells (جون كينيدي، جون ماكنزي): a first name and its surname; a word
    after و "and" is another person's."""
    if " " in m.text:
        return m
    end = m.start + len(m.text)
    for w in _AR_WORD.finditer(text, end):
        word = w.group(0)
        if text[end : w.start()] != " " or not _surname_like(word) or x.english.spell_sound(word):
            break
        end = w.end()
    if end == m.start + len(m.text):
        return m
    return Mention(m.entity, text[m.start : end], m.start, m.is_name, m.skeleton)


def _list_dropped(x: _Sides, text: str, mentions: list[Mention]) -> list[tuple[Mention, bool]]:
    """Names an Arabic list gives that the English leaves out while it gives another name of the same
    list (أربيل والسليمانية ودهوك وحلبجة → "Erbil, Sulaymaniyah and Duhok"), each with whether it is
    weak: read as a name only because a word for several places heads the list (مديريات صرواح ورغوان
    ومدغل, whose last word the lexicon also reads as an adjective)."""
    out = []
    for before, members in arabic_lists(text, mentions):
        if _adjective_before(text, members[0]) or normalize_ar(before) in _LETTER_NAMES:
            continue  # a list of adjectives (المناعي البشري والإيدز), or of letters spelt out (بي إم دبليو)
        places = places_before(text, members[0].start)
        # a preposition as written (وعلى امتداد "and along", not the name علي once normalised) ends the list
        members = list(takewhile(lambda m: strip_diacritics(m.text).lstrip("وفب") not in _PREPOSITIONS, members))
        named = [(m, _member_name(text, m, members)) for m in members]
        # a member the lexicon reads as a proper noun among common nouns is one where the English spells it as a name
        # (جبلة Jableh), when another member is surely a name: it tells a list of names from a list of words
        if any(sure for _, sure in named):
            named = [(m, sure or (sure is not None and _spelt_proper(x, m))) for m, sure in named]
        # after a word for several places (مدن، مديريات; أحياء في) a word of the list is a place unless it reads
        # only as a verb (مدن إيران ويقطنها "cities of Iran, and it is home to")
        named = [(m, sure) for m, sure in named if sure or (sure is not None and places and not _verb_only(m))]
        if len(named) < 2 or len({normalize_ar(m.text) for m, _ in named}) < len(named):
            continue  # one word twice (في سيول … وسيول "floods … and floods") is no list of names
        found = [_member_found(x, m) for m, _ in named]
        if "name" not in found:
            continue  # the English gives none of its names, only common words (كفريق "as a team")
        for (m, sure), seen in zip(named, found, strict=True):
            if not seen:
                mention = _with_surname(x, text, m.mention or Mention(None, m.text, m.start, True, ""))
                words = mention.text.split()
                if _saint(words[0]) and (
                    len(words) == 1 and _SAINT_EN.search(x.pair.en_text) or x.ar_found_in_en(mention)
                ):
                    continue  # وسانت لوسي 'and St Lucy': the member is the saint's word, the name after it is given
                out.append((mention, not sure))
    return out


# Latin letters spelt in Arabic (بي إم دبليو BMW): no names of a list; not those that are also common
# words (في V "in", إن N "that", أو O "or")
_LETTER_NAMES = frozenset(
    normalize_ar(w) for w in "إيه بي سي دي إي إف جي إتش آي جيه كيه إل إم كيو آر إس تي يو دبليو إكس واي زد".split()
)


def _spelt_proper(x: _Sides, m: Member) -> bool:
    """A one-word list member the lexicon also reads as a proper noun, and the English spells as a name."""
    readings = [] if " " in m.text else _analyses(m.text)
    return any(_proper(a) for a in readings) and _member_found(x, m) == "name"


def _adjective_before(text: str, first: Member) -> bool:
    """Whether a list's first member is one definite word right after another (العوز المناعي البشري):
    an adjective of that word, not a name, so the list is no list of names."""
    if first.mention is not None or " " in first.text or not first.text.startswith("ال"):
        return False
    before = text[: first.start].split()
    return bool(before) and normalize_ar(before[-1]).startswith("ال")


def _member_name(text: str, m: Member, members: list[Member]) -> bool | None:
    """Whether a list member is a name (``_list_name``), or a word the lexicon also reads as a proper noun
    that its neighbours show to be one (``_proper_beside_names``); None for a title or a particle."""
    sure = _list_name(m)
    return sure if sure is not False else _proper_beside_names(text, m, members)


def _list_name(m: Member) -> bool | None:
    """Whether a list member is a name: a gazetteer name, or a word that reads as one (a word of the name
    lists, or one the lexicon does not know), alone or after a word for a place (ووادي الجوز); False for
    any other word, one the lexicon reads as a proper noun among common words too (ابن Ibn, "son"), and for
    a noun with its adjective (والدفاع المدني "civil defence"); None for a title or a particle, which no
    list of names holds (الرئيس، وزير)."""
    if m.mention is not None:
        return True
    words = m.text.split()
    if len(words) > 1 and not heads_a_place(words[0]):
        return False
    last = words[-1]
    if normalize_ar(last) in _TITLES or normalize_ar(last) in _FUNCTION_WORDS or normalize_ar(last) in _LETTER_NAMES:
        return None
    return bool(arabic_name_words(last)) or not _analyses(last)


def _proper_beside_names(text: str, m: Member, members: list[Member]) -> bool:
    """Whether a one-word member the lexicon reads as a proper noun among common words is a name all the
    same: its common readings are only verbs (ولاهور "and Lahore", not "and he collapses"), a name follows
    it (وكيلي همفريز "and Kelly Humphreys": a first name and its surname), or the list also holds a
    gazetteer place (النيجر وتشاد ومالي "Niger, Chad and Mali", not مالي "financial"); in a list of people
    (جونسون وابن الأب "Johnson and the father's son") such a word is too often the common word."""
    if " " in m.text or not (readings := _analyses(m.text)) or not any(_proper(a) for a in readings):
        return False
    if _TANWIN.search(m.text):
        return False  # واحداً "one", not و + أحد "Sunday": a word with tanwin, the ending of an indefinite common noun
    if all(_proper(a) or a.stem.pos.startswith("VERB") for a in readings):
        return True
    after = _AR_WORD.match(text, m.start + len(m.text) + 1)
    if after is not None and text[m.start + len(m.text)] == " " and _surname_like(after.group(0)):
        return True
    return any(o.mention is not None and _place(o.mention) for o in members if o is not m)


def _verb_only(m: Member) -> bool:
    """A one-word member the lexicon reads, and reads only, as a verb with an object pronoun other than ه or a noun
    with 'her', 'their' on it, which no name ends with (يقطنها "dwells in it", هجرها "its hamlets"; not يافله Gävle,
    read 'he neglects him', nor مندلي Mandali, read 'my …')."""
    readings = [] if " " in m.text else _analyses(m.text)
    return bool(readings) and all(
        (a.stem.pos.startswith("VERB") and "SUFF_DO" in a.suffix_pos and "SUFF_DO:3MS" not in a.suffix_pos)
        or any(f"POSS_PRON_{p}" in a.suffix_pos for p in ("3FS", "3MP", "3D", "3FP"))
        for a in readings
    )


# tanwin (ً ٌ ٍ), written on an indefinite common noun (واحداً، عاماً), never on a foreign name
_TANWIN = re.compile("[\u064b-\u064d]")


def _proper(reading: Any) -> bool:
    """Whether a lexicon reading is a proper noun as names are used: without a possessive pronoun, which
    makes it a common word the lexicon also lists as a name (شرقها "its east", not East)."""
    return reading.stem.pos == "NOUN_PROP" and "POSS_PRON" not in reading.suffix_pos


def _surname_like(word: str) -> bool:
    """Whether a word after a first name may be its surname: one the lexicon reads only as a name or does not
    know, not a function word or one joined by و "and"."""
    if word.startswith("و") or normalize_ar(word) in _FUNCTION_WORDS:
        return False
    return _name_reading(word) is not None or not _analyses(word)


def _place(m: Mention) -> bool:
    """Whether a mention is of a gazetteer place."""
    return m.entity is not None and m.entity.kind == "place"


def _member_found(x: _Sides, m: Member) -> str:
    """How the English gives a list member: "name" by its gazetteer entity or its sound (``ar_found_in_en``,
    a short name spelt alike, a respelling), "word" by the lexicon's English for one of its words
    (الشرطة "police"), "" not at all."""
    mention = m.mention or Mention(None, m.text, m.start, True, "")
    words = m.text.split()
    roman = romanize(words[-1])
    en = x.pair.en_text
    tail = Mention(None, words[-1], m.start + len(m.text) - len(words[-1]), True, "")
    if len(words) > 1 and head_spelt(words[0], en) and x.ar_found_in_en(tail):
        return "name"  # رأس العيون 'Ras El Aioun': the name after the word that opens it, with that word spelt
    if x.ar_found_in_en(mention) or any(_consonants(roman, h) in _english_consonants(en, h) for h in (True, False)):
        return "name"  # also a short name spelt alike (التل al-Tall, الوعر al-Waer), too short for a near match
    if _respelt(roman, re.findall(r"\b[A-Z][a-z]+", en)) or x.english.spell_sound(words[-1]):
        return "name"
    lex = _lexicon()
    en_words = {stem(w) for w in re.findall(r"[A-Za-z]+", en)}
    glosses = {stem(g) for w in words if not heads_a_place(w) for g in re.findall(r"[A-Za-z]+", lex.gloss_word(w))}
    return "word" if any(_same_sense(g, e) for g in glosses for e in en_words) else ""


def _same_sense(gloss: str, word: str) -> bool:
    """Whether an English word (stemmed) gives a gloss stem: the same, or one the other's start (east,
    eastern), four letters at least, or its adjective (pole, polar)."""
    short, long_ = sorted((gloss, word), key=len)
    if len(short) < 4:
        return False
    # an adjective made from a noun ending in e or y: pole polar, Italy Italian, globe global
    return long_.startswith(short) or (
        short[-1] in "ey" and long_[len(short) - 1 :] in _ADJECTIVE_ENDINGS and long_.startswith(short[:-1])
    )


_ADJECTIVE_ENDINGS = frozenset({"al", "ar", "an", "ian", "ic", "ical", "ial"})


def _said_in_words(ar: str, en: str) -> bool:
    """Whether the English renders a name of two words or more that the lexicon reads as common words
    (القطب الجنوبي Antarctica, "the south pole"; الضفة الغربية West Bank, "the west bank") by their meaning:
    a sense of each of its words, or of its head, the first, in a capitalised name of the English's own (Los
    Angeles Superior Court for المحكمة العليا "the high court", Upper East for الشرقية العليا)."""
    words = ar.split()
    senses = [gloss_stems(w, verbs=False) for w in words]
    if len(words) < 2 or not all(senses):
        return False
    en_words = [(w[0].isupper(), stem(w)) for w in re.findall(r"[A-Za-z]+", en)]
    each = all(any(_same_sense(g, e) for g in sense for _, e in en_words) for sense in senses)
    return each or any(_same_sense(g, e) for g in senses[0] for capital, e in en_words if capital)


# consonant similarity at which an English capitalised word is taken for a list member spelt another way
# (Uruk الوركاء, Khiam الخيام), not a name put in its place
_RESPELT = 0.6


def _respelt(roman: str, english: list[str]) -> bool:
    """Whether one of the ``english`` capitalised words shares most consonants, two in a row at least, with
    a romanised Arabic name."""
    ar = _one_letter_digraphs(_consonants(roman))
    for e in english:
        m = SequenceMatcher(None, ar, _one_letter_digraphs(_consonants(e)))
        # two consonants in a row shared at least: Libya lby is no spelling of مالي mly
        if m.ratio() >= _RESPELT and m.find_longest_match().size >= 2:
            return True
    return False


def _one_letter_digraphs(consonants: str) -> str:
    """Consonants with sh, kh, th, gh, dh and ch written as one letter each, the one Arabic letter they
    write: الشيخان shkhn shares one consonant with Shabak's shbk, not two in a row."""
    return re.sub(r"([sktgdc])h", lambda m: m.group(1).upper(), consonants)


def _consonants(word: str, half_vowels: bool = False) -> str:
    """A romanised or English name's consonants, article and doubled letters dropped, p and v read as the
    Arabic letters that write them (b, f); the half-vowels w and y kept only with ``half_vowels``:
    al-Tall, التل → tl; Suwaira, الصويرة → sr; al-Waer, الوعر → wr with them."""
    low = re.sub(r"^(?:al|el)[- ]", "", _ascii(word))
    dropped = "[^a-z]|[aeiou]" if half_vowels else "[^a-z]|[aeiouwy]"
    return re.sub(r"(.)\1+", r"\1", re.sub(dropped, "", low).replace("p", "b").replace("v", "f"))


def _english_consonants(text: str, half_vowels: bool = False) -> set[str]:
    """The consonants (``_consonants``) of an English text's capitalised words, alone and two in a row
    (Port Sudan for بورتسودان); none of fewer than two letters."""
    words = re.findall(r"\b[A-Z][a-z]*(?:-[A-Z][a-z]+)?", text)
    pairs = [a + b for a, b in zip(words, words[1:], strict=False)]
    return {k for w in words + pairs if len(k := _consonants(w, half_vowels)) >= 2}


def _not_ours(x: _Sides, text: str, m: Mention, quotes: list[Quote]) -> bool:
    """An Arabic mention the English leaves out that is not a dropped entity: rendered freely (a dateline
    is checked by the caller), or another detector's (an outlet's or an organisation's credit and a person
    called by a role or beside "an official" are attribution's, a name inside a quotation is the quote
    detector's, a time zone the time detector's), a region named by its compass point, or the subject
    the English calls "he" or "she"."""
    if m.entity is not None and m.entity.kind == "outlet":
        return True
    if m.entity is not None and m.entity.kind == "organisation" and _speaker_of(text, m.start):
        return True  # قال المرصد …
    if _told_outlet(text, m.start):
        return True  # the outlet told (لشبكة روداو): the credit, attribution's
    kind = m.entity.kind if m.entity else "place" if _after_place_word(text, m.start) else "person"
    # where the speaker himself is "an official", a place may be part of his title (مدير ناحية باتيفا), left out
    # with it; not a place the Arabic names inside the speaker's quotation
    owned_elsewhere = (x.by_role and kind == "person") or (
        x.generic
        and (kind != "place" or (x.speaker_generic and not inside_quote(find_quotes(text), m.start)))
        and not _in_the_statement(text, m.start)
    )
    if inside_quote(quotes, m.start) or owned_elsewhere or _time_zone(text, m.start) or _credited(text, m.start):
        return True
    if x.compass_region and _after_compass(text, m.start):
        return True
    if _bracketed_alias(x, text, m):
        return True
    # مصادر أمنية في إقليم كردستان: the English drops the source, and its place with it; not a source the English
    # credits by its sense (جمعيات المزارعين 'farmers' associations said') nor a noun of the statement itself (قالت
    # الوزارة إن أطباء الأسرة في بولندا "family doctors in Poland"), who took no place with them: unless the English
    # gives a name the Arabic lacks, which may be the place spelt otherwise (Boghé for بوكي)
    if not x.generic:
        kept = frozenset() if x.renamed else _credit_stems(x.pair.en_text)
        if _qualifies_a_source(text, m.start, kept) and (
            x.renamed or not _in_the_statement(text, m.start) or _speaks_after(text, m)
        ):
            return True
    return (
        kind == "person"
        and len(m.text.split()) == 1
        and x.pronoun_subject
        and _leads(text, m.start)
        and not _after_preposition(text, m.start)
    )


# prepositions whose object a name is, never the subject a pronoun stands for (وبحديثها عن بادينغتون); as
# written, so that على "on" is not the name علي
_PREPOSITIONS = word_set("function_words_ar.tsv", "entity_object_preposition")


def _after_preposition(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a preposition, alone or after و/ف (وفي دنقلا "and in
    Dongola"): the name is its object."""
    before = _AR_WORD.findall(text[:start])
    if not before:
        return False
    word = strip_diacritics(before[-1])
    return word in _PREPOSITIONS or (word[:1] in "وف" and word[1:] in _PREPOSITIONS)


# a short aside in brackets right after a word: (أبو مازن) after محمود عباس
_ALIAS = re.compile(r"[\u0621-\u064a\u064b-\u065f]\s*\(\s*([^()]{2,40})\)")


def _bracketed_alias(x: _Sides, text: str, m: Mention) -> bool:
    """Whether a name stands alone, in up to three words, in brackets right after a name the English gives:
    the other name a person or place also goes by (محمود عباس (أبو مازن), a kunya or a nickname), which an
    English version may leave out with no one lost."""
    for b in _ALIAS.finditer(text):
        if not b.start(1) <= m.start <= m.start + len(m.text) <= b.end(1):
            continue
        before = _AR_WORD.findall(text[: text.rfind("(", 0, b.start(1))])
        if not before or not x.english.spell_any(before[-1]):
            continue
        rest = (text[b.start(1) : m.start] + " " + text[m.start + len(m.text) : b.end(1)]).split()
        if len(b.group(1).split()) <= 3 and all(normalize_ar(w) in _NAME_PARTICLES for w in rest):
            return True
    return False


# the words of a kunya or a lineage, which stand inside a name: أبو مازن، بن سلمان، آل ثاني
_NAME_PARTICLES = frozenset(normalize_ar(w) for w in ("أبو", "أبي", "أبا", "أم", "بن", "ابن", "بنت", "آل"))


def detect(pair: AlignedPair) -> list[Finding]:
    """Report entities dropped, added, or replaced by another entity of the same kind: each rule of
    ``_RULES`` in turn claims the mentions it explains and reports them."""
    if not pair.ar or not pair.en:
        return []
    sides = _Sides.of(pair)
    left = _Left.of(sides)
    findings: list[Finding] = []
    for rule in _RULES:
        findings += rule(sides, left, findings)
    return findings


def _kind_swapped(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """A gazetteer entity left out and another of the same kind added: one put in place of the other
    (changed, major, 0.85), unless one is the other's capital (Washington for the United States); also a
    place the gazetteer does not know, named as one (محافظ عكار "the governor of Akkar" for "the governor of
    North Lebanon"), minor."""
    out = []
    for a in list(left.dropped):
        seat = next((e for e in left.added if a.entity is not None and _seat_of(a.entity, e.entity)), None)
        if seat is not None:
            left.dropped.remove(a)  # a capital for its country or the country for its capital: a rendering
            left.added.remove(seat)
    for a in list(left.dropped):
        if a.entity is not None and any(m.is_name and _seat_of(a.entity, m.entity) for m in x.en_m):
            continue  # a capital whose country the English names (or the reverse), another name's partner
        if _part_of_a_body(x, a):
            left.dropped.remove(a)
            continue
        kind = a.entity.kind if a.entity is not None else "place" if _named_as_place(x, a) else None
        candidates = [
            e
            for e in left.added
            if e.entity is not None
            and e.entity.kind == kind
            and (a not in left.quoted or _in_an_english_quote(left, e.text))
        ]
        if not candidates:
            continue
        # a town put in a town's place before a land the English adds ('… of Iraq'), which is more often the
        # translator's gloss of an institution (هيئة المنافذ الحدودية "Iraq's Border Ports Commission")
        town = a.entity is not None and not _land(a.entity)
        partner = min(candidates, key=lambda e: town and _land(e.entity))
        if any(r.plain or (" " in r.text and not r.last_common) for r in left.runs):
            # the English also gives a name nothing in the Arabic spells (Tomas Berglund, Grace Okonjo: one
            # word a name, the last no English word): that name, not a known place the translator spelt out
            # (Baja California → "… of Mexico"), more likely stands in its stead
            continue
        left.dropped.remove(a)
        left.added.remove(partner)
        # a land for a place that may lie in it (Iraq for Nineveh) may be the translator's generalisation;
        # a town for a land is no such thing (Beirut for Britain)
        # (a capital named for a town is a change like any other: Baghdad for Mosul)
        # (a place read from a word a preposition or a word for a kind of place makes a name is less sure: minor)
        clear = a.entity is not None and (_land(a.entity) or partner.entity is None or partner.entity.key not in _LANDS)
        clear = clear and a not in left.cued
        out.append(
            make_finding(
                x.pair,
                "entity",
                "changed",
                ar_span=a.text,
                en_span=partner.text,
                severity="major" if clear else "minor",
                score=0.85,
                explanation=f"Arabic names the {kind} '{a.text}' "
                f"({a.entity.key if a.entity else romanize(a.text)}) but the English names '{partner.text}' instead"
                if a.is_name
                else f"Arabic '{a.text}' ({a.entity.key if a.entity else romanize(a.text)}) became "
                f"'{partner.text}' in the English",
            )
        )
    return out


# the English prepositions before a place where it stands ('in Basra', 'to Karbala'): function_words_en.tsv
_EN_PLACE_PREPOSITIONS = word_set("function_words_en.tsv", "place_preposition")


# a place referred back to by the word for its kind ('south of the city', 'in the camp')
_REFERS_BACK = re.compile(r"\bthe (?:city|town|village|camp|governorate|province|district|area|region)\b", re.I)


def _dateline_place_swapped(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """A town the Arabic story names that the English names only in its dateline, where the English story puts
    one other town of the gazetteer the Arabic does not name ('QALQILYA – … Jayyous, east of Tulkarm' for جيوس شرق
    قلقيلية): the dateline says where the report was filed, the story where things happened, and the town there
    is another (changed, minor, 0.8). Neither is a land or a seat of government (``_land``)."""
    heads = [english_dateline_end(e.text) for e in x.pair.en]
    if not any(heads):
        return []
    if any(_REFERS_BACK.search(e.text[h:]) for e, h in zip(x.pair.en, heads, strict=True)):
        return []  # 'south of the city': the dateline's place, told again; another town is where things lead
    in_story = [(m, k) for k, ms in enumerate(x.pair.view.en_mentions) for m in ms if m.is_name and m.start >= heads[k]]
    towns = [m for m, _ in in_story if m in left.added and m.entity is not None and m.entity.kind == "place"]
    towns = [m for m in towns if not _land(m.entity)]
    if len(towns) != 1:
        return []
    partner = towns[0]
    story = " ".join(e.text[h:] for e, h in zip(x.pair.en, heads, strict=True)).lower()
    for s, mentions in zip(x.pair.ar, x.ar_mentions, strict=False):
        for a in mentions:
            if a.start < arabic_dateline_end(s.text) or not a.is_name or a.entity is None:
                continue
            if a.entity.kind != "place" or _land(a.entity) or not x.ar_found_in_en(a):
                continue
            if any(m.entity == a.entity for m, _ in in_story) or a.entity.key.lower() in story:
                continue  # the English story names it too
            left.added.remove(partner)
            span = a.text
            if s.text.count(span) > 1:  # the dateline names it too: the span takes the word before (شرق قلقيلية)
                before = re.search(r"\S+\s+$", s.text[: a.start])
                span = s.text[before.start() if before else a.start : a.start + len(a.text)]
            why = (
                f"Arabic places this in '{span}' ({a.entity.key}), which the English names only in its dateline; "
                f"the English story puts '{partner.text}' there instead"
            )
            finding = make_finding(
                x.pair,
                "entity",
                "changed",
                ar_span=span,
                en_span=partner.text,
                severity="minor",
                score=0.8,
                explanation=why,
            )
            return [finding]
    return []


def _nationality_swapped(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """One land's adjective put for another's (الشركة الصينية "the Malaysian company", المنحة السعودية "the
    Emirati grant"): the Arabic says a land (its adjective or its name) that the English never names, and
    the English says another land only by its adjective, which the Arabic never names (changed, minor, 0.7).
    An adjective added alone is often the translator's (a nationality the Arabic takes as read), so it is
    never reported added; beside a land left out it is that land's stand-in. Only one of each on the
    pair, neither the other's capital, and the Arabic land outside a dateline: with two or more on a
    side the pairing is a guess. Inside a quotation too: a land the speaker named, told as another."""
    if any(f.type == "entity" and f.subtype == "changed" for f in found):
        return []  # a land put in another's stead already reported
    ar_lands = [
        m
        for s, mentions in zip(x.pair.ar, x.ar_mentions, strict=False)
        for m in mentions
        if _land(m.entity) and m.start >= arabic_dateline_end(s.text) and not x.ar_found_in_en(m)
    ]
    en_lands = [m for m in x.en_m if _land(m.entity) and not x.en_found_in_ar(m)]
    if len({m.entity for m in ar_lands}) != 1 or len({m.entity for m in en_lands}) != 1:
        return []
    a, e = ar_lands[0], en_lands[0]
    if e.is_name or a.is_name or a.entity is None or e.entity is None or _seat_of(a.entity, e.entity):
        return []
    if not _same_head(x, a, e):
        return []  # حزب الله اللبناني … 'an Israeli army position': each adjective qualifies something else
    if a in left.dropped:
        left.dropped.remove(a)
    return [
        make_finding(
            x.pair,
            "entity",
            "changed",
            ar_span=a.text,
            en_span=e.text,
            severity="minor",
            score=0.7,
            explanation=f"Arabic says '{a.text}' ({a.entity.key}) but the English says '{e.text}' "
            f"({e.entity.key}) instead, a land the Arabic never names",
        )
    ]


def _same_head(x: _Sides, a: Mention, e: Mention) -> bool:
    """Whether the Arabic adjective and the English one qualify the same noun: the English word after the
    adjective ('the Malaysian company', 'the Emirati oil grant') is a sense of the Arabic word before it
    (الشركة الصينية، المنحة النفطية السعودية)."""
    ar_text = next((s.text for s, ms in zip(x.pair.ar, x.ar_mentions, strict=False) if a in ms), "")
    before = ar_tokens(ar_text[: a.start])
    en_text = next((s.text for s in x.pair.en if s.text[e.start : e.start + len(e.text)] == e.text), "")
    after = re.match(_AFTER_LISTED, en_text[e.start + len(e.text) :]) if en_text else None
    if not before or after is None:
        return False
    return stem(after.group(1).lower()) in gloss_stems(before[-1].text)


# the English word after an adjective, past the lands' adjectives listed with it ('Japanese and Turkish companies' for
# شركات صينية وتركية: the noun the first adjective qualifies)
_AFTER_LISTED = re.compile(r"(?:\s*(?:,|\s(?:and|or))\s+[A-Z][a-z]+)*\s+([A-Za-z]+)")


# countries, continents and wide regions of the place gazetteer (entity_lands.tsv)
_LANDS = word_set("entity_lands.tsv")


def _land(entity: Entity | None) -> bool:
    """Whether a gazetteer place is a land (see ``_LANDS``) or a seat of government, which stands for its land
    (London said …), not a town or a province inside one."""
    return entity is not None and (entity.key in _LANDS or entity.key in _CAPITALS)


# a country (or region) and its seat of government, both ways (entity_capitals.tsv)
_SEATS = frozenset((a, b) for row in load("entity_capitals.tsv") for a, b in (row[:2], row[1::-1]))
_CAPITALS = frozenset(row[1] for row in load("entity_capitals.tsv"))


def _seat_of(a: Entity, b: Entity | None) -> bool:
    """Whether one of two places is the other's capital."""
    return b is not None and (a.key, b.key) in _SEATS


# an office that is a place's own, before the place's name: محافظ البصرة "the governor of Basra"
_PLACE_OFFICES = _cue_words("office")


def _named_as_place(x: _Sides, m: Mention) -> bool:
    """Whether a name outside the gazetteer is a place's by the word before it: a kind of place (مدينة،
    قضاء) or a place's office (محافظ)."""
    for s in x.pair.ar:
        if s.text[m.start : m.start + len(m.text)] == m.text:
            before = s.text[: m.start].split()
            office = bool(before) and re.sub("^[وفبل]", "", normalize_ar(before[-1])) in _PLACE_OFFICES
            return (
                office or _after_place_word(s.text, m.start) or any(at == m.start for _, at in _road_end_words(s.text))
            )
    return False


_ACRONYM = re.compile(r"\b[A-Z](?:\.?[A-Z]){1,5}\b\.?")


def _acronym_for_name(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An Arabic name left out where the English gives an acronym no gazetteer name accounts for, starting
    or ending with the name's initial (NYC for نيويورك, NTS for the body the Arabic spells out, EDZ for
    مؤسسة كهرباء زحلة): the translator
    expanded the acronym, rightly or not, and neither side can tell which. Both are claimed, nothing is
    reported."""
    spans = [(m.start, m.start + len(m.text)) for m in x.en_m]
    latin = set(re.findall(r"[A-Z]{2,}", x.pair.ar_text))  # an acronym the Arabic keeps as it is: (BDI)
    # a place of a dateline in capitals ('HAMA –', 'EL OUED –') is no acronym
    acronyms = [
        a.group(0).replace(".", "")
        for s in x.pair.en
        for a in _ACRONYM.finditer(s.text)
        if not any(b <= a.start() < e for b, e in spans)
        and a.group(0).replace(".", "") not in _NO_ACRONYM | latin
        and a.end() > _dateline_end(s)
    ]
    # ... where it spells a name the Arabic gives ('DHI QAR –' for ذي قار), the name is given
    datelined = {
        m.entity
        for s in x.pair.en
        for m in english_mentions(s.text[: _dateline_end(s)].title())
        if m.entity is not None
    }
    left.dropped = [d for d in left.dropped if d.entity is None or d.entity not in datelined]
    for chain in _adjacent_names(x, left.dropped):
        initials = [w[:1].upper() for a in chain for w in _initial_words(a)]
        acronym = next((c for c in acronyms if _initials_spell(c, initials)), None)
        if len(chain) > 1 and acronym is not None:
            left.dropped = [d for d in left.dropped if d not in chain]
            acronyms.remove(acronym)
    for a in list(left.dropped):
        if not a.is_name or not acronyms:
            continue
        gloss = a.entity.key if a.entity else _gloss_name(a.text)
        initial = re.sub(r"^(?:[Aa]l|[Ee]l)-", "", gloss)[:1].upper()
        acronym = next((c for c in acronyms if _same_initial(c[0], initial) or _ends_with(c, initial)), None)
        if acronym is not None:
            left.dropped.remove(a)
            acronyms.remove(acronym)
    return []


def _dateline_end(s: Sentence) -> int:
    """Where the dateline of an English report's first sentence ends ('HAMA –'), 0 in any other sentence: capitals
    and a dash further on ('UNHCR – the agency said') are no dateline."""
    return english_dateline_end(s.text) if s.id == 0 else 0


def _adjacent_names(x: _Sides, dropped: list[Mention]) -> list[list[Mention]]:
    """The dropped names in runs of names written one after the other, only a space between (باريس سان جيرمان:
    a gazetteer place, then a name it does not know: one club's name)."""
    chains: list[list[Mention]] = []
    for s in x.pair.ar:
        here = sorted((d for d in dropped if d.is_name and s.text[d.start :].startswith(d.text)), key=lambda d: d.start)
        for d in here:
            last = chains[-1][-1] if chains and chains[-1][-1] in here else None
            if last is not None and s.text[last.start + len(last.text) : d.start] == " ":
                chains[-1].append(d)
            else:
                chains.append([d])
    return chains


def _initial_words(a: Mention) -> list[str]:
    """The words of a name as English writes them, whose initials an acronym takes."""
    gloss = a.entity.key if a.entity else _gloss_name(a.text)
    return [w for w in re.sub(r"\b(?:[Aa]l|[Ee]l)-", "", gloss).split() if w[:1].isalpha()]


def _initials_spell(acronym: str, initials: list[str]) -> bool:
    """Whether an acronym is the initials of a name's words, one by one (PSG, Paris Saint-Germain)."""
    return len(acronym) == len(initials) and all(_same_initial(a, b) for a, b in zip(acronym, initials, strict=True))


def _ends_with(acronym: str, initial: str) -> bool:
    """Whether a short acronym (two to four letters; a word in capitals, RAMADI in a dateline, is none)
    ends with a name's initial: a place ends the name of a body as often as it opens it (EDZ, Electricité
    de Zahlé)."""
    return len(acronym) <= 4 and _same_initial(acronym[-1], initial)


# letters one Arabic letter writes, so a romanised name may start with either (بابوا Papua, فيينا Vienna)
_INITIALS = ("BP", "FV", "GJQK", "KCQ", "SC", "AEIOU")


def _same_initial(a: str, b: str) -> bool:
    """Whether two capital initials may be one Arabic letter's."""
    return a == b or any(a in group and b in group for group in _INITIALS)


# capitals that stand for no name the Arabic could spell out: a pronoun, times of day, common abbreviations
_NO_ACRONYM = frozenset({"I", "AM", "PM", "OK", "TV", "US", "UK"})


def _blend_word(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An English-only word that holds the English of an Arabic word beside a name is the two words
    blended into one (Brexit for خروج بريطانيا "Britain's exit"): the word and the name, if left out, are
    claimed, nothing is reported."""
    lex = _lexicon()
    for run in [r for r in left.runs if " " not in r.text]:
        low = run.text.lower()
        for s, mentions in zip(x.pair.ar, x.ar_mentions, strict=False):
            names = [(m.start, m.start + len(m.text)) for m in mentions if m.is_name]
            names += [(w.start, w.end) for w in arabic_name_words(s.text)]
            for w in _AR_WORD.finditer(s.text):
                glosses = {g.lower() for g in re.findall(r"[A-Za-z]+", lex.gloss_word(w.group(0)))}
                if not any(len(g) >= 4 and g in low and g != low for g in glosses):
                    continue
                beside = [(b, e) for b, e in names if b == w.end() + 1 or e == w.start() - 1]
                if beside:
                    left.dropped = [d for d in left.dropped if not any(d.start == b for b, _ in beside)]
                    left.runs = [r for r in left.runs if r != run]
                    left.used.append(run.text)
                    break
            if run.text in left.used:
                break
    return []


def _same_name_respelt(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An English-only name spelt like an Arabic name left out is that name, spelt another way (Decadt
    ديكاتاد): both are claimed, nothing is reported."""
    same = [
        (a, run) for a in left.dropped if a.is_name and a.entity is None for run in left.runs if _spelt_alike(a, run)
    ]
    for a, run in same:
        left.dropped = [d for d in left.dropped if d != a]
        left.runs = [r for r in left.runs if r != run]
    return []


def _name_in_place(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An Arabic name the English leaves out where the English gives a name nothing in the Arabic spells:
    the one name put in place of the other (تجاوز كيمي رايكونن → "overtake Tomas Berglund") (changed,
    0.7; major only for a gazetteer place, person or weapon)."""
    out = _pair_runs(x, left, left.runs)
    left.runs = [r for r in left.runs if r.text not in left.used]
    if any(d.is_name and d.entity is None and d not in left.lone for d in left.dropped):
        # a name taken as spelt by an Arabic word only through a two-letter sound key (Paola بيل) may
        # still stand in the place of a name outside the gazetteer that the English leaves out
        strict = _english_name_runs(x.pair, _english_only_names(x.pair, x.ar_keys, x.en_m, strict=True))
        out += _pair_runs(x, left, [r for r in strict if r not in left.runs], loose=False)
    return out


def _kind_named_swapped(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """A place named after a word for its kind (وادي دوكة، شاطئ العامرة، مخيم عين الحلوة) that the English gives as that
    kind beside a name nothing in the Arabic spells ('Wadi Darbat', 'Jebiniana beach', 'the Mieh Mieh camp'), the
    Arabic name's words given in no way, neither spelt nor by their sense: the one place put in the other's stead
    (changed, minor, 0.7). There the word after the kind is the place's name, though the lexicon knows it as a word
    (دوكة 'din', العيون 'the eyes'); one such Arabic name for the English one, or nothing is said."""
    out = []
    for run in [r for r in left.runs if r.text not in left.used]:
        kinds = {k for k, forms in _kind_forms().items() if _kind_beside(x.pair.en_text, run.text, forms)}
        if not kinds:
            continue
        named = [
            (name, start)
            for s in x.pair.ar
            for name, start in _kind_named(s.text, kinds)
            if not _name_given(x, name, start, run.text)
            and (not inside_quote(find_quotes(s.text), start) or _in_an_english_quote(left, run.text))
        ]
        if len(named) != 1:
            continue
        name, start = named[0]
        left.used.append(run.text)
        left.runs = [r for r in left.runs if r != run]  # claimed: not also a name the English adds
        left.dropped = [d for d in left.dropped if not (start <= d.start < start + len(name))]
        en_span = next(
            m.group(0) for f in _kind_forms().values() for m in [_kind_beside(x.pair.en_text, run.text, f)] if m
        )
        out.append(
            make_finding(
                x.pair,
                "entity",
                "changed",
                ar_span=name,
                en_span=en_span,
                severity="minor",
                score=0.7,
                explanation=f"Arabic names the place '{name}' ({romanize(name)}) but the English names "
                f"'{en_span}' instead, which nothing in the Arabic spells",
            )
        )
    return out


@lru_cache(maxsize=1)
def _kind_forms() -> dict[str, tuple[str, ...]]:
    """Each word for a kind of place (entity_cues_ar.tsv, normalised) → the English words that name that kind beside a
    place's name (its fourth column: wadi, valley; beach)."""
    return {
        normalize_ar(r[0]): tuple(split_forms(r[3]))
        for r in load("entity_cues_ar.tsv")
        if r[1] in ("place", "place_head") and len(r) > 3
    }


def _kind_beside(en_text: str, run: str, forms: tuple[str, ...]) -> re.Match[str] | None:
    """The English kind word and name together ('Wadi Darbat', 'the village of Kfar Dan', 'Hamad Port'), if one of
    ``forms`` stands right before the name (of between; the name's article joined to it: 'Wadi al-Nasara') or right
    after it."""
    kinds = "|".join(re.escape(f) for f in forms)
    name = re.escape(run)
    article = r"(?:(?:[Aa]l|[Ee]l|[Aa]n|[Aa]r|[Aa]s|[Aa]sh|[Aa]z|[Aa]d|[Aa]t)-)?"
    return re.search(rf"\b(?i:{kinds})\s+(?:of\s+)?{article}{name}\b|\b{name}\s+(?i:{kinds})s?\b", en_text)


def _kind_named(text: str, kinds: set[str]) -> list[tuple[str, int]]:
    """The words right after one of the words for a kind of place ``kinds`` (with its proclitics: بوادي، ومخيم), read
    as a place's name: not a function word or particle, no adverb's or adjective's ending (مخيم مؤقتاً), no adjective
    reading (مخيم مؤقت "a temporary camp"); with the word after it where the first opens a name of two (عين الحلوة).
    (name, start)."""
    words = list(_AR_WORD.finditer(text))
    out = []
    for k, (cue, word) in enumerate(zip(words, words[1:], strict=False)):
        if text[cue.end() : word.start()] != " " or not _after_place_word(text, word.start(), frozenset(kinds)):
            continue
        bare = normalize_ar(strip_diacritics(word.group(0)))
        if len(bare) < 3 or bare in _FUNCTION_WORDS or particle(word.group(0)):
            continue
        if re.search("[\u064b-\u064d]", word.group(0)):
            continue
        readings = _analyses(word.group(0))
        if readings and all("ADJ" in a.stem.pos for a in readings) and not bare.startswith("ال"):
            continue  # a definite word after the kind's indefinite word is no adjective of it (شاطئ العامرة)
        end = word.end()
        after = words[k + 2] if k + 2 < len(words) else None
        if opens_a_name(word.group(0)) and after is not None and text[end : after.start()] == " ":
            end = after.end()
        out.append((text[word.start() : end], word.start()))
    return out


def _name_given(x: _Sides, name: str, start: int, run: str) -> bool:
    """Whether the English gives any word of an Arabic place's name: spelt (as a name or as it sounds; by the English
    name ``run`` in sound keys or letters alone: العيون 'Uyoun', جيهان 'Ceyhan'), by its sense, or as a known place
    the English names."""
    run_keys = {k for w in run.split() for k in _en_keys(w)}
    for word in name.split():
        bare = re.sub("^ال", "", normalize_ar(strip_diacritics(word)))
        if opens_a_name(word):  # عين 'Ain' (its sound is also 'in'): the name's head spelt, or its sense given
            if head_spelt(word, x.pair.en_text) or gloss_stems(word) & x.english.stems:
                return True
            continue
        if x.ar_found_in_en(Mention(None, word, start, True, "")) or x.english.spell_sound(word):
            return True
        if any(_keys_close(k, e) for k in {_ar_key(word), _ar_key(bare)} - {""} for e in run_keys):
            return True
        if any(_spells(w, romanize(bare)) or _spells(w.replace("C", "J"), romanize(bare)) for w in run.split()):
            return True  # alike in letters, the Turkish c read as j too (جيهان 'Ceyhan')
        if x.english.spell(NameWord(word, start, start + len(word), *_listed_reading(word))):
            return True
        if gloss_stems(word) & x.english.stems or (bare != normalize_ar(word) and gloss_stems(bare) & x.english.stems):
            return True
    return False


def _pair_runs(x: _Sides, left: _Left, runs: list[NameRun], *, loose: bool = True) -> list[Finding]:
    """Each English-only run paired with an Arabic name left out that it may stand for, the two standing
    nearest each other first (word order kept, or nearly so): of two English-only names, the one where the
    Arabic name stood is put in its place, not the one that comes first."""
    pairs = [
        (abs(left.where.get(d, 0.5) - run.at), i, d) for i, run in enumerate(runs) for d in _stand_ins(left, run, loose)
    ]
    out = []
    for _, i, a in sorted(pairs, key=lambda p: (p[0], p[1])):
        run = runs[i]
        if a not in left.dropped or any(run.text in u or u in run.text for u in left.used):
            continue
        if a in left.listed and _consonants_of_a_word(run.text, _sentence_of(x, a)):
            continue  # a member of the list the English gives by its consonants (القلعة 'Qalaa'), as the list reads it
        left.used.append(run.text)
        left.dropped.remove(a)
        if _homograph_named(a.text, run.text):
            continue  # صور … 'Tyre': the place whose Arabic name is also a word, rendered by its English name
        gloss = a.entity.key if a.entity else _gloss_name(a.text)
        # major only for a gazetteer place, person or weapon: a name read from its shape alone may be a
        # word the lexicon lacks, or the same name by another convention, which on text the rules were not
        # written for must not read as a major change; an organisation's name is often rendered freely
        # ... and a word that may be two English words run together (Ravensworth) may yet be no name
        compound = " " not in run.text and not run.plain
        unsure = a in left.lone or a.entity is None or a.entity.kind == "organisation" or compound
        name = _headed(x.pair.en_text, run.text)
        out.append(
            make_finding(
                x.pair,
                "entity",
                "changed",
                ar_span=a.text,
                en_span=name,
                severity="minor" if unsure else "major",
                score=0.7,
                explanation=f"Arabic names '{a.text}' ({gloss}) but the English names '{name}' instead, "
                "which nothing in the Arabic spells",
            )
        )
    return out


def _consonants_of_a_word(name: str, text: str) -> bool:
    """An English name has the consonants of an Arabic word of ``text``, its و "and" cut off, as ``_member_found``
    reads a list member given by its sound (القلعة 'Qalaa', والنشوة 'Nashwa')."""
    keys = {_consonants(name, h) for h in (True, False)} - {""}
    words = {f for w in _AR_WORD.findall(text) for f in (w, w[1:] if w[:1] in "وفب" and len(w) > 3 else w)}
    return any(_consonants(romanize(w), h) in keys for w in words for h in (True, False))


def _headed(en_text: str, name: str) -> str:
    """The English name with the word that opens a town's name before it, which the Arabic spells too ('Abu Tig' for
    the run 'Tig'), and with the word for its kind that closes it ('Masirah Island'), else the name as it is."""
    m = re.search(rf"\b{_HEADS}\s+{re.escape(name)}\b", en_text)
    name = m.group(0) if m else name
    kind = re.search(rf"\b{re.escape(name)}\s+([A-Z][a-z]+)\b", en_text)
    return kind.group(0) if kind and kind.group(1).lower() in _KIND_WORDS else name


def _quoted_left_alone(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """The names inside an Arabic quotation that no name in the English quote stood in for: a quote's words
    left out are the quote detector's to report (truncated, altered). Claimed, nothing is reported."""
    left.dropped = [
        d for d in left.dropped if d not in left.quoted or d in left.listed
    ]  # a list's member: see add_listed
    return []


def _in_an_english_quote(left: _Left, text: str) -> bool:
    """Whether an English name stands inside one of the English quotations."""
    return any(text in q for q in left.en_quoted)


def _stand_ins(left: _Left, run: NameRun, loose: bool) -> list[Mention]:
    """The Arabic names left out that an English-only run may stand in place of (``loose``: any name, else
    only one outside the gazetteer and not lone)."""
    return [
        d
        for d in left.dropped
        if d.is_name
        and d not in left.road
        # a name left out of a list is replaced only by a name standing in a list ("Kim and Marquette"),
        # not by one elsewhere (Wadi al-Shay)
        and (d not in left.listed or run.in_list or (loose and run.heads_list))
        and (loose or (d.entity is None and d not in left.lone))
        and (d not in left.quoted or _in_an_english_quote(left, run.text))
        # a lone name left out of a list, and a list member put in: their places in a sentence the English
        # merged with another say nothing
        # a place's name put in place of one only where it stood, and not as the speaker
        and (d not in left.placed or (not run.leads and abs(left.where.get(d, 0.5) - run.at) <= _SWAP_PLACE))
        and (
            d not in left.lone
            or (d in left.listed and (run.in_list or (loose and run.heads_list)) and run.plain)
            or _lone_swap(d, run, left.where.get(d, 0.5), d in left.leading)
        )
    ]


# how alike an English name and the romanised Arabic word must be for the one to spell the other, loosely (دومة
# 'doma' and Dumat: 0.67)
_SPELT_ALIKE = 0.6
_SHORT_LIST = 5  # members at most of a list whose one unmatched member may be said to be told as another name


@lru_cache(maxsize=1)
def _homograph_places() -> dict[str, tuple[str, ...]]:
    """entity_homograph_places.tsv: an Arabic place name that is also a word → its English names."""
    return {row[0]: tuple(split_forms(row[1])) for row in load("entity_homograph_places.tsv")}


def _homograph_named(ar: str, name: str) -> bool:
    """The English name is the name of a place whose Arabic name, the word ``ar``, is also a word (صور 'Tyre')."""
    norm = normalize_ar(ar)
    forms = {norm, norm.removeprefix("و"), _without_article(norm, 2)}
    return any(name in _homograph_places().get(f, ()) for f in forms)


def _spells(name: str, roman: str) -> bool:
    """Whether an English name may spell a romanised Arabic word: alike in letters (_SPELT_ALIKE), or in consonants
    (Lowkey and luuki: l-k)."""
    if _letters_alike(name, roman) >= _SPELT_ALIKE:
        return True
    return any(len(c := _consonants(roman, h)) >= 2 and c in _english_consonants(name, h) for h in (True, False))


def _list_member_changed(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """One member of an Arabic list of names told as another name: the English gives every other member by its
    name and, inside its own list, a name that nothing in the Arabic spells, while the Arabic member is given in no
    way (الجوف وتبوك والقصيم → 'Al-Jouf, Tabuk and Qatif') (changed, minor, 0.6), in a list of three to five members.
    The member is a name where it reads as one, or one word whose list's other members the English gives by name
    (القصيم, which the lexicon also reads 'fragile')."""
    runs = [r for r in left.runs if r.in_list and r.plain and r.text not in left.used]
    if not runs:  # or a known place the Arabic does not name, standing in the list (Qatif, القطيف)
        runs = [r for r in _added_place_runs(x, left) if r.in_list and r.text not in left.used]
    if len(runs) != 1:
        return []  # in a list of several names the English spells otherwise, which stands for which is not known
    run = runs[0]
    claimed = {f.ar_span for f in found if f.type == "entity"}
    for s, mentions in zip(x.pair.ar, x.ar_mentions, strict=False):
        for _, members in arabic_lists(s.text, mentions):
            if not 3 <= len(members) <= _SHORT_LIST:
                continue  # two: often a list of full names the reader cut into pairs of words (آن لوري ديكاتاد ودارين
                # درليك); many (victims, a squad): one the spelling matcher misses is likelier
            seen = [_member_found(x, m) for m in members]
            missing = [m for m, how in zip(members, seen, strict=True) if not how]
            if len(missing) != 1 or seen.count("name") != len(members) - 1:
                continue
            m = missing[0]
            sure = _list_name(m)
            if m.text in claimed or sure is None or not (sure or " " not in m.text):
                continue
            # the English name must spell no Arabic word of the sentence ('Dumat' is دومة, a member the matcher
            # missed), nor two of them run together (لوو كي 'Lowkey'), nor be the English name of a place whose
            # Arabic name is also a word (صور 'Tyre')
            plain = _AR_WORD.findall(s.text)
            words = [romanize(w) for w in plain] + [romanize(a + b) for a, b in zip(plain, plain[1:], strict=False)]
            if any(_homograph_named(w, run.text) for w in plain) or any(_spells(run.text, w) for w in words):
                continue
            left.used.append(run.text)
            left.added = [e for e in left.added if e.text != run.text]
            name = _headed(x.pair.en_text, run.text)  # 'Abu Tig' whole
            end = m.start + len(m.text)  # the member as dropped, with its clitic too (والمحمرة)
            left.dropped = [d for d in left.dropped if not (d.start < end and m.start < d.start + len(d.text))]
            return [
                make_finding(
                    x.pair,
                    "entity",
                    "changed",
                    ar_span=m.text,
                    en_span=name,
                    severity="minor",
                    score=0.6,
                    explanation=f"The Arabic list names '{m.text}' ({romanize(m.text)}); the English list gives "
                    f"'{name}' in its place, which nothing in the Arabic spells",
                )
            ]
    return []


def _added_place_runs(x: _Sides, left: _Left) -> list[NameRun]:
    """The towns and provinces of the gazetteer that the English names and the Arabic does not, read as
    English-only name runs: not a land (a list of towns is no list of countries), nor a dateline's place."""
    names = [
        EnglishName(k, m.start, m.text, False, False)
        for k, found in enumerate(x.pair.view.en_mentions)
        for m in found
        if m in left.added
        and m.entity is not None
        and m.entity.kind == "place"
        and not _land(m.entity)
        and m.start >= english_dateline_end(x.pair.en[k].text)
    ]
    return _english_name_runs(x.pair, names)


def _senses_of_a_word(word: str) -> frozenset[str]:
    """The stems of the first sense of each of the Arabic word's readings as a common word, where that sense is one
    content word: its readings as a proper name lend nothing (الجزيرة 'al-Jazeera' no 'al' that an English al-Karim
    would match), nor do its rarer senses or a phrase's words (العين 'the eye', not the 'water' of 'water spring',
    which any sentence may say)."""
    out: set[str] = set()
    for a in _analyses(word):
        if a.stem.pos != "NOUN_PROP":
            words = re.findall(r"[a-z]+", first_sense(a.stem.gloss).lower())
            if len(words) == 1 and len(words[0]) >= 3 and words[0] not in STOPWORDS:
                out.add(stem(words[0]))  # one word: a phrase ('water spring') says no more than its head
    return frozenset(out)


def _name_dropped(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An Arabic name the English does not mention (dropped; score 0.8 for a gazetteer entity, 0.6 for a
    name read from its shape). Calibrated on rewrites_dev: an organisation left out often goes with a
    clause the English cut (an omission), so it is minor, and so is an event (a tournament, a festival); a
    place, person or weapon left out is major, unless only the name model says it is a name (``_Left.weak``).
    A lone name (see _Left) is not reported alone."""
    left.dropped = [a for a in left.dropped if a not in left.lone and a not in left.cued]
    out = []
    # 'the country', 'the capital': each such noun may stand for one gazetteer place the English leaves unnamed
    referred = len(_PLACE_NOUN.findall(x.pair.en_text))
    teams = len(_TEAM_NOUN.findall(x.pair.en_text))
    national = len(_NATIONAL_NOUN.findall(x.pair.en_text))  # 'the All Blacks' for منتخب نيوزيلندا
    for a in left.dropped:
        if teams and a.is_name and _after_team_word(x, a) and (_may_be_a_team(a) or (national and _land(a.entity))):
            teams -= 1  # 'the hosts', 'the Blues', 'four green shirts': the club the Arabic names
            national -= not _may_be_a_team(a)  # a national side's nickname: the country it plays for
            continue
        if (
            a.is_name
            and a.entity is not None
            and a.entity.kind == "place"
            and referred
            and _known_to_reader(x, a.entity)
        ):
            referred -= 1
            continue
        if not a.is_name:
            continue  # an adjective (الأمريكي "American") only counts when another place stands in its stead
        if a.entity is None and " " not in a.text and not _analyses(a.text) and x.english.spell_word(a.text):
            continue  # الليثيوم 'lithium', كيلومترين 'kilometres': a word borrowed as it sounds, no name
        if a.entity is None and " " not in a.text and _senses_of_a_word(a.text) & x.english.stems:
            continue  # وبضريبة 'and a tax': a word the English renders by its sense, no name left out
        if a.entity is None and " " not in a.text and _unit_in_the_dual(a.text):
            continue  # يوروين و80 سنتاً "€2.80": a currency or unit in the dual, a figure's, no name
        if a.entity is None and " " not in a.text and _tail_of_one_english_word(x, a):
            continue  # كيتشيك داش 'Kichikdash': the name's two Arabic words written as one English word
        if names_a_thing(_sentence_of(x, a), a.start):
            continue  # جوز الهند "coconut": no name left out
        if _office_left_to_reader(x, a) or _speaker_named_before(x, a):
            continue
        if _country_for_capital(x, a) or _capital_by_its_country(x, a) or _qualifies_a_place(x, a):
            continue
        if _province_of_a_named_place(x, a) or _within_a_named_place(x, a):
            continue
        if x.in_whole_sentences is not None and x.in_whole_sentences.ar_found_in_en(a):
            continue
        gloss = a.entity.key if a.entity else _gloss_name(a.text)
        place = _place_put_in_its_place(x, left, a)
        if place is not None:
            left.added.remove(place)
            out.append(
                make_finding(
                    x.pair,
                    "entity",
                    "changed",
                    ar_span=a.text,
                    en_span=place.text,
                    severity="minor",
                    score=0.7,
                    explanation=f"Arabic names '{a.text}' ({gloss}) but the English names the place "
                    f"'{place.text}' there instead, which the Arabic does not mention",
                )
            )
            continue
        kind = a.entity.kind if a.entity else "name"
        out.append(
            make_finding(
                x.pair,
                "entity",
                "dropped",
                ar_span=a.text,
                en_span="",
                severity="minor"
                if a in left.weak
                or (a.entity is not None and a.entity.kind in ("organisation", "event"))
                or _in_a_body_name(x, a)
                else "major",
                score=0.8 if a.entity else 0.6,
                explanation=f"Arabic names the {kind} '{a.text}' ({gloss}); the English does not mention it",
            )
        )
    return out


def _place_put_in_its_place(x: _Sides, left: _Left, a: Mention) -> Mention | None:
    """A gazetteer place the English names where the Arabic gives the name ``a``, which the gazetteer lacks and
    no English word spells, in a sentence rendered as one: a place the Arabic document names in no form, standing
    about where ``a`` stood (a consultancy's name in the Arabic, 'Analysts at local consultancy Tbilisi'). The one
    was put in place of the other; the place alone is no addition the workbench reports, and the name alone would
    be reported as left out."""
    if a.entity is not None or len(x.pair.ar) != 1 or len(x.pair.en) != 1 or a in left.quoted or a in left.listed:
        return None  # (a list's member put in another's place is _list_member_changed's)
    text = x.pair.en[0].text
    document = x.in_arabic_document
    for e in left.added:
        if e.entity is None or e.entity.kind != "place" or not e.is_name:
            continue
        if document is not None and document.en_found_in_ar(e):
            continue  # the Arabic names it elsewhere: put into this sentence, not in the name's place
        if abs(e.start / max(1, len(text)) - left.where.get(a, 0.5)) <= _SWAP_PLACE:
            return e
    return None


def _unit_in_the_dual(word: str) -> bool:
    """An Arabic word that is the dual of a currency or unit a figure counts (يوروين "two euros", كيلومترين)."""
    bare = normalize_ar(strip_diacritics(word))
    return len(bare) > 4 and unit_in_the_dual(bare)


def _sentence_of(x: _Sides, a: Mention) -> str:
    """The text of the Arabic sentence a mention stands in (the first that holds it at its start), or ''."""
    return next((s.text for s in x.pair.ar if s.text[a.start : a.start + len(a.text)] == a.text), "")


def _word_before(x: _Sides, a: Mention) -> str:
    """The Arabic word right before a mention in its sentence, or ''."""
    return next(iter(_sentence_of(x, a)[: a.start].split()[-1:]), "")


def _tail_of_one_english_word(x: _Sides, a: Mention) -> bool:
    """The Arabic name word ends a name whose words the English writes as one (كيتشيك داش 'Kichikdash', بورت
    سعيد 'Portsaid'): an English capitalised word opens with the consonants of the Arabic word before it and
    ends with this one's, and says more than this one alone."""
    tail = _one_letter_digraphs(_consonants(romanize(a.text)))
    before = _word_before(x, a)
    if len(tail) < 2 or not before:
        return False
    head = _one_letter_digraphs(_consonants(romanize(before)))
    for e in re.findall(r"\b[A-Z][a-z]{3,}", x.pair.en_text):
        whole = _one_letter_digraphs(_consonants(e))
        if len(whole) >= len(tail) + 2 and whole.endswith(tail) and head[:1] == whole[:1]:
            return True
    return False


def _adjective_list_dropped(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """A place's adjective left out of a list of such adjectives whose other members the English gives (شركات
    مصرية وتركية وإماراتية → "Egyptian and Turkish companies"): a party of the list is lost, where an adjective
    left out alone is often only the translator's economy (dropped, minor, 0.7)."""
    out = []
    for s, mentions in zip(x.pair.ar, x.ar_mentions, strict=False):
        adjectives = {
            m.start: m for m in mentions if m.entity is not None and m.entity.kind == "place" and not m.is_name
        }
        for _, members in arabic_lists(s.text, mentions):
            listed = [adjectives.get(m.start) for m in members]
            if len(listed) < 2 or any(a is None for a in listed):
                continue  # only a list of adjectives of places, every one of them
            places = [a for a in listed if a is not None]
            if len({a.entity for a in places}) < len(places) or not any(x.ar_found_in_en(a) for a in places):
                continue  # the English gives none of them: the list said in other words ("foreign companies")
            for a in places:
                if a not in left.dropped or a.entity is None or x.ar_found_in_en(a):
                    continue
                left.dropped.remove(a)
                out.append(
                    make_finding(
                        x.pair,
                        "entity",
                        "dropped",
                        ar_span=a.text,
                        en_span="",
                        severity="minor",
                        score=0.7,
                        explanation=f"Arabic lists '{a.text}' ({a.entity.key}) with "
                        + "، ".join(p.text for p in places if p is not a)
                        + "; the English gives the others but leaves it out",
                    )
                )
    return out


# words of a ministry's clause no English word renders, from which the clause, not the ministry, is left out
_CLAUSE_LEFT_OUT = 3


def _ministry_changed(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """A ministry named by a known portfolio (entity_ministries.tsv) that the English does not give: another
    ministry of another known portfolio named in its place (وزارة التشغيل والتكوين المهني → "the Ministry of
    Social Affairs": changed, 0.7), or none, where the English has fewer words for a ministry than the Arabic
    has ministries (بالتعاون مع وزارة البلدية left out beside "the ministry" for الوزارة: dropped, 0.6). Minor:
    a ministry's name is rendered more freely than a person's."""
    en_text = x.pair.en_text if x.in_whole_sentences is None else x.in_whole_sentences.pair.en_text
    ar = [m for s in x.pair.ar for m in arabic_ministries(s.text)]
    if not any(arabic_portfolio(m) for m in ar):
        return []
    unsaid = [m for m in ar if arabic_portfolio(m) and not said_in_english(m, en_text)]
    # the words of the Arabic ministries' own names: 'the Ministry of Energy' for وزارة الزراعة is another
    # portfolio even where طاقة شمسية 'solar energy' stands elsewhere in the sentence
    ar_words = [t.text for m in ar for t in ar_tokens(m.text)]
    others = [
        e
        for s in x.pair.en
        for e in english_ministries(s.text)
        if english_portfolio(e) and not said_in_arabic(e, ar, ar_words)
    ]
    # a ministry the English names in its place is read against the English ministries' names alone: 'the
    # farmers' elsewhere says nothing of وزارة الزراعة when the English names 'the Ministry of Energy'
    named = " ".join(e.text for s in x.pair.en for e in english_ministries(s.text))
    unnamed = [m for m in ar if arabic_portfolio(m) and not said_in_english(m, named)]
    out = []
    for a, e in zip(unnamed, others, strict=False):
        why = f"Arabic names the ministry '{a.text}'; the English names '{e.text}', another portfolio"
        out.append(
            make_finding(
                x.pair,
                "entity",
                "changed",
                ar_span=a.text,
                en_span=e.text,
                severity="minor",
                score=0.7,
                explanation=why,
            )
        )
    missing = len(ar) - english_ministry_count(en_text)
    if others or missing <= 0:
        return out
    for a in unsaid[:missing]:
        text = next(s.text for s in x.pair.ar if s.text[a.start : a.start + len(a.text)] == a.text)
        words = [w for w in clause_words(text, a) if normalize_ar(w) not in _FUNCTION_WORDS]
        if len(words) - said_words(words, en_text) >= _CLAUSE_LEFT_OUT:
            continue  # إذ لم تنشر وزارة العدل أي أرقام: the clause left out with it, an omission's to report
        why = f"Arabic names the ministry '{a.text}'; the English does not mention it"
        out.append(
            make_finding(
                x.pair, "entity", "dropped", ar_span=a.text, en_span="", severity="minor", score=0.6, explanation=why
            )
        )
    return out


# the English word for each office or team role whose holder a place or club qualifies (محافظ governor, حارس
# goalkeeper): the English may give the role alone where its document has named the place already
_ROLE_WORDS = {
    normalize_ar(row[0]): [w for w in row[2].split() if w not in ("the", "of")][-1]
    for row in load("entity_cues_ar.tsv")
    if row[1] in ("office", "team")
}


def _office_left_to_reader(x: _Sides, a: Mention) -> bool:
    """Whether the Arabic names a place or club only as whose office or player someone is (محافظ الإسكندرية
    "the governor of Alexandria", حارس ليفربول "Liverpool's goalkeeper"), the English gives the role alone
    (the governor, the goalkeeper) or the holder's name alone, and another sentence of the English document
    names that place or club: the reader knows whose governor is meant. Never granted without the document."""
    others = x.other_english
    if not others:
        return False
    for s in x.pair.ar:
        if s.text[a.start : a.start + len(a.text)] != a.text:
            continue
        before = s.text[: a.start].split()
        role = _ROLE_WORDS.get(re.sub("^[وفبل]", "", normalize_ar(before[-1]))) if before else None
        if role is None:
            return False
        if not re.search(rf"\b{role}s?\b", x.pair.en_text, re.I) and not _names_holder(x, s.text, a):
            return False
        if a.entity is not None:
            return any(m.entity == a.entity and m.is_name for t in others for m in english_mentions(t))
        return x.other_english_words.spell_sound(a.text)
    return False


def _speaker_named_before(x: _Sides, a: Mention) -> bool:
    """Whether the Arabic name stands in a speaker's phrase (وتابع الشمري أن …، وأشار الثبيتي إلى أن …) and
    another sentence of the English document names that person: the English credits the speaker it introduced
    by a role or a pronoun ('the official added', 'he said'), or leaves the credit out, which is the attribution
    detector's to report. Never granted without the document."""
    from workbench.findings._verbs import speaker_phrase

    if a.entity is not None and a.entity.kind != "person":
        return False
    if not x.other_english:
        return False
    for s in x.pair.ar:
        if s.text[a.start : a.start + len(a.text)] == a.text and speaker_phrase(s.text, a.start) is not None:
            return x.other_english_words.spell_sound(a.text) or x.other_english_words.spell_word(a.text)
    return False


def _names_holder(x: _Sides, text: str, a: Mention) -> bool:
    """Whether the name of the role's holder follows the place or club and the English gives it (حارس ليفربول
    أليسون for "Alisson"): the Arabic's own description of someone the English names."""
    after = _next_word(text, a.start + len(a.text))
    return bool(after) and x.english.spell_sound(after)


def _country_for_capital(x: _Sides, a: Mention) -> bool:
    """Whether the English names, in the capital's stead, the country the Arabic names by no name of its own
    (لندن تدعم "London supports" for "Britain supports"; البريطاني "British" is no name of Britain)."""
    if a.entity is None:
        return False
    named_ar = {m.entity for ms in x.ar_mentions for m in ms if m.is_name}
    # the country's adjective too ("an Iranian delegation" for طهران سترسل وفدا), where the capital stands for
    # its government, not where it is the place something happens in (في طهران، بطهران)
    subject = any(
        m is a and _as_subject(s.text, m.start) for s, ms in zip(x.pair.ar, x.ar_mentions, strict=False) for m in ms
    )
    as_seat = a.entity.key in _CAPITALS and subject
    # the country's name where the Arabic gives its adjective (محكمة في ستوكهولم … الوكالة السويدية "a Stockholm
    # court … Sweden's agency"): the name may render the adjective, and then it takes the place of no capital that
    # is only where something happens
    adjectives = {m.entity for ms in x.ar_mentions for m in ms if not m.is_name}
    return any(
        (m.is_name and (subject or m.entity not in adjectives) or as_seat)
        and _seat_of(a.entity, m.entity)
        and m.entity not in named_ar
        for m in x.en_m
    )


def _as_subject(text: str, start: int) -> bool:
    """Whether a name stands as a clause's subject: right after إن/أن (قال إن طهران سترسل) or opening the
    sentence: a capital there speaks or acts for its government; after a verb or a preposition it is the place
    (غادر الوفد طهران، في طهران)."""
    before = _AR_WORD.findall(text[:start])
    return not before or normalize_ar(strip_diacritics(before[-1])) in _SUBJECT_OPENERS


_SUBJECT_OPENERS = frozenset(("ان", "وان", "بان", "لان", "لكن", "ولكن", "كما", "فيما"))


_BODY_HEADS = _cue_words("body")
_COMPANY_HEADS = _cue_words("company")  # مؤسسة، شركة: a body named for its town (مؤسسة كهرباء زحلة)


def _unclaimed_acronym(x: _Sides) -> bool:
    """Whether the English gives an acronym that names no gazetteer entity (OCHA, EDK)."""
    spans = [(m.start, m.start + len(m.text)) for m in x.en_m]
    return any(
        not any(b <= c.start() < e for b, e in spans) and c.group(0).replace(".", "") not in _NO_ACRONYM
        for s in x.pair.en
        for c in _ACRONYM.finditer(s.text)
    )


def _in_a_body_name(x: _Sides, a: Mention) -> bool:
    """Whether a place the Arabic names stands in a body's name (مؤسسة كهرباء زحلة, two words at most after its
    head word) while the English gives an acronym no gazetteer name accounts for: the body named by its acronym,
    rightly or not, rather than the place left out."""
    if a.entity is None or a.entity.kind != "place" or not _unclaimed_acronym(x):
        return False
    for s in x.pair.ar:
        if s.text[a.start : a.start + len(a.text)] == a.text:
            before = [re.sub("^[وفبل]", "", normalize_ar(w)) for w in s.text[: a.start].split()[-3:]]
            return any(w in _BODY_HEADS or w in _COMPANY_HEADS for w in before)
    return False


def _named_apart(x: _Sides, entity: Entity, a: Mention) -> bool:
    """The Arabic names this entity in the sentence of the mention ``a``, but only before it or more than 40
    characters after its end: another body of the sentence, not the acronym of the longer name ``a`` stands in."""
    for s, mentions in zip(x.pair.ar, x.ar_mentions, strict=False):
        if s.text[a.start : a.start + len(a.text)] != a.text or not any(m is a or m == a for m in mentions):
            continue
        places = [m.start for m in mentions if m.entity == entity]
        return bool(places) and not any(a.start < p <= a.start + len(a.text) + 40 for p in places)
    return False


def _part_of_a_body(x: _Sides, a: Mention) -> bool:
    """Whether an organisation the Arabic names is part of a longer organisation's name, after its head word
    or as "of" it (منظمة الأمم المتحدة للطفولة UNICEF, المفوضية السامية للأمم المتحدة لشؤون اللاجئين UNHCR), where
    the English names another organisation or gives an acronym: that body, named whole, not one left out."""
    if a.entity is None or a.entity.kind != "organisation":
        return False
    forms = [normalize_ar(f) for f in _arabic_forms(a.entity)]
    # an organisation the Arabic names too (UNICEF يونيسف), or one whose Arabic name holds this one's
    # ... but not one the Arabic names apart, before it or well after it (بدعم من منظمة الصحة العالمية واللجنة
    # الدولية للصليب الأحمر: WHO is a body of its own, the ICRC another, left out)
    named = any(
        m.entity is not None
        and m.entity.kind == "organisation"
        and m.entity != a.entity
        and (
            x.en_found_in_ar(m)
            and not _named_apart(x, m.entity, a)
            or any(f in normalize_ar(g) for f in forms for g in _arabic_forms(m.entity))
        )
        for m in x.en_m
    )
    if not named and not _unclaimed_acronym(x):  # ... or an acronym that names no gazetteer entity (OCHA)
        return False
    for s in x.pair.ar:
        if s.text[a.start : a.start + len(a.text)] != a.text:
            continue
        before = s.text[: a.start].split()
        head = re.sub("^[وفبل]", "", normalize_ar(before[-1])) if before else ""
        return head in _BODY_HEADS or normalize_ar(a.text).startswith("لل")
    return False


def _qualifies_a_place(x: _Sides, a: Mention) -> bool:
    """Whether a land's name that is also its adjective (السعودية "Saudi Arabia" and "Saudi", feminine) stands
    right after a place as that place's adjective (مدينة جدة السعودية "the Saudi city of Jeddah", الموصل العراقية):
    it says where the place lies, which an English version leaves to the reader, not another place."""
    if not _land(a.entity) or not re.fullmatch("ال\\S+يه", normalize_ar(a.text)):
        return False
    for s, mentions in zip(x.pair.ar, x.ar_mentions, strict=False):
        if s.text[a.start : a.start + len(a.text)] != a.text:
            continue
        before = re.search(r"(\S+)\s+$", s.text[: a.start])
        if before is None:
            return False
        at = before.start(1)
        if any(m.start + len(m.text) == before.end(1) and m.entity and m.entity.kind == "place" for m in mentions):
            return True
        return any(w.end == before.end(1) for w in arabic_name_words(s.text)) or _after_place_word(s.text, at)
    return False


# entity_cues_ar.tsv's words for a province (محافظة، ولاية، إقليم)
_PROVINCE_WORDS = frozenset(
    normalize_ar(row[0])
    for row in load("entity_cues_ar.tsv")
    if row[1] == "place" and row[2] in ("province", "state", "region")
)


def _province_of_a_named_place(x: _Sides, a: Mention) -> bool:
    """Whether a place stands as the province of another place named just before it (في قضاء زاخو بمحافظة دهوك
    "in Zakho district of Dohuk province") that the English names: it says where that place lies, which an English
    version often leaves to the reader, not a place of its own left out."""
    for s, mentions in zip(x.pair.ar, x.ar_mentions, strict=False):
        if s.text[a.start : a.start + len(a.text)] != a.text:
            continue
        if not _after_place_word(s.text, a.start, _PROVINCE_WORDS):
            return False
        before = s.text[: a.start].split()
        near = s.text[: a.start - len(before[-1]) - 1]
        return any(
            m.is_name
            and m.entity is not None
            and m.entity.kind == "place"
            and m.start + len(m.text) >= len(near) - 12
            and m.start + len(m.text) <= len(near)
            and x.ar_found_in_en(m)
            for m in mentions
        )
    return False


# 'the Lebanese capital', "Lebanon's capital" (the country's name or adjective before 'capital'), 'the capital of
# Lebanon'
_CAPITAL_AFTER = re.compile(r"(?:['’]s)?\s+capital\b")
_CAPITAL_BEFORE = re.compile(r"\bcapital,?\s+of\s+(?:the\s+)?$")


# the words after a region's name that make one of its districts (البقاع الأوسط، البقاع الغربي): a part of it
_PART_OF_A_REGION = frozenset(("الاوسط", "الغربي", "الشرقي", "الشمالي", "الجنوبي", "الاعلي", "الادني"))


def _within_a_named_place(x: _Sides, a: Mention) -> bool:
    """Whether a place the Arabic names as a district of a region, the region's name and a word for which part of it
    (البقاع الأوسط "the central Bekaa"), is told by the region's name the English gives ('the Bekaa'): the wider
    place, no place left out. Not a name that only holds another (جنوب السودان South Sudan, بابوا غينيا الجديدة,
    خليج عدن the Gulf of Aden: other places, not parts of the one named)."""
    words = normalize_ar(a.text).split()
    if a.entity is None or a.entity.kind != "place" or len(words) != 2 or words[1] not in _PART_OF_A_REGION:
        return False
    named = {m.entity for m in x.en_m if m.is_name and m.entity is not None and m.entity != a.entity}
    return any(normalize_ar(f) == words[0] for e in named if e is not None for f in _arabic_forms(e))


def _capital_by_its_country(x: _Sides, a: Mention) -> bool:
    """Whether the English names the capital the Arabic gives by its name as its country's capital (العاصمة
    اللبنانية بيروت → "the Lebanese capital", "the capital of Lebanon"): the seat is named, not left out."""
    if a.entity is None or a.entity.key not in _CAPITALS:
        return False
    for s in x.pair.en:
        for m in english_mentions(s.text):
            if m.entity is None or m.entity.key in _CAPITALS or not _seat_of(a.entity, m.entity):
                continue
            if _CAPITAL_AFTER.match(s.text, m.start + len(m.text)) or _CAPITAL_BEFORE.search(s.text[: m.start]):
                return True
    return False


# 'the country', or 'a country that relies on imports' (a clause saying which): not 'a city west of Baghdad';
# 'provincial officials', 'municipal workers': the place's own body
_PLACE_NOUNS = alternation(row[0] for row in load("entity_place_nouns_en.tsv") if row[2:] != ("adjective",))
_PLACE_ADJECTIVES = alternation(row[0] for row in load("entity_place_nouns_en.tsv") if row[2:] == ("adjective",))
_PLACE_NOUN = re.compile(
    rf"\b(?:(?:the|this|that)\s+(?:{_PLACE_NOUNS})\b(?!\s+of\b)|an?\s+(?:{_PLACE_NOUNS})\s+(?:that|where|which|whose)\b"
    rf"|(?:{_PLACE_ADJECTIVES})\s+(?:council|government|officials?|authorit(?:y|ies)|administration)\b)",
    re.I,
)


# 'the hosts', 'the Blues', 'four green shirts': a sports team named by its role, colours or nickname
_TEAM_NOUN = re.compile(rf"\b(?:{alternation(word_set('entity_team_nouns_en.tsv'))})\b", re.I)
_NATIONAL_NOUN = re.compile(rf"\b(?:{alternation(word_set('entity_team_nouns_en.tsv', 'national'))})\b", re.I)


def _may_be_a_team(m: Mention) -> bool:
    """Whether an Arabic name may be a club's: a town or an organisation the gazetteer knows, or a name it
    does not (برايتون), not a person nor a country (منتخب is a country's team; English says England)."""
    return m.entity is None or m.entity.kind == "organisation" or (m.entity.kind == "place" and not _land(m.entity))


_TEAM_WORDS = _cue_words("team")


def _after_team_word(x: _Sides, m: Mention) -> bool:
    """Whether a word for a club's team, player or fans (فريق، مهاجم) stands right before the name."""
    for s in x.pair.ar:
        if s.text[m.start : m.start + len(m.text)] == m.text:
            before = s.text[: m.start].split()
            word = normalize_ar(before[-1]) if before else ""
            return word in _TEAM_WORDS or re.sub("^[وفبل]", "", word) in _TEAM_WORDS  # فريق, ولاعبي
    return False


def _known_to_reader(x: _Sides, place: Entity) -> bool:
    """'The country' can stand for ``place`` only where the English document names it in another sentence
    (unknown, so granted, for a pair built without its document): 'five were killed in the city' in a report
    that never names Mosul has lost the name."""
    own = {s.id for s in x.pair.en}
    others = [s for s in x.pair.en_document if s.id not in own]
    if not x.pair.en_document:
        return True
    return any(m.entity == place and m.is_name for s in others for m in english_mentions(s.text))


def _surname_misspelt(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """Only when nothing else was found: a person's surname spelt as another name (see _surname_changed)."""
    if found:
        return []
    misspelt = _surname_changed(x.pair)
    return [misspelt] if misspelt is not None else []


def _name_added(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An English name of two words or more that nothing in the Arabic spells (added, minor, 0.6). One
    capitalised word alone may be a word or a spelling the Arabic gives differently; a run ending in an
    English word is more often a thing's name translated (Pacific Ocean)."""
    out = []
    for run in left.runs:
        text = run.text
        if len(text.split()) < 2 or run.last_common:
            continue
        if x.in_arabic_document is not None and not _english_only_in(x.in_arabic_document, text):
            if not _named_more_in_english(x, text, None):
                continue
        out.append(
            make_finding(
                x.pair,
                "entity",
                "added",
                ar_span="",
                en_span=text,
                severity="minor",
                score=0.6,
                explanation=f"The English names '{text}', which nothing in the Arabic spells",
            )
        )
    return out


def _known_added(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """A person or a piece of equipment of the gazetteer that the English names and the Arabic does not
    (added, minor, 0.65), unless the Arabic verb carries that person as its known subject or the Arabic calls a
    person by a role the English does not say (الرئيس for the president's name)."""
    out = []
    for e in left.added:
        if e.entity is None or e.entity.kind not in _ADDABLE:
            continue
        if _implicit_subject(x.pair, e) or (e.entity.kind == "person" and _role_named(x.pair.en_text, x.pair.ar_text)):
            continue
        if x.in_arabic_document is not None and x.in_arabic_document.en_found_in_ar(e):
            if not _named_more_in_english(x, e.text, e.entity):
                continue
        kind = e.entity.kind if e.entity else "name"
        out.append(
            make_finding(
                x.pair,
                "entity",
                "added",
                ar_span="",
                en_span=e.text,
                severity="minor",
                score=0.65,
                explanation=f"The English names the {kind} '{e.text}', which the Arabic does not mention",
            )
        )
    return out


# 'and the' right before a name: the name joins a list as its last member
_AND_BEFORE = re.compile(r"\band\s+the\s+$", re.I)


def _list_member_added(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An organisation of the gazetteer that the English joins with 'and the' to what it names before ('funded by
    the UN Development Programme and the European Union'), and that no form of it in the Arabic document names: a
    list grown by a member (added, minor, 0.6), where a name standing alone may be background the English writer
    spells out. Not a place, which Arabic gives in forms a gazetteer misses too often (روسيا البيضاء Belarus,
    المحيطين الأطلسي والهادئ 'the Atlantic and Pacific oceans'), nor a name with no article ('the Left and
    Congress': India's, حزب المؤتمر, not the American الكونغرس)."""
    named = {f.en_span for f in found if f.type == "entity"}
    document = x.in_arabic_document
    out = []
    for e in x.en_m:
        if e.entity is None or e.entity.kind != "organisation" or not e.is_name or e.text in named:
            continue
        if x.entity_in_ar(e) or (document is not None and document.entity_in_ar(e)):
            continue
        text = next((s.text for s in x.pair.en if e.text in s.text), "")
        at = text.find(e.text)
        if at <= 0 or not _AND_BEFORE.search(text[:at]):
            continue
        why = f"The English adds the organisation '{e.text}' to what it lists; the Arabic does not mention it"
        out.append(
            make_finding(
                x.pair, "entity", "added", ar_span="", en_span=e.text, severity="minor", score=0.6, explanation=why
            )
        )
    return out


def _named_more_in_english(x: _Sides, text: str, entity: Entity | None) -> bool:
    """The English document names it in more sentences than the Arabic document does: the name another Arabic
    sentence gives is rendered there, and here it is put in (a spokesman given the minister's name), not moved."""
    if entity is not None:
        en = sum(any(m.entity == entity for m in english_mentions(s.text)) for s in x.pair.en_document)
        ar = sum(any(m.entity == entity for m in arabic_mentions(s.text)) for s in x.pair.ar_document)
        return en > ar
    en = sum(text in s.text for s in x.pair.en_document)
    if en < 2:
        return False
    ar = 0
    for s in x.pair.ar_document:
        one = _Sides.of(replace(x.pair, ar=(s,), renderings=("",), quote_renderings=()))
        ar += not _english_only_in(one, text)
        if ar >= en:
            return False
    return True


def _english_only_in(x: _Sides, run: str) -> bool:
    """Some word of an English name run still sounds like no Arabic word of ``x`` (a pair read against its
    whole Arabic document)."""
    alone = {n.text for n in x.en_only}
    return any(w in alone for w in run.split())


# how alike (difflib ratio of the letters, article dropped) an English name must be to an Arabic name word to
# stand in its place: Khalid for خليل khalil 0.83, al-Habashi for المحبشي al-mhbshi 0.8
_IN_ITS_PLACE = 0.7


def _respelt_as_another(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An English name that the name dictionary attests for another Arabic name than the one the Arabic gives
    in its place: a name respelt into another person's (Samir Khalid for سمير خليل, whose spellings are
    Khalil, Khaleel: Khalid is خالد). Spelt alike but no attested spelling of the Arabic word and no
    variant of it by its consonants. The Arabic word must be a name where it stands: one the lexicon
    reads only as a name, a family name (ال… ـي) it does not gloss, or a name the dictionary lists next to
    a name the English gives next to the English one (سمير for Samir): a dictionary name alone may be a
    common word (الأحد "Sunday" is also a name) (changed, minor, 0.7)."""
    claimed = {f.ar_span for f in found if f.type == "entity"}
    ar_words = [w for s in x.pair.ar for w in _bare_name_words(s.text)]
    # every Arabic word by its consonants: بيرنارد is the dictionary's برنارد spelt with a long vowel more
    rendered = {_consonants_ar(w) for w in _AR_WORD.findall(x.pair.ar_text)}
    en_words = {_ascii(w) for w in re.findall(r"[A-Za-zÀ-ɏ]+", x.pair.en_text)}
    out = []
    for word, beside in _en_name_words(x):
        core = re.sub(r"^(?:[Aa]l|[Ee]l)-", "", word)
        others = {_consonants_ar(k) for k in dictionary_names(core)}
        if not others or others & rendered:
            continue  # no spelling the dictionary knows, or one of an Arabic name the sentence gives
        for ar, bare, neighbours in ar_words:
            spellings = _attested(ar)
            if ar in claimed or spellings & en_words:
                continue  # reported already, or rendered by some English word
            if not (_reads_as_name(ar) or (spellings and _named_beside(neighbours, beside))):
                continue
            forms = spellings | {romanize(bare).lower()}
            if max(_letters_alike(core, f) for f in forms) < _IN_ITS_PLACE:
                continue
            if any(names_match(core, f, strict=True) for f in forms) or _said_alike(ar, core):
                continue  # one name by another convention (Hamdan, Hamdane) or as its language says it
            out.append(
                make_finding(
                    x.pair,
                    "entity",
                    "changed",
                    ar_span=ar,
                    en_span=word,
                    severity="minor",
                    score=0.7,
                    explanation=f"Arabic '{ar}' ({romanize(ar)}) is spelt '{word}' in the English, "
                    "which is another name",
                )
            )
            claimed.add(ar)
            break
    return out


def _said_alike(ar: str, name: str) -> bool:
    """Whether an Arabic word has the sound of an English name, also with the name's final s silent, as in
    French (لوكا Lucas, دوما Dumas): one name spelt as said, no other name. (Only here, where the two already
    spell alike: a silent-s key of two consonants would match short Arabic words anywhere.)"""
    key = _ar_key(ar)
    return key in _en_keys(name) or (name.endswith("s") and key in _en_keys(name[:-1]))


def _bare_name_words(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The Arabic words of three letters or more of a sentence: each with its form without proclitics and
    article, and the words just before and after it."""
    words = _AR_WORD.findall(text)
    out = []
    for i, w in enumerate(words):
        bare = _without_article(strip_diacritics(w), 3)
        if len(bare) >= 3:
            out.append((w, bare, tuple(words[max(0, i - 1) : i] + words[i + 1 : i + 2])))
    return out


def _en_name_words(x: _Sides) -> list[tuple[str, tuple[str, ...]]]:
    """The English words written as names that name no gazetteer entity, no common capital or title and no
    English word (those a translator spells from an Arabic name), each with the capitalised words just
    before and after it."""
    known = {w for m in x.en_m for w in re.split(r"[\s'’-]+", m.text)}
    out = []
    for s in x.pair.en:
        words = list(re.finditer(r"\b(?:(?:al|Al|el|El)-)?[A-Z][a-z]+\b", s.text))
        for i, m in enumerate(words):
            word = m.group(0)
            core = re.sub(r"^(?:[Aa]l|[Ee]l)-", "", word)
            if core in known or word in _COMMON_CAPITALS or word in _EN_TITLES or core.lower() in _english_vocabulary():
                continue
            beside = [
                n.group(0)
                for n in words[max(0, i - 1) : i + 2]
                if n is not m and not s.text[min(n.end(), m.end()) : max(n.start(), m.start())].strip()
            ]
            out.append((word, tuple(beside)))
    return out


def _consonants_ar(word: str) -> str:
    """An Arabic word without its proclitics, article, long vowels and hamza (بيرنارد and برنارد → برنرد)."""
    return re.sub("[اويءئؤ]", "", _without_article(normalize_ar(strip_diacritics(word)), 2))


def _without_article(word: str, keep: int) -> str:
    """An Arabic word without the first of its proclitics and article (وال، بال، لل، ال، و …) that leaves
    ``keep`` letters or more. Not ``strip_clitics``: its ل and ك would cut the first letter of many names
    (ليلى، كريم)."""
    for c in ("وال", "بال", "لل", "فال", "ال", "و", "ب", "ف"):
        if word.startswith(c) and len(word) - len(c) >= keep:
            return word[len(c) :]
    return word


def _reads_as_name(word: str) -> bool:
    """Whether an Arabic word is a name wherever it stands: the lexicon reads it only as a name, or it is a
    family name with the article (الغانمي) the lexicon does not gloss."""
    if _name_reading(word) is not None:
        return True
    return _unglossed_family_name(normalize_ar(strip_diacritics(word)), word)


def _unglossed_family_name(norm: str, word: str) -> bool:
    """Whether a word (``norm`` its normalised form) is a family name with the article (الغانمي), not a nisba
    adjective the lexicon glosses (الزراعي 'agricultural', الأمني)."""
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) >= 6 and not gloss_stems(word)


def _named_beside(neighbours: tuple[str, ...], beside: tuple[str, ...]) -> bool:
    """Whether an Arabic word next to a name is a name the English gives next to the English name (سمير
    Samir): the two names stand in one person's name on both sides."""
    return any(
        _ascii(e) in _attested(n) or names_match(e, romanize(n), strict=True) for n in neighbours for e in beside
    )


def _letters_alike(a: str, b: str) -> float:
    """How alike two romanised names are, letters only, article dropped (difflib ratio)."""
    return SequenceMatcher(None, _name_key(a), _name_key(b)).ratio()


# an ordinal word or figure opening a capitalised name: the Seventh Military Region, the 3rd Armoured Division
_EN_ORDINAL_NAME = re.compile(r"\b([A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th))((?: [A-Z][a-z]+)+)")


def _ordinal_in_name(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """A name whose ordinal the English gives as another one (the Seventh Military Region for المنطقة العسكرية
    الثالثة "the Third"): the English ordinal opens a capitalised name, no Arabic ordinal says it, and the
    Arabic gives an ordinal no English word says after words the English name translates (changed, minor,
    0.7)."""
    en_ranks = en_ordinals(x.pair.en_text) | {
        float(n) for n in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)\b", x.pair.en_text)
    }
    # each Arabic ordinal no English word says, with the two words before it: the name it numbers
    unsaid = [
        (s.text[: t.start].split()[-2:], t.text, v)
        for s in x.pair.ar
        for t, v in ar_ordinal_tokens(s.text)
        if v not in en_ranks
    ]
    said = {v for s in x.pair.ar for _, v in ar_ordinal_tokens(s.text)}
    out = []
    for m in _EN_ORDINAL_NAME.finditer(x.pair.en_text):
        word = m.group(1)
        value = float(word[:-2]) if word[0].isdigit() else en_ordinal_value(word)
        if value < 2 or value in said:  # 'first' also says 'early', 'top'; أول is left out
            continue
        unit = next((u for u in unsaid if _numbers_the_unit(u[0], m.group(2))), None)
        if unit is None:
            continue
        unsaid.remove(unit)
        ar_span, ar_value = " ".join([*unit[0], unit[1]]), unit[2]
        why = f"Arabic '{ar_span}' is number {int(ar_value)}, but the English names '{m.group(0)}'"
        out.append(_number_in_name_changed(x.pair, ar_span, m.group(0), why))
    return out


def _number_in_name_changed(pair: AlignedPair, ar_span: str, en_span: str, why: str) -> Finding:
    """A name whose number the English gives as another (an ordinal, a ruler's numeral): changed, minor, 0.7."""
    return make_finding(
        pair, "entity", "changed", ar_span=ar_span, en_span=en_span, severity="minor", score=0.7, explanation=why
    )


# a ruler's name and his number in Roman numerals (Mohammed VI, Hassan II, Leo XIV), as English writes a king's or a
# pope's (and a hospital or a street named after him)
_EN_REGNAL = re.compile(r"\b([A-Z][a-z]+)\s+([IVX]{1,5})\b")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    """A Roman numeral's value (VI 6, XIV 14), 0 where it is written as no numeral is (IIII, VX)."""
    total = 0
    for k, letter in enumerate(numeral):
        value = _ROMAN[letter]
        total += -value if k + 1 < len(numeral) and _ROMAN[numeral[k + 1]] > value else value
    return total if _roman(total) == numeral else 0


def _roman(value: int) -> str:
    """A value in Roman numerals (6 VI, 14 XIV), as a ruler's number is written up to 39."""
    out = ""
    for numeral, n in (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)):
        while value >= n:
            out, value = out + numeral, value - n
    return out


def _regnal_number_changed(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """A ruler's number told as another (محمد الخامس "Mohammed V" → 'Mohammed VI'): the English gives a name and a
    Roman numeral, the Arabic that name (spelt alike) with an ordinal of another value right after it, and no
    Arabic ordinal says the English one (changed, minor, 0.7)."""
    said = {v for s in x.pair.ar for _, v in ar_ordinal_tokens(s.text)}
    out = []
    for m in _EN_REGNAL.finditer(x.pair.en_text):
        value = _roman_value(m.group(2))
        if value < 2 or value in said:
            continue
        for s in x.pair.ar:
            for t, v in ar_ordinal_tokens(s.text):
                before = s.text[: t.start].split()
                if not before or v == value or re.search(rf"\b{_roman(int(v))}\b", x.pair.en_text):
                    continue
                name = re.sub("^[وبل]", "", strip_diacritics(before[-1]))
                if not _spells(m.group(1), romanize(name)):
                    continue
                ar_span = s.text[t.start - len(before[-1]) - 1 : t.start + len(t.text)]
                why = f"Arabic '{ar_span}' numbers the name {int(v)} ({_roman(int(v))}), but the English names "
                out.append(_number_in_name_changed(x.pair, ar_span, m.group(0), why + f"'{m.group(0)}' ({value})"))
    return out


def _numbers_the_unit(before: list[str], name: str) -> bool:
    """Whether the Arabic words before an ordinal name what the English name names: a word of the name is
    one of their glosses (الفرقة "division" for the 82nd Airborne Division; المرة "time" is no unit's
    name: للمرة الثانية "for the second time" is no other ordinal of it)."""
    glosses = {g.lower() for w in before for a in _analyses(w) for g in re.findall(r"[A-Za-z]{4,}", a.stem.gloss)}
    return any(w.lower() in glosses for w in name.split())


# the rules in the order they claim mentions; every rule's findings are kept
# institution heads (English word → normalised Arabic forms) and the English words that qualify one
_INSTITUTION_HEADS = {
    row[0]: frozenset(split_forms(row[1])) for row in load("entity_institutions.tsv") if row[-1] == "head"
}
_INSTITUTION_QUALIFIERS = word_set("entity_institutions.tsv", "qualifier")
# each qualifier's comparison keys: its own and those of the Arabic glosses it renders (Teaching: educational)
_QUALIFIER_KEYS = {
    row[0]: frozenset(_stem_key(stem(w)) for w in [row[0], *row[1].split()])
    for row in load("entity_institutions.tsv")
    if row[-1] == "qualifier"
}
_QUALIFIER_STEMS = frozenset(stem(w) for w in _INSTITUTION_QUALIFIERS)


def _institution_requalified(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An institution the English names with a qualifier no Arabic word says ('Aswan General Hospital') where the
    Arabic names it with a qualifier the English does not render (مستشفى أسوان الجامعي 'university'): another
    institution of that kind (changed, minor, 0.6). The Arabic qualifier is an adjective with the article within
    three words after the head noun; the English one a capitalised word of the name (before the head, or after
    'of'). A qualifier the English adds where the Arabic has none ('Ramadi General Hospital' for مستشفى
    الرمادي) is an official name's, and is left alone."""
    pair = x.pair
    ar_glossed = {_stem_key(g) for s in pair.ar for t in ar_tokens(s.text) for g in gloss_stems(t.text)}
    for head, name, added in _english_institutions(pair):
        if _QUALIFIER_KEYS[added.lower()] & ar_glossed:
            continue
        qualifier = _unrendered_qualifier(pair, _INSTITUTION_HEADS[head])
        if qualifier is None:
            continue
        phrase, word, senses = qualifier
        why = (
            f"Arabic calls the {head.lower()} '{phrase}' ({' / '.join(sorted(senses)[:3])}); the English calls it "
            f"'{name}', a '{added}' {head.lower()} no Arabic word names"
        )
        return [
            make_finding(
                pair, "entity", "changed", ar_span=word, en_span=added, severity="minor", score=0.6, explanation=why
            )
        ]
    return []


def _second_institution_dropped(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """The second of two institutions of one kind that the Arabic names together (مستشفى اعزاز الوطني ومستشفى
    الراعي "Azaz National Hospital and al-Rai hospital") where the English names that kind once, in the singular,
    gives the first one's name and no word of the second one's, neither spelt nor by its senses: an institution left
    out of the pair (dropped, minor, 0.6). Not where the two names open with the same word (مستشفى الكندي ومستشفى
    الكندي الجديد "the old and new al-Kindi Hospital")."""
    out: list[Finding] = []
    en = x.pair.en_text
    claimed = [f.ar_span for f in found if f.type == "entity"]
    for head, forms in _INSTITUTION_HEADS.items():
        named = list(re.finditer(rf"\b{head}\b", en, re.I))
        if len(named) != 1 or re.search(rf"\b{head}s\b", en, re.I) or _joined_by_and(en, named[0]):
            continue
        for s in x.pair.ar:
            for first, second, whole in _institution_pairs(s.text, forms):
                opening = Member(first.text.split()[0], first.start, None)  # الجبيل of الجبيل العام
                if not (_member_found(x, first) or _member_found(x, opening)) or _any_word_found(x, second):
                    continue
                if normalize_ar(first.text.split()[0]) == normalize_ar(second.text.split()[0]):
                    continue
                if any(whole in c or c in whole for c in claimed):
                    continue
                out.append(
                    make_finding(
                        x.pair,
                        "entity",
                        "dropped",
                        ar_span=whole,
                        en_span="",
                        severity="minor",
                        score=0.6,
                        explanation=f"Arabic names two institutions of one kind, the second '{whole}'; the English "
                        f"names one {head.lower()} and does not mention the second",
                    )
                )
    return out


def _joined_by_and(en: str, head: re.Match[str]) -> bool:
    """The English joins another thing to the institution it names with 'and', right after its head word or within
    three words before it ('al-Kindi Hospital and Medical City', 'Medical City and al-Kindi Hospital'): the second
    institution given in words the glosses may miss."""
    before = [w.lower() for w in en[: head.start()].split()[-3:]]
    return "and" in before or bool(re.match(r"\s+and\b", en[head.end() :]))


def _any_word_found(x: _Sides, m: Member) -> bool:
    """The English gives a name, or any one word of it, by its spelling or its sense (``_member_found``)."""
    return bool(_member_found(x, m)) or any(
        _member_found(x, Member(w.group(0), m.start + w.start(), None)) for w in _AR_WORD.finditer(m.text)
    )


def _institution_pairs(text: str, forms: frozenset[str]) -> list[tuple[Member, Member, str]]:
    """Two institutions of one kind joined by و (مستشفى الجبيل العام ومستشفى الهيئة الملكية): the names after each
    head noun (up to a punctuation mark, a preposition or a word with و; three words at most), and the second
    institution as written, its head without و."""
    words = list(_AR_WORD.finditer(text))
    heads = [i for i, w in enumerate(words) if normalize_ar(strip_diacritics(w.group(0))).removeprefix("و") in forms]
    out = []
    for a, b in zip(heads, heads[1:], strict=False):
        if not normalize_ar(words[b].group(0)).startswith("و") or b - a > 5:
            continue
        first, second = _name_after(text, words, a, b), _name_after(text, words, b, len(words))
        if first is not None and second is not None:
            start = words[b].start() + (2 if words[b].group(0)[1:2] == "\u064e" else 1)  # و "and", with its fatha
            out.append((first, second, text[start : second.start + len(second.text)]))
    return out


def _name_after(text: str, words: list[re.Match[str]], i: int, stop: int) -> Member | None:
    """The name after the head noun ``words[i]``: the words right after it, one space apart, before ``stop``."""
    end = words[i].end()
    taken = []
    for w in words[i + 1 : min(stop, i + 4)]:
        word = normalize_ar(strip_diacritics(w.group(0)))
        if text[end : w.start()] != " " or word.startswith("و") or word in _PREPOSITIONS:
            break
        taken.append(w)
        end = w.end()
    if not taken:
        return None
    return Member(text[taken[0].start() : end], taken[0].start(), None)


def _institution_renamed(x: _Sides, left: _Left, found: Sequence[Finding]) -> list[Finding]:
    """An institution the English names after a place the gazetteer knows ('Farwaniya Hospital') where the Arabic
    names the institution of that kind after a name word that is no place the gazetteer knows and that the English
    place does not spell (مستشفى العدان 'al-Adan'), and no Arabic word names that place: another institution
    (changed, minor, 0.6)."""
    pair = x.pair
    places = {m.text: m.entity.key for m in x.en_m if m.entity and m.entity.kind == "place" and m.is_name}
    ar_places = {m.entity.key for ms in x.ar_mentions for m in ms if m.entity}
    for head, forms in _INSTITUTION_HEADS.items():
        for s in pair.en:
            for m in re.finditer(rf"((?:[A-Z][a-z]+\s+){{1,3}}){head}\b", s.text):
                # the place the institution is named after stands right before its head, or before its qualifiers
                named_by = [w for w in m.group(1).split() if w.lower() not in _INSTITUTION_QUALIFIERS]
                place = named_by[-1] if named_by and named_by[-1] in places else None
                if place is None or places[place] in ar_places:
                    continue
                named = _institution_name_word(pair, forms)
                if named is None or _spells(place, romanize(_without_article(normalize_ar(named), 3))):
                    continue
                if any(f.type == "entity" and (f.ar_span == named or f.en_span and place in f.en_span) for f in found):
                    continue  # the name is already another finding's (الحسين dropped, for 'Karbala Hospital')
                why = (
                    f"Arabic names the {head.lower()} after '{named}' ({romanize(named)}); the English calls it "
                    f"'{m.group(0).strip()}', after {place}, which the Arabic does not name"
                )
                return [
                    make_finding(
                        pair,
                        "entity",
                        "changed",
                        ar_span=named,
                        en_span=place,
                        severity="minor",
                        score=0.6,
                        explanation=why,
                    )
                ]
    return []


def _institution_name_word(pair: AlignedPair, heads: frozenset[str]) -> str | None:
    """The name word right after an Arabic institution's head noun (مستشفى العدان): a word the lexicon knows only
    as a name, or not at all, that names no place the gazetteer knows; None where there is no such head, or the
    word after it is a common word or a known place."""
    for a in pair.ar:
        toks = ar_tokens(a.text)
        for i, t in enumerate(toks[:-1]):
            if t.norm.removeprefix("و") not in heads and t.bare not in heads:
                continue
            nxt = toks[i + 1]
            if not is_name_word(nxt.text) or arabic_mentions(nxt.text):
                return None
            return nxt.text
    return None


def _english_institutions(pair: AlignedPair) -> list[tuple[str, str, str]]:
    """(head, name, qualifier) of each English institution name with a qualifier word ('Aswan General Hospital',
    'University of …')."""
    out = []
    for head in _INSTITUTION_HEADS:
        pattern = rf"((?:[A-Z][a-z]+\s+){{1,4}}){head}\b|\b{head}\s+of\s+((?:[A-Z][a-z]+\s*){{1,3}})"
        for s in pair.en:
            for m in re.finditer(pattern, s.text):
                words = (m.group(1) or m.group(2) or "").split()
                out += [(head, m.group(0).strip(), w) for w in words if w.lower() in _INSTITUTION_QUALIFIERS]
    return out


def _unrendered_qualifier(pair: AlignedPair, heads: frozenset[str]) -> tuple[str, str, frozenset[str]] | None:
    """(the Arabic name from its head, the qualifier, its glosses) of an institution named with a qualifier (an
    adjective with the article within three words after the head noun, glossed by a qualifier word: الجامعي
    'university', العام 'general') that no English word renders, else None."""
    words = {w.lower() for s in pair.en for w in re.findall(r"[A-Za-z]+", s.text)}
    en_keys = {_stem_key(stem(w)) for w in words} | {
        k for w in words & _INSTITUTION_QUALIFIERS for k in _QUALIFIER_KEYS[w]
    }
    for a in pair.ar:
        toks = ar_tokens(a.text)
        for i, t in enumerate(toks):
            if t.norm.removeprefix("و") not in heads and t.bare not in heads:
                continue
            for k in range(i + 1, min(i + 4, len(toks))):
                senses = gloss_stems(toks[k].text)
                rendered = {_stem_key(g) for g in senses} & en_keys
                if toks[k].norm.startswith("ال") and senses & _QUALIFIER_STEMS and not rendered:
                    return a.text[t.start : toks[k].end], toks[k].text, senses
    return None


_RULES: tuple[Callable[[_Sides, _Left, Sequence[Finding]], list[Finding]], ...] = (
    _kind_swapped,
    _dateline_place_swapped,
    _nationality_swapped,
    _acronym_for_name,
    _blend_word,
    _same_name_respelt,
    _name_in_place,
    _kind_named_swapped,
    _quoted_left_alone,
    _adjective_list_dropped,
    _ministry_changed,
    _institution_requalified,
    _list_member_changed,
    _name_dropped,
    _institution_renamed,
    _second_institution_dropped,
    _surname_misspelt,
    _respelt_as_another,
    _ordinal_in_name,
    _regnal_number_changed,
    _name_added,
    _known_added,
    _list_member_added,
)


@lru_cache(maxsize=4096)
def _dictionary_spellings(word: str) -> tuple[str, ...]:
    """English spellings of an Arabic name from arabic_name_romanizer's CC0 dictionary of Arabic full names
    (never its model guesses, weak on foreign names); () when the package or the name is missing."""
    romanizer = _dictionary_romanizer()
    if romanizer is None:  # optional resource
        return ()
    return tuple(c.text for c in romanizer.transliterate(word, top_k=5) if c.source == "dictionary")


@lru_cache(maxsize=1)
def _dictionary_romanizer() -> Any:
    """The romanizer without its model: only dictionary spellings are kept, so the model's guesses for the
    words it lacks (a beam search each, about 10 ms) would be thrown away."""
    try:
        from arabic_name_romanizer import Transliterator
    except ImportError:
        return None
    return Transliterator(auto_load_model=False)


def _attested(word: str) -> frozenset[str]:
    """The name dictionary's English spellings of an Arabic word, whole or without its proclitics (و، ب …)."""
    bare = strip_diacritics(word).replace("\u0640", "")
    stems = [bare] + [bare[len(c) :] for c in _PROCLITICS if bare.startswith(c) and len(bare) - len(c) >= 3]
    return frozenset().union(*(dictionary_spellings(w) for w in stems))


def _attested_compounds(text: str) -> list[frozenset[str]]:
    """The name dictionary's spellings of two Arabic words in a row that it lists as one name (عبد الله
    Abdullah, نور الدين Noureddine), the first word with or without its proclitics."""
    words = _AR_WORD.findall(text)
    out = []
    for first, second in zip(words, words[1:], strict=False):
        bare = strip_diacritics(first)
        stems = [bare] + [bare[len(c) :] for c in ("و", "ب", "ل", "ف") if bare.startswith(c) and len(bare) > 3]
        out += [dictionary_spellings(f"{w} {strip_diacritics(second)}") for w in stems]
    return out


def _name_key(text: str) -> str:
    low = re.sub(r"^(?:al|el)[- ]?", "", text.lower())
    return re.sub(r"[^a-z]", "", low)


# spelling similarity at which two renderings are one name: al-Hamdani ~ Alhamdani, and al-Huthayfi ~
# al-Hudhaifi (0.75), the same family spelt by another convention (th/dh, ay/ai)
_SAME_NAME = 0.7
_SLOT = 0.4  # below it an English al-name is no rendering of the Arabic one at all


def _surname_changed(pair: AlignedPair) -> Finding | None:
    """An Arabic family name (الغانمي) that the English spells as another name (al-Qameni instead of
    al-Ghanmi): the dictionary's spellings of the Arabic name match no English word, and an English
    'al-' name that renders no Arabic word of the pair is close enough to stand in its slot."""
    # an apostrophe for ع is part of the name (al-Sib'alani), a possessive 's is not
    en_names = [
        re.sub("['’]s$", "", n) for n in re.findall(r"\b(?:al|Al|el|El)-[A-Z][a-z]+(?:['’][a-z]+)*", pair.en_text)
    ]
    if not en_names:
        return None
    surnames = []
    for s in pair.ar:
        for t in ar_tokens(s.text):
            if _unglossed_family_name(t.norm, t.text):
                spellings = _dictionary_spellings(t.text)
                if spellings:
                    surnames.append((t, spellings))
    matched = {e for e in en_names for _, sp in surnames if any(_letters_alike(e, x) >= _SAME_NAME for x in sp)}
    matched |= {e for e in en_names if _renders_arabic_word(e, pair.ar_text)}
    for t, spellings in surnames:
        if any(
            _letters_alike(w, x) >= _SAME_NAME for x in spellings for w in re.findall(r"[A-Za-z'’-]+", pair.en_text)
        ):
            continue  # rendered
        slot = [(max(_letters_alike(e, x) for x in spellings), e) for e in en_names if e not in matched]
        best = max(slot, default=(0.0, ""))
        if best[0] >= _SLOT and not any(best[1] in m.text for m in english_mentions(pair.en_text)):
            return make_finding(
                pair,
                "entity",
                "changed",
                ar_span=t.text,
                en_span=best[1],
                severity="major",
                score=0.7,
                explanation=f"Arabic '{t.text}' ({spellings[0]}) is spelt '{best[1]}' in the English, another name",
            )
    return None


def _renders_arabic_word(name: str, ar_text: str) -> bool:
    """Whether an English al-name spells a word of the Arabic with the article (al-Qaim القائم): it renders
    that word, a place or a family, and stands in no other name's slot."""
    words = [re.sub("^[وفبلك](?=ال)", "", strip_diacritics(w)) for w in _AR_WORD.findall(ar_text)]
    skeleton = _loose(name)  # consonants alike: al-Qaim ~ القائم, not al-Qameni ~ الأمني 'security'
    return len(skeleton) >= 2 and any(_loose(romanize(w)) == skeleton for w in words if w.startswith("ال"))


def _join_first_names(
    text: str, mentions: list[Mention], unknown: list[Mention], found: Callable[[Mention], bool]
) -> tuple[list[Mention], list[Mention]]:
    """A name outside the gazetteer just before a gazetteer name the English leaves out is part of that
    name: a person's first name (بوريس before جونسون), the first word of a club's or a region's name
    (رابيد فيينا Rapid Vienna, باخا كاليفورنيا Baja California): one mention of the whole name, not two
    names left out."""
    named = [m for m in mentions if m.entity is not None and m.entity.kind != "outlet" and m.is_name]
    for g in [m for m in named if not found(m)]:
        first = next((u for u in unknown if u.start + len(u.text) + 1 == g.start and text[g.start - 1] == " "), None)
        if first is not None:
            unknown = [u for u in unknown if u is not first]
            whole = Mention(g.entity, text[first.start : g.start + len(g.text)], first.start, True, g.skeleton)
            mentions = [whole if m is g else m for m in mentions]
    return mentions, unknown


def _weak_name(text: str, mention: Mention) -> bool:
    """Whether nothing but the lexicon or the name model says an Arabic word left out is a name: one word,
    no title before it, no name beside it, and none the name dictionary attests (جاحظ "bulging" reads as
    the writer al-Jahiz, برايتون is a football club the English calls "the green shirts")."""
    if " " in mention.text.strip():
        return False
    before = text[: mention.start].split()
    if before and normalize_ar(before[-1]) in _TITLES:
        return False
    end = mention.start + len(mention.text)
    if any(w.end == mention.start - 1 or w.start == end + 1 for w in arabic_name_words(text)):
        return False
    return not _attested(mention.text)


# words for a news outlet (شبكة، وكالة، صحيفة): after one with ل "to", the outlet a statement was given to
_OUTLET_NOUNS = _cue_words("outlet")


def _told_outlet(text: str, start: int) -> bool:
    """A name right after a word for a news outlet with ل "to" (وأضاف لشبكة رووداو الإعلامية "he told the
    Rudaw network", للوكالة): the outlet credited, which the attribution detector compares."""
    before = text[:start].split()
    word = normalize_ar(strip_diacritics(before[-1])) if before else ""
    return any(word.startswith(c) and word[len(c) :] in _OUTLET_NOUNS for c in ("لل", "ل"))


def _speaker_of(text: str, start: int) -> bool:
    """The mention opens the subject of an Arabic reporting verb (قال المرصد، أعلنت وزارة) or of a verb of
    estimating (وتقدّر المفوضية … بنحو: the estimate's credit, attribution's)."""
    from workbench.findings._verbs import arabic_verbs, estimate_verb

    if any(0 <= start - (v.start + len(v.text)) <= 2 for v in arabic_verbs(text)):
        return True
    before = text[:start].split()
    return bool(before) and estimate_verb(before[-1])


_ADDABLE = frozenset({"person", "equipment"})
_COMMON_CAPITALS = word_set("capitalised_words_en.tsv", "entity_common")


# What comes before a sentence's first word inside a text: a full stop or colon, or an opening
# quotation mark ('..." Pelosi said': a name after a closing mark is no first word).
_AFTER_STOP = re.compile(r"(?:[.!?:]|(?:^|\s)[\"“‘'])\s*$")


@dataclass(frozen=True)
class EnglishName:
    """A capitalised English word that renders no Arabic word of the pair: its sentence and offset there."""

    sentence: int  # index into pair.en
    start: int
    text: str
    vocabulary: bool  # a word the lexicon glosses with (Grace, Hunter): a name only beside another
    common: bool  # that, or an English word inflected or compounded (Awards, Wildlife, Southwest)


# A dateline before a sentence's first word: "SAMARRA – ", "BAGHDAD, March 3 (Reuters) - "
_DATELINE = re.compile(r"^\W*[A-Z][A-Z .'’-]+(?:,[^–—-]{0,40})?\s[–—-]\s*$")


def _first_word(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (after a dateline, a full stop or a quotation mark)."""
    before = text[:start]
    return not before.strip() or bool(_AFTER_STOP.search(before)) or bool(_DATELINE.match(before))


# a name whose first letter or two stand elided before an apostrophe (N'Gaous, M'lila, D'Alema), three letters or
# more after it: no contraction (I'll, We're, He'd)
_ELIDED = re.compile(r"\b([A-Z][a-z]?)['’]([A-Za-z][a-zÀ-ɏ]{2,})")


def _elided_keys(text: str) -> set[str]:
    """The sound keys of the names in the text written with an elided letter and an apostrophe, run together as
    Arabic writes them (N'Gaous نقاوس, M'lila مليلة): the key of the letters before the apostrophe, then each key
    of the name after it."""
    return {a + b for m in _ELIDED.finditer(text) for a in _en_keys(m.group(1)) or {""} for b in _en_keys(m.group(2))}


def _english_only_names(
    pair: AlignedPair, ar_keys: set[str], en_m: list[Mention], *, strict: bool = False
) -> list[EnglishName]:
    """The English's capitalised words (not a gazetteer name or a common capital, and not a sentence's
    first word) that sound like no Arabic word.

    A word counts as accounted for when the lexicon's rendering of the Arabic has it (Senate for مجلس
    الشيوخ), when it is an English word once a clitic is cut (We'll, Kit's), or when some Arabic name
    word spells it (Gallagher غالاغر). English words are kept, marked (``vocabulary``, ``common``): a
    first name that is also a word (Grace) counts only beside a name that is none. ``strict``: two-letter
    sound keys match nothing.
    """
    known = {w for m in en_m for w in re.split(r"[\s'’-]+", m.text)}  # Assad of Ein al-Assad too
    # an Arabic word that names a gazetteer entity the English names too is that entity, no other name's
    # spelling (الأمريكي for "U.S." is not Marquette, whose sound key mrkt extends its mrk)
    ar_texts = _unclaimed_arabic(pair, en_m)
    ar_text = " ".join(ar_texts)
    ar_keys = ar_keys & _clitic_keys(ar_text)
    implied = _implied()
    # the rendering has the lexicon's English and any Latin-script words the Arabic quotes as they are
    rendered = {w.lower() for r in pair.renderings for w in re.findall(r"[A-Za-z]+", r)}
    rendered |= {w.lower() for w in re.findall(r"[A-Za-z]+", pair.ar_text)}
    rendered_names = {w for r in pair.renderings for w in re.findall(r"\b[A-Z][a-z]+", r)}
    ar_names = [n for t in ar_texts for n in arabic_name_words(t)]
    # a one-consonant key (Alloa ألوا → l) is matched whole, and only by a word too long to be a particle (في f)
    long_keys = {_ar_key(w) for w in _AR_WORD.findall(ar_text) if len(normalize_ar(w)) >= 4}
    name_keys = _name_keys(ar_text)
    short_keys = _short_keys(ar_text, name_keys)
    # a short name's key is too short to match by sound (Ali علي → l): the name dictionary spells it
    # (and after و "and": ساراسوتا ولي "Sarasota and Lee")
    short_names = {
        _ascii(sp)
        for w in _AR_WORD.findall(ar_text)
        for stem in {strip_diacritics(w), strip_diacritics(w)[1:] if w.startswith("و") else ""}
        if 2 <= len(stem) <= 3 and stem not in _SHORT_WORDS
        for sp in _dictionary_spellings(stem)
    }
    ar_words = [w for w in _AR_WORD.findall(ar_text) if len(normalize_ar(w)) >= 3]
    attested = frozenset().union(
        *(_attested(w) for w in ar_words), *(c for t in ar_texts for c in _attested_compounds(t))
    )
    romanised = {romanize(w) for w in ar_words if normalize_ar(w) not in _FUNCTION_WORDS} if strict else set()
    out = []
    for k, s in enumerate(pair.en):
        joined = _written_as_one(s.text, ar_keys)
        # 'AL-HASA, Sept 27, 2023 (SPA) –': a dateline's words are rendered freely, as the Arabic's are left alone
        lead = english_dateline_end(s.text)
        for w in _EN_CAP.finditer(s.text, lead):
            word = re.sub(r"['’](?:s|ll|re|ve|d|m)?$", "", w.group(0))
            if word in _COMMON_CAPITALS or word in _EN_TITLES or word in known or word in implied:
                continue  # implied: a word that stands for entities the Arabic names (Brexit, BST)
            # 'Bratislava-based': a name the gazetteer reads with an English word on it ('Saudi-Emirati' is two names)
            if re.fullmatch(r"[A-Z][A-Za-z]+-[a-z]+", word) and word.split("-")[0] in known:
                continue
            if w.start() in joined:
                continue
            first = _first_word(s.text, w.start())
            vocabulary = word.lower() in _english_vocabulary()
            if first and vocabulary:
                continue  # a sentence's first word, capitalised as such
            if len(word) <= 2 or re.fullmatch(r"[A-Z]+s?", word) or _rendered(word, rendered, rendered_names):
                # too short to tell by sound (La, Ri), an acronym (TVs), or a capitalised word the rendering
                # has (Premier League, Sky Blues)
                continue
            parts = [p for p in re.split(r"[-'’]", word) if len(p) >= 3] or [word]
            keys = {key for p in parts for key in _en_keys(p)} | _elided_keys(word)
            if strict:
                keys = {key for key in keys if len(key) >= 3}  # Paola bl is no sound of بيل Bill
            others = {k for o in _EN_CAP.finditer(s.text) if o.group(0) != w.group(0) for k in _en_keys(o.group(0))}
            if keys & long_keys or any(
                ((len(key) >= 2 and _keys_close(key, a)) or _run_into(key, a)) and _may_spell(key, a, name_keys, others)
                for key in keys
                for a in ar_keys
                if len(a) > 2 or a in short_keys
            ):
                continue
            if any(_EnglishWords.of(word).spell(n) for n in ar_names) or _ascii(word) in short_names:
                continue
            if _ascii(word).replace("-", "") in attested or _ascii(parts[-1]) in attested:
                continue  # a spelling the name dictionary attests for an Arabic word of the pair (Khavari خاوري)
            if strict and any(names_match(p, r, strict=True) for p in parts for r in romanised):
                continue  # its spelling skeleton is an Arabic word's, whatever the lexicon reads it as (Daley دالي)
            # after a title (President Whitmore, Judge Wood) a capitalised English word is a name
            title = re.search(r"\b([A-Z][a-z]+)\.? $", s.text[: w.start()])
            titled = title is not None and title.group(1) in _EN_TITLES
            if not titled and _kind_closing_a_name(s.text[: w.start()], word):
                continue
            common = not titled and (vocabulary or _english_word_like(word))
            out.append(EnglishName(k, w.start(), word, vocabulary and not titled, common))
    return _without_calques(pair, out) if out else out


# English words that close a thing's name and say its kind (entity_kind_words_en.tsv: Highway, Bridge, Cathedral)
_KIND_WORDS = word_set("entity_kind_words_en.tsv")


def _kind_closing_a_name(before: str, word: str) -> bool:
    """A word for a kind of thing right after a capitalised word (``before`` ends with it): the kind of thing the name
    before it names ('Coquihalla Highway'), which the Arabic gives as a word (طريق كوكويهالا السريع), no name of its
    own."""
    return word.lower() in _KIND_WORDS and re.search(r"[A-Z][\w'’-]*\s+$", before) is not None


# how many Arabic words in a row may write the syllables of one name (سو جاي وون Seo Jae-won)
_APART = 4


def _keys_apart(text: str) -> frozenset[str]:
    """The sound keys of two to four Arabic words in a row, run together: a name whose syllables Arabic
    writes as words (Korean, Chinese and Vietnamese names: سو جاي وون Seo Jae-won)."""
    keys = [_ar_key(w) for w in _AR_WORD.findall(text)]
    return frozenset(
        "".join(keys[i : i + n]) for n in range(2, _APART + 1) for i in range(len(keys) - n + 1) if all(keys[i : i + n])
    )


def _said_in_words_apart(run: list[EnglishName], apart: frozenset[str]) -> bool:
    """Whether an English-only run (its hyphenated parts apart) sounds like Arabic words in a row run together
    (``_keys_apart``), three consonants at least."""
    parts = [p for n in run for p in re.split(r"[-'’]", n.text) if p]
    if len(parts) < 2 or len(parts) > _APART:
        return False
    joined = {""}
    for p in parts:
        joined = {j + k for j in joined for k in _en_keys(p)}
    return any(len(k) >= 3 and k in apart for k in joined)


@lru_cache(maxsize=1)
def _foreign_senses() -> dict[str, frozenset[str]]:
    """Each word of entity_foreign_words_en.tsv with the stems of its English senses (empty: an article)."""
    return {
        row[0]: frozenset(stem(w) for w in row[1].split("|") if w != "-") for row in load("entity_foreign_words_en.tsv")
    }


# how many first letters a foreign word and an English gloss must share to be one word (Polícia police,
# Judiciária judicial): five, more than an English name shares with a word by chance (Marchetti, march)
_COGNATE = 5


def _only_space(text: str, a: EnglishName, b: EnglishName) -> bool:
    """Whether one space alone stands between two English-only words of a sentence."""
    return text[a.start + len(a.text) : b.start] == " "


def _without_calques(pair: AlignedPair, names: list[EnglishName]) -> list[EnglishName]:
    """The English-only words less those of a name the Arabic translates (Cap Blanc الرأس الأبيض "the white
    cape", Polícia Judiciária الشرطة القضائية): a word whose foreign sense an Arabic word's gloss gives
    (entity_foreign_words_en.tsv) renders it alone; a cognate of a gloss (its first five letters) or an
    article only inside a run of such words, each of them a translated one."""
    senses = frozenset().union(*(gloss_stems(w, verbs=False) for w in _AR_WORD.findall(pair.ar_text)))
    table = _foreign_senses()
    runs: list[list[EnglishName]] = []
    for n in names:
        last = runs[-1][-1] if runs else None
        if last is not None and last.sentence == n.sentence and _only_space(pair.en[n.sentence].text, last, n):
            runs[-1].append(n)
        else:
            runs.append([n])
    apart = _keys_apart(pair.ar_text)
    out = []
    for run in runs:
        if _said_in_words_apart(run, apart):
            continue
        words = [_ascii(n.text) for n in run]
        meant = [bool(table.get(w, frozenset()) & senses) for w in words]
        alike = [
            m or table.get(w) == frozenset() or any(len(os.path.commonprefix([w, g])) >= _COGNATE for g in senses)
            for w, m in zip(words, meant, strict=True)
        ]
        whole = all(alike) and (any(meant) or len(run) > 1) and not all(table.get(w) == frozenset() for w in words)
        out += [n for n, m in zip(run, meant, strict=True) if not (m or whole)]
    return out


def _name_keys(text: str) -> set[str]:
    """The sound keys (with and without proclitics) of the Arabic words that may be names: read only as names
    by the lexicon, or unknown to it (the name dictionary attests common words too: المركز Markaz)."""
    return {
        k
        for w in set(_AR_WORD.findall(text))
        if _name_reading(w) is not None or not _analyses(w)
        for k in _clitic_keys(w)
    }


def _may_spell(key: str, ar_key: str, name_keys: set[str], others: set[str]) -> bool:
    """Whether an English word's sound key that matches an Arabic word's (equal, close or run into it) may be
    that word's spelling: the same key, or a near one of a word that may be a name (مركز "centre" is no
    Marchetti) where no other capitalised word of the sentence has that key itself (طومسون is Thomson's, no
    spelling of Tomas)."""
    return key == ar_key or (ar_key in name_keys and ar_key not in others)


def _short_keys(text: str, name_keys: set[str]) -> set[str]:
    """The sound keys of two consonants or fewer that may spell an English name: a whole word's that is no
    function word (جيف Jeff), also without its article (الحلة Hillah); any of a word that may be a name; and a
    common word's once a proclitic is cut only beside a word that may be a name (لدولي بارتون "Dolly Parton").
    Not a function word's (كان "was" is no Kane, kn) nor a common word's cut elsewhere (وكان فريقه "and his
    team": ريق is no Erik, rk)."""
    words = _AR_WORD.findall(text)
    out = set(name_keys)
    for i, w in enumerate(words):
        if normalize_ar(w) in _FUNCTION_WORDS:
            continue
        out |= {_ar_key(w), _ar_key(re.sub("^[وفب]?(?:ال|لل)", "", w))}
        beside = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
        if any(normalize_ar(b) not in _FUNCTION_WORDS and _clitic_keys(b) & name_keys for b in beside):
            out |= _clitic_keys(w)
    return {k for k in out if len(k) <= 2}


def _written_as_one(text: str, ar_keys: set[str]) -> set[int]:
    """Where the English name words start that, two in a row, sound like one Arabic word: a name the Arabic
    writes as one word (كفرنبودة Kafr Nabuda, بورسعيد Port Said)."""
    words = list(_EN_CAP.finditer(text))
    out: set[int] = set()
    for a, b in zip(words, words[1:], strict=False):
        if text[a.end() : b.start()] != " ":
            continue
        keys = {ka + kb for ka in _en_keys(a.group(0)) for kb in _en_keys(b.group(0))}
        if any(len(key) >= 4 and key in ar_keys for key in keys):
            out |= {a.start(), b.start()}
    return out


def _unclaimed_arabic(pair: AlignedPair, en_m: list[Mention]) -> list[str]:
    """The Arabic sentences with the words that already render an English word blanked: the gazetteer
    mentions of entities the English names (or implies), and loanwords an ordinary English word spells
    (سوبر ماركت for "supermarkets": ماركت is then no spelling of Marquette)."""
    named = {m.entity for m in en_m if m.entity is not None}
    implied = {
        key for word, keys in _implied().items() if re.search(rf"\b{re.escape(word)}", pair.en_text) for key in keys
    }
    plain = _EnglishWords.of(pair.en_text).plain_keys
    out = []
    for s in pair.ar:
        claimed = [m for m in arabic_mentions(s.text) if m.entity in named or (m.entity and m.entity.key in implied)]
        words = [w.group(0) for w in _AR_WORD.finditer(s.text)]
        starts = [w.start() for w in _AR_WORD.finditer(s.text)]
        for i, w in enumerate(words):
            # the word alone or run together with a neighbour (سوبر ماركت supermarket)
            runs = [w] + ([words[i - 1] + w] if i > 0 else []) + ([w + words[i + 1]] if i + 1 < len(words) else [])
            runs += [re.sub("^[وفبلك]?ال", "", r) for r in runs]  # السوبر ماركت "the supermarket"
            if len(normalize_ar(w)) >= 4 and any(len(k := _ar_key(r)) >= 4 and k in plain for r in runs):
                claimed.append(Mention(None, w, starts[i], False, ""))
        out.append(_blank_mentions(s.text, claimed))
    return out


def _ascii(word: str) -> str:
    """Lower case, accents dropped: Gérard → gerard."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


_SWAP_PLACE = 0.25  # how far apart (share of the sentence) a lone name and the name put in its place may stand


@dataclass(frozen=True)
class NameRun:
    """English-only capitalised words in a row: a name the Arabic does not give."""

    text: str
    at: float  # where it starts in its sentence, 0 to 1
    plain: bool  # none of its words is an English word (Grace Adebayo is not plain, Tomas Berglund is)
    last_common: bool  # its last word is an English word (Pacific Ocean, Christmas Day)
    leads: bool  # it is the sentence's first word, or stands next to the reporting verb ("Pelosi said")
    in_list: bool = False  # it follows "and" or a comma, as a member of a list ("Kim and Marquette")
    heads_list: bool = False  # it is followed by "and" or a comma and another name ("Marquette and Kim")


# a post named by its portfolio after a title ('Minister for Transport', 'Minister for Foreign Affairs'): the title
# (entity_titles_en.tsv), 'of' or 'for', and any capitalised words of the portfolio before the run
_PORTFOLIO_BEFORE = re.compile(
    rf"\b(?:{alternation(_EN_TITLES)}|Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)*$"
)


_HEADS = "(?:" + "|".join(sorted(NAME_HEAD_SPELLINGS)) + ")"


def _english_name_runs(pair: AlignedPair, names: list[EnglishName]) -> list[NameRun]:
    """Runs of English-only capitalised words (only spaces between them) with one word at least that is
    no English word, or one word alone, not first in its sentence, that is English only as two words run
    together (Ravensworth), in order. None in a title-case headline, whose capitals say nothing."""
    runs: list[list[EnglishName]] = []
    for n in names:
        text = pair.en[n.sentence].text
        last = runs[-1][-1] if runs else None
        if last and last.sentence == n.sentence and text[last.start + len(last.text) : n.start] == " ":
            runs[-1].append(n)
        else:
            runs.append([n])
    out = []
    for run in runs:
        text = pair.en[run[0].sentence].text
        words = re.findall(r"[A-Za-z]+", text)
        if sum(w[0].isupper() for w in words) > 0.6 * len(words):
            continue
        if _PORTFOLIO_BEFORE.search(text[: run[0].start]):
            # 'Minister for Transport Cathal Brennan': the portfolio's words, English words, name no one
            portfolio = next((k for k, n in enumerate(run) if not n.common), len(run))
            run = run[portfolio:]
            if not run:
                continue
        first = _first_word(text, run[0].start)
        if all(n.common for n in run) and (len(run) > 1 or first or not _compound_name(run[0].text)):
            continue
        span = text[run[0].start : run[-1].start + len(run[-1].text)]
        leads = first or bool(_SAID.match(text[run[0].start + len(span) :]))
        if len(run) > 1 and all(n.common or _dictionary_word(n.text) for n in run) and not _a_person(text, span, leads):
            continue  # the National Electric Grid, the Standard Gauge Railway: a thing's name, translated
        # after the article of an Arabic name too: "al-Laithi, al-Sabri and al-Hawari"; and after the word that opens
        # a town's name, which the Arabic spells ('Mallawi, Deir Mawas and Abu Tig': the run is 'Tig')
        listed = re.search(r"(?:,|\band)\s+(?:the\s+|[Aa]l-|[Ee]l-|(" + _HEADS + r")\s+)?$", text[: run[0].start])
        in_list = listed is not None
        # or its first member, followed by "and" or a comma and another name ("Brannagan and Halkett")
        heads_list = bool(
            re.match(r"(?:,|\s+and)\s+(?:the\s+|[Aa]l-|[Ee]l-)?[A-Z]", text[run[-1].start + len(run[-1].text) :])
        )
        out.append(
            NameRun(
                span,
                run[0].start / len(text),
                not any(n.common for n in run),
                run[-1].common,
                leads,
                in_list,
                heads_list,
            )
        )
    return out


def _spelt_alike(mention: Mention, run: NameRun) -> bool:
    """Whether an Arabic name and an English word of a run share most of their skeleton, or one is the
    start of the other (ليفينغستون and Livi, its short form), or the Arabic name a surname ending the Arabic
    writes apart that ends the English word (جاويش أوغلو Cavusoglu, entity_surname_endings.tsv). Not any
    Arabic skeleton that ends an English one: عمر (mr) ends Palmer, سعد (sd) Rashid."""
    last = mention.text.split()[-1]
    ar = _loose(romanize(last))
    endings = _SURNAME_ENDINGS.get(normalize_ar(last), ())
    for word in run.text.split():
        # 'ph' is f (Philippines فيليبين), or in names from Thai and other Asian languages an aspirated p (Phuket
        # بوكيت), which Arabic writes ب: both readings are tried
        for en in dict.fromkeys((_loose(word), _loose(re.sub("ph", "p", word, flags=re.I)))):
            if min(len(ar), len(en)) >= 2 and (ar.startswith(en) or en.startswith(ar)):
                return True
            if SequenceMatcher(None, ar, en).ratio() >= _SAME_SPELLING:
                return True
        if any(word.lower().endswith(e) and len(word) > len(e) for e in endings):
            return True
    return False


# a surname ending the Arabic writes apart, with its English spellings (أوغلو -oglu: جاويش أوغلو Cavusoglu)
_SURNAME_ENDINGS = {ar: tuple(en.split("|")) for ar, en in load("entity_surname_endings.tsv")}

_SAME_SPELLING = 0.7  # skeleton similarity of one name spelt two ways (dkt ~ dktd); rkn ~ brnt is 0.57


def _lone_swap(mention: Mention, run: NameRun, at: float, leads: bool) -> bool:
    """Whether a lone Arabic name (at ``at`` in its sentence, ``leads`` when it opens it) and an English-only
    name are two names: the English one is no English word and stands about where the Arabic one stood,
    and they are not both the subject, whom a translator may call by another part of the name (قالت نانسي
    for "Pelosi said"). A one-word English name that is no English word but reads as two run together
    (Ravensworth, Blackwood) counts as no English word too where it stands inside its sentence, not first: there
    its capital makes it a name."""
    run_together = " " not in run.text and run.text.lower() not in _english_vocabulary() and not run.leads
    return (run.plain or run_together) and abs(at - run.at) <= _SWAP_PLACE and not (leads and run.leads)


_SAID = re.compile(r"['’]?s?,? (?:said|says|told|added|stated|announced|wrote)\b")


def _rendered(word: str, rendered: set[str], names: set[str]) -> bool:
    """Whether the lexicon's rendering has the word: as it is, a letter apart (Discs disks), or, for a name
    the rendering capitalises, spelt alike (John for جوني, Johnny)."""
    low = word.lower()
    if low in rendered:
        return True
    if len(low) >= 4 and any(len(r) >= 4 and Levenshtein.distance(low, r) <= 1 for r in rendered):
        return True
    return any(names_match(word, n, strict=True) for n in names)


def _english_word_like(word: str) -> bool:
    """An English word inflected (Awards, Robotics), in British spelling (Defence, Labour), derived
    (Directorate, Immigration), or two run together (Wildlife, Stateside, Southwest, Claw-Lock)."""
    vocab, low = _english_vocabulary(), word.lower()
    parts = [p for p in re.split(r"[-'’]", low) if p]
    if len(parts) > 1:
        return all(p in vocab or _english_word_like(p) for p in parts)
    return _inflected(low) or _two_words(low)


def _spellings(low: str) -> set[str]:
    """A lower-case word, its American spelling (defence → defense) and, for a plural, its singular."""
    forms = {low, *(re.sub(a + "$", b, low) for a, b in _BRITISH)}
    out = set(forms)
    for f in forms:
        if f.endswith("s"):
            out.add(f[:-1])
        if f.endswith(("ses", "xes", "ches", "shes")):
            out.add(f[:-2])
        if f.endswith("ies"):
            out.add(f[:-3] + "y")
    return out


def _inflected(low: str) -> bool:
    """Whether a lower-case word is an English word, inflected, in British spelling or derived."""
    vocab = _english_vocabulary()
    forms = _spellings(low)
    stems = set(forms)
    for f in forms:
        stems |= {f[: -len(e)] for e in ("ed", "ing", "ship", "er") if f.endswith(e)}
        if f.endswith("orate"):
            stems.add(f[:-3])  # an office's body: directorate, inspectorate, electorate
    if any(len(st) >= 3 and st in vocab for st in stems):
        return True
    # a noun derived from a verb or adjective the glosses lack (Immigration, Preparedness)
    return len(low) >= 8 and low.endswith(_NOUN_ENDINGS)


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str]:
    """The lower-case words of Webster's Second International (web2, public domain, read from the english-words
    package): English words the lexicon's glosses lack. Its proper nouns are capitalised and left out, and so are
    its words of three letters, mostly rare ones that are names as often (bey, dey)."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"]) if w.islower() and len(w) >= 4)


# a post or role written before a person's name in lower case ('US envoy Mike Waltz', 'striker Grace Kelly')
_EN_POST_BEFORE = re.compile(rf"\b(?:{alternation(word_set('entity_posts_en.tsv'))})\s*$", re.I)


def _a_person(text: str, span: str, leads: bool) -> bool:
    """A run of capitalised words reads as a person's name where it is the speaker (first, or before 'said'), stands
    after a title or a post ('Prime Minister Mark Carney', 'US envoy Mike Waltz') or takes a possessive ('Carney's')."""
    at = text.find(span)
    before = text[:at].rstrip()
    title = re.search(r"([A-Z][a-z]+)\.?$", before)
    return (
        leads
        or (title is not None and title.group(1) in _EN_TITLES)
        or _EN_POST_BEFORE.search(before) is not None
        or text[at + len(span) : at + len(span) + 2] in ("'s", "’s")
    )


def _dictionary_word(word: str) -> bool:
    """A capitalised word the dictionary has in lower case (grid, highway, railway, polio), or its plural, and not
    a place the gazetteers name (Basra; Tyre, whose Arabic name is also a word): in a run of such words, the name of
    a thing the Arabic translates. Alone it may still be a surname (Becker, Costa), which the dictionary holds as
    rare words."""
    low = word.lower()
    if not _spellings(low) & _dictionary_words():
        return False
    homographs = (n.lower() for names in _homograph_places().values() for n in names)
    return not english_mentions(word) and low not in homographs


def _two_words(low: str) -> bool:
    """Whether a lower-case word is two English words run together (wildlife, ravensworth)."""
    vocab = _english_vocabulary()
    return any(low[:i] in vocab and low[i:] in vocab for i in range(4, len(low) - 3))


def _compound_name(word: str) -> bool:
    """A capitalised word that is English only as two words run together, no hyphen (Ravensworth, Oakwood,
    Blackburn): alone in the middle of a sentence, a place's or a family's name as often as a word."""
    low = word.lower()
    return "-" not in low and not _inflected(low) and _two_words(low)


# endings of English abstract nouns; few names of eight letters or more have them (Inverness, Caithness: places
# rare in Arabic news, and taken for a word costs a finding, not a false one)
_NOUN_ENDINGS = ("tion", "sion", "ness", "ment")


# British endings and their American spelling, which the lexicon's glosses use
_BRITISH = (
    ("ence", "ense"),
    ("our", "or"),
    ("ise", "ize"),
    ("isation", "ization"),
    ("tre", "ter"),
    ("ogue", "og"),
    ("amme", "am"),
)


def _run_into(key: str, ar_key: str) -> bool:
    """An English name's sound key inside a longer Arabic word's: the name run together with its
    neighbour (ينزلرينجرز "drop" + Rangers), or a short key inside a word of many run together
    (مايكبومبيوبمجلسالأمن holds Pompeo's bmb)."""
    if len(key) >= 4:
        return len(ar_key) >= len(key) + 3 and key in ar_key
    return len(key) == 3 and len(ar_key) >= len(key) + 6 and key in ar_key


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    """English words the lexicon uses to gloss Arabic words other than proper nouns, and the English number words
    (numbers_en.tsv: 'Fourteen Palestinians were wounded' opens with a word, no name; the glosses give figures)."""
    lex = _lexicon()
    glosses = frozenset(
        w.lower()
        for stems in lex.stems.values()
        for st in stems
        if st.pos != "NOUN_PROP"
        for w in re.findall(r"[A-Za-z]+", st.gloss)
    )
    return glosses | {w for row in load("numbers_en.tsv") for w in row[0].lower().split()}


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


# ---------------------------------------------------------------- names the gazetteer does not know
#
# Every Arabic word is read through the lexicon: a word it knows only as a proper noun (روبنسون
# Robinson, هتلر Hitler) or does not know at all (ستوريدج → sturidij) may be a name. Such a word
# that nothing in the English spells, by gloss or by sound, is a name the English left out.


@dataclass(frozen=True)
class NameWord:
    """An Arabic word that reads as a name: the lexicon knows it only as a proper noun (``known``)
    or not at all."""

    text: str
    start: int
    end: int
    known: bool
    forms: frozenset[str]  # lower-case English spellings: the lexicon's glosses and romanisations
    keys: frozenset[str]  # sound keys of the word, with and without its clitics


def _lexicon() -> Morphology:
    return get_morphology()


def _analyses(word: str) -> list:  # type: ignore[type-arg]
    return analyses(word)


_PROCLITICS = tuple(r[0] for r in load("clitics_ar.tsv") if "name" in " ".join(r[3:]).split())  # order is not used
# glosses the lexicon capitalises that name no one: calendar words, titles, common nouns
_NOT_NAMES = word_set("capitalised_words_en.tsv", "not_name_gloss")
_SHORT_WORDS = word_set("function_words_ar.tsv", "entity_short")
# the months of time_ar.tsv that are no common word: the lexicon lacks the Maghreb's (نونبر November, شتنبر), which
# would otherwise read as names
_MONTHS = frozenset(normalize_ar(r[0]) for r in load("time_ar.tsv") if r[1] == "month" and r[3:4] != ("ambiguous",))


@lru_cache(maxsize=50_000)
def _name_reading(word: str) -> tuple[bool, frozenset[str], frozenset[str]] | None:
    """(known as a proper noun, English forms, sound keys) when ``word`` reads as a name, else None."""
    lex = _lexicon()
    bare = strip_diacritics(word).replace("\u0640", "")
    norm = normalize_ar(bare)
    if len(norm) < 3 or norm in _MONTHS or (norm[:1] in "وبل" and norm[1:] in _MONTHS):
        return None
    found = _analyses(bare)
    gloss = lex.gloss_word(bare)
    capitals = [w.strip(".").lower() for w in gloss.split() if w[:1].isupper() and len(w.strip(".")) > 2]
    if found:
        props = [a for a in found if _proper(a)]
        if not capitals or len(props) < len(found):
            return None
        capitals += [g.strip().lower() for a in props for g in a.stem.gloss.split(";")]
        known = True
    elif capitals:  # the news override list glosses it as a name (ترامب Trump)
        known = True
    elif gloss.lower() in (romanize(bare).lower(), "and " + romanize(bare[1:]).lower()):
        if not _shaped_like_name(word):
            return None
        known = False
    else:
        return None
    if any(c in _NOT_NAMES for c in capitals):
        return None
    stems = [bare] + [bare[len(c) :] for c in _PROCLITICS if bare.startswith(c) and len(bare) - len(c) >= 3]
    forms = frozenset(capitals) | {romanize(w).lower() for w in stems}
    return known, forms, frozenset(_ar_key(w) for w in stems)


# Words that run into their neighbour when a space is lost (ونجحفي، فازعلى، قالتإنه): a split
# leaving one of them on either side is two Arabic words, not a name.
_FUNCTION_WORDS = frozenset(
    normalize_ar(w) for w in _SHORT_WORDS | word_set("function_words_ar.tsv", "entity_function")
)


def _shaped_like_name(word: str) -> bool:
    """An unknown word that could be a transliterated name rather than an Arabic word the lexicon
    lacks or two words run together (ونجحفي، مرةوهو): no article (أليسون's hamza is no article), no
    ة or ى inside, no tanween, no pronoun ending, no dual or plural nisba ending (ـيتين، ـيين), no split
    into a function word and a known word or into a known word and an article word."""
    bare = word.replace("\u0640", "")
    norm = normalize_ar(strip_diacritics(bare))
    if (
        re.match("(?:[وفبك]?ال|لل)", bare)
        or re.search("[ةى].|[\u064b-\u064d]", bare)
        or len(norm) > 11
        or re.search("(ات|ة|ها|هم|هن|كم)$", strip_diacritics(bare))
    ):
        return False
    if len(norm) >= 6 and norm.endswith(("يتين", "يين")):
        return False  # the dual or plural of a nisba adjective (توليديتين "two generating", سوريين "Syrians")
    if _verbal_noun(norm):
        return False  # تغريم "fining", the verbal noun of a verb the lexicon knows (غرّم)
    if len(norm) >= 5 and norm.endswith("ي") and any(a.stem.pos == "NOUN" for a in _analyses(bare[:-1] + "ة")):
        return False  # سيادي "sovereign": the nisba adjective of a noun the lexicon knows (سيادة), no name
    if re.match("[وبفكل]ال", norm) and len(norm) >= 6 and _analyses(norm[3:]):
        return False  # a particle, the article and a word the lexicon knows (بالسيفك "with the sword" + كـ)
    if norm.endswith("ون") and _name_score(bare) < _PLURAL_NAME_SCORE and not _english_surname_ending(bare):
        return False  # a sound masculine plural (صادقون، كفيلون) unless it spells like Clinton, Brighton
    if norm.endswith("ه") and len(norm) >= 5 and (_analyses(norm[:-1]) or not _shaped_like_name(bare[:-1])):
        return False  # a word with the pronoun "his" (يناسبه، لايناسبه)
    for k in range(2, len(norm) - 1):
        head, tail = norm[:k], norm[k:]
        if head in _FUNCTION_WORDS and len(tail) >= 3 + (len(head) == 2) and _analyses(tail):
            return False
        if tail in _FUNCTION_WORDS and len(head) >= 3 + (len(tail) == 2) and _analyses(head):
            return False
        if tail in ("في", "من") and len(head) >= 4:
            return False  # a name run into the preposition after it (غايغرفي)
        if tail.startswith("ال") and len(head) >= 3 and len(tail) >= 5 and _analyses(tail):
            return False
        if tail.startswith("ال") and len(head) >= 5 and len(tail) >= 4 and _analyses(head) and _analyses(tail):
            return False  # two words the lexicon knows run together (تركيزاتالمد "concentrations" + "the tide")
    return True


# the verbal noun of a doubled (second-form) verb, تفعيل, after و/ف/ب/ل: ت, two root letters, ي, the third
_FORM_TWO_NOUN = re.compile("^[وفبل]?ت([^اويءئؤة])([^اويءئؤة])ي([^اويءئؤة])$")


def _verbal_noun(norm: str) -> bool:
    """Whether an unknown word (normalised) is the verbal noun تفعيل of a root the lexicon knows as a verb
    (تغريم "fining" of غرم): the lexicon lists many such nouns not, and no name is built so."""
    m = _FORM_TWO_NOUN.match(norm)
    return m is not None and any(a.stem.pos.startswith("VERB") for a in _analyses("".join(m.groups())))


# Whether an unknown word spells like a name: a naive-Bayes log-odds over letter n-grams, proper-noun
# stems of the lexicon against its other stems, so transliteration patterns (long vowels between
# consonants, -يا -يو -ز -س endings, تش، غ for g) count for a name and Arabic derivation patterns
# (م-، ت-، است-، -ًا) against.
_NGRAM = 3
_NAME_SCORE = 0.35
_PLURAL_NAME_SCORE = 0.45
_LONE_NAME_SCORE = 0.2
_LONE_MIN = 5  # letters: a shorter unknown word alone is too often an Arabic word (تركو "they left") ...
# an unknown word of five letters or more that spells more like a name than a word (هازارد Hazard 0.12) is
# taken for the Arabic name an English-only name may stand in place of: never reported as dropped, only as
# changed (minor), when the English name stands about where it stood
_LONE_SWAP_SCORE = 0.0
_SHORT_LONE_NAME_SCORE = 0.6  # ... unless it spells very much like a name (بوتس Boots, كونس Coons, هيكس Hicks)


def _english_surname_ending(word: str) -> bool:
    """An unknown word ending like an English surname in -son or -ton (أتكينسون، هاملتون), not starting
    like an Arabic participle (مـ then a consonant: منافسون) whose plural ending it would be."""
    norm = normalize_ar(strip_diacritics(word))
    return len(norm) >= 5 and norm.endswith(("سون", "تون")) and not re.match("(?:[وبفل]?ال)?م[^يا]", norm)


def _two_known_words(word: str) -> bool:
    """Whether an unknown word splits into two words the lexicon knows, each of four letters or more
    (كمديرليضيع: كمدير "as a manager" and ليضيع "to lose", their space lost), or is too long for one name."""
    norm = normalize_ar(strip_diacritics(word))
    if len(norm) > 9:
        return True
    return any(_analyses(norm[:k]) and _analyses(norm[k:]) for k in range(4, len(norm) - 3))


def _lone_threshold(word: str, swap: bool = False) -> float:
    """The name score an unknown word standing alone needs: a four-letter word needs much more, as many
    short Arabic words the lexicon lacks score a little above 0 (تركو "they left", نيشن), while in the
    NTREX Arabic every unknown four-letter word scoring 0.6 or more is a name. ``swap``: the word is only
    a candidate for the Arabic name an English-only name stands in place of (``_LONE_SWAP_SCORE``)."""
    n = len(normalize_ar(word))
    if n >= _LONE_MIN:
        return _LONE_SWAP_SCORE if swap else _LONE_NAME_SCORE
    return _SHORT_LONE_NAME_SCORE if n == _LONE_MIN - 1 else math.inf


@lru_cache(maxsize=1)
def _name_model() -> tuple[dict[str, float], float]:
    """(log-odds per n-gram, log-odds of an unseen n-gram) learned from the lexicon's stems."""
    lex = _lexicon()
    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for key, stems in lex.stems.items():
        if len(key) < 3:
            continue
        props = [st.pos == "NOUN_PROP" for st in stems]
        if all(props):
            names.update(_grams(key))
        elif not any(props):
            words.update(_grams(key))
    vocab = len(set(names) | set(words))
    n_names, n_words = sum(names.values()) + 0.5 * vocab, sum(words.values()) + 0.5 * vocab
    odds = {
        g: math.log((names[g] + 0.5) / n_names) - math.log((words[g] + 0.5) / n_words) for g in set(names) | set(words)
    }
    return odds, math.log(n_words / n_names)


def _grams(bw: str) -> list[str]:
    w = f"<{bw}>"
    return [w[i : i + n] for n in range(1, _NGRAM + 1) for i in range(len(w) - n + 1)]


@lru_cache(maxsize=50_000)
def _name_score(bare: str) -> float:
    """Mean n-gram log-odds that an unknown Arabic word is a name (above 0: more name than word)."""
    odds, unseen = _name_model()
    bw = buckwalter(bare)
    if bw.startswith("w") and len(bw) > 4:
        bw = bw[1:]  # و "and"
    grams = _grams(bw)
    return sum(odds.get(g, unseen) for g in grams) / len(grams) if grams else 0.0


@per_text
def arabic_name_words(text: str) -> list[NameWord]:
    """Words of an Arabic sentence that read as names (see ``NameWord``), in order."""
    words = _pieces(text)
    readings = [_name_reading(m.group(0)) for m in words]
    out = []
    for i, (m, reading) in enumerate(zip(words, readings, strict=True)):
        if reading is None and (
            _listed_between_names(words, readings, i)
            or (i > 0 and _after_place_cue(words[i - 1].group(0), m.group(0)))
            or _surname_after_name(text, words, readings, i)
        ):
            reading = _listed_reading(m.group(0))
        if reading is not None and i > 0 and _after_verb_particle(words[i - 1].group(0), m.group(0)):
            reading = None  # لم يُستشاروا "they were not consulted": only a verb follows لم، لن، كي
        if reading is not None:
            out.append(NameWord(m.group(0), m.start(), m.end(), *reading))
    return out


# the particles only a verb follows (function_words_ar.tsv: verb_particle)
_VERB_PARTICLES = word_set("function_words_ar.tsv", "verb_particle")


def _after_verb_particle(before: str, word: str) -> bool:
    """Whether ``word`` stands right after a particle only a verb follows (لم، لن، كي) and opens with a letter of
    the present tense (ي، ت، ن، أ): a verb, however the lexicon reads it."""
    return normalize_ar(strip_diacritics(before)) in _VERB_PARTICLES and strip_diacritics(word)[:1] in "يتنأ"


@dataclass(frozen=True)
class _Piece:
    """A word, or a part of words run together, with the re.Match methods the readers use."""

    text: str
    at: int

    def group(self, _: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.text)


# ة and ى end a word: letters after one belong to the next word, its space lost (ولايةكارولينا)
_RUN_ON = re.compile("(?<=[ةى])(?=[\u0621-\u064a])")


def _pieces(text: str) -> list[_Piece]:
    """The Arabic words of a sentence, words run together after ة or ى split apart."""
    out = []
    for m in _AR_WORD.finditer(text):
        at = m.start()
        for part in _RUN_ON.split(m.group(0)):
            out.append(_Piece(part, at))
            at += len(part)
    return out


def _listed_between_names(words: Sequence[_Piece | re.Match[str]], readings: Sequence[object], i: int) -> bool:
    """Whether word ``i`` is an item of a list of names joined by و, between two of them (بينيلاس
    وماناتي وساراسوتا): the lexicon's reading of it as a word (ماناتي "navels") is then unlikely."""
    if not 0 < i < len(words) - 1 or readings[i - 1] is None or readings[i + 1] is None:
        return False
    return all(w.group(0).startswith("و") and len(w.group(0)) >= 4 for w in words[i : i + 2])


# how like a name (the name model's score) a word unknown to the lexicon right after a name must be to be its surname
_SURNAME_SCORE = 0.3


def _surname_after_name(text: str, words: Sequence[_Piece | re.Match[str]], readings: Sequence[object], i: int) -> bool:
    """Whether word ``i``, which the lexicon does not know at all, follows a name with only a space between (ليزا
    مانالو "Liza Manalo"): the name's surname, though its letters also split into a function word and a word
    (ما + نالو), where it is shaped and spelt like a name."""
    if i == 0 or readings[i - 1] is None or text[words[i - 1].end() : words[i].start()] != " ":
        return False
    bare = strip_diacritics(words[i].group(0)).replace("\u0640", "")
    norm = normalize_ar(bare)
    if len(norm) < 4 or norm in _FUNCTION_WORDS or _analyses(bare) or re.match("(?:[وفبك]?ال|لل)", bare):
        return False
    return not re.search("[ةى].|[\u064b-\u064d]|(ات|ة|ها|هم|هن|كم)$", bare) and _name_score(bare) >= _SURNAME_SCORE


def _after_place_cue(before: str, word: str) -> bool:
    """Whether a word the lexicon reads as a common one (ليدني "to near") is a place's name: it follows a
    word for a kind of place (بمدينة، ولاية) and is shaped and spelt like a name, not an adjective of that
    place (ة، the article) or a word the name model rates a word."""
    bare = normalize_ar(strip_diacritics(word))
    if not _place_cue(before) or len(bare) < 3 or bare in _FUNCTION_WORDS or particle(strip_diacritics(word)):
        return False  # قرية في "a village in", منطقة عبر "an area via"
    if bare in AR_UNIT_WORDS:  # durations.tsv: عام، عامين، أشهر
        return False  # قضاء عامين "serving two years": قضاء is also a district, عامين a length of time
    readings = _analyses(strip_diacritics(word))
    if len(bare) >= 4 and any(a.stem.pos.endswith("ADJ") and not a.suffix_pos for a in readings):
        # نهر جليدي "a glacial river", منطقة كوارث: an adjective of the place (or a word read so); not a short
        # word that opens a name (بني "brown", the Beni of ميناء بني انصار)
        return False
    if readings and all(a.stem.pos.startswith("VERB_PERFECT") and "PVSUFF_SUBJ" in a.suffix_pos for a in readings):
        return False  # نهر فاضت مياهه "a river whose waters overflowed": a verb with its subject's ending
    return _shaped_like_name(word) and _name_score(strip_diacritics(word)) >= 0


# a road named by the towns at its ends, joined by a dash (طريق السماوة – السلمان، الطريق الدولي حلب - اللاذقية)
_ROAD_ENDS = re.compile(
    r"(?<![\u0621-\u064a])[وبل]?(?:ال)?طريق(?:\s+(?:ال)?دولي)?\s+([^\s،,.؛:\"«»]+)\s*[-–]\s*([^\s،,.؛:\"«»]+)"
)


def _road_end_words(text: str) -> list[tuple[str, int]]:
    """The towns a road is named by (see ``_ROAD_ENDS``), without the punctuation after them: (word, start)."""
    return [(m.group(k), m.start(k)) for m in _ROAD_ENDS.finditer(text) for k in (1, 2)]


def _road_ends(text: str, english: _EnglishWords) -> list[tuple[str, int]]:
    """The towns a road is named by (طريق السماوة – السلمان "the Samawa–Salman road"): places by where they stand,
    whatever the lexicon reads them as (السلمان also 'Salman', الأرز 'the rice'), where the English neither spells
    them nor gives a sense of theirs. (word, start)."""
    out = []
    for word, at in _road_end_words(text):
        if len(normalize_ar(word)) < 3 or gloss_stems(word) & english.stems:
            continue
        if english.spell_word(word) or english.spell_sound(word):
            continue
        out.append((word, at))
    return out


def _place_cue(word: str) -> bool:
    """Whether a word, with its proclitics (بمدينة، وولاية), is a word for a kind of place."""
    norm = normalize_ar(strip_diacritics(word))
    return any(norm[len(c) :] in _PLACE_WORDS for c in ("", "و", "ب", "ل", "ف", "وب", "في") if norm.startswith(c))


_COMPASS_SENSES = frozenset(("north", "south", "east", "west", "centr", "center", "middl"))


@lru_cache(maxsize=4096)
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


# an Arabic word ending with a possessive pronoun (بأكملها "all of it", بكاملهم)
_PRONOUN_END = re.compile("(?:ه|ها|هم|هما|هن|كم|نا)$")


def _cued_names(text: str, english: _EnglishWords) -> list[tuple[str, int]]:
    """Words right after a word for a kind of place (ميناء، مدينة) that read as names there though the lexicon
    has them as common nouns not ending in ة (ميناء صحار "deserts") or does not know them and they end in ة
    (ميناء صلالة):
    no article, no adjective or verb reading (ميناء تجاري "a commercial port"), no sense the English gives
    (ميناء صيد "a fishing port"). (word, start)."""
    words = _pieces(text)
    out = []
    for before, m in zip(words, words[1:], strict=False):
        word = strip_diacritics(m.group(0))
        bare = normalize_ar(word)
        if not _place_cue(before.group(0)) or len(bare) < 3 or bare.startswith("ال") or bare in _FUNCTION_WORDS:
            continue
        if particle(word):
            continue
        readings = _analyses(word)
        # a word read only as a verb after the particle ل (لودر as ل + ودّر "would have endangered") after a word for
        # a town is the town's name (مدينة لودر Lawdar): no such verb stands there; not a preposition with a noun
        # (بالكامل "entirely", لتصدير "for exporting"), nor و with a verb (وخش, a name that opens with و), nor a word a
        # pronoun ends (مدينة بأكملها "a whole city")
        proclitic_only = (
            bool(readings)
            and all(a.prefix_pos.startswith("la/") and a.stem.pos.startswith("VERB") for a in readings)
            and not _PRONOUN_END.search(bare)
        )
        if not proclitic_only and bool(readings) == bare.endswith("ه"):
            # an unknown word not ending in ة is the name model's to judge (_after_place_cue); a known one ending
            # in it is a feminine noun (مناطق سيطرة "areas of control"), not a name
            continue
        if not proclitic_only and any(not a.stem.pos.startswith("NOUN") or "/ADJ" in a.stem.pos for a in readings):
            continue
        if gloss_stems(word) & (english.stems | _COMPASS_SENSES):
            continue  # ميناء صيد "a fishing port": the English gives its sense; منطقة شمال "the region's north"
        if not proclitic_only and (
            any(p.entity is not None and p.is_name for p in arabic_mentions(text[m.end() : m.end() + 30]))
            or any(0 < w.start - m.end() <= 2 for w in arabic_name_words(text))
        ):
            continue  # بمنطقة شمال غرب فلوريدا، منطقة جزاء برايتون: a word of the place's own phrase, the name after it
        name = NameWord(m.group(0), m.start(), m.end(), *_listed_reading(m.group(0)))
        if english.spell(name) or english.spell_sound(m.group(0)) or english.spell_joined(m.group(0)):
            continue  # the English spells it (وداي Ouaddaï): a name, given
        out.append((m.group(0), m.start()))
    return out


def _listed_reading(word: str) -> tuple[bool, frozenset[str], frozenset[str]]:
    """A name reading of a word its place shows to be a name: its romanisation, with and without و "and",
    and the names the lexicon glosses it by among its common readings (وهران Oran, also "they tore")."""
    bare = strip_diacritics(word).replace("\u0640", "")
    stems = [bare, bare[1:]]
    glossed = {
        g.lower()
        for a in _analyses(bare)
        if _proper(a)
        for g in re.findall(r"[A-Z][a-z]+", re.sub(r"\([^)]*\)", "", a.stem.gloss))
    }
    forms = frozenset(romanize(w).lower() for w in stems) | glossed
    return False, forms, frozenset(_ar_key(w) for w in stems)


@dataclass(frozen=True)
class _EnglishWords:
    """Every word of the English side, lower-cased, with its skeletons and sound keys.

    Names are written with a capital in English, so only a word written as a name (``names``) may
    match an Arabic name loosely (a letter apart, one key the extension of the other); any other word
    must share its key or skeleton exactly, as a loanword does (فيديو video). A loose match against
    every word lets "couture" stand for ليكتير (Lecter) and "its" for بوتس (Boots).
    """

    words: frozenset[str]
    skeletons: frozenset[str]
    keys: frozenset[str]
    plain_skeletons: frozenset[str] = frozenset()
    plain_keys: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # the words written as names, lower case, accents dropped
    sounded: frozenset[str] = frozenset()  # every word (and its singular) as Arabic letters would spell it

    @property
    def stems(self) -> frozenset[str]:
        """The stems of the words (fishing → fish), as the lexicon's glosses are compared."""
        return _stems(self.words)

    @classmethod
    def of(cls, text: str, latin: frozenset[str] = frozenset()) -> _EnglishWords:
        """The words of ``text``, with the singular of a plural (Incas الإنكا, tsunamis تسونامي); those in
        ``latin`` (written in Latin script in the Arabic too) count as no names."""
        written = frozenset(w.lower() for w in re.findall(r"[A-Za-zÀ-ɏ]+", text))
        words = written | {w[:-1] for w in written if len(w) > 4 and w.endswith("s") and not w.endswith("ss")}
        names = _name_words(text) - latin
        plain = words - names - {w[:-1] for w in names}
        spelt = names | _joined_names(text, names)
        return cls(
            words,
            frozenset(_word_skeletons(spelt)),
            frozenset(k for w in spelt for k in _en_keys(w)) | _elided_keys(text),
            frozenset(s for s in _word_skeletons(plain) if len(s) >= 3),
            frozenset(k for w in plain for k in _en_keys(w) if len(k) >= 3),
            frozenset(_ascii(w) for w in names),
            frozenset(_sounded(w) for w in words if len(w) >= 4),
        )

    def spell(self, name: NameWord) -> bool:
        """Whether some English word is this name: its gloss, or close in skeleton or sound."""
        if name.forms & self.words or _attested(name.text) & self.names:
            return True  # the lexicon's gloss, or a spelling the name dictionary attests (Khavari خاوري)
        if any(_keys_close(k, e) for k in name.keys for e in self.keys) or _ar_key(name.text) in self.plain_keys:
            return True
        if any(_sounded_alike(_sounded(f), e) for f in name.forms for e in self.sounded):
            return True  # a word borrowed as it sounds, too short for its consonants alone (ويكيت wicket, نايرا naira)
        whole = romanize(name.text).lower()  # a plain word must match the word whole, clitics and all
        for form in name.forms:
            for k in (_loose(form), _loose(form, strip_article=False)):
                if len(k) >= 3 and (
                    (form == whole and k in self.plain_skeletons) or any(_close(k, s) for s in self.skeletons)
                ):
                    return True
        return False

    def spell_word(self, word: str) -> bool:
        """Some English word spells the Arabic word whole, or without a dual or plural ending (كيلومترين
        'kilometres', الليثيوم 'lithium'): a word borrowed as it sounds."""
        bare = strip_diacritics(word)
        forms = [bare] + [bare[: -len(e)] for e in ("ين", "ان", "ات") if bare.endswith(e) and len(bare) - len(e) >= 4]
        return any(self.spell(NameWord(f, 0, len(f), *_listed_reading(f))) for f in forms)

    def as_names(self) -> _EnglishWords:
        """The same English with only its words written as names: what a name, not a loanword, matches."""
        return replace(
            self,
            words=self.names,
            plain_skeletons=frozenset(),
            plain_keys=frozenset(),
            sounded=frozenset(_sounded(w) for w in self.names if len(w) >= 4),
        )

    def spell_any(self, word: str) -> bool:
        """Whether some English word is this Arabic word by its gloss or its sound (ماي May, سانفورد Sanford):
        a capitalised gloss, a common one the English writes as a name (فيلا villa, Aston Villa) or a sound."""
        lex = _lexicon()
        gloss = lex.gloss_word(word) if lex and word else ""
        proper = {w.lower() for w in re.findall(r"[A-Z][a-z]+", gloss)}
        common = {w for w in re.findall(r"[a-z]{4,}", gloss)}
        return bool(proper & self.words or common & self.names) or self.spell_sound(word)

    def spell_joined(self, word: str) -> bool:
        """Whether the word is a name some English name word sounds like, run together with an Arabic
        word before or after it (يعرفكيت "knows" + Kit, بروكلينقبل Brookline + "before")."""
        norm = normalize_ar(strip_diacritics(word).replace("\u0640", ""))
        for k in range(2, len(norm) - 1):
            for name, other in ((norm[:k], norm[k:]), (norm[k:], norm[:k])):
                if len(other) >= 3 and len(name) >= 3 and _analyses(other):
                    key = _ar_key(name)
                    if key and any(_keys_close(key, e) for e in self.keys):
                        return True
        return False

    def spell_sound(self, words: str | list[str]) -> bool:
        """Whether some English word sounds like one of these Arabic words (whole, no clitics stripped)."""
        keys = [_ar_key(w) for w in ([words] if isinstance(words, str) else words) if w]
        return any(len(k) >= 3 and (_keys_close(k, e) or k in self.plain_keys) for k in keys for e in self.keys)


# Latin spellings of one sound folded to one letter, as an Arabic romanisation writes them (wicket and
# wikit both uikit, naira and nayra both naira)
_SOUNDED = (("ck", "k"), ("ph", "f"), ("c", "k"), ("q", "k"), ("v", "f"), ("p", "b"), ("x", "ks"), ("z", "s"),
            ("e", "i"), ("y", "i"), ("o", "u"), ("w", "u"))  # fmt: skip


@lru_cache(maxsize=50_000)
def _sounded(word: str) -> str:
    """A word, Latin or romanised Arabic, with its article dropped and its spellings of one sound folded."""
    w = re.sub(r"^(?:al|el)-", "", _ascii(word))
    for spelling, sound in _SOUNDED:
        w = w.replace(spelling, sound)
    return re.sub(r"(.)\1+", r"\1", re.sub("[^a-z]", "", w))


def _sounded_alike(a: str, b: str) -> bool:
    """Two folded spellings (``_sounded``) of four letters or more, equal or, from five letters, one letter apart
    after a first sound they share (two vowels count as one: a name keeps its first consonant, so ديفيس 'difis'
    is not 'lives')."""
    if min(len(a), len(b)) < 4:
        return False
    same_start = a[0] == b[0] or (a[0] in "aeiou" and b[0] in "aeiou")
    return a == b or (min(len(a), len(b)) >= 5 and same_start and Levenshtein.distance(a, b) <= 1)


def _joined_names(text: str, names: frozenset[str]) -> frozenset[str]:
    """Two name words in a row (one space between them) run together, lower case: the one word Arabic may
    write them as (Kafr Nabl كفرنبل, Albu Aitha البوعيثة)."""
    pairs = re.findall(r"(?=\b([A-Za-zÀ-ɏ]+) ([A-Za-zÀ-ɏ]+)\b)", text)
    return frozenset((a + b).lower() for a, b in pairs if a.lower() in names and b.lower() in names)


def _word_skeletons(words: frozenset[str]) -> set[str]:
    return {s for w in words for s in (_loose(w), _loose(w, strip_article=False)) if len(s) >= 2}


def _name_words(text: str) -> frozenset[str]:
    """The words of an English sentence written as names, lower-cased: capitalised, except a common word
    in a title-case headline and a common capital (The, He, May) first in a sentence. A common word first
    in a sentence stays a name (Kit, Hunter): it may be one."""
    words = re.findall(r"[A-Za-zÀ-ɏ]+", text)
    headline = sum(w[0].isupper() for w in words) > 0.6 * len(words) if words else False
    out = set()
    for m in re.finditer(rf"\b[a-z](?=[A-Z])[A-Za-zÀ-ɏ]*|[{_LATIN_CAPITALS}][A-Za-zÀ-ɏ]*", text):
        word = m.group(0)
        first = not text[: m.start()].strip() or _AFTER_STOP.search(text[: m.start()])
        if (headline and word.lower() in _english_vocabulary()) or (first and word in _COMMON_CAPITALS):
            continue
        out.add(word.lower())
    return frozenset(out)


# English words that credit a statement to no one by name: a name missing beside them is the
# attribution detector's finding (a named speaker generalised), not a dropped entity.
_GENERIC_SOURCE = re.compile(
    r"\b(?:(?:an?|one) (?:\w+ )?(?:official|source|spokesm[ae]n|spokeswoman|expert|analyst)"
    # one unnamed holder of a seat or rank: "a member of the provincial council", "a local lawmaker"
    r"|(?:an?|one) (?:\w+ )?(?:member of|lawmaker|MP|officer|commander)\b"
    r"|officials|sources|experts"
    # a group that speaks, not one named person (mediators revealed, witnesses said)
    r"|(?:analysts|mediators|observers|witnesses|activists|residents|diplomats) "
    r"(?:said|say|says|told|revealed|reported|stated|warned))\b",
    re.I,
)
_GENERIC_SPEAKER = re.compile(
    r"\b(?:an?|one) (?:official|source|spokesm[ae]n|spokeswoman) (?:said|says|told)\b"
    r"|\b(?:said|says|told) (?:an?|one) (?:official|source)\b"
    r"|\b(?:officials|sources|commanders|experts) (?:said|say|says|told|revealed|disclosed|reported|stated)\b",
    re.I,
)
# A person the English calls by a role only: a translator naming the role, not an omitted name.
# The Arabic for each role (any clitics before it): an English "the president" where the Arabic says
# الرئيس too translates the role, and stands in for no name.
_ROLE_AR = {role: pattern for role, pattern in load("entity_roles.tsv")}
_ROLE = re.compile(rf"\bthe ({'|'.join(map(re.escape, _ROLE_AR))})\b", re.I)


def _named_by_role(en: str, ar: str) -> bool:
    """Whether the English calls someone by a role (``_ROLE``) that the Arabic does not name: the role
    then likely stands where the Arabic gives the person's name."""
    ar = normalize_ar(ar)
    return any(not re.search(_whole_word(_ROLE_AR[m.group(1).lower()]), ar) for m in _ROLE.finditer(en))


def _role_named(en: str, ar: str) -> bool:
    """Whether the Arabic calls someone by a role (``_ROLE_AR``: الرئيس) the English does not say: the English
    then likely names the person who holds it (قال الرئيس "Trump said")."""
    ar = normalize_ar(ar)
    return any(
        re.search(_whole_word(pattern), ar) and not re.search(rf"\b{re.escape(role)}\b", en, re.I)
        for role, pattern in _ROLE_AR.items()
    )


def _whole_word(pattern: str) -> str:
    """An Arabic pattern as a whole word, clitics (و ف ب ل ك, the article) allowed before it: رئيس in
    الرئيس، ورئيس but not in الرئيسية "main"; ملك but not يملك "owns"."""
    return rf"(?<![\u0621-\u064a])[وفبلك]?(?:ال|لل)?{normalize_ar(pattern)}(?![\u0621-\u064a])"


def _name_runs(words: list[NameWord], text: str) -> list[list[NameWord]]:
    """Consecutive name words (only spaces, or a hyphen or dash with no space, between them) grouped: a first name and
    a surname, and a double surname (أدييمي-بيلو)."""
    runs: list[list[NameWord]] = []
    for w in words:
        between = text[runs[-1][-1].end : w.start] if runs else ""
        if runs and (not between.strip() or between in ("-", "–", "‐")) and not _starts_with_and(w):
            runs[-1].append(w)
        else:
            runs.append([w])
    return runs


def _dropped_names(
    text: str, covered: list[tuple[int, int]], english: _EnglishWords, *, renamed: bool = False, lone: bool = False
) -> list[tuple[str, int]]:
    """Names outside the gazetteer that an Arabic sentence gives and no English word spells: (span, start).

    ``renamed``: the English gives a name that nothing in the Arabic sounds like, so a lone Arabic name
    is likely the same person named another way (نانسي for Pelosi), not one left out. ``lone``: one unknown
    word of five letters or more alone counts when it spells more like a name than a word at all (see
    ``_LONE_SWAP_SCORE``).
    """
    # a word overlapping a gazetteer name is that name (وترامب holds ترامب), whichever starts first
    words = [w for w in arabic_name_words(text) if not any(w.start < e and s < w.end for s, e in covered)]
    runs = [
        (
            run,
            [
                english.spell(w) or english.spell_sound(_neighbours(text, w)) or english.spell_joined(w.text)
                for w in run
            ],
        )
        for run in _name_runs(words, text)
    ]
    # a name whose words the English spells only as common words (ليودز فارمسي, "pharmacy") kept its common
    # part, not the name: the words before it are left out, not a fuller form of a name the English gives
    names = english.as_names()
    before_common: list[list[NameWord]] = []
    for k, (run, spelled) in enumerate(runs):
        if any(spelled) and not any(s and names.spell(w) for w, s in zip(run, spelled, strict=True)):
            runs[k] = run[: spelled.index(True)], [False] * spelled.index(True)  # the words before the first spelt
            before_common.append(runs[k][0])
    runs = [(run, spelled) for run, spelled in runs if run]
    # a name given in full once and matched there may come back as a first name alone (مايكل), also
    # when the English gave only the surname there (مايكل سانفورد ... مايكل for Sanford ... Sanford)
    seen = {
        normalize_ar(w.text)
        for run, spelled in runs
        if any(spelled)
        for w in run[: max(i for i, s in enumerate(spelled) if s) + 1]
    }
    out = []
    for run, spelled in runs:
        if all(normalize_ar(w.text) in seen for w in run):
            continue
        if any(spelled):
            # a surname left out after a first name the English kept; a first name the Arabic
            # adds before a surname the English gives is the usual fuller form, not an omission
            run = run[max(i for i, s in enumerate(spelled) if s) + 1 :]
            weak = not run[0].known and _name_score(run[0].text) < _NAME_SCORE if run else False
            if len(run) == 1 and weak and not _attested(run[0].text):
                continue  # an unknown word after a name is a surname only if it spells like one (or is attested)
        elif (
            run not in before_common
            and not (after := _next_word(text, run[-1].end)).startswith("و")
            and english.spell_any(after)
        ):
            continue  # a first name before a surname the lexicon reads as a word (مايكل سانفورد)
        elif (
            not any(w.known for w in run)
            and len(run) == 1
            and not _after_title(text, run[0])
            and _name_score(run[0].text) < _lone_threshold(run[0].text, lone)
            and not _attested(run[0].text)
            and not _english_surname_ending(run[0].text)
        ):
            continue  # one unknown word alone may be an Arabic word the lexicon lacks, unless it spells like a name
        if run and len(run) == 1 and renamed:
            continue  # one name alone while the English gives a name the Arabic lacks: likely the same person
        if run:
            out.append((text[run[0].start : run[-1].end], run[0].start))
    return out


def _starts_with_and(word: NameWord) -> bool:
    """وفرانشيسكو 'and Francesco': a new name, not the surname of the one before."""
    return word.text.startswith("و") and any(not f.startswith("w") for f in word.forms)


def _neighbours(text: str, word: NameWord) -> list[str]:
    """The word run together with the word before and after it: one name written as two Arabic words
    (بيونغ يانج Pyongyang)."""
    before = re.search(r"([\u0621-\u064a\u064b-\u065f\u0670]+)\s+$", text[: word.start])
    after = _next_word(text, word.end)
    return [w + word.text for w in (before.group(1) if before else "",) if w] + ([word.text + after] if after else [])


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s+([\u0621-\u064a\u064b-\u065f\u0670]+)", text[end:])
    return m.group(1) if m else ""


def _gloss_name(span: str) -> str:
    """English for an Arabic name: the lexicon's proper-noun gloss of each word, else its romanisation."""
    out = []
    for word in span.split():
        reading = _name_reading(word)
        lex = _lexicon()
        gloss = lex.gloss_word(word) if lex and reading and reading[0] else ""
        out.append(" ".join(w for w in gloss.split() if w[:1].isupper()) or romanize(word))
    return " ".join(out)


# An English sentence whose subject is a pronoun: first word, or the speaker after a quotation.
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:He|She|They)\b|\b(?:he|she|they|the (?:official|source|spokesm[ae]n|spokeswoman|officer|director|mayor))"
    r" (?:said|says|told|added|asked|explained|stated|noted|wrote|pointed out|warned|"
    r"stressed|insisted|argued|indicated|confirmed|announced|revealed|continued)\b"
)


def _leads(text: str, start: int) -> bool:
    """Whether a name starts within the first three words of an Arabic sentence, where its subject
    stands (قال زيد، وأقر زيد، وصرحت السيدة زيد)."""
    return len(_AR_WORD.findall(text[:start])) <= 2


def _implicit_subject(pair: AlignedPair, mention: Mention) -> bool:
    """A person the English names first in a sentence whose Arabic opens with a verb and who is named in
    the Arabic sentences just before: the verb carries that known subject (قال أيضًا "he also said"),
    which the English spells out as the name."""
    if not any(
        s.text[mention.start :].startswith(mention.text) and not s.text[: mention.start].strip() for s in pair.en
    ):
        return False
    first = next(iter(_AR_WORD.findall(pair.ar[0].text)), "") if pair.ar else ""
    if not any(a.stem.pos.startswith("VERB") for a in _analyses(first)):
        return False
    # the verb carries a subject named before (وصل إلى بغداد وفد … has its own subject, Trump is added)
    earlier = [romanize(w) for s in pair.ar_before for w in _AR_WORD.findall(s.text)]
    return any(names_match(part, w) for part in mention.text.split() for w in earlier if len(part) >= 3)


_COMPASS_REGION = re.compile(r"\b(?:North|South|Mid)?(?:[Ee]ast|[Ww]est)\b|\b(?:North|South)\b")
# جنوب غرب، شمال شرق …: the compass point before a place, which makes it a region of that place
_COMPASS_AR = _cue_words("compass")


def _after_compass(text: str, start: int) -> bool:
    """Whether a place is named after a compass point (جنوب غرب الولايات المتحدة "the southwestern United
    States"): a region, which the English may name by the compass point alone (the Desert Southwest)."""
    before = text[:start].split()
    return bool(before) and re.sub("^[وبل]+", "", normalize_ar(before[-1])) in _COMPASS_AR


_SOURCE_CUES = word_set("credit_cues_ar.tsv", "source")


_IN_SOURCE = frozenset(("في", "من", "داخل", "لدى"))


def _qualifies_a_source(text: str, start: int, english_stems: frozenset[str] = frozenset()) -> bool:
    """A name in an unnamed source's phrase, after في/من (مصادر أمنية في إقليم كردستان، مسؤول في محافظة البصرة):
    where the English credits no unnamed source, the credit (the certainty or attribution detector's) went
    with its qualifier. Not a source the English names by its sense (جمعيات المزارعين 'farmers' associations'):
    kept, it took no qualifier with it."""
    toks = ar_tokens(text[:start])[-5:]
    for k, t in enumerate(toks):
        if source_kind(t.bare) not in ("anonymous", "generic"):
            continue
        if gloss_stems(t.text) & english_stems:
            continue
        # في/من right after the source or one qualifier (مصادر أمنية في), and at most two words between it
        # and the name (في إقليم كردستان): قال مسؤولون إن انفجاراً في الأنبار names the place of the event
        at = next((j for j in range(k + 1, min(k + 3, len(toks))) if toks[j].norm in _IN_SOURCE), None)
        if at is None or len(toks) - at > 3:
            continue
        # a word between that a preposition opens is no qualifier of the source (المزارعين بتمويل من "the farmers,
        # with funding from"): the name after من is the funder, not the source's
        if any(_opens_with_preposition(toks[j].text) for j in range(k + 1, at)):
            continue
        return True
    return False


# the English names where its source is by a word for its kind ('farmers in the state said'): the place is told
_KIND_OF_PLACE_KEPT = re.compile(r"\b(?:in|of|from) the (?:state|province|region|city|district|county|area|town)\b")
_ACCORDING_TO = re.compile(r"according to\s+((?:[\w'’-]+\s*){1,4})", re.I)


def _credit_stems(en_text: str) -> frozenset[str]:
    """The stems of the words the English credits a statement to, up to four words before a reporting verb or after
    'according to' ('Farmers' associations said' → farmer, associ):
    where a source noun of the Arabic is told there, the English kept the source. None where the credit names its
    place by its kind ('farmers in the state said'), which tells the place as well."""
    from workbench.findings._verbs import english_verbs

    credits = [" ".join(en_text[: v.start].split()[-4:]) for v in english_verbs(en_text)]
    credits += [m.group(1) for m in _ACCORDING_TO.finditer(en_text)]
    out: set[str] = set()
    for credit in credits:
        if _KIND_OF_PLACE_KEPT.search(credit):
            return frozenset()
        out |= {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", credit)}
    return frozenset(out)


def _speaks_after(text: str, m: Mention) -> bool:
    """A reporting verb right after the mention's phrase (أن مصادر أمنية في محافظة الأنبار أكدت): the noun before it
    is a speaker inside the statement, whose credit the attribution detector reads."""
    from workbench.findings._verbs import arabic_verbs

    end = m.start + len(m.text)
    return any(0 <= v.start - end <= 3 for v in arabic_verbs(text))


def _in_the_statement(text: str, start: int) -> bool:
    """The mention stands in what is said, after the complementiser that opens it (أفاد مصدر في الوزارة بأن …
    بتمويل من منظمة …): a body the statement names, not a part of the unnamed speaker's title."""
    return any(t.norm in COMPLEMENTISERS for t in ar_tokens(text[:start])[2:])


def _opens_with_preposition(word: str) -> bool:
    """Every reading of the word opens with a preposition (بتمويل "with funding", لصالح)."""
    readings = _analyses(word)
    return bool(readings) and all("PREP" in a.prefix_pos for a in readings)


def _credited(text: str, start: int) -> bool:
    """A name within four words after a source phrase (بحسب شبكة إن بي سي الإخبارية، وفقا لصحيفة …):
    the credit, which the attribution detector compares. Letters spelt out (إن بي سي NBC) count as none."""
    words = [normalize_ar(strip_diacritics(w)) for w in _AR_WORD.findall(text[:start])]
    before = [w for w in words if len(w) >= 3][-4:]
    return any(re.sub("^[وف]", "", w) in _SOURCE_CUES or w in _SOURCE_CUES for w in before)


def _time_zone(text: str, start: int) -> bool:
    """A name after توقيت "time", or one word after it (بتوقيت غرينتش، بالتوقيت الصيفي لبريطانيا "British
    Summer Time"): a time zone, which the time detector compares."""
    before = text[:start].split()[-2:]
    return any(re.sub("^[وبل]+", "", normalize_ar(w)).removeprefix("ال") == normalize_ar("توقيت") for w in before)


# Words for a kind of place (a city, a district, a province), after which a name is a place's.
_PLACE_WORDS = _cue_words("place")


def _after_place_word(text: str, start: int, words: frozenset[str] = _PLACE_WORDS) -> bool:
    """Whether the word before ``start`` names a kind of place (بمنطقة، مقاطعة; or one of ``words``): the name after
    it is a place's, which a source left unnamed ("a spokesman") does not account for."""
    before = text[:start].split()
    if not before:
        return False
    word = normalize_ar(before[-1])
    return any(word[len(c) :] in words for c in ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "في") if word.startswith(c))


def _after_title(text: str, word: NameWord) -> bool:
    """Whether a title (الرئيس، السيد) or a nationality (النجم البلجيكي "the Belgian star") stands just
    before the word, as before a person's name."""
    before = text[: word.start].split()
    if before and normalize_ar(before[-1]) in _TITLES or _after_nationality(text, word.start):
        return True
    # a first name the name dictionary attests, which the lexicon may read as a word, between them (النجم
    # البلجيكي إدين هازارد "the Belgian star Eden Hazard")
    if len(before) < 2 or normalize_ar(before[-1]).startswith("ال") or not dictionary_spellings(before[-1]):
        return False
    first = text.rfind(before[-1], 0, word.start)
    return normalize_ar(before[-2]) in _TITLES or _after_nationality(text, first)


def _after_nationality(text: str, start: int) -> bool:
    """Whether a nationality adjective (البلجيكي) stands right before ``start``."""
    return any(
        not m.is_name
        and m.entity is not None
        and m.entity.kind == "place"
        and m.start + len(m.text) < start
        and not text[m.start + len(m.text) : start].strip()
        for m in arabic_mentions(text)
    )
