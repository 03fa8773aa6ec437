"""Numbers detector on real-style sentences: words, Arabic-Indic digits, scales, ranges, dates left out."""

from __future__ import annotations

from workbench.findings._numbers import ar_ordinals, arabic_quantities, english_quantities
from workbench.findings.base import AlignedPair
from workbench.findings.numbers import detect
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


def test_words_that_carry_a_number():
    # "tripled" for ثلاث مرات, "a decade" for 10 سنوات, "fourballs" for أربع كرات
    assert _found("تضاعفت المبيعات ثلاث مرات تقريبًا لتبلغ 2.4 مليون", "Sales nearly tripled to 2.4 million") == []
    assert _found("انقضت أكثر من 10 سنوات على افتتاح الجسر", "A decade has passed since the bridge opened") == []
    assert (
        _found("خسر الثنائي مباراة أربع كرات صباح الجمعة", "The pair lost their fourballs match on Friday morning")
        == []
    )


def test_half_is_fifty_percent_and_half_a_million_is_a_number():
    assert _found("يجب أن يوافق أكثر من النصف من الأعضاء", "Over 50 percent of members must agree") == []
    assert [q.values for q in arabic_quantities("نزح نصف مليون شخص")] == [(500000.0,)]


def test_height_in_feet_and_inches():
    assert _found("طول الحارس 6.6 أقدام", "The goalkeeper is a 6-foot-6 player") == []
    assert _found("يرتدي القميص رقم 6 وطوله 6 أقدام", "The 6-foot-6 centre") == []


def test_telephone_number_in_groups_either_order():
    assert _found("اتصل مجانًا على الرقم 142536", "Call free on 142 536") == []
    assert _found("اتصل على الرقم 222 333 0700", "Call 0700 333 222") == []
    assert _found("اتصل على الرقم 222 333 0700", "Call 0700 333 223") == [
        ("changed", "222 333 0700", "0700 333 223", "major")
    ]


def test_missing_spaces_in_the_arabic():
    # a word-final tanween followed by a letter, and a long run of words without spaces
    assert _found("مشروع الخط الثانٍالذي تبلغ كلفته", "the Line 2 project") == []
    assert _found("زارالوفدأربيلأربعمراتهذاالشهر", "The delegation visited Erbil four times this month") == []
    assert _found("ودمر ثلاثًا من الآليات", "and destroyed three of the vehicles") == []


def test_english_title_kept_in_the_arabic():
    assert _found('مؤلفة كتاب "Three Rivers and Two Cities"', 'the author of "Three Rivers and Two Cities"') == []


def test_figure_repeated_in_headline_and_body_is_stated_once():
    pair = AlignedPair(
        Link((0, 1), (0,), 1.0),
        (
            Sentence(0, "نسبة المشاركة بلغت 41 بالمئة", 0, 28),
            Sentence(1, "أعلنت المفوضية أن النسبة بلغت 41 بالمئة", 29, 68),
        ),
        (Sentence(0, "The commission said turnout reached 41 percent.", 0, 47),),
        ("", ""),
    )
    assert detect(pair) == []
    # within one sentence a second figure of the same value is a figure of its own
    assert _found("قتل 5 أشخاص وأصيب 5 آخرون", "5 people were killed and others wounded") == [
        ("dropped", "5", "", "major")
    ]


def test_compound_across_scales_with_waw():
    # 63 million and 700 thousand is 63.7 million; a million and 300 thousand is 1.3 million
    assert _found("بكلفة ٦٣ مليوناً و٧٠٠ ألف دولار", "at a cost of $63.7 million") == []
    assert _found("بكلفة ٦٣ مليوناً و٧٠٠ ألف دولار", "at a cost of $63 million") == [
        ("changed", "٦٣ مليوناً و٧٠٠ ألف", "63 million", "major")
    ]
    assert _found("رصدت البلدية مليوناً و300 ألف دولار", "The municipality set aside $1.3 million") == []
    assert _found("بلغ العجز ملياراً و٨٠٠ مليون دولار", "The deficit reached $1.8 billion") == []
    assert _found("بلغ العجز ملياراً و٨٠٠ مليون دولار", "The deficit reached $2.8 billion") == [
        ("changed", "ملياراً و٨٠٠ مليون", "2.8 billion", "major")
    ]


def test_currency_and_its_sub_unit():
    assert _found("بسعر ٦٤ دولاراً و٣٥ سنتاً للطن", "at $64.35 a tonne") == []
    assert _found("بسعر ٦٤ دولاراً و٣٥ سنتاً للطن", "at $63.45 a tonne") == [
        ("changed", "٦٤ دولاراً و٣٥ سنتا", "63.45", "major")
    ]


def test_sub_units_of_north_african_and_gulf_currencies():
    # a centime is a hundredth of a Moroccan dirham, a baisa a thousandth of an Omani rial
    assert _found("بلغ سعر الكيلوغرام 12 درهماً و50 سنتيماً", "a kilogram sold for 12.50 dirhams") == []
    assert _found("بلغ سعر الكيلوغرام 12 درهماً و50 سنتيماً", "a kilogram sold for 15.50 dirhams") == [
        ("changed", "12 درهماً و50 سنتيما", "15.50", "major")
    ]
    assert _found("بسعر ثلاثة ريالات و٢٥٠ بيسة", "at 3.25 rials") == []


def test_a_dual_scale_word_and_a_half():
    # مليونين ونصف (المليون) is two and a half million, not two million and half of two million
    ar = "ويضم أكثر من مليونين ونصف المليون نخلة"
    assert _found(ar, "It is home to more than 2.5 million palm trees") == []
    assert _found(ar, "It is home to more than 3 million palm trees") == [
        ("changed", "مليونين ونصف المليون", "3 million", "major")
    ]
    assert _found("جمع ألفين ونصف توقيع", "collected 2,500 signatures") == []


def test_a_range_in_words_rises():
    # بين مئة ألف ومئة وستين ألف: 100,000 to 160,000 (not 100,100 to 60,000)
    ar = "وتقدّر مصادر أن ما بين مئة ألف ومئة وستين ألف طن من الكاكاو هُرّبت عبر الحدود."
    assert _found(ar, "Sources estimate that between 100,000 and 160,000 tonnes of cocoa were smuggled.") == []
    assert _found(ar, "Sources estimate that between 100,000 and 190,000 tonnes of cocoa were smuggled.") == [
        ("changed", "مئة وستين ألف", "190,000", "major")
    ]


def test_the_quarter_does_not_take_the_three_months_of_another_figure():
    # "three months" may read as the quarter (0.25 of a year); الأشهر الثلاثة is its own figure first
    ar = "ولم ينمُ الاقتصاد سوى 0.2 في المئة في الربع الثاني مقارنة بالأشهر الثلاثة السابقة."
    assert _found(ar, "The economy grew just 0.2 percent in the second quarter from the previous three months.") == []


def test_a_name_particle_is_no_number():
    # Joris ten Brink: 'ten' between two names is part of the name; 'ten Iraqi soldiers' counts
    ar = "وقال يوريس تن برينك، زعيم أكبر حزب في البرلمان، إن الحزب لا يخشى الانتخابات."
    assert (
        _found(ar, "Joris ten Brink, leader of the largest party in parliament, said it did not fear elections.") == []
    )
    soldiers = "وقال البيان إن عشرة جنود عراقيين قتلوا."
    assert _found(soldiers, "The statement said ten Iraqi soldiers were killed.") == []
    assert _found(soldiers, "The statement said seven Iraqi soldiers were killed.") != []


def test_one_in_the_accusative_opens_a_compound():
    # واحداً وثلاثين: 31, the unit in the accusative before its ten; read as 30 it was a changed figure
    ar = "ومنحت المحكمة الطرفين واحداً وثلاثين يوماً لتقديم مذكراتهما."
    assert _found(ar, "The court gave both sides 31 days to file their briefs.") == []
    assert _found(ar, "The court gave both sides 30 days to file their briefs.") == [
        ("changed", "واحداً وثلاثين", "30", "major")
    ]


def test_a_number_word_inside_a_name_is_no_figure():
    # the Seven Network, Channel Four: a capitalised number word beside a name is part of it; a lower-case one counts
    ar = "وعرضت قناة سفن الحلقة الأخيرة مساء الأحد."
    assert _found(ar, "The final episode aired on the Seven Network on Sunday evening.") == []
    assert _found("وعرضت القناة الرابعة الفيلم.", "Channel Four showed the film.") == []
    assert _found(ar, "The final episode aired on seven channels on Sunday evening.") != []


def test_a_capitalised_count_is_still_a_figure():
    # a headline in title case, a count of a capitalised plural, a sentence opening: 'Five' there counts
    ar = "مقتل أربعة فلسطينيين في غارة على غزة"
    assert _found(ar, "Israeli Strike Kills Five Palestinians in Gaza") == [("changed", "أربعة", "Five", "major")]
    ar = 'وقالت الوزارة: "قتل أربعة فلسطينيين في الغارة".'
    assert _found(ar, 'The ministry said: "Three Palestinians were killed in the strike."') == [
        ("changed", "أربعة", "Three", "major")
    ]


def test_hundreds_in_words():
    assert _found("أصيب مئتين وخمسين شخصاً", "250 people were injured") == []
    assert _found("أصيب مئتين وخمسين شخصاً", "50 people were injured") == [("changed", "مئتين وخمسين", "50", "major")]
    assert _found("وصل ثلاثمائة جندي وأربعمئة آلية", "300 soldiers and 400 vehicles arrived") == []
    assert _found("وصل ثلاث مئة جندي", "Three hundred soldiers arrived") == []
    assert _found("وصل ثلاث مئة جندي", "Thirty soldiers arrived") == [("changed", "ثلاث مئة", "Thirty", "major")]


def test_thousands_and_hundreds_in_english_words_are_one_figure():
    ar = "ووزعت البلدية ألفين وثلاثمئة بطانية على النازحين."
    assert _found(ar, "The municipality handed out two thousand three hundred blankets to the displaced.") == []
    changed = _found(ar, "The municipality handed out two thousand eight hundred blankets to the displaced.")
    assert [f[:3] for f in changed] == [("changed", "ألفين وثلاثمئة", "two thousand eight hundred")]
    # a scale after the compound applies to all of it: 1,500 million
    assert [q.values for q in english_quantities("one thousand five hundred million dollars")] == [(1.5e9,)]
    # two figures that only stand side by side stay two
    assert [q.values for q in english_quantities("three thousand tents and five hundred stoves")] == [
        (3000.0,),
        (500.0,),
    ]


def test_range_ends_are_two_figures_not_a_sum():
    assert _found("ما بين ست وتسع ساعات يومياً", "between six and nine hours a day") == []
    assert _found("ما بين ست وتسع ساعات يومياً", "between six and eleven hours a day") == [
        ("changed", "تسع", "eleven", "major")
    ]
    between = "between three million and three and a half million tonnes"
    assert _found("بما بين ثلاثة ملايين وثلاثة ملايين ونصف المليون طن", between) == []
    assert _found("بما بين ثلاثة ملايين وثلاثة ملايين ونصف المليون طن", "between three and four million tonnes") != []
    assert _found("غادرت ما بين 15 و20 أسرة", "Between 15 and 20 households left") == []


def test_dual_thousand_and_adjective_numbers():
    assert _found("نحو ألفي جندي", "nearly 2,000 troops") == []
    assert _found("نحو ألفي وظيفة", "about 20,000 jobs") == [("changed", "ألفي", "20,000", "major")]
    # "four-party" renders an Arabic adjective (الرباعية), which counts for matching
    assert _found("في اجتماع اللجنة الرباعية", "at the meeting of the four-party committee") == []
    assert _found("في اجتماع اللجنة", "at the meeting of the four-party committee") == [("added", "", "four", "minor")]
    assert _found("فاز الفريق رغم تأخره بثلاثة أهداف", "the team won despite trailing by five goals") == [
        ("changed", "بثلاثة", "five", "major")
    ]


