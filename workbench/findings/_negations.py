"""Negation words of an aligned pair's sentences, Arabic (لم، لن، ليس، لا … إلا) and English (not, never,
without, un-…): what the negation and quote detectors both read (the pair view holds them)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import (
    ArToken,
    analyses,
    ar_span,
    ar_tokens,
    en_tokens,
    gloss_stems,
    match_phrases,
    plural_noun,
    strip_clitics,
)
from workbench.findings.base import AlignedPair
from workbench.lexicons import alternation, load, word_set
from workbench.records import Link, Sentence
from workbench.text.arabic import normalize_ar, strip_diacritics
from workbench.text.english import STOPWORDS, stem
from workbench.text.names import names_match
from workbench.text.quotes import find_quotes
from workbench.translate.romanize import romanize

# English words whose prefix or suffix carries the negation (unknown, non-binding, useless;
# not unilateral, unique, universe — uni- is no negation unless uninformed, unimpressed)
_EN_AFFIX = re.compile(
    r"^(?:un(?!der|til|ion|it|iv|less|i(?![nm]))[a-z]{3,}|non-?[a-z]{3,}|[a-z]{3,}less|dis[a-z]{4,}|im(?:possible|probable|plausible|practical|precise|proper|perfect|partial|patient|penetrable|passable|movable|measurable|mature|mobile|balance)|in(?:complete|capable|capacitated|capacity|sufficient|effective|valid|action|correct|conclusive|decisive|adequate|accurate|operable)|il(?:legal|legally|licit)|ir(?:regular|responsible|[a-z]{3,}(?:able|ible))|in[a-z]{3,}ible)$"
)


@dataclass(frozen=True)
class Neg:
    """A negation word (with the word after it) found in a sentence."""

    text: str
    kind: str  # strong | weak
    sentence: int
    start: int


@lru_cache(maxsize=1)
def _ar_lexicon() -> dict[tuple[str, ...], str]:
    return {tuple(normalize_ar(r[0]).split()): r[1] for r in load("negation_ar.tsv")}


@lru_cache(maxsize=1)
def _weak_glosses() -> dict[str, frozenset[str]]:
    """The one-word weak rows of negation_ar.tsv (نقص 'shortage', غياب 'absence') → the stems of their gloss."""
    return {
        normalize_ar(r[0]): frozenset(
            stem(w) for w in re.findall(r"[a-z]+", r[2].split("(")[0]) if w not in STOPWORDS and len(w) > 2
        )
        for r in load("negation_ar.tsv")
        if r[1] == "weak" and len(r) > 2 and " " not in r[0].strip()
    }


def weak_gloss(norm: str) -> frozenset[str]:
    """The stems of the gloss negation_ar.tsv gives a one-word weak negation (normalised, with or without its
    clitics: بنقص 'shortage'), or none: the English word a faithful rendering says it by."""
    table = _weak_glosses()
    return table.get(norm) or table.get(strip_clitics(norm), frozenset())


@lru_cache(maxsize=1)
def _ar_idioms() -> dict[tuple[str, ...], frozenset[str]]:
    """The 'skip' phrases of negation_ar.tsv (لا يزال 'still', لا بد 'must') → the stems of their gloss."""
    return {
        tuple(normalize_ar(r[0]).split()): frozenset(stem(w) for w in re.findall(r"[a-z]+", r[2].split("(")[0]))
        for r in load("negation_ar.tsv")
        if r[1] == "skip" and len(r) > 2
    }


def ar_idiom_senses(toks: list[ArToken]) -> dict[int, frozenset[str]]:
    """Token index → the English stems of the idiom it belongs to, for the words of an Arabic text that
    make a phrase negation_ar.tsv lists as no negation (ما زلنا 'still', لا سيما 'especially'): the
    glosses read each word alone (زال 'cease', سيما 'mark') and miss what the phrase says."""
    return {k: senses for i, j, senses in match_phrases(toks, _ar_idioms()) for k in range(i, j)}


@lru_cache(maxsize=1)
def _en_lexicon() -> list[tuple[re.Pattern[str], str]]:
    rows = sorted(load("negation_en.tsv"), key=lambda r: -len(r[0]))
    return [(re.compile(r"n't\b" if r[0] == "n't" else rf"\b{re.escape(r[0])}\b", re.I), r[1]) for r in rows]


# the words after which ما is 'what' (إن ما, عن ما, كل ما), not the negation of ما من "there is no"
_WHAT_AFTER = word_set("function_words_ar.tsv", "negation_what_before")


def _no_one_of(toks: list[ArToken], i: int) -> bool:
    """ما من at token ``i`` is "there is no" (ما من شركة تستطيع "no company can"): an indefinite noun follows (no
    article) and ما stands after no word that makes it 'what' (إن ما من أرباح "whatever profits")."""
    nxt = toks[i + 2].norm if i + 2 < len(toks) else ""
    return bool(nxt) and not nxt.startswith(("ال", "وال")) and not (i > 0 and toks[i - 1].norm in _WHAT_AFTER)


def arabic_negations(pair: AlignedPair) -> list[Neg]:
    """Negation words in the Arabic sentences; لا ... إلا ('only') counts as weak."""
    out: list[Neg] = []
    for k, s in enumerate(pair.ar):
        toks = ar_tokens(s.text)
        hits = match_phrases(toks, _ar_lexicon())
        # لا … إلا "only"; but إلا أن / إلا أنه is "however" and leaves the negation whole (سوى أن is no
        # "however": لا يتركون لنا خياراً سوى أن نكون "leave us no choice but to be")
        excepts = [
            t.start
            for k, t in enumerate(toks)
            if (t.bare in ("الا", "سوي") or t.norm in ("الا", "والا"))  # سوى as normalised (ى → ي)
            and not (t.bare != "سوي" and k + 1 < len(toks) and toks[k + 1].norm.startswith("ان"))
            and not _that_not(t)
        ]
        # each exception closes the nearest negation before it: لم يطرق أحد بابنا؛ ولم نغادر إلا … ("nobody knocked;
        # we left only when …") leaves the first negation whole
        starts = sorted({toks[i].start for i, _, kind in hits if kind != "skip"} - set(excepts))
        for i, j, kind in hits:
            if kind == "skip":
                continue
            if j == i + 1 and _that_not(toks[i]):
                kind = "strong"  # يجب ألا يعارض "must not oppose"
            if toks[i].norm in _COUNTERFACTUAL_ANSWER and any(t.norm in _COUNTERFACTUAL for t in toks[:i]):
                # لولا … لما تمكنت "had it not been for … could not have": لما negates, not 'when'; an English
                # with no negated perfect conditional told the double negation as what happened ("thanks to …,
                # it could"), whatever other negation it has
                if not any(_EN_COUNTERFACTUAL_NOT.search(e.text) for e in pair.en):
                    continue
                kind = "strong"
            if toks[i].norm in _NUMBER_LOOKALIKES and i + 1 < len(toks) and plural_noun(toks[i + 1].text):
                continue  # لست سنوات "for six years": ل + ست, a count
            if toks[i].norm == "كلا" and re.match(r" [\u0621-\u064a]", s.text[toks[i].end : toks[i].end + 2]):
                continue  # كلا الجانبين "both sides"; only كلا on its own is "no"
            if toks[i].norm != toks[i].bare and (_names_someone(toks[i].text, pair) or _after_honorific(toks, i)):
                continue  # فليس: the name Fleiss, not ف + ليس; السيد فليس whatever the English calls him
            if kind == "strong" and j == i + 1 and _foreign_article(toks, i) and _EN_ARTICLE_LA.search(pair.en_text):
                continue  # ساحة لا كونكورد "Place de la Concorde": the article of a foreign name
            if kind == "strong" and j == i + 1 and _article_of_english_name(toks, i, pair.en_text):
                continue  # سيوداد دي لا باز "Ciudad de la Paz": باز is also 'falcon', but the English spells it
            hyphened = re.search(r"[\u0621-\u064a]-$", s.text[max(0, toks[i].start - 2) : toks[i].start])
            if toks[i].norm.lstrip("وف") in _WARNING and not any(_EN_SHOULD_NOT.search(e.text) for e in pair.en):
                continue  # حذر من أن الأسعار سترتفع "warned that prices would rise": a warning of, not against
            if j == i + 1 and toks[i].norm == "ليس" and hyphened:
                continue  # سوبتشيك-ليس "Sobczyk-Lis": the hyphen joins a word to a name, no negation
            if j == i + 1 and _ends_a_name_in_marks(s.text, toks[i].end):
                continue  # صحيفة «يوتارني ليست» 'Jutarnji list': a word of a name in quotation marks, negating nothing
            if j == i + 2 and toks[i].bare == "ما" and toks[i + 1].bare == "من" and not _no_one_of(toks, i):
                continue  # ما من المتوقع "what is expected", إن ما من أرباح "whatever profits": ما is 'what' there
            following = next((b for b in starts if b > toks[i].start), len(s.text) + 1)
            if kind == "strong" and any(toks[i].start < at < following for at in excepts):
                kind = "weak"  # the exception follows its negation: لم يعد يصل إلا … ولولا … لما stays a negation
            if (
                kind == "strong"
                and j == i + 1
                and toks[i].bare == "لا"
                and re.match(r"\s*[،,.!:؟?]", s.text[toks[i].end :])
            ):
                kind = "weak"  # لا، "No," answering: no clause of its own to negate
            end = min(j + 1, len(toks)) if kind == "strong" else j
            out.append(Neg(ar_span(s.text, toks, i, end), str(kind), k, toks[i].start))
        # لم / لن written onto its verb (لميسر "did not go"): a negation that cannot be read for sure
        taken = {t.start for i, j, _ in hits for t in toks[i:j]}
        for t in toks:
            if t.start not in taken and _fused_particle(t.norm):
                out.append(Neg(t.text, "weak", k, t.start))
        for i in range(len(toks) - 2):
            if toks[i].start not in taken and _denial_lam(toks, i):
                out.append(Neg(ar_span(s.text, toks, i, i + 3), "weak", k, toks[i].start))
    return out


# the perfect of كان "be" (light_verbs_ar.tsv, past_be)
_PAST_BE = word_set("light_verbs_ar.tsv", "past_be")


def _denial_lam(toks: list[ArToken], i: int) -> bool:
    """ما كان (كانت، كانوا) with ل on the verb after it (ما كانت لتستوعب "could not have coped", ما كان ليقبل "would
    never accept"): the lam of denial negates that verb; weak, for ما may be 'what'. The word after ل must read only
    as a verb (ما كان لتونس من حقوق "what Tunisia had", ما كان لنقابة "what belonged to the union": a noun)."""
    verb = toks[i + 2].norm
    readings = analyses(verb[1:]) if len(verb) >= 4 and verb[0] == "ل" and verb[1] in "يتن" else []
    return (
        toks[i].bare == "ما"
        and toks[i + 1].norm in _PAST_BE
        and bool(readings)
        and all(a.stem.pos.startswith("VERB") for a in readings)
    )


def _ends_a_name_in_marks(text: str, end: int) -> bool:
    """The word ending at ``end`` is the last of a quotation of two or three words (a name: «يوتارني ليست»):
    a negation word there has nothing after it to negate (a quoted «لا» alone is an answer, and stays)."""
    return any(
        q.start < end <= q.end - 1
        and not text[end : q.end - 1].strip()
        and 2 <= len(text[q.start + 1 : q.end - 1].split()) <= 3
        for q in find_quotes(text)
    )


# 'could not have', "wouldn't have", 'would never have': the English counterfactual that renders لولا … لما
_EN_COUNTERFACTUAL_NOT = re.compile(r"\b(?:could|would|might)(?:\s+not|\s+never|n['’]t)\s+have\b|\bcouldn['’]t\b", re.I)


# لست: "I am not", or "for six" before a plural noun
_NUMBER_LOOKALIKES = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "number_lookalike"))
# verbs of warning, and the English that tells a warning against doing something as what one should not do
_WARNING = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "warning"))
_EN_SHOULD_NOT = re.compile(r"\b(?:should|must|ought)\s+not\b|\b(?:should|must)n['’]t\b|\b(?:not|never)\s+to\b", re.I)


# السيد، الدكتور …: the word after one is a name, never a particle
_HONORIFICS = frozenset(word_set("honorifics_ar.tsv"))


# the French, Spanish or Italian article before a name in the English ('Place de la Bastille', 'La Liga')
_EN_ARTICLE_LA = re.compile(r"\b[Ll]a\s+[A-Z]")


def _foreign_article(toks: list[ArToken], i: int) -> bool:
    """A bare لا (or ولا "and La", a name in a list: تيكوانتيبي ولا كونسيبسيون) before a word the dictionary reads as
    a proper noun only, or not at all (لا ريفيرا، لا كونكورد): it may be the article of a foreign name (the caller
    asks the English whether it is)."""
    return toks[i].norm in ("لا", "ولا") and i + 1 < len(toks) and foreign_name(toks[i + 1].text)


def _article_of_english_name(toks: list[ArToken], i: int, en_text: str) -> bool:
    """A bare لا before a word that spells the name after an English 'la' (سيوداد دي لا باز "Ciudad de la
    Paz"): the article of a foreign name, whatever the dictionary reads the word as."""
    if toks[i].norm not in ("لا", "ولا") or i + 1 >= len(toks):
        return False
    return any(spells_english(toks[i + 1].text, m.group(1)) for m in _EN_ARTICLE_NAME.finditer(en_text))


_EN_ARTICLE_NAME = re.compile(r"\b[Ll]a\s+([A-Z][a-z]+)")
# what Arabic script cannot write, folded: p as b, v as f, e and o as the vowels it writes (Yap ياب, Paz باز)
_SCRIPT_FOLD = str.maketrans({"p": "b", "v": "f", "e": "i", "o": "u", "z": "s", "c": "k", "q": "k"})


def spells_english(word: str, en_word: str) -> bool:
    """The Arabic word, read whole, spells the English word letter for letter once what Arabic script cannot
    write is folded (ياب 'Yap', باز 'Paz'): a name of three letters or more, too short for the skeleton tests."""
    if len(en_word) < 3:
        return False
    return romanize(word).lower().translate(_SCRIPT_FOLD) == en_word.lower().translate(_SCRIPT_FOLD)


def spells_a_name(word: str, pair: AlignedPair) -> bool:
    """The Arabic word spells a capitalised English word of the pair not at a sentence's start (Yap for
    ياب, read 'refuse' by the dictionary)."""
    return any(
        spells_english(word, m.group(0)) for s in pair.en for m in re.finditer(r"(?<=\w[ ,])[A-Z][a-z]{2,}", s.text)
    )


def foreign_name(word: str) -> bool:
    """The dictionary reads the Arabic word as a proper noun only, or not at all (باستيل، كونكورد)."""
    readings = analyses(word)
    return all(a.stem.pos == "NOUN_PROP" for a in readings)


def _after_honorific(toks: list[ArToken], i: int) -> bool:
    """The word follows an honorific (السيد فليس "Mr Fleiss"): a name that happens to read as a clitic on a
    negation word."""
    return i > 0 and toks[i - 1].norm in _HONORIFICS


def _that_not(tok: ArToken) -> bool:
    """ألا (أن + لا, 'that … not': يجب ألا يعارض 'must not oppose'), told from إلا 'except' by the
    hamza written above the alif; a bare الا stays the ambiguous 'except'."""
    text = strip_diacritics(tok.text)
    return text in ("ألا", "وألا", "فألا", "بألا")


def _fused_particle(norm: str) -> bool:
    """لم or لن run onto an imperfect verb (لميسر = لم يسر) that the lexicon reads on its own, or لا
    run onto the end of an unknown word (الشيوخلا = الشيوخ لا)."""
    if len(norm) >= 5 and norm[:2] in ("لم", "لن") and norm[2] == "ي" and gloss_stems(norm[2:]):
        return True
    return len(norm) >= 6 and norm.endswith("لا") and not gloss_stems(norm) and bool(gloss_stems(norm[:-2]))


_EN_TOO_TO = re.compile(r"\btoo\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+to\s+[a-z]+", re.I)


def english_negations(pair: AlignedPair) -> list[Neg]:
    """Negation words in the English sentences (strong: not, never, no; weak: without, failed, un-…)."""
    out: list[Neg] = []
    for k, s in enumerate(pair.en):
        taken: list[tuple[int, int]] = []
        for pattern, kind in _en_lexicon():
            for m in pattern.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                if kind == "skip":
                    continue
                if m.group(0).lower() == "no" and re.match(r"\.?\s*\d", s.text[m.end() :]):
                    continue  # No. 10
                start = m.start()
                if m.group(0).lower() == "n't":
                    start = s.text.rfind(" ", 0, m.start()) + 1
                exceptive = _EN_EXCEPTIVE.match(s.text[m.end() :]) if kind == "strong" else None
                if exceptive and (
                    m.group(0).lower() in ("no", "nothing", "none", "nobody", "no one")
                    or exceptive.group(1).lower() != "but"
                ):
                    kind = "weak"  # "no choice but", "nothing except": the exceptive "only" of لا … إلا / لم … سوى
                nxt = re.match(r"\s+[A-Za-z]+", s.text[m.end() :]) if kind == "strong" else None
                out.append(Neg(s.text[start : m.end() + (nxt.end() if nxt else 0)], kind, k, start))
        for t in en_tokens(s.text):
            if t.text.isupper() and len(t.text) > 1:
                continue  # UNRWA, UNICEF: an acronym, no word with a negative prefix
            if _EN_AFFIX.match(t.low) and not any(a <= t.start < b for a, b in taken):
                out.append(Neg(t.text, "weak", k, t.start))
        # 'too high to justify a cut' (لا تبرر "does not justify"): too … to says the thing does not follow
        for m in _EN_TOO_TO.finditer(s.text):
            if not any(a <= m.start() < b for a, b in taken):
                out.append(Neg(m.group(0), "weak", k, m.start()))
        # non-profit, non-binding (the tokenizer splits at the hyphen); NOOOO
        for m in re.finditer(r"\b(?:[Nn]on-[A-Za-z]+|NOO+|[Nn]oo+)\b", s.text):
            out.append(Neg(m.group(0), "weak", k, m.start()))
    return out


# an exceptive after a negation, up to three words on: "no choice but", "nothing other than", "not … except"
_EN_EXCEPTIVE = re.compile(r"(?:\s+[A-Za-z'-]+){0,3}?\s+(but|except|other than|apart from|save for)\b", re.I)


def _names_someone(word: str, pair: AlignedPair, unless: Callable[[str], object] = lambda w: False) -> bool:
    """The Arabic word, read whole, is the romanised form of a capitalised English word (فليس ↔ Fleiss), one
    that ``unless`` does not hold for (the time detector leaves out English words that are times: May)."""

    roman = romanize(word)
    return any(
        names_match(roman, w, strict=True) and not unless(w)
        for w in re.findall(r"\b[A-Z][a-z]{2,}", pair.en_text)
        if len(w) >= 4
    )


# ---------------------------------------------------------------------------- inside quotations

# negation inside a quote is checked exactly, not through glosses: a 'never' the Arabic quote lacks
# is an altered quote whatever the rest of the wording ('no-confidence' is a compound, not a negation)
# every English negation word: those quote_negations.tsv lets a strong Arabic negation be rendered by
# ("n't" as the ending of any word: don't, isn't, can't)
_EN_NEGATION_WORDS = {w for row in load("quote_negations.tsv") if row[0] == "*strong" for w in row[1].split()} - {"n't"}
_EN_NEGATION = re.compile(rf"\b(?:{alternation(_EN_NEGATION_WORDS)}|\w+n['’]t)\b(?!-)", re.I)
# negations the sentence-level lexicon does not read (its weak words with و or ف before them), but a
# quote's English renders with a negation word
_AR_NEGATION_EXTRA = word_set("negation_cues_ar.tsv", "quote_extra")
# the answer of a counterfactual: لولا … لما "had it not been for … would not" negates twice
_COUNTERFACTUAL = word_set("negation_cues_ar.tsv", "counterfactual")
_COUNTERFACTUAL_ANSWER = word_set("negation_cues_ar.tsv", "counterfactual_answer")
_ANSWER_RENDERS = frozenset(("not", "n't", "never"))
# أبدا، قط after a negation complete it (لن … أبدا "never"): one negation, not two
_AR_EVER = word_set("negation_cues_ar.tsv", "ever")
# لم … فقط "not only / not just" negates nothing, as "not just" is no negation on the English side;
# a looser rendering may still say "just not", never "never"
_AR_ONLY = word_set("negation_cues_ar.tsv", "only")
_NOT_ONLY = frozenset(("not", "n't"))


@dataclass(frozen=True)
class _ArNegation:
    """An Arabic negation of a quote: its words as written, and the English negation words that can render it."""

    text: str
    renders: frozenset[str]


@lru_cache(maxsize=1)
def _renderings() -> dict[str, frozenset[str]]:
    """quote_negations.tsv: Arabic negation (word, two words, or *strong) → English negation words."""
    return {
        normalize_ar(row[0]) if row[0] != "*strong" else row[0]: frozenset(row[1].split())
        for row in load("quote_negations.tsv")
    }


def ar_quote_negations(ar_quote: str) -> list[_ArNegation]:
    """Negations of an Arabic quote, read as the negation detector reads them (ما is left out: more
    often 'what' than 'not'; لا يزال 'still', لا بد 'must' are none), with what English can render
    each by. أبدا after a negation is part of it; لم … فقط 'not only' renders no 'never'."""
    sentence = Sentence(0, ar_quote, 0, len(ar_quote))
    negs = arabic_negations(AlignedPair(Link((0,), (0,), 1.0), (sentence,), (), ()))
    toks = ar_tokens(ar_quote)
    at = {t.start: k for k, t in enumerate(toks)}
    table = _renderings()
    out: list[tuple[int, _ArNegation]] = []
    for n in negs:
        k = at.get(n.start)
        if k is None:
            continue
        if n.kind == "weak" and _past_modal(toks, k):
            continue  # unsure: ar_quote_unsure_negations gives it, to account for English words only
        renders = _lookup(toks, k, table, strong=n.kind == "strong")
        if n.kind == "strong" and any(t.norm in _AR_ONLY for t in toks[k + 1 : k + 4]):
            renders = _NOT_ONLY  # the English may say 'just not', but not 'never' or 'no'
        if not renders:
            continue
        out.append((k, _ArNegation(n.text, renders)))
    taken = {k for k, _ in out}
    opened = False  # a لولا before: its لما is the negated answer, not 'when'
    for k, t in enumerate(toks):
        # لولا, or لولاهم "but for them", لولاكم with its pronoun
        counterfactual = t.norm in _COUNTERFACTUAL or _PRONOUN_END.sub("", t.norm) in _COUNTERFACTUAL
        opened = opened or counterfactual
        if k in taken:
            continue
        if opened and t.norm in _COUNTERFACTUAL_ANSWER:
            out.append((k, _ArNegation(t.text, _ANSWER_RENDERS)))
        elif counterfactual:
            out.append((k, _ArNegation(t.text, table.get("لولا", _ANSWER_RENDERS))))
        elif t.norm in _AR_NEGATION_EXTRA:
            renders = _lookup(toks, k, table, strong=False)
            if renders:
                out.append((k, _ArNegation(t.text, renders)))
    out.sort(key=lambda item: item[0])
    kept: list[tuple[int, _ArNegation]] = []
    for k, neg in out:
        if toks[k].bare in _AR_EVER and any(
            "never" in n0.renders and _same_clause(ar_quote, toks, k0, k) for k0, n0 in kept
        ):
            continue
        kept.append((k, neg))
    return [neg for _, neg in kept]


def _past_modal(toks: list[ArToken], k: int) -> bool:
    """ما كان opening a negation the lexicon reads (ما كان ينبغي 'should never have', ما كان لأحد أن 'no one
    could have'): ما negating a past modal, or the relative 'what' (فعلنا ما كان ينبغي 'we did what we had to')."""
    return toks[k].bare == "ما" and k + 1 < len(toks) and toks[k + 1].norm == "كان"


def ar_quote_unsure_negations(ar_quote: str) -> list[_ArNegation]:
    """Negations of an Arabic quote that may as well be no negation (ما كان ينبغي: 'should never have' or
    'what should have been'), each with the English negation words that may render it: the quote detector
    lets each account for one English negation ('should never have left', 'no one could have foreseen'),
    but none counts as a negation the English lost."""
    sentence = Sentence(0, ar_quote, 0, len(ar_quote))
    negs = arabic_negations(AlignedPair(Link((0,), (0,), 1.0), (sentence,), (), ()))
    toks = ar_tokens(ar_quote)
    at = {t.start: k for k, t in enumerate(toks)}
    renders = _renderings().get("*strong", frozenset())
    return [
        _ArNegation(n.text, renders)
        for n in negs
        if n.kind == "weak" and n.start in at and _past_modal(toks, at[n.start])
    ]


# أبدا، قط may close the clause a negation opens (لم نر مثل هذا الدمار في حياتنا قط "we have never seen such
# destruction in our lives"), but a clause runs to a dozen words at most
_EVER_REACH = 12
_CLAUSE_BREAK = re.compile(r"[،,.;:!?؟؛]")


def _same_clause(text: str, toks: list[ArToken], k0: int, k: int) -> bool:
    """Token k follows token k0 within their clause: at most _EVER_REACH words on, no punctuation between."""
    return 0 < k - k0 <= _EVER_REACH and not _CLAUSE_BREAK.search(text[toks[k0].end : toks[k].start])


def ar_quote_negative_words(ar_quote: str) -> list[_ArNegation]:
    """Words of an Arabic quote negative in meaning that no negation word of it covers (يمنع 'prevents',
    مجهول 'unknown'), each with the English negation words that may render it ("does not allow", "not
    known"): the quote detector lets each account for one English negation."""
    toks = ar_tokens(ar_quote)
    # every word of a lexicon phrase, skipped ones too (لا يزال "still"), is the lexicon's, as in the detector
    covered = {t.start for i, j, _ in match_phrases(toks, _ar_lexicon()) for t in toks[i:j]}
    taken = {w for n in ar_quote_negations(ar_quote) for w in n.text.split()}
    renders = _renderings().get("*strong", frozenset())
    return [
        _ArNegation(t.text, renders)
        for t in toks
        if t.start not in covered and t.text not in taken and negative_in_meaning(t.text)
    ]


def _lookup(toks: list[ArToken], k: int, table: dict[str, frozenset[str]], *, strong: bool) -> frozenset[str]:
    """English renderings of the negation starting at token k: two words, then the word (with and
    without و/ف/ب), then any strong negation."""
    pair = f"{toks[k].bare} {toks[k + 1].norm}" if k + 1 < len(toks) else ""
    forms = (pair, toks[k].norm, toks[k].bare, toks[k].bare.removeprefix("ب"))
    for form in forms:
        if form in table:
            return table[form]
    # a pronoun on the word (من دونها "without it", من دوننا "without us"): 'without' and nothing else, so that a "not"
    # the English puts elsewhere in the quote is not taken for it
    for form in forms[1:]:
        bare = _PRONOUN_END.sub("", form)
        if bare != form and bare in table and "without" in table[bare]:
            return _WITHOUT
    return table.get("*strong", frozenset()) if strong else frozenset()


_PRONOUN_END = re.compile(r"(?<=..)(?:هما|هم|هن|ها|ه|نا|كما|كم|كن|ك|ي)$")
_WITHOUT = frozenset({"without"})


_CONCORD = word_set("function_words_en.tsv", "quote_concord")
# "…, isn't it?": the pronoun of a tag question after a negated auxiliary
_TAG_PRONOUNS = alternation(word_set("function_words_en.tsv", "quote_tag_pronoun"))
_TAG_QUESTION = re.compile(rf"\s+(?:{_TAG_PRONOUNS})\b[^.!]{{0,15}}\?", re.I)


def en_quote_negations(text: str) -> list[str]:
    """Negation words of an English quote, less those that add no negation of their own: 'not until'
    ('only when'), 'not just' (ليس فقط, which negates nothing), 'no matter how' (مهما), the English lexicon's idioms
    ('no less than', for ما لا يقل), a tag question ('isn't that so?'),
    and a negation repeated over coordinated items ('no forgetting, no forgiveness' for ليس هناك عفو
    أو نسيان)."""
    out: list[str] = []
    last: tuple[str, int] | None = None
    # the phrases the English lexicon reads as no negation ("no less than", "no doubt", "not to mention"),
    # as the Arabic lexicon reads theirs (لا يقل، لا شك)
    idioms = [(m.start(), m.end()) for p, kind in _en_lexicon() if kind == "skip" for m in p.finditer(text)]
    for m in _EN_NEGATION.finditer(text):
        word = m.group(0).lower()
        if any(a <= m.start() < b for a, b in idioms):
            continue
        after = text[m.end() : m.end() + 40]
        if word == "no" and re.match(r"\s+matter\b", after):
            continue  # 'no matter how' (مهما): a concession, no negated statement
        if re.match(r"\s+(?:until|just|only|merely)\b", after) or (
            word.endswith(("n't", "n’t")) and re.match(_TAG_QUESTION, after)
        ):
            continue
        if (
            last
            and last[0] == word
            and re.fullmatch(r"[^.;:!?]*?(?:,|\band\b|\bor\b)\s*\S*\s*", text[last[1] : m.start()])
        ):
            continue
        if (
            last
            and word in _CONCORD
            and re.fullmatch(r"(?:\s+[\w'’]+){0,3}\s+", text[last[1] : m.start()])
            and (last[0] in ("not", "never") or last[0].endswith(("n't", "n’t")))
        ):
            continue  # negative concord: "you don't see no tail" negates once
        last = (word, m.end())
        out.append(m.group(0))
    return out


# ---------------------------------------------------------------------------- words negative in meaning


@lru_cache(maxsize=1)
def negative_senses() -> frozenset[str]:
    """negation_senses_en.tsv: English words negative in meaning, stemmed."""
    return frozenset(stem(r[0]) for r in load("negation_senses_en.tsv"))


# a gloss negative as a phrase though none of its words is (استبعاد 'ruling out;distancing')
_NEGATIVE_GLOSS_PHRASE = re.compile(r"\brul(?:e|es|ed|ing) out\b")


@lru_cache(maxsize=20_000)
def negative_in_meaning(word: str) -> bool:
    """At least half the dictionary senses of the Arabic word are negative in meaning (يمنع 'prevent', مجهولة
    'unknown', خسر 'lose; harm'), and none is a function word (فقد 'has' besides 'lost'): a word with one
    negative sense among many (تحول 'change; prevent') is no negation."""
    readings = analyses(word)
    if not readings or any(a.stem.cat.startswith("FW") for a in readings):
        return False
    # a name's or title's reading (سيدتان 'lady', also 'Miss;Mrs.') is no sense of the word's meaning
    readings = [a for a in readings if not a.stem.pos.startswith("NOUN_PROP")] or readings
    # the glosses in the dictionary's order of likelihood, each once
    glosses = list(dict.fromkeys(re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>", " ", a.stem.gloss.lower()) for a in readings))
    negative = [
        g
        for g in glosses
        if any(negative_sense(stem(w)) for w in re.findall(r"[a-z]+", g)) or _NEGATIVE_GLOSS_PHRASE.search(g)
    ]
    # half and half: the likeliest reading decides (موقف 'position' before 'detained; stopped' is a stance)
    return 2 * len(negative) > len(glosses) or 2 * len(negative) == len(glosses) and glosses[0] in negative


def negative_sense(stemmed: str) -> bool:
    """The stemmed English word is negative in meaning, or a longer form of one (postponement, refusal)."""
    senses = negative_senses()
    return stemmed in senses or any(stemmed.startswith(w) for w in senses if len(w) >= 5)


# the negation detector reads these too (under their private names there)
ar_negation_lexicon = _ar_lexicon
names_someone = _names_someone
that_not = _that_not


# the particles that negate a statement (و or ف may be joined to them); غير، عدم، بلا negate one word, which
# English often says in one word of the other sense (غير عادية "extraordinary"), and إلا، سوى make the
# exceptive "only", which English often leaves unsaid ("received less than 5%")
_STATEMENT_PARTICLES = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "statement"))
# Arabic auxiliaries and function words whose one-word gloss is not an English function word (أكون is
# glossed 'create', لدينا 'to Dina'): they show nothing of a clause, and no English content word replaces one
_AR_CLAUSE_SKIP = frozenset(
    normalize_ar(w)
    for w in """أكون يكون تكون نكون كنت كنا كانوا كان كانت لدينا لدي لديهم لديه بشكل جدا للغاية أيضا فقط""".split()
)
CLAUSE_WORDS = 6  # content words from the negated one on that stand for its clause


@lru_cache(maxsize=4096)
def placed_quote_negations(ar_quote: str) -> list[tuple[_ArNegation, int]]:
    """The negations of an Arabic quote with where each stands, in the quote's order: a negation said twice is read
    where each is."""
    out, at = [], -1
    for n in ar_quote_negations(ar_quote):
        at = ar_quote.find(n.text, at + 1)
        out.append((n, at))
    return out


def _correlative(ar_quote: str, placed: list[tuple[_ArNegation, int]], k: int) -> bool:
    """The negation ``k`` of ``placed`` is the لا of a correlative pair (لا … ولا "neither … nor") right after a
    negated verb of the same clause (لم يخبرنا لا الحوض ولا الوزارة، لا يوجد فيها لا سقف ولا مصنع): it names the
    members the verb's negation covers and negates no statement of its own; the ولا after it still counts as a
    second member."""
    if k == 0 or k + 1 >= len(placed):
        return False
    (prev, at_prev), (n, at), (nxt, _) = placed[k - 1], placed[k], placed[k + 1]
    words = normalize_ar(n.text).split()
    if words[0] != "لا" or len(words) < 2 or not (words[1].startswith("ال") or words[1][0] not in "يتنا"):
        return False  # a noun after لا (with the article, or none of a present verb's prefixes): a member named
    if not normalize_ar(nxt.text).startswith("ولا "):
        return False
    between = ar_quote[at_prev + len(prev.text) : at]
    first = normalize_ar(prev.text).split()[0]
    return (statement_particle(first) or first == "ما") and not re.search(r"[،,.؛;:!?]", between)


def quote_statement_negations(ar_quote: str) -> int:
    """How many negations of an Arabic quote negate statements of their own: the لا of a correlative pair after a
    negated verb (لن يجني لا المزارع ولا المصدّر "neither the farmer nor the exporter will") is not counted, nor a
    word's own negation (دورة غير ضرورية "an unnecessary course", which English says by an affix)."""
    placed = placed_quote_negations(ar_quote)
    return sum(
        1
        for k, (n, _) in enumerate(placed)
        if normalize_ar(n.text.split()[0]) not in WORD_PARTICLES and not _correlative(ar_quote, placed, k)
    )


# the particles that negate the word after them (غير، عدم), as "not" does, not a statement (the negation detector
# reads them too)
WORD_PARTICLES = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "particle"))


