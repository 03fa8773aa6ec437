"""Negation: the polarity of the statement reversed (لم يعثر "did not find" → "found")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.findings._words import ar_span, ar_tokens, en_tokens, gloss_stems, match_phrases
from workbench.findings.base import AlignedPair, make_finding
from workbench.lexicons import load
from workbench.records import Finding
from workbench.text.arabic import normalize_ar
from workbench.text.english import stem
from workbench.text.quotes import find_quotes

# English words whose prefix or suffix carries the negation (unknown, non-binding, useless)
_EN_AFFIX = re.compile(
    r"^(?:un(?!der|til|ion|it|iv|less)[a-z]{3,}|non-?[a-z]{3,}|[a-z]{3,}less|dis[a-z]{4,}|im(?:possible|proper|balance)|in(?:complete|capable|sufficient|effective|valid|action|correct)|il(?:legal|legally|licit)|ir(?:regular|responsible|[a-z]{3,}able)|in[a-z]{3,}ible)$"
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
def _en_lexicon() -> list[tuple[re.Pattern[str], str]]:
    rows = sorted(load("negation_en.tsv"), key=lambda r: -len(r[0]))
    return [(re.compile(r"n't\b" if r[0] == "n't" else rf"\b{re.escape(r[0])}\b", re.I), r[1]) for r in rows]


def arabic_negations(pair: AlignedPair) -> list[Neg]:
    """Negation words in the Arabic sentences; لا ... إلا ('only') counts as weak."""
    out: list[Neg] = []
    for k, s in enumerate(pair.ar):
        toks = ar_tokens(s.text)
        hits = match_phrases(toks, _ar_lexicon())
        has_except = any(t.bare in ("الا", "سوى") or t.norm in ("الا", "والا") for t in toks)
        for i, j, kind in hits:
            if kind == "skip":
                continue
            if kind == "strong" and has_except:
                kind = "weak"
            end = min(j + 1, len(toks)) if kind == "strong" else j
            out.append(Neg(ar_span(s.text, toks, i, end), str(kind), k, toks[i].start))
    return out


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
                nxt = re.match(r"\s+[A-Za-z]+", s.text[m.end() :]) if kind == "strong" else None
                out.append(Neg(s.text[start : m.end() + (nxt.end() if nxt else 0)], kind, k, start))
        for t in en_tokens(s.text):
            if _EN_AFFIX.match(t.low) and not any(a <= t.start < b for a, b in taken):
                out.append(Neg(t.text, "weak", k, t.start))
    return out


def detect(pair: AlignedPair) -> list[Finding]:
    """Polarity flipped: one side negates the statement, the other has no negation at all."""
    if not pair.ar or not pair.en:
        return []
    ar_n = arabic_negations(pair)
    en_n = english_negations(pair)
    if any(find_quotes(s.text) for s in pair.en):
        # a negation inside a quotation is the quote detector's business (a cut or altered quote):
        # it still counts as negation on its side, but raises nothing itself
        ar_n = [
            Neg(n.text, "weak", n.sentence, n.start) if _quoted(pair.ar[n.sentence].text, n.start) else n for n in ar_n
        ]
        en_n = [
            Neg(n.text, "weak", n.sentence, n.start) if _quoted(pair.en[n.sentence].text, n.start) else n for n in en_n
        ]
    ar_strong = [n for n in ar_n if n.kind == "strong"]
    en_strong = [n for n in en_n if n.kind == "strong"]
    if ar_strong and not en_n:
        # the negated Arabic word must have an English rendering that stands unnegated; when the
        # glosses find none, the English likely rephrased (an antonym, a noun) and nothing is said
        for neg in ar_strong:
            en_span = _english_counterpart(pair, neg)
            if en_span:
                return [
                    make_finding(
                        pair,
                        "negation",
                        "flipped",
                        ar_span=neg.text,
                        en_span=en_span,
                        severity="major",
                        score=0.75,
                        explanation=f"Arabic '{neg.text}' is negated, but the English '{en_span}' is not",
                    )
                ]
    if en_strong and not ar_n:
        for neg in en_strong:
            if _arabic_counterpart(pair, neg):
                return [
                    make_finding(
                        pair,
                        "negation",
                        "flipped",
                        ar_span="",
                        en_span=neg.text,
                        severity="major",
                        score=0.7,
                        explanation=f"English '{neg.text}' is negated, but the Arabic states it without a negation",
                    )
                ]
    return []


_AUX = frozenset("be been being is are was were have has had do does did a an the to any more longer yet".split())


def _arabic_counterpart(pair: AlignedPair, neg: Neg) -> bool:
    """The English word negated ('not pay') has an Arabic counterpart in the pair (by lexicon glosses)."""
    s = pair.en[neg.sentence].text
    after = re.findall(r"[A-Za-z]+", s[neg.start + len(neg.text.split()[0]) :])[:6]
    words = [w for w in [*neg.text.split()[1:], *after] if w.lower() not in _AUX and len(w) > 2][:3]
    if not words:
        return False
    rendered = {_key(stem(w)) for w in re.findall(r"[a-z]+", pair.rendering.lower())}
    senses = {_key(g) for a in pair.ar for t in ar_tokens(a.text) for g in gloss_stems(t.text)}
    return any(_key(stem(w.lower())) in rendered | senses for w in words)


def _key(stemmed: str) -> str:
    """Forgiving stem comparison (vote/voting, depend/dependent): no final e, five letters."""
    return stemmed.rstrip("e")[:5]


def _quoted(text: str, pos: int) -> bool:
    return any(q.start < pos < q.end for q in find_quotes(text))


def _english_counterpart(pair: AlignedPair, neg: Neg) -> str:
    """The English word that renders the negated Arabic verb (by lexicon glosses), else ''."""
    words = neg.text.split()
    if len(words) >= 2:
        senses = {_key(g) for g in gloss_stems(words[-1])}
        for s in pair.en:
            for t in en_tokens(s.text):
                if _key(stem(t.low)) in senses and len(t.low) > 2 and t.low not in _AUX:
                    return t.text
    return ""
