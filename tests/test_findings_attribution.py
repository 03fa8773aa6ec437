"""Attribution: speakers on both sides, across transliteration."""

from __future__ import annotations

from dataclasses import replace

from findings_helpers import found, in_document, merged_pair, pair

from workbench.findings import run_detectors
from workbench.findings.attribution import arabic_speakers, detect, english_speakers
from workbench.records import Sentence


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
    assert found(detect, "وقالت مصادر إن جونز سيغادر النادي.", "Sources say Jones will leave the club.") == []


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
            "وفقا لسجلات الأراضي الرسمية، فإنها تملك المزرعة.",
            "According to official land registers, she owns the farm.",
        )
        == []
    )


def test_also_glued_to_the_next_word_names_no_one():
    assert found(detect, "وصرح أيضابإن الأسعار ارتفعت.", "Mr Park said prices had risen.") == []


def test_named_expert_became_experts_who_attribute():
    # the English credits a view ('attribute … to'), not a statement, to unnamed experts
    ar = (
        "ويرى الخبير في الموارد المائية الدكتور نبيل الخفاجي أن ارتفاع الملوحة يعود إلى تراجع الإطلاقات المائية"
        " في نهري دجلة والفرات."
    )
    en = "Experts attribute the rise in salinity to reduced water releases in the Tigris and Euphrates."
    assert [f[:2] + f[3:] for f in found(detect, ar, en)] == [("attribution", "generalized", "Experts", "major")]


def test_officials_expected_to_meet_is_no_speaker():
    ar = "ومن المقرر أن يجتمع المسؤولون يوم الاثنين لبحث الأزمة."
    assert found(detect, ar, "Officials are expected to meet on Monday to discuss the crisis.") == []


def test_he_went_on_is_the_expert_named_before():
    earlier = "وأضاف الحيالي أن هذه الخلايا ربما تتلقى دعماً لوجستياً من عبر الحدود السورية."
    ar = "ورأى أن «السيطرة على الصحراء تحتاج إلى كاميرات حرارية وطائرات مسيّرة»."
    en = "“Controlling the desert requires thermal cameras and drones,” one expert said."
    p = replace(pair(ar, en), ar_before=(Sentence(5, earlier, 0, len(earlier)),))
    assert [(f.subtype, f.ar_span, f.en_span) for f in detect(p)] == [("generalized", "ورأى", "one expert")]
    assert "الحيالي" in detect(p)[0].explanation
    # with no one named before, 'one expert' generalises no one
    assert detect(pair(ar, en)) == []
    # the English keeps the name: nothing generalised
    kept = "“Controlling the desert requires thermal cameras and drones,” al-Hayali said."
    assert detect(replace(pair(ar, kept), ar_before=(Sentence(5, earlier, 0, len(earlier)),))) == []


def test_prime_minister_became_the_interior_ministry():
    ar = "وقال رئيس الوزراء في بيان إن الانتخابات «جرت في أجواء آمنة»، مشيداً بدور القوات الأمنية."
    en = 'The interior ministry said in a statement that the elections "took place in a safe atmosphere."'
    assert found(detect, ar, en) == [
        ("attribution", "speaker_changed", "رئيس الوزراء", "The interior ministry", "major")
    ]


def test_same_post_or_body_in_other_words_is_no_finding():
    ar = "وقالت وزارة الداخلية في بيان إن الانتخابات جرت في أجواء آمنة."
    assert found(detect, ar, "The interior ministry said in a statement the elections were held safely.") == []
    ar = "وقال المتحدث باسم الحكومة إن الخطة واضحة."
    assert found(detect, ar, "A government spokesperson said the plan was clear.") == []


def test_she_added_is_not_the_man_named_before():
    before = (
        "قالت الوزيرة هند الصبيح إن البرنامج ناجح.",
        "وقال النائب محمد الحلبوسي إن البرلمان سيناقش الأمر.",
    )
    p = replace(
        pair("وأضافت أن التمويل متوفر.", "An official added that funding is available."),
        ar_before=tuple(Sentence(k, t, 0, len(t)) for k, t in enumerate(before)),
    )
    assert detect(p) == []


def test_unnamed_sources_the_arabic_speaks_about_are_no_generalisation():
    # the minister's words are about analysts; the English dropped the minister, it did not generalise him
    ar = "قال وزير المالية محمد معيط إن المحللين يتوقعون ارتفاع الأسعار."
    assert "generalized" not in [f[1] for f in found(detect, ar, "Analysts expect prices to rise.")]


def test_unnamed_sources_dropped_are_a_hedge_removed_named_source_an_attribution():
    ar = "أفادت مصادر أمنية بأن قوات الجيش انتشرت في مركز القضاء صباح اليوم."
    en = "Army troops deployed in the district centre this morning."
    assert [f[:2] for f in found(detect, ar, en)] == [("certainty", "hedge_removed")]
    credited = "Army troops deployed in the district centre this morning, security sources said."
    assert found(detect, ar, credited) == []
    ar_named = "وقال المتحدث باسم وزارة الدفاع إن قوات الجيش انتشرت في مركز القضاء صباح اليوم."
    assert [f[:2] for f in found(detect, ar_named, en)] == [("attribution", "source_dropped")]


def test_outlet_credit_swapped_dropped_or_kept():
    ar = 'وقال مصدر أمني لـ"بغداد اليوم"، إن صاروخين سقطا قرب المطار.'
    kept = "A security source told Baghdad Today that two rockets fell near the airport."
    assert found(detect, ar, kept) == []
    swapped = "A security source told Shafaq News that two rockets fell near the airport."
    assert found(detect, ar, swapped) == [("attribution", "speaker_changed", 'لـ"بغداد اليوم"', "Shafaq News", "major")]
    # the outlet's name read as the city: the credit is lost
    as_place = "A security source in Baghdad said two rockets fell near the airport."
    assert found(detect, ar, as_place) == [("attribution", "source_dropped", 'لـ"بغداد اليوم"', "Baghdad", "major")]


def test_the_word_almaalomah_is_the_outlet_only_where_credited():
    # من المعلومة والموثق "it is known and documented": no outlet; the English invents one
    ar = "وصار من المعلومة والموثق لدى سكان الحي أن المصنع يلوث النهر."
    assert [f[:2] for f in found(detect, ar, "As al-Maalomah has learned, the factory pollutes the river.")] == [
        ("attribution", "source_added")
    ]
    assert found(detect, ar, "It is known and documented that the factory pollutes the river.") == []
    credited = 'وقال المدير في حديث للمعلومة، إن "العيادة تستقبل مئتي مريض يومياً".'
    assert found(detect, credited, "The director told al-Maalomah the clinic sees 200 patients a day.") == []
    # the credit dropped is reported with its words (للمعلومة), never with empty spans on both sides
    told = "وقالت مصادر أمنية للمعلومة، إن القوات اعتقلت خمسة مطلوبين في المدينة."
    assert found(detect, told, "Security sources said forces arrested five wanted men in the city.") == [
        ("attribution", "source_dropped", "للمعلومة", "", "major")
    ]
    assert found(detect, told, "Security sources told al-Maalomah that forces arrested five wanted men.") == []
    # written with its vowels (لِلمعلومةِ) the credit is still found and reported with its words
    vowelled = "وقالت مصادر أمنية لِلمعلومةِ، إن القوات اعتقلت خمسة مطلوبين في المدينة."
    assert found(detect, vowelled, "Security sources said forces arrested five wanted men in the city.") == [
        ("attribution", "source_dropped", "لِلمعلومة", "", "major")
    ]


def test_dateline_outlet_is_no_credit_to_compare():
    ar = "المعلومة/ بغداد.. قال مصدر أمني إن صاروخين سقطا قرب المطار."
    assert found(detect, ar, "BAGHDAD – A security source said two rockets fell near the airport.") == []


def test_dateline_joined_by_a_dash_is_no_credit_to_compare():
    # 'place-outlet..' and 'place – outlet..': the two dots end a dateline whatever joins its halves
    for dateline in ("حلب-سانا..", "القامشلي – نورث برس..", "القامشلي – "):
        ar = f"{dateline} قال مصدر طبي إن ثلاثة مدنيين أصيبوا في القصف."
        # the dateline's place is no person credited near the verb, whatever the English dateline says
        assert found(detect, ar, "ALEPPO – A medical source said three civilians were wounded in the shelling.") == []
        assert found(detect, ar, "A medical source said three civilians were wounded in the shelling.") == []
    # the same outlet told something after the dateline is a credit, and dropping it is a finding
    told = 'حلب - قال مصدر طبي لـ"سانا" إن ثلاثة مدنيين أصيبوا في القصف.'
    assert [f[:2] for f in found(detect, told, "A medical source said three civilians were wounded.")] == [
        ("attribution", "source_dropped")
    ]


def test_dateline_of_place_and_outlet_between_dashes_or_before_a_slash_is_no_credit():
    # 'place - outlet - ' and 'outlet/ place' with no dots after it open the report: no credit to compare
    en = "The port director said on Monday that container traffic fell by a tenth."
    for dateline in ("العقبة - بترا - ", "السومرية نيوز/ البصرة ", "البصرة (شفق نيوز) - "):
        ar = f"{dateline}قال مدير الميناء، اليوم الاثنين، إن حركة الحاويات تراجعت بنسبة العشر."
        assert found(detect, ar, en) == []
    # the twin: the same outlet told it inside the sentence, and the English drops the credit
    told = "قال مدير الميناء لوكالة الأنباء الأردنية (بترا)، اليوم الاثنين، إن حركة الحاويات تراجعت بنسبة العشر."
    assert [f[:2] for f in found(detect, told, en)] == [("attribution", "source_dropped")]


def test_outlet_credit_kept_with_the_article_in_either_case():
    ar = 'وقال مدير المخبز لـ"الوطن" إن الطحين يكفي أسبوعاً.'
    for outlet in ("al-Watan", "Al-Watan"):
        assert found(detect, ar, f"The bakery manager told {outlet} the flour would last a week.") == []
    assert [f[:2] for f in found(detect, ar, "The bakery manager said the flour would last a week.")] == [
        ("attribution", "source_dropped")
    ]


def test_body_credit_dropped_and_pointing_back_is_no_new_generalisation():
    ar = "بدوره، قال المرصد السوري لحقوق الإنسان إن القصف أصاب ثلاثة مخابز."
    assert [f[:2] for f in found(detect, ar, "The shelling hit three bakeries.")] == [("attribution", "source_dropped")]
    assert found(detect, ar, "According to the Syrian Observatory for Human Rights, shelling hit three bakeries.") == []
    p = pair('وأشار إلى أن "المحاصيل احترقت بالكامل"', "“The crops burned completely,” one of the officials said.")
    earlier = Sentence(0, "وقال مدير الناحية كاوه حسين إن الحريق امتد إلى الحقول المجاورة.", 0, 60)
    assert detect(replace(p, ar_before=(earlier,))) == []
    p2 = pair('وأشار إلى أن "المحاصيل احترقت بالكامل"', "“The crops burned completely,” an official said.")
    assert [f.subtype for f in detect(replace(p2, ar_before=(earlier,)))] == ["generalized"]


def test_words_of_a_speaker_named_before_left_unattributed_are_source_dropped():
    # قال، "…" with the speaker a pronoun: an English sentence that credits no one at all
    assert found(
        detect,
        'وقال، "يتعين على المزارعين ترشيد استهلاك المياه خلال أشهر الصيف.',
        "Farmers must ration their water use during the summer months.",
    ) == [("attribution", "source_dropped", "وقال", "", "major")]


def test_words_of_a_speaker_named_before_kept_with_he_said_are_no_change():
    assert (
        found(
            detect,
            'وقال، "يتعين على المزارعين ترشيد استهلاك المياه خلال أشهر الصيف.',
            "Farmers must ration their water use during the summer months, he said.",
        )
        == []
    )


def test_report_after_wafqan_lima_dropped_is_source_dropped():
    # وفقا لما ذكرته وثائق المحكمة: the source is the subject of the verb after لما; وفقا is no و + فقا
    assert found(
        detect,
        "ولم يظهر المتهم أي ندم بعد الهجوم، وفقا لما ذكرته وثائق المحكمة.",
        "The defendant showed no remorse after the attack.",
    ) == [("attribution", "source_dropped", "وفقا لما ذكرته وثائق المحكمة", "", "major")]


def test_report_after_wafqan_lima_kept_is_no_change():
    assert (
        found(
            detect,
            "ولم يظهر المتهم أي ندم بعد الهجوم، وفقا لما ذكرته وثائق المحكمة.",
            "The defendant showed no remorse after the attack, according to court documents.",
        )
        == []
    )


def test_police_statement_with_feminine_verb_dropped_is_source_dropped():
    assert found(
        detect,
        "وصرحت الشرطة بأنه طلب تعليق علم في غرفته.",
        "He wanted to hang a flag in his room.",
    ) == [("attribution", "source_dropped", "وصرحت الشرطة", "", "major")]


def test_police_statement_kept_is_no_change():
    ar = "وصرحت الشرطة بأنه طلب تعليق علم في غرفته."
    assert found(detect, ar, "He wanted to hang a flag in his room, police said.") == []


def test_unattributed_arabic_credited_to_officials_is_source_added():
    assert found(
        detect,
        "انتهت محاولة الشركة السابقة لتجديد أقسامها بالفشل.",
        "The company's previous attempt to revamp its departments ended in failure, officials said.",
    ) == [("attribution", "source_added", "", "officials", "minor")]


def test_officials_the_arabic_credits_too_are_no_source_added():
    assert (
        found(
            detect,
            "وقال مسؤولون إن محاولة الشركة السابقة لتجديد أقسامها انتهت بالفشل.",
            "The company's previous attempt to revamp its departments ended in failure, officials said.",
        )
        == []
    )


def test_residents_being_told_is_no_source_added():
    # 'Passengers are now being told': people the statement is about, not a credit
    assert (
        found(
            detect,
            "وقد تم إبلاغ الركاب بأن أمامهم يومين قبل استئناف الرحلات.",
            "Passengers are now being told that flights will resume in two days.",
        )
        == []
    )


def test_named_mp_became_senior_parliamentary_officials():
    ar = "وقال النائب عن ائتلاف دولة القانون محمد الشمري إن البرلمان سيصوت على الموازنة الأسبوع المقبل."
    general = "Senior parliamentary officials said parliament would vote on the budget next week."
    assert found(detect, ar, general) == [
        (
            "attribution",
            "generalized",
            "النائب عن ائتلاف دولة القانون محمد الشمري",
            "Senior parliamentary officials",
            "major",
        )
    ]
    kept = "MP Mohammed al-Shammari of the State of Law coalition said parliament would vote on the budget next week."
    assert found(detect, ar, kept) == []


def test_expert_who_affirmed_became_experts_who_disclosed():
    # 'disclosed' is no credit word of the list: the English still credits (unnamed) experts, not a fact
    ar = "وأكد الخبير الاقتصادي نبيل المرسومي أن أسعار النفط ستتراجع خلال الأشهر المقبلة."
    general = "Economic experts disclosed that oil prices will fall in the coming months."
    assert found(detect, ar, general) == [
        ("attribution", "generalized", "الخبير الاقتصادي نبيل المرسومي", "Economic experts", "major")
    ]
    kept = "Economic expert Nabil al-Marsoumi stressed that oil prices will fall in the coming months."
    assert found(detect, ar, kept) == []


def test_outlet_credit_invented_dropped_or_kept():
    ar = "وقال مصدر في الشرطة إن مسلحين هاجموا نقطة تفتيش."
    invented = "A police source told Shafaq News that gunmen attacked a checkpoint."
    assert found(detect, ar, invented) == [("attribution", "source_added", "", "Shafaq News", "minor")]
    assert found(detect, ar, "A police source said that gunmen attacked a checkpoint.") == []
    credited = "وذكرت مصادر محلية للسومرية نيوز أن الأمطار أغرقت عشرات المنازل في القضاء."
    dropped = "Local sources said the rains flooded dozens of homes in the district."
    assert found(detect, credited, dropped) == [("attribution", "source_dropped", "للسومرية نيوز", "", "major")]
    kept = "Local sources told Alsumaria News the rains flooded dozens of homes in the district."
    assert found(detect, credited, kept) == []


def test_source_phrase_dropped_while_another_subject_speaks():
    # ووفقا للتقرير "according to the report": the English keeps the verb's subject and loses the report
    ar = "ووفقا للتقرير، أكدت نتائج التحليل أن المياه ملوثة بمواد كيميائية."
    assert found(detect, ar, "The test results confirmed that the water is contaminated with chemicals.") == [
        ("attribution", "source_dropped", "ووفقا للتقرير", "", "major")
    ]
    kept = "According to the report, the test results confirmed that the water is contaminated with chemicals."
    assert found(detect, ar, kept) == []
    reported = "The report said test results confirmed that the water is contaminated with chemicals."
    assert found(detect, ar, reported) == []


def test_unnamed_credit_added_beside_the_arabic_speaker():
    ar = "وقدم الوزير استقالته إلى رئيس الحكومة مساء الخميس، بحسب مكتبه."
    added = (
        "The minister submitted his resignation to the prime minister on Thursday evening, his office said, "
        "according to sources."
    )
    assert [f[:4] for f in found(detect, ar, added)] == [("attribution", "source_added", "", "sources")]
    kept = "The minister submitted his resignation to the prime minister on Thursday evening, his office said."
    assert found(detect, ar, kept) == []
    # 'ministry officials' for the ministry the Arabic credits: its own source in other words
    body = "وقالت وزارة الصحة إن الحملة ستشمل جميع المحافظات."
    assert found(detect, body, "Health ministry officials said the campaign would cover all provinces.") == []
    assert [
        f[:2]
        for f in found(detect, body, "The health ministry said the campaign would cover all provinces, sources said.")
    ] == [("attribution", "source_added")]


def test_name_read_as_clitics_right_after_the_verb_generalized():
    # فلين after قال is a name, not ف + ل + ين
    ar = "قال فلين إن اللجنة ستجتمع مرة أخرى يوم الاثنين."
    assert found(detect, ar, "A source said the committee would meet again on Monday.") == [
        ("attribution", "generalized", "فلين", "A source", "major")
    ]
    assert found(detect, ar, "Flynn said the committee would meet again on Monday.") == []


def test_name_kept_only_as_content_while_its_credit_is_generalized():
    ar = "وحسبما يقول كارسون، يحتاج الفريق إلى الفوز في المباراتين المقبلتين، كما يعتمد كثيرًا على كارسون نفسه."
    general = "As an official says, the team needs to win the next two matches, and relies heavily on Carson himself."
    assert found(detect, ar, general) == [("attribution", "generalized", "كارسون", "an official", "major")]
    kept = "As Carson says, the team needs to win the next two matches, and it relies heavily on Carson himself."
    assert found(detect, ar, kept) == []


def test_speaker_after_a_quote_whose_opening_mark_is_in_another_sentence():
    ar = 'وصرح المدرب قائلا: "اللاعبون قدموا أداء رائعا".'
    assert english_speakers(pair(ar, 'The players gave a great performance," said a source.'))[0].text == "a source"
    assert found(detect, ar, 'The players gave a great performance," said a source.') == [
        ("attribution", "generalized", "المدرب", "a source", "major")
    ]
    assert found(detect, ar, 'The players gave a great performance," said the coach.') == []


def test_outlet_the_arabic_writes_after_wa_or_in_latin_letters_is_no_credit_added():
    ar = "وتابع المحللون التغطية على قنوات سي بي أس وسي إن إن وإذاعة BBC."
    assert found(detect, ar, "Analysts followed the coverage on CBS, CNN and the BBC.") == []
    assert [
        f[:4]
        for f in found(
            detect,
            "وتابع المحللون التغطية على القنوات المحلية.",
            "Analysts followed the coverage on local channels, CNN reported.",
        )
    ] == [("attribution", "source_added", "", "CNN")]


def test_football_club_hearts_is_no_haaretz():
    ar = "وسيواجه الفريق نادي هارتس يوم السبت المقبل."
    assert found(detect, ar, "The team will face Hearts next Saturday.") == []
    credit = "وقالت صحيفة هآرتس إن الحكومة ستجتمع يوم السبت."
    assert [f[:2] for f in found(detect, credit, "The government will meet on Saturday.")] == [
        ("attribution", "source_dropped")
    ]


def test_outlet_named_by_a_plain_word_in_quotation_marks_is_credited():
    # النهار "the day" is the newspaper An-Nahar where a credit quotes it: no credit added
    told = "A security source told Annahar that smugglers are active at night."
    assert found(detect, 'وقال مصدر أمني لـ"النهار" إن المهربين ينشطون ليلا.', told) == []
    assert found(detect, "وقال مصدر أمني إن المهربين ينشطون في النهار.", told) == [
        ("attribution", "source_added", "", "Annahar", "minor")
    ]


def test_speaker_dropped_where_the_english_keeps_the_quotation_marks():
    ar = 'وقال المتحدث باسم الشرطة إن الرجل "كان خطيرا".'
    assert found(detect, ar, 'The man "was dangerous".') == [
        ("attribution", "source_dropped", "وقال المتحدث باسم الشرطة", "", "major")
    ]
    assert found(detect, ar, 'The man "was dangerous", a police spokesman said.') == []
    assert found(detect, ar, 'The man "was dangerous", he said.') == []


def test_outlet_after_an_unnamed_speaker_is_no_name_of_the_speaker():
    # لبغداد اليوم after مسؤول محلي is the medium the official spoke to, not his name
    ar = "وقال مسؤول محلي لبغداد اليوم إن الفيضانات أغرقت عشرات المنازل."
    assert found(detect, ar, "A local official told Baghdad Today floods swamped dozens of homes.") == []
    assert found(detect, ar, "A local official told Shafaq News floods swamped dozens of homes.") == [
        ("attribution", "speaker_changed", "لبغداد اليوم", "Shafaq News", "major")
    ]


def test_known_and_documented_read_as_almaalomah_quoting_sources():
    ar = "وبات من المعلومة والموثق أن الشركة لم تسدد أجور العمال منذ أشهر."
    misread = "Al-Maalomah quoted sources as saying the company has not paid the workers' wages for months."
    assert found(detect, ar, misread) == [("attribution", "source_added", "", "Al-Maalomah", "minor")]
    faithful = "It is known and documented that the company has not paid the workers' wages for months."
    assert found(detect, ar, faithful) == []


def test_dateline_is_no_part_of_the_english_speaker():
    # 'KUT –' opens the sentence: the speaker is 'Senior party commanders', unnamed, not a person 'KUT'
    ar = "وقال القيادي في الحزب أحمد كاظم الموسوي إن القوات انسحبت من المدينة."
    general = "KUT – Senior party commanders said the forces withdrew from the city."
    assert found(detect, ar, general) == [
        ("attribution", "generalized", "القيادي في الحزب أحمد كاظم", "Senior party commanders", "major")
    ]
    kept = "KUT – Senior party commander Ahmed Kadhim al-Mousawi said the forces withdrew from the city."
    assert found(detect, ar, kept) == []


def test_capitalised_qualifier_of_unnamed_people_is_no_name():
    ar = "وقال القيادي في التيار أحمد كاظم الموسوي إن القوات انسحبت من المدينة."
    assert found(detect, ar, "Senior Sadrist commanders said the forces withdrew from the city.") == [
        ("attribution", "generalized", "القيادي في التيار أحمد كاظم", "Senior Sadrist commanders", "major")
    ]
    kept = "Sadrist commander Ahmed Kadhim al-Mousawi said the forces withdrew from the city."
    assert found(detect, ar, kept) == []


def test_outlet_named_by_a_plain_word_in_quotation_marks_dropped_or_swapped():
    ar = 'وقال مصدر أمني لـ"النهار" إن المهربين ينشطون ليلا.'
    assert found(detect, ar, "A security source said smugglers are active at night.") == [
        ("attribution", "source_dropped", 'لـ"النهار"', "", "major")
    ]
    assert found(detect, ar, "A security source told Al Jazeera that smugglers are active at night.") == [
        ("attribution", "speaker_changed", 'لـ"النهار"', "Al Jazeera", "major")
    ]
    # the plain word in a sentence is no outlet
    assert (
        found(
            detect,
            "وقال مصدر أمني إن المهربين ينشطون في النهار.",
            "A security source said smugglers are active by day.",
        )
        == []
    )


# ---- issue 14: a titled speaker with an appositive, asides, the subject before the verb, qualifiers

_ENGINEER_AP = (
    "من جهته، قال المهندس كريم جاسم الساعدي، عضو لجنة الخدمات في مجلس البصرة، إن محطة التحلية متوقفة منذ أسبوع."
)


def test_titled_speaker_with_appositive_generalized_to_a_group_in_a_place():
    en = "Engineers in Basra, for their part, said the desalination plant had been idle for a week."
    assert found(detect, _ENGINEER_AP, en) == [
        (
            "attribution",
            "generalized",
            "المهندس كريم جاسم الساعدي، عضو لجنة الخدمات في مجلس البصرة",
            "Engineers in Basra",
            "major",
        )
    ]


def test_titled_speaker_with_appositive_kept_by_name_is_no_finding():
    en = (
        "Karim Jassim al-Saadi, a member of the services committee of the Basra council, for his part, said the "
        "desalination plant had been idle for a week."
    )
    assert found(detect, _ENGINEER_AP, en) == []


def test_english_subject_skips_an_aside_and_keeps_the_place_as_a_qualifier():
    en = "Residents of Zubair, in turn, said the market had closed."
    speakers = english_speakers(pair(_ENGINEER_AP, en))
    assert [(s.text, s.kind, s.names) for s in speakers] == [("Residents of Zubair", "generic", ())]


