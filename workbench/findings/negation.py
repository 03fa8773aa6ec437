"""Negation: the polarity of the statement reversed (لم يعثر "did not find" → "found")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from workbench.findings._negations import AR_BOUND as _AR_BOUND
from workbench.findings._negations import AR_FLOOR as _AR_FLOOR
from workbench.findings._negations import EN_BOUND as _EN_BOUND
from workbench.findings._negations import EN_FLOOR as _EN_FLOOR
from workbench.findings._negations import WORD_PARTICLES as _AR_PARTICLES
from workbench.findings._negations import (
    Neg,
    ar_quote_negations,
    arabic_negations,
    clause_rendered,
    en_quote_negations,
    english_negations,
    not_yet_negations,
    quote_negation_lost,
    quote_statement_negations,
    says_no_longer,
    says_not_yet,
    statement_particle,
    still_phrases,
    weak_gloss,
)
from workbench.findings._negations import ar_negation_lexicon as _ar_lexicon
from workbench.findings._negations import foreign_name as _foreign_name
from workbench.findings._negations import names_someone as _names_someone
from workbench.findings._negations import negative_in_meaning as _negative_in_meaning
from workbench.findings._negations import negative_sense as _negative_sense
from workbench.findings._negations import negative_senses as _negative_senses
from workbench.findings._negations import spells_a_name as _spells_a_name
from workbench.findings._negations import that_not as _that_not
from workbench.findings._words import (
    COMPLEMENTISERS,
    GLOSS_SKIP,
    ArToken,
    EnToken,
    analyses,
    antonym_keys,
    ar_span,
    ar_tokens,
    en_tokens,
    gloss_stems,
    match_phrases,
    opens_clause,
    strip_clitics,
)
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.lexicons import alternation, load, word_set
from workbench.morphology import LexiconIndex, get_morphology
from workbench.records import Finding, Link, Sentence
from workbench.text.arabic import normalize_ar, strip_diacritics
from workbench.text.english import STOPWORDS, phrasal_senses, stem
from workbench.text.quotes import find_quotes

KINDS = (
    FindingKind(
        type="negation",
        subtypes=("flipped",),
        colour="#FF55CC",
        label="Negation",
        description="the statement's polarity reversed",
        lexicons=("negation_", "quote_negations"),
    ),
)


def _weak_pairs(ar_weak: list[Neg], en_weak: list[Neg]) -> int:
    """How many English weak negations render an Arabic weak one of the same sense (each used once):
    the English word is among the Arabic word's glosses (lexicon column or dictionary senses)."""
    glosses = _ar_glosses()
    pool = []
    for n in ar_weak:
        toks = ar_tokens(n.text)
        key = tuple(normalize_ar(n.text).split())
        gloss = glosses.get(key, "") or glosses.get(tuple(t.bare for t in toks), "")
        words = set(re.findall(r"[a-z]{3,}", gloss)) - {"not"}
        pool.append({_key(stem(w)) for w in words} | {_key(g) for t in toks[:1] for g in gloss_stems(t.text)})
    found = 0
    for n in en_weak:
        k = _key(stem(n.text.lower().split()[0]))
        hit = next((p for p in pool if k in p), None)
        if hit is not None:
            pool.remove(hit)
            found += 1
    return found


@lru_cache(maxsize=1)
def _ar_glosses() -> dict[tuple[str, ...], str]:
    """Normalised Arabic negation phrase → its English gloss (the lexicon's third column)."""
    return {tuple(normalize_ar(r[0]).split()): r[2] for r in load("negation_ar.tsv") if len(r) > 2}


# an English side shorter than this (a headline, "No.") is too short to tell which negation went missing
MIN_ENGLISH_WORDS = 4


# the English of a counterfactual, which renders لولا "were it not for": 'had … not', 'but for', 'would have'
_EN_COUNTERFACTUAL = re.compile(
    rf"\b(?:had\b[^.;]{{0,60}}\bnot|{alternation(word_set('negation_cues_en.tsv', 'counterfactual'))})\b", re.I
)


@dataclass(frozen=True)
class _Sides:
    """What every negation rule reads: the pair and the negations found on each side.

    ``ar_n``/``en_n`` are the negations the rules compare: where the English quotes something, a negation
    inside a quotation still counts on its side but only as a weak one (a cut or altered quote is the
    quote detector's business). ``ar_found`` keeps the Arabic ones as found, ``paired`` counts the English
    weak negations that render an Arabic weak one (unless for ما لم, without for بدون): they are taken
    and cannot render a strong one as well.
    """

    pair: AlignedPair
    ar_found: list[Neg]
    ar_n: list[Neg]
    en_n: list[Neg]
    paired: int
    en_quotes: bool

    @classmethod
    def of(cls, pair: AlignedPair) -> _Sides:
        ar_n = list(pair.view.ar_negations)
        en_n = list(pair.view.en_negations)
        # أغلقت المعبر "closed the crossing" renders "did not open" but not "did not close": a word negative in
        # meaning whose own sense the English negates is a double negative, no rendering of the "not"
        negated = {
            _key(stem(w.lower()))
            for n in en_n
            if n.kind == "strong"
            for w in _negated_words(pair.en[n.sentence].text, n)[:1]
        }
        ar_n += [n for n in _lexical_negatives(pair, ar_n) if not _senses(n.text) & negated]
        # لولا "were it not for" renders an English 'not' only in a counterfactual ('had the crews not arrived …
        # would have'); 'police did not intervene and people were killed' for لولا تدخل الشرطة لسقط قتلى reverses it
        if not _EN_COUNTERFACTUAL.search(pair.en_text):
            ar_n = [n for n in ar_n if normalize_ar(n.text).lstrip("وف") != "لولا"]
        paired = _weak_pairs([n for n in ar_n if n.kind == "weak"], [n for n in en_n if n.kind == "weak"])
        en_quotes = any(find_quotes(s.text) for s in pair.en)
        ar_n = [_weakened(n) if n.kind == "strong" and (_not_only(pair, n) or _too_to(pair, n)) else n for n in ar_n]
        ar_found = ar_n
        if en_quotes:
            ar_n = [_weakened(n) if _quoted(pair.ar[n.sentence].text, n.start) else n for n in ar_n]
            en_n = [_weakened(n) if _quoted(pair.en[n.sentence].text, n.start) else n for n in en_n]
        return cls(pair, ar_found, ar_n, en_n, paired, en_quotes)

    @cached_property
    def ar_strong(self) -> list[Neg]:
        return [n for n in self.ar_n if n.kind == "strong"]

    @cached_property
    def en_strong(self) -> list[Neg]:
        return [n for n in self.en_n if n.kind == "strong"]

    @cached_property
    def renders(self) -> list[Neg]:
        """English weak negations that can render an Arabic one (a quoted one renders nothing outside its quote)."""
        return [
            n
            for n in self.en_n
            if n.kind == "weak" and _renders(n) and not _quoted(self.pair.en[n.sentence].text, n.start)
        ]

    @cached_property
    def en_weak(self) -> list[Neg]:
        """For an Arabic negation, any English weak one may be its rendering (hardly, only, rather than)."""
        return [n for n in self.en_n if n.kind == "weak" and not n.text.lower().startswith("dis")]

    @cached_property
    def by_affix(self) -> list[tuple[Neg, Neg]]:
        """Arabic negations rendered by an English negative affix (لم تتمكن "unable"), with that English word."""
        governed = [w for n in self.en_strong if (w := _governed_word(self.pair, n))]
        return _weak_renderings(self.pair, self.ar_strong, self.en_weak + governed)

    @cached_property
    def ar_verbal(self) -> int:
        """Arabic strong negations left for an English "not": less those a contrast (وليس "rather than")
        or an English negative affix renders."""
        contrasts = sum(1 for n in self.en_n if n.text.lower() in ("rather than", "instead", "instead of"))
        rather = sum(1 for n in self.ar_strong if normalize_ar(n.text).startswith("وليس"))
        return len(self.ar_strong) - min(contrasts, rather) - len(self.by_affix)


def _weakened(n: Neg) -> Neg:
    return Neg(n.text, "weak", n.sentence, n.start)


# فقط، فحسب، وحسب or وحدنا closing a negation a few words on: ليس انتصارنا فحسب / وحدنا 'not just our
# victory' denies nothing
_AR_TIME_PASSES = frozenset(normalize_ar(w) for w in ("يمر", "تمر", "يمض", "يمضي", "تمضي"))
_AR_ONLY = frozenset(
    normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "only") | word_set("negation_cues_ar.tsv", "alone")
)


def _tokens_at(pair: AlignedPair, n: Neg) -> tuple[str, list[ArToken], int]:
    """The Arabic sentence of a negation, its tokens, and the index of the negation's first token."""
    text = pair.ar[n.sentence].text
    toks = ar_tokens(text)
    return text, toks, next((k for k, t in enumerate(toks) if t.start >= n.start), len(toks))


def _not_only(pair: AlignedPair, n: Neg) -> bool:
    """An Arabic negation that an 'only' word closes within five words after it: 'not only', no denial (لا على
    حفنة من الشركات فحسب "not only a handful of companies"); or a verb of time passing that a 'without' word
    follows (لم يمر يوم دون قصف "not a day passed without shelling"): the two negations assert the positive,
    "every day brought shelling"."""
    text, toks, at = _tokens_at(pair, n)
    passing = at + 1 < len(toks) and toks[at + 1].norm in _AR_TIME_PASSES
    # the 'only' of the same phrase: not past a comma or a word of contrast (لم يُسمح للصحفيين، بل للمسؤولين فقط
    # "journalists were not allowed, only officials": the 'only' belongs to the contrast)
    window = []
    for k in range(at + 1, min(at + 6, len(toks))):
        if toks[k].norm in _AR_CONTRAST or re.search(r"[،,؛;]", text[toks[k - 1].end : toks[k].start]):
            break
        window.append(toks[k])
    return any(t.norm in _AR_ONLY for t in window) or (
        passing and any(t.norm in _AR_WITHOUT for t in toks[at + 2 : at + 9])
    )


# words of contrast that end a negated phrase (بل، وإنما، لكن): an 'only' after one is the contrast's
_AR_CONTRAST = word_set("function_words_ar.tsv", "negation_contrast")
# the nouns of degree before a negation that make it "too … to": إلى حد لا يسمح، لدرجة لم تعد تسمح
_AR_DEGREE = word_set("function_words_ar.tsv", "negation_degree")


def _too_to(pair: AlignedPair, n: Neg) -> bool:
    """An Arabic negation right after a noun of degree (انخفض منسوب النهر إلى حد لم يعد يسمح بالملاحة "fell to a
    degree that no longer allows shipping") where the English says 'too' ('fell too low for barges'): the
    negation is the 'too … to', said without a 'not'."""
    _, toks, at = _tokens_at(pair, n)
    return at > 0 and toks[at - 1].norm in _AR_DEGREE and bool(_EN_TOO_TO.search(pair.en_text))


# 'too low for', 'too weak to', 'too slowly to be': the English of a degree that rules something out
_EN_TOO_TO = re.compile(r"\btoo\s+[a-z]+(?:ly)?\s+(?:\w+\s+)?(?:to|for)\b", re.I)


def detect(pair: AlignedPair) -> list[Finding]:
    """Polarity flipped: one side negates the statement, the other has no negation at all. The first rule
    of ``_RULES`` that fires gives the finding."""
    if not pair.ar or not pair.en:
        return []
    sides = _Sides.of(pair)
    for rule in _RULES:
        found = rule(sides)
        if found:
            return found
    return []


def _quote_lost(x: _Sides) -> list[Finding]:
    """A quote kept in quotation marks whose Arabic negates more often than its English (major, 0.7)."""
    flip = _quote_lost_negation(x.pair, x.ar_found, x.en_weak) if x.en_quotes else None
    if flip is None and x.en_quotes:
        flip = _quoted_negation_dropped(x)
    if flip is None and x.en_quotes:
        flip = _quote_negations_outnumber(x.pair)
    return [flip] if flip is not None else []


def _quote_negations_outnumber(pair: AlignedPair) -> Finding | None:
    """A quote pair whose Arabic states more negations than any negative word of the English quote can
    render (``quote_negation_lost``), where the word-by-word rules above found no English counterpart of
    the negated word (تتوفر glossed 'be available' → "have", يحصلوا 'obtain' → "received"): the statement
    reversed somewhere in the quote, the English quote the span (major, 0.65)."""
    if _run_together(pair):
        return None
    for qp in pair.view.quote_pairs:
        if not qp.ar_quote or qp.fidelity < 0.2:
            continue
        lost = quote_negation_lost(qp.en_quote, qp.ar_quote)
        everywhere = set(range(len(pair.en)))
        quoted = [n for n in pair.view.ar_negations if n.text in qp.ar_quote]
        if lost and any(_said_without_not(pair, n, everywhere) for n in quoted if n.text in lost):
            continue  # 'we played poorly' for لم نلعب بشكل جيد: said by an antonym
        if lost and not any(_quoted_clause_rendered(pair, n, everywhere) for n in quoted if n.text in lost):
            continue  # لا يطالبون بالمستحيل، بل بحلول …: the English quote keeps only what comes after بل, left out
        if lost:
            why = f"Inside the quote, the Arabic negates ('{lost}') where the English quote has no negation for it"
            if "، " in lost:
                times = lost.count("، ") + 1
                why = f"Inside the quote, the Arabic negates {times} times ('{lost}'), the English quote fewer"
            return _flipped(pair, lost.split("، ")[0], qp.en_quote, 0.65, why)
    return None


def _quoted_negation_dropped(x: _Sides) -> Finding | None:
    """A negation inside an Arabic quote whose negated word an English quote renders, where the English
    sentences that render it hold no negation of any kind (major, 0.7): the speaker's statement reversed
    however the quotes pair up (one Arabic quote split into two English ones around "he went on", which
    the quote pairing reads as a cut)."""
    pair = x.pair
    if len(pair.en_text.split()) < MIN_ENGLISH_WORDS or _run_together(pair):
        return None
    for neg in x.ar_found:
        if neg.kind != "strong" or normalize_ar(neg.text).startswith("وليس"):
            continue
        if not _quoted(pair.ar[neg.sentence].text, neg.start):
            continue
        region = _rendering_sentences(pair, neg)
        if _said_as_only(pair, neg, region) or _said_without_not(pair, neg, region):
            continue
        if _contrast_at(pair, neg):
            continue  # في مكاتب الشركة لا على طاولة المفاوضات "in the offices rather than at the table"
        # لا تستبعد "does not rule out" → "rules out": the English negative word renders the negated word
        own = _own_rendering(pair, neg, [n for n in x.en_n if n.kind == "weak"], in_quote=True)
        if own is not None and _en_negatives(x, region) == {(own.sentence, own.start)}:
            why = f"Inside the quote, Arabic '{neg.text}' is negated, but the English '{own.text}' is not"
            return _flipped(pair, neg.text, own.text, 0.7, why)
        if _en_negatives(x, region):
            continue  # any English negation there may be its rendering
        if not _quoted_clause_rendered(pair, neg, region):
            continue  # the English quote stops before the negated clause: left out, not reversed
        quoted = {
            t.text
            for k in region
            for q in find_quotes(pair.en[k].text)
            for t in en_tokens(pair.en[k].text)
            if q.start < t.start < q.end
        }
        span = _english_counterpart(pair, neg, within=quoted)
        if span and not _beside_lexical_negative(pair, span) and not _still_for_not_yet(pair, neg, region, span):
            why = f"Inside the quote, Arabic '{neg.text}' is negated, but the English '{span}' is not"
            return _flipped(pair, neg.text, _with_quantifier(pair, span), 0.7, why)
    return None


def _still_for_not_yet(pair: AlignedPair, neg: Neg, region: Collection[int], span: str) -> bool:
    """The Arabic negation says "not yet" (لم تصل المساعدات بعد) and the English says 'still' within the four words
    before the word that renders the negated verb ('the aid is still to reach the camps'): the negation rendered
    without a 'not'. A 'still' elsewhere in the sentence ('proof that he is still alive') renders nothing of it."""
    if not says_not_yet(pair.ar[neg.sentence].text, neg.text, neg.start):
        return False
    for k in region:
        text = pair.en[k].text
        at = text.find(span)
        if at > 0 and re.search(r"\bstill\b", " ".join(text[:at].split()[-4:]), re.I):
            return True
    return False


def _quoted_clause_rendered(pair: AlignedPair, neg: Neg, region: set[int]) -> bool:
    """The English quotes of ``region`` render something of the clause a quoted Arabic negation negates (one of
    its first content words; ``quote_negation_lost`` asks for two): 'the orchards have turned into barren land' renders
    nothing of ولا يمكن للعائلات أن تعيش فيها "families cannot live there", which it leaves out."""
    from workbench.findings._quotes import match_words

    text = pair.ar[neg.sentence].text
    quote = next((q for q in find_quotes(text) if q.start < neg.start < q.end), None)
    en_quotes = [pair.en[k].text[q.start + 1 : q.end - 1] for k in sorted(region) for q in find_quotes(pair.en[k].text)]
    if quote is None or not en_quotes:
        return True
    inner = text[quote.start + 1 : quote.end - 1]
    missing = match_words(" ".join(en_quotes), inner).missing
    return clause_rendered(inner, neg.start - quote.start - 1, missing, least=1)


def _quote_gained(x: _Sides) -> list[Finding]:
    """A quote where an English sentence of the quote negates a verb and the Arabic sentence it renders has
    no negation of any kind: a "not" put into the speaker's words (لا يزال يشكل "still is" → "is no
    longer"). A quote of one sentence on each side that matches well (QUOTE_SAME_FIDELITY) is one
    statement reversed (major, 0.65); in a quote of several sentences, as many in the English as in the
    Arabic, sentence matched to sentence (minor, 0.6), the counts over the whole quote miss it when another
    sentence of the Arabic quote negates or the words run on. An Arabic word that the negated English
    word's antonym renders (مغلق "closed" → "not open") is a litotes, no reversal."""
    if not x.en_quotes or _run_together(x.pair):
        return []
    for qp in x.pair.view.quote_pairs:
        if not qp.ar_quote or qp.fidelity < 0.2:
            continue
        ar_parts = [p for p in _QUOTE_SENTENCE_END.split(qp.ar_quote) if p.strip()]
        en_parts = [p for p in _QUOTE_SENTENCE_END.split(qp.en_quote) if p.strip()]
        single = len(ar_parts) == len(en_parts) == 1
        if single and qp.fidelity < QUOTE_SAME_FIDELITY:
            continue
        if not single and (len(ar_parts) < 2 or len(ar_parts) != len(en_parts)):
            continue
        listed = set(x.pair.view.ar_negations)
        for ar_part, en_part in zip(ar_parts, en_parts, strict=True):
            said = en_quote_negations(en_part)
            if not said or ar_quote_negations(ar_part):
                continue
            # a word negative in meaning (يمنع "prevents", مجهول "unknown") may be what the "not" renders; in a
            # quote of one sentence it is taken to only where the negated English word is its sense's base
            # ("not known") or antonym ("not allowed"): a word with a negative reading among others (يشكل
            # 'constitute' and 'be ambiguous') says nothing there
            negative = [n for n in x.ar_found if n.text in ar_part]
            if negative and (not single or any(n in listed or _wholly_negative(n.text) for n in negative)):
                continue  # يحرم 'forbid; deprive' → "does not give": negative in every sense, it may be the "not"
            # an English negation of the quote that governs a verb, as the added-negation rule reads it
            for neg in x.pair.view.en_negations:
                text = x.pair.en[neg.sentence].text
                if neg.kind != "strong" or neg.text not in en_part or not _en_verb_negated(text, neg):
                    continue
                if _elliptic_or_imperative(text, neg) or _exception(x.pair, neg):
                    continue
                word = _negated_word(text, neg)
                if _antonym_in_arabic(x.pair, word) or any(_negative_base(n.text, word) for n in negative):
                    continue
                if single and not _statement_reversed(text, neg, ar_part):
                    continue  # an idiom's "no" ('spare no effort', 'never been worse'): the quote detector's
                if single:
                    why = f"Inside the quote, English '{neg.text}' is negated, but the Arabic quote is not"
                    return [_flipped(x.pair, "", neg.text, 0.65, why, severity="major")]
                why = f"Inside the quote, English '{neg.text}' is negated, but the Arabic sentence it renders is not"
                return [_flipped(x.pair, "", neg.text, 0.6, why, severity="minor")]
    return []


# Arabic words of a positive statement that English often says with a negation: 'only' (الخيار الوحيد "there
# is no alternative"), 'any' and 'ever' after a comparative (أسوأ من أي وقت مضى "has never been worse"),
# 'all' (الجميع سواسية "no one is above the law")
_AR_NEGATABLE = frozenset(
    normalize_ar(w)
    for w in ("الوحيد", "الوحيدة", "وحيد", "وحده", "وحدها", "فقط", "أي", "أية", "أحد", "كل", "جميع", "الجميع")
)


def _statement_reversed(text: str, neg: Neg, ar_quote: str) -> bool:
    """The English negation in a quote of one sentence reverses the Arabic quote's own statement: one of the
    three words after it (less auxiliaries and function words) renders a word of the Arabic quote by its
    glosses ('is no longer working' for يعمل, 'does not allow' for يسمح), and the Arabic quote holds no
    word that English says with a negation (الوحيد 'only', أي 'any', الجميع 'all'). An English idiom with
    a negation ('spare no effort', 'nothing to do with', 'no secret', 'will not give up') renders none."""
    toks = ar_tokens(ar_quote)
    if any(strip_clitics(t.norm) in _AR_NEGATABLE or t.norm in _AR_NEGATABLE for t in toks):
        return False
    # the negation's own words after its first ('no secret', 'not give') are among the three
    after = re.findall(r"[A-Za-z]+", text[neg.start :])[1:4]
    words = [w for w in after if w.lower() not in _AUX | _FUNCTION | STOPWORDS and len(w) > 2]
    senses = {_key(g) for t in toks for g in gloss_stems(t.text)}
    return any(_key(stem(w.lower())) in senses for w in words)