def test_percent_words_and_ordinal_teens():
    assert _found("أكثر من 95 في المئة من احتياجاتها", "more than 95 percent of its needs") == []
    assert _found("أكثر من 95 في المئة من احتياجاتها", "more than 100 percent of its needs") == [
        ("changed", "95", "100 percent", "major")
    ]
    assert (
        _found("التحق بالفريق في سن الرابعة عشر وغادره في سن السابعة عشر", "He joined the team at 14 and left it at 17")
        == []
    )
    assert [q.values for q in arabic_quantities("خذلته النسبة الباقية وهي واحد بالمائة")] == [(1.0,)]


def test_hamza_folding_does_not_make_numbers_of_words():
    # مئة folds to ميه, مئتا to ميتا: كمية "quantity" and ميتًا "dead" are no hundreds
    assert arabic_quantities("وُجد ميتًا قرب كمية كبيرة من الوقود") == []
    assert _found("نقل مئة جندي", "100 soldiers were moved") == []


def test_fraction_in_a_hyphenated_word_is_a_figure():
    assert (
        _found("يحتاج تعديل الدستور إلى أغلبية الثلثين", "Amending the constitution needs a two-thirds majority") == []
    )
    assert _found(
        "يحتاج تعديل الدستور إلى أغلبية الثلثين", "Amending the constitution needs a three-thirds majority"
    ) == [("added", "", "three-thirds", "minor")]


def test_decades_and_centuries_count_years():
    assert _found("واستمرت الحرب ثلاثين عاما", "The war lasted three decades") == []
    assert _found("واستمرت الحرب ثلاثين عاما", "The war lasted four decades") == [
        ("changed", "ثلاثين", "four", "major")
    ]
    assert _found("ويبلغ عمر المبنى مئة عام", "The building is a century old") == []
    assert _found("ويبلغ عمر المبنى مئة عام", "The building is three centuries old") == [
        ("changed", "مئة", "three", "major")
    ]


def test_scale_word_in_alif_is_one_or_two_unless_tanween_says_one():
    assert _found("وعاد ألفا لاجئ إلى ديارهم", "Two thousand refugees returned home") == []
    assert _found("وعاد ألفا لاجئ إلى ديارهم", "Three thousand refugees returned home") == [
        ("changed", "ألفا", "Three thousand", "major")
    ]
    assert _found("وتبرع بألفاً ومئتي دينار", "He gave 2,200 dinars") == [("changed", "بألفاً ومئتي", "2,200", "major")]


def test_two_renders_an_arabic_dual():
    assert _found("وسجن لمدة سنتين", "He was jailed for 2 years") == []
    # another count for the dual is a changed figure: two years became three
    assert _found("وسجن لمدة سنتين", "He was jailed for 3 years") == [("changed", "سنتين", "3", "major")]


def test_dozen_and_trillion():
    assert _found("واعتقلت الشرطة دزينة من المشتبه بهم", "Police arrested a dozen suspects") == []
    assert _found("واعتقلت الشرطة دزينة من المشتبه بهم", "Police arrested 20 suspects") == [
        ("changed", "دزينة", "20", "major")
    ]
    assert _found("وارتفع الدين إلى 21 تريليون دولار", "Debt rose to $21tn") == []
    assert _found("وارتفع الدين إلى 21 تريليون دولار", "Debt rose to $21 trillion") == []
    assert _found("وارتفع الدين إلى 21 تريليون دولار", "Debt rose to $21 billion") == [
        ("changed", "21 تريليون", "21 billion", "major")
    ]


def test_dual_scale_word_takes_a_tail():
    ar = "وتبلغ تكلفة المشروع مليارين و300 مليون جنيه"
    assert _found(ar, "The project costs £2.3bn") == []
    assert _found(ar, "The project costs £2.3 billion") == []
    assert _found(ar, "The project costs £2.5 billion") == [("changed", "مليارين و300 مليون", "2.5 billion", "major")]


def test_half_after_the_counted_noun():
    ar = "واستمرت الجلسة ثلاث ساعات ونصف"
    assert _found(ar, "The session lasted three and a half hours") == []
    assert _found(ar, "The session lasted four and a half hours") == [("changed", "ثلاث", "four and a half", "major")]


def test_glued_m_is_million_or_metres():
    assert _found("ويبلغ ارتفاع البرج 828 مترا", "The tower is 828m high") == []
    assert _found("ويبلغ ارتفاع البرج 828 مترا", "The tower is 830m high") == [("dropped", "828", "", "major")]


def test_counted_noun_and_a_half():
    assert _found("وقضى في السجن عامين ونصف", "He spent two and a half years in prison") == []
    assert _found("وقضى في السجن عامين ونصف", "He spent three and a half years in prison") == [
        ("added", "", "three and a half", "minor")
    ]
    assert _found("وقضى في السجن عاما ونصف", "He spent 1.5 years in prison") == []


def test_dual_hundred_as_a_tail():
    assert _found("ويعمل في الشركة ألف ومئتا موظف", "The company employs 1,200 staff") == []
    assert _found("ويعمل في الشركة ألف ومئتا موظف", "The company employs 1,300 staff") == [
        ("changed", "ألف ومئتا", "1,300", "major")
    ]


def test_millions_and_thousands_with_waw():
    ar = "وبلغ عدد الناخبين المسجلين 24 مليونا و600 ألف ناخب"
    assert _found(ar, "Registered voters numbered 24.6 million") == []
    assert _found(ar, "Registered voters numbered 24 million") == [
        ("changed", "24 مليونا و600 ألف", "24 million", "major")
    ]


def test_hijri_dates_are_left_to_the_time_detector():
    ar = "تبدأ الرحلات في الخامس من صفر ١٤٤٥هـ الموافق ٢١ آب ٢٠٢٣"
    assert _found(ar, "Flights start on August 21, 2023") == []
    assert _found("تبدأ الرحلات في 15 رمضان", "Flights start in Ramadan") == []
    # a figure in the Hijri years' range with no Hijri mark is a count
    assert _found("وصل 1445 حاجا إلى المدينة", "1,300 pilgrims arrived in the city") == [
        ("changed", "1445", "1,300", "major")
    ]
    assert [q.matching_only for q in english_quantities("from 1 Safar 1445 AH")] == [True, True]


def test_clock_hours_read_both_ways():
    assert _found("تبدأ الجلسة في الساعة 3 عصرا", "The session starts at 15:00") == []
    assert _found("تبدأ الجلسة في الساعة 15", "The session starts at 3 p.m.") == []
    assert _found("تبدأ الجلسة بحضور 30 نائبا", "The session starts at 3 p.m. with 40 deputies") == [
        ("changed", "30", "40", "major")
    ]
    assert [q.values for q in english_quantities("at 10 a.m. local time")] == [(10.0, 22.0)]


def test_fractions_match_their_percentages():
    assert _found("صوّت ثلاثة أرباع النواب لصالح القانون", "75 percent of MPs voted for the law") == []
    assert _found("صوّت 75 بالمئة من النواب لصالح القانون", "Three quarters of MPs voted for the law") == []
    assert _found("صوّت ثلثا النواب لصالح القانون", "Two-thirds of MPs voted for the law") == []
    assert _found("صوّت ثلاثة أرباع النواب لصالح القانون", "60 percent of MPs voted for the law") == [
        ("changed", "ثلاثة أرباع", "60 percent", "major")
    ]


def test_a_figure_rounded_beside_an_approximation_is_minor():
    assert _found("قتل نحو 1487 شخصا في الزلزال", "About 1,500 people were killed in the quake") == [
        ("changed", "1487", "1,500", "minor")
    ]
    assert _found("قتل 1487 شخصا في الزلزال", "More than 1,400 people were killed in the quake") == [
        ("changed", "1487", "1,400", "minor")
    ]
    # no approximation word, a figure far off, or a precision the Arabic lacks: a change
    assert _found("قتل 1487 شخصا في الزلزال", "1,500 people were killed in the quake") == [
        ("changed", "1487", "1,500", "major")
    ]
    assert _found("قتل نحو 1487 شخصا في الزلزال", "About 2,500 people were killed in the quake") == [
        ("changed", "1487", "2,500", "major")
    ]
    assert _found("قتل أكثر من 300 شخص", "More than 320 people were killed") == [("changed", "300", "320", "major")]


def test_a_sum_in_units_and_cents_is_one_figure():
    ar = "وصل سعر البرميل إلى 77 دولارا و80 سنتا"
    assert _found(ar, "The price per barrel reached 77 dollars and 80 cents") == []
    assert _found(ar, "The price per barrel reached 77 dollars and 90 cents") == [
        ("changed", "77 دولارا و80 سنتا", "77 dollars and 90 cents", "major")
    ]


def test_months_are_also_read_in_years():
    assert _found("بقي في السجن عاما ونصف", "He spent 18 months in prison") == []
    assert _found("بقي في السجن 14 شهرا", "He spent 18 months in prison") == [("changed", "14", "18", "major")]


def test_feminine_ordinal_eleventh_is_no_ten():
    assert _found("في الساعة الحادية عشرة ليلا", "at 11 p.m.") == []
    assert _found("قتل عشرة أشخاص ليلا", "Eleven people were killed at night") == [
        ("changed", "عشرة", "Eleven", "major")
    ]


def test_a_hat_trick_is_three():
    assert _found("سجل المهاجم ثلاثة أهداف في المباراة", "The striker scored a hat-trick in the match") == []
    assert _found("سجل المهاجم أربعة أهداف في المباراة", "The striker scored a hat-trick in the match") == [
        ("dropped", "أربعة", "", "major")
    ]


def test_days_in_a_pair_or_range_or_of_this_month_are_dates():
    assert _found("تعقد القمة يومي 3 و4 أكتوبر", "The summit takes place in early October") == []
    assert _found("تعقد القمة من 3 إلى 5 أكتوبر", "The summit takes place in October") == []
    assert _found("وصل الوفد يوم 10 الجاري", "The delegation arrived last week") == []
    assert _found("تعقد القمة في أكتوبر", "The summit takes place on 3 and 4 October") == []
    # a count beside a date is still a count
    assert _found("شارك 3 وزراء في القمة يوم 4 أكتوبر", "Five ministers took part in the summit on October 4") == [
        ("changed", "3", "Five", "major")
    ]
    assert _found("وصل الوفد يوم 10 الجاري", "The delegation arrived with 12 members") == [("added", "", "12", "minor")]


def test_a_sum_with_a_currency_sign_and_a_scale_letter_is_a_figure():
    # £2.8bn is money; 828m alone may be metres and only matches
    assert _found("سوق التجميل البالغة قيمته 2.8 مليار جنيه", "the £2.8bn beauty market") == []
    assert _found("سوق التجميل البالغة قيمته 2.8 مليار جنيه", "the £3.8bn beauty market") == [
        ("changed", "2.8 مليار", "3.8bn", "major")
    ]
    assert _found("يبلغ ارتفاع البرج 828 مترا", "The tower is 828m tall") == []


def test_the_nominative_dual_of_hundred_is_read_by_its_hamza():
    assert _found("قتل مئتا شخص في الزلزال", "200 people were killed in the quake") == []
    assert _found("قتل مئتا شخص في الزلزال", "300 people were killed in the quake") == [
        ("changed", "مئتا", "300", "major")
    ]
    assert arabic_quantities("وُجد ميتًا قرب منزله") == []


def test_an_english_count_for_an_arabic_dual_is_a_change():
    # طفلان "two children" (a dual, no number word) counted as four
    ar = "وأصيب في القصف طفلان وامرأة."
    assert _found(ar, "Four children and a woman were wounded in the shelling.") == [
        ("changed", "طفلان", "Four", "major")
    ]
    # the twin: the dual rendered as two is faithful
    assert _found(ar, "Two children and a woman were wounded in the shelling.") == []
    # nor is a word that reads as a dual or a plural (مدنيين "two civilians" or "civilians") counted
    ar = "وأصيب في القصف مدنيين في السوق."
    assert _found(ar, "Three civilians were wounded in the shelling at the market.") == [
        ("added", "", "Three", "minor")
    ]


def test_a_figure_from_another_sentence_of_the_document_was_not_put_in():
    from dataclasses import replace

    ar = "وقال المصدر إن الحريق اندلع في المستودع."
    en = "The fire, which killed 12 workers, broke out in the warehouse."
    other = "وأسفر الحريق عن مقتل ١٢ عاملاً."
    base = _pair(ar, en)
    document = (*base.ar, Sentence(1, other, len(ar) + 1, len(ar) + 1 + len(other)))
    # a lead that merged the next sentence carries its figure
    assert detect(replace(base, ar_document=document)) == []
    # the twin: no sentence of the document gives the figure, so the English put it in
    assert _found(ar, en) == [("added", "", "12", "minor")]


