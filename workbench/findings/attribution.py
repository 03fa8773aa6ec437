"""Attribution: who a statement is credited to, on both sides (named person, role, anonymous
source, unnamed group, outlet), and how that changed: speaker_changed, generalized, specified,
source_dropped, source_added.

Names are compared across scripts through the romanisation of the Arabic words and consonant
skeletons (الحيالي ~ al-Hayali ~ Hiyali), roles and bodies through every lexicon sense.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from workbench.findings._hedges import is_rule, unowned_figures, varying
from workbench.findings._judging import definite
from workbench.findings._mentions import TITLES as _ENTITY_TITLES
from workbench.findings._mentions import arabic_mentions, english_mentions
from workbench.findings._numbers import arabic_quantities
from workbench.findings._sources import ar_source_kinds as _ar_kinds
from workbench.findings._sources import en_kinds as _en_kinds
from workbench.findings._sources import source_kind
from workbench.findings._verbs import EN_REPORTING_STEMS, arabic_verbs, estimate_verb, tally_verb
from workbench.findings._words import (
    COMPLEMENTISERS,
    ArToken,
    EnToken,
    analyses,
    ar_tokens,
    en_tokens,
    gloss_stems,
    has_perfect_reading,
    has_quote_marks,
    is_name_word,
    strip_clitics,
)
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.findings.terms import ArabicTerms, EnglishTerms, split_forms
from workbench.lexicons import alternation, load, word_set
from workbench.records import Finding, Link, Sentence
from workbench.text.arabic import normalize_ar, normalize_digits, normalize_with_map, original_span, strip_diacritics
from workbench.text.english import STOPWORDS, stem
from workbench.text.names import (
    ar_sound_key,
    dictionary_spellings,
    en_sound_keys,
    loosely_alike,
    names_match,
    sound_keys_close,
    spelling_skeleton,
)
from workbench.text.quotes import find_quotes
from workbench.translate.romanize import romanize

KINDS = (
    FindingKind(
        type="attribution",
        subtypes=("speaker_changed", "source_dropped", "source_added", "generalized", "specified"),
        colour="#88AAEE",
        label="Attribution",
        description="who a statement is credited to changed: another speaker or outlet, a named person "
        "generalised, a source dropped or invented",
        lexicons=("attribution_", "entities_people"),
    ),
)

_AR_STOP = word_set("function_words_ar.tsv", "attribution_stop")
_AR_QUANTIFIER = word_set("function_words_ar.tsv", "attribution_quantifier")
_AR_DEMONSTRATIVES = word_set("function_words_ar.tsv", "demonstrative")
# verbs that plainly credit speech: when the English keeps none of it, the source was dropped
_SPEECH = word_set("credit_cues_ar.tsv", "speech")
# plain verbs of saying whose speaker is a pronoun (قال، "…" / وأضاف أن): with no English credit at all,
# the words are left unattributed (وتابع، أوضح, which go on a list, leave the English free to drop them)
_SAY = word_set("credit_cues_ar.tsv", "say")
# … and, with an unnamed source as their subject (أشار مصدر، كشفت مصادر), or a named one or a role with the statement
# it opens after him (وأشار الثبيتي إلى أن، _statement_follows), the verbs of other senses as well
_SOURCE_SPEECH = _SPEECH | word_set("credit_cues_ar.tsv", "source_speech")
# verbs of a view held (ويرى، ترى): a credit only where the statement follows them
_VIEW = word_set("credit_cues_ar.tsv", "view")
_EXPECT = word_set("credit_cues_ar.tsv", "expect")
# source phrases (بحسب، وفقا ل، نقلا عن), matched on the word as written less و/ف: وفقا is not و + فقا
_SOURCE_CUES = word_set("credit_cues_ar.tsv", "source")
_EN_PRONOUNS = word_set("function_words_en.tsv", "attribution_pronoun")
_EN_FUNCTION = word_set("function_words_en.tsv", "attribution_function")
_EN_ASIDES = word_set("attribution_asides_en.tsv", "aside")
_EN_TRAILING = word_set("attribution_asides_en.tsv", "trailing")
_EN_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))
# prepositions after which an unnamed source's qualifier follows ('Teachers in Basra', 'sources close to X')
_EN_QUALIFIERS = frozenset(("in", "of", "from", "at", "close", "near", "inside", "within", "across", "with"))
# English wording that credits a statement even without a listed reporting verb
_EN_CREDIT = re.compile(rf"\b(?:{alternation(word_set('credit_words_en.tsv'))})\b", re.I)


@dataclass(frozen=True)
class Speaker:
    """Who a statement is credited to: the phrase as written and what kind of source it is."""

    text: str  # exact text in its sentence ("" for an implicit speaker: وأضاف أن, "he said")
    kind: str  # named | role | body | anonymous | generic | outlet | implicit | other
    names: tuple[str, ...]  # romanised (Arabic) or as written (English) name words
    words: tuple[str, ...]  # the phrase's words (Arabic as written, English as written)
    cue: str  # the verb or "according to" that introduced it, exact text
    sentence: int
    apposition: tuple[str, ...] = ()  # a post set off by commas after the name (Arabic: عضو مجلس المحافظة)


def arabic_speakers(pair: AlignedPair) -> list[Speaker]:
    """Speakers after reporting verbs (وقال الخبير ...) and after بحسب/وفقا ل/نقلا عن; before the verb where
    nothing follows it but an outlet credit, a time or the complementiser (وكان مسؤولون … قد صرحوا لـ"…" بأن)."""
    out: list[Speaker] = []
    kinds = _ar_kinds()
    for k, s in enumerate(pair.ar):
        toks = ar_tokens(s.text)
        starts = {t.start: i for i, t in enumerate(toks)}
        verbs = [(v.start, v.text, v.cls) for v in pair.view.ar_verbs[k] if v.cls != "any"]
        cues = _outside_content(s.text, toks, starts, verbs)
        # تختلف الرسوم بحسب البلدية "fees vary by municipality": a verb of varying up to three words before the phrase
        # makes it "depending on", which credits no one
        # نقلا credits only before عن (نقلا عن "quoting"): ونُقلا إلى مستشفى is "and the two were taken to a hospital"
        cues += [
            (t.start, t.text, "source")
            for i, t in enumerate(toks)
            if _is_source_cue(t.text)
            and not any(varying(u) for u in toks[max(0, i - 3) : i])
            and not (t.norm.lstrip("وف") == "نقلا" and (i + 1 >= len(toks) or toks[i + 1].norm != "عن"))
        ]
        # ويقدّر الاتحاد الحاجة بنحو …: a verb of estimating before its maker (not تُقدَّر بـ "is estimated at"); and
        # ووثّق المكتب ٢٧ عملية: a verb of keeping a tally before its keeper, the figure after him
        cues += [
            (t.start, t.text, "estimate")
            for i, t in enumerate(toks[:-1])
            if (estimate_verb(t.norm) or tally_verb(t.norm)) and not toks[i + 1].norm.startswith("ب")
        ]
        # ويتوقع متعاملون أن …: a verb of expecting before its holder (not يُتوقع أن "is expected", which has none)
        cues += [
            (t.start, t.text, "expect")
            for i, t in enumerate(toks[:-1])
            if _strip_conj(t.norm) in _EXPECT and toks[i + 1].norm not in ("ان", "بان")
        ]
        skip = _credit_and_time_zones(s.text)
        for start, cue, cls in sorted(cues):
            i = starts.get(start)
            if i is None:
                continue
            at = i
            i += len(cue.split())
            if _is_source_cue(cue) and i + 1 < len(toks) and toks[i].norm in ("لما", "ما"):
                i += 2  # وفقا لما أوردته سجلات البلدية: the source is the subject of the verb after لما
            past = _past_credit_and_time(toks, i, skip)
            phrase = _ar_phrase(s.text, toks, past, after_credit=past > i)
            if cls == "estimate":
                # ويقدّر الاتحاد الحاجة بنحو ٢٠٠ ألف: the phrase runs on over the object; the figure is no speaker
                # (a figure the word reader passes over ends it too: ووثّق المكتب ٢٧ عملية)
                figure = (
                    k
                    for k, t in enumerate(phrase)
                    if t.norm.startswith("ب")
                    or t.text[:1].isdigit()
                    or (k and re.search(r"\d", s.text[phrase[k - 1].end : t.start]))
                )
                phrase = phrase[: next(figure, len(phrase))]
            if phrase and (phrase[0].norm.startswith("ايضا") or not _is_source_cue(cue) and _addressee(phrase[0])):
                # وصرح أيضًابإن: "also" glued to the next word; وقال للصحفيين: whom he told; no speaker named
                phrase = []
            if _is_source_cue(cue) and phrase and is_rule(phrase[0]):
                continue  # وفق اتفاق أوسلو "under the Oslo Accords": a rule followed, no one credited
            if not phrase and not _is_source_cue(cue):
                phrase = _subject_before(s.text, toks, at, frozenset(v.start for v in pair.view.ar_verbs[k]))
            if not phrase and normalize_ar(cue).startswith("ف"):
                phrase = _topic(s.text, toks, at)
            if not phrase and cls == "expect":
                continue  # وقال إنه يتوقع: the speaker is the verb of saying's
            if not phrase:
                out.append(Speaker("", "implicit", (), (), cue, k))
                continue
            names = _romanised(_named_part(phrase))
            if not names and phrase[0].start > start:
                # الباحث في الشؤون المالية الدكتور سمير العاني: the name may follow the title's complement
                ahead = _name_ahead(s.text, toks, starts[phrase[-1].start] + 1)
                if ahead:
                    phrase = phrase + ahead
                    names = _romanised(_named_part(phrase))
            if not is_name_word(phrase[0].text) and not (len(phrase) > 1 and _titled(phrase, 1)):
                # مدير مكتب شركة البريقة لتسويق النفط في الجنوب، الطاهر علي المقرحي، إن: the post's holder
                # named after a comma, past the words that complete the post
                holder = _holder_after_comma(s.text, toks, starts[phrase[-1].start] + 1)
                if holder:
                    phrase = phrase + holder
                    names = tuple(dict.fromkeys(names + tuple(romanize(t.bare) for t in holder)))
            # the head comes first in an Arabic noun phrase: متحدث باسم حزب العمال is a role, not "workers"
            found = [kinds.get(t.bare) or kinds.get(t.norm) for t in phrase]
            if len(found) > 1 and phrase[0].norm == "عدد" and any(found[1:]):
                found = found[1:]  # عدد من المصادر "a number of sources": the kind of what is counted
            if names and _plural_head(phrase[0]):
                # مسؤولو حي غانغدونغ "Gangdong district officials": a group, whose names say whose officials, not a
                # person named
                names = ()
                found = ["generic"]
            kind = "named" if names else next((c for c in found if c), "other")
            if not names and unowned_figures(toks, starts[phrase[0].start]):
                kind = "anonymous"  # بحسب إحصاءات غير رسمية "according to unofficial statistics": no one credited
            if kind == "other" and _unlisted_people(phrase[0], pair):
                kind = "generic"  # بحسب ما أفاد سائقون "according to drivers": people, a group the table does not list
            if cls == "expect" and kind == "other":
                continue  # يُتوقع هبوب الرياح "winds are expected": the passive's subject, no one who expects
            apposition = _apposition(s.text, toks, starts[phrase[-1].start] + 1) if names else []
            text = s.text[phrase[0].start : (apposition or phrase)[-1].end]
            out.append(
                Speaker(text, kind, names, tuple(t.text for t in phrase), cue, k, tuple(t.text for t in apposition))
            )
    return out


def _unlisted_people(t: ArToken, pair: AlignedPair) -> bool:
    """An indefinite sound masculine plural noun the source table does not list (سائقون "drivers", فلاحون "farmers"):
    people, a group credited. Not in construct (منظمو رحلات "tour operators", whose phrase runs on), nor one whose
    sense an English word says (آخرون 'others' → 'others saying': the English names them its own way)."""
    readings = analyses(t.text)
    if not _plural_head(t) or t.norm.startswith(("ال", "وال")):
        return False
    if any("POSS" in a.suffix_pos or not a.stem.pos.endswith("NOUN") for a in readings):
        return False
    senses = {stem(w) for a in readings for w in re.findall(r"[a-z]+", a.stem.gloss.split(";")[0].lower())}
    return not senses & {stem(u.low) for s in pair.en for u in en_tokens(s.text)}


def _plural_head(t: ArToken) -> bool:
    """The word is a sound masculine plural in every reading (مسؤولو، المحققون، مزارعو): people, a group, never one
    person (not a feminine plural: تصريحات وزير الخارجية 'statements of the foreign minister' name him)."""
    readings = analyses(t.text)
    return bool(readings) and all("MASC_PL" in a.suffix_pos for a in readings)


def _topic(text: str, toks: list[ArToken], at: int) -> list[ArToken]:
    """The topic after أما that a verb with ف takes up as its subject (أما المنظمات البيئية، التي …، فقالت إن):
    the noun phrase after the last أما before the verb, else []."""
    amma = max((n for n in range(at) if toks[n].norm == "اما"), default=-1)
    return _ar_phrase(text, toks, amma + 1) if amma >= 0 else []


# words that open a new clause in the same sentence (فيما قال …): a verb after one is no reported content
_NEW_CLAUSE = frozenset(("فيما", "بينما", "حين", "حيث", "كما", "عندما"))


def _addressee(t: ArToken) -> bool:
    """A word right after a verb of saying that names whom it was said to, never who said it: ل with the
    article (للصحفيين "to reporters", للمحكمة) or ل before a source word (لمراسلنا، لصحفيين)."""
    if t.norm.startswith("لل") and len(t.norm) > 4:
        return True
    kinds = _ar_kinds()
    return t.norm[:1] == "ل" and bool(kinds.get(t.norm[1:]) or source_kind(t.norm[1:]))


def _outside_content(
    text: str, toks: list[ArToken], starts: dict[int, int], verbs: list[tuple[int, str, str]]
) -> list[tuple[int, str, str]]:
    """The reporting verbs that are not inside what an earlier one reports: after قال … إن, a verb in the
    content clause (إن اللجنة أعلنت، إن الدفاع المدني ذكر) credits no speaker of this sentence; a verb with و/ف
    (وأضاف) or after فيما/بينما opens a clause of its own."""
    out: list[tuple[int, str, str]] = []
    content = None  # token index where the reported clause begins
    for v in sorted(verbs):
        i = starts.get(v[0])
        if i is None:
            continue
        # وأضاف، فيما قال، "…، مضيفاً أن": a conjunction, a clause opener or a comma starts a clause of its own
        after_comma = i > 0 and bool(re.search(r"[،,]", text[toks[i - 1].end : toks[i].start]))
        opens = _conjoined(toks[i].norm) or after_comma or (i > 0 and toks[i - 1].norm.lstrip("و") in _NEW_CLAUSE)
        if content is not None and i > content and not opens:
            continue
        out.append(v)
        after = next((j for j in range(i + 1, min(len(toks), i + 16)) if toks[j].norm in COMPLEMENTISERS), None)
        if after is not None:
            content = after
    return out


def _conjoined(norm: str) -> bool:
    """A verb that opens with و/ف as a conjunction: one letter off, the rest is still a reporting verb (وأضاف،
    فأكد); وصف, whose و is its first root letter, is not."""
    return len(norm) > 2 and norm[0] in "وف" and bool(arabic_verbs(norm[1:]))


@lru_cache(maxsize=1)
def _time_terms() -> ArabicTerms[str]:
    return ArabicTerms(((row[0], row[1]) for row in load("time_ar.tsv")), keep_article=True)


# times the time table leaves to the time detector's word list: "today", "yesterday", "tonight"
_AR_NOW = frozenset(("اليوم", "امس", "الليله"))


def _credit_and_time_zones(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where a sentence names an outlet (لـ"السومرية نيوز"، لوكالة الأنباء), and where a time (مساء الخميس)."""
    outlets = [(h.start, h.end) for h in _outlet_terms()[0].find(text)]
    norm, index = normalize_with_map(text)
    outlets += [(index[m.start()], index[m.end() - 1] + 1) for m in _MAALOMAH_CREDIT.finditer(norm)]
    return outlets, [(h.start, h.end) for h in _time_terms().find(text)]


def _past_credit_and_time(
    toks: list[ArToken], i: int, zones: tuple[list[tuple[int, int]], list[tuple[int, int]]]
) -> int:
    """The first token after an outlet credit and a time right after a verb (صرح لـ"السومرية نيوز"، مساء
    الخميس، مسؤول …): neither is the speaker. An outlet without ل (أفادت الوكالة الوطنية) is the speaker."""
    from workbench.findings._words import in_zones

    outlets, times = zones
    credit = False  # inside an outlet credit that ل opened
    while i < len(toks):
        t = toks[i]
        lam = t.norm in ("ل", "لـ") and i + 1 < len(toks) and in_zones(outlets, toks[i + 1].start)
        credit = lam or (credit or t.norm.startswith("ل")) and in_zones(outlets, t.start)
        if not (credit or in_zones(times, t.start) or t.norm in _AR_NOW):
            break
        i += 1
    return i


def _subject_before(text: str, toks: list[ArToken], at: int, verbs: frozenset[int] = frozenset()) -> list[ArToken]:
    """The subject before a verb (وكان مسؤولون في دائرة الصحة قد صرحوا، المديرية أعلنت): the words back to a
    form of كان, the sentence start or a comma, kept when the first is a source word (مسؤولون، المديرية) and
    the rest only qualifies it (adjectives, في/من/داخل and a noun phrase). A relative pronoun, another verb (any of
    ``verbs``' starts, or a word read as a perfect verb) or قد away from the verb ends it with no subject."""
    from workbench.findings._dateline import arabic_dateline_end

    j = at - 1
    if j >= 0 and toks[j].norm in _QAD:
        j -= 1
    lead = arabic_dateline_end(text)
    phrase: list[ArToken] = []
    while j >= 0 and len(phrase) < 8:
        t = toks[j]
        gap = text[t.end : (phrase[0].start if phrase else toks[j + 1].start)]
        if re.search(r"[،,:؛;.«»\"“”()]", gap) or t.start < lead:
            break
        if t.bare in _KANA or t.norm in COMPLEMENTISERS or t.norm in _NEW_CLAUSE:
            break
        if t.norm in _RELATIVES or t.norm in _QAD or t.start in verbs or _verb_word(t):
            return []
        phrase.insert(0, t)
        j -= 1
        if t.norm[:1] == "و" and source_kind(t.bare) in ("anonymous", "generic"):
            # … في زاخو ومصادر تتحدث عن إصابة مدني: و joins a clause of its own, whose subject it opens
            return phrase if not any(_not_qualifier(u) for u in phrase[1:]) else []
    if not phrase or (j >= 0 and not _clause_start(text, toks, j, lead)):
        return []
    head = phrase[0]
    if any(_not_qualifier(t) for t in phrase[1:]):
        return []
    return phrase if source_kind(head.bare) or _ar_kinds().get(head.norm) else []


_QAD = frozenset(("قد", "لقد", "فقد"))
_RELATIVES = frozenset(("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"))
# prepositions a subject's qualifier may open (مسؤول في الوزارة، مصدر داخل الشرطة، المتحدث باسم الجيش)
_SUBJECT_PREPOSITIONS = frozenset(("في", "من", "باسم", "داخل", "لدى"))


def _verb_word(t: ArToken) -> bool:
    """A word the lexicon reads as a perfect verb, itself or after one و/ف (زار، والتقى), and not as a source
    word, a name or a definite noun."""
    if t.norm in _SUBJECT_PREPOSITIONS or t.norm in _AR_QUALIFIERS or t.norm.startswith("ال"):
        return False  # داخل "inside", not "interfered"
    if is_name_word(t.text) or _ar_kinds().get(t.norm) or _ar_kinds().get(t.bare):
        return False
    return has_perfect_reading(t.text) or t.norm[:1] in "وف" and len(t.text) > 2 and has_perfect_reading(t.text[1:])


def _not_qualifier(t: ArToken) -> bool:
    """A word that cannot qualify a subject's head: a preposition other than في/من/داخل/لدى/باسم (على، إلى، مع) or
    a noun after ب/و and the article (بالتجار، والأهالي), which opens another phrase."""
    return t.norm not in _SUBJECT_PREPOSITIONS and (t.norm in _AR_STOP or t.norm.startswith(("بال", "وال")))


# كان and its forms, the auxiliary of the pluperfect (وكانت مصادر … قد أفادت "sources had said")
_KANA = frozenset(("كان", "كانت", "كانوا", "كانا"))


def _clause_start(text: str, toks: list[ArToken], j: int, lead: int) -> bool:
    """Token j (right before a subject) ends what comes before the clause: كان, a comma, the dateline."""
    t = toks[j]
    gap = text[t.end : toks[j + 1].start]
    return t.bare in _KANA or bool(re.search(r"[،,:؛;.]", gap)) or t.start < lead


def _apposition(text: str, toks: list[ArToken], i: int) -> list[ArToken]:
    """A post set off by commas after a named speaker and closed by the complementiser, a colon or a quote
    (قال المهندس كريم الساعدي، عضو لجنة الخدمات في المجلس، إن …): the appositive's words, else []."""
    if i >= len(toks) or not re.fullmatch(r"\s*[،,]\s*", text[toks[i - 1].end : toks[i].start]):
        return []
    if _ar_kinds().get(toks[i].bare) not in ("role", "body") and _ar_kinds().get(toks[i].norm) not in ("role", "body"):
        return []
    out: list[ArToken] = []
    for t in toks[i : i + 12]:
        gap = text[(out[-1].end if out else t.start) : t.start]
        if out and re.search(r"[:«»\"“”]", gap):
            return out
        if out and re.search(r"[،,]", gap):
            return out if t.norm in COMPLEMENTISERS else []
        if t.norm in COMPLEMENTISERS or t.norm.startswith("بان"):
            return []
        out.append(t)
    return []


# prepositions after which an unnamed source's qualifier follows (مصدر محلي في قضاء الزبير، مسؤول من الوزارة)
_AR_QUALIFIERS = frozenset(("في", "من", "داخل", "لدى", "قرب", "مقرب", "مقربه", "مقربون", "مقربين"))


