"""Attribution: speakers on both sides, across transliteration."""

from __future__ import annotations

from findings_helpers import found, pair

from workbench.findings.attribution import detect, english_speakers


def test_named_expert_generalized_to_experts():
    assert found(
        detect,
        "وقال الخبير الأمني كاظم الحيالي إن الهجوم يحمل بصمات خلايا نائمة.",
        "Security experts say the attack bears the hallmarks of sleeper cells.",
    ) == [("attribution", "generalized", "الخبير الأمني كاظم الحيالي", "Security experts", "major")]


def test_speaker_named_differently_in_each_language_is_the_same_speaker():
    assert (
        found(
            detect,
            "وقال رئيس مكتب بدر في الأنبار قصي الأنباري إن القوات ستبقى في المدينة.",
            "Qusai al-Anbari, head of the Badr office in Anbar, said the forces would stay in the city.",
        )
        == []
    )


def test_another_named_speaker_is_speaker_changed():
    assert found(
        detect,
        "وقال عضو مجلس محافظة الأنبار عمر الدليمي إن الأهالي لن يغادروا.",
        "Ahmed al-Jubouri, a member of the Anbar provincial council, said residents would not leave.",
    ) == [
        (
            "attribution",
            "speaker_changed",
            "عضو مجلس محافظة الأنبار عمر الدليمي",
            "Ahmed al-Jubouri, a member of the Anbar provincial council",
            "major",
        )
    ]


def test_claim_stated_as_fact_is_source_dropped():
    assert found(
        detect,
        "وأضاف الحيالي أن هذه الخلايا تتلقى دعماً لوجستياً من عبر الحدود السورية.",
        "These cells receive logistical support from across the Syrian border.",
    ) == [("attribution", "source_dropped", "وأضاف الحيالي", "", "major")]


def test_anonymous_source_named_in_english_is_specified():
    assert found(
        detect,
        "وقال مصدر أمني إن المهاجمين انسحبوا باتجاه الصحراء.",
        "Interior Ministry spokesman Saad Maan said the attackers withdrew towards the desert.",
    ) == [("attribution", "specified", "مصدر أمني", "Interior Ministry spokesman Saad Maan", "major")]


def test_same_anonymous_source_is_no_finding():
    assert (
        found(
            detect,
            "وقال مصدر أمني إن المهاجمين انسحبوا باتجاه الصحراء.",
            "A security source said the attackers withdrew towards the desert.",
        )
        == []
    )


def test_outlet_the_arabic_never_names_is_source_added_and_apostrophe_is_no_quote():
    en = "The attackers withdrew towards the desert, al-Ma'aloumeh quoted a security source as saying."
    assert found(detect, "انسحب المهاجمون باتجاه الصحراء.", en) == [
        ("attribution", "source_added", "", "al-Ma'aloumeh", "minor")
    ]


def test_post_verb_speaker():
    speakers = english_speakers(pair("قال المصدر.", "The attackers used hand grenades, the source said."))
    assert [(s.text, s.kind) for s in speakers] == [("the source", "anonymous")]


def test_honorific_and_name_generalized_to_a_source():
    # ماي is also "water" to the lexicon: the word after السيدة is the name
    assert found(
        detect,
        "وأفادت السيدة ماي قائلة: «سنواصل العمل من أجل اتفاق».",
        "A source said: “We will keep working for a deal.”",
    ) == [("attribution", "generalized", "السيدة ماي", "A source", "major")]


def test_name_the_lexicon_does_not_know_right_after_the_verb():
    assert found(
        detect,
        "قال كوكر للصحفيين إن المباراة ستقام في موعدها.",
        "An official told reporters the match would go ahead as planned.",
    ) == [("attribution", "generalized", "كوكر", "An official", "major")]


def test_sentence_initial_name_with_appositive_before_the_verb():
    assert found(
        detect,
        "سامي الربيعي، المتحدث باسم وزارة الكهرباء، أخبر الصحفيين بأن الإنتاج ارتفع.",
        "One official told reporters that production had risen.",
    ) == [("attribution", "generalized", "الربيعي", "One official", "major")]


def test_name_kept_in_english_is_not_generalized():
    # جونز romanises to joniz; Jones is one consonant away with the same first letter
    assert found(detect, "وقالت مصادر إن جونز كان غاضبا.", "Sources say Jones was furious.") == []


def test_speaker_kept_as_subject_is_not_source_dropped():
    assert (
        found(
            detect,
            "وقال المحافظ علي الدليمي إن إصلاح الطرق أولوية.",
            "Governor Ali al-Dulaimi made road repairs a priority.",
        )
        == []
    )


def test_generic_word_that_is_not_the_speaker_head():
    assert (
        found(
            detect,
            "وفقا لقوائم السجلات الرسمية، فإنه مدير الشركة.",
            "According to official record listings, he is the director of the company.",
        )
        == []
    )


def test_also_glued_to_the_next_word_names_no_one():
    assert found(detect, "وصرح أيضابإن الأسعار ارتفعت.", "Mr Park said prices had risen.") == []