def test_passive_is_said_has_no_speaker():
    en = "Rents in the old city are said to be climbing, and residents said leases were short."
    speakers = english_speakers(pair(_ENGINEER_AP, en))
    assert [(s.text, s.kind) for s in speakers] == [("", "implicit"), ("residents", "generic")]


_SOURCES_EARLIER = (
    'وكانت مصادر داخل دائرة الموانئ قد صرحت لـ"السومرية نيوز"، مساء الخميس، بأن ناقلتين غادرتا الرصيف دون حمولة.'
)


def test_speaker_before_the_verb_past_an_outlet_and_a_time_and_none_in_the_content_clause():
    speakers = arabic_speakers(pair(_SOURCES_EARLIER, "Sources said so."))
    assert [(s.text, s.kind, s.cue) for s in speakers] == [("مصادر داخل دائرة الموانئ", "anonymous", "صرحت")]


def test_sources_before_the_verb_kept_as_sources_is_no_finding():
    en = "Sources inside the ports department had told Alsumaria News on Thursday that two tankers left empty."
    assert found(detect, _SOURCES_EARLIER, en) == []


def test_sources_before_the_verb_dropped_is_hedge_removed():
    ar = "وكانت مصادر داخل دائرة الموانئ قد صرحت، مساء الخميس، بأن ناقلتين غادرتا الرصيف دون حمولة."
    assert found(detect, ar, "Two tankers left the berth empty on Thursday evening.") == [
        ("certainty", "hedge_removed", "مصادر داخل دائرة الموانئ قد صرحت", "", "major")
    ]


def test_a_verb_inside_the_reported_clause_credits_no_speaker():
    ar = "وقال المتحدث باسم المديرية إن فرق الإنقاذ أعلنت انتهاء عمليات البحث."
    assert [(s.text, s.kind) for s in arabic_speakers(pair(ar, "He said so."))] == [("المتحدث باسم المديرية", "role")]


def test_ila_ends_the_speaker_and_the_name_ali_does_not():
    ar = "وأشار مدير التربية إلى أن المدارس مكتظة، وقال علي الجبوري إن الحل في بناء مدارس جديدة."
    speakers = arabic_speakers(pair(ar, "x"))
    assert [(s.text, s.kind) for s in speakers] == [("مدير التربية", "role"), ("علي الجبوري", "named")]


def test_anonymous_source_qualified_by_a_place_is_not_named():
    ar = "أفاد مصدر طبي في ناحية العباسي بأن ثلاثة مدنيين أصيبوا بجروح."
    assert found(detect, ar, "A medical source in al-Abbasi subdistrict said three civilians were wounded.") == []


def test_named_director_generalized_to_a_source_in_a_place():
    ar = "أفاد مدير مستشفى العباسي أحمد عبد الله الجبوري بأن ثلاثة مدنيين أصيبوا بجروح."
    assert found(detect, ar, "A medical source in al-Abbasi said three civilians were wounded.") == [
        (
            "attribution",
            "generalized",
            "مدير مستشفى العباسي أحمد عبد الله الجبوري",
            "A medical source in al-Abbasi",
            "major",
        )
    ]


def test_outlet_credited_after_its_kind_in_quotation_marks_is_swapped():
    ar = 'وصرح وزير الزراعة لصحيفة "الوطن" اليومية بأن موسم الحصاد تأخر أسبوعين.'
    assert found(detect, ar, "The agriculture minister told SANA the harvest was two weeks late.") == [
        ("attribution", "speaker_changed", 'لصحيفة "الوطن"', "SANA", "major")
    ]
    assert found(detect, ar, "The agriculture minister told al-Watan the harvest was two weeks late.") == []


def test_outlet_credit_is_placed_in_its_own_sentence_not_the_dateline():
    ar = ["بغداد اليوم – البصرة: ارتفعت أسعار الطماطم في الأسواق.", 'وقال مسؤول لـ"بغداد اليوم" إن الأسعار تضاعفت.']
    en = ["BASRA – Tomato prices rose in the markets, and a local official said prices had doubled."]
    findings = detect(merged_pair(ar, en))
    assert [(f.subtype, f.ar_sentence, f.ar_span) for f in findings] == [("source_dropped", 1, 'لـ"بغداد اليوم"')]


def test_outlet_right_after_the_verb_is_the_speaker_and_one_after_li_is_skipped():
    told = arabic_speakers(pair('وقال مسؤول محلي لـ"شفق نيوز"، اليوم، إن الطريق أغلق.', "x"))
    assert [(s.text, s.kind) for s in told] == [("مسؤول محلي", "generic")]
    spoke = arabic_speakers(pair("وأفادت الوكالة الوطنية للإعلام بأن الطريق أغلق.", "x"))
    assert [(s.text, s.kind) for s in spoke] == [("الوكالة الوطنية", "outlet")]


_ENGINEER = "وقال المهندس سالم العبيدي إن الجسر تصدع، مشيرا إلى أن الحركة توقفت."


def test_participle_after_a_comma_has_the_speaker_of_its_clause_however_short_the_clause():
    en = "Salem al-Obeidi said the bridge cracked, noting that traffic stopped."
    assert [(s.text, s.kind, s.cue) for s in english_speakers(pair(_ENGINEER, en))] == [
        ("Salem al-Obeidi", "named", "said"),
        ("Salem al-Obeidi", "named", "noting"),
    ]
    assert found(detect, _ENGINEER, en) == []
    alone = english_speakers(pair(_ENGINEER, "The bridge cracked, adding that traffic stopped."))
    assert [(s.text, s.kind, s.cue) for s in alone] == [("", "implicit", "adding")]
    assert found(detect, _ENGINEER, "Engineers said the bridge cracked, noting that traffic stopped.") == [
        ("attribution", "generalized", "المهندس سالم العبيدي", "Engineers", "major")
    ]


def test_named_trader_generalized_to_traders_and_an_unnamed_trader_is_not():
    assert found(detect, "وقال التاجر أبو علي الكبيسي إن الأسعار تضاعفت.", "Traders said prices had doubled.") == [
        ("attribution", "generalized", "التاجر أبو علي الكبيسي", "Traders", "major")
    ]
    assert found(detect, "وقال تاجر إن الأسعار تضاعفت.", "Traders said prices had doubled.") == []


# ---- review of the merged attribution changes: one faithful case and its positive twin per fix

_FARMER = "وقال المزارع حسن جواد الربيعي إن المياه شحت في القنوات."


def test_named_speaker_with_a_profession_after_a_comma_keeps_the_name():
    for en in (
        "Hassan Jawad al-Rubaie, a farmer, said water ran short in the canals.",
        "Hassan Jawad al-Rubaie, a farmer in Basra, said water ran short in the canals.",
        "Hassan Jawad al-Rubaie, one of the farmers in the district, said water ran short in the canals.",
    ):
        assert found(detect, _FARMER, en) == []
    doctor = english_speakers(pair(_FARMER, "Karim al-Saadi, a doctor at Ibn Sina hospital, said stocks were low."))
    assert [(s.text, s.kind) for s in doctor] == [("Karim al-Saadi, a doctor at Ibn Sina hospital", "named")]
    assert found(detect, _FARMER, "Farmers in Basra said water ran short in the canals.") == [
        ("attribution", "generalized", "المزارع حسن جواد الربيعي", "Farmers in Basra", "major")
    ]


def test_speaker_after_the_verb_keeps_its_relative_clause_out_and_a_clause_is_no_speaker():
    ar = "وقال أحد السكان إن الجسر انهار."
    for en, speaker in (
        ("The bridge collapsed, said a resident who saw it.", "a resident"),
        ("The bridge collapsed, said residents who were there.", "residents"),
        ("The bridge collapsed, said a retired teacher.", "a retired teacher"),
    ):
        assert [(s.text, s.kind) for s in english_speakers(pair(ar, en))] == [(speaker, "generic")]
        assert found(detect, ar, en) == []
    clause = "Engineers, however, said the bridge was closed."
    assert [(s.text, s.kind) for s in english_speakers(pair(ar, clause))] == [("Engineers", "generic")]
    named = "وقال المهندس سالم العبيدي إن الجسر انهار."
    assert found(detect, named, "The bridge collapsed, said a resident who saw it.") == [
        ("attribution", "generalized", "المهندس سالم العبيدي", "a resident", "major")
    ]


def test_subject_before_the_verb_stops_at_another_verb_a_relative_or_a_far_qad():
    def speakers(ar: str) -> list[tuple[str, str, str]]:
        return [(s.text, s.kind, s.cue) for s in arabic_speakers(pair(ar, "x"))]

    assert speakers("وكان الوزير قد افتتح المعمل الذي أعلن أن الإنتاج سيبدأ قريبا.") == [("", "implicit", "أعلن")]
    assert speakers("المدير التقى بالعمال وأكد أن الرواتب ستصرف.") == [("", "implicit", "وأكد")]
    assert speakers("الوزير قد التقى العمال ثم أعلن أن الرواتب ستصرف.") == [("", "implicit", "أعلن")]
    # the twin: a head with its qualifiers right before قد and the verb is the speaker
    assert speakers("وكان مسؤولون في دائرة الصحة قد أعلنوا أن الرواتب ستصرف.") == [
        ("مسؤولون في دائرة الصحة", "generic", "أعلنوا")
    ]
    assert speakers("المتحدث باسم الشرطة المحلية أكد أن الطريق أغلق.") == [
        ("المتحدث باسم الشرطة المحلية", "role", "أكد")
    ]


def test_verb_whose_first_root_letter_is_waw_inside_the_content_credits_no_speaker():
    said = "وقال المتحدث باسم البلدية إن اللجنة وصفت الأضرار بأنها جسيمة."
    assert [(s.text, s.cue) for s in arabic_speakers(pair(said, "x"))] == [("المتحدث باسم البلدية", "وقال")]
    # the twin: وأضاف is و + a verb of saying, a clause of its own with its own (implicit) speaker
    added = "وقال المتحدث باسم البلدية إن اللجنة عاينت المكان وأضاف أن الأضرار جسيمة."
    assert [(s.text, s.cue) for s in arabic_speakers(pair(added, "x"))] == [
        ("المتحدث باسم البلدية", "وقال"),
        ("", "وأضاف"),
    ]


def test_adverb_in_ly_before_the_verb_is_no_part_of_the_speaker_and_an_ly_noun_is():
    ar = "وقال مسؤولون في البلدية إن الجسر سيغلق."
    openly = english_speakers(pair(ar, "Municipal officials openly admitted the bridge would close."))
    assert [(s.text, s.kind) for s in openly] == [("Municipal officials", "generic")]
    family = english_speakers(pair(ar, "The bridge will close, the family said."))
    assert [s.text for s in family] == ["the family"]


def test_outlet_the_arabic_writes_in_a_form_of_its_own_is_no_credit_added():
    en = "The ministry said in a statement carried by the state news agency Saba that salaries would be paid on Sunday."
    # the Arabic gives the agency's short name in brackets, a form the gazetteer does not list
    ar = "وأوضحت الوزارة في بيان نشرته وكالة الأنباء الرسمية (سبأ) أن الرواتب ستصرف يوم الأحد."
    assert [f for f in detect(pair(ar, en)) if f.subtype == "source_added"] == []
    # the twin: nothing in the Arabic spells the agency, the English puts the credit in
    ar = "وأوضحت الوزارة في بيان أن الرواتب ستصرف يوم الأحد."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", "Saba")]
    # a place of the outlet's name is no credit to it: Kurdistan 24 is added where the Arabic names the region
    ar = "وأوضحت حكومة إقليم كردستان في بيان أن الرواتب ستصرف يوم الأحد."
    en = "The Kurdistan Regional Government said salaries would be paid on Sunday, Kurdistan 24 reported."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", "Kurdistan 24")]


def test_verb_joined_by_and_has_the_subject_of_the_verb_before():
    en = "The blast, which killed twelve people in 2019 and laid bare years of neglect, shocked the city."
    ar = "وأثار الانفجار الذي أودى بحياة اثني عشر شخصاً عام ٢٠١٩ صدمة في المدينة."
    assert [s.text for s in english_speakers(pair(ar, en)) if s.text] == []
    assert detect(pair(ar, en)) == []
    # the twin: 'X said … and added' keeps X as the speaker of the second verb
    en = "The minister said the road was open and added that the bridge would follow."
    assert [s.text for s in english_speakers(pair(ar, en))] == ["The minister", "The minister"]


def test_unnamed_people_the_arabic_has_too_are_no_credit_added():
    en = "Floods are common here, but residents say they have never seen one this large."
    # يقولون is no verb the reporting lexicon lists, but the residents are there
    ar = "وليس من النادر أن تشهد المنطقة سيولاً، غير أن الأهالي يقولون إنهم لم يشهدوا سيولاً بهذا الحجم."
    assert detect(pair(ar, en)) == []
    assert [s.text for s in english_speakers(pair(ar, en))] == ["residents"]
    # the twin: the Arabic never mentions them
    ar = "وليس من النادر أن تشهد المنطقة سيولاً، لكن سيول هذا العام هي الأكبر منذ عقود."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", "residents")]


def test_the_source_goes_on_with_one_introduced_before():
    # بيّن is no verb the reporting lexicon lists; 'the source' points back to one already credited
    ar = "وبيّن المصدر أن الأعطال تكلف الشركة نحو ثلاثة ملايين دولار شهرياً."
    assert detect(pair(ar, "The source said the faults cost the company about $3 million a month.")) == []
    # the twin: a new unnamed source the Arabic has nowhere
    ar = "وتكلف الأعطال الشركة نحو ثلاثة ملايين دولار شهرياً."
    en = "A source said the faults cost the company about $3 million a month."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", "A source")]


def test_specialists_after_according_to_in_either_case_ending_are_the_same_credit():
    ar = "ويعتمد البلد على الغاز المستورد لتغطية ثلث حاجته بحسب مختصين في قطاع الطاقة."
    en = "The country relies on imported gas for a third of its needs, according to energy specialists."
    assert detect(pair(ar, en)) == []
    # the twin: the Arabic credits no one
    ar = "ويعتمد البلد على الغاز المستورد لتغطية ثلث حاجته."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", "energy specialists")]


def test_credit_of_the_next_arabic_sentence_carried_into_a_merged_lead_is_not_added():
    ar = "اندلع حريق كبير في أحراج البلدة وامتد بسرعة بفعل الرياح."
    en = "A fire broke out in the town's woods and spread on the wind, burning 100 dunums, a civil defence source said."
    following = 'وأفاد مصدر في الدفاع المدني بأن "النيران أتت على نحو مئة دونم".'
    assert detect(in_document(pair(ar, en), (following,))) == []
    # an unqualified 'officials said' is no such evidence: a report credits officials in many sentences
    officials = "A large fire broke out in the town's woods and spread fast on the wind, officials said."
    credited = "وقال مسؤولون في البلدية إن فرق الإطفاء وصلت متأخرة."
    assert [f.en_span for f in detect(in_document(pair(ar, officials), (credited,)))] == ["officials"]
    # the twin: the sentence after credits no one
    following = "وتضررت عشرات المنازل في أطراف البلدة."
    assert [(f.subtype, f.en_span) for f in detect(in_document(pair(ar, en), (following,)))] == [
        ("source_added", "a civil defence source")
    ]


def test_a_place_in_an_unnamed_source_phrase_names_no_one():
    ar = 'وقال مصدر في مديرية الأمن العام بدرعا إن "الدوريات بدأت البحث في محيط البلدة".'
    en = "A source in the General Security directorate in Daraa said “patrols have begun searching around the town”."
    assert [(s.kind, s.names) for s in arabic_speakers(pair(ar, en))] == [("anonymous", ())]
    assert detect(pair(ar, en)) == []
    # the twin: a named officer made an unnamed source
    ar = 'وقال قائد الشرطة في درعا العميد سامر الخطيب إن "الدوريات بدأت البحث في محيط البلدة".'
    assert [f.subtype for f in detect(pair(ar, en))] == ["generalized"]


def test_one_who_asked_not_to_be_named_is_no_named_speaker():
    en = "“People are afraid to go out,” a trader at the market said."
    ar = 'وقال أحد تجار السوق، فضّل عدم ذكر اسمه، إن "الناس يخشون الخروج".'
    assert detect(pair(ar, en)) == []
    # the twin: a trader named in the Arabic
    ar = 'وقال التاجر كاظم الحيالي إن "الناس يخشون الخروج".'
    assert [f.subtype for f in detect(pair(ar, en))] == ["generalized"]


def test_a_named_officer_made_an_officer_is_generalised():
    ar = 'وقال رئيس مركز الشرطة في حمص العقيد سامر حداد إن "جميع الموقوفين أطلق سراحهم".'
    en = "“All the detainees have been released,” a police officer in Homs said."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("generalized", "a police officer in Homs")]
    # the twin: the English names him
    en = "“All the detainees have been released,” said Colonel Samer Haddad, head of the Homs police station."
    assert detect(pair(ar, en)) == []


def test_a_speaker_generalised_where_first_named_is_not_reported_again():
    earlier = 'وقال مدير المكتب الدكتور صالح بن دغار إن "معظم الحالات سجلت في الأحياء الشعبية".'
    ar = 'وأشار بن دغار إلى أن "المخزون لا يكفي لأكثر من ثلاثة أسابيع".'
    en = "One official pointed out that “the stock will not last more than three weeks”."
    p = replace(pair(ar, en), ar_before=(Sentence(0, earlier, 0, len(earlier)),))
    lead = "Health officials said “most cases were recorded in poor districts”."
    # the English names him nowhere: he became 'health officials' where first named, and is reported there
    assert detect(in_document(p, en_document=(lead,))) == []
    # the twin: the English named him at first, and only here makes him an unnamed official
    lead = "Office director Saleh bin Daghar said “most cases were recorded in poor districts”."
    assert [f.subtype for f in detect(in_document(p, en_document=(lead,)))] == ["generalized"]


def test_outlet_name_that_qualifies_a_noun_is_no_credit():
    ar = "وقالت المصادر إن المسلحين هاجموا نقطة التفتيش عند المدخل الشرقي للمدينة."
    en = "Gunmen attacked the al-Alam checkpoint at the eastern entrance to the city, sources said."
    assert [f for f in detect(pair(ar, en)) if f.subtype == "source_added"] == []
    # the twin: the outlet credited ('the al-Alam channel reported')
    en = "Gunmen attacked the checkpoint at the eastern entrance to the city, the al-Alam channel reported."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en)) if f.subtype == "source_added"] == [
        ("source_added", "al-Alam")
    ]


def test_other_unnamed_people_in_the_arabic_do_not_account_for_an_added_credit():
    # the Arabic speaks of residents; the English credits officials, whom it never mentions
    ar = "وتضررت منازل عشرات الأهالي جراء السيول."
    en = "The floods damaged the homes of dozens of residents, officials said."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", "officials")]


def test_an_outlet_named_after_its_qualifiers_is_credited_not_a_qualifier():
    ar = "وقالت الشرطة إن المسلحين هاجموا نقطة التفتيش."
    # 'semi-official', 'state': the outlet's noun comes after them, and the outlet is put in
    for en in (
        "Gunmen attacked the checkpoint, the Fars semi-official news agency reported.",
        "Gunmen attacked the checkpoint, the Saba state news agency reported.",
    ):
        assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", en.split()[5])]
    # the twin: the name qualifies a checkpoint
    en = "Gunmen attacked the al-Alam checkpoint, police said."
    assert [f for f in detect(pair(ar, en)) if f.subtype == "source_added"] == []


def test_the_outlet_s_kind_after_its_name_is_no_part_of_the_name_the_arabic_spells():
    ar = "وقالت وكالة الأنباء الرسمية (سبأ) إن الرواتب ستصرف الأحد."
    assert detect(pair(ar, "Salaries will be paid on Sunday, the official Saba news agency said.")) == []
    # the twin: the Arabic spells no agency
    en = "Salaries will be paid on Sunday, the official Saba news agency said."
    assert [f.subtype for f in detect(pair("وقالت الوزارة إن الرواتب ستصرف الأحد.", en))] == ["source_added"]


def test_the_first_word_of_a_quotation_spells_no_outlet():
    # الوطن opens the governor's words; it is no credit to Al-Watan, which the English puts in
    ar = 'وقال المحافظ إن "الوطن بحاجة إلى جميع أبنائه".'
    en = "“The homeland needs all its sons,” the governor told Al-Watan."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", "Al-Watan")]


def test_a_source_of_revenue_or_energy_is_no_unnamed_source_in_the_arabic():
    for ar, en, span in (
        (
            "ويعد النفط المصدر الرئيسي لإيرادات الدولة.",
            "Oil is the main source of state revenue, sources said.",
            "sources",
        ),
        (
            "وتعتمد البلاد على مصادر الطاقة المستوردة.",
            "The country relies on imported energy, a source said.",
            "a source",
        ),
        ("ويبقى ارتفاع الأسعار مصدر قلق للأسر.", "Rising prices remain a worry for families, sources said.", "sources"),
    ):
        assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", span)]


def test_the_source_with_no_source_before_it_in_the_arabic_is_put_in():
    ar = "وتكلف الأعطال الشركة نحو ثلاثة ملايين دولار."
    en = "The source said the faults cost the company about $3 million."
    plain = "وتعطلت المحطة مرتين هذا الشهر."
    p = replace(pair(ar, en), ar_before=(Sentence(0, plain, 0, len(plain)),))
    assert [(f.subtype, f.en_span) for f in detect(p)] == [("source_added", "The source")]
    # the twin: the Arabic credited a source just before; 'the source' goes on with it
    credited = "وقال مصدر في الشركة إن المحطة تعطلت مرتين هذا الشهر."
    assert detect(replace(pair(ar, en), ar_before=(Sentence(0, credited, 0, len(credited)),))) == []


def test_a_credit_the_english_gives_again_elsewhere_is_not_carried_into_the_lead():
    ar = "اندلع حريق كبير في أحراج البلدة وامتد بسرعة بفعل الرياح."
    en = "A fire broke out in the town's woods and spread on the wind, a civil defence source said."
    following = "وأفاد مصدر في الدفاع المدني بأن فرق الإطفاء وصلت بعد ساعة."
    # the English renders the next sentence with its own credit: the one in the lead is put in
    again = "A civil defence source said firefighters arrived an hour later."
    assert [(f.subtype, f.en_span) for f in detect(in_document(pair(ar, en), (following,), (again,)))] == [
        ("source_added", "a civil defence source")
    ]
    # the twin: the English renders it without the credit, which went into the lead
    assert detect(in_document(pair(ar, en), (following,), ("Firefighters arrived an hour later.",))) == []
    # 'the source' going on with it later introduces no source; nor does one the Arabic credits again later
    later = "The civil defence source added that homes were damaged."
    assert detect(in_document(pair(ar, en), (following, "وأضاف المصدر أن منازل تضررت."), (later,))) == []
    another = ("Another civil defence source said an inquiry had begun.",)
    arabic = (following, "وقال مصدر آخر في الدفاع المدني إن التحقيق بدأ.")
    assert detect(in_document(pair(ar, en), arabic, another)) == []


def test_a_speaker_first_generalised_here_is_reported_where_the_english_left_his_first_credit_out():
    earlier = 'وقال مدير المكتب الدكتور صالح بن دغار إن "معظم الحالات سجلت في الأحياء الشعبية".'
    ar = 'وأشار بن دغار إلى أن "المخزون لا يكفي لأكثر من ثلاثة أسابيع".'
    en = "One official pointed out that “the stock will not last more than three weeks”."
    p = replace(pair(ar, en), ar_before=(Sentence(0, earlier, 0, len(earlier)),))
    # the English credits no unnamed source elsewhere: his first statement was left out, not generalised
    assert [f.subtype for f in detect(in_document(p, en_document=("Cholera cases rose this month.",)))] == [
        "generalized"
    ]


def test_a_verb_after_and_with_no_speaker_before_it_has_the_subject_of_its_clause():
    ar = "وقال الوزير أحمد سالم إن الطريق سيفتح غداً."
    en = "The ministry issued a statement and said the road would open tomorrow."
    assert [f.subtype for f in detect(pair(ar, en))] == ["speaker_changed"]


def test_another_man_of_the_same_first_name_is_generalised_here_not_where_the_first_was():
    earlier = 'وقال وزير الصحة محمد سالم إن "معظم الحالات سجلت في الأحياء الشعبية".'
    ar = 'وقال الطبيب محمد العلي إن "المخزون لا يكفي لأكثر من ثلاثة أسابيع".'
    en = "One official said “the stock will not last more than three weeks”."
    p = replace(pair(ar, en), ar_before=(Sentence(0, earlier, 0, len(earlier)),))
    lead = "An official said “most cases were recorded in poor districts”."
    assert [f.subtype for f in detect(in_document(p, en_document=(lead,)))] == ["generalized"]


def test_people_the_arabic_mentions_only_as_owners_do_not_account_for_crediting_them():
    # منازل الأهالي: the residents' homes; the English makes the residents the source
    ar = "وتضررت منازل الأهالي جراء السيول."
    en = "The floods damaged homes, residents said."
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en))] == [("source_added", "residents")]
    # the twin: the residents speak in the Arabic, with a verb the reporting lexicon does not list
    ar = "وتضررت المنازل جراء السيول بحسب ما يرويه الأهالي، والأهالي يقولون إن السيول جرفت منازلهم."
    assert [f for f in detect(pair(ar, en)) if f.subtype == "source_added"] == []


