"""The quotations of an aligned pair, each English quote paired with the Arabic quote it renders and
scored word by word (through the lexicon's glosses, the translator's rendering and romanised names):
what the quote and negation detectors, review and batch all read (the pair view holds the pairing)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._mentions import arabic_mentions, english_mentions
from workbench.findings._negations import ar_idiom_senses
from workbench.findings._words import ArToken, analyses, ar_tokens, en_tokens, gloss_stems
from workbench.findings.base import AlignedPair
from workbench.lexicons import word_set
from workbench.text.arabic import normalize_ar
from workbench.text.english import STOPWORDS, content_stems, stem
from workbench.text.names import names_match
from workbench.text.quotes import find_quotes
from workbench.translate.romanize import romanize

MIN_WORDS = 4  # shorter English quotes are usually terms in scare quotes; paired, never invented
# Arabic function words: never counted as missing from a quote
_AR_STOP = word_set("function_words_ar.tsv", "quote_stop")


@dataclass(frozen=True)
class QuotePair:
    """An English quote and the Arabic quote it was paired with (or none)."""

    en_quote: str  # with marks, exact text of the English sentence
    ar_quote: str  # with marks, exact text of the Arabic sentence; "" when none
    fidelity: float  # 0..1 agreement of the two quotes' words
    missing: tuple[str, ...]  # Arabic words (as written) with no counterpart in the English quote
    extra: tuple[str, ...]  # English quote words with no counterpart in the Arabic quote
    coverage: float = 0.0  # share of the Arabic quote's content words the English quote renders
    precision: float = 0.0  # share of the English quote's content words found in the Arabic quote


@dataclass(frozen=True)
class _Match:
    precision: float
    recall: float
    missing: tuple[str, ...]
    extra: tuple[str, ...]
    en_total: int
    ar_total: int


def _ar_content(tokens: list[ArToken]) -> list[ArToken]:
    return [t for t in tokens if t.norm not in _AR_STOP and t.bare not in _AR_STOP and len(t.bare) >= 2]


def match_words(en_text: str, ar_text: str, rendering: str = "") -> _Match:
    """How well English words and Arabic words (through their glosses, the idioms they make and the
    names of the gazetteer) cover each other."""
    en_toks = [t for t in en_tokens(en_text) if t.low not in STOPWORDS and len(t.low) > 1]
    en_words = [(t.text, _key(stem(t.low))) for t in en_toks]
    tokens = ar_tokens(ar_text)
    idioms = {tokens[k].start: senses for k, senses in ar_idiom_senses(tokens).items()}
    ar_words = _ar_content(tokens)
    rendered = {_key(w) for w in content_stems(rendering)}
    senses = [
        {_key(w) for w in gloss_stems(t.text) | gloss_stems(t.bare) | idioms.get(t.start, frozenset())}
        for t in ar_words
    ]
    names = [romanize(t.bare) for t in ar_words]
    en_named, ar_named = _shared_names(en_text, ar_text)
    all_senses = set().union(*senses) if senses else set()
    en_stems = {s for _, s in en_words}
    extra = []
    matched_en = 0
    for tok, (text, s) in zip(en_toks, en_words, strict=True):
        if (
            s in all_senses
            or s in rendered
            or any(_name_match(text, n) for n in names)
            or s.isdigit()
            or any(a <= tok.start < b for a, b in en_named)
        ):
            matched_en += 1
        else:
            extra.append(text)
    missing = []
    matched_ar = 0
    for t, sense, name in zip(ar_words, senses, names, strict=True):
        if (
            sense & en_stems
            or any(_name_match(text, name) for text, _ in en_words)
            or (not sense and _digits(t.text))
            or any(a <= t.start < b for a, b in ar_named)
        ):
            matched_ar += 1
        else:
            missing.append(t.text)
    precision = matched_en / len(en_words) if en_words else 0.0
    recall = matched_ar / len(ar_words) if ar_words else 0.0
    return _Match(precision, recall, tuple(missing), tuple(extra), len(en_words), len(ar_words))


@lru_cache(maxsize=4096)
def _shared_names(en_text: str, ar_text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The character spans, in each text, of the gazetteer names (and adjective forms) that both texts
    mention: 'U.S.' for الولايات المتحدة, 'South Korean' for الكوري الجنوبي, whose words the glosses and
    the romanised skeletons do not match word for word."""
    en = [m for m in english_mentions(en_text) if m.entity is not None]
    ar = [m for m in arabic_mentions(ar_text) if m.entity is not None]
    both = {m.entity.key for m in en if m.entity is not None} & {m.entity.key for m in ar if m.entity is not None}
    return (
        tuple((m.start, m.start + len(m.text)) for m in en if m.entity is not None and m.entity.key in both),
        tuple((m.start, m.start + len(m.text)) for m in ar if m.entity is not None and m.entity.key in both),
    )