@lru_cache(maxsize=4096)
def _wholly_negative(word: str) -> bool:
    """Every dictionary sense of the Arabic word is negative in meaning (يحرم 'be forbidden; forbid; deprive',
    نفتقر 'lack', يصعب 'be difficult'), not only some of them (يشكل 'be ambiguous' but also 'constitute'):
    an English "not" on any verb may render it ("does not give" for يحرم)."""
    glosses = {re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>", " ", a.stem.gloss.lower()) for a in analyses(word)}
    return bool(glosses) and all(any(_negative_sense(stem(w)) for w in re.findall(r"[a-z]+", g)) for g in glosses)


def _negative_base(ar_word: str, en_word: str) -> bool:
    """The English word is a sense of the Arabic word with its negative affix taken off (مجهول 'unknown' for
    "not known"), or the sense an antonym of it (يمنع 'prevent' for "not allowed")."""
    if not en_word:
        return False
    key = _key(stem(en_word.lower()))
    glosses = gloss_stems(ar_word)
    if any(_key(stem(base)) == key for g in glosses if (base := _affix_base(g))):
        return True
    return bool({_key(g) for g in glosses} & _antonyms().get(key, frozenset()))


# how well a quote of one sentence must match its Arabic quote for a negation only the English has to
# read as the speaker's statement reversed: the quote detector's faithful floor less a margin, since the
# negation itself costs the match a word or two
QUOTE_SAME_FIDELITY = 0.4


def _arabic_negation_unrendered(x: _Sides) -> list[Finding]:
    """An Arabic negation whose negated word the English renders, unnegated (major, 0.75).

    When the glosses find no rendering the English likely rephrased (an antonym, a noun) and nothing is
    said. English weak negations (failed, without, un-) may render the Arabic ones: only Arabic negations
    beyond them are looked at, or, minor at 0.6, those whose rendering no weak negation stands near."""
    if not x.ar_strong or x.en_strong:
        return []
    # the Arabic negations the English tells otherwise (a bound, a litotes undone, …) need no English negation of
    # their own: only the others are counted against the English weak negations ('for as little as 200 francs'
    # for لم يتجاوز 200 leaves 'failed to arrive' to render لم يصلوا)
    told = [n for n in x.ar_strong if _told_otherwise(x, n)]
    for neg in x.ar_strong:
        en_span = _english_counterpart(x.pair, neg)
        # لم يستبعد "did not rule out" → "ruled out": an English negative word that is the negated Arabic
        # word's own sense renders that word, not the negation on it
        own = _own_rendering(x.pair, neg, x.en_weak)
        if own is not None:
            en_span = own.text.split()[0]
        elif not en_span or _beside_lexical_negative(x.pair, en_span) or _span_negated(x.pair, en_span):
            continue
        elif neg in told:
            continue
        # لم يعد "no longer" → "still": the English word says the opposite and renders nothing of the negation;
        # an English "still" for an Arabic لا يزال, a "rather than" for بدلا من, renders that phrase, no negation
        twins = _ar_twins(x.pair)
        # a negation inside an English quote renders one inside the Arabic quote, not one the report states outside
        # it (لن يتغير … "لن تسمح" → 'was set to change … "will not allow"'): as many quoted English negations as
        # there are quoted Arabic ones are taken by them
        quoted_ar = sum(1 for n in x.ar_n if _quoted(x.pair.ar[n.sentence].text, n.start))
        # an English word of a bound ('as little as') tells one of the negations told otherwise, no other
        bounds = len(told)
        en_weak = []
        for n in x.en_weak:
            twin = _EN_TWIN_OF.get(n.text.lower(), "")
            if n is own or twin == "still" and _no_longer(neg):
                continue
            if bounds > 0 and _in_bound(x.pair, n):
                bounds -= 1
                continue
            if twins[twin] > 0:
                twins[twin] -= 1
                continue
            if quoted_ar > 0 and _quoted(x.pair.en[n.sentence].text, n.start):
                quoted_ar -= 1
                continue
            en_weak.append(n)
        others = len(en_weak) - x.paired - sum(1 for n in en_weak if n.text == en_span)
        untold = len(x.ar_strong) - len(told)
        if untold > others:
            why = f"Arabic '{neg.text}' is negated, but the English '{own.text if own else en_span}' is not"
            if own is not None:
                return [_flipped(x.pair, neg.text, own.text, 0.75, why, severity="major")]
            span = _with_emphatic_do(x.pair, _with_quantifier(x.pair, en_span))
            return [_flipped(x.pair, neg.text, span, 0.75, why, severity="major")]
        # the English weak negations that might render it all stand far from its rendering (a "homeless" in
        # the other half of a merged sentence for لا يدفعون "who are not paying"): reversed, unsure so minor
        if any(a is neg for a, _ in x.by_affix):
            continue  # لم يتمكن "was unable": the weak word renders this very negation, wherever the glosses point
        near = [n for n in en_weak if n.text != en_span and _near_rendering(x.pair, n, en_span)]
        widened = _with_quantifier(x.pair, en_span)
        if _verb_negated_as_noun(neg, widened):
            continue  # لم يسمحوا "did not allow" matched to 'the authority': a verb's negation is on no noun
        if untold > min(others, len(near)):
            why = (
                f"Arabic '{neg.text}' is negated, but the English '{en_span}' is not "
                "(no English negation stands near it)"
            )
            return [_flipped(x.pair, neg.text, widened, 0.6, why, severity="minor")]
    return []


def _in_bound(pair: AlignedPair, n: Neg) -> bool:
    """The English weak negation is a word of a bound phrase ('little' of 'as little as')."""
    return any(m.start() <= n.start < m.end() for m in _EN_BOUND.finditer(pair.en[n.sentence].text))


def _told_otherwise(x: _Sides, neg: Neg) -> bool:
    """The English tells the Arabic negation without a negation of its own: an ending stated for لم يعد, a double
    negative or 'only', a bound ('at most'), the negated word's antonym ('barred' for لم تسمح)."""
    if _own_rendering(x.pair, neg, x.en_weak) is not None:
        return False
    if _no_longer(neg) and _ending_stated(x.pair, neg):
        return True  # لم يعد هناك أمل "there is no longer hope" → 'hope has faded'
    if _double_negative_ar(x, neg) or _negations_as_only(x, neg):
        return True  # لم يكن … غير متوقع "was not unexpected" → 'was expected'; لن … لا "only … that"
    region = _rendering_sentences(x.pair, neg)
    if _bound_rendered(x.pair, neg, region):
        return True  # لن يتجاوز … أكثر من "no more than" → 'at most', 'up to'
    # لم تسمح "did not allow" → 'barred': the litotes undone, the negated word's antonym said
    return _antonym_rendered(x.pair, _negated_ar_words(x.pair, neg)[:1], region)


def _verb_negated_as_noun(neg: Neg, en_span: str) -> bool:
    """The Arabic negation is لم or لن, which negate only a verb, and the English word the glosses point at is a
    noun after an article ('the authority'): the glosses matched some other word, not the verb's rendering."""
    first = normalize_ar(neg.text.split()[0]).removeprefix("و").removeprefix("ف")
    return first in ("لم", "لن") and en_span.split()[0].lower() in ("the", "a", "an") and " " in en_span


def _own_sense_unnegated(x: _Sides) -> list[Finding]:
    """An Arabic negation of a word negative in meaning itself, rendered by that word's own English sense with no
    "not" (ولم يستبعد … إذا لم تُتخذ "did not rule out … if no remedies are taken" → 'ruled out … if remedies are
    not found'), where the English negates fewer times than the Arabic: the other English negations render the
    Arabic's other ones, this one is reversed (major, 0.7, before calibration). Not where words hold the English
    verb back ('stopped short of ruling out') or an Arabic word of that sense stands unnegated elsewhere (…، واستبعد
    'and ruled out' a lockdown). Where the English negates nothing at all ``_arabic_negation_unrendered`` reads it.
    The English negates fewer times when it has fewer "not"s than the Arabic, or fewer negations of any kind that
    may render one (the own sense left out) than the Arabic has by particle (من دون أن يسفر عن إصابات … فيما لم
    تستبعد → 'causing no injuries … has ruled out': the 'no' is the دون's)."""
    if not x.en_strong:
        return []
    for neg in x.ar_strong:
        own = _own_rendering(x.pair, neg, x.en_weak)
        if own is None or _held_back(x.pair.en[own.sentence].text, own.start):
            continue
        others = [n for n in x.en_n if n != own and (n.kind == "strong" or _renders(n))]
        # the Arabic's negations by particle ('not', 'without'); words negative in meaning (رفضت "declined") are
        # rendered by words of their own sense, which the English negations leave out
        particles = [
            n
            for n in x.ar_n
            if n.kind == "strong" or _first_word(n.text) in _AR_PARTICLES or _first_word(n.text) in _AR_WITHOUT
        ]
        if len(x.en_strong) >= len(x.ar_strong) and len(others) >= len(particles):
            continue
        key = _key(stem(own.text.split()[0].lower()))
        if any(key in _senses(t.text) and not _under_negation(x.pair, x.ar_n, k, t) for k, t in _ar_words(x.pair)):
            continue  # ولم يستبعد … واستبعد "and ruled out": the English word may render the Arabic word said plainly
        why = f"Arabic '{neg.text}' is negated, but the English '{own.text}' is not"
        return [_flipped(x.pair, neg.text, own.text, 0.7, why, severity="major")]
    return []


# English words before a verb that hold it back as a negation does ('stopped short of ruling out', 'refrained
# from rejecting', 'without rejecting'): the verb after them is not asserted (negation_holds_en.tsv)
_HELD_BACK = re.compile(rf"\b(?:{alternation(row[0] for row in load('negation_holds_en.tsv'))})\s+$", re.I)


def _held_back(text: str, start: int) -> bool:
    """Whether a word at ``start`` follows one of the English words that hold a verb back (``_HELD_BACK``)."""
    return bool(_HELD_BACK.search(text[:start]))


def _ar_words(pair: AlignedPair) -> list[tuple[int, ArToken]]:
    """Every Arabic word of the pair with its sentence's index."""
    return [(k, t) for k, s in enumerate(pair.ar) for t in ar_tokens(s.text)]


def _with_emphatic_do(pair: AlignedPair, span: str) -> str:
    """The span with the emphatic do before it where the English has one ('did know' for لم يعرف): what asserts
    the positive."""
    return next(
        (
            m.group(0)
            for s in pair.en
            for m in _EMPHATIC_DO.finditer(s.text)
            if m.group(0).endswith(f" {span}") and not _quoted(s.text, m.start())
        ),
        span,
    )


def _own_rendering(pair: AlignedPair, neg: Neg, en_weak: list[Neg], in_quote: bool = False) -> Neg | None:
    """The English weak negation that renders the Arabic word a strong negation negates, when that word
    is negative in meaning itself (لم يستبعد "did not rule out" → "ruled out", لم يرفض "did not refuse" →
    "refused"): it carries the word's own negative sense, none of the particle's. None when there is none,
    or when an English "not" governs it (that is the strong-negation rules' business); one inside an
    English quote counts only with ``in_quote`` (the quoted-negation rule's reading)."""
    # after a passive auxiliary (لم يتم استبعاد "has not been ruled out") the verbal noun is the negated word
    negated = _negated_ar_words(pair, neg)
    if negated and negated[0].norm.lstrip("وف") in _AR_PASSIVE_LIGHT:
        negated = negated[1:]
    negated = negated[:1]
    words = [
        t for t in negated if _negative_in_meaning(t.text) or _ar_lexicon().get((strip_clitics(t.norm),)) == "weak"
    ]
    senses = {s for t in words for s in _senses(t.text)}
    if not senses:
        return None
    for n in en_weak:
        first = n.text.split()[0]
        text = pair.en[n.sentence].text
        if (_quoted(text, n.start) and not in_quote) or _after_not(text, n.start):
            continue
        if _key(stem(first.lower())) in senses:
            return n
    return None


# the English words of continuation: "still closed" is what لا يزال says, and what لم يعد denies
_EN_STILL = frozenset(("still", "remain", "remains", "remained"))


# English weak negations that render an Arabic phrase which negates nothing: "still" (لا يزال), "rather
# than" / "instead" (بدلا من، عوضا عن)
_EN_TWIN_OF = {
    **{w: "still" for w in _EN_STILL},
    **{w: "instead" for w in ("rather than", "instead", "instead of")},
}
_AR_INSTEAD = frozenset(("بدلا", "وبدلا", "عوضا", "وعوضا"))


def _ar_twins(pair: AlignedPair) -> Counter[str]:
    """How many times the Arabic says "still" with a word that looks like a negation (لا يزال، ما زالت), or
    with a verb that says 'remain' (ظلت محدودة "remained limited", بقي), and "instead" (بدلا من، عوضا عن): the
    English words of _EN_TWIN_OF each of them accounts for."""
    stills = {k: g for k, g in _ar_glosses().items() if g.startswith("still")}
    toks = [ar_tokens(s.text) for s in pair.ar]
    return Counter(
        still=sum(len(match_phrases(t, stills)) for t in toks) + sum(1 for t in toks for u in t if _remains(u.text)),
        instead=sum(1 for t in toks for u in t if u.norm in _AR_INSTEAD),
    )


@lru_cache(maxsize=4096)
def _remains(word: str) -> bool:
    """The Arabic word is a verb that says 'remain' (ظلت، بقي، يظل) by every verb reading it has."""
    verbs = [a for a in analyses(word) if "VERB" in a.stem.pos]
    return bool(verbs) and all("remain" in a.stem.gloss for a in verbs)


def _no_longer(neg: Neg) -> bool:
    """The Arabic negation is لم / ما with a form of عاد: "no longer" (لم يعد مغلقا "is no longer closed")."""
    return says_no_longer(neg.text)


def _ending_stated(pair: AlignedPair, neg: Neg) -> bool:
    """An English word negative in meaning (faded, vanished, lost, ended) or a phrase of ending ('has run
    out') stands in a sentence that may render a "no longer" negation: the English tells what is no longer
    as what ended."""
    sentences = [pair.en[k].text for k in _rendering_sentences(pair, neg)]
    return any(_EN_LEXICAL_NEGATIVE.match(t.low) for s in sentences for t in en_tokens(s)) or any(
        _EN_ENDING.search(s) for s in sentences
    )


_EN_ENDING = re.compile(rf"\b(?:{alternation(word_set('negation_cues_en.tsv', 'ending'))})\b", re.I)


def _bound_rendered(pair: AlignedPair, neg: Neg, region: set[int]) -> bool:
    """The Arabic negation bears on a comparative of excess in its clause (لن تستمر المحادثات أكثر من ثلاثة أيام
    "the talks will not last more than three days"), and an English sentence that may render it states the upper
    bound ('three days at most', 'up to three days', 'only three days'): the negation is rendered as the bound.
    So is a comparative of falling short (لن تنخفض درجات الحرارة عن 30 درجة "temperatures will not fall below 30
    degrees") told as a lower bound ('will stay above 30', 'at least 30')."""
    toks = [*_negated_ar_words(pair, neg)[:1], *_clause_tokens(pair, neg)]
    words = {t.norm for t in toks} | {strip_clitics(t.norm) for t in toks}
    if words & _AR_BOUND and any(_EN_BOUND.search(pair.en[k].text) for k in region):
        return True
    # the comparative of falling short with عن/من after it (لن تنخفض عن), the English bound right before a figure
    floor = any(
        (t.norm in _AR_FLOOR or strip_clitics(t.norm) in _AR_FLOOR) and nxt.norm in ("عن", "من")
        for t, nxt in zip(toks, toks[1:], strict=False)
    )
    return floor and any(_EN_FLOOR_FIGURE.search(pair.en[k].text) for k in region)


# a lower-bound word right before a figure ('above 30 C', 'at least 40 degrees'), a word or two between at most
_EN_FLOOR_FIGURE = re.compile(_EN_FLOOR.pattern + r"\s+(?:[^\s\d]+\s+){0,2}\d", re.I)


def _span_negated(pair: AlignedPair, en_span: str) -> bool:
    """Every place the English word stands, a negation governs it (لم يرفض … بعد "has yet to reject"): the
    English keeps the negation, in a form the counts read as a weak one."""
    places = [(s.text, m.start()) for s in pair.en for m in re.finditer(rf"\b{re.escape(en_span)}\b", s.text)]
    return bool(places) and all(_after_not(text, at) for text, at in places)


def _after_not(text: str, start: int) -> bool:
    """An English negation stands in the three words before the position ('not rule out', "won't refuse",
    'has yet to reject': لم … بعد)."""
    return bool(re.search(r"\b(?:not|never|no|cannot|\w+n['’]t|yet\s+to)(?:\s+\w+){0,2}\s+$", text[:start], re.I))


# an English negation this many words or fewer from the rendering of a negated Arabic word may carry it
_NEAR_WORDS = 8


def _near_rendering(pair: AlignedPair, neg: Neg, en_word: str) -> bool:
    """The English negation stands in the sentence of the English word, within eight words of it, or
    governs the clause the word ends ('unlikely to be strong enough to hold back the flood waters')."""
    text = pair.en[neg.sentence].text
    toks = en_tokens(text)
    at = next((i for i, t in enumerate(toks) if t.start >= neg.start), len(toks))
    return any(
        abs(i - at) <= _NEAR_WORDS or _in_governed_clause(text, neg, t) for i, t in enumerate(toks) if t.text == en_word
    )


# a clause the English negation governs ends at punctuation or at a word that opens another clause
_EN_CLAUSE_OPENER = re.compile(
    r"[,;:.!?()\"“”]|\b(?:and|but|or|while|whereas|although|though|because|since|as|which|who|that|when|if)\b", re.I
)
# 'unable to', 'unlikely to', 'failed to': the negation bears on the infinitive that follows it
_EN_GOVERNS_INFINITIVE = re.compile(r"\s+to\s+[a-z]", re.I)
_GOVERNED_WORDS = 14


def _in_governed_clause(text: str, neg: Neg, tok: EnToken) -> bool:
    """The English word stands in the infinitive clause a negative word opens ('unlikely to be strong enough
    to hold back the flood waters'), at most _GOVERNED_WORDS words on, no other clause opened between."""
    end = neg.start + len(neg.text)
    if tok.start <= end or not _EN_GOVERNS_INFINITIVE.match(text[end:]):
        return False
    between = text[end : tok.start]
    return len(between.split()) <= _GOVERNED_WORDS and not _EN_CLAUSE_OPENER.search(between)


def _emphatic_do(x: _Sides) -> list[Finding]:
    """Emphatic do ("we do tolerate", "he did make") asserts the positive the Arabic negates (major, 0.65).
    وليس "rather than" contrasts two terms: it negates no verb that 'did' could contradict."""
    if not x.ar_strong or x.en_strong:
        return []
    emphatic = next(
        (m for s in x.pair.en for m in _EMPHATIC_DO.finditer(s.text) if not _quoted(s.text, m.start())), None
    )
    verbal = [n for n in x.ar_strong if not normalize_ar(n.text).startswith("وليس")]
    # a weak negation inside an English quote renders one inside the Arabic quote, not this one
    if emphatic and verbal and len(x.ar_strong) > len(_unquoted(x.pair.en, x.en_weak)):
        neg = verbal[0]
        why = f"Arabic '{neg.text}' is negated, but the English asserts '{emphatic.group(0)}'"
        return [_flipped(x.pair, neg.text, emphatic.group(0), 0.65, why, severity="major")]
    return []


def _arabic_negates_more(x: _Sides) -> list[Finding]:
    """Each side negates, but the Arabic more often (لم أبكِ … لا يسعني → "I do cry … I can't help it"):
    the Arabic negation whose negated word the English renders outside any English negation (major, 0.65),
    else the count alone (major, 0.55)."""
    ar_strong, en_strong = x.ar_strong, x.en_strong
    contrasts = _contrasts_told(x)
    told = len(en_strong) + len(x.renders) + _coordinated_nor(x) + len(contrasts)
    if not (ar_strong and en_strong and len(ar_strong) > told):
        return []
    # لم تتوقف الاتصالات "contacts did not stop" → 'contacts had gone on': a negated verb told by its antonym, where no
    # English word renders the verb itself (لا يمكنها فرض الرسم … 'could not impose the fee …, and scrapped it':
    # 'impose' renders فرض, and 'scrapped' is another statement), leaves the count alone to say nothing; another
    # negated word the English renders unnegated is still reported below
    by_antonym = [n for n in ar_strong if _told_by_antonym_alone(x.pair, n)]
    ar_strong = [n for n in ar_strong if n not in contrasts] or ar_strong
    if len(x.pair.en_text.split()) < MIN_ENGLISH_WORDS:
        return []
    reach = _english_reach(x.pair)
    for neg in ar_strong:
        if neg in by_antonym:
            continue
        en_span = _english_counterpart(x.pair, neg)
        if en_span and not any(
            (k, t.start) in reach for k, s in enumerate(x.pair.en) for t in en_tokens(s.text) if t.text == en_span
        ):
            why = (
                f"Arabic '{neg.text}' is negated, but the English '{en_span}' is not "
                f"(the Arabic has {len(ar_strong)} negations here, the English {len(en_strong)})"
            )
            return [_flipped(x.pair, neg.text, en_span, 0.65, why, severity="major")]
    if len(ar_strong) <= told + len(by_antonym):
        return []
    neg = ar_strong[0]
    why = (
        f"The Arabic negates {len(ar_strong)} times (as in '{neg.text}'), the English only "
        f"{len(en_strong)} times: one statement lost its negation"
    )
    return [_flipped(x.pair, neg.text, "", 0.55, why, severity="major")]


def _told_by_antonym_alone(pair: AlignedPair, neg: Neg) -> bool:
    """An English word renders an antonym of the Arabic negation's negated word, and none renders the word itself."""
    words = _negated_ar_words(pair, neg)
    senses = {k for t in words for k in _senses(t.text)}
    said = any(_key(stem(t.low)) in senses for s in pair.en for t in en_tokens(s.text) if t.low not in STOPWORDS)
    return bool(words) and not said and _antonym_rendered(pair, words, set(range(len(pair.en))))


_EN_OR_AFTER = re.compile(r"\b(?:or|nor)\b", re.I)
_EN_CONTRASTS = frozenset(("rather than", "instead of"))
_EN_CONTRAST = re.compile(r"\b(?:rather than|instead of)\b", re.I)


def _contrasts_told(x: _Sides) -> list[Neg]:
    """Arabic لا setting one term against another right after it (تعبر المنطقة لا تخيّم فيها "passing through
    rather than camping there") that an English "rather than" / "instead of" renders: the English word right after
    the contrast renders the Arabic word after لا ('camping' for تخيّم), and no بدلا من، عوضا عن or وليس in the
    Arabic accounts for the contrast. Those لا."""
    # the stems of the two English words after each contrast
    after = [
        _words_after(x.pair.en[n.sentence].text, n.start + len(n.text))
        for n in x.en_n
        if n.text.lower() in _EN_CONTRASTS
    ]
    if not after:
        return []
    toks = [t for a in x.pair.ar for t in ar_tokens(a.text)]
    if any(t.norm in _AR_INSTEAD or t.norm.startswith("وليس") for t in toks):
        return []
    told = []
    for n in x.ar_strong:
        words = n.text.split()
        if normalize_ar(words[0]) != "لا" or len(words) < 2:
            continue
        before = ar_tokens(x.pair.ar[n.sentence].text[: n.start])
        if _contrast_rendered(before[-1] if before else None, words[1], after):
            told.append(n)
    return told


def _words_after(text: str, end: int, *, content: bool = False) -> set[str]:
    """The stems of the two English words after ``end`` (those after a 'rather than'); ``content``: of the two words
    after it that are no function words ('rather than in this hall' → hall)."""
    words = re.findall(r"[A-Za-z]+", text[end:])
    if content:
        words = [w for w in words if w.lower() not in STOPWORDS]
    return {_key(stem(w.lower())) for w in words[:2]}


def _contrast_rendered(before: ArToken | None, word: str, after: list[set[str]]) -> bool:
    """An Arabic لا right after a term, no conjunction or function word between, whose next word's glosses are one
    of the English words after a 'rather than' (``after``, whose match is taken out): the contrast it sets is told."""
    if before is None or before.norm in _AR_FUNCTION or before.norm.startswith(("و", "ف")):
        return False
    senses = {_key(g) for g in gloss_stems(word)}
    hit = next((k for k, stems in enumerate(after) if stems & senses), None)
    if hit is None:
        return False
    after.pop(hit)
    return True


def _contrast_at(pair: AlignedPair, neg: Neg) -> bool:
    """The Arabic negation is a لا setting one term against another that an English 'rather than' / 'instead of'
    renders, as ``_quote_contrasts`` reads it."""
    if normalize_ar(neg.text.split()[0]) != "لا":
        return False
    after = [_words_after(s.text, m.end(), content=True) for s in pair.en for m in _EN_CONTRAST.finditer(s.text)]
    toks = ar_tokens(pair.ar[neg.sentence].text)
    k = next((i for i, t in enumerate(toks) if t.start == neg.start), None)
    return bool(after) and k is not None and k > 0 and _term_contrasted(toks, k, after)


def _term_contrasted(toks: list[ArToken], k: int, after: list[set[str]]) -> bool:
    """The لا at token ``k`` sets the term before it against the one after, past its prepositions and
    demonstratives (لا في هذه القاعة → القاعة), which a 'rather than' renders (``_contrast_rendered``)."""
    terms = [t for t in toks[k + 1 : k + 5] if t.norm not in _AR_FUNCTION][:2]
    return any(_contrast_rendered(toks[k - 1], t.text, after) for t in terms)


def _quote_contrasts(ar_quote: str, en_quote: str) -> int:
    """Arabic لا of a quote setting one term against another (في مكاتب الأحزاب لا في هذه القاعة "in party offices rather
    than in this hall") that an English 'rather than' / 'instead of' of the quote renders, as ``_contrasts_told``
    reads them outside quotes."""
    after = [_words_after(en_quote, m.end(), content=True) for m in _EN_CONTRAST.finditer(en_quote)]
    toks = ar_tokens(ar_quote)
    if not after or any(t.norm in _AR_INSTEAD or t.norm.startswith("وليس") for t in toks):
        return 0
    return sum(1 for k in range(1, len(toks) - 1) if toks[k].norm == "لا" and _term_contrasted(toks, k, after))


def _coordinated_nor(x: _Sides) -> int:
    """Arabic negations joined by و that carry an earlier negation of their sentence on to a second member, where
    an English "or" or "nor" after a strong English negation renders them: one negation in English. ولا (لم يكن
    متوافقا مع القانون ولا مع التزامات البلاد "did not comply with the law or with the country's obligations"), or
    a second negated verb whose English counterpart follows that "or" (لم تعلق الشرطة ولم تكشف عن هوية الضحية
    "police did not comment or reveal the victim's identity")."""
    ors = [
        (k, m.start())
        for n in x.en_strong
        for k in (n.sentence,)
        for m in _EN_OR_AFTER.finditer(x.pair.en[k].text, n.start)
        if not re.search(r"[.;:!?]", x.pair.en[k].text[n.start : m.start()])
    ]
    if not ors:
        return 0
    out = 0
    for n in x.ar_strong:
        text = x.pair.ar[n.sentence].text
        first = normalize_ar(n.text.split()[0])
        if first not in ("ولا", "ولم", "ولن"):
            continue
        # an earlier negation of the same sentence, no full stop or semicolon between (a new sentence is a new
        # statement, whatever joins it)
        if not any(
            m.sentence == n.sentence and m.start < n.start and not re.search(r"[.;:!?؟؛]", text[m.start : n.start])
            for m in x.ar_strong
        ):
            continue
        if first == "ولا":
            out += 1
            continue
        span = _english_counterpart(x.pair, n)
        # no English word found for the second verb (تذكر دوافعه "given a motive"): the "or" is all there is to read
        if not span or any(
            x.pair.en[k].text.find(span, at) > at
            for k, at in ors
            if re.search(rf"\b{re.escape(span)}\b", x.pair.en[k].text)
        ):
            out += 1
    return out


def _double_negative(x: _Sides) -> list[Finding]:
    """An Arabic negation rendered by an English negative affix (لم تتمكن "unable") that a "not" negates
    again: the double negative asserts the positive (major, 0.65)."""
    for ar_neg, en_word in x.by_affix:
        double = next((n for n in x.en_strong if _governs(x.pair, n, en_word)), None)
        if double is not None:
            why = (
                f"Arabic '{ar_neg.text}' is negated, but the English '{double.text.split()[0]} {en_word.text}' "
                "is a double negative, which asserts the positive"
            )
            en_span = double.text if double.text.endswith(en_word.text) else en_word.text
            return [_flipped(x.pair, ar_neg.text, en_span, 0.65, why, severity="major")]
    return []


def _english_negates_more(x: _Sides) -> list[Finding]:
    """More English negations than Arabic ones, and a negated English verb whose Arabic counterpart stands
    clear of every Arabic negation ("will not remain closed" for وسيظل مغلقا) (major, 0.65)."""
    # غير مسبوق "unprecedented" → "never happened before": a particle no English weak word renders may be
    # rendered by an English "not" or "never"
    # and a set phrase the lexicon calls weak but that opens with a verbal negation (لم يحن "too early",
    # لم ينج أحد "all were killed") may be rendered word for word: "not yet time", "none survived"
    # and لأول مرة "for the first time" (in a century) is told 'has not … in a century', 'never before'
    particles = sum(
        1
        for n in x.ar_n
        if n.kind == "weak"
        and (_first_word(n.text) in _AR_PARTICLES or _negated_set_phrase(n.text) or normalize_ar(n.text) in _FIRST_TIME)
        and not _quoted(x.pair.ar[n.sentence].text, n.start)
    )
    available = x.ar_verbal + max(0, particles - len(x.renders))
    if not (x.en_strong and len(x.en_strong) > available) or _run_together(x.pair):
        return []
    for neg in x.en_strong:
        text = x.pair.en[neg.sentence].text
        if _elliptic_or_imperative(text, neg) or not _en_verb_negated(text, neg) or _exception(x.pair, neg):
            continue
        # 'could not be independently verified': an adverb before a participle is no word the negation is about
        # (but 'no early elections' is about the early)
        words = _negated_words(text, neg)
        adverb = len(words) > 1 and words[0].lower().endswith("ly") and words[1].lower().endswith("ed")
        word = words[1] if adverb else words[0] if words else ""
        places = _in_its_sentence(x.pair, neg, _arabic_places(x.pair, word) if word else [])
        if places and not set(places) & _arabic_reach(x.pair, x.ar_n):
            return [_stated_without_negation(x.pair, neg, word, places[0], 0.65)]
    return []


# لأول مرة، للمرة الأولى "for the first time": negation_ar.tsv's rows glossed 'first time'
_FIRST_TIME = frozenset(
    normalize_ar(r[0]) for r in load("negation_ar.tsv") if len(r) > 2 and r[2].startswith("first time")
)


def _negated_set_phrase(text: str) -> bool:
    """A phrase the Arabic lexicon lists as weak that opens with لم or لن (لم يحن، ولم ينج)."""
    words = normalize_ar(text).split()
    return (
        len(words) >= 2
        and strip_clitics(words[0]) in ("لم", "لن")
        and _ar_lexicon().get((strip_clitics(words[0]), *words[1:])) == "weak"
    )


def _english_negation_moved(x: _Sides) -> list[Finding]:
    """As many English negations as Arabic ones, but a 'not' on an English verb whose Arabic counterpart
    stands far from every Arabic negation: the 'not' was moved or added, the Arabic negation it might
    render left without a rendering (major, 0.6)."""
    if not (x.en_strong and len(x.en_strong) == x.ar_verbal) or _run_together(x.pair):
        return []
    # an Arabic negation of a bare light verb (لا، لم نفعل "no, we did not") refers back to a predicate
    # stated elsewhere: the positions tell nothing then
    if any(all(_is_light(t) for t in _negated_ar_words(x.pair, n)) for n in x.ar_strong):
        return []
    wide = _arabic_clauses(x.pair, x.ar_n)
    for neg in x.en_strong:
        text = x.pair.en[neg.sentence].text
        if neg.text.split()[0].lower() in ("no", "never", "none", "nothing", "nobody", "neither", "nor"):
            continue
        if _elliptic_or_imperative(text, neg) or not _en_verb_negated(text, neg) or _exception(x.pair, neg):
            continue
        if _obligation_denied(x, text, neg):
            continue  # لم يُطلب منهم دفع "were not asked to pay" → 'did not have to pay'
        # the places the negated word's glosses find, and those only a gloss alike in its first five letters finds
        # too ('approve' and قبل 'approv', or أن 'approach'): a loose place inside an Arabic negation leaves it unsure
        word, places = _located_word(x.pair, text, neg, strict=True)
        if _opens_a_phrase(x, neg, word):
            continue  # 'has not been ruled out' for ليس من المستبعد: the word is a phrase's ('ruled out')
        places = _in_its_sentence(x.pair, neg, places)
        loose = _in_its_sentence(x.pair, neg, _located_word(x.pair, text, neg)[1])
        if places and not set(places + loose) & wide and not _negation_in_place(x, neg, word):
            if _root_negated_too(x, places):
                continue
            return [_stated_without_negation(x.pair, neg, word, places[0], 0.6)]
    return []


def _opens_a_phrase(x: _Sides, neg: Neg, word: str) -> bool:
    """The negated English word opens an English negative phrase of several words ('ruled out' in 'has not been
    ruled out'): its sense is the phrase's, which the word alone does not give."""
    at = x.pair.en[neg.sentence].text.find(word, neg.start + len(neg.text)) if word else -1
    return at >= 0 and any(
        n.sentence == neg.sentence and n.start == at and " " in n.text and n.kind == "weak" for n in x.en_n
    )


# the English of an obligation after a 'not', and the glosses of an Arabic verb of asking or requiring
_EN_OBLIGATION = re.compile(
    rf"^(?:not|n't|n’t|never)\s+(?:be\s+|been\s+)?(?:{alternation(word_set('negation_cues_en.tsv', 'obligation'))})\b",
    re.I,
)
_OBLIGATION_GLOSSES = frozenset(stem(w) for w in word_set("negation_cues_en.tsv", "obligation_gloss"))


def _obligation_denied(x: _Sides, text: str, neg: Neg) -> bool:
    """The English 'not' denies an obligation ('did not have to pay', 'were not required to') and an Arabic
    negation negates a verb of asking or requiring (لم يُطلب من الركاب دفع "passengers were not asked to pay"):
    the 'not' renders that negation, wherever the verb after the obligation stands in the Arabic."""
    if not _EN_OBLIGATION.search(text[neg.start :]):
        return False
    return any(gloss_stems(t.text) & _OBLIGATION_GLOSSES for n in x.ar_strong for t in _negated_ar_words(x.pair, n)[:1])


def _root_negated_too(x: _Sides, places: list[tuple[int, int]]) -> bool:
    """The Arabic word the English negated word was located by shares its root with a word an Arabic negation
    negates (لن يُغلق النفق، لكن من المتوقع إغلاق أحد مساراته "will not be closed, but one lane is expected to be
    shut"): the same verb stands negated and not, and which of the two the English 'not' renders the glosses
    cannot tell."""
    negated = {r for n in x.ar_strong for t in _negated_ar_words(x.pair, n) for r in _roots(t.text)}
    return any(_roots(_ar_word_at(x.pair, p)) & negated for p in places)


# the letters of a stem that are no root consonants it could be told by: the long vowels, the hamza's seats
_NOT_ROOT = str.maketrans("", "", "A<>|{wyY'&}")


@lru_cache(maxsize=4096)
def _roots(word: str) -> frozenset[str]:
    """The consonants of each of the Arabic word's stems, its long vowels and hamza seats taken out (يُغلق and
    إغلاق both glq): three or more, where the lexicon reads the word at all."""
    out = {a.stem_key.translate(_NOT_ROOT) for a in analyses(word)}
    return frozenset(r for r in out if len(r) >= 3)


def _negation_in_place(x: _Sides, neg: Neg, word: str) -> bool:
    """The English ``neg`` on ``word`` may still be where the Arabic negation is: an Arabic negation's negated word
    is rendered inside its reach (لم تُعتمد 'adopt' → 'have not been adopted'), or the Arabic word ``word`` was
    located by is rendered already by the same English word outside it (وقالت … لم توضح "said … did not say": the
    first 'said' renders قالت, the negated 'say' the verb لم توضح negates, in other words)."""
    reach = _reach_of(x.pair, neg)
    tokens = [(k, t) for k, s in enumerate(x.pair.en) for t in en_tokens(s.text)]
    for ar_neg in x.ar_strong:
        span = _english_counterpart(x.pair, ar_neg)
        if span and any((k, t.start) in reach for k, t in tokens if t.text == span):
            return True
    if _clause_told_in_reach(x, reach, tokens):
        return True
    key = _key(stem(word.lower()))
    elsewhere = sum(1 for k, t in tokens if (k, t.start) not in reach and _key(stem(t.low)) == key)
    places = _arabic_places(x.pair, word, strict=True)
    if elsewhere >= len(places):
        return True
    # وتكلّف … ولن يُطلب من المرضى دفع "costs …, and patients will not be charged": each Arabic word the negated
    # word was located by is rendered outside the negation's reach by another English word ('costs') that renders
    # no other Arabic word ('meeting' renders الاجتماع, not the 'meet' of ألقى); the 'not' renders the Arabic
    # negation in other words
    if not (places and x.ar_strong):
        return False
    outside = {_key(stem(t.low)) for k, t in tokens if (k, t.start) not in reach and t.low not in STOPWORDS} - {key}
    # … and the Arabic negation's own word is not told plainly elsewhere (ولن تُقبل البطاقات → 'cards will be
    # accepted': the negation was moved, not rendered)
    if any(
        {_key(g) for g in gloss_stems(w.text)} & outside for n in x.ar_strong for w in _negated_ar_words(x.pair, n)[:1]
    ):
        return False
    words = {p: _ar_word_at(x.pair, p) for p in places}
    every = [t.text for s in x.pair.ar for t in ar_tokens(s.text)]
    elsewhere_said = {_key(g) for w in every if w not in words.values() for g in gloss_stems(w)}
    return all(({_key(g) for g in gloss_stems(w)} & outside) - elsewhere_said for w in words.values())


def _clause_told_in_reach(x: _Sides, reach: set[tuple[int, int]], tokens: list[tuple[int, EnToken]]) -> bool:
    """A content word of an Arabic negation's own clause after its verb is rendered inside the English negation's
    reach (لن يُقدَّم مجانًا في البداية "will not initially be provided free": 'initially', 'free'): the 'not' stands
    on that clause, whichever English verb renders the negated one. A word that also renders an Arabic word outside
    the clause tells nothing (ستفتح فرعا … لم تحدد موعد الافتتاح: 'open' renders ستفتح as much as الافتتاح)."""
    inside = {
        _key(stem(t.low))
        for k, t in tokens
        if (k, t.start) in reach and len(t.low) > 3 and t.low not in STOPWORDS | _AUX | _MODALS
    }
    clauses = [_negation_clause(x.pair, n) for n in x.ar_strong]
    in_clause = {(n.sentence, t.start) for n, clause in zip(x.ar_strong, clauses, strict=True) for t in clause}
    elsewhere = {
        key
        for k, s in enumerate(x.pair.ar)
        for t in ar_tokens(s.text)
        if (k, t.start) not in in_clause
        for key in _senses(t.text)
    }
    return any((_senses(t.text) & inside) - elsewhere for clause in clauses for t in clause)


def _ar_clause_end(text: str, after: int) -> int:
    """Where the Arabic clause that runs on past ``after`` ends: its next comma, stop, colon or dash, else the end.
    A relative clause between commas right there (ولم يتحدث رويس، الذي أنكر التهم، أمام المحكمة "Ruiz, who denied the
    charges, did not address the court") is passed over: the clause goes on to the mark after it, unless a verb joined
    by و/ف opens the next clause at its closing comma (، الذي نشرته صحيفة محلية، وغادر القاعة)."""
    at = _next_mark(text, after)
    aside = next(((a, b) for a, b in _relative_asides(text, after) if a == at), None)
    if aside is None:
        return at
    if re.match(r"\s*[وف]", text[aside[1] + 1 :]):
        return aside[1]
    return _next_mark(text, aside[1])


def _next_mark(text: str, after: int) -> int:
    """The first comma, stop, colon or dash after ``after``, else the end."""
    return next((m.start() for m in _AR_MARK.finditer(text) if m.start() > after), len(text))


def _relative_asides(text: str, after: int) -> list[tuple[int, int]]:
    """(opening comma, closing comma) of each relative clause set off by commas (، الذي …،) after ``after``: a comma
    before a relative pronoun whose next mark is a comma."""
    out = []
    for m in re.finditer(r"[،,](?=" + _AR_RELATIVE.pattern + ")", text):
        close = _next_mark(text, m.start())
        if m.start() > after and close < len(text) and text[close] in "،,":
            out.append((m.start(), close))
    return out


_AR_MARK = re.compile(r"[،,.;:!?؟؛\-–—]")


# a relative pronoun opening a clause set off by commas (، الذي …،)
_AR_RELATIVE = re.compile(rf"\s*(?:{alternation(word_set('function_words_ar.tsv', 'relative'))})\s")


def _negation_clause(pair: AlignedPair, n: Neg) -> list[ArToken]:
    """Up to four content words of an Arabic negation's clause after the negation itself."""
    text = pair.ar[n.sentence].text
    end = _ar_clause_end(text, n.start + len(n.text))
    # a relative clause between commas is passed over, its words no part of the negated clause
    asides = _relative_asides(text, n.start)
    return [
        t
        for t in ar_tokens(text)
        if n.start + len(n.text) <= t.start < end
        and t.bare not in _AR_FUNCTION
        and t.norm not in _AR_FUNCTION
        and not any(a < t.start < b for a, b in asides)
    ][:4]


def _stated_without_negation(pair: AlignedPair, neg: Neg, word: str, place: tuple[int, int], score: float) -> Finding:
    """An English negation on ``word`` whose Arabic counterpart (at ``place``) stands without one: major, or
    minor where an Arabic word renders the negated word's antonym (معارضة "did not support": a litotes)."""
    ar_word = _ar_word_at(pair, place)
    why = f"English '{neg.text}' is negated, but the Arabic states '{ar_word}' ({word}) without a negation"
    antonym = _antonym_in_arabic(pair, word)
    why += f"; Arabic '{antonym}' may be rendered by the negated antonym" if antonym else ""
    return _flipped(pair, ar_word, neg.text, score, why, severity="minor" if antonym else "major")


def _english_negation_added(x: _Sides) -> list[Finding]:
    """English "not" with no Arabic negation left for it: none strong, and more English "not"s than Arabic
    weak negations (غير، عدم، رفض) that no English weak one (non-, lack, rejected) renders. An English "not"
    in a verb phrase is then a reversal whether or not the lexicon finds the verb's Arabic counterpart
    (major, 0.7, with that counterpart; minor, 0.6, without: the Arabic may say it in other words)."""
    if not x.en_strong or x.ar_strong or _run_together(x.pair):
        return []
    # a weak Arabic negation inside a quote is rendered inside the English quote ("غير منسوب" →
    # "unpresidential"): such quoted pairs cancel out and leave the English "not" outside unexplained
    pair, ar_n, en_n = x.pair, x.ar_n, x.en_n
    quoted_ar_weak = sum(1 for n in ar_n if n.kind == "weak" and _quoted(pair.ar[n.sentence].text, n.start))
    quoted_en_weak = sum(
        1 for n in en_n if n.kind == "weak" and _renders(n) and _quoted(pair.en[n.sentence].text, n.start)
    )
    ar_weak = len(ar_n) - len(x.ar_strong)
    renders = [n for n in x.renders if not _renders_plain_word(pair, n, ar_n)]
    leftover = max(
        0,
        ar_weak
        - len(renders)
        - min(quoted_ar_weak, quoted_en_weak)
        - _only_renders(ar_n, en_n)
        - _said_plainly(x)
        - _negated_negatives(x, renders),
    )
    bounds = _bound_negations(x)
    if len(x.en_strong) - len(bounds) <= leftover:
        return []
    for neg in x.en_strong:
        if _elliptic_or_imperative(pair.en[neg.sentence].text, neg) or _exception(pair, neg) or neg in bounds:
            continue
        if _warned_against(pair, neg):
            continue
        counterpart = _arabic_counterpart(pair, neg)
        if counterpart or _en_verb_negated(pair.en[neg.sentence].text, neg):
            why = f"English '{neg.text}' is negated, but the Arabic states it without a negation"
            # with no Arabic counterpart of the negated verb found, the Arabic may say it in other words
            # ("did not win" for خسر "lost", "was not killed" for نجا "survived"): unsure, so minor; so too
            # where an Arabic word renders its antonym (خسر الانتخابات "did not win the election" finds
            # the election as a counterpart, and خسر "lose" is the antonym of win)
            word = _negated_word(pair.en[neg.sentence].text, neg)
            if _negated_beside_the_link(pair, word):
                continue  # the "not" may be the next or the last Arabic sentence's, across a link boundary
            antonym = _antonym_in_arabic(pair, word)
            # a negated word that itself renders an Arabic negation ('not illegal' for غير القانوني "illegal")
            # stands for that negation, not for the antonym the negation governs
            renders_one = (
                ar_weak > 0
                and any(n.text.lower() == word.lower() for n in renders)
                and _negated_in_arabic(pair, antonym)
            )
            if antonym and not _arabic_places(pair, word) and not renders_one:
                # خطير "dangerous" → 'not safe', غادر "left" → 'did not stay': the negated word's antonym is said and
                # the word itself nowhere, a litotes
                continue
            antonym = "" if renders_one else antonym
            severity = "major" if counterpart and not antonym else "minor"
            if antonym:
                why += f"; Arabic '{antonym}' may be rendered by the negated antonym"
            return [_flipped(pair, "", neg.text, 0.7 if counterpart else 0.6, why, severity=severity)]
    return []


def _negated_in_arabic(pair: AlignedPair, word: str) -> bool:
    """Whether an Arabic word stands right after a particle that negates it (غير القانوني، عدم وجود، لا …)."""
    for a in pair.ar:
        toks = ar_tokens(a.text)
        for k, t in enumerate(toks):
            if t.text == word and k and toks[k - 1].norm.removeprefix("و") in ("غير", "عدم", "لا", "ليس", "بلا", "دون"):
                return True
    return False


def _negated_negatives(x: _Sides, renders: list[Neg]) -> int:
    """English weak negations negative in their meaning that a "not" governs ('can not disappear', 'did not
    refuse'), of those not counted as renderings already and that no Arabic word glosses, at most as many as the
    Arabic words negative in their meaning left: such a word renders one of them (قد يختفي "may disappear", whose
    glosses say 'vanish'), and the "not" before it is the English's own, not a rendering of that word."""
    # the Arabic words negative in their meaning that are still read as negations (where the glosses find the
    # English negated word among their senses, the pair has dropped them already: بعدم التوقف "not to stop")
    lexical = sum(
        1
        for n in x.ar_n
        if n.kind == "weak" and " " not in n.text and (_negative_in_meaning(n.text) or _negative_verb_reading(n.text))
    )
    said = {_key(g) for s in x.pair.ar for t in ar_tokens(s.text) for g in gloss_stems(t.text)}
    out = 0
    for n in x.en_n:
        if n.kind != "weak" or n in renders or _quoted(x.pair.en[n.sentence].text, n.start):
            continue
        word = n.text.split()[0].lower()
        if not _negative_sense(stem(word)) or _key(stem(word)) in said:
            continue  # 'did not disclose' for رفض الكشف "refused to disclose": dis- alone makes no negative word
        governors = [m for m in x.en_strong if m.sentence == n.sentence and m.start < n.start]
        text = x.pair.en[n.sentence].text
        if any(word in {w.lower() for w in _negated_words(text, m, skip_adverbs=True)[:2]} for m in governors):
            out += 1
    return min(out, lexical)


# an English comparative a few words after a negation makes it a bound ('no payment to fall below 3,500')
_EN_COMPARATIVE_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:below|under|less|fewer|lower|more|above|over|exceed\w*|higher|longer)\b", re.I
)