def test_an_outlet_name_that_renders_a_word_of_the_arabic_is_no_credit_added():
    # مستشفى الثورة "al-Thawra hospital": the newspaper al-Thawra shares the name, and nothing is credited to it
    ar = "وحذرت إدارة مستشفى الثورة في المدينة من توقف خدماتها خلال أيام."
    assert found(detect, ar, "Al-Thawra General Hospital in the city warned its services could stop within days.") == []
    # the twin: the English credits the newspaper where the Arabic has no word of its name
    ar = "وحذرت إدارة المستشفى الجمهوري في المدينة من توقف خدماتها خلال أيام."
    en = "The Republican Hospital in the city told Al-Thawra its services could stop within days."
    assert [f[:2] for f in found(detect, ar, en)] == [("attribution", "source_added")]


def test_an_outlet_the_gazetteer_lacks_swapped_for_another_is_a_changed_credit():
    # لصحيفة "النبأ" (a paper no list of ours holds) became Al-Ahram: the credit changed, none was added
    ar = 'وقال مصدر في الوزارة لصحيفة "النبأ" إن الأسعار لن ترتفع.'
    assert found(detect, ar, "A ministry source told Al-Ahram that prices would not rise.") == [
        ("attribution", "speaker_changed", "النبأ", "Al-Ahram", "minor")
    ]
    # the twin: the English spells the same paper's name, faithful
    assert found(detect, ar, "A ministry source told al-Naba newspaper that prices would not rise.") == []


def test_officials_of_an_agency_are_a_body_not_an_outlet():
    # 'UN refugee agency officials' for the agency's spokeswoman: officials of a body, no outlet credit put in
    ar = "وقالت المتحدثة باسم المفوضية رنا الحوراني إن ألف لاجئ عادوا هذا الشهر."
    en = "UN refugee agency officials said a thousand refugees returned this month."
    assert [s.kind for s in english_speakers(pair(ar, en))] == ["body"]
    assert "source_added" not in [f[1] for f in found(detect, ar, en)]
    # the twin: the agency itself credited is the outlet's credit
    en = "The refugee agency said a thousand refugees returned this month."
    assert [s.kind for s in english_speakers(pair(ar, en))] == ["outlet"]


def test_a_place_after_fa_inna_is_no_name_of_an_unnamed_source():
    # بحسب مصادر مطلعة فإن القاهرة …: Cairo opens what the sources report; they stay unnamed, a hedge dropped
    en = "Cairo will ask for an emergency session of the Security Council."
    for ar in (
        "وبحسب مصادر مطلعة فإن القاهرة قد تطلب عقد جلسة طارئة لمجلس الأمن.",
        "وبحسب مصادر دبلوماسية مطلعة، فإن القاهرة قد تطلب عقد جلسة طارئة لمجلس الأمن.",
    ):
        assert [f[:2] for f in found(detect, ar, en)] == [("certainty", "hedge_removed")]
    # the twin: a named source before فإن is a source, and dropping it leaves the claim unattributed
    ar = "وبحسب وزير الخارجية سامح شكري فإن القاهرة قد تطلب عقد جلسة طارئة لمجلس الأمن."
    assert [f[:2] for f in found(detect, ar, en)] == [("attribution", "source_dropped")]


def test_a_place_after_fa_inna_is_no_person_the_english_generalised():
    # the English keeps the unnamed sources: Cairo, after فإن, is what they report, no speaker left unnamed
    ar = "وبحسب مصادر مطلعة فإن القاهرة ستستضيف الجولة المقبلة من المحادثات."
    assert found(detect, ar, "According to informed sources, Cairo will host the next round of talks.") == []
    # the twin: a person named before فإن, told as unnamed sources
    ar = "وبحسب المتحدث أحمد الصحاف فإن القاهرة ستستضيف الجولة المقبلة من المحادثات."
    assert [f[:2] for f in found(detect, ar, "According to sources, Cairo will host the next round of talks.")] == [
        ("attribution", "generalized")
    ]


def test_a_jordanian_paper_named_by_a_plain_word_is_credited_or_dropped():
    # لـ"الغد" is the daily Al-Ghad ("tomorrow"), named in quotation marks after the credit
    ar = 'وقال النائب لـ"الغد" إن أهالي القرى الحدودية يسمعون إطلاق النار ليلاً.'
    assert found(detect, ar, "The MP told Al-Ghad that residents of border villages hear gunfire at night.") == []
    # the twin: the credit dropped
    assert [f[:2] for f in found(detect, ar, "The MP said residents of border villages hear gunfire at night.")] == [
        ("attribution", "source_dropped")
    ]


def test_a_place_or_a_counted_noun_near_the_cue_is_no_speaker():
    # ميناء جيهان: the word after a kind of place is the place's name, not the speaker's
    port = "أفادت مصادر في وزارة النفط، اليوم الأربعاء، بأن التصدير عبر ميناء جيهان متوقف."
    en = "Exports through the port of Ceyhan are halted, sources at the Oil Ministry said on Wednesday."
    assert found(detect, port, en) == []
    # the twin: the same word as a person's name next to the verb is a speaker the English leaves unnamed
    assert found(detect, "وقال جيهان أوغلو إن التصدير متوقف.", "A source said exports are halted.") == [
        ("attribution", "generalized", "جيهان أوغلو", "A source", "major")
    ]
    # ١٤ مهاجراً "14 migrants": a noun a figure counts, though مهاجر is also a surname
    counted = "وبحسب مصادر طبية في مستشفى المدينة، فقد نُقل ١٤ مهاجراً إلى المستشفى."
    en = "According to medical sources at the city hospital, 14 migrants were taken to hospital."
    assert found(detect, counted, en) == []
    named = "وقال مدير المستشفى خالد مهاجر إن ١٤ مصابا نقلوا إلى المستشفى."
    assert [f[:2] for f in found(detect, named, "Hospital sources said 14 injured people were taken to hospital.")] == [
        ("attribution", "generalized")
    ]


def test_a_place_after_an_office_or_an_adjective_after_a_body_names_no_person():
    # محافظ عكار "the governor of Akkar": the English may name the post by its region
    governor = "بدوره، أعلن محافظ عكار في بيان تشكيل خلية أزمة."
    en = "The governor of North Lebanon announced in a statement that a crisis cell had been set up."
    assert found(detect, governor, en) == []
    # النيابة العامة التمييزية: a body and its adjective, rendered 'the prosecution at the Court of Cassation'
    body = "من جهتها، أكدت النيابة العامة التمييزية أنها لم تتسلم أي طلب رسمي."
    en = "The public prosecution at the Court of Cassation confirmed that it had received no formal request."
    assert found(detect, body, en) == []
    # the twin: a person named after the office and the place is still a person the English replaces
    named = "وقال محافظ عكار خالد الحسيني في بيان إن خلية أزمة شكلت."
    en = "Governor Ahmed Tamimi said in a statement that a crisis cell had been formed."
    assert found(detect, named, en) == [
        ("attribution", "speaker_changed", "محافظ عكار خالد الحسيني", "Governor Ahmed Tamimi", "major")
    ]


def test_a_verb_after_while_opens_a_clause_of_its_own():
    # فيما / بينما "while" starts a new clause: its verb credits a speaker of its own, not reported content
    ar = "وقال الوزير إن الحكومة ستدفع الرواتب فيما أعلن المتحدث باسم النقابة أن الإضراب مستمر."
    assert [(s.text, s.cue) for s in arabic_speakers(pair(ar, "x"))] == [
        ("الوزير", "وقال"),
        ("المتحدث باسم النقابة", "أعلن"),
    ]
    # the twin: a verb after أن is inside what is reported
    ar = "وقالت المصادر إن الوفد يريد أن يعلن موافقته."
    assert [(s.text, s.cue) for s in arabic_speakers(pair(ar, "x"))] == [("المصادر", "وقالت")]


def test_a_name_after_an_establishment_names_it_not_the_speaker():
    # مصدر طبي في مستشفى اليرموك: an unnamed source at a named hospital is still unnamed
    ar = "وقال مصدر طبي في مستشفى اليرموك إن ثلاثة جرحى وصلوا."
    assert found(detect, ar, "A medical source said three wounded had arrived.") == []
    # the twin: the hospital's director named, then only 'a medical source' in the English
    ar = "وقال مدير مستشفى اليرموك خالد الحسيني إن ثلاثة جرحى وصلوا."
    assert found(detect, ar, "A medical source said three wounded had arrived.") == [
        ("attribution", "generalized", "مدير مستشفى اليرموك خالد الحسيني", "A medical source", "major")
    ]


def test_data_of_a_named_body_after_bihasab_is_a_credit_the_english_may_drop():
    ar = "وتجاوز عدد المشتركين مليوني مشترك بنهاية العام، بحسب بيانات الهيئة العامة للاتصالات."
    dropped = found(detect, ar, "Subscribers passed two million by the end of the year.")
    assert [(f[1], f[2]) for f in dropped] == [("source_dropped", "بحسب بيانات الهيئة العامة")]
    kept = "Subscribers passed two million by the end of the year, according to the telecoms authority."
    assert found(detect, ar, kept) == []


def test_the_speaker_ends_at_inna_with_its_pronoun():
    # إنهم "that they" opens what is reported: the words after it are no name of the speaker's
    ar = "وقال شهود عيان إنهم سمعوا دوي انفجارين قرب المطار."
    assert [sp.names for sp in arabic_speakers(pair(ar, "Witnesses said they heard two blasts near the airport."))] == [
        ()
    ]
    assert found(detect, ar, "Witnesses said they heard two blasts near the airport.") == []
    named = "وقال مدير المطار خالد الربيعي إنهم سمعوا دوي انفجارين."
    assert [f[1] for f in found(detect, named, "Officials said they heard two blasts.")] == ["generalized"]


def test_a_government_named_by_its_capital_is_no_other_speaker():
    # قالت دمشق: the capital speaks for its government, which the English may name as such
    assert (
        found(
            detect,
            "وقالت دمشق إن الضربة انتهاك لسيادتها.",
            "The Syrian government said the strike violated its sovereignty.",
        )
        == []
    )
    assert (
        found(detect, "وأعلنت بيونغ يانغ أنها علقت التجارب.", "North Korea announced it had suspended the tests.") == []
    )
    # the twin: a person named in the Arabic, another in the English
    assert found(
        detect,
        "وقال المقداد إن الضربة انتهاك لسيادة سوريا.",
        "Bashar al-Jaafari said the strike violated Syria's sovereignty.",
    ) == [("attribution", "speaker_changed", "المقداد", "Bashar al-Jaafari", "major")]


def test_titles_before_the_name_are_not_the_person():
    # 'British Home' is a run of capitals before the post; the person is the name after it
    ar = "وصرح وزير الخارجية الإسباني خوسيه ألباريس بأن مدريد سترسل مساعدات."
    assert found(detect, ar, "Spanish Foreign Minister Jose Albares said Madrid would send aid.") == []
    assert (
        found(
            detect,
            "وقال وزير الداخلية البريطاني ساجد جاويد إن القانون سيتغير.",
            "British Home Secretary Sajid Javid said the law would change.",
        )
        == []
    )
    # the twin: the same post held by someone else in the English
    assert found(detect, ar, "Spanish Foreign Minister Arancha Gonzalez said Madrid would send aid.") == [
        (
            "attribution",
            "speaker_changed",
            "وزير الخارجية الإسباني خوسيه ألباريس",
            "Spanish Foreign Minister Arancha Gonzalez",
            "major",
        )
    ]


def test_a_name_in_apposition_after_the_post_is_the_speaker():
    # the post's only name-like word is the canal's; the person follows after a comma
    ar = "أعلن نائب رئيس هيئة قناة السويس، الفريق أسامة ربيع، اليوم الاثنين، أن الإيرادات ارتفعت."
    kept = "Revenues rose, Authority deputy chairman Lieutenant General Osama Rabie announced on Monday."
    assert found(detect, ar, kept) == []
    # the twin: the English names another man for the post
    other = "Revenues rose, Authority deputy chairman Lieutenant General Mohab Mamish announced on Monday."
    assert found(detect, ar, other) == [
        (
            "attribution",
            "speaker_changed",
            "نائب رئيس هيئة قناة السويس",
            "Authority deputy chairman Lieutenant General Mohab Mamish",
            "major",
        )
    ]


def test_a_verb_after_an_explicit_speaker_goes_on_with_him_not_the_man_before():
    earlier = "وأضاف الحيالي أن الحدود تحتاج إلى مراقبة."
    before = (Sentence(5, earlier, 0, len(earlier)),)
    # قال مصدر … مؤكدا: the source goes on; the English keeps the source
    ar = "وقال مصدر في الفرقة الخامسة إن الانسحاب تم بهدوء، مؤكدا أن القوات ستبقى خارج البلدة."
    en = "A source in the Fifth Division said the pullout went calmly, stressing the forces would stay out of town."
    assert detect(replace(pair(ar, en), ar_before=before)) == []
    # the twin: with no speaker of its own, وقال goes on with al-Hayali, whom the English turns into a source
    ar2 = "وقال إن الانسحاب تم بهدوء، مؤكدا أن القوات ستبقى خارج البلدة."
    assert [(f.subtype, f.ar_span) for f in detect(replace(pair(ar2, en), ar_before=before))] == [
        ("generalized", "وقال")
    ]


def test_figures_credited_to_a_body_and_dropped_are_source_dropped():
    ar = "ويعيش أكثر من ٥٠ ألف نازح في المخيمات، بحسب تقديرات منظمات إنسانية."
    assert found(detect, ar, "More than 50,000 displaced people live in camps.") == [
        ("attribution", "source_dropped", "بحسب تقديرات منظمات إنسانية", "", "major")
    ]
    # the twins: the English keeps the credit, with 'according to' or with 'data show'
    assert found(detect, ar, "More than 50,000 displaced people live in camps, according to aid group estimates.") == []
    data = "وتجاوز عدد العاملين في القطاع الخاص ١١ مليون عامل، بحسب بيانات وزارة العمل."
    assert found(detect, data, "The private sector workforce passed 11 million, Labour Ministry data show.") == []
    assert found(detect, data, "The private sector workforce passed 11 million.") == [
        ("attribution", "source_dropped", "بحسب بيانات وزارة العمل", "", "major")
    ]


def test_estimates_of_unnamed_sources_dropped_are_a_hedge_not_a_source():
    ar = "وكلّف تراجع الحركة الخزينة ما بين ٨ و١٠ ملايين دينار، بحسب تقديرات مصادر اقتصادية."
    en = "The slowdown cost the treasury between 8 and 10 million dinars."
    assert [(f.type, f.subtype) for f in detect(pair(ar, en))] == [("certainty", "hedge_removed")]


def test_an_authority_rendered_as_a_commission_is_the_same_body():
    ar = "وذكرت الهيئة في بيان أن الحاويات ضبطت في الميناء."
    assert found(detect, ar, "The commission said in a statement that the containers were seized at the port.") == []
    assert found(detect, ar, "The ministry said in a statement that the containers were seized at the port.") == [
        ("attribution", "speaker_changed", "الهيئة", "The ministry", "major")
    ]


def test_a_source_phrase_whose_head_the_english_renders_is_kept():
    # وفقا لخطة الهيئة 'under the authority's plan', بيانات 'data' as the subject: the English keeps the phrase
    assert found(detect, "وسيتم تنفيذ المشروع وفقا لخطة الهيئة.", "The project will follow the authority's plan.") == []
    data = "وتجاوز عدد العاملين في القطاع الخاص ١١ مليون عامل، بحسب بيانات وزارة العمل."
    assert found(detect, data, "Labour Ministry data put the private sector workforce above 11 million.") == []
    un = "ويعيش نحو ٣ ملايين لاجئ في البلاد، بحسب تقديرات الأمم المتحدة."
    assert found(detect, un, "The United Nations estimates that about 3 million refugees live in the country.") == []
    # the twin: the credit gone from the English
    assert found(detect, un, "About 3 million refugees live in the country.") == [
        ("attribution", "source_dropped", "بحسب تقديرات الأمم المتحدة", "", "major")
    ]


def test_a_named_spokeswoman_made_officials_of_her_body_is_generalized():
    ar = "وقالت المتحدثة باسم المفوضية رنا الحوراني إن ٣٢٥٠ لاجئا عادوا إلى بلادهم."
    assert found(detect, ar, "UN refugee agency officials said 3,250 refugees had returned home.") == [
        ("attribution", "generalized", "المتحدثة باسم المفوضية رنا الحوراني", "UN refugee agency officials", "major")
    ]
    # the twin: the English keeps her name
    assert (
        found(detect, ar, "UN refugee agency spokeswoman Rana al-Hourani said 3,250 refugees had returned home.") == []
    )
    # mediators are unnamed people too
    mediator = "وقال عضو لجنة المصالحة في البلدة، كمال الدباغ، إن الاتفاق تم برعاية روسية."
    assert [
        f.subtype
        for f in detect(pair(mediator, "Local mediators said the deal was reached under Russian sponsorship."))
    ] == ["generalized"]


def test_a_verb_with_a_plain_object_whose_subject_the_english_keeps_drops_no_source():
    # أكدت + object (no إن/أن): 'reaffirmed its commitment', 'upheld the ruling': the subject is still there
    ar = "وأكدت الوزارة التزامها بخطة إعادة الإعمار."
    assert found(detect, ar, "The ministry reaffirmed its commitment to the reconstruction plan.") == []
    assert [f[1] for f in found(detect, ar, "The government is committed to the reconstruction plan.")] == [
        "source_dropped"
    ]
    # reported speech after إن: the body named elsewhere in the English is no credit
    said = "وقالت الوزارة إن خطة إعادة الإعمار تأخرت."
    assert [f[1] for f in found(detect, said, "The ministry's reconstruction plan was delayed.")] == ["source_dropped"]


def test_a_foreign_name_spelt_as_said_is_the_same_speaker():
    # a sentence-initial name with an apposition is a name; its Arabic spelling follows how it is said
    ar = "ونفى شيمانسكي، وهو محامٍ يبلغ من العمر 52 عاماً ويدعمه حزب المنصة المدنية، هذه الاتهامات."
    en = "Szymański, a 52-year-old lawyer backed by the Civic Platform party, denied the charges."
    assert found(detect, ar, en) == []
    two = "وقالت فيشنيفسكا إنها ستوقع القانون، في حين قال كاتشماريك إنه سيعارضه."
    en = "Wiśniewska, 48, said she would sign the law, while Kaczmarek said he would oppose it."
    assert found(detect, two, en) == []
    # the twin: another person credited
    said = "وقال المدرب كاتشماريك إن الفريق سيعود أقوى."
    assert found(detect, said, "Coach Kaczmarek said the team would come back stronger.") == []
    assert [f[1] for f in found(detect, said, "Coach Nowicki said the team would come back stronger.")] == [
        "speaker_changed"
    ]


def test_government_figures_rendered_as_such_are_the_same_source():
    ar = "وبلغ عدد الزوار 40 ألفاً خلال الموسم، وفقاً لأرقام حكومية."
    assert found(detect, ar, "Visitors reached 40,000 during the season, according to government figures.") == []
    assert found(detect, ar, "Visitors reached 40,000 during the season, according to the tourism ministry.") == [
        ("attribution", "speaker_changed", "لأرقام حكومية", "the tourism ministry", "major")
    ]


def test_experts_named_by_their_field_are_the_english_economists():
    # ويقدّر خبراء الاقتصاد "experts of the economy estimate" → 'economists estimate', the subject of an
    # imperfect verb
    ar = "ويقدّر خبراء الاقتصاد أن التضخم سيتراجع ببطء خلال العام المقبل."
    assert found(detect, ar, "Economists estimate inflation will ease slowly over the next year.") == []
    assert found(
        detect,
        "وسيتراجع التضخم ببطء خلال العام المقبل.",
        "Economists say inflation will ease slowly over the next year.",
    ) == [("attribution", "source_added", "", "Economists", "minor")]


def test_the_arabic_name_of_afp_is_the_outlet_credited():
    ar = "وقال المتحدث باسم الشرطة لوكالة الأنباء الفرنسية إن التحقيق مستمر."
    assert found(detect, ar, "The police spokesman told AFP the investigation was continuing.") == []
    # the twin: another agency credited
    assert found(detect, ar, "The police spokesman told Reuters the investigation was continuing.") == [
        ("attribution", "speaker_changed", "لوكالة الأنباء الفرنسية", "Reuters", "major")
    ]


def test_said_to_reporters_names_whom_he_told_and_a_participle_credits_him():
    ar = "ورفض المدرب انتقاد الحكم، وقال للصحفيين إن لاعبيه لم يستغلوا الفرص."
    # للصحفيين "to reporters" is whom he told, not reporters who spoke
    assert [(s.kind, s.text) for s in arabic_speakers(pair(ar, "x"))] == [("implicit", "")]
    told = "The coach refused to criticise the referee, telling reporters that his players had wasted their chances."
    assert found(detect, ar, told) == []
    saying = "The coach refused to criticise the referee, saying that his players had wasted their chances."
    assert found(detect, ar, saying) == []
    assert found(detect, ar, "The coach refused to criticise the referee. His players had wasted their chances.") == [
        ("attribution", "source_dropped", "وقال", "", "major")
    ]


def test_outlet_whose_name_is_a_given_name_is_the_outlet_only_where_credited():
    # بترا is Jordan's news agency and a woman's name: before a surname it is no credit
    won = "وفازت بترا ليندكفيست بأول لقب لها يوم السبت."
    assert found(detect, won, "Lindqvist won her first title on Saturday.") == []
    told = 'وقال مدير المخيم لـ"بترا" إن ثلاثة آبار تعمل بطاقة منخفضة.'
    assert found(detect, told, "The camp director said that three wells were running at low capacity.") == [
        ("attribution", "source_dropped", 'لـ"بترا"', "", "major")
    ]
    # the English may write the agency's own name in Latin letters rather than 'Jordan News Agency'
    assert found(detect, told, "The camp director told Petra that three wells were running at low capacity.") == []


def test_unnamed_source_rendered_as_such_is_no_generalisation():
    # 'Analysts' renders محللون, the speaker: not the polls near another verb made unnamed
    ar = "وقال محللون إن الإقبال كان مرتفعا، إذ أشارت استطلاعات الرأي إلى تقدم الحزب بفارق كبير."
    en = "Analysts said turnout was high, with polls pointing to a wide lead for the party."
    assert found(detect, ar, en) == []
    named = "وقال المحلل كاظم الحيالي إن الإقبال كان مرتفعا، إذ أشارت استطلاعات الرأي إلى تقدم الحزب بفارق كبير."
    assert found(detect, named, en) == [("attribution", "generalized", "المحلل كاظم الحيالي", "Analysts", "major")]


def test_his_lawyer_renders_his_lawyer_not_the_defendant_named_before():
    ar = "وينفي المتهم التهم الموجهة إليه، وقال محاميه أمام المحكمة إن موكله بريء."
    en = "The defendant denies the charges, and his lawyer told the court that his client was innocent."
    assert found(detect, ar, en) == []
    named = "وينفي المتهم التهم الموجهة إليه، وقال محاميه خالد الربيعي أمام المحكمة إن موكله بريء."
    assert [f[:2] for f in found(detect, named, en)] == [("attribution", "generalized")]


def test_officials_with_a_relative_adjective_are_unnamed_on_both_sides():
    ar = "وأوضح مسؤولون انتخابيون أن الفرز تأخر في دائرتين بسبب الثلوج."
    assert [(s.kind, s.names) for s in arabic_speakers(pair(ar, "x"))] == [("generic", ())]
    en = "Election officials said counting was delayed in two constituencies by snow."
    assert found(detect, ar, en) == []
    named = "وأوضح المسؤول الانتخابي هيروشي تاناكا أن الفرز تأخر في دائرتين بسبب الثلوج."
    assert [f[:2] for f in found(detect, named, en)] == [("attribution", "generalized")]


def test_names_with_letters_for_foreign_sounds_and_diacritics_are_whole_words():
    # باڤيل is written with ڤ (v) and Paweł with ł: each one word on its side, the same man
    ar = "وقال مساعده، الأستاذ الدولي الكبير البولندي باڤيل ماتشينسكي، إن البطل «أخطأ في الحساب»."
    en = 'His second, the Polish grandmaster Paweł Maciński, said the champion had "miscalculated".'
    assert found(detect, ar, en) == []
    p = pair(ar, en)
    assert [s.names for s in arabic_speakers(p)] == [("avil", "bavil", "matshinski")]
    assert [s.names for s in english_speakers(p)] == [("Polish", "Paweł", "Maciński")]


def test_people_suspected_of_a_crime_are_no_unnamed_source():
    ar = "وأشار المتحدث إلى أنه تم إيقاف ثلاثة أشخاص يُشتبه في تهريبهم الوقود."
    en = "“Three people suspected of smuggling fuel have been arrested,” the spokesman noted."
    assert found(detect, ar, en) == []
    # 'suspect' before a clause is a view credited to them, and the spokesman is gone
    assert found(detect, ar, "Officials suspect three people smuggled fuel.") == [
        ("attribution", "generalized", "المتحدث", "Officials", "minor")
    ]


def test_figures_show_renders_according_to_figures():
    ar = "ويقطن المخيم نحو ثمانين ألف لاجئ وفقاً لأرقام المفوضية."
    assert found(detect, ar, "The camp is home to about eighty thousand refugees, UNHCR figures show.") == []
    assert found(detect, ar, "The camp is home to about eighty thousand refugees.") == [
        ("attribution", "source_dropped", "وفقاً لأرقام المفوضية", "", "major")
    ]


