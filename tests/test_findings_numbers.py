"""Numbers detector on real-style sentences: words, Arabic-Indic digits, scales, ranges, dates left out."""

from __future__ import annotations

from workbench.findings.base import AlignedPair
from workbench.findings.numbers import arabic_quantities, detect, english_quantities
from workbench.records import Link, Sentence


def _pair(ar: str, en: str, rendering: str = "") -> AlignedPair:
    """One Arabic sentence linked to one English sentence; ``rendering`` stands in for the translator."""
    return AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), (rendering,)
    )


def _found(ar: str, en: str, rendering: str = "") -> list[tuple[str, str, str, str]]:
    return [(f.subtype, f.ar_span, f.en_span, f.severity) for f in detect(_pair(ar, en, rendering))]


def test_number_in_words_changed():
    assert _found("قُتل ثلاثة جنود وأصيب خمسة آخرون", "Three soldiers were killed and seven wounded") == [
        ("changed", "خمسة", "seven", "major")
    ]


def test_arabic_indic_digits_equal_number_words_and_scales():
    assert _found("بلغ عدد النازحين ٣٠٠٠ شخص", "The number of displaced reached three thousand") == []
    assert _found("بلغ عدد النازحين ثلاثة آلاف شخص", "The number of displaced reached 3,000") == []


def test_one_and_a_half_million_spelled_three_ways():
    assert _found("يعيش نحو مليون ونصف نازح في المخيمات", "Some 1,500,000 displaced people live in camps") == []
    assert _found("يعيش نحو ١٫٥ مليون نازح في المخيمات", "Some 1.5 million displaced people live in camps") == []


def test_range_end_changed():
    assert _found("تتراوح الخسائر بين ٢٠ و٣٠ مليون دولار", "Losses range between 20 and 40 million dollars") == [
        ("changed", "٣٠ مليون", "40 million", "major")
    ]


def test_compound_number_words():
    assert _found("وصلت ثماني عشرة شاحنة", "Eighteen trucks arrived") == []
    assert _found("وصلت خمس وعشرون شاحنة", "Twenty trucks arrived") == [("changed", "خمس وعشرون", "Twenty", "major")]


def test_percent_and_year_are_not_double_reported():
    assert _found("ارتفعت الأسعار بنسبة ١٥٪ في عام ٢٠١٩", "Prices rose by 15% in 2019") == []
    # the day of the month belongs to the time detector
    assert _found("وقع الهجوم في ٣ كانون الثاني", "The attack happened on January 4") == []


def test_ordinals_match_but_are_never_reported():
    assert _found("فاز الفريق للمرة الثانية عشرة", "The team won for the 12th time") == []
    assert _found("فاز الفريق للمرة الثانية عشرة", "The team won again") == []


def test_dropped_and_added():
    assert _found("اعتقلت القوات ١٢ مشتبهاً بهم في الموصل", "Forces arrested suspects in Mosul") == [
        ("dropped", "١٢", "", "major")
    ]
    assert _found("اعتقلت القوات مشتبهاً بهم في الموصل", "Forces arrested 12 suspects in Mosul") == [
        ("added", "", "12", "minor")
    ]


def test_quantities_read_values():
    # a single dot group is read both ways (360.000 = 360,000 or 360.0); the English decides
    assert [q.values for q in arabic_quantities("نحو 360.000 قتيل و٢٫٥ مليون نازح")] == [
        (360.0, 360000.0),
        (2500000.0,),
    ]
    assert [(q.value, q.vague) for q in english_quantities("dozens of people and 1.2bn dollars")] == [
        (10.0, True),
        (1.2e9, False),
    ]