def _bound_negations(x: _Sides) -> list[Neg]:
    """English negations that state a bound with a comparative ('no payment to fall below 3,500', 'not exceed'), as
    many as the Arabic has bound phrases (ألا تقل الدفعة عن "the payment not to be less than", لا يتجاوز "no more
    than"), which the lexicon reads as no negation or a weak one: each renders one."""
    glosses = _ar_glosses()
    arabic = sum(
        1
        for s in x.pair.ar
        for i, j, _ in match_phrases(ar_tokens(s.text), _ar_lexicon())
        if glosses.get(tuple(t.norm for t in ar_tokens(s.text)[i:j]), "").startswith(("no less than", "no more than"))
    )
    found = [n for n in x.en_strong if _EN_COMPARATIVE_AFTER.match(x.pair.en[n.sentence].text[n.start + len(n.text) :])]
    return found[:arabic]


def _said_plainly(x: _Sides) -> int:
    """Arabic weak negations that an English word of no negation renders by the lexicon's gloss (تكاد "almost",
    كاد "almost (and so did not)" → 'almost'): rendered so, they leave no negation for an English "not"."""
    # English words outside every English negation ('non' of 'non-Syrians' renders غير as a negation already)
    spans = [(n.sentence, n.start, n.start + len(n.text)) for n in x.en_n]
    en_words = {
        t.low
        for k, s in enumerate(x.pair.en)
        for t in en_tokens(s.text)
        if not any(k == j and a <= t.start < b for j, a, b in spans)
    }
    glosses = _ar_glosses()
    out = 0
    for n in x.ar_n:
        if n.kind != "weak":
            continue
        gloss = glosses.get(tuple(normalize_ar(n.text).split()), "") or glosses.get(
            tuple(t.bare for t in ar_tokens(n.text)), ""
        )
        first = re.match(r"[a-z]+", gloss)
        out += bool(first and first.group(0) in en_words and first.group(0) not in STOPWORDS)
    return out


def _renders_plain_word(pair: AlignedPair, neg: Neg, ar_n: list[Neg]) -> bool:
    """The English weak negation renders an Arabic word that is no negation by its own sense (وقف "stop" →
    'stopping'): it cannot also render an Arabic weak negation (بعدم نشر "not to spread") beside it."""
    low = neg.text.lower().split()[0]
    negs = {(n.sentence, n.start) for n in ar_n}
    return any(
        (k, t.start) not in negs and stem(low) in gloss_stems(t.text)
        for k, a in enumerate(pair.ar)
        for t in ar_tokens(a.text)
    )


def _antonyms() -> dict[str, frozenset[str]]:
    """Each stemmed English word's antonyms (negation_antonyms_en.tsv, read both ways)."""
    return antonym_keys(_key, "negation_antonyms_en.tsv")


def _antonym_in_arabic(pair: AlignedPair, en_word: str) -> str:
    """The first Arabic word of the pair one of whose glosses is an antonym of the English word (خسر "lose"
    for win, كبيرة "big" for small), else ''."""
    opposite = _antonyms().get(_key(stem(en_word.lower())), frozenset()) if en_word else frozenset()
    if not opposite:
        return ""
    for a in pair.ar:
        for t in ar_tokens(a.text):
            if any(_key(g) in opposite for g in gloss_stems(t.text)):
                return t.text
    return ""


def _no_verb(word: str) -> bool:
    """The lexicon reads the Arabic word, and never as a verb (السهل 'easy'; not فرض 'impose', whose stem 'impos'
    the antonym table would read as 'impossible')."""
    readings = analyses(word)
    return bool(readings) and not any(a.stem.pos.startswith("VERB") for a in readings)


def _antonym_rendered(pair: AlignedPair, words: list[ArToken], region: set[int]) -> bool:
    """An English word of the sentences in ``region`` is an antonym of a gloss of one of the Arabic words."""
    opposite = {o for t in words for g in gloss_stems(t.text) for o in _antonyms().get(_key(g), ())}
    for k in region:
        toks = en_tokens(pair.en[k].text)
        for i, t in enumerate(toks):
            # 'nothing was left' is 'remained', no antonym of it
            if t.low == "left" and i and toks[i - 1].low in _EN_BE:
                continue
            if _key(stem(t.low)) in opposite:
                return True
        # 'turned down' for لم توافق "did not approve": a phrasal verb read as the one verb it says
        if any(_key(sense) in opposite for *_, sense in phrasal_senses(pair.en[k].text)):
            return True
    return False


_EN_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))


def _lexical_negatives(pair: AlignedPair, ar_n: list[Neg]) -> list[Neg]:
    """Arabic words negative in their meaning that no negation word covers, as weak negations: the English
    may render them with 'not' (يُمنع التدخين "smoking is not allowed", ظلت مجهولة "was not known")."""
    out = []
    for k, s in enumerate(pair.ar):
        toks = ar_tokens(s.text)
        # every word of a lexicon phrase, skipped ones too (لا يزال "still"), is read there and not here
        covered = [(toks[i].start, toks[j - 1].end) for i, j, _ in match_phrases(toks, _ar_lexicon())]
        covered += [(n.start, n.start + len(n.text)) for n in ar_n if n.sentence == k]
        for t in toks:
            if any(a <= t.start < b for a, b in covered):
                continue
            # ووقف "and stood" ('stand; stop'): an English word that renders a sense of no negation shows which is meant
            if _negative_in_meaning(t.text) and not _rendered_in(pair, t, plain_only=True):
                out.append(Neg(t.text, "weak", k, t.start))
            elif _negative_verb_reading(t.text) and not _rendered_in(pair, t):
                out.append(Neg(t.text, "weak", k, t.start))
    return out


@lru_cache(maxsize=20_000)
def _negative_verb_reading(word: str) -> bool:
    """The dictionary's first reading of the Arabic word is a verb negative in meaning (أخفق 'fail' before 'tremble'
    and 'plaster', توقف 'stop; halt; depend on'), and no reading is a function word: fewer than half its senses
    may be negative, but not a rare one alone (تحول 'be changed' first, 'prevent' later)."""
    readings = analyses(word)
    if not readings or any(a.stem.cat.startswith("FW") for a in readings):
        return False
    first = readings[0].stem
    words = re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", first.gloss.lower()))
    return first.pos.startswith("VERB") and any(_negative_sense(stem(w)) for w in words)


def _rendered_in(pair: AlignedPair, t: ArToken, *, plain_only: bool = False) -> bool:
    """An English word of the pair renders one of the Arabic word's senses; ``plain_only``: one that is not negative
    in meaning ('stood' for وقف 'stand; stop', not 'stopped')."""
    senses = {_key(g) for g in gloss_stems(t.text) if not (plain_only and _negative_sense(g))}
    return any(_key(stem(u.low)) in senses for s in pair.en for u in en_tokens(s.text))


# English words negative in their meaning (stay or look "away" too), and a few with a negative prefix the
# affix pattern leaves out
_EN_LEXICAL_NEGATIVE = re.compile(
    rf"^(?:mis[a-z]{{4,}}|spar\w+|(?:{alternation(word_set('negation_cues_en.tsv', 'lexical_negative_stem'))})\w*"
    rf"|{alternation(word_set('negation_cues_en.tsv', 'lexical_negative'))})$"
)
# عدم "non-, not to" negates the noun after it as a particle does
_AR_ADAM = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "adam"))


def _beside_lexical_negative(pair: AlignedPair, en_word: str) -> bool:
    """An English word negative in its meaning stands right beside the word ("fell short of a majority" for
    لم يحصل على الأغلبية, "lost confidence"), or before it with an infinitive "to" between (لم يعلق "declined
    to comment"): the polarity is carried by a word, not lost. The word itself may be negative ("can't miss"
    → "can miss" is still a reversal)."""
    for s in pair.en:
        toks = en_tokens(s.text)
        for i, t in enumerate(toks):
            if t.text != en_word:
                continue
            beside = toks[i - 1 : i] + toks[i + 1 : i + 2]
            if i >= 2 and toks[i - 1].low == "to":
                beside.append(toks[i - 2])
            if any(_EN_LEXICAL_NEGATIVE.match(u.low) for u in beside):
                return True
    return False


# how much of a negated clause's words (after the negation, up to a punctuation mark) the English must render for
# the clause to be told rather than left out
CLAUSE_TOLD = 0.4
CLAUSE_WORDS_TOLD = 2


def _negated_clause_told(pair: AlignedPair, neg: Neg, region: Collection[int], *, subject: bool = False) -> bool:
    """The English sentences of the region render the negated clause (CLAUSE_TOLD of its words at least): the
    clause is told, its negation lost; below that the clause is left out, which is no reversal. ``subject``: the
    clause's words before the negation count too (its subject: ضخ الغاز … لم يتأثر حتى الآن)."""
    recall, rendered = _clause_rendering(pair, neg, region, subject=subject)
    # two words rendered at least: one may be a chance gloss ('operated' for العاملين 'the workers')
    return recall >= CLAUSE_TOLD and rendered >= CLAUSE_WORDS_TOLD


def _clause_rendering(
    pair: AlignedPair, neg: Neg, region: Collection[int], *, subject: bool = False
) -> tuple[float, int]:
    """How the English sentences of the region render the words of the negated clause (``_negated_clause``): the
    share of its words rendered, and how many."""
    from workbench.findings._quotes import match_words

    m = match_words(" ".join(pair.en[k].text for k in region), _negated_clause(pair, neg, subject=subject), "")
    return m.recall, m.ar_total - len(m.missing)


