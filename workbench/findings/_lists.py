"""Coordinated lists in an Arabic sentence: members joined by و "and", as in مدن التل ودوما
وجرمانا or أربيل والسليمانية ودهوك. A member is a gazetteer name where one starts there (النيل الأزرق is one
member, not two), a word for a kind of place with the name after it (وادي الجوز، لواء الرمثا), or else one
word, its و cut off."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.findings._mentions import AR_WORD, Mention, cue_words
from workbench.findings._words import analyses
from workbench.text.arabic import normalize_ar

# a word for a kind of place (and the words for a district or quarter the cue list lacks)
_PLACE_WORDS = cue_words("place") | frozenset(normalize_ar(w) for w in ("مديرية", "مديريات", "أحياء", "لواء", "أقضية"))
# those of them that are plurals: the list after one is a list of places (مدن التل ودوما وجرمانا); not مخيمات, whose
# noun after it says what the camps are for as often as their names (مخيمات التعدين "mining camps")
_PLACES = frozenset(
    normalize_ar(w)
    for w in (
        "مدن",
        "بلدات",
        "قرى",
        "مناطق",
        "مقاطعات",
        "ولايات",
        "مديريات",
        "أحياء",
        "أقضية",
        "محافظات",
        "معتمديات",
        "بلديات",
        "نواحي",
        "أقاليم",
    )
)


@dataclass(frozen=True)
class Member:
    """One member of a list: its text without the و before it, where it starts, and the gazetteer
    mention it is (None for a word outside the gazetteer)."""

    text: str
    start: int
    mention: Mention | None


def place_word(word: str) -> bool:
    """A word for a kind of place (مدينة، وادي، مديريات)."""
    return normalize_ar(word) in _PLACE_WORDS


# words that open the names of towns and villages (رأس العيون Ras El Aioun, عين الدفلى Ain Defla, بئر العبد Bir
# al-Abd, تل أبيض Tell Abyad, دير حافر Deir Hafer, كفر نبل Kafr Nabl, سيدي بوزيد Sidi Bouzid, برج بوعريريج Bordj Bou
# Arreridj, أولاد جلال Ouled Djellal, أبو قرقاص Abu Qurqas, بني سويف Beni Suef, أم قصر Umm Qasr), with the English
# spellings of each: a list member after و that starts with one takes the word after it
_NAME_HEADS = {
    normalize_ar(ar): frozenset(en.split())
    for ar, en in (
        ("رأس", "ras"),
        ("عين", "ain ein ayn aïn"),
        ("بئر", "bir beer"),
        ("تل", "tell tal tel"),
        ("دير", "deir dayr dair"),
        ("كفر", "kafr kfar kafar"),
        ("سيدي", "sidi"),
        ("برج", "bordj burj borj"),
        ("أولاد", "ouled awlad oulad"),
        ("أبو", "abu abou bou"),
        ("بني", "beni bani bni"),
        ("أم", "umm um oum"),
    )
}


# the English spellings of those words, capitalised as a town's name opens ('Abu Tig', 'Deir Mawas')
NAME_HEAD_SPELLINGS = frozenset(w.capitalize() for forms in _NAME_HEADS.values() for w in forms)


def head_spelt(word: str, en_text: str) -> bool:
    """The English spells the word that opens a town's name (رأس 'Ras', عين 'Ain')."""
    forms = _NAME_HEADS.get(normalize_ar(word), frozenset())
    return any(w.lower() in forms for w in re.findall(r"[A-Za-zÀ-ÿ]+", en_text))


def opens_a_name(word: str) -> bool:
    """A word that opens a town's name (رأس، عين، بني), whose name goes on in the word after it."""
    return normalize_ar(word) in _NAME_HEADS


def heads_a_place(word: str) -> bool:
    """A word for a kind of place, or one that opens a town's name (رأس، عين، سيدي)."""
    return place_word(word) or normalize_ar(word) in _NAME_HEADS


def places_word(word: str) -> bool:
    """A word for several places: a plural (مدن، مديريات) or a dual (محافظتي، قضاءي "the two districts of"),
    and the same after the preposition في or ب run into it (بمدن)."""
    norm = normalize_ar(word)
    for w in (norm, norm[1:] if norm[:1] in "بل" else norm):
        if w in _PLACES:
            return True
        for dual in ("تي", "تين", "ي", "ين"):
            stem = w[: -len(dual)] if w.endswith(dual) else ""
            if stem and (stem + "ه" if dual.startswith("ت") else stem) in _PLACE_WORDS:
                return True
    return False


# prepositions that may stand between a word for several places and their list (أحياء في سترة والعكر
# "neighbourhoods in Sitra and Akar")
_PLACES_PREPOSITIONS = frozenset(("في", "من", "داخل"))