def quote_negation_lost(en_quote: str, ar_quote: str) -> str:
    """The Arabic statement negations of a quote (لم يحصلوا "did not receive") that outnumber the English
    quote's negative words, or ''. The quote verdict and the negation detector both read it (cached: the
    quote rules and the verdict each ask).

    Every English word that can render a negation counts: not, no, never, and the words negative in
    themselves or by an affix (failed, without, only, unable, lack); an 'or' or 'and' after one may render
    a second, coordinated ولا ("no water or electricity" for لا ماء ولا كهرباء). An Arabic negation
    counts only where the English quote renders its clause (``clause_rendered``), and never an exceptive
    (لم … إلا أقل من "less than" needs no 'only'). The quotes must be recognisably the same, by their
    lengths in words (not a name in quotes against a whole sentence).
    """
    from workbench.findings._quotes import match_words

    en_n, ar_n = len(en_quote.split()), len(ar_quote.split())
    if ar_n < 3 or not 0.5 <= en_n / ar_n <= 3.0:
        return ""
    missing = match_words(en_quote, ar_quote).missing
    placed = placed_quote_negations(ar_quote)
    arabic, starts = [], []
    for k, (n, start) in enumerate(placed):
        if _correlative(ar_quote, placed, k):
            continue  # لم يخبرنا لا الحوض ولا الوزارة "neither the yard nor the ministry has told us": one statement
        if _bound(n.text) or (bounds_comparative(ar_quote, start) and EN_BOUND.search(en_quote)):
            continue  # موانئ لا تبعد أكثر من ساعتين "ports within two hours": the negation is an upper bound
        if _statement_negation(n.text) and clause_rendered(ar_quote, start, missing):
            arabic.append(n)
            starts.append(start)
    # an 'or'/'and' after an English negative word renders a second negation the Arabic joins to the first (لا ماء
    # ولا كهرباء، لا ماء، لا كهرباء، كما لا يجدون، بل لم يحصلوا), not one that goes on the first's clause with no
    # joining word between them (لن يستقبل أي شحنة لا تستوفي شروط الجودة "will not take any shipment that fails …")
    coordinated = any(
        _joined(
            ar_quote[starts[k - 1] + len(arabic[k - 1].text) : starts[k]],
            arabic[k].text,
            _clause_after(ar_quote, starts[k] + len(arabic[k].text)),
        )
        for k in range(1, len(arabic))
    )
    # an English negative word that renders an Arabic word of its own sense outside the negations (remain for
    # وستبقى, failed for فشلت) renders none of them; nor does 'still' render a "no longer" (لم يعد: its reverse)
    negated = [(at, at + len(n.text)) for n, at in placed]
    said = Counter(
        g
        for t in ar_tokens(ar_quote)
        if not any(a <= t.start < b for a, b in negated) and not function_word(t)
        for g in gloss_stems(t.text)
    )
    # nor does one of the sense of a word an Arabic negation negates: 'stopped' for لم تتوقف "did not stop" renders
    # the verb and leaves its negation out (the statement reversed); under a 'not' or 'never' ('never stopped') that
    # word counts the negation once
    said.update(
        {
            g
            for t in ar_tokens(ar_quote)
            if any(a <= t.start < b for a, b in negated) and not function_word(t)
            for g in gloss_stems(t.text)
        }
    )
    # 'still' renders a "not yet" (لم تصل المساعدات بعد "the aid is still to arrive"), never a "no longer" (its
    # reverse) nor a plain negation (لا توجد مخاوف "there are no concerns" → 'there are still concerns')
    # (and only a 'still' beyond those that render an Arabic "still": ما زال حياً 'is still alive')
    spare = len(re.findall(r"\bstill\b", en_quote, re.I)) > still_phrases(ar_quote)
    still = spare and any(says_not_yet(ar_quote, n.text, at) for n, at in zip(arabic, starts, strict=True))
    english = _en_negatives(en_quote, coordinated=coordinated, said=said, still=still)
    if len(arabic) <= english - _negatives_said_by_not(en_quote, ar_quote, placed, missing):
        return ""
    return "، ".join(n.text for n in arabic)