def _lexical_negative_left(pair: AlignedPair, region: Collection[int], taken: Collection[str] = frozenset()) -> bool:
    """An English word of the region is negative in itself (reluctant, declined, ignored, against), other than
    an 'against' after a verb that renders an Arabic word of the pair ('warned against' for حذر من, 'protested
    against' for احتج على): that 'against' is the verb's own preposition, not a negation rendered; nor a word whose
    comparison key is in ``taken`` (the glosses of the other Arabic words: it renders one of them)."""
    senses: set[str] | None = None
    for k in region:
        toks = en_tokens(pair.en[k].text)
        for i, t in enumerate(toks):
            if not _EN_LEXICAL_NEGATIVE.match(t.low) or _key(stem(t.low)) in taken:
                continue
            if t.low == "against" and i > 0:
                if senses is None:
                    senses = {g for s in pair.ar for a in ar_tokens(s.text) for g in gloss_stems(a.text)}
                if stem(toks[i - 1].low) in senses:
                    continue
            return True
    return False


def _taken_negatives(pair: AlignedPair, neg: Neg) -> frozenset[str]:
    """Comparison keys of the English words that render Arabic content words of their own sense other than the
    words of ``neg``, said no more often in the English than those Arabic words say them (وقف الاختبارات "stopping
    the tests"): such a word, negative in meaning, renders its Arabic word and is no rendering of ``neg``. A
    function word's rare readings gloss anything (إنه 'forbid'), so only content words count."""
    own = range(neg.start, neg.start + len(neg.text))
    said: Counter[str] = Counter()
    for k, s in enumerate(pair.ar):
        for t in ar_tokens(s.text):
            if k == neg.sentence and t.start in own or t.norm in _AR_STOP or t.bare in _AR_STOP:
                continue
            said.update({_key(g) for g in gloss_stems(t.text)})
    told = Counter(_key(stem(t.low)) for s in pair.en for t in en_tokens(s.text))
    return frozenset(key for key, n in told.items() if 0 < n <= said[key])


# Arabic function words (function_words_ar.tsv: those a quote never counts missing)
_AR_STOP = frozenset(normalize_ar(w) for w in word_set("function_words_ar.tsv", "quote_stop"))


def _litotes_told_plainly(x: _Sides) -> list[Finding]:
    """An Arabic litotes (لم يخفوا قلقهم "they did not hide their concern", ليس غريبا "it is no stranger") that the
    English renders by the very word it negates with no negation on it ('they hid their concern', 'it is a
    stranger to'): the statement reversed. The litotes are weak negations, which English mostly says positively
    ('voiced concern', 'well used to'), so only the plain word told (negation_litotes_ar.tsv) reports them."""
    reach = _english_reach(x.pair, strong_only=True)
    for neg in x.ar_found:
        key = normalize_ar(neg.text)
        words = _LITOTES.get(key) or (_LITOTES.get(key[1:]) if key[:1] in "وف" else None)
        if neg.kind != "weak" or not words:
            continue
        for k in _rendering_sentences(x.pair, neg):
            for t in en_tokens(x.pair.en[k].text):
                if t.low in words and (k, t.start) not in reach:
                    why = f"Arabic '{neg.text}' says it is not so, but the English '{t.text}' says it is"
                    return [_flipped(x.pair, neg.text, t.text, 0.6, why)]
    return []


# the Arabic litotes and the English words that say their negated word plainly
_LITOTES = {normalize_ar(r[0]): frozenset(r[1].split("|")) for r in load("negation_litotes_ar.tsv")}


def _no_english_negation(x: _Sides) -> list[Finding]:
    """The Arabic negates a verb (لم، لن، لا، ليس) or a noun (عدم) outside any quote, and the English has no
    negation of any kind (not, no, without, failed, un- …): the polarity is likely gone. Which English
    word lost it is not known, so the finding is minor and names only the Arabic."""
    pair, ar_n, en_n = x.pair, x.ar_n, x.en_n
    if len(pair.en_text.split()) < MIN_ENGLISH_WORDS or _run_together(pair):
        return []
    # a deed asked not to be done, told by its opposite or with its not-doing in other words ('urged residents to stay
    # off the roads', 'against driving' for إلى عدم القيادة)
    frame = _exhortation_frame(x)
    kept = frame is not None and (not frame[1] or _en_negative_word(frame[2]) or frame[2] in _EN_KEEPING)
    opposite = frame[0] if frame is not None and kept else None
    for neg in ar_n:
        if neg is opposite:
            continue
        verbal = neg.kind == "strong" and not normalize_ar(neg.text).startswith("وليس")
        # غير "non-, other than" is mostly rendered by a prefix or 'other': it is read only with أي "any" in its
        # clause and a universal word in the English (غير مسموح لأي شخص "no one is allowed" → 'everyone is allowed')
        particle = neg.kind == "weak" and _first_word(neg.text) in _AR_PARTICLES
        if not (verbal or particle):
            continue
        # a quoted negation is the quote detector's business, but for a quotation the English sentence
        # splitting cut (a closing mark with no opening one): no quote pairs with it, and it is the speaker's words;
        # nor where the English quotes nothing (the quote told as reported speech) and renders the negated word
        # (لم تتمكن … 'had managed'): no quote rule reads it then; a quoted clause the report leaves out is the
        # omission's, not a reversal
        quoted = _quoted(pair.ar[neg.sentence].text, neg.start) and not _cut_quotation(pair)
        if quoted and x.en_quotes:
            continue
        # only the English sentences that may render this negation answer it: on a merged link, "weeks
        # away" in the other sentence says nothing of a لا dropped in this one
        region = _rendering_sentences(pair, neg)
        if quoted and not _negated_clause_told(pair, neg, region):
            continue
        # a dis- word (dismantling, discuss) is mostly no negation at all; one that is (distrust for عدم
        # الثقة) is the prefixed rendering looked for below. Other weak words (only, silent, stopped) may
        # paraphrase the negation and keep the rule away
        # but one that renders another Arabic word of its own sense does not (وقف الاختبارات … والتعهد بعدم نشر
        # "stopping the tests … pledging to spread": 'stopping' is وقف, and نشر's عدم is left with no rendering)
        others = _taken_negatives(pair, neg)
        english = [
            n for n in en_n if n.sentence in region and (n.kind == "strong" or not n.text.lower().startswith("dis"))
        ]
        # 'still' right before the word that renders the negated one (لا يغطي "does not cover" → 'still covered')
        # renders no "not yet" the Arabic does not say: it keeps the rule away only where it might
        english = [n for n in english if not _still_before_counterpart(pair, neg, n)]
        # a phrase ('no earlier than', 'no more than') renders no Arabic word of its own: only a word may
        if any(n.kind == "strong" or " " in n.text or _key(stem(n.text.lower())) not in others for n in english):
            continue
        # an English word that is negative in itself (reluctant, intolerant, declined, ignored) may render it
        if _lexical_negative_left(pair, region, others):
            continue
        # where the only negative words there render other Arabic words, the negation is lost only if the clause
        # it negates is told (فيما لم يصدر أي تعليق من أنقرة left out beside 'condemned' is an omission)
        if (english or _lexical_negative_left(pair, region)) and not _negated_clause_told(pair, neg, region):
            continue
        # a negation opening a clause of its own after a comma (…، لم يبدأ تنفيذها حتى الآن "…, which has not yet
        # begun") none of whose words the English tells: the clause is left out, an omission, no reversal
        if _opens_a_clause(pair, neg) and _clause_left_out(pair, neg, region):
            continue
        if _no_longer(neg) and _ending_stated(pair, neg):
            continue  # لم يعد هناك وقت "there is no longer time" → 'time has run out'
        if _record_told(pair, neg, region):
            continue  # مستوى لم يبلغه منذ سنوات "a level it had not reached for years" → 'its highest level in years'
        if _bound_rendered(pair, neg, region) or _double_negative_ar(x, neg):
            continue  # لن تستمر أكثر من ثلاثة أيام "will last three days at most"; لم يكن … غير متوقع "was expected"
        negated = _negated_ar_words(pair, neg)[:1] or ([w] if (w := _next_ar_word(pair, neg)) else [])
        if _rendered_beside_the_link(pair, negated):
            continue  # the English sentence before or after the link negates it: a link boundary moved
        # لم تفوت "did not miss": a negated negative verb is a positive the English may state plainly
        if any(_EN_LEXICAL_NEGATIVE.match(g) or g in _negative_senses() for t in negated for g in gloss_stems(t.text)):
            continue
        # عدم الاستقرار "instability": an English word with a negative prefix on the negated word's rendering
        if _prefixed_rendering(pair, negated):
            continue
        # لم يكن أداؤنا جيدا "our performance was not good" → 'played poorly', لن يبقى "will not stay" → 'will
        # leave', لم يكن من السهل "it was not easy" → 'difficult': the English states the antonym of a negated
        # word, or of a word of the negated clause that no reading makes a verb (a litotes undone), no reversal
        clause = [t for t in _clause_tokens(pair, neg) if _no_verb(t.text)]
        if _antonym_rendered(pair, [*_negated_ar_words(pair, neg), *clause], region):
            continue
        if any(_names_someone(t.text, pair) for t in negated) or _foreign_article(pair, neg):
            continue
        if _compound_modifier(pair, neg, region):
            continue
        # لم يصب أي من الركاب "none of the passengers" → "all of the passengers": the universal word took the
        # negation's place, and names the reversal
        universal = _universal_for_any(pair, neg, region)
        if particle and not universal and _first_word(neg.text) not in _AR_ADAM:
            continue
        if universal:
            why = f"Arabic '{neg.text}' … any is negated, but the English says '{universal}'"
            # minor, as with no word named: this rule is reached only where the glosses do not find the negated
            # verb in the English (where they do, the English verb is named, major, above), and a verb they do
            # not find may be its converse, which makes 'all' faithful (لم يتبق أي من السكان "every resident has
            # left", لم ينج أحد "everyone was killed")
            return [_flipped(pair, neg.text, universal, 0.5, why, severity="minor")]
        # no English word is pointed at: where the glosses cannot find the rendering of the negated word,
        # nothing says which English word took the negation's place
        return [
            _flipped(
                pair,
                neg.text,
                "",
                0.5,
                f"Arabic '{neg.text}' is negated, but the English "
                + (
                    "has no negation at all" if len(region) == len(pair.en) else "sentence rendering it has no negation"
                ),
                severity="minor",
            )
        ]
    return []


# an English record over a span of time: 'its highest level in years', 'the worst floods since 1988', 'the first
# time in a decade'
_EN_RECORD = re.compile(
    r"\b(?:[a-z]+est|first|most\s+[a-z]+)\b(?:\s+[a-z-]+){0,3}?\s+(?:in|since|for)\s+(?:(?:more\s+than|over|almost|"
    r"nearly|about|a|an|\d+|[a-z]+)\s+)?(?:years?|decades?|months?|weeks?|centur(?:y|ies)|\d{4})\b",
    re.I,
)


def _record_told(pair: AlignedPair, neg: Neg, region: Collection[int]) -> bool:
    """The Arabic negates over a span of time (لم يبلغه منذ سنوات "it had not reached since years ago", لم تشهدها
    منذ عقود) and the English tells it as a record over that span ('its highest level in years', 'the worst since
    1988'): one fact told from its other end, no reversal."""
    clause = [t.norm for t in _clause_tokens(pair, neg)]
    if "منذ" not in clause and "لمنذ" not in clause:
        return False
    # the record points the way the Arabic moves: after a rise (ارتفع "rose") a level not reached in years is the
    # highest, not the lowest, and after a fall the lowest
    senses = {g for a in pair.ar for t in ar_tokens(a.text) for g in gloss_stems(t.text)}
    up, down = bool(senses & _UP_SENSES), bool(senses & _DOWN_SENSES)
    for k in region:
        for m in _EN_RECORD.finditer(pair.en[k].text):
            word = m.group(0).split()[0].lower()
            if up and not down and word in _EN_LOW_RECORDS or down and not up and word in _EN_HIGH_RECORDS:
                continue
            return True
    return False


# the glosses of Arabic verbs of rising and falling, and the English superlatives of a high and a low record
_UP_SENSES = frozenset(stem(w) for w in word_set("negation_cues_en.tsv", "rise_gloss"))
_DOWN_SENSES = frozenset(stem(w) for w in word_set("negation_cues_en.tsv", "fall_gloss"))
_EN_HIGH_RECORDS = word_set("negation_cues_en.tsv", "record_high")
_EN_LOW_RECORDS = word_set("negation_cues_en.tsv", "record_low")


def _clause_left_out(pair: AlignedPair, neg: Neg, region: Collection[int]) -> bool:
    """No word of the negated clause after the negation is rendered in the English sentences of the region."""
    return _clause_rendering(pair, neg, region)[1] == 0


def _opens_a_clause(pair: AlignedPair, neg: Neg) -> bool:
    """The negation is the first word after a comma (…، لم يبدأ تنفيذها): it opens a clause of its own."""
    return bool(re.search(r"[،,]\s*$", pair.ar[neg.sentence].text[: neg.start]))


def _still_before_counterpart(pair: AlignedPair, neg: Neg, n: Neg) -> bool:
    """The English weak 'still' stands right before the word that renders the Arabic negated word ('still
    covered' for لا يغطي), and the Arabic negation says no "not yet" (لم تصل بعد 'is still to arrive'): it states
    the verb, no negation."""
    if n.text.lower() != "still" or says_not_yet(pair.ar[neg.sentence].text, neg.text, neg.start):
        return False
    counterpart = _english_counterpart(pair, neg)
    text = pair.en[n.sentence].text
    return bool(counterpart) and bool(
        re.match(rf"still\s+(?:[a-z]+ly\s+)?{re.escape(counterpart)}\b", text[n.start :], re.I)
    )


def _beside(ids: tuple[int, ...], document: tuple[Sentence, ...]) -> list[Sentence]:
    """The sentences of the document just before and just after a link's sentences (none where it has none)."""
    if not ids:
        return []
    near = {min(ids) - 1, max(ids) + 1} - set(ids)
    return [s for s in document if s.id in near]


def _alone(sentence: Sentence, *, arabic: bool) -> AlignedPair:
    """A pair of one sentence on one side, to read its negations as the pair's are read."""
    one = (Sentence(0, sentence.text, 0, len(sentence.text)),)
    return AlignedPair(Link((0,), (0,), 1.0), one if arabic else (), () if arabic else one, ())


def _negated_beside_the_link(pair: AlignedPair, en_word: str) -> bool:
    """An Arabic sentence just outside the link negates a word that the negated English word renders (among the
    three words after its particle): the aligner may have drawn the link's boundary through the English sentence,
    and its "not" renders that sentence's negation (لم يحضر … 'did not attend' of the next sentence)."""
    if not en_word:
        return False
    key = _key(stem(en_word.lower()))
    for s in _beside(pair.link.ar, pair.ar_document):
        toks = ar_tokens(s.text)
        for n in arabic_negations(_alone(s, arabic=True)):
            after = [t for t in toks if t.start > n.start][:3]
            if n.kind == "strong" and any(key in {_key(g) for g in gloss_stems(t.text)} for t in after):
                return True
    return False


def _rendered_beside_the_link(pair: AlignedPair, negated: list[ArToken]) -> bool:
    """An English sentence just outside the link negates a rendering of the negated Arabic word (among the two
    content words after its "not"): the aligner drew the link's boundary elsewhere, and the negation is kept there."""
    senses = {_key(g) for t in negated for g in gloss_stems(t.text)}
    if not senses:
        return False
    for s in _beside(pair.link.en, pair.en_document):
        for n in english_negations(_alone(s, arabic=False)):
            words = _negated_words(s.text, n, skip_adverbs=True)[:2]
            if n.kind == "strong" and any(_key(stem(w.lower())) in senses for w in words):
                return True
    return False


def _compound_modifier(pair: AlignedPair, neg: Neg, region: set[int]) -> bool:
    """مراكز لا تتطلب حجزا "centres that need no booking" → 'drop-in centres': a negated clause that
    describes the indefinite noun right before it, where a hyphenated English modifier stands at most two
    words before that noun's rendering and may carry the clause (drop-in, walk-in, open-ended)."""
    toks = ar_tokens(pair.ar[neg.sentence].text)
    at = next((k for k, t in enumerate(toks) if t.start >= neg.start), 0)
    nouns = [t for t in toks[max(0, at - 2) : at] if not _definite(t)]
    senses = {s for t in nouns for s in _senses(t.text)}
    for k in region:
        text = pair.en[k].text
        for t in en_tokens(text):
            if _key(stem(t.low)) in senses and _HYPHEN_BEFORE.search(text[: t.start]):
                return True
    return False


# a hyphenated word, then at most one more word, before the position
_HYPHEN_BEFORE = re.compile(r"\b[A-Za-z]+-[A-Za-z]+\s+(?:[A-Za-z]+\s+)?$")


def _foreign_article(pair: AlignedPair, neg: Neg) -> bool:
    """لا ريفيرا "La Riviera": a bare لا that may be the French or Spanish article of a name, where the word after
    it is one the dictionary reads as a proper noun only, or not at all, or the English has 'La'."""
    toks = ar_tokens(neg.text)
    if len(toks) != 2 or toks[0].norm != "لا":
        return False
    return _foreign_name(toks[1].text) or bool(re.search(r"\bLa\b", pair.en_text))


_EN_ALL = word_set("negation_cues_en.tsv", "universal")
# أي، أية، أحد "any, anyone" under a negation: "none", "no one"
_AR_ANY = frozenset(("اي", "ايه", "اية", "ايا", "احد", "احدا", "لاي", "لايه", "باي", "بايه", "لاحد"))


def _universal_for_any(pair: AlignedPair, neg: Neg, region: set[int]) -> str:
    """'all of', 'every' … in the English sentences rendering an Arabic negation whose clause has أي / أحد
    ("not … any": none), with the word after it; '' when there is none (the caller has found no English
    negation there)."""
    if not any(t.norm in _AR_ANY for t in _clause_tokens(pair, neg)):
        return ""
    for k in sorted(region):
        text = pair.en[k].text
        toks = en_tokens(text)
        for i, t in enumerate(toks):
            if t.low not in _EN_ALL:
                continue
            if t.low.startswith("every") and t.low != "every":
                return t.text  # a pronoun: everyone
            if i + 1 < len(toks) and text[t.end : toks[i + 1].start].strip() == "":
                return text[t.start : toks[i + 1].end]
    return ""


# كل، جميع، كافة "all, every" as the Arabic writes them
_AR_UNIVERSAL = frozenset(("كل", "كلها", "كلهم", "جميع", "جميعها", "جميعهم", "الجميع", "كافه"))
# "not … all", "not yet … every": a negation that a universal word after it turns into "not all" (some did)
_EN_NOT_ALL = re.compile(r"\b(?:not|never|\w+n['’]t)\s+(?:yet\s+)?(?:(?!at\b)\w+\s+){0,2}?(?:all|every\w*)\b", re.I)


def _none_made_not_all(x: _Sides) -> list[Finding]:
    """An Arabic negation with أي / أحد in its clause ("not … any": none) rendered "not … all" (not all of
    them: some were): minor, 0.6 (لم تعتقل أيا منهم "arrested none of them" → 'has not arrested all of them'). Not
    where the Arabic says كل / جميع "all" itself, which the English "not all" may render."""
    pair = x.pair
    if any(t.norm.removeprefix("و") in _AR_UNIVERSAL for s in pair.ar for t in ar_tokens(s.text)):
        return []  # ليس كل الطرق "not all the roads": the English "not all" may render that
    for neg in x.ar_found:
        if neg.kind != "strong" or not any(t.norm in _AR_ANY for t in _clause_tokens(pair, neg)):
            continue
        for k in sorted(_rendering_sentences(pair, neg)):
            text = pair.en[k].text
            m = _EN_NOT_ALL.search(text)
            if m:
                span = m.group(0)
                why = f"Arabic '{neg.text}' … any says none, but the English '{span}' says not all"
                return [_flipped(pair, neg.text, span, 0.6, why, severity="minor")]
    return []


# English quantities that say some were there: 'several complaints', 'a number of assaults', 'dozens of'
_EN_SOME = re.compile(
    r"\b(?:several|some|many|numerous|multiple|a (?:number|handful|series) of|dozens of|scores of|a few)\s+"
    r"((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)",
    re.I,
)


def _none_made_some(x: _Sides) -> list[Finding]:
    """An Arabic negation with أي / أحد before the noun it denies (لم تُسجَّل أي شكوى "no complaint was recorded")
    rendered with a quantity of that very noun and no negation in English ('several complaints have been
    lodged'): none became some, a reversal (major, 0.7), inside a quote or out. The noun is one of the two words
    after أي (أي حالة اعتداء "any case of assault": 'assaults'), found among the three words after the English
    quantity by its glosses."""
    pair = x.pair
    for neg in x.ar_found:
        if neg.kind != "strong":
            continue
        toks = _clause_tokens(pair, neg)
        at = next((i for i, t in enumerate(toks) if t.norm in _AR_ANY), None)
        if at is None:
            continue
        senses = {_key(g) for t in toks[at + 1 : at + 3] for g in gloss_stems(t.text, verbs=False)}
        region = _rendering_sentences(pair, neg)
        if not senses or _en_negatives(x, region):
            continue
        for k in sorted(region):
            for m in _EN_SOME.finditer(pair.en[k].text):
                words = m.group(1).split()
                hit = next((i for i, w in enumerate(words) if _key(stem(w.lower())) in senses), None)
                if hit is None:
                    continue
                span = m.group(0)[: m.start(1) - m.start()] + " ".join(words[: hit + 1])
                why = f"Arabic '{neg.text}' … {toks[at].text} says there was none, but the English says '{span}'"
                return [_flipped(pair, neg.text, span, 0.7, why, severity="major")]
    return []


# the English verb of excess a bound negates (لا يتجاوز "does not exceed"), and English that keeps the bound
_EN_EXCEED = re.compile(r"\b(?:exceed|exceeds|exceeded|exceeding|surpass|surpasses|surpassed|surpassing)\b", re.I)
_EN_KEEPS_BOUND = re.compile(
    r"\b(?:not|never|no|cannot|only|just|merely|at most|up to|under|below|less|fewer|maximum|cap|capped|limit|"
    r"limited)\b|n't\b",
    re.I,
)


# what the bound words (negation_cues_en.tsv, ``_EN_BOUND``: 'no more than', 'at most', 'up to') leave out: the
# verb of excess negated, and comparatives other than more/longer ('does not exceed', 'no higher than')
_EN_NOT_EXCEEDING = re.compile(r"\bnot exceed|\b(?:no|not|never) (?:higher|greater) than\b", re.I)
# verbs of excess in any tense (تجاوز، تخطى، يتخطى، فاق، يفوق، تعدى، زاد), normalised, a و/ف allowed before them
_AR_EXCESS = re.compile(
    r"^[وف]?(?:[يت]?تجاوز|[يت]?تخط[يى]|[يت]?تعد[يى]|فاق|فاقت|[يت]فوق|زاد|زادت|[يت]زيد)(?:ت|ا|وا|ان)?$"
)
# the particles that negate a verb of excess (لا يتجاوز، لم يتجاوز، لن يتجاوز), normalised
_BOUND_NEGATORS = frozenset({"لا", "ولا", "لم", "ولم", "لن", "ولن", "فلا", "فلم"})


def _bound_made_excess(x: _Sides) -> list[Finding]:
    """An Arabic bound (لا يتجاوز، لا تتجاوز "does not exceed", a weak negation: 'no more than', 'just') rendered
    with the very verb of excess it negates and nothing that keeps the bound ('collection exceeds 45%' for لا
    تتجاوز نسبة الجباية ٤٥٪): the limit made an excess, a reversal (major, 0.7)."""
    pair = x.pair
    for neg in x.ar_found:
        words = normalize_ar(neg.text).split()
        if len(words) < 2 or words[1] not in _AR_BOUND or _ar_lexicon().get(tuple(words[:2])) != "weak":
            continue
        ar_text = pair.ar[neg.sentence].text if neg.sentence < len(pair.ar) else ""
        toks = ar_tokens(ar_text)
        # an excess the Arabic states as well (الطلب تجاوز …، في حين لا تتعدى الطاقة …) may be what 'exceeded' renders
        negated = (
            i > 0 and toks[i - 1].norm in _BOUND_NEGATORS
            for i, t in enumerate(toks)
            if t.norm.removeprefix("و") in _AR_BOUND or _AR_EXCESS.match(t.norm)
        )
        if not all(negated):
            continue
        for k in sorted(_rendering_sentences(pair, neg)):
            text = pair.en[k].text
            if _EN_BOUND.search(text) or _EN_NOT_EXCEEDING.search(text):
                continue  # 'is no more than 50,000': the bound is kept, whatever 'exceeded' renders
            for m in _EN_EXCEED.finditer(text):
                # the clause around the verb: from the last comma or 'since'/'as' before it to the next comma
                opener = re.finditer(r"[,;:]|\b(?:since|as|while|because)\b", text[: m.start()])
                start = max((c.end() for c in opener), default=0)
                end = next((c.start() for c in re.finditer(r"[,;:.]", text) if c.start() > m.end()), len(text))
                if _EN_KEEPS_BOUND.search(text[start:end]):
                    continue
                why = f"Arabic '{neg.text}' sets a limit ('does not exceed'); the English says '{m.group(0)}'"
                return [_flipped(pair, neg.text, m.group(0), 0.7, why, severity="major")]
    return []


# words that keep an exception in English ("not … except", "nothing but", "not until", "not more than", "only",
# "could not help thinking" for لم يسعني إلا التفكير); "before" only for إلا بعد "only after" (_exception_after),
# since "no … before" also renders a plain لن … قبل
_EN_EXCEPTIVE = re.compile(
    r"\b(?:only|except|excepting|but|other than|save|solely|just|merely|until|till|unless|without|"
    r"more than|longer than|beyond|help)\b",
    re.I,
)


