"""Negation: polarity flipped."""

from __future__ import annotations

from workbench.findings.base import AlignedPair
from workbench.findings.negation import detect
from workbench.records import Link, Sentence
from workbench.text.quotes import find_quotes
from workbench.translate.lexicon import LexiconTranslator

_TR = LexiconTranslator()


def pair(ar: str, en: str) -> AlignedPair:
    """A one-to-one aligned pair rendered by the offline lexicon translator, as the pipeline builds it."""
    inners = [ar[q.start + 1 : q.end - 1] for q in find_quotes(ar)]
    return AlignedPair(
        link=Link((0,), (0,), 0.9),
        ar=(Sentence(0, ar, 0, len(ar)),),
        en=(Sentence(0, en, 0, len(en)),),
        renderings=tuple(_TR.translate([ar])),
        quote_renderings=tuple(zip(inners, _TR.translate(inners), strict=True)),
    )


def found(det, ar: str, en: str) -> list[tuple[str, str, str, str, str]]:
    """(type, subtype, ar_span, en_span, severity) of every finding of ``det`` on the pair."""
    return [(f.type, f.subtype, f.ar_span, f.en_span, f.severity) for f in det(pair(ar, en))]


def test_did_not_find_became_found():
    assert found(
        detect,
        "وأضاف البيان أن القوات اعتقلت اثنين من المشتبه بهم، ولم تعثر حتى الآن على أي أثر للمهاجمين.",
        "The statement added that the forces had arrested two suspects and had found traces of the attackers.",
    ) == [("negation", "flipped", "ولم تعثر", "found", "major")]


def test_la_yazal_still_is_not_a_negation():
    assert found(detect, "ولا يزال التحقيق في مراحله الأولى.", "The investigation is still at an early stage.") == []


def test_negation_kept_is_no_finding():
    assert (
        found(
            detect,
            "وأضاف أن الحكومة لم تدفع الرواتب منذ ثلاثة أشهر.",
            "He added that the government has not paid salaries for three months.",
        )
        == []
    )


def test_negation_added_in_english():
    assert found(
        detect, "وأكد أن الحكومة ستدفع الرواتب.", "He stressed that the government will not pay salaries."
    ) == [("negation", "flipped", "", "not pay", "major")]
