"""Reporting verbs on the dev set's conventions: أعلن → 'said' is ordinary, أكد → 'said' weakens."""

from __future__ import annotations

from findings_helpers import found

from workbench.findings.reporting_verbs import detect


def test_announced_as_said_is_ordinary_revealed_strengthens():
    ar = "وأعلنت إدارة الميناء في بيان أن فرقها أنجزت صيانة الرصيف."
    assert found(detect, ar, "The port said in a statement that its crews repaired the quay.") == []
    assert [f[:2] for f in found(detect, ar, "The port revealed that its crews repaired the quay.")] == [
        ("reporting_verb", "strengthened")
    ]
    stressed = "وأكد المتحدث أن الفرق أنجزت صيانة الرصيف."
    assert [f[:2] for f in found(detect, stressed, "The spokesman said crews repaired the quay.")] == [
        ("reporting_verb", "weakened")
    ]


def test_the_first_word_of_a_quote_is_no_reporting_verb():
    # an opening quotation mark, closed or not, starts the quote: 'Continued' is not the verb 'continued'
    ar = 'وقال مدير الشركة: "استمرار الحر يعني أن المبيعات ارتفعت'
    assert found(detect, ar, "The company's director admitted: \"Continued heat means sales rose") == [
        ("reporting_verb", "strengthened", "وقال", "admitted", "minor")
    ]
    assert found(detect, ar, "The company's director said: \"Continued heat means sales rose") == []
    closed = ar + '"'
    assert found(detect, closed, '"Continued heat means sales rose," the company\'s director said.') == []


def test_claimed_with_a_clause_keeps_a_distance_where_the_arabic_reports_nothing():
    ar = "بينما يصدق ثلث المستطلعين رواية الشاهد"
    assert found(detect, ar, "while a third of respondents claimed they believed the witness.") == [
        ("reporting_verb", "distancing", "", "claimed", "major")
    ]
    assert found(detect, ar, "while a third of respondents said that the witness was right.") == []
    assert found(detect, ar, "while a third of respondents believed the witness.") == []
    # no clause: a title or a thing claimed is no report
    won = "فاز الفريق باللقب للمرة الثالثة"
    assert found(detect, won, "The team claimed the title for the third time.") == []
    assert found(detect, won, "The team claimed that title for the third time.") == []


def test_other_inflections_and_multiword_verbs():
    said = "وقال الوزير إن الخطة تأخرت"
    assert found(detect, said, "The minister confessed that the plan was late.") == [
        ("reporting_verb", "strengthened", "وقال", "confessed", "minor")
    ]
    assert found(detect, said, "The minister let slip that the plan was late.") == [
        ("reporting_verb", "strengthened", "وقال", "let slip", "major")
    ]
    assert found(detect, said, "The minister says that the plan was late.") == []
    stresses = "ويؤكد الوزير أن الخطة تأخرت"
    assert found(detect, stresses, "The minister emphasises that the plan was late.") == []
    assert found(detect, stresses, "The minister says that the plan was late.") == [
        ("reporting_verb", "weakened", "ويؤكد", "says", "minor")
    ]
    # a participle renders مضيفا: the two verbs pair as they stand
    both = "وأكد الوزير أن الخطة تأخرت، مضيفا أن الحكومة ستعوض المتضررين"
    assert found(detect, both, "The minister confirmed the plan was late, adding that the state would pay.") == []
    assert found(detect, both, "The minister said the plan was late, adding that the state would pay.") == [
        ("reporting_verb", "weakened", "وأكد", "said", "minor")
    ]