def _exception_lost(x: _Sides) -> list[Finding]:
    """لا … إلا "only" rendered as a plain negation (لا تكفي إلا للشرب "is enough only for drinking" → 'is not
    enough for drinking'): minor, 0.6. The English negations outnumber the Arabic ones outside the exception,
    less those an exception word (only, except, but, until …; before for إلا بعد) follows, which render the
    exception. A sentence with a second bare الا is left alone: which one is the exception is not known
    (ألا written with its hamza above is "that … not", never the exception); so is one whose English says 'only'
    (merely, solely), which renders the exception, so that a 'not' there renders another clause ('fishermen only
    go out on nights when there is no moon')."""
    pair = x.pair
    for k in range(len(pair.ar)):
        toks = ar_tokens(pair.ar[k].text)
        at = [i for i, t in enumerate(toks) if _exceptive(t)]
        if len(at) != 1:
            continue
        only_after = at[0] + 1 < len(toks) and toks[at[0] + 1].norm == "بعد"
        negs = [n for n in pair.view.ar_negations if n.sentence == k]
        excepted = [n for n in negs if _is_particle(n) and _excepted(pair, n)]
        if not excepted:
            continue
        # the other negations of the sentence, a counterfactual's لما among them (ولولا … لما "could not have")
        plain = [n for n in negs if (_is_particle(n) or n.kind == "strong") and n not in excepted]
        region = _rendering_sentences(pair, excepted[0])
        # and غير، عدم of the sentence, which an English "not" renders as well (غير مقبول "not acceptable"), beyond
        # those an English word with a negative prefix renders ('unacceptable')
        particles = [n for n in negs if n not in plain and n not in excepted and _first_word(n.text) in _AR_PARTICLES]
        prefixed = sum(
            1
            for n in pair.view.en_negations
            if n.kind == "weak" and n.sentence in region and _affix_base(n.text.split()[0])
        )
        plain += particles[prefixed:]
        if any(_EN_EXCEPTION_ONLY.search(pair.en[j].text) for j in region):
            continue  # 'covers only a small part': the English says the exception's 'only'; a 'not' renders another
        en_strong = [n for n in pair.view.en_negations if n.kind == "strong" and n.sentence in region]
        with_exception = [n for n in en_strong if _exception_after(pair.en[n.sentence].text, n, only_after)]
        if len(en_strong) - min(len(with_exception), len(excepted)) > len(plain):
            n = next((m for m in en_strong if m not in with_exception), en_strong[0])
            why = f"Arabic '{excepted[0].text} … إلا' says 'only', but the English '{n.text}' negates it plainly"
            return [_flipped(pair, excepted[0].text, n.text, 0.6, why, severity="minor")]
    return []


# an English 'only' that says لا … إلا without a negation (not 'not only', nor 'the only', an adjective; not 'just',
# which is as often 'just as', 'has just')
_EN_EXCEPTION_ONLY = re.compile(r"(?<!\bnot )(?<!\bthe )\b(?:only|merely|solely)\b", re.I)


def _exception_after(text: str, neg: Neg, only_after: bool = False) -> bool:
    """An exception word stands in the English negation ("couldn't help") or in the eight words after it, within
    its clause; with ``only_after`` (إلا بعد "only after") "before" is one too ("will not open before")."""
    words = re.split(r"[,;:]", text[neg.start :], maxsplit=1)[0].split()
    within = " ".join(words[: 8 + len(neg.text.split())])
    return bool(_EN_EXCEPTIVE.search(within) or only_after and re.search(r"\bbefore\b", within, re.I))


def _excepted(pair: AlignedPair, neg: Neg) -> bool:
    """An إلا follows the negation in its clause, within six words (لا تكفي إلا "is enough only")."""
    clause = _clause_tokens(pair, neg)
    return any(_exceptive(t) for t in clause)


def _exceptive(tok: ArToken) -> bool:
    """The Arabic word is إلا "except" (وإلا), or الا written bare; ألا with its hamza above is أن لا "that …
    not" (يجب ألا ينتظروا "they must not wait"), a negation of its own and no exception."""
    return tok.norm in ("الا", "والا") and not _that_not(tok)


def _clause_tokens(pair: AlignedPair, neg: Neg) -> list[ArToken]:
    """The Arabic words after a negation, up to six, within its clause (function words too)."""
    text = pair.ar[neg.sentence].text
    toks = ar_tokens(text)
    first = next((i for i, t in enumerate(toks) if t.start >= neg.start), len(toks))
    end = min(
        (m.start() for m in re.finditer(r"[،,.;:!?؟؛]", text) if m.start() >= neg.start + len(neg.text)),
        default=len(text),
    )
    return [t for t in toks[first + 1 : first + 7] if t.start < end]


def _rendering_sentences(pair: AlignedPair, neg: Neg) -> set[int]:
    """The English sentences of the pair that may render an Arabic negation: on one Arabic sentence rendered by
    several English ones, those holding a rendering of a word of its clause (else all of them); on a link of as
    many Arabic sentences as English ones, the one standing where the negation's sentence stands and those
    (the English may end its sentences elsewhere: لم تتوصل … at the end of the first Arabic sentence is 'They did
    not reach …' opening the second English one); else all of them."""
    everything = set(range(len(pair.en)))
    if len(pair.en) < 2:
        return everything
    if len(pair.ar) > 1 and len(pair.ar) != len(pair.en):
        return everything
    senses = {
        _key(g)
        for t in _clause_words(pair, neg)
        for g in gloss_stems(t.text)
        if len(g) > 3 and g not in _AUX and g not in _FUNCTION
    }
    found = {
        k
        for k, s in enumerate(pair.en)
        for t in en_tokens(s.text)
        if len(t.low) > 3 and t.low not in _AUX | _FUNCTION and _key(stem(t.low)) in senses
    }
    if len(pair.ar) == len(pair.en):
        return {neg.sentence} | found
    return found or everything


def _clause_words(pair: AlignedPair, neg: Neg) -> list[ArToken]:
    """The Arabic content words a negation governs: up to six after it, within its clause (a word before it
    may belong to the clause before, which the other English sentence renders)."""
    return [t for t in _clause_tokens(pair, neg) if t.bare not in _AR_FUNCTION and t.norm not in _AR_FUNCTION]


def _prefixed_rendering(pair: AlignedPair, words: list[ArToken]) -> bool:
    """An English word is a negative prefix (in-, un-, non-, dis- …) on a rendering of one of the Arabic words:
    عدم الاستقرار "instability", لم يكن مستعدا "unprepared"."""
    senses = {_key(g) for t in words for g in gloss_stems(t.text)} - {"be"}
    for s in pair.en:
        for t in en_tokens(s.text):
            base = _affix_base(t.text)
            if base and (_key(stem(base)) in senses or _key(base) in senses):
                return True
    return False


# the positive words that take the place of a negative one: ولم يعرف أبدا "never knew" → "always knew",
# لا يمكن لأحد "no one can" → "everyone can"; the reversal sits on them as much as on the verb
_EN_UNIVERSAL = word_set("function_words_en.tsv", "negation_universal")


def _with_quantifier(pair: AlignedPair, en_span: str) -> str:
    """The English span widened back to a universal word (always, everyone …) up to three words before it,
    within its clause: the word that took the negation's place; else to the determiner or possessive right
    before it (your doing); else the span as it was."""
    for s in pair.en:
        toks = en_tokens(s.text)
        at = next((i for i, t in enumerate(toks) if t.text == en_span), None)
        if at is None:
            continue
        for j in range(at - 1, max(-1, at - 4), -1):
            if re.search(r"[,;:.!?—–]", s.text[toks[j].end : toks[at].start]):
                break
            if toks[j].low in _EN_UNIVERSAL:
                return s.text[toks[j].start : toks[at].end]
        # "it's your doing" for ليس من فعلك: a noun's determiner or possessive belongs to what is negated
        if at > 0 and toks[at - 1].low in _EN_DETERMINERS and s.text[toks[at - 1].end : toks[at].start].isspace():
            return s.text[toks[at - 1].start : toks[at].end]
        return en_span
    return en_span


_EN_DETERMINERS = word_set("function_words_en.tsv", "wording_determiner")


# Arabic "without" (بدون، دون، بلا); دون alone also means "below" (دون سن 18), which English never
# renders with "with"
_AR_WITHOUT = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "without"))


def _without_became_with(x: _Sides) -> list[Finding]:
    """بدون X "without X" rendered "with X": the English "with" governs a rendering of the Arabic word
    after "without", and no English negation (without, no, lack, -less …) is left to render it."""
    pair, ar_n, en_n = x.pair, x.ar_n, x.en_n
    # each English negation may render one Arabic negation word (lexicon words only: a word negative
    # in meaning, يمنع "prevent", is rendered by its own sense): "would not … with X" for لن … بدون X
    # leaves the "without" unrendered
    # ('no way' in a quote renders the quoted من المستحيل, not a بدون outside it): each side counted outside quotes
    # (where the English has no quote, an Arabic quote is told in its words, and its negations count too); an English
    # word of a ban that renders an Arabic one ('banned' for حظر) is counted on neither side
    ar_all = list(x.pair.view.ar_negations)
    bans = _ban_renderings(x)
    en_count = len(_unquoted(pair.en, [n for n in en_n if (n.kind == "strong" or _renders(n)) and n not in bans]))
    if en_count >= len(_unquoted(pair.ar, ar_all) if x.en_quotes else ar_all) - len(bans):
        return []
    for neg in ar_n:
        if neg.kind != "weak" or _first_word(neg.text) not in _AR_WITHOUT:
            continue
        if x.en_quotes and _quoted(pair.ar[neg.sentence].text, neg.start):
            continue  # the quote rules read a quote the English keeps; one it reports in its own words is read here
        toks = ar_tokens(pair.ar[neg.sentence].text)
        first = next((i for i, t in enumerate(toks) if t.start >= neg.start), None)
        if first is None:
            continue
        # the noun after "without", past أي "any" and light nouns (وجود "existence", إجراء "carrying out")
        words = [t for t in toks[first + 1 : first + 4] if t.bare not in _AR_FUNCTION | _AR_WITHOUT_LIGHT][:2]
        senses = {_key(g) for t in words for g in gloss_stems(t.text)} - {"be", "with"}
        if not senses:
            continue
        for s in pair.en:
            for m in re.finditer(r"\bwith\b((?:\s+[A-Za-z'-]+){1,3})", s.text, re.I):
                # "with" up to the word that renders the Arabic one
                hit = next(
                    (w for w in re.finditer(r"[A-Za-z]+", m.group(1)) if _key(stem(w.group(0).lower())) in senses), None
                )
                if hit is None or _quoted(s.text, m.start()):
                    continue
                if _EN_SCANT.search(m.group(1)[: hit.start()]):
                    continue  # "with hardly any savings", "with few ways out": the scarcity renders the "without"
                en_span = s.text[m.start() : m.start(1) + hit.end()]
                last = toks.index(words[0], first + 1)
                span = ar_span(pair.ar[neg.sentence].text, toks, first, last + 1)
                return [_flipped(pair, span, en_span, 0.6, f"Arabic '{span}' (without) became English '{en_span}'")]
        # a negation before it: لم يمر أسبوع دون "not a week without" asserts, فشلت … دون التوصل "failed without
        # reaching" is told by the failure; not a word of a ban (حظر الصيد، دون أن يشمل "a ban that does not cover")
        before = [n for n in ar_n if n.sentence == neg.sentence and n.start < neg.start and not _ban_word(n)]
        done = (
            None if before else _without_told_done(x, pair.ar[neg.sentence].text, toks, first)
        )  # لم يمر أسبوع دون: 'not without' asserts
        if done is not None:
            span = ar_span(pair.ar[neg.sentence].text, toks, first, done[1])
            why = f"Arabic '{span}' says it happened without this; the English says '{done[0]}' with no negation"
            return [_flipped(pair, span, done[0], 0.5, why, severity="minor")]
    return []


# what "below" (دون) measures: دون سن 18 "under 18", دون المستويات "below the levels" are no "without" (normalised;
# the word after دون is one of the first, or begins with one of the second: المستويات، التوقعات)
_AR_BELOW = frozenset({"سن", "السن", "حد", "الحد", "سعر", "السعر", "نسبه", "النسبه", "عتبه", "العتبه", "الصفر"})
_AR_BELOW_STEMS = ("مستوي", "المستوي", "معدل", "المعدل", "اسعار", "الاسعار", "توقع", "التوقع")
# verbs before دون that make it "prevent": حال دون، يحول دون
_AR_PREVENT = frozenset({"حال", "حالت", "يحول", "تحول", "يحل", "تحل"})
# English that says "without" in a word (visa-free, free of charge, fearless), or reads دون as "below" (below
# market prices, under 18, short of expectations)
_EN_WITHOUT_OR_BELOW = re.compile(
    r"\w+-free\b|\bfree\s+of\b|\bfor\s+free\b|\b\w{3,}less\b|\bbelow\b|\bunder\b|\bless\s+than\b|\bshort\s+of\b",
    re.I,
)


_EN_BANS = word_set("negation_cues_en.tsv", "ban")


@lru_cache(maxsize=1)
def _ban_keys() -> frozenset[str]:
    """The comparison keys of the English words of a ban."""
    return frozenset(_key(stem(w)) for w in _EN_BANS)


def _ban_word(n: Neg) -> bool:
    """An Arabic weak negation that is one word of a ban (حظر "ban"): a gloss of it is an English word of a ban."""
    return n.kind == "weak" and " " not in n.text.strip() and bool({_key(g) for g in gloss_stems(n.text)} & _ban_keys())


def _ban_renderings(x: _Sides) -> list[Neg]:
    """The English words of a ban ('banned') that render an Arabic word of a ban (حظر), one for one, in order: each is
    the ban's own word, no negation of what an Arabic "without" after it says."""
    arabic = sum(1 for n in x.ar_n if _ban_word(n))
    return [n for n in x.en_n if n.kind == "weak" and n.text.lower() in _EN_BANS][:arabic]


def _without_told_done(x: _Sides, text: str, toks: list[ArToken], first: int) -> tuple[str, int] | None:
    """(English word, Arabic token end) when what an Arabic "without" negates (دون التوصل إلى اتفاق "without
    reaching an agreement", من دون تسجيل إصابات "with no injuries recorded") is told in an English sentence that
    renders its words (one content word of the three after "without", past light words) and holds no negation
    of any kind nor a "-free"/"-less" word: told as done ("reached a preliminary agreement", "several people had
    been injured"). دون before a measure (دون سن 18 "under 18") is "below". Minor: the glosses may find the words
    in a sentence that renders another clause."""
    after = [t for t in toks[first + 1 : first + 6] if t.bare not in _AR_FUNCTION | _AR_WITHOUT_LIGHT]
    nxt = text[toks[first].end : after[0].start] if after else ""
    if not after or _below(after[0]) or re.search(r"[\d\u0660-\u0669]", nxt):
        return None  # دون سن 18، دون المستويات، دون 2 في المئة: "below"
    if first and toks[first - 1].bare in _AR_PREVENT:
        return None  # حال دون وصول الحيوانات "prevented the animals from reaching"
    if text[: toks[first].start].rstrip().endswith("/"):
        return None  # المليمترية/دون المليمترية "millimetre/submillimetre": after a slash, دون is the prefix sub-
    return _told_done(x, toks, after[:3])


def _below(t: ArToken) -> bool:
    """The word after دون is a measure (سن، مستوى، الحد …): دون is "below", not "without"."""
    return bool({t.bare, t.norm} & _AR_BELOW) or any(
        t.bare.startswith(w) or t.norm.startswith(w) for w in _AR_BELOW_STEMS
    )


def _told_done(x: _Sides, toks: list[ArToken], content: list[ArToken]) -> tuple[str, int] | None:
    """See ``_without_told_done``: the English word that renders one of ``content`` in a sentence with no
    negation, and the end of the Arabic span (the token rendered)."""
    keys = [{_key(g) for g in gloss_stems(t.text)} - {"be", "with", "do", "make", "take"} for t in content]
    # an 'only' renders no "without" ('put out only after it had spread'), nor does the word of a ban that renders
    # the Arabic one ('banned' for حظر)
    bans = _ban_renderings(x)
    # a dis- word that renders the very word the "without" negates is no negation of it (من دون الكشف عن قيمتها
    # "without disclosing the amounts" → 'the amounts were disclosed'); one of its own ('disapproval' for دون
    # موافقة) still is
    told = set().union(*keys) if keys else set()
    negated = {
        n.sentence
        for n in x.en_n
        if n.text.lower() != "only"
        and n not in bans
        and not (n.kind != "strong" and n.text.lower().startswith("dis") and _key(stem(n.text.lower())) in told)
    }
    for k, s in enumerate(x.pair.en):
        if k in negated or _EN_WITHOUT_OR_BELOW.search(s.text):
            continue
        for t, ks in zip(content, keys, strict=True):
            if ks & _ban_keys():
                continue  # الحظر "the ban" after دون أن يشمل: an English word of its sense renders it, not "without"
            word = next((w for w in re.findall(r"[A-Za-z]+", s.text) if _key(stem(w.lower())) in ks), None)
            if word is not None and not _quoted(s.text, s.text.find(word)):
                return word, toks.index(t) + 1  # the Arabic span runs from "without" to the word rendered
    return None


_AR_WITHOUT_LIGHT = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "without_light"))


def _in_quote_text(pair: AlignedPair, n: Neg, en_quote: str) -> bool:
    """The English negation stands inside ``en_quote`` in its sentence."""
    text = pair.en[n.sentence].text
    at = text.find(en_quote)
    return at >= 0 and at <= n.start < at + len(en_quote)


def _quote_lost_negation(pair: AlignedPair, ar_n: list[Neg], en_weak: Sequence[Neg]) -> Finding | None:
    """A quote kept in quotation marks whose Arabic negates more often than its English, where the word
    an Arabic negation negates is rendered inside the English quote without one: the speaker's words
    reversed ('ولم يتم التأكد' → 'and it has been confirmed'). Negations are counted as the quote
    detector counts them (بلا … ولا 'without … or' is one); one an English weak negation with a negative affix
    renders (of ``en_weak``: لم تتمكن "have been unable") is not reversed."""
    quote_pairs = pair.view.quote_pairs
    for qp in quote_pairs:
        # a quote of several sentences is matched sentence by sentence below, which holds at a lower fidelity
        if not qp.ar_quote or qp.fidelity < 0.2:
            continue
        rendered = len(en_quote_negations(qp.en_quote)) + _rendered_without_not(qp.ar_quote, qp.en_quote)
        if quote_statement_negations(qp.ar_quote) <= rendered:
            continue
        if qp.fidelity < 0.3:
            flip = _quote_sentence_unnegated(pair, qp.ar_quote, qp.en_quote, ar_n)
            if flip is not None:
                return flip
            continue
        reach = _english_reach(pair)
        # English words of the quote that no English negation governs
        en_words = {
            t.text
            for k, sent in enumerate(pair.en)
            if qp.en_quote in sent.text
            for t in en_tokens(sent.text)
            if (k, t.start) not in reach
            and sent.text.index(qp.en_quote) <= t.start < sent.text.index(qp.en_quote) + len(qp.en_quote)
        }
        # English words of the quote that an English not, never, no … governs
        strong_reach = _english_reach(pair, strong_only=True)
        negated = {
            t.text
            for k, sent in enumerate(pair.en)
            if qp.en_quote in sent.text
            for t in en_tokens(sent.text)
            if (k, t.start) in strong_reach
        }
        for neg in ar_n:
            if neg.kind != "strong" or neg.text not in qp.ar_quote:
                continue
            # the weak words inside the English quote only: an 'unable' elsewhere renders another clause
            inside = [n for n in en_weak if _in_quote_text(pair, n, qp.en_quote)]
            if inside and _weak_renderings(pair, [neg], inside):
                continue
            if _said_without_not(pair, neg, set(range(len(pair.en)))):
                continue
            if not _quoted_clause_rendered(
                pair, neg, {k for k, sent in enumerate(pair.en) if qp.en_quote in sent.text}
            ):
                continue  # the English quote stops before the negated clause: left out, not reversed
            # لا يمكننا تأجيل القرار "we cannot delay the decision": the negated verb rendered under an English
            # "not" keeps the statement negated, whatever its object
            if _english_counterpart(pair, neg, within=en_words | negated) in negated:
                continue
            span = _english_counterpart(pair, neg, within=en_words)
            if span:
                span = _with_quantifier(pair, span)
                return _flipped(
                    pair,
                    neg.text,
                    span,
                    0.7,
                    f"Inside the quote, Arabic '{neg.text}' is negated, but the English '{span}' is not",
                )
        flip = _quote_sentence_unnegated(pair, qp.ar_quote, qp.en_quote, ar_n)
        if flip is not None:
            return flip
    return None


# "only" for the exception after a negation (لا أريد سوى "I only want"); English words of little quantity, and
# 'anything but', 'far from', that say a negation without "not" (لن يكون له معنى يذكر "will mean little")
_EN_ONLY = re.compile(r"\b(?:only|just|merely|solely)\b", re.I)
# ('a few', 'a little' say some, no negation)
_EN_SCANT = re.compile(
    r"(?<!\b[Aa] )\b(?:little|few|hardly|barely|scarcely|seldom|rarely)\b|\banything but\b|\bfar from\b", re.I
)


def _said_as_only(pair: AlignedPair, neg: Neg, region: set[int]) -> bool:
    """An exception closes the Arabic negation in its clause (لا أريد سوى أن أشكر "I only want to thank") and an
    English sentence that may render it says "only": the one construction, with no negation in English."""
    if not any(t.norm in ("الا", "والا", "سوي") and not _that_not(t) for t in _clause_tokens(pair, neg)[:4]):
        return False
    return any(_EN_ONLY.search(pair.en[k].text) for k in region)


def _said_without_not(pair: AlignedPair, neg: Neg, region: set[int]) -> bool:
    """The English sentences that may render the Arabic negation say it with no negative word beside the rendering
    of its clause: the antonym of a word of the clause (لم نلعب بشكل جيد "we did not play well" → 'we played
    poorly'), or 'anything but', 'far from', a word of scant quantity (لم يكن سهلا → 'anything but easy')."""
    clause = _clause_tokens(pair, neg)
    # ولم تصلنا منذ أسبوعين أي كمية "none has reached us for two weeks" → 'the last delivery we got was two weeks
    # ago': "not since" told as the last time
    if any(t.norm in ("منذ", "ومنذ") for t in clause) and any(_EN_LAST_AGO.search(pair.en[k].text) for k in region):
        return True
    opposite = {o for t in clause for g in gloss_stems(t.text) for o in _antonyms().get(_key(g), ())}
    # an antonym that renders an Arabic word of its own ('shut' for تغلق beside فلن تفتح) renders no litotes
    said = {_key(g) for a in pair.ar for t in ar_tokens(a.text) for g in gloss_stems(t.text)}
    # and it stands beside the rendering of the negated clause ('played poorly' for لم نلعب بشكل جيد; not 'the open
    # air' three words on from another clause)
    rendering = {_key(g) for t in [*ar_tokens(neg.text), *clause] for g in gloss_stems(t.text)}
    for k in region:
        toks = en_tokens(pair.en[k].text)
        near = [i for i, t in enumerate(toks) if _key(stem(t.low)) in rendering and t.low not in STOPWORDS]
        scant = {
            i for i, t in enumerate(toks) if any(m.start() == t.start for m in _EN_SCANT.finditer(pair.en[k].text))
        }
        for i, t in enumerate(toks):
            key = _key(stem(t.low))
            if (i in scant or key in opposite and key not in said) and any(abs(i - j) <= _LITOTES_REACH for j in near):
                return True
    return False


# 'the last delivery we got was two weeks ago', 'last paid three months ago': a "not since" told as the last time
_EN_LAST_AGO = re.compile(r"\blast\b[^.;:!?]{0,60}?\bago\b", re.I)
# words between an antonym and the rendering of the clause it says without "not" ('played poorly')
_LITOTES_REACH = 2


def _rendered_without_not(ar_quote: str, en_quote: str) -> int:
    """Arabic negations of a quote the English quote renders with no negative word: an exception closing a
    negation (لا … إلا / سوى) and its negation, two words, for each English "only"; one for each English word of
    scant quantity (little, few, hardly); one for each Arabic word negative in itself that the English renders by
    its sense (الحظر 'the ban'); one for each 'still' beside a "not yet" (لم تصل بعد 'is still to arrive'); one for
    each لا setting one term against another that a 'rather than' renders."""
    toks = ar_tokens(ar_quote)
    exceptions = sum(
        1
        for i, t in enumerate(toks)
        if t.norm in ("الا", "والا", "سوي") and not _that_not(t)
        and any(strip_clitics(u.norm) in ("لا", "لم", "لن", "ليس", "ما") for u in toks[max(0, i - 4) : i])
    )  # fmt: skip
    # a word negative in itself (الحظر "the ban", غياب "absence") that the English quote renders by its sense
    # ('without' for دون is an English negation already counted)
    counted = {w.lower() for w in en_quote_negations(en_quote)}
    said = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", en_quote) if w.lower() not in counted}
    # so is a weak negation of negation_ar.tsv said by its own gloss there (نقص 'shortage', whose dictionary
    # senses are mostly not negative: 'decrease', 'trim')
    lexical = sum(
        1
        for n in ar_quote_negations(ar_quote)
        if " " not in n.text
        and not statement_particle(normalize_ar(n.text))
        and (
            _negative_in_meaning(n.text)
            and any(g in said and _negative_sense(g) for g in gloss_stems(n.text))
            or bool(weak_gloss(normalize_ar(n.text)) & said)
        )
    )
    # 'is still to arrive' for لم تصل بعد "has not arrived yet": the stills beyond those that render an Arabic "still"
    # (ما زال على قيد الحياة 'is still alive')
    stills = max(0, len(re.findall(r"\bstill\b", en_quote, re.I)) - still_phrases(ar_quote))
    still = min(stills, not_yet_negations(ar_quote))
    # ما لم "unless" ("as long as … not"): one for each English 'unless'
    unless = min(len(_AR_UNLESS.findall(normalize_ar(ar_quote))), len(_EN_UNLESS.findall(en_quote)))
    # لم تنخفض "did not fall" told by an antonym ('stayed high'): one for each negated verb the English quote gives
    # by an antonym of one of its senses and by none of the senses themselves
    antonyms = sum(
        1
        for i, t in enumerate(toks[:-1])
        if strip_clitics(t.norm) in ("لم", "لن", "لا") and not _that_not(t)
        and not (senses := gloss_stems(toks[i + 1].text)) & said
        and any(_key(o) in {_key(w) for w in said} for g in senses for o in _antonyms().get(_key(g), ()))
    )  # fmt: skip
    return (
        antonyms
        + 2 * min(exceptions, len(_EN_ONLY.findall(en_quote)))
        + _quote_contrasts(ar_quote, en_quote)
        + len(_EN_SCANT.findall(en_quote))
        + lexical
        + still
        + unless
    )