# verbs of impossibility (تعذر، يستحيل), normalised
_IMPOSSIBLE = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "impossible"))


def _negatives_said_by_not(
    en_quote: str, ar_quote: str, placed: list[tuple[_ArNegation, int]], missing: tuple[str, ...]
) -> int:
    """How many of the English quote's negations the Arabic quote's verbs of impossibility take (negation_cues_ar.tsv
    impossible: تعذر نقل الطاقة "transmitting the power proved impossible" → 'power could not be transmitted'): each
    that the English says by no sense of its own ('impossible') and whose clause the English renders takes one;
    the rest are left for the statement negations. Not a verb merely negative in meaning (رفض، منع): English
    says those by verbs of its own ('turn down', 'turned away'). ``missing``: the Arabic quote's words the
    English quote leaves unrendered."""
    en_stems = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", en_quote)}
    return sum(
        1
        for n, at in placed
        if strip_clitics(normalize_ar(n.text)) in _IMPOSSIBLE
        and not (gloss_stems(n.text) | weak_gloss(normalize_ar(n.text))) & en_stems
        and clause_rendered(ar_quote, at, missing)
    )


# "yet", "so far" after a negation: لم … بعد، لم تصل بعد المساعدات، لم … حتى الآن "not yet"; بعد "yet" ends its
# clause or follows the negated verb (بعد الترميم in the middle of the clause is "after the repairs")
_NOT_YET = re.compile(
    r"^\s*بعد(?=$|[\s،.؛:!?\"»”])"
    r"|(?:^|\s)(?:بعد\W*$|(?:حتى الآن|حتى اللحظة|لحد الآن|لغاية الآن|إلى الآن)(?=$|[\s،.؛:!?\"»”]))"
)