def test_a_negated_reporting_verb_has_no_force_to_change():
    # "has not announced" / "has not reported" / "did not confirm": nothing is asserted, so no verb
    # is stronger or weaker than the other (whether the negation was kept is the negation detector's)
    ar = "ولم تعلن الشرطة حتى الآن عن أسماء الموقوفين في القضية."
    assert found(detect, ar, "Police have not so far reported the names of those detained in the case.") == []
    assert found(detect, ar, "Police have not yet announced the names of the detainees in the case.") == []
    confirmed = "ولم يؤكد المتحدث أن الفرق أنجزت صيانة الرصيف."
    assert found(detect, confirmed, "The spokesman did not say whether crews had repaired the quay.") == []
    # the negation written with its vowels (لَمْ) denies the verb too; its twin without one is strengthened
    vowelled = "ولَمْ تُعلن الوزارة عن أي إصابات بين الجنود."
    assert found(detect, vowelled, "The ministry revealed no casualties among the soldiers.") == []
    assert [
        f[:2]
        for f in found(
            detect, "وأعلنت الوزارة عن إصابات بين الجنود.", "The ministry revealed casualties among the soldiers."
        )
    ] == [("reporting_verb", "strengthened")]
    # the twin without a negation still compares the force
    assert [
        f[:2]
        for f in found(
            detect, "وأكد المتحدث أن الفرق أنجزت صيانة الرصيف.", "The spokesman reported that crews repaired the quay."
        )
    ] == [("reporting_verb", "weakened")]
    # ما before a verb is also "what": هذا ما قالته "this is what she said" is not denied
    assert [
        f[:2] for f in found(detect, '"الوضع متأزم" هذا ما قالته المسؤولة.', '"It is tense," the official confirmed.')
    ] == [("reporting_verb", "strengthened")]


def test_a_plural_participle_keeps_its_force():
    # مؤكدين "stressing" (of several speakers) is as assertive as مؤكدا; مضيفين "adding" is not
    ar = "وأبدى السكان ارتياحهم لافتتاح الجسر، مؤكدين أن الطريق صار أقصر."
    assert found(detect, ar, "Residents welcomed the bridge's opening, stressing that the road is now shorter.") == []
    plain = "وأبدى السكان ارتياحهم لافتتاح الجسر، مضيفين أن الطريق صار أقصر."
    stressed = found(detect, plain, "Residents welcomed the bridge's opening, stressing that the road is now shorter.")
    assert [f[1] for f in stressed] == ["strengthened"]


def test_a_plural_reporting_noun_after_denied_or_amid_is_no_verb():
    ar = "ونفت الوزيرة ما يتردد من أن الاتفاق سيبقي البلاد ملزمة بقواعد الاتحاد."
    assert found(detect, ar, "The minister denied claims that the deal would keep the country bound by EU rules.") == []
    said = "وقالت الوزيرة إن الاتفاق سيبقي البلاد ملزمة بقواعد الاتحاد."
    assert [
        f[1] for f in found(detect, said, "The minister claims the deal will keep the country bound by EU rules.")
    ] == ["distancing"]


def test_a_revelation_verb_that_renders_a_discovery_is_no_stronger():
    ar = "واكتشف علماء آثار في مصر مقبرة تضم رفات ما لا يقل عن 11 شخصاً."
    assert (
        found(detect, ar, "Archaeologists in Egypt have uncovered a tomb containing the remains of at least 11 people.")
        == []
    )
    ar = "وعثرت الشرطة على مخبأ للأسلحة في المزرعة."
    assert found(detect, ar, "Police uncovered a weapons cache at the farm.") == []
    # the twin: a plain 'said' made a revelation
    said = "وقال الباحثون إن الدراسة شملت 300 مريض."
    assert [f[1] for f in found(detect, said, "The researchers revealed that the study covered 300 patients.")] == [
        "strengthened"
    ]


def test_what_a_news_outlet_reveals_it_reports():
    # كشفت قناة "a channel revealed" → 'reported': the news outlet's own verb, no weakening
    ar = "وكشفت قناة محلية أن الشركة أخفت نتائج الفحص عن المساهمين."
    assert (
        found(detect, ar, "A local channel reported that the company had hidden the test results from shareholders.")
        == []
    )
    assert found(
        detect, ar, "A local channel said that the company had hidden the test results from shareholders."
    ) == [("reporting_verb", "weakened", "وكشفت", "said", "major")]


def test_a_product_announced_is_unveiled():
    # أعلنت الشركة عن سيارة "the company announced a car" → 'unveiled a car': a thing shown, not a revelation
    ar = "أعلنت شركة تويوتا عن سيارتها الكهربائية الجديدة في معرض طوكيو."
    assert found(detect, ar, "Toyota unveiled its new electric car at the Tokyo motor show.") == []
    said = "أعلنت شركة تويوتا أن سيارتها الكهربائية الجديدة ستطرح في معرض طوكيو."
    assert found(
        detect, said, "Toyota unveiled that its new electric car would be launched at the Tokyo motor show."
    ) == [("reporting_verb", "strengthened", "أعلنت", "unveiled", "major")]