def _name_match(en_word: str, roman: str) -> bool:
    """An English word of a quote renders an Arabic word as a name: it agrees with the Arabic word's
    romanisation. A word in lower case (a loanword: megawatts, dinars) must agree strictly: one edit between
    skeletons passes common words for names ('sharp' for شرب, romanised shrb)."""
    return names_match(en_word, roman, strict=en_word.islower())


def _key(stemmed: str) -> str:
    """A forgiving comparison key for stems (vote/voting, depend/dependent): no final e, five letters."""
    return stemmed.rstrip("e")[:5] if not stemmed.isdigit() else stemmed


def _digits(text: str) -> bool:
    return bool(re.search(r"\d", text))


def _f1(m: _Match) -> float:
    return 2 * m.precision * m.recall / (m.precision + m.recall) if m.precision + m.recall else 0.0


_SO_CALLED = re.compile(r"\bso[- ]called\b", re.I)


def so_called_in_marks(pair: AlignedPair, en_span: str) -> bool:
    """The English span is 'so-called' and the Arabic puts a term of one to three words in quotation marks
    (ظاهرة «الدزود» 'the so-called dzud'): the marks are how Arabic writes it, nothing is added."""
    if not _SO_CALLED.fullmatch(en_span.strip()):
        return False
    inners = (s.text[q.start + 1 : q.end - 1] for s in pair.ar for q in find_quotes(s.text))
    return any(0 < len(ar_tokens(inner)) <= 3 for inner in inners)


def ar_quotes(pair: AlignedPair) -> list[str]:
    """Arabic quotations in the pair, marks included, in order."""
    return [s.text[q.start : q.end] for s in pair.ar for q in find_quotes(s.text)]


def en_quotes(pair: AlignedPair) -> list[str]:
    """English quotations in the pair, marks included, in order."""
    return [s.text[q.start : q.end] for s in pair.en for q in find_quotes(s.text)]


@lru_cache(maxsize=64)
def pair_quotes(pair: AlignedPair) -> tuple[tuple[QuotePair, ...], tuple[str, ...]]:
    """Pair each English quote with its best Arabic quote; return the pairs and the unpaired Arabic quotes.

    Memoised per pair: the quote and negation detectors both read it for the same pair.
    """
    renders = dict(pair.quote_renderings)
    ar_q = ar_quotes(pair)
    matches = {
        (i, j): match_words(eq[1:-1], aq[1:-1], renders.get(aq[1:-1], ""))
        for i, eq in enumerate(en_quotes(pair))
        for j, aq in enumerate(ar_q)
    }
    used: set[int] = set()
    out = []
    en_q = en_quotes(pair)
    for i, eq in enumerate(en_q):
        short = len(eq[1:-1].split()) < MIN_WORDS
        # one quote on each side: a short English quote is that quote, perhaps cut ("They told me" for a
        # whole Arabic sentence); whether it is really the same words is for the detectors to weigh
        lone = (
            len(en_q) == 1
            and len(ar_q) == 1
            and not _name_for(pair, ar_q[0], eq)
            and not renders_unquoted(pair, eq, ar_q, matches[(i, 0)].precision)
        )
        best_j, best = -1, None
        for j in range(len(ar_q)):
            m = matches[(i, j)]
            if j in used or _name_for(pair, ar_q[j], eq):
                continue
            if not lone and (m.precision < 0.5 if short else _f1(m) < 0.15 and m.precision < 0.4):
                continue
            if best is None or _f1(m) + m.precision > _f1(best) + best.precision:
                best_j, best = j, m
        if best is None:
            if not short and not lone:
                out.append(QuotePair(eq, "", 0.0, (), ()))
            continue
        used.add(best_j)
        out.append(_paired(eq, ar_q[best_j], best))
    left_en = [k for k, qp in enumerate(out) if not qp.ar_quote]
    left_ar = [j for j in range(len(ar_q)) if j not in used]
    if left_en and not left_ar:
        out = _pair_loose(pair, out, left_en)
    elif len(left_en) == 1 and len(left_ar) == 1:
        # one quote left over on each side: the same quote, rendered too freely (or edited) to match
        # by words; pairing them by position lets the detectors weigh it instead of calling it invented
        # (not a title or a name in marks, nor an English quote of the Arabic's unquoted words)
        k, j = left_en[0], left_ar[0]
        i = en_q.index(out[k].en_quote)
        m = matches[(i, j)]
        if not (
            _titled_in(pair, ar_q[j])
            or _name_for(pair, ar_q[j], out[k].en_quote)
            or renders_unquoted(pair, out[k].en_quote, ar_q, m.precision)
        ):
            out[k] = _paired(out[k].en_quote, ar_q[j], m)
            used.add(j)
    return tuple(out), tuple(q for j, q in enumerate(ar_q) if j not in used)