def _named_part(phrase: list[ArToken]) -> list[ArToken]:
    """The words of a speaker phrase that may name him: for an unnamed source (مصدر، مسؤول، خبراء), a place after
    في/من, or a name after a kind of place or establishment (مصدر محلي في قضاء الزبير، مصدر في مستشفى
    اليرموك), qualifies the source and names no one; a name after a title or post there is the speaker's
    (الباحث في الشؤون المالية الدكتور سمير العاني)."""
    kinds = _ar_kinds()
    head = kinds.get(phrase[0].bare) or kinds.get(phrase[0].norm) if phrase else None
    # … as for people named by a common noun that is no source word (أصحاب فنادق في منطقة بافارو "hotel owners in the
    # Bávaro area")
    common = phrase and head is None and not is_name_word(phrase[0].text) and phrase[0].norm not in _HONORIFICS
    if not phrase or (head not in ("generic", "anonymous") and not common):
        return phrase
    cut = next((n for n, t in enumerate(phrase) if n and t.norm in _AR_QUALIFIERS), None)
    if cut is None:
        return phrase
    out, place = phrase[:cut], True  # right after في a name is a place
    for t in phrase[cut + 1 :]:
        kind = kinds.get(t.bare) or kinds.get(t.norm)
        if t.norm in _HONORIFICS or kind == "role":
            place = False
        elif kind == "body" or {t.bare, t.norm} & (_PLACE_CUES | _INSTITUTIONS):
            place = True  # قضاء الزبير، مستشفى اليرموك: the name after it is the place's or the establishment's
        elif _gazetteer_place(t.text):
            continue  # بدرعا "in Daraa": a place wherever it stands, the next name no less a person's
        elif not is_name_word(t.text):
            # a common word after في/من (المجمع المائي بدوز "the Douz water association") goes on saying where an
            # unnamed source stands; after a common noun heading the phrase a name after it may be the speaker's
            place = place and head == "anonymous"
        elif not place:
            out.append(t)
    return out


def _gazetteer_place(word: str) -> bool:
    """A word the gazetteer reads as a place as a whole, with its proclitics (بدرعا، والأنبار)."""
    return any(m.entity is not None and m.entity.kind == "place" and m.text == word for m in arabic_mentions(word))


_PLACE_CUES = frozenset(normalize_ar(r[0]) for r in load("entity_cues_ar.tsv") if r[1:2] == ("place",))
# a kind of establishment (مستشفى اليرموك): the name-like word after it names the establishment
_INSTITUTIONS = frozenset(normalize_ar(r[0]) for r in load("entity_cues_ar.tsv") if r[1:2] == ("institution",))


def _romanised(tokens: list[ArToken]) -> tuple[str, ...]:
    """Romanised name words of a phrase, with and without a leading و/ب/ل (بلمينجز: Blemmings or لمينجز)."""
    kinds = _ar_kinds()
    out: list[str] = []
    places = _places_in_phrase(tokens)
    for k, t in enumerate(tokens):
        if k and _group_adjective(tokens[k - 1], t):
            continue  # مسؤولون صحيون "health officials", السلطات اللاتفية: the group's adjective, no one's name
        if k in places:
            continue  # سلطات مدينة بوينس آيرس "Buenos Aires city authorities": a place's name, no one's
        if (is_name_word(t.text) or _titled(tokens, k)) and t.bare not in kinds:
            out += dict.fromkeys((romanize(t.bare), romanize(t.text)))
    return tuple(out)


def _places_in_phrase(tokens: list[ArToken]) -> set[int]:
    """The indices of the phrase's words that the gazetteer reads as a place: a place of more than one word
    (بوينس آيرس), or one word after a kind of place (مدينة، محافظة). A one-word place alone may be a family name."""
    if not tokens:
        return set()
    text = " ".join(t.text for t in tokens)
    starts, at = [], 0
    for t in tokens:
        starts.append(at)
        at += len(t.text) + 1
    out: set[int] = set()
    for m in arabic_mentions(text):
        if m.entity is None or m.entity.kind != "place":
            continue
        covered = [k for k, s in enumerate(starts) if m.start <= s < m.start + len(m.text)]
        after_cue = (
            bool(covered)
            and covered[0] > 0
            and ({tokens[covered[0] - 1].bare, tokens[covered[0] - 1].norm} & _PLACE_CUES)
        )
        if len(covered) > 1 or after_cue:
            out.update(covered)
    return out


# a relative adjective (nisba) in the plural (صحيون، الأمنيين), or in the feminine after a plural noun (السلطات
# اللاتفية), that agrees with the noun before it in taking the article or not: the qualifier of a group, never a
# person's name, where a masculine one (الجبوري، الدوسري) is a family name; a plural in a construct (مسؤولو
# الحوثيين "Houthi officials") or a name after a definite noun (لجنة الحريات نادية) does not agree
_PLURAL_NISBA = re.compile(r"..(?:يون|يين)$")
_FEMININE_NISBA = re.compile(r"..يه$")
_PLURAL_NOUN = re.compile(r"..(?:ات|ون|ين)$")


def _group_adjective(before: ArToken, t: ArToken) -> bool:
    """A relative adjective that qualifies the group named before it (مسؤولون صحيون، السلطات اللاتفية)."""
    word = normalize_ar(strip_diacritics(t.bare))
    noun = normalize_ar(strip_diacritics(before.bare))
    if definite(before) != definite(t) or not _PLURAL_NOUN.search(noun):
        return False
    return bool(_PLURAL_NISBA.search(word) or _FEMININE_NISBA.search(word))


# إن/أن and فإن open what is reported: no name of the speaker stands after them (بحسب مصادر مطلعة فإن القاهرة …)
# إن/أن with a particle before it and a pronoun after it (بأنه، فإنها، إنهم، إنني): what follows is reported
# (every COMPLEMENTISERS form among them)
_CLAUSE_OPENERS = frozenset(
    f"{particle}ان{pronoun}"
    for particle in ("", "ب", "ف", "و", "وب")
    for pronoun in ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
)


def _name_ahead(text: str, toks: list[ArToken], i: int) -> list[ArToken]:
    """Tokens up to and including the last name word before إن/أن, a colon or a quote (NAME_AHEAD words at most:
    آمر الفوج الثاني في اللواء ذاته العقيد نبيل فاضل الحمداني)."""
    window: list[ArToken] = []
    outlets = {h.start for h in _outlet_terms()[0].find(text)}  # قال مسؤول لبغداد اليوم: the medium, not a name
    for t in toks[i : i + NAME_AHEAD]:
        gap = text[(window[-1].end if window else toks[i - 1].end if i else 0) : t.start]
        if re.search(r"[:«»\"“”.]", gap) or t.norm in _CLAUSE_OPENERS or t.start in outlets:
            break
        named = is_name_word(t.text) or t.norm in _HONORIFICS or _person_title(t) or t.norm in ("هو", "هي")
        if re.search(r"[،,]", gap) and not named:
            break  # بحسب ما أفادت التقارير، منتجات مزيفة …: past a comma only a name, a title or هو goes on the phrase
        window.append(t)
    last = max(
        (k for k, t in enumerate(window) if (is_name_word(t.text) or _titled(window, k)) and t.bare not in _ar_kinds()),
        default=-1,
    )
    if last < 0:
        return []
    # the name goes on past the window's end (صلاح الدين محمد حسن): the words right after that are names too
    held = window[: last + 1]
    for t in toks[i + len(window) :] if last == len(window) - 1 else ():
        if text[held[-1].end : t.start].strip() or t.norm in _CLAUSE_OPENERS or not _name_like(t):
            break
        held.append(t)
    return held


def _name_like(t: ArToken) -> bool:
    """A word that is a name by its shape or by the name dictionary (حسن، سليمان), not a word for a source."""
    return (is_name_word(t.text) or bool(dictionary_spellings(t.text))) and not _ar_kinds().get(t.bare)


# how far after a post its holder's name may stand: the post's complement (في اللواء ذاته), a rank, the name
NAME_AHEAD = 8


def _person_title(t: ArToken) -> bool:
    """A title or rank written before a person's name (العقيد، اللواء، الوزير), not a word for a kind of place."""
    return t.norm in _ENTITY_TITLES and t.norm not in _PLACE_CUES and t.bare not in _PLACE_CUES


# the words that introduce a person's name after a description of him (ويدعى، واسمه "called, whose name is"),
# normalised
_CALLED = word_set("function_words_ar.tsv", "attribution_called")


def _holder_after_comma(text: str, toks: list[ArToken], i: int) -> list[ArToken]:
    """A person's name set off by commas within eight words after a post (رئيس تعاونية صيادي الناقورة، خليل يوسف
    عواضة، لـ…): two to four words each a name word or a name the name dictionary spells, closed by a comma, a
    colon, a quote, إن/أن or a ل of whom it was told; [] when what is reported starts first."""
    for k in range(i, min(i + 8, len(toks))):
        gap = text[toks[k - 1].end : toks[k].start] if k else ""
        if re.search(r"[:«»\"“”.]", gap) or toks[k].norm in _CLAUSE_OPENERS or toks[k].norm.startswith("بان"):
            return []
        if not re.search(r"[،,]", gap):
            continue
        # أحد سكان المخيم، ويدعى خالد مسلم، "one of the camp's residents, called Khaled Muslim": the name after
        # the word that introduces it
        first = k + 1 if toks[k].norm in _CALLED and k + 1 < len(toks) else k
        run: list[ArToken] = []
        for t in toks[first : first + 4]:
            if run and text[run[-1].end : t.start].strip():
                break
            if not (is_name_word(t.text) or dictionary_spellings(t.text)) or _ar_kinds().get(t.bare):
                break
            run.append(t)
        after = first + len(run)
        if len(run) < 2 or after >= len(toks):
            return []
        closing = text[run[-1].end : toks[after].start]
        nxt = toks[after].norm
        if re.search(r"[،,:«\"“]", closing) or nxt in _CLAUSE_OPENERS or nxt.startswith(("بان", "ل")):
            return run
        return []
    return []


def _titled(tokens: list[ArToken], k: int) -> bool:
    """The word right after an honorific (الدكتور عمران): a name, whatever else the lexicon reads it as; not a
    definite word, an adjective of the title (الأستاذ الدولي "international master")."""
    return k > 0 and tokens[k - 1].norm in _HONORIFICS and not tokens[k].norm.startswith("ال")


def _ar_phrase(text: str, toks: list[ArToken], i: int, *, after_credit: bool = False) -> list[ArToken]:
    """The noun phrase right after a cue, up to إن/أن, a colon, a quotation mark or ten words;
    ``after_credit``: the cue is followed by an outlet credit or a time, whose closing quote is no quotation."""
    phrase: list[ArToken] = []
    while i < len(toks) and len(phrase) < 10:
        t = toks[i]
        gap = text[(phrase[-1].end if phrase else toks[i - 1].end if i else 0) : t.start]
        opening = r"[:«\"“]" if after_credit else r"[:«»\"“”]"
        if phrase and re.search(r"[:«»\"“”(.]", gap) or not phrase and re.search(opening, gap):
            break
        stop = t.norm in _AR_STOP or t.bare in _AR_STOP or _written(t.text) in _AR_STOP
        # وقال بعض التجار "some traders said": a quantity opens the speaker's phrase, the people come after it
        stop = stop and not (not phrase and t.norm in _AR_QUANTIFIER and i + 1 < len(toks))
        if stop or t.norm.startswith(("بان", "لان")) or t.norm in _EXTRA_CUES:
            break
        if phrase and re.search(r"[،,]", gap) and not is_name_word(t.text):
            break  # an appositive name may follow a comma; other clauses do not belong to the speaker
        if t.norm[0] in "بل" and t.norm[1:2] != "ا" and not t.norm.startswith(("بن", "لي")) and phrase:
            if not (_ar_kinds().get(t.norm) and _noun_as_written(t.text)):
                break  # بدعم، لسلطات، بشأن: a prepositional phrase, not the speaker (لجنة، بلدية: bodies, go on)
        phrase.append(t)
        i += 1
    return phrase


def _noun_as_written(word: str) -> bool:
    """The lexicon reads the word as a noun with no preposition before it (لجنة "committee", بلدية "municipality"):
    its ب or ل may be a letter of the word."""
    return any(a.prefix_pos == "" and a.stem.pos.endswith("NOUN") for a in analyses(word))


def _written(word: str) -> str:
    """A word with its diacritics and tatweel dropped and its hamzated alefs folded, its final ى kept:
    the stop list writes إلى and على so, while علي is the name Ali."""
    return re.sub("[أإآ]", "ا", re.sub("[\u064b-\u0652\u0640]", "", word))


def english_speakers(pair: AlignedPair) -> list[Speaker]:
    """Speakers of English reporting verbs ('a security source said', 'said the source') and 'according to'."""
    from workbench.findings._dateline import english_dateline_end

    out: list[Speaker] = []
    for k, s in enumerate(pair.en):
        lead = english_dateline_end(s.text)  # 'SAMARRA – Senior officials said': the dateline is no speaker
        cues = [(v.start, v.text) for v in pair.view.en_verbs[k]]
        cues += [(m.start(), m.group(0)) for m in re.finditer(r"\baccording to\b|\bquoted\b", s.text, re.I)]
        for start, cue in sorted(cues):
            end = start + len(cue)
            before = s.text[lead if lead <= start else 0 : start]
            after = s.text[end:]
            tail = re.match(r"\s*([^,.;:“”\"]{2,80})(?:\s*[.]\s*$|\s*$|,\s*who\b)", after)
            # 'Nurses, however, said the ward was full …': a clause after the verb, not its subject
            quoted = re.search(r"[”\"’]\s*$", before)
            # '…, said a nurse who saw it': the relative clause is the speaker's, not a clause said
            inverted = re.split(r"\s+(?:who|which|that)\b", tail.group(1))[0].strip() if tail else ""
            if tail and (_after_aside(before) or not quoted and _clause_after_noun(inverted)):
                tail = None
            if cue.lower() not in ("according to", "quoted") and re.search(r"[,”\"’]\s*$", before) and tail:
                phrase = inverted  # '..., said the source.'
                first = phrase.split()[0].lower()
                if first not in ("the", "a", "an", "one") and not phrase[0].isupper() and first not in _en_kinds():
                    phrase = _en_subject(before)
            elif (
                cue.lower() not in ("according to", "quoted")
                and re.search(r"[,”\"’]\s*$", before)
                and (
                    spoken := re.match(
                        r"\s*((?:an?|one|the)\s+[a-z]+)(?=[,.;]|\s+(?:on|in|at|to|after|before)\b)", after
                    )
                )
            ):
                phrase = spoken.group(1)  # '..., said an official, 79, in Skopje.'
            elif cue.lower() == "according to":
                m = re.match(r"\s*([^,.;:“”\"]{2,80})", after)
                phrase = m.group(1).strip() if m else ""
            else:
                phrase = _en_subject(before)
            # 'X said … and added': a verb joined to the one before has its speaker
            joined = cue.lower() not in ("according to", "quoted") and re.search(r"\band\s*$", before)
            participle = cue.lower() not in ("according to", "quoted") and cue.split()[0].lower().endswith("ing")
            if participle and re.search(r",\s*$", before) or joined:
                # 'X said …, adding that', '…, pointing out that': a participle after a comma has the speaker of the
                # clause it hangs on
                prev = [sp for sp in out if sp.sentence == k]  # the cues come in order
                clause = re.sub(r"\s*\band\s*$", "", before)
                if prev or not joined or re.search(r",\s*(?:which|who|whose|that|where)\b", clause):
                    # 'The blast, which killed 80 and laid bare …': the verb goes on with a relative clause
                    speaker = replace(prev[-1], cue=cue) if prev else Speaker("", "implicit", (), (), cue, k)
                    out.append(speaker)
                    continue
                phrase = _en_subject(clause)  # 'The ministry issued a statement and said': its subject's clause

            if cue.lower() == "quoted" and re.match(r"\s+by\b", after, re.I):
                # 'analysts quoted by the daily al-Shorouk': the outlet is after 'by'; the speaker, before 'quoted',
                # goes with the verb of saying that follows ('officials quoted by the health minister': no outlet)
                outlet = _quoting_outlet(after)
                if outlet:
                    speaker = _classify_en(s.text, outlet, cue, k)
                    out.append(Speaker(speaker.text, "outlet", speaker.names, speaker.words, cue, k))
                continue
            # 'Energy analysts quoted by the daily al-Shorouk warned': the subject less the outlet that quoted it
            phrase = re.sub(r"\s+quoted\s+by\s+.*$", "", phrase, flags=re.I)
            speaker = _classify_en(s.text, phrase, cue, k)
            if cue.lower() == "quoted" and speaker.text:
                speaker = Speaker(speaker.text, "outlet", speaker.names, speaker.words, cue, k)  # al-Ma'aloumeh quoted
            out.append(speaker)
        out += _opinion_speakers(s.text, k, taken={sp.cue for sp in out if sp.sentence == k})
    return out


def _quoting_outlet(after: str) -> str:
    """The outlet named after 'quoted by': named after its kind ('the daily al-Shorouk') or one the gazetteer
    lists (Rudaw); '' for a person or words that are no outlet ('Health Minister …', 'Iraqi state media')."""
    by = _QUOTED_BY.match(after)
    if by is None or not by.group(1) and not any(h.start == 0 for h in _outlet_terms()[1].find(by.group(2))):
        return ""
    return by.group(2).strip()