def test_a_range_of_thousands_in_words_reads_as_two_figures():
    # بين ألفين وخمسمئة وأربعة آلاف: "between 2,500 and 4,000", not 2,000 and 504,000
    ar = "وطالبت العصابة بفدية تتراوح بين ألفين وخمسمئة وأربعة آلاف دينار."
    assert _found(ar, "The gang demanded a ransom of between 2,500 and 4,000 dinars.") == []
    # the twin: another end of the range is still a change
    assert _found(ar, "The gang demanded a ransom of between 2,500 and 5,000 dinars.") == [
        ("changed", "أربعة آلاف", "5,000", "major")
    ]
    # and hundreds and thousands with nothing after them stay one figure (504,000)
    assert [q.values for q in arabic_quantities("بلغ عدد السكان خمسمئة وأربعة آلاف نسمة")] == [(504000.0,)]


def test_a_price_in_units_and_sub_units_with_the_currency_first():
    # دولار واحد و٢٠ سنتاً "one dollar and 20 cents" is $1.20
    ar = "وارتفع سعر الوقود إلى دولار واحد و٢٠ سنتاً للتر."
    assert _found(ar, "The fuel price rose to $1.20 a litre.") == []
    # the twin: another price is a change
    assert _found(ar, "The fuel price rose to $1.50 a litre.") == [("changed", "واحد و٢٠ سنتا", "1.50", "major")]


def test_a_figure_that_names_a_unit_is_no_dropped_number():
    # اللواء ١٤١ "the 141st Brigade": the English may give the unit as an ordinal or leave its number out
    ar = "وقال قائد اللواء ١٤١ مشاة إن الهجوم أسفر عن مقتل جنديين."
    assert _found(ar, "The commander of the infantry brigade said the attack killed two soldiers.") == []
    assert _found(ar, "The commander of the 141st Infantry Brigade said the attack killed two soldiers.") == []
    # the twin: the same figure counting soldiers and left out is a dropped number
    ar = "وقال قائد اللواء إن ١٤١ جندياً انتشروا في المنطقة."
    assert _found(ar, "The brigade commander said soldiers deployed in the area.") == [("dropped", "١٤١", "", "major")]


def test_a_figure_the_english_says_again_where_the_arabic_does_is_put_in():
    from dataclasses import replace

    # the Arabic gives 12 in another sentence, and the English gives it there too: this 12 is new
    ar = "وقال المصدر إن الحريق اندلع في المستودع."
    en = "The fire, which killed 12 workers, broke out in the warehouse."
    other_ar, other_en = "وأسفر الحريق عن مقتل ١٢ عاملاً.", "The fire killed 12 workers."
    base = _pair(ar, en)
    p = replace(
        base,
        ar_document=(*base.ar, Sentence(1, other_ar, len(ar) + 1, len(ar) + 1 + len(other_ar))),
        en_document=(*base.en, Sentence(1, other_en, len(en) + 1, len(en) + 1 + len(other_en))),
    )
    assert [(f.subtype, f.en_span) for f in detect(p)] == [("added", "12")]


def test_an_arabic_dual_rendered_as_a_bare_plural_lost_its_number():
    # يومين "two days": the dual is the only 'two' of the Arabic; 'for days' keeps the noun, not the count
    ar = "وبقي العمال محاصرين داخل المنجم يومين قبل إنقاذهم."
    assert _found(ar, "The workers were trapped inside the mine for days before they were rescued.") == [
        ("dropped", "يومين", "days", "minor")
    ]
    # the twins: the dual rendered with its number, or by a word that carries it, is faithful
    assert _found(ar, "The workers were trapped inside the mine for two days before they were rescued.") == []
    assert _found(ar, "The workers were trapped inside the mine for a couple of days before being rescued.") == []
    # 'both' carries the 'two' of the noun right after it only: 'both factories years ago' lost the two years
    ar = "واشترت الشركة كلا المصنعين قبل عامين."
    assert _found(ar, "The company bought both factories years ago.") == [("dropped", "عامين", "years", "minor")]
    assert _found(ar, "The company bought both factories two years ago.") == []
    # nor is a dual of things, which the sentence may count another way (the two targets it names)
    ar = "ووقع الانفجار بعد هجومين استهدفا المطار والميناء."
    assert _found(ar, "The blast came after attacks on the airport and the port.") == []


def test_a_definite_dual_is_a_lost_number_only_as_a_span_of_time():
    # اليومين الماضيين "the past two days": the count is the point of the phrase
    ar = "وارتفعت أسعار الخبز خلال اليومين الماضيين في الأسواق."
    assert _found(ar, "Bread prices rose in the markets over the past days.") == [
        ("dropped", "اليومين", "days", "minor")
    ]
    assert _found(ar, "Bread prices rose in the markets over the past two days.") == []
    # the twins: a definite dual alone, or one with a pronoun, is often a plural in English
    assert _found("وتبادل الطرفان الأسرى في المعبر.", "The sides exchanged prisoners at the crossing.") == []
    assert _found("وقدم الشاهدان إفادتيهما أمام المحكمة.", "The witnesses gave their statements to the court.") == []


def test_an_english_ordinal_is_not_the_two_of_a_dual():
    # 'a second vote' is no rendering of سنتين "two years"
    ar = "وأجري تصويت ثان على القانون الذي أقر قبل سنتين."
    assert _found(ar, "A second vote was held on the law passed years ago.") == [("dropped", "سنتين", "years", "minor")]
    assert _found(ar, "A second vote was held on the law passed two years ago.") == []


def test_a_count_after_a_definite_noun_is_a_number_and_minor_when_dropped():
    # الأشهر الثلاث "the three months": a cardinal with the article after its noun counts it
    ar = "وتراجعت الصادرات خلال الأشهر الثلاث الأولى من العام."
    assert _found(ar, "Exports fell in the first months of the year.") == [("dropped", "الثلاث", "", "minor")]
    assert _found(ar, "Exports fell in the first three months of the year.") == []
    # a count turned into another unit ('the ten days' as 'two weeks') is the time detector's, not dropped
    ar = "وستصل الشحنة خلال الأيام العشرة المقبلة."
    assert _found(ar, "The shipment will arrive within the next two weeks.") == []
    # the twins: a cardinal with the article and no noun before it (الثلاثة "the three of them"), or an
    # ordinal-like ten (القرن العشرين "the 20th century"), stays a figure to match, never reported
    assert _found("ووصل الثلاثة إلى الحدود مساء.", "They reached the border in the evening.") == []
    assert _found("بني الجسر في القرن العشرين.", "The bridge was built last century.") == []


def test_a_number_cut_with_the_end_of_a_quote_belongs_to_the_truncation():
    from findings_helpers import pair

    from workbench.findings import run_detectors

    ar = 'وقال المتحدث: "ستستمر المفاوضات خمسة أيام أخرى على الأقل".'

    def found(en: str) -> list[tuple[str, str, str]]:
        return [(f.type, f.subtype, f.ar_span) for f in run_detectors([pair(ar, en)], ("quotes", "numbers"))]

    # the quote cut before the number: one finding, the truncation, which lists what was left out
    assert [t for t, _, _ in found('The spokesman said: "The negotiations will continue".')] == ["quote"]
    # the twin: the quote kept whole but for the number is a dropped number
    assert found('The spokesman said: "The negotiations will continue for days at least".') == [
        ("number", "dropped", "خمسة")
    ]


def test_a_and_an_ordinal_before_a_noun_is_no_fraction():
    # 'a third term' is an ordinal, not a third (1/3): no English number is left over to explain the drop
    assert [q.values for q in english_quantities("He won a third term")] == [(3.0,)]
    assert english_quantities("a third of the voters")[0].values == (1.0, 0.3333, 33.33)
    ar = "وفاز الرئيس بولاية ثالثة بعد فوز حزبه في الانتخابات الأربع الماضية."
    assert _found(ar, "The president won a third term after his party won the past elections.") == [
        ("dropped", "الأربع", "", "minor")
    ]
    assert _found(ar, "The president won a third term after his party won the past four elections.") == []


def test_definite_compound_is_one_figure_not_its_unit():
    # الثماني والأربعين is 48, not 8: an English 48 matches it, and a different count is no change of its unit
    ar = "وتوقع المركز أن تشتد العاصفة خلال الساعات الثماني والأربعين المقبلة."
    assert [q.values for q in arabic_quantities(ar)] == [(48.0,)]
    assert _found(ar, "The centre expects the storm to strengthen over the next 48 hours.") == []
    # the faithful twin without the article reads the same compound, and a changed count is still caught
    assert _found("خلال ثماني وأربعين ساعة", "within 48 hours") == []
    assert _found("خلال ثماني وأربعين ساعة", "within 24 hours") == [("changed", "ثماني وأربعين", "24", "major")]
    # a definite unit then a ten without the article is two figures (the three, and twenty others)
    assert [q.values for q in arabic_quantities("نجا الأطفال الثلاثة وعشرون آخرون")] == [(3.0,), (20.0,)]


def test_compound_ordinal_reads_its_ten():
    assert [q.values for q in arabic_quantities("في دورته الخامسة والعشرين")] == [(25.0,)]
    assert ar_ordinals("في دورته الحادية والعشرين") == {21.0}
    assert ar_ordinals("للمرة الثانية والأخيرة") == {2.0}


def test_a_score_or_range_whose_figures_changed_and_its_faithful_twins():
    assert _found("تقدم الضيوف بنتيجة 2-1 في الشوط الأول", "The visitors led 3-1 at half-time") == [
        ("changed", "2-1", "3-1", "major")
    ]
    # a translator may give a score in the other order, or in Arabic-Indic digits
    assert _found("خسر الفريق 0-2 أمام الضيوف", "The team lost 2-0 to the visitors") == []
    assert _found("انتهت المباراة ٤-٤", "The match ended 4-4") == []
    # names, year spans and dates with dashes are not scores
    assert _found("حلقت طائرات إف-16 فوق المدينة", "F-16 jets flew over the city") == []
    assert _found("في موسم 2021-22 تغير المدرب", "In the 2021-22 season the coach changed") == []
    assert _found("ولد في 3-4-1990", "He was born on 3-4-1990") == []


def test_a_clock_time_in_digits_changed_and_its_faithful_twins():
    assert _found("اندلع الحريق قرابة الساعة 5:40 مساءً", "The fire broke out at about 6:40 p.m.") == [
        ("changed", "5:40", "6:40", "major")
    ]
    assert _found("اندلع الحريق قرابة الساعة ٧:١٥ صباحاً", "The fire broke out at about 7:51 a.m.")[0][:3] == (
        "changed",
        "٧:١٥",
        "7:51",
    )
    # the same time on a 24-hour and a 12-hour dial, in Arabic-Indic digits, or twice on one side
    assert _found("تنطلق الرحلة في تمام 18:20", "The flight leaves at 6:20 p.m. sharp") == []
    assert _found("أغلق المعبر بين ٩:٠٠ و١١:٣٠", "The crossing was shut between 9:00 and 11:30") == []
    # two times left over on one side: which was changed is not known, nothing is said
    assert _found("أغلق المعبر بين 9:00 و11:30", "The crossing was shut between 9:15 and 11:45") == []


def test_a_billion_with_the_article_is_a_figure():
    assert [q.values for q in english_quantities("a shortfall of more than a billion cubic feet")] == [(1e9,)]
    assert english_quantities("a billionaire bought the club") == []
    assert _found("يتجاوز العجز ألف مليون قدم مكعب يومياً", "The shortfall exceeds a billion cubic feet a day") == []
    assert _found("يتجاوز العجز ألف مليون قدم مكعب يومياً", "The shortfall exceeds a million cubic feet a day")[0][
        :1
    ] == ("changed",)


def test_a_decimal_range_is_not_read_as_its_first_digit():
    # 2.5-3: the Arabic reading stopped at '2' and reported it dropped
    assert _found("بلغ معدل النمو 2.5-3 في المائة", "Growth reached 2.5-3 percent") == []
    assert _found("بلغ معدل النمو 2.5 في المائة", "Growth reached 3.5 percent")[0][:2] == ("changed", "2.5")