# opening its clause (the quote's start, a comma or a colon): هذا ما لم نتوقعه "what we did not expect" is no "unless"
_AR_UNLESS = re.compile(r"(?:^|[،,:؛«\"“]\s*|\s[وف])ما لم(?![\u0621-\u064a])")
_EN_UNLESS = re.compile(r"\bunless\b", re.I)


_QUOTE_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


def _quote_sentence_unnegated(pair: AlignedPair, ar_quote: str, en_quote: str, ar_n: list[Neg]) -> Finding | None:
    """A quote of several sentences, as many in the English as in the Arabic: an Arabic negation whose
    sentence of the quote is rendered by an English one with no negation of any kind (not, no, un-, away …)
    lost it, whatever the other sentences say. Which English word lost it is not known: minor, 0.5."""
    ar_parts = [p for p in _QUOTE_SENTENCE_END.split(ar_quote) if p.strip()]
    en_parts = [p for p in _QUOTE_SENTENCE_END.split(en_quote) if p.strip()]
    if len(ar_parts) < 2 or len(ar_parts) != len(en_parts):
        return None
    for neg in ar_n:
        if neg.kind != "strong" or normalize_ar(neg.text).startswith("وليس"):
            continue
        k = next((i for i, part in enumerate(ar_parts) if neg.text in part), None)
        if k is None:
            continue
        en_part = en_parts[k]
        toks = en_tokens(en_part)
        if len(toks) < 3 or en_quote_negations(en_part) or any(_negated_en_word(t.low) for t in toks):
            continue
        negated = _negated_ar_words(pair, neg)[:1] or ([w] if (w := _next_ar_word(pair, neg)) else [])
        if any(_EN_LEXICAL_NEGATIVE.match(g) or g in _negative_senses() for t in negated for g in gloss_stems(t.text)):
            continue
        why = f"Inside the quote, Arabic '{neg.text}' is negated, but the English sentence rendering it has no negation"
        return _flipped(pair, neg.text, "", 0.5, why, severity="minor")
    return None


def _negated_en_word(low: str) -> bool:
    """An English word negative in itself (away, refused) or by a negative affix (unable, careless)."""
    return bool(_EN_LEXICAL_NEGATIVE.match(low) or _affix_base(low))


# an English negation followed by one of these in its sentence is the exception construction ("had no way
# … except through"), as لا … إلا is in Arabic
_EN_EXCEPT = re.compile(r"\b(?:except|excepting|other than|apart from|save for|but for|besides)\b", re.I)


def _exception(pair: AlignedPair, neg: Neg) -> bool:
    """An English negation with an exception after it ("no way … except through") where the Arabic has
    إلا: the one construction (لا … إلا) in both languages, wherever the Arabic particle stands; or one told
    over a span of time where the Arabic says when the last time was (see ``_since_the_last_time``)."""
    text = pair.en[neg.sentence].text
    if _since_the_last_time(pair, neg):
        return True
    if _not_until(pair, neg):
        return True
    if not _EN_EXCEPT.search(text[neg.start : neg.start + 150]):
        return False
    for a in pair.ar:
        toks = ar_tokens(a.text)
        for i, t in enumerate(toks):
            # إلا أن is 'however', no exception
            if t.norm in ("الا", "والا", "سوي") and not (i + 1 < len(toks) and toks[i + 1].norm == "ان"):
                return True
    return False


def _not_until(pair: AlignedPair, neg: Neg) -> bool:
    """'will not take effect until …' in its clause, where the Arabic says إلا بعد، إلا عند، إلا حين "only after,
    only when" (لا يدخل الحكم حيز التنفيذ إلا بعد): the one construction, told with a negation in both languages."""
    if not _until_after(pair.en[neg.sentence].text, neg.start):
        return False
    # as many Arabic exceptions of time as English negations told with 'until': one more 'not … until' is a
    # negation of its own (وسيُطبق القرار … ولا يحق لهم الاعتراض إلا عند → 'will not apply … until')
    told = sum(
        1 for n in pair.view.en_negations if n.kind == "strong" and _until_after(pair.en[n.sentence].text, n.start)
    )
    excepted = 0
    for a in pair.ar:
        toks = ar_tokens(a.text)
        excepted += sum(
            1 for i, t in enumerate(toks[:-1]) if t.norm in ("الا", "والا") and toks[i + 1].norm in _WHEN_AFTER
        )
    return excepted >= told


def _until_after(text: str, start: int) -> bool:
    """'until', 'till' or 'before' in the clause of the English negation at ``start``."""
    clause = re.split(r"[,;:.]", text[start:], maxsplit=1)[0]
    return re.search(r"\b(?:until|till|before)\b", clause, re.I) is not None


# the words after إلا that make it "only after, only when" (إلا بعد، إلا عند، إلا حين، إلا لدى)
_WHEN_AFTER = frozenset(("بعد", "عند", "حين", "لدي", "عندما"))


# 'for more than twenty years', 'in over a decade', 'since 2004': how long a thing has not happened
_EN_SPAN_SINCE = re.compile(
    r"\b(?:(?:for|in)\s+(?:(?:more than|over|nearly|almost|about|some|at least|close to)\s+)?(?:[\w-]+\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))\b|since\s+\d{4}\b)",
    re.I,
)


def _since_the_last_time(pair: AlignedPair, neg: Neg) -> bool:
    """An English negation over a span of time ('has not been restored for more than twenty years') where the
    Arabic says when the last time was (رُمم آخر مرة قبل أكثر من عشرين عاماً "was last restored more than twenty
    years ago"): one fact told from its two ends, no reversal. One of the four words before آخر مرة (وزار الرئيس
    المدينة آخر مرة: the verb, its subject and object) is the negated English word's (a gloss of it), and the English
    does not say 'last' itself (then آخر مرة is rendered, and the 'not' is another's)."""
    text = pair.en[neg.sentence].text
    clause = re.split(r"[,;:]", text[neg.start : neg.start + 120])[0]
    if not _EN_SPAN_SINCE.search(clause) or re.search(r"\blast\b", pair.en_text, re.I):
        return False
    key = _key(stem(_negated_word(text, neg, skip_adverbs=True).lower()))
    for a in pair.ar:
        toks = ar_tokens(a.text)
        for k, t in enumerate(toks[1:-1], start=1):
            if t.norm.lstrip("ول") == "اخر" and toks[k + 1].norm == "مره":
                if any(key in {_key(g) for g in gloss_stems(u.text)} for u in toks[max(0, k - 4) : k]):
                    return True
    return False


def _only_renders(ar_n: list[Neg], en_n: list[Neg]) -> int:
    """Arabic weak negations that an English 'only' renders: لا … إلا (لا يمكن البدء إلا إذا "can only start
    if") is one construction, two Arabic words, one 'only'."""
    only = sum(1 for n in en_n if n.text.lower() == "only")
    pairs = 0
    for n in ar_n:
        if n.kind == "weak" and _first_word(n.text) in ("الا", "والا", "سوي"):
            negated = any(
                m.kind == "weak" and m.sentence == n.sentence and m.start < n.start and _is_particle(m) for m in ar_n
            )
            pairs += negated
    return 2 * min(only, pairs)


def _is_particle(neg: Neg) -> bool:
    """A strong negation particle (لا، لم، لن، ليس) the lexicon lists, whatever kind it was read as."""
    return _ar_lexicon().get((strip_clitics(_first_word(neg.text)),)) == "strong" or (
        _ar_lexicon().get((_first_word(neg.text),)) == "strong"
    )


def _double_negative_ar(x: _Sides, neg: Neg) -> bool:
    """The Arabic negation is half of a double negative: a strong one with a particle (غير، عدم) in its clause, or that
    particle (لم يكن القرار غير متوقع "the decision was not unexpected"): together they assert the positive, which
    English may state plainly ('the decision was expected')."""
    pair = x.pair
    particles = [n for n in x.ar_n if n.kind == "weak" and _first_word(n.text) in _AR_PARTICLES]
    for strong in x.ar_strong:
        if strong.sentence != neg.sentence:
            continue
        inside = {t.start for t in _clause_tokens(pair, strong)}
        for p in particles:
            if p.sentence == strong.sentence and p.start in inside and neg in (strong, p):
                return True
    return False


_EN_ONLY_WORD = re.compile(r"\b(?:only|unless|solely|exclusively)\b", re.I)


def _negations_as_only(x: _Sides, neg: Neg) -> bool:
    """The Arabic negation is one of two strong ones in its sentence (لن تقبل بأي اتفاق لا يضمن حقوقها "will not
    accept any deal that does not guarantee its rights"), and an English sentence that may render it says 'only' or
    'unless' ('would only accept a deal that guaranteed its rights'): the two negations make the exceptive."""
    twins = [n for n in x.ar_strong if n.sentence == neg.sentence]
    return len(twins) == 2 and any(_EN_ONLY_WORD.search(x.pair.en[k].text) for k in _rendering_sentences(x.pair, neg))


def _particle_dropped(x: _Sides) -> list[Finding]:
    """عدم / غير negate the word after them (بعدم استخدام "not to use", غير مرحب "not welcome"): flagged
    when the English renders that word with no negation near it, and the Arabic negates more often
    than the English (so no English negation elsewhere can be its rendering)."""
    pair, ar_n, en_n = x.pair, x.ar_n, x.en_n
    en_count = sum(1 for n in en_n if n.kind == "strong" or _renders(n))
    ar_count = sum(1 for n in ar_n if n.kind == "strong" or _first_word(n.text) in _AR_PARTICLES)
    if ar_count <= en_count or _run_together(pair):
        return []
    reach = _english_reach(pair)
    for neg in ar_n:
        if neg.kind != "weak" or _first_word(neg.text) not in _AR_PARTICLES:
            continue
        if _quoted(pair.ar[neg.sentence].text, neg.start):
            continue  # a quoted negation is the quote detector's business
        if _double_negative_ar(x, neg):
            continue  # لم يكن … غير متوقع "was not unexpected" → 'was expected'
        word = _next_ar_word(pair, neg)
        if word is None or word.norm in _AR_FUNCTION or word.bare in _AR_FUNCTION or _rendered_itself(pair, neg):
            continue
        senses = {_key(g) for g in gloss_stems(word.text)} - {"be"}
        for k, s in enumerate(pair.en):
            for t in en_tokens(s.text):
                if (
                    _key(stem(t.low)) in senses
                    and len(t.low) > 3
                    and t.low not in _AUX | _FUNCTION
                    and (k, t.start) not in reach
                    and not _affix_base(t.low)
                    and not _in_compound(s.text, t)
                ):
                    span = f"{neg.text} {word.text}"
                    if span not in pair.ar[neg.sentence].text:
                        span = neg.text
                    return [
                        _flipped(
                            pair,
                            span,
                            t.text,
                            0.6,
                            f"Arabic '{span}' is negated, but the English '{t.text}' is not",
                        )
                    ]
    return []


# the senses (gloss stems) of verbs of urging, calling on, asking and advising, Arabic and English alike: what they
# ask for is a deed, which عدم before its verbal noun asks not to be done (حثت المسافرين على عدم التوجه "urged
# passengers not to go"). Not verbs of warning (حذر من عدم "warned of a failure to") nor of telling or ordering
# ('told Reuters … to be', 'in order to')
_EXHORT_STEMS = frozenset(
    "urge urg call invit demand request implor advis recommend appeal ask encourag instruct".split()
)
# the forms of those verbs the glosses miss (negation_cues_ar.tsv exhort: the passive دُعي read as دعي)
_AR_EXHORT = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "exhort"))
# prepositions between a verb and عدم that make عدم the object of something else (بسبب عدم توفر "because of the
# lack of")
_AR_BLOCKING = frozenset(
    normalize_ar(w) for w in ("بسبب", "في", "من", "عن", "مع", "بعد", "قبل", "رغم", "جراء", "نتيجة")
)
# Arabic words at most between the verb of urging and عدم (its subject and object, على/إلى: حثت الشركة المشغلة للمطار
# المسافرين على عدم)
_EXHORT_REACH = 6
# English words at most between the verb of urging and the 'to' of what it asks for
_EXHORT_TO = 8
# verbs of staying and holding back, by which a deed asked not to be done may be told ('to stay indoors')
_EN_KEEPING = word_set("negation_cues_en.tsv", "keeping")
# a negation of what is asked anywhere after the verb of urging ('not to', 'to not', 'never to', 'against driving'),
# or a failure ('failure to act'): the English keeps the Arabic's not-doing
_EN_ASKED_NOT = re.compile(r"\b(?:not|never|against|failure|failing|inability)\b|n't\b", re.I)
# what ends the clause of the verb of urging before a 'to': a stop, a 'that', a conjunction of another clause
_EN_CLAUSE_BREAK = re.compile(r"[.;:!?]|\b(?:that|because|since|although|though|but|while|whereas)\b", re.I)
# words after the asked verb that keep the not-doing in other words ('asked to speak anonymously', 'to go unnamed')
_EN_UNNAMED = re.compile(r"\b(?:anonymous\w*|unnamed|unidentified|anonymity)\b", re.I)


def _exhortation_frame(x: _Sides) -> tuple[Neg, str, str] | None:
    """A verb of urging or asking before عدم and the verbal noun it negates (دعت السكان إلى عدم القيادة, طلب عدم
    الكشف عن اسمه), with no في or من right before عدم (التحقيق في عدم صرف "an inquiry into the failure to pay"),
    and an English verb of urging or asking: (the Arabic negation, the English 'to' and the verb it asks for, that
    verb), or (the negation, '', '') where the English keeps the not-doing in the verb's clause ('not to',
    'against', 'anonymously'). The 'to' is one before a word of content or 'be', not after 'appealed' ('appealed to the
    public'), 'order' ('in order to') or a 'that' ('demanded that wages be cut … to protect')."""
    pair = x.pair
    for neg in x.ar_n:
        if neg.kind != "weak" or _first_word(neg.text).lstrip("وب") != "عدم":
            continue
        text = pair.ar[neg.sentence].text
        if _quoted(text, neg.start):
            continue
        toks = ar_tokens(text)
        at = next((i for i, t in enumerate(toks) if t.start == neg.start), None)
        if at is None:
            continue
        # the verb of urging: no noun with its article (الطلب "the request"); right before عدم, no preposition that
        # makes it another word's object (بسبب عدم "because of the lack of", في عدم "into the failure to"; the من of
        # طلب من السكان عدم "asked residents not to" is the verb's own, further back)
        urging = next(
            (
                k
                for k in range(at - 1, max(-1, at - 1 - _EXHORT_REACH), -1)
                if not toks[k].norm.lstrip("وف").startswith("ال")
                and (toks[k].norm.lstrip("وف") in _AR_EXHORT or gloss_stems(toks[k].text) & _EXHORT_STEMS)
            ),
            None,
        )
        if urging is None or (urging < at - 1 and toks[at - 1].norm.lstrip("و") in _AR_BLOCKING):
            continue
        # عدم التنقل إلا للضرورة "not to travel except when necessary": the exception makes it 'only when necessary'
        # (إلا with its hamza, not ألا "that … not")
        clause = re.split(r"[،,.;:؛]", text[neg.start :], maxsplit=1)[0]
        if re.search(r"(?<![\u0621-\u064a])[وف]?إلا(?![\u0621-\u064a])", strip_diacritics(clause)):
            continue
        for e in pair.en:
            words = list(re.finditer(r"[A-Za-z']+", e.text))
            for k, w in enumerate(words):
                low = w.group(0).lower()
                if stem(low) not in _EXHORT_STEMS and low not in _EXHORT_STEMS:
                    continue
                # the English keeps what is asked not to be done, in the verb's clause ('not to', 'against driving';
                # not a 'did not' after a comma, another clause's)
                stop = re.search(r"[,;:.!?]", e.text[w.end() :])
                own = e.text[w.end() : w.end() + stop.start() if stop else len(e.text)]
                if _EN_ASKED_NOT.search(own) or _EN_UNNAMED.search(own):
                    return neg, "", ""  # ('requested anonymity because she had no authority to brief')
                first = k + 2 if stem(low).startswith("appeal") else k + 1
                to = next(
                    (
                        j
                        for j in range(first, min(k + 1 + _EXHORT_TO, len(words) - 1))
                        if words[j].group(0) == "to"
                        and (words[j + 1].group(0).lower() == "be" or words[j + 1].group(0).lower() not in STOPWORDS)
                        and words[j - 1].group(0).lower() != "order"
                    ),
                    None,
                )
                if to is None or _EN_CLAUSE_BREAK.search(e.text[w.end() : words[to].start()]):
                    continue
                if _EN_ASKED_NOT.search(e.text[w.end() : words[to + 1].end()]):
                    return neg, "", ""  # 'urged residents, who were frightened, not to drive'; 'to not drive'

                if _EN_UNNAMED.search(" ".join(v.group(0) for v in words[to + 1 : to + 6])):
                    return neg, "", ""  # 'asked to speak anonymously': the not-naming kept in other words
                verb = words[to + 1 if words[to + 1].group(0) != "be" or to + 2 >= len(words) else to + 2]
                return neg, e.text[words[to].start() : verb.end()], verb.group(0).lower()
    return None


def _exhortation_unnegated(x: _Sides) -> list[Finding]:
    """What the Arabic asks not to be done (``_exhortation_frame``) the English asks for: 'urged residents to drive'
    for دعت السكان إلى عدم القيادة, 'asked to be named' for طلب عدم الكشف عن اسمه (flipped, minor, 0.6). Not where
    the asked verb is negative in its sense or one of keeping ('to avoid', 'to stay'). The glosses need not tie the
    verbal noun to the English verb, which the frame does: the English span is the 'to' and its verb."""
    frame = _exhortation_frame(x)
    if frame is None:
        return []
    neg, span, verb = frame
    if not span or _en_negative_word(verb) or verb in _EN_KEEPING:
        return []
    text = x.pair.ar[neg.sentence].text
    ar = f"{neg.text} {w.text}" if (w := _next_ar_word(x.pair, neg)) is not None else neg.text
    if ar not in text:
        ar = neg.text
    why = f"Arabic asks for '{ar}' not to be done, but the English asks for it: '{span}'"
    return [_flipped(x.pair, ar, span, 0.6, why, severity="minor")]


@lru_cache(maxsize=1)
def _reversals() -> dict[str, tuple[frozenset[str], bool]]:
    """negation_reversals_en.tsv: stem of a negative verb of stance → (stems of the positive verbs that
    reverse it, whether an English negative verb for an Arabic positive one counts as well)."""
    out: dict[str, tuple[set[str], bool]] = {}
    for negative, positive, both, *_ in load("negation_reversals_en.tsv"):
        stems, _ = out.setdefault(stem(negative), (set(), both == "both"))
        # the stem of the third person too: the stemmer cuts 'succeed' to 'succ' but 'succeeded' to 'succeed'
        stems.update(x for w in positive.split() for x in (stem(w), stem(w + "s")))
    return {k: (frozenset(v), b) for k, (v, b) in out.items()}


def _stance_keys(word: str) -> frozenset[str]:
    """Comparison keys of what an Arabic word says first: the first sense of each dictionary reading
    (نفى 'deny', not سلب 'deprive; deny'), and its negation lexicon gloss (نافية "denying")."""
    from workbench.morphology import first_sense

    glosses = _ar_glosses()
    tok = ar_tokens(word)[:1]
    gloss = next((glosses[k] for t in tok for k in ((t.norm,), (t.bare,)) if k in glosses), "")
    first = {_key(stem(w.lower())) for a in analyses(word) for w in first_sense(a.stem.gloss).split()[:1]}
    return frozenset(first) | {_key(stem(w)) for w in re.findall(r"[a-z]{3,}", gloss)}


def _en_negative_word(low: str) -> bool:
    """An English word negative in its meaning (denied, refusal, dismissed), by the lexicons; a negative
    affix (unable) is the English negation list's to find."""
    return (
        bool(_EN_LEXICAL_NEGATIVE.match(low))
        or _negative_sense(stem(low))
        or any(stem(low) == n or stem(low).startswith(n) and len(n) >= 4 for n in _reversals())
    )


def _stance_reversed(x: _Sides) -> list[Finding]:
    """A verb of negative stance reversed (major, 0.7): an Arabic word that denies, refuses, fails or
    prevents (نفى، نافية، رفض، فشل، منع) rendered by the verb that reverses it ("confirmed", "agreed",
    "succeeded", "allowed"); or, for the rows of negation_reversals_en.tsv that read both ways, an
    English "refused" or "failed" where the Arabic has the positive verb (وافق، نجح) and no negation.

    Guards: the Arabic word stands under no negation of its own (لم ينف "did not deny" → "confirmed" is
    faithful); it says the stance first (سلب 'deprive; deny' does not deny); the English sentences that
    render it have no negation left over to render it (نفى أن يكون "said it had not"); the English
    positive verb renders no other Arabic word (أكد "confirmed" beside the نفى), stands under no English
    negation, and inside a quote only where the Arabic word does."""
    table = _reversals()
    pair = x.pair
    for k, s in enumerate(pair.ar):
        for t in ar_tokens(s.text):
            if not (_negative_in_meaning(t.text) or _ar_lexicon().get((strip_clitics(t.norm),)) == "weak"):
                continue
            senses = _stance_keys(t.text)
            positives = {p for n, (ps, _) in table.items() if _key(n) in senses for p in ps}
            if not positives or _under_negation(pair, x.ar_found, k, t):
                continue
            if _names_someone(t.text, pair) or _spells_a_name(t.text, pair):
                continue  # ياب the island Yap, not أبى 'refuse'
            neg = Neg(t.text, "weak", k, t.start)
            region = _rendering_sentences(pair, neg)
            # each English negative word may render one Arabic negation: none may be left for this one; one that
            # renders an Arabic word of its own sense (أوقفت "stopped") renders none
            taken = _taken_negatives(pair, neg)
            negatives = [
                (j, at) for j, at in _en_negatives(x, region) if _key(stem(_word_at(pair.en[j].text, at))) not in taken
            ]
            arabic = [
                n
                for n in x.ar_found
                if n.sentence == k and (n is neg or n.start == t.start or not _senses(n.text.split()[0]) & taken)
            ]
            if len(negatives) >= len(arabic):
                continue
            en_toks = [(j, u) for j in region for u in en_tokens(pair.en[j].text)]
            stance = {_key(n) for n in table if _key(n) in senses}  # deny, refuse: not every gloss of the word
            if any(_key(stem(u.low)) in stance and not _after_not(pair.en[j].text, u.start) for j, u in en_toks):
                continue  # ونفى … "He denied …, saying only one had been confirmed": the stance said in its own word
            quoted = _quoted(s.text, t.start)
            for j, u in en_toks:
                if stem(u.low) not in positives or _after_not(pair.en[j].text, u.start):
                    continue
                if _quoted(pair.en[j].text, u.start) != quoted:
                    continue  # a word of the quote and the reporting verb outside it ("…," confirmed Zárate)
                if _ar_says(pair, stem(u.low)) or (
                    _ar_says_any(pair, positives, t) and not _near_verbs_rendered(pair, positives, t, u)
                ):
                    continue  # it renders an Arabic word of its own sense, or of a sense near it (وافقت → accepted)
                why = f"Arabic '{t.text}' ({_stance_name(senses)}) became the English '{u.text}', which reverses it"
                return [_flipped(pair, t.text, u.text, 0.7, why)]
    return _stance_added(x)


# words by which the English says a denial without 'not' ('dismissed the reports as baseless')
_EN_DENIAL = word_set("negation_cues_en.tsv", "denial")
# the stems of the English verb of denial ('deny', 'denied', 'denying', 'denial')
_DENY_STEMS = frozenset(stem(w) for w in word_set("negation_cues_en.tsv", "deny"))
# the Arabic verbs of denial: negation_ar.tsv's rows glossed 'denied', 'denies', 'denying' (نفى، تنفي، نافياً), not
# every word one of whose senses is 'deny' (أبى 'refuse' is أبي "my father", نفي "exile")
_AR_DENIALS = frozenset(normalize_ar(r[0]) for r in load("negation_ar.tsv") if len(r) > 2 and r[2].startswith("den"))


def _denial_lost(x: _Sides) -> list[Finding]:
    """An Arabic verb of denial (``_AR_DENIALS``: نفى، تنفي، نافياً), under no negation of its own, whose
    English sentences render the clause it denies (``_negated_clause_told``) and hold no negation, no word negative
    in meaning and no word of denial (``_EN_DENIAL``: baseless, untrue) at all: the denial is gone, and what was
    denied is told as said ('A source … said the incident was linked to …' for نفى مصدر أن يكون الحادث مرتبطاً),
    minor, 0.6 (which English word reverses it is not known; the span is the English reporting verb where there is
    one). On the faithful tuning documents every English sentence rendering such a verb holds a negation or a
    word of denial."""
    pair = x.pair
    if len(pair.en_text.split()) < MIN_ENGLISH_WORDS or _run_together(pair):
        return []
    for k, s in enumerate(pair.ar):
        for t in ar_tokens(s.text):
            if not {t.norm, t.bare, strip_clitics(t.norm)} & _AR_DENIALS or _under_negation(pair, x.ar_found, k, t):
                continue
            if strip_diacritics(t.text).endswith("نفي"):
                continue  # نفي "exile, denial" (the noun, written with ي), not نفى "denied"
            if _names_someone(t.text, pair) or _spells_a_name(t.text, pair) or _quoted(s.text, t.start):
                continue  # a denial inside a quote is the speaker's words: the quote rules read them
            neg = Neg(t.text, "weak", k, t.start)
            region = _rendering_sentences(pair, neg)
            # an English negative word that renders an Arabic word of its own sense ('banning' for حظر) renders no
            # denial
            taken = _taken_negatives(pair, neg)
            negatives = [
                (j, at) for j, at in _en_negatives(x, region) if _key(stem(_word_at(pair.en[j].text, at))) not in taken
            ]
            held = _denial_held_back(pair, region)
            # the English negations are those words ('stopped short of', 'denying') and no other
            if held and all(any(j == h and a <= at <= u.start for h, a, u in held) for j, at in negatives):
                if _negated_clause_told(pair, neg, region):
                    j, a, u = held[0]
                    phrase = pair.en[j].text[a : u.end]
                    why = f"Arabic '{t.text}' denies what follows; the English says no denial was made ('{phrase}')"
                    return [_flipped(pair, t.text, phrase, 0.6, why, severity="minor")]
            if negatives or _lexical_negative_left(pair, region, taken):
                continue
            if any(u.low in _EN_DENIAL for j in region for u in en_tokens(pair.en[j].text)):
                continue
            if not _negated_clause_told(pair, neg, region):
                continue  # what it denies is left out: an omission, no reversal
            verb = next((v.text for j in sorted(region) for v in pair.view.en_verbs[j]), "")
            why = f"Arabic '{t.text}' denies what follows; the English sentence tells it with no denial or negation" + (
                f" ('{verb}')" if verb else ""
            )
            return [_flipped(pair, t.text, verb, 0.6, why, severity="minor")]
    return []


