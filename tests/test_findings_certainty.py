"""Certainty: hedges and boosters, قد + imperfect only, quote to quote."""

from __future__ import annotations

from findings_helpers import found

from workbench.findings.certainty import detect


def test_perhaps_dropped_is_hedge_removed():
    assert found(
        detect,
        "وأضاف أن هذه الخلايا ربما تتلقى دعماً لوجستياً من عبر الحدود.",
        "He added that these cells receive logistical support from across the border.",
    ) == [("certainty", "hedge_removed", "ربما", "", "major")]


def test_qad_with_a_perfect_verb_is_not_a_hedge():
    assert (
        found(
            detect,
            "وكان هجوم مماثل قد أسفر عن مقتل جنديين، وقد اندلعت اشتباكات في المنطقة.",
            "A similar attack killed two soldiers, and clashes broke out in the area.",
        )
        == []
    )


def test_qad_with_an_imperfect_verb_became_will():
    assert found(detect, "وقد تتسبب الأمطار في فيضانات واسعة.", "The rains will cause widespread flooding.") == [
        ("certainty", "modality_changed", "وقد تتسبب", "will cause", "major")
    ]


def test_hedge_inside_a_quote_kept_inside_the_quote():
    ar = "وقال الحيالي: «ربما تتلقى هذه الخلايا دعماً من عبر الحدود»."
    assert found(detect, ar, '"These cells may be receiving support from across the border," al-Hayali said.') == []
    assert found(detect, ar, '"These cells are receiving support from across the border," al-Hayali said.') == [
        ("certainty", "hedge_removed", "ربما", "", "major")
    ]


def test_according_to_matches_bihasab():
    ar = "وبحسب مصادر في وزارة التخطيط، ستبدأ الأعمال الشهر المقبل."
    assert found(detect, ar, "According to Planning Ministry sources, work will start next month.") == []
    assert found(detect, ar, "Work will start next month.") == [("certainty", "hedge_removed", "وبحسب", "", "major")]


def test_hedges_added_in_english():
    assert found(detect, "وتراجع الإنتاج بنسبة 3.5 بالمئة.", "Production may have fallen by 3.5 percent.") == [
        ("certainty", "hedge_added", "", "may", "major")
    ]
    assert found(
        detect, "وقالت الشرطة إن المعتقل شارك في الهجوم.", "Police said the detainee allegedly took part in the attack."
    ) == [("certainty", "hedge_added", "", "allegedly", "major")]


def test_may_the_month_is_not_a_hedge():
    assert found(detect, "وجرت الانتخابات في أيار.", "The elections were held in May.") == []


def test_may_the_name_is_not_a_hedge():
    assert found(detect, "وحث السيدة ماي على التخلي عن الحصص.", "He urged Mrs May to abandon the quotas.") == []
    # title-case headline: the modal after a plural noun, the name after a title
    assert found(detect, "قد تستفيد المناطق الجافة من الأمطار", "Drought Areas May Benefit From The Rain") == []


def test_wifqan_li_dhalika_is_accordingly_not_a_source():
    assert found(detect, "وقمنا بتشكيل فريقنا وفقا لذلك.", "We set up our line-up accordingly.") == []


def test_headline_credit_after_a_dash_answers_according_to():
    assert (
        found(
            detect,
            "الحكومة ستفتح المعابر الأسبوع المقبل - وفقا لوزير الداخلية",
            "Government to open crossings next week - Interior Minister",
        )
        == []
    )


def test_may_became_would_is_a_minor_modality_change():
    assert found(detect, "وقد تدفع الأزمة الأسعار إلى الارتفاع.", "The crisis would push prices up.") == [
        ("certainty", "modality_changed", "وقد تدفع", "would push", "minor")
    ]


def test_run_together_hedge_glued_to_an():
    # يُزعمأن: the Arabic source ran يزعم "it is alleged" into أن "that"
    assert found(detect, "يُزعمأن الحزب يريد يوم إجازة إضافيا.", "The party reportedly wants an extra day off.") == []
    assert found(detect, "يُزعمأن الحزب يريد يوم إجازة إضافيا.", "The party wants an extra day off.") == [
        ("certainty", "hedge_removed", "يُزعمأن", "", "major")
    ]


def test_qad_with_bil_fil_is_the_perfect():
    # قد + verb + بالفعل "has indeed": no hedge, though the verb reads as an imperfect
    assert (
        found(
            detect,
            "لاحظ الدبلوماسيون أن بنما قد تعترف بالفعل ببكين.",
            "Diplomats noted that Panama had already recognized Beijing.",
        )
        == []
    )


def test_may_in_an_indirect_question_is_no_hedge_added():
    assert (
        found(
            detect,
            "ستؤثر هذه الخيارات على مدى استمرار الصراع.",
            "These choices will affect how long the struggle may last.",
        )
        == []
    )