def test_a_part_counted_by_a_dual_is_two():
    # رميتين من أصل تسع "two shots out of nine" is '2 of 9'; the '2' of '27' is no place to look
    ar = "أنهى اللقاء برصيد 27 نقطة، لكنه لم ينجح سوى في رميتين من أصل تسع من خارج القوس."
    assert _found(ar, "He finished with 27 points but went only 2 of 9 from beyond the arc.") == []
    three = "أنهى اللقاء برصيد 27 نقطة، لكنه لم ينجح سوى في ثلاث رميات من أصل تسع من خارج القوس."
    assert [f[0] for f in _found(three, "He finished with 27 points but went only 2 of 9 from beyond the arc.")] == [
        "changed"
    ]


def test_a_clock_time_beside_a_time_zone_may_be_converted():
    # بتوقيت مكة against GMT: the translator may give the hour in another zone
    assert _found("وقع الانفجار عند الساعة 3:30 بتوقيت مكة المكرمة", "The blast happened at 12:30 GMT") == []


def test_lasta_is_i_am_not_unless_a_plural_noun_follows():
    # لست "I am not" spells ل + ست "for six": a number only before a noun it counts
    assert _found("لست مستعداً للاعتزال الآن، قال اللاعب.", "I am not ready to retire yet, the player said.") == []
    ar = "حُكم عليه بالسجن لست سنوات."
    assert _found(ar, "He was sentenced to six years in prison.") == []
    assert _found(ar, "He was sentenced to eight years in prison.") == [("changed", "لست", "eight", "major")]


def test_a_number_word_ending_a_name_the_english_spells_out():
    # بئر سبع "Bir Saba": the number word is part of the name, no seven dropped
    assert (
        _found("ووصل الوفد إلى بلدة بئر سبع صباح اليوم.", "The delegation reached the town of Bir Saba this morning.")
        == []
    )
    assert _found("ووصل سبع وفود إلى البلدة صباح اليوم.", "Delegations reached the town this morning.") == [
        ("dropped", "سبع", "", "major")
    ]


def test_range_shares_its_scale_word_in_arabic():
    # بين 20 و25 مليون: one scale word for both ends, the first is 20 million as well
    assert (
        _found("تقدر الخسائر بما بين 20 و25 مليون دولار", "Losses are put at between $20 million and $25 million") == []
    )
    assert (
        _found("يعمل في القطاع من 3 إلى 4 آلاف عامل", "Between 3,000 and 4,000 workers are employed in the sector")
        == []
    )
    # the twin: an English figure that is no end of the range is still a change
    assert _found(
        "تقدر الخسائر بما بين 20 و25 مليون دولار", "Losses are put at between $30 million and $35 million"
    ) == [("changed", "20", "30 million", "major"), ("changed", "25 مليون", "35 million", "major")]


def test_range_shares_its_scale_word_in_english():
    assert (
        _found("تقدر الخسائر بما بين 20 مليونا و25 مليون دولار", "Losses are put at between 20 and 25 million dollars")
        == []
    )
    assert _found("تقدر الخسائر بما بين 20 مليونا و25 مليون دولار", "Losses are put at $20-25 million") == []
    # the twin: without a scale word after it, the English end stays a plain 25
    assert _found("تقدر الخسائر بما بين 20 و25 مليون دولار", "Losses are put at between $20 and $25") == [
        ("changed", "25 مليون", "25", "major")
    ]


def test_shared_scale_only_for_a_rising_range():
    # قتل 12 وأصيب 15 ألفا: the second figure opens no range after a verb; and a first figure larger than
    # the second's count is no range end either
    assert arabic_quantities("قتل 12 وأصيب 15 ألفا")[0].values == (12.0,)
    assert arabic_quantities("بين 20 و15 مليون")[0].values == (20.0,)
    assert english_quantities("between 20 and 15 million")[0].values == (20.0,)


def test_millennium_renders_a_thousand_years():
    assert (
        _found("ظل المعبد مركزا للحج لأكثر من ألف عام", "The temple was a pilgrimage centre for more than a millennium")
        == []
    )
    # the twin: a century is no thousand years
    assert _found(
        "ظل المعبد مركزا للحج لأكثر من ألف عام", "The temple was a pilgrimage centre for more than a century"
    ) == [("dropped", "ألف", "", "major")]


def test_a_quarter_of_an_hour_is_fifteen_minutes():
    assert (
        _found("تأخرت الرحلة نحو ربع ساعة بسبب الضباب", "The flight was delayed by about 15 minutes because of fog")
        == []
    )
    assert _found("تأخرت الرحلة نصف ساعة بسبب الضباب", "The flight was delayed by 30 minutes because of fog") == []
    # the twin: a quarter of an hour is not 20 minutes
    assert _found(
        "تأخرت الرحلة نحو ربع ساعة بسبب الضباب", "The flight was delayed by about 20 minutes because of fog"
    ) == [("added", "", "20", "minor")]


def test_four_digit_clock_before_a_time_zone():
    # 1835 GMT is the 18:35 of the Arabic
    assert _found("وقع الزلزال عند الساعة 18:35 بتوقيت غرينتش", "The earthquake struck at 1835 GMT") == []
    # the twin: four digits with no time zone are a count
    assert english_quantities("The museum holds 1835 coins")[0].values == (1835.0,)


def test_currency_code_written_onto_the_figure():
    # SR3.2 billion: the riyal's code glued to the figure
    assert (
        _found("وقعت الهيئة عقدا بقيمة ثلاثة مليارات و٢٠٠ مليون ريال", "The authority signed a SR3.2 billion contract")
        == []
    )
    # the twin: a figure that differs is still changed
    assert _found(
        "وقعت الهيئة عقدا بقيمة ثلاثة مليارات و٢٠٠ مليون ريال", "The authority signed a SR2.3 billion contract"
    ) == [("changed", "ثلاثة مليارات و٢٠٠ مليون", "2.3 billion", "major")]


def test_a_length_recounted_in_the_same_unit_with_no_figure_is_a_number_changed():
    ar = "ووصلت فرق الإطفاء بعد نحو ساعتين من اندلاع الحريق."
    assert _found(ar, "Fire crews arrived within an hour of the blaze breaking out.") == [
        ("changed", "ساعتين", "an hour", "minor")
    ]
    # the same length, however it is written, is no change
    assert _found(ar, "Fire crews arrived about two hours after the blaze broke out.") == []
    assert _found(ar, "Fire crews arrived some 120 minutes after the blaze broke out.") == []
    year = "واستمرت الأعمال أكثر من عام."
    assert _found(year, "The work lasted more than two years.") == [("changed", "عام", "two years", "minor")]
    assert _found(year, "The work lasted more than a year.") == []


def test_a_figure_counting_a_length_in_another_unit_is_no_number_added():
    # 'ten' renders the length أسبوع "a week" changed (the time detector's finding), no number put in
    ar = "وأوضح أن النتائج ستعلن خلال أسبوع."
    assert _found(ar, "He said the results would be announced within ten days.") == []
    assert _found(ar, "He said the results would be announced within ten days, ten of them working days.") != []


def test_a_range_of_lengths_is_no_length_changed():
    ar = "وقال إنه سيستريح أسبوعين أو ثلاثة قبل البطولة."
    assert _found(ar, "He said he would rest for two or three weeks before the tournament.") == []
    assert _found(ar, "He said he would rest for two to three weeks before the tournament.") == []


def test_a_figure_counting_a_length_the_english_says_without_one_is_no_number_dropped():
    ar = "وقال إن المشروع سينجز خلال 18 شهرا."
    assert _found(ar, "He said the project would be completed within a year and a half.") == []
    # the twin: another length, and the figure is missing from the English
    assert [f[0] for f in _found(ar, "He said the project would be completed within a year.")] == ["dropped"]
    # an hour and a half, 90 minutes: one length
    assert _found("ويستمر العمل ساعة ونصف يوميا.", "Work continues for 90 minutes a day.") == []
    assert _found("وأغلق المعبر لمدة يومين.", "The crossing was closed for a day.") == [
        ("changed", "يومين", "a day", "minor")
    ]


def test_a_dual_currency_noun_is_the_two_a_currency_sign_gives():
    # دولارين "two dollars": '$2' renders it, the sign naming the dual's noun
    assert _found("ويباع رغيف الخبز في السوق بأقل من دولارين.", "A loaf sells for less than $2 at the market.") == []
    # the twin: another figure after the sign is still a changed number
    assert _found("ويباع رغيف الخبز في السوق بأقل من دولارين.", "A loaf sells for less than $4 at the market.") == [
        ("changed", "دولارين", "4", "major")
    ]


def test_the_feminine_one_joins_its_tens():
    # إحدى وثلاثين "thirty-one" (feminine): 31, not the 30 alone
    assert (
        _found(
            "وأغلقت السلطات ثماني مدارس من أصل إحدى وثلاثين في المنطقة.", "Authorities shut 8 of the area's 31 schools."
        )
        == []
    )
    # the twin: another figure for it is still a change
    assert _found(
        "وأغلقت السلطات ثماني مدارس من أصل إحدى وثلاثين في المنطقة.", "Authorities shut 8 of the area's 35 schools."
    ) == [("changed", "إحدى وثلاثين", "35", "major")]


def test_a_roman_numeral_in_a_name_is_the_figure_the_arabic_writes():
    # محطة كاروما 3 "the Karuma III station": the Arabic writes the figure the English writes as a numeral
    ar = "ودخلت محطة كاروما 3 للطاقة الخدمة في الربيع."
    assert _found(ar, "The Karuma III power station entered service in the spring.") == []
    # the twin: the figure left out of the English is still dropped
    assert [f[0] for f in _found(ar, "The Karuma power station entered service in the spring.")] == ["dropped"]


def test_half_a_scale_word_repeated_without_the_article_is_one_figure():
    # مليوناً ونصف مليون "a million and half a million" = 1.5 million, with no second million left over
    ar = "وبلغت صادرات الميناء هذا العام مليوناً ونصف مليون طن من الفوسفات."
    assert _found(ar, "The port's exports this year reached 1.5 million tonnes of phosphate.") == []
    # the twin: another figure for it is still a change
    assert [f[0] for f in _found(ar, "The port's exports this year reached 2.5 million tonnes of phosphate.")] == [
        "changed"
    ]


def test_half_after_the_currency_with_its_scale_repeated():
    # ملياري دولار ونصف المليار: 2.5 billion dollars; the half of a new amount (ونصف مليون يورو) stays apart
    ar = "ومن المتوقع أن تبلغ كلفة المرحلة الأولى من المشروع نحو ملياري دولار ونصف المليار."
    assert _found(ar, "The first phase of the project is expected to cost about 2.5 billion dollars.") == []
    assert _found(ar, "The first phase of the project is expected to cost about 2 billion dollars.") == [
        ("changed", "ملياري دولار ونصف المليار", "2 billion", "major")
    ]
    two = "وتبلغ الكلفة مليون دولار ونصف مليون يورو."
    assert [q.values[0] for q in arabic_quantities(two)][:2] == [1000000.0, 500000.0]


def test_an_ordinal_put_in_the_place_of_another_is_a_changed_number():
    def found(det, ar, en):
        return [("number", f.subtype, f.ar_span, f.en_span, f.severity) for f in det(_pair(ar, en))]

    ar = "وقال المدير إن هذا هو الحادث الخامس من نوعه منذ بداية العام."
    assert found(detect, ar, "The director said this was the third such accident since the start of the year.") == [
        ("number", "changed", "الخامس", "third", "minor")
    ]
    assert found(detect, ar, "The director said this was the fifth such accident since the start of the year.") == []
    # a date's day is the time detector's, and الساعة الثانية is a time of day, not a second in order
    dated = "وتعقد الجلسة في الثالث من أكتوبر المقبل للمرة الثانية."
    assert found(detect, dated, "The session will be held on the fifth of October for the second time.") == []
    clock = "وانطلقت القافلة في الساعة الثانية ظهرا، وهي القافلة الرابعة هذا الشهر."
    assert found(detect, clock, "The convoy set off at 2pm, the fourth this month.") == []
    # 'a third of' is a fraction, and على before عشر "ten" is no teen ordinal
    share = "وانخفضت ساعات التجهيز إلى ما لا يزيد على عشر ساعات يوميا."
    assert found(detect, share, "Supply fell to no more than ten hours a day, a third of the usual.") == []


