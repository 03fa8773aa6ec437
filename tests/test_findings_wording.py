"""Loaded wording detector: paired neutral/loaded terms in both directions."""

from __future__ import annotations

from findings_helpers import found

from workbench.findings.base import AlignedPair
from workbench.findings.wording import detect
from workbench.records import Finding, Link, Sentence


def _pair(ar: str, en: str, rendering: str = "") -> AlignedPair:
    """One Arabic sentence linked to one English sentence; ``rendering`` stands in for the translator."""
    return AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), (rendering,)
    )


def _found(ar: str, en: str, rendering: str = "") -> list[tuple[str, str, str, str]]:
    return [(f.subtype, f.ar_span, f.en_span, f.severity) for f in detect(_pair(ar, en, rendering))]


def _after(before: str, ar: str, en: str) -> list[Finding]:
    """The findings on one link whose Arabic sentence follows ``before`` in the document."""
    return detect(
        AlignedPair(
            Link((1,), (0,), 1.0),
            (Sentence(1, ar, 0, len(ar)),),
            (Sentence(0, en, 0, len(en)),),
            ("",),
            ar_before=(Sentence(0, before, 0, len(before)),),
        )
    )


def test_gunmen_became_terrorists():
    assert _found("هاجم مسلحون نقطة تفتيش", "Terrorists attacked a checkpoint") == [
        ("loaded", "مسلحون", "Terrorists", "major")
    ]
    (finding,) = detect(_pair("هاجم مسلحون نقطة تفتيش", "Terrorists attacked a checkpoint"))
    assert finding.explanation == "Arabic 'مسلحون' (neutral: 'gunmen') became the loaded 'Terrorists'"


def test_faithful_and_softened():
    assert _found("هاجم مسلحون نقطة تفتيش", "Gunmen attacked a checkpoint") == []
    assert _found("هاجم إرهابيون نقطة تفتيش", "Gunmen attacked a checkpoint") == [
        ("loaded", "إرهابيون", "Gunmen", "minor")
    ]


def test_protesters_and_killed():
    assert _found("أغلق المحتجون الطريق", "Rioters blocked the road") == [("loaded", "المحتجون", "Rioters", "major")]
    assert _found("قتل ثلاثة مدنيين", "Three civilians were slaughtered") == [("loaded", "قتل", "slaughtered", "major")]


def test_a_neutral_rendering_of_another_term_is_not_loaded():
    # 'militants' is the agencies' ordinary word for armed men and for an armed group's members
    assert _found("اشتبكت القوات مع مسلحين", "Troops clashed with militants") == []
    assert _found("اعتقلت القوات عناصر من التنظيم", "Troops arrested militants of the group") == []
    assert _found("اعتقلت القوات عناصر من التنظيم", "Troops arrested terrorists of the group") == [
        ("loaded", "عناصر", "terrorists", "major")
    ]


def test_sponsor_the_arabic_never_names():
    ar = "قوات الأمن تنتشر في زاخو بعد مواجهات مع مسلحين محليين"
    assert found(detect, ar, "Security forces deploy in Zakho after clashes with local gunmen") == []
    assert found(detect, ar, "Security forces deploy in Zakho after clashes with PKK-linked militants") == [
        ("wording", "loaded", "مسلحين", "PKK-linked", "major")
    ]
    named = "قوات الأمن تنتشر في زاخو بعد مواجهات مع مسلحين تابعين لحزب العمال الكردستاني"
    assert found(detect, named, "Security forces deploy in Zakho after clashes with PKK-linked militants") == []
    # التحالف الدولي → 'US-led coalition' is the ordinary rendering
    assert found(detect, "قصفت طائرات التحالف الدولي مواقع في البادية", "US-led coalition jets struck positions") == []


def test_who_leads_a_body_is_its_name_and_actors_the_arabic_never_mentions_are_minor():
    # الإدارة الذاتية → 'the Kurdish-led administration': how wires name the body, no sponsor tied to anyone
    ar = "وقال مسؤول في الإدارة الذاتية إن الحريق نجم عن تسرب في أحد الأنابيب."
    assert found(detect, ar, "An official of the Kurdish-led administration said a leaking pipe caused the fire.") == []
    # the twin: the same sponsor tied to armed actors the Arabic names (مسلحين) is the writer's framing
    armed = "وقال مسؤول في الإدارة الذاتية إن مسلحين أشعلوا الحريق."
    assert found(detect, armed, "An official said Kurdish-led militants set the fire.") == [
        ("wording", "loaded", "مسلحين", "Kurdish-led", "major")
    ]
    # actors the Arabic does not mention at all: the English adds them; the tie is reported, as minor
    quiet = "ولم تتبن أي جهة الهجوم حتى الآن."
    assert found(detect, quiet, "No one has claimed the attack, which officials blamed on Iran-backed militias.") == [
        ("wording", "loaded", "", "Iran-backed", "minor"),
        ("wording", "loaded", "", "militias", "minor"),
    ]
    # 'outside' after the actors renders خارج, not the actors
    outside = "ولم تتبن أي جهة الهجوم الذي انطلق من خارج البلاد."
    en = "No one has claimed the attack, launched by Iran-backed militias outside the country."
    assert [f[3:] for f in found(detect, outside, en)] == [("Iran-backed", "minor"), ("militias", "minor")]
    # the twin: the Arabic names the group the English ties to a sponsor: major
    named = "وأدى قصف لجماعة الحوثي إلى مقتل مدنيين"
    assert found(detect, named, "Shelling by the Iran-backed Houthi militia killed civilians")[0] == (
        "wording",
        "loaded",
        "",
        "Iran-backed",
        "major",
    )


def test_turkish_shelling_made_occupation():
    ar = "قصف تركي يستهدف مزارع قرب بلدة شيلادزي"
    assert found(detect, ar, "Turkish forces shell farms near the town of Shiladze") == []
    assert [f[:2] for f in found(detect, ar, "Turkish occupation forces shell farms near the town of Shiladze")] == [
        ("wording", "loaded")
    ]


def test_occupation_used_as_a_label_before_a_military_noun():
    ar = "أصيب راعيان بجروح في غارة لطائرة مسيرة إسرائيلية على قرية حدودية"
    en = "Two shepherds were wounded when an Israeli occupation drone struck a border village"
    assert [f[:2] + f[3:4] for f in found(detect, ar, en)] == [("wording", "loaded", "occupation drone")]
    assert found(detect, ar, en.replace("occupation ", "")) == []
    # the Arabic says occupation too: the label is the source's own
    said = "أصيب راعيان بجروح في غارة لطائرة مسيرة تابعة للاحتلال الإسرائيلي على قرية حدودية"
    assert found(detect, said, en) == []


def test_a_label_phrase_whose_noun_the_arabic_says_is_still_loaded():
    # القوات الأجنبية says 'forces', not 'occupation': one word of the phrase said does not excuse the label
    ar = "وأكد أن الطائرة تابعة للقوات الأجنبية التي تستخدم قاعدة التقدم الجوية."
    en = "He said the drone belonged to the foreign occupation forces operating out of al-Taqaddum air base."
    assert [f[:2] + f[3:4] for f in found(detect, ar, en)] == [("wording", "loaded", "occupation forces")]
    assert found(detect, ar, en.replace("occupation ", "")) == []
    said = "وأكد أن الطائرة تابعة لقوات الاحتلال الأجنبية التي تستخدم قاعدة التقدم الجوية."
    assert found(detect, said, en) == []


def test_a_loaded_word_nothing_in_the_arabic_says():
    # the English adds a judging adjective / a condemning label that the Arabic has no word for
    assert _found("ندد الوزير بالهجوم على الحاجز", "The minister condemned the cowardly attack on the checkpoint.") == [
        ("loaded", "", "cowardly", "minor")
    ]
    assert _found("اعتقلت الشرطة أفراد المجموعة", "Police arrested members of the gang.") == [
        ("loaded", "", "gang", "minor")
    ]
    # faithful twins: the Arabic says as much (a listed form, or a word whose glosses hold it)
    assert (
        _found("ندد الوزير بالهجوم الجبان على الحاجز", "The minister condemned the cowardly attack on the checkpoint.")
        == []
    )
    assert _found("اعتقلت الشرطة أفراد العصابة", "Police arrested members of the gang.") == []
    assert _found("وصف القرار بأنه متهور", "He called the decision reckless.") == []