def test_a_plan_announced_with_no_clause_is_unveiled():
    # تعلن خطتها "announces its plan", with a noun and no عن: the plan presented, no revelation
    ar = "عمليات بغداد تعلن خطتها لتأمين الزيارة وتغلق طرقاً رئيسة ابتداءً من مساء الاثنين"
    en = "Baghdad Operations Command unveils pilgrimage security plan, shuts main roads from Monday evening"
    assert found(detect, ar, en) == []
    closure = "أعلنت قيادة العمليات اليوم إغلاق عدد من الطرق المؤدية إلى المدينة."
    unveiled = "The operations command unveiled the closure of several roads leading to the city."
    assert found(detect, closure, unveiled) == []
    # the twins: a statement after أن, or 'revealed', is a revelation
    said = "عمليات بغداد تعلن أن الطرق الرئيسة ستغلق ابتداءً من مساء الاثنين"
    assert found(detect, said, "Baghdad Operations Command unveils plan to shut main roads from Monday evening") == [
        ("reporting_verb", "strengthened", "تعلن", "unveils", "major")
    ]
    assert found(detect, closure, unveiled.replace("unveiled", "revealed")) == [
        ("reporting_verb", "strengthened", "أعلنت", "revealed", "major")
    ]


def test_allege_renders_an_accusation_in_the_present():
    # يتهم "accuses" (as اتهم) is rendered by 'allege' in legal English: the distance is the accuser's own
    accuses = "وتتهم النيابة الموظفين بتزوير عقود بقيمة ثلاثة ملايين دولار."
    assert found(detect, accuses, "Prosecutors allege that the employees forged contracts worth $3 million.") == []
    said = "وقالت النيابة إن الموظفين زوروا عقودا بقيمة ثلاثة ملايين دولار."
    assert found(detect, said, "Prosecutors allege that the employees forged contracts worth $3 million.") == [
        ("reporting_verb", "distancing", "وقالت", "allege", "major")
    ]


def test_attacks_claimed_by_a_group_report_no_statement():
    # تبنى تنظيم داعش عدداً منها "Daesh claimed several of them" → 'were claimed by Daesh': responsibility, no
    # reporting verb; 'it was claimed by the ministry that …' keeps its distance
    ar = "يذكر أن المحافظة شهدت سلسلة حرائق طالت آلاف الدونمات من حقول الحنطة، تبنى تنظيم داعش عدداً منها."
    en = "The province saw fires that burned thousands of dunams of wheat, several of which were claimed by Daesh."
    assert found(detect, ar, en) == []
    said = "وقالت الوزارة إن الحرائق مفتعلة."
    assert found(detect, said, "It was claimed by the ministry that the fires were set deliberately.") == [
        ("reporting_verb", "distancing", "وقالت", "claimed", "major")
    ]


def test_a_participle_rendered_saying_is_the_stock_rendering_not_a_weaker_verb():
    # مؤكدةً أن … → ", saying that": the construction, not a weaker verb; a finite 'said' for it stays weakened
    ar = "ورفضت الوزارة هذه الانتقادات، مؤكدة أن المحاكم «مستقلة وتطبق القانون على الجميع»."
    saying = 'The ministry rejected that criticism, saying the courts were "independent and apply the law to everyone."'
    assert found(detect, ar, saying) == []
    said = 'The ministry rejected that criticism. It said the courts were "independent and apply the law to everyone."'
    assert found(detect, ar, said) == [("reporting_verb", "weakened", "مؤكدة", "said", "minor")]


def test_patients_admitted_is_no_reporting_verb():
    # 'admitted more than 1,200 people': hospitals took people in; 'admitted that' concedes a statement
    ar = "وأفادت تقارير بأن مستشفيات العاصمة استقبلت أكثر من 1200 شخص يعانون من مشاكل في التنفس."
    en = "Hospitals in the capital reportedly admitted more than 1,200 people with breathing problems."
    assert found(detect, ar, en) == []
    said = "وقال الوزير إن الحكومة أخطأت في تقدير حجم الأزمة."
    admitted = "The minister admitted that the government had misjudged the scale of the crisis."
    assert found(detect, said, admitted) == [("reporting_verb", "strengthened", "وقال", "admitted", "minor")]