def test_a_name_s_number_a_figure_ordinal_and_a_construct_are_no_changed_ordinal():
    def found(det, ar, en):
        return [(f.subtype, f.ar_span, f.en_span) for f in det(_pair(ar, en)) if "ordinal" in f.explanation]

    cases = [
        (
            "وقال إن ذلك لم يحدث منذ الحرب العالمية الثانية، وإن البنك رفع الفائدة للمرة الـ3.",
            "He said that had not happened since World War II and the bank raised rates for the third time.",
        ),
        (
            "واستقبل الملك عبدالله الثاني الوفد للمرة الـ4 هذا العام.",
            "King Abdullah II received them for the fourth time.",
        ),
        ("وارتفعت انبعاثات ثاني أكسيد الكربون للعام الـ3.", "Carbon dioxide emissions rose for a third straight year."),
        (
            "ووقع الانفجار عند الرابعة فجرا، في الهجوم الـ3 هذا الأسبوع.",
            "It came at 4 a.m., the third attack this week.",
        ),
        # an indefinite ordinal (محاولة خامسة) answers 'fifth'; الشوط الثاني left over is no swap for it
        ("وسجل الفريق في بداية الشوط الثاني محاولة خامسة.", "The side scored a fifth try after the restart."),
        ("وغادر اللاعب الملعب في الدقيقة 52.", "The player left the field in the 52nd minute."),
    ]
    for ar, en in cases:
        assert found(detect, ar, en) == []


def test_hundreds_of_a_scale_written_out_in_english():
    # "two hundred thousand" is 200,000, not 200 with a stray 'thousand'; so with million and billion
    assert [q.values for q in english_quantities("capacity of two hundred thousand cars a year")] == [(200000.0,)]
    assert [q.values for q in english_quantities("a budget of three hundred million dollars")] == [(3e8,)]
    ar = "وتبلغ الطاقة الإنتاجية للمصنع مئتي ألف سيارة سنويا."
    assert detect(_pair(ar, "The plant can make two hundred thousand cars a year.")) == []
    changed = detect(_pair(ar, "The plant can make three hundred thousand cars a year."))
    assert [(f.subtype, f.en_span) for f in changed] == [("changed", "three hundred thousand")]


def test_a_measure_and_its_parts_are_one_figure():
    # ١٤ متراً و٦٠ سنتيمتراً is 14.60 metres, as ٧٧ دولاراً و٨٠ سنتاً is $77.80
    # (and the whole units alone, with the parts matched apart, for an English that keeps both units)
    assert [q.values for q in arabic_quantities("يبلغ المنسوب ١٤ متراً و٦٠ سنتيمتراً")] == [(14.6, 14.0), (60.0,)]
    assert [q.values[0] for q in arabic_quantities("على بعد ٣ كيلومترات و٢٠٠ متر")][0] == 3.2
    # a metre is no part of a metre: two lengths of one unit stay two figures
    assert [q.values for q in arabic_quantities("فاز في سباقي 200 متر و400 متر")] == [(200.0,), (400.0,)]
    ar = "وارتفع منسوب النهر إلى ٥ أمتار و٢٠ سنتيمتراً صباح اليوم."
    assert detect(_pair(ar, "The river rose to 5.20 metres this morning.")) == []
    assert detect(_pair(ar, "The river rose to 5 metres and 20 centimetres this morning.")) == []
    assert [f.subtype for f in detect(_pair(ar, "The river rose to 5.80 metres this morning."))] == ["changed"]


def test_a_measure_told_in_both_its_units_is_the_same_figure():
    ar = "وسجل منسوب النهر 14 مترا و60 سنتيمترا."
    assert detect(_pair(ar, "The river level stood at 14 metres and 60 centimetres.")) == []
    assert detect(_pair("ويبلغ وزن الطفل 3 كيلوغرامات و200 غرام.", "The baby weighs 3 kilograms and 200 grams.")) == []


def test_a_figure_the_english_gives_in_another_sentence_was_not_dropped():
    from dataclasses import replace

    # the English moved the figure into the lead: another English sentence states it, no other Arabic one does
    ar = "وأضاف المصدر أن الحريق الذي أودى بحياة ١٢ عاملاً اندلع في المستودع."
    en = "The source added that the fire broke out in the warehouse."
    lead = "A fire killed 12 workers at a warehouse on Monday."
    base = _pair(ar, en)
    moved = replace(base, en_document=(Sentence(1, lead, 0, len(lead)), *base.en))
    assert detect(moved) == []
    # the twin: the Arabic states it in that other sentence too, so the lead's 12 is that one's and this is lost
    other_ar = "أودى حريق بحياة ١٢ عاملاً في مستودع يوم الاثنين."
    both = replace(moved, ar_document=(Sentence(1, other_ar, 0, len(other_ar)), *base.ar))
    assert [(f.subtype, f.ar_span) for f in detect(both)] == [("dropped", "١٢")]
    # and with no other English sentence giving it, it is dropped; a date or an ordinal elsewhere gives no figure
    assert _found(ar, en) == [("dropped", "١٢", "", "major")]
    for other in ("AMMAN, March 12 (Petra) – The fire broke out on Monday.", "It was the 12th fire this year."):
        dated = replace(base, en_document=(Sentence(1, other, 0, len(other)), *base.en))
        assert [(f.subtype, f.ar_span) for f in detect(dated)] == [("dropped", "١٢")]


def test_a_figure_on_the_other_side_of_a_cut_sentence_is_neither_added_nor_dropped():
    from dataclasses import replace

    # a 1-2 link read as two 1-1 pairs: the English gave the figure in its first sentence, the cut put it in
    # the Arabic piece read with the second
    whole = "افتتح المدير اليوم الأحد وحدة جديدة، تضم ٦٠ جهازاً بتكلفة ٤٥ مليون جنيه."
    cut = whole.index("تضم")
    head, tail = whole[:cut].rstrip(), whole[cut:]
    en1 = "A new unit with 60 machines was opened on Sunday by the director."
    en2 = "It cost 45 million pounds."
    whole_s = Sentence(0, whole, 0, len(whole))
    ens = (Sentence(0, en1, 0, len(en1)), Sentence(1, en2, len(en1) + 1, len(en1) + 1 + len(en2)))
    first = replace(_pair(head, en1), ar_document=(whole_s,), en_document=ens)
    second = replace(_pair(tail, en2), ar_document=(whole_s,), en_document=ens)
    second = replace(second, en=(ens[1],), link=replace(second.link, en=(1,)))
    assert detect(first) == [] and detect(second) == []
    # the twin: a figure no part of the Arabic sentence gives is put in, one no English sentence gives is lost
    en1_added = "A new unit with 60 machines and 15 beds was opened on Sunday by the director."
    ens_added = (Sentence(0, en1_added, 0, len(en1_added)), ens[1])
    first = replace(_pair(head, en1_added), ar_document=(whole_s,), en_document=ens_added)
    assert [(f.subtype, f.en_span) for f in detect(first)] == [("added", "15")]
    en2_short = "It cost a lot."
    ens_short = (ens[0], Sentence(1, en2_short, len(en1) + 1, len(en1) + 1 + len(en2_short)))
    second = replace(_pair(tail, en2_short), ar_document=(whole_s,), en_document=ens_short)
    second = replace(second, en=(ens_short[1],), link=replace(second.link, en=(1,)))
    assert [(f.subtype, f.ar_span) for f in detect(second)] == [("dropped", "٤٥ مليون")]


def test_a_figure_in_the_other_piece_of_a_cut_english_sentence_was_not_dropped():
    from dataclasses import replace

    # a 2-1 link read as two 1-1 pairs: the English merged the cost into the first half of its sentence, the cut
    # gave the Arabic sentence with the cost the second half
    first = "The director opened the unit, which cost 45 million pounds, on Sunday"
    whole = first + " and said it was funded by donations."
    ar = "وبلغت تكلفة الوحدة ٤٥ مليون جنيه جرى تمويلها من التبرعات."
    piece = Sentence(0, whole[len(first) + 1 :], len(first) + 1, len(whole))
    cut = replace(_pair(ar, piece.text), en=(piece,), en_document=(Sentence(0, whole, 0, len(whole)),))
    assert detect(cut) == []
    # the twin: no part of the English sentence gives it
    short = "The director opened the unit on Sunday"
    whole = short + " and said it was funded by donations."
    piece = Sentence(0, whole[len(short) + 1 :], len(short) + 1, len(whole))
    cut = replace(_pair(ar, piece.text), en=(piece,), en_document=(Sentence(0, whole, 0, len(whole)),))
    assert [(f.subtype, f.ar_span) for f in detect(cut)] == [("dropped", "٤٥ مليون")]


def test_a_figure_in_an_outlets_name_is_no_count_the_other_side_must_give():
    told = 'وقالت المديرة الفنية للمهرجان لموقع "{}" إن الدورة ستنطلق الشهر المقبل.'
    en = "The festival director told Le360 the edition would open next month."
    assert _found(told.format("اليوم 24"), en) == []
    assert _found(told.format("كوردستان 24"), en) == []
    # a count in a quotation is a count
    assert [
        f[:2] for f in _found('وقالت المديرة إن "الدورة تضم 24 فرقة".', "The director said the edition had bands.")
    ] == [("dropped", "24")]
    # an English credit ending in a figure is the outlet's name, not a figure put in
    assert (
        _found(
            'وقال القطب لـ"النشرة" إن البلدية لم تتسلم أي مبلغ.',
            "Speaking to Lebanon 24, al-Qotb said the town had received nothing.",
        )
        == []
    )
    assert [
        f[:3]
        for f in _found(
            "وقال القطب إن البلدية لم تتسلم أي مبلغ.",
            "Al-Qotb said the municipality had received nothing for 24 months.",
        )
    ] == [("added", "", "24")]


def test_the_day_and_month_of_a_kuna_dateline_are_no_figures_to_compare():
    ar = "جزيرة فيلكا - ٢٤ - ١١ (كونا) -- أعلن المجلس الوطني اليوم الأحد اكتشاف أختام."
    assert (
        _found(ar, "FAILAKA ISLAND, Nov 24 (KUNA) – The national council on Sunday announced the discovery of seals.")
        == []
    )
    added = "FAILAKA ISLAND (KUNA) – The council on Sunday announced the discovery of 11 seals."
    assert [f[:3] for f in _found(ar, added)] == [("added", "", "11")]


def test_a_score_in_a_headline_read_as_a_place_dateline_still_counts():
    # 'آير 38 - ' has the shape of a dateline of a place alone: only a dateline with a date gives the report's date
    ar = "آير 38 - 17 ميلروز: آير الذي لم يُهزم يعتلي القمة"
    assert _found(ar, "Ayr 38 - 17 Melrose: Unbeaten Ayr go top") == []
    assert [f[:3] for f in _found(ar, "Ayr 36 - 17 Melrose: Unbeaten Ayr go top")] == [("changed", "38", "36")]


def test_a_figure_after_a_place_that_names_an_outlet_is_a_count_unless_the_outlet_is_credited():
    # السويداء 24 is an outlet only where it is credited (شبكة السويداء 24، لموقع "…"): after في it is 24 people
    assert [
        f[:3] for f in _found("وقتل في السويداء 24 شخصا خلال الاشتباكات.", "In Sweida, 42 people were killed.")
    ] == [("changed", "24", "42")]
    # a short quotation of words and a figure is a count too where no outlet is credited
    assert [f[:3] for f in _found('وقال: "خسرنا 30".', 'He said: "We lost 20."')] == [("changed", "30", "20")]
    # a dateline's figure told again in the story is the story's count
    ar = "جزيرة فيلكا - ٢٤ - ١١ (كونا) -- أعلن المجلس الوطني اكتشاف ١١ ختما."
    assert _found(ar, "FAILAKA ISLAND, Nov 24 (KUNA) – The council announced the discovery of 11 seals.") == []