def places_before(text: str, start: int) -> bool:
    """A word for several places stands right before ``start`` (بلديات الرباح), or before a preposition
    there (أحياء في سترة): what follows lists places."""
    before = AR_WORD.findall(text[:start])[-2:]
    if before and normalize_ar(before[-1]) in _PLACES_PREPOSITIONS:
        before = before[:-1]
    return bool(before) and places_word(before[-1])


def arabic_lists(text: str, mentions: list[Mention]) -> list[tuple[str, list[Member]]]:
    """The lists of an Arabic sentence, each with the word before its first member (مديريات in مديريات
    صرواح ورغوان ومدغل; "" at the start): two members or more, the second and later ones opening with و."""
    words = list(AR_WORD.finditer(text))
    names = [m for m in mentions if m.is_name and m.entity is not None and m.entity.kind != "outlet"]
    out: list[tuple[str, list[Member]]] = []
    i = 0
    while i < len(words):
        first = _member_at(text, words, i, names, joined=False)
        if len(normalize_ar(first.text)) < 3:
            i += 1
            continue  # a particle (في، من) heads no list
        members = [first]
        j = _after(words, first, i)
        while j < len(words) and _joins(text, words, members[-1], j) and not _own_waw_name(words[j], names):
            nxt = _member_at(text, words, j, names, joined=True)
            members.append(nxt)
            j = _after(words, nxt, j)
        if len(members) >= 2:
            out.append((words[i - 1].group(0) if i > 0 else "", members))
        i = j
    return out


def _own_waw_name(word: re.Match[str], names: list[Mention]) -> bool:
    """A gazetteer name that starts with the word's و, its own letter (ولاية ورقلة "Ouargla province", وهران
    Oran): no و "and" opening a member."""
    return any(m.start == word.start() and m.text.startswith("و") for m in names)


def _member_at(text: str, words: list[re.Match[str]], i: int, names: list[Mention], *, joined: bool) -> Member:
    """The member starting at word ``i``; when ``joined``, its و cut off and a word for a kind of place
    taken with the name after it (ووادي الجوز), and a definite noun with the definite adjective after it
    (والشرطة الاتحادية). A list's first member is never a word for a place: مدن التل ودوما lists التل and دوما."""
    w = words[i]
    cut = _and_length(w.group(0)) if joined else 0
    start = w.start() + cut
    mention = next((m for m in names if m.start in (w.start(), start)), None)
    if mention is not None:
        return Member(mention.text, mention.start, mention)
    nxt = words[i + 1].group(0) if i + 1 < len(words) and text[w.end() : words[i + 1].start()] == " " else ""
    word = w.group(0)[cut:]
    if nxt and ((joined and heads_a_place(word)) or (word.startswith("ال") and nxt.startswith("ال"))):
        return Member(text[start : words[i + 1].end()], start, None)
    return Member(word, start, None)


# a vowel on و other than fatha (وُلدا "they were born", وِزر) makes it the word's own letter, not و "and"
_OWN_WAW = re.compile("و[\u064f\u0650\u0652]")
# و "and", with its fatha if written
_AND = re.compile("و\u064e?")


def _and_length(word: str) -> int:
    """How many characters of ``word`` are و "and" with its diacritics (0 if it opens with no و)."""
    m = _AND.match(word)
    return m.end() if m else 0


def _after(words: list[re.Match[str]], member: Member, i: int) -> int:
    """The index of the first word after a member starting at word ``i``."""
    end = member.start + len(member.text)
    while i < len(words) and words[i].start() < end:
        i += 1
    return i


def _joins(text: str, words: list[re.Match[str]], last: Member, j: int) -> bool:
    """Whether word ``j`` opens the next member: a word with و "and" right after the last member, only a
    space between (after a comma a word opens a clause more often than a member: ، فيما، وأضاف). A word
    that starts with و itself (ولاية، وجود "existence": no reading with و "and") joins nothing, nor one the
    lexicon reads as such a word and, with و "and", only as a proper noun (ولايتي "the two states of", not
    "and Layti"), nor one whose و carries another vowel than fatha (وُلدا "they were born")."""
    gap = text[last.start + len(last.text) : words[j].start()]
    word = words[j].group(0)
    if gap != " " or not word.startswith("و") or len(normalize_ar(word)) < 4 or place_word(word):
        return False
    if _OWN_WAW.match(word):
        return False
    readings = analyses(word)
    joined = [a for a in readings if a.prefix_pos.startswith("wa/")]
    own = [a for a in readings if not a.prefix_pos.startswith("wa/")]
    if any(a.stem.pos != "NOUN_PROP" for a in own) and all(a.stem.pos == "NOUN_PROP" for a in joined):
        return False  # a common word whose و is its own letter (ولايتي "the two states of") over a name after و
    return not readings or bool(joined)