def test_a_loaded_word_inside_a_quote_is_left_to_the_quote_detector():
    assert _found("قال إن القرار خاطئ", 'He said the decision was "disastrous".') == []
    assert _found("قال إن القرار خاطئ", "He said the decision was disastrous.") == [
        ("loaded", "", "disastrous", "minor")
    ]


def test_a_listed_loaded_term_inside_a_quote_the_arabic_also_quotes_is_the_quotes_business():
    ar = 'وقال المتحدث إن "القوات الحكومية استعادت السيطرة على البلدة".'
    assert _found(ar, "The spokesman said “regime forces regained control of the town”.") == []
    # outside the quotation marks the same word is the writer's own: loaded
    assert _found(ar, "The spokesman said regime forces regained control of the town.") == [
        ("loaded", "الحكومية", "regime", "major")
    ]
    # so is a label the writer puts in quotation marks of its own, with no Arabic quote behind them
    own = 'وقال المتحدث إن "الجيش استعاد السيطرة على البلدة" بعد معارك مع المسلحين.'
    assert _found(
        own, "The spokesman said “the army regained control of the town” after battles with “terrorists”."
    ) == [("loaded", "المسلحين", "terrorists", "major")]


def test_a_judging_word_no_list_of_ours_holds():
    # 'hateful', 'defiant', 'ugly' are in no word list of the detector: the valence lexicon rates them negative
    ar = "اعتقلت الشرطة رجلا بعد هجوم على مسجد"
    assert _found(ar, "Police arrested a man after a hateful attack on a mosque.") == [
        ("loaded", "هجوم", "hateful", "minor")
    ]
    (finding,) = detect(_pair(ar, "Police arrested a man after a hateful attack on a mosque."))
    assert finding.explanation == "The English calls it 'hateful attack'; nothing in the Arabic judges the attack so"
    statement = "أصدر مكتب النائب بيانا قال فيه إنه سيصوت لصالح القانون"
    assert _found(statement, "The deputy's office issued a defiant statement saying he would vote for the law.") == [
        ("loaded", "بيانا", "defiant", "minor")
    ]
    # faithful twins: the plain rendering, and an Arabic qualifier next to the noun (حاقد "spiteful")
    assert _found(ar, "Police arrested a man after an attack on a mosque.") == []
    assert _found(statement, "The deputy's office issued a statement saying he would vote for the law.") == []
    spiteful = "اعتقلت الشرطة رجلا بعد هجوم حاقد على مسجد"
    assert _found(spiteful, "Police arrested a man after a hateful attack on a mosque.") == []


def test_a_judging_word_an_arabic_form_on_its_row_says_is_no_change():
    # الغاشم 'tyrannical' is listed with 'brutal'; the glosses do not say it, and nothing else near the noun judges
    en = "The minister added that the brutal aggression on the border villages lasted a week."
    assert _found("وأضاف الوزير أن العدوان الغاشم على القرى الحدودية استمر أسبوعا", en) == []
    assert _found("وأضاف الوزير أن العدوان على القرى الحدودية استمر أسبوعا", en) == [("loaded", "", "brutal", "minor")]


def test_a_judging_word_rendering_the_nouns_own_arabic_adjective_is_no_change():
    # المتعففة 'modest' is the Arabic's own adjective for the families: 'needy' renders it
    en = "The minister added that the charity hands out food to the needy families every week."
    assert _found("وأضاف الوزير أن الجمعية توزع الطعام على العائلات المتعففة كل أسبوع", en) == []
    assert _found("وأضاف الوزير أن الجمعية توزع الطعام على العائلات كل أسبوع", en) == [
        ("loaded", "العائلات", "needy", "minor")
    ]
    # an adjective the English renders elsewhere ('rural' for الريفية) leaves the judging word unaccounted for
    rural = "The minister added that the charity hands out food every week to the needy families in rural areas."
    assert _found("وأضاف الوزير أن الجمعية توزع الطعام على العائلات الريفية كل أسبوع", rural) == [
        ("loaded", "العائلات", "needy", "minor")
    ]


def test_a_judging_word_needs_a_modifier_slot_outside_quotes():
    # a participle describes ('the wounded man'), and a quoted judgement is the quote detector's
    assert _found("تم نقل الرجل إلى المستشفى", "The wounded man was taken to hospital.") == []
    assert _found("قال إن هجوم الجمعة كان متوقعا", 'He said "the hateful attack" on Friday was expected.') == []
    assert _found("قال إن هجوم الجمعة كان متوقعا", "He said the hateful attack on Friday was expected.") == [
        ("loaded", "هجوم", "hateful", "minor")
    ]
    # the noun must be one the Arabic says: a judged noun with no Arabic counterpart is no rendering of it
    assert _found("قال إن هجوم الجمعة كان متوقعا", "He said the hateful campaign was expected.") == []


def test_a_negative_prefix_renders_the_arabic_negation():
    # غير شرعي "not lawful" is rendered 'illegal': the Arabic says it with two words
    assert _found("ضبط الجيش شاحنة قرب معبر غير شرعي", "The army seized a truck near an illegal crossing.") == []
    assert _found("ضبط الجيش شاحنة قرب معبر", "The army seized a truck near an illegal crossing.") == [
        ("loaded", "معبر", "illegal", "minor")
    ]


def test_a_noun_in_the_modifier_slot_is_no_judgement():
    # 'crisis' (a noun the valence list rates negative) before 'delegation': a compound, not a judgement
    ar = "وصل الوفد إلى المدينة صباح الأحد"
    assert _found(ar, "The crisis delegation arrived in the city on Sunday morning.") == []
    assert _found(ar, "The pathetic delegation arrived in the city on Sunday morning.") == [
        ("loaded", "الوفد", "pathetic", "minor")
    ]


def test_strong_praise_no_list_of_ours_holds():
    ar = "عاد الجنود إلى مدينتهم بعد المعركة"
    en = "The soldiers returned to their city after the glorious battle."
    assert _found(ar, en) == [("loaded", "المعركة", "glorious", "minor")]
    (finding,) = detect(_pair(ar, en))
    assert finding.explanation == "The English calls it 'glorious battle'; nothing in the Arabic praises the battle so"
    # faithful twins: the Arabic says it (المجيدة "glorious"); mild praise ('fair') is ordinary wording
    assert _found("عاد الجنود إلى مدينتهم بعد المعركة المجيدة", en) == []
    assert _found(ar, "The soldiers returned to their city after the battle.") == []
    assert _found(ar, "The soldiers returned to their city after the fair battle.") == []


def test_a_particle_beside_the_noun_judges_nothing():
    # عند "at" and إلا "but" have rare noun readings with negative senses ('stubborn'): they qualify no noun
    assert _found("ضبط الجيش شاحنة عند معبر", "The army seized a truck at an illegal crossing.") == [
        ("loaded", "معبر", "illegal", "minor")
    ]
    ar = "أصدر الوزير بيانه إلا أن الخطة تأخرت"
    assert _found(ar, "The minister issued his defiant statement but the plan was late.") == [
        ("loaded", "بيانه", "defiant", "minor")
    ]
    assert _found(ar, "The minister issued his statement but the plan was late.") == []


def test_a_negated_qualifier_is_rendered_by_an_adjective():
    # منزل غير مأهول "a house not lived in" → 'an empty house': the Arabic qualifies the noun itself
    en = "A drone struck an empty house in the village."
    assert _found("أغارت مسيرة على منزل غير مأهول في القرية", en) == []
    assert _found("أغارت مسيرة على منزل في القرية", en) == [("loaded", "منزل", "empty", "minor")]