def test_the_date_of_an_english_dateline_stands_for_no_count_of_the_arabic():
    # 'AMMAN, Nov 12 –': the 12 people the Arabic counts are left out, whatever the dateline's day
    ar = "وقال مسؤول إن 12 شخصا أصيبوا في الحادث."
    assert [f[:2] for f in _found(ar, "AMMAN, Nov 12 – An official said people were injured in the accident.")] == [
        ("dropped", "12")
    ]
    assert _found(ar, "AMMAN, Nov 12 – An official said 12 people were injured in the accident.") == []


def test_twenty_four_hours_told_as_around_the_clock_is_no_number_dropped():
    ar = "وقال مدير المنفذ إن المعبر يعمل على مدار ٢٤ ساعة طوال موسم الحج."
    assert _found(ar, "The crossing director said it was operating around the clock throughout the hajj season.") == []
    assert _found(ar, "The crossing director said it was operating round-the-clock throughout the hajj season.") == []
    # a figure the English changes is still one
    assert _found(ar, "The crossing director said it was operating 12 hours a day throughout the hajj season.") == [
        ("changed", "٢٤", "12", "major")
    ]


def test_one_end_of_a_from_to_span_changed_where_the_other_is_kept():
    ar = "وأضاف أن مدة إنهاء إجراءات الشاحنة انخفضت من خمس ساعات إلى ساعتين تقريبا."
    assert _found(ar, "He added that clearing a truck now takes about two hours instead of five hours.") == []
    assert _found(ar, "He added that the time to clear a truck fell from five hours to about one hour.") == [
        ("changed", "ساعتين", "one hour", "minor")
    ]
    # one end of a range with no end kept ("two or three days" as 'a week'): which was changed is not known
    from workbench.findings._durations import paired_lengths

    assert paired_lengths("تستغرق معالجة الطلب يومين أو ثلاثة.", "Processing a request takes about a week.") == ((), ())
    # nor is an end of another range, in another unit, the kept end
    ar = "تستغرق الرحلة من ساعة إلى ثلاث ساعات، وتدوم المعالجة أسبوعين أو ثلاثة."
    assert paired_lengths(ar, "The trip takes up to three hours and processing takes a month.")[1] == ()


def test_hyphenated_tens_and_a_half_after_a_figures_noun():
    # 'thirty-one' is 31, not 30; 8 أعوام ونصف is 8.5
    farmed = 'وقال المزارع: "أزرع هذه الأرض منذ 31 عاماً".'
    assert _found(farmed, '"I have farmed this land for thirty-one years," the farmer said.') == []
    assert _found(farmed, '"I have farmed this land for thirty-two years," the farmer said.') == [
        ("changed", "31", "thirty-two", "major")
    ]
    terms = "وصدرت بحقهما أحكام بالسجن 7 أعوام و8 أعوام ونصف على التوالي."
    assert _found(terms, "They received sentences of seven and eight and a half years respectively.") == []
    assert [f[:1] + f[2:3] for f in _found(terms, "They received sentences of seven and nine and a half years.")] == [
        ("changed", "nine and a half")
    ]


def test_a_quarter_of_a_million_is_the_arabic_quarter_of_a_million():
    # 'a quarter of a million' is ربع مليون (250,000), with the scale written after the article too (ربع المليون)
    for ar in ("وتستزرع غاليسيا نحو ربع مليون طن من بلح البحر سنوياً.", "وتستزرع غاليسيا نحو ربع المليون طن سنوياً."):
        assert _found(ar, "Galicia farms around a quarter of a million tonnes of mussels a year.") == []
    # the twin: three quarters of a million told as a quarter is a figure the English lacks
    three = "وتستزرع غاليسيا نحو ثلاثة أرباع مليون طن من بلح البحر سنوياً."
    assert [f[:2] for f in _found(three, "Galicia farms around a quarter of a million tonnes of mussels a year.")] == [
        ("dropped", "ثلاثة أرباع")
    ]


def test_a_year_then_a_comma_does_not_multiply_the_thousand_after_it():
    # عام 2012، ألفاً وخمسين: the year closes its clause; the thousand after the comma is a figure of its own (1,050)
    ar = "وبلغ عدد زوار المعرض الذي افتتح عام 2012، ألفاً وخمسين زائراً في يومه الأول."
    assert _found(ar, "The fair, which opened in 2012, drew 1,050 visitors on its first day.") == []
    # the twin: the figure after the year changed is still found, with the year out of its span
    assert _found(ar, "The fair, which opened in 2012, drew 1,500 visitors on its first day.") == [
        ("changed", "ألفاً وخمسين", "1,500", "major")
    ]


def test_twentyfold_renders_twenty_times():
    # 'twentyfold' for 20 ضعفاً, as 'tenfold' for عشرة أضعاف
    ar = "وارتفعت صادرات البلاد من الأفوكادو 20 ضعفاً خلال عقد واحد."
    assert _found(ar, "The country's avocado exports rose twentyfold in a single decade.") == []
    # the twin: 'fivefold' says another figure; the twenty is left with no counterpart
    assert [f[:2] for f in _found(ar, "The country's avocado exports rose fivefold in a single decade.")] == [
        ("dropped", "20")
    ]


def test_a_currency_named_alone_before_its_sub_units_is_one_unit_and_them():
    # ريالاً و25 هللة: one riyal and 25 halalas, 1.25, not 25
    ar = "وبلغ سعر الرغيف ريالاً و25 هللة بعد الزيادة."
    assert _found(ar, "A loaf now costs 1.25 riyals after the increase.") == []
    # the twin: another price is a change, the span the whole sum
    assert _found(ar, "A loaf now costs 1.50 riyals after the increase.") == [
        ("changed", "ريالاً و25 هللة", "1.50", "major")
    ]
    # and its dual: بدينارين و٥٠ قرشاً is 2.50
    assert _found("بيع الرغيف بدينارين و٥٠ قرشاً.", "The loaf was sold for 2.50 dinars.") == []
    assert [f[:3] for f in _found("بيع الرغيف بدينارين و٥٠ قرشاً.", "The loaf was sold for 1.50 dinars.")] == [
        ("changed", "دينارين و٥٠ قرشا", "1.50")
    ]


def test_the_dual_of_trillion_is_two_trillion():
    ar = "وتبلغ ديون الشركة نحو تريليوني وون."
    assert _found(ar, "The company's debts stand at about 2 trillion won.") == []
    # spelt out in English too, and the nominative dual تريليونا before its noun
    assert (
        _found("ستنفق الحكومة تريليونين على البنية التحتية.", "The government will spend two trillion on roads.") == []
    )
    assert _found("تريليونا دولار ستنفق على البنية التحتية.", "$2 trillion will be spent on infrastructure.") == []
    assert _found(ar, "The company's debts stand at about 3 trillion won.") == [
        ("changed", "تريليوني", "3 trillion", "major")
    ]


def test_a_clock_time_with_its_minutes_after_a_point_is_no_figure():
    # 7.15 p.m., as British style writes 7:15: a time of day, which the Arabic writes 7:15
    ar = "وانطلقت الرحلة في الساعة 7:15 مساءً وعلى متنها 180 راكباً."
    assert _found(ar, "The flight left at 7.15 p.m. with 180 passengers.") == []
    # the minutes the Arabic writes in words (العاشرة وأربعين دقيقة) are matched by the clock's; other minutes are not
    ar2 = "وقع الانفجار في الساعة العاشرة وأربعين دقيقة مساءً وأصيب 12 شخصاً."
    assert _found(ar2, "The blast happened at 10.40 p.m., injuring 12 people.") == []
    assert [f[:2] for f in _found(ar2, "The blast happened at 10.15 p.m., injuring 12 people.")] == [
        ("dropped", "أربعين")
    ]
    # the twin: a figure with two decimals and no a.m. or p.m. after it is a figure, and one the Arabic lacks
    assert [
        f[:3] for f in _found(ar, "The flight left at 7.15 p.m. with 7.75 tonnes of cargo and 180 passengers.")
    ] == [("added", "", "7.75")]


def test_a_four_digit_figure_before_its_unit_is_an_amount_not_a_year():
    # 2042 متراً "2,042 metres": an altitude, matched as a figure, no year dropped
    ar = "ويصعد الطريق إلى ارتفاع 2042 متراً في الجبال."
    assert _found(ar, "The road climbs to 2,042 metres in the mountains.") == []
    assert [f[:3] for f in _found(ar, "The road climbs to 1,800 metres in the mountains.")] == [
        ("changed", "2042", "1,800")
    ]
    # the twin: a year stays a year ('in 2020' beside a sum)
    assert _found("ودفع 2000 دولار عام 2020.", "He paid $2,000 in 2020.") == []


def test_a_one_letter_currency_sign_glued_to_a_sum_in_millions():
    # R87 million (rand): the sign is no letter of a word, the figure is read
    ar = "وسيصوت المجلس على خطة طارئة بتكلفة 87 مليون راند."
    assert _found(ar, "The council will vote on an emergency plan at a cost of R87 million.") == []
    assert [f[:3] for f in _found(ar, "The council will vote on an emergency plan at a cost of R78 million.")] == [
        ("changed", "87 مليون", "78 million")
    ]


def test_a_unit_in_the_dual_and_a_half_is_two_and_a_half():
    # كيلومترين ونصف الكيلومتر: 2.5 km, though the lexicon does not know كيلومتر
    ar = "ويمتد الصدع لمسافة تقارب كيلومترين ونصف الكيلومتر، وتصل الحمم إلى 50 متراً."
    assert _found(ar, "The fissure stretches for nearly 2.5 kilometres, with lava up to 50 metres high.") == []
    # the twin: another length has no counterpart
    assert [
        f[:3] for f in _found(ar, "The fissure stretches for nearly 3.5 kilometres, with lava up to 50 metres high.")
    ] == [("added", "", "3.5")]


def test_pence_and_other_currencies_count_their_sub_units():
    # 4 جنيهات و50 بنساً is £4.50; 3 يوروهات و20 سنتاً is €3.20 (the euro's plural and the penny were no units)
    assert _found("وارتفع سعر التذكرة إلى 4 جنيهات و50 بنساً.", "The ticket price rose to £4.50.") == []
    assert _found("ويبلغ سعر الكيلوغرام 3 يوروهات و20 سنتاً.", "A kilogram costs €3.20.") == []
    # the twins: another price is a change of the whole sum
    assert [f[:3] for f in _found("وارتفع سعر التذكرة إلى 4 جنيهات و50 بنساً.", "The ticket price rose to £4.80.")] == [
        ("changed", "4 جنيهات و50 بنسا", "4.80")
    ]


def test_a_decimal_comma_before_three_digits_may_be_a_decimal():
    # 1,899 يورو, a European price to the tenth of a cent: 1.899 as well as 1,899
    assert _found("وبلغ سعر اللتر 1,899 يورو.", "A litre cost €1.899.") == []
    assert [f[:3] for f in _found("وبلغ سعر اللتر 1,899 يورو.", "A litre cost €1.999.")] == [
        ("changed", "1,899", "1.999")
    ]
    # the twin: thousands stay thousands, and another count is a change; a round sum or one before a scale word too
    assert [f[:3] for f in _found("وبلغت الخسائر 4,300 دولار للأسرة.", "Losses reached $4.30 per family.")] == [
        ("changed", "4,300", "4.30")
    ]
    assert [f[:2] for f in _found("وبلغت قيمة الصفقة 2,500 مليون دولار.", "The deal was worth $2.5 million.")] == [
        ("changed", "2,500 مليون")
    ]
    assert _found("وحضر 1,500 شخص.", "1,500 people attended.") == []
    assert [f[:3] for f in _found("وحضر 1,500 شخص.", "2,500 people attended.")] == [("changed", "1,500", "2,500")]


def test_a_currency_named_with_its_country_keeps_its_sub_units():
    # ٨ دولارات أسترالية و٢٥ سنتاً is A$8.25: the country's adjective stands between the currency and its cents
    assert _found("وبلغ سعر الوجبة 8 دولارات أسترالية و25 سنتاً.", "The meal cost A$8.25.") == []
    assert _found("وحُدد الرسم بـ12 دولاراً نيوزيلندياً و90 سنتاً.", "The fee was set at NZ$12.90.") == []
    # the twin: another sum is a change of the whole price
    assert [f[:3] for f in _found("وبلغ سعر الوجبة 8 دولارات أسترالية و25 سنتاً.", "The meal cost A$8.75.")] == [
        ("changed", "8 دولارات أسترالية و25 سنتا", "8.75")
    ]