def test_reports_after_its_subject_at_the_end_credits_the_statement():
    ar = "وذكرت صحيفة ذا كورير أن الشرطة أغلقت الطريق السريع لساعتين."
    assert found(detect, ar, "Police closed the motorway for two hours, the Courier reports.") == []
    # 'reports' at the end is a verb with its subject: another paper credited, not the credit dropped
    assert found(detect, ar, "Police closed the motorway for two hours, the Herald reports.") == [
        ("attribution", "speaker_changed", "صحيفة ذا كورير", "the Herald", "major")
    ]
    assert found(detect, ar, "Police closed the motorway for two hours.") == [
        ("attribution", "source_dropped", "وذكرت صحيفة ذا كورير", "", "major")
    ]


def test_rights_groups_and_shop_owners_are_unnamed_sources():
    en = "Rights groups said the security approach alone would not stop migration."
    assert found(detect, "وقالت منظمات حقوقية إن المقاربة الأمنية وحدها لن توقف الهجرة.", en) == []
    named = "وقال المتحدث باسم المنتدى، كاظم الحيالي، إن المقاربة الأمنية وحدها لن توقف الهجرة."
    assert [f[:2] for f in found(detect, named, en)] == [("attribution", "generalized")]
    owners = "Bakery owners stressed that half the bakeries were shut."
    assert found(detect, "وأكد أصحاب المخابز أن نصف المخابز مغلقة.", owners) == []
    assert [f[:2] for f in found(detect, "وأكد الأمين العام لغرفة المخابز أن نصف المخابز مغلقة.", owners)] == [
        ("attribution", "generalized")
    ]


def test_a_body_by_its_proper_name_is_a_body_not_a_person():
    # 'the Royal Oman Police': capitals before a body's word name the body, compared with the Arabic body
    en = "About 1,000 fishermen have been evacuated from the fishing harbours, the Royal Oman Police said."
    assert found(detect, "وأفادت شرطة عمان السلطانية بأنه جرى إخلاء نحو ألف صياد من موانئ الصيد.", en) == []
    committee = "وأفادت اللجنة الوطنية لإدارة الحالات الطارئة بأنه جرى إخلاء نحو ألف صياد من موانئ الصيد."
    assert found(detect, committee, en) == [
        ("attribution", "speaker_changed", "اللجنة الوطنية لإدارة الحالات الطارئة", "the Royal Oman Police", "major")
    ]


def test_a_dated_dateline_and_its_outlet_are_no_credit_to_compare():
    # 'place date (outlet)-' in Arabic, 'PLACE, Month day, year (OUTLET) –' in English: both datelines
    ar = "نابلس 4-7-2026 (وفا)- أعلنت بلدية نابلس، اليوم السبت، برنامجاً جديداً لتوزيع المياه."
    en = "NABLUS, July 4, 2026 (WAFA) – Nablus municipality on Saturday announced a new water schedule."
    assert found(detect, ar, en) == []
    # the twin: the same outlet credited in the sentence, where the Arabic names none, is a credit added
    credited = "Nablus municipality on Saturday announced a new water schedule, WAFA reported."
    undated = "أعلنت بلدية نابلس، اليوم السبت، برنامجاً جديداً لتوزيع المياه."
    assert [f[:2] for f in found(detect, undated, credited)] == [("attribution", "source_added")]


def test_credit_wording_that_renders_another_arabic_clause_credits_nothing_else():
    from workbench.findings import run_detectors

    # 'the opposition has called for' renders دعت إليها المعارضة; the local sources are dropped all the same
    ar = "أفادت مصادر محلية بأن قوات الأمن انتشرت في أحياء العاصمة، تحسباً لاحتجاجات دعت إليها المعارضة يوم الخميس."
    en = "Security forces deployed in the capital ahead of protests the opposition has called for Thursday."
    assert [(f.type, f.subtype, f.ar_span) for f in run_detectors([pair(ar, en)], calibrated=False)] == [
        ("certainty", "hedge_removed", "أفادت مصادر محلية")
    ]
    # the twin: the sources kept
    assert run_detectors([pair(ar, en[:-1] + ", local sources said.")], calibrated=False) == []
    # a verb of the cue's own phrase (حسب ما كشفته "according to what … revealed") is that credit, rendered
    revealed = "يخشى الناشرون عدم تقبل القراء للكتاب، حسب ما كشفته رسائل جديدة."
    assert run_detectors([pair(revealed, "Publishers feared readers would reject the book, new letters reveal.")]) == []
    # 'according to' only credits, whatever an Arabic word of 'accord' says
    accord = "وأفادت مصادر محلية بأن الاتفاق بين الطرفين صمد طوال الليل."
    assert run_detectors([pair(accord, "The accord between the two sides held overnight, according to locals.")]) == []


def test_a_plural_speaker_rendered_by_the_english_group_is_no_generalisation():
    # قال متعاملون "traders said", قال مسؤولون أوكرانيون "Ukrainian officials said": groups, named by no one
    traders = "وقال متعاملون إن أسعار النحاس ارتفعت بنحو 1 في المئة في لندن يوم الثلاثاء."
    assert found(detect, traders, "Copper prices rose about 1% in London on Tuesday, traders said.") == []
    officials = "قال مسؤولون أوكرانيون يوم الاثنين إن هجوماً روسياً دمّر صومعة حبوب في ميناء إسماعيل."
    en = "A Russian attack destroyed a grain silo at the port of Izmail, Ukrainian officials said on Monday."
    assert found(detect, officials, en) == []
    # the twin: a person named after the verb and only 'officials' in the English is a generalisation
    named = "قال المسؤول الأوكراني أولكسندر ميلنيك يوم الاثنين إن هجوماً روسياً دمّر صومعة حبوب في ميناء إسماعيل."
    assert [f[:2] for f in found(detect, named, en)] == [("attribution", "generalized")]


# an outlet the gazetteer does not list, told something: the credit dropped leaves the statement the writer's own
TOLD_RADIO = 'وقالت مصادر قضائية لـ"صوت الشمال" إن المحكمة أصدرت حكمها بسجن المتهم الرئيسي سبع سنوات.'
TOLD_AGENCY = 'وأضاف الشمري في تصريح لوكالة "الرافدين" أن الطريق الدولي سيفتتح أمام الشاحنات الأسبوع المقبل.'


def test_a_credit_to_an_unlisted_outlet_dropped_is_a_minor_source_dropped():
    assert found(
        detect, TOLD_RADIO, "Judicial sources said the court sentenced the main defendant to seven years in prison."
    ) == [("attribution", "source_dropped", 'لـ"صوت الشمال"', "", "minor")]
    assert found(
        detect, TOLD_AGENCY, "Al-Shammari added that the international road would open to lorries next week."
    ) == [("attribution", "source_dropped", 'لوكالة "الرافدين"', "", "minor")]


def test_an_unlisted_outlet_credit_kept_or_no_credit_at_all_is_no_finding():
    # the twins: the credit kept ('told', 'on … radio', 'in remarks to')
    assert (
        found(
            detect,
            TOLD_RADIO,
            "Judicial sources told Sawt al-Shamal the court jailed the main defendant for seven years.",
        )
        == []
    )
    assert (
        found(
            detect, TOLD_RADIO, "Judicial sources said on Sawt al-Shamal radio that the main defendant got seven years."
        )
        == []
    )
    assert (
        found(
            detect,
            TOLD_AGENCY,
            "The international road will open to lorries next week, al-Shammari said in remarks to Al-Rafidain.",
        )
        == []
    )
    # ل after إن/أن, where the statement has begun: what the government told the EU, no credit of the minister's
    told_eu = 'وقال الوزير إن الحكومة أوضحت لـ"الاتحاد الأوروبي" أن الاتفاق لا يزال سارياً.'
    assert (
        found(
            detect,
            told_eu,
            "The minister said the government had assured the European Union that the deal still stood.",
        )
        == []
    )
    # a scare-quoted term after ل, followed by no statement, and a body named after a post
    deal = 'وأكد الرئيس في خطابه رفضه لـ"صفقة القرن"، مشيراً إلى أنها لن تمر.'
    assert [f[:2] for f in found(detect, deal, "The president said in his speech that the plan would not pass.")] == []
    post = "وقال المفوض العام لوكالة غوث وتشغيل اللاجئين إن التمويل لا يكفي لأكثر من شهرين."
    assert [
        f[1]
        for f in found(
            detect, post, "The agency's commissioner-general said funding would last no more than two months."
        )
    ] == []


def test_an_unnamed_source_that_pointed_out_or_revealed_dropped_is_a_hedge_removed():
    # أشار/كشف/أوضح have other senses, but with an unnamed source as subject they can only report what it said
    revealed = "كشفت مصادر في وزارة النقل أن الحكومة قد تقر زيادة جديدة على أجور النقل العام الشهر المقبل."
    assert found(detect, revealed, "The government could approve a new rise in public transport fares next month.") == [
        ("certainty", "hedge_removed", "كشفت مصادر", "", "major")
    ]
    pointed = "وأشار مصدر في المديرية إلى أن عدد الزوار تجاوز مئة وعشرين ألفاً منذ مطلع العام."
    assert found(detect, pointed, "More than 120,000 visitors have come since the start of the year.") == [
        ("certainty", "hedge_removed", "وأشار مصدر", "", "major")
    ]
    # the twins: the source kept, or a named speaker whose verb has an object (أشار الوزير إلى الخطة)
    assert (
        found(
            detect, revealed, "Transport ministry sources revealed the government could raise public fares next month."
        )
        == []
    )
    assert (
        found(detect, "وأشار الوزير إلى الخطة التي ستنفذ العام المقبل.", "The plan will be carried out next year.")
        == []
    )


def test_outlet_spelt_with_its_article_in_the_english_keeps_the_credit():
    ar = 'وقال رئيس جمعية الصيادين جاسم علي المهزع لصحيفة "الأيام" إن "هذه ليست الحادثة الأولى هذا العام".'
    told = "“This is not the first incident this year,” Jassim Ali al-Muhaza told the daily Al-Ayam."
    assert found(detect, ar, told) == []
    # the twin: the credit left out
    dropped = "“This is not the first incident this year,” said Jassim Ali al-Muhaza, head of the fishermen's society."
    assert found(detect, ar, dropped) == [("attribution", "source_dropped", 'لصحيفة "الأيام"', "", "major")]


def test_relatives_as_a_source_dropped():
    ar = "وبحسب ذوي البحارة، فإن بين المحتجزين ثلاثة عمال آسيويين."
    assert found(detect, ar, "Three Asian workers are among those being held.") == [
        ("attribution", "source_dropped", "وبحسب ذوي البحارة", "", "major")
    ]
    # the twin: the relatives kept as the source
    assert found(detect, ar, "According to the sailors' families, three Asian workers are among those held.") == []


def test_named_speaker_made_one_holder_of_a_post_is_generalized():
    ar = 'في المقابل، قال عضو المجلس البلدي لدرنة سالم عوض الحاسي إن "عشرات العائلات ما زالت تقيم في مساكن مؤقتة".'
    en = "However, a local council member said “dozens of families are still living in temporary housing”."
    assert found(detect, ar, en) == [
        ("attribution", "generalized", "عضو المجلس البلدي لدرنة سالم عوض الحاسي", "a local council member", "major")
    ]
    # the twins: the name kept beside the post, and a post the Arabic gives unnamed
    named = (
        "Salem Awad al-Hasi, a member of the Derna municipal council, said “dozens of families are still living"
        " in temporary housing”."
    )
    assert found(detect, ar, named) == []
    unnamed = 'في المقابل، قال عضو في المجلس البلدي لدرنة إن "عشرات العائلات ما زالت تقيم في مساكن مؤقتة".'
    assert found(detect, unnamed, en) == []


def test_national_news_agency_credit_dropped():
    ar = 'وقال المسماري لوكالة الأنباء الليبية، إن "الشركات المنفذة تعمل على مدار الساعة".'
    assert found(detect, ar, "Al-Mismari said the contractors were working around the clock.") == [
        ("attribution", "source_dropped", "لوكالة الأنباء الليبية", "", "major")
    ]
    # the twin: the agency kept, by its name or its acronym
    for en in (
        "Al-Mismari told the Libyan News Agency the contractors were working around the clock.",
        "The contractors are working around the clock, Al-Mismari told LANA.",
    ):
        assert found(detect, ar, en) == []


def test_place_that_qualifies_unnamed_people_is_no_person_generalized():
    ar = "غير أن سكاناً في ماي ساي قالوا للصحفيين إن أحداً لم يحذّرهم إلا بعد أن فاض النهر بالفعل."
    en = "But residents of Mae Sai told reporters that no one had warned them until the river was already overflowing."
    assert found(detect, ar, en) == []
    # the twin: a person named near the verb, made residents
    named = "غير أن الصياد سومتشاي قال للصحفيين إن أحداً لم يحذّره إلا بعد أن فاض النهر بالفعل."
    assert [f[:2] for f in found(detect, named, en)] == [("attribution", "generalized")]
    # … and a named lawyer made 'Lawyers in Homs': the town qualifies the English source, not the person's name
    lawyer = "وقال المحامي رائد سليمان الحسين، عضو فرع نقابة المحامين في حمص، إن عدداً من الموقوفين لم يُفرج عنهم."
    lawyers = "Lawyers in Homs said a number of detainees had not been freed."
    assert [f[:2] for f in found(detect, lawyer, lawyers)] == [("attribution", "generalized")]


def test_subject_with_a_particle_name_or_a_relative_clause_is_the_person():
    ar = "وقالت البروفيسورة أنيكه دي فريس، خبيرة استطلاعات الرأي في جامعة ستراثكلايد، إن الارتفاع «لافت لكنه غير حاسم»."
    en = (
        "Professor Anneke de Vries, a polling expert at the University of Strathclyde, said the rise was "
        '"notable but not decisive".'
    )
    assert found(detect, ar, en) == []
    ar = (
        "وقالت لوسيا بينابيدس، التي تمثل المقاتلين السابقين في مقاطعة كاوكا، للصحفيين إن كثيرين منهم"
        ' "لا يشعرون بالأمان".'
    )
    en = 'Lucía Benavides, who represents former fighters in Cauca, told reporters that many "do not feel safe."'
    assert found(detect, ar, en) == []
    # the twin: the expert made unnamed is generalized
    unnamed = 'Activists told reporters that many former fighters "do not feel safe."'
    assert [f[:2] for f in found(detect, ar, unnamed)] == [("attribution", "generalized")]


def test_subject_of_a_verb_before_that_is_credited_though_the_verb_is_unlisted():
    # احتج، قدّر: verbs of saying or thinking the lexicon lacks, whose subject stands before بأن/أن
    for ar, en in (
        (
            "واحتج نواب المعارضة بأن النسبة الأعلى قد تثني عن استثمارات تصل إلى 3.5 مليار دولار.",
            "Opposition lawmakers argued that the higher rate may deter up to $3.5 billion in investment.",
        ),
        (
            "وقدّرت جمعيات المزارعين أن ما بين 40 و50 في المئة من محصول قصب السكر قد سُوّي بالأرض.",
            "Farmers' groups estimated that between 40 and 50 percent of the sugar cane crop had been flattened.",
        ),
    ):
        assert found(detect, ar, en) == []
    # the twin: unnamed people the Arabic never mentions
    ar = "وتراجعت النسبة الأعلى إلى ما دون 3.5 في المئة خلال العام الماضي."
    en = "Opposition lawmakers said the higher rate fell below 3.5 percent last year."
    assert [f[:2] for f in found(detect, ar, en)] == [("attribution", "source_added")]


def test_topic_after_amma_is_the_subject_of_its_verb():
    ar = "أما المنظمات البيئية، التي وقفت إلى جانب السامي في معارضة المشروع، فقالت إن الحكم قد يؤثر على ثلاثة طلبات."
    en = (
        "Environmental groups, which had joined the Sami in opposing the project, said the ruling could affect"
        " three applications."
    )
    assert [(s.text, s.kind) for s in arabic_speakers(pair(ar, en))] == [("المنظمات البيئية", "body")]
    assert found(detect, ar, en) == []
    # the twin: the groups left out, the claim stated as fact
    assert [f[:2] for f in found(detect, ar, "The ruling could affect three other mining applications.")] == [
        ("attribution", "source_dropped")
    ]


def test_prosecutors_and_a_number_of_people_are_unnamed_sources():
    ar = "وأفاد المدعون العامون بأن ما لا يقل عن 37 عقداً أُرسيت دون مناقصات تنافسية."
    assert found(detect, ar, "Prosecutors said at least 37 contracts were awarded without competitive bidding.") == []
    assert [f[:2] for f in found(detect, ar, "At least 37 contracts were awarded without competitive bidding.")] == [
        ("attribution", "source_dropped")
    ]
    ar = "عند انطلاق السباق (12:00 بتوقيت غرينتش)، وقال عدد من السائقين إنهم شعروا بالجفاف."
    assert found(detect, ar, "At the start (1200 GMT), several drivers said they had felt dehydrated.") == []
    named = "وقال السائق لويس هاميلتون إنه شعر بالجفاف بعد انطلاق السباق بتوقيت غرينتش."
    assert [f[:2] for f in found(detect, named, "Several drivers said they had felt dehydrated.")] == [
        ("attribution", "generalized")
    ]


def test_unnamed_source_placed_in_a_body_the_english_names_is_not_specified():
    ar = "وقال خبراء في هيئة الأرصاد الجوية الفيجية إن منخفضاً جوياً آخر قد يتشكل شمالي البلاد."
    assert found(detect, ar, "The Fiji Meteorological Service said another low-pressure system might form.") == []
    # the twin: a source the Arabic places nowhere, named in the English
    bare = "وقال خبراء إن منخفضاً جوياً آخر قد يتشكل شمالي البلاد."
    assert [f[:2] for f in found(detect, bare, "The Fiji Meteorological Service said another system might form.")] == [
        ("attribution", "specified")
    ]


def test_body_named_by_another_word_for_an_office_is_the_same_body():
    ar = "وقالت مديرية الأرصاد الجوية إن الأمطار منذ سبتمبر جاءت أقل من المعدل بنسبة 40%."
    assert (
        found(detect, ar, "Rainfall since September has been 40% below average, the meteorological office said.") == []
    )
    # the twin: another body
    assert [f[:2] for f in found(detect, ar, "Rainfall has been 40% below average, the interior ministry said.")] == [
        ("attribution", "speaker_changed")
    ]


def test_name_after_a_title_in_apposition_names_the_unnamed_source():
    ar = "وقال طبيب عام محلي، هو الدكتور عمران صديقي، إن بعض العائلات لا تثق باللقاحات."
    assert found(detect, ar, "A local GP, Dr Imran Siddiqui, said some families distrusted vaccines.") == []
    # the twin: the doctor named in the Arabic left unnamed
    assert [f[:2] for f in found(detect, ar, "A local doctor said some families distrusted vaccines.")] == [
        ("attribution", "generalized")
    ]


def test_person_named_before_that_with_an_unlisted_verb_made_unnamed_is_generalized():
    ar = "من جهته، توقع مدير الشركة العامة لكهرباء اللاذقية نبيل حسن عيسى أن تتحسن ساعات التغذية في المحافظة تدريجياً."
    en = "Electricity officials in Latakia expect supply in the province to improve gradually."
    assert found(detect, ar, en) == [
        (
            "attribution",
            "generalized",
            "مدير الشركة العامة لكهرباء اللاذقية نبيل حسن عيسى",
            "Electricity officials in Latakia",
            "major",
        )
    ]
    # the twin: the director named in the English too
    named = "Latakia electricity director Nabil Hassan Issa expects supply in the province to improve gradually."
    assert found(detect, ar, named) == []


def test_person_the_arabic_names_after_his_posts_place_is_not_specified():
    ar = "وقال مسؤول ملف الاستيطان في شمال الضفة الغربية جمال عبد الرحيم قدومي إن نحو 30 مستعمراً هاجموا المزارعين."
    en = (
        "Jamal Abdul-Rahim Qaddoumi, who handles the settlement file for the northern West Bank, said some 30"
        " settlers attacked the farmers."
    )
    assert found(detect, ar, en) == []
    # the twin: a person the Arabic never names
    other = "Interior Ministry spokesman Saad Maan said some 30 settlers attacked the farmers."
    assert [f[:2] for f in found(detect, ar, other)] == [("attribution", "specified")]


def test_unnamed_source_after_according_to_is_what_unnamed_people_render():
    ar = "ووفقا لممثلي الادعاء، استغرق التحضير للعملية أشهرا، ووُصفت طريقة تنفيذها بأنها متقنة."
    en = 'The operation took "months of preparation," prosecutors said, describing its execution as "meticulous."'
    assert found(detect, ar, en) == []
    # the twin: a person named before the verb, made 'one official'
    named = "سامي الربيعي، المتحدث باسم وزارة الكهرباء، أخبر الصحفيين بأن الإنتاج ارتفع."
    assert [f[:2] for f in found(detect, named, "One official told reporters that production had risen.")] == [
        ("attribution", "generalized")
    ]


def test_a_name_that_qualifies_an_unnamed_source_on_both_sides_is_no_generalisation():
    # مصدر في إدارة اسنيم "a source in SNIM's management": the company's name qualifies the source in both
    ar = 'من جهته، قال مصدر في إدارة اسنيم إن الشركة "ستدرس مطالب العمال".'
    assert found(detect, ar, "A source in SNIM's management said the company would “study the workers' demands”.") == []
    # the twin: a named spokesman told as an unnamed source of the company is still generalised
    named = 'من جهته، قال المتحدث باسم الشركة سيدي ولد محمود إن الشركة "ستدرس مطالب العمال".'
    en = "A source in the company's management said it would “study the workers' demands”."
    assert [f[1] for f in found(detect, named, en)] == ["generalized"]


def test_an_agency_credited_under_its_adjective_is_that_agency():
    # لـ"العُمانية" is the Oman News Agency credited by its short name, an adjective ('the Omani') alone
    told = 'وقال مدير دائرة المياه في تصريح لـ"العُمانية" إن التدفق بلغ ألفي لتر في الثانية.'
    en = "The flow reached 2,000 litres per second, the director of the water department told the Oman News Agency."
    assert found(detect, told, en) == []
    dropped = en.replace(", the director of the water department told the Oman News Agency", ", the director said")
    assert found(detect, told, dropped) == [("attribution", "source_dropped", 'لـ"العُمانية"', "", "major")]
    # the adjective in a plain phrase credits nothing
    plain = "وقال مدير دائرة المياه في السلطنة إن الأفلاج العُمانية بلغت ألفي لتر في الثانية."
    plain_en = "The director of the water department said the Omani aflaj reached 2,000 litres per second."
    assert found(detect, plain, plain_en) == []


def test_the_prosecution_is_rendered_prosecutors():
    # الادعاء 'the prosecution' is a body that English calls 'prosecutors', not a name generalised
    ar = "وقال الادعاء إن الرجلين استأجرا شبكة من الحواسيب المخترقة."
    assert found(detect, ar, "Prosecutors said the pair had rented a network of hijacked computers.") == []
    named = "وقال المدعي العام هانز كارو إن الرجلين استأجرا شبكة من الحواسيب المخترقة."
    assert found(detect, named, "Sources said the pair had rented a network of hijacked computers.") == [
        ("attribution", "generalized", "المدعي العام هانز كارو", "Sources", "major")
    ]


def test_sudan_tribune_is_an_outlet_not_the_country():
    ar = 'وأوضح التاجر عبد الرحيم كوكو لـ"سودان تربيون" أن "الشاحنات القادمة من كوستي متوقفة منذ ثلاثة أسابيع".'
    en = "Lorries coming from Kosti have been stuck for three weeks, trader Abdelrahim Koko told {}."
    assert found(detect, ar, en.format("the Sudan Tribune")) == []
    assert found(detect, ar, en.format("Radio Dabanga")) == [
        ("attribution", "speaker_changed", 'لـ"سودان تربيون"', "Radio Dabanga", "major")
    ]


def _spans(ar: str, en: str) -> list[tuple[str, str, str, str]]:
    """The findings' type, subtype and spans (their severity is calibrated elsewhere)."""
    return [f[:4] for f in found(detect, ar, en)]


def test_a_named_speaker_made_agents_in_a_town_is_generalised():
    ar = 'وحذّر سمير بوعلام، وهو وسيط جمركي في عنابة، من أن "الحاويات تنتظر أسبوعين قبل تفريغها".'
    en = "{} warned that “containers wait two weeks before they are unloaded”."
    assert _spans(ar, en.format("Samir Boualem, a customs broker in Annaba,")) == []
    agents = "Customs agents in Annaba"
    assert _spans(ar, en.format(agents)) == [("attribution", "generalized", "سمير بوعلام", agents)]


def test_a_post_holder_named_after_a_comma_is_the_speaker():
    ar = 'وقال رئيس نقابة صيادي صور، حسن علي بزي، لـ"الوكالة الوطنية للإعلام"، إن "المراكب لم تخرج منذ يومين".'
    en = "{} told the National News Agency that the boats had not gone out for two days."
    assert _spans(ar, en.format("Hassan Ali Bazzi, head of the Tyre fishermen's union,")) == []
    group = "Representatives of Tyre's fishermen"
    assert _spans(ar, en.format(group)) == [("attribution", "generalized", "رئيس نقابة صيادي صور، حسن علي بزي", group)]