def still_phrases(ar_text: str) -> int:
    """How many "still" idioms (ما زال، لا يزال: the skip rows of negation_ar.tsv glossed 'still') the Arabic says."""
    return sum(1 for _, _, senses in match_phrases(ar_tokens(ar_text), _ar_idioms()) if "still" in senses)


def says_not_yet(text: str, neg: str, at: int) -> bool:
    """The negation ``neg`` at ``at`` in ``text`` says "not yet" (لم تصل بعد، لم … حتى الآن), not "no longer"."""
    return not says_no_longer(neg) and bool(_NOT_YET.search(_clause_after(text, at + len(neg))))


def not_yet_negations(ar_quote: str) -> int:
    """How many negations of an Arabic quote say "not yet" (لم تصل بعد، لم … حتى الآن), which English may render
    with 'still' and no negation ('is still to arrive', 'still awaited')."""
    return sum(1 for n, at in placed_quote_negations(ar_quote) if says_not_yet(ar_quote, n.text, at))


def _clause_after(text: str, at: int) -> str:
    """The words after ``at`` up to the end of their clause (a comma, a full stop)."""
    end = re.search(r"[،,.؛;:!?]", text[at:])
    return text[at : at + end.start()] if end else text[at:]


AR_NO_LONGER = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "no_longer"))