# Arabic words that call something likely (من المرجح، يرجح), English words that call it unlikely
_AR_LIKELY = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "likely"))
_EN_UNLIKELY = word_set("negation_cues_en.tsv", "unlikely")
_AR_UNLIKELY = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "unlikely"))


def _likelihood_reversed(x: _Sides) -> list[Finding]:
    """An Arabic word that calls something likely (ومن المرجح أن يلقي الحادث بظلاله) rendered by an English word that
    calls it unlikely ('the incident is unlikely to cast a shadow'), not after a 'not', where the Arabic holds no
    negation at all (من المرجح ألا "likely not to" and من غير المرجح are what 'unlikely' renders; استبعد "ruled out",
    negative in meaning, too, unless the English renders it by a word of its own sense: متعثرة 'faltering'): a
    reversal (major, 0.65). Both words stand inside a quote, or both outside."""
    pair = x.pair
    en_keys = {_key(stem(t.low)) for s in pair.en for t in en_tokens(s.text)}
    if any(
        n.kind == "strong" or " " in n.text or _first_word(n.text) in _AR_PARTICLES or not _senses(n.text) & en_keys
        for n in x.ar_found
    ):
        return []
    # an Arabic word that calls something unlikely (ومن المستبعد أن، بعيد الاحتمال) is what an 'unlikely' renders
    unlikely_ar = sum(
        1 for a in pair.ar for t in ar_tokens(a.text) if {t.norm, t.bare, strip_clitics(t.norm)} & _AR_UNLIKELY
    ) + sum(len(re.findall(r"بعيد[ةه]? الاحتمال", normalize_ar(a.text))) for a in pair.ar)
    unlikely_en = sum(1 for s in pair.en for u in en_tokens(s.text) if u.low in _EN_UNLIKELY)
    if unlikely_en <= unlikely_ar:
        return []
    for s in pair.en:
        for u in en_tokens(s.text):
            if u.low not in _EN_UNLIKELY or _after_not(s.text, u.start):
                continue
            for a in pair.ar:
                for t in ar_tokens(a.text):
                    if not {t.norm, t.bare, strip_clitics(t.norm)} & _AR_LIKELY:
                        continue
                    if _quoted(a.text, t.start) != _quoted(s.text, u.start):
                        continue
                    why = f"Arabic '{t.text}' calls it likely; the English '{u.text}' calls it unlikely"
                    return [_flipped(pair, t.text, u.text, 0.65, why)]
    return []


def _denial_held_back(pair: AlignedPair, region: set[int]) -> list[tuple[int, int, EnToken]]:
    """(sentence, start of the holding words, the word) of the English words of denial in these sentences that
    words holding a verb back come right before ('stopped short of denying', 'declined to deny'): the denial is
    not made."""
    out = []
    for j in sorted(region):
        text = pair.en[j].text
        for u in en_tokens(text):
            m = _HELD_BACK.search(text[: u.start]) if stem(u.low) in _DENY_STEMS else None
            if m:
                out.append((j, m.start(), u))
    return out


def _en_negatives(x: _Sides, region: set[int]) -> set[tuple[int, int]]:
    """(sentence, start) of the English negations in these sentences that may render an Arabic one: every
    strong one, the weak ones that render (not still, only), and words negative in meaning (dismissed)."""
    out = {(n.sentence, n.start) for n in x.en_n if n.sentence in region and (n.kind == "strong" or _renders(n))}
    taken = {(n.sentence, n.start + i) for n in x.en_n for i in range(len(n.text))}
    for j in region:
        for u in en_tokens(x.pair.en[j].text):
            if (j, u.start) not in taken and _en_negative_word(u.low):
                out.add((j, u.start))
    return out


def _word_at(text: str, start: int) -> str:
    """The lower-case word that starts at ``start`` in the text."""
    m = re.match(r"[\w'’-]+", text[start:])
    return m.group(0).lower() if m else ""


def _ar_says(pair: AlignedPair, en_stem: str) -> bool:
    """An Arabic word of the pair is glossed with the English stem itself (أكد 'confirm' for confirmed)."""
    return any(en_stem in gloss_stems(t.text) for a in pair.ar for t in ar_tokens(a.text))


def _ar_says_any(pair: AlignedPair, stems: set[str], word: ArToken) -> bool:
    """An Arabic word of the pair other than ``word`` is glossed with one of the positive verbs that reverse
    it (وافقت 'agree' beside رفضت): the English 'accepted' may render that word, its near-synonym."""
    return any(t != word and gloss_stems(t.text) & stems for a in pair.ar for t in ar_tokens(a.text))


def _near_verbs_rendered(pair: AlignedPair, stems: set[str], word: ArToken, en_word: EnToken) -> bool:
    """Each Arabic word near in sense to the English positive verb (مؤكدة 'confirming' beside نفت) is a
    reporting verb that an English reporting verb of its class, not ``en_word``, renders (نفت … مؤكدة أن →
    "acknowledged …, but stressed that"): the English verb is left to render ``word``, which it reverses."""
    near = [t for a in pair.ar for t in ar_tokens(a.text) if t != word and gloss_stems(t.text) & stems]
    ar_verbs = {v.text: v.cls for verbs in pair.view.ar_verbs for v in verbs}
    if not near or any(t.text not in ar_verbs for t in near):
        return False
    # an English verb of another class renders it no less ("…, saying that" for مؤكدة أن: a weaker verb, the
    # reporting-verb detector's), but not one of denial, which renders the negative word itself
    have = [v for verbs in pair.view.en_verbs for v in verbs if v.text != en_word.text and v.cls != "denial"]
    return len(have) >= len(near)


def _stance_name(senses: frozenset[str]) -> str:
    return next((n for n in _reversals() if _key(n) in senses), "negative")


def _under_negation(pair: AlignedPair, negs: list[Neg], k: int, t: ArToken) -> bool:
    """The Arabic word is the one a strong negation negates (لم ينف), or a particle stands right before it."""
    if any(n.kind == "strong" and n.sentence == k and n.start < t.start < n.start + len(n.text) for n in negs):
        return True
    before = ar_tokens(pair.ar[k].text[: t.start])[-1:]
    return any(b.norm in _AR_PARTICLES or _is_particle(Neg(b.text, "weak", k, b.start)) for b in before)


def _stance_added(x: _Sides) -> list[Finding]:
    """An English negative verb of stance ("refused", "failed") where the English has more negations than
    the Arabic, no Arabic word has that sense, and an Arabic verb is one the row reverses (وافقت "agreed",
    نجح "succeeded")."""
    pair = x.pair
    if _run_together(pair) or len(_en_negatives(x, set(range(len(pair.en))))) <= len(x.ar_found):
        return []
    for n, (positives, both) in _reversals().items():
        if not both or _en_says_positive(pair, positives):
            continue  # 'rejected the deal the others accepted': the Arabic positive verb has its own rendering
        for s in pair.en:
            for u in en_tokens(s.text):
                if stem(u.low) != n or _after_not(s.text, u.start) or _arabic_places(pair, u.text):
                    continue
                # لم يتمكن "did not manage" is 'failed' already: a verb a negation governs is no positive, and
                # the English verb renders it (لم توافق على طلبات تقدّم بها "rejected requests it received"),
                # so no other positive verb of the row (تقدّم 'submitted') is left for it to reverse
                keys = {_key(p) for p in positives}
                verbs = [(k, t) for k, a in enumerate(pair.ar) for t in ar_tokens(a.text) if _verb_of(t.text, keys)]
                if any(_under_negation(pair, x.ar_found, k, t) for k, t in verbs):
                    continue
                ar_word = next((t for k, t in verbs if not _under_negation(pair, x.ar_found, k, t)), None)
                if ar_word is not None:
                    why = f"Arabic '{ar_word.text}' has no negation, but the English says '{u.text}', which reverses it"
                    return [_flipped(pair, ar_word.text, u.text, 0.65, why)]
    return []


def _en_says_positive(pair: AlignedPair, positives: frozenset[str]) -> bool:
    """The English has, under no negation, a positive verb of the row ('approved', 'accepted', 'succeeded'),
    which may render the Arabic positive verb itself."""
    return any(stem(u.low) in positives and not _after_not(s.text, u.start) for s in pair.en for u in en_tokens(s.text))


def _verb_of(word: str, keys: set[str]) -> bool:
    """A verb reading of the Arabic word is glossed with one of the keys, and no reading is a function
    word (قبل is 'accept' but far more often 'before')."""
    if re.search("[\u064b-\u064d]", word) or strip_clitics(normalize_ar(word)) == "وفقا":
        return False  # tanwin is a noun's (ووفقًا لمشروع القانون "according to the bill", not وفّق "succeeded")
    readings = analyses(word)
    if any(a.stem.cat.startswith("FW") for a in readings):
        return False
    return any(_is_verb(a.stem.cat) and {_key(g) for g in _gloss_set(a.stem.gloss)} & keys for a in readings)


# words that say something has happened by now ('already', 'now') and words that say it is still to come ('still',
# 'yet', 'so far'): negation_cues_en.tsv's 'done' and 'pending' lists
_EN_DONE = re.compile(rf"\b(?:{alternation(word_set('negation_cues_en.tsv', 'done'))})\b", re.I)
_EN_PENDING = re.compile(rf"\b(?:{alternation(word_set('negation_cues_en.tsv', 'pending'))})\b", re.I)
# auxiliaries that stand before or after 'already' / 'now' in the verb phrase the finding names
_AUXILIARIES = word_set("function_words_en.tsv", "negation_done_aux")


def _not_yet_told_done(x: _Sides) -> list[Finding]:
    """The Arabic says something has not happened yet (لم تُبدِ … حتى الآن "has not so far shown", لم تصل بعد), and
    the English sentence rendering its clause says it has happened by now ('has already signalled', 'has now
    banned'), with no negation there and no word of something still to come ('still', 'yet', 'so far'): the
    statement is reversed. It is read where the glosses lose the negated verb (تُبدِ also reads 'perish', a
    negative word whose negation an English positive may render) and inside quotes, whose count of negations a
    negative word ('banned' for لم تمنع) may balance: 'already' or 'now' against a "not yet" is the reversal's own
    mark. Minor, 0.6: the verb phrase around 'already' / 'now' is named."""
    pair = x.pair
    for neg in x.ar_n:
        # a verb negated (لم تمنع، لم يتم), not an exception (إلا بعد أن "only after") or a noun's negation
        first = _first_word(neg.text)
        if first not in _NOT_YET_PARTICLES and not (first[:1] in "وف" and first[1:] in _NOT_YET_PARTICLES):
            continue
        if not says_not_yet(pair.ar[neg.sentence].text, neg.text, neg.start):
            continue
        region = _rendering_sentences(pair, neg)
        glosses = {g for t in _negated_ar_words(pair, neg) for g in gloss_stems(t.text)}
        # a dis- word (displaced, discuss) is mostly no negation at all
        english = [
            n
            for n in x.en_n
            if n.sentence in region
            and (n.kind == "strong" or not (_renders_negated(n, glosses) or n.text.lower().startswith("dis")))
        ]
        # the English negations there may render the sentence's other Arabic negations (دون معالجة 'untreated')
        arabic = [n for n in x.ar_n if n.sentence == neg.sentence]
        # the subject counts: 'already' reverses a statement whose verb the English words in its own way
        # ('has already been hit' for لم يتأثر "has not been affected")
        # 'had already received' for لم يتلقوا حتى الآن "have not yet received": 'already' on the very verb the
        # negation bears on reverses it however the sentence's other negations pair up
        direct = any(_done_on(pair.en[k].text, glosses) for k in region)
        if (len(english) >= len(arabic) and not direct) or not _negated_clause_told(pair, neg, region, subject=True):
            continue
        # لم تفتح … منذ بدء الحرب حتى الآن "has not opened since the war began": a length of time, which 'now' renders
        # with an antonym ('have now been closed'); an antonym or another negative word of the English ('scarce')
        # renders the negation, as in the rule for no English negation
        if "منذ" in normalize_ar(_negated_clause(pair, neg)):
            continue
        if not direct and _antonym_rendered(pair, _negated_ar_words(pair, neg), region):
            continue
        if not direct and _lexical_negative_left(pair, region, {_key(g) for g in glosses}):
            continue
        for k in sorted(region):
            text = pair.en[k].text
            if _EN_PENDING.search(text):
                continue
            done = _EN_DONE.search(text)
            if done is None:
                continue
            why = (
                f"Arabic '{neg.text}' says it has not happened yet, but the English says it has "
                f"'{done.group(0).lower()}' happened"
            )
            return [
                _flipped(
                    pair, neg.text, _verb_phrase_around(text, done.start(), done.end()), 0.6, why, severity="minor"
                )
            ]
    return []


def _done_on(text: str, glosses: Collection[str]) -> bool:
    """A word of something done by now ('already', 'now') stands right before an English verb (auxiliaries and
    'been' between allowed) that says one of ``glosses``, the senses of the negated Arabic word, with no
    English negation before it: 'had already received' for لم يتلقوا."""
    for m in _EN_DONE.finditer(text):
        if _after_not(text, m.start()):
            continue
        after = [w.lower() for w in re.findall(r"[A-Za-z']+", text[m.end() : m.end() + 40])]
        words = [w for w in after if w not in _AUXILIARIES][:1]
        if words and stem(words[0]) in glosses:
            return True
    return False


# the particles that negate a verb in a "not yet" (لم تصل بعد، لا يزال … لم، لما يصل)
_NOT_YET_PARTICLES = frozenset({"لم", "لما", "لن", "لا", "ما", "ليس"})


def _negated_clause(pair: AlignedPair, neg: Neg, *, subject: bool = False) -> str:
    """The words of the negation's clause after it, up to a punctuation mark or a quotation mark; with
    ``subject``, its words before the negation as well, from the mark before it."""
    text = pair.ar[neg.sentence].text
    rest = text[neg.start + len(neg.text) :]
    # a name of up to three words in quotation marks right after the word is its subject, no quote (نفت "قسد" أي
    # صلة لها)
    named = re.match(r"\s*[\"«“][^\"«»“”\s]+(?:\s[^\"«»“”\s]+){0,2}[\"»”](?=\s+\w)", rest)
    after = re.split(r"[،,.;:!?؟؛»”\"]", rest[named.end() if named else 0 :], maxsplit=1)[0]
    if not subject:
        return after
    before = re.split(r"[،,.;:!?؟؛«»“”\"]", text[: neg.start])[-1]
    # the subject starts after إن/أن: وقال مصدر في الشركة إن الضخ لم يتأثر … is the speaker's clause before it
    that = [t for t in ar_tokens(before) if t.norm in COMPLEMENTISERS]
    return (before[that[-1].end :] if that else before) + " " + after


def _renders_negated(n: Neg, glosses: set[str]) -> bool:
    """An English weak negation, a word negative in itself, renders the negated Arabic word (of ``glosses``) rather
    than its negation: one of its glosses ('refused' for ترفض), or a word of a negative sense for one of a negative
    sense ('banned' for تمنع 'prevent, forbid')."""
    word = stem(n.text.split()[0].lower())
    if _key(word) in {_key(g) for g in glosses}:
        return True
    return word in _negative_senses() and any(g in _negative_senses() for g in glosses)


def _verb_phrase_around(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]`` ('already', 'now') in its verb phrase: the auxiliaries before it and
    after it, and the word after those ('has already signalled', 'have now been tracked')."""
    # the words of the clause only: a comma or a full stop ends the phrase ('as of now, has signalled')
    clause_start = max(text.rfind(c, 0, start) for c in ",;:.") + 1
    clause_end = min((k for k in (text.find(c, end) for c in ",;:.") if k >= 0), default=len(text))
    words = [
        (m.start() + clause_start, m.end() + clause_start, m.group(0).lower())
        for m in re.finditer(r"[A-Za-z'’-]+", text[clause_start:clause_end])
    ]
    at = next(k for k, (a, _b, _w) in enumerate(words) if a >= start)
    first = at
    while first > 0 and words[first - 1][2] in _AUXILIARIES:
        first -= 1
    last = at + 1
    while last < len(words) and words[last][2] in _AUXILIARIES:
        last += 1
    last = min(last, len(words) - 1)
    return text[words[first][0] : words[last][1]]


# the rules in the order they are tried: the first that fires gives the finding
_RULES: tuple[Callable[[_Sides], list[Finding]], ...] = (
    _quote_lost,
    _litotes_told_plainly,  # minor, 0.6: لم يخفوا قلقهم "did not hide their concern" rendered 'hid their concern'
    _arabic_negation_unrendered,
    _own_sense_unnegated,  # major (uncalibrated), 0.7: لم يستبعد 'ruled out' beside a negation the English keeps
    _emphatic_do,
    _arabic_negates_more,
    _double_negative,
    _english_negates_more,
    _english_negation_moved,
    _english_negation_added,
    _particle_dropped,  # major, 0.6: عدم/غير before a word the English renders with no negation
    _exhortation_unnegated,  # minor, 0.6: حثت على عدم التوجه "urged not to go" rendered 'urged to go'
    _without_became_with,  # major, 0.6: بدون X "without X" rendered "with X"
    _stance_reversed,  # major, 0.7 / 0.65: نفى "denied" rendered "confirmed", وافق "agreed" rendered "refused"
    _denial_lost,  # minor, 0.6: نفى "denied" told with no denial or negation in the English at all
    _likelihood_reversed,  # major, 0.65: من المرجح "likely" rendered 'unlikely'
    _none_made_not_all,  # minor, 0.6: لم … أي "none" rendered "not … all"
    _none_made_some,  # major, 0.7: لم تسجل أي شكوى "no complaint" rendered "several complaints"
    _exception_lost,  # minor, 0.6: لا … إلا "only" rendered as a plain "not"
    _bound_made_excess,  # major, 0.7: لا يتجاوز "does not exceed" rendered "exceeds"
    _quote_gained,  # minor, 0.6: an English sentence of a quote negates, the Arabic one it renders not
    _not_yet_told_done,  # minor, 0.6: لم … حتى الآن "not yet" rendered 'has already', 'has now'
    _no_english_negation,  # minor, 0.5: the Arabic negates, the English has no negation at all
)


def _rendered_itself(pair: AlignedPair, neg: Neg) -> bool:
    """The negation word is rendered as a word of its own: غيّر "changed" (the verb, spelt like غير), or
    reads as that verb, with an object pronoun on the next word (غير اسمه "changed his name")."""
    nxt = _next_ar_word(pair, neg)
    if _first_word(neg.text).endswith("غير") and nxt is not None and re.search(r"(?:ه|ها|هم|هما)$", nxt.text):
        return True
    keys = {_key(g) for t in ar_tokens(neg.text)[:1] for g in gloss_stems(t.text)} - {"non", "not", "other"}
    return any(_key(stem(t.low)) in keys for s in pair.en for t in en_tokens(s.text) if len(t.low) > 3)


def _in_compound(text: str, tok: EnToken) -> bool:
    """The English word is part of a hyphenated compound, which may carry the negation itself
    (off-the-record, non-resident, tax-free)."""
    return text[max(0, tok.start - 2) : tok.start].strip().endswith("-") or text[tok.end : tok.end + 1] == "-"


def _first_word(text: str) -> str:
    toks = ar_tokens(text)
    return toks[0].norm if toks else ""


def _next_ar_word(pair: AlignedPair, neg: Neg) -> ArToken | None:
    """The Arabic word right after a negation word, within its clause."""
    text = pair.ar[neg.sentence].text
    end = neg.start + len(neg.text)
    if re.match(r"\s*[،,.;:!?؟؛]", text[end:]):
        return None
    return next((t for t in ar_tokens(text) if t.start >= end), None)


# do / does / did before a bare verb, not in a question ("Why did Mr Kavanaugh want") and not negated
# (do as the main verb, "did it", "to do so", is none)
_EMPHATIC_DO = re.compile(
    r"(?<!\bto )\b(?:[Dd]o|[Dd]oes|[Dd]id)\s+(?!(?:not|it|so|this|that|these|those|the|a|an|what|anything|nothing|"
    r"something|everything|more|well|with|to|for|about|[a-z]+ing|[a-z]+ed|[a-z]+s)\b)(?:[a-z]+ly\s+)?[a-z]+\b"
)

# English weak words that keep findings away but render no Arabic negation ("still" for لا يزال)
_EN_NOT_RENDERING = word_set("negation_cues_en.tsv", "not_rendering")
_FUNCTION = word_set("function_words_en.tsv", "negation_function")
_AUX = word_set("function_words_en.tsv", "negation_aux")


def _arabic_counterpart(pair: AlignedPair, neg: Neg) -> bool:
    """The English word negated ('not pay') has an Arabic counterpart in the pair (by lexicon glosses)."""
    s = pair.en[neg.sentence].text
    # the negated words: up to four content words after the negation, within its clause
    clause = re.split(r"[,;:!?—–]|\s-\s|\b(?:but|and|while|because|although|though|as)\b", s[neg.start :])[0]
    after = re.findall(r"[A-Za-z]+", clause)[1:8]
    words = list(
        dict.fromkeys(w for w in after if w.lower() not in _AUX and w.lower() not in _FUNCTION and len(w) > 2)
    )[:4]
    if not words:
        return False
    rendered = {_key(stem(w)) for w in re.findall(r"[a-z]+", pair.rendering.lower())}
    senses = {_key(g) for a in pair.ar for t in ar_tokens(a.text) for g in gloss_stems(t.text)}
    return any(_key(stem(w.lower())) in rendered | senses for w in words)


def _located_word(pair: AlignedPair, text: str, neg: Neg, *, strict: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """The negated English word and its Arabic places; where the verb has no Arabic counterpart by the
    glosses ('not grab control'), its object's places tell where the clause sits. ``strict``: see
    ``_arabic_places``."""
    words = _negated_words(text, neg, skip_adverbs=True)
    if not words:
        return "", []
    places = _arabic_places(pair, words[0], strict=strict)
    verb_end = text.find(words[0], neg.start) + len(words[0])
    obj = re.match(r"\s+(?:(?:a|an|the|any|its|his|her|their|our|my|your)\s+)?([A-Za-z]{3,})\b", text[verb_end:])
    if not places and obj and obj.group(1) in words:
        # the object right after the verb, a determiner at most between (not 'reported in X', 'want to take')
        return obj.group(1), _arabic_places(pair, obj.group(1), strict=strict)
    return words[0], places


def _negated_word(text: str, neg: Neg, skip_adverbs: bool = False) -> str:
    """The first content word after an English negation, within its clause ('not remain closed' → remain)."""
    words = _negated_words(text, neg, skip_adverbs)
    return words[0] if words else ""


def _negated_words(text: str, neg: Neg, skip_adverbs: bool = False) -> list[str]:
    """The content words after an English negation, within its clause, nearest first ('not remain closed'
    → remain, closed)."""
    clause = re.split(r"[,;:!?—–]|\s-\s|\b(?:but|and|while|because|although|though|as)\b", text[neg.start :])[0]
    words = [w for w in re.findall(r"[A-Za-z]+", clause)[1:8] if w.lower() not in _AUX | _FUNCTION and len(w) > 2]
    if skip_adverbs:
        words = [w for w in words if not w.lower().endswith("ly") and w.lower() not in _EN_LIGHT]
    return words


# verbs too light to locate a negation by ('did not have a penalty', 'could not get')
_EN_LIGHT = word_set("function_words_en.tsv", "negation_light")


def _in_its_sentence(pair: AlignedPair, neg: Neg, places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a link pairs as many Arabic sentences as English ones, the places in the Arabic sentence that
    stands where the English negation's sentence stands: a lookalike of the negated verb in the sentence
    before ('reports continue' beside لم يتم الإخطار "was not reported") says nothing of this one."""
    if len(pair.ar) != len(pair.en) or len(pair.ar) < 2:
        return places
    return [pl for pl in places if pl[0] == neg.sentence]


def _arabic_clauses(pair: AlignedPair, negs: list[Neg]) -> set[tuple[int, int]]:
    """(sentence, token index) of the Arabic words near a negation: the subject put first (the two words
    before it, or a longer noun phrase: هوية الرجلين الآخرين لم تحدد) and the rest of its clause, up to
    eight words."""
    out = set()
    for n in negs:
        text = pair.ar[n.sentence].text
        toks = ar_tokens(text)
        first = next((i for i, t in enumerate(toks) if t.start >= n.start), None)
        if first is None:
            continue
        end = next((m.start() for m in re.finditer(r"[،,.;:!?؟؛]", text) if m.start() > toks[first].end), len(text))
        # a name's abbreviation in brackets (والقطاني (أونيكل) عن الأسعار) is no word of the clause's length
        counted = [i for i in range(first, len(toks)) if not _in_brackets(text, toks[i].start)][:9]
        reach = counted[-1] if counted else first
        last = max((i for i in range(first, reach + 1) if toks[i].start < end), default=first)
        out |= {(n.sentence, i) for i in range(min(first - 2, _subject_start(text, toks, first)), last + 1) if i >= 0}
        out |= {(n.sentence, i) for i in _pluperfect_reach(text, toks, first)}
        out |= {(n.sentence, i) for i in _predicate_reach(text, toks, first)}
    return out


def _predicate_reach(text: str, toks: list[ArToken], first: int) -> list[int]:
    """The predicate a negated كان at token ``first`` negates, past its subject and the asides between commas
    (ولم يكن شودري، البالغ من العمر 67 عامًا، حاضرًا في المحكمة "was not present in court"): the first word after the
    subject written in the accusative (tanween fath) outside an aside, none where the clause ends first."""
    if first + 2 >= len(toks) or toks[first].norm.lstrip("وف") not in ("لم", "ما"):
        return []
    if toks[first + 1].norm not in _AR_BE:
        return []
    subject_end = toks[first + 2].end
    for i in range(first + 3, len(toks)):
        if opens_clause(text, toks, i) or text.count(".", subject_end, toks[i].start):
            return []
        inside_aside = text.count("،", subject_end, toks[i].start) % 2 == 1
        if not inside_aside and "\u064b" in text[toks[i].start : toks[i].end + 1]:  # مستعدةً: the mark after ة
            return [i]
    return []