def test_a_company_named_beside_an_unnamed_executive_names_no_one():
    ar = 'وقال نائب الرئيس التنفيذي لشركة أرامكو، فهد ناصر العتيبي، إن "الطلب على الديزل تراجع هذا الشتاء".'
    en = "“Demand for diesel fell this winter,” said {}."
    assert _spans(ar, en.format("Fahd Nasser al-Otaibi, an Aramco executive vice-president")) == []
    speaker = "نائب الرئيس التنفيذي لشركة أرامكو، فهد ناصر العتيبي"
    one = "a senior Aramco executive"
    assert _spans(ar, en.format(one)) == [("attribution", "generalized", speaker, one)]


def test_one_member_of_a_council_unnamed_is_a_generalisation():
    ar = "وقال عضو مجلس محافظة البصرة علي حسين الموسوي إن المشروع متوقف منذ شهرين."
    en = "{} said the project had been halted for two months."
    assert _spans(ar, en.format("Basra provincial council member Ali Hussein al-Musawi")) == []
    one = "A member of the Basra Provincial Council"
    member = "عضو مجلس محافظة البصرة علي حسين الموسوي"
    assert _spans(ar, en.format(one)) == [("attribution", "generalized", member, one)]


def test_authorities_for_a_named_official_are_a_generalisation_but_render_the_authorities():
    en = "Tunisian authorities said the crossing would reopen on Monday."
    named = "وأوضح والي مدنين، كريم الصغير، أن المعبر سيفتح أبوابه يوم الاثنين."
    assert _spans("وقالت السلطات التونسية إن المعبر سيفتح أبوابه يوم الاثنين.", en) == []
    assert _spans(named, en) == [("attribution", "generalized", "والي مدنين، كريم الصغير", "Tunisian authorities")]


def test_unnamed_officials_keep_their_place_past_eight_words():
    ar = "وقال مدير فرع شركة توزيع المنتجات النفطية في البصرة، حيدر جاسم الكعبي، إن الشحنة وصلت."
    en = "Officials at the Oil Products Distribution Company's southern branch in Basra said the shipment had arrived."
    assert [f[:2] for f in found(detect, ar, en)] == [("attribution", "generalized")]
    assert english_speakers(pair(ar, en))[0].text.startswith("Officials at")


def test_a_body_named_before_an_unnamed_post_is_the_arabic_post():
    en = "A Downing Street spokesperson said the government would not change its plan."
    assert _spans("وقال متحدث باسم داونينغ ستريت إن الحكومة لن تغيّر خطتها.", en) == []
    # the spokesman the Arabic names after a comma is made an unnamed one
    named = "وقال المتحدث باسم داونينغ ستريت، ديفيد ميلر، إن الحكومة لن تغيّر خطتها."
    speaker = "المتحدث باسم داونينغ ستريت، ديفيد ميلر"
    assert _spans(named, en) == [("attribution", "generalized", speaker, "A Downing Street spokesperson")]


def test_a_participle_before_its_noun_credits_no_one():
    ar = "واعتقل في مزرعة على يد جنود وعناصر فيدراليين في عملية قُتل فيها ثلاثة مهربين مشتبه بهم."
    en = "He was arrested on a farm by soldiers and federal agents in a raid in which three suspected smugglers died."
    assert [f for f in _spans(ar, en) if f[0] == "attribution"] == []
    # 'suspect' with its subject before it is a view credited to them
    view = _spans("وقال إن ثلاثة مهربين قتلوا في العملية.", "Federal agents suspect three smugglers died in the raid.")
    assert [f[:2] for f in view if f[0] == "attribution"] == [("attribution", "source_added")]


def test_a_place_after_in_before_the_verb_is_no_speaker():
    ar = "وفي كوستي، قال تجار إن أسعار السكر ارتفعت بنسبة ٣٠٪ هذا الشهر."
    assert _spans(ar, "Traders in Rabak said sugar prices had risen by 30% this month.") == []
    # a person named before the verb is still the speaker the English leaves unnamed
    ar = "وفي كوستي، قال كمال الطيب إن أسعار السكر ارتفعت بنسبة ٣٠٪ هذا الشهر."
    generalized = _spans(ar, "Traders in Kosti said sugar prices had risen by 30% this month.")
    assert [f[:2] for f in generalized] == [("attribution", "generalized")]


def test_an_english_language_outlet_credited_where_the_arabic_says_press_remarks_is_added():
    ar = 'وقال مدير الميناء، سامي عبد الحميد، في تصريحات صحفية اليوم، إن "الرصيف الجديد سيفتتح الشهر المقبل".'
    added = _spans(ar, "Port director Sami Abdel Hamid told Arab News today that “the new berth will open next month”.")
    assert [f[:2] for f in added] == [("attribution", "source_added")]
    ar_credited = ar.replace("في تصريحات صحفية", 'في تصريحات لـ"عرب نيوز"')
    same = "Port director Sami Abdel Hamid told Arab News today that “the new berth will open next month”."
    assert _spans(ar_credited, same) == []


def test_unnamed_mps_are_a_group_the_english_calls_lawmakers():
    ar = "وقال نواب من المعارضة إن الميزانية تفتقر إلى تفاصيل بشأن الدعم."
    assert _spans(ar, "Opposition lawmakers said the budget lacked details on subsidies.") == []
    named = "وقال النائب عن المعارضة سامر الخطيب إن الميزانية تفتقر إلى تفاصيل بشأن الدعم."
    generalized = _spans(named, "Opposition lawmakers said the budget lacked details on subsidies.")
    assert [f[:2] for f in generalized] == [("attribution", "generalized")]


def test_a_place_that_qualifies_people_named_by_a_common_noun_names_no_one():
    ar = "وقال أصحاب مزارع في منطقة تيغراي الشمالية إن المحصول تراجع، غير أن التعاونيات أفادت بتحسن الأسعار."
    en = "Farm owners in the northern area said the harvest had fallen, though cooperatives reported better prices."
    assert _spans(ar, en) == []
    named = "وقال المزارع يوهانس تسفاي إن المحصول تراجع، غير أن التعاونيات أفادت بتحسن الأسعار."
    generalized = _spans(named, "Farm owners said the harvest had fallen, though cooperatives reported better prices.")
    assert [f[:2] for f in generalized] == [("attribution", "generalized")]


def test_what_reports_say_after_a_comma_is_no_speakers_name():
    ar = "وقال تاجر في سوفا إن بعض المشترين عُرضت عليهم، بحسب ما أفادت التقارير، سلعا مزيفة تحمل اسم مولدوفا."
    en = "A trader in Suva said some buyers had reportedly been offered fake goods labelled as from Moldova."
    assert _spans(ar, en) == []  # neither the reports nor Moldova are the trader generalised


def test_an_unnamed_official_who_asked_not_to_be_named_is_a_hedge_and_the_credit_no_omission_too():
    from workbench.findings import run_detectors

    ar = "ومن المتوقع أن يُستأنف ضخ المياه يوم الخميس، بحسب موظف في البلدية طلب عدم الكشف عن اسمه."
    en = "Water pumping is expected to resume on Thursday."
    found_ = [(f.type, f.subtype) for f in run_detectors([pair(ar, en)], calibrated=False)]
    assert found_ == [("certainty", "hedge_removed")]
    # the twin: an official named by his post is a source, and a clause with more than the credit is an omission
    named = "ومن المتوقع أن يُستأنف ضخ المياه يوم الخميس، بحسب رئيس البلدية، بعد إصلاح المضخة الرئيسية."
    found_ = {(f.type, f.subtype) for f in run_detectors([pair(named, en)], calibrated=False)}
    assert ("attribution", "source_dropped") in found_ and ("certainty", "hedge_removed") not in found_
    # asking to be named is no request for anonymity; refusing to be named is one
    from workbench.findings.attribution import _NOT_NAMED

    assert _NOT_NAMED.search("طلب عدم الكشف عن اسمه") and _NOT_NAMED.search("رفض الكشف عن هويته")
    assert not _NOT_NAMED.search("طلب الكشف عن اسمه")


def test_a_left_out_clause_that_is_only_a_credit_is_that_credits_finding():
    from workbench.findings import _credit_clause, run_detectors

    ar = "ومن المتوقع أن يُستأنف ضخ المياه يوم الخميس، بحسب مصادر في البلدية."
    hedge = run_detectors([pair(ar, "Water pumping is expected to resume on Thursday.")], calibrated=False)[0]
    assert (hedge.type, hedge.subtype, hedge.ar_span) == ("certainty", "hedge_removed", "بحسب مصادر")
    credit = replace(hedge, type="omission", subtype="", ar_span="بحسب مصادر في البلدية")
    assert _credit_clause(credit, [hedge])
    assert _credit_clause(replace(credit, ar_span="الرباط - بحسب مصادر في البلدية"), [hedge])  # past a dateline
    # a clause that goes on to report something is an omission of its own
    more = replace(hedge, type="omission", subtype="", ar_span="بحسب مصادر في البلدية فإن الضخ قد يتأخر")
    assert not _credit_clause(more, [hedge])


def test_sources_that_speak_of_something_in_a_clause_of_their_own_are_a_hedge():
    from workbench.findings import run_detectors

    ar = "انفجار يهز مستودعا للوقود في الميناء ومصادر تتحدث عن ضحايا"
    found_ = [(f.type, f.subtype) for f in run_detectors([pair(ar, "Deadly blast rocks port fuel depot")])]
    assert found_ == [("certainty", "hedge_removed")]
    kept = "Blast rocks port fuel depot, sources said there were casualties"
    assert run_detectors([pair(ar, kept)], calibrated=False) == []


def test_a_noun_with_a_possessive_ending_near_the_verb_is_no_person():
    ar = "وقال عدد من التجار إنهم لن يوقعوا العقود ما لم تُعلن بنودها كاملة."
    en = "Several traders said they would not sign the contracts unless the full terms were published."
    assert _spans(ar, en) == []


def test_a_name_right_after_the_verb_read_also_as_your_something_is_still_a_person():
    # فليك reads as 'your twist' (فلي + ك) and as ف + لي + ك: right after قال it is the name Flake
    ar = "وقال فليك إن الحزب سيصوت ضد القانون الأسبوع المقبل."
    generalized = _spans(ar, "A source said the party would vote against the law next week.")
    assert [f[:3] for f in generalized] == [("attribution", "generalized", "فليك")]
    assert _spans(ar, "Flake said the party would vote against the law next week.") == []


def test_a_rank_after_a_comma_carries_the_speaker_phrase_on_to_the_holders_name():
    # مدير خفر السواحل في نواذيبو، العقيد …: past the comma the rank and the name are the director's own
    ar = "وقال مدير خفر السواحل في نواذيبو، العقيد عبد الله ولد الشيخ، إن الدوريات أوقفت ثلاث سفن."
    generalized = _spans(ar, "Coast guard officials in Nouadhibou said patrols had stopped three ships.")
    assert [f[:2] for f in generalized] == [("attribution", "generalized")] and "عبد الله" in generalized[0][2]
    named = "Coast guard director Colonel Abdallah Ould Cheikh said patrols had stopped three ships in Nouadhibou."
    assert _spans(ar, named) == []


def test_an_outlet_named_by_a_plain_word_after_statements_made_to_it_is_credited():
    # الشروق "the sunrise" is the newspaper after في تصريحات لـ (its article dropped after ل: للشروق)
    ar = "وأضاف المدير في تصريحات للشروق أن المصنع سيعود للعمل الأسبوع المقبل."
    assert [f[1:3] for f in found(detect, ar, "The director said the factory would reopen next week.")] == [
        ("source_dropped", "للشروق")
    ]
    assert found(detect, ar, "The director told Al-Shorouk the factory would reopen next week.") == []
    # the word alone is the sunrise
    assert (
        found(detect, "وقالت الوزيرة إن الشروق سيكون عند السادسة.", "The minister said sunrise would be at six.") == []
    )


def test_an_address_to_the_nation_or_statements_to_the_press_credit_no_outlet():
    ar = "وقال الرئيس في حديث للوطن إن الإصلاحات مستمرة."
    assert found(detect, ar, "In an address to the nation, the president said reforms would continue.") == []
    press = "وقال الوزير في تصريحات للصحافة الفرنسية إن الاتفاق قريب."
    assert found(detect, press, "The minister told French media the deal was close.") == []


def test_an_outlet_named_with_its_generic_words_in_lower_case_is_the_outlet_the_arabic_credits():
    ar = "وقد تلجأ البلدية إلى تقليص ساعات العمل، بحسب ما نقلته وكالة هاوار عن مسؤول محلي."
    en = "The municipality may cut working hours, the Hawar news agency (ANHA) quoted a local official as saying."
    assert [f for f in found(detect, ar, en) if f[1] == "source_added"] == []
    bare = "وقد تلجأ البلدية إلى تقليص ساعات العمل."
    assert [f[1] for f in found(detect, bare, en)] == ["source_added"]


def test_an_indefinite_news_agency_is_no_outlet_named():
    # 'an Iraqi news agency' is any agency of Iraq, not the Iraqi News Agency
    ar = "وقال مسؤول محلي لوكالة أنباء عراقية إن الطريق أغلق."
    assert found(detect, ar, "A local official told an Iraqi news agency that the road had been closed.") == []


def test_a_dual_noun_credits_two_people_and_names_no_one():
    # تاجران "two traders": the lexicon's dual, which the name reader took for a name (tajran)
    ar = "وأفاد تاجران في عمّان، طلبا عدم الكشف عن اسميهما، بأن المشترين يطلبون عقوداً أطول."
    en = "Two traders in Amman, who asked not to be named, said buyers were asking for longer contracts."
    assert found(detect, ar, en) == []
    named = found(
        detect,
        "وأفاد المزارع خليل جبران بأن أسعار الأسمدة ارتفعت بنسبة كبيرة هذا الموسم.",
        "Farmers in the area said fertiliser prices had risen sharply this season.",
    )
    assert [f[:3] for f in named] == [("attribution", "generalized", "المزارع خليل جبران")]


def test_a_news_agency_named_after_the_words_news_agency_is_an_outlet_the_arabic_may_not_credit():
    ar = "وأعلنت إدارة المهرجان، اليوم الأربعاء، أن الدورة الجديدة ستنطلق مساء الخميس المقبل."
    en = (
        "The new edition will open next Thursday evening, organisers announced on Wednesday, "
        "according to the state news agency Petra."
    )
    assert [f[:2] + f[3:4] for f in found(detect, ar, en)] == [("attribution", "source_added", "news agency Petra")]
    credited = (
        "وأعلنت إدارة المهرجان، اليوم الأربعاء، وفق وكالة الأنباء الأردنية بترا، "
        "أن الدورة الجديدة ستنطلق مساء الخميس المقبل."
    )
    assert found(detect, credited, en) == []


def test_a_body_credited_with_according_to_where_the_arabic_credits_no_one_is_a_source_added():
    ar = "وبلغت نسبة المكونات المحلية في السيارات المصنعة بالمغرب ستين في المئة."
    en = (
        "The share of local components in cars made in Morocco has reached 60 percent, "
        "according to the Ministry of Industry and Trade."
    )
    assert [f[:2] + f[3:4] for f in found(detect, ar, en)] == [
        ("attribution", "source_added", "the Ministry of Industry and Trade")
    ]
    said = "وبلغت نسبة المكونات المحلية في السيارات المصنعة بالمغرب ستين في المئة، بحسب وزارة الصناعة والتجارة."
    assert found(detect, said, en) == []
    # the ministry named two sentences away in the Arabic is where the English took it from; three away it is not
    named = "وأعلنت وزارة الصناعة والتجارة أن المبيعات ارتفعت."
    other = "وارتفعت الصادرات خلال العام الماضي."
    near = in_document(pair(ar, en), ar_document=(other, named))
    assert [f for f in detect(near) if f.subtype == "source_added"] == []
    far = in_document(pair(ar, en), ar_document=(other, other, named))
    assert [f.en_span for f in detect(far) if f.subtype == "source_added"] == ["the Ministry of Industry and Trade"]


def test_a_named_speaker_who_pointed_out_that_is_credited_like_one_who_said():
    ar = "وأشار العتيبي إلى أن أسعار الأعلاف سترتفع الشهر المقبل."
    assert [f[:3] for f in found(detect, ar, "Fodder prices will rise next month.")] == [
        ("attribution", "source_dropped", "وأشار العتيبي")
    ]
    assert found(detect, ar, "Al-Otaibi pointed out that fodder prices would rise next month.") == []
    # أشار إلى with a plain object points at something: nobody is credited with a statement
    ar = "وأشار العتيبي إلى ارتفاع أسعار الأعلاف."
    assert found(detect, ar, "Fodder prices have risen.") == []
    # a role as the speaker, and a statement opened by a colon
    ar = "وأشار الوزير إلى أن أسعار الأعلاف سترتفع الشهر المقبل."
    assert [f[:2] for f in found(detect, ar, "Fodder prices will rise next month.")] == [
        ("attribution", "source_dropped")
    ]
    ar = 'وأوضح العتيبي: "أسعار الأعلاف سترتفع الشهر المقبل".'
    assert [f[:2] for f in found(detect, ar, "Fodder prices will rise next month.")] == [
        ("attribution", "source_dropped")
    ]


def test_a_chamber_a_union_or_a_regional_commission_credited_is_a_named_source():
    # بحسب غرفة تجارة … "according to the chamber of commerce": a named body, so dropping it is source_dropped,
    # not an anonymous hedge dropped
    ar = "وبحسب غرفة تجارة وصناعة دهوك، فإن قيمة الصادرات بلغت العام الماضي نحو ثلاثة مليارات دولار."
    assert [f[:3] for f in found(detect, ar, "Exports were worth some $3 billion last year.")] == [
        ("attribution", "source_dropped", "وبحسب غرفة تجارة وصناعة دهوك")
    ]
    # the twin: the credit kept
    kept = "Exports were worth some $3 billion last year, according to the Duhok Chamber of Commerce and Industry."
    assert found(detect, ar, kept) == []
    # a regional commission and a union credited are named sources too
    ar = "وأفادت المندوبية الجهوية للفلاحة بأن الموسم تأخر بسبب الجفاف."
    assert [f[:2] for f in found(detect, ar, "The season was delayed by the drought.")] == [
        ("attribution", "source_dropped")
    ]
    assert found(detect, ar, "The regional agriculture commission said the season was delayed by the drought.") == []
    ar = "ويُرجّح أن تلجأ بعض الفنادق إلى تشغيل عمال موسميين، بحسب الاتحاد الجهوي للشغل."
    assert [f[:2] for f in found(detect, ar, "Some hotels are likely to hire seasonal workers.")] == [
        ("attribution", "source_dropped")
    ]
    kept = "Some hotels are likely to hire seasonal workers, according to the regional labour union."
    assert found(detect, ar, kept) == []
    # after a verb of varying بحسب says "depending on" and credits no one (تختلف الرسوم بحسب البلدية)
    assert found(detect, "وتختلف الرسوم بحسب البلدية.", "Fees vary from town to town.") == []
    assert found(detect, "ويتحدد الراتب بحسب مركز الموظف في السلم الوظيفي.", "The salary depends on the grade.") == []


def test_a_body_that_reminded_is_a_credit_kept():
    # وذكّرت جمعية المستهلكين 'The consumer group reminded …': 'reminded' credits the body the English keeps
    ar = "وذكّرت جمعية المستهلكين المسافرين بأنه قد يحق لهم الحصول على تعويض."
    kept = "The consumer group reminded passengers that they may be entitled to compensation."
    assert [f for f in found(detect, ar, kept) if f[0] == "attribution"] == []
    # the twin: the body left out leaves the claim unattributed
    assert [f[:2] for f in found(detect, ar, "Passengers may be entitled to compensation.")] == [
        ("attribution", "source_dropped")
    ]


def test_an_estimate_credited_to_its_maker_stated_as_fact():
    # ويقدّر الاتحاد … بنحو: the body that made the estimate dropped, the figure stands as fact
    ar = "ويقدّر اتحاد الغرف التجارية خسائر القطاع خلال الشهر الماضي بنحو 30 مليون دولار."
    (finding,) = found(detect, ar, "The sector lost about $30 million last month.")
    assert finding[:2] == ("attribution", "source_dropped") and finding[2].startswith("ويقدّر اتحاد الغرف")
    # kept as an estimate, or credited: faithful
    assert (
        found(detect, ar, "The federation of chambers of commerce estimates the sector lost about $30 million.") == []
    )
    assert (
        found(detect, ar, "The sector lost an estimated $30 million last month, the chambers' federation said.") == []
    )
    # the passive (يُقدَّر عدد … بـ "the number … is estimated at") credits no one
    ar = "ويُقدَّر عدد العاملين في القطاع بنحو ثلاثة آلاف عامل."
    assert found(detect, ar, "Some 3,000 people work in the sector.") == []


def test_an_estimate_verb_that_means_can_or_an_estimate_put_at_is_no_dropped_source():
    # يقدر على "can": no estimate; 'puts … at' keeps the credit in other words
    ar = "ويقدر الأهالي حالياً على دفع 500 دولار فقط."
    assert found(detect, ar, "Residents can currently pay only $500.") == []
    ar = "ويقدّر الاتحاد في تقريره الأخير خسائر القطاع بنحو 30 مليون دولار."
    assert found(detect, ar, "In its latest report the federation puts the sector's losses at about $30 million.") == []
    # the speaker phrase stops before the figure
    ar = "ويقدّر الاتحاد الأوروبي الحاجة بنحو 200 ألف لتر."
    (finding,) = found(detect, ar, "The need is about 200,000 litres.")
    assert finding[:2] == ("attribution", "source_dropped") and "200" not in finding[2]


def test_worth_mentioning_after_a_negated_noun_is_no_verb_of_saying():
    # بلا مدخرات تذكر "with no savings worth mentioning": تذكر is no "she mentions", and the word after it no speaker
    ar = "وتقول منظمات الإغاثة إن الفيضانات تركت الأسر بلا مدخرات تذكر لترميم بيوتها."
    assert (
        found(detect, ar, "Aid groups say the floods left families with hardly any savings to restore their homes.")
        == []
    )
    # the twin: تذكر opening the sentence with its speaker is the verb, and the speaker made "an official" is found
    ar = "وتذكر الوزيرة سلمى الحداد أن الأسر لم تتلق أي تعويض."
    assert [f[:3] for f in found(detect, ar, "An official says families have received no compensation.")] == [
        ("attribution", "generalized", "الوزيرة سلمى الحداد")
    ]


def test_outlets_of_the_region_the_list_lacked_are_credits_dropped_or_kept():
    ahrar = "وقال مدير المنفذ، في تصريح لقناة ليبيا الأحرار، إن الحركة استؤنفت."
    assert [f[1:3] for f in found(detect, ahrar, "The crossing director said traffic had resumed.")] == [
        ("source_dropped", "لقناة ليبيا الأحرار")
    ]
    assert [f[1:4] for f in found(detect, ahrar, "The crossing director told Al Jazeera traffic had resumed.")] == [
        ("speaker_changed", "لقناة ليبيا الأحرار", "Al Jazeera")
    ]
    assert found(detect, ahrar, "The crossing director told Libya Alahrar TV that traffic had resumed.") == []
    rudaw = "وأضاف كريم لشبكة رووداو الإعلامية أن الإقليم أوفى بالتزاماته."
    assert [f[1:3] for f in found(detect, rudaw, "Karim said the region had met its obligations.")] == [
        ("source_dropped", "لشبكة رووداو الإعلامية")
    ]
    assert found(detect, rudaw, "Karim told Rudaw the region had met its obligations.") == []
    maan = 'وأضاف الجعبري، في حديث لوكالة "معا"، أن المصانع قلصت إنتاجها.'
    assert [f[1:3] for f in found(detect, maan, "Al-Jaabari said the factories had cut output.")] == [
        ("source_dropped", 'لوكالة "معا"')
    ]
    # the outlet's name with its generic words in lower case names it, as 'the Hawar news agency' does
    assert found(detect, maan, "Al-Jaabari told Ma'an news agency that the factories had cut output.") == []
    # the town of Ma'an and the subdistrict of al-Riyadh are no outlets credited
    town = "وقالت سلطة المياه في محافظة معان إن الضخ انقطع عن 12 حياً."
    assert (
        found(detect, town, "The Water Authority in Ma'an governorate said pumping to 12 neighbourhoods had stopped.")
        == []
    )
    riyadh = "وقال مدير ناحية الرياض مروان العبيدي إن الحرائق أتت على 300 دونم."
    assert (
        found(
            detect, riyadh, "The director of al-Riyadh subdistrict, Marwan al-Obeidi, said fires had burnt 300 dunams."
        )
        == []
    )
    # an agency of a country, no name: still any agency of it
    ina = "وقال مصدر لوكالة الأنباء العراقية إن الطريق أغلق."
    assert [f[1] for f in found(detect, ina, "A source told an Iraqi news agency the road was closed.")] == [
        "source_dropped"
    ]


