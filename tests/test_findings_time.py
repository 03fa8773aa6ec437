"""Time detector: weekdays, both Arabic month systems, years and relative times."""

from __future__ import annotations

from workbench.findings.base import AlignedPair
from workbench.findings.time import arabic_times, detect, english_times
from workbench.records import Link, Sentence


def _pair(ar: str, en: str, rendering: str = "") -> AlignedPair:
    """One Arabic sentence linked to one English sentence; ``rendering`` stands in for the translator."""
    return AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), (rendering,)
    )


def _found(ar: str, en: str, rendering: str = "") -> list[tuple[str, str, str, str]]:
    return [(f.subtype, f.ar_span, f.en_span, f.severity) for f in detect(_pair(ar, en, rendering))]


def test_weekday_changed():
    assert _found("وقع الهجوم يوم السبت", "The attack happened on Sunday") == [("changed", "السبت", "Sunday", "major")]


def test_both_month_systems_read_as_the_same_month():
    assert [(t.kind, t.value) for t in arabic_times("بين كانون الثاني ويناير")] == [("month", "1"), ("month", "1")]
    assert _found("وقع الهجوم في كانون الثاني الماضي", "The attack happened last January") == []
    assert _found("وقع الهجوم في يناير", "The attack happened in January") == []
    assert _found("وقع الهجوم في تشرين الثاني", "The attack happened in October") == [
        ("changed", "تشرين الثاني", "October", "major")
    ]


def test_yesterday_dropped_or_changed():
    assert _found("وصل الوفد أمس إلى بغداد", "The delegation arrived in Baghdad") == [("dropped", "أمس", "", "minor")]
    assert _found("وصل الوفد أمس إلى بغداد", "The delegation arrived in Baghdad today") == [
        ("changed", "أمس", "today", "major")
    ]


def test_year_changed():
    assert _found("قال إن الوضع تحسن منذ عام 2017.", "He said the situation had improved since 2016.") == [
        ("changed", "2017", "2016", "major")
    ]


def test_words_that_only_look_like_times_are_skipped():
    # أحد "one", اثنين "two", مارس "practised": none is a weekday or a month here
    assert arabic_times("تحدث الوزير إلى أحد الصحفيين واعتقلت القوات اثنين ومارس ضغوطاً") == []
    assert english_times("He may resign") == []


def test_a_weekday_told_as_today_is_not_dropped():
    assert _found("أعلن الوزير يوم الأحد عن الخطة", "The minister announced the plan today") == []


def test_relative_day_rendered_as_its_weekday():
    from findings_helpers import found as _f

    from workbench.findings.time import detect as _detect

    ar = "ويُتوقع أن تعقد الحكومة جلسة طارئة غداً الاثنين لبحث الخطة."
    assert _f(_detect, ar, "The government is expected to hold an emergency session on Monday.") == []
    assert [f[:2] for f in _f(_detect, ar, "The government is expected to hold an emergency session.")] != []
