"""Negation: polarity flipped."""

from __future__ import annotations

from findings_helpers import found

from workbench.findings.negation import detect


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


def test_not_added_beside_a_weak_negation_the_english_renders():
    # غير ربحية is rendered by 'non-profit'; the added 'not' has no Arabic negation left to render
    assert found(
        detect,
        "وكان الوزير يخاطب الحاضرين في مؤتمر نظمته منظمة غير ربحية.",
        "The minister was not addressing the attendees of a conference held by a non-profit group.",
    ) == [("negation", "flipped", "", "not addressing", "major")]


def test_not_rendering_a_weak_negation_is_no_finding():
    # من غير الواضح "it is unclear" rendered with 'not clear'
    assert (
        found(detect, "ما زال من غير الواضح موعد الجلسة.", "It is still not clear when the session will be held.") == []
    )


def test_light_verb_looks_through_to_the_next_word():
    # لم يكن هناك سبب: يكن "be" and هناك "there" carry nothing; سبب "reason" is the negated word
    assert found(detect, "لم يكن هناك سبب لتأجيل الجلسة.", "There was much reason to postpone the session.") == [
        ("negation", "flipped", "لم يكن", "reason", "major")
    ]


def test_illa_anna_however_keeps_the_negation_strong():
    assert found(
        detect,
        "ورغم إجلاء السكان، إلا أنه لم يتم إعلان حالة الطوارئ.",
        "Although residents were evacuated, a state of emergency was declared.",
    ) == [("negation", "flipped", "لم يتم", "declared", "major")]


def test_name_read_as_fa_plus_laysa_is_not_a_negation():
    # فليس is the name Fleiss, not ف + ليس "is not"
    assert (
        found(
            detect,
            "عندما وصلت إلى السيد فليس هذا الأسبوع كان الجو مشمسا.",
            "When I reached Mr. Fleiss this week, it was sunny.",
        )
        == []
    )


def test_faqat_only_is_not_qat_never():
    assert found(detect, "سيعطونها 250 دولارا فقط.", "They would not give her only $250.") == [
        ("negation", "flipped", "", "not give", "major")
    ]


def test_elliptic_dont_is_no_finding():
    assert (
        found(
            detect,
            "والنصيحة التي يقدمونها والطريقة التي تتغير بها الخطة.",
            "The advice they give, the advice they don't and the way a plan can change.",
        )
        == []
    )


def test_english_weak_word_renders_the_arabic_negation():
    # وليس بعد 60 يوما "and not after 60 days" rendered 'rather than after 60 days'
    assert (
        found(
            detect,
            "وتتطلب القواعد المثول أمام المحكمة في غضون شهر، وليس بعد 60 يوما.",
            "The rules require an appearance in court within a month, rather than after 60 days.",
        )
        == []
    )