def test_the_publisher_a_dateline_names_is_no_credit_put_in_when_the_english_credits_it():
    ar = "وبحسب أوراق القضية، ضبط خفر السواحل القارب على بعد ميلين من جزيرة بوبيان."
    en = "According to court papers reported by Al-Qabas, the coastguard seized the boat two miles off Bubiyan island."
    lead = "الكويت – القبس: قضت محكمة الجنايات، أمس الاثنين، بمصادرة قارب صيد عراقي."
    assert found(lambda p: detect(in_document(p, (lead,))), ar, en) == []
    # another outlet's dateline, or none, leaves the credit put in
    other = "الكويت – كونا: قضت محكمة الجنايات، أمس الاثنين، بمصادرة قارب صيد عراقي."
    assert [f[1] for f in found(lambda p: detect(in_document(p, (other,))), ar, en)] == ["source_added"]
    # a bare name is the publisher only as a whole part of the dateline: الحدث in ليبيا الحدث is another channel
    hadath = "بنغازي – ليبيا الحدث: غمرت مياه الأمطار شوارع المدينة."
    told = "Water rose above a metre in some streets, the mayor told Saudi-owned Al-Hadath TV."
    street = "وقال عميد البلدية إن منسوب المياه تجاوز متراً في بعض الشوارع."
    assert [f[1] for f in found(lambda p: detect(in_document(p, (hadath,))), street, told)] == ["source_added"]


def test_the_publisher_named_after_the_dateline_s_place_between_dashes_is_no_credit_put_in():
    # جزين - الوكالة الوطنية للإعلام - اندلع …: the dateline ends after the place; the agency after it, closed by a
    # dash, is the report's publisher, whom the English may credit ('told the National News Agency')
    ar = 'وقال رئيس البلدية للوكالة إن "النيران أتت على مساحة واسعة من الأحراج".'
    en = "The mayor told the National News Agency that the flames had consumed a wide area of woodland."
    lead = "جزين - الوكالة الوطنية للإعلام - اندلع حريق كبير بعد ظهر اليوم في أحراج البلدة."
    assert found(lambda p: detect(in_document(p, (lead,))), ar, en) == []
    # an agency named in the body of the sentence is no publisher, nor one at the dateline's end not closed by a
    # dash, nor one opening a sentence with no dateline
    body = "اندلع حريق كبير بعد ظهر اليوم في أحراج البلدة، بحسب الوكالة الوطنية للإعلام - كما أفاد شهود."
    assert [f[1] for f in found(lambda p: detect(in_document(p, (body,))), ar, en)] == ["source_added"]
    unclosed = "جزين - الوكالة الوطنية للإعلام أفادت بأن حريقا كبيرا اندلع بعد ظهر اليوم في أحراج البلدة."
    assert [f[1] for f in found(lambda p: detect(in_document(p, (unclosed,))), ar, en)] == ["source_added"]
    opening = "الوكالة الوطنية للإعلام: حريق كبير في أحراج البلدة."
    assert [f[1] for f in found(lambda p: detect(in_document(p, (opening,))), ar, en)] == ["source_added"]


def test_the_publisher_credited_where_the_arabic_credits_another_outlet_is_a_credit_changed():
    ar = "وبحسب ما أفاد مصدر طبي لقناة المملكة، فإن أحد أفراد حرس الحدود أصيب بجروح."
    en = "A border guard was wounded, a medical source told Roya."
    lead = "رؤيا - أعلنت القيادة العامة للقوات المسلحة الأردنية إحباط محاولة تهريب."
    assert [f[1:4] for f in found(lambda p: detect(in_document(p, (lead,))), ar, en)] == [
        ("speaker_changed", "لقناة المملكة", "Roya")
    ]
    assert found(lambda p: detect(in_document(p, (lead,))), ar, en.replace("Roya", "Al-Mamlaka TV")) == []


def test_an_outlet_credit_the_english_gives_in_another_sentence_is_moved_not_dropped():
    ar = 'وقال مصدر في المحكمة لـ"القبس" إن الربان دفع الغرامة.'
    en = "A court source said the skipper had paid the fine."
    elsewhere = ("The ruling was first reported by Al-Qabas.",)
    assert found(lambda p: detect(in_document(p, (), elsewhere)), ar, en) == []
    # the Arabic crediting it elsewhere too: each credit has its own, and this one is lost
    ar_elsewhere = ('وأضاف المصدر لـ"القبس" أن القارب صودر.',)
    assert [f[1] for f in found(lambda p: detect(in_document(p, ar_elsewhere, elsewhere)), ar, en)] == [
        "source_dropped"
    ]
    assert [f[1] for f in found(detect, ar, en)] == ["source_dropped"]


def test_an_outlet_whose_name_is_a_phrase_is_read_only_with_its_kind():
    # المصري اليوم "the Egyptian … today" and اليوم 24 "today 24" are the outlets only as صحيفة/موقع …
    assert (
        found(
            detect,
            "وقال وزير الخارجية المصري اليوم الأحد إن القاهرة ترفض التهجير.",
            "Egypt's foreign minister said on Sunday that Cairo rejects displacement.",
        )
        == []
    )
    assert found(detect, "وقتل اليوم 24 شخصا في القصف.", "Twenty-four people were killed in the shelling today.") == []


def test_the_place_that_opens_a_dateline_is_no_publisher():
    # الرياض - واس -: Riyadh and the Saudi Press Agency; Al-Riyadh the daily is not the publisher
    lead = "الرياض - واس - أعلنت وزارة الصحة تسجيل إصابات جديدة."
    ar = "وقال مسؤول إن المستشفيات جاهزة."
    en = "An official told Al-Riyadh newspaper that hospitals were ready."
    assert [f[1] for f in found(lambda p: detect(in_document(p, (lead,))), ar, en)] == ["source_added"]


def test_a_group_qualified_by_a_relative_adjective_names_no_one():
    # صحيون "health" (plural), اللاتفية "Latvian" after a plural noun: the group's adjective, not a name the English
    # generalised
    ar = "وقال مسؤولون صحيون إن الوضع قد يتحسن بحلول أكتوبر."
    assert found(detect, ar, "Health officials said the situation could improve by October.") == []
    latvian = "أعلنت السلطات اللاتفية يوم الأحد حالة الطوارئ في بلدة ييكابيلس."
    assert found(detect, latvian, "Latvian authorities declared a state of emergency in Jekabpils on Sunday.") == []
    # a person's family name of the same shape, in the masculine or after a person's name, is still one
    officer = "وقال المقدم حسن عيسى الدوسري إن القوارب كانت تمارس الصيد في المياه الإقليمية."
    assert [
        f[:2] for f in found(detect, officer, "An officer said the boats had been fishing in territorial waters.")
    ] == [("attribution", "generalized")]
    # a name ending like a plural adjective (روبيو), or a woman's name after a definite plural noun (لجنة الحريات
    # نادية: the adjective would take the article), is still a name
    rubio = "وقال وزير الخارجية الأمريكي روبيو إن المحادثات كانت مثمرة."
    assert [f[1] for f in found(detect, rubio, "Secretary of State Blinken said the talks had been productive.")] == [
        "speaker_changed"
    ]
    nadia = "وقالت عضو لجنة الحريات نادية إن القانون يقيد الصحافة."
    assert [f[1] for f in found(detect, nadia, "A committee member said the law restricts the press.")] == [
        "generalized"
    ]
    activist = "وقالت الناشطة سلمى الحسينية إن القوارب كانت تمارس الصيد في المياه الإقليمية."
    assert [
        f[:2] for f in found(detect, activist, "An activist said the boats had been fishing in territorial waters.")
    ] == [("attribution", "generalized")]


# a station named without quotation marks after its kind (لإذاعة، لتلفزيون) and ل alone
# (صبرة أف أم, Sabra FM: a station the gazetteer does not list)
TOLD_STATION = "وقال المندوب الجهوي في تصريح لإذاعة صبرة أف أم إن مراكز التجميع تعمل بكامل طاقتها."


def test_a_credit_to_an_unlisted_station_named_without_quotation_marks_dropped_is_a_minor_source_dropped():
    en = "The regional commissioner said the collection centres were working at full capacity."
    assert found(detect, TOLD_STATION, en) == [("attribution", "source_dropped", "لإذاعة صبرة أف أم", "", "minor")]
    oman_tv = "وقال أحد الصيادين لتلفزيون سلطنة عمان: لم نخرج إلى البحر منذ خمسة أيام."
    assert found(detect, oman_tv, "One fisherman said they had not gone to sea for five days.") == [
        ("attribution", "source_dropped", "لتلفزيون سلطنة عمان", "", "minor")
    ]
    # the twins: the credit kept; state radio with the article and 'a local radio' name no station to check; a
    # canal's authority (لقناة) is no station
    kept = "The regional commissioner told Sabra FM the collection centres were working at full capacity."
    assert found(detect, TOLD_STATION, kept) == []
    state = "وقال المندوب الجهوي للإذاعة الرسمية إن مراكز التجميع تعمل بكامل طاقتها."
    assert found(detect, state, en) == []
    local = "وقال المندوب الجهوي لإذاعة محلية: مراكز التجميع تعمل بكامل طاقتها."
    assert found(detect, local, en) == []
    canal = "وقال رئيس الهيئة العامة لقناة السويس إن مراكز التجميع تعمل بكامل طاقتها."
    assert found(detect, canal, "The head of the authority said the centres were working at full capacity.") == []


def test_a_broken_plural_after_the_verb_names_a_group_not_a_person():
    # أصحاب متاجر "shop owners", تجار "merchants": plurals with no plural ending, which no name reading has
    en = "In Bulawayo, shopkeepers said prices of bread and sugar had risen by a fifth."
    assert found(detect, "وفي بولاوايو، قال أصحاب متاجر إن أسعار الخبز والسكر ارتفعت بمقدار الخمس.", en) == []
    traders = "Traders said prices of bread and sugar had risen by a fifth."
    assert found(detect, "وقال تجار إن أسعار الخبز والسكر ارتفعت بمقدار الخمس.", traders) == []
    # the twin: a person named right after the verb, whom the English makes 'traders'
    named = "وقال كوكر إن أسعار الخبز والسكر ارتفعت بمقدار الخمس."
    assert [f[:2] for f in found(detect, named, traders)] == [("attribution", "generalized")]


def test_a_body_that_announced_or_pointed_out_a_statement_dropped_leaves_it_unattributed():
    # أعلنت / أشارت with a body as subject and the statement opening after it (أن): the credit, dropped
    en = "20 new cholera cases have been recorded in the city."
    announced = "وأعلنت وزارة الصحة أن ٢٠ إصابة جديدة بالكوليرا سجلت في المدينة."
    assert [f[:3] for f in found(detect, announced, en)] == [("attribution", "source_dropped", "وأعلنت وزارة الصحة")]
    pointed = "وأشارت وزارة الصحة إلى أن ٢٠ إصابة جديدة بالكوليرا سجلت في المدينة."
    assert [f[:3] for f in found(detect, pointed, en)] == [("attribution", "source_dropped", "وأشارت وزارة الصحة")]
    # the twins: the credit kept, after the statement or as the subject; a body announcing a plain object
    kept = "Twenty new cholera cases have been recorded in the city, the health ministry announced."
    assert found(detect, announced, kept) == []
    said = "The health ministry said 20 new cholera cases had been recorded in the city."
    assert found(detect, announced, said) == []
    launched = "وأعلنت وزارة الصحة إطلاق حملة تطعيم في المدينة."
    assert found(detect, launched, "The health ministry launched a vaccination campaign in the city.") == []


def test_a_station_word_after_a_post_an_adjective_or_a_station_the_english_spells_is_no_credit_dropped():
    # المدير العام لإذاعة … "the director general of the station"; لإذاعة مستقلة "to an independent radio"
    en = "The director general said broadcasting would resume tomorrow."
    director = "وقال المدير العام لإذاعة موزاييك أف أم إن البث سيستأنف غدا."
    assert found(detect, director, en) == []
    independent = "وقال قائد ميداني لإذاعة مستقلة إن القوات تقدمت."
    assert found(detect, independent, "A field commander said the forces had advanced.") == []
    state = "وقال قائد ميداني لتلفزيون الدولة إن القوات تقدمت."
    assert found(detect, state, "A field commander said the forces had advanced.") == []
    spelt = "In remarks on Sabra radio, the official said the centres were working at full capacity."
    assert found(detect, TOLD_STATION, spelt) == []
    # the twins: a station in quotation marks after its kind; the Egyptian spelling of television, a station named
    # and told, the credit dropped
    quoted = 'وقال المندوب الجهوي في تصريح لإذاعة "صبرة إف إم"، إن مراكز التجميع تعمل بكامل طاقتها.'
    assert [f[:3] for f in found(detect, quoted, en)] == [("attribution", "source_dropped", 'لإذاعة "صبرة إف إم"')]
    egypt = "وقال المتحدث لتليفزيون النهار إن القوات تقدمت."
    assert [f[:3] for f in found(detect, egypt, "The spokesman said the forces had advanced.")] == [
        ("attribution", "source_dropped", "لتليفزيون النهار")
    ]


def test_a_name_that_is_also_a_broken_plural_made_one_unnamed_person_is_still_generalised():
    # أشواق "longings" is a woman's name too: 'a resident' for her is the generalisation; only a plural English
    # source ('residents', 'shopkeepers') may render a broken plural
    ar = "وقالت أشواق إن المياه انقطعت منذ أسبوع."
    assert [f[:2] for f in found(detect, ar, "A resident said the water had been cut off for a week.")] == [
        ("attribution", "generalized")
    ]


def test_noted_keeps_the_credit_though_its_stem_is_not():
    # 'noted' stems to 'not', which ليس glosses: it was read as rendering that word, and the credit as lost
    ar = "وأشارت الدراسة إلى أن المرجان المبيض ليس ميتاً بالضرورة."
    assert found(detect, ar, "Bleached coral is not necessarily dead, the study noted.") == []
    # the twin: no credit at all
    assert [f[:2] for f in found(detect, ar, "Bleached coral is not necessarily dead.")] == [
        ("attribution", "source_dropped")
    ]


def test_a_participle_of_saying_after_a_comma_has_the_speaker_of_its_clause():
    # '…, pointing out that': the words before the comma are what was said, not who said it
    ar = (
        "من جهته، قال مدير مكتب الصحة بالمحافظة نبيل قاسم الوشلي، إن المكتب أرسل فريقا جراحيا إلى المستشفى، "
        'مشيرا إلى أن "المستشفى يعاني نقصا في أكياس الدم".'
    )
    en = (
        "Health officials in the province said a surgical team had been sent to al-Jumhouri Hospital, pointing out "
        "that “the hospital is short of blood bags”."
    )
    assert [f[:2] + f[3:4] for f in found(detect, ar, en)] == [
        ("attribution", "generalized", "Health officials in the province")
    ]
    assert [(s.text, s.kind) for s in english_speakers(pair(ar, en))] == [
        ("Health officials in the province", "generic"),
        ("Health officials in the province", "generic"),
    ]
    # named in the English, no generalisation
    named = en.replace("Health officials in the province", "Provincial health director Nabil al-Washli")
    assert found(detect, ar, named) == []


def test_a_place_qualifying_unnamed_officials_spells_the_name_only_on_three_letters_of_skeleton():
    # الوشلي 'sl' and Saada 'sd': alike on two letters, which any two short names may be
    ar = "وقال مدير مكتب الصحة بالمحافظة نبيل قاسم الوشلي إن المكتب أرسل فريقا جراحيا إلى المستشفى."
    en = "Health officials in Saada said a surgical team had been sent to the hospital."
    assert [f[:2] + f[3:4] for f in found(detect, ar, en)] == [
        ("attribution", "generalized", "Health officials in Saada")
    ]
    # a body named after the place that is the name: no person generalised
    body = "وقال مدير شركة نفط البصرة إن الصادرات ارتفعت."
    assert found(detect, body, "Officials at Basra Oil Company said exports rose.") == []


def test_a_post_whose_first_word_begins_with_lam_or_ba_goes_on():
    # لجنة "committee", بلدية "municipality": a letter of the word, no preposition that ends the speaker
    ar = 'وقال عضو لجنة المزارعين في الغرفة التجارية، إن "ضعف التسويق سيؤدي إلى تكدس التمور".'
    assert [
        s.text for s in arabic_speakers(pair(ar, "Farmers said that “weak marketing will leave dates piling up”."))
    ] == ["عضو لجنة المزارعين"]
    assert [
        f[:2] + f[3:4] for f in found(detect, ar, "Farmers said that “weak marketing will leave dates piling up”.")
    ] == [("attribution", "generalized", "Farmers")]
    # a preposition stays one: بدعم "with the support of" ends the phrase
    with_support = 'وقال مسؤول بدعم من المنظمة، إن "العمل مستمر".'
    assert [s.text for s in arabic_speakers(pair(with_support, "An official said work was going on."))] == ["مسؤول"]


def test_a_post_holder_named_after_the_post_s_complement_and_a_rank():
    ar = 'من جانبه، قال آمر الفوج الثالث في اللواء نفسه العقيد سامر خليل الجبوري، إن "التنسيق مع القوات ما زال ضعيفا".'
    en = "Army commanders said that “coordination with the forces is still weak”."
    assert [f[:2] + f[3:] for f in found(detect, ar, en)] == [
        ("attribution", "generalized", "Army commanders", "major")
    ]
    kept = "Colonel Samer Khalil al-Jubouri said that “coordination with the forces is still weak”."
    assert found(detect, ar, kept) == []


def test_quoted_by_an_outlet_the_speaker_is_before_and_the_outlet_after():
    en = "Energy analysts quoted by the daily al-Khabar warned that growing consumption could limit exports."
    p = pair(
        "وحذر الخبير في شؤون الطاقة سمير سعيدي في تصريح لصحيفة الخبر من أن تنامي الاستهلاك قد يحد من الصادرات.", en
    )
    assert [(s.text, s.kind) for s in english_speakers(p)] == [("al-Khabar", "outlet"), ("Energy analysts", "generic")]
    # a person or words that are no outlet after 'by' are no outlet: the verb after names the speaker alone
    for by in ("Health Minister Saleh al-Hasnawi", "Iraqi state media"):
        p = pair("وقال مسؤول إن الجناح ممتلئ.", f"Officials quoted by {by} said the ward was full.")
        assert [(s.text, s.kind) for s in english_speakers(p)] == [("Officials", "generic")]
    p = pair("وقال مسؤول إن الجناح ممتلئ.", "Officials quoted by Rudaw said the ward was full.")
    assert [(s.text, s.kind) for s in english_speakers(p)] == [("Rudaw", "outlet"), ("Officials", "generic")]
    # 'X quoted Y' keeps X as the outlet
    quoting = pair("وقال مسؤول إن الصادرات تراجعت.", "Al-Khabar quoted an official as saying exports fell.")
    assert [(s.text, s.kind) for s in english_speakers(quoting)][0] == ("Al-Khabar", "outlet")


def test_according_to_after_a_comma_is_no_participle():
    # 'according' ends in -ing but 'according to' names its source, unlike '…, adding that'
    en = (
        "The ministry halted exports after a ship was turned back, where, according to its director general "
        "Hamid Onour, the port had found cases of disease."
    )
    speakers = english_speakers(pair("وقال المدير العام للوزارة حامد أونور إن الميناء رصد إصابات.", en))
    assert [(s.text, s.kind) for s in speakers] == [("its director general Hamid Onour", "named")]


def test_a_short_reading_of_a_place_held_in_the_english_qualifier_qualifies_the_source():
    # فجيج read with its ف as a clitic is 'jij', skeleton 'g': held in Figuig's 'fg', the place that qualifies it
    ar = 'من جهته، أوضح مصدر من جماعة فجيج أن المجلس "لم يصادق بعد على أي اتفاقية".'
    en = "A source at Figuig municipality explained that the council “has not yet ratified any agreement”."
    assert found(detect, ar, en) == []


def test_radio_or_paper_credit_swapped_for_another_of_its_country():
    # Mosaique FM told, Diwan FM credited: the outlet changed; Mosaique FM spelt out is the credit kept
    ar = "وقال المندوب الجهوي للفلاحة في تصريح لموزاييك أف أم إن الأزمة ظرفية."
    # the station listed, its credit dropped: major, where an unlisted one is minor (see TOLD_STATION); its director
    # speaking is no credit to it
    dropped = "The regional agriculture commissioner said the crisis was temporary."
    assert found(detect, ar, dropped) == [("attribution", "source_dropped", "لموزاييك أف أم", "", "major")]
    director = "وقال المدير العام لإذاعة موزاييك أف أم إن الأزمة ظرفية."
    assert found(detect, director, "The director general said the crisis was temporary.") == []
    assert found(detect, ar, "The regional agriculture commissioner told Diwan FM the crisis was temporary.") == [
        ("attribution", "speaker_changed", "لموزاييك أف أم", "Diwan FM", "major")
    ]
    assert found(detect, ar, "The regional agriculture commissioner told Mosaique FM the crisis was temporary.") == []
    # الرؤية "the vision" is the Omani daily Al Roya where a credit quotes it
    roya = 'وقال التاجر لـ"الرؤية" إن الأسعار ارتفعت.'
    assert found(detect, roya, "The trader told Al Roya that prices had risen.") == []
    assert found(detect, roya, "The trader told the Times of Oman that prices had risen.") == [
        ("attribution", "speaker_changed", 'لـ"الرؤية"', "Times of Oman", "major")
    ]
    assert found(detect, "وقال التاجر إن الرؤية غير واضحة.", "The trader said the outlook was unclear.") == []


def test_officials_of_a_named_place_or_body_are_a_group_not_a_person_named():
    # مسؤولو حي غانغدونغ "Gangdong district officials": a sound masculine plural heads the phrase; the names say
    # whose officials, no person is named
    ar = "ونفى مسؤولو حي غانغدونغ أن يكونوا قد تجاهلوا الشكاوى."
    assert found(detect, ar, "Gangdong district officials denied ignoring the complaints.") == []
    # a feminine plural of things names the person after it: تصريحات وزير الخارجية أيمن الصفدي
    statements = "وبحسب تصريحات وزير الخارجية أيمن الصفدي، فإن المحادثات ستستأنف الأسبوع المقبل."
    en = "According to Prime Minister Bisher Khasawneh, the talks will resume next week."
    assert [f[:2] for f in found(detect, statements, en)] == [("attribution", "speaker_changed")]
    # the twin: one official named, made a group
    named = "ونفى مدير حي غانغدونغ كيم سو يونغ أن يكون قد تجاهل الشكاوى."
    assert [f[:2] for f in found(detect, named, "District officials denied ignoring the complaints.")] == [
        ("attribution", "generalized")
    ]


def test_an_outlets_name_inside_a_word_the_english_spells_as_a_name_is_no_credit():
    # فارنا 'Varna' is no ف + إرنا (IRNA); a credit to IRNA is still read where it stands alone
    varna = "وأمرت المحكمة بمصادرة شقة في فارنا وسيارة يقول المحققون إنهما اشتُريتا بعائدات الجريمة."
    en = "The court ordered the seizure of a flat in Varna and a car that investigators say were bought with it."
    assert [f for f in found(detect, varna, en) if f[1] == "source_dropped"] == []
    told = "وقال المسؤول لإرنا إن المصنع سيفتتح."
    assert found(detect, told, "The official said the factory would open.") == [
        ("attribution", "source_dropped", "لإرنا", "", "major")
    ]


def test_a_title_ending_in_general_and_a_credit_in_brackets_mid_sentence_are_still_credits():
    # النيابة العامة ends the speaker's title: لإذاعة بي بي سي is the station told, not the staff's own
    bbc = "وقال المتحدث باسم النيابة العامة لإذاعة بي بي سي إن التحقيق مستمر."
    assert [
        f[:3] for f in found(detect, bbc, "The public prosecution's spokesman said the investigation was continuing.")
    ] == [("attribution", "source_dropped", "بي بي سي")]
    # وذكرت وكالة (رويترز) - … -: a credit in the sentence, not a dateline
    reuters = "وذكرت وكالة (رويترز) - نقلا عن مصادر مطلعة - أن المفاوضات توقفت."
    assert [f[:2] for f in found(detect, reuters, "Informed sources said the negotiations had stalled.")] == [
        ("attribution", "source_dropped")
    ]


_CIVIL_DEFENCE = "وبحسب ما رصده الدفاع المدني، اندلع أكثر من 40 حريقاً في غابات اللاذقية منذ مطلع الشهر."


def test_a_tally_of_the_civil_defence_dropped_is_source_dropped():
    # الدفاع المدني is a body: its tally stated as fact loses its source (no hedge of unnamed sources)
    en = "More than 40 fires have broken out in the Latakia forests since the start of the month."
    assert found(detect, _CIVIL_DEFENCE, en) == [
        ("attribution", "source_dropped", "وبحسب ما رصده الدفاع المدني", "", "major")
    ]


def test_the_civil_defence_kept_as_source_or_subject_is_no_finding():
    kept = "More than 40 fires have broken out in the Latakia forests this month, according to the Civil Defence."
    assert found(detect, _CIVIL_DEFENCE, kept) == []
    subject = "The Civil Defence recorded more than 40 fires in the Latakia forests since the start of the month."
    assert found(detect, _CIVIL_DEFENCE, subject) == []


def test_the_daily_al_yaum_credited_in_quotes_and_read_as_today_is_source_dropped():
    # لـ"اليوم": the Saudi daily, quoted after a credit; 'said today' drops it. Plain اليوم "today" credits no one
    ar = 'وقال مدير الميناء خالد الزهراني لـ"اليوم"، إن "حركة الشحن ارتفعت بنسبة 20% خلال الشهر الماضي".'
    today = 'Port director Khaled al-Zahrani said today that "shipping traffic rose by 20% last month".'
    assert found(detect, ar, today) == [("attribution", "source_dropped", 'لـ"اليوم"', "", "major")]
    told = 'Port director Khaled al-Zahrani told Al-Yaum that "shipping traffic rose by 20% last month".'
    assert found(detect, ar, told) == []
    plain = 'وقال مدير الميناء خالد الزهراني اليوم إن "حركة الشحن ارتفعت بنسبة 20% خلال الشهر الماضي".'
    assert found(detect, plain, today) == []