def test_a_strongly_negative_arabic_adjective_the_english_leaves_out():
    ar = "أصيب عشرات الأشخاص في اشتباكات عنيفة مع الشرطة"
    assert _found(ar, "Dozens of people were hurt in clashes with police.") == [("loaded", "عنيفة", "", "minor")]
    (finding,) = detect(_pair(ar, "Dozens of people were hurt in clashes with police."))
    assert finding.explanation == "Arabic 'عنيفة' ('violent') has no counterpart: the English says 'clashes' without it"
    # faithful twins: the adjective rendered, or rendered by another modifier of the noun ('heavy clashes')
    assert _found(ar, "Dozens of people were hurt in violent clashes with police.") == []
    assert _found(ar, "Dozens of people were hurt in heavy clashes with police.") == []
    plain = "أصيب عشرات الأشخاص في اشتباكات مع الشرطة"
    assert _found(plain, "Dozens of people were hurt in clashes with police.") == []
    # the judgement moved to another English word the Arabic does not say ('hateful' for عنيفة)
    assert _found(ar, "Dozens of people were hurt in clashes with hateful police.") == []


def test_the_colloquial_arabic_name_for_isis_members_rendered_isis_is_no_softening():
    assert found(detect, "وقتلت القوات عشرة من الدواعش.", "The forces killed ten ISIS members.") == []


def test_isis_called_jihadists_in_the_english_is_loaded():
    assert [f[:2] for f in found(detect, "وقتلت القوات عشرة من عناصر داعش.", "The forces killed ten jihadists.")] == [
        ("wording", "loaded")
    ]


def test_an_arabic_adjective_of_degree_the_english_leaves_out():
    # الشديد's first sense 'intense' is one of VADER's intensifiers (intensely): a softening when left out
    ar = "تراجعت الحكومة تحت الضغط الشديد من المعارضة"
    assert _found(ar, "The government backed down under pressure from the opposition.") == [
        ("loaded", "الشديد", "", "minor")
    ]
    (finding,) = detect(_pair(ar, "The government backed down under pressure from the opposition."))
    assert finding.explanation == (
        "Arabic 'الشديد' ('intense') has no counterpart: the English says 'pressure' without it"
    )
    # faithful twins: the adjective rendered, or rendered by another modifier; no adjective in the Arabic
    assert _found(ar, "The government backed down under intense pressure from the opposition.") == []
    assert _found(ar, "The government backed down under heavy pressure from the opposition.") == []
    plain = "تراجعت الحكومة تحت الضغط من المعارضة"
    assert _found(plain, "The government backed down under pressure from the opposition.") == []
    assert _found("وقعت خسائر هائلة في المدينة", "There were losses in the city.") == [("loaded", "هائلة", "", "minor")]
    assert _found("وقعت خسائر هائلة في المدينة", "There were huge losses in the city.") == []


def test_strong_arabic_praise_the_english_leaves_out():
    ar = "أشاد المدرب بالأداء الرائع للفريق"
    assert _found(ar, "The coach praised the performance of the team.") == [("loaded", "الرائع", "", "minor")]
    assert _found(ar, "The coach praised the splendid performance of the team.") == []
    # the praise moved to another English word the Arabic does not say
    assert _found(ar, "The coach was delighted with the performance of the team.") == []
    # ordinary praise ('good' for الجيد) is description, not a judgement worth a finding
    assert _found("أشاد المدرب بالأداء الجيد للفريق", "The coach praised the performance of the team.") == []


def test_a_name_after_a_possessed_noun_is_no_adjective():
    # سارة reads as the adjective 'delightful', but after the definite والدته it is her name
    assert _found("اتصلت والدته سارة بالشرطة", "His mother, Sarah, called the police.") == []
    # twin: a definite adjective after a possessed noun qualifies it
    assert _found("شن الجيش هجومه الهائل على المدينة", "The army launched its attack on the city.") == [
        ("loaded", "الهائل", "", "minor")
    ]
    assert _found("شن الجيش هجومه الهائل على المدينة", "The army launched its huge attack on the city.") == []


def test_a_label_whose_everyday_sense_is_neutral_is_not_loaded():
    assert _found("شارك زميله في كتابة الأغنية", "His collaborator co-wrote the song.") == []
    assert _found("وصف الرئيس الوزير السابق بأنه عدو", "The president called the former minister a traitor.") == [
        ("loaded", "", "traitor", "minor")
    ]


def test_an_english_adjective_of_degree_nothing_in_the_arabic_says():
    # 'enormous' (VADER's intensifier 'enormously') strengthens a noun the Arabic leaves unqualified
    ar = "تجمع حشد في الساحة"
    assert _found(ar, "An enormous crowd gathered in the square.") == [("loaded", "حشد", "enormous", "minor")]
    (finding,) = detect(_pair(ar, "An enormous crowd gathered in the square."))
    assert finding.explanation == "The English calls it 'enormous crowd'; nothing in the Arabic qualifies the crowd so"
    # faithful twins: an Arabic adjective beside the noun (ضخم 'large') is what the English strengthened; no
    # degree word; an ordinary describing word from the booster list ('complete') is no degree word
    assert _found("تجمع حشد ضخم في الساحة", "An enormous crowd gathered in the square.") == []
    assert _found(ar, "A crowd gathered in the square.") == []
    assert _found(ar, "The complete crowd gathered in the square.") == []


def test_a_derogatory_label_for_people_nothing_in_the_arabic_says():
    ar = "اعتقلت الشرطة عددا من المشجعين بعد المباراة"
    assert _found(ar, "Police arrested a number of hooligans after the match.") == [
        ("loaded", "", "hooligans", "minor")
    ]
    # faithful twins: the Arabic says as much (مشاغبين "troublemakers"); the neutral word
    said = "اعتقلت الشرطة عددا من المشاغبين بعد المباراة"
    assert _found(said, "Police arrested a number of hooligans after the match.") == []
    assert _found(ar, "Police arrested a number of fans after the match.") == []


def test_a_violent_manner_the_english_leaves_out():
    ar = "ضربت الشرطة المتظاهرين بعنف"
    assert _found(ar, "Police hit the demonstrators.") == [("loaded", "بعنف", "", "minor")]
    (finding,) = detect(_pair(ar, "Police hit the demonstrators."))
    assert finding.explanation == "Arabic 'بعنف' ('violence') has no counterpart: 'ضربت' is rendered without it"
    brutally = "ضربت الشرطة المتظاهرين بوحشية"
    assert _found(brutally, "Police hit the demonstrators.") == [("loaded", "بوحشية", "", "minor")]
    # faithful twins: the manner rendered ('violently', 'with force'); no manner in the Arabic
    assert _found(ar, "Police violently hit the demonstrators.") == []
    assert _found(ar, "Police hit the demonstrators with force.") == []
    assert _found("ضربت الشرطة المتظاهرين", "Police hit the demonstrators.") == []
    # بجريمة "for a crime" names a thing, not a manner
    assert _found("اعتقلت الشرطة الرجل بجريمة", "Police arrested the man.") == []


def test_a_label_put_on_the_neutral_arabic_word_is_loaded():
    # حشود "crowds", التابعين "affiliated" and فئة "group" say nothing loaded: the English label loads them
    assert _found("تجمعت حشود من المتظاهرين أمام البرلمان", "Hordes of protesters gathered outside parliament.") == [
        ("loaded", "", "Hordes", "minor")
    ]
    assert _found("اعتقلت الشرطة العناصر التابعين للحزب", "Police arrested the party's underlings.") == [
        ("loaded", "", "underlings", "minor")
    ]
    assert _found("وقالت فئة من السياسيين إن الاتفاق فشل", "A cabal of politicians said the deal had failed.") == [
        ("loaded", "", "cabal", "minor")
    ]
    # faithful twins: the neutral English word; an Arabic word as loaded as the label (جحافل, أزلام, زمرة)
    assert _found("تجمعت حشود من المتظاهرين أمام البرلمان", "Crowds of protesters gathered outside parliament.") == []
    assert _found("تجمعت جحافل من المتظاهرين أمام البرلمان", "Hordes of protesters gathered outside parliament.") == []
    assert _found("اعتقلت الشرطة أزلام الحزب", "Police arrested the party's underlings.") == []
    assert _found("وقالت زمرة من السياسيين إن الاتفاق فشل", "A cabal of politicians said the deal had failed.") == []