def _pluperfect_reach(text: str, toks: list[ArToken], first: int) -> list[int]:
    """The قد and the verb after it that a negated كان at token ``first`` negates (لم يكن، ما كان: ولم يكن الأهلي، الذي
    توّج باللقب 12 مرة، قد خسر "Al Ahly … had not lost"), past the subject and its asides, however long: the indices
    of the two words, none where there is no such قد before the clause ends (a full stop, a complementiser, or a
    new clause that a comma and و open: "، وقال المدرب إنه قد حذر" is another statement)."""
    if first + 1 >= len(toks) or toks[first].norm.lstrip("وف") not in ("لم", "ما"):
        return []
    if toks[first + 1].norm not in _AR_BE:
        return []
    for i in range(first + 2, len(toks) - 1):
        if opens_clause(text, toks, i):
            return []
        if toks[i].norm == "قد":
            return [i, i + 1]
    return []


def _in_brackets(text: str, pos: int) -> bool:
    """The position lies inside round brackets."""
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


# the longest subject noun phrase read before a negation: a head and its definite genitives and adjectives
_SUBJECT_WORDS = 4


def _subject_start(text: str, toks: list[ArToken], first: int) -> int:
    """Index of the first word of the definite words right before token ``first`` and the one word before
    them (the construct's head: هوية الرجلين الآخرين), within its clause; ``first`` when there are none."""
    i = first
    while i > 0 and first - i < _SUBJECT_WORDS - 1 and toks[i - 1].norm.startswith("ال"):
        if re.search(r"[،,.;:!?؟؛]", text[toks[i - 1].end : toks[i].start]):
            return i
        i -= 1
    if i == first or i == 0 or re.search(r"[،,.;:!?؟؛]", text[toks[i - 1].end : toks[i].start]):
        return i
    return i - 1


def _ar_word_at(pair: AlignedPair, place: tuple[int, int]) -> str:
    """The Arabic word, exactly as written, at a (sentence, token index) place."""
    sentence, index = place
    return ar_tokens(pair.ar[sentence].text)[index].text


def _arabic_places(pair: AlignedPair, word: str, *, strict: bool = False) -> list[tuple[int, int]]:
    """(sentence, token index) of every Arabic word one of whose glosses is the English word. ``strict``: the
    gloss's stem and the word's also begin alike beyond the five letters the comparison keys keep, one being the
    other's start ('approv' is no 'approach', though both keys read 'appro')."""
    key, own = _key(stem(word.lower())), stem(word.lower())
    return [
        (k, i)
        for k, a in enumerate(pair.ar)
        for i, t in enumerate(ar_tokens(a.text))
        if any(_key(g) == key and (not strict or g.startswith(own) or own.startswith(g)) for g in gloss_stems(t.text))
    ]


def _arabic_reach(pair: AlignedPair, negs: list[Neg]) -> set[tuple[int, int]]:
    """(sentence, token index) of the Arabic words a negation may govern: itself and the four after it (a verb,
    its subject, an object of two words and their adjective: استبعد الوزير إجراء انتخابات مبكرة "ruled out early
    elections"), or the eight after أن when a clause with أن follows, past the verb's subject or not (نفى أن يكون
    قد التقى "denied that he had met", نفى الجيش أن تكون قواته قد قصفت). A negation of several words (ما كان ينبغي
    "should not have") counts from its last word."""
    out = set()
    for n in negs:
        toks = ar_tokens(pair.ar[n.sentence].text)
        first = next((i for i, t in enumerate(toks) if t.start >= n.start), None)
        if first is not None:
            # a strong negation's text carries the word after it, which is no word of the negation itself
            last = first + max(0, len(ar_tokens(n.text)) - (2 if n.kind == "strong" else 1))
            # نفى الجيش أن تكون قواته قد قصفت: the أن clause may follow the verb's subject
            that = next((i for i in range(last + 1, min(len(toks), last + 4)) if toks[i].norm in ("ان", "بان")), None)
            end = that + 9 if that is not None else last + 5
            out |= {(n.sentence, i) for i in range(first, min(len(toks), end))}
    return out


def _english_reach(pair: AlignedPair, *, strong_only: bool = False) -> set[tuple[int, int]]:
    """(sentence, token start) of the English words a negation may govern: the word before, itself, four after.
    ``strong_only``: the words of the strong negations (not, never, no) alone."""
    out = set()
    for n in pair.view.en_negations:
        if not strong_only or n.kind == "strong":
            out |= _reach_of(pair, n)
    return out


def _reach_of(pair: AlignedPair, n: Neg) -> set[tuple[int, int]]:
    """(sentence, token start) of the English words one negation may govern: the word before, itself, four after."""
    toks = en_tokens(pair.en[n.sentence].text)
    first = next((i for i, t in enumerate(toks) if t.start >= n.start), None)
    if first is None:
        return set()
    return {(n.sentence, toks[i].start) for i in range(max(0, first - 1), min(len(toks), first + 5))}


def _key(stemmed: str) -> str:
    """Forgiving stem comparison (vote/voting, depend/dependent, deny/denial): no final e or al, a final
    y read as i, five letters."""
    base = stemmed.rstrip("e")
    if base.endswith("ial") and len(base) > 5:
        base = base[:-2]
    return re.sub(r"y$", "i", base)[:5]


def _quoted(text: str, pos: int) -> bool:
    return any(q.start < pos < q.end for q in find_quotes(text))


def _cut_quotation(pair: AlignedPair) -> bool:
    """The English holds no whole quotation but a lone quotation mark: a quote begun or ended in another
    sentence ('Those things cannot be undone," he said.')."""
    texts = [s.text for s in pair.en]
    marks = sum(t.count('"') + t.count("“") + t.count("”") for t in texts)
    return marks % 2 == 1 and not any(find_quotes(t) for t in texts)


def _unquoted(sentences: Sequence[Sentence], negs: list[Neg]) -> list[Neg]:
    """The negations that stand outside any quotation of their sentence."""
    return [n for n in negs if not _quoted(sentences[n.sentence].text, n.start)]


def _english_counterpart(pair: AlignedPair, neg: Neg, within: set[str] | None = None) -> str:
    """The English word that renders the negated Arabic word (by lexicon glosses), else ''.

    The glosses are tried first; a negated verb's near-synonyms (يرغب 'wish' → want) only after them,
    so that a word the glosses name is preferred. ``within``: only these English words are candidates."""
    if _negates_ability(neg) and not _ability_stated(pair):
        # لم تتمكن الفرق من الوصول "the teams could not reach" → 'had managed to reach': the English verb of managing
        # renders the Arabic one, whatever the glosses read after it (not where an Arabic verb of ability stands
        # un-negated too: تمكنت الشرطة من القبض 'police managed to arrest' is that one's)
        for s in pair.en:
            for t in en_tokens(s.text):
                if t.low in _EN_ABILITY and (within is None or t.text in within):
                    return t.text
    words = _negated_ar_words(pair, neg)
    for senses_of in (_senses, _verb_synonyms):
        for cand in words:
            senses = senses_of(cand.text)
            for s in pair.en:
                for t in en_tokens(s.text):
                    if within is not None and t.text not in within:
                        continue
                    if _key(stem(t.low)) in senses and len(t.low) > 2 and t.low not in _AUX | _MODALS:
                        return t.text
    # a news verb the glosses lack ('deployed' for تنتشر "spread"), last
    glossed = {k for cand in words for k in _senses(cand.text)}
    for s in pair.en:
        for t in en_tokens(s.text):
            if (within is None or t.text in within) and _news_verb_senses().get(stem(t.low), frozenset()) & glossed:
                return t.text
    return ""


@lru_cache(maxsize=1)
def _news_verb_senses() -> dict[str, frozenset[str]]:
    """Stem of an English news verb the dictionary's glosses lack → comparison keys of the glosses of the
    Arabic verbs it renders (certainty_words_en.tsv, 'renders': deploy → send, spread, station, post)."""
    return {
        stem(r[0]): frozenset(_key(stem(g)) for g in r[1].split())
        for r in load("certainty_words_en.tsv")
        if r[-1] == "renders"
    }


def _senses(word: str) -> frozenset[str]:
    """Comparison keys of an Arabic word's glosses, less 'be'."""
    return frozenset(_key(g) for g in gloss_stems(word)) - {"be"}


@lru_cache(maxsize=4096)
def _verb_synonyms(word: str) -> frozenset[str]:
    """Comparison keys of English verbs near in meaning to an Arabic verb: those of every dictionary verb
    entry that shares two gloss words with one of the word's own verb readings (wish;desire → أراد
    'want;wish;desire' → want). Two shared words, within one reading, keep the chain from wandering
    off through a single ambiguous gloss (money ~ blood by way of 'bag')."""
    readings, by_word = _verb_glosses()
    out: set[str] = set()
    for own in readings(word):
        for w in own:
            out |= {x for entry in by_word.get(w, ()) if len(entry & own) >= 2 for x in entry}
    return frozenset(_key(x) for x in out) - _senses(word) - {"be"}


@lru_cache(maxsize=1)
def _verb_glosses() -> tuple[Callable[[str], list[frozenset[str]]], dict[str, list[frozenset[str]]]]:
    """(the verb readings of an Arabic word as sets of gloss stems, gloss stem → every verb entry holding it)."""
    loaded = _lexicon_index()
    by_word: dict[str, list[frozenset[str]]] = {}
    for entry in {_gloss_set(s.gloss) for stems in loaded.stems.values() for s in stems if _is_verb(s.cat)}:
        for w in entry:
            by_word.setdefault(w, []).append(entry)

    def readings(word: str) -> list[frozenset[str]]:
        return list({_gloss_set(a.stem.gloss) for a in analyses(word) if _is_verb(a.stem.cat)})

    return readings, by_word


def _lexicon_index() -> LexiconIndex:
    """The Buckwalter index of the shared morphology service."""
    return get_morphology().index


def _is_verb(cat: str) -> bool:
    return cat.startswith(("PV", "IV"))


def _gloss_set(gloss: str) -> frozenset[str]:
    """The stems of a dictionary gloss's words ('wish;desire' → {wish, desir}), less function words."""
    plain = re.sub(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>", " ", gloss.lower())
    return frozenset(stem(w) for w in re.findall(r"[a-z]+", plain) if w not in GLOSS_SKIP)


# a light verb's gloss matches a modal ('can' for يمكن), which renders nothing negated
_MODALS = word_set("function_words_en.tsv", "negation_modal")


def _negated_ar_words(pair: AlignedPair, neg: Neg) -> list[ArToken]:
    """The Arabic words a strong negation negates: the word after it, and the predicate after a light verb.

    A light verb after the negation (لم يكن، لا يتم، لا يمكن، لم أقم) carries no meaning of its own:
    the next content words are tried as well (لم يكن هناك سبب → "reason").
    """
    text = pair.ar[neg.sentence].text
    toks = ar_tokens(text)
    inside = [k for k, t in enumerate(toks) if neg.start <= t.start < neg.start + len(neg.text)]
    if len(inside) < 2:
        return []
    j = inside[-1]
    # the negated predicate runs on for a word or two (ليست خطيرة أو مهددة "not serious or threatening"),
    # but not past the clause
    clause_end = _ar_clause_end(text, toks[j].end)
    following = []
    for t in toks[j + 1 : j + 5]:
        if t.end > clause_end or t.norm in _AR_PREPOSITIONS:
            break  # a prepositional phrase is an adjunct, no longer the negated predicate
        if t.bare not in _AR_FUNCTION and t.norm not in _AR_FUNCTION:
            following.append(t)
    # لا أحد يعرف "no one knows": the pronoun is part of the negation, and the verb after it what it negates
    pronoun = toks[j].norm in _AR_ANY
    light = _is_light(toks[j]) or pronoun
    reach = following[: _LIGHT_REACH if light else 0]
    # لن يتم إغلاق المعبر: after a passive auxiliary the verbal noun is what is negated and the noun after it
    # its object; an adverb before it (لم يتم حتى الآن إصدار) is passed over
    passive_aux = light and toks[j].norm.lstrip("وف") in _AR_PASSIVE_LIGHT
    if passive_aux:
        noun = next((k for k, t in enumerate(reach) if _content_word(t.text) and t.norm not in _AR_PASSIVE_SKIP), None)
        reach = reach[noun : noun + 1] if noun is not None else reach
    # ولم يكن الطريق سهلا "the road was not easy", لم تستطع القوات دخول: after a light verb, a definite noun
    # followed by an indefinite word is the subject, and the negation falls on the predicate after it
    elif len(reach) == 2 and _definite(reach[0]) and not _definite(reach[1]):
        reach = reach[1:]
    # لم يكن الفريق في أفضل حالاته "the team was not at its best": a definite noun after a form of كان "be", then a
    # preposition: the noun is the subject, the negation bears on the prepositional phrase the glosses cannot place
    elif (
        len(reach) == 1
        and toks[j].norm.lstrip("وف") in _AR_BE
        and _definite(reach[0])
        and _before_preposition(toks, reach[0])
    ):
        reach = []
    # لا يمكن أن نلغي القرار "we cannot cancel the decision", لم نكن نتوقع العدد "we were not expecting the
    # number": a verb right after the light verb or its أن is the negated predicate, and the word after it its
    # object, which the English may well state unnegated ('the decision is final', 'the number surprised us')
    elif len(reach) == 2 and _only_imperfect(reach[0].text) and reach[0] in toks[j + 1 : j + 3]:
        if reach[0] is toks[j + 1] or toks[j + 1].norm == "ان":
            reach = reach[:1]
    # ليس من فعلك "not your doing": a function word (من، في) is no word an English rendering could stand for
    head = [] if pronoun or toks[j].bare in _AR_FUNCTION or toks[j].norm in _AR_FUNCTION else [toks[j]]
    # لم يعد الرئيس يثق "the president no longer trusts": the word after a two-word negation is its subject when
    # it is definite and an indefinite word follows; the negation falls on that word. After a passive
    # auxiliary (لم يتم التأكد من عدد) the definite word is the verbal noun itself
    passive = toks[inside[-2]].norm.lstrip("وف") in _AR_PASSIVE_LIGHT
    if len(inside) >= 3 and not passive and _definite(toks[j]) and following and not _definite(following[0]):
        if not reach:
            head, reach = [], following[:1]
    words = [*head, *reach]
    return words + [t for t in _coordinated(toks, j, clause_end) if t not in words]


_AR_PASSIVE_LIGHT = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "passive_light"))
_AR_PASSIVE_SKIP = frozenset(normalize_ar(w) for w in word_set("negation_cues_ar.tsv", "passive_skip"))


def _content_word(word: str) -> bool:
    """The lexicon reads the Arabic word as something other than a function word only (حتى، أي are not)."""
    readings = analyses(word)
    return not readings or any(not a.stem.cat.startswith("FW") for a in readings)


def _definite(tok: ArToken) -> bool:
    """The Arabic word carries the article (الطريق، والطريق، بالطريق)."""
    return tok.norm.startswith(("ال", "لل")) or tok.norm[1:].startswith("ال")


def _coordinated(toks: list[ArToken], j: int, clause_end: int) -> list[ArToken]:
    """A predicate joined to the negated word by أو / ولا, which the negation governs as well
    (ليست خطيرة أو مهددة لحياته "neither serious nor life-threatening"). Both must read alike, verb
    with verb, noun with noun: لا ترحم أو تأخيرها joins the noun to an earlier one, not to the verb."""
    if j + 2 >= len(toks) or toks[j + 2].end > clause_end or toks[j + 1].norm not in _AR_COORDINATORS:
        return []
    if _imperfect(toks[j].text) != _imperfect(toks[j + 2].text):
        return []
    return [toks[j + 2]]


def _imperfect(word: str) -> bool:
    """The lexicon can read the Arabic word as an imperfect verb (يعارض، ترحم)."""
    return any(a.stem.cat.startswith("IV") for a in analyses(word))


def _only_imperfect(word: str) -> bool:
    """Every reading the lexicon has of the Arabic word is an imperfect verb (نتوقع، نلغي; not لأحد "to anyone",
    also read أحد "I sharpen")."""
    readings = analyses(word)
    return bool(readings) and all(a.stem.cat.startswith("IV") for a in readings)


def _is_light(tok: ArToken) -> bool:
    """A light verb or function word (يكن، يمكن، نفعل، any word glossed 'be'): no meaning of its own."""
    return tok.bare in _AR_LIGHT | _AR_FUNCTION or tok.norm in _AR_LIGHT | _AR_FUNCTION or "be" in gloss_stems(tok.text)


def _weak_renderings(pair: AlignedPair, ar_strong: list[Neg], en_weak: list[Neg]) -> list[tuple[Neg, Neg]]:
    """(Arabic strong, English weak) pairs where an English word with a negative affix renders the negated
    Arabic word: غير/لا يتسامح "intolerant", لم تتمكن "unable", ليس من الواضح "unclear", لا أساس "unfounded"."""
    out = []
    free = list(en_weak)
    for neg in ar_strong:
        # لم يتمكن من إنهاء السباق "failed to finish the race": a word of failing renders the whole negation
        failed = next((n for n in free if n.text.lower() in _EN_FAILED), None) if _negates_ability(neg) else None
        if failed is not None:
            free.remove(failed)
            out.append((neg, failed))
            continue
        words = _negated_ar_words(pair, neg)
        if any(_first_word(t.text) in _AR_PARTICLES for t in words):
            continue  # ليس من غير المعتاد "not unusual": a double negative on both sides
        senses = {_key(g) for t in words for g in gloss_stems(t.text)} - {"be"}
        hit = next((n for n in free if (base := _affix_base(n.text)) and _key(stem(base)) in senses), None)
        if hit is not None:
            free.remove(hit)
            out.append((neg, hit))
    return out


# verbs of ability (تمكن، استطاع) and the English words of failing that render their negation
_AR_ABILITY = frozenset(normalize_ar(w) for w in word_set("light_verbs_ar.tsv", "ability"))
_EN_FAILED = word_set("negation_cues_en.tsv", "failed")
_EN_ABILITY = word_set("negation_cues_en.tsv", "ability")


def _ability_stated(pair: AlignedPair) -> bool:
    """The Arabic has a verb of ability with no negation particle before it (تمكنت الشرطة من "police managed to")."""
    for s in pair.ar:
        toks = ar_tokens(s.text)
        for i, t in enumerate(toks):
            word = t.norm.lstrip("وف")
            forms = {word, word[:-1] if word.endswith("ت") else word, word[:-2] if word.endswith("وا") else word}
            if forms & _AR_ABILITY and not (i and statement_particle(toks[i - 1].norm)):
                return True  # تمكنت، تمكنوا: the perfect's endings on the verb
    return False


def _negates_ability(neg: Neg) -> bool:
    """The Arabic negation is a particle with a verb of ability (لم يتمكن، لن تستطيع، فلم يتسن)."""
    toks = ar_tokens(neg.text)
    return len(toks) >= 2 and (toks[1].norm in _AR_ABILITY or strip_clitics(toks[1].norm) in _AR_ABILITY)


def _governed_word(pair: AlignedPair, neg: Neg) -> Neg | None:
    """The word an English negation negates, past be and adverbs ('not be extremely careless'), if it
    carries a negative affix; the lexicon and the affix pattern miss some (intolerant, inexorable)."""
    text = pair.en[neg.sentence].text
    first = neg.text.split()[0]
    m = re.match(r"\s+(?:(?:be|been|being|[a-z]+ly)\s+){0,2}([A-Za-z]+)", text[neg.start + len(first) :])
    if not m or not _affix_base(m.group(1)):
        return None
    start = neg.start + len(first) + m.start(1)
    return Neg(m.group(1), "weak", neg.sentence, start)


def _governs(pair: AlignedPair, neg: Neg, word: Neg) -> bool:
    """The English negation stands right before the word, an adverb or a light verb between
    ('not intolerant', 'not be extremely ill-advised', "isn't entirely unfounded")."""
    if neg.sentence != word.sentence or word.start <= neg.start:
        return False
    first = neg.text.split()[0]
    between = pair.en[neg.sentence].text[neg.start + len(first) : word.start]
    return bool(re.fullmatch(r"\s+(?:(?:be|been|being|[a-z]+ly)\s+){0,2}", between))


def _affix_base(word: str) -> str:
    """An English weak negation without its negative affix (unable → able, intolerant → tolerant,
    careless → care), else ''."""
    low = word.lower()
    m = re.match(r"(?:non-?|un|in|im|il|ir|dis)([a-z]{3,})$", low) or re.match(r"([a-z]{3,})less$", low)
    return m.group(1) if m else ""


# a light verb's meaning lies in the words after it, often past its subject (ولم تكن القنوات متاحة
# "the channels were not available"): two of them are tried
_LIGHT_REACH = 2

# light verbs: be, be done, can, manage, do (لم أقم بذلك "I did not do that")
_AR_LIGHT = frozenset(normalize_ar(w) for w in word_set("light_verbs_ar.tsv", "negation"))
_AR_BE = frozenset(normalize_ar(w) for w in word_set("light_verbs_ar.tsv", "negation_be"))


def _before_preposition(toks: list[ArToken], tok: ArToken) -> bool:
    """The word after ``tok`` is a preposition (في، على، عن)."""
    k = toks.index(tok)
    return k + 1 < len(toks) and toks[k + 1].norm in _AR_PREPOSITIONS


# "or" and "nor" carry a negation on to a second predicate; a plain و "and" may start a new clause
_AR_COORDINATORS = frozenset(normalize_ar(w) for w in word_set("function_words_ar.tsv", "negation_coordinator"))
_AR_PREPOSITIONS = frozenset(normalize_ar(w) for w in word_set("function_words_ar.tsv", "negation_preposition"))
_AR_FUNCTION = frozenset(normalize_ar(w) for w in word_set("function_words_ar.tsv", "negation_function"))


def _renders(neg: Neg) -> bool:
    """An English weak negation that can render an Arabic one: not still/only/instead, and not a
    dis- word (mostly no negation at all: discuss, display, disgrace)."""
    low = neg.text.lower()
    return low not in _EN_NOT_RENDERING and not low.startswith("dis")


def _run_together(pair: AlignedPair) -> bool:
    """The Arabic has words run together (قالإنالدورةقدجعلته) that may hide a negation: split by the
    dictionary, a run holds a negation word, or too much of it is no known word to tell."""
    toks = [t for a in pair.ar for t in ar_tokens(a.text)]
    if not any(len(t.norm) > 16 for t in toks):
        return False
    # where some words run together, shorter runs (فهملايلقون) hide among them: any word the
    # dictionary cannot read is searched as well
    return any(_may_hide_negation(t.norm) for t in toks if len(t.norm) > 16 or not _known_ar(t.norm))


def _may_hide_negation(run: str) -> bool:
    """A run of Arabic words written without spaces may hold a negation: a particle on an imperfect
    verb (لميعد، لايريدون، لنتقبل), ليس/لست, or عدم، غير، دون، بلا anywhere in it. لم/لا/لن right after an
    alif is the article ال on a word (المتحدة، الاتفاق) and no particle."""
    return bool(_HIDDEN_NEGATION.search(run))


# a negation particle inside run-together Arabic (normalised: أ/إ/آ → ا, ى → ي)
_HIDDEN_NEGATION = re.compile(r"(?<!ا)(?:لم|لن|لا)[يتنا]|ليس|لست|لسنا|عدم|غير|دون|بلا")


@lru_cache(maxsize=50_000)
def _known_ar(word: str) -> bool:
    """The dictionary reads the normalised Arabic word (clitics and all)."""
    return bool(analyses(word))


def _elliptic_or_imperative(text: str, neg: Neg) -> bool:
    """'the help they don't, and …' (the verb left out) or 'Don't forget …' opening the sentence."""
    word_end = neg.start + len(neg.text.split()[0])
    if re.match(r"\s*(?:[,.;:!?]|and\b|or\b|but\b|$)", text[word_end:]):
        return True
    return bool(re.fullmatch(r"[\"“‘'(\s]*", text[: neg.start])) and neg.text.lower().startswith(("don't", "do not"))


# 'warned residents not to buy', 'cautioning people not to': a verb of warning and its object before the "not"
_EN_WARNED = re.compile(r"\b(?:warn|caution)\w*(?:\s+[\w'’-]+){0,4}\s+$", re.I)


# an English verb of warning (warned, cautioning): each needs an Arabic one of its own to render
_EN_WARN_VERB = re.compile(r"\b(?:warn|caution)\w*", re.I)


def _warned_against(pair: AlignedPair, neg: Neg) -> bool:
    """The English "not to" follows a verb of warning ('warned residents not to buy') and an Arabic verb of warning
    has من in its clause before a noun (حذّرت السكان من شراء "warned the residents against buying"), one Arabic verb of
    warning for each English one: the "not" is the warning's own rendering of من, not a negation the Arabic lacks.
    Not من أن "that", a warning of what may happen ('warned that aid would not run out' for حذرت من أن المساعدات
    ستنفد is reversed), nor an English warning the Arabic does not give ('cautioned drivers not to use' beside
    حذرت … من الازدحام، ودعت السائقين إلى استخدام)."""
    text = pair.en[neg.sentence].text
    if not neg.text.lower().startswith("not to") or not _EN_WARNED.search(text[: neg.start]):
        return False
    warnings = 0
    against = False
    for a in pair.ar:
        toks = ar_tokens(a.text)
        for k, t in enumerate(toks):
            if "warn" not in gloss_stems(t.text):
                continue
            warnings += 1
            for m in range(k + 1, min(k + 11, len(toks) - 1)):
                if re.search(r"[،,.؛;:]", a.text[toks[m - 1].end : toks[m].start]):
                    break  # the warning's clause ends
                if toks[m].norm == "من" and toks[m + 1].norm not in ("ان", "انه", "انها"):
                    against = True
    return against and len(_EN_WARN_VERB.findall(pair.en_text)) <= warnings


def _en_verb_negated(text: str, neg: Neg) -> bool:
    """'not' / 'n't' stands in a verb phrase: after an auxiliary or a modal, or as never + verb."""
    before = text[: neg.start].lower()
    first = neg.text.split()[0].lower()
    if first.endswith("n't") or first == "cannot":
        return True
    return (
        bool(
            re.search(
                r"\b(?:is|are|was|were|be|been|am|do|does|did|has|have|had|will|would|can|could|shall|should|may|might|must)\s+$",
                before,
            )
        )
        or first == "never"
    )


def _flipped(
    pair: AlignedPair, ar_span: str, en_span: str, score: float, explanation: str, *, severity: str = "major"
) -> Finding:
    """A negation/flipped finding: major (a polarity reversal), minor only where the reversed words are not known."""
    return make_finding(
        pair,
        "negation",
        "flipped",
        ar_span=ar_span,
        en_span=en_span,
        severity=severity,
        score=score,
        explanation=explanation,
    )
