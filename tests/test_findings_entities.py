"""Entities detector: gazetteer names across transliterations, equipment, unknown names after titles."""

from __future__ import annotations

from workbench.findings.base import AlignedPair
from workbench.findings.entities import arabic_mentions, detect, english_mentions
from workbench.records import Link, Sentence


def _pair(ar: str, en: str, rendering: str = "") -> AlignedPair:
    """One Arabic sentence linked to one English sentence; ``rendering`` stands in for the translator."""
    return AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), (rendering,)
    )


def _found(ar: str, en: str, rendering: str = "") -> list[tuple[str, str, str, str]]:
    return [(f.subtype, f.ar_span, f.en_span, f.severity) for f in detect(_pair(ar, en, rendering))]


def test_equipment_dropped():
    assert _found(
        "استخدمت القوات طائرات شينوك وأباتشي في العملية", "Forces used Chinook helicopters in the operation"
    ) == [("dropped", "أباتشي", "", "major")]


def test_names_spelled_differently_in_each_language_match():
    assert _found("وقع الهجوم في وادي حوران غرب الأنبار", "The attack took place in Wadi Horan, west of Anbar") == []
    assert (
        _found("وقع الهجوم في وادي حوران غرب الأنبار", "The attack took place in Wadi Hauran, west of al-Anbar") == []
    )


def test_place_replaced_by_another():
    assert _found("نقل الجرحى إلى مستشفى دهوك", "The wounded were taken to a hospital in Kirkuk") == [
        ("changed", "دهوك", "Kirkuk", "major")
    ]


def test_place_dropped_with_explanation_naming_it():
    (finding,) = detect(_pair("وقع الهجوم في وادي حوران", "The attack took place in the desert"))
    assert (finding.subtype, finding.ar_span) == ("dropped", "وادي حوران")
    assert finding.explanation == "Arabic names the place 'وادي حوران' (Houran); the English does not mention it"


def test_unknown_name_after_a_title_uses_the_romanisation():
    # the lexicon translator romanises names it does not know: كافانو → kafanu
    rendering = "said Mr. kafanu that he innocent"
    assert _found("قال السيد كافانو إنه بريء", "Mr Kavanaugh said he was innocent", rendering) == []
    assert _found("قال السيد كافانو إنه بريء", "He said he was innocent", rendering) == [
        ("dropped", "كافانو", "", "major")
    ]


def test_person_added():
    assert _found("وصل الرئيس إلى بغداد", "President Trump arrived in Baghdad") == [("added", "", "Trump", "minor")]


def test_adjective_forms_match_but_do_not_count_as_names():
    assert _found("قُتل ثلاثة جنود عراقيين", "Three Iraqi soldiers were killed") == []
    assert [m.is_name for m in arabic_mentions("قُتل ثلاثة جنود عراقيين في العراق")] == [False, True]
    assert [m.text for m in english_mentions("Brexit worries the UK and the EU")] == ["UK", "EU"]


def test_brexit_implies_the_uk_and_the_eu():
    assert _found("خروج بريطانيا من الاتحاد الأوروبي", "Brexit") == []