def test_a_noun_in_y_before_a_noun_is_no_judging_adjective():
    # 'the holiday period' for فترة الإجازة: 'holiday' is a noun, not praise of the period
    ar = "وسيعمل المعبر بطاقته الكاملة طوال فترة الإجازة."
    assert _found(ar, "The crossing will operate at full capacity throughout the holiday period.") == []
    # the twin: an adjective in -y that judges the period is new
    assert [f[0] for f in _found(ar, "The crossing will operate at full capacity throughout the bloody period.")] == [
        "loaded"
    ]


def test_a_return_told_as_a_deportation_is_loaded():
    ar = "وسير الأمن العام قافلة عودة طوعية لنحو أربعمئة لاجئ من البلدة."
    assert [f[:3] for f in _found(ar, "General Security deported some 400 refugees from the town.")] == [
        ("loaded", "عودة طوعية", "deported")
    ]
    # the twin: the return rendered as a return
    assert _found(ar, "General Security organised the voluntary return of some 400 refugees from the town.") == []


def test_overdue_dues_told_as_withheld_are_loaded():
    ar = "وطالب المجلس بإطلاق المستحقات المتأخرة منذ ثلاث سنوات."
    assert [f[:3] for f in _found(ar, "The council demanded the release of dues withheld for three years.")] == [
        ("loaded", "المتأخرة", "withheld")
    ]
    # the twin: the Arabic says they are held back, and the English says so too
    ar = "وطالب المجلس بإطلاق المستحقات المحتجزة منذ ثلاث سنوات."
    assert _found(ar, "The council demanded the release of dues withheld for three years.") == []


def test_militiamen_is_loaded_like_militia():
    # عناصر "members" of a force called militiamen, as they would be called a militia
    ar = "وأوقف عناصر من القوات عدداً من الفارين عند نقاط التفتيش."
    assert [f[:3] for f in _found(ar, "Militiamen stopped a number of those fleeing at checkpoints.")] == [
        ("loaded", "عناصر", "Militiamen")
    ]
    # the twin: the Arabic says ميليشيا itself
    ar = "وأوقف عناصر من الميليشيا عدداً من الفارين عند نقاط التفتيش."
    assert _found(ar, "Militiamen stopped a number of those fleeing at checkpoints.") == []


def test_a_return_or_delay_of_something_else_is_no_neutral_source():
    # عودة الهدوء "calm returned" and تأخر "was delayed" are no return of people or overdue dues: an 'expelled'
    # or 'withheld' beside them renders another Arabic verb (أخرجت، أبعدت، تحتجزها)
    assert (
        _found(
            "أخرجت القوات المسلحين من البلدة بعد عودة الهدوء إليها.",
            "Forces expelled the gunmen from the town after calm returned to it.",
        )
        == []
    )
    assert (
        _found(
            "وقالت المفوضية إن لاجئين عادوا من لبنان، فيما أبعدت السلطات آخرين.",
            "The UNHCR said refugees returned from Lebanon, while authorities deported others.",
        )
        == []
    )
    assert (
        _found(
            "وطالب الموظفون بصرف رواتبهم المتأخرة التي تحتجزها الوزارة.",
            "The employees demanded their overdue salaries, which the ministry is withholding.",
        )
        == []
    )
    # the twin: the overdue salaries alone, told as withheld
    assert [
        f[:3]
        for f in _found("وطالب الموظفون بصرف رواتبهم المتأخرة.", "The employees demanded their withheld salaries.")
    ] == [("loaded", "المتأخرة", "withheld")]


def test_loaded_word_beside_the_neutral_rendering_of_the_arabic_term():
    # المتظاهرين is rendered 'the protesters': the loaded 'thugs' renders another word (مجرمون 'criminals')
    ar = "هاجم مجرمون المتظاهرين بالعصي"
    assert all(f[3] != "major" for f in _found(ar, "Thugs attacked the protesters with sticks"))
    # with no neutral rendering, the protesters became the thugs
    assert _found(ar, "Criminals attacked the thugs with sticks") == [("loaded", "المتظاهرين", "thugs", "major")]


def test_loaded_word_renders_a_harsh_arabic_adjective_the_lists_miss():
    # عنيفة 'violent' is no listed form of 'brutal', and no English word renders it: 'brutal' does
    assert (
        _found("شنت السلطات حملة قمع عنيفة ضد المعارضين", "The authorities launched a brutal crackdown on dissidents")
        == []
    )
    # a label is not excused so: 'thugs' for مجرمين 'criminals' names the people otherwise
    assert _found("اعتقلت الشرطة مجرمين في الحي", "Police arrested thugs in the district") == [
        ("loaded", "", "thugs", "minor")
    ]
    # nothing harsh in the Arabic, or its harsh word rendered by another English word: 'brutal' is the writer's
    for ar, en in (
        ("شنت السلطات حملة قمع ضد المعارضين", "The authorities launched a brutal crackdown on dissidents"),
        (
            "شنت السلطات حملة قمع عنيفة ضد المعارضين",
            "The authorities launched a violent and brutal crackdown on dissidents",
        ),
    ):
        assert _found(ar, en) == [("loaded", "", "brutal", "minor")]


def test_defective_adjective_says_its_loaded_word():
    # مخز, the indefinite form of مخزي 'shameful' (the final ya dropped), says it
    assert _found("وصف المتحدث القرار بأنه مخز", "The spokesman called the decision shameful") == []
    assert _found("وصف المتحدث القرار بأنه خاطئ", "The spokesman called the decision shameful") == [
        ("loaded", "", "shameful", "minor")
    ]


def test_judging_word_before_a_hyphenated_compound_qualifies_its_head():
    # 'dismal' qualifies 'performance' (أداء باهتا "a dull performance"), not 'first' of 'first-half'
    assert _found("قدم الفريق أداء باهتا في الشوط الأول", "The team put in a dismal first-half performance") == []
    assert _found("قدم الفريق أداء في الشوط الأول", "The team put in a dismal performance in the first half") == [
        ("loaded", "أداء", "dismal", "minor")
    ]


def test_utter_failure_says_catastrophic():
    # فشل ذريع, the usual Arabic collocation for an utter failure
    assert (
        _found("كشف التحقيق عن فشل ذريع في إجراءات السلامة", "The inquiry found a catastrophic failure of safety rules")
        == []
    )
    assert _found(
        "كشف التحقيق عن فشل في إجراءات السلامة", "The inquiry found a catastrophic failure of safety rules"
    ) == [("loaded", "", "catastrophic", "minor")]


def test_noun_in_ment_before_a_noun_is_no_judging_adjective():
    # 'unemployment' ends like 'violent' but is a noun modifying 'rate'
    assert _found("لم يتغير معدل البطالة في الشهر الماضي", "The unemployment rate was unchanged last month") == []
    assert _found("لم يتغير معدل البطالة في الشهر الماضي", "The dismal rate was unchanged last month") == [
        ("loaded", "معدل", "dismal", "minor")
    ]


def test_murder_renders_qatal_in_a_crime_report():
    # a court or police report of a killing: English news calls it a murder
    assert _found("قالت المحكمة إن الرجل قتل شريكه", "The court said the man murdered his partner") == []
    # no word of crime and justice: the killing is made a murder
    assert _found("قتل جنود ثلاثة مزارعين في القرية", "Soldiers murdered three farmers in the village") == [
        ("loaded", "قتل", "murdered", "major")
    ]
    # armed actors killing: no crime report, though the police tell of it
    assert _found("قالت الشرطة إن مسلحين قتلوا حارسا", "Police said gunmen murdered a guard") == [
        ("loaded", "قتلوا", "murdered", "major")
    ]