def _paired(en_quote: str, ar_quote: str, m: _Match) -> QuotePair:
    """An English quote paired with an Arabic one, scored by their word match."""
    return QuotePair(
        en_quote, ar_quote, round(_f1(m), 3), m.missing, m.extra, round(m.recall, 3), round(m.precision, 3)
    )


# an English quote renders the Arabic's unquoted words when it matches them this much better than the quoted ones
OUTSIDE_MARGIN = 0.25


def without_quotes(text: str, quotes: Sequence[str]) -> str:
    """The text with those quotations taken out."""
    for q in quotes:
        text = text.replace(q, " ")
    return text


def renders_unquoted(pair: AlignedPair, en_quote: str, quotes: Sequence[str], inside: float) -> bool:
    """The English quote renders words the Arabic reports without quotation marks (``quotes`` taken out of its
    sentences): at least half its words match there, OUTSIDE_MARGIN more of them than match the quotes (``inside``,
    the share of its words that match them)."""
    outside = match_words(en_quote[1:-1], " ".join(without_quotes(s.text, quotes) for s in pair.ar))
    return outside.en_total >= MIN_WORDS and outside.precision >= max(0.5, inside + OUTSIDE_MARGIN)


def _name_for(pair: AlignedPair, ar_quote: str, en_quote: str) -> bool:
    """The Arabic quote is a name or a title (``names_a_thing``) and the English quote a statement of MIN_WORDS + 2
    words or more: the one cannot render the other, whatever their positions."""
    return len(en_quote[1:-1].split()) >= MIN_WORDS + 2 and names_a_thing(pair, ar_quote)


def names_a_thing(pair: AlignedPair, ar_quote: str) -> bool:
    """The Arabic quote (marks included) holds no one's words: a short title after its noun (``titled``, four words
    at most and no comma: الوكالة "لا تملك صلاحية فرض التوظيف، لكنها …" is the agency speaking), or a name of one or
    two words the lexicon does not know ("فيسبوك"، "وفا"); not a speaker's word or two ("تتابع باهتمام"، "كارثة
    حقيقية"), which the English may quote together with the rest of the clause."""
    words = ar_tokens(ar_quote[1:-1])
    if len(words) <= 4 and not re.search("[،,؛;]", ar_quote) and _titled_in(pair, ar_quote):
        return True
    if not 0 < len(words) <= 2:
        return False
    # after على or عبر (صفحتها على "فيسبوك"، عبر "تلغرام") a word the lexicon reads as no noun or adjective is a page's
    # name (فيسبوك parses only as a verb); elsewhere only a word it does not know or knows only as a name
    on = any(
        re.search(r"(?:^|\s)(?:على|عبر)\s*$", s.text[: s.text.find(ar_quote)]) for s in pair.ar if ar_quote in s.text
    )
    return all(_name_word(t, on) for t in words)


def _name_word(t: ArToken, after_on: bool) -> bool:
    """An Arabic word the lexicon does not know, or knows only as a proper noun; after على/عبر, also one it reads
    as no noun or adjective."""
    kinds = {a.stem.pos.split("/")[-1] for a in analyses(t.text)}
    if not kinds or kinds == {"NOUN_PROP"}:
        return True
    return after_on and not any(k.startswith(("NOUN", "ADJ")) for k in kinds - {"NOUN_PROP"})


_TITLE_NOUNS = frozenset(normalize_ar(w) for w in word_set("quote_titles_ar.tsv", "title"))
_BODY_NOUNS = frozenset(normalize_ar(w) for w in word_set("quote_titles_ar.tsv", "body"))


