"""Loaded wording: a neutral term turned into a loaded one (gunmen → terrorists), or the reverse.

The paired term lists are in ``loaded_terms.tsv``: per concept, neutral and loaded forms in
both languages. The English is *more loaded* when it uses a loaded form of a concept whose
neutral Arabic form is present and no loaded Arabic form is; it is *softer* when the Arabic
uses a loaded form and the English only a neutral one.

Loaded English words with no neutral partner (``loaded_terms_en.tsv``: condemning labels,
words that make violence worse, judging adjectives) are reported, minor, when nothing in the
Arabic says as much: none of the Arabic forms listed with the word, no Arabic word whose
dictionary glosses hold it, and no translator rendering of it. Where the row names a neutral rendering and an
Arabic word's glosses hold it, that word is the one strengthened (يحتجز 'detain' → 'hijacked'); a seizure word
('hijacked', 'kidnapped', 'plundering') is reported only then. A capitalised word of a name ('Sham FM') is no label.

Judging words that no list of ours holds are read from a general valence lexicon (VADER): a
negative word or strong praise put before a noun the Arabic does say ("a defiant statement", "the
heroic fighters") when nothing in the Arabic says the word and no Arabic word next to that noun
judges it either; likewise an adjective of degree (VADER's intensifiers: 'an enormous crowd') before a
noun that no Arabic adjective qualifies. The reverse: an Arabic adjective that blames, praises strongly or
grades (اشتباكات عنيفة "violent clashes", الضغط الشديد "intense pressure") whose noun the English
renders bare, or a violent manner (بعنف "with violence") after a verb the English renders without it. The Arabic
adjectives of ``emotive_adjectives_ar.tsv`` (ضخمة، فادحة، مروع) count whatever their other readings, and are
rendered by any of the English words listed with them.

Not loaded: a listed word inside a set phrase of ``loaded_terms_idioms_en.tsv`` ('a vicious circle', 'the
visa regime'); a violence word ('a bloodbath', 'a 7-0 massacre') where no Arabic word speaks of violence or
death (``violence_senses_en.tsv``); 'murdered' for قتل in a crime report (``crime_context_ar.tsv``). Not
softened: a loaded Arabic word that an English word listed with it in ``loaded_terms_en.tsv`` renders, or that an
English word renders in another of its dictionary senses (نظام "system").
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.findings._judging import (
    ADJECTIVE_SHAPE,
    JUDGING,
    NEIGHBOURS,
    PRAISING,
    agrees,
    definite,
    judges,
    loaded_words,
    loosely_in,
    negates,
    own_adjective,
    plain_gloss,
    qualifier,
    said_in_arabic,
    said_rows,
)
from workbench.findings._loaded import loaded_term_hits, loaded_terms
from workbench.findings._negations import spells_english
from workbench.findings._quotes import so_called_in_marks
from workbench.findings._words import (
    GLOSS_SKIP,
    ArToken,
    EnToken,
    analyses,
    ar_tokens,
    en_tokens,
    gloss_stems,
    in_zones,
    quote_zones,
)
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.findings.terms import ArabicTerms, split_forms
from workbench.lexicons import alternation, load, valence, word_set
from workbench.morphology import Analysis, first_sense
from workbench.records import Finding
from workbench.text.english import STOPWORDS, stem
from workbench.text.names import ar_sound_key, en_sound_keys, sound_keys_close

KINDS = (
    FindingKind(
        type="wording",
        subtypes=("loaded", "other"),
        colour="#DD99AA",
        label="Wording",
        description="a neutral term replaced by a loaded one or the reverse, or another meaningful change",
        lexicons=("loaded_terms",),
    ),
)


def detect(pair: AlignedPair) -> list[Finding]:
    """Report English terms more (or less) loaded than the Arabic terms they render."""
    if not pair.ar or not pair.en:
        return []
    lex = loaded_terms()
    ar_hits = [h for s in pair.ar for h in loaded_term_hits(s.text) if not _in_arabic_idiom(s.text, h.start)]
    # a loaded term inside an English quote paired with an Arabic quote is the quote's words changed: the
    # quote detector reports it as quote/altered (the most specific type wins inside quotes); inside an
    # English quote with no Arabic counterpart it is the writer's word, and stays here
    paired = {qp.en_quote for qp in pair.view.quote_pairs if qp.ar_quote}
    said_all = [(s, h) for s in pair.en for h in lex.en.find(s.text)]
    en_all = [(s, h) for s, h in said_all if not in_zones(_idiom_zones(s.text), h.start)]
    en_hits = [h for s, h in en_all if not in_zones(_paired_zones(s.text, paired), h.start)]
    if _crime_report(pair, ar_hits):
        en_hits = [h for h in en_hits if h.value not in _CRIME_FORMS]
    ar_keys = {h.value for h in ar_hits}
    findings: list[Finding] = []
    reported: set[str] = set()
    for e in en_hits:
        roles = lex.en_roles[e.value]
        # a word that is a neutral rendering of something the Arabic says is not loaded here
        if any(r in ar_keys for r in roles if r[1] == "neutral"):
            continue
        for concept, register in sorted(roles):
            if register != "loaded" or concept in reported or (concept, "loaded") in ar_keys:
                continue
            source = next((h for h in ar_hits if h.value == (concept, "neutral")), None)
            if source is None or _rendered_neutrally(concept, ar_hits, en_all):
                continue
            reported.add(concept)
            why = f"Arabic '{source.text}' (neutral: '{lex.gloss[(concept, 'neutral')]}') became the loaded '{e.text}'"
            findings.append(_loaded(pair, source.text, e.text, "major", 0.8, why))
    if not findings:
        tied = _affiliation_added(pair)
        if tied is not None:
            findings.append(tied)
    # a loaded word in a set phrase still renders the Arabic term ('the visa regime' for نظام التأشيرات)
    en_roles = {r for _, e in said_all for r in lex.en_roles[e.value]}
    for a in ar_hits:
        concept, register = a.value
        if register != "loaded" or concept in reported or (concept, "loaded") in en_roles:
            continue
        if _judged_alike(pair, a.text) or _rendered_in_another_sense(pair, a.text, concept):
            continue
        target = next((e for e in en_hits if (concept, "neutral") in lex.en_roles[e.value]), None)
        if target is None or _neutral_rendering_taken(concept, ar_hits, en_all):
            continue
        reported.add(concept)
        why = (
            f"Arabic uses the loaded '{a.text}' ('{lex.gloss[(concept, 'loaded')]}') "
            f"but the English softens it to '{target.text}'"
        )
        findings.append(_loaded(pair, a.text, target.text, "minor", 0.7, why))
    spans = {f.en_span for f in findings}
    unsaid = _unmatched_loaded_words(pair) + _unsaid_judgements(pair) + _judging_names(pair)
    extra = [f for f in unsaid if f.en_span not in spans][:1]
    if not findings and not extra:
        extra = (_dropped_judgements(pair) + _dropped_manner(pair))[:1]
    found = [f for f in findings + extra if not so_called_in_marks(pair, f.en_span)]
    return found + [f for f in _sense_slips(pair) if f.en_span not in {g.en_span for g in found}]


@lru_cache(maxsize=1)
def _sense_traps() -> tuple[ArabicTerms[int], tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]]:
    """sense_traps_ar.tsv: the Arabic phrases (each standing for its row) and per row its sense, English renderings
    and traps."""
    rows = tuple(
        (sense, tuple(split_forms(right)), tuple(split_forms(traps)))
        for _, sense, right, traps in load("sense_traps_ar.tsv")
    )
    forms = [(f, k) for k, row in enumerate(load("sense_traps_ar.tsv")) for f in split_forms(row[0])]
    return ArabicTerms(forms, keep_article=True), rows


def _sense_slips(pair: AlignedPair) -> list[Finding]:
    """An Arabic word or set phrase the English renders by the words of another of its senses (بالإجماع
    "unanimously" as 'anonymously', دورات المياه "toilets" as 'water rounds'; sense_traps_ar.tsv): the English
    has the trap and none of the phrase's renderings, and no other Arabic word of the sentences says the trap's
    words (wording/other, minor, 0.7): a slip that changes what is said, which a reader cannot see."""
    terms, rows = _sense_traps()
    out: list[Finding] = []
    for s in pair.ar:
        for hit in terms.find(s.text):
            sense, right, traps = rows[hit.value]
            if any(re.search(rf"(?<!\w){re.escape(r)}(?!\w)", pair.en_text, re.I) for r in right):
                continue
            trap = next(
                (m for t in traps if (m := re.search(rf"(?<!\w){re.escape(t)}(?!\w)", pair.en_text, re.I))), None
            )
            if trap is None:
                continue
            rest = pair.ar_text.replace(hit.text, " ")
            said = {g for t in ar_tokens(rest) for g in gloss_stems(t.text)}
            if {stem(w) for w in trap.group(0).lower().split()} <= said:
                continue  # another Arabic word says it ('grants' where the Arabic names منح too)
            why = (
                f"Arabic '{hit.text}' means {sense}; the English '{trap.group(0)}' says something else "
                "(the words of another sense, or a word that looks like the right one)"
            )
            out.append(
                make_finding(
                    pair,
                    "wording",
                    "other",
                    ar_span=hit.text,
                    en_span=trap.group(0),
                    severity="minor",
                    score=0.7,
                    explanation=why,
                )
            )
    return out[:1]


def _rendered_neutrally(concept: str, ar_hits: list, en_all: list) -> bool:
    """The English names the concept neutrally as often as the Arabic does ('Thugs attacked the protesters' for
    هاجم مجرمون المتظاهرين): the Arabic neutral word has its rendering, and the loaded word renders another."""
    lex = loaded_terms()
    ar_neutral = sum(1 for h in ar_hits if h.value == (concept, "neutral"))
    en_neutral = sum(1 for _, h in en_all if (concept, "neutral") in lex.en_roles[h.value])
    return en_neutral >= ar_neutral


def _neutral_rendering_taken(concept: str, ar_hits: list, en_all: list) -> bool:
    """The Arabic names the concept neutrally as often as the English does ('The government … customs automation'
    for وكانت الحكومة … نظام الأتمتة): each neutral English word renders an Arabic neutral one, and none is left to
    soften the loaded Arabic word, which the English renders otherwise or leaves out."""
    lex = loaded_terms()
    ar_neutral = sum(1 for h in ar_hits if h.value == (concept, "neutral"))
    en_neutral = sum(1 for _, h in en_all if (concept, "neutral") in lex.en_roles[h.value])
    return ar_neutral >= en_neutral


def _judged_alike(pair: AlignedPair, ar_word: str) -> bool:
    """An English loaded word of ``loaded_terms_en.tsv`` listed with this Arabic word renders it ('appalling
    conditions' for ظروف مزرية): the judgement is kept in another word, not softened."""
    words = loaded_words()
    rows = {k for h in words.ar.find(ar_word) for k in words.ar_rows.get(h.value, ())}
    return any(h.value in rows for s in pair.en for h in words.en.find(s.text))


def _rendered_in_another_sense(pair: AlignedPair, ar_word: str, concept: str) -> bool:
    """An English word renders the loaded Arabic word in another of its dictionary senses than the concept's
    neutral one ('the healthcare system' for نظام الرعاية الصحية): the word is not used as the loaded term."""
    lex = loaded_terms()
    neutral = {stem(w) for f, roles in lex.en_roles.items() if (concept, "neutral") in roles for w in f.split()}
    senses = gloss_stems(ar_word) - neutral
    return any(stem(t.low) in senses for s in pair.en for t in en_tokens(s.text))


# set phrases in which a loaded word has its everyday sense ('a vicious circle', 'the sanctions regime')
_IDIOMS = re.compile(rf"(?<![\w-])(?:{alternation(word_set('loaded_terms_idioms_en.tsv'))})(?![\w-])", re.I)


def _idiom_zones(text: str) -> list[tuple[int, int]]:
    """(start, end) of every set phrase of ``loaded_terms_idioms_en.tsv`` in an English sentence."""
    return [m.span() for m in _IDIOMS.finditer(text)]


@lru_cache(maxsize=1)
def _arabic_idioms() -> ArabicTerms[str]:
    """The Arabic set phrases of ``loaded_terms_idioms_ar.tsv`` (قوات مكافحة الشغب 'riot police')."""
    return ArabicTerms((p, p) for p in word_set("loaded_terms_idioms_ar.tsv"))


def _in_arabic_idiom(text: str, pos: int) -> bool:
    """The Arabic word at ``pos`` lies inside a set phrase that names a unit or a policy."""
    return any(h.start <= pos < h.end for h in _arabic_idioms().find(text))


_VIOLENCE = frozenset(stem(w) for w in word_set("violence_senses_en.tsv"))


def _speaks_of_violence(pair: AlignedPair) -> bool:
    """Some Arabic word of the pair has a dictionary sense of killing, attack, war or wounds (قتلى، هجوم،
    اشتباكات): a violence word in the English may render it, literally."""
    return any(g in _VIOLENCE for sentence in pair.view.ar_glosses for senses in sentence for g in senses)


_CRIME_CONTEXT = word_set("crime_context_ar.tsv", "ar_context")
_CRIME_FORMS = word_set("crime_context_ar.tsv", "en_form")
_ARMED_ACTORS = ("gunmen", "fighters", "members")  # concepts of loaded_terms.tsv that name armed actors


def _crime_report(pair: AlignedPair, ar_hits: list) -> bool:
    """The Arabic reads as a crime report: a word of crime and justice (جريمة، المتهم، المحكمة) or a kin word
    naming the victim (زوجته), here or in the two sentences before, and no armed actors. There English news calls
    the killing that قتل names a murder."""
    if any(h.value[0] in _ARMED_ACTORS for h in ar_hits):
        return False
    # the report's opening sentences just before say so too (المتهم … in the sentence before 'murdered')
    return any(t.bare in _CRIME_CONTEXT for s in (*pair.ar_before[-2:], *pair.ar) for t in ar_tokens(s.text))


def _unmatched_loaded_words(pair: AlignedPair) -> list[Finding]:
    """Loaded English words (outside quotes) that nothing in the Arabic says: a minor wording/loaded each."""
    words = loaded_words()
    said = {k for s in pair.ar for h in words.ar.find(s.text) for k in words.ar_rows.get(h.value, ())}
    # a label the Arabic gave the same people in the sentence just before, outside a quotation ('the fleeing
    # smugglers' after المهربين): the English refers back to them ('the' before the label)
    said_before = {
        k
        for s in pair.ar_before[-1:]
        for h in words.ar.find(s.text)
        if not in_zones(quote_zones(s.text), h.start)
        for k in words.ar_rows.get(h.value, ())
    }
    glosses = {g for sentence in pair.view.ar_glosses for senses in sentence for g in senses}
    rendered = {stem(w) for w in re.findall(r"[a-z]+", pair.rendering.lower())}
    out = []
    for s in pair.en:
        zones = quote_zones(s.text) + _idiom_zones(s.text)
        for hit in words.en.find(s.text):
            if hit.value in said or in_zones(zones, hit.start) or _in_a_name(s.text, hit.start, hit.end):
                continue
            if hit.value in said_before and words.kinds[hit.value] == "label" and _refers_back(s.text, hit.start):
                continue
            if words.kinds[hit.value] == "violence" and not _speaks_of_violence(pair):
                continue  # figurative: 'a 7-0 massacre' for هزيمة ساحقة, 'a bloodbath' on the markets
            # every longer word of the phrase said: 'occupation forces' for القوات الأجنبية says the forces, not
            # the occupation
            stems = {stem(w) for w in re.findall(r"[a-z]+", hit.text.lower()) if len(w) > 3}
            if stems and stems <= glosses | rendered:
                continue
            # حملة قمع عنيفة 'a brutal crackdown': a harsh Arabic word that no other English word renders is what a
            # judging or violent word renders, in a sense the lists and glosses miss. A label is not excused so:
            # 'traitor' for عدو "enemy" names the people otherwise
            if words.kinds[hit.value] != "label" and _unrendered_judgement(pair):
                continue
            neutral = words.neutral[hit.value]
            source = _plainly_said(pair, neutral)
            if source is None and words.kinds[hit.value] == "seizure":
                continue  # no plain Arabic word of taking that it strengthens: figurative ('hijacked the debate')
            why = f"The English calls it '{hit.text}' ({words.kinds[hit.value]}); nothing in the Arabic says as much"
            if source is not None:
                ar_word, plain = source
                why = f"Arabic '{ar_word}' ('{plain}') is rendered '{hit.text}', where a plain rendering says '{plain}'"
            elif neutral:
                why += f" (a plain rendering: '{neutral[0]}')"
            out.append(_loaded(pair, source[0] if source else "", hit.text, "minor", 0.6, why))
    return out


def _refers_back(text: str, start: int) -> bool:
    """'the' stands before the word, at most one word between ('the smugglers', 'the fleeing smugglers')."""
    return re.search(r"\bthe\s+(?:[\w'-]+\s+)?$", text[:start], re.I) is not None


def _in_a_name(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is capitalised as a word of a name ('Bilad al-Sham', 'the Warsaw Ghetto', 'Sham FM
    radio'): inside its sentence, or before another capitalised word, in a sentence that is not a title-case
    headline (where a capital says nothing of a name)."""
    if not text[start].isupper():
        return False
    longer = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) > 3]
    lower = sum(w[0].islower() for w in longer)
    if lower <= 1 and len(longer) - lower >= 4:
        return False  # a headline in title case capitalises (nearly) every longer word
    if re.match(r"\s+[A-Z]", text[end:]):
        return True
    before = text[:start].rstrip()[-1:]
    return bool(before) and before not in ".!?:;\"“'‘(–—"


def _plainly_said(pair: AlignedPair, neutral: tuple[str, ...]) -> tuple[str, str] | None:
    """The Arabic word (outside quotations) that a loaded English word strengthens, and the neutral rendering it
    has: the first whose dictionary glosses hold one of the word's neutral renderings (يحتجز 'detain' for
    'hijacked', المسؤولين 'official' for 'pen-pushers'); None when none does."""
    stems = {stem(n.lower()): n for n in neutral if " " not in n}
    for s in pair.ar:
        zones = quote_zones(s.text)
        for t in ar_tokens(s.text):
            if in_zones(zones, t.start):
                continue
            glosses = gloss_stems(t.text)
            said = next((n for s, n in stems.items() if s in glosses), None)
            if said is not None:
                return t.text, said
    return None


_HARSH = -2.0  # a first sense at most this negative (VADER: 'violent' -2.9, 'brutal' -3.1; 'tough' -0.5)


def _unrendered_judgement(pair: AlignedPair) -> str:
    """An Arabic adjective whose first sense in some reading judges harshly (عنيفة 'violent') and that no
    English word of the pair renders (no sense of it loosely an English stem); '' when there is none.
    Adjectives only: a harsh noun left unrendered (الاعتداء 'assault' → 'the atrocity') is the thing named,
    and a loaded word put in its place is the change itself."""
    lexicon = valence()
    en_stems = {stem(t.low) for s in pair.en for t in en_tokens(s.text)}
    for s in pair.ar:
        for t in ar_tokens(s.text):
            senses = {
                w
                for a in analyses(t.text)
                if "ADJ" in a.stem.pos
                for w in re.findall(r"[a-z]+", first_sense(a.stem.gloss).lower())
            }
            if not any(lexicon.get(w, 0.0) <= _HARSH for w in senses):
                continue
            if not any(loosely_in(e, gloss_stems(t.text)) for e in en_stems):
                return t.text
    return ""


# a word that picks out one noun phrase: 'the cowardly attack', 'a defiant statement'
_DETERMINERS = word_set("function_words_en.tsv", "wording_determiner")


def _unsaid_judgements(pair: AlignedPair) -> list[Finding]:
    """A judging word (VADER: negative, or strong praise) before a noun the Arabic says, with nothing in
    the Arabic for it.

    Precision guards: only a word shaped like an adjective between a determiner and its noun (a
    modifier, not the sentence's subject matter: 'the death toll'; not a participle: 'the injured
    man' describes), outside quotes; the noun must be said in the Arabic (the phrase is aligned, only
    the judgement is new); and no Arabic word next to that noun has a sense that leans the same
    way (the translator chose another word for the Arabic's own judgement). Nor is a judging word new where an
    Arabic form listed with it in loaded_terms_en.tsv is said (الغاشم 'brutal'), or where the noun has an Arabic
    adjective of its own that no other English word renders (العائلات المتعففة 'the needy families'): the
    valence threshold (JUDGING) takes mild words that render such adjectives in senses the glosses miss.
    """
    lexicon = valence()
    tokens = [t for s in pair.ar for t in ar_tokens(s.text)]
    glosses = [gloss_stems(t.text) for t in tokens]
    rendered = {stem(w) for w in re.findall(r"[a-z]+", pair.rendering.lower())}
    said = set().union(*glosses, rendered)
    negating = any(negates(t) for t in tokens)
    rows = said_rows([s.text for s in pair.ar])
    out = []
    for s in pair.en:
        zones = quote_zones(s.text)
        words = en_tokens(s.text)
        en_stems = {stem(t.low) for t in words}
        for det, word, noun in zip(words, words[1:], words[2:], strict=False):
            score = lexicon.get(word.text, 0.0)
            sign = -1 if score <= JUDGING else 1 if score >= PRAISING else 0
            degree = not sign and word.low in _intensity_words()  # 'an enormous crowd'
            if not (sign or degree) or det.low not in _DETERMINERS or in_zones(zones, word.start):
                continue
            if s.text[det.end : word.start] != " " or s.text[word.end : noun.start] != " ":
                continue
            if s.text[noun.end : noun.end + 1] == "-":
                continue  # 'a dismal first-half performance': the word qualifies the compound's head, further on
            if not (degree or ADJECTIVE_SHAPE.search(word.low)) or not noun.text.isalpha() or not noun.text.islower():
                continue
            if word.low.endswith("ment"):
                continue  # a noun before a noun ('the unemployment rate'), though it ends like 'violent'
            if len(noun.text) < 3 or noun.low in GLOSS_SKIP or _said_as_negation(word.low, said, negating):
                continue
            if sign and said_in_arabic(word.low, rows):
                continue  # an Arabic form listed with the word says it (الغاشم 'brutal')
            noun_stem = stem(noun.low)
            at = [k for k, g in enumerate(glosses) if loosely_in(noun_stem, g)]
            if not at and not loosely_in(noun_stem, rendered):
                continue
            if sign and any(own_adjective(tokens, k, en_stems) for k in at):
                continue  # the noun's own Arabic adjective, which no other English word renders, is what it renders
            near = {j for k in at for j in range(k - NEIGHBOURS, k + NEIGHBOURS + 1) if j != k}
            # a degree word is new only where nothing qualifies the noun in the Arabic: any adjective beside it
            # (ضخم 'large', كبير) may be what the English strengthened, or a word of quality the lexicon tags a
            # noun (نجاحا باهرا "a dazzling success" → 'a huge success')
            if degree and (not at or any(_qualifies(tokens[j].text) for j in near if 0 <= j < len(tokens))):
                continue
            # a negated qualifier beside the noun (منزل غير مأهول "a house not lived in") is rendered by an
            # adjective of either leaning ('an empty house')
            if any(judges(tokens[j].text, sign) or negates(tokens[j]) for j in near if 0 <= j < len(tokens)):
                continue
            phrase = s.text[word.start : noun.end]
            ar_span = tokens[at[0]].text if at else ""
            verb = "judges" if sign < 0 else "praises" if sign > 0 else "qualifies"
            why = f"The English calls it '{phrase}'; nothing in the Arabic {verb} the {noun.text} so"
            out.append(_loaded(pair, ar_span, word.text, "minor", 0.5, why))
    return out


# the endings of English nouns that name people by what they do or are (looters, extremists, informants,
# criminals, detainees, partisans): the plural English word and the Arabic noun's sense must both have one
_PEOPLE = re.compile(r"[a-z]{3,}(?:er|or|ist|ant|ent|al|ee|ian|ite)$")
_RENAMING = _HARSH  # a judging noun at most this negative (VADER: 'attackers' -2.7, 'thieves' -2.3; 'victims' -1.3)


def _judging_names(pair: AlignedPair) -> list[Finding]:
    """A neutral Arabic noun for people that the English names with a judging one (VADER, harsh: المتظاهرين
    "the demonstrators" → 'the looters') that nothing in the Arabic says.

    The general case of the listed neutral/loaded pairs, for words no list of ours holds. The place is found
    without the word: an English word beside it renders an Arabic word beside the Arabic noun, and no English
    word renders that noun in any of its senses (it was renamed, not left out). Guards: both words name people
    (an agent ending: -er, -or, -ist, -ant, -al, -ee …), the English one in the plural, outside quotes and names; no
    Arabic word near the noun leans
    negative (the judgement may be the Arabic's own, in a sense the glosses miss), and no harsh Arabic adjective
    is left unrendered. Minor: the valence lexicon rates words, not their use.
    """
    lexicon = valence()
    tokens = [t for s in pair.ar for t in ar_tokens(s.text)]
    glosses = [gloss_stems(t.text) for t in tokens]
    rendered = {stem(w) for w in re.findall(r"[a-z]+", pair.rendering.lower())}
    said = set().union(*glosses, rendered)
    rows = said_rows([s.text for s in pair.ar])
    negating = any(negates(t) for t in tokens)
    out: list[Finding] = []
    for s in pair.en:
        zones = quote_zones(s.text) + _idiom_zones(s.text)
        words = en_tokens(s.text)
        en_stems = [stem(t.low) for t in words]
        for i, word in enumerate(words):
            low, one = word.low, word.low[:-1]
            if not word.text.isalpha() or (i and not word.text.islower()) or not low.endswith("s"):
                continue
            if not _PEOPLE.match(one) or min(lexicon.get(low, 0.0), lexicon.get(one, 0.0)) > _RENAMING:
                continue
            if in_zones(zones, word.start) or _in_a_name(s.text, word.start, word.end):
                continue
            if any(_said_as_negation(w, said, negating) for w in (low, one)) or said_in_arabic(low, rows):
                continue
            renamed = _renamed_noun(tokens, glosses, words, en_stems, i)
            if renamed is None or _unrendered_judgement(pair):
                continue
            why = f"Arabic '{renamed.text}' is named '{word.text}', a judging word that nothing in the Arabic says"
            out.append(_loaded(pair, renamed.text, word.text, "minor", 0.5, why))
    return out[:1]


def _renamed_noun(
    tokens: list[ArToken], glosses: list[frozenset[str]], words: list[EnToken], en_stems: list[str], i: int
) -> ArToken | None:
    """The Arabic noun that the English word at ``i`` stands for: beside (two words either way) an Arabic word that
    an English word beside ``i`` renders, a noun naming people in its likeliest reading and a verb in none, rendered
    by no English word, and with no word near it that leans negative; None when there is none or more than one."""
    found: set[int] = set()
    for k in range(max(0, i - NEIGHBOURS), min(len(words), i + NEIGHBOURS + 1)):
        if k == i or words[k].low in STOPWORDS or len(words[k].low) < 3:
            continue
        for j, g in enumerate(glosses):
            if not loosely_in(en_stems[k], g):
                continue
            for m in range(max(0, j - NEIGHBOURS), min(len(tokens), j + NEIGHBOURS + 1)):
                readings = analyses(tokens[m].text)
                if m == j or not readings or any("VERB" in a.stem.pos for a in readings):
                    continue
                # its likeliest reading a noun naming people (المسؤولون 'official'; not المساعدات 'assistance',
                # whose rarer reading is 'assistant')
                first = readings[0]
                if first.stem.pos != "NOUN" or not any(
                    _PEOPLE.match(w) for w in re.findall(r"[a-z]+", first_sense(first.stem.gloss))
                ):
                    continue
                if any(loosely_in(e, glosses[m]) for e in en_stems):
                    continue
                near = range(max(0, m - NEIGHBOURS), min(len(tokens), m + NEIGHBOURS + 1))
                if not any(judges(tokens[n].text, -1) for n in near):
                    found.add(m)
    return tokens[found.pop()] if len(found) == 1 else None


def _qualifies(word: str) -> bool:
    """The Arabic word may qualify a noun beside it: some reading is an adjective, or some sense of it leans
    either way (باهر 'dazzling', which the lexicon tags a noun)."""
    return qualifier(word) or judges(word, 1) or judges(word, -1)


# 'illegal' for غير شرعي "not lawful", 'unfair' for غير عادل: the Arabic negates a word, the English
# folds the negation into a prefix (the two words need not be dictionary glosses of each other)
_NEGATIVE_PREFIX = re.compile(r"^(?:il|im|in|ir|un|dis|non-?)(?=[a-z]{4})")


def _said_as_negation(word: str, said: set[str], negating: bool) -> bool:
    """The Arabic says the English word (loosely), or negates a word where the English has a negative prefix."""
    return loosely_in(stem(word), said) or (negating and bool(_NEGATIVE_PREFIX.match(word)))


_DROPPED = -2.5  # an Arabic adjective this negative (VADER: 'violent' -2.9, 'brutal' -3.1) left out is a softening
# a first sense rated at least this ('splendid' 2.8; 'good' 1.9 and 'strong' 2.3 are ordinary description) or at
# most that ('terrible' -2.1; 'afflicted' -1.5 describes a state)
_GRADING = (2.5, -2.0)


@lru_cache(maxsize=1)
def _intensity_words() -> frozenset[str]:
    """Adjectives of degree: VADER's intensifying boosters ('intensely' → intense, 'enormous'), less the
    ordinary describing words of ``wording_boosters_skip_en.tsv`` ('completely', 'highly')."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    skip = word_set("wording_boosters_skip_en.tsv")
    out = set()
    for word, weight in BOOSTER_DICT.items():
        if weight <= 0 or " " in word or word in skip:
            continue
        if word.endswith("bly"):
            word = word[:-1] + "e"  # incredibly → incredible
        elif word.endswith("ily"):
            word = word[:-3] + "y"
        elif word.endswith("ly"):
            word = word[:-2]  # intensely → intense, enormously → enormous
        out.add(word)
    return frozenset(out)


def _grading(readings: list[Analysis]) -> str:
    """The sense that makes an Arabic adjective a judgement or a degree, '' when none does: any sense
    strongly negative, or a first sense strongly rated or of degree (الشديد 'intense', الرائع 'splendid');
    a later sense alone ('large;great') is too weak a reading to report."""
    lexicon = valence()
    senses = {w for a in readings for w in re.findall(r"[a-z]+", plain_gloss(a.stem.gloss))}
    worst = min(senses, key=lambda w: lexicon.get(w, 0.0), default="")
    if lexicon.get(worst, 0.0) <= _DROPPED:
        return worst
    for a in readings:
        first = first_sense(a.stem.gloss).lower()
        score = lexicon.get(first, 0.0)
        if score >= _GRADING[0] or score <= _GRADING[1] or first in _intensity_words():
            return first
    return ""


def _dropped_judgements(pair: AlignedPair) -> list[Finding]:
    """A judging or grading Arabic adjective (every reading an adjective) whose noun the English renders bare.

    The reverse of ``_unsaid_judgements``: اشتباكات عنيفة "violent clashes" → 'in clashes', الضغط الشديد
    "intense pressure" → 'of pressure'. Guards: the noun before the adjective is rendered and nothing
    qualifies it in the English (the word before it is a function word: 'heavy fire' for نيران محتدة
    renders the adjective another way); no English word says the adjective; no judging English adjective
    is left unexplained by the Arabic (the judgement moved to another word); outside quotations.
    """
    lexicon = valence()
    en = [t for s in pair.en for t in en_tokens(s.text)]
    en_stems = {stem(t.low) for t in en}
    moved = _moved_leanings(pair)
    if -1 in moved:
        return []
    names = _capitalised_words(pair)
    out = []
    for s, mentions in zip(pair.ar, pair.view.ar_mentions, strict=True):
        zones = quote_zones(s.text)
        tokens = ar_tokens(s.text)
        # a place the gazetteer names in two words (المدينة المنورة Medina, مكة المكرمة Mecca): its epithet is a word
        # of the name, which English gives without it
        places = [(m.start, m.start + len(m.text)) for m in mentions if m.entity and m.is_name]
        for noun, adj in zip(tokens, tokens[1:], strict=False):
            if any(a <= noun.start and adj.end <= b for a, b in places):
                continue
            # a name reading ('Shadeed' for الشديد) is the lexicon's, not the sentence's, when the word takes
            # the article
            readings = [a for a in analyses(adj.text) if a.stem.pos != "NOUN_PROP" or not definite(adj)]
            listed = _emotive(adj.text)  # an adjective of emotive_adjectives_ar.tsv, whatever its other readings
            if (
                in_zones(zones, adj.start)
                or not listed
                and (not readings or any("ADJ" not in a.stem.pos for a in readings))
            ):
                continue
            if listed and en_stems & {stem(w) for w in listed}:
                continue  # one of its usual renderings is in the English
            # the word before must be able to be a noun: after an adjective (كانت الرحلة طويلة ومرهقة "long and
            # exhausting") the adjective is a second predicate, whose noun is further back
            noun_readings = analyses(noun.text)
            if noun_readings and all("ADJ" in a.stem.pos for a in noun_readings):
                continue
            sense = listed[0] if listed else _grading(readings)
            if not sense or not agrees(noun, adj) or any(loosely_in(e, gloss_stems(adj.text)) for e in en_stems):
                continue
            if (1 if lexicon.get(sense, 0.0) > 0 else -1) in moved:
                continue
            if _sounds_like_a_name(adj, names):
                continue  # كيبيك 'Quebec', read as the adjective 'depressed': a name the English spells
            if any(spells_english(adj.bare, e.text) for e in en):
                continue  # عملتها، الكيب "its currency, the kip", also read 'depressed': a word the English spells
            noun_glosses = gloss_stems(noun.text)
            # a function word before the noun's rendering leaves it bare; an adverb of degree ('so close' for قربه
            # الشديد "its great closeness") renders the adjective
            # a listed adjective's noun is bare after a word that renders another Arabic word ('suffered losses' for
            # تكبد خسائر فادحة: 'suffered' is تكبد, not the adjective)
            others = {g for t in tokens if listed and t is not adj and t is not noun for g in gloss_stems(t.text)}
            bare = [
                (k, e) for k, e in enumerate(en)
                if len(e.low) > 3 and loosely_in(stem(e.low), noun_glosses)
                and (k == 0 or en[k - 1].low in STOPWORDS and en[k - 1].low not in _DEGREE_ADVERBS
                     or _possessive_name(en[k - 1])
                     or en[k - 1].low not in STOPWORDS and loosely_in(stem(en[k - 1].low), others))
            ]  # fmt: skip
            # the noun rendered as a word of a name (الدوري الإنجليزي الممتاز 'the English Premier League'): the
            # adjective is a word of the name too, however the English spells it
            bare = [(k, e) for k, e in bare if not _in_name(en, k)]
            if not bare:
                continue
            why = f"Arabic '{adj.text}' ('{sense}') has no counterpart: the English says '{bare[0][1].text}' without it"
            out.append(_loaded(pair, adj.text, "", "minor", 0.5, why))
    return out


_DEGREE_ADVERBS = word_set("function_words_en.tsv", "wording_degree")


def _possessive_name(word: EnToken) -> bool:
    """A name in the possessive ('Ankara's', 'the Ministry's'): like a determiner, it leaves the noun after it
    unqualified (النجاح الساحق للشركة "the company's overwhelming success" → 'the company's success' is bare)."""
    return word.text[:1].isupper() and word.low.endswith(("'s", "’s"))


@lru_cache(maxsize=1)
def _emotive_adjectives() -> tuple[ArabicTerms[int], tuple[tuple[str, ...], ...]]:
    """The Arabic adjectives of ``emotive_adjectives_ar.tsv`` (row per form) and each row's English renderings."""
    rows = load("emotive_adjectives_ar.tsv")
    terms = ArabicTerms(((f, k) for k, (ar, _en) in enumerate(rows) for f in split_forms(ar)), nisba=True)
    return terms, tuple(tuple(split_forms(en)) for _ar, en in rows)


def _emotive(word: str) -> tuple[str, ...]:
    """The English renderings of an Arabic word that is an emotive adjective of the list, () when it is none."""
    terms, renderings = _emotive_adjectives()
    hits = terms.find(word)
    return renderings[hits[0].value] if hits and hits[0].end == len(word) else ()


def _capitalised_words(pair: AlignedPair) -> list[str]:
    """The English words of the pair written with a capital inside their sentence: the names it spells."""
    return [t.text for s in pair.en for k, t in enumerate(en_tokens(s.text)) if k and t.text[:1].isupper()]


def _sounds_like_a_name(word: ArToken, names: list[str]) -> bool:
    """The Arabic word (as written, or without its clitics) is a name the English spells: its sound key is close to that
    of a capitalised English word (كيبيك ~ Quebec, which the lexicon also reads as كئيب 'depressed')."""
    keys = {key for form in (word.norm, word.bare) if len(key := ar_sound_key(form)) >= 3}
    return any(sound_keys_close(key, k) for key in keys for name in names for k in en_sound_keys(name))


def _in_name(en: list[EnToken], k: int) -> bool:
    """The English word at ``k`` is capitalised inside its sentence, beside another capitalised word: a word of
    a name ('English' in 'the English Premier League'), not a common noun."""
    if not en[k].text[:1].isupper() or k == 0 or en[k - 1].low not in STOPWORDS and not en[k - 1].text[:1].isupper():
        return False
    return k + 1 < len(en) and en[k + 1].text[:1].isupper()


def _moved_leanings(pair: AlignedPair) -> set[int]:
    """The leanings (-1, +1) of English judging words the Arabic does not explain: a judgement the English
    leaves out in one place may have moved there."""
    lexicon = valence()
    said = {g for s in pair.ar for t in ar_tokens(s.text) for g in gloss_stems(t.text)}
    return {
        1 if score > 0 else -1
        for s in pair.en
        for t in en_tokens(s.text)
        if abs(score := lexicon.get(t.low, 0.0)) >= 1.5 and t.low not in STOPWORDS
        and (score > 0 or ADJECTIVE_SHAPE.search(t.low)) and not loosely_in(stem(t.low), said)
    }  # fmt: skip


# the English nouns of a quality ('violence', 'brutality', 'cruelty', 'savagery', 'harshness')
_QUALITY_NOUN = re.compile(r"(?:ence|ity|ty|ness|ery)$")
_MANNER_REACH = 4  # words before a manner phrase where its verb may stand (قمعت الشرطة المتظاهرين بعنف)


def _nominal(pos: str) -> bool:
    """A noun or adjective tag ('NOUN', 'ADJ', 'waHo$iy~/ADJ')."""
    return pos == "NOUN" or pos.endswith(("/NOUN", "ADJ"))


def _dropped_manner(pair: AlignedPair) -> list[Finding]:
    """A strongly negative Arabic manner phrase (بعنف "with violence", بوحشية "brutally") after a verb the
    English renders, with nothing in the English for it: فرقت الشرطة المتظاهرين بعنف → 'police dispersed
    the protesters'. Guards as for a dropped adjective: no English word says it, no judging English word
    is left unexplained by the Arabic, outside quotations."""
    lexicon = valence()
    en_stems = {stem(t.low) for s in pair.en for t in en_tokens(s.text)}
    if -1 in _moved_leanings(pair):
        return []
    out = []
    for s in pair.ar:
        zones = quote_zones(s.text)
        tokens = ar_tokens(s.text)
        for k, adv in enumerate(tokens):
            if not adv.norm.startswith(("ب", "وب", "فب")) or adv.norm == adv.bare or definite(adv):
                continue  # بعنف: the preposition on a bare noun; بالعنف "with the violence" names a thing
            readings = analyses(adv.text)
            if not readings or in_zones(zones, adv.start) or not all(_nominal(a.stem.pos) for a in readings):
                continue
            # a quality noun: بجريمة "for a crime", بحرب "in a war" name a thing, not a manner
            words = {w for a in readings for w in re.findall(r"[a-z]+", plain_gloss(a.stem.gloss))}
            senses = {w for w in words if _QUALITY_NOUN.search(w)}
            worst = min(senses, key=lambda w: lexicon.get(w, 0.0), default="")
            if lexicon.get(worst, 0.0) > _DROPPED:
                continue
            if any(loosely_in(e, gloss_stems(adv.text)) for e in en_stems):
                continue
            # the action it qualifies: a verb among the words before it (verb, subject, object), said in the English
            verbs = [
                t for t in tokens[max(0, k - _MANNER_REACH) : k]
                if any(a.stem.pos.startswith("VERB") for a in analyses(t.text))
                and any(loosely_in(e, gloss_stems(t.text)) for e in en_stems)
            ]  # fmt: skip
            if not verbs:
                continue
            why = f"Arabic '{adv.text}' ('{worst}') has no counterpart: '{verbs[-1].text}' is rendered without it"
            out.append(_loaded(pair, adv.text, "", "minor", 0.5, why))
    return out


# 'PKK-linked militants', 'Iran-backed militias': a sponsor the English ties the actors to
_AFFILIATION = re.compile(
    rf"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-(?:{alternation(word_set('loaded_terms_affiliations_en.tsv'))})\b"
)


# 'US-led coalition', 'Kurdish-led administration': who leads a governing body or an alliance, the
# ordinary way wires name it (التحالف الدولي، الإدارة الذاتية), not a sponsor tied to armed actors
_LED_BODY = re.compile(
    r"\s+(?:international\s+|military\s+|local\s+|civil\s+|autonomous\s+)?(?:coalition|administration|government|"
    r"authorit(?:y|ies)|council|alliance|bloc|cabinet)s?\b",
    re.I,
)


def _affiliation_added(pair: AlignedPair) -> Finding | None:
    """The English ties actors to a sponsor ('PKK-linked militants') that the Arabic never names: the
    writer's framing. Only sponsors the gazetteer knows are read; who leads a body ('US-led coalition',
    'Kurdish-led administration') is its ordinary name. Minor where no Arabic word names the actors."""
    from workbench.findings._mentions import arabic_mentions, english_mentions

    # the sponsor named in the Arabic here or just before (a sentence the English merged into this one)
    ar_entities = {m.entity for s in (*pair.ar_before[-2:], *pair.ar) for m in arabic_mentions(s.text)}
    for s in pair.en:
        for m in _AFFILIATION.finditer(s.text):
            if m.group(0).endswith("-led") and _LED_BODY.match(s.text[m.end() :]):
                continue
            sponsor = [e.entity for e in english_mentions(m.group(1)) if e.entity is not None]
            if not sponsor or any(e in ar_entities for e in sponsor):
                continue
            ar_span = _actors(pair)
            why = f"The English ties them to '{m.group(1)}' ('{m.group(0)}'), which the Arabic does not name"
            # no Arabic word for the actors: the English speaks of actors the Arabic leaves out (an addition)
            major = bool(ar_span) or _actors_said(pair, s.text[m.end() :])
            return _loaded(pair, ar_span, m.group(0), "major" if major else "minor", 0.7, why)
    return None


def _actors_said(pair: AlignedPair, after: str) -> bool:
    """The Arabic speaks of the actors the English affiliates: it names a group (جماعة الحوثي) or one of
    its words renders the actors the English names right after the affiliation, a plural or a name
    ('militia networks' for شبكات; not 'outside' in 'militias outside the region')."""
    from workbench.findings._mentions import arabic_mentions

    if any(m.entity is not None and m.entity.kind == "organisation" for s in pair.ar for m in arabic_mentions(s.text)):
        return True
    words = []
    for w in re.findall(r"[A-Za-z]+", after)[:2]:
        if w.lower() in STOPWORDS:
            break
        words.append(w)
    heads = {stem(w.lower()) for w in words if w[0].isupper() or w.endswith("s")}
    return any(heads & gloss_stems(t.text) for s in pair.ar for t in ar_tokens(s.text))


def _actors(pair: AlignedPair) -> str:
    """The Arabic words for the actors the English affiliates (مسلحين، فصائل), '' when none is found."""
    hits = [h for s in pair.ar for h in loaded_term_hits(s.text) if h.value[0] in _ARMED_ACTORS]
    return hits[0].text if hits else ""


def _paired_zones(text: str, paired: set[str]) -> list[tuple[int, int]]:
    """The quotations of an English sentence that pair with an Arabic quote."""
    return [(a, b) for a, b in quote_zones(text) if text[a:b] in paired]


def _loaded(pair: AlignedPair, ar_span: str, en_span: str, severity: str, score: float, why: str) -> Finding:
    """A wording/loaded finding: one side uses the loaded term, the other the neutral one."""
    return make_finding(
        pair, "wording", "loaded", ar_span=ar_span, en_span=en_span, severity=severity, score=score, explanation=why
    )