def test_a_sense_of_another_reading_keeps_no_force():
    # أكد also reads كدّ 'toil', glossed 'work': 'work would start' says nothing of a confirmation
    ar = "وأكد المدير أن الأعمال ستنطلق مطلع الشهر المقبل."
    said = "The director said work would start early next month."
    assert found(detect, ar, said) == [("reporting_verb", "weakened", "وأكد", "said", "minor")]
    assert found(detect, ar, "The director confirmed work would start early next month.") == []
    # a verb of saying that renders it elsewhere in the sentence keeps the force
    stressed = "The director said work would start early next month, stressing the date."
    assert found(detect, ar, stressed) == []


def test_worth_mentioning_reads_only_after_a_noun_a_negation_governs():
    from workbench.findings._verbs import arabic_verbs

    assert [v.text for v in arabic_verbs("تركت الفيضانات الأسر بلا مدخرات تذكر.")] == []
    assert [v.text for v in arabic_verbs("لم يحقق الفريق نتائج تذكر هذا الموسم.")] == []
    # غير أن "however" negates nothing; لم يذكر "did not mention" is the verb negated; لا يزال "still"
    assert [v.text for v in arabic_verbs("غير أن الوزير يذكر أن الخطة ستنفذ.")] == ["يذكر"]
    assert [v.text for v in arabic_verbs("لم يذكر الوزير موعد التنفيذ.")] == ["يذكر"]
    assert [v.text for v in arabic_verbs("لا يزال الوزير يذكر أن الخطة ستنفذ.")] == ["يذكر"]


_WARNING = 'وأضاف المدير أن "الأسعار ارتفعت كثيراً هذا العام"، محذراً من أن "المصنع قد يغلق أبوابه إذا استمر الوضع".'


def test_a_warning_participle_rendered_saying_is_weakened():
    # محذراً من أن "warning that": 'saying' drops the warning, which is no stock rendering of stress
    en = '"Prices have risen a lot this year," the director added, saying that "the factory may close its doors".'
    assert found(detect, _WARNING, en) == [("reporting_verb", "weakened", "محذرا", "saying", "minor")]


def test_a_warning_participle_rendered_warning_is_no_finding():
    en = '"Prices have risen a lot this year," the director added, warning that "the factory may close its doors".'
    assert found(detect, _WARNING, en) == []


def test_verbs_of_proving_and_making_sure_render_confirmed():
    # أثبتت الفحوص "the tests proved", قبل أن يتأكد "before making sure": 'confirmed' says no more
    ar = "وأثبتت التحاليل وجود الفيروس في ثلاث عينات من أصل عشر."
    assert found(detect, ar, "Laboratory analysis confirmed the presence of the virus in three of ten samples.") == []
    ar = "ورصد الباحثون الطائر عدة مرات قبل أن يتأكدوا من أنه نوع جديد."
    assert (
        found(detect, ar, "The researchers spotted the bird several times before confirming it was a new species.")
        == []
    )
    # the twin: a plain verb of saying made 'confirmed' is still strengthened
    ar = "وقالت التحاليل إن الفيروس موجود في ثلاث عينات من أصل عشر."
    en = "The analysis confirmed that the virus was present in three of ten samples."
    assert [f[:2] for f in found(detect, ar, en)] == [("reporting_verb", "strengthened")]


def test_a_passive_with_its_own_subject_reports_nothing():
    # كُشفت بياناتهم "their data were exposed": no verb of revealing, so 'said' elsewhere weakens nothing
    ar = "وجاء في قرار المحكمة أن كل من كُشفت بياناتهم المصرفية سيحصل على تعويض."
    assert (
        found(detect, ar, "Everyone whose bank details were exposed will receive compensation, the ruling said.") == []
    )
    # the twin: كُشف عن "it was revealed" is a report, and 'announced' tells it with other force
    assert [
        f[:2] for f in found(detect, "وكُشف عن خطة لإغلاق المصنع.", "A plan to close the factory was announced.")
    ] == [("reporting_verb", "weakened")]


