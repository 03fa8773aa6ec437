"""Quotes: direct quotations on both sides, paired and scored for fidelity."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.findings.base import AlignedPair, make_finding
from workbench.records import Finding
from workbench.text.english import content_stems
from workbench.text.quotes import find_quotes

MIN_WORDS = 4  # shorter quoted strings are usually terms in scare quotes, not speech


@dataclass(frozen=True)
class QuotePair:
    """An English quote and the Arabic quote it was paired with (or none)."""

    en_quote: str  # with marks, exact text of the English sentence
    ar_quote: str  # with marks, exact text of the Arabic sentence; "" when none
    fidelity: float  # 0..1 word agreement of the English quote with the Arabic quote's rendering
    missing: tuple[str, ...]  # Arabic (rendered) words the English quote lacks
    extra: tuple[str, ...]  # English quote words with no counterpart in the rendering


def _overlap(en_words: list[str], ref_words: list[str]) -> tuple[float, float, tuple[str, ...], tuple[str, ...]]:
    en_set, ref_set = set(en_words), set(ref_words)
    if not en_set or not ref_set:
        return 0.0, 0.0, tuple(sorted(ref_set)), tuple(sorted(en_set))
    common = en_set & ref_set
    precision = len(common) / len(en_set)
    recall = len(common) / len(ref_set)
    return precision, recall, tuple(w for w in ref_words if w not in en_set), tuple(w for w in en_words if w not in ref_set)


def pair_quotes(pair: AlignedPair) -> tuple[list[QuotePair], list[str]]:
    """Pair each English quote with its best Arabic quote; return the pairs and unpaired Arabic quotes."""
    renders = dict(pair.quote_renderings)
    ar_quotes = [s.text[q.start : q.end] for s in pair.ar for q in find_quotes(s.text)]
    ar_quotes = [q for q in ar_quotes if len(q[1:-1].split()) >= MIN_WORDS - 1]
    used: set[str] = set()
    pairs = []
    for s in pair.en:
        for q in find_quotes(s.text):
            en_q = s.text[q.start : q.end]
            if len(en_q[1:-1].split()) < MIN_WORDS:
                continue
            en_words = content_stems(en_q[1:-1])
            best: tuple[float, str, tuple[str, ...], tuple[str, ...]] = (0.0, "", (), ())
            for aq in ar_quotes:
                if aq in used:
                    continue
                p, r, missing, extra = _overlap(en_words, content_stems(renders.get(aq[1:-1], "")))
                f1 = 2 * p * r / (p + r) if p + r else 0.0
                if f1 > best[0] or not best[1]:
                    best = (f1, aq, missing, extra)
            if best[1]:
                used.add(best[1])
            pairs.append(QuotePair(en_q, best[1], round(best[0], 3), best[2], best[3]))
    return pairs, [q for q in ar_quotes if q not in used]


def detect(pair: AlignedPair) -> list[Finding]:
    """Quote altered, truncated, invented from a paraphrase, or turned into a paraphrase."""
    if not pair.ar or not pair.en:
        return []
    pairs, unpaired_ar = pair_quotes(pair)
    findings: list[Finding] = []
    for qp in pairs:
        if not qp.ar_quote:
            findings.append(
                make_finding(
                    pair, "quote", "paraphrase_as_quote", ar_span="", en_span=qp.en_quote, severity="major", score=0.75,
                    explanation=f"The English puts {qp.en_quote} in quotation marks, but the Arabic quotes no one here; "
                    "it only reports the statement",
                )
            )
            continue
        renders = dict(pair.quote_renderings)
        ref_len = len(content_stems(renders.get(qp.ar_quote[1:-1], "")))
        en_len = len(content_stems(qp.en_quote[1:-1]))
        if ref_len >= 6 and en_len <= 0.6 * ref_len and qp.fidelity < 0.75:
            findings.append(
                make_finding(
                    pair, "quote", "truncated", ar_span=qp.ar_quote, en_span=qp.en_quote, severity="minor", score=0.6,
                    explanation=f"The English quote is shorter than the Arabic quote {qp.ar_quote}; "
                    f"left out: {', '.join(qp.missing[:8])}",
                )
            )
        elif qp.fidelity < 0.35 and qp.extra:
            findings.append(
                make_finding(
                    pair, "quote", "altered", ar_span=qp.ar_quote, en_span=qp.en_quote, severity="major",
                    score=0.55, explanation=f"The English quote's words differ from the Arabic quote {qp.ar_quote} "
                    f"(fidelity {qp.fidelity:.2f}); words not in the Arabic: {', '.join(qp.extra[:8])}",
                )
            )
    for aq in unpaired_ar:
        if len(aq[1:-1].split()) >= MIN_WORDS and not any(p.ar_quote for p in pairs):
            findings.append(
                make_finding(
                    pair, "quote", "quote_as_paraphrase", ar_span=aq, en_span="", severity="minor", score=0.6,
                    explanation=f"The Arabic quotes the speaker directly ({aq}); the English only paraphrases it",
                )
            )
    return findings