def test_a_loaded_arabic_word_rendered_by_a_listed_judging_word_is_not_softened():
    assert _found("يعيش النازحون في ظروف مزرية", "The displaced are living in appalling conditions") == []
    assert _found("يعيش النازحون في ظروف مزرية", "The displaced are living in difficult conditions") == [
        ("loaded", "مزرية", "living", "minor")
    ]


def test_a_loaded_word_in_a_set_phrase_has_its_everyday_sense():
    assert _found("البلاد عالقة في حلقة مفرغة من الديون", "The country is caught in a vicious circle of debt") == []
    assert _found("شن الرجال هجوما على القرية", "The men launched a vicious attack on the village") == [
        ("loaded", "", "vicious", "minor")
    ]
    assert _found("ستغير الحكومة قواعد التأشيرات", "The government will change the visa regime") == []
    assert _found("قالت الحكومة السورية إنها سترد", "The Syrian regime said it would respond") == [
        ("loaded", "الحكومة", "regime", "major")
    ]


def test_a_violence_word_is_figurative_where_the_arabic_speaks_of_no_violence():
    assert _found("شهدت أسواق الأسهم انهيارا كبيرا يوم الاثنين", "Stock markets suffered a bloodbath on Monday") == []
    assert _found("فاز الفريق على منافسه بسبعة أهداف", "The team's 7-0 win was a massacre of its rivals") == []
    # an attack or a suicide is violence or death: the word is meant literally, and loads it
    assert _found("شهدت القرية هجوما يوم الاثنين", "The village saw a bloodbath on Monday") == [
        ("loaded", "", "bloodbath", "minor")
    ]
    assert _found("انتحر الشاب في سن الثامنة عشرة", "The young man slaughtered himself at eighteen") == [
        ("loaded", "", "slaughtered", "minor")
    ]


def test_heinous_renders_nakra():
    assert _found("أدان الرئيس الجريمة النكراء", "The president condemned the heinous crime") == []
    assert _found("أدان الرئيس الجريمة", "The president condemned the heinous crime") == [
        ("loaded", "", "heinous", "minor")
    ]


def test_propaganda_renders_the_adjective_diaaiya():
    assert _found("تواجه الحكومة حملة دعائية", "The government faces a propaganda campaign") == []
    assert _found("تواجه الحكومة حملة إعلامية", "The government faces a propaganda campaign") == [
        ("loaded", "", "propaganda", "minor")
    ]


def test_a_loaded_arabic_word_rendered_in_another_sense_is_not_softened():
    # نظام 'system' rendered as such: the word is not the regime that 'government' would soften
    assert _found("قالت الحكومة إنها ستصلح نظام الصحة", "The government will fix the health system") == []
    assert _found("قال معارضون إن النظام اعتقل مئات الطلاب", "Opponents said the government arrested students") == [
        ("loaded", "النظام", "government", "minor")
    ]


def test_a_killing_by_the_police_called_a_murder_is_loaded():
    assert _found("قالت الشرطة إن رجالها قتلوا متظاهرا", "Police said officers murdered a protester") == [
        ("loaded", "قتلوا", "murdered", "major")
    ]
    assert _found("قال المتهم إنه قتل متظاهرا", "The defendant said he murdered a protester") == []


def test_riot_police_are_a_unit_in_either_language():
    ar = "أطلقت قوات الأمن الغاز المسيل للدموع لتفريق التظاهرات"
    assert _found(ar, "Riot police fired tear gas to disperse the crowds") == []
    assert _found(ar, "Police fired tear gas to disperse the riots") == [("loaded", "التظاهرات", "riots", "major")]
    assert _found("فرقت قوات مكافحة الشغب الاحتجاجات", "Security forces broke up the protests") == []
    assert _found("فرقت الشرطة أعمال الشغب", "Police broke up the protests") == [
        ("loaded", "الشغب", "protests", "minor")
    ]


def test_an_arabic_name_read_as_an_adjective_is_no_dropped_judgement():
    # كيبيك 'Quebec' reads as كئيب 'depressed'; the English spells the name
    ar = "دفع الدخان المنبعث من حرائق الغابات في شمال كيبيك التلوث إلى مستويات قياسية"
    assert _found(ar, "Smoke from wildfires in northern Quebec pushed pollution to record levels.") == []
    # twin: the same adjective, no name of its sound in the English
    sad = "دفع الدخان المنبعث من حرائق الغابات في شمال كئيب التلوث إلى مستويات قياسية"
    assert _found(sad, "Smoke from wildfires in the north pushed pollution to record levels.") != []


def test_an_adjective_inside_a_name_the_english_renders_is_no_dropped_praise():
    # الدوري الإنجليزي الممتاز is the English Premier League: الممتاز 'excellent' is a word of the name
    ar = "رفض النادي عرضا من ناد في الدوري الإنجليزي الممتاز"
    assert _found(ar, "The club rejected an offer from an English Premier League side.") == []
    # twin: the same adjective on a common noun rendered bare is praise left out
    assert _found("أشاد المدرب بالأداء الممتاز للفريق", "The coach praised the performance of the team.") == [
        ("loaded", "الممتاز", "", "minor")
    ]


def test_a_neutral_english_word_that_renders_the_arabic_neutral_one_softens_nothing():
    # 'the government' renders الحكومة; نظام here is the customs 'system', left out, not softened
    ar = "وكانت الحكومة قد أعلنت عن اعتماد نظام الأتمتة الكمركية في جميع المنافذ الحدودية."
    assert _found(ar, "The government announced that it had adopted customs automation at all border crossings.") == []
    # twin: the loaded Arabic word alone, rendered by the neutral English one, is softened
    assert _found(
        "وأعلن النظام عن اعتماد الأتمتة الكمركية في جميع المنافذ الحدودية.",
        "The government announced customs automation at all border crossings.",
    ) == [("loaded", "النظام", "government", "minor")]


def test_a_second_predicate_adjective_has_its_noun_further_back():
    # طويلة ومرهقة "long and exhausting": مرهقة follows an adjective, not its noun, and 'exhausting' renders it
    ar = "كانت الرحلة طويلة ومرهقة."
    assert _found(ar, "The journey was long and exhausting.") == []
    # twin: the same adjective right after its noun, which the English renders bare, is left out
    assert _found("وصل الركاب بعد رحلة مرهقة.", "The passengers arrived after a journey.") == [
        ("loaded", "مرهقة", "", "minor")
    ]


def test_a_degree_word_may_strengthen_an_arabic_quality_the_lexicon_tags_a_noun():
    # باهر 'dazzling' is tagged a noun, but qualifies نجاحا: 'huge' renders it more strongly, no new judgement
    assert _found("حقق الفيلم نجاحا باهرا.", "The film was a huge success.") == []
    # twin: nothing beside the noun in the Arabic
    assert _found("حقق الفيلم نجاحا في دور العرض.", "The film was a huge success in cinemas.") == [
        ("loaded", "نجاحا", "huge", "minor")
    ]


def test_a_killing_in_a_family_or_after_a_court_report_is_a_murder():
    # the victim a kin of the killer: a crime report, which English news tells as a murder
    assert _found("قتل رجل زوجته في منزلهما", "A man murdered his wife at their home") == []
    # the crime named in the sentence before
    before = "وجهت النيابة إلى المتهم تهمة القتل العمد."
    ar, en = "وقالت إنه قتل الضحية في منزلها", "She said he murdered the victim at her home"
    assert _after(before, ar, en) == []
    # twin: neither, and the killing is made a murder
    assert _found("قتل رجل جاره في القرية", "A man murdered his neighbour in the village") == [
        ("loaded", "قتل", "murdered", "major")
    ]
    assert _found(ar, en) == [("loaded", "قتل", "murdered", "major")]