def says_no_longer(text: str) -> bool:
    """The Arabic negation is لم / ما with a form of عاد: "no longer" (لم يعد مغلقا "is no longer closed")."""
    toks = ar_tokens(text)
    return (
        len(toks) >= 2 and strip_clitics(toks[0].norm) in ("لم", "ما") and strip_clitics(toks[1].norm) in AR_NO_LONGER
    )


# comparatives of excess (أكثر من، يتجاوز) a negation turns into an upper bound, and the English words of one
AR_BOUND = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "bound"))
EN_BOUND = re.compile(rf"\b(?:{alternation(word_set('negation_cues_en.tsv', 'bound'))})\b", re.I)
AR_FLOOR = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "floor"))
EN_FLOOR = re.compile(rf"\b(?:{alternation(word_set('negation_cues_en.tsv', 'floor'))})\b", re.I)


def bounds_comparative(text: str, start: int) -> bool:
    """A comparative of excess stands in the six words after the negation at ``start``, within its clause (لا تبعد
    عن الموقع أكثر من ساعتين "are no more than two hours from the site")."""
    end = min((m.start() for m in re.finditer(r"[،,.;:!?؟؛]", text) if m.start() > start), default=len(text))
    toks = [t for t in ar_tokens(text[:end]) if t.start > start][1:7]
    return any(t.norm in AR_BOUND or t.norm.removeprefix("و") in AR_BOUND for t in toks)


