"""Reporting verbs: force compared verb by verb."""

from __future__ import annotations

from workbench.findings.base import AlignedPair
from workbench.findings.reporting_verbs import detect, english_verbs
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


def test_said_became_revealed():
    assert found(
        detect,
        "وقالت المفوضية إن نسبة المشاركة بلغت 41 بالمئة.",
        "The commission revealed that turnout reached 41 percent.",
    ) == [("reporting_verb", "strengthened", "وقالت", "revealed", "major")]


def test_confirmed_became_said_is_weakened_minor():
    assert found(
        detect, "وأكد الوزير أن الحكومة لن تطبع العملة.", "The minister said the government would not print money."
    ) == [("reporting_verb", "weakened", "وأكد", "said", "minor")]


def test_announced_became_claimed_is_distancing():
    assert found(
        detect,
        "وأعلنت قيادة العمليات المشتركة أن قوة باشرت عملية تفتيش.",
        "The Joint Operations Command claimed that a force had launched a search operation.",
    ) == [("reporting_verb", "distancing", "وأعلنت", "claimed", "major")]


def test_claimed_responsibility_is_not_distancing():
    assert found(detect, "وتبنى تنظيم داعش الهجوم.", "Islamic State claimed responsibility for the attack.") == []


def test_same_force_in_another_order_is_no_finding():
    assert (
        found(
            detect,
            "وقال المصدر إن المهاجمين استخدموا قنابل يدوية.",
            "The attackers used hand grenades, the source said.",
        )
        == []
    )


def test_nouns_and_adjectives_are_not_reporting_verbs():
    assert english_verbs("The claims were rejected and the alleged attacker was freed.") == []