def test_an_angry_crowd_is_a_mob_and_those_who_stir_riots_are_rioters():
    # حشد غاضب "an angry crowd" says 'mob'; مثيري الشغب "stirrers of riot" says 'rioters'
    assert _found("اقتحم حشد غاضب مركز الشرطة.", "An angry mob stormed the police station.") == []
    assert _found("اعتقلت الشرطة عددا من مثيري الشغب.", "Police arrested a number of rioters.") == []
    # twins: a plain crowd, and plain people, called so
    assert _found("اقتحم حشد مركز الشرطة.", "A mob stormed the police station.") == [("loaded", "", "mob", "minor")]
    assert _found("اعتقلت الشرطة عددا من الشبان.", "Police arrested a number of rioters.") == [
        ("loaded", "", "rioters", "minor")
    ]


def test_a_label_that_belittles_officials():
    ar = "ونشر المسؤولون مقطعاً مصوراً للاشتباك"
    assert _found(ar, "Pen-pushers posted footage of the clash") == [("loaded", "المسؤولون", "Pen-pushers", "minor")]
    (finding,) = detect(_pair(ar, "Pen-pushers posted footage of the clash"))
    assert finding.explanation == (
        "Arabic 'المسؤولون' ('officials') is rendered 'Pen-pushers', where a plain rendering says 'officials'"
    )
    assert _found(ar, "Officials posted footage of the clash") == []
    # the Arabic label itself (بيروقراطيون "bureaucrats") is what the English renders
    assert (
        _found("وقال البيروقراطيون في الوزارة إن القرار نهائي", "Ministry pen-pushers said the decision was final")
        == []
    )


def test_detains_strengthened_to_hijacked():
    ar = "خفر السواحل القطري يحتجز أربعة قوارب صيد بحرينية"
    assert _found(ar, "Qatari coast guard hijacked four Bahraini fishing boats") == [
        ("loaded", "يحتجز", "hijacked", "minor")
    ]
    assert _found(ar, "Qatari coast guard seizes four Bahraini fishing boats") == []
    assert _found("اختطف مسلحون سفينة تجارية", "Gunmen hijacked a merchant ship") == []
    # figurative, with no plain Arabic word of seizing for it to strengthen, or with سلب "robbed" behind it
    assert _found("ناقش البرلمان قضية دعم الوقود", "Parliament hijacked the debate on fuel subsidies") == []
    assert _found("سلبت الحكومة قضية دعم الوقود", "The government hijacked the issue of fuel subsidies") == []


def test_operating_strengthened_to_plundering():
    ar = "تنشط سفن الصيد الأجنبية في المياه الموريتانية"
    assert _found(ar, "Foreign trawlers are plundering Mauritanian waters") == [
        ("loaded", "تنشط", "plundering", "minor")
    ]
    assert _found(ar, "Foreign trawlers operate in Mauritanian waters") == []
    assert _found("نهب اللصوص المتاجر", "Looters ransacked the shops") == []


def test_a_loaded_adjective_before_a_plain_noun():
    ar = "ووقعت البلدية اتفاقاً مع الشركة لجمع النفايات"
    assert _found(ar, "The municipality signed a murky deal with the company to collect rubbish") == [
        ("loaded", "", "murky", "minor")
    ]
    assert _found(ar, "The municipality signed a deal with the company to collect rubbish") == []
    assert _found("وقعت الحكومة صفقة مشبوهة مع الشركة", "The government signed a murky deal with the company") == []


def test_a_shooting_called_a_terror_attack():
    ar = "عملية إطلاق نار قرب المصنع"
    assert _found(ar, "A terror attack near the factory") == [("loaded", "", "terror attack", "minor")]
    assert _found(ar, "A shooting near the factory") == []


def test_a_loaded_word_in_a_name_is_no_label():
    # Sham FM (a Syrian radio station), not a 'sham': capitalised before another capitalised word
    assert _found("ذكرت إذاعة شام إف إم أن الانقطاع أثر على الضخ", "Sham FM radio reported the cuts hit pumping") == []
    assert _found("انقطاع الكهرباء في إذاعة شام إف إم", "Power cuts hit Sham FM radio") == []
    # a title-case headline capitalises every word: there the capital says nothing of a name
    assert _found(
        "وصول مئات المقاتلين الأجانب إلى الحدود الجنوبية",
        "Hundreds of Foreign Mercenaries Arrive at the Southern Border",
    ) == [("loaded", "", "Mercenaries", "minor")]


def test_an_adverb_of_degree_renders_the_arabic_degree():
    ar = "ونظراً لقربه الشديد من نجمه، تُقدَّر درجة حرارة سطحه"
    assert _found(ar, "Because it is so close to its star, its surface temperature is estimated") == []
    assert _found(ar, "Because it is close to its star, its surface temperature is estimated") == [
        ("loaded", "الشديد", "", "minor")
    ]


def test_an_emotive_arabic_adjective_left_out():
    ar = "تكبد الجيش خسائر فادحة في المعركة"
    assert _found(ar, "The army suffered losses in the battle") == [("loaded", "فادحة", "", "minor")]
    # any of its usual renderings keeps it, the plain ones too
    assert _found(ar, "The army suffered heavy losses in the battle") == []
    assert _found(ar, "The army suffered big losses in the battle") == []
    # a word of another reading (ضخم is also a verb, 'amplify'): the list says it is the adjective here
    ar = "نظم العمال مسيرة ضخمة في العاصمة"
    assert _found(ar, "The workers organised a march in the capital") == [("loaded", "ضخمة", "", "minor")]
    assert _found(ar, "The workers organised a massive march in the capital") == []
    ar = "أصيب ثلاثة أشخاص بجروح خطيرة في الحادث"
    assert _found(ar, "Three people were injured in the accident") == [("loaded", "خطيرة", "", "minor")]
    assert _found(ar, "Three people were seriously injured in the accident") == []


def test_people_renamed_with_a_judging_noun_no_list_holds():
    # المحتجون "the protesters" named 'the criminals': no list pairs the two, the valence lexicon rates the
    # English noun harsh, and 'gathered' / 'town hall' around it render the Arabic words around المحتجون
    ar = "وتجمع المحتجون أمام مبنى البلدية مساء الخميس"
    assert _found(ar, "On Thursday evening the criminals gathered outside the town hall") == [
        ("loaded", "المحتجون", "criminals", "minor")
    ]
    assert _found(
        "وقال المسؤولون في الوزارة إن المساعدات ستصل غدا", "Ministry criminals said the aid would arrive"
    ) == [("loaded", "المسؤولون", "criminals", "minor")]


def test_people_named_as_the_arabic_names_them_are_not_renamed():
    # the faithful twins: the neutral renderings, and a harsh noun that the Arabic says itself
    ar = "وتجمع المحتجون أمام مبنى البلدية مساء الخميس"
    for en in (
        "On Thursday evening the protesters gathered outside the town hall",
        "On Thursday evening the demonstrators gathered outside the town hall",
    ):
        assert _found(ar, en) == []
    assert (
        _found("وقال المسؤولون في الوزارة إن المساعدات ستصل غدا", "Ministry officials said the aid would arrive") == []
    )
    assert (
        _found("واعتقلت الشرطة المجرمين بعد ساعات من الحادث", "Police arrested the criminals hours after the incident")
        == []
    )


def test_a_noun_after_a_possessive_name_is_bare():
    # النجاح الساحق "the overwhelming success": after 'Ortega's', as after 'the', nothing qualifies the noun
    ar = "وتحدثت الصحف عن النجاح الساحق لأورتيغا في الانتخابات"
    assert _found(ar, "The papers wrote about Ortega's success in the elections") == [("loaded", "الساحق", "", "minor")]
    # the faithful twins: the adjective rendered after the possessive, in one of its senses or another word
    assert _found(ar, "The papers wrote about Ortega's overwhelming success in the elections") == []
    assert _found(ar, "The papers wrote about Ortega's sweeping success in the elections") == []


