"""Certainty: hedges and boosters, قد + imperfect only, quote to quote."""

from __future__ import annotations

from findings_helpers import found, pair

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


def test_may_have_to_told_as_will_have_to():
    # قد نضطر إلى إغلاق "we may have to close" → 'we will have to close': the 'will' stands before 'have to'
    ar = 'وقال مدير المستشفى: "قد نضطر إلى إغلاق قسم الطوارئ".'
    assert found(detect, ar, 'The hospital director said: "We may have to close the emergency ward."') == []
    assert found(detect, ar, 'The hospital director said: "We will have to close the emergency ward."') == [
        ("certainty", "modality_changed", "قد نضطر", "will have to close", "minor")
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
    assert found(detect, "وطالب السيدة ماي بالتراجع عن خطة الضرائب.", "He pressed Mrs May to drop the tax plan.") == []
    # title-case headline: the modal after a plural noun, the name after a title
    assert found(detect, "قد تستفيد الفنادق من موسم الحج", "Hotels May Benefit From Pilgrim Season") == []


def test_wifqan_li_dhalika_is_accordingly_not_a_source():
    assert found(detect, "ورتبنا خطتنا للمباراة وفقا لذلك.", "We arranged our match plan accordingly.") == []


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
    assert found(
        detect,
        "وحذر الخبير من أن الأزمة قد تدفع الأسعار إلى الارتفاع.",
        "The expert warned that the crisis would push prices up.",
    ) == [("certainty", "modality_changed", "قد تدفع", "would push", "minor")]


def test_main_clause_would_is_hypothetical_like_qad():
    assert found(detect, "وقد يعارض بعض النواب هذا القرار.", "Some MPs would oppose this decision.") == []


def test_repeated_qad_inside_a_quote_is_covered_by_one_modal_outside():
    ar = 'وقال المحافظ إن المشروع قد يجلب الزوار من "المدن المجاورة وقد يستقطب استثمارات من الخارج".'
    en = 'The governor said the project could bring visitors from "nearby cities and draw investment from abroad."'
    assert found(detect, ar, en) == []


def test_qad_tamma_answers_may_have_been():
    assert found(detect, "كما قد تم رشق القطار بالحجارة.", "Stones may also have been thrown at the train.") == []


def test_hasabama_answers_reportedly():
    ar = '"نريد السلام في المنطقة"، حسبما ورد عن الوزير.'
    assert found(detect, ar, '"We want peace in the region," the minister reportedly said.') == []


def test_source_cue_answered_by_a_speaker_credited_by_role():
    ar = "ووفقا لممثلي الادعاء، استمرت عملية الاحتيال ثلاث سنوات."
    assert found(detect, ar, "The fraud went on for three years, prosecutors said.") == []
    # a body the English names with its article: "the assembly said" for بحسب التجمع; dropped, it is a hedge
    # lost (a body the source list knows, بحسب النقابة، بحسب الاتحاد, is the attribution detector's)
    ar = "وسيستمر الإضراب أربعة أيام بحسب التجمع."
    assert found(detect, ar, "The strike will last four days, the assembly said.") == []
    assert found(detect, ar, "The assembly said the strike will last four days.") == []
    assert [f[1] for f in found(detect, ar, "The strike will last four days.")] == ["hedge_removed"]
    assert found(detect, "وسيستمر الإضراب أربعة أيام بحسب الاتحاد.", "The strike will last four days.") == []


def test_negated_booster_is_no_booster():
    ar = "ليس من المؤكد ما إذا كانت الفرق ستصل اليوم."
    assert found(detect, ar, "It is not yet sure whether the teams will arrive today.") == []
    assert found(detect, "من المؤكد أن الفرق ستصل اليوم.", "The teams will not certainly arrive today.") == [
        ("certainty", "modality_changed", "من المؤكد", "", "minor")
    ]


def test_english_idioms_that_are_no_hedge():
    # "you may think": a concession; "did not appear to": litotes; "How X may": an indirect question;
    # "definitely or probably": a scale of answers; "sure is": emphasis that answers بالتأكيد
    assert found(detect, "ستظن أنني غاضب لأني صامت.", "You may think I am angry because I keep silent.") == []
    assert found(detect, "لم يكن الرد مقنعا للرئيس.", "The reply did not appear to convince the president.") == []
    assert found(detect, "كيف ستفيد أزمة الطاقة المزارعين", "How the energy crisis may help farmers") == []
    ar = "قال 57% من المشاركين إنهم يؤيدون الخطة أو ربما يؤيدونها."
    assert found(detect, ar, "57 percent said they definitely or probably backed the plan.") == []
    assert found(detect, "إن الجو حار اليوم بالتأكيد!", "It sure is hot today!") == []


def test_run_together_hedge_glued_to_an():
    # يُزعمأن: the Arabic source ran يزعم "it is alleged" into أن "that"
    assert found(detect, "يُزعمأن النقابة تطالب بزيادة الأجور.", "The union reportedly demands higher wages.") == []
    assert found(detect, "يُزعمأن النقابة تطالب بزيادة الأجور.", "The union demands higher wages.") == [
        ("certainty", "hedge_removed", "يُزعمأن", "", "major")
    ]


def test_qad_with_bil_fil_is_the_perfect():
    # قد + verb + بالفعل "has indeed": no hedge, though the verb reads as an imperfect
    assert (
        found(
            detect,
            "وذكر المراقبون أن البلدية قد تغلق بالفعل السوق القديم.",
            "Observers said the municipality had already closed the old market.",
        )
        == []
    )


def test_may_in_an_indirect_question_is_no_hedge_added():
    assert (
        found(
            detect,
            "سيحدد الطقس مدة استمرار البحث.",
            "The weather will decide how long the search may last.",
        )
        == []
    )


def test_source_after_bihasab_definite_is_left_to_attribution():
    en = "The drills included live firing with heavy weapons."
    assert found(detect, "وبحسب المصدر، شملت التدريبات الرماية بالأسلحة الثقيلة.", en) == []
    assert [f[:2] for f in found(detect, "وبحسب مصادر ميدانية، شملت التدريبات الرماية بالأسلحة الثقيلة.", en)] == [
        ("certainty", "hedge_removed")
    ]


def test_lower_case_may_after_and_is_the_modal():
    ar = 'وقالت إن الشحنة ستصل في تشرين الأول، "وقد تتأخر أسبوعاً واحداً بحسب سرعة التفريغ".'
    kept = "She said the shipment would arrive in October, “and may be delayed by a week depending on the unloading”."
    assert found(detect, ar, kept) == []
    firm = "She said the shipment would arrive in October, “and is delayed by a week depending on the unloading”."
    # 'may be delayed' told as 'is delayed': the modal told as fact, at the verb that renders تتأخر
    assert found(detect, ar, firm) == [("certainty", "modality_changed", "وقد تتأخر", "is delayed", "major")]


def test_may_rendered_as_a_risk_a_threat_or_a_frequency_keeps_the_possibility():
    # قد + imperfect rendered 'threaten to', 'at risk of': possibility kept in other words (not the noun
    # 'risk' alone: 'posing a flooding risk' beside a firm 'will' keeps nothing possible)
    rise = "وقد يؤدي ارتفاع الأسعار إلى احتجاجات."
    assert found(detect, rise, "Rising prices threaten to lead to protests.") == []
    assert found(detect, rise, "Rising prices lead to protests.") == [
        ("certainty", "modality_changed", "وقد يؤدي", "lead", "major")
    ]
    floods = "وحذر المسؤولون من أن الفيضانات قد تجتاح القرى المنخفضة."
    assert found(detect, floods, "Officials warned that floods threatened to sweep through low-lying villages.") == []
    frost = "وقد تتعرض المحاصيل لأضرار كبيرة بسبب الصقيع."
    assert found(detect, frost, "Crops are at risk of serious frost damage.") == []
    # قد … أحيانا 'may at times' is a frequency: 'sometimes' renders it
    train = "وقد يتأخر القطار أحيانا بسبب الثلوج."
    assert found(detect, train, "The train is sometimes delayed by snow.") == []
    assert [f[:3] for f in found(detect, train, "The train is delayed by snow.")] == [
        ("certainty", "modality_changed", "وقد يتأخر")
    ]


def test_future_told_as_done():
    ar = "وقال إن الشركة ستنقل اليوم نحو ثلاثمئة عامل إلى الموقع."
    assert found(detect, ar, "He said the company will move about 300 workers to the site today.") == []
    done = "He said the company had moved about 300 workers."
    assert [f[:2] + f[3:4] for f in found(detect, ar, done)] == [("certainty", "modality_changed", "had moved")]


def test_start_of_an_event_told_as_complete():
    ar = "أعلنت القيادة بدء انسحاب القوات من المدينة."
    assert found(detect, ar, "The command announced the start of the withdrawal of forces from the city.") == []
    done = "The command announced the forces had withdrawn from the city."
    assert [f[:2] + f[3:4] for f in found(detect, ar, done)] == [("certainty", "modality_changed", "had withdrawn")]


def test_expected_made_firm_and_firm_future_made_expected():
    ar = "ويُتوقع أن يعقد مجلس المحافظة اجتماعاً غداً لمناقشة الموازنة."
    assert found(detect, ar, "The provincial council is expected to hold a meeting tomorrow.") == []
    assert [f[:2] + f[3:4] for f in found(detect, ar, "The provincial council will hold a meeting tomorrow.")] == [
        ("certainty", "modality_changed", "will hold")
    ]
    firm = "وقالت الشركة إن الخط الجديد سيبدأ العمل في الربيع المقبل."
    assert found(detect, firm, "The company said the new line will start running next spring.") == []
    hedged = "The company said the new line is expected to start running next spring."
    assert [f[:2] for f in found(detect, firm, hedged)] == [("certainty", "hedge_added")]


def test_may_not_over_a_negated_verb_is_a_hedge():
    ar = 'وقالت إن "الدعم قد لا يصل إلى كل الأسر قبل الشتاء".'
    assert found(detect, ar, "She said “the aid may not reach every family before winter”.") == []
    assert found(detect, ar, "She said “the aid does not reach every family before winter”.") == [
        ("certainty", "modality_changed", "قد لا", "does not reach", "major")
    ]


def test_past_verb_of_another_event_is_no_tense_shift():
    # an English that keeps an event in the future ('would be voting') tells its other past verbs ('was
    # shouted at') of other events
    ar = "وقال إنه سيصوت لصالح المرشح يوم الجمعة."
    assert found(detect, ar, "He said he would be voting for the nominee and was shouted at on Friday.") == []
    assert [f[:2] for f in found(detect, ar, "He said he had voted for the nominee on Friday.")] == [
        ("certainty", "modality_changed")
    ]
    light = "وقال إنه سيتم اختبار الممرات في 12 متجراً."
    assert found(detect, light, "He said the aisles will be tested in 12 stores, as others were.") == []


def test_headline_credited_to_sources_and_evidence_that_points():
    ar = "مصادر: الشرطة تنتشر في وسط المدينة بعد احتجاجات"
    assert found(detect, ar, "Police deploy in the city centre after protests: sources") == []
    assert [f[:2] for f in found(detect, ar, "Police deploy in the city centre after protests")] == [
        ("certainty", "hedge_removed")
    ]
    lead = "وأفادت الشرطة بأن الأدلة الأولية تشير إلى ضلوع حراس في تسريب الوثائق."
    assert found(detect, lead, "Police said initial evidence points to guards leaking the documents.") == []
    assert [f[:2] for f in found(detect, lead, "Police said they have evidence that guards leaked them.")] == [
        ("certainty", "hedge_removed")
    ]


def test_sources_estimate_dropped():
    ar = "وتقدر مصادر زراعية كمية القمح في الصوامع بنحو مئتي ألف طن."
    assert found(detect, ar, "Farm sources estimate that about 200,000 tonnes of wheat are in the silos.") == []
    assert [f[:2] for f in found(detect, ar, "About 200,000 tonnes of wheat are in the silos.")] == [
        ("certainty", "hedge_removed")
    ]


def test_past_verb_spelt_like_a_future_is_no_future():
    ar = "سيطر الفريق الأوروبي على الفريق الأمريكي في الجولة الصباحية."
    assert found(detect, ar, "The European side dominated the American side in the morning session.") == []


def _all(ar: str, en: str) -> list[tuple[str, str, str, str, str]]:
    from findings_helpers import pair

    from workbench.findings import run_detectors

    found = run_detectors([pair(ar, en)], calibrated=False)  # the detectors' own severities
    return [(f.type, f.subtype, f.ar_span, f.en_span, f.severity) for f in found]


def test_according_to_a_source_added_is_the_attribution_finding():
    ar = "وكان الوضع في المخيم صعبا."
    assert _all(ar, "The situation in the camp was difficult, according to officials.") == [
        ("attribution", "source_added", "", "officials", "minor")
    ]
    # no source the attribution detector reads: the hedge stays a certainty finding
    assert _all(ar, "The situation in the camp was difficult, according to reports.") == [
        ("certainty", "hedge_added", "", "according to", "major")
    ]


def test_named_source_cue_dropped_is_the_attribution_finding():
    ar = "ولم تظهر الشركة أي ندم بعد الحادث، وفقا لما ذكرته وثائق المحكمة."
    assert [f[:2] for f in _all(ar, "The company showed no remorse after the accident.")] == [
        ("attribution", "source_dropped")
    ]
    unnamed = "ولم تظهر الشركة أي ندم بعد الحادث، بحسب مصادر مطلعة."
    assert [f[:2] for f in _all(unnamed, "The company showed no remorse after the accident.")] == [
        ("certainty", "hedge_removed")
    ]


def test_a_charge_answers_allegedly():
    charged = "واعتقلت الشرطة رجلا بتهمة قتل زوجته."
    assert found(detect, charged, "Police arrested a man for allegedly killing his wife.") == []
    assert found(detect, "واعتقلت الشرطة المتهم بسرقة المصرف.", "Police arrested the alleged bank robber.") == []
    assert found(detect, "واعتقلت الشرطة رجلا قتل زوجته.", "Police arrested a man who allegedly killed his wife.") == [
        ("certainty", "hedge_added", "", "allegedly", "major")
    ]


def test_media_and_unnamed_sources_answer_reportedly():
    assert found(detect, "وذكرت وسائل إعلام أن المهاجمين فروا.", "The attackers reportedly fled.") == []
    assert _all("وقالت مصادر إن المهاجمين فروا.", "The attackers reportedly fled.") == []
    assert [f[:2] for f in _all("وقالت مصادر إن المهاجمين فروا.", "The attackers fled.")] == [
        ("certainty", "hedge_removed")
    ]
    assert found(detect, "وقال الوزير إن المهاجمين فروا.", "The attackers reportedly fled.") == [
        ("certainty", "hedge_added", "", "reportedly", "major")
    ]


def test_not_ruled_out_answers_may():
    assert found(detect, "ولا يستبعد تأجيل الانتخابات.", "The election may be postponed.") == []
    assert found(detect, "وتقرر تأجيل الانتخابات.", "The election may be postponed.") == [
        ("certainty", "hedge_added", "", "may", "major")
    ]


def test_sawfa_before_a_verb_is_a_future_told_as_done():
    ar = "وسوف تصل المساعدات غدا."
    assert found(detect, ar, "The aid will arrive tomorrow.") == []
    assert found(detect, ar, "The aid arrived tomorrow.") == [
        ("certainty", "modality_changed", "تصل", "arrived", "major")
    ]


def test_unlikely_most_likely_and_rumoured():
    assert found(detect, "ومن المستبعد أن تنخفض الأسعار.", "Prices are unlikely to fall.") == []
    assert found(detect, "ومن المستبعد أن تنخفض الأسعار.", "Prices will not fall.") == [
        ("certainty", "modality_changed", "ومن المستبعد", "will not fall", "major")
    ]
    assert found(detect, "وغالبا ما ستنخفض الأسعار.", "Prices will probably fall.") == []
    assert found(detect, "ويشاع أن الرئيس غادر البلاد.", "The president is rumoured to have left the country.") == []
    assert found(detect, "وتبين أن الرئيس غادر البلاد.", "The president is rumoured to have left the country.") == [
        ("certainty", "hedge_added", "", "rumoured", "major")
    ]


def test_forecast_keeps_an_expected_event_expected():
    ar = "ومن المتوقع أن ترتفع الأسعار العام المقبل، وستلحق بها الأجور."
    assert found(detect, ar, "Prices are forecast to rise next year, and wages will follow.") == []
    assert [f[:2] for f in found(detect, ar, "Prices will rise next year, and wages will follow.")] == [
        ("certainty", "modality_changed")
    ]


def test_can_became_will():
    ar = "ويمكن أن يؤدي القرار إلى ارتفاع الأسعار."
    assert found(detect, ar, "The decision could lead to higher prices.") == []
    assert found(detect, ar, "The decision will lead to higher prices.") == [
        ("certainty", "modality_changed", "ويمكن", "will lead", "minor")
    ]
    # 'able' keeps the possibility
    visit = "ويمكن للزوار مشاهدة المعرض غدا."
    assert found(detect, visit, "Visitors will be able to see the exhibition tomorrow.") == []


def test_reports_said_is_a_hedge_though_its_verb_reports():
    ar = "وأفادت تقارير بأن العائلة والسلطات تتفاوض بشأن الحصول على تعويض."
    assert found(detect, ar, "The family and the authorities are reportedly negotiating compensation.") == []
    assert found(detect, ar, "The family and the authorities are negotiating compensation.") == [
        ("certainty", "hedge_removed", "وأفادت تقارير", "", "minor")
    ]


def test_according_to_a_named_or_collective_source_is_no_hedge():
    ar = "ويستخدم الفريق تقنية جديدة لتحديد مكان الحشرات."
    assert found(detect, ar, "The team uses a new technique to locate insects, according to officials.") == []
    assert found(detect, ar, "The team uses a new technique to locate insects, according to the ministry.") == []
    assert found(detect, ar, "The team uses a new technique to locate insects, according to reports.") == [
        ("certainty", "hedge_added", "", "according to", "major")
    ]


def test_may_in_a_relative_clause_hedges_a_future():
    # "which may reach": a relative clause on the noun, its "may" a hedge on the Arabic future
    assert found(
        detect,
        "أرسلت الوزارة قافلة مساعدات ستصل إلى المدينة غدا",
        "The ministry sent an aid convoy, which may reach the city tomorrow",
    ) == [("certainty", "modality_changed", "ستصل", "may", "minor")]
    assert (
        found(
            detect,
            "أرسلت الوزارة قافلة مساعدات ستصل إلى المدينة غدا",
            "The ministry sent an aid convoy, which will reach the city tomorrow",
        )
        == []
    )


def test_may_after_a_verb_of_knowing_is_an_indirect_question():
    assert found(detect, "ولا يعرف أحد من سيصل إلى المدينة غدا", "Nobody knows who may reach the city tomorrow") == []


def test_one_english_hedge_does_not_answer_two_arabic_clauses():
    ar = "وقد يكون الهجوم أكبر من المتوقع بعد أن انفجرت سيارة مفخخة على ما يبدو قرب السوق"
    assert found(detect, ar, "The attack could be bigger than expected after a car bomb exploded near the market") == [
        ("certainty", "hedge_removed", "على ما يبدو", "", "minor")
    ]
    assert (
        found(
            detect, ar, "The attack could be bigger than expected after a car bomb apparently exploded near the market"
        )
        == []
    )


def test_set_to_states_a_planned_future():
    assert found(detect, "ستصل الشحنة اليوم إلى الميناء", "The shipment is set to arrive at the port today") == []
    assert found(detect, "ستصل الشحنة اليوم إلى الميناء", "The shipment is expected to arrive at the port today") == [
        ("certainty", "hedge_added", "ستصل", "is expected to arrive", "minor")
    ]


def test_it_is_certain_is_a_booster():
    assert found(detect, "من المؤكد أن الانتخابات ستعقد", "It is certain the elections will be held") == []
    assert found(detect, "ستعقد الانتخابات في موعدها", "It is certain the elections will be held on time") == [
        ("certainty", "modality_changed", "", "It is certain", "minor")
    ]


def test_a_light_future_is_told_as_done_by_its_verbal_noun():
    # وسيتم افتتاح "will be opened": the event is افتتاح, after the light سيتم
    ar = "وسيتم افتتاح المدرستين العام المقبل"
    assert found(detect, ar, "The two schools will be opened next year") == []
    assert found(detect, ar, "The two schools opened last year") == [
        ("certainty", "modality_changed", "وسيتم افتتاح", "opened", "major")
    ]
    light = "وقال إنه سيتم اختبار الممرات في 12 متجراً."
    assert found(detect, light, "He said the aisles were tested in 12 stores.") == [
        ("certainty", "modality_changed", "سيتم اختبار", "were tested", "major")
    ]


def test_a_planned_event_told_as_done_is_modality_changed():
    ar = 'وأوضح المحافظ أن "من المقرر أن يوقع الطرفان على الاتفاق الأسبوع المقبل".'
    assert found(detect, ar, "The governor said the two sides had signed the agreement.") == [
        ("certainty", "modality_changed", "من المقرر أن يوقع", "had signed", "minor")
    ]
    # still to come in the English: scheduled, or simply will
    assert found(detect, ar, "The governor said the two sides are scheduled to sign the agreement next week.") == []
    assert found(detect, ar, "The governor said the two sides will sign the agreement next week.") == []


def test_may_before_a_verb_made_will_at_that_verb_even_beside_another_can():
    ar = 'وأشار إلى أن "القرار قابل للطعن، وقد يُحال الملف إلى المحكمة خلال أيام".'
    firm = "He noted that “the decision can be appealed, and the file will be referred to the court within days”."
    assert found(detect, ar, firm) == [("certainty", "modality_changed", "وقد يُحال", "will be referred", "minor")]
    kept = "He noted that “the decision can be appealed, and the file may be referred to the court within days”."
    assert found(detect, ar, kept) == []


# ---- issue 14: figures or evidence that only point to the claim

_RESULTS = "كما تشير نتائج الفحوص إلى أن مياه الشرب ملوثة في ثلاثة أحياء."


def test_results_indicate_dropped_is_hedge_removed_before_or_after_the_verb():
    # نتائج is written as its tokens are normalised (نتايج): the row is live
    assert found(detect, _RESULTS, "Drinking water is contaminated in three districts.") == [
        ("certainty", "hedge_removed", "تشير نتائج الفحوص إلى أن", "", "minor")
    ]
    before = "نتائج الفحوص المخبرية تشير إلى أن مياه الشرب ملوثة في ثلاثة أحياء."
    assert found(detect, before, "Drinking water is contaminated in three districts.") == [
        ("certainty", "hedge_removed", "نتائج الفحوص المخبرية تشير إلى أن", "", "minor")
    ]


def test_results_rendered_as_suggest_or_show_is_no_finding():
    for en in (
        "Laboratory test results suggest drinking water is contaminated in three districts.",
        "Lab results show that drinking water is contaminated in three districts.",
    ):
        assert found(detect, _RESULTS, en) == []


def test_figures_before_the_verb_dropped_is_hedge_removed():
    assert found(detect, "الأرقام الرسمية تشير إلى أن البطالة ارتفعت هذا العام.", "Unemployment rose this year.") == [
        ("certainty", "hedge_removed", "الأرقام الرسمية تشير إلى أن", "", "minor")
    ]


def test_a_person_pointing_out_is_no_evidence_hedge():
    ar = "وأشار المحافظ إلى أن الأرقام ارتفعت هذا العام."
    assert found(detect, ar, "The governor pointed out that the figures rose this year.") == []
    assert found(detect, ar, "The figures rose this year.") == []


def test_dropped_unnamed_source_is_reported_once_with_its_source():
    from workbench.findings import run_detectors

    ar = "وبحسب مصدر في مديرية الصحة، فإن خمسة أشخاص أصيبوا في الحادث."
    dropped = run_detectors([pair(ar, "Five people were injured in the accident.")], calibrated=False)
    assert [(f.type, f.subtype, f.ar_span, f.severity) for f in dropped] == [
        ("certainty", "hedge_removed", "وبحسب مصدر", "major")
    ]
    kept = "Five people were injured in the accident, according to a source in the health directorate."
    assert run_detectors([pair(ar, kept)], calibrated=False) == []


def test_data_of_a_ministry_indicate_dropped_is_hedge_removed_and_data_show_answers_it():
    ar = "كما أشارت بيانات وزارة التخطيط إلى أن نسبة الفقر ارتفعت إلى ٢٥ بالمئة."
    assert found(detect, ar, "The poverty rate rose to 25 percent.") == [
        ("certainty", "hedge_removed", "أشارت بيانات وزارة التخطيط إلى أن", "", "minor")
    ]
    assert found(detect, ar, "Planning ministry data show the poverty rate rose to 25 percent.") == []


def test_expected_event_told_as_already_done_is_modality_changed():
    ar = "ومن المتوقع أن ترتفع أسعار الأعلاف خلال الشهر المقبل."
    assert found(detect, ar, "Fodder prices have already risen.") == [
        ("certainty", "modality_changed", "المتوقع", "have already risen", "minor")
    ]
    assert found(detect, ar, "Fodder prices are expected to rise next month.") == []


def test_a_plan_kept_beside_another_past_of_the_same_verb_is_no_modality_change():
    ar = "وأوضح المحافظ أن من المقرر أن يوقع الوزير الاتفاق الثاني الشهر المقبل."
    kept = (
        "The governor said the minister, who signed the first agreement in May, is due to sign the second next month."
    )
    assert found(detect, ar, kept) == []
    # مقرر alone is a rapporteur, not a plan
    rapporteur = "وأعلن مقرر البرلمان أن المجلس صوت على القانون."
    assert (
        found(detect, rapporteur, "The parliament's rapporteur announced that the council had voted on the law.") == []
    )


def test_qad_before_a_past_verb_or_a_hedge_kept_at_the_same_verb_is_no_modality_change():
    past = "وقد تسلمت الوزارة الدفعة الأولى من الأجهزة، وستتسلم الدفعة الثانية الشهر المقبل."
    en = "The ministry has received the first batch of equipment and will receive the second next month."
    assert found(detect, past, en) == []
    twice = "وستصل الدفعة الأولى الأحد، وقد تصل الدفعة الثانية الأسبوع المقبل."
    en2 = "The first batch will arrive on Sunday and the second may arrive next week."
    assert found(detect, twice, en2) == []
    # the same sentence with the hedge made firm is the change
    firm = "The first batch will arrive on Sunday and the second will arrive next week."
    assert [f[:2] for f in found(detect, twice, firm)] == [("certainty", "modality_changed")]

    ar = "ومن المتوقع أن ترتفع أجور السكن في المدينة خلال الأشهر المقبلة."
    for done in ("have already risen", "have already climbed"):
        assert found(detect, ar, f"Rents in the city {done}.") == [
            ("certainty", "modality_changed", "المتوقع", done, "minor")
        ]
    assert found(detect, ar, "Rents in the city should rise in the coming months.") == []


def test_already_of_a_past_event_the_arabic_tells_too_is_no_modality_change():
    convoy = "ومن المتوقع أن تصل القافلة إلى الموصل غدا، فيما وصلت قافلة أخرى أمس."
    for en in (
        "The convoy is due in Mosul tomorrow; another convoy already arrived yesterday.",
        "Another convoy already arrived in Mosul yesterday, and this one comes tomorrow.",
    ):
        assert found(detect, convoy, en) == []
    rain = "ومن المتوقع أن تستمر الأمطار التي أغرقت عدة قرى حتى نهاية الأسبوع."
    for en in (
        "Rain, which has already flooded several villages, should continue until the weekend.",
        "Rain, which has already flooded several villages, goes on until the weekend.",
    ):
        assert found(detect, rain, en) == []


def test_may_only_rendering_a_permission_is_no_hedge():
    # لا يُسمح … إلا بموافقة "is not allowed … except with approval" → "may only … with approval": permission
    ar = (
        "وأوضح المسؤول أن الفلاحين لن يُجبروا على بيع محاصيلهم، لكن لا يُسمح بنقل القمح خارج المحافظة إلا بموافقة اللجنة."
    )
    en = (
        "The official said farmers will not be forced to sell their crops, but wheat may only be moved out of the "
        "province with the committee's approval."
    )
    assert found(detect, ar, en) == []
    # without a word of permitting in the Arabic, "may" stands for a plain future: a modality change
    plain = "وأوضح المسؤول أن الفلاحين لن يُجبروا على بيع محاصيلهم، لكن القمح سينقل خارج المحافظة بموافقة اللجنة."
    assert [f[:4] for f in found(detect, plain, en)] == [("certainty", "modality_changed", "سينقل", "may")]


def test_according_to_a_law_is_no_hedge():
    # وفق قانون … "under the … law": a rule followed, not a claim credited
    ar = "وأكد القائد أن المتورطين سيحاكمون وفق قانون مكافحة الإرهاب."
    assert found(detect, ar, "The commander said those involved will be tried under the anti-terrorism law.") == []
    assert found(detect, ar, "The commander said those involved will be tried as terrorists.") == []
    # وفق before a source still credits it: dropped, the hedge is gone
    assert [f[:3] for f in found(detect, "وقتل ثلاثة مسلحين وفق مصادر أمنية.", "Three gunmen were killed.")] == [
        ("certainty", "hedge_removed", "وفق")
    ]


def test_according_to_what_a_source_said():
    # بحسب ما ذكرت وزارة الصحة "according to what the health ministry said": a named body credited (the و of
    # وزارة is the word's own letter); the English crediting it, or dropping it (the attribution detector's
    # business), leaves no hedge removed
    named = "وارتفع عدد الإصابات إلى ثلاثين، بحسب ما ذكرت وزارة الصحة."
    assert found(detect, named, "The number of cases rose to thirty, the health ministry said.") == []
    assert found(detect, named, "The number of cases rose to thirty.") == []
    # بحسب ما أفادت مصادر طبية: unnamed sources after the verb; dropping them states the figure as fact
    unnamed = "وارتفع عدد الإصابات إلى ثلاثين، بحسب ما أفادت مصادر طبية."
    assert [f[:3] for f in found(detect, unnamed, "The number of cases rose to thirty.")] == [
        ("certainty", "hedge_removed", "بحسب")
    ]
    assert found(detect, unnamed, "The number of cases rose to thirty, according to medical sources.") == []
    # الأنباء in وكالة الأنباء "the news agency" is part of a name, not "reports"
    agency = "وارتفع عدد الإصابات إلى ثلاثين، بحسب وكالة الأنباء الرسمية."
    assert found(detect, agency, "The number of cases rose to thirty, the official news agency said.") == []


def test_may_told_as_fact_is_modality_changed_beside_another_dropped_hedge():
    # ويُعتقد أن … قد يمهد: two hedges, both lost to 'will pave', are two changes
    ar = "ويُعتقد أن الاتفاق قد يمهد لمحادثات أوسع بين الجانبين."
    assert found(detect, ar, "The agreement will pave the way for wider talks between the two sides.") == [
        ("certainty", "modality_changed", "قد يمهد", "will pave", "major"),
        ("certainty", "hedge_removed", "ويُعتقد", "", "major"),
    ]
    assert (
        found(detect, ar, "It is believed the agreement may pave the way for wider talks between the two sides.") == []
    )
    # a source dropped and the modal told in the past: 'may exceed' → 'exceeded'
    loss = "وبحسب مصادر في الشركة، فإن الخسائر قد تتجاوز مليون دولار."
    assert found(detect, loss, "Losses exceeded one million dollars.") == [
        ("certainty", "modality_changed", "قد تتجاوز", "exceeded", "major"),
        ("certainty", "hedge_removed", "وبحسب", "", "major"),
    ]
    assert found(detect, loss, "According to company sources, losses may exceed one million dollars.") == []


def test_may_be_told_as_is_is_modality_changed_at_the_word_after_the_light_verb():
    ar = "وقال إن الانفجار قد يكون مرتبطاً بخلاف عشائري."
    assert found(detect, ar, "He said the blast is linked to a tribal dispute.") == [
        ("certainty", "modality_changed", "قد يكون", "is linked", "major")
    ]
    assert found(detect, ar, "He said the blast may be linked to a tribal dispute.") == []
    assert found(detect, ar, "He said the blast could be linked to a tribal dispute.") == []
    # worded freely ('have joined' for تصل 'arrive'): the modal is still told as fact, with no verb to show
    soon = "وأضاف أن فرق الإنقاذ تعمل في الموقع، وقد تصل طائرات الإطفاء خلال ساعات."
    assert found(
        detect, soon, "He added that rescue teams are at the site, and firefighting planes have joined them."
    ) == [("certainty", "modality_changed", "وقد تصل", "", "major")]
    assert (
        found(detect, soon, "He added that rescue teams are at the site, and planes could arrive within hours.") == []
    )


def test_a_future_told_as_done_beside_an_english_future_of_another_arabic_verb():
    # 'will be completed' renders على أن تُستكمل, so it keeps nothing of ستبدأ in the future
    ar = "وقال إن البلدية ستبدأ رصف الشارع يوم السبت، على أن تُستكمل الأعمال خلال شهر."
    done = "He said the municipality has begun paving the street, and the work will be completed within a month."
    assert found(detect, ar, done) == [("certainty", "modality_changed", "ستبدأ", "has begun", "major")]
    kept = "He said the municipality will begin paving the street on Saturday, and it will be completed within a month."
    assert found(detect, ar, kept) == []
    # a future whose verb renders no Arabic word ('should reopen') may be the event worded freely: no finding
    free = "He said the municipality has begun paving the street, which should reopen within a month."
    assert found(detect, ar, free) == []


def test_a_future_told_in_a_past_whose_stem_differs_from_its_base():
    # the stemmer cuts 'cross' to 'cros' and 'crossed' to 'cross': the past is read through its base
    ar = "وستعبر القافلة الحدود مساء اليوم."
    assert found(detect, ar, "The convoy crossed the border this evening.") == [
        ("certainty", "modality_changed", "وستعبر", "crossed", "major")
    ]
    assert found(detect, ar, "The convoy will cross the border this evening.") == []
    # the English past renders the Arabic's own past of that verb (عبرت), the future is left unsaid
    both = "عبرت القافلة الأولى الحدود صباحاً وستعبر الثانية مساءً."
    assert found(detect, both, "The first convoy crossed the border in the morning, the second in the evening.") == []


def test_the_noun_possibility_answers_ihtimal_beside_a_may_told_as_will():
    ar = 'وقال المرصد إن "الرياح قد تشتد حتى الخميس"، محذرا من "احتمال تساقط الثلوج".'
    assert found(
        detect, ar, 'It said "the wind will strengthen until Thursday", warning of "the possibility of snow".'
    ) == [("certainty", "modality_changed", "قد تشتد", "will strengthen", "major")]
    assert found(detect, ar, 'It said "the wind will strengthen until Thursday", warning of "snow".') == [
        ("certainty", "modality_changed", "قد تشتد", "will strengthen", "major"),
        ("certainty", "hedge_removed", "احتمال", "", "major"),
    ]


def test_an_expected_event_told_as_done_without_already_is_modality_changed():
    ar = "ويُتوقع أن تصل لجنة الوساطة إلى المدينة خلال الساعات المقبلة."
    assert found(detect, ar, "The mediation committee has arrived in the city.") == [
        ("certainty", "modality_changed", "ويُتوقع أن تصل", "has arrived", "minor")
    ]
    assert found(detect, ar, "The mediation committee is expected to arrive in the city within hours.") == []
    assert found(detect, ar, "The mediation committee should arrive in the city within hours.") == []
    # the English past renders the Arabic's own past (وصلت): the expected one is left unsaid, not told as done
    second = "ويُتوقع أن تصل لجنة ثانية بعد أن وصلت الأولى أمس."
    assert found(detect, second, "The first committee arrived yesterday; a second is on its way.") == []


def test_a_future_told_as_done_by_a_news_verb_the_glosses_lack():
    # ستنشر "will spread (forces)" → 'deployed', سترسل "will send" → 'had dispatched'
    ar = "وأعلن الجيش أنه سينشر وحدات إضافية على الحدود مساء اليوم."
    assert found(detect, ar, "The army deployed additional units on the border this evening.") == [
        ("certainty", "modality_changed", "سينشر", "deployed", "major")
    ]
    assert found(detect, ar, "The army said it would deploy additional units on the border.") == []
    sent = "وقالت الوزارة إنها سترسل فرقاً طبية إلى المحافظة الأسبوع المقبل."
    assert found(detect, sent, "The ministry said it had dispatched medical teams to the province.") == [
        ("certainty", "modality_changed", "سترسل", "had dispatched", "major")
    ]
    assert found(detect, sent, "The ministry said it will dispatch medical teams to the province next week.") == []


def test_a_verb_of_starting_told_as_complete_finds_its_event_after_the_subject():
    ar = "وبدأت القوات الانسحاب من المدينة صباح اليوم."
    assert found(detect, ar, "The forces withdrew from the city this morning.") == [
        ("certainty", "modality_changed", "وبدأت القوات الانسحاب", "withdrew", "major")
    ]
    assert found(detect, ar, "The forces began withdrawing from the city this morning.") == []
    assert found(detect, ar, "The forces started to pull out of the city this morning.") == []
    set_about = "وشرعت البلدية بإزالة الأنقاض من الشوارع."
    assert found(detect, set_about, "The municipality removed the rubble from the streets.") == [
        ("certainty", "modality_changed", "وشرعت البلدية بإزالة", "removed", "major")
    ]
    assert found(detect, set_about, "The municipality set about removing the rubble from the streets.") == []
    # the English past renders the Arabic's own past (انسحبت): no start told as complete
    assert found(detect, "بدأت القوات الانسحاب بعد أن انسحبت الفصائل.", "Forces withdrew after the factions did.") == []


def test_seemed_is_no_verb_of_starting():
    # بدا without its hamza is 'seemed' (بدأ 'began' normalises to the same letters): nothing was begun
    ar = "بدا الجيش مصمما على استعادة المدينة التي سقطت الشهر الماضي."
    assert found(detect, ar, "The army appeared determined to retake the city, which fell last month.") == []
    assert found(detect, "وبدا واضحا أن المفاوضات فشلت.", "It was clear that the negotiations had failed.") == []
    # with the hamza it begins: the event told as done
    assert found(detect, "وبدأ الجيش الانسحاب من المدينة.", "The army withdrew from the city.") == [
        ("certainty", "modality_changed", "وبدأ الجيش الانسحاب", "withdrew", "major")
    ]


def test_a_verb_of_planning_with_its_event_and_no_an_told_as_done():
    ar = "وتعتزم الحكومة افتتاح المستشفى الجديد الشهر المقبل."
    assert found(detect, ar, "The government opened the new hospital.") == [
        ("certainty", "modality_changed", "وتعتزم الحكومة افتتاح", "opened", "minor")
    ]
    assert found(detect, ar, "The government intends to open the new hospital next month.") == []
    plan = "وتخطط الوزارة لبناء ثلاث مدارس في القضاء."
    assert found(detect, plan, "The ministry has built three schools in the district.") == [
        ("certainty", "modality_changed", "وتخطط الوزارة لبناء", "has built", "minor")
    ]
    assert found(detect, plan, "The ministry aims to build three schools in the district.") == []


def test_min_al_muntazar_an_is_expected_and_the_upcoming_meeting_is_not():
    ar = "ومن المنتظر أن يصل الوفد إلى العاصمة مساء اليوم."
    assert found(detect, ar, "The delegation will arrive in the capital this evening.") == [
        ("certainty", "modality_changed", "المنتظر", "will arrive", "major")
    ]
    assert found(detect, ar, "The delegation arrived in the capital this evening.") == [
        ("certainty", "modality_changed", "ومن المنتظر أن يصل", "arrived", "minor")
    ]
    assert found(detect, ar, "The delegation is expected to arrive in the capital this evening.") == []
    upcoming = "وسيعقد الاجتماع المرتقب بين الجانبين غداً."
    assert found(detect, upcoming, "The upcoming meeting between the two sides will be held tomorrow.") == []


def test_a_past_event_told_as_still_to_come_is_modality_changed():
    ar = "ووصلت القافلة إلى المدينة صباح اليوم."
    assert found(detect, ar, "The convoy will arrive in the city this morning.") == [
        ("certainty", "modality_changed", "ووصلت", "will arrive", "minor")
    ]
    assert found(detect, ar, "The convoy is expected to arrive in the city this morning.") == [
        ("certainty", "modality_changed", "ووصلت", "is expected to arrive", "minor")
    ]
    assert found(detect, ar, "The convoy arrived in the city this morning.") == []
    # a past after إذا is a condition; a past and a future of one verb are two events
    cond = "وقال إنه إذا وافق البرلمان على القانون فسيدخل حيز التنفيذ."
    assert found(detect, cond, "He said the law will take effect once parliament approves it.") == []
    both = "وصلت الدفعة الأولى وستصل الثانية غداً."
    assert found(detect, both, "The first batch will arrive today and the second tomorrow.") == []


def _told_certain(ar: str, en: str) -> list[tuple[str, str, str, str, str]]:
    """The certainty findings alone (a dropped condition is also an omission, which the condition tests of the
    omission detector's file check)."""
    return [f for f in found(detect, ar, en) if f[0] == "certainty"]


def test_a_condition_the_english_drops_tells_its_outcome_as_certain():
    ar = "وقال الوزير إنه في حال وافق البرلمان على الموازنة ستُصرف الرواتب الأسبوع المقبل."
    # what depends on it told as certain, and the condition's words left out (the development set's type)
    assert found(detect, ar, "The minister said salaries will be paid next week.") == [
        ("certainty", "modality_changed", "في حال", "", "minor"),
        ("omission", "", "في حال وافق البرلمان على الموازنة", "", "minor"),
    ]
    assert _told_certain(ar, "The minister said salaries will be paid next week.") == [
        ("certainty", "modality_changed", "في حال", "", "minor")
    ]
    assert (
        _told_certain(ar, "The minister said salaries will be paid next week if parliament approves the budget.") == []
    )
    assert _told_certain(ar, "The minister said salaries will be paid once parliament passes the budget.") == []
    shelling = "وإذا استمر القصف فإن المستشفى سيغلق أبوابه."
    assert _told_certain(shelling, "The hospital will close its doors.") == [
        ("certainty", "modality_changed", "وإذا", "", "minor")
    ]
    assert _told_certain(shelling, "Should the shelling continue, the hospital will close its doors.") == []
    # كما لو 'as if' compares; لو before a name with no verb after it is 'Le'
    assert (
        _told_certain("وبدا المشهد كما لو أن شيئاً لم يحدث.", "The scene looked as though nothing had happened.") == []
    )
    golf = "وأقيمت البطولة في ملعب لو جولف ناشيونال قرب باريس."
    assert _told_certain(golf, "The tournament was held at Le Golf National near Paris.") == []
    # ما إذا / عما إذا 'whether' asks, it sets no condition
    whether = "ولا يتعلق الأمر بما إذا كان البرلمان سيوافق على الموازنة، بل بموعد التصويت."
    assert (
        _told_certain(whether, "It is not about whether parliament approves the budget, but about when it votes.") == []
    )
    asked = "وسأل الصحفيون الوزير عما إذا كانت الرواتب ستصرف الأسبوع المقبل."
    assert _told_certain(asked, "Reporters asked the minister about next week's salaries.") == []


def test_a_condition_the_english_words_another_way_is_kept():
    # the English carries the condition's content with a relative clause, a noun, 'after', an imperative or
    # an adjective: the condition is reworded, not dropped
    truce = "إذا انتهك أي طرف الهدنة فسيواجه عقوبات صارمة."
    assert _told_certain(truce, "Any party that violates the truce will face tough sanctions.") == []
    assert _told_certain(truce, "Tough sanctions will be imposed.") == [
        ("certainty", "modality_changed", "إذا", "", "minor")
    ]
    late = "في حال تأخر الدفع تفرض غرامة على الشركة."
    assert _told_certain(late, "Late payment will result in a fine for the company.") == []
    leave = "يحق للموظف الحصول على إجازة إذا أمضى عاما في العمل."
    assert _told_certain(leave, "Employees are entitled to leave after a year of service.") == []
    ask = "لو سألت أي مواطن هنا لقال لك إن الوضع صعب."
    assert _told_certain(ask, "Ask any resident here and they will tell you the situation is hard.") == []
    winter = "إذا كان الشتاء قاسيا فإن الأسعار ترتفع عادة."
    assert _told_certain(winter, "A harsh winter usually pushes prices up.") == []


def test_a_condition_word_the_sentence_said_before_it_renders_nothing_of_it():
    # البنود "the clauses" is rendered, but from بنود الاتفاق before the condition: the condition is gone
    ar = (
        'وقال المتحدث إن "الحكومة لم تلتزم إلا بنصف بنود الاتفاق"، ملوّحاً بالعودة إلى غلق مضخة النفط '
        "إذا لم تُنفَّذ بقية البنود."
    )
    dropped = (
        "The spokesman said “the government has honoured only half of the agreement's clauses”, threatening to "
        "shut the oil pump again."
    )
    assert ("omission", "", "إذا لم تُنفَّذ بقية البنود", "", "minor") in found(detect, ar, dropped)
    kept = (
        "The spokesman said “the government has honoured only half of the agreement's clauses”, threatening to "
        "shut the oil pump again if the remaining clauses are not implemented."
    )
    assert found(detect, ar, kept) == []


def test_a_future_told_as_done_by_launched_paid_or_handed_out():
    # أطلق 'release; fire' → 'launched'; صرف 'spend' → 'paid' (an irregular past); توزيع → 'handed out'
    launch = "ستطلق الحكومة حملة تلقيح اليوم."
    assert found(detect, launch, "The government launched a vaccination campaign today.") == [
        ("certainty", "modality_changed", "ستطلق", "launched", "major")
    ]
    assert found(detect, launch, "The government will launch a vaccination campaign today.") == []
    pay = "ستصرف الوزارة الرواتب اليوم."
    assert found(detect, pay, "The ministry paid the salaries today.") == [
        ("certainty", "modality_changed", "ستصرف", "paid", "major")
    ]
    assert found(detect, pay, "The ministry will pay the salaries today.") == []
    aid = "سيتم توزيع المساعدات اليوم."
    assert found(detect, aid, "The aid was handed out today.") == [
        ("certainty", "modality_changed", "سيتم توزيع", "was handed", "major")
    ]
    assert found(detect, aid, "The aid will be handed out today.") == []


def test_lan_will_not_told_as_did_not_is_modality_changed():
    ar = "وقال إن الحكومة لن توقع الاتفاق قبل الانتخابات."
    assert found(detect, ar, "He said the government did not sign the agreement before the elections.") == [
        ("certainty", "modality_changed", "توقع", "did not sign", "major")
    ]
    assert found(detect, ar, "He said the government would not sign the agreement before the elections.") == []
    assert found(detect, ar, "He said the government won't sign the agreement before the elections.") == []
    aid = "ولن تصل المساعدات قبل الأسبوع المقبل."
    assert found(detect, aid, "The aid has not arrived.") == [
        ("certainty", "modality_changed", "تصل", "has not arrived", "major")
    ]
    assert found(detect, aid, "The aid will not arrive before next week.") == []


def test_an_expectation_verb_with_a_verbal_noun_and_no_an_told_as_done():
    ar = "ويُتوقع وصول لجنة الوساطة خلال الساعات المقبلة."
    assert found(detect, ar, "The mediation committee has arrived.") == [
        ("certainty", "modality_changed", "ويُتوقع وصول", "has arrived", "minor")
    ]
    assert found(detect, ar, "The mediation committee is expected within hours.") == []
    rise = "ويتوقع المزارعون ارتفاع الإنتاج هذا العام."
    assert found(detect, rise, "Farmers said production rose this year.") == [
        ("certainty", "modality_changed", "ويتوقع المزارعون ارتفاع", "rose", "minor")
    ]
    assert found(detect, rise, "Farmers expect production to rise this year.") == []


def test_a_past_told_with_a_light_verb_and_a_verbal_noun_is_a_past_event():
    # تم افتتاح "was opened" is the past of the same event as سيتم افتتاح "will be opened": the English
    # "opened" renders the first store's opening, not the second's
    both = (
        "وسيجري متجر العطور اختبارات في متجرين، تم افتتاح المتجر الأول الأسبوع الماضي في بغداد بينما سيتم افتتاح "
        "المتجر الثاني في البصرة في وقت لاحق من هذا العام."
    )
    en = (
        "The perfume retailer will be testing concessions in two stores, the first of which opened in Baghdad last "
        "week, with the second to open in Basra later this year."
    )
    assert found(detect, both, en) == []
    future = "وسيتم افتتاح المتجر الثاني في البصرة الأسبوع المقبل."
    assert [f[:4] for f in found(detect, future, "The second store opened in Basra.")] == [
        ("certainty", "modality_changed", "وسيتم افتتاح", "opened")
    ]


def test_future_told_done_beside_a_negated_future_the_english_keeps():
    # the English 'would not tolerate' renders لن تتساهل, so it keeps nothing of ستصدر in the future
    ar = "وأعلنت الوزارة أنها ستصدر التعليمات الجديدة الأسبوع المقبل، مؤكدة أنها لن تتساهل مع المخالفين."
    assert found(
        detect,
        ar,
        "The ministry said it has issued the new instructions, stressing that it would not tolerate violators.",
    ) == [("certainty", "modality_changed", "ستصدر", "has issued", "major")]
    assert (
        found(
            detect,
            ar,
            "The ministry said it will issue the new instructions next week, stressing that it would not tolerate "
            "violators.",
        )
        == []
    )


def test_a_rule_still_to_be_applied_told_as_in_force():
    ar = "وقال المجلس إن القرار الجديد سيُطبق اعتباراً من الشهر المقبل."
    assert found(detect, ar, "The council said the new decision has been in force since last month.") == [
        ("certainty", "modality_changed", "سيُطبق", "has been in force", "major")
    ]
    assert found(detect, ar, "The council said the new decision will come into force next month.") == []
    # a start of the applying is what 'came into force' says
    assert (
        found(
            detect,
            "وبدأ أمس تطبيق القرار الجديد في جميع المحافظات.",
            "The new decision came into force in all governorates yesterday.",
        )
        == []
    )


def test_we_expect_told_as_will():
    ar = "وقال المدير: نتوقع أن ترتفع الأسعار خلال الشهر المقبل."
    assert found(detect, ar, "The director said prices will rise next month.") == [
        ("certainty", "modality_changed", "نتوقع", "will rise", "major")
    ]
    assert found(detect, ar, "The director said he expects prices to rise next month.") == []


def test_may_be_forced_to_stop_told_as_will_be_stopped():
    ar = 'وقال المدير إن "الوقود لا يكفي إلا ليومين، وقد نضطر بعدها إلى إغلاق قسم الطوارئ".'
    assert found(
        detect,
        ar,
        "The director said the fuel would last only two days, after which the emergency ward will be closed.",
    ) == [("certainty", "modality_changed", "وقد نضطر", "will be closed", "minor")]
    assert (
        found(
            detect,
            ar,
            "The director said the fuel would last only two days, after which they may have to close the "
            "emergency ward.",
        )
        == []
    )


def test_estimated_renders_its_own_estimate_not_a_dropped_likely():
    ar = "وتقدر الخسائر بنحو مليون دولار، ومن المرجح أن ترتفع خلال الأيام المقبلة."
    assert found(detect, ar, "Losses are estimated at about a million dollars and will rise in the coming days.") == [
        ("certainty", "hedge_removed", "ومن المرجح", "", "major")
    ]
    assert (
        found(detect, ar, "Losses are estimated at about a million dollars and are likely to rise in the coming days.")
        == []
    )


def test_deeming_it_likely_dropped():
    ar = "وأشار إلى أن المسلحين فروا، مرجحاً أن يكونوا قد عبروا الحدود."
    assert found(detect, ar, "He said the gunmen fled and crossed the border.") == [
        ("certainty", "hedge_removed", "مرجحا", "", "major")
    ]
    assert found(detect, ar, "He said the gunmen fled and had probably crossed the border.") == []


def test_news_in_an_agency_name_is_no_reports_hedge():
    assert (
        found(
            detect,
            "وقال الوزير لوكالة الأردن للأنباء إن الطريق أغلق بسبب الثلوج.",
            "The minister told the Jordan News Agency that the road was closed because of snow.",
        )
        == []
    )
    assert found(detect, "وتحدثت أنباء عن إغلاق الطريق بسبب الثلوج.", "The road was closed because of snow.") == [
        ("certainty", "hedge_removed", "أنباء عن", "", "minor")
    ]
    # a name of three words before للأنباء (Tunis Afrique Presse) is still the agency's
    three = "وأوضح المسؤول، في تصريح لوكالة تونس إفريقيا للأنباء، أن أغلب المهاجرين من دول الساحل."
    assert found(detect, three, "Most of the migrants come from Sahel countries, the official told TAP.") == []


def test_as_a_body_announced_is_a_credit_the_english_reporting_verb_keeps():
    assert (
        found(
            detect,
            "وقد تتأجل الامتحانات، بحسب ما أعلنت نقابة المعلمين.",
            "The exams may be postponed, the teachers' union said.",
        )
        == []
    )
    assert found(detect, "وقد تتأجل الامتحانات، بحسب ما أفادت تقارير.", "The exams may be postponed.") == [
        ("certainty", "hedge_removed", "بحسب", "", "minor")
    ]


def test_would_rendering_another_verb_beside_an_expectation_is_no_change():
    # the 'would' renders سيحمل, تستمر or the لو condition, not the expectation ('should' renders that)
    assert (
        found(
            detect,
            "ومن المتوقع أن تستأنف المحادثات الأسبوع المقبل، وقال مسؤول إن الوفد سيحمل مقترحا جديدا.",
            "Talks should resume next week, and an official said the delegation would carry a new proposal.",
        )
        == []
    )
    visit = "ومن المتوقع أن يصل الوزير إلى بغداد غدا في زيارة تستمر يومين."
    assert (
        found(detect, visit, "The minister should arrive in Baghdad tomorrow on a visit that would last two days.")
        == []
    )
    assert (
        found(detect, "ونتوقع أن تنخفض الأسعار لو استقر سعر الصرف.", "We think prices would fall if the rate settled.")
        == []
    )
    # the participle beside a future of its own: that future is what 'would' renders
    ar = "وقال الوزير إن الوفد سيصل غدا، متوقعا التوصل إلى اتفاق."
    assert (
        found(detect, ar, "The minister said the delegation would arrive tomorrow and a deal would be reached.") == []
    )


def test_expecting_a_release_told_as_would_be_freed():
    ar = "وقالت الوزارة إنها تتابع القضية، متوقعة الإفراج عن الصيادين قريباً."
    assert found(
        detect, ar, "The ministry said it was following the case and that the fishermen would be freed soon."
    ) == [("certainty", "modality_changed", "متوقعة", "would be freed", "minor")]
    assert (
        found(detect, ar, "The ministry said it was following the case and expected the fishermen to be freed soon.")
        == []
    )
    assert (
        found(detect, ar, "The ministry said it was following the case and that the fishermen could be freed soon.")
        == []
    )


def test_qad_before_the_imperfect_of_be_is_always_may_be():
    # قد تكون "may be": تكون also spells the perfect تكوّن "was formed", which قد never stands before here
    ar = "وقال المسؤول إن الأضرار قد تكون أكبر مما أعلن."
    assert found(detect, ar, "The official said the damage is bigger than announced.") == [
        ("certainty", "modality_changed", "قد تكون", "", "major")
    ]
    assert found(detect, ar, "The official said the damage may be bigger than announced.") == []


def test_qad_be_then_qad_perfect_puts_the_event_at_the_second_verb():
    # قد تكون الحكومة قد أخطأت "the government may have erred": the event is أخطأت, not الحكومة
    ar = "قد تكون الحكومة قد أخطأت في تقدير حجم الأزمة."
    assert found(detect, ar, "The government misjudged the scale of the crisis.") == [
        ("certainty", "modality_changed", "قد تكون", "", "major")
    ]
    assert found(detect, ar, "The government may have misjudged the scale of the crisis.") == []


def test_a_hedge_inside_the_clause_another_hedge_opens_is_rendered_with_it():
    # من المرجح أن … قد يتأجل: two hedges stacked on one statement; 'likely' renders both
    ar = "ومن المرجح أن الاجتماع المقرر بين وزيري الخارجية في العاصمة قد يتأجل إلى الأسبوع المقبل."
    en = "The meeting between the two foreign ministers in the capital is likely to be postponed to next week."
    assert found(detect, ar, en) == []
    # the twin: a second hedge in a clause of its own needs an English hedge of its own
    ar = "ومن المرجح أن يتأجل الاجتماع إلى الأسبوع المقبل، وقد تلغى الزيارة كلها."
    en = "The meeting is likely to be postponed to next week, and the whole visit cancelled."
    assert found(detect, ar, en) == [("certainty", "hedge_removed", "وقد تلغى", "", "minor")]


def test_an_english_modal_inside_the_clause_its_hedge_opens_answers_no_second_hedge():
    # 'it is possible the storm could cause': 'could' restates 'possible'; it is no rendering of وربما
    ar = "وقال الخبير إنه من الممكن أن تتسبب العاصفة في أضرار كبيرة بالمحاصيل، وربما تؤدي إلى نقص في الغذاء."
    en = "The expert said it is possible the storm could cause heavy crop damage, leading to food shortages."
    assert found(detect, ar, en) == [("certainty", "hedge_removed", "وربما", "", "minor")]
    # the twins: the second hedge rendered, or the modal standing in a clause of its own
    en = "The expert said it is possible the storm could cause heavy crop damage, possibly leading to food shortages."
    assert found(detect, ar, en) == []
    en = "The expert said it is possible the storm will cause heavy crop damage, and it could lead to food shortages."
    assert found(detect, ar, en) == []


def test_tuwaqqi_after_a_particle_signs_and_does_not_expect():
    # توقّع is also the present of وقّع "sign": after لن / أن it cannot be the past "expected"
    assert (
        found(
            detect,
            "وأكد الوزير أن بلاده لن توقّع أي اتفاق قبل الانتخابات.",
            "The minister said his country will not sign any deal before the elections.",
        )
        == []
    )
    # the twin: the past توقّع "expected" firmed up to 'will' is still a change
    assert found(
        detect, "وتوقّع الوزير أن ترفض بلاده الاتفاق.", "The minister said his country will reject the deal."
    ) == [("certainty", "modality_changed", "وتوقّع", "will reject", "major")]


def test_may_be_takes_its_predicate_not_its_subject_for_the_event():
    # قد يكون الحريق متعمدا: الحريق is the subject of يكون; the event told firm is 'deliberate'
    ar = "وقال إن التحقيقات مستمرة، وقد يكون الحريق متعمدا."
    assert found(detect, ar, "He said investigations were continuing and the fire was deliberate.") == [
        ("certainty", "modality_changed", "وقد يكون", "was deliberate", "major")
    ]
    assert found(detect, ar, "He said investigations were continuing and the fire may have been deliberate.") == []


def test_according_to_a_rate_or_local_time_hedges_nothing():
    # وفق سعر المنصة "at the platform rate", بحسب التوقيت المحلي "local time": a measure, not a source
    assert (
        found(detect, "وقال المصرف إن نصف المبلغ يدفع بالليرة وفق سعر المنصة.", "The bank said half is paid in lira.")
        == []
    )
    assert (
        found(detect, "وقع الانفجار في الساعة الثالثة فجرا بحسب التوقيت المحلي.", "The blast hit at 3 am local time.")
        == []
    )
    # the twin: according to results dropped is a hedge lost
    assert found(detect, "وقع الانفجار في الساعة الثالثة فجرا بحسب النتائج الأولية.", "The blast hit at 3 am.") == [
        ("certainty", "hedge_removed", "بحسب", "", "minor")
    ]


def test_done_again_in_the_future_told_as_already_redone():
    # سيُعاد افتتاح "will be reopened": after يُعاد the event is the verbal noun, done again (English re-)
    ar = "وقال المدير إن الجسر سيُعاد افتتاحه أمام السيارات الأسبوع المقبل."
    assert found(detect, ar, "The director said the bridge will reopen to cars next week.") == []
    assert found(detect, ar, "The director said the bridge would be reopened to cars next week.") == []
    assert found(detect, ar, "The director said the bridge had reopened to cars.") == [
        ("certainty", "modality_changed", "سيُعاد افتتاحه", "had reopened", "major")
    ]


def test_awaited_that_is_an_expectation():
    # يُنتظر أن "is expected to": 'will' makes it firm; ينتظر with no أن after it is "waits for"
    ar = "وأضاف أن سفينة محملة بالقمح يُنتظر أن تصل إلى الميناء الأسبوع المقبل."
    assert found(detect, ar, "He added that a ship loaded with wheat is expected to reach the port next week.") == []
    assert found(detect, ar, "He added that a ship loaded with wheat will reach the port next week.") == [
        ("certainty", "modality_changed", "يُنتظر", "will reach", "major")
    ]
    wait = "وأضاف أن السكان ينتظرون وصول المساعدات منذ أسبوع."
    assert found(detect, wait, "He added that residents will get aid soon.") == []


def test_future_told_as_already_done_in_other_words():
    # ستُسلّم "will be handed": 'already' with a past no other Arabic word accounts for tells it as done
    ar = "وأكد المتحدث أن الوثائق ستُسلّم إلى المحكمة غداً."
    assert found(detect, ar, "The spokesman said the documents would be passed to the court tomorrow.") == []
    assert found(detect, ar, "The spokesman said the documents had already been passed to the court.") == [
        ("certainty", "modality_changed", "ستُسلّم", "had already been passed", "minor")
    ]


def test_start_still_to_come_told_as_in_force():
    # على أن يبدأ تطبيقها "to start being applied": a start still to come; 'came into force' tells it as done,
    # where the start of a rule in the past (بدأ تطبيقها) is what 'came into force' renders
    ar = "وأقرت الحكومة الرسوم الجديدة، على أن يبدأ تطبيقها مطلع الشهر المقبل."
    assert found(detect, ar, "The government approved the new fees, to be applied from the start of next month.") == []
    in_force = "The government approved the new fees, which came into force at the start of the month."
    told = [("certainty", "modality_changed", "يبدأ تطبيقها", "came into force", "major")]
    assert found(detect, ar, in_force) == told
    began = "وأقرت الحكومة الرسوم الجديدة، وبدأ تطبيقها مطلع الشهر الجاري."
    assert found(detect, began, in_force) == []


def test_step_under_study_told_as_decided():
    # تدرس رفع "is studying raising": the English verb of the step, with no word of study, decides it
    ar = "الحكومة تدرس رفع أسعار الوقود"
    assert found(detect, ar, "Government considers raising fuel prices") == []
    assert found(detect, ar, "Government weighs fuel price rise") == []
    assert found(detect, ar, "Government raises fuel prices") == [
        ("certainty", "modality_changed", "تدرس رفع", "raises", "minor")
    ]
    # تبحث عن "searches for" names no step
    search = "الشرطة تبحث عن المفقودين في الغابة"
    assert found(detect, search, "Police found the missing in the forest") == []


def test_threatened_with_told_as_done():
    # مهددة بالجفاف "threatened with drying up": a risk; the English past of the event, with no word of risk,
    # tells it as done
    ar = "وحذر المسؤول من أن البحيرة مهددة بالجفاف خلال الصيف المقبل."
    assert found(detect, ar, "The official warned that the lake could dry up next summer.") == []
    assert found(detect, ar, "The official warned that the lake faces drying up next summer.") == []
    assert found(detect, ar, "The official warned that the lake is threatened with drought next summer.") == []
    assert found(detect, ar, "The official warned that the lake has dried up.") == [
        ("certainty", "modality_changed", "مهددة بالجفاف", "has dried", "minor")
    ]


def test_up_to_renders_a_may_reach():
    # قد تصل إلى 20 "may reach 20" is "up to 20": with the sentence's other قد rendered, no hedge is lost
    ar = "وتتراوح الأمطار بين 10 و15 بوصة، مع كميات قد تصل إلى 20 بوصة، وهو ما قد يؤدي إلى فيضانات."
    en = "Rain totals of 10 to 15 inches are forecast, with amounts of up to 20 inches, which may cause floods."
    assert found(detect, ar, en) == []
    # the twin: both told as firm ('amounts of 20 inches', 'will cause')
    en_firm = "Rain totals of 10 to 15 inches are forecast, with amounts of 20 inches, which will cause floods."
    assert found(detect, ar, en_firm) != []


def test_any_possibility_ruled_out_hedges_no_claim():
    # لا نستبعد أي احتمال "we rule nothing out": احتمال names possibilities in general
    ar = 'وقال المحافظ: "لا نستبعد أي احتمال في ما يخص موعد فتح الطريق".'
    assert found(detect, ar, '"We are not ruling anything out on when the road will open," the governor said.') == []
    # the twin: a possibility of one event, told as firm
    hedged = "وقال المحافظ إن هناك احتمال أن يفتح الطريق الأسبوع المقبل."
    assert found(detect, hedged, "The governor said the road will open next week.") != []


def test_almost_certain_renders_shibh_muakkad():
    # بشكل شبه مؤكد "almost certainly": a booster on both sides
    ar = "ويرى المحللون أن البنك سيرفع الفائدة بشكل شبه مؤكد الشهر المقبل."
    assert found(detect, ar, "Analysts believe the bank will almost certainly raise rates next month.") == []
    assert found(detect, ar, "Analysts believe the bank will raise rates next month.") == [
        ("certainty", "modality_changed", "شبه مؤكد", "", "minor")
    ]


def test_a_past_verb_under_a_reported_future_is_the_sequence_of_tenses():
    # 'would watch whether the agreement affected': a backshifted future, not an event told as done
    ar = "وقالت الحكومة إنها ستراقب عن كثب ما إذا كانت الاتفاقية ستؤثر على صادراتها."
    assert (
        found(detect, ar, "The government said it would closely watch whether the agreement affected its exports.")
        == []
    )
    plain = "وقالت الحكومة إن الاتفاقية ستؤثر على صادراتها."
    assert found(detect, plain, "The government said the agreement affected its exports.") == [
        ("certainty", "modality_changed", "ستؤثر", "affected", "major")
    ]


def test_the_estimate_word_inside_an_evidence_hedge_is_the_hedge_itself():
    # تشير التقديرات إلى أن "the estimates indicate": one hedge, which 'estimates' renders
    ar = "وتشير التقديرات إلى أن عدد الزوار سيتجاوز مليون زائر هذا الصيف."
    assert found(detect, ar, "Estimates put visitor numbers at more than one million this summer.") == []
    assert found(detect, ar, "Visitor numbers will exceed one million this summer.") != []


def test_most_likely_renders_aghlab_al_zann():
    # أغلب الظن "most likely": a hedge the English keeps as 'most likely'
    ar = "أغلب الظن أن المباراة ستؤجل بسبب الأمطار."
    assert found(detect, ar, "The match will most likely be postponed because of the rain.") == []
    assert found(detect, ar, "The match will be postponed because of the rain.") != []


def test_certain_to_renders_min_al_muakkad():
    # من المؤكد أن "it is certain that" → 'is certain to': the booster kept
    ar = "من المؤكد أن الفريق سيتأهل إلى الدور الثاني."
    assert found(detect, ar, "The team is certain to reach the second round.") == []
    assert (
        found(detect, "يُتوقع أن يتأهل الفريق إلى الدور الثاني.", "The team is certain to reach the second round.") != []
    )


def test_unlikely_renders_ghayr_murajjah():
    # غير مرجح "unlikely" is a hedge of possibility in itself
    assert (
        found(
            detect,
            'وقال المحافظ إن رفع الفائدة مجددا "غير مرجح لكنه وارد".',
            'The governor said another rate rise was "unlikely but possible".',
        )
        == []
    )
    # the twin: with no hedge in the Arabic, 'unlikely' is added
    assert found(
        detect, 'وقال المحافظ إن رفع الفائدة مجددا "وارد".', 'The governor said another rate rise was "unlikely".'
    ) == [("certainty", "hedge_added", "", "unlikely", "major")]


def test_suspected_rendered_as_alleged_is_no_change():
    # يشتبه في أنه "suspected of being" and 'alleged' both leave the accusation unproven
    assert (
        found(
            detect,
            "وسلمت السلطات رجلا يشتبه في أنه زعيم عصابة تهريب إلى فرنسا.",
            "The authorities handed an alleged smuggling gang leader over to France.",
        )
        == []
    )
    # the twin: an accusation stated as fact in the Arabic, hedged in the English
    assert found(
        detect,
        "وسلمت السلطات رجلا هو زعيم عصابة تهريب إلى فرنسا.",
        "The authorities handed an alleged smuggling gang leader over to France.",
    ) == [("certainty", "hedge_added", "", "alleged", "major")]


def test_according_to_what_they_announced_credits_a_named_source():
    # بحسب ما أعلنته فرق الإنقاذ "as the rescue teams announced": the verb carries the pronoun of ما, and the
    # teams are a source the English credits with 'said'
    assert (
        found(
            detect,
            "أنقذ صيادان من قارب معطل قبالة الساحل ليل الجمعة، بحسب ما أعلنته فرق الإنقاذ البحري.",
            "Two fishermen were rescued from a broken-down boat off the coast on Friday night, sea rescue teams said.",
        )
        == []
    )
    # the twin: credited to reports, dropped in the English, it stays a hedge removed
    assert found(
        detect,
        "أنقذ صيادان من قارب معطل قبالة الساحل ليل الجمعة، بحسب ما أفادت به تقارير محلية.",
        "Two fishermen were rescued from a broken-down boat off the coast on Friday night.",
    ) == [("certainty", "hedge_removed", "بحسب", "", "minor")]


def test_well_within_renders_clearly_within():
    # يقع بوضوح ضمن هامش الخطأ "clearly within the margin of error" → 'well within the margin of error'
    ar = "وأظهر الاستطلاع تقدم المرشحة بنقطتين، وهو فارق يقع بوضوح ضمن هامش الخطأ."
    assert (
        found(detect, ar, "The poll put the candidate two points ahead, a gap well within the margin of error.") == []
    )
    # the twin: the booster left out altogether
    assert found(detect, ar, "The poll put the candidate two points ahead, a gap within the margin of error.") == [
        ("certainty", "modality_changed", "بوضوح", "", "minor")
    ]
    # and 'well within' added with no Arabic booster is too mild to report
    assert (
        found(
            detect,
            "وأظهر الاستطلاع تقدم المرشحة بنقطتين، وهو فارق يقع ضمن هامش الخطأ.",
            "The poll put the candidate two points ahead, a gap well within the margin of error.",
        )
        == []
    )


def test_a_participle_after_bare_be_is_no_event_told_as_done():
    # 'would serve … and be carried out': the coordinated infinitive shares the first verb's 'would'
    ar = "وقال المدير إن المشروع سيخدم ثلاثين ألف نسمة، وسيُنفَّذ على مدى أربع سنوات."
    kept = "The director said the project would serve 30,000 people and be carried out over four years."
    assert [f for f in found(detect, ar, kept) if f[1] == "modality_changed"] == []
    done = "The director said the project would serve 30,000 people and was carried out over four years."
    assert [f[:2] + f[3:4] for f in found(detect, ar, done) if f[1] == "modality_changed"] == [
        ("certainty", "modality_changed", "was carried")
    ]


def test_a_participle_joined_to_a_passive_future_is_no_event_told_as_done():
    # 'would be delivered … and used': the second participle shares 'would be'
    ar = "وأوضح أن الطائرات ستُسلَّم بين عامي 2030 و2034، وستُستخدم على الخطوط الطويلة إلى آسيا."
    kept = "He said the aircraft would be delivered between 2030 and 2034 and used on long-haul routes to Asia."
    assert [f for f in found(detect, ar, kept) if f[1] == "modality_changed"] == []
    done = "He said the aircraft would be delivered between 2030 and 2034 and were used on long-haul routes to Asia."
    assert [f[:2] + f[3:4] for f in found(detect, ar, done) if f[1] == "modality_changed"] == [
        ("certainty", "modality_changed", "were used")
    ]


def test_yustab3ad_renders_unlikely():
    # يُستبعد "it is unlikely" (the passive, unmarked without its vowels) renders the English hedge
    en = "The president is unlikely to return to the country soon."
    assert found(detect, "يُستبعد أن يعود الرئيس إلى البلاد قريبا.", en) == []
    assert found(detect, "يعود الرئيس إلى البلاد قريبا.", en) == [("certainty", "hedge_added", "", "unlikely", "major")]


def test_modal_after_a_verb_of_hinting_or_warning():
    # ألمح "hinted", حذر "warned", توقع "expected" introduce a possibility: English says it with a modal
    for ar, en in (
        ("ألمح إلى انسحابه من الحكومة.", "He hinted he might quit the government."),
        ("حذر من ارتفاع الأسعار.", "He warned prices might rise."),
        ("توقع أن تنتهي المحادثات اليوم.", "He said the talks would likely end today."),
    ):
        assert found(detect, ar, en) == [], ar
    # the twin: with no such verb, the modal is a hedge added
    assert found(detect, "انسحب من الحكومة.", "He might quit the government.") == [
        ("certainty", "hedge_added", "", "might", "major")
    ]


def test_on_suspicion_of_renders_suspected():
    # للاشتباه في إصابته بكسر "on suspicion of a fracture" → 'with a suspected broken collarbone'
    en = "He was taken to hospital in Oviedo with a suspected broken collarbone."
    assert found(detect, "ونُقل إلى مستشفى في أوفييدو للاشتباه في إصابته بكسر في عظمة الترقوة.", en) == []
    assert found(detect, "ونُقل إلى مستشفى في أوفييدو لإصابته بكسر في عظمة الترقوة.", en) == [
        ("certainty", "hedge_added", "", "suspected", "minor")
    ]


def test_an_estimated_figure_told_as_a_plain_figure():
    # يُقدَّر … بنحو "is estimated at about": the figure is an estimate; 'an estimated', 'about' keep it one
    ar = "ويُقدَّر عدد موظفي الإقليم ومتقاضي الرواتب فيه بنحو مليون و٢٠٠ ألف شخص."
    plain = "The Kurdistan Region has 1.2 million public employees and other salary recipients."
    assert found(detect, ar, plain) == [("certainty", "hedge_removed", "ويُقدَّر", "", "minor")]
    for kept in (
        "The Kurdistan Region has an estimated 1.2 million public employees and other salary recipients.",
        "The Kurdistan Region has about 1.2 million public employees and other salary recipients.",
        "The number of employees in the region is estimated at 1.2 million.",
    ):
        assert found(detect, ar, kept) == []
    # يقدّر with no figure is 'appreciates'
    thanks = "وقال الوزير إنه يقدّر جهود الفرق الميدانية في المحافظة."
    assert (
        found(detect, thanks, "The minister said he appreciated the efforts of the field teams in the province.") == []
    )


def test_a_concessive_or_a_granted_may_hedges_nothing():
    # مهما تمنّت لندن "whatever London may wish" concedes; يحق للحكومة أن تنفق "the government may spend" grants
    wish = "وقالت إن النتيجة تُبيّن أن «مسألة الاستقلال لم تختفِ، مهما تمنّت لندن»."
    assert (
        found(
            detect, wish, 'She said the result showed that "independence has not gone away, whatever London may wish".'
        )
        == []
    )
    entitled = "وبموجب القاعدة المالية، يحق للحكومة أن تنفق سنويًا ٣ في المئة من قيمة الصندوق كحد أقصى."
    assert (
        found(detect, entitled, "Under the fiscal rule, the government may spend no more than 3 per cent a year.") == []
    )
    # twin: no right granted in the Arabic, the 'may' hedges the spending
    spends = "وبموجب القاعدة المالية، تنفق الحكومة سنويًا ٣ في المئة من قيمة الصندوق."
    assert found(
        detect, spends, "Under the fiscal rule, the government may spend 3 per cent of the fund each year."
    ) == [("certainty", "hedge_added", "", "may", "major")]


def test_a_toll_likely_to_rise_renders_a_candidate_for_rising():
    # مرشحة للارتفاع "a candidate for rising": 'likely to rise' renders it, no hedge added
    ar = "وقال المسؤول إن حصيلة القتلى مرشحة للارتفاع مع وصول فرق الإنقاذ إلى القرى المعزولة."
    assert (
        found(detect, ar, "The official said the death toll was likely to rise as rescuers reached cut-off villages.")
        == []
    )
    plain = "وقال المسؤول إن حصيلة القتلى سترتفع مع وصول فرق الإنقاذ إلى القرى المعزولة."
    assert (
        found(detect, plain, "The official said the death toll might rise as rescuers reached cut-off villages.") != []
    )


def test_along_a_path_or_a_programme_credits_no_one():
    # يسير وفق مسار "goes along a path": وفق before a path, a plan or a programme follows it, no claim hedged
    ar = (
        "وأوضحت دوفرين أن البنك «لا يسير وفق مسار محدد سلفاً»، وأنه لن يتردد في رفع أسعار الفائدة مجدداً "
        "إذا عادت الضغوط على الأسعار."
    )
    en = (
        'Dufresne said the bank was "not on a pre-set path" and would not hesitate to raise rates again if '
        "price pressures returned."
    )
    assert found(detect, ar, en) == []
    source = "وسيرفع البنك الفائدة مجدداً، وفق مصادر مصرفية."
    assert found(detect, source, "The bank will raise rates again.") == [
        ("certainty", "hedge_removed", "وفق", "", "major")
    ]


def test_a_verb_written_like_according_to_before_a_preposition_is_no_source():
    # إذا ووفق على "if it is approved" (وافق على): وفق before على is the verb, not 'according to'
    assert (
        found(
            detect,
            "وستبدأ الشركة البناء في الربيع إذا ووفق على الترخيص.",
            "The company will start building in spring if the permit is approved.",
        )
        == []
    )
    # the twin: 'according to' a named body, dropped, is still a hedge the English removed
    assert (
        found(
            detect, "وستبدأ الشركة البناء في الربيع وفق مصادر في البلدية.", "The company will start building in spring."
        )
        != []
    )


def test_so_called_renders_a_term_in_quotation_marks():
    # ظاهرة «الدزود»: the marks say what the English 'so-called' says; without them 'so-called' is new
    en = "The so-called dzud, a summer drought followed by extreme cold, has hit herders in the west of the country."
    marked = "وقد ضربت ظاهرة «الدزود»، وهي جفاف صيفي يعقبه برد قارس، الرعاة في غرب البلاد."
    assert found(detect, marked, en) == []
    plain = marked.replace("«الدزود»", "الدزود")
    assert found(detect, plain, en) == [("certainty", "hedge_added", "", "so-called", "major")]


def test_a_name_the_english_spells_is_no_future_verb():
    # سيداما is the region Sidama, not سـ + a verb: the quote's قد 'may' is kept
    en = (
        '"If services do not improve, we may lose some of the gains," said Meron Tadesse, who heads a cooperative '
        "union in the Sidama region."
    )
    ar = "وقالت ميرون تاديسي، التي تترأس اتحاداً تعاونياً في إقليم سيداما: «إذا لم تتحسن الخدمات، فقد نخسر بعض المكاسب»."
    assert found(detect, ar, en) == []
    will = ar.replace("فقد نخسر", "فسنخسر")
    assert found(detect, will, en) == [("certainty", "modality_changed", "فسنخسر", "may", "minor")]


def test_according_to_the_plans_is_no_claim_hedged():
    # وفق المخططات الأصلية 'following the original plans': a plan followed, no source; وفق تقارير stays a hedge
    plans = 'وأضاف الطائي لوكالة شفق نيوز، أن "العمل يجري وفق المخططات الأصلية للمنازل".'
    assert found(detect, plans, "He told Shafaq News that the work follows the houses' original plans.") == []
    reports = 'وأضاف الطائي لوكالة شفق نيوز، أن "العمل يجري وفق تقارير أولية".'
    assert found(detect, reports, "He told Shafaq News that the work is going ahead.") == [
        ("certainty", "hedge_removed", "وفق", "", "minor")
    ]


def test_a_name_the_english_spells_is_no_past_verb():
    # سلين is Selin (read also as a past verb): nothing done is told as still to come
    ar = "وقالت نائبة الوزير سلين آيدوغان، خلال حفل التوقيع، إنه من المقرر تسليم المنازل في غضون 18 شهراً."
    en = "The homes are due to be handed over within 18 months, Deputy Minister Selin Aydogan said at the ceremony."
    assert found(detect, ar, en) == []
    done = "وقالت نائبة الوزير، خلال حفل التوقيع، إن الوزارة سلّمت المنازل."
    due = "The homes are due to be handed over, the deputy minister said at the signing ceremony."
    assert found(detect, done, due) == [("certainty", "modality_changed", "سلّمت", "are due to be handed", "minor")]


def test_may_told_as_will_before_a_condition():
    # قد … ما لم "may … unless": the condition kept does not keep the 'may'
    ar = 'وقال المهندس إن "المشروع قد يتأخر ما لم يُصرف التمويل".'
    firm = found(detect, ar, "The engineer said “the project will slip unless the funding is released”.")
    assert [(f[0], f[1], f[3]) for f in firm] == [("certainty", "modality_changed", "will slip")]
    # the twins: the hedge kept, or the sentence hedged by a belief
    assert found(detect, ar, "The engineer said “the project may slip unless the funding is released”.") == []
    believed = "The engineer believes the project will slip unless the funding is released."
    assert found(detect, "ويعتقد المهندس أن المشروع قد يتأخر ما لم يُصرف التمويل.", believed) == []


def test_a_lone_will_that_renders_another_arabic_verb_leaves_may_alone():
    # يزور … 'will visit' renders the present verb, which tells the future; the قد clause is only cut short
    ar = "يزور الوزير باريس الأسبوع المقبل، وقد يلتقي الرئيس الفرنسي ما لم يتغير جدول أعماله."
    assert found(detect, ar, "The minister will visit Paris next week unless his schedule changes.") == []
    firm = found(detect, ar, "The minister will visit Paris next week and will meet the French president.")
    assert [(f[1], f[2]) for f in firm][:1] == [("modality_changed", "وقد يلتقي")]


def test_a_future_told_in_the_perfect_the_glosses_cannot_tie_is_a_modality_change():
    # ستتواصل 'will contact': the glosses miss 'contacted', but nothing in the English keeps a future or a hedge
    ar = "وقال إن الوزارة ستتواصل مع عائلات الضحايا."
    assert [f[1:4] for f in found(detect, ar, "He said the ministry has contacted the victims' families.")] == [
        ("modality_changed", "ستتواصل", "has contacted")
    ]
    assert found(detect, ar, "He said the ministry will contact the victims' families.") == []
    assert found(detect, ar, "He said the ministry is expected to contact the victims' families.") == []
    # a name that reads as a future verb (سيمز Sims), and a light future whose event is the next word, are not one
    sims = "ألقت الشرطة القبض على المشتبه به في مقتل اللاعب مايكل سيمز."
    assert found(detect, sims, "Police have arrested a suspect in the killing of player Michael Sims.") == []
    # … also where the English leaves the name out: after a first name, the word is a surname
    assert found(detect, sims, "Police have arrested a suspect in the killing of a player.") == []


def test_may_take_told_as_will_take_beside_a_hedge_kept():
    # استغرق "take (time)": the lexicon's one gloss is 'last'; the news sense is 'take'
    ar = "وقال المهندس إن الأعمال قد تستغرق ستة أشهر، ويرجح أن تنتهي قبل الصيف."
    firm = "The engineer said the works will take six months and are likely to finish before the summer."
    assert [(f[1], f[3]) for f in found(detect, ar, firm)] == [("modality_changed", "will take")]
    kept = "The engineer said the works may take six months and are likely to finish before the summer."
    assert found(detect, ar, kept) == []


def test_is_said_to_adds_a_hedge_to_background_the_arabic_states_as_fact():
    # يذكر أن "it is worth noting that" opens background; it hedges nothing an English 'is said to' could render
    ar = "يذكر أن القلعة بنيت في القرن السادس عشر لحماية الميناء."
    said = found(detect, ar, "The castle is said to have been built in the sixteenth century to protect the port.")
    assert [f[:2] + f[3:4] for f in said] == [("certainty", "hedge_added", "said to")]
    assert found(detect, ar, "The castle was built in the sixteenth century to protect the port.") == []
    # 'said to' after a subject is a verb of saying, no hedge
    assert (
        found(
            detect,
            "وقال للصحفيين إن القلعة بنيت في القرن السادس عشر.",
            "He said to reporters that the castle was built in the sixteenth century.",
        )
        == []
    )


def test_is_understood_to_is_a_hedge_of_hearsay():
    ar = "وتنتج الشركة حالياً ثلاثة طرازات من الشاحنات الصغيرة."
    hedged = found(detect, ar, "The company is understood to currently make three models of small trucks.")
    assert [f[:2] + f[3:4] for f in hedged] == [("certainty", "hedge_added", "is understood to")]
    assert found(detect, ar, "The company currently makes three models of small trucks.") == []


def test_may_made_will_beside_an_expectation_the_english_renders_in_its_own_clause():
    # 'expected' renders ويتوقع, in a clause of its own: it answers no قد, whose 'may' became 'will'
    ar = "وقالت الهيئة إن العاصفة قد تصل إلى الساحل خلال يومين، ويتوقع أن تهطل أمطار غزيرة على الجبال."
    assert found(
        detect,
        ar,
        "The authority said the storm will reach the coast within two days, with heavy rain expected on the mountains.",
    ) == [("certainty", "modality_changed", "قد تصل", "will reach", "major")]
    assert (
        found(
            detect,
            ar,
            "The authority said the storm may reach the coast within two days, with heavy rain expected on the "
            "mountains.",
        )
        == []
    )
    # an expectation over the clause of قد is one doubt, which one English 'expected' may tell
    ar = "ويتوقع أن تكون الأمطار قد تسببت في أضرار."
    assert found(detect, ar, "The rain is expected to have caused damage.") == []


def test_an_indicate_rendered_in_another_clause_leaves_a_dropped_perhaps_major():
    # 'indicate' renders تشير; the وربما dropped stands in the next clause, which nothing of the kind covers
    ar = "وقال الضابط إن الفحوص تشير إلى تسرب في الأنبوب، وربما يكون الحريق قد بدأ في المخزن."
    en = "The officer said the tests indicate a leak in the pipe, and the fire started in the store."
    assert found(detect, ar, en) == [("certainty", "hedge_removed", "وربما", "", "major")]


def test_an_indicate_that_renders_the_arabic_indicate_answers_no_may():
    ar = 'وقال الضابط إن "الفحوص تشير إلى أن التسرب قد يكون مرتبطاً بخلل في الصمام".'
    assert found(
        detect, ar, 'The officer said "the tests indicate that the leak is linked to a fault in the valve".'
    ) == [("certainty", "modality_changed", "قد يكون", "is linked", "minor")]
    assert (
        found(
            detect,
            ar,
            'The officer said "the tests indicate that the leak may be linked to a fault in the valve".',
        )
        == []
    )


def test_a_start_the_english_tells_with_begins_is_rendered():
    # a headline: يبدأ "begins" and the English 'begins'; 'expected' there renders توقعات, no event told as done
    ar = "البلدية تبدأ تعبيد الطريق وتوقعات بإنجازه في الربيع"
    assert found(detect, ar, "Municipality begins road paving, work expected to be finished in spring") == []
    ar = "الجمعية تبدأ قطاف التفاح وتوقعات بموسم وفير"
    assert found(detect, ar, "Cooperative begins apple harvest, bumper season expected") == []
    # without it, a start told as done is still one
    assert [f[:2] + f[3:4] for f in found(detect, "وبدأ العمال قطاف التفاح.", "The workers harvested the apples.")] == [
        ("certainty", "modality_changed", "harvested")
    ]


def test_according_to_a_measure_after_a_verb_of_varying_hedges_nothing():
    # يتراوح السعر بين … بحسب الحجم "the price ranges … depending on size": no one's claim
    ar = "وأوضح أن سعر الكيلوغرام يتراوح بين ثلاثة وخمسة دنانير بحسب الحجم والنوع."
    en = "A kilogram sells for between three and five dinars, depending on size and variety, he explained."
    assert found(detect, ar, en) == []
    # a source named after the verb of varying is still a source the English drops
    sourced = "ويتراوح سعر الكيلوغرام بين ثلاثة وخمسة دنانير بحسب مصادر في السوق."
    assert [f[:2] for f in found(detect, sourced, "A kilogram sells for between three and five dinars.")] == [
        ("certainty", "hedge_removed")
    ]
    # and without the verb of varying, according to a measure is read as ever
    # a verb of varying in another clause says nothing of this one
    other = "وتختلف التقديرات بين الجهات، لكن عدد الضحايا ارتفع إلى عشرين وفق النتائج الأولية."
    assert [f[:2] for f in found(detect, other, "The death toll rose to 20.")] == [("certainty", "hedge_removed")]
    plain = "وارتفعت الأسعار بحسب الحجم والنوع."
    assert [f[:2] for f in found(detect, plain, "Prices rose.")] == [("certainty", "hedge_removed")]


def test_it_is_hoped_that_made_firm():
    ar = "وقال المحافظ إن المشروع سيقام قرب الطريق الدولي، ومن المؤمل أن يدخل الخدمة خلال عامين."
    assert [
        f[:2] + f[3:4]
        for f in found(
            detect,
            ar,
            "The governor said the project would be built near the highway and will enter service within two years.",
        )
    ] == [("certainty", "modality_changed", "will enter")]
    kept = "The governor said the project near the highway is expected to enter service within two years."
    assert found(detect, ar, kept) == []
    hoped = "ويُؤمل أن تنتهي الأعمال قبل نهاية العام."
    assert [f[:2] for f in found(detect, hoped, "Work will be finished before the end of the year.")] == [
        ("certainty", "modality_changed")
    ]
    assert found(detect, hoped, "Work is expected to be finished before the end of the year.") == []


def test_an_active_will_redo_told_as_done():
    # ستعيد فحص "will re-examine": the event is the verbal noun after the active of أعاد, as after its passive
    ar = "وأضاف أن فرقا بيطرية ستعيد فحص القطعان الموجودة في المحاجر خلال الأيام المقبلة."
    assert [
        f[:2] + f[3:4] for f in found(detect, ar, "He added that veterinary teams had examined the herds again.")
    ] == [("certainty", "modality_changed", "had examined")]
    assert found(detect, ar, "He added that veterinary teams will re-examine the herds in the coming days.") == []
    reopen = "وقال إن البلدية ستعيد فتح الطريق غدا."
    assert [f[:2] + f[3:4] for f in found(detect, reopen, "He said the municipality reopened the road.")] == [
        ("certainty", "modality_changed", "reopened")
    ]
    assert found(detect, reopen, "He said the municipality will reopen the road tomorrow.") == []
    # before a definite noun the active is its own event: ستعيد الأموال "will return the money"
    money = "وقال إن الوزارة ستعيد الأموال إلى المودعين."
    assert [f[:2] + f[3:4] for f in found(detect, money, "He said the ministry returned the money to depositors.")] == [
        ("certainty", "modality_changed", "returned")
    ]


# a plain present that states a scheduled event (وتبدأ يوم الجمعة "begins on Friday") hedged as 'is expected to
# begin': a doubt the Arabic does not have; a present under a cue of expectation or plan (من المقرر أن تبدأ) is not
_BEGINS = "وتبدأ يوم الجمعة المقبل إجازة عيد الأضحى لموظفي القطاعين العام والخاص."


def test_plain_present_hedged_as_expected():
    en = "The Eid al-Adha holiday for public and private sector employees is expected to begin on Friday."
    assert found(detect, _BEGINS, en) == [("certainty", "hedge_added", "وتبدأ", "is expected to begin", "minor")]


def test_plain_present_kept_or_planned_present_expected_is_no_finding():
    en = "The Eid al-Adha holiday for public and private sector employees begins on Friday."
    assert found(detect, _BEGINS, en) == []
    planned = "ومن المقرر أن تبدأ يوم الجمعة المقبل إجازة عيد الأضحى لموظفي القطاعين العام والخاص."
    expected = "The Eid al-Adha holiday for public and private sector employees is expected to begin on Friday."
    assert found(detect, planned, expected) == []
    # a present the English renders by another verb than the one it expects: not that event hedged
    assert found(detect, _BEGINS, "Officials are expected to announce that the Eid holiday begins on Friday.") == []


def test_present_governed_by_a_particle_or_quoted_is_no_plain_statement():
    # يخشون أن تبدأ "fear it will begin": the verb after أن says nothing firm; inside a quote, the quote's business
    feared = "ويخشى المزارعون أن تبدأ موجة الجفاف يوم الجمعة المقبل."
    assert found(detect, feared, "Farmers fear the drought is expected to begin on Friday.") == []
    quoted = 'وقال المدير إن "الإجازة تبدأ يوم الجمعة المقبل".'
    assert found(detect, quoted, 'The director said the holiday "is expected to begin on Friday".') == []


def test_a_forecast_credited_to_its_source_is_no_plain_statement():
    # تبدأ الأمطار …، بحسب الأرصاد: a forecast, which 'is expected to begin … according to' renders
    ar = "وتبدأ الأمطار بالهطول مساء الجمعة على المناطق الشمالية، بحسب دائرة الأرصاد الجوية."
    en = "Rain is expected to begin falling on Friday evening over the northern areas, according to the Met department."
    assert found(detect, ar, en) == []


def test_kana_far_back_in_its_clause_makes_qad_a_pluperfect():
    # وكان … (NFU) قد تقدم "had filed": a كان heading the clause, past a long subject, is no 'may'
    ar = (
        "وكان اتحاد المزارعين الوطني في ولاية كانو (NFU) قد تقدم بطلب رسمي الشهر الماضي، "
        "محتجاً بأن الواردات ستدفع الأسعار إلى الانخفاض."
    )
    en = (
        "The National Farmers Union in Kano State (NFU) had filed a formal request last month, "
        "arguing that imports would push prices down."
    )
    assert found(detect, ar, en) == []


def test_kana_with_its_own_verb_leaves_a_later_qad_a_may():
    # وكانت الحكومة أقرت … خطة قد تسبب: that كان has its verb; قد opens a relative clause 'which may cause'
    ar = "وكانت الحكومة أقرت الشهر الماضي خطة ضريبية جديدة قد تسبب ارتفاعاً كبيراً في الأسعار."
    en = "The government approved a new tax plan last month that will cause a sharp rise in prices."
    assert found(detect, ar, en) == [("certainty", "modality_changed", "قد تسبب", "will cause", "major")]
    be = "وكان وزير المالية يدرس منذ أشهر خيارات عدة لخفض العجز قد تكون مكلفة للمواطنين."
    en = (
        "The finance minister had for months been studying options to cut the deficit that will be costly for citizens."
    )
    assert found(detect, be, en) == [("certainty", "modality_changed", "قد تكون", "will be", "major")]


def test_kana_in_another_clause_leaves_qad_a_may():
    ar = "وكانت الأمطار غزيرة طوال ليل أمس في المدينة، وقد تسبب السيول فيضانات في الأحياء المنخفضة."
    en = "Rain was heavy all night in the city, and the torrents will cause flooding in low-lying districts."
    assert found(detect, ar, en) == [("certainty", "modality_changed", "وقد تسبب", "will cause", "major")]


def test_a_condition_inside_a_quote_the_english_cuts_before_it_is_the_quotes():
    # the English quote stops before إذا: one finding, the quote's cut, not the condition dropped too
    from workbench.findings import run_detectors

    def run(ar: str, en: str) -> list[tuple[str, str, str]]:
        return [(f.type, f.subtype, f.ar_span) for f in run_detectors([pair(ar, en)])]

    quoted = (
        'وقال المدير إن "المصنع سيستأنف الإنتاج خلال أسبوعين إذا وصلت قطع الغيار المطلوبة من الخارج في موعدها المحدد".'
    )
    cut = 'The director said the plant "will resume production within two weeks".'
    assert [f[:2] for f in run(quoted, cut)] == [("quote", "truncated")]
    # the twin: a quote the English keeps whole but for its condition is no cut; the condition dropped is found
    minister = 'وقال الوزير: "إذا وافق البرلمان على الميزانية، سترفع الحكومة الرواتب الشهر المقبل".'
    assert run(minister, 'The minister said: "The government will raise salaries next month."') == [
        ("certainty", "modality_changed", "إذا")
    ]


def test_by_before_an_amount_credits_no_one():
    # 'cut by a quarter' (a measure), 'caused by' (an agent) credit no one: the headline's unnamed sources are dropped
    ar = "مصادر: خفض مخصصات المازوت للأفران الخاصة في ريف حماة بنسبة الربع"
    assert found(detect, ar, "Diesel for private bakeries in rural Hama cut by a quarter") == [
        ("certainty", "hedge_removed", "مصادر:", "", "major")
    ]
    # the twins: the English keeps the sources; 'by' before a word of reporting credits them ('by some accounts')
    assert found(detect, ar, "Diesel for private bakeries in rural Hama cut by a quarter, sources say") == []
    killed = "وقتل عشرون شخصاً على الأقل بحسب مصادر طبية."
    assert found(detect, killed, "At least twenty people were killed, by some accounts.") == []
    assert found(detect, killed, "At least twenty people were killed by the blast.") == [
        ("certainty", "hedge_removed", "بحسب", "", "major")
    ]


def test_a_projection_keeps_the_doubt_of_estimates():
    # تشير التقديرات إلى أن … ستبلغ 'is projected to reach': the estimate's doubt kept in other words
    ar = "وتشير التقديرات إلى أن عائدات السياحة ستبلغ 200 مليون دولار هذا العام."
    assert found(detect, ar, "Tourism revenue is projected to reach $200 million this year.") == []
    assert found(detect, ar, "Tourism revenue will reach $200 million this year.") == [
        ("certainty", "hedge_removed", "وتشير التقديرات إلى أن", "", "minor")
    ]


def test_need_is_no_past_tense():
    # 'need' ends in -ed but is no past: لن يحتاج سوى "will need only" → 'need only' tells nothing as done
    ar = "ولن يحتاج الفريق سوى إلى نقطة واحدة في مباراته الأخيرة للتأهل."
    assert found(detect, ar, "The team need only one point in their last match to qualify.") == []
    # the twin: the future told in the past ('needed') is a change
    future = "وسيحتاج الفريق إلى نقطة واحدة في مباراته الأخيرة للتأهل."
    assert [f[:2] for f in found(detect, future, "The team needed one point in their last match to qualify.")] == [
        ("certainty", "modality_changed")
    ]


def test_an_adverb_after_an_auxiliary_is_no_event_told_as_done():
    # بدأت تفكر جدياً "began to think seriously" → 'were seriously considering': 'seriously' renders جدياً, no verb
    ar = "وقال المختار إن عشرات العائلات بدأت تفكر جدياً بالرحيل عن القرية."
    en = "The mukhtar said dozens of families were seriously considering leaving the village."
    assert found(detect, ar, en) == []
    # the twin: the start of a withdrawal told as done
    started = "وقال المختار إن عشرات العائلات بدأت الانسحاب من القرية."
    assert found(detect, started, "The mukhtar said dozens of families had withdrawn from the village.") == [
        ("certainty", "modality_changed", "بدأت الانسحاب", "had withdrawn", "major")
    ]


def test_water_sources_credit_no_one_and_answer_no_according_to():
    # 'water sources' is a thing's origin (certainty_words_en.tsv, thing_source): it answers no وبحسب مصادر طبية
    # "according to medical sources" dropped
    ar = "وبحسب مصادر طبية، استقبل مستشفى المدينة خلال يومين ٣٠ حالة تسمم، يُشتبه في ارتباطها بتلوث مصادر المياه."
    en = (
        "{}the city hospital has received 30 poisoning cases in two days, suspected to be linked to contaminated "
        "water sources."
    )
    assert found(detect, ar, en.format("").capitalize()) == [("certainty", "hedge_removed", "وبحسب", "", "major")]
    # the twin: the credit kept
    assert found(detect, ar, en.format("According to medical sources, ")) == []


def test_came_under_is_a_state_and_credits_no_figures():
    # 'has come under repeated raids' is no 'under' of a credit: بحسب معطيات محلية "according to local figures"
    # dropped is still a hedge removed
    ar = "ويتعرض المخيم لاقتحامات متكررة منذ مطلع العام، أسفرت بحسب معطيات محلية عن مقتل ٣٠ شخصاً."
    en = "The camp has come under repeated raids since the start of the year, in which 30 people have been killed{}."
    assert found(detect, ar, en.format("")) == [("certainty", "hedge_removed", "بحسب", "", "minor")]
    # the twin: the credit kept
    assert found(detect, ar, en.format(", according to local figures")) == []


def test_can_of_ability_answers_no_likely():
    # 'which can handle only part of …' says what the plant is able to do: it does not keep the يُرجَّح "it is likely"
    # of the claim, which the English states as fact
    ar = "ويُرجَّح أن يكون التسرب ناجماً عن عطل في محطة المعالجة التي لا تستوعب سوى جزء من المياه."
    en = "The leak was {}caused by a fault at the treatment plant, which can handle only part of the water."
    assert found(detect, ar, en.format("")) == [("certainty", "hedge_removed", "ويُرجَّح", "", "major")]
    # the twins: the likelihood kept; and 'can' for قد "may", a possibility it does render
    assert found(detect, ar, en.format("likely ")) == []
    may = "وقد يؤدي ارتفاع الأسعار إلى تراجع الطلب."
    assert found(detect, may, "Higher prices can lead to a drop in demand.") == []


def test_qitaan_before_min_is_pieces_of_not_definitely():
    # قطعًا من الشباك "pieces of the nets": the noun, no booster dropped
    assert (
        found(
            detect,
            'وقال الصياد: "وجدنا قطعًا من الشباك الممزقة على الشاطئ".',
            '"We found pieces of torn nets on the beach," the fisherman said.',
        )
        == []
    )
    # the twin: قطعاً 'definitely' before a verb's object stays a booster, and the English hedge is found against it
    ar = "وقال الوزير إن الحكومة سترفض قطعاً أي تمديد للعقد."
    en = "The minister said the government might reject any extension of the contract."
    assert [f[:2] for f in found(detect, ar, en)] == [("certainty", "modality_changed")]


def test_leaves_no_doubt_is_a_booster_and_no_negation():
    # لا يدع مجالاً للشك "leaves no doubt": a booster the English keeps, not a negation it drops
    from workbench.findings.negation import detect as negation

    ar = "وقال الخبراء إن نتائج الفحص لا تدع مجالاً للشك في مصدر التلوث."
    en = "Experts said the test results left no doubt about the source of the pollution."
    assert found(detect, ar, en) == [] and found(negation, ar, en) == []
    # the twin: the English that drops it has lost the booster
    en = "Experts said the test results pointed to the source of the pollution."
    assert [f[:3] for f in found(detect, ar, en)] == [("certainty", "modality_changed", "لا تدع مجالاً للشك")]


def test_may_renders_a_permission_with_only_or_under_which():
    # لا يُسمح … إلا للحائزين "only holders may": a permission the Arabic states, no hedge added
    ar = "ولا يُسمح بالصيد في المحمية إلا للحائزين على ترخيص من البلدية."
    assert found(detect, ar, "Only holders of a municipal licence may hunt in the reserve.") == []
    ar2 = "ووقع البلدان اتفاقاً يُسمح بموجبه لما يصل إلى 500 عامل سنوياً بالانتقال للعمل في المزارع."
    en2 = "The two countries signed an agreement under which up to 500 workers a year may move to work on farms."
    assert found(detect, ar2, en2) == []
    # the twin: 'may' where the Arabic permits nothing is a hedge put in
    ar = "وقال الوزير إن أسعار الخبز سترتفع الشهر المقبل."
    assert [f[:2] for f in found(detect, ar, "The minister said only the price of bread may rise next month.")] == [
        ("certainty", "modality_changed")
    ]


def test_wafq_ma_huwa_muqarrar_is_as_planned_no_source():
    # وفق ما هو مقرر "as planned": no source, so no hedge the English drops
    ar = "ونفت البلدية أنباء عن إغلاق السوق، وقالت إن العمل فيه سيستمر وفق ما هو مقرر."
    assert (
        found(detect, ar, "The municipality denied reports the market would close, saying work would go on as planned.")
        == []
    )
    # the twin: وفق مصادر credits unnamed sources, which the English drops
    ar = "وسيستمر العمل في السوق بشكل طبيعي وفق مصادر في البلدية."
    assert [f[:2] for f in found(detect, ar, "Work at the market will go on normally.")] == [
        ("certainty", "hedge_removed")
    ]


def test_a_past_negated_with_lam_is_the_past_the_english_perfect_renders():
    # لم يفوّت أحد … ولن يفوّته أحد "no one has missed …, and no one will": لم with the present form tells the past,
    # which 'has missed' renders; the future is the elliptic 'will' (whose next words name the speaker)
    ar = 'وقال المتحدث باسم البلدية ماركو بيلوتي في مؤتمر صحفي: "لم يفوّت أحد أي موعد، ولن يفوّته أحد".'
    en = (
        '"No one has missed an appointment, and no one will," municipal spokesman Marco Belotti told a news conference.'
    )
    assert found(detect, ar, en) == []
    # the twin: the future alone, told as done
    ar = 'وقال المتحدث باسم البلدية ماركو بيلوتي في مؤتمر صحفي: "لن يفوّت أحد أي موعد".'
    en = '"No one has missed an appointment," municipal spokesman Marco Belotti told a news conference.'
    assert [f[:3] for f in found(detect, ar, en)] == [("certainty", "modality_changed", "يفوّت")]


def test_a_possibility_denied_is_no_hedge():
    # ولم يكن من الممكن "it was not possible": a firm statement, which 'would have been impossible' keeps
    ar = "وأوضح أنه لم يكن من الممكن إبقاء الأسعار على حالها دون خسائر للمزارعين."
    assert (
        found(detect, ar, "He explained that keeping prices unchanged would have been impossible without losses.") == []
    )
    # … but one denied before a verb of ruling out is a double negation, still a possibility (ليس من الممكن استبعاد
    # "it cannot be ruled out")
    ar = "وقال المسؤول إنه ليس من الممكن استبعاد وقوع هزات ارتدادية خلال الأيام المقبلة."
    assert [f[:3] for f in found(detect, ar, "The official said aftershocks will occur in the coming days.")] == [
        ("certainty", "modality_changed", "من الممكن")
    ]
    # a likelihood denied still hedges: لن تصمد على الأرجح "is unlikely to survive"
    ar = "وقال المحلل إن الحكومة لن تصمد على الأرجح حتى نهاية العام."
    assert found(detect, ar, "The analyst said the government was unlikely to survive until the end of the year.") == []
    # the twin: the possibility stated, then told as firm
    ar = "وأوضح أنه من الممكن أن ترتفع الأسعار الشهر المقبل."
    assert [f[:3] for f in found(detect, ar, "He explained that prices will rise next month.")] == [
        ("certainty", "modality_changed", "من الممكن")
    ]


def test_may_with_one_verb_before_only_renders_a_permission():
    # لا يُسمح بالصيد إلا عندما "hunting is allowed only when" → 'may fish only when': permission, no hedge
    ar = "ولا يُسمح بالصيد في البحيرة إلا عندما يتجاوز منسوب المياه مترين."
    assert found(detect, ar, "Boats may fish on the lake only when the water level is above two metres.") == []
    # the twin: nothing permitted in the Arabic, so 'may … only' hedges
    ar = "وقال الخبير إن القوارب ستصطاد في البحيرة عندما يتجاوز منسوب المياه مترين."
    assert [
        f[:2] for f in found(detect, ar, "The expert said boats may fish on the lake only when the level rises.")
    ] == [("certainty", "modality_changed")]


def test_a_may_whose_clause_the_english_leaves_out_is_no_claim_told_as_fact():
    # وقد تتضاعف الرحلات صيفاً "and flights may double in summer": no word of the clause is rendered, so its 'may'
    # went with it (an omission), and the English 'will' is another verb's
    ar = "وقال المدير إن الرحلات ستنطلق من المطار الجديد، وقد تتضاعف أعدادها صيفاً إذا ازداد الطلب."
    en = "Flights will leave from the new airport, the director said."
    assert [f for f in found(detect, ar, en) if f[1] == "modality_changed"] == []
    # the twin: the clause rendered, its 'may' told as 'will'
    en = "Flights will leave from the new airport and their numbers will double in summer, the director said."
    assert [f[:3] for f in found(detect, ar, en) if f[1] == "modality_changed"] == [
        ("certainty", "modality_changed", "وقد تتضاعف")
    ]
    # a figure of the clause the English gives is its rendering, whatever the glosses miss
    ar = 'وأضاف أن "السكان يخشون أن ترتفع الأسعار بنسبة قد تصل إلى 35 في المائة بعد القرار".'
    en = "He added that residents fear prices will climb by 35 percent after the move."
    assert [f[:3] for f in found(detect, ar, en) if f[1] == "modality_changed"] == [
        ("certainty", "modality_changed", "قد تصل")
    ]


def test_what_shows_on_someone_is_no_hedge():
    # دون أن تبدو عليه أي علامة "without any visible sign": بدا على + pronoun, shown on him
    ar = "وغادر المتهم القاعة دون أن تبدو عليه أي علامة قلق."
    assert found(detect, ar, "The defendant left the courtroom without any visible sign of worry.") == []
    # the twin: يبدو أنه "it seems he" hedges, and the English states it
    ar = "وغادر المتهم القاعة ويبدو أنه قلق."
    assert [f[:2] for f in found(detect, ar, "The defendant left the courtroom worried.")] == [
        ("certainty", "hedge_removed")
    ]

    # يبدو علينا أن "it seems we must": on us, a hedge
    assert [f[:2] for f in found(detect, "يبدو علينا أن ننتظر أسابيع أخرى.", "We will have to wait weeks more.")] == [
        ("certainty", "hedge_removed")
    ]


def test_figures_no_one_owns_are_a_hedge():
    # بحسب تقديرات أولية "according to early estimates": credited to no one, an impersonal hedge
    ar = "وبحسب تقديرات أولية، تضرر نحو 300 منزل جراء العاصفة."
    assert [f[:2] for f in found(detect, ar, "Some 300 homes were damaged by the storm.")] == [
        ("certainty", "hedge_removed")
    ]
    # the twin: the municipality's estimates credit it, the attribution detector's business, early or not
    ar = "وبحسب تقديرات البلدية، تضرر نحو 300 منزل جراء العاصفة."
    assert found(detect, ar, "Some 300 homes were damaged by the storm.") == []
    ar = "وبحسب تقديرات أولية للبلدية، تضرر نحو 300 منزل جراء العاصفة."
    assert found(detect, ar, "Some 300 homes were damaged by the storm.") == []


def test_a_timetable_followed_is_no_hedge():
    # وفق المواعيد المعتادة "at its usual hours": a schedule kept, no one's claim
    ar = "وستفتح المحطة أبوابها غدا وفق المواعيد المعتادة."
    assert found(detect, ar, "The station will open tomorrow at its usual hours.") == []
    # the twin: وفق مصادر "according to sources" hedges
    ar = "وستفتح المحطة أبوابها غدا وفق مصادر محلية."
    assert [f[:2] for f in found(detect, ar, "The station will open tomorrow.")] == [("certainty", "hedge_removed")]


def test_what_was_reported_is_reportedly():
    # رغم ما أُفيد عن تلقيها عروضاً "despite what was reported of her receiving offers" → 'despite reportedly
    # receiving offers': the passive report, no subject, is the English hedge
    ar = "وقالت كوكس إنها لن تنتقل إلى الخارج للتدرب، رغم ما أُفيد عن تلقيها عروضاً من أندية في المكسيك."
    en = "Cux said she would not move abroad to train, despite reportedly receiving offers from clubs in Mexico."
    assert found(detect, ar, en) == []
    # the twin: the Arabic states the offers; 'reportedly' is the English's own
    ar2 = "وقالت كوكس إنها لن تنتقل إلى الخارج للتدرب، رغم تلقيها عروضاً من أندية في المكسيك."
    assert [f[:2] for f in found(detect, ar2, en)] == [("certainty", "hedge_added")]


def test_a_quote_cut_before_its_condition_is_a_truncated_quote():
    # متوقعاً أن يعود الضخ "خلال يومين إذا استقر التيار" → expecting pumping to resume “within two days”: the English
    # quote stops before the condition its Arabic quote attaches (what depends on it is also told certain)
    ar = 'وقال المدير إن "الأعطال أصلحت"، متوقعاً أن يعود الضخ إلى طبيعته "خلال يومين إذا استقر التيار الكهربائي".'
    en = "“The faults have been repaired,” the director said, expecting pumping to return to normal “within two days”."
    assert ("quote", "truncated", "إذا استقر التيار الكهربائي") in [f[:3] for f in found(detect, ar, en)]
    # the twin: the condition kept inside the English quote
    kept = en.replace("“within two days”", "“within two days if the power supply stabilises”")
    assert found(detect, ar, kept) == []


def test_not_yet_ruled_out_answers_a_possibility():
    # لم يستبعد بعدُ احتمال أن "has not yet ruled out the possibility that": 'had not yet ruled out that' keeps it
    ar = "وقال الباحث إن الفريق لم يستبعد بعدُ احتمال أن يكون الجسم نجماً نيوترونياً."
    en = "The researcher said the team had not yet ruled out that the object is a neutron star."
    assert found(detect, ar, en) == []
    # the twin: the possibility told as fact is a hedge removed
    plain = "وقال الباحث إن الفريق يرى احتمال أن يكون الجسم نجماً نيوترونياً."
    assert found(detect, plain, "The researcher said the team sees that the object is a neutron star.") == [
        ("certainty", "hedge_removed", "احتمال", "", "major")
    ]


def test_deeming_it_likely_that_is_a_hedge_on_its_clause():
    # مرجحةً أن "deeming it likely that" after the verb of saying hedges the reopening: told as 'will reopen', removed
    ar = "وأعلنت البلدية إغلاق السوق مؤقتاً، مرجحةً أن يُعاد فتحه صباح الأحد."
    assert found(
        detect, ar, "The municipality temporarily closed the market and will reopen it on Sunday morning."
    ) == [("certainty", "hedge_removed", "مرجحةً أن", "", "major")]
    # the twin: the likelihood kept
    kept = "The municipality temporarily closed the market and said it would likely reopen on Sunday morning."
    assert found(detect, ar, kept) == []


def test_an_estimated_value_renders_its_own_arabic_word_and_answers_no_other_hedge():
    # القيمة التقديرية "the estimated value" is what 'estimated' renders: the مرجحاً "likely" left is a hedge removed
    ar = "وقال المصدر إن القيمة التقديرية للشحنة تتجاوز مليون دولار، مرجحاً أن تكون متجهة إلى أوروبا."
    en = "The source said the estimated value of the shipment exceeds $1 million, and it was bound for Europe."
    assert found(detect, ar, en) == [("certainty", "hedge_removed", "مرجحا", "", "major")]
    # the twin: 'probably' keeps it
    assert found(detect, ar, en.replace("it was bound", "it was probably bound")) == []


def test_not_ruling_out_renders_its_own_phrase_and_no_other_hedge():
    # لم يستبعد "did not rule out" is rendered by 'did not rule out'; the ربما "perhaps" beside it is dropped
    ar = "وقال المحقق إن الحريق ربما كان متعمداً، ولم يستبعد وجود دوافع سياسية."
    en = "The investigator said the fire was deliberate, and did not rule out political motives."
    assert found(detect, ar, en) == [("certainty", "hedge_removed", "ربما", "", "major")]


def test_ala_ma_yudhkar_is_reportedly():
    # على ما يُذكر "as is mentioned" is a hedge of report: 'reportedly' renders it, and its loss is a hedge removed
    ar = "وستبلغ كلفة المشروع، على ما يُذكر، نحو مليوني دولار."
    assert found(detect, ar, "The project will reportedly cost about $2 million.") == []
    assert found(detect, ar, "The project will cost about $2 million.") == [
        ("certainty", "hedge_removed", "على ما يُذكر", "", "minor")
    ]


def test_within_the_power_of_renders_may():
    # بوسع البلديات "it is within the municipalities' power" → 'may': a weak marker that answers the English one
    can = "وقالت الوزارة إن بوسع البلديات أن تغلق المدارس لمدة أسبوع."
    assert found(detect, can, "The ministry said municipalities may close schools for a week.") == []
    # the twin: a may the Arabic does not say is a hedge added
    plain = "وقالت الوزارة إن البلديات تغلق المدارس لمدة أسبوع."
    assert found(detect, plain, "The ministry said municipalities may close schools for a week.") == [
        ("certainty", "hedge_added", "", "may", "major")
    ]
    # مرشح is a candidate far more often than 'poised to': it answers no hedge (a reviewer's pair)
    candidate = "وقالت اللجنة إن مرشح الحزب سيعلن برنامجه يوم الأحد."
    assert found(detect, candidate, "The committee said the party candidate may announce his programme on Sunday.") == [
        ("certainty", "modality_changed", "سيعلن", "may", "minor")
    ]


def test_ala_ma_yuqal_after_a_word_that_takes_ala_is_no_hedge():
    # ردا على ما يقال "in response to what is said", تعتمد على ما يقال "relies on what is said": على is the word
    # before's, and the phrase says no 'reportedly' (a reviewer's pairs)
    ar = "وقال الوزير رداً على ما يقال عن استقالته إنه باق في منصبه."
    en = "Responding to talk of his resignation, the minister said he was staying in his post."
    assert found(detect, ar, en) == []
    rely = "وقال القاضي إن المحكمة لا تعتمد على ما يقال في الصحف."
    assert found(detect, rely, "The judge said the court does not rely on what is said in newspapers.") == []


def test_ala_ma_yuqal_closing_its_clause_is_reportedly():
    # رُدما بالأنقاض على ما يُقال. "were filled in with rubble, it is said": the hedge ends its clause, no comma before
    ar = "وأضافت أن اثنين من الآبار رُدما بالأنقاض على ما يُقال."
    assert found(detect, ar, "She added that two of the wells had reportedly been filled in with rubble.") == []
    assert found(detect, ar, "She added that two of the wells had been filled in with rubble.") == [
        ("certainty", "hedge_removed", "على ما يُقال", "", "minor")
    ]


def test_may_after_a_subject_opened_by_no_renders_a_prohibition():
    # لن يُسمح بدخول أي شاحنة "no truck will be allowed in" → 'No truck may enter': deontic, no hedge
    ar = "ولن يُسمح بدخول أي شاحنة إلى وسط المدينة خلال أيام المهرجان."
    assert found(detect, ar, "No truck may enter the city centre during the festival.") == []
    # the twin: with no word of permission the 'may' hedges (ستدخل "will enter")
    firm = "وستدخل الشاحنات إلى وسط المدينة خلال أيام المهرجان."
    assert [f[:4] for f in found(detect, firm, "No truck may enter the city centre during the festival.")] == [
        ("certainty", "modality_changed", "وستدخل", "may")
    ]


def test_as_soon_as_possible_answers_no_may():
    # 'as soon as possible' in a second quote is a manner, no possibility: it does not answer the قد of the first
    ar = 'وقال رئيس الغرفة إن الأضرار "قد تتجاوز عشرة ملايين دينار"، داعياً الحكومة إلى "التعويض في أقرب الآجال".'
    en = (
        "The chamber's head said the damage “exceeds ten million dinars”, urging the government to “pay as soon as "
        "possible”."
    )
    assert [f[:4] for f in found(detect, ar, en)] == [("certainty", "modality_changed", "قد تتجاوز", "exceeds")]
    # 'where possible' with a noun after it ('areas where possible survivors are') is a hedge, no idiom
    survivors = "وقال إن الفرق تبحث في المناطق التي قد يكون فيها ناجون."
    assert found(detect, survivors, "He said the teams are searching areas where possible survivors are.") == []
    # the twin: 'possibly' hedges, and answers it
    hedged = "The chamber's head said the damage “possibly exceeds ten million dinars”, urging the government to pay."
    assert found(detect, ar, hedged) == []


def test_a_place_after_in_is_no_verb_told_in_the_future():
    # متحدثاً في سيغو "speaking in Ségou": سيغو opens with س but stands after في, a place, not سـ + a verb
    ar = "وأوضح المدير، متحدثاً في سيغو، أنه لم تُزرع في الموعد المحدد إلا 140 ألف هكتار."
    en = "The director, speaking in Ségou, said only 140,000 hectares had been sown on time."
    assert found(detect, ar, en) == []
    # the twin: a verb in the future (ستُزرع "will be sown") told as done
    future = "وأوضح المدير، متحدثاً في المدينة، أنه ستُزرع 140 ألف هكتار."
    done = "The director, speaking in the city, said 140,000 hectares have been sown."
    assert [f[:2] for f in found(detect, future, done)] == [("certainty", "modality_changed")]


def test_faqad_before_a_noun_is_the_verb_lost():
    # فقد تركيزه "lost its focus": فقد is the verb, no ف + قد "may"
    en = "The coach said his team lost focus in the second half."
    assert found(detect, "وقال المدرب إن فريقه فقد تركيزه في الشوط الثاني.", en) == []
    assert found(detect, "وقال المدرب إن فريقه قد يفقد تركيزه في الشوط الثاني.", en) != []


def test_all_but_certain_renders_shibh_muakkad():
    en = "Analysts said a cut was all but certain."
    assert found(detect, "وقال محللون إن الخفض شبه مؤكد.", en) == []
    assert found(detect, "وقال محللون إن الخفض شبه محسوم.", en) == []
    assert [f[:2] for f in found(detect, "وقال محللون إن الخفض محتمل.", en)] == [("certainty", "modality_changed")]


def test_a_warning_that_says_will_is_no_hedge_for_likely():
    # حذرت من أن … سيؤدي "warned that … will lead": the clause's own future, told 'is likely to', is hedged
    ar = "وحذّرت جمعيات بيئية من أن تكديس النفايات قرب المياه الجوفية سيؤدي إلى كارثة صحية."
    en = "Environmental groups warned that piling up waste near groundwater is likely to cause a health disaster."
    assert [f[:3] for f in found(detect, ar, en)] == [("certainty", "modality_changed", "سيؤدي")]
    # the twins: the future kept; and a warning whose clause has no future of its own
    assert found(detect, ar, en.replace("is likely to cause", "will cause")) == []
    assert (
        found(detect, "وحذّرت جمعيات بيئية من ارتفاع الأسعار.", "Environmental groups warned prices could rise.") == []
    )
    # a future in another clause after a comma is no future of the warning's
    ar = "وحذّرت جمعيات بيئية من تكديس النفايات، وقالت إن الحكومة ستتحرك."
    en = "Environmental groups warned piling up waste may be dangerous, and said the government would act."
    assert [f for f in found(detect, ar, en) if f[1] == "modality_changed"] == []


def test_a_breakdown_by_type_is_no_source():
    # توزيعاً لها بحسب النوع "a breakdown by type": بحسب sorts the figures there, it credits no one
    ar = "وأضاف أن الصادرات ارتفعت بمقدار الخمس دون أن يقدم توزيعاً لها بحسب النوع."
    assert found(detect, ar, "Exports rose by a fifth, he added, without giving a breakdown by type.") == []
    unsorted = "وارتفعت الصادرات بمقدار الخمس، دون توزيع لها بحسب النوع."
    assert found(detect, unsorted, "Exports rose by a fifth.") == []
    # the twins: بحسب before unnamed sources, or before a country that is a source (البلد المضيف "the host
    # country"), is a credit the English drops
    sourced = "وارتفعت التحويلات بمقدار الخمس بحسب مصادر مصرفية."
    assert [f[:2] for f in found(detect, sourced, "Remittances rose by a fifth.")] == [("certainty", "hedge_removed")]
    host = "وارتفعت المساعدات بمقدار الخمس بحسب البلد المضيف."
    assert [f[:2] for f in found(detect, host, "Aid rose by a fifth.")] == [("certainty", "hedge_removed")]


def test_little_chance_renders_a_possibility():
    # مع احتمال ضئيل "with a slight possibility" → 'with little chance': the chance renders the possibility
    ar = "وتوقعت الأرصاد طقساً حاراً مع احتمال ضئيل لهطول الأمطار."
    assert found(detect, ar, "Forecasters expect hot weather with little chance of rain.") == []
    # the twin: the possibility dropped
    assert [f[:2] for f in found(detect, ar, "Forecasters expect hot weather and rain.")] == [
        ("certainty", "hedge_removed")
    ]


def test_one_of_two_expectations_told_firm():
    # من المتوقع أن يستمر … فيما توقعت النقابة: two expectations, one English 'expected', and the verb after the first
    # told with 'will' ('will continue'): that expectation told firm (minor)
    ar = "ومن المتوقع أن يستمر الإضراب حتى يوم الخميس، فيما توقعت النقابة انفراجاً في الأزمة الأسبوع المقبل."
    firm = "The strike will continue until Thursday, while the union expected a breakthrough in the crisis next week."
    assert found(detect, ar, firm) == [("certainty", "modality_changed", "المتوقع", "will continue", "minor")]
    # the twin: both expectations rendered
    kept = "The strike is expected to continue until Thursday, while the union expected a breakthrough next week."
    assert found(detect, ar, kept) == []


def test_a_tariff_is_no_source():
    # وفق التسعيرة "at the tariff": وفق before a price list is "in line with", no credit
    ar = 'وأشار المدير إلى أن الشركة لن تفرض رسوماً جديدة، مؤكداً أن "الجباية ستبقى وفق التسعيرة المعمول بها حالياً".'
    en = (
        "The director noted that the company would not impose new fees, stressing that “billing will remain at the"
        " tariff currently in force”."
    )
    assert found(detect, ar, en) == []
    # the twin: وفق before unnamed sources is a credit the English drops
    sourced = "وستبقى الجباية على حالها وفق مصادر في الشركة."
    assert [f[:2] for f in found(detect, sourced, "Billing will remain unchanged.")] == [("certainty", "hedge_removed")]


def test_the_two_sides_of_a_compared_possibility_are_one_hedge():
    # احتمال تأجيلها بسبب المطر أكبر من احتمال تأجيلها بسبب الإضراب "more likely to be postponed by rain than by the
    # strike": the second احتمال is the comparison's other side, which 'than' renders
    ar = "وقال الخبير إن احتمال تأجيل المباراة بسبب المطر أكبر من احتمال تأجيلها بسبب الإضراب."
    assert (
        found(detect, ar, "The expert said the match was more likely to be postponed by rain than by the strike.") == []
    )
    # the twin: a second possibility of its own, told as fact
    two = (
        "وقال الخبير إن احتمال تأجيل المباراة بسبب المطر كبير، فيما يبقى احتمال إلغاء البطولة بأكملها بسبب الإضراب"
        " قائماً."
    )
    en = "The expert said the match was likely to be postponed by rain, while the whole tournament is being cancelled."
    assert [f[:2] for f in found(detect, two, en)] == [("certainty", "hedge_removed")]


def test_around_that_places_no_figure_keeps_no_estimate():
    # ويُقدَّر عدد سكان البلدة والقرى المحيطة بها بنحو ٦٠ ألف نسمة "is estimated at about 60,000": 'the villages around
    # it' says where, not about how many; the estimate told as a flat figure
    ar = "ويُقدَّر عدد سكان البلدة والقرى المحيطة بها بنحو ٦٠ ألف نسمة."
    flat = "The town and the villages around it are home to 60,000 people."
    assert found(detect, ar, flat) == [("certainty", "hedge_removed", "ويُقدَّر", "", "minor")]
    # the twin: 'about' before the figure keeps it an estimate
    assert found(detect, ar, "The town and the villages around it are home to about 60,000 people.") == []


def test_the_ones_warned_credit_no_statement():
    # 'had been warned': the shops were told, nobody is credited, so the unnamed sources are dropped
    ar = "وبحسب مصادر في الدفاع المدني، فإن خمسة من المصانع المغلقة كانت قد تلقت إنذارات خلال العام الماضي."
    en = "Five of the closed factories had been warned last year."
    assert [(f[0], f[1]) for f in found(detect, ar, en)] == [("certainty", "hedge_removed")]
    # the English keeps the sources: nothing dropped
    en = "Five of the closed factories had been warned last year, civil defence sources said."
    assert found(detect, ar, en) == []


def test_a_modal_after_a_relative_clause_on_its_subject_is_the_main_clauses_hedge():
    # 'Residents who take part may receive': 'who take part' qualifies the subject; 'may' hedges the main clause (the
    # Arabic's سيحصل "will receive"), no indirect question ('it is not clear who may have been')
    ar = "وسيحصل السكان المشاركون على قسيمة بقيمة 50 دولاراً."
    assert found(detect, ar, "Residents who take part may receive a 50-dollar voucher.") == [
        ("certainty", "modality_changed", "وسيحصل", "may", "minor")
    ]
    # the twins: the future kept; an indirect question after a frame ('asked which companies may win')
    assert found(detect, ar, "Residents who take part will receive a 50-dollar voucher.") == []
    ar = "وتساءل السكان عن الشركات التي قد تفوز بالعقد."
    assert found(detect, ar, "Residents asked which companies may win the contract.") == []
    # … 'which' before a noun asks which one; a 'may' of permission the Arabic gives (يُسمح)
    ar = "وستحدد اللجنة الأسبوع المقبل المناطق التي سيُسمح فيها بالبناء."
    assert found(detect, ar, "The committee will specify next week which areas may be built on.") == []
    ar = "ويُسمح للسكان الذين يحملون تصاريح بدخول المنطقة المغلقة."
    assert found(detect, ar, "Residents who hold permits may enter the closed area.") == []


def test_a_may_clause_is_left_out_only_if_no_later_word_of_it_is_rendered():
    # قد يُبقي جزءاً كبيراً من الحبوب عالقاً "may leave much of the grain stuck": its first three words escape the
    # glosses ('much' for جزءاً كبيراً), but 'grain' renders الحبوب further on: the clause is told, firmly
    ar = (
        "وقال مسؤولون إن الوزارة تتوقع محصولاً قياسياً من القمح هذا العام، غير أن نقص الشاحنات قد يُبقي جزءاً "
        "كبيراً من الحبوب عالقاً في الموانئ."
    )
    told = "Officials said a record wheat crop is expected, but a truck shortage will leave much grain stuck in ports."
    assert found(detect, ar, told) == [("certainty", "modality_changed", "قد يُبقي", "will leave", "major")]
    # the twins: the 'could' kept; the clause left out whole (an omission, no certainty change)
    assert found(detect, ar, told.replace("will leave", "could leave")) == []
    assert found(detect, ar, "The ministry expects a record wheat harvest this year, officials said.") == []
    # … and a word of the clause whose sense the main clause says (المصنع 'factory') tells nothing of the clause
    ar = "وقالت الشركة إن المصنع سيغلق في مارس، وقد يفقد مئات العمال في المصنع وظائفهم."
    assert found(detect, ar, "The company said the factory will close in March.") == []


def test_estimated_renders_the_past_verb_of_estimating_and_answers_no_likely():
    # وقدّرت مؤسسة … على الأرجح: 'estimated' renders وقدّرت, so it answers no 'likely' the English drops (the masculine
    # قدّر is left out: written without its marks it is also قدر "amount", بقدر كبير "largely")
    ar = "وقدّرت مؤسسة أبحاث أن يكلف الإضراب الشركة على الأرجح ما بين 8 و10 ملايين يورو يومياً."
    told = "The strike will cost the company between €8 million and €10 million a day, a research firm estimated."
    assert found(detect, ar, told) == [("certainty", "hedge_removed", "على الأرجح", "", "major")]
    # the twins: 'likely' kept; قدر "amount" (بقدر كبير) answers no 'likely' the English adds
    assert found(detect, ar, told.replace("will cost", "is likely to cost")) == []
    ar = "ويعتمد نجاح الخطة بقدر كبير على التمويل."
    assert found(detect, ar, "The plan's success will likely depend largely on funding.") == [
        ("certainty", "hedge_added", "", "likely", "major")
    ]