def test_centavos_are_a_pesos_sub_units():
    assert _found("ويبلغ سعر تذكرة الحافلة 9 بيزو و75 سنتافو.", "A bus ticket costs 9.75 pesos.") == []
    assert [f[:3] for f in _found("ويبلغ سعر تذكرة الحافلة 9 بيزو و75 سنتافو.", "A bus ticket costs 9.25 pesos.")] == [
        ("changed", "9 بيزو و75 سنتافو", "9.25")
    ]


def test_a_sum_and_its_cents_in_english_words_are_one_sum():
    # 'a dollar and fifty cents' is 1.50, as دولار وخمسين سنتاً reads
    ar = "وارتفع سعر الرغيف بدولار وخمسين سنتاً."
    assert _found(ar, "The price of a loaf rose by a dollar and fifty cents.") == []
    assert _found("وبلغت الغرامة 3 دولارات و5 سنتات.", "The fine was three dollars and five cents.") == []
    # the twin: another sum in words is a change
    assert [f[:3] for f in _found(ar, "The price of a loaf rose by two dollars and fifty cents.")] == [
        ("changed", "دولار وخمسين سنتا", "two dollars and fifty cents")
    ]


def test_an_adverb_of_time_after_a_currency_is_no_country():
    # 5 دولارات يومياً و30 سنتاً: 'a day' stands between the sum and another sum, not a country's name
    ar = "ويتقاضى العامل 5 دولارات يوميا و30 سنتا إضافية عن كل ساعة."
    assert _found(ar, "A worker earns $5 a day and 30 cents extra for each hour.") == []
    assert [f[:3] for f in _found(ar, "A worker earns $5 a day and 80 cents extra for each hour.")] == [
        ("changed", "30", "80")
    ]


def test_a_sum_with_thousands_and_cents_in_any_currency_is_one_sum():
    # 2,315 rupees and 75 cents: a figure with its thousands separator, a currency the old list lacked
    ar = "ودفعت البلدية 2315 روبية و75 سنتا عن كل طن من الأسمدة."
    assert _found(ar, "The municipality paid 2,315 rupees and 75 cents for each tonne of fertiliser.") == []
    assert [
        f[:3] for f in _found(ar, "The municipality paid 2,315 rupees and 95 cents for each tonne of fertiliser.")
    ] == [("changed", "2315 روبية و75 سنتا", "2,315 rupees and 95 cents")]


def test_between_a_thousand_and_fifteen_hundred_is_two_figures():
    # a thousand's hundreds run from one to nine: 'one thousand and fifteen hundred' is a range's two ends
    ar = "ويزور المتحف يوميا ما بين ألف وألف وخمسمئة شخص."
    assert _found(ar, "The museum draws between one thousand and fifteen hundred people a day.") == []
    assert [
        f[:3] for f in _found(ar, "The museum draws between one thousand and twenty-five hundred people a day.")
    ] == [("changed", "ألف وخمسمئة", "twenty-five hundred")]


def test_a_dual_opening_a_range_is_its_two():
    # بين دينارين وثلاثة دنانير "between 2 and 3 dinars": the noun stands after the range's second figure
    ar = "وسترتفع رسوم الدخول بين دينارين وثلاثة دنانير اعتبارا من الشهر المقبل."
    assert _found(ar, "Entry fees will rise by 2 to 3 dinars from next month.") == []
    assert [f[:3] for f in _found(ar, "Entry fees will rise by 4 to 3 dinars from next month.")] == [
        ("changed", "دينارين", "4")
    ]


def test_a_dual_the_dictionary_does_not_list_is_read_from_its_singular():
    # يوروين "two euros": the dictionary reads يورو but lists no dual of it
    ar = "وسترتفع تذكرة الحافلة بيوروين ابتداء من الشهر المقبل."
    assert _found(ar, "Bus tickets will go up by 2 euros from next month.") == []
    assert [f[:3] for f in _found(ar, "Bus tickets will go up by 4 euros from next month.")] == [
        ("changed", "بيوروين", "4")
    ]


def test_a_sub_unit_of_three_figures_is_a_thousandth():
    # 2 dinars and 500 fils: the fils is a thousandth of a dinar, 2.500 as ٢ دينار و٥٠٠ فلس is read
    ar = "ودفع كل زبون 2 دينار و500 فلس ثمنا للتذكرة."
    assert _found(ar, "Each customer paid 2 dinars and 500 fils for the ticket.") == []
    assert [f[:3] for f in _found(ar, "Each customer paid 2 dinars and 750 fils for the ticket.")] == [
        ("changed", "2 دينار و500 فلس", "2 dinars and 750 fils")
    ]


def test_a_name_spelt_like_two_hundred_without_its_hamza_is_no_number():
    # ميتي 'Mite' folds as مئتي "two hundred" does; no hamza written, so no 200 to multiply the thousands after it
    ar = 'وقال المستشار فرانكو ميتي: "آلاف السكان سيدفعون الثمن".'
    assert [q.values for q in arabic_quantities(ar)] == [(1000.0,)]
    assert _found(ar, '"Thousands of residents will pay the price," said councillor Franco Mite.') == []
    assert [q.values for q in arabic_quantities("عُثر عليهما ميتين في المنزل")] == []
    # the twin: the hamza written, two hundred thousand
    assert [q.values for q in arabic_quantities("وقال المستشار إن مئتي ألف ساكن سيدفعون الثمن")] == [(200000.0,)]
    assert [q.values for q in arabic_quantities("وبلغ عدد الزوار مئتين")] == [(200.0,)]


def test_ringgit_and_sen_make_one_price():
    # رينغيت واحد و20 سنا "RM1.20": the ringgit and its sen, one sum
    ar = "ويباع الكيس بسعر رينغيت واحد و20 سنا في الصيدليات."
    assert _found(ar, "A sachet sells for RM1.20 in pharmacies.") == []
    assert _found(ar, "A sachet sells for 1 ringgit and 20 sen in pharmacies.") == []
    # the twin: another price (RM written onto the figure is read as the ringgit's sign: a price changed)
    assert [f[:2] for f in _found(ar, "A sachet sells for RM1.50 in pharmacies.")] == [("changed", "واحد و20 سنا")]


def test_zloty_and_grosz_make_one_price():
    # ١٢ زلوتي و٥٠ غروشاً "12.50 zlotys", ٨٩ بيسو و٩٠ سنتافو "89.90 pesos": a currency and its hundredths, one sum
    ar = "إذ يبلغ ثمن الاختبار الواحد نحو 12 زلوتي و50 غروشا، وتظهر نتيجته في غضون أربع دقائق."
    assert _found(ar, "The test costs around 12.50 zlotys and gives a result in about four minutes.") == []
    assert _found(ar, "The test costs around 12 zlotys and 50 groszy and gives a result in about four minutes.") == []
    peso = "طلبت بعض المتاجر الكبرى ما يصل إلى 89 بيسو و90 سنتافو للكيلوغرام."
    assert _found(peso, "Some supermarkets charged as much as 89.90 pesos a kilo.") == []
    # the twins: another price
    other = "The test costs around 12.80 zlotys and gives a result in about four minutes."
    assert [f[:3] for f in _found(ar, other)] == [("changed", "12 زلوتي و50 غروشا", "12.80")]
    assert [f[:3] for f in _found(peso, "Some supermarkets charged as much as 98.90 pesos a kilo.")] == [
        ("changed", "89 بيسو و90 سنتافو", "98.90")
    ]


def test_one_of_a_unit_told_as_two_in_words_is_a_change():
    # متراً واحداً "one metre" → 'two metres': small counts in words, firm where both count the same unit
    ar = "وقال إن سمك الثلوج تجاوز متراً واحداً في بعض المقاطع."
    assert [f[:3] for f in _found(ar, "He said the snow was more than two metres deep on some stretches.")] == [
        ("changed", "متراً واحداً", "two")
    ]
    # the twins: one metre kept, and two metres for a dual
    assert _found(ar, "He said the snow was more than one metre deep on some stretches.") == []
    assert _found(ar, "He said the snow was more than a metre deep on some stretches.") == []
    dual = "وقال إن سمك الثلوج تجاوز مترين في بعض المقاطع."
    assert _found(dual, "He said the snow was more than two metres deep on some stretches.") == []


def test_one_metre_said_as_a_metre_beside_a_dual():
    # متراً واحداً 'a metre' and مترين 'two metres': the English 'two' is the dual's, no one metre changed
    ar = "وارتفع منسوب المياه مترا واحدا، وسقط مترين من الجدار."
    assert _found(ar, "The water level rose by a metre, and two metres of the wall fell.") == []
    assert [f[:2] for f in _found(ar, "The water level rose by three metres, and two metres of the wall fell.")] != []


def test_a_count_in_words_is_found_as_a_word():
    # 'twofold' before 'two metres': the count is the word 'two', not the letters inside another word
    ar = "وقال إن سمك الثلوج تجاوز متراً واحداً بعد تضاعف الكميات."
    en = "He said snowfall rose twofold and the snow was more than two metres deep."
    assert [f[:3] for f in _found(ar, en)] == [("changed", "متراً واحداً", "two")]
    assert _found(ar, "He said snowfall rose twofold and the snow was more than a metre deep.") == []


def test_a_bare_singular_told_as_two_is_a_change():
    # أن جندياً أصيب "that a soldier was wounded" → 'Two soldiers were wounded': the accusative's tanween says one
    ar = "وذكر المصدر أن جندياً أصيب بجروح طفيفة خلال الاشتباك."
    assert _found(ar, "Two soldiers were slightly wounded in the clash, the source said.") == [
        ("changed", "جندياً", "Two", "minor")
    ]
    # the twins: one soldier kept, a dual, and a figure that counts the singular
    assert _found(ar, "A soldier was slightly wounded in the clash, the source said.") == []
    dual = "وذكر المصدر أن جنديين أصيبا بجروح طفيفة خلال الاشتباك."
    assert _found(dual, "Two soldiers were slightly wounded in the clash, the source said.") == []
    counted = "وذكر المصدر أن 12 جندياً أصيبوا بجروح طفيفة خلال الاشتباك."
    assert _found(counted, "Twelve soldiers were slightly wounded in the clash, the source said.") == []
    cases = "وسجلت الوزارة 30 إصابة جديدة وحالتي وفاة."
    assert _found(cases, "The ministry recorded 30 new cases and two deaths.") == []
    # a singular ranked by an ordinal (لاعباً ثالثاً "a third player") says no count of one
    ranked = "وخسر الفريق لاعباً ثالثاً بالإصابة."
    assert [f[0] for f in _found(ranked, "The team lost three players to injury.")] == ["added"]
    # nor one in construct with a definite noun (لهدف الفوز "the winning goal")
    goal = "وحقق اللاعب التعادل لفريقه قبل تسجيل زميله لهدف الفوز."
    assert _found(goal, "The player equalised for his team before two goals secured their victory.") == []


def test_lira_and_kurus_are_one_sum_on_both_sides():
    # 132 ليرة و50 قرشاً is 132.50, and so is '132 lira and 50 kuruş' (the lira's sub-unit): no number changed
    ar = "وقال المجلس إنه سيدفع للمزارعين 132 ليرة و50 قرشاً عن كل كيلوغرام من البندق."
    assert _found(ar, "The board said it would pay farmers 132 lira and 50 kuruş for each kilogram of hazelnuts.") == []
    # the twin: another sum of kuruş is a number changed
    assert _found(ar, "The board said it would pay farmers 132 lira and 80 kuruş for each kilogram of hazelnuts.") == [
        ("changed", "132 ليرة و50 قرشا", "132 lira and 80 kuruş", "major")
    ]


def test_an_ordinal_in_figures_against_another_ordinal_in_words_is_changed():
    # الطابق السابع عشر "the seventeenth floor" told as 'the 15th floor': changed, minor, with the teen's two words
    ar = "واندلع الحريق في الطابق السابع عشر من الفندق."
    assert _found(ar, "The fire broke out on the 15th floor of the hotel.") == [
        ("changed", "السابع عشر", "15th", "minor")
    ]
    # the twins: the same ordinal in figures, and a floor the Arabic counts in figures (الطابق 15)
    assert _found(ar, "The fire broke out on the 17th floor of the hotel.") == []
    assert _found("واندلع الحريق في الطابق 15 من الفندق.", "The fire broke out on the 15th floor of the hotel.") == []


