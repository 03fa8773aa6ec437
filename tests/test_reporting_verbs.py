"""Reporting verbs: force compared verb by verb."""

from __future__ import annotations

from findings_helpers import found

from workbench.findings._verbs import english_verbs
from workbench.findings.reporting_verbs import detect


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


def test_perfect_verb_starting_with_ta_takes_feminine_ending():
    # تحدثت: a perfect verb although it starts with ت, so the ت/وا endings apply
    assert found(
        detect,
        "وتحدثت الوزارة عن ذلك قائلة إنها ستوقف الرحلات إلى أربيل لمدة أسبوع.",
        "The ministry claims it will halt flights to Erbil for a week.",
    ) == [("reporting_verb", "distancing", "وتحدثت", "claims", "major")]


def test_confirms_before_a_name_is_a_verb():
    assert [v.text for v in english_verbs("Baghdad confirms Erbil will receive the salaries next week.")] == [
        "confirms"
    ]


def test_revealed_with_no_arabic_verb_is_strengthened():
    assert found(
        detect,
        "صعد عدد من السكان إلى أسطح المنازل هربا من السيول ونجوا.",
        "Several residents climbed onto rooftops to escape the floods and survived, he revealed.",
    ) == [("reporting_verb", "strengthened", "", "revealed", "major")]


def test_passive_confirmed_is_not_a_report():
    assert (
        found(detect, "وسيصوت البرلمان على تعيين الوزير.", "Parliament will vote before the minister is confirmed.")
        == []
    )


def test_english_sense_of_the_arabic_verb_elsewhere_keeps_the_force():
    # أعلن "announced" rendered by 'Announcing …'; the verb of the sentence is a neutral 'wrote'
    assert (
        found(
            detect,
            "أعلنت على فيسبوك يوم الأربعاء أنها ستعتزل الغناء.",
            "Announcing her decision on Facebook on Wednesday, she wrote that she would retire from singing.",
        )
        == []
    )


def test_verb_paired_by_dictionary_sense_first():
    # اعترف "admitted" pairs with 'admitted', so 'confirmed' renders ذكرت "mentioned": strengthened
    assert found(
        detect,
        "وذكرت النيابة بعد استجوابها أنها اعترفت بسرقة الأموال.",
        "After questioning her, prosecutors confirmed she admitted to stealing the money.",
    ) == [("reporting_verb", "strengthened", "وذكرت", "confirmed", "minor")]


def test_tadaam_supports_is_not_a_distancing_word():
    assert found(
        detect,
        "وقال الوزير إن الحكومة تدعم المزارعين.",
        "The minister claimed that the government supports farmers.",
    ) == [("reporting_verb", "distancing", "وقال", "claimed", "major")]


def test_said_became_admitted_is_strengthened():
    # admitted, like confirmed, presents what was said as true (and as a concession)
    assert found(detect, "وقال الوزير إن الخطة تأخرت.", "The minister admitted the plan had been delayed.") == [
        ("reporting_verb", "strengthened", "وقال", "admitted", "minor")
    ]
    # faithful twin: اعترف is rendered "admitted"
    assert found(detect, "واعترف الوزير بأن الخطة تأخرت.", "The minister admitted the plan had been delayed.") == []


def test_the_prosecution_is_no_distancing_word():
    # الادعاء is "the claim" and also "the prosecution": with the prosecution in the English it keeps no distance
    assert found(
        detect,
        "وقال المحامي إن موكله مستاء من خطوة الادعاء.",
        "The lawyer claimed his client was upset by the prosecution's move.",
    ) == [("reporting_verb", "distancing", "وقال", "claimed", "major")]
    assert (
        found(
            detect,
            "وقال المحامي إن الادعاء لا أساس له.",
            "The lawyer claimed the allegation was baseless.",
        )
        == []
    )


def test_states_as_a_noun_is_no_reporting_verb():
    # 'the Gulf states', 'the United States', 'member states': the noun, at the sentence's end too
    for text in (
        "The festival drew visitors and traders from the Gulf states.",
        "The United States imposed new sanctions.",
        "Member states of the union voted on Monday.",
    ):
        assert english_verbs(text) == []
    # the twin: the verb, after what is said and its subject, or before a clause
    assert [v.text for v in english_verbs("“The boats were fishing legally,” the report states.")] == ["states"]
    assert [v.text for v in english_verbs("The report states that the boats were fishing legally.")] == ["states"]


def test_a_verb_of_telling_in_the_passive_names_the_one_told():
    assert english_verbs("Residents were told to leave their homes before dawn.") == []
    assert english_verbs("The shops had been warned last year.") == []
    assert english_verbs("The shops had been repeatedly warned last year.") == []
    # a statement after it, or the one who told: someone told them that, and the verb reports it
    assert [v.text for v in english_verbs("Residents were told that the water was unsafe.")] == ["told"]
    assert [v.text for v in english_verbs("Residents were told by civil defence sources that it was unsafe.")] == [
        "told"
    ]
    assert [v.text for v in english_verbs("Reporters were told by Ahmed Saleh the talks had failed.")] == ["told"]
    assert [v.text for v in english_verbs('Journalists were told: "The attackers have fled."')] == ["told"]
    assert [v.text for v in english_verbs("The governor warned that the water was unsafe.")] == ["warned"]
