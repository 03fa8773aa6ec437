"""What a side-by-side review shows besides the rows: which row each finding belongs to,
how much of the Arabic was carried over, and how faithful the quotes are.

Pure functions of a finished Comparison (the translator only for one rebuilt from JSON);
the Streamlit app only displays them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.findings.view import QuotePair
from workbench.pipeline import aligned_pairs
from workbench.records import Comparison, Finding
from workbench.translate.base import Translator


@dataclass(frozen=True)
class Summary:
    """Figures for the summary panel."""

    ar_sentences: int
    en_sentences: int
    linked_ar: int
    linked_en: int
    carried_share: float  # share of the Arabic text (characters) in rows that have an English side
    findings_by_type: dict[str, int] = field(default_factory=dict)
    findings_by_severity: dict[str, int] = field(default_factory=dict)
    quotes_checked: int = 0  # English quotations paired with an Arabic one
    quote_fidelity: float | None = None  # mean word agreement of those pairs, None when there are none


def findings_by_row(c: Comparison) -> dict[int, list[Finding]]:
    """Findings grouped by the index of the link (row) they concern."""
    link_of_ar = {i: k for k, link in enumerate(c.links) for i in link.ar}
    link_of_en = {j: k for k, link in enumerate(c.links) for j in link.en}
    rows: dict[int, list[Finding]] = defaultdict(list)
    for f in c.findings:
        k = link_of_ar.get(f.ar_sentence) if f.ar_sentence is not None else None
        if k is None and f.en_sentence is not None:
            k = link_of_en.get(f.en_sentence)
        rows[k if k is not None else 0].append(f)
    return dict(rows)


def quote_checks(c: Comparison, translator: Translator | None = None) -> tuple[QuotePair, ...]:
    """Every English quotation of a linked row, paired with its Arabic quotation and scored.

    The quote renderings are those the comparison kept; ``translator`` renders them again only for
    a comparison rebuilt from JSON.
    """
    pairs = [pair for pair in aligned_pairs(c, translator) if pair.ar and pair.en]
    return tuple(qp for pair in pairs for qp in pair.view.quote_pairs)


def summarize(c: Comparison, quotes: Sequence[QuotePair] = ()) -> Summary:
    """Counts by type and severity, the share of Arabic carried over, and the quotes' fidelity."""
    linked = [link for link in c.links if link.ar and link.en]
    total = sum(len(s.text) for s in c.ar.sentences)
    carried = sum(len(c.ar.sentences[i].text) for link in linked for i in link.ar)
    checked = [q for q in quotes if q.ar_quote]
    return Summary(
        ar_sentences=len(c.ar.sentences),
        en_sentences=len(c.en.sentences),
        linked_ar=sum(len(link.ar) for link in linked),
        linked_en=sum(len(link.en) for link in linked),
        carried_share=carried / total if total else 0.0,
        findings_by_type=dict(sorted(Counter(f.type for f in c.findings).items())),
        findings_by_severity=dict(sorted(Counter(f.severity for f in c.findings).items())),
        quotes_checked=len(checked),
        quote_fidelity=sum(q.fidelity for q in checked) / len(checked) if checked else None,
    )