def test_a_sum_of_rand_and_cents_without_and_is_one_sum():
    # '45 rand 50 cents' (no 'and') is 45.50, as ٤٥ راند و٥٠ سنتاً is read: no number changed, none added
    ar = "وقالت الجمعية إن العبوة تباع بسعر 45 راند و50 سنتاً في الصيدليات."
    assert _found(ar, "The association said the pack sells for 45 rand 50 cents at pharmacies.") == []
    # the twin: another sum of cents is a number changed
    assert _found(ar, "The association said the pack sells for 45 rand 80 cents at pharmacies.") == [
        ("changed", "45 راند و50 سنتا", "45 rand 80 cents", "major")
    ]


def test_a_feminine_currency_dual_and_its_sub_units_are_one_sum():
    # ليرتين و50 قرشاً "two lira and 50 kuruş" is 2.50, as '2 lira 50 kurus' is read
    ar = "ولن ترتفع الأجرة إلا بمقدار ليرتين و50 قرشاً."
    assert _found(ar, "Fares will rise by only 2 lira 50 kurus.") == []
    assert _found(ar, "Fares will rise by only 2 lira 80 kurus.") == [
        ("changed", "ليرتين و50 قرشا", "2 lira 80 kurus", "major")
    ]


def test_a_figure_after_a_month_with_a_scale_after_it_is_an_amount_no_date():
    # أواخر سبتمبر 61 ألف طن: the figure after the month is multiplied by ألف, 61,000 tonnes, not a day or a year
    ar = "وبلغت الصادرات بين يناير وأواخر سبتمبر 61 ألف طن."
    assert _found(ar, "Exports between January and late September reached 61,000 tonnes.") == []
    assert _found(ar, "Exports between January and late September reached 16,000 tonnes.") == [
        ("changed", "61 ألف", "16,000", "major")
    ]
    # a day after its month stays a date: رمضان 15 is no amount
    assert _found("وصل الوفد في رمضان 15 إلى المدينة.", "The delegation arrived in the city on Ramadan 15.") == []


def test_baisa_is_a_thousandth_of_a_rial_and_a_hundredth_of_a_rupee():
    # بيسة: the Omani baisa (1/1,000 rial) and the paisa of South Asia (1/100 rupee) share the Arabic spelling; the
    # currency named before it decides
    rupee = "وتبلغ الأجرة 30 روبية و25 بيسة للكيلومتر."
    assert _found(rupee, "The fare is 30 rupees and 25 paisa per kilometre.") == []
    assert _found(rupee, "The fare is 30 rupees and 52 paisa per kilometre.") == [
        ("changed", "30 روبية و25 بيسة", "30 rupees and 52 paisa", "major")
    ]
    assert _found(rupee, "The fare is 30.025 rupees per kilometre.") == [
        ("changed", "30 روبية و25 بيسة", "30.025", "major")
    ]
    rial = "ويباع الكيلوغرام بثلاثة ريالات و50 بيسة."
    assert _found(rial, "A kilogram sells for 3.05 rials.") == []
    assert _found(rial, "A kilogram sells for 3.5 rials.") == [("changed", "بثلاثة ريالات و50 بيسة", "3.5", "major")]


def test_a_year_after_a_month_stays_a_date_before_a_scale():
    # 15 مارس 2024 مليون: 2024 is the year, even with a scale word after it; the million counts on its own
    ar = "وقع الاتفاق في 15 مارس 2024 مليون شخص استفادوا منه."
    assert _found(ar, "The deal was signed on March 15, 2024.") == [("dropped", "مليون", "", "major")]
    assert _found(ar, "The deal, signed on March 15, 2024, helped a million people.") == []


def test_a_capitalised_function_word_opens_no_name_around_a_number_word():
    # 'About eight Israeli soldiers': 'About' opening the clause is no name's first word, so 'eight' is the figure
    # the Arabic's ثمانية renders (a number left unread was reported dropped)
    ar = "وبحسب الشهود، فإن عناصر الدورية، وعددهم نحو ثمانية، عبروا السياج مسافة تقارب ٣٠٠ متر."
    en = "JENIN – About eight Israeli soldiers crossed some 300 metres beyond the fence, witnesses said."
    assert _found(ar, en) == []
    assert [q.text for q in english_quantities(en)] == ["eight", "300"]
    # a function word before a name ('Under ten Hag') opens no figure
    assert english_quantities("Under ten Hag, the team won the league.") == []
    # the twin: a figure the English leaves out is still dropped
    assert _found(ar, "JENIN – Israeli soldiers crossed some 300 metres beyond the fence, witnesses said.") == [
        ("dropped", "ثمانية", "", "major")
    ]


def test_a_sum_with_its_currency_said_twice_is_one_sum():
    # ملياري بيزو و300 مليون بيزو "2 billion pesos and 300 million pesos": 2.3 billion
    ar = "وحذرت من أن الأعمال قد تكلف أكثر من ملياري بيزو و300 مليون بيزو."
    assert _found(ar, "It warned the work could cost more than 2.3 billion pesos.") == []
    # the twin: another sum
    assert [f[:2] for f in _found(ar, "It warned the work could cost more than 2.8 billion pesos.")] == [
        ("changed", "ملياري بيزو و300 مليون")
    ]


def test_a_currency_code_written_onto_a_sum_in_millions_is_read():
    # 'RM45 million' for 45 مليون رينغيت: the ringgit's sign blanked, the figure and its scale read
    ar = "كشف الاتحاد عن خطة بقيمة 45 مليون رينغيت لتدريب اللاعبين الناشئين."
    assert _found(ar, "The association unveiled a RM45 million plan to train young players.") == []
    assert [f[:2] for f in _found(ar, "The association unveiled a RM54 million plan to train young players.")] == [
        ("changed", "45 مليون")
    ]


def test_kilometres_render_the_dual_of_kilometre():
    # كيلومترين "two kilometres": the English 'kilometres' (British) is the lexicon's 'kilometer(s)'
    ar = "ارتفع عمود الرماد نحو كيلومترين فوق قمة البركان."
    assert _found(ar, "The ash column rose about 2 kilometres above the volcano's summit.") == []
    assert [f[:2] for f in _found(ar, "The ash column rose about 3 kilometres above the volcano's summit.")] == [
        ("changed", "كيلومترين")
    ]


def test_a_count_of_days_before_a_phone_number_is_read_as_a_count():
    # مدة 14 يوماً … على الرقم 0800 611 116: the figures of the number read first leave the 14 its count
    from findings_helpers import pair

    from workbench.findings import run_detectors

    ar = "وطُلب منه أن يبقى في منزله مدة 14 يوماً وأن يتصل بالرقم 0800 611 116."
    en = "He was asked to stay home for {} days and to call 0800 611 116."
    assert run_detectors([pair(ar, en.format(14))], calibrated=False) == []
    assert [(f.type, f.subtype) for f in run_detectors([pair(ar, en.format(21))], calibrated=False)] == [
        ("number", "changed")
    ]


def test_a_measure_named_alone_and_its_parts_are_one_figure():
    # متراً و٤٠ سنتيمتراً "a metre and 40 centimetres" is 1.40 metres, as دينار و٢٠ قرشاً is 1.20 dinars; its one is
    # unsaid, so the sum and its parts as counted match only (the English may keep both units: 'a metre and 40 cm')
    assert [q.values for q in arabic_quantities("ارتفع منسوب النهر متراً و40 سنتيمتراً")] == [(1.4, 1.0), (40.0,)]
    assert [q.values for q in arabic_quantities("بلغ طوله مترين و30 سنتيمتراً")] == [(2.3, 2.0), (30.0,)]
    # a plural counts several: بضعة أمتار و20 سنتيمتراً names no sum
    assert [q.values for q in arabic_quantities("بضعة أمتار و20 سنتيمتراً")] == [(20.0,)]
    ar = "وارتفع منسوب النهر متراً و40 سنتيمتراً خلال يومين."
    assert detect(_pair(ar, "The river rose 1.4 metres in two days.")) == []
    assert detect(_pair(ar, "The river rose a metre and 40 centimetres in two days.")) == []
    assert [f.subtype for f in detect(_pair(ar, "The river rose 2.4 metres in two days."))] == ["added"]


def test_a_definite_hundred_and_its_ten_are_one_figure():
    # عماله الخمسمئة والستون "its 560 workers": the article on both parts, one count
    assert [q.values for q in arabic_quantities("يعمل في المصنع عماله الخمسمئة والستون")] == [(560.0,)]
    assert [q.values for q in arabic_quantities("بين الثلاثمئة والأربعمئة")] == [(300.0,), (400.0,)]
    ar = "وقد تكلف الأزمة أعضاء التعاونية الثلاثمئة والأربعين نحو مليون يورو."
    assert _found(ar, "The crisis could cost the cooperative's 340 members about a million euros.") == []


def test_one_hour_told_with_the_word_for_one():
    # ساعة واحدة "one hour": a length of time, which the English 'one hour' renders
    ar = "وسيختصر الخط الرحلة من ساعتين ونصف الساعة إلى ما يزيد قليلاً على ساعة واحدة."
    assert _found(ar, "The line will cut the trip from two and a half hours to just over one hour.") == []
    # the twin: the one hour told as three
    assert [f[0] for f in _found("وتستغرق الرحلة ساعة واحدة فقط.", "The trip takes only three hours.")] == ["added"]


def test_a_plan_of_five_years_is_its_five():
    # خطة خمسية "a five-year plan": the adjective says the plan's five years, which 'five-year' renders
    ar = "ومن المتوقع أن تقدّم الوزارة خطة خمسية جديدة للحماية بحلول نهاية يونيو."
    assert _found(ar, "The ministry is expected to present a new five-year conservation plan by the end of June.") == []
    # the twin: another length of plan is a number the Arabic does not give
    three = "The ministry is expected to present a new three-year conservation plan by the end of June."
    assert [f[:3] for f in _found(ar, three)] == [("added", "", "three")]


def test_a_two_in_words_told_as_another_count():
    # اثنين من المشتبه بهم "two of the suspects" told as 'three of the suspects': the count changed (minor), not a
    # number the English adds
    ar = "وقالت الشرطة إنها أوقفت اثنين من المشتبه بهم في الحادث."
    told = "Police said they had detained three of the suspects in the incident."
    assert _found(ar, told) == [("changed", "اثنين", "three", "minor")]
    # the twin: the two rendered
    assert _found(ar, "Police said they had detained two of the suspects in the incident.") == []


def test_a_currency_named_by_its_country_or_its_name_keeps_its_half_and_its_pence():
    # خمسة دولارات أمريكية ونصف الدولار "five and a half US dollars", 32 جنيهاً إسترلينياً و50 بنساً "£32.50": the word
    # that says which currency stands between the sum and its half or its pence
    half = "وتبلغ أجرة الرحلة نحو خمسة دولارات أمريكية ونصف الدولار."
    assert _found(half, "The fare is about 5.50 U.S. dollars.") == []
    pence = "ويبلغ سعر التذكرة 32 جنيهاً إسترلينياً و50 بنساً في أيام السباق."
    assert _found(pence, "A ticket costs £32.50 on race days.") == []
    # the twins: another sum
    assert [f[:3] for f in _found(half, "The fare is about 7.50 U.S. dollars.")] == [("changed", "خمسة", "7.50")]
    assert [f[0] for f in _found(pence, "A ticket costs £34.50 on race days.")] == ["changed"]


def test_a_number_word_that_opens_a_name_the_english_spells_is_no_number():
    # ستون تاون is Stone Town, not sixty; a number word ending a name was read so before (كريات أربع Kiryat Arba)
    ar = "وقال رئيس الرابطة للصحفيين خارج المحكمة في ستون تاون إن الأعضاء خسروا حجوزاتهم."
    assert (
        _found(ar, "The association's head told reporters outside the court in Stone Town that members lost bookings.")
        == []
    )
    # the twin: sixty dropped where no such name is spelt
    ar = "وقال رئيس الرابطة إن ستون عضوا خسروا حجوزاتهم."
    assert _found(ar, "The association's head said members lost their bookings.") == [("dropped", "ستون", "", "major")]