def test_a_city_of_two_words_in_an_unnamed_source_names_no_one():
    # سلطات مدينة بوينس آيرس: a place of two words (and one after مدينة) qualifies the authorities, names no person
    ar = "أعلنت سلطات مدينة بوينس آيرس يوم الخميس أن أسعار تذاكر مترو الأنفاق سترتفع بنسبة 38 في المئة."
    en = "Buenos Aires city authorities announced on Thursday that underground fares will rise by 38 percent."
    assert found(detect, ar, en) == []
    # a person named beside the place is still named: 'City officials' for him generalises
    mayor = "وقال رئيس بلدية بوينس آيرس خورخي ماكري يوم الخميس إن أسعار التذاكر سترتفع بنسبة 38 في المئة."
    officials = "City officials said on Thursday that fares will rise by 38 percent."
    assert [f[:2] for f in found(detect, mayor, officials)] == [("attribution", "generalized")]


_MEDIA_OFFICER = (
    'وقال مسؤول الإعلام في مركز الدفاع المدني بإدلب، سامر خالد العلي، إن "فرق الإنقاذ انتشلت جثتين من تحت الأنقاض".'
)


def test_the_post_of_a_named_speaker_told_after_his_name_is_no_credit_added():
    # 'media officer at the Civil Defence centre': the body of the Arabic speaker's post (مركز الدفاع المدني)
    en = (
        "Samer Khaled al-Ali, media officer at the Civil Defence centre in Idlib, said "
        '"rescue teams pulled two bodies from the rubble".'
    )
    assert found(detect, _MEDIA_OFFICER, en) == []


def test_officers_of_another_body_the_arabic_never_names_are_a_credit_added():
    en = (
        'Samer Khaled al-Ali said "rescue teams pulled two bodies from the rubble", '
        "according to officers at the Idlib health directorate."
    )
    assert found(detect, _MEDIA_OFFICER, en) == [
        ("attribution", "source_added", "", "officers at the Idlib health directorate", "minor")
    ]


def test_an_outlet_named_with_a_figure_is_not_spelt_by_its_place_alone():
    # شبكة "السويداء 24": the English dateline 'SWEIDA' names the place, not the network; 'Suwayda 24' names it
    ar = 'السويداء - قتل شخصان مساء أمس في اشتباك مسلح على طريق المدينة، بحسب ما أفادت شبكة "السويداء 24" المحلية.'
    dateline = "SWEIDA – Two people were killed last night in an armed clash on the city road."
    assert found(detect, ar, dateline) == [("attribution", "source_dropped", 'شبكة "السويداء 24"', "", "major")]
    spelt = "Two people were killed last night in an armed clash on the city road, Sweida 24 reported."
    assert found(detect, ar, spelt) == []


def test_a_headline_credited_to_a_body_before_a_colon_and_told_with_no_source_is_source_dropped():
    ar = "غرفة تجارة نابلس: خسائر المصانع تتجاوز ١٥ مليون دولار بسبب الإغلاق"
    assert found(detect, ar, "Nablus factories lose over $15 million in closure") == [
        ("attribution", "source_dropped", "غرفة تجارة نابلس", "", "minor")
    ]
    # a hyphen inside a word is no credit after a dash
    assert found(detect, ar, "Nablus factories lose over $15 million in Israeli-imposed closure") == [
        ("attribution", "source_dropped", "غرفة تجارة نابلس", "", "minor")
    ]
    # the twins: the English keeps the chamber, or credits traders; a place before the colon credits no one
    assert found(detect, ar, "Nablus chamber of commerce says factories lose over $15 million in closure") == []
    assert found(detect, ar, "Nablus traders report factory losses above $15 million") == []
    union = "نقابة المعلمين: الإضراب مستمر حتى تلبية المطالب"
    assert found(detect, union, "Teachers vow strike will go on until demands are met") == []
    assert found(detect, union, "Strike will go on until demands are met") == [
        ("attribution", "source_dropped", "نقابة المعلمين", "", "minor")
    ]
    place = "نابلس: خسائر المصانع تتجاوز ١٥ مليون دولار بسبب الإغلاق"
    assert found(detect, place, "Nablus factories lose over $15 million in closure") == []


def test_an_arabic_dateline_names_an_outlet_of_four_words():
    # 'سوسة - وكالة تونس إفريقيا للأنباء:' is a dateline, as 'SOUSSE (TAP) –' is: no credit dropped
    ar = "سوسة - وكالة تونس إفريقيا للأنباء: افتتح والي الجهة اليوم معرضاً للصناعات التقليدية."
    assert _spans(ar, "SOUSSE (TAP) – The regional governor opened a traditional crafts fair on Monday.") == []
    # a speaker's introduction after a dash is no dateline: the city it names is still a place the English drops
    from workbench.findings.entities import detect as entities

    ar2 = "الرئيس التونسي - في خطاب بمدينة صفاقس: لن نقبل بأي تدخل أجنبي."
    en2 = "The president said in a speech: we will not accept any foreign interference."
    assert [f[:3] for f in found(entities, ar2, en2)] == [("entity", "dropped", "صفاقس")]
    # the twin: the agency credited in the sentence, and the English drops it
    ar = "وأفادت وكالة تونس إفريقيا للأنباء بأن والي الجهة افتتح اليوم معرضاً للصناعات التقليدية."
    assert _spans(ar, "The regional governor opened a traditional crafts fair on Monday.") == [
        ("attribution", "source_dropped", "وكالة تونس إفريقيا للأنباء", "")
    ]


def test_prosecutors_render_the_prosecution_the_arabic_names():
    # 'prosecutors' for الادعاء 'the prosecution', however the Arabic sentence puts it (غير أن الادعاء أشار إلى أن …)
    ar = "ويبلغ المبلغ نحو مليوني دولار اليوم، غير أن الادعاء أشار إلى أن قيمته كانت أعلى بكثير عند التوقيع."
    en = "The sum is worth about $2 million today, although prosecutors said its value was much higher at signing."
    assert _spans(ar, en) == []
    assert (
        _spans(
            "ويتهم الادعاء العام المتهمين ببيع 21 لوحة مزيفة.",
            "Prosecutors allege that the defendants sold 21 fake paintings.",
        )
        == []
    )
    # a prosecution only mentioned (أدلة الادعاء "the prosecution's evidence") speaks for nothing, and an observatory
    # is no observers
    ar = "أُفرج عن المتهم بكفالة بعد أن طعن محاميه في أدلة الادعاء."
    en = "The defendant was released on bail after his lawyer challenged the evidence, prosecutors said."
    assert [f[:2] for f in _spans(ar, en)] == [("attribution", "source_added")]
    ar = "ويعمل المرصد على توثيق الانتهاكات منذ عام 2011."
    assert [f[:2] for f in _spans(ar, "The violations have been documented since 2011, observers said.")] == [
        ("attribution", "source_added")
    ]
    # the twin: where the Arabic names no prosecution, 'prosecutors' is a credit it never gave
    ar = "باع المتهمون 21 لوحة مزيفة بين عامي 2015 و2022."
    assert ("attribution", "source_added", "", "Prosecutors") in _spans(
        ar, "Prosecutors allege that the defendants sold 21 fake paintings between 2015 and 2022."
    )


def test_a_quantity_opens_the_speakers_phrase():
    # وقال بعض التجار "some traders said": the traders are the Arabic's own speakers, no credit added
    ar = "وقال بعض التجار إنهم يتوقعون أن تظل الأسعار مرتفعة حتى الصيف."
    assert [s.text for s in arabic_speakers(pair(ar, "x"))] == ["بعض التجار"]
    assert _spans(ar, "Some traders said they expected prices to remain high until the summer.") == []
    # the twin: a named minister turned into 'some traders' is still a change of speaker
    ar = "وقال وزير الاقتصاد إنهم يتوقعون أن تظل الأسعار مرتفعة حتى الصيف."
    assert [f[:2] for f in _spans(ar, "Some traders said they expected prices to remain high until the summer.")] == [
        ("attribution", "generalized")
    ]


def test_an_adjective_of_unnamed_speakers_names_no_one():
    # وأفاد عاملون صحيون "health workers said": صحيون qualifies the workers, no person the English leaves unnamed
    ar = "وأفاد عاملون صحيون بأن الإقبال في اليوم الأول جاء أدنى من المتوقع."
    assert _spans(ar, "Health workers said turnout on the first day had been lower than expected.") == []
    # but unnamed workers of another kind in the English ('aid workers' for عاملون صحيون) are still a change
    ar = "وقال عاملون صحيون إن الإقبال كان ضعيفاً."
    assert [f[:2] for f in _spans(ar, "Aid workers said turnout was weak.")] == [("attribution", "generalized")]
    # the twin: a named director turned into 'health workers' is generalised
    ar = "وأفاد مدير الصحة أحمد سالم بأن الإقبال في اليوم الأول جاء أدنى من المتوقع."
    assert [
        f[:2] for f in _spans(ar, "Health workers said turnout on the first day had been lower than expected.")
    ] == [("attribution", "generalized")]


def test_ahram_gate_is_the_outlet_al_ahram():
    # بوابة الأهرام (Al-Ahram Gate, the paper's news site) is Al-Ahram's credit, no word to read
    ar = 'وتعود الأعطال إلى انقطاع الكهرباء، بحسب ما قاله سكان لـ"بوابة الأهرام".'
    assert _spans(ar, "The faults were due to power cuts, residents told Al-Ahram Gate.") == []
    # the twin: another paper credited in its place is a changed source
    assert [f[:2] for f in _spans(ar, "The faults were due to power cuts, residents told Al-Masry Al-Youm.")] == [
        ("attribution", "speaker_changed")
    ]


def test_one_of_a_group_named_after_yudaa_is_a_named_speaker():
    # أحد سكان الحي، ويدعى سامر عودة "a resident of the district, called Samer Odeh": a person named
    ar = 'وقال أحد سكان الحي، ويدعى سامر عودة، إن "المياه لم تصل منذ أسبوع".'
    assert _spans(ar, '"The water has not come for a week," said Samer Odeh, a resident of the district.') == []
    assert [f[:2] for f in _spans(ar, '"The water has not come for a week," one resident of the district said.')] == [
        ("attribution", "generalized")
    ]
    # the twin: one of the residents left unnamed in the Arabic is rendered by an unnamed resident
    ar = 'وقال أحد سكان الحي إن "المياه لم تصل منذ أسبوع".'
    assert _spans(ar, '"The water has not come for a week," one resident of the district said.') == []
    assert [s.kind for s in arabic_speakers(pair(ar, "x"))] == ["generic"]


def test_a_view_inside_a_quotation_credits_no_one():
    # '"Few people expected …," Kral told reporters': 'people expected' is the speaker's words, no unnamed source
    ar = 'وقال ميلوش كرال للصحفيين في براغ: "قلّة من الناس توقعوا أن يعود المصنع إلى العمل بهذه السرعة".'
    en = '"Few people expected the plant to be back at work so quickly," {} told reporters in Prague.'
    assert _spans(ar, en.format("Kral")) == []
    # the twin: the named speaker made an official is generalised, and a view outside a quote is still read
    assert [f[:2] for f in _spans(ar, en.format("an official"))] == [("attribution", "generalized")]
    assert [s.kind for s in english_speakers(pair(ar, "Analysts expected the plant to reopen."))] == ["generic"]


def test_a_demonstrative_after_a_verb_names_no_one():
    # دراسة تثبت ذلك "a study proving it": ذلك is no person the English leaves unnamed
    ar = "ويُرجّح مختصون أن يكون ارتفاع حالات الربو في الحي مرتبطاً بالغبار، رغم عدم وجود دراسة رسمية تثبت ذلك."
    en = "Specialists link the rise in asthma cases in the district to the dust, although no official study {}."
    assert _spans(ar, en.format("has proven it")) == []
    # the twin: a person named beside the verb and left unnamed is generalised
    ar = "وقال مدير الصحة سمير حداد إن المياه الملوثة سبب الإصابات."
    assert [f[:2] for f in _spans(ar, "Health officials said contaminated water caused the cases.")] == [
        ("attribution", "generalized")
    ]


def test_under_an_agreement_credits_no_one():
    # وفق اتفاق الهدنة "under the truce agreement": a rule followed, no source the English drops with its clause
    ar = "وتقع معظم الأراضي الزراعية في المنطقة العازلة وفق اتفاق الهدنة الموقع عام 1949."
    assert [f for f in found(detect, ar, "Most of the farmland lies in the area.") if f[0] == "attribution"] == []
    # the twin: وفق الوزارة credits the ministry, which the English drops
    ar = "وتقع معظم الأراضي الزراعية في المنطقة العازلة وفق وزارة الزراعة."
    assert [f[:3] for f in found(detect, ar, "Most of the farmland lies in the buffer zone.")] == [
        ("attribution", "source_dropped", "وفق وزارة الزراعة")
    ]


def test_a_second_source_dropped_beside_the_one_kept():
    # وأضاف البيان … بحسب تقديرات الفنيين "the statement added …, according to the technicians' estimates": the
    # English keeps the statement's credit and drops the technicians', whose figure it is
    ar = "وأضاف البيان أن إصلاح الخط سيستغرق نحو أسبوعين، بحسب تقديرات الفنيين في الموقع."
    en = "Repairing the line will take about two weeks, the statement added."
    assert found(detect, ar, en) == [("attribution", "source_dropped", "بحسب تقديرات الفنيين", "", "minor")]
    # the twin: the English names both
    en = "Repairing the line will take about two weeks, the statement added, citing estimates by technicians on site."
    assert found(detect, ar, en) == []
    # one body read twice (بحسب ما قالته الهيئة: the cue and the verb credit the same authority) is no second source
    ar = "وارتفعت إيرادات الميناء بنسبة عشرة في المئة خلال العام الماضي، بحسب ما قالته هيئة الموانئ يوم الأحد."
    en = "Port revenue rose 10 percent last year, the Ports Directorate said on Sunday."
    assert found(detect, ar, en) == []


def test_people_named_by_a_plural_the_table_lacks_are_a_source():
    # بحسب ما أفاد صيادون "according to what fishermen reported": a sound masculine plural is a group of people,
    # a source the English drops with its credit
    ar = "وارتفعت أسعار السمك في السوق بنحو الثلث خلال أسبوع، بحسب ما أفاد صيادون."
    en = "Fish prices at the market rose by about a third in a week."
    assert [f[:3] for f in found(detect, ar, en)] == [("attribution", "source_dropped", "بحسب ما أفاد صيادون")]
    # the twin: the English keeps the credit
    en = "Fish prices at the market rose by about a third in a week, fishermen said."
    assert found(detect, ar, en) == []
    # آخرون 'others', which the English says its own way, and a plural in construct (منظمو رحلات "tour organisers",
    # whose phrase runs on past the comma) are left as they were
    ar = "وينقسم التجار في السوق، إذ يرحب بعضهم بالقرار، بينما يقول آخرون إنه سيقلل أرباحهم."
    en = (
        "Traders at the market are split, with some welcoming the decision and others saying it will cut their profits."
    )
    assert found(detect, ar, en) == []
    ar = "وقال منظمو رحلات بحرية في الميناء، بجزيرة صغيرة قبالة الساحل، إن الحجوزات لم تتأثر."
    en = "Boat tour organisers in the port, on a small island off the coast, said bookings had not been affected."
    assert found(detect, ar, en) == []


def test_figures_no_one_owns_credit_no_one():
    # بحسب تقديرات أولية: no source dropped but an anonymous one, a hedge removed
    ar = "وبحسب تقديرات أولية، تضرر نحو 300 منزل جراء العاصفة."
    assert [f[:2] for f in found(detect, ar, "Some 300 homes were damaged by the storm.")] == [
        ("certainty", "hedge_removed")
    ]
    assert arabic_speakers(pair(ar, "Some 300 homes were damaged by the storm."))[0].kind == "anonymous"
    # the twin: the municipality's estimates, dropped
    ar = "وبحسب تقديرات البلدية، تضرر نحو 300 منزل جراء العاصفة."
    assert [f[:2] for f in found(detect, ar, "Some 300 homes were damaged by the storm.")] == [
        ("attribution", "source_dropped")
    ]

    # early figures the ministry published have an owner
    ar = "قتل 20 شخصا على الأقل بحسب إحصاءات أولية نشرتها وزارة الصحة."
    assert arabic_speakers(pair(ar, "At least 20 people were killed."))[0].kind == "body"


def test_a_name_opening_with_fa_is_no_conjunction():
    # فاتو 'Fatou': its ف is the name's, and the English names the Arabic's own speaker
    ar = "وأبلغت المديرة الفنية فاتو دياني سار الصحفيين بأن الميزانية خُفّضت."
    assert found(detect, ar, "Artistic director Fatou Diagne Sarr told reporters that the budget had been cut.") == []
    # the twin: the Arabic's sources are unnamed, and the English names someone
    ar = "وأبلغت مصادر مطلعة الصحفيين بأن الميزانية خُفّضت."
    en = "Artistic director Fatou Diagne Sarr told reporters that the budget had been cut."
    assert [f[:2] for f in found(detect, ar, en)] == [("attribution", "specified")]


def test_a_word_before_while_is_none_of_the_speaker_after_it():
    # قبور شخصيات توراتية، فيما يؤكد الأهالي "biblical figures, while residents affirm": the speaker follows فيما
    ar = "ويقول المستوطنون إن الموقع يضم قبور شخصيات توراتية، فيما يؤكد الأهالي أنه مقام إسلامي قديم."
    en = "Settlers say the site holds the tombs of biblical figures, while residents claim it is an old Islamic shrine."
    assert [f for f in _spans(ar, en) if f[1] == "generalized"] == []
    # the twin: a person named right before the verb, no فيما between, and an English unnamed source
    ar2 = "وقال المستوطنون إن الموقع يضم قبور شخصيات توراتية، والمختار سليم عودة يؤكد أنه مقام إسلامي قديم."
    assert [f[1] for f in _spans(ar2, en) if f[1] == "generalized"] == ["generalized"]


def test_a_speaker_name_with_accents_is_the_arabic_one():
    # خوسيه بلتران 'José Beltrán': the accents left off, the English words are the Arabic's name
    ar = 'وقال خوسيه بلتران، الذي يزرع الورد: "لا نحصل أبداً على الأسعار".'
    assert found(detect, ar, '"We never get the prices," said José Beltrán, who grows roses.') == []
    # the twin: another surname
    other = '"We never get the prices," said José Ramírez, who grows roses.'
    assert [f[:2] for f in found(detect, ar, other)] == [("attribution", "speaker_changed")]


def test_a_named_member_told_as_plural_leaders_is_generalised():
    # عضو مجلس إدارة الغرفة، يوسف المطوع → 'Business leaders in Kuwait': a plural of a post names no one, however
    # the sentence's first word is capitalised
    ar = "من جهته، قال عضو مجلس إدارة غرفة التجارة، يوسف عبدالله المطوع، إن تأخر المشروع أضاع فرصاً كبيرة."
    en = "Business leaders in Kuwait said the delay had cost major opportunities."
    assert [f[:2] for f in found(detect, ar, en)] == [("attribution", "generalized")]
    # the twin: the member named
    named = "Yousef al-Mutawa, a board member of the Chamber of Commerce, said the delay had cost major opportunities."
    assert found(detect, ar, named) == []


def test_the_gendarmerie_is_a_body_on_both_sides():
    # بحسب الدرك "according to the gendarmerie": a body credited, as the police are, not an unknown word
    ar = "ويُرجح أن يكون تماس كهربائي وراء الحريق، بحسب الدرك."
    en = "An electrical short circuit is likely to have caused the fire, according to the gendarmerie."
    p = pair(ar, en)
    assert [s.kind for s in arabic_speakers(p)] == ["body"]
    assert [s.kind for s in english_speakers(p)] == ["body"]


def test_a_named_owner_told_as_an_owner_is_generalized():
    # صاحب أحد المقاهي، ويدعى كاوه رشيد "a cafe owner named Kawa Rashid" told as 'A cafe owner': generalized
    ar = "وقال صاحب أحد المقاهي، ويدعى كاوه رشيد، إن الزبائن قلّوا هذا الصيف."
    assert found(detect, ar, "A cafe owner said customers had dropped off this summer.") == [
        ("attribution", "generalized", "صاحب أحد المقاهي، ويدعى كاوه رشيد", "A cafe owner", "major")
    ]
    # the twin: the name kept beside the owner
    assert found(detect, ar, "Kawa Rashid, a cafe owner, said customers had dropped off this summer.") == []


def test_a_name_is_not_a_letter_of_the_place_that_qualifies_the_officials():
    # محمد (skeleton 'mhmd') is no spelling of 'Wadi' (skeleton 'd'): the named director told as 'Local officials in
    # Wadi al-Arab' is generalized, the place qualifying the officials naming no one
    ar = "وأوضح مدير ناحية وادي العرب، محمد سالم، أن الناحية فتحت مدرستين لإيواء العائلات."
    en = "Local officials in Wadi al-Arab said the subdistrict had opened two schools to shelter families."
    assert found(detect, ar, en) == [
        ("attribution", "generalized", "مدير ناحية وادي العرب، محمد سالم", "Local officials in Wadi al-Arab", "major")
    ]
    # the twin: the director named in the English
    named = (
        "Mohammed Salem, the director of Wadi al-Arab subdistrict, said it had opened two schools to shelter families."
    )
    assert found(detect, ar, named) == []


def test_an_unnamed_owner_told_as_an_owner_is_no_generalization():
    # صاحب محل "a shop owner", مالك إحدى الشركات "the owner of a company": no name given, whatever the head noun's
    # reading as a name (Sahib, Malik); only a name the Arabic gives outright (ويدعى) is lost to 'a … owner'
    assert found(detect, "وقال صاحب محل إن المبيعات تراجعت.", "A shopkeeper said sales had fallen.") == []
    assert found(detect, "وقال مالك إحدى الشركات إن الطلبات تراجعت.", "A company owner said orders had fallen.") == []


def test_the_subject_of_an_object_relative_clause_is_its_speaker():
    # 'the recordings, which the defence lawyers had argued …': the lawyers argued, not 'the recordings'
    en = "The judge admitted the recordings, which the defence lawyers had argued were gathered illegally."
    speakers = english_speakers(pair("قال.", en))
    assert [(s.text, s.kind) for s in speakers] == [("The judge", "other"), ("the defence lawyers", "generic")]
    # a subject relative clause between commas stays an aside: its verb's subject is before it
    aside = "The recordings, which the defence had challenged, were admitted, the judge said."
    assert english_speakers(pair("قال.", aside))[-1].text == "the judge"
    # a relative clause that runs on past its verb, its closing comma missing, names no speaker (a reviewer's pair)
    unclosed = "The report, which the ministry published on Monday said hospitals were full."
    assert [s.text for s in english_speakers(pair("قال.", unclosed))] == ["The report"]


def test_an_outlet_name_inside_a_longer_name_is_no_credit():
    # جسر الشيخ جابر الأحمد الصباح 'the Sheikh Jaber Al-Ahmad Al-Sabah Causeway': a man's name in a bridge's, not the
    # daily Al-Sabah credited
    ar = "وأعلنت الهيئة أنها ستغلق مسارين على جسر الشيخ جابر الأحمد الصباح."
    en = "The authority announced it will close two lanes on the Sheikh Jaber Al-Ahmad Al-Sabah Causeway."
    assert found(detect, ar, en) == []
    # the twin: the same name credited as the newspaper as well is a source added
    assert found(detect, ar, en[:-1] + ", Al-Sabah newspaper reported.") == [
        ("attribution", "source_added", "", "Al-Sabah", "minor")
    ]


def test_an_adjective_of_relation_the_lexicon_lacks_is_no_name():
    # منظمات إغاثية "relief organisations" → 'aid groups': إغاثية, unknown to the lexicon, is إغاثة 'aid' made an
    # adjective, not a person the English leaves unnamed
    ar = "وحذرت منظمات إغاثية من أن استمرار القتال قد يؤدي إلى نزوح آلاف الأسر."
    assert found(detect, ar, "Aid groups warned that continued fighting may displace thousands of families.") == []
    # the twin: a doctor named in full and told as aid groups is generalised
    named = "وحذر الطبيب كمال سعيد الشرجبي من أن استمرار القتال قد يؤدي إلى نزوح آلاف الأسر."
    assert found(detect, named, "Aid groups warned that continued fighting may displace thousands of families.") == [
        ("attribution", "generalized", "الطبيب كمال سعيد الشرجبي من", "Aid groups", "major")
    ]


def _all(ar: str, en: str) -> list[tuple[str, str, str, str]]:
    from workbench.findings import run_detectors

    return [(f.type, f.subtype, f.ar_span, f.en_span) for f in run_detectors([pair(ar, en)], calibrated=False)]


def test_a_club_credited_is_a_named_source():
    # نادي الصيادين "the Fishermen's Club": a body credited with بحسب, whose credit left out is a source dropped, not
    # a hedge of report
    ar = "وبحسب نادي الصيادين، فإن من بين المفقودين بحارين اثنين نجوا من غرق سابق."
    assert _all(ar, "Among the missing are two sailors who survived an earlier sinking.") == [
        ("attribution", "source_dropped", "وبحسب نادي الصيادين", "")
    ]
    en = "Among the missing are two sailors who survived an earlier sinking, according to the Fishermen's Club."
    assert _all(ar, en) == []