def test_a_passive_report_keeps_its_verb_past_an_adverb_or_an_idiom():
    # كُشف لاحقاً أن "it was later revealed that", كُشف النقاب عن, ذُكر بأن: reports, whose force is compared
    ar = "وقُتل ثلاثة أشخاص، وكُشف لاحقا أن بينهم طفلين."
    en = "Three people were killed, and it was later alleged that two children were among them."
    assert [f[:3] for f in found(detect, ar, en)] == [("reporting_verb", "distancing", "وكُشف")]
    ar = "وذُكر بأن القوات انسحبت من البلدة."
    assert [f[:3] for f in found(detect, ar, "It was alleged that the forces withdrew from the town.")] == [
        ("reporting_verb", "distancing", "وذُكر")
    ]


def test_after_making_sure_is_after_confirming():
    # بعد التثبت من "after making sure of" → 'after confirming that': the confirmation is the Arabic's own
    ar = "سطّرت الدوريات ١٤ محضر ضبط بحق أفران في بلدتي شتورة وجديتا، بعد التثبت من بيعها ربطات خبز ناقصة الوزن."
    en = (
        "Patrols wrote up 14 reports against bakeries in Chtaura and Jdita after confirming that they sold light bread."
    )
    assert found(detect, ar, en) == []
    # the twin: on suspicion (للاشتباه), 'after confirming' is the English's own
    ar2 = "سطّرت الدوريات ١٤ محضر ضبط بحق أفران في بلدتي شتورة وجديتا، للاشتباه ببيعها ربطات خبز ناقصة الوزن."
    assert found(detect, ar2, en) == [("reporting_verb", "strengthened", "", "confirming", "minor")]


def test_similar_claims_are_lawsuits():
    # تقدّموا بدعاوى مماثلة "filed similar lawsuits" → 'filed similar claims': the noun, no verb of saying
    ar = "وتقدّم نحو واحد من كل عشرة من الأعضاء السابقين بدعاوى مماثلة، وقالت الرابطة إنها تتوقع أن يكون الحكم مرجعاً."
    en = (
        "One in ten former members filed similar claims, and the association said it expected the ruling to guide them."
    )
    assert found(detect, ar, en) == []
    # the twin: 'claims that', a verb of saying the Arabic keeps no distance with
    ar2 = "وقال نحو واحد من كل عشرة من الأعضاء السابقين إن الحكم سيكون مرجعاً."
    en2 = "Roughly one in ten former members claims that the ruling will guide future cases."
    assert found(detect, ar2, en2) == [("reporting_verb", "distancing", "وقال", "claims", "major")]


def test_making_sure_not_done_confirms_nothing():
    # دون التأكد "without making sure", تسعى إلى التثبت "seeks to verify": no check made, 'confirming' is the English's
    ar = "وأفرجت الشرطة عن المشتبه به دون التأكد من هويته."
    assert found(detect, ar, "Police released the suspect after confirming his identity.") == [
        ("reporting_verb", "strengthened", "", "confirming", "minor")
    ]
    seeks = "وتسعى السلطات إلى التثبت من صحة الصور المتداولة."
    assert [f[:2] for f in found(detect, seeks, "Authorities confirmed the authenticity of the images.")] == [
        ("reporting_verb", "strengthened")
    ]


def test_previous_claims_that_keep_their_distance():
    # 'repeated previous claims that …': the noun with a statement after it still casts doubt on what was said
    ar = "وقال الجيش إن القصف استهدف مواقع عسكرية."
    assert found(detect, ar, "The army repeated previous claims that the shelling targeted military sites.") == [
        ("reporting_verb", "distancing", "وقال", "claims", "major")
    ]


def test_a_given_name_said_is_no_verb_of_saying():
    # 'Dr Said al-Harbi admitted': the capital Said inside the sentence is the man's name, so 'admitted' is the verb
    ar = 'وقال مدير المستشفى الدكتور سعيد الحربي للصحيفة إن "الوضع مستقر".'
    admitted = 'Hospital director Dr Said al-Harbi admitted that "the situation is stable".'
    assert [f[:4] for f in found(detect, ar, admitted)] == [("reporting_verb", "strengthened", "وقال", "admitted")]
    assert found(detect, ar, 'Hospital director Dr Said al-Harbi told the paper that "the situation is stable".') == []