def titled(sentence: str, ar_quote: str) -> bool:
    """The Arabic quote stands right after a noun that it names (مؤتمر، فيلم، حملة، صحيفة، بعنوان; شركة without
    the article), or right before its Latin spelling in brackets: a title or a name in quotation marks, not anyone's
    words."""
    at = sentence.find(ar_quote)
    # "إتش بي آي إس غروب سيربيا" (HBIS Group Serbia): a name in the marks, its Latin spelling in brackets after it
    if at >= 0 and re.match(r"\s*\(\s*[A-Za-z]", sentence[at + len(ar_quote) :]):
        return True
    before = ar_tokens(sentence[:at])[-1:] if at > 0 else []
    # the word as written, without its proclitics (وبعنوان، لصحيفة), and without ال
    if any(w in _TITLE_NOUNS or w.removeprefix("ال") in _TITLE_NOUNS for t in before for w in (t.norm, t.bare)):
        return True
    # شركة "…" names the company; الشركة "…" is the company saying it, and so is حزب "يعيش في الماضي", a quote that
    # opens with a verb
    if not any(t.bare in _BODY_NOUNS and not re.match(r"[وف]?(?:[بك]?ال|لل)", t.norm) for t in before):
        return False
    first = ar_tokens(ar_quote)[:1]
    readings = analyses(first[0].text) if first else []
    return not (readings and all(a.stem.pos.startswith("VERB") for a in readings))


def _titled_in(pair: AlignedPair, ar_quote: str) -> bool:
    """The Arabic quote names a thing in the sentence that holds it (``titled``)."""
    return any(ar_quote in s.text and titled(s.text, ar_quote) for s in pair.ar)


# quotation marks an Arabic text may type against the wrong word (وقال" إننا …". ، قائلا" …")
_AR_MARKS = frozenset('"“”«»')
# sentence-final punctuation: an opening mark whose closing one is missing quotes up to it
_SENTENCE_END = frozenset(".!?؟…")


def _clear_opener(text: str, i: int) -> bool:
    """The mark at ``i`` can only open a quote: after a space (or at the start), before a letter."""
    return (i == 0 or text[i - 1].isspace()) and i + 1 < len(text) and text[i + 1].isalnum()


def loose_ar_quotes(text: str) -> list[str]:
    """Quotations of an Arabic sentence whose marks ``find_quotes`` cannot pair, marks included: the
    two marks it leaves over ('وقال" إننا نؤدي أداء طيبا".'), or the last mark it leaves over when
    nothing can close it (a quote whose closing mark is missing) up to the sentence's final stop,
    which stands for the closing mark. At least MIN_WORDS words inside; none otherwise."""
    inside: set[int] = set()
    for q in find_quotes(text):
        inside.update(range(q.start, q.end))
    marks = [i for i, ch in enumerate(text) if ch in _AR_MARKS and i not in inside]
    end = len(text.rstrip())
    if marks and _clear_opener(text, marks[-1]) and end and text[end - 1] in _SENTENCE_END:
        span = (marks[-1], end)
    elif len(marks) == 2:
        span = (marks[0], marks[1] + 1)
    else:
        return []
    return [text[span[0] : span[1]]] if len(text[span[0] + 1 : span[1] - 1].split()) >= MIN_WORDS else []


# an English quote left unpaired is paired with a loose Arabic quote only when most of its words render
# the Arabic one: the marks were guessed, so the words must bear the pairing out
LOOSE_MIN_PRECISION = 0.5


def _pair_loose(pair: AlignedPair, out: list[QuotePair], left_en: list[int]) -> list[QuotePair]:
    """``out`` with each unpaired English quote paired with the loose Arabic quote (``loose_ar_quotes``)
    its words render best, where they render it well (LOOSE_MIN_PRECISION); each Arabic quote once."""
    loose = [q for s in pair.ar for q in loose_ar_quotes(s.text)]
    out = list(out)
    for k in left_en:
        eq = out[k].en_quote
        scored = [(match_words(eq[1:-1], aq[1:-1]), aq) for aq in loose]
        scored = [(m, aq) for m, aq in scored if m.precision >= LOOSE_MIN_PRECISION and m.en_total >= MIN_WORDS]
        if not scored:
            continue
        m, aq = max(scored, key=lambda ma: _f1(ma[0]) + ma[0].precision)
        loose.remove(aq)
        out[k] = QuotePair(eq, aq, round(_f1(m), 3), m.missing, m.extra, round(m.recall, 3), round(m.precision, 3))
    return out


# the quote detector reads these helpers too (under their private names there)
ar_content = _ar_content
stem_key = _key
name_match = _name_match
has_digits = _digits