def test_breeders_credited_at_the_end_of_a_sentence_are_a_source_given():
    # بحسب ما يقوله عدد من الكسابة "as several breeders say" (الكسابة: Moroccan for livestock breeders) → ', several
    # breeders say': the English gives the source
    ar = "ويُتوقع أن ترتفع أسعار الأغنام خلال الأيام التي تسبق العيد، بحسب ما يقوله عدد من الكسابة."
    en = "Sheep prices are expected to climb over the days before the holiday, several breeders say."
    assert _all(ar, en) == []
    bare = "ويُتوقع أن ترتفع الأسعار قبل العيد، بحسب ما يقوله عدد من المربين."
    credit = "بحسب ما يقوله عدد من المربين"
    assert _all(bare, "Prices are expected to climb before the holiday.") == [
        ("attribution", "source_dropped", credit, "")
    ]


def test_herders_are_a_group_credited_on_both_sides():
    # الرعاة "the herders" احتجوا → 'Herders had argued': the same group on both sides, no source added
    ar = 'وكان الرعاة قد احتجوا بأن التعويضات "لا معنى لها" لأنها تذهب إلى البلدية.'
    en = 'Herders had argued that the compensation was "meaningless" because it goes to the municipality.'
    assert found(detect, ar, en) == []
    shifted = 'Officials had argued that the compensation was "meaningless" because it goes to the municipality.'
    assert [f[:4] for f in found(detect, ar, shifted)] == [("attribution", "source_added", "", "Officials")]


def test_residents_who_pointed_out_from_a_place_are_a_source_dropped():
    # وأشار سكان في البلدة إلى أن "residents of the town pointed out that": a group credited with a verb of another
    # sense, where they are before the statement; the English states the rise as fact
    ar = "وأشار سكان في البلدة إلى أن أسعار الطحين ارتفعت خلال أسبوع."
    assert _all(ar, "Flour prices rose within a week.") == [("attribution", "source_dropped", "وأشار سكان", "")]
    # the twin: the English credits the residents, with a verb of saying or one the credit list lacks
    assert _all(ar, "Residents of the town said flour prices had risen within a week.") == []
    assert _all(ar, "Residents complain that flour prices have risen within a week.") == []
    # and a verb whose object follows (no statement after the group) credits nothing
    assert _all("وأشار سكان في البلدة إلى ارتفاع أسعار الطحين.", "Flour prices rose.") == []


def test_those_running_a_place_credited_are_a_source_not_a_hedge():
    # بحسب القائمين عليها "according to those running it": people credited, whose credit left out is a source dropped
    # (not the hedge of unnamed sources)
    ar = "وتستقبل المدرسة، بحسب القائمين عليها، نحو مئتي تلميذ يومياً."
    assert _all(ar, "The school takes in about two hundred pupils a day.") == [
        ("attribution", "source_dropped", "بحسب القائمين عليها", "")
    ]
    assert _all(ar, "The school takes in about two hundred pupils a day, according to those who run it.") == []
    assert _all(ar, "The school takes in about two hundred pupils a day, its staff say.") == []


def test_a_body_swapped_for_another_of_the_same_land_is_a_speaker_changed():
    # جمعية الهلال الأحمر الفلسطيني → 'the Palestinian health ministry': the land's adjective both share names
    # neither body
    ar = "وأفادت جمعية الهلال الأحمر الفلسطيني بأن طواقمها نقلت أربعة مصابين إلى المستشفى."
    en = "The Palestinian health ministry said four injured people had been taken to hospital."
    assert found(detect, ar, en) == [
        ("attribution", "speaker_changed", "جمعية الهلال الأحمر الفلسطيني", "The Palestinian health ministry", "major")
    ]
    same = "The Palestinian Red Crescent said its crews had taken four injured people to hospital."
    assert found(detect, ar, same) == []


def test_tap_told_in_its_arabic_acronym_is_the_outlet_credited():
    # لـ"وات": Tunis Afrique Presse by its Arabic acronym (also 'watt'), credited in quotation marks after ل
    ar = 'وأوضح مدير الميناء، في تصريح لـ"وات"، أن الرحلات ستُستأنف يوم الاثنين.'
    assert _all(ar, "The port director told TAP that crossings would resume on Monday.") == []
    # the twin: the Arabic credits no outlet, so 'told TAP' credits one it never gives
    bare = "وأوضح مدير الميناء أن الرحلات ستُستأنف يوم الاثنين."
    assert [f[:2] for f in _all(bare, "The port director told TAP that crossings would resume on Monday.")] == [
        ("attribution", "source_added")
    ]


def test_the_resumptive_pronoun_after_the_verb_is_no_word_of_the_source():
    # بحسب ما أفاد به سكان محليون "according to what local residents reported": به ('with it', 'him') is the verb's
    # pronoun, not the source's head, and an English 'it' renders nothing of the residents
    ar = "وارتفع سعر الخبز إلى الضعف، بحسب ما أفاد به سكان محليون."
    assert _all(ar, "The price of bread has doubled, and it is still rising.") == [
        ("attribution", "source_dropped", "بحسب ما أفاد به سكان محليون", "")
    ]
    # the twin: the English credits the residents
    assert _all(ar, "The price of bread has doubled, and it is still rising, local residents said.") == []


def test_a_group_who_believes_is_a_source_credited():
    # ويرى مزارعون أن "farmers believe that": a view credited to a group; told as fact, the credit is dropped
    ar = "ويرى مزارعون أن الخسائر قد تتجاوز ثلث المحصول إذا تأخر الحصاد."
    assert _all(ar, "Losses could exceed a third of the crop if the harvest is delayed.") == [
        ("attribution", "source_dropped", "ويرى مزارعون", "")
    ]
    assert _all(ar, "Farmers believe losses could exceed a third of the crop if the harvest is delayed.") == []
    # يرى with no statement after it is seeing, no credit
    assert _all("ويرى مزارعون الحقول تحترق.", "The fields are burning.") == []
    # the one who holds the view, named in the English with a verb the credit list lacks, keeps it credited
    minister = "ويرى الوزير أن الخطة ستنجح."
    assert _all(minister, "The minister considers that the plan will succeed.") == []
    assert _all(minister, "The plan will succeed.") == [("attribution", "source_dropped", "ويرى الوزير", "")]


def test_the_source_pointed_back_to_and_dropped_is_a_source_dropped():
    # وبحسب المصدر "according to the source": one met before, named by the report; dropped, the claim stands as fact,
    # though a passive ('was described') reports something else in the English sentence
    ar = "وبحسب المصدر، فإن الجندي الجريح نُقل إلى المستشفى، ووُصفت حالته بالمستقرة."
    en = "The wounded soldier was taken to hospital, where his condition was described as stable."
    assert [f for f in _all(ar, en) if f[0] == "attribution"] == [("attribution", "source_dropped", "وبحسب المصدر", "")]
    # the twins: the source kept, or an English speaker that may be the one pointed back to ('he', 'the group')
    kept = "According to the source, the wounded soldier was taken to hospital, where his condition was stable."
    assert [f for f in _all(ar, kept) if f[0] == "attribution"] == []
    for told in ("he said", "the group said"):
        said = f"The wounded soldier was taken to hospital, {told}, and his condition was described as stable."
        assert [f for f in _all(ar, said) if f[0] == "attribution"] == []


def test_a_body_swapped_for_a_municipality_is_a_speaker_changed():
    # بحسب الهيئة العامة للبيئة "according to the Environment Public Authority" → 'according to Kuwait Municipality'
    ar = "ولم تُسجل أي انبعاثات خطرة، بحسب الهيئة العامة للبيئة."
    assert [f[:2] for f in _all(ar, "No dangerous emissions were recorded, according to Kuwait Municipality.")] == [
        ("attribution", "speaker_changed")
    ]
    # the twins: the authority kept, and a body named by another word of the Arabic sentence
    assert _all(ar, "No dangerous emissions were recorded, according to the Environment Public Authority.") == []
    estimates = "وبحسب تقديرات أولية لدائرة حماية البيئة، فإن المعامل مسؤولة عن ربع التلوث."
    en = "The kilns cause a quarter of the pollution, according to the Environmental Protection Directorate."
    assert [f[:2] for f in _all(estimates, en) if f[0] == "attribution"] == []
    # a body of the statement credited instead of the speaker is a swap, though the Arabic names it
    police = "وقال وزير الداخلية إن الشرطة اعتقلت ثلاثة مشتبهين."
    assert [f[:2] for f in _all(police, "The police said they had arrested three suspects.")] == [
        ("attribution", "speaker_changed")
    ]
    # a directorate that renders the subject of another verb (مديرية الأرصاد … حذرت) credits none of the unnamed
    # sources, whose drop is a hedge removed
    sources = "وبحسب مصادر في الميناء، فإن مديرية الأرصاد الجوية كانت قد حذرت من ارتفاع الأمواج."
    warned = "The meteorological directorate had warned that waves would rise."
    assert _all(sources, warned) == [("certainty", "hedge_removed", "وبحسب مصادر", "")]


def test_a_spokesman_credited_as_his_company_is_generalized():
    # المتحدث باسم مجموعة قيوان، آرام صالح أحمد "Qaiwan Group's spokesman, Aram Saleh Ahmed" → 'Qaiwan Group said'
    ar = 'وقال المتحدث باسم مجموعة قيوان المالكة للمصفاة، آرام صالح أحمد، في بيان إن "عمليات الإنتاج مستمرة".'
    en = 'Qaiwan Group, which owns the refinery, said in a statement that "production is continuing".'
    assert [f[:2] for f in _all(ar, en) if f[0] == "attribution"] == [("attribution", "generalized")]
    # the twins: the spokesman named, in full or by one of his names
    named = 'Aram Saleh Ahmed, a spokesman for Qaiwan Group, which owns the refinery, said "production is continuing".'
    assert [f for f in _all(ar, named) if f[0] == "attribution"] == []
    short = 'Qaiwan Group spokesman Aram said "production is continuing".'
    assert [f for f in _all(ar, short) if f[0] == "attribution"] == []


def test_traders_who_expect_are_a_source_credited():
    # ويتوقع متعاملون في سوق الوقود بالسليمانية أن "dealers in Sulaymaniyah's fuel market expect": a view credited to a
    # group, past a phrase of three words of where they are; told as 'are expected to', the group is dropped
    ar = "ويتوقع متعاملون في سوق الوقود بالسليمانية أن ترتفع أسعار البنزين خلال الأيام المقبلة."
    assert _all(ar, "Petrol prices in Sulaymaniyah are expected to rise in the coming days.") == [
        ("attribution", "source_dropped", "ويتوقع متعاملون", "")
    ]
    # the twins: the dealers named; and the impersonal يُتوقع أن "is expected", which credits no one
    assert _all(ar, "Dealers in Sulaymaniyah's fuel market expect petrol prices to rise in the coming days.") == []
    impersonal = "ويتوقع أن ترتفع أسعار البنزين خلال الأيام المقبلة."
    assert _all(impersonal, "Petrol prices are expected to rise in the coming days.") == []
    # 'Meteorologists expect' renders ويتوقع خبراء الأرصاد itself, beside a passive يُتوقع later in the sentence
    weather = "ويتوقع خبراء الأرصاد أن يستمر الضباب حتى نهاية الأسبوع، حين يُتوقع هبوب الرياح."
    assert _all(weather, "Meteorologists expect the fog to persist until the weekend, when wind is forecast.") == []
    assert _all(weather, "The fog will persist until the weekend, when wind is forecast.") != []


def test_an_unlisted_outlet_credited_only_in_english_is_a_source_added():
    # 'according to the Mauritanian News Agency': an agency the gazetteer lacks, credited where the Arabic names none
    ar = "ومن المنتظر أن تنطلق الرحلة الثانية من باريس يوم السبت المقبل."
    en = "The second flight is expected to leave Paris next Saturday, according to the Mauritanian News Agency."
    assert _all(ar, en) == [("attribution", "source_added", "", "according to the Mauritanian News Agency")]
    # the twins: the Arabic credits the agency by its kind; and a body told, no medium
    credited = "ومن المنتظر أن تنطلق الرحلة الثانية من باريس يوم السبت المقبل، بحسب الوكالة الموريتانية للأنباء."
    assert _all(credited, en) == []
    assert (
        _all("وقال الوزير إن الأسعار ارتفعت.", "The minister told the Finance Committee that prices had risen.") == []
    )
    # a body's report is no medium
    assert _all("وارتفع التضخم هذا العام.", "Inflation rose this year, according to the UN report.") == []


def test_an_unlisted_outlet_told_after_a_long_speaker_phrase_is_a_credit_dropped():
    # قال رئيس رابطة الوكالات السياحية في آدرار سيدي محمد ولد بباه لـ"صحراء ميديا" إن: ten words of post and name
    # between the verb and the outlet told
    ar = 'وقال رئيس رابطة الوكالات السياحية في آدرار سيدي محمد ولد بباه لـ"صحراء ميديا" إن الموسم قد يكون جيداً.'
    en = "Sidi Mohamed Ould Babah, head of the Adrar association of travel agencies, said the season could be good."
    assert [f for f in _all(ar, en) if f[0] == "attribution"] == [
        ("attribution", "source_dropped", 'لـ"صحراء ميديا"', "")
    ]
    # the twin: the outlet kept
    told = en.replace("said the season", "told Sahara Medias the season")
    assert [f for f in _all(ar, told) if f[0] == "attribution"] == []


def test_a_brigade_credited_with_bihasab_and_dropped_is_a_source_dropped():
    # بحسب الفوج "according to the (fire) brigade": a body credited, not an unnamed source's hedge
    ar = "ولم تسجل أي إصابات، بحسب الفوج، فيما تضررت ثلاثة منازل."
    assert _all(ar, "No injuries were recorded, while three houses were damaged.") == [
        ("attribution", "source_dropped", "بحسب الفوج", "")
    ]
    # the twin: the credit kept
    assert _all(ar, "No injuries were recorded, according to the brigade, while three houses were damaged.") == []


def test_officials_who_recalled_are_credited():
    # وذكّر مسؤولون بأن … "officials recalled that …": 'recalled' is a verb of saying
    ar = "وذكّر مسؤولون بأن الفيضانات أغرقت القرية عام ٢٠١٨."
    assert _all(ar, "Officials recalled that floods swamped the village in 2018.") == []
    assert _all(ar, "Floods swamped the village in 2018.") == [("attribution", "source_dropped", "وذكّر مسؤولون", "")]


def test_a_tally_credited_to_its_keeper_and_dropped_is_a_source_dropped():
    # وأحصت لجنة المفقودين … ٤٠ حالة "the committee counted 40 cases": the figure is the committee's count
    ar = "وأحصت لجنة المفقودين في المحافظة ٤٠ حالة اختفاء خلال العام الماضي."
    assert _all(ar, "There were 40 disappearances in the province last year.") == [
        ("attribution", "source_dropped", "وأحصت لجنة المفقودين", "")
    ]
    # the twins: the committee kept as the subject of the count; a count credited in other words
    assert _all(ar, "The province's missing persons committee counted 40 disappearances last year.") == []
    assert _all(ar, "A panel on the missing counted 40 disappearances last year.") == []
    # the keeper of one word before the figure
    assert _all("ووثقت المنظمة ٣٥ حالة اعتقال خلال الشهر الماضي.", "There were 35 arrests last month.") == [
        ("attribution", "source_dropped", "ووثقت المنظمة", "")
    ]


def test_a_hospital_credited_for_a_directorate_is_a_speaker_changed():
    ar = "وأعلن المستشفى التعليمي في المحافظة، اليوم، تسجيل ١٢ إصابة بالكوليرا في المدينة."
    swapped = "Twelve cholera cases were recorded in the city, the provincial health directorate announced on Monday."
    assert [f for f in _all(ar, swapped) if f[0] == "attribution"] == [
        ("attribution", "speaker_changed", "المستشفى التعليمي", "the provincial health directorate")
    ]
    kept = swapped.replace("health directorate", "teaching hospital")
    assert _all(ar, kept) == []


def test_a_directorate_dropped_is_not_kept_by_a_word_that_renders_another():
    # المديرية is also read 'district', but the English 'district' renders قضاء: the directorate credited for the
    # rainfall is still dropped in the merged lead
    ar = [
        "تسببت الأمطار الغزيرة بسيول جارفة في قضاء زاخو.",
        "وبحسب المديرية العامة للأنواء الجوية، بلغت كمية الأمطار نحو ٧٠ ملم خلال ليلة واحدة.",
    ]
    en = ["Heavy rain of about 70 mm in one night caused flash floods in Zakho district."]
    got = [(f.subtype, f.ar_span) for f in detect(merged_pair(ar, en)) if f.type == "attribution"]
    assert got == [("source_dropped", "وبحسب المديرية العامة")]
    # the twin: the directorate kept
    kept = [en[0].rstrip(".") + ", according to the General Directorate of Meteorology."]
    assert [f for f in detect(merged_pair(ar, kept)) if f.type == "attribution"] == []
    # an English word said as often as the other Arabic words say it leaves the source's own word unrendered, but said
    # once more it renders it too ('in the army's account' beside 'army soldiers')
    army = "ووفقاً للجيش، قُتل ثلاثة جنود من الجيش النظامي."
    assert _all(army, "Three regular army soldiers were killed, in the army's account.") == []


def test_two_taken_to_a_hospital_is_no_credit():
    # ونُقلا إلى مستشفى "and the two were taken to a hospital": نقلا credits only before عن
    ar = "وأصيب اثنان بحروق خطيرة ونُقلا جوًا إلى مستشفى في المدينة."
    assert _all(ar, "Two suffered serious burns and were flown to a hospital in the city.") == []
    # the twin: the hospital credited with بحسب and dropped
    credited = "وأصيب اثنان بحروق خطيرة، بحسب مستشفى المدينة."
    assert [f[:3] for f in _all(credited, "Two suffered serious burns.") if f[0] == "attribution"] == [
        ("attribution", "source_dropped", "بحسب مستشفى المدينة")
    ]


def test_a_source_the_english_speaker_names_in_a_word_another_arabic_word_also_says():
    # شركة الكهرباء … وفقاً لما أعلنته الشركة → '…, the company said': 'company' renders both, and it is the speaker
    ar = "ولن تتمكن شركة الكهرباء من تزويد المصنع قبل الصيف، وفقاً لما أعلنته الشركة."
    en = "The electricity firm will not be able to supply the plant before summer, the company said."
    assert [f for f in _all(ar, en) if f[0] == "attribution"] == []
    dropped = "The electricity firm will not be able to supply the plant before summer."
    assert [f[:2] for f in _all(ar, dropped) if f[0] == "attribution"] == [("attribution", "source_dropped")]


def test_recalled_credits_the_speaker():
    # ذكّرت الهيئة بأن "the authority recalled that" → '…, the authority recalled': a credit kept
    ar = "وذكّرت الهيئة بأن المحطة أُغلقت مرتين العام الماضي بسبب الفيضانات."
    en = "The station was closed twice last year because of floods, the authority recalled."
    assert [f for f in _all(ar, en) if f[0] == "attribution"] == []
    # the twin: the credit dropped
    dropped = "The station was closed twice last year because of floods."
    assert [f[:2] for f in _all(ar, dropped) if f[0] == "attribution"] == [("attribution", "source_dropped")]


def test_pointed_out_credits_the_speaker():
    # وأشارت الشركة إلى أن "the company pointed out that": a verb of saying the credit wording lacked
    ar = "وأشارت شركة الطيران إلى أنها ألغت 43 رحلة بسبب الإضراب."
    en = "The airline pointed out that it had scrapped 43 flights because of the strike."
    assert [f for f in _all(ar, en) if f[0] == "attribution"] == []
    # the twin: the credit dropped
    dropped = "It had scrapped 43 flights because of the strike."
    assert [f[:2] for f in _all(ar, dropped) if f[0] == "attribution"] == [("attribution", "source_dropped")]


def test_a_name_that_places_an_unnamed_source_leaves_it_unnamed():
    # مصادر من المجمع المائي بتمغزة: the place's name says where the sources stand; dropped, they are a hedge
    en = "Some 600 farmers have been waiting for new irrigation quotas for three years."
    ar = "وبحسب مصادر من المجمع المائي بتمغزة، فإن نحو ٦٠٠ فلاح ينتظرون الحصول على حصص ري جديدة منذ ثلاث سنوات."
    assert [(f[0], f[1]) for f in found(detect, ar, en)] == [("certainty", "hedge_removed")]
    # a source named after a comma (مصدر أمني، العقيد أحمد الجبوري) is a named man: dropped, a source dropped
    ar = "وقال مصدر أمني، العقيد أحمد الجبوري، إن نحو ٦٠٠ فلاح ينتظرون الحصول على حصص ري جديدة منذ ثلاث سنوات."
    assert [(f[0], f[1]) for f in found(detect, ar, en)] == [("attribution", "source_dropped")]
    # a body named by the same place, dropped: a source dropped
    ar = "وبحسب المجمع المائي بتمغزة، فإن نحو ٦٠٠ فلاح ينتظرون الحصول على حصص ري جديدة منذ ثلاث سنوات."
    assert [(f[0], f[1]) for f in found(detect, ar, en)] == [("attribution", "source_dropped")]


def test_a_definite_credit_no_table_lists_dropped_is_a_source_dropped():
    # ووفقاً لحراس المحمية "according to the reserve's rangers": a definite source the kinds table does not list, set
    # apart as a credit, dropped: the claim is left unattributed (not a hedge removed, and spanned as written)
    ar = "وارتفع منسوب البحيرة بنحو متر واحد خلال أسبوعين، وفقاً لحراس المحمية."
    dropped = [
        (f.type, f.subtype, f.ar_span)
        for f in run_detectors([pair(ar, "The lake rose by about a metre in two weeks.")])
    ]
    assert dropped == [("attribution", "source_dropped", "وفقاً لحراس المحمية")]
    kept = "The lake rose by about a metre in two weeks, according to the reserve's rangers."
    assert run_detectors([pair(ar, kept)]) == []
    # opening the sentence, up to a comma
    ar = "وبحسب إدارة المهرجان، حضر أكثر من 40 ألف زائر هذا العام."
    assert [
        (f.type, f.subtype, f.ar_span) for f in run_detectors([pair(ar, "More than 40,000 visitors came this year.")])
    ] == [("attribution", "source_dropped", "وبحسب إدارة المهرجان")]
    # the twins: 'depending on' after a verb of varying, and an indefinite word whose second letters are ال (عالم "a
    # scientist") credit no one the English drops as a source
    ar = "وتتراوح الغرامات بين 100 و500 دينار، بحسب خطورة المخالفة."
    assert (
        run_detectors([pair(ar, "Fines range from 100 to 500 dinars, depending on how serious the offence is.")]) == []
    )
    ar = "وارتفعت أسعار الخبز بنسبة 10 في المئة، بحسب عالم في المركز."
    assert run_detectors([pair(ar, "Bread prices rose by 10 percent.")]) == []
    # … the reports are hearsay, a hedge, which 'reportedly' keeps; a "depending on" inside a clause credits no one;
    # figures no one is named for stay a hedge
    ar = "وبحسب التقارير، لجأ المصدرون إلى الشاحنات لنقل جزء من الحبوب."
    assert run_detectors([pair(ar, "Exporters have reportedly turned to trucks to move part of the grain.")]) == []
    told = run_detectors([pair(ar, "Exporters have turned to trucks to move part of the grain.")])
    assert [(f.type, f.subtype) for f in told] == [("certainty", "hedge_removed")]
    ar = "وتوزع البلدية المساعدات على الأسر بحسب الحاجة في كل حي."
    assert run_detectors([pair(ar, "The municipality distributes aid to families in each neighbourhood.")]) == []
    ar = "وارتفعت الأسعار بنسبة 8 في المئة، وفقاً للنتائج الأولية."
    assert [(f.type, f.subtype) for f in run_detectors([pair(ar, "Prices rose by 8 percent.")])] == [
        ("certainty", "hedge_removed")
    ]


def test_a_past_verb_of_estimating_credits_its_figure_to_its_subject():
    # وقدّرت البلدية عدد المتضررين بنحو … "the municipality estimated the number affected at about …": the figure is
    # the municipality's estimate, as with the present يقدّر; told flat, the estimate stands as fact
    ar = "وقدّرت البلدية عدد المتضررين بنحو ثلاثة آلاف شخص."
    flat = [(f.type, f.subtype, f.ar_span) for f in run_detectors([pair(ar, "About 3,000 people were affected.")])]
    assert flat == [("attribution", "source_dropped", "وقدّرت البلدية عدد المتضررين")]
    # the twins: the credit kept; the passive (is estimated) credits no one; قدر "amount" is no verb
    assert run_detectors([pair(ar, "The municipality estimated that about 3,000 people were affected.")]) == []
    # 'put … at' gives the figure as an estimate: no estimate told flat either
    insurers = pair(
        "وقدّرت شركات التأمين الأضرار بما بين 8 و12 مليون جنيه.",
        "Insurers put the damage at between £8 million and £12 million.",
    )
    assert run_detectors([insurers]) == []
    assert run_detectors([pair("وقُدّر عدد المتضررين بنحو ثلاثة آلاف شخص.", "About 3,000 people were affected.")]) == []
    amount = pair(
        "وتحظى الخطة بقدر كبير من الدعم بين السكان.", "The plan enjoys a great deal of support among residents."
    )
    assert run_detectors([amount]) == []