# 'quoted by the daily al-Shorouk': the name of the outlet after 'by' (its capitalised words)
_QUOTED_BY = re.compile(
    r"\s+(?i:by)\s+(?:(?i:the)\s+)?((?i:daily|newspaper|website|news\s+site|channel|agency)\s+)?"
    r"((?:(?:al|el|Al|El)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]*)*)"
)
# auxiliaries and modals: after a subject's first noun they make the words a clause ('the road was shut')
_EN_AUX = _EN_BE | frozenset(("has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "did"))
_EN_DETERMINERS = frozenset(("the", "a", "an", "one", "some", "two", "three", "several", "many", "most"))


def _clause_after_noun(words: str) -> bool:
    """Words after a verb make a clause, not an inverted subject: past the determiner, the first noun is
    followed by an auxiliary or a past form with words after it ('the hospital was short', 'the road
    reopened today'), not 'a resident' or 'a retired teacher'."""
    ws = [w.lower() for w in words.split()]
    while ws and ws[0] in _EN_DETERMINERS:
        ws = ws[1:]
    return any(w in _EN_AUX or (w.endswith("ed") and n + 1 < len(ws)) for n, w in enumerate(ws) if n)


@lru_cache(maxsize=1)
def _opinion_cues() -> re.Pattern[str]:
    words = sorted((r[0] for r in load("attribution_cues_en.tsv")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


def _opinion_speakers(text: str, k: int, *, taken: set[str]) -> list[Speaker]:
    """Unnamed sources credited with a view rather than a statement ('Experts attribute the rise to …',
    'Analysts believe …'): the subject right before the verb, kept only when it is an unnamed source."""
    out = []
    quoted = [(q.start, q.end) for q in find_quotes(text)]
    for m in _opinion_cues().finditer(text):
        before = text[: m.start()]
        if any(a < m.start() < b for a, b in quoted):
            continue  # '"Few people expected us to recover …," he said': the speaker's own words, no view credited
        if m.group(0) in taken or re.search(
            r"\b(?:to|not|n't|would|could|may|might|is|are|was|were|be|been)\s+$", before
        ):
            continue
        if _PARTICIPLE_AFTER.search(before):
            continue  # 'two suspected gunmen', 'the expected rise': a participle before its noun, no one's view
        if re.match(r"\s+(?:to|by|of)\b", text[m.end() :]):
            # 'officials expected to meet', 'attacks blamed by', 'three men suspected of smuggling': a passive
            # participle after its noun, not a view credited to them
            continue
        sp = _classify_en(text, _en_subject(before), m.group(0), k)
        last = _en_head(sp.words).lower()
        if sp.kind in ("generic", "anonymous") and _en_kinds().get(last) in ("generic", "anonymous"):
            out.append(sp)
    return out


# a determiner or a number right before an opinion verb: the verb is a participle before its noun
_PARTICIPLE_AFTER = re.compile(
    rf"\b(?:{'|'.join(sorted(_EN_DETERMINERS))}|\d+|four|five|six|seven|eight|nine|ten|dozens)\s+$", re.I
)


def _after_aside(before: str) -> bool:
    """The words before a verb end with an aside between commas ('Nurses in Mosul, for their part,'): the subject
    stands before it, the verb is not inverted after a quotation."""
    parts = [p.strip() for p in re.split(r"[.;:“”\"]", before)[-1].split(",")]
    parts = [p for p in parts if p]
    return len(parts) > 1 and parts[-1].lower() in _EN_ASIDES


def _en_subject(before: str) -> str:
    """The subject before a verb: back to the clause start, keeping an appositive ('X, a member of Y,'),
    passing over an aside between commas ('Engineers in Najaf, however, warned') and an auxiliary or adverb
    ending it ('Officials at the ministry had said')."""
    if re.search(r"\b(?:and|or|but)\s*$", before, re.I):
        return ""  # 'which killed 80 people and laid bare …': a verb joined to the one before has its subject
    clause = re.split(r"[.;:“”\"]|\bthat\b|\band\b(?=\s+[a-z])", before)[-1]
    parts = [p.strip() for p in clause.split(",") if p.strip()]
    # 'footage, which the appellants' lawyers had argued': the verb is the relative clause's own, said by its subject
    own = _EN_OBJECT_RELATIVE.match(parts[-1]) if parts and not re.search(r",\s*$", before) else None
    if own is not None and _noun_phrase(own.group(1)):
        parts[-1] = own.group(1)
    while len(parts) > 1 and (parts[-1].lower() in _EN_ASIDES or _relative_clause(parts[-1])):
        parts.pop()  # 'Lucía Benavides, who represents former fighters …, told': the clause is not the subject
    if parts:
        words = parts[-1].split()
        if words and words[-1].lower() in _EN_BE:
            return ""  # 'is said to be rife', 'were told': a passive, no speaker before it
        while len(words) > 1 and (words[-1].lower() in _EN_TRAILING or _adverb_after_subject(words)):
            words.pop()
        parts[-1] = " ".join(words)
    if not parts:
        return ""
    # 'However, a local council member': an aside that opens the sentence is no name before a post
    name_like = (
        len(parts) >= 2
        and parts[-2].lower() not in _EN_ASIDES
        and all(w[0].isupper() or w.startswith(("al-", "el-", "bin", "ibn")) for w in parts[-2].split())
        or len(parts) >= 2
        and _particle_name(parts[-2])
    )
    if name_like and re.match(r"(?:a|an|the|one\s+of)\b", parts[-1], re.I):
        return f"{parts[-2]}, {parts[-1]}" if f"{parts[-2]}, {parts[-1]}" in before else parts[-1]
    words = parts[-1].split()
    if len(words) > 1 and words[0].lower() in _EN_SUBORDINATORS:
        words = words[1:]  # 'as an official says', 'but residents say': the conjunction is not the speaker
    return " ".join(words[_subject_start(words) :])


# a relative clause whose pronoun is the object of its verb ('which the lawyers had', 'whom his aides'): its subject
_EN_OBJECT_RELATIVE = re.compile(r"(?:which|whom)\s+((?:the|a|an|his|her|their|its|our|some|several)\b.*)$", re.I)


def _noun_phrase(words: str) -> bool:
    """A relative clause's subject, its auxiliaries at the end aside, is a noun phrase of five words at most with no
    verb or preposition in it ('the appellants' lawyers had'; not 'the ministry published on Monday', which runs on
    past the clause's verb)."""
    ws = words.split()
    while ws and ws[-1].lower() in _EN_RELATIVE_AUX:
        ws.pop()
    return 0 < len(ws) <= 5 and not any(w.lower().endswith("ed") or w.lower() in _EN_RELATIVE_STOP for w in ws[1:])


_EN_RELATIVE_AUX = frozenset(("had", "has", "have", "was", "were", "is", "are", "would", "could", "will"))
_EN_RELATIVE_STOP = frozenset(("on", "in", "at", "to", "for", "by", "from", "with", "after", "before", "during"))


def _subject_start(words: list[str]) -> int:
    """Where the subject's last eight words start, moved back over a qualifier they would cut in two ('Officials
    at the Brega Petroleum Marketing Company's southern office'): the unnamed people go with their place."""
    start = max(0, len(words) - 8)
    back = start
    while back > max(0, start - 4) and (words[back][:1].isupper() or words[back].lower() in _EN_DETERMINERS):
        back -= 1
    return back - 1 if back > 0 and words[back].lower() in _EN_QUALIFIERS else start


# the lower-case particles of European and Arabic names ('Anneke de Vries', 'Ludwig van der Berg')
_NAME_PARTICLES = frozenset(
    ("de", "van", "von", "der", "den", "da", "di", "du", "dos", "das", "del", "la", "le", "ter")
)


def _particle_name(words: str) -> bool:
    """A name with a lower-case particle inside it ('Professor Anneke de Vries'): capitalised words first and last,
    particles between."""
    ws = words.split()
    return (
        len(ws) >= 3
        and ws[0][:1].isupper()
        and ws[-1][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in ws)
        and any(w in _NAME_PARTICLES for w in ws)
    )


# conjunctions that open the clause of a subject ('as an official says', 'but residents say', 'while experts warn')
_EN_SUBORDINATORS = frozenset(("as", "but", "and", "yet", "while", "whereas", "although", "though"))
_EN_NOUN_BEFORE = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "whose"))


def _relative_clause(part: str) -> bool:
    """A relative clause set off by commas after the subject ('who represents former fighters in Cauca')."""
    return bool(re.match(r"(?:who|whose|which)\s", part))


def _adverb_after_subject(words: list[str]) -> bool:
    """The last word is an -ly adverb between the subject and the verb ('officials openly said'), not an -ly
    noun after a determiner ('the family') nor a source word or a capitalised name."""
    w = words[-1]
    return (
        len(w) >= 5
        and w.islower()
        and w.endswith("ly")
        and w not in _en_kinds()
        and words[-2].lower() not in _EN_NOUN_BEFORE
    )


def _classify_en(text: str, phrase: str, cue: str, k: int) -> Speaker:
    phrase = phrase.strip()
    if phrase and phrase not in text:
        phrase = ""
    toks = en_tokens(phrase)
    words = tuple(t.text for t in toks)
    if not toks or (len(toks) == 1 and toks[0].low in _EN_PRONOUNS):
        return Speaker("", "implicit", (), words, cue, k)
    kinds = _en_kinds()
    found = [kinds[t.low] for t in toks if t.low in kinds]
    from workbench.findings._dateline import english_dateline_end

    at_start = text.startswith(phrase) or text[english_dateline_end(text) :].startswith(phrase)
    if toks[0].text not in _COMMON_CAPITALS and _APPOSITION.match(phrase[toks[0].end :]):
        at_start = False  # 'Adamczyk, a historian', 'Novak, 51,': a name, not a capital that starts the sentence
    names = tuple(
        t.text
        for j, t in enumerate(toks)
        if t.text[0].isupper()
        and not (j == 0 and at_start and (len(toks) == 1 or not toks[1].text[0].isupper()))
        and t.low not in kinds
        and t.low not in _EN_FUNCTION
        and t.low not in _EN_PRONOUNS
        and not (t.text.isupper() and len(t.text) <= 4)  # U.N., EU, AFP: bodies, not people
    )
    at = _en_head_at(words)
    head = words[at]
    if kinds.get(head.lower()) in ("generic", "anonymous") or kinds.get(head.lower()) == "role" and _indefinite(words):
        # capitals that qualify unnamed people ('Kurdish officials', 'Farmers in Diyala', 'a senior QatarEnergy
        # executive') name no one; only the comma part that holds the head is cleared: 'Hadi Nouri, a farmer in
        # Diyala,' keeps the name before it
        part = phrase[: toks[at].start].count(",")
        names = tuple(t.text for t in toks if t.text in names and phrase[: t.start].count(",") != part)
    order = ("role", "body", "outlet", "anonymous", "generic")
    kind = "named" if names else next((c for c in order if c in found), "other")
    if kind == "named" and head == words[-1] and kinds.get(head.lower()) == "body" and "," not in phrase:
        kind = "body"  # 'the Royal Oman Police', 'the Iraqi Red Crescent': a body's name, no person's
    if kind == "named" and _named_after(toks, names, "outlet") and re.search(r"\bnews agency\b", phrase, re.I):
        kind = "outlet"  # 'the state news agency Petra': the agency's name follows it
    if not names and head != words[-1] and kinds.get(head.lower()) in ("generic", "anonymous"):
        kind = kinds[head.lower()]  # 'sources in the Interior Ministry' are unnamed sources, not the ministry
    if kind == "outlet" and head == words[-1] and kinds.get(head.lower()) in ("generic", "anonymous"):
        kind = "body"  # 'UN refugee agency officials': the officials of a body, not an outlet's credit
    if kind == "other" and toks[0].low in _EN_PRONOUNS:
        kind = "implicit"
    return Speaker(phrase, kind, names, words, cue, k)


# a comma and an apposition after a sentence's first word ('Adamczyk, a historian', 'Novak, 51,') make that word
# a name, which a capital at the start of a sentence alone does not, unless it is a word that starts sentences
_APPOSITION = re.compile(r",\s+(?:an?\s|the\s|\d)")
_COMMON_CAPITALS = word_set("capitalised_words_en.tsv", "entity_common") | word_set(
    "capitalised_words_en.tsv", "sentence_starter"
)


def _en_head(words: tuple[str, ...]) -> str:
    """The head of an English speaker phrase: an unnamed-source word before its qualifier ('Teachers' in
    'Teachers in Basra', 'sources' in 'sources close to the minister'), else the last word."""
    return words[_en_head_at(words)] if words else ""


def _en_head_at(words: tuple[str, ...]) -> int:
    """Where the head of a (non-empty) English speaker phrase stands, as _en_head reads it."""
    kinds = _en_kinds()
    for j in range(1, len(words)):
        if words[j].lower() in _EN_QUALIFIERS and kinds.get(words[j - 1].lower()) in ("generic", "anonymous"):
            return j - 1
        if words[j].lower() in _EN_QUALIFIERS and kinds.get(words[j - 1].lower()) == "role" and _indefinite(words):
            return j - 1  # 'A member of the Diyala Provincial Council': one unnamed holder of the post
    return len(words) - 1


def _indefinite(words: tuple[str, ...]) -> bool:
    """The phrase opens with 'a', 'an' or 'one': someone not singled out by name."""
    return bool(words) and words[0].lower() in ("a", "an", "one")


def _name_runs(sp: Speaker, *, places: bool = True) -> list[list[str]]:
    """The runs of name words in an English speaker phrase, in order: 'HMC', 'Mike Buchanan' in 'HMC chief
    Mike Buchanan'; 'British Home', 'Sajid Javid' in 'British Home Secretary Sajid Javid' (titles come first
    and the person's name last, or the name first and its post after a comma). ``places=False``: the words
    of a place left out ('Home', 'Sajid Javid'; 'the Anbar provincial council' names no person)."""
    from workbench.findings._mentions import english_mentions

    mentions = [] if places else english_mentions(sp.text)
    left_out = {w for m in mentions if m.entity and m.entity.kind == "place" for w in m.text.split()}
    runs: list[list[str]] = [[]]
    for w in sp.words:
        if w in sp.names and w not in left_out:
            runs[-1].append(w)
        elif runs[-1] and w.lower() not in ("al", "el", "bin", "ibn", "abu"):
            runs.append([])
    return [r for r in runs if r]


def _en_credits(pair: AlignedPair, en: list[Speaker] | None = None, dropped: Speaker | None = None) -> bool:
    """The English credits the statement: credit wording, quotation marks, or a source as the subject of a
    reporting verb the credit list leaves out ('experts disclosed'). Credit wording that renders another
    verb of the Arabic than the ``dropped`` speaker's ('protests the opposition has called for' for
    احتجاجات دعت إليها المعارضة) is that clause's own, and credits nothing else."""
    # 'he said', '…, telling reporters that': a verb whose subject is a pronoun or the clause's credits it too; a post
    # or a body the Arabic names outside the dropped speaker's phrase is that other subject's ('The meteorological
    # authority had warned' for هيئة الأرصاد … حذرت, beside a بحسب مصادر dropped)
    en = [s for s in en or [] if dropped is None or not _renders_another_subject(pair, s, dropped)]
    credited = any(s.kind in ("named", "role", "body", "anonymous", "generic", "outlet", "implicit") for s in en)
    if credited or has_quote_marks(pair.en_text):
        return True
    wording = list(_EN_CREDIT.finditer(pair.en_text))
    if dropped is None:
        return bool(wording)
    return any(not _renders_another_verb(pair, m.group(0), dropped) for m in wording)


def _renders_another_subject(pair: AlignedPair, e: Speaker, dropped: Speaker) -> bool:
    """An English post or body speaker whose head word renders an Arabic word of the dropped speaker's sentence
    outside his phrase and cue, and none of the phrase's own words."""
    if e.kind not in ("role", "body") or not e.words or not dropped.text:
        return False
    head = stem(e.words[-1].lower())
    if any(head in _source_senses(w) for w in dropped.words):
        return False
    text = pair.ar[dropped.sentence].text
    end = _speaker_end(pair, dropped)
    if end is None:
        return False
    at = end - len(dropped.text)
    outside = text[:at] + " " + text[end:]
    return any(head in _source_senses(t.text) for t in ar_tokens(outside))


def _renders_another_verb(pair: AlignedPair, wording: str, dropped: Speaker) -> bool:
    """The credit wording's verb ('called' in 'called for') is a gloss of an Arabic word of the pair other
    than the dropped speaker's own cue: it renders that word's clause."""
    words = re.findall(r"[a-z]+", wording.lower())
    if len(words) > 2 or words[0] in ("according", "in"):
        return False  # 'according to', 'in a statement': wording that only credits, no verb of a clause
    key = stem(words[0])
    if key in STOPWORDS and words[0] not in STOPWORDS:
        return False  # 'noted' stems to 'not', which ليس glosses: no verb of another clause
    cue = normalize_ar(dropped.cue)
    if key in gloss_stems(dropped.cue):
        return False  # ويتوقع خبراء → 'Meteorologists expect': the wording renders the cue itself
    for k, s in enumerate(pair.ar):
        toks = ar_tokens(s.text)
        # the cue's own phrase (حسب ما كشفته التصريحات "according to what the statements revealed") is no other clause
        at = next((i for i, t in enumerate(toks) if k == dropped.sentence and cue in (t.norm, t.bare)), None)
        own = range(at, at + 4) if at is not None else range(0)
        if any(key in gloss_stems(t.text) for i, t in enumerate(toks) if i not in own):
            return True
    return False


def _name_in(names: tuple[str, ...], words: list[str]) -> bool:
    return any(names_match(n, w) for n in names for w in words if len(w) >= 3)


# the endings that make a noun of a word without changing what it names ('transport' → 'transportation')
_DERIVED = frozenset(("ation", "ion", "al", "er", "ers", "ing", "ment", "ments"))


def _named_after(toks: Sequence[EnToken], names: Sequence[str], kind: str) -> bool:
    """Every name of an English speaker phrase follows a word of ``kind`` ('the Ministry of Industry and Trade',
    'the news agency Petra'), no person's title among them and no apposition: the name is the body's."""
    kinds = _en_kinds()
    at = next((j for j, t in enumerate(toks) if kinds.get(t.low) == kind), None)
    if at is None or any(kinds.get(t.low) in ("role", "generic", "anonymous") or t.text == "," for t in toks):
        return False  # 'the Ministry of Health official Ahmed Saleh': the name is the official's
    return all(toks[at].start < t.start for t in toks if t.text in names)


def _named_nearby(pair: AlignedPair, word: str) -> bool:
    """An Arabic sentence of the document within two of the link's glosses the English word or spells it."""
    ids = [s.id for s in pair.ar]
    key = stem(word.lower())
    return any(
        key in gloss_stems(t.text) or names_match(word, romanize(t.bare), strict=True)
        for s in pair.ar_document
        if s.id not in ids and min(abs(s.id - i) for i in ids) <= 2
        for t in ar_tokens(s.text)
    )


def _en_word_in_arabic(word: str, pair: AlignedPair) -> bool:
    """An English word has a counterpart anywhere in the Arabic (name skeleton, gloss or rendering); its accents
    are left off (Beltrán is Beltran, as the rendering romanises بلتران)."""
    word = _unaccented(word)
    low = word.lower()
    if low in pair.rendering.lower().split() or stem(low) in {
        stem(w) for w in re.findall(r"[a-z]+", pair.rendering.lower())
    }:
        return True
    key = stem(low)
    for k, s in enumerate(pair.ar):
        verbs = {v.start for v in pair.view.ar_verbs[k]}
        cues = [i for i, t in enumerate(ar_tokens(s.text)) if t.start in verbs]
        for n, t in enumerate(ar_tokens(s.text)):
            glosses = gloss_stems(t.text)
            # the word as written too: فاتو 'Fatou', whose ف is no conjunction
            if any(names_match(word, romanize(form), strict=True) for form in {t.bare, t.norm}) or key in glosses:
                return True
            # 'Transport' for النقل 'transportation': a gloss that is the word with a derivational suffix (not
            # 'policy' for 'police', 'pressure' for 'press')
            if len(key) >= 5 and any(g.startswith(key) and g[len(key) :] in _DERIVED for g in glosses):
                return True
            if word[:1].isupper() and _sounds_like(t.bare, word):
                return True
            # 'prosecutors' for الادعاء 'the prosecution': a body of the source table, in a word of the same root as
            # one of its renderings, right beside a reporting verb (غير أن الادعاء أشار، ويتهم الادعاء): the body
            # speaks; one only mentioned (أدلة الادعاء "the prosecution's evidence") credits nothing
            beside = any(0 < abs(n - c) <= 2 for c in cues)
            if beside and source_kind(t.bare) == "body" and any(_same_root(key, g) for g in _source_senses(t.text)):
                return True
    return False


def _sounds_like(ar_word: str, en_word: str) -> bool:
    """An Arabic word spells how the English name is said (أدامتشيك ~ Adamczyk, جيلينسكا ~ Zielińska): their
    sound keys, three consonants or more, are close; romanising the Arabic loses what a foreign spelling says."""
    key = ar_sound_key(ar_word)
    return len(key) >= 3 and any(len(k) >= 3 and sound_keys_close(key, k) for k in en_sound_keys(en_word))


@dataclass(frozen=True)
class _Sides:
    """What every attribution rule looks at: the pair, the speakers found on each side, the English words."""

    pair: AlignedPair
    ar: list[Speaker]
    en: list[Speaker]
    en_words: list[str]

    def finding(self, subtype: str, ar_span: str, en_span: str, severity: str, score: float, why: str) -> Finding:
        return make_finding(
            self.pair,
            "attribution",
            subtype,
            ar_span=ar_span,
            en_span=en_span,
            severity=severity,
            score=score,
            explanation=why,
        )


def detect(pair: AlignedPair) -> list[Finding]:
    """Compare who the statement is credited to on each side: the first rule that applies gives the finding."""
    if not pair.ar or not pair.en:
        return []
    sides = _Sides(
        pair, arabic_speakers(pair), english_speakers(pair), [t.text for s in pair.en for t in en_tokens(s.text)]
    )
    outlet = _outlet_credit(sides)
    for rule in _RULES:
        found = rule(sides)
        if found is not None:
            if outlet is not None and (found.subtype in _CREDIT_SUBTYPES or found.ar_span == outlet.ar_span):
                return [outlet]  # the same credit, read by the outlet rule
            return [found] if outlet is None else [outlet, found]
    return [outlet] if outlet is not None else []


_CREDIT_SUBTYPES = frozenset(("source_added", "source_dropped"))


@dataclass(frozen=True)
class _Outlet:
    key: str  # the outlet's first English name: its identity
    text: str  # exact text in its sentence
    sentence: int
    holds: str  # what the name also reads as ('place: Baghdad'), "" when nothing


@lru_cache(maxsize=1)
def _outlet_terms() -> tuple[ArabicTerms[tuple[str, str]], EnglishTerms[tuple[str, str]]]:
    ar, en = [], []
    for row in load("entities_outlets.tsv"):
        kind, en_cell, en_more, ar_cell, ar_more, holds = (list(row) + [""] * 6)[:6]
        if kind != "outlet":
            continue
        value = (split_forms(en_cell)[0], holds)
        en += [
            (c, value)
            for f in split_forms(en_cell) + split_forms(en_more)
            for a in _article_cases(f)
            for c in _generic_cases(a)
        ]
        ar += [(f, value) for f in split_forms(ar_cell) + split_forms(ar_more)]
    return ArabicTerms(ar, keep_article=True), EnglishTerms(en)


# the generic words that close an outlet's name, which copy also writes in lower case ("the Hawar news agency")
_OUTLET_GENERIC = re.compile(r"(?<=\w )((?:news |press )?(?:agency|network|channel|television|radio|newspaper))$", re.I)


def _generic_cases(form: str) -> tuple[str, ...]:
    """An English outlet name as written, and with the generic words that close it in lower case (Hawar News
    Agency, Hawar news agency); a name that is generic words alone keeps its capitals."""
    m = _OUTLET_GENERIC.search(form)
    if not m or not form[: m.start()].strip():
        return (form,)
    lowered = form[: m.start()] + m.group(1).lower()
    return (form,) if lowered == form else (form, lowered)


def _article_cases(form: str) -> tuple[str, ...]:
    """An English outlet name with the Arabic article in both cases: copy writes Al-Watan and al-Watan."""
    m = re.match(r"([Aa])l([- ])", form)
    if not m:
        return (form,)
    return (f"Al{m.group(2)}{form[3:]}", f"al{m.group(2)}{form[3:]}")


# al-Maalomah's name is the word المعلومة "the information": it is the outlet only where the text
# credits it (للمعلومة، لـ"المعلومة"، وكالة المعلومة، «المعلومة») or in a dateline
_MAALOMAH_CREDIT = re.compile(
    r"(?:(?<![\u0621-\u064a])لل|ل[ـ\s]*[\"«“]\s*|[\"«“]\s*|وكاله\s+)(?:ال)?معلومه(?![\u0621-\u064a])"
)
_MAALOMAH_WORD = re.compile(r"(?<![\u0621-\u064a])(?:[وب]?ال|لل|[وبل])?معلومه(?![\u0621-\u064a])")
_MAALOMAH_KEY = "al-Maalomah"


def arabic_outlets(pair: AlignedPair, *, datelines: bool) -> list[_Outlet]:
    """Outlets the Arabic names, with or without those in a dateline (المعلومة/ بغداد..)."""
    from workbench.findings._dateline import arabic_dateline_end

    ar_terms, _ = _outlet_terms()
    out = []
    for k, s in enumerate(pair.ar):
        skip = 0 if datelines else arabic_dateline_end(s.text)
        out += [
            _Outlet(h.value[0], h.text, k, h.value[1])
            for h in ar_terms.find(s.text)
            if h.start >= skip
            and (datelines or not _station_of_staff(s.text[: h.start]))
            and not _inside_an_english_name(pair, s.text, h.start, h.text)
        ]
        norm = normalize_ar(s.text)
        lead = arabic_dateline_end(s.text)
        for m in _MAALOMAH_WORD.finditer(norm):
            in_dateline = m.start() < lead
            credit = _MAALOMAH_CREDIT.search(norm[max(0, m.start() - 8) : m.end()])
            if (in_dateline and datelines) or (not in_dateline and credit):
                out.append(_Outlet(_MAALOMAH_KEY, "", k, "word: the information"))
        taken = {o.key for o in out if o.sentence == k}
        out += [o for o in _quoted_credits(s.text, k) if o.key not in taken]
    return out


def _inside_an_english_name(pair: AlignedPair, text: str, start: int, name: str) -> bool:
    """The outlet's name is read after a letter glued before it (فارنا: ف + ارنا IRNA) where the whole word is how a
    name the English writes is said ('Varna'): that name, not the outlet."""
    m = re.search(r"[\u0621-\u064a]+$", text[:start])
    if m is None:
        return False
    whole = m.group(0) + name.split()[0]
    return any(_sounds_like(whole, w) for w in _capitalised_words(pair))


def _capitalised_words(pair: AlignedPair) -> list[str]:
    """The English words of the pair written with a capital, three letters or more: names an Arabic word may spell."""
    return [t.text for s in pair.en for t in en_tokens(s.text) if t.text[:1].isupper() and len(t.text) >= 3]


def _station_of_staff(before: str) -> bool:
    """The outlet's name follows ل and a station's kind after a post or staff (المدير العام لإذاعة موزاييك أف أم
    "the director general of Mosaique FM"): the station is where the speaker works, not the one told, as
    ``_station_told`` reads an unlisted one."""
    norm = normalize_ar(before)
    m = _STATION_OF.search(norm)
    return m is not None and _staff_before(ar_tokens(norm[: m.start()]))


def _staff_before(before: list[ArToken]) -> bool:
    """The last word is a post or staff of a station (مدير، مراسل، العاملين: station_staff in credit_cues_ar.tsv);
    العام/العامة only after مدير (station_staff_qualifier, station_director: المدير العام), since they also end other
    titles (المتحدث باسم النيابة العامة)."""
    if not before:
        return False
    last = before[-1]
    if last.norm in _STAFF_QUALIFIERS or "ال" + last.bare in _STAFF_QUALIFIERS:
        return len(before) > 1 and before[-2].bare in _STATION_DIRECTORS
    return last.norm in _STATION_STAFF or last.bare in _STATION_STAFF


_STAFF_QUALIFIERS = frozenset(normalize_ar(w) for w in word_set("credit_cues_ar.tsv", "station_staff_qualifier"))
_STATION_DIRECTORS = frozenset(normalize_ar(w) for w in word_set("credit_cues_ar.tsv", "station_director"))


def _credit_moved(key: str, pair: AlignedPair) -> bool:
    """Whether the English document credits an outlet in more sentences outside this link than the Arabic document
    does outside it (datelines aside): the English gave the credit in another sentence, not dropped it."""
    own_en, own_ar = {s.id for s in pair.en}, {s.id for s in pair.ar}
    en_other = tuple(s for s in pair.en_document if s.id not in own_en)
    if not en_other:
        return False
    ar_other = tuple(s for s in pair.ar_document if s.id not in own_ar)
    english = {o.sentence for o in english_outlets(replace(pair, en=en_other)) if o.key == key}
    arabic = {o.sentence for o in arabic_outlets(replace(pair, ar=ar_other), datelines=False) if o.key == key}
    return len(english) > len(arabic)


# what divides a dateline into its place and its outlet: dashes, slashes, colons, commas, brackets, dots
_DATELINE_PARTS = re.compile(r"[–—/:،,()\-.]+")


def _publishers(pair: AlignedPair) -> set[str]:
    """The outlets the Arabic document's datelines name (الكويت – القبس:): the report's publisher, whom an English
    sentence may credit anywhere ('Al-Qabas reported'), no credit put in (where the Arabic credits another outlet
    there, the credit swapped is reported all the same)."""
    doc = pair.ar_document
    if not doc:
        return set()
    from workbench.findings._dateline import arabic_dateline_end

    ar_terms, _ = _outlet_terms()
    out = {h.value[0] for s in doc for h in ar_terms.find(s.text) if _in_dateline(s.text, h.start, h.text)}
    # … or under its bare name, kind left out, as a whole part of the dateline after its place (الكويت – القبس: for
    # صحيفة القبس; not الحدث in ليبيا الحدث, another channel)
    parts = set()
    for s in doc:
        found = [
            " ".join(p.split()) for p in _DATELINE_PARTS.split(normalize_ar(s.text[: arabic_dateline_end(s.text)]))
        ]
        parts |= set([p for p in found if p][1:])  # the first part is the place (الرياض - واس -: Riyadh, not the daily)
    for key, forms in _outlet_forms().items():
        if any((m := _KIND_FORM.match(f)) and m.group(1) in parts for f in forms):
            out.add(key)
    # المعلومة, a word the English may read as al-Maalomah's name wherever it stands: that reading is a finding
    return out - {_MAALOMAH_KEY}


def _in_dateline(text: str, start: int, name: str) -> bool:
    """The outlet's name stands in the sentence's dateline: before its end, or right at the end of a dateline that
    has one and closed by a dash or a colon (جزين - الوكالة الوطنية للإعلام - اندلع …: the dateline ends after the
    place); not an outlet opening a sentence with no dateline (الوكالة الوطنية للإعلام: الجيش يعلن …)."""
    from workbench.findings._dateline import arabic_dateline_end

    end = arabic_dateline_end(text)
    return start < end or 0 < start == end and bool(re.match(r"\s*[-–—:]", text[start + len(name) :]))


@lru_cache(maxsize=1)
def _quoted_names() -> re.Pattern[str] | None:
    """لـ"النهار"، لـ«الميادين»: an outlet whose name is a plain word, listed with its kind (صحيفة النهار), told
    something under its bare name in quotation marks; group 1 is the name."""
    bare = {m.group(1) for forms in _outlet_forms().values() for f in forms if (m := _KIND_FORM.match(f))}
    if not bare:
        return None
    names = "|".join(sorted(map(re.escape, bare), key=len, reverse=True))
    # لـ"النهار"، لصحيفة "الوطن": after ل, or after the outlet's kind written before the quotation marks
    kind = r"(?:[وبل]|لل)?(?:صحيفه|قناه|وكاله|شبكه|موقع)\s*"
    return re.compile(rf"(?<![\u0621-\u064a])(?:ل\s*|{kind})[\"«“]\s*({names})\s*[\"»”]")


_KIND_FORM = re.compile(r"(?:صحيفه|قناه|وكاله|شبكه|موقع) (\S.*)")


@lru_cache(maxsize=1)
def _told_names() -> re.Pattern[str] | None:
    """في تصريحات للشروق، في حديث لـ"النهار": an outlet whose name is a plain word, listed with its kind,
    after words for statements made to it (ل before the name, its article dropped after ل: للشروق); group 1 is
    the name as written with ل apart, group 2 the name after لل, without its article."""
    bare = {m.group(1) for forms in _outlet_forms().values() for f in forms if (m := _KIND_FORM.match(f))}
    # statements made to the press (تصريح، تصريحات), not a talk (حديث للوطن "an address to the nation"); the names
    # that are the press or the nation themselves (الصحافة الفرنسية, الوطن, العالم) are read only with ـ or quotes
    bare = {b for b in bare if b not in _TOLD_GENERIC and not b.startswith(("الصحافه", "الاعلام"))}
    if not bare:
        return None
    names = "|".join(sorted(map(re.escape, bare), key=len, reverse=True))
    articled = "|".join(sorted((re.escape(b[2:]) for b in bare if b.startswith("ال")), key=len, reverse=True))
    told = r"(?<![\u0621-\u064a])(?:تصريح|تصريحات)\s+(?:خاص|خاصه|صحفيه|صحافيه)?\s*"
    return re.compile(rf"{told}(?:ل[ـ\s]*[\"«“]?\s*({names})|لل({articled}))(?![\u0621-\u064a])")


_TOLD_GENERIC = frozenset(("الوطن", "العالم", "الشعب", "الناس", "الامه"))


def _quoted_credits(text: str, k: int) -> list[_Outlet]:
    pattern = _quoted_names()
    if pattern is None:
        return []
    by_bare = {
        m.group(1): (key, holds)
        for key, forms in _outlet_forms().items()
        for f in forms
        if (m := _KIND_FORM.match(f))
        for holds in [_outlet_holds().get(key, "")]
    }
    norm, index = normalize_with_map(text)
    out = [
        _Outlet(by_bare[m.group(1)][0], original_span(text, index, m.start(1), m.end(1)), k, by_bare[m.group(1)][1])
        for m in pattern.finditer(norm)
    ]
    told = _told_names()
    for m in told.finditer(norm) if told is not None else ():
        g = 1 if m.group(1) else 2
        name = m.group(1) or "ال" + m.group(2)
        if name in by_bare and not any(o.key == by_bare[name][0] for o in out):
            start = m.start(g) - (2 if g == 2 else 0)  # للشروق whole: the name with the ل it is told by
            out.append(_Outlet(by_bare[name][0], original_span(text, index, start, m.end(g)), k, by_bare[name][1]))
    return out


@lru_cache(maxsize=1)
def _outlet_holds() -> dict[str, str]:
    return {
        split_forms(row[1])[0]: (list(row) + [""] * 6)[5] for row in load("entities_outlets.tsv") if row[0] == "outlet"
    }


def english_outlets(pair: AlignedPair) -> list[_Outlet]:
    """Outlets the English credits (not in a dateline)."""
    from workbench.findings._dateline import english_dateline_end

    _, en_terms = _outlet_terms()
    return [
        _Outlet(h.value[0], h.text, k, h.value[1])
        for k, s in enumerate(pair.en)
        for h in en_terms.find(s.text)
        if h.start >= english_dateline_end(s.text) and not _indefinite_generic(s.text, h.start, h.text)
    ]


def _indefinite_generic(text: str, start: int, name: str) -> bool:
    """An outlet's name matched with its generic words in lower case, where no 'the' stands before it and the
    words before the generic ones are no name: 'an Iraqi news agency' is any agency of Iraq, 'the Hawar news
    agency' and 'Ma'an news agency' the one named."""
    generic = _OUTLET_GENERIC.search(name)
    if generic is None or not generic.group(1).islower():
        return False
    base = name[: generic.start()].strip()
    if base[:1].isupper() and not any(not m.is_name for m in english_mentions(base)):
        return False  # a name before the generic words (Ma'an, Hawar), not a land's adjective (Iraqi)
    return not re.search(r"\bthe\s+(?:[\w-]+\s+)?$", text[:start], re.I)


def _outlet_credit(x: _Sides) -> Finding | None:
    """An outlet credit swapped for another, dropped, or added (al-Maalomah read into the word المعلومة)."""
    credited = arabic_outlets(x.pair, datelines=False)
    named = {o.key for o in arabic_outlets(x.pair, datelines=True)}
    en = english_outlets(x.pair)
    en_keys = {o.key for o in en}
    if credited and en and not ({o.key for o in credited} & en_keys):
        a, e = credited[0], en[0]
        return x.finding(
            "speaker_changed",
            _outlet_span(x.pair, a),
            e.text,
            "major",
            0.75,
            f"Arabic credits the outlet {a.key}; the English credits {e.key} instead",
        )
    # a credit is reported with its words: one whose words cannot be found in its sentence is not reported
    dropped = [
        o
        for o in credited
        if o.key not in en_keys
        and _outlet_span(x.pair, o)
        and not _spelt_in_english(o, x.pair)
        and not _credit_moved(o.key, x.pair)
    ]
    if dropped and not en:
        a = dropped[0]
        place = a.holds.split(":", 1)[1].split(";")[0].strip() if a.holds.startswith("place:") else ""
        if place and _place_named_apart(x.pair, a):
            place = ""  # السويداء - … شبكة "السويداء 24": the English place renders the Arabic's own, no misreading
        misread = place and re.search(rf"\b{re.escape(place)}\b", x.pair.en_text)
        return x.finding(
            "source_dropped",
            _outlet_span(x.pair, a),
            misread.group(0) if misread else "",
            "major",
            0.7,
            f"Arabic credits the outlet {a.key}; the English drops the credit"
            + (f" and reads its name as the place '{place}'" if misread else ""),
        )
    publishers = _publishers(x.pair) if en else set()  # read once, only where the English credits an outlet
    added = [
        o
        for o in en
        if o.key not in named
        and o.key not in publishers
        and not _mentioned_in_arabic(o.key, x.pair)
        and not _spelt_in_arabic(o.text, x.pair)
        and not _qualifies_a_noun(o, x.pair)
        and not _name_word_in_arabic(o, x.pair)
        and not _inside_a_name(o, x.pair)
    ]
    if added:
        e = added[0]
        word = next((m for s in x.pair.ar for m in _MAALOMAH_WORD.finditer(normalize_ar(s.text))), None)
        if e.key == _MAALOMAH_KEY and word is not None:
            # the word المعلومة read as the outlet: it displaces the speaker's own knowledge, or adds a credit
            own = any(sp.kind in ("named", "role", "implicit", "body") for sp in x.ar)
            subtype = "speaker_changed" if own else "source_added"
            return x.finding(
                subtype,
                "",
                e.text,
                "major" if own else "minor",
                0.7,
                f"English credits {e.text}, reading the Arabic word المعلومة ('the information') as the outlet's name",
            )
        other = _unlisted_credit(x.pair)
        if other:
            why = f"Arabic credits the outlet '{other}'; the English credits {e.text} instead"
            return x.finding("speaker_changed", other, e.text, "minor", 0.6, why)
        why = f"English credits the outlet {e.text}; the Arabic names none here"
        return x.finding("source_added", "", e.text, "minor", 0.65, why)
    if not credited and not en:
        return _unlisted_credit_dropped(x) or _unlisted_credit_added(x)
    return None


# an English credit to an outlet the gazetteer does not know: 'according to the Mauritanian News Agency', 'told the
# Al-Quds daily' (the name's capitalised words, then a medium's noun, outlet_nouns_en.tsv)
_EN_UNLISTED_CREDIT = re.compile(
    r"\b(?:according to|told|quoted by|cited by|in remarks to|in an interview with)\s+(?:the\s+)?"
    r"((?:(?:[A-Z][\w'’-]*|al-[\w'’-]+)\s+){1,4}(?:[A-Za-z]+))\b"
)


def _unlisted_credit_added(x: _Sides) -> Finding | None:
    """The English credits an outlet the gazetteer does not know ('according to the Mauritanian News Agency', 'told
    the Al-Quds daily': a name in capitals, then a medium's noun), where the Arabic credits no outlet (none known,
    none by its kind and name, no word of a medium's kind) and spells no word of the name: a credit added (minor,
    0.6: the name is not one the gazetteer can check)."""
    if _unlisted_credit(x.pair) or any(re.search(_OUTLET_KIND, normalize_ar(s.text)) for s in x.pair.ar):
        return None
    if any(_is_source_cue(sp.cue) for sp in x.ar):
        return None  # وفقاً لهيئة الأرصاد → 'according to the Meteorological Agency': a body's credit, rendered
    for m in _EN_UNLISTED_CREDIT.finditer(x.pair.en_text):
        words = m.group(1).split()
        # a medium's noun closes the name; 'agency' only as a news or press agency (a Meteorological Agency is a body)
        last, before = words[-1].lower(), words[-2].lower() if len(words) > 1 else ""
        if last not in _MEDIUM_NOUNS or len(words) < 2 or (last == "agency" and before not in ("news", "press")):
            continue
        name = " ".join(w for w in words if w.lower() not in _OUTLET_NOUNS)
        if not name or _spelt_in_arabic(name, x.pair) or any(_en_word_in_arabic(w, x.pair) for w in name.split()):
            continue
        why = f"English credits the outlet '{m.group(1)}'; the Arabic names none here"
        return x.finding("source_added", "", m.group(0), "minor", 0.6, why)
    return None


# English that keeps a credit to a medium in some words: a verb or phrase of credit other than a plain 'said'
# (told, quoted, according to, in remarks to) or a medium's noun (outlet_nouns_en.tsv: radio, agency, interview)
_KEPT_CREDIT = re.compile(
    rf"\b(?:told|tells|quoted|quoting|according to|reported|remarks to|comments to|said to|speaking to|spoke to|"
    rf"cited|statement to|{alternation(word_set('outlet_nouns_en.tsv'))})\b",
    re.IGNORECASE,
)
# … or names it after to/by/with/on: 'revealed to al-Watan', 'in remarks carried by Youm7', 'said on Sawt al-Shamal'
_EN_TO_NAME = re.compile(r"\b(?:to|by|with|on) (?:the )?(?:[A-Z]|al-|el-)")


def _unlisted_credit_dropped(x: _Sides) -> Finding | None:
    """An outlet the gazetteer does not know, told something (قالت مصادر قضائية لـ"لبنان 24"، في تصريحات لـ"اليوم
    السابع"، لوكالة "معا"), where the English credits no outlet and keeps no words of a credit at all: the
    statement stands as the writer's own. Minor: the name is not one the gazetteer can check."""
    if _KEPT_CREDIT.search(x.pair.en_text) or _EN_TO_NAME.search(x.pair.en_text):
        return None
    for s in x.pair.ar:
        norm, index = normalize_with_map(s.text)
        found = [(m.start(1), m.end(1)) for m in _TOLD_TO.finditer(norm)]
        found += [
            (m.start(1), m.end(2)) for m in _TOLD_STATION.finditer(norm) if _station_told(x.pair, s.text, norm, m)
        ]
        for start, end in found[:1]:
            span = original_span(s.text, index, start, end)
            why = f"Arabic credits what is said here to the outlet {span}; the English credits no one for it"
            return x.finding("source_dropped", span, "", "minor", 0.6, why)
    return None


def _outlet_name_words(o: _Outlet) -> list[str]:
    """The words of an outlet's name as the Arabic writes it, its kind (وكالة، شبكة) and short words left out."""
    return [t.norm for t in ar_tokens(o.text) if not re.fullmatch(_OUTLET_KIND, t.norm) and len(t.norm) >= 3]


def _place_named_apart(pair: AlignedPair, o: _Outlet) -> bool:
    """A word of the outlet's name (its kind and figures left out) stands in the Arabic outside the outlet's words
    too (a dateline or a road: السويداء - …، بحسب شبكة "السويداء 24"): the place is named in its own right."""
    words = set(_outlet_name_words(o))
    text = pair.ar[o.sentence].text
    at = text.find(o.text)
    rest = text[:at] + " " + text[at + len(o.text) :] if at >= 0 else text
    others = [s.text for k, s in enumerate(pair.ar) if k != o.sentence]
    return any(t.norm in words for part in (rest, *others) for t in ar_tokens(part))


def _spelt_in_english(o: _Outlet, pair: AlignedPair) -> bool:
    """The English writes the Arabic outlet's own name in Latin letters ('told Petra' for لـ"بترا", 'Maan' for
    وكالة معا) rather than the gazetteer's English name: every word of the name, its kind (وكالة) left out, sounds
    like a capitalised English word (with its article: 'Al-Ayam')."""
    words = _outlet_name_words(o)
    # a figure of the name is written as such ('Suwayda 24'): a place alone ('SWEIDA –') is no spelling of it
    figures = re.findall(r"\d+", normalize_digits(o.text))
    if any(not re.search(rf"(?<!\d){f}(?!\d)", pair.en_text) for f in figures):
        return False
    caps = _capitalised_words(pair)
    # … with its article ('Al-Ayam' for الأيام): the tokens split it off
    caps += [w for s in pair.en for w in re.findall(r"\b(?:Al|al|El|el)-[A-Z][\w'’]+", s.text)]
    return bool(words) and all(
        any(_sounds_like(w, c) or names_match(romanize(w), c, strict=True) for c in caps) for w in words
    )


def _name_word_in_arabic(o: _Outlet, pair: AlignedPair) -> bool:
    """The English outlet's name names something else with a noun after it ('al-Thawra hospital', 'Al-Thawra
    General Hospital'), and the Arabic says that noun with the word that is the outlet's name after it
    (صحيفة الثورة → الثورة, in مستشفى الثورة): the English renders the Arabic's name of a place, no credit."""
    from workbench.findings._words import gloss_stems

    text = pair.en[o.sentence].text
    at = text.find(o.text)
    after = re.findall(r"[A-Za-z]+", text[at + len(o.text) :])[:2] if at >= 0 else []
    nouns = {stem(w.lower()) for w in after if w.lower() not in _OUTLET_NOUNS and w.lower() not in _EN_FUNCTION}
    bare = {m.group(1) for f in _outlet_forms().get(o.key, ()) if (m := _KIND_FORM.match(f))}
    for s in pair.ar:
        words = normalize_ar(s.text).split()
        for before, word in zip(words, words[1:], strict=False):
            if word in bare and nouns & gloss_stems(before):
                return True
    return False


def _unlisted_credit(pair: AlignedPair) -> str:
    """The Arabic credits an outlet the gazetteer does not know (لصحيفة "الشروق"), by its kind and its name in
    quotation marks: the name as written, '' when there is none. The English outlet, whose name is not spelt
    there (``_spelt_in_arabic``), then stands in its place."""
    for s in pair.ar:
        norm, index = normalize_with_map(s.text)
        m = _UNLISTED_CREDIT.search(norm)
        if m:
            return original_span(s.text, index, m.start(1), m.end(1))
    return ""


@lru_cache(maxsize=1)
def _outlet_forms() -> dict[str, tuple[str, ...]]:
    """Every form of each outlet (its first English name the key): Arabic normalised, English as written."""
    out: dict[str, tuple[str, ...]] = {}
    for row in load("entities_outlets.tsv"):
        kind, en_cell, en_more, ar_cell, ar_more = (list(row) + [""] * 5)[:5]
        if kind == "outlet":
            ar = [" ".join(normalize_ar(f).split()) for f in split_forms(ar_cell) + split_forms(ar_more)]
            out[split_forms(en_cell)[0]] = tuple(ar + split_forms(en_cell) + split_forms(en_more))
    return out


def _mentioned_in_arabic(key: str, pair: AlignedPair) -> bool:
    """The Arabic writes the outlet's name anywhere, even where the word matcher does not see it: after و
    (وسي إن إن), with the article (الواشنطن بوست) or in Latin letters (إذاعة BBC)."""
    text = " ".join(normalize_ar(s.text) for s in pair.ar)
    forms = _outlet_forms().get(key, ())
    if any(re.search(rf"(?<![A-Za-z0-9]){re.escape(f)}(?![A-Za-z0-9])", text) for f in forms):
        return True
    # a name that is a plain word (النهار "the day") is listed with its kind (صحيفة النهار); in quotation
    # marks after a credit (لـ"النهار"، «النهار») the name alone is the outlet
    bare = {m.group(1) for f in forms if (m := _KIND_FORM.match(f))}
    return any(re.search(rf"[\"«“]\s*{re.escape(b)}\s*[\"»”]", text) for b in bare)


_OUTLET_NOUNS = word_set("outlet_nouns_en.tsv")
# the nouns of a medium itself (newspaper, daily, channel …), not of its staff or what it puts out (report, footage)
_MEDIUM_NOUNS = word_set("outlet_nouns_en.tsv", "medium")


def _inside_a_name(o: _Outlet, pair: AlignedPair) -> bool:
    """'the Sheikh Jaber Al-Ahmad Al-Sabah Causeway': the English outlet's name stands between two capitalised words
    of a longer name, the last no outlet's noun, and the Arabic writes the outlet's own word (جسر الشيخ جابر الأحمد
    الصباح): a part of a person's or a place's name, no credit."""
    text = pair.en[o.sentence].text
    places = [m.start() for m in re.finditer(re.escape(o.text), text)]
    if not places or not all(_between_name_words(text, at, at + len(o.text)) for at in places):
        return False  # where the name stands twice, once as a credit ('…, Al-Sabah newspaper reported'), it credits
    bare = {m.group(1) for f in _outlet_forms().get(o.key, ()) if (m := _KIND_FORM.match(f))}
    return any(t.norm in bare for s in pair.ar for t in ar_tokens(s.text))


def _between_name_words(text: str, start: int, end: int) -> bool:
    """A capitalised word stands right before ``start`` (no possessive) and one no outlet's noun right after ``end``."""
    before = re.search(r"([A-Z][\w'’-]*)\s+$", text[:start])
    after = re.match(r"\s+([A-Z][\w-]*)", text[end:])
    return (
        before is not None
        and after is not None
        and not before.group(1).endswith(("'s", "’s"))
        and after.group(1).lower() not in _OUTLET_NOUNS  # 'Al-Sabah Newspaper'
    )


def _qualifies_a_noun(o: _Outlet, pair: AlignedPair) -> bool:
    """'the al-Alam checkpoint': after 'the', the outlet's name qualifies a noun that is no outlet's (an agency,
    a correspondent): a place or a thing named like the outlet, not a credit."""
    m = re.search(rf"\bthe\s+{re.escape(o.text)}\s+([a-z]+)\b", pair.en[o.sentence].text)
    if m is None or m.group(1) in _OUTLET_NOUNS or m.group(1) in _EN_FUNCTION:
        return False
    # 'the Fars semi-official news agency', 'the Saba state agency': the outlet's noun after its qualifiers
    after = re.match(r"(?:[\s-]+[a-z]+){1,4}", pair.en[o.sentence].text[m.start(1) - 1 :])
    for w in re.findall(r"[a-z]+", after.group(0) if after else ""):
        if w in _EN_FUNCTION:
            break  # 'the al-Alam checkpoint near the news agency': another phrase
        if w in _OUTLET_NOUNS:
            return False
    return m.start(1) not in {v.start for v in pair.view.en_verbs[o.sentence]}  # 'the X reported' credits X


def _spelt_in_arabic(name: str, pair: AlignedPair) -> bool:
    """The Arabic writes the English outlet's name in a form the gazetteer lacks (وكالة الأنباء اليمنية (سبأ)): a
    word that spells the name in brackets or quotation marks, or within four words after an outlet's kind
    (وكالة، قناة، صحيفة …). Elsewhere a word of that sound is a place or a thing (كردستان is no credit to
    Kurdistan 24), and the English credit may still be one the Arabic never gives."""
    # 'Saba news agency': the outlet's kind is no part of the name the Arabic spells
    words = [w for w in re.split(r"[\s-]+", name) if len(w) >= 3 and w.lower() not in _OUTLET_NOUNS]
    if not words:
        return False
    written = set()
    for s in pair.ar:
        # a name alone in brackets or quotation marks ((سبأ)، «سبأ»), not the first word of a quotation
        enclosed = [(b.start(1), b.end(1)) for b in _ENCLOSED.finditer(s.text)]
        toks = ar_tokens(s.text)
        for i, t in enumerate(toks):
            after_kind = any(re.search(_OUTLET_KIND, normalize_ar(u.text)) for u in toks[max(0, i - 4) : i])
            alone = any(a <= t.start and t.end <= b for a, b in enclosed)
            if len(t.bare) >= 3 and (alone or after_kind):
                written.add(romanize(t.bare))
    return all(any(names_match(w, r, strict=True) for r in written) for w in words)


# one to three words alone in brackets or quotation marks
_ENCLOSED = re.compile(r"[(«\"“]\s*([^\s()«»\"“”]+(?:\s+[^\s()«»\"“”]+){0,2})\s*[)»\"”]")

# what is written before an outlet's name where it is credited: لـ"، لصحيفة "، وكالة، لإذاعة "
_OUTLET_KIND = r"(?:صحيف[ةه]|قنا[ةه]|وكال[ةه]|شبك[ةه]|موقع|اذاع[ةه]|راديو|تلي?فزيون)"
# a station's kind that names it without quotation marks (لإذاعة موزاييك أف أم): never قناة, which is also a canal
# (الهيئة العامة لقناة السويس), nor وكالة, also a body's (المفوض العام لوكالة …)
_STATION_KIND = r"(?:اذاع[ةه]|راديو|تلي?فزيون)"
# … with ل right before a station's name (المدير العام لإذاعة …): the station its staff work for
_STATION_OF = re.compile(rf"(?<![\u0621-\u064a])ل{_STATION_KIND}\s*$")
# لصحيفة "الشروق"، لموقع «عنب بلدي»: a credit to an outlet by its kind and its name in quotation marks
_UNLISTED_CREDIT = re.compile(rf"(?<![\u0621-\u064a])ل(?:ل)?{_OUTLET_KIND}\s*[\"«“]\s*([^\"»”]{{2,30}}?)\s*[\"»”]")
_QUOTED_CREDIT_BEFORE = re.compile(rf"(?:(?<![\u0621-\u064a])[وبل]?ل?{_OUTLET_KIND}\s*|ل[ـ]?\s*)?[\"«“]\s*$")
_CREDIT_BEFORE = re.compile(rf"(?<![\u0621-\u064a])(?:[وبل]?ل?{_OUTLET_KIND}|لـ)\s*$")
# the nouns of a statement made to an outlet: في تصريح لـ"…"، في حديث لوكالة …
_STATEMENT_NOUNS = word_set("credit_cues_ar.tsv", "statement")
# an outlet credit told after a speech word (credit_cues_ar.tsv) and up to eight words of its speaker, with no
# stop and no إن/أن between (after it the statement begins), by a name in quotation marks after ل or after the
# outlet's kind (لـ"لبنان 24"، لوكالة "معا"), and followed by what was said (إن، أن، a colon or a quotation): so
# a scare-quoted term (رفضه لـ"صفقة القرن") is no credit, nor a body named after a post (المفوض العام لوكالة …),
# whose name has no quotation marks
_AR_WORD_NOT_SAID = r"(?!(?:ب|و)?ان(?:ه|ها|هم)?\s)[^\s\"«“.,:;!?()]+"
_SPEECH_THEN_WORDS = (
    rf"(?<![\u0621-\u064a])[وف]?(?:{alternation([*_SPEECH, *_STATEMENT_NOUNS])})(?![\u0621-\u064a])"
    rf"(?:\s+{_AR_WORD_NOT_SAID}){{0,12}}?\s+"
)
_STATEMENT_AFTER = r"(?=\s*,?\s*(?:(?:ب|و)?ان(?:ه|ها|هم)?\s|:|[\"«“]))"
_TOLD_TO = re.compile(
    rf"{_SPEECH_THEN_WORDS}((?:ل[ـ]?|لل?{_OUTLET_KIND})\s*[\"«“][^\"»”]{{2,30}}[\"»”]){_STATEMENT_AFTER}"
)
# … or by one to four words after a station's kind with ل alone (لإذاعة كاراكول، لتلفزيون سلطنة عمان), which names
# one station (not the article's للإذاعة الرسمية "to state radio"): the kind, then the name (see _station_told)
_TOLD_STATION = re.compile(
    rf"{_SPEECH_THEN_WORDS}(ل{_STATION_KIND})\s+({_AR_WORD_NOT_SAID}(?:\s+{_AR_WORD_NOT_SAID}){{0,3}}?){_STATEMENT_AFTER}"
)
# the words before لإذاعة that make it "of the station", not "told the station" (المدير العام لإذاعة …)
_STATION_STAFF = frozenset(normalize_ar(w) for w in word_set("credit_cues_ar.tsv", "station_staff"))
# the words after لتلفزيون/لإذاعة that name no one station (الدولة: state television)
_STATION_UNNAMED = frozenset(normalize_ar(w) for w in word_set("credit_cues_ar.tsv", "station_unnamed"))


def _station_told(pair: AlignedPair, text: str, norm: str, m: re.Match[str]) -> bool:
    """A station named after its kind (``_TOLD_STATION``) is told the statement: the word before is no post or
    staff of the station (مدير، العاملين: "the director of the station"), its name's first word no adjective the
    lexicon reads (محلية، مستقلة، خاص: "a local radio") nor a word that names none (الدولة, "state television"), and
    the English does not spell the name ('Mosaique FM', see _spelt_in_english)."""
    if _staff_before(ar_tokens(norm[: m.start(1)])):
        return False
    words = ar_tokens(m.group(2))
    first = words[0] if words else None
    if first is None or first.norm in _STATION_UNNAMED:
        return False
    readings = [a.stem.pos for a in analyses(first.text)]
    if any("ADJ" in pos for pos in readings) and "NOUN_PROP" not in readings:
        return False
    return not _spelt_in_english(_Outlet("", m.group(2), -1, ""), pair)


def _outlet_span(pair: AlignedPair, o: _Outlet) -> str:
    """The outlet's credit as written in its sentence (لـ"بغداد اليوم"، لصحيفة "الوطن"): with its ل, kind and
    quotation marks, so that a dateline naming the outlet in an earlier sentence is not taken for it."""
    if o.text:
        text = pair.ar[o.sentence].text
        at = text.find(o.text)
        if at < 0:
            return o.text
        left = _QUOTED_CREDIT_BEFORE.search(text[:at])
        right = re.match(r"\s*[\"»”]", text[at + len(o.text) :])
        if left and right:
            return text[left.start() : at + len(o.text) + right.end()]
        left = _CREDIT_BEFORE.search(text[:at])
        if left and _sentence_of_span(pair, text[left.start() : at + len(o.text)]) == o.sentence:
            return text[left.start() : at + len(o.text)]
        return o.text
    # المعلومة, للمعلومة "to al-Maalomah", found in the normalised text (لِلمعلومةِ with its vowels too)
    text = pair.ar[o.sentence].text
    norm, index = normalize_with_map(text)
    m = re.search(r"(?:لل|ال)معلومه", norm)
    return original_span(text, index, m.start(), m.end()) if m else ""


def _sentence_of_span(pair: AlignedPair, span: str) -> int:
    """The index, within the pair, of the first Arabic sentence holding ``span`` (-1 when none)."""
    return next((k for k, s in enumerate(pair.ar) if span in s.text), -1)


def _source_dropped(x: _Sides) -> Finding | None:
    """The Arabic credits a speaker with a plain speech verb or بحسب; the English credits no one.

    Unnamed sources (أفادت مصادر أمنية، بحسب مصادر ميدانية) are a hedge rather than a source: dropping
    them makes the claim firmer, a certainty/hedge_removed. A named or definite source (بحسب المصدر, the
    Observatory, economists) dropped leaves the claim unattributed: attribution/source_dropped.
    """
    verb_sp = [
        s
        for s in x.ar
        if (
            (_strip_conj(normalize_ar(s.cue)) in _SPEECH or _is_source_cue(s.cue))
            and s.kind in ("named", "role", "anonymous", "generic", "outlet", "body")
        )
        or (_strip_conj(normalize_ar(s.cue)) in _SOURCE_SPEECH and _unnamed(s, x.pair))
        or (s.kind == "implicit" and _strip_conj(normalize_ar(s.cue)) in _SAY)
        # وأشار الثبيتي إلى أن …، وأوضح مدير الفرع أن …، وأعلنت الوزارة أن …، وأشار سكان إلى أن …: a verb of another
        # sense too, with the speaker, body or group named and the statement it opens after it, reports what was said
        or (
            _strip_conj(normalize_ar(s.cue)) in _SOURCE_SPEECH
            and s.kind in ("named", "role", "body", "generic")
            and _reports_statement(x, s)
        )
        # ويقدّر الاتحاد حاجة الولاية بنحو ٢٠٠ ألف لتر: an estimate credited to its maker, a figure after him
        or (
            estimate_verb(s.cue)
            and s.kind in ("named", "role", "body", "outlet", "generic")
            and not (s.words and normalize_ar(s.words[0]) in _ESTIMATED_NOUNS)
            and _figure_follows(x.pair, s)
            and not _EN_ESTIMATE.search(x.pair.en_text)
        )
        # ووثّق مكتب توثيق الشهداء ٢٧ عملية: a tally credited to its keeper, the figure right after him, where the
        # English keeps no verb of keeping a tally ('Local monitors documented 27 …' credits it in other words)
        or (
            tally_verb(s.cue)
            and s.kind in ("named", "role", "body", "outlet", "generic")
            and _tally_follows(x.pair, s)
            and not _EN_TALLY.search(x.pair.en_text)
        )
    ]
    # the English still names the speaker (as the subject of another verb): not a claim stated as fact
    verb_sp = [s for s in verb_sp if not (s.kind == "named" and _name_in(s.names, x.en_words))]
    # وفقا لخطة الهيئة 'under the authority's plan': the English renders what the phrase names, in other words
    verb_sp = [s for s in verb_sp if not (_is_source_cue(s.cue) and _head_rendered(s, x.en_words))]
    # وأكدت الوزارة التزامها بالخطة 'the ministry reaffirmed its commitment': a verb whose object follows, not
    # reported speech, with its subject rendered, credits what the English still credits to it
    verb_sp = [s for s in verb_sp if not (_object_follows(x.pair, s) and _head_rendered(s, x.en_words))]
    if not verb_sp or _en_credits(x.pair, x.en, verb_sp[0]):
        return None
    sp = verb_sp[0]
    span = _ar_cue_span(x.pair, sp)
    who = f"'{sp.text}'" if sp.text else "the speaker named before"
    if _unnamed(sp, x.pair):
        if _en_hearsay(x.pair):
            return None  # قالت مصادر → "reportedly": the English keeps the claim at one remove
        return make_finding(
            x.pair,
            "certainty",
            "hedge_removed",
            ar_span=span,
            en_span="",
            severity="major",
            score=0.7,
            explanation=f"Arabic credits this only to unnamed {who} ('{span}'); the English drops them and "
            "states it as fact",
        )
    return x.finding(
        "source_dropped",
        span,
        "",
        "major",
        0.75 if sp.kind != "implicit" else 0.6,
        f"Arabic credits this to {who} ('{span}'); the English states it as fact with no source",
    )


# the English keeps the figure a tally someone kept ('documented', 'counted'): credited in other words
_EN_TALLY = re.compile(r"\b(?:document|count|tall(?:y|ie)|record|log|regist)(?:s|ed|ing)?\b", re.I)
# the English keeps the figure an estimate ('the municipality estimates', 'an estimated 5,000'): credited or hedged
_EN_ESTIMATE = re.compile(
    r"\b(?:estimat|reckon|calculat|assess|put(?:s|ting)?\s+(?:\S+\s+){0,6}?at\b|figures?\s+(?:show|from|by|put))", re.I
)


# يُقدَّر عدد العاملين بـ… "the number of workers is estimated at": the passive, its subject what is estimated
_ESTIMATED_NOUNS = frozenset(normalize_ar(w) for w in word_set("credit_cues_ar.tsv", "estimated"))


def _figure_follows(pair: AlignedPair, sp: Speaker) -> bool:
    """A figure stands after the verb of estimating in its clause, introduced as an estimate's (بنحو، بـ, or in an
    أن clause): digits, or a number word the numbers reader finds."""
    text = pair.ar[sp.sentence].text
    at = text.find(sp.cue)
    if at < 0:
        return False
    # from the verb on (the speaker phrase may run on over the object and the figure: الاتحاد الحاجة بنحو ٢٠٠ ألف);
    # the figure an estimate's: بنحو، بحوالي، بأكثر من، بـ, or in an أن clause (not يقدر على "can", not
    # تقدر جهود ٥٠٠ متطوع "appreciates")
    rest = re.split(r"[.؛;]", text[at + len(sp.cue) :], maxsplit=1)[0]
    m = re.search(
        r"(?:^|\s)(?:ب(?:نحو|حوالي|حوالى|قرابة|أكثر|اكثر|أقل|اقل|ما\s|ـ|\s*[\d\u0660-\u0669])|[أا]ن(?:ه|ها)?\s)", rest
    )
    return m is not None and any(not q.vague for q in arabic_quantities(rest[m.start() :]))


def _tally_follows(pair: AlignedPair, sp: Speaker) -> bool:
    """A figure stands right after the speaker phrase of a verb of keeping a tally (ووثّق المكتب ٢٧ عملية), or after
    a place phrase of up to three words (ووثّق مكتب توثيق الشهداء في درعا ٢٧ عملية), in digits or in number words the
    numbers reader finds; no comma or stop before it."""
    end = _speaker_end(pair, sp)
    if end is None:
        return False
    rest = re.split(r"[،,.؛;:]", pair.ar[sp.sentence].text[end:], maxsplit=1)[0]
    figures = [q.text for q in arabic_quantities(rest) if not q.vague]
    starts = [m.start() for m in re.finditer(r"\S+", rest)][:4]
    return any(rest.startswith(f, at) for at in starts for f in figures)


def _statement_follows(pair: AlignedPair, sp: Speaker) -> bool:
    """Right after the speaker phrase, before any comma, reported speech opens: أن/إن (after إلى or عن too), a colon
    or a quotation mark."""
    end = _speaker_end(pair, sp)
    if end is None:
        return False
    rest = pair.ar[sp.sentence].text[end:]
    if re.match(r"\s*[:«\"“]", rest):
        return True
    return _opens_statement(ar_tokens(re.split(r"[،,.؛;]", rest, maxsplit=1)[0])[:2])


def _reports_statement(x: _Sides, sp: Speaker) -> bool:
    """The statement opens after the speaker phrase (``_statement_follows``), or after it and a short phrase of where
    the speakers are (``_statement_follows_where``). A group, speakers placed, or a view held (ويرى الوزير أن) that the
    English names ('residents complain that', 'the minister considers', 'the internal security command in Sweida
    deployed' for وأعلنت قيادة الأمن الداخلي في محافظة السويداء أنها ستنشر) keep the credit, in words the credit list
    lacks."""
    if _statement_follows(x.pair, sp):
        placed = False
    elif _statement_follows_where(x.pair, sp):
        placed = True
    else:
        return False
    named_by_english = sp.kind == "generic" or placed or _strip_conj(normalize_ar(sp.cue)) in _VIEW
    return not (named_by_english and _head_rendered(sp, x.en_words))


def _statement_follows_where(pair: AlignedPair, sp: Speaker) -> bool:
    """Reported speech opens after the speaker phrase and a short phrase of where the speakers are (سكان في الجزيرة
    إلى أن، مسؤولون من الوزارة أن): within three words after the preposition, before any comma."""
    end = _speaker_end(pair, sp)
    if end is None:
        return False
    toks = ar_tokens(re.split(r"[،,.؛;]", pair.ar[sp.sentence].text[end:], maxsplit=1)[0])[: 3 + _WHERE_REACH]
    if not toks or toks[0].norm not in ("في", "من"):
        return False
    return any(_opens_statement(toks[k:]) for k in range(2, 2 + _WHERE_REACH))


# the words a phrase of where the speakers are (في الجزيرة، في مدينة حلب) may take before the statement opens
_WHERE_REACH = 3


def _opens_statement(toks: Sequence[ArToken]) -> bool:
    """The tokens start with أن/إن, or with إلى or عن before it."""
    if not toks:
        return False
    if toks[0].norm in _CLAUSE_OPENERS:
        return True
    return toks[0].norm in ("الي", "عن") and len(toks) > 1 and toks[1].norm in _CLAUSE_OPENERS


def _object_follows(pair: AlignedPair, sp: Speaker) -> bool:
    """The speaker's verb takes a plain object: nothing after the speaker phrase, up to the end of its clause,
    opens reported speech (إن/أن, a colon or a quotation mark)."""
    end = _speaker_end(pair, sp)
    if end is None or _is_source_cue(sp.cue):
        return False
    rest = re.split(r"[،,.؛;]", pair.ar[sp.sentence].text[end:], maxsplit=1)[0]
    if re.search(r"[:«»\"“”]", rest):
        return False
    return not any(t.norm in _CLAUSE_OPENERS for t in ar_tokens(rest))


def _speaker_end(pair: AlignedPair, sp: Speaker) -> int | None:
    """Where the speaker phrase ends in its Arabic sentence (looked for after its cue), or None."""
    text = pair.ar[sp.sentence].text
    at = text.find(sp.text, max(0, text.find(sp.cue))) if sp.text else -1
    return None if at < 0 else at + len(sp.text)


def _head_rendered(sp: Speaker, en_words: list[str]) -> bool:
    """The first word of an Arabic source phrase has a sense among the English words (لخطة 'plan'; الدفاع
    'Defence', a rendering the source table lists)."""
    en_stems = {stem(w.lower()) for w in en_words}
    # بحسب ما أفاد به سكان محليون: the resumptive به after the verb is no word of the source
    head = next((w for w in sp.words if normalize_ar(w) not in _AR_STOP | _RESUMPTIVE), "")
    return bool(head) and bool(_source_senses(head) & en_stems)


# the pronoun a verb of telling takes back after ما (بحسب ما أفاد به، وفق ما صرحت به)
_RESUMPTIVE = word_set("function_words_ar.tsv", "resumptive")


def _en_hearsay(pair: AlignedPair) -> bool:
    """The English hedges by hearsay (reportedly, allegedly, is said to), as an unnamed source does."""
    return any(m.kind == "hedge" and m.family in ("report", "allegation") for m in pair.view.en_markers)


def _is_source_cue(cue: str) -> bool:
    norm = normalize_ar(cue)
    return norm in _SOURCE_CUES or norm[:1] in "وف" and (norm[1:] in _SOURCE_CUES or norm[2:] in _SOURCE_CUES)


def _unnamed(sp: Speaker, pair: AlignedPair) -> bool:
    """مصادر أمنية، مصدر مطلع: an indefinite anonymous source (المصدر 'the source' points back to one); also,
    in ``pair``, an indefinite unnamed person who asked not to be named (بحسب مسؤول محلي طلب عدم الكشف عن هويته،
    بحسب موظف في البلدية طلب عدم الكشف عن اسمه)."""
    # a person of a body (موظف في البلدية "an employee at the municipality") is read by the body his phrase names
    person = sp.kind == "generic" or (
        sp.kind == "body" and bool(sp.words) and source_kind(normalize_ar(sp.words[0])) not in ("body", "outlet")
    )
    if person and sp.text and _asked_not_to_be_named(pair, sp):
        return True
    words = list(sp.words)
    if (
        len(words) > 1
        and source_kind(normalize_ar(words[0])) == "body"
        and source_kind(normalize_ar(words[1])) == "anonymous"
    ):
        words = words[1:]  # بحسب تقديرات مصادر اقتصادية: the figures of unnamed sources are theirs
    elif sp.kind != "anonymous":
        return False
    if not words:
        return False
    head = normalize_ar(words[0])
    return not (head.startswith(("ال", "لل")) or head[1:].startswith("ال"))


# a request not to be named within a few words after an unnamed speaker (طلب عدم الكشف عن هويته، فضل عدم ذكر
# اسمه، رفض الكشف عن اسمه), normalised
_NOT_NAMED = re.compile(
    r"(?:(?:طلب|طالبا|فضل|مفضلا|اشترط|مشترطا)\s+عدم|رفض|رافضا)\s+(?:الكشف\s+عن|كشف|ذكر|نشر)\s+"
    r"(?:هويته|اسمه|هويتها|اسمها|هويتهم|اسمايهم|هوياتهم)"
)


def _asked_not_to_be_named(pair: AlignedPair, sp: Speaker) -> bool:
    """The words right after an unnamed speaker's phrase say he asked not to be named: no source a reader can
    weigh, a hedge like مصادر."""
    if sp.words and normalize_ar(sp.words[0]).startswith("ال"):
        return False  # المسؤول 'the official': one met before
    text = pair.ar[sp.sentence].text if sp.sentence < len(pair.ar) else ""
    at = text.find(sp.text)
    # the request may close the phrase the speaker was read as (مسؤول محلي طلب عدم الكشف) or follow it, after the
    # body he works for (موظف في البلدية طلب عدم الكشف عن اسمه)
    after = " ".join(text[at + len(sp.words[0]) :].split()[: len(sp.words) + 7]) if at >= 0 else ""
    return bool(_NOT_NAMED.search(normalize_ar(strip_diacritics(after))))


# English wording that renders بحسب/وفقا ل/نقلا عن: a credit phrase kept, whatever its source; English credits
# figures with a verb after them ('…, UNHCR figures show' for وفقا لأرقام المفوضية)
_EN_SOURCE_PHRASE = re.compile(
    r"\b(?:according to|citing|cited|quoting|quoted|per"
    r"|(?:figures|data|statistics|estimates|records|numbers|tallies)\s+(?:show|shows|showed|indicate|indicated))\b",
    re.I,
)


def _source_phrase_dropped(x: _Sides) -> Finding | None:
    """بحسب التقرير، حسب تصريحات الشرطة: the Arabic credits a source with a source phrase, and the English has
    no source phrase and none of the source's words (no sense of its first words, not its name), though it
    may credit someone else with a verb ('The test results confirmed …' for ووفقا للتقرير، أكدت نتائج التحليل …).
    An indefinite unnamed source (بحسب مصادر) is a hedge, left to the hedge rules."""
    if _EN_SOURCE_PHRASE.search(x.pair.en_text):
        return None
    if any(s.kind in ("named", "role", "body", "outlet", "anonymous", "generic") for s in x.en):
        return None  # the English credits a source of its own ('reported KTUU'): another rule's question
    # 'the group said', 'he said' for بحسب المصدر ذاته: any English speaker may be the source pointed back to, but not
    # the passive's ('his condition was described as stable')
    credits_someone = any(s.text or not _passive_cue(x.pair, s) for s in x.en)
    en_stems = {stem(w.lower()) for w in x.en_words}
    for sp in x.ar:
        # 'the source' (وبحسب المصدر) points back to one met before: a credit, not a hedge (_unnamed tells them apart)
        listed = sp.kind in ("named", "role", "body", "generic", "anonymous")
        # (a credit the kinds table does not list, only where the English credits no one at all: 'the organisers
        # said' may render الجهة المنظمة by words no table ties to it)
        if not (listed or (not x.en and _definite_credit(x.pair, sp))) or _unnamed(sp, x.pair):
            continue
        if sp.kind == "anonymous" and credits_someone:
            continue
        # a speech verb's speaker (وقال المتحدث) dropped where the English keeps the quotation marks or another
        # credit word but credits no one at all, not even 'he'
        spoken = _strip_conj(normalize_ar(sp.cue)) in _SPEECH and not x.en
        if not (_is_source_cue(sp.cue) or spoken):
            continue
        if sp.names and _name_in(sp.names, x.en_words):
            continue
        head = [w for w in sp.words[:4] if normalize_ar(w) not in _AR_STOP]
        # an English word that renders another Arabic word of the pair tells nothing of the source: 'district' for
        # قضاء سوران, not for the المديرية "directorate" the lexicon also reads as a district
        # (unless the English says that word more often than the other Arabic words do: 'in the army's account')
        others = Counter(
            g for s in x.pair.ar for t in ar_tokens(s.text) if t.text not in sp.words for g in set(gloss_stems(t.text))
        )
        told = Counter(stem(w.lower()) for w in x.en_words)
        # … or an English speaker's own words say it ('the company said' beside شركة تويوتا)
        credited = {stem(w.lower()) for e in x.en for w in e.words}
        if not head or any(told[g] > others[g] or g in credited for w in head for g in _source_senses(w) & en_stems):
            continue
        span = _ar_cue_span(x.pair, sp)
        return x.finding(
            "source_dropped",
            span,
            "",
            "major",
            0.65,
            f"Arabic credits this to '{sp.text}' ('{span}'); the English gives no such source",
        )
    return None


# heads of a source phrase that credit no one: the nouns of figures and evidence (certainty_words_ar.tsv evidence:
# إحصاءات، نتائج، حسابات) and the one-word hedges of any family (hedges_ar.tsv: تقارير، توقعات، تقديرات), their article
# off
_AR_NO_CREDIT = word_set("certainty_words_ar.tsv", "evidence") | frozenset(
    re.sub("^ال", "", normalize_ar(r[0])) for r in load("hedges_ar.tsv") if " " not in r[0]
)
# English that renders a source phrase as a condition or a basis ('depending on', 'based on', 'in line with')
_EN_ALONG = re.compile(r"\b(?:depending on|depends on|based on|in line with|in accordance with|according)\b", re.I)
_CREDIT_WORDS = 8  # words at most between a credit set apart and the comma that closes it (or the sentence's end)


def _definite_credit(pair: AlignedPair, sp: Speaker) -> bool:
    """بحسب الجهة المشغلة، … / …، وفقاً لمرفق المياه البلدي: a source phrase whose source the kinds table does not
    list, definite (the article on its first word, after ب/ل/ك at most, or on the word that first word is in
    construct with: مرفق المياه "the water utility"), and set apart as a credit: it opens the sentence and a comma
    closes it, or it follows a comma and closes the sentence. It credits someone a reader can weigh, as بحسب المصدر
    does. Not where its head is a word of hearsay, expectation, estimate or evidence (وبحسب التقارير، بحسب التوقعات،
    وفق النتائج: hedges) or a rule followed (وفقاً للعقد), nor where the English says the head's sense anyway
    ('are expected to' for بحسب التوقعات) or 'depending on', 'based on', nor after a verb of varying anywhere before
    it (تتراوح الغرامات …، بحسب خطورة المخالفة)."""
    if sp.kind != "other" or not _is_source_cue(sp.cue) or not sp.words:
        return False
    head = normalize_ar(strip_diacritics(sp.words[0]))
    bare = "ال" + head[2:] if head.startswith("لل") else head  # للجهة: ل + الجهة
    definite = bare.startswith("ال") or (bare[:1] in "بلك" and bare[1:].startswith("ال"))
    if not definite and len(sp.words) > 1:
        following = normalize_ar(strip_diacritics(sp.words[1]))
        definite = following.startswith("ال") and not head.startswith("ال")
    noun = re.sub("^(?:[بلك]?ال|[بلك])", "", bare)
    if not definite or noun in _AR_NO_CREDIT or is_rule(ar_tokens(sp.words[0])[0]) or _en_hearsay(pair):
        return False  # وبحسب التقارير "according to the reports": hearsay, a hedge (and 'reportedly' keeps it)
    en_stems = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", pair.en_text)}
    if _EN_ALONG.search(pair.en_text) or any(g in en_stems for w in sp.words[:2] for g in gloss_stems(w)):
        return False
    text = pair.ar[sp.sentence].text if sp.sentence < len(pair.ar) else ""
    span = _ar_cue_span(pair, sp)
    at = text.find(span)
    if at < 0 or any(varying(t) for t in ar_tokens(text[:at])):
        return False
    before, after = text[:at].strip(), text[at + len(span) :]
    if not before:
        comma = re.search("[،,]", after)
        return comma is not None and len(after[: comma.start()].split()) <= _CREDIT_WORDS
    return before.endswith(("،", ",")) and not re.search("[،,؛;]", after) and len(after.split()) <= _CREDIT_WORDS


def _generalized(x: _Sides) -> Finding | None:
    """A named person or a post in the Arabic; only an unnamed source ('an official', 'experts') in the English."""
    ar_named = [s for s in x.ar if s.kind in ("named", "role")]
    en_generic = [s for s in x.en if s.kind in ("generic", "anonymous") or _officials_of_a_body(s)]
    if ar_named and ar_named[0].kind == "named":
        en_generic += [s for s in x.en if _one_holder_of_a_post(s) and s not in en_generic]
    if ar_named and _named_by_a_called_word(ar_named[0]):
        # صاحب أحد المطاعم، ويدعى سيروان عمر "a restaurant owner named Sirwan Omar": the Arabic gives the name
        # outright, so any indefinite description the English gives instead ('a restaurant owner') is no name
        en_generic += [s for s in x.en if s.kind == "other" and _indefinite(s.words) and s not in en_generic]
    if not ar_named or not en_generic:
        return None
    a, e = ar_named[0], en_generic[0]
    # the unnamed source's own words name no one ('Senior parliamentary officials' is not al-Shammari)
    rest = [w for w in x.en_words if w not in e.words]
    if any(s.kind == "named" for s in x.en):
        return None
    if a.kind == "named" and _name_in(a.names, rest) and not _named_less_often(x, a, rest):
        return None
    if a.kind == "named" and _qualifies_unnamed(a.names, e):
        return None  # مصدر في إدارة اسنيم "a source in SNIM's management": the name qualifies the source on both sides
    if _points_back(e) or _in_arabic_content(x, e) or _generalized_before(x.pair, a.names, phrase=a.text):
        return None
    if _renders_unnamed_arabic(x, e):
        return None
    return x.finding(
        "generalized",
        a.text,
        e.text,
        "major" if a.kind == "named" else "minor",
        0.75 if a.kind == "named" else 0.55,
        f"Arabic names the speaker '{a.text}'"
        + (f" ({' '.join(a.names)})" if a.names else "")
        + f"; the English only says '{e.text}'",
    )


def _passive_cue(pair: AlignedPair, e: Speaker) -> bool:
    """The English speaker's cue is a passive participle ('was described', 'were reported'): it names no speaker."""
    text = pair.en[e.sentence].text if e.sentence < len(pair.en) else ""
    return bool(re.search(rf"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?{re.escape(e.cue)}\b", text))


def _person_made_body(x: _Sides) -> Finding | None:
    """A named person who speaks for a body (المتحدث باسم مجموعة قيوان المالكة للمصفاة، آرام صالح أحمد) credited in
    the English to the body alone ('Qaiwan Group, which owns the refinery, said'): a name word of the English
    speaker spells one of the Arabic phrase's (the body's), and the two or more name words that close the Arabic
    phrase after a comma (the person's) are spelt by no English word at all (minor, 0.55: the person is lost, the
    body kept)."""
    a = next((s for s in x.ar if s.kind in ("named", "role")), None)
    e = next((s for s in x.en if s.kind in ("named", "body")), None)
    if a is None or e is None or a.kind != "named" or not e.names:
        return None
    if _points_back(e) and e.kind != "body":
        return None

    def spelt(n: str, w: str) -> bool:
        return names_match(n, _unaccented(w)) or loosely_alike(n, _unaccented(w))

    # the phrase's body before its comma, the person in apposition after it
    parts = re.split(r"[،,]", a.text, maxsplit=1)
    if len(parts) < 2:
        return None
    before, after = parts
    person = [r for t in ar_tokens(after) if (r := romanize(t.bare)) in a.names]
    body = [n for n in a.names if n not in person and any(romanize(t.bare) == n for t in ar_tokens(before))]
    capitals = [w for w in x.en_words if w[:1].isupper()]
    if len(person) < 2 or any(spelt(n, w) for n in person for w in capitals):
        return None  # the person is named in the English, or there is no person's name after the comma
    if not any(spelt(n, w) for n in body for w in e.names):
        return None
    return x.finding(
        "generalized",
        a.text,
        e.text,
        "minor",
        0.55,
        f"Arabic names the speaker '{a.text}'; the English credits only '{e.text}', the body he speaks for",
    )


def _named_by_a_called_word(a: Speaker) -> bool:
    """The Arabic speaker's phrase names him with a word that introduces a name (ويدعى، واسمه: ``_CALLED``)."""
    return a.kind == "named" and any(t.norm in _CALLED or t.bare in _CALLED for t in ar_tokens(a.text))


def _qualifies_unnamed(names: tuple[str, ...], e: Speaker) -> bool:
    """The Arabic name words are spelt by a capitalised word of the English unnamed source itself ('residents of Mae
    Sai', 'Analysts at a Buenos Aires consultancy'): the place or body that qualifies the unnamed people, no person."""
    at = next((n for n, w in enumerate(e.words) if w.lower() in _EN_QUALIFIERS), len(e.words))
    caps = [w for w in e.words[at + 1 :] if w[:1].isupper()]  # after 'of', 'in', 'at': the qualifier's words
    if _indefinite(e.words):  # 'A Downing Street spokesperson': the body's name before the post qualifies it
        caps += [w for w in e.words[1:at] if w[:1].isupper()]
    # every name word: a director named beside his company's town (نبيل حسن عيسى … اللاذقية) is still a person
    return bool(names) and all(any(names_match(n, w) or _loosely_spelt(n, w) for w in caps) for n in names)


def _loosely_spelt(a: str, b: str) -> bool:
    """Two romanised words loosely alike (``loosely_alike``); where a skeleton has under three letters, the one
    held in the other with one letter to spare at most (فجيج read 'jij', 'g', in Figuig 'fg'), not two short ones a
    letter apart (الوشلي 'sl' and Saada 'sd'), nor a letter or two held in a longer name (محمد 'mhmd' holds the 'd'
    of Wadi)."""
    sa, sb = spelling_skeleton(a), spelling_skeleton(b)
    if min(len(sa), len(sb)) < 3:
        short, long_ = sorted((sa, sb), key=len)
        return bool(short) and short in long_ and len(long_) - len(short) <= 1
    return loosely_alike(a, b)


def _after_a_preposition(pair: AlignedPair, span: str) -> bool:
    """In its Arabic sentence, the span stands within two words after في، من or لدى (في ماي ساي): a place's name."""
    for s in pair.ar:
        at = s.text.find(span)
        if at >= 0:
            return any(t.norm in _AR_QUALIFIERS for t in ar_tokens(s.text[:at])[-2:])
    return False


def _renders_unnamed_arabic(x: _Sides, e: Speaker) -> bool:
    """The English unnamed source renders an Arabic speaker who is named nowhere in his phrase: its head is a
    sense of the Arabic phrase's first word, its head ('Election officials' for مسؤولون انتخابيون, 'his lawyer'
    for وقال محاميه). It is that speaker, not a person named near another verb and generalised."""
    head = stem(_en_head(e.words).lower())
    return any((not sp.names or _group_names(sp)) and sp.words and head in gloss_stems(sp.words[0]) for sp in x.ar)


def _group_names(sp: Speaker) -> bool:
    """The name-like words of an Arabic speaker phrase are all plurals (مسؤولون انتخابيون): a group, no person; not
    so a name after a title (الدكتور عمران), which the lexicon may read as a word."""
    words = [w for w in sp.words if is_name_word(w)]
    return bool(words) and all(_group_word(w) for w in words)


def _group_word(word: str) -> bool:
    """Every reading of the Arabic word carries a plural or dual ending (متعاملون "dealers", أوكرانيون
    "Ukrainians", تاجران "two traders"): it names a group, never one person, though the lexicon may read it as a
    proper noun."""
    readings = analyses(word)
    return bool(readings) and all(re.search(r"_PL|_DU|SUBJ:\d?[MF]?D(?:_|$)", a.suffix_pos) for a in readings)


def _broken_plural(word: str) -> bool:
    """A common noun the lexicon glosses by plurals only, with no reading as a name (أصحاب "owners", سكان
    "residents", أطباء "doctors"): most likely a group, though a few such words are also names (أشواق، النسور)."""
    nouns = [a for a in analyses(word) if a.stem.pos.startswith("NOUN")]
    return not any(a.stem.pos == "NOUN_PROP" for a in nouns) and any(_plural_gloss(a.stem.gloss) for a in nouns)


_EN_PLURALS = word_set("irregular_forms_en.tsv", "plural")  # men, women, children, people


def _plural_gloss(gloss: str) -> bool:
    """Every sense of a gloss ('owners;originators', 'families;indigenous people') ends on an English plural."""
    heads = [sense.split()[-1].lower() for sense in gloss.split(";") if sense.split()]
    return bool(heads) and all(
        h in _EN_PLURALS or h.endswith("men") or (h.endswith("s") and not h.endswith(("ss", "us", "is", "ics")))
        for h in heads
    )


def _officials_of_a_body(e: Speaker) -> bool:
    """'UN refugee agency officials', 'Regional government officials': unnamed people of a body, whose head
    word is an unnamed source; for a named speaker or a post in the Arabic, a generalisation."""
    return e.kind == "body" and bool(e.words) and _en_kinds().get(e.words[-1].lower()) in ("generic", "anonymous")


def _one_holder_of_a_post(e: Speaker) -> bool:
    """'a local council member', 'an army officer': a post with the indefinite article and no name, one unnamed
    holder of it; for a person the Arabic names, a generalisation (not for a post the Arabic gives unnamed,
    which عضو المجلس البلدي "a member of the municipal council" renders)."""
    return e.kind == "role" and not e.names and len(e.words) > 1 and e.words[0].lower() in ("a", "an")


def _generalized_before(pair: AlignedPair, names: tuple[str, ...], *, credited: bool = False, phrase: str = "") -> bool:
    """The Arabic credited this person by name in a sentence just before (وقال … صالح بن دغّار, then وأشار بن
    دغّار) and the English names him nowhere: he was made an unnamed source where first credited, and 'one
    official' here goes on with that source; the generalisation is reported there, once. ``credited``: the
    caller has found the earlier credit itself (وأضاف أن goes on with him). ``phrase``: the Arabic words that
    credit him here; their last (his surname, بن دغار) must be among the earlier credit's words, as a first
    name alone (محمد) may be another man's. Unknown without the English document."""
    names = tuple(n for n in names if len(n) >= 3)
    if not pair.en_document or not names:
        return False
    last = toks[-1].bare if (toks := ar_tokens(phrase)) else ""
    if not credited and not any(
        sp.kind == "named"
        and all(any(names_match(n, m) for m in sp.names) for n in names)
        and (not last or last in {t.bare for w in sp.words for t in ar_tokens(w)})
        for s in pair.ar_before
        for sp in arabic_speakers(AlignedPair(pair.link, (s,), (), ()))
    ):
        return False
    if _name_in(names, [w for s in pair.en_document for w in re.findall(r"\b[A-Z][\w'’-]+", s.text)]):
        return False
    # where first credited, the English made him an unnamed source (and is reported there); an English
    # that credits no unnamed source elsewhere left that sentence out, and he is first generalised here
    return any(kind in ("generic", "anonymous") for kind, _, _, _ in _other_english_credits(pair))


def _other_english_credits(pair: AlignedPair) -> list[tuple[str, str, tuple[str, ...], bool]]:
    """(kind, head, qualifier stems, fresh) of the unnamed sources the English document credits outside the
    link (see _unnamed_credits)."""
    own = {s.id for s in pair.en}
    return [c for s in pair.en_document if s.id not in own for c in _unnamed_credits(s.text)]


@lru_cache(maxsize=4096)
def _unnamed_credits(text: str) -> tuple[tuple[str, str, tuple[str, ...], bool], ...]:
    """(kind, head, qualifier stems, fresh) of each unnamed source one English sentence credits; fresh: one
    introduced there ('a civil defence source'), not one going on from before ('the source')."""
    p = AlignedPair(Link((), (0,), 0.0), (), (Sentence(0, text, 0, len(text)),), ())
    return tuple(
        (kind, head, _qualifier_stems(sp), not _points_back(sp))
        for sp in english_speakers(p)
        for kind, head in [_unnamed_kind(sp)]
        if kind
    )


def _unnamed_kind(e: Speaker) -> tuple[str, str]:
    """The kind of an English unnamed source by its head ('a civil defence source': anonymous), and the head."""
    if e.kind not in ("generic", "anonymous"):
        return "", ""
    head = _en_head(e.words).lower()
    return _en_kinds().get(head, e.kind), head


def _qualifier_stems(e: Speaker) -> tuple[str, ...]:
    """Stems of what qualifies an unnamed source ('civil defence' in 'a civil defence source')."""
    kinds = _en_kinds()
    return tuple(
        stem(w.lower()) for w in e.words if w.isalpha() and w.lower() not in _EN_FUNCTION and w.lower() not in kinds
    )


def _named_less_often(x: _Sides, a: Speaker, en_words: list[str]) -> bool:
    """The Arabic names its speaker more often than the English does: وحسبما يقول كارسون … على كارسون
    against 'as an official says … on Carson': the English kept the name as content only."""
    names = {n for n in a.names if len(n) >= 4}
    ar_count = sum(any(names_match(n, romanize(t.bare)) for n in names) for s in x.pair.ar for t in ar_tokens(s.text))
    en_count = sum(any(names_match(n, w) for n in names) for w in en_words if w[:1].isupper() and len(w) >= 3)
    return en_count < ar_count


def _generalized_earlier(x: _Sides) -> Finding | None:
    """ورأى أن goes on quoting the person named just before; the English credits only an unnamed source."""
    en_generic = [s for s in x.en if s.kind in ("generic", "anonymous")]
    implicit = [s for s in x.ar if s.kind == "implicit"]
    # قال مصدر … مؤكدا أن: a verb with no subject after an explicit speaker goes on with that speaker
    if not en_generic or not implicit or any(s.kind != "implicit" for s in x.ar):
        return None
    earlier = _earlier_speaker(x.pair)
    if earlier is None or _name_in(earlier.names, x.en_words) or any(s.kind == "named" for s in x.en):
        return None
    cue, e = implicit[0].cue, en_generic[0]
    if _points_back(e) or _renders_unnamed_arabic(x, e):
        return None
    if _feminine(cue) != _feminine(earlier.cue) or _in_arabic_content(x, e):
        return None  # وأضافت goes on with a woman's words, not the man named before
    if _generalized_before(x.pair, earlier.names, credited=True):
        return None
    return x.finding(
        "generalized",
        cue,
        e.text,
        "major",
        0.6,
        f"Arabic '{cue}' goes on with the words of '{earlier.text}' ({' '.join(earlier.names)}), named just "
        f"before; the English only says '{e.text}'",
    )


def _generalized_near_cue(x: _Sides) -> Finding | None:
    """A person named near an Arabic speech cue (not after it) and an unnamed English source."""
    # a generic speaker phrase ends on its source word: 'a senior official', not 'official record listings'
    heads = [
        e
        for e in x.en
        if e.kind in ("generic", "anonymous")
        and e.words
        and _en_head(e.words).lower() in _en_kinds()
        and not re.search(r"\d", e.text)
        and not _in_arabic_content(x, e)
        and not _points_back(e)
        and not _renders_unnamed_arabic(x, e)
    ]
    # the Arabic credits unnamed people of its own (ووفقا لممثلي الادعاء): the English unnamed source renders them
    unnamed = any(s.kind in ("generic", "anonymous") and _is_source_cue(s.cue) for s in x.ar)
    # a plural English source ('shopkeepers') may render a broken plural (أصحاب متاجر), one person ('a resident') not
    plural = bool(heads) and _plural_gloss(_en_head(heads[0].words))
    found = _ar_person_near_cue(x.pair, x.en_words, plural_source=plural) if heads and not unnamed else None
    if found is None or _generalized_before(x.pair, found[1], phrase=found[0]):
        return None
    span, names = found
    if _qualifies_unnamed(names, heads[0]) and _after_a_preposition(x.pair, span):
        return None  # سكاناً في ماي ساي "residents of Mae Sai": the place that qualifies the unnamed people
    if any(s.kind in ("generic", "anonymous", "body") and span in s.words for s in x.ar) and _adjective_rendered(
        span, heads[0]
    ):
        return None  # وأفاد عاملون صحيون "health workers said": a word of the unnamed speakers' own phrase, rendered
    return x.finding(
        "generalized",
        span,
        heads[0].text,
        "major",
        0.65,
        f"Arabic names the speaker '{span}' ({' '.join(names)}); the English only says '{heads[0].text}'",
    )


def _specified(x: _Sides) -> Finding | None:
    """An unnamed Arabic source that the English names (a person or a body the Arabic never mentions)."""
    ar_vague = [s for s in x.ar if s.kind in ("generic", "anonymous")]
    en_named = [s for s in x.en if s.kind in ("named", "body", "role")]
    if not ar_vague or not en_named or any(s.kind in ("named", "role", "body") for s in x.ar):
        return None
    e = en_named[0]
    new = [
        w
        for w in (e.names or e.words)
        if w[0].isupper() and w.lower() not in _EN_FUNCTION and not _en_word_in_arabic(w, x.pair)
    ]
    # a clean proper-noun phrase: capitalised words, function words and source words only
    clean = all(w[0].isupper() or w.lower() in _EN_FUNCTION or w.lower() in _en_kinds() for w in e.words)
    body = any(_en_kinds().get(w.lower()) == "body" for w in e.words)
    if not (new and clean and (len(e.names) >= 2 or body)):
        return None
    a = ar_vague[0]
    person = next(iter(reversed(_name_runs(e))), [])
    if 2 * sum(_en_word_in_arabic(w, x.pair) for w in person) > len(person):  # most of his name words
        return None  # مسؤول ملف الاستيطان … جمال عبد الرحيم قدومي: the Arabic names him after the post's place
    if _qualified_by_a_body(x.pair, a):
        return (
            None  # خبراء الأرصاد في دائرة الأرصاد الجوية الكينية: 'Forecasters at the Kenya Meteorological Department'
        )
    return x.finding(
        "specified",
        a.text,
        e.text,
        "major",
        0.65,
        f"Arabic credits an unnamed source ('{a.text}'); the English names '{e.text}'",
    )


def _qualified_by_a_body(pair: AlignedPair, a: Speaker) -> bool:
    """The unnamed Arabic source is placed in a body right after its phrase (خبراء الأرصاد في دائرة …، مصدر في
    هيئة …): the body the English names is the Arabic's own, not a source it specifies."""
    end = _speaker_end(pair, a)
    if end is None:
        return False
    toks = ar_tokens(pair.ar[a.sentence].text[end:])
    kinds = _ar_kinds()
    return (
        len(toks) >= 2
        and toks[0].norm in _AR_QUALIFIERS
        and (kinds.get(toks[1].bare) or kinds.get(toks[1].norm)) == "body"
    )


def _other_person(x: _Sides) -> Finding | None:
    """Two named people who are not the same person (no shared name skeleton, loosely or strictly)."""
    a = next((s for s in x.ar if s.kind in ("named", "role")), None)
    e = next((s for s in x.en if s.kind in ("named", "body", "role")), None)
    if a is None or e is None or a.kind != "named" or e.kind != "named":
        return None
    clean = len(a.words) <= 6 and all(len(w) <= 12 for w in a.words)  # not glued or run-on text
    if not clean or _name_in(a.names, x.en_words) or _names_no_one(a.words):
        return None
    places = {t.start for t in _place_words(a)}
    after = _names_after_speaker(x.pair, a)
    if len(places) == len(a.words) or (all(t.start in places for t in _name_tokens(a)) and not after):
        return None  # قالت موسكو: a government by its capital; رئيس هيئة موانئ البصرة: a post, no person
    new = [w for w in e.names if not _en_word_in_arabic(w, x.pair)]
    if not new or not _name_runs(e) or _same_person(a, e, after):
        return None
    return x.finding(
        "speaker_changed",
        a.text,
        e.text,
        "major",
        0.7,
        f"Arabic credits '{a.text}' ({' '.join(a.names)}); the English credits '{e.text}' instead",
    )


def _same_person(a: Speaker, e: Speaker, after: list[str]) -> bool:
    """The English speaker names the Arabic one: the first run of name words is loosely alike to one of his
    name words or strictly spelt like a word of his phrase; or, places left out, a word of any run is spelt
    like a name word of his (one edit allowed), strictly like a word of the name in apposition after his
    phrase (``after``), or loosely with the same first letter (جاويد jawid ~ Javid)."""
    first = [_unaccented(w) for w in next(iter(_name_runs(e)), [])]
    ar_words = [romanize(w) for w in a.words]
    if any(loosely_alike(n, w) for n in a.names for w in first) or any(
        names_match(w, r, strict=True) for w in first for r in ar_words
    ):
        return True
    words = [_unaccented(w) for r in _name_runs(e, places=False) for w in r]
    return (
        any(names_match(n, w) or _alike(n, w) for n in a.names for w in words)
        or any(names_match(w, r, strict=True) for w in words for r in ar_words + after)
        or any(_sounds_like(t, w) for t in a.words for w in words)
    )


def _unaccented(word: str) -> str:
    """A Latin word without its accents (Lucía → Lucia), as romanised Arabic is written."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _alike(ar: str, en: str) -> bool:
    """A romanised Arabic name word and an English one that share most letters and begin alike (جاويد jawid
    ~ Javid, مولود mulud ~ Mevlut); short skeletons share half their letters too easily (suis ~ Mamish)
    without the first."""
    from workbench.text.names import spelling_skeleton

    return loosely_alike(ar, en) and spelling_skeleton(ar)[:1] == spelling_skeleton(en)[:1]


def _name_tokens(a: Speaker) -> list[ArToken]:
    """The words of an Arabic speaker phrase that may name someone: name words that are no source kind."""
    return [t for t in ar_tokens(a.text) if is_name_word(t.text) and t.bare not in _ar_kinds()]


def _place_words(a: Speaker) -> list[ArToken]:
    """The words of an Arabic speaker phrase that stand in a place the gazetteer knows: the whole phrase for
    a government named by its capital (قالت موسكو، أعلنت بيونغ يانغ, which the English may render 'the
    Kremlin', 'North Korea'), its only name word for a post qualified by a place (رئيس هيئة قناة السويس)."""
    places = [
        (m.start, m.start + len(m.text)) for m in arabic_mentions(a.text) if m.entity and m.entity.kind == "place"
    ]
    return [t for t in ar_tokens(a.text) if any(s <= t.start and t.end <= e for s, e in places)]


def _names_after_speaker(pair: AlignedPair, a: Speaker) -> list[str]:
    """The romanised name words that follow an Arabic speaker phrase up to what is reported (أن/إن, a colon
    or a quotation mark; eight words at most): the name given in apposition after a comma (نائب رئيس
    الهيئة، الفريق ماجد سليم، أن …) that the phrase itself stopped short of."""
    end = _speaker_end(pair, a)
    if end is None:
        return []
    text = pair.ar[a.sentence].text
    out: list[str] = []
    for t in [t for t in ar_tokens(text) if t.start >= end][:8]:
        if re.search(r"[:«\"“]", text[end : t.start]) or t.norm in _CLAUSE_OPENERS:
            break
        if is_name_word(t.text) and t.bare not in _ar_kinds():
            out.append(romanize(t.bare))
        end = t.end
    return out


def _other_post_or_body(x: _Sides) -> Finding | None:
    posts = _other_post(x.ar, x.en)
    if posts is None:
        return None
    a, e = posts
    # تقديرات أولية لدائرة حماية البيئة → 'according to the … Directorate': the English post or body is named by the
    # words that go on the Arabic credit right after the phrase read as the speaker (up to four, before a comma or
    # the statement), not by a word of the statement (وقال الوزير إن الشرطة … → 'The police said' is a swap)
    heads = {stem(w.lower()) for w in e.words if _en_kinds().get(w.lower()) in ("role", "body")}
    end = _speaker_end(x.pair, a)
    rest = re.split(r"[،,.؛;:«\"“]", x.pair.ar[a.sentence].text[end:], maxsplit=1)[0] if end is not None else ""
    tail = []
    for t in ar_tokens(rest)[:4]:
        if t.norm in _CLAUSE_OPENERS:
            break
        tail.append(t)
    if heads & {g for t in tail for g in _source_senses(t.text)}:
        return None
    return x.finding(
        "speaker_changed",
        a.text,
        e.text,
        "major",
        0.6,
        f"Arabic credits '{a.text}'; the English credits '{e.text}', a different post or body, instead",
    )


def _source_added(x: _Sides) -> Finding | None:
    """The English credits an outlet, or an anonymous source, that the Arabic never gives."""
    outlets = [s for s in x.en if s.kind == "outlet"]
    if outlets and not any(s.kind == "outlet" for s in x.ar):
        e = outlets[0]
        new = [
            w for w in e.words if w[0].isupper() and w.lower() not in _EN_FUNCTION and not _en_word_in_arabic(w, x.pair)
        ]
        ar_has_outlet = any(
            t.bare in _ar_kinds() and _ar_kinds()[t.bare] == "outlet" for s in x.pair.ar for t in ar_tokens(s.text)
        )
        if not new or ar_has_outlet:
            return None
        # an outlet the Arabic names in words the source reader did not take (بحسب ما نقلته وكالة هاوار)
        if any(_mentioned_in_arabic(o.key, x.pair) for o in english_outlets(x.pair)):
            return None
        return x.finding(
            "source_added", "", e.text, "minor", 0.6, f"English credits '{e.text}', an outlet the Arabic never names"
        )
    credited = [
        s
        for s in x.en
        if s.cue.lower() == "according to"
        and (s.kind == "body" or (s.kind == "named" and _named_after(en_tokens(s.text), s.names, "body")))
    ]
    if credited and not x.ar:
        # 'according to the Ministry of Industry' where the Arabic credits no one: a source put in, unless the
        # Arabic names that body in the link or the two sentences either side of it
        e = credited[0]
        words = [w for w in e.words if w[0].isupper() and w.lower() not in _EN_FUNCTION]
        if words and not any(_en_word_in_arabic(w, x.pair) or _named_nearby(x.pair, w) for w in words):
            why = f"English credits '{e.text}', a source the Arabic never gives"
            return x.finding("source_added", "", e.text, "minor", 0.55, why)
    anonymous = [s for s in x.en if s.kind in ("generic", "anonymous")]
    if not anonymous:
        return None
    e = anonymous[0]
    if _credited_nearby(x.pair, e):
        return None
    if x.ar:
        return _unnamed_credit_added(x, e)
    # unnamed people ('officials said', 'experts say') credited where the Arabic credits no one and
    # never mentions them: a source put in; people the Arabic speaks of are its content, not a credit
    subject = _subject_of_a_that_clause(x.pair, e)
    if subject is not None:
        # وقدّرت جمعيات المزارعين أن "Farmers' groups estimated": a verb the lexicon lacks credits them; but a
        # person named there (توقع مدير الشركة … نبيل حسن عيسى أن) whom the English leaves unnamed is generalised
        person = _full_name(subject)
        names = tuple(romanize(t.bare) for t in person)
        lows = {w.lower() for w in x.en_words}
        if not person or e.kind != "generic" or any(dictionary_spellings(t.text) & lows for t in person):
            return None
        span = _subject_span(x.pair, subject)
        why = f"Arabic names the speaker '{span}' ({' '.join(names)}); the English only says '{e.text}'"
        return x.finding("generalized", span, e.text, "major", 0.55, why)
    head = _en_head(e.words).lower()
    if _unnamed_in_arabic(x.pair.ar, head):
        return None  # الأهالي يقولون، وبيّن المصدر: the Arabic has them too
    if _points_back(e) and (e.kind != "anonymous" or _introduced_before(x.pair, head)):
        return None  # 'the source' goes on with one credited before
    if e.kind != "anonymous" and (_en_kinds().get(head) != "generic" or _en_word_in_arabic(head, x.pair)):
        return None
    return x.finding(
        "source_added", "", e.text, "minor", 0.55, f"English credits '{e.text}'; the Arabic gives no source for this"
    )


# how many words before أن/بأن may hold the subject of the verb that opens the clause (وقدّرت جمعيات المزارعين أن)
_SUBJECT_WORDS = 8


def _full_name(subject: list[ArToken]) -> list[ArToken]:
    """The words that end a subject and that the name dictionary attests as names, two at least (نبيل حسن عيسى):
    a person's full name, whatever else the lexicon reads its words as; [] when none."""
    run: list[ArToken] = []
    for t in reversed(subject):
        if not dictionary_spellings(t.text) or _ar_kinds().get(t.bare) or _gazetteer_place(t.text):
            break
        run.insert(0, t)
    return run if len(run) >= 2 else []


def _subject_span(pair: AlignedPair, subject: list[ArToken]) -> str:
    """The exact Arabic text of a subject's tokens, in the sentence that holds them."""
    for s in pair.ar:
        text = s.text[subject[0].start : subject[-1].end]
        if [t.text for t in ar_tokens(text)] == [t.text for t in subject]:
            return text
    return " ".join(t.text for t in subject)


def _subject_of_a_that_clause(pair: AlignedPair, e: Speaker) -> list[ArToken] | None:
    """The English unnamed source renders words the Arabic puts just before a complementiser (أن، بأن، إن): the
    subject of a verb of saying or thinking the lexicon does not list (احتج نواب المعارضة بأن "Opposition lawmakers
    argued"), which credits them as much as قال does."""
    words = [w for w in e.words if w.isalpha() and w.lower() not in _EN_FUNCTION]
    keys = {stem(w.lower().rstrip("'’")) for w in words}
    for s in pair.ar:
        toks = ar_tokens(s.text)
        for i, t in enumerate(toks):
            if t.norm not in COMPLEMENTISERS:
                continue
            before: list[ArToken] = []
            for u in reversed(toks[max(0, i - _SUBJECT_WORDS) : i]):
                if re.search(r"[،,.؛;:«»\"“”]", s.text[u.end : (before[-1] if before else t).start]):
                    break
                before.append(u)
            if any(_same_stem(k, g) for u in before for g in gloss_stems(u.text) for k in keys):
                return before[::-1]
    return None


def _same_stem(a: str, b: str) -> bool:
    """Two stems of one word, or one the other's start, four letters at least (kurd, kurdish)."""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 4 and long_.startswith(short))


def _credited_nearby(pair: AlignedPair, e: Speaker) -> bool:
    """An Arabic sentence next to the link's (two on either side) credits the English unnamed source, its
    kind and what qualifies it ('a civil defence source' for وأفاد مصدر في الدفاع المدني): an English lead
    that merged the sentences carries that credit. A bare 'officials said' is no evidence: a report credits
    officials in many of its sentences. Not where the English document introduces that source ('a civil
    defence source', not 'the source' going on with one) in more sentences than the Arabic credits it: the
    nearby credit is rendered where it stands, and here it is put in."""
    kind, _ = _unnamed_kind(e)
    qualifiers = _qualifier_stems(e)
    if not qualifiers:
        return False

    def credits(s: Sentence) -> bool:
        return any(
            k == kind and any(_stems_alike(q, g) for q in qualifiers for g in senses)
            for k, senses in _ar_credits(s.text)
        )

    ids = [s.id for s in pair.ar]
    if not any(credits(s) for s in pair.ar_document if s.id not in ids and min(abs(s.id - i) for i in ids) <= 2):
        return False
    own = {s.id for s in pair.en}
    again = sum(
        any(
            k == kind and fresh and any(_stems_alike(q, o) for q in qualifiers for o in other)
            for k, _, other, fresh in _unnamed_credits(s.text)
        )
        for s in pair.en_document
        if s.id not in own
    )
    return again < sum(credits(s) for s in pair.ar_document)


@lru_cache(maxsize=4096)
def _ar_credits(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(kind, senses of the credit's words) of each speaker one Arabic sentence credits: the credit's words are
    the sentence up to what it reports (مصدر في الدفاع المدني بأن …)."""
    kinds = {
        sp.kind for sp in arabic_speakers(AlignedPair(Link((0,), (), 0.0), (Sentence(0, text, 0, len(text)),), (), ()))
    }
    if not kinds:
        return ()
    toks = ar_tokens(re.split(r"[\"«“:]", text)[0])
    credit = toks[: next((k for k, t in enumerate(toks) if t.norm in COMPLEMENTISERS), len(toks))]
    senses = frozenset().union(*(gloss_stems(t.text) for t in credit)) if credit else frozenset()
    return tuple((k, senses) for k in sorted(kinds))


def _stems_alike(a: str, b: str) -> bool:
    """Two stems of one word in two spellings or derivations (defenc ~ defens, civil ~ civilian)."""
    return a == b or min(len(a), len(b)) >= 5 and a[:5] == b[:5]


def _introduced_before(pair: AlignedPair, head: str) -> bool:
    """The Arabic before the link (every sentence before it in the document around it, else the context
    sentences) credits or mentions the unnamed source 'the source' goes on with; unknown (True) for a pair built
    without anything before it. Where the Arabic has no source before, 'the source said' credits one
    the Arabic never gives."""
    if pair.ar_document:
        first = min(s.id for s in pair.ar)
        before = tuple(s for s in pair.ar_document if s.id < first)  # none before the first sentence
    elif not pair.ar_before:
        return True
    else:
        before = pair.ar_before
    return _unnamed_in_arabic(before, head) or any(k == "anonymous" for s in before for k, _ in _ar_credits(s.text))


def _unnamed_in_arabic(sentences: tuple[Sentence, ...], head: str) -> bool:
    """The Arabic sentences name the unnamed people or source the English credits (the source table's gloss
    of an Arabic word has the English head: المصدر 'a source', الأهالي 'residents', حقوقيون 'legal experts'),
    as the subject of a verb the reporting-verb lexicon does not list (بيّن، وصفها، يقولون) or anywhere else:
    the English credit may be theirs, and the detector cannot tell."""
    want = stem(head.lower())
    glosses = _ar_glosses()
    for s in sentences:
        toks = ar_tokens(s.text)
        for i, t in enumerate(toks):
            kind = source_kind(t.bare)
            if kind not in ("generic", "anonymous"):
                continue
            if not _source_person(s.text, toks, i, kind):
                continue  # مصادر الطاقة "energy sources", منازل الأهالي "residents' homes": no one's word
            gloss = glosses.get(t.bare) or glosses.get(t.bare[1:] if t.bare[:1] == "ل" else t.bare, "")
            if want in {stem(w) for w in re.findall(r"[a-z]+", gloss)} or _field_named(toks, i, want):
                return True
    return False


# letters an English head and the gloss of its field share (economist ~ economy, scientist ~ science)
_FIELD_PREFIX = 5


def _field_named(toks: list[ArToken], i: int, want: str) -> bool:
    """The unnamed people at ``i`` are named by their field, which the English head is made from: خبراء
    الاقتصاد "experts of the economy" for 'economists', علماء الفلك for 'astronomers' is not caught."""
    if i + 1 >= len(toks) or len(want) < _FIELD_PREFIX:
        return False
    return any(
        g[:_FIELD_PREFIX] == want[:_FIELD_PREFIX] for g in gloss_stems(toks[i + 1].text) if len(g) >= _FIELD_PREFIX
    )


def _source_person(text: str, toks: list[ArToken], i: int, kind: str) -> bool:
    """The unnamed source or people at ``i`` may be the ones who speak: the subject of a verb before (وبيّن
    المصدر، وصفها الأهالي) or after (الأهالي يقولون), or before what they say (المصدر أن); an unnamed source
    also before a colon, a comma or the sentence's end (وهو ما أكده المصدر.). Not a resource (مصدر قلق، مصادر
    الطاقة) nor people something belongs to or is done to (منازل الأهالي، استعانت بخبراء)."""
    if i > 0 and (_verb_word(toks[i - 1]) or _imperfect_verb(toks[i - 1], conjunction=True)):
        return True  # وبيّن المصدر، ويقدّر خبراء
    if i + 1 == len(toks) or re.search(r"[:،,.\"«“]", text[toks[i].end : toks[i + 1].start]):
        return kind == "anonymous"
    nxt = toks[i + 1]
    return nxt.norm in COMPLEMENTISERS or nxt.norm in ("نفسه", "ذاته") or _imperfect_verb(nxt)


def _imperfect_verb(t: ArToken, *, conjunction: bool = False) -> bool:
    """A word the lexicon reads as an imperfect verb with its person prefix (يقولون، تؤكد); ``conjunction``:
    or with و/ف before that prefix (ويقدّر)."""
    prefix = t.norm[1:2] if conjunction and t.norm[:1] in "وف" else t.norm[:1]
    return prefix != "" and prefix in "يت" and any(a.stem.cat.startswith("IV") for a in analyses(t.text))


def _unnamed_credit_added(x: _Sides, e: Speaker) -> Finding | None:
    """The Arabic credits its own speakers (a name, a post, a report, 'he'), and the English keeps them and
    adds unnamed people ('…, sources said', 'according to officials') whom the Arabic never mentions."""
    head = _en_head(e.words).lower()
    if _en_kinds().get(head) not in ("generic", "anonymous") or _points_back(e) or _en_word_in_arabic(head, x.pair):
        return None
    if re.search(r"\d", e.text) or re.search(rf"\b{re.escape(e.cue)}\s+by\b", x.pair.en_text):
        return None  # '3 million people reported by the census': counted people, a passive, not a credit
    if any(s.kind in ("generic", "anonymous", "outlet") for s in x.ar) or _in_arabic_content(x, e):
        return None
    if any(stem(head) in _source_senses(t.text) for s in x.pair.ar for t in ar_tokens(s.text)):
        return None  # وإن كان بعض التجار يعدّون → 'although some traders consider': the Arabic names them too
    en_stems = {stem(w.lower()) for w in x.en_words if w not in e.words}
    e_stems = {stem(w.lower()) for w in e.words}
    for sp in x.ar:
        senses = set().union(*(gloss_stems(w) for w in sp.words)) if sp.words else set()
        if senses & e_stems:
            return None  # 'ministry officials' for وزارة: the Arabic's own source in other words
        # 'officer at the Civil Defence centre' for مسؤول … في مركز الدفاع المدني: the post's body, in the words
        # the source table gives it, names the Arabic's own speaker
        body = {g for t in ar_tokens(sp.text) if source_kind(t.bare) == "body" for g in _source_senses(t.text)}
        if body & e_stems:
            return None
        if sp.kind == "other" and sp.words and (_group_word(sp.words[0]) or _broken_plural(sp.words[0])):
            return None  # قال متعاملون، قال أصحاب متاجر: a group the glosses cannot place, which 'traders' may render
        kept = (
            _name_in(sp.names, [w for w in x.en_words if w not in e.words])
            if sp.names
            # 'he' (قال) may be the one expert the English names, not the many officials it credits
            else sp.kind == "other"
            or sp.kind == "implicit"
            and head.endswith("s")
            and _one_man(x.pair, sp)
            or bool(senses & en_stems)
        )
        if not kept:
            return None  # the Arabic's speaker is gone from the English: not an added credit
    return x.finding(
        "source_added",
        "",
        e.text,
        "minor",
        0.5,
        f"English adds a credit to '{e.text}'; the Arabic credits only its own speaker and never mentions them",
    )


def _adjective_rendered(word: str, e: Speaker) -> bool:
    """The English speaker phrase renders the Arabic adjective (صحيون 'health' in 'health workers'), read whole or
    without its plural ending (صحي), or, an adjective of relation the lexicon lacks, by its noun (إغاثية "relief-" by
    إغاثة 'aid', in 'aid groups')."""
    bare = normalize_ar(word)
    senses = gloss_stems(word) | (gloss_stems(bare[:-2]) if bare.endswith(("ون", "ين")) else frozenset())
    plain = strip_diacritics(word)
    if not senses and plain.endswith(("ية", "يه")):
        senses = gloss_stems(plain[:-2] + "ة")  # as written: إغاثة 'aid', where اغاثه reads 'succor'
    return bool(senses & {stem(w.lower()) for w in e.words})


def _same_root(a: str, b: str) -> bool:
    """Two English stems that share all but a suffix of three letters at most, seven letters or more
    ('prosecutor' and 'prosecution'; not 'observer' and 'observatory', 'governor' and 'government')."""
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 7 and shared >= min(len(a), len(b)) - 3


def _one_man(pair: AlignedPair, sp: Speaker) -> bool:
    """An implicit speaker who is one man (قال، أضاف: not قالت, which may be a ministry, nor قالوا), and,
    where the sentences before are known, the last one credited there is a person, not a body or sources."""
    cue = normalize_ar(sp.cue)
    if _feminine(cue) or cue.endswith(("وا", "ون")):
        return False
    for s in reversed(pair.ar_before):
        speakers = [p for p in arabic_speakers(AlignedPair(pair.link, (s,), (), ())) if p.kind != "implicit"]
        if speakers:
            return speakers[-1].kind in ("named", "role")
    return True


# a headline credited before a colon ('غرفة تجارة الخليل: خسائر …', 'مصدرون: تعليق …'): up to four words, no verb
_AR_HEADLINE_CREDIT = re.compile(r"^\s*([\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){0,3})\s*:\s*\S")


def _headline_credit_dropped(x: _Sides) -> Finding | None:
    """A headline credited to a body, a post or a group of people before a colon (غرفة تجارة الخليل: …، مصدرون:
    …), told in the English with no credit at all: the claim stands as the outlet's own. An unnamed source there
    (مصادر:) is a hedge, the certainty detector's; a place before the colon (العراق: …) credits no one."""
    # an English headline keeps a credit of its own before a colon or after a spaced dash ('… - chamber')
    if x.en or _EN_SOURCE_PHRASE.search(x.pair.en_text) or re.search(r":\s*\S|\s[–—-]\s*\S", x.pair.en_text):
        return None
    low = [w.lower() for w in x.en_words]
    if any(_en_kinds().get(w) and stem(nxt) in EN_REPORTING_STEMS for w, nxt in zip(low, low[1:], strict=False)):
        return None  # 'Health officials report …', 'Traders warn …': the English credits someone in its own words
    en_stems = {stem(w.lower()) for w in x.en_words}
    for s in x.pair.ar:
        m = _AR_HEADLINE_CREDIT.match(s.text)
        if m is None or re.search(r"[.!?؟]\s*$", s.text):
            continue  # a headline has no full stop
        words = ar_tokens(m.group(1))
        kind = source_kind(words[0].bare) or source_kind(words[0].norm)
        if kind not in ("body", "role", "generic") or any(_verb_word(t) for t in words):
            continue
        if _source_senses(words[0].text) & en_stems:
            continue  # 'Hebron chamber of commerce says …': the credit's head kept in other words
        return x.finding(
            "source_dropped",
            m.group(1),
            "",
            "minor",
            0.6,
            f"The Arabic headline credits its claim to '{m.group(1)}'; the English states it with no source",
        )
    return None


def _second_source_dropped(x: _Sides) -> Finding | None:
    """The Arabic credits one statement twice, a speaker with a verb and a source after بحسب/وفق (وأضاف البيان أن
    … بحسب تقديرات المهندسين "the statement added …, according to the engineers' estimates"); the English keeps the
    verb's credit and names nothing of the other: whose figures they are is lost (source_dropped, minor: the
    English may fold the one into the other)."""
    if len(x.pair.ar) != 1:
        return None
    cued = [s for s in x.ar if _is_source_cue(s.cue) and s.kind in ("named", "role", "body", "generic")]
    # another source than the cue's (not بحسب ما قالته الإدارة, nor حسب تصريحات حسبما قال أحد المشرعين: the one
    # source read twice, its phrases one inside the other)
    told = [
        s
        for s in x.ar
        if not _is_source_cue(s.cue)
        and s.kind in ("named", "role", "body", "outlet")
        and not any(_overlap(x.pair.ar[0].text, s.text, c.text) for c in cued)
    ]
    credits = [s for s in x.en if s.kind != "implicit"]
    if len(cued) != 1 or not told or len(credits) != 1 or _unnamed(cued[0], x.pair):
        return None
    sp = cued[0]
    if _head_rendered(sp, x.en_words) or _name_in(sp.names, x.en_words) or _EN_ACCORDING.search(x.pair.en_text):
        return None
    span = _ar_cue_span(x.pair, sp)
    why = f"Arabic also credits this to '{sp.text}' ('{span}'); the English keeps only '{credits[0].text}'"
    return x.finding("source_dropped", span, "", "minor", 0.55, why)


def _overlap(text: str, a: str, b: str) -> bool:
    """Whether two phrases stand over some of the same characters of ``text`` (each where it first stands)."""
    i, j = text.find(a), text.find(b)
    return i >= 0 and j >= 0 and i < j + len(b) and j < i + len(a)


# 'according to', 'citing', 'based on': the English credits a second source in words of its own
_EN_ACCORDING = re.compile(r"\b(?:according to|citing|cited|based on|estimates? by|figures? from)\b", re.I)


_RULES = (
    _source_dropped,
    _source_phrase_dropped,
    _headline_credit_dropped,
    _generalized,
    _person_made_body,
    _generalized_earlier,
    _generalized_near_cue,
    _specified,
    _other_person,
    _other_post_or_body,
    _source_added,
    _second_source_dropped,
)


def _points_back(e: Speaker) -> bool:
    """'one of the officials', 'the source': refers back to a speaker already rendered (and, if he was
    generalised, already reported there), not a new generalisation."""
    return bool(re.match(r"(?:one of )?the\b", e.text, re.I))


def _feminine(cue: str) -> bool:
    """A verb in the feminine (قالت، وأضافت، تابعت): its speaker is a woman or a body, not a man."""
    return normalize_ar(cue).endswith("ت")


def _in_arabic_content(x: _Sides, e: Speaker) -> bool:
    """The English unnamed source is something the Arabic says, not who says it: 'Analysts expect prices
    to rise' for قال الوزير إن المحللين يتوقعون … (the minister was dropped, not generalised)."""
    head = _en_head(e.words)
    spoken = {w for s in x.ar for w in s.words + s.apposition}
    for s in x.pair.ar:
        for t in ar_tokens(s.text):
            if t.text in spoken or source_kind(t.bare) not in ("generic", "anonymous"):
                continue  # a source word outside every speaker phrase: analysts spoken about
            if stem(head.lower()) in gloss_stems(t.text):
                return True
    return False


def _earlier_speaker(pair: AlignedPair) -> Speaker | None:
    """The person an implicit speaker (وأضاف أن، ورأى أن) goes on quoting: the one named by the nearest
    earlier Arabic sentence that credits someone, passing over sentences that are implicit too."""
    for s in reversed(pair.ar_before):
        speakers = arabic_speakers(AlignedPair(pair.link, (s,), (), ()))
        if not speakers or all(sp.kind == "implicit" for sp in speakers):
            continue
        named = [sp for sp in speakers if sp.kind == "named"]
        return named[-1] if named and speakers[-1].kind in ("named", "implicit") else None
    return None


def _other_post(ar_sp: list[Speaker], en_sp: list[Speaker]) -> tuple[Speaker, Speaker] | None:
    """(Arabic, English) speakers when both are a post or a body and plainly not the same one: the
    English head word is none of the senses of the Arabic phrase's words and none of the English
    words renders them ('رئيس الوزراء' prime minister → 'the interior ministry')."""
    if any(s.kind == "named" for s in ar_sp + en_sp):
        return None
    a = next((s for s in ar_sp if s.kind in ("role", "body")), None)
    e = next((s for s in en_sp if s.kind in ("role", "body")), None)
    if a is None or e is None or len(a.words) > 5:
        return None
    content = [w.lower() for w in e.words if w.lower() not in _EN_FUNCTION and w.lower() not in _EN_PRONOUNS]
    heads = [w for w in content if _en_kinds().get(w) in ("role", "body") and w not in ("statement", "statements")]
    if not heads:
        return None
    senses: set[str] = set()
    for w in a.words:
        bare = normalize_ar(w)
        for form in (_strip_article(bare), strip_clitics(bare)):  # لأرقام حكومية: the figures of 'government figures'
            senses |= {stem(g) for g in _ar_glosses().get(form, "").split()}
        senses |= set(gloss_stems(w))
    # a land's adjective both bodies share (جمعية الهلال الأحمر الفلسطيني → 'the Palestinian health ministry') names
    # neither body
    lands = {m.text.lower() for m in english_mentions(e.text) if not m.is_name}
    content = [w for w in content if w not in lands]
    # spokesperson, chairwoman: the lexicon glosses the posts in their old -man form
    if any(stem(re.sub(r"(?:person|woman)$", "man", w)) in senses for w in content):
        return None
    if any(_derived(stem(w.lower()), senses) for w in content):
        return None  # حكومية 'governmental' for the English 'government'
    return a, e


def _source_senses(word: str) -> set[str]:
    """The English stems an Arabic word of a source may be rendered by: its lexicon glosses and, for a word of the
    source table (attribution_ar.tsv), the renderings listed there (الإدارة 'the directorate', جمعية 'group')."""
    bare = normalize_ar(word)
    senses = set(gloss_stems(word))
    for form in (_strip_article(bare), strip_clitics(bare)):
        # the gloss's words before its note in brackets, and none of three letters or fewer ('of', 'a', 'the')
        gloss = _ar_glosses().get(form, "").split("(")[0]
        senses |= {stem(g) for g in re.findall(r"[a-z]{4,}", gloss)}
    return senses


def _derived(word: str, senses: set[str]) -> bool:
    """An English stem one of the senses is derived from, or derives from ('govern' ~ 'governmental'):
    a shared beginning of five letters or more that is the whole of the shorter one."""
    return len(word) >= 5 and any(len(s) >= 5 and (s.startswith(word) or word.startswith(s)) for s in senses)


@lru_cache(maxsize=1)
def _ar_glosses() -> dict[str, str]:
    return {normalize_ar(r[0]): r[2].lower() if len(r) > 2 else "" for r in load("attribution_ar.tsv")}


# the proclitics a source word is looked up without, in the order they are tried
_ARTICLE_PREFIXES = tuple(r[0] for r in load("clitics_ar.tsv") if "article" in " ".join(r[3:]).split())


def _strip_article(word: str) -> str:
    for p in _ARTICLE_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p) :]
    return word


# speech cues the reporting-verb lexicon leaves out (كتب wrote, عبّر expressed) and the source
# phrases after which a name follows (وفقا لما أوضحه …)
_EXTRA_CUES = word_set("credit_cues_ar.tsv", "extra")
_HONORIFICS = word_set("honorifics_ar.tsv")


def _ar_person_near_cue(
    pair: AlignedPair, en_words: list[str], *, plural_source: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    """A person the Arabic credits near a speech cue but the English never names: (exact Arabic
    span, romanised names), or None.

    The person is a name-only word of the lexicon within eight words before or four after the
    cue (not past an إن/فإن that opens what is reported), the word after السيد/الدكتور, or the word
    right after the verb (قال كوكر) when none of its senses is in the English; it counts as absent when
    no capitalised English word has its consonant skeleton (one edit allowed, same first consonant: جونز joniz ~ Jones).
    """
    from workbench.findings._dateline import arabic_dateline_end
    from workbench.findings._words import in_zones, quote_zones
    from workbench.text.names import spelling_skeleton as skeleton

    kinds = _ar_kinds()
    caps = [w for w in en_words if w[:1].isupper() and len(w) >= 3]
    en_stems = {stem(w.lower()) for w in en_words}
    for s in pair.ar:
        toks = ar_tokens(s.text)
        # words inside quotations, outlets (لبغداد اليوم) and the dateline (القامشلي – ) are no person credited
        zones = quote_zones(s.text) + [(h.start, h.end) for h in _outlet_terms()[0].find(s.text)]
        zones.append((0, arabic_dateline_end(s.text)))
        cue_starts = {v.start for v in arabic_verbs(s.text)}
        cues = [
            i for i, t in enumerate(toks) if t.start in cue_starts or t.bare in _EXTRA_CUES or t.norm in _EXTRA_CUES
        ]
        for i in cues:
            # after إن/فإن what is reported begins: بحسب مصادر فإن القاهرة … names no speaker
            opener = next((k for k in range(i + 1, len(toks)) if toks[k].norm in _CLAUSE_OPENERS), len(toks))
            # a sentence-initial name with its appositive may sit well before the verb
            for j in sorted(range(max(0, i - 8), min(len(toks), i + 5, opener)), key=lambda j: abs(j - i)):
                t = toks[j]
                # فلين right after قال is Flynn, not ف + ل + ين: a word read as clitics keeps its whole form there
                short = len(t.bare) < 3 and not (j == i + 1 and len(t.norm) >= 4)
                if j == i or in_zones(zones, t.start) or short or t.norm in _HONORIFICS:
                    continue
                if t.bare in kinds or t.norm in kinds or _AR_STOP & {t.norm, t.bare, _written(t.text)}:
                    continue
                if t.norm in _AR_DEMONSTRATIVES:
                    continue  # دراسة تثبت ذلك "a study proving it": a demonstrative, no one named
                if _names_no_person(s.text, toks, j) or (j > 0 and _time_zone_word(toks[j - 1])):
                    continue  # بتوقيت غرينتش "GMT": a time zone, no person
                if j < i and _while_between(s.text, toks[j], toks[i]):
                    continue  # شخصيات توراتية، فيما يؤكد الأهالي: the verb's speaker comes after it
                after_title = j > 0 and toks[j - 1].norm in _HONORIFICS
                head = j == i + 1 and toks[i].start in cue_starts and not _sense_in(gloss_stems(t.text), en_stems)
                if not (after_title or head or is_name_word(t.text)) or _group_word(t.text):
                    continue  # a plural (قال متعاملون "traders said") names a group, no person
                if plural_source and _broken_plural(t.text):
                    continue  # قال أصحاب متاجر 'shopkeepers said': the group the English names
                if _possessed(t.text):
                    continue  # شروطها "its conditions": a noun with a pronoun ending names no one
                names = tuple(dict.fromkeys((romanize(t.text), romanize(t.bare))))
                if any(names_match(n, w) and skeleton(n)[:1] == skeleton(w)[:1] for n in names for w in caps):
                    return None  # the English names this person after all
                start = toks[j - 1].start if after_title else t.start
                return s.text[start : t.end], names
    return None


_PLACE_OFFICES = frozenset(normalize_ar(r[0]) for r in load("entity_cues_ar.tsv") if r[1:2] == ("office",))
# فيما، بينما "while" after a comma: a clause of its own opens (function_words_ar.tsv clause_while)
_AR_WHILE = word_set("function_words_ar.tsv", "clause_while")


def _while_between(text: str, word: ArToken, cue: ArToken) -> bool:
    """A comma and فيما/بينما "while" stand between a word and the speech cue after it: the cue opens a clause of
    its own (تضم قبور شخصيات توراتية، فيما يؤكد الأهالي), whose speaker follows it; the word is none of its."""
    between = text[word.end : cue.start]
    return any(re.search(rf"[،,]\s*(?:و)?{re.escape(w)}(?![\u0621-\u064a])", normalize_ar(between)) for w in _AR_WHILE)


def _sense_in(glosses: set[str] | frozenset[str], en_stems: set[str]) -> bool:
    """A gloss stem is an English word's stem, or the start of one, four letters at least (report, reportedly)."""
    return bool(glosses & en_stems) or any(len(g) >= 4 and e.startswith(g) for g in glosses for e in en_stems)


def _possessed(word: str) -> bool:
    """Every reading of the word carries a third-person possessive pronoun (شروطها "its conditions", مطالبهم "their
    demands"); not 'your' (فليك, read so, is Flake right after قال)."""
    readings = analyses(word)
    return bool(readings) and all("POSS_PRON_3" in a.suffix_pos for a in readings)


def _time_zone_word(t: ArToken) -> bool:
    """توقيت "time" with its clitics and article (بتوقيت، بالتوقيت): the name after it is a time zone's."""
    return re.sub("^[وبل]+", "", t.norm).removeprefix("ال") == "توقيت"


def _names_no_one(words: tuple[str, ...]) -> bool:
    """The name-like words of an Arabic speaker phrase name no person: a place after a place's office
    (محافظ عكار "the governor of Akkar") or a definite adjective in -ية after a body (النيابة العامة
    التمييزية "the cassation prosecution"), where the English may name the post its own way."""
    office = bool(words) and normalize_ar(words[0]).removeprefix("و") in _PLACE_OFFICES
    rest = words[2:] if office else words[1:]  # the place right after the office is no name of a person
    names = [w for w in rest if is_name_word(w) and not _ar_kinds().get(normalize_ar(w))]
    if not names:
        return office
    return all(re.fullmatch(r"ال\w+ي[ةه]", normalize_ar(w)) for w in names)


def _names_no_person(text: str, toks: list[ArToken], j: int) -> bool:
    """What stands before the name-like word at ``j`` makes it no person: a kind of place or establishment
    (ميناء جيهان "the port of Ceyhan", مستشفى اليرموك "Yarmouk Hospital") or a figure that counts it
    (١٤ مهاجراً "14 migrants", مهاجر also a surname), or the preposition في "in" (وفي دنقلا، قال تجار "in Dongola,
    traders said"): where something is, not who says it."""
    before = toks[j - 1] if j > 0 else None
    if before is not None and ({before.bare, before.norm} & (_PLACE_CUES | _INSTITUTIONS)):
        return True
    if before is not None and before.norm in _IN:
        return True
    # figures are no tokens: read the text between the word before and this one, and that word itself
    gap = text[before.end if before is not None else 0 : toks[j].start]
    return bool(arabic_quantities(gap.strip() or (before.text if before is not None else "")))


# the preposition في "in", alone or after و/ف
_IN = frozenset(("في", "وفي", "ففي"))


def _strip_conj(word: str) -> str:
    return word[1:] if word[:1] in "وف" and word[1:] in _SOURCE_SPEECH else word


def _ar_cue_span(pair: AlignedPair, sp: Speaker) -> str:
    """'وأضاف الحيالي': the verb and the speaker together when they are adjacent, as the sentence writes them
    (the cue's last letter may carry a mark its word was read without: وفقاً)."""
    s = pair.ar[sp.sentence].text
    if sp.text:
        cue, text = _as_written(sp.cue), _as_written(sp.text)
        joined = re.search(rf"{cue}\s+{text}", s)
        if joined:
            return joined.group(0)
        # مصادر في وزارة النفط قد ذكرت: the subject before the verb, قد between them
        before = re.search(rf"{text}(?:\s+\S{{1,3}})?\s+{cue}", s)
        if before:
            return before.group(0)
        # بحسب ما أفاد سائقون "according to what drivers reported": a verb between the cue and its source
        between = re.search(rf"{cue}(?:\s+\S+){{1,2}}?\s+{text}", s)
        if between:
            return between.group(0)
    return sp.cue


def _as_written(words: str) -> str:
    """A pattern for ``words`` that also matches them with a mark (a vowel, tanween, a tatweel) after any letter,
    the marks a word read from the sentence may have lost at its end."""
    return "".join(re.escape(c) + ("[\u0640\u064b-\u065f\u0670]*" if "\u0621" <= c <= "\u064a" else "") for c in words)