def test_so_called_for_a_term_in_quotation_marks_is_no_judgement():
    en = "The so-called dzud, a summer drought followed by extreme cold, has hit herders in the west of the country."
    marked = "وقد ضربت ظاهرة «الدزود»، وهي جفاف صيفي يعقبه برد قارس، الرعاة في غرب البلاد."
    assert found(detect, marked, en) == []
    plain = marked.replace("«الدزود»", "الدزود")
    assert found(detect, plain, en) == [("wording", "loaded", "", "so-called", "minor")]


def test_fishing_boats_called_pirates_is_loaded():
    ar = "وضبطت البحرية أربعة قوارب صيد أجنبية قرب الساحل."
    loaded = _found(ar, "The navy seized four foreign pirate boats near the coast.")
    assert [(f[0], f[2]) for f in loaded] == [("loaded", "pirate")]
    # pirates the Arabic calls pirates are no loading
    pirates = "وضبطت البحرية أربعة قوارب للقراصنة قرب الساحل."
    assert _found(pirates, "The navy seized four pirate boats near the coast.") == []


def test_genocidal_bloodletting_and_profiteering_put_in_are_loaded():
    # a war, years of violence and tanker owners told in words the Arabic has none for
    assert _found(
        "انتقد ناشطون إقامة المهرجان في ظل الحرب على غزة",
        "Activists criticised holding the festival during the genocidal war on Gaza.",
    ) == [("loaded", "", "genocidal", "minor")]
    assert _found("تراجعت الزراعة بسبب سنوات العنف", "Farming declined after years of bloodletting.") == [
        ("loaded", "", "bloodletting", "minor")
    ]
    assert _found(
        "يشتري السكان المياه من الصهاريج الخاصة", "Residents buy water from profiteering private tankers."
    ) == [("loaded", "", "profiteering", "minor")]
    # the twins: the Arabic says as much (إبادة "extermination", حمام دم "bloodbath", جشع "greed")
    assert (
        _found(
            "انتقد ناشطون إقامة المهرجان في ظل حرب الإبادة على غزة",
            "Activists criticised holding the festival during the genocidal war on Gaza.",
        )
        == []
    )
    assert _found("تراجعت الزراعة بسبب سنوات حمام الدم", "Farming declined after years of bloodletting.") == []
    assert (
        _found("يشتري السكان المياه من أصحاب الصهاريج الجشعين", "Residents buy water from profiteering tanker owners.")
        == []
    )


def test_the_standard_renderings_of_war_profiteers_and_bloodletting_are_not_loaded():
    # تجار الحروب 'war profiteers', نزيف الدم 'bloodletting': the Arabic says as much
    assert _found("انتقد النائب تجار الحروب في المدينة", "The MP criticised the city's war profiteers.") == []
    assert (
        _found("دعا إلى وقف نزيف الدم في المحافظة", "He called for an end to the bloodletting in the province.") == []
    )
    # the twin: a plain word made loaded
    assert _found("انتقد النائب التجار في المدينة", "The MP criticised the city's war profiteers.") == [
        ("loaded", "", "profiteers", "minor")
    ]


def test_a_word_told_in_another_sense_is_a_wording_slip_and_its_right_rendering_is_not():
    vote = "وصوّت أعضاء المجلس بالإجماع على القرار."
    assert [f[:3] for f in _found(vote, "Council members voted anonymously for the decision.")] == [
        ("other", "بالإجماع", "anonymously")
    ]
    assert _found(vote, "Council members voted unanimously for the decision.") == []
    camps = "وتفتقر المخيمات إلى دورات المياه."
    assert [f[:3] for f in _found(camps, "The camps lack water rounds.")] == [("other", "دورات المياه", "water rounds")]
    assert _found(camps, "The camps lack toilets.") == []
    food = "ويهدد الجفاف الأمن الغذائي للبلاد."
    assert [f[:3] for f in _found(food, "The drought threatens the country's food safety.")] == [
        ("other", "الأمن الغذائي", "food safety")
    ]
    assert _found(food, "The drought threatens the country's food security.") == []


def test_a_trap_another_arabic_word_says_is_no_slip():
    # 'grants' for قروض ميسرة "soft loans" is a slip, unless the Arabic also names grants (منح)
    assert [f[:3] for f in _found("وقدمت الحكومة قروضاً ميسرة للمزارعين.", "The government gave farmers grants.")] == [
        ("other", "قروضاً ميسرة", "grants")
    ]
    assert _found("وقدمت الحكومة منحاً وقروضاً ميسرة للمزارعين.", "The government gave farmers grants.") == []


def test_a_trap_word_said_of_something_else_is_no_slip():
    # 'an anonymous source' is the source, not بالإجماع told as 'anonymously'
    assert (
        _found(
            "وقال مصدر إن المجلس اتخذ القرار بالإجماع.",
            "The council took the decision with no dissent, an anonymous source said.",
        )
        == []
    )


def test_killers_smugglers_aggression_crippling_and_negligence_are_loaded():
    # the defendants called killers before a verdict, traders called smugglers, strikes called aggression, a
    # shortage made crippling and a delay made negligence: nothing in the Arabic says as much
    assert _found("وأحالت النيابة المتهمين إلى المحكمة.", "Prosecutors sent the killers to court.") == [
        ("loaded", "المتهمين", "killers", "minor")
    ]
    assert _found("وأغلق التجار المعبر احتجاجاً.", "The smugglers closed the crossing in protest.") == [
        ("loaded", "التجار", "smugglers", "minor")
    ]
    assert _found("وقصف التحالف الميناء ليلاً.", "The aggression coalition bombed the port overnight.") == [
        ("loaded", "", "aggression", "minor")
    ]
    assert _found("ويشكو المزارعون من نقص اليد العاملة.", "Farmers complain of a crippling shortage of labour.") == [
        ("loaded", "", "crippling", "minor")
    ]
    assert _found("وانتقد ناشطون تأخر المشروع.", "Activists criticised the authorities' negligence.") == [
        ("loaded", "تأخر", "negligence", "minor")
    ]
    # faithful twins: the Arabic says it (القتلة، المهربين، العدوان، خانق، إهمال)
    assert _found("وأحالت النيابة القتلة إلى المحكمة.", "Prosecutors sent the killers to court.") == []
    assert _found("وأغلق المهربون المعبر.", "The smugglers closed the crossing.") == []
    assert _found("وقصف تحالف العدوان الميناء ليلاً.", "The aggression coalition bombed the port overnight.") == []
    assert (
        _found("ويشكو المزارعون من نقص خانق في اليد العاملة.", "Farmers complain of a crippling shortage of labour.")
        == []
    )
    assert _found("وانتقد ناشطون إهمال السلطات.", "Activists criticised the authorities' negligence.") == []


def test_a_label_the_arabic_gave_the_same_people_just_before_is_not_new():
    before = "وقال المصدر إن دورية اشتبكت مع مهربين قرب الحدود."
    ar, en = "ولم يسفر الاشتباك عن إصابات.", "No one was hurt in the clash with the smugglers."
    assert _after(before, ar, en) == []
    # the twin: nothing before calls them so
    assert _found(ar, en) == [("loaded", "", "smugglers", "minor")]


def test_faithful_killers_crippling_and_negligent_and_a_killer_quake_are_not_loaded():
    assert (
        _found("وبدأت محاكمة قاتلي الصحفية أمام محكمة الجنايات.", "The trial of the journalist's killers opened.") == []
    )
    assert _found("وأدى الإضراب إلى شل حركة الموانئ.", "The strike caused crippling disruption at the ports.") == []
    assert _found("وأدين السائق بالقتل الخطأ.", "The driver was convicted of negligent homicide.") == []
    # 'killer' before a thing is no label of people
    assert _found("وكان الزلزال المدمر قد أودى بحياة ألف شخص.", "The killer quake claimed a thousand lives.") == []