def _bound(text: str) -> bool:
    """The negation is a bound the lexicon calls weak (لا يتجاوز "no more than" is 'just', 'at most'): the English
    may render it with no negative word."""
    return _ar_lexicon().get(tuple(normalize_ar(text).split()[:2])) == "weak"


def statement_particle(norm: str) -> bool:
    """The normalised Arabic word is a particle that negates a statement (لم، لن، ليس), و or ف joined or not."""
    return norm in _STATEMENT_PARTICLES or (norm[:1] in ("و", "ف") and norm[1:] in _STATEMENT_PARTICLES)


def _statement_negation(text: str) -> bool:
    """The Arabic negation (as ``ar_quote_negations`` gives it) opens with a particle that negates a statement."""
    return statement_particle(normalize_ar(text.split()[0]))


# words that turn from a negated clause to what is asserted instead (بل "but rather", وإنما، لكن), normalised
_AR_CONTRAST = frozenset({"بل", "وانما", "انما", "لكن", "ولكن"})


def clause_rendered(ar_quote: str, start: int, missing: Sequence[str], least: int = 2) -> bool:
    """Two (``least``) of the first CLAUSE_WORDS content words after the negation at ``start`` (one, if the quote
    ends after two) have a counterpart in the English quote (are not ``missing``): the English renders the
    negated clause, rather than leaving it out of the quote or saying it outside the marks. Particles (على، أكثر)
    and words the quote said before the negation (المياه … مياه) show nothing of the clause and are passed over;
    the clause ends at بل، وإنما، لكن (what is asserted instead is no part of it)."""
    from workbench.findings._quotes import ar_content

    toks = ar_tokens(ar_quote)
    content = ar_content(toks)
    said = {t.bare for t in content if t.start < start}
    # the negated clause ends where 'but rather' turns to what is asserted (لا يطالبون بالمستحيل، بل بحلول …)
    end = next((t.start for t in toks if t.start > start and t.norm in _AR_CONTRAST), len(ar_quote))
    words = [t.text for t in content if start < t.start < end and t.bare not in said and not function_word(t)]
    words = words[:CLAUSE_WORDS]
    return bool(words) and sum(w not in missing for w in words) >= min(least, (len(words) + 1) // 2)


def function_word(t: ArToken) -> bool:
    """An Arabic word that renders as English function words only (أننا 'that', أكثر 'more'), or an auxiliary."""
    from workbench.morphology import get_morphology
    from workbench.text.english import STOPWORDS

    if t.norm in _AR_CLAUSE_SKIP or t.bare in _AR_CLAUSE_SKIP:
        return True
    return all(w in STOPWORDS for w in get_morphology().gloss_word(t.text).lower().split())


# the words that join a second negation to the first (كما لا "nor", بل لم "not even", أو لا "or not")
_JOINING_WORDS = frozenset(("كما", "كذلك", "بل", "او", "ولا", "ثم"))


_ADDITIVE = frozenset(("ايضا", "كذلك", "كذالك"))


def _joined(between: str, second: str, after: str = "") -> bool:
    """A second negation is joined to the first: a و on it, or a comma or a joining word (كما، بل، أو) or any word
    opening with و between them (وكذلك، وأيضا); not after لكن 'but', which opens a clause of its own (لم تتوقف …،
    لكنها لا تستطيع "have not stopped …, but cannot"): an English 'or' in it renders nothing of the first."""
    words = normalize_ar(between).split()
    # … لكن لم نجد ماءً أيضاً "but no water either": the لكن clause adds a second 'not', which 'or' may carry
    additive = any(w.removeprefix("و") in _ADDITIVE for w in re.findall(r"[\u0621-\u064a]+", normalize_ar(after)))
    if any(w.removeprefix("و").startswith("لكن") for w in words) and not additive:
        return False
    return (
        normalize_ar(second).startswith("و")
        or bool(re.search(r"[،,؛;]", between))
        or any(w in _JOINING_WORDS or w.startswith("و") for w in words)
    )


# a 'not' or 'never' within a word after 'still' ('still not', 'still has not', "still hasn't")
_STILL_NOT = re.compile(r"\s+(?:[A-Za-z]+\s+)?(?:not|never)\b|\s+[A-Za-z]+n['’]t\b", re.I)


def _en_negatives(
    en_quote: str, *, coordinated: bool = True, said: Counter[str] | None = None, still: bool = True
) -> int:
    """How many Arabic negations the English quote's negative words can render (see ``quote_negation_lost``);
    ``coordinated``: the Arabic joins a second negation with و, which an 'or' or 'and' may carry; ``said``: how
    often the Arabic says each gloss stem outside its negations (a negative word of that sense renders it, as
    often as it is said); ``still``: whether 'still' may render a negation."""
    sentence = Sentence(0, en_quote, 0, len(en_quote))
    starts = {n.start for n in english_negations(AlignedPair(Link((0,), (0,), 1.0), (), (sentence,), ()))}
    starts |= {m.start() for m in re.finditer(r"[A-Za-z]+", en_quote) if negative_sense(stem(m.group(0).lower()))}
    left = Counter(said or {})
    for m in re.finditer(r"[A-Za-z]+", en_quote):
        key = stem(m.group(0).lower())
        if m.group(0).lower() in _EN_NEGATION_WORDS:
            continue  # not, no, never: a negation whatever else the Arabic says
        if m.start() in starts and (left[key] > 0 or (not still and key == "still")):
            starts.discard(m.start())
            left[key] -= 1
        elif key == "still" and _STILL_NOT.match(en_quote, m.end()):
            starts.discard(m.start())  # 'have still not been cleared': one negation, the 'not', which counts already
    # "not only", "not just": what لم … فقط says, though the English lexicon reads no negation in it
    starts |= {m.start() for m in re.finditer(r"\bnot (?:only|just|merely)\b", en_quote, re.I)}
    # "no water or electricity", "lack water and power": one negative word over two coordinated ولا
    carried = coordinated and bool(starts) and re.search(r"\b(?:or|and)\b", en_quote[min(starts) :]) is not None
    return len(starts) + carried