def test_a_label_quoted_before_or_not_referred_back_to_is_still_new():
    ar = "وأسفرت الضربات عن مقتل ثلاثة أشخاص."
    # the label the Arabic quotes from one side before is that side's word, not the report's
    quoted = 'ووصفت طهران الضربات بأنها "عدوان سافر".'
    assert [f.en_span for f in _after(quoted, ar, "The aggression killed three people.")] == ["aggression"]
    # said before, but the English puts it on other people ('smugglers' with no 'the')
    before = "وضبطت الشرطة ثلاثة مهربين قرب الحدود."
    assert [f.en_span for f in _after(before, "وأغلق التجار المعبر.", "Smugglers closed the crossing.")] == [
        "Smugglers"
    ]


def test_tallying_flood_channels_and_an_advisory_opinion_told_in_another_sense_are_slips():
    # حصر الأضرار "tallying the damage" as 'containing' it; مجاري السيول "flood channels" as 'sewers'; a court's
    # رأي استشاري "advisory opinion" as a ruling
    tally = "وبدأت فرق البلدية بحصر الأضرار التي لحقت بالمنازل."
    assert [f[:3] for f in _found(tally, "Municipal teams began containing the damage to the houses.")] == [
        ("other", "بحصر الأضرار", "containing the damage")
    ]
    assert _found(tally, "Municipal teams began assessing the damage to the houses.") == []
    channels = "وجرفت المياه سيارتين في مجاري السيول قرب الطريق."
    assert [f[:3] for f in _found(channels, "The water swept two cars into the sewers near the road.")] == [
        ("other", "مجاري السيول", "sewers")
    ]
    assert _found(channels, "The water swept two cars into the flood channels near the road.") == []
    opinion = "وقالت المحكمة في رأيها الاستشاري إن الجدار غير قانوني."
    assert [f[:3] for f in _found(opinion, "The court ruled that the wall was illegal.")] == [
        ("other", "رأيها الاستشاري", "ruled")
    ]
    assert _found(opinion, "The court said in its advisory opinion that the wall was illegal.") == []


def test_local_sources_read_as_family_sources_is_a_sense_slip():
    # مصادر أهلية: local, community sources; أهل also reads 'family', which is another source altogether
    ar = "وأفادت مصادر أهلية بأن عشرات العائلات غادرت البلدة خلال الليل باتجاه الريف الشرقي."
    slip = "Family sources said dozens of families left the town overnight for the eastern countryside."
    assert found(detect, ar, slip) == [("wording", "other", "مصادر أهلية", "Family sources", "minor")]
    local = "Local sources said dozens of families left the town overnight for the eastern countryside."
    assert found(detect, ar, local) == []


def test_the_epithet_of_a_place_named_in_two_words_is_no_judgement_dropped():
    # المدينة المنورة is Medina: المنورة is a word of the name, which English gives without it
    assert (
        found(
            detect,
            "وتوجه آلاف الزوار إلى المدينة المنورة خلال الأسبوع الماضي.",
            "Thousands of visitors travelled to Medina last week.",
        )
        == []
    )
    # the twin: a judging adjective of a common noun, dropped, is still found
    clashes = "واندلعت اشتباكات عنيفة في المدينة القديمة خلال الأسبوع الماضي."
    assert found(detect, clashes, "Clashes broke out in the old city last week.") == [
        ("wording", "loaded", "عنيفة", "", "minor")
    ]


def test_mafia_and_death_trap_are_labels_the_arabic_must_say():
    # أصحاب مولدات "generator owners" → 'the generator mafia'; المخازن المخالفة "non-compliant warehouses" →
    # 'illegal death-trap warehouses': labels and judgements nothing in the Arabic says
    ar = "وفرضت الوزارة غرامات على أصحاب مولدات خالفوا التسعيرة."
    assert [f[:3] for f in found(detect, ar, "The ministry fined the generator mafia for breaking the tariff.")] == [
        ("wording", "loaded", "")
    ]
    assert found(detect, ar, "The ministry fined generator owners for breaking the tariff.") == []
    stores = "وأغلقت السلطات المخازن المخالفة."
    assert [f[:2] for f in found(detect, stores, "The authorities closed the death-trap warehouses.")] == [
        ("wording", "loaded")
    ]
    # the twin: the Arabic says it (مصيدة موت "a death trap")
    said = "وأغلقت السلطات المخازن التي وصفها السكان بأنها مصيدة موت."
    assert found(detect, said, "The authorities closed the warehouses residents called a death trap.") == []


def test_workers_called_cheap_and_a_sit_in_called_a_blockade_are_loaded():
    # عامل موسمي "seasonal worker" told as 'cheap migrant labourers'; اعتصام "sit-in" told as 'a blockade'
    workers = "ويعمل في قطاف الورد نحو ألفي عامل موسمي خلال الموسم."
    cheap = "Around 2,000 cheap migrant labourers work in the rose harvest during the season."
    assert found(detect, workers, cheap) == [("wording", "loaded", "عامل", "cheap migrant labourers", "minor")]
    sit_in = "وجاء القرار بعد اعتصام نفذه عدد من السائقين أمام المنفذ."
    assert found(detect, sit_in, "The decision came after a blockade by a number of drivers at the crossing.") == [
        ("wording", "loaded", "", "blockade", "minor")
    ]
    # the twins: the Arabic says the wages are low (بأجور زهيدة), or that the town is besieged (حصار)
    assert found(detect, "ويعمل في قطاف الورد نحو ألفي عامل موسمي بأجور زهيدة خلال الموسم.", cheap) == []
    siege = "وفرضت القوات حصاراً على البلدة منذ ثلاثة أسابيع."
    assert found(detect, siege, "Forces have imposed a blockade on the town for three weeks.") == []


def test_a_ban_at_sea_or_closed_crossings_may_be_called_a_blockade():
    naval = "وفرضت السلطات حظراً بحرياً على الميناء."
    assert found(detect, naval, "The authorities imposed a naval blockade on the port.") == []
    closed = "وأعلنت السلطات إقفال المعابر أمام الشاحنات."
    assert found(detect, closed, "The authorities announced a blockade of the crossings to trucks.") == []


def test_incendiary_balloons_are_what_the_arabic_says():
    # بالونات حارقة "burning balloons" → 'incendiary balloons': the Arabic's own word, no judgement put in
    ar = "وقال الجيش إن بالونات حارقة أطلقت من القطاع باتجاه الحقول."
    assert found(detect, ar, "The army said incendiary balloons were launched from the Strip towards the fields.") == []
    # the twin: remarks called incendiary where the Arabic says nothing of the kind are loaded
    plain = "وقال الجيش إن تصريحات النائب أُطلقت من القطاع باتجاه الحقول."
    en = "The army said the lawmaker's incendiary remarks were launched from the Strip towards the fields."
    assert found(detect, plain, en) == [("wording", "loaded", "", "incendiary", "minor")]


def test_an_arabic_un_adjective_names_the_un_as_sponsor():
    # برعاية أممية "under UN sponsorship": أممية names the UN, so 'UN-sponsored' ties the talks to no one new
    assert _found("وتستضيف المدينة محادثات برعاية أممية بين الطرفين.", "The city is hosting UN-sponsored talks.") == []
    # the twin: a regional sponsor is no UN
    regional = "وتستضيف المدينة محادثات برعاية إقليمية بين الطرفين."
    found_ = _found(regional, "The city is hosting UN-sponsored talks.")
    assert [(f[0], f[2]) for f in found_] == [("loaded", "UN-sponsored")]


def test_a_currency_the_english_spells_is_no_judging_adjective():
    # عملتها، الكيب "its currency, the kip": الكيب is also read 'depressed', but the English spells the word
    ar = "وفقدت عملتها، الكيب، جزءاً كبيراً من قيمتها أمام الدولار."
    assert _found(ar, "Its currency, the kip, has lost much of its value against the dollar.") == []
    # the twin: a judging adjective left out beside its noun
    violent = "وشهدت المدينة اشتباكات عنيفة ليلة الأحد."
    assert [f[:2] for f in _found(violent, "The city saw clashes on Sunday night.")] == [("loaded", "عنيفة")]
