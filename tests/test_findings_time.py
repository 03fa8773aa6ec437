"""Time detector: weekdays, both Arabic month systems, years and relative times."""

from __future__ import annotations

from findings_helpers import found, merged_pair

from workbench.findings._dateline import arabic_dateline_end
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


def test_a_weekday_that_sounds_like_a_name_in_the_english_is_still_a_weekday():
    # الأربعاء romanises close to 'Arabia': only a word read through a proclitic (كايار, ك + أيار) may be a name
    ar = "أعلنت الهيئة السعودية للطيران المدني، اليوم الأربعاء، استئناف الرحلات."
    assert _found(ar, "Saudi Arabia's civil aviation authority announced on Wednesday that flights would resume.") == []
    assert _found(ar, "Saudi Arabia's civil aviation authority announced on Tuesday that flights would resume.") == [
        ("changed", "الأربعاء", "Tuesday", "major")
    ]


def test_a_month_word_that_is_a_name_in_the_english_is_no_month():
    # نيسان is April and the carmaker Nissan: bare, it may be the name the English spells
    assert _found("وأعلنت شركة نيسان اليابانية خفض إنتاجها.", "Japan's Nissan announced it would cut production.") == []
    assert _found("وقعت الحادثة في نيسان الماضي.", "The accident happened last March.") == [
        ("changed", "نيسان", "March", "major")
    ]


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

    ar = "ويُتوقع أن يعقد مجلس المحافظة اجتماعاً غداً الخميس لمناقشة الموازنة."
    assert _f(_detect, ar, "The provincial council is expected to hold a meeting on Thursday.") == []
    assert [f[:2] for f in _f(_detect, ar, "The provincial council is expected to hold a meeting.")] != []


def test_a_date_the_english_puts_in_where_the_arabic_has_no_time():
    assert _found(
        "وصل الوفد إلى بغداد لبحث الاتفاق", "The delegation arrived in Baghdad on Tuesday to discuss the deal."
    ) == [("changed", "", "Tuesday", "minor")]
    # faithful twins: the Arabic says when in some way (اليوم, أياماً, a month name read as آب "father" too)
    assert _found("وصل الوفد اليوم إلى بغداد", "The delegation arrived in Baghdad on Tuesday.") == []
    assert (
        _found(
            "يتوقع افتتاح المعرض في النصف الثاني من آب", "The fair is expected to open in the second half of August."
        )
        == []
    )
    assert _found("تأخرت النتائج أياماً", "The results were delayed until Tuesday.") == []
    # a decade and a weekly rite are no date
    assert _found("انتقلت المدرسة من الحي في الخمسينيات", "The school moved away in the 1950s.") == []
    assert (
        _found(
            "سيلقي الإمام الجديد خطبته الأولى في صلاة الجمعة",
            "The new imam will give his first sermon at Friday prayers.",
        )
        == []
    )


def test_relative_times_this_week_month_year():
    assert [(t.kind, t.value) for t in arabic_times("افتتح المعرض في وقت باكر من هذا الشهر")] == [
        ("relative", "this_month")
    ]
    assert [(t.kind, t.value) for t in english_times("earlier this week")] == [("relative", "this_week")]
    assert _found("سيعقد الاجتماع هذا الأسبوع", "The meeting will be held this week.") == []
    # today lies within this week: no change
    assert _found("سيعقد الاجتماع هذا الأسبوع", "The meeting will be held today.") == []
    assert _found("فاز الحزب في الانتخابات هذا العام", "The party won the election last year.") == [
        ("changed", "هذا العام", "last year", "minor")
    ]


def test_a_relative_time_dropped_only_where_the_english_says_nothing_of_time():
    assert _found("فاز الحزب في الانتخابات العام الماضي", "The party won the election.") == [
        ("dropped", "العام الماضي", "", "minor")
    ]
    assert _found("فاز الحزب في الانتخابات العام الماضي", "The party won the election in 2017.") == []
    assert _found("فاز الحزب في الانتخابات العام الماضي", "The party won the election a year ago.") == []


def test_a_weekday_after_a_time_of_day():
    assert _found("تعرض شرطي لهجوم مساء الاثنين", "A policeman was attacked.") == [("dropped", "الاثنين", "", "minor")]
    assert _found("تعرض شرطي لهجوم مساء الاثنين", "A policeman was attacked on Monday evening.") == []


def test_monday_after_today_tomorrow_or_yesterday():
    # الاثنين is also "the two"; after اليوم / غداً / أمس it is the weekday, and an English that names
    # Monday there says what the Arabic says
    for day in ("غداً الاثنين", "اليوم الاثنين", "أمس الاثنين"):
        assert [t.value for t in arabic_times(f"تبدأ اللجنة عملها {day} في المدينة")][-1] == "monday"
    ar = "ستبدأ اللجنة غداً الاثنين صرف المنح"
    assert _found(ar, "The committee will start paying the grants on Monday.") == []
    assert _found(ar, "The committee will start paying the grants tomorrow, Monday.") == []
    assert _found(ar, "The committee will start paying the grants on Tuesday.") == [
        ("changed", "الاثنين", "Tuesday", "major")
    ]
    # "the two" stays a number
    assert arabic_times("التقى الاثنين في بغداد") == []


def test_a_month_that_is_also_a_word_beside_another_month_or_after_shahr():
    # آب is August and "father": after شهر/شهري or joined by و to another month it is the month
    assert [t.value for t in arabic_times("صرف رواتب شهري تموز وآب للموظفين")] == ["7", "8"]
    assert [t.value for t in arabic_times("خلال شهري آب وأيلول")] == ["8", "9"]
    assert [t.value for t in arabic_times("في شهر آب الماضي")] == ["8"]
    # with the sentence's punctuation after it, as in running text
    assert [t.value for t in arabic_times("جرت الانتخابات خلال شهري تموز وآب.")] == ["7", "8"]
    assert [t.value for t in arabic_times("ارتفعت الحرارة في آب وأيلول، وفق الأرصاد.")] == ["8", "9"]
    assert _found("جرت الانتخابات خلال شهري تموز وآب.", "The elections were held in July and August.") == []
    assert arabic_times("زار الأب الكنيسة مع ابنه") == []
    assert arabic_times("جاء الرجل وأب الطفل") == []
    ar = "ستوزع الجمعية مساعدات شهري تموز وآب على الأسر"
    assert _found(ar, "The charity will hand out the July and August aid to families.") == []
    assert [f[:3] for f in _found(ar, "The charity will hand out the July and September aid to families.")] == [
        ("changed", "آب", "September")
    ]


def test_may_is_the_month_after_a_word_that_introduces_a_time():
    # شهر أيار "the month of May" → "for May": the month is kept; "Theresa May said" stays a name
    ar = "صرفت الحكومة رواتب الموظفين عن شهر أيار بعد تأخير طويل"
    assert _found(ar, "The government paid employees' salaries for May after a long delay.") == []
    assert [f[:2] for f in _found(ar, "The government paid employees' salaries after a long delay.")] == [
        ("dropped", "أيار")
    ]
    assert [t.value for t in english_times("Theresa May said the talks would resume.")] == []
    assert [t.value for t in english_times("The talks may resume in May.")] == ["5"]


def test_may_is_the_month_after_mid_or_late_with_a_hyphen():
    # منتصف مايو → "mid-May": the month is kept (it was a dropped date); "Mid-May" is no name either
    ar = "افتتحت البلدية الجسر الجديد في منتصف مايو"
    assert _found(ar, "The municipality opened the new bridge in mid-May.") == []
    assert [f[:2] for f in _found(ar, "The municipality opened the new bridge.")] == [("dropped", "مايو")]
    assert [t.value for t in english_times("The bridge opened in late-May, not in June.")] == ["5", "6"]
    assert [t.value for t in english_times("Prime Minister May opened the bridge.")] == []


def test_hijri_months_only_in_a_date():
    assert [(t.kind, t.value) for t in arabic_times("يبدأ الصيام في الأول من رمضان 1445")] == [("hijri", "9")]
    assert _found("يبدأ الصيام في الأول من رمضان 1445", "The fast begins on the first of Shawwal 1445.") == [
        ("changed", "رمضان", "Shawwal", "major")
    ]
    assert _found("يبدأ الصيام في الأول من رمضان 1445", "The fast begins on the first of Ramadan 1445.") == []
    # a first name and a number word, not months
    assert arabic_times("وصل رمضان قديروف إلى موسكو") == []
    assert arabic_times("سجلت الحرارة صفر درجة") == []
    # a Hijri date given with its Gregorian equivalent only is no loss
    assert _found("تبدأ العطلة في 5 شوال", "The holiday starts on April 14.") == []
    assert _found("تبدأ العطلة في 5 شوال", "The holiday starts.") == [("dropped", "شوال", "", "minor")]


def test_a_relative_month_dropped_though_the_english_says_earlier():
    # "earlier" does not say which month: هذا الشهر is lost
    assert _found("انتهى المهرجان في وقت باكر من هذا الشهر", "The festival ended earlier.") == [
        ("dropped", "هذا الشهر", "", "minor")
    ]
    assert _found("انتهى المهرجان في وقت باكر من هذا الشهر", "The festival ended earlier this month.") == []
    # a date that resolves it is no loss
    assert _found("انتهى المهرجان في وقت باكر من هذا الشهر", "The festival ended earlier, on March 4.") == []


def test_names_that_hold_a_month_or_a_weekday():
    # السيدة مايو is Mrs May; the same word after في is the month
    assert arabic_times("انتقد النائب السيدة مايو بسبب خطة الضرائب") == []
    assert [(t.kind, t.value) for t in arabic_times("صدر الألبوم في مايو")] == [("month", "5")]
    # a weekday that begins a title is no date the English put in
    assert (
        _found(
            "اعتذر المغني عن تصريحاته خلال استضافته في برنامج ساترداي نايت لايف",
            "The singer apologised for his remarks while hosting Saturday Night Live.",
        )
        == []
    )
    assert _found(
        "اعتذر المغني عن تصريحاته خلال استضافته في البرنامج",
        "The singer apologised for his remarks while hosting the show on Saturday.",
    ) == [("changed", "", "Saturday", "minor")]


def _merged(ar: list[str], en: list[str]) -> list[tuple[str, str, str, str]]:
    """The findings on one link of several sentences on a side (a merged link)."""
    return [(f.subtype, f.ar_span, f.en_span, f.severity) for f in detect(merged_pair(ar, en, rendered=False))]


def test_merged_link_pairs_a_changed_day_with_the_date_of_its_own_sentence():
    # one Arabic sentence rendered by two English ones, the first dated by the English alone: the Arabic
    # Saturday is paired with the day of the sentence that renders its words (court), not the first one
    ar = ["ودفعت الشركة غرامة قدرها 900 دينار، ومثل مديرها أمام المحكمة يوم السبت وأنكر التهم."]
    en = ["The firm paid a fine of 900 dinars, the channel said on Thursday.", "Its manager went to court Wednesday."]
    assert _merged(ar, en) == [("changed", "السبت", "Wednesday", "major")]
    # the twin: the day of the court hearing is kept; the other sentence's Thursday is a date put in (minor)
    en = ["The firm paid a fine of 900 dinars, the channel said on Thursday.", "Its manager went to court Saturday."]
    assert _merged(ar, en) == [("changed", "", "Thursday", "minor")]
    en = ["The firm paid a fine of 900 dinars, the channel said.", "Its manager went to court Saturday."]
    assert _merged(ar, en) == []


def test_date_left_over_where_every_arabic_date_is_answered_is_put_in():
    ar = "ومثل المدير أمام المحكمة يوم السبت وأنكر التهم."
    assert _found(ar, "The manager went to court on Saturday and denied the charges in June.") == [
        ("changed", "", "June", "minor")
    ]
    # the twin: the Arabic says when in another word (أمس "yesterday"), which the English may have resolved
    ar = "ومثل المدير أمام المحكمة يوم السبت وأنكر التهم أمس."
    assert _found(ar, "The manager went to court on Saturday and denied the charges on Sunday.") == []


def test_a_weekday_put_in_beside_a_span_of_months_or_a_year_is_a_date_put_in():
    # عدة أشهر 'several months' is a span, no day an English 'on Friday' could render
    ar = "ولم تحدد المحكمة موعد حكمها، الذي قد يستغرق عدة أشهر."
    assert _found(ar, "The court did not say when it would rule, which could take several months on Friday.") == [
        ("changed", "", "Friday", "minor")
    ]
    # the twin: a word that may stand for one day (صباح اليوم 'this morning'), which the English may resolve
    ar = "ولم تحدد المحكمة صباح اليوم موعد حكمها، الذي قد يستغرق عدة أشهر."
    assert _found(ar, "The court did not say on Friday when it would rule, which could take several months.") == []
    # عام 2022: the عام names the year, it says no other time; the weekday beside it was put in
    ar = "وقلصت الصين التي اشترت 60 في المائة من لحومها عام 2022 مشترياتها بنحو الخمس."
    en = "China, which bought 60 percent of its beef in 2022, cut its purchases by a fifth, the data showed on Monday."
    assert _found(ar, en) == [("changed", "", "Monday", "minor")]
    assert _found(ar, en.replace(" on Monday", "")) == []
    # the twin: مؤخرا 'recently' may be the day the English names
    assert _found(ar.replace("مشترياتها", "مؤخرا مشترياتها"), en) == []


def test_a_relative_month_or_year_resolves_no_weekday_and_a_weekday_no_relative_year():
    # 'this year' names no day: the Arabic's Wednesday was left out
    ar = "ووافق المجلس يوم الأربعاء على رفع الأجور بنسبة 35 في المئة، في ثاني زيادة هذا العام."
    assert _found(ar, "The board approved a 35 percent rise in fares, the second this year.") == [
        ("dropped", "الأربعاء", "", "minor")
    ]
    # the twin: 'today' may be that Wednesday
    assert _found(ar, "The board approved a 35 percent rise in fares today, the second this year.") == []
    # 'a year earlier' is a span back, no day either; the twin names the day
    ar = "وتراجعت الإيرادات بنسبة 6.4 في المئة مقارنة بالعام السابق، وفقا لأرقام نشرها المكتب يوم السبت."
    en = "Revenue fell 6.4 percent from a year earlier, according to figures released by the bureau."
    assert _found(ar, en) == [("dropped", "السبت", "", "minor")]
    assert _found(ar, en.replace("released by", "released on Saturday by")) == []
    # a weekday the Arabic gives itself resolves no هذا العام
    ar = "وفازت العداءة بالسباق يوم السبت بزمن هو الأسرع في العالم هذا العام."
    assert _found(ar, "The sprinter won the race on Saturday in the fastest time in the world.") == [
        ("dropped", "هذا العام", "", "minor")
    ]
    assert _found(ar, "The sprinter won the race on Saturday in the fastest time in the world this year.") == []


def test_a_month_the_english_gives_resolves_the_relative_year_beside_it():
    # في مارس من العام الجاري 'in March of this year' → 'in March': the month says the year (the reviewer's pair)
    ar = "وبدأت الاحتجاجات في مارس من العام الجاري."
    assert _found(ar, "The protests began in March.") == []


def test_a_weekday_in_a_name_or_recurring_each_month_is_no_date_put_in():
    ar = "وتراجعت مبيعات موسم التخفيضات الكبرى هذا العام."
    assert _found(ar, "Black Friday sales fell this year.") == []
    ar = "ويجتمع السكان في آخر خميس من كل شهر منذ سنوات."
    assert _found(ar, "Residents have met on the last Thursday of each month for years.") == []
    # the twin: a weekday put in on its own
    assert _found(ar, "Residents have met on Thursday for years.") == [("changed", "", "Thursday", "minor")]


def test_link_of_two_sentences_each_pairs_its_own_day():
    # two Arabic sentences linked to two English ones: each day is paired within its own sentence
    ar = ["وصل الوفد يوم الاثنين.", "وغادر يوم الجمعة."]
    assert _merged(ar, ["The delegation arrived on Tuesday.", "It left on Friday."]) == [
        ("changed", "الاثنين", "Tuesday", "major")
    ]
    assert _merged(ar, ["The delegation arrived on Monday.", "It left on Thursday."]) == [
        ("changed", "الجمعة", "Thursday", "major")
    ]
    assert _merged(ar, ["The delegation arrived on Monday.", "It left on Friday."]) == []


def test_weekday_hidden_in_words_run_together_is_no_date_put_in():
    en = "The foreign minister said on Thursday that he would visit the region."
    # يومالخميس inside a run of words: the Arabic does date it
    assert _found("وصرحوزيرالخارجيةيومالخميسأنه سيزور المنطقة.", en) == []
    # the twin: a run of words with no date in it, and the English dates the statement
    assert _found("وصرحوزيرالخارجيةالأمريكيأنه سيزور المنطقة.", en) == [("changed", "", "Thursday", "minor")]
    # nor a word the lexicon knows that holds a month's letters (التليفزيونية "television" holds يونيه)
    tv = "The minister told the television channel on Thursday that he would visit the region."
    assert _found("وقال الوزير للقناة التليفزيونية إنه سيزور المنطقة.", tv) == [("changed", "", "Thursday", "minor")]


def test_a_weekday_that_names_a_market_is_no_date():
    # سوق الجمعة "the Friday Market" is a place: the English naming it without a day drops no date
    ar = "وتجمع الأهالي في سوق الجمعة للمطالبة بالكهرباء."
    assert _found(ar, "Residents gathered in the Souq al-Juma district to demand electricity.") == []
    # the twin: the same weekday as a day is dropped
    ar = "وتجمع الأهالي يوم الجمعة للمطالبة بالكهرباء."
    assert _found(ar, "Residents gathered to demand electricity.") == [("dropped", "الجمعة", "", "minor")]


def test_a_four_digit_count_the_english_writes_with_a_comma_is_no_year():
    # 2000 مشجع "2,000 fans": a figure that looks like a year, told as a count
    ar = "وحضر 2000 مشجع التدريب المفتوح للفريق."
    assert _found(ar, "Some 2,000 fans attended the team's open training session.") == []
    assert _found("وافتتح الملعب عام 2000 وكلف 2000 دينار.", "The stadium opened at a cost of 2,000 dinars.") == [
        ("dropped", "2000", "", "minor")
    ]


def test_the_date_of_a_dateline_is_the_reports():
    # الخرطوم 5-11-2025 (سونا) - : the dateline's date, which English datelines leave out
    assert (
        _found(
            "الخرطوم 5-11-2025 (سونا) - وصلت قافلة مساعدات إلى المدينة يوم الأربعاء",
            "KHARTOUM (SUNA) – An aid convoy reached the city on Wednesday",
        )
        == []
    )
    # the twin: the same date in the body of the sentence is a date of the event
    assert _found(
        "قال الوزير إن القافلة ستصل إلى المدينة في 2026", "The minister said the convoy would reach the city"
    ) == [("dropped", "2026", "", "minor")]


def test_a_future_time_right_after_its_verb_goes_with_the_tense():
    # ستبدأ الشهر المقبل "will start next month" told as done: a modality change, not a time of its own lost
    ar = "وقال المدير إن الوزارة ستبدأ الشهر المقبل تنفيذ المرحلة الثانية من المشروع."
    assert _found(ar, "The director said the ministry has begun the second phase of the project.") == []
    assert _found("ومن المقرر أن تنطلق مطلع العام المقبل أعمال الصيانة.", "Maintenance work has got under way.") == []
    # the future kept, the time left out: dropped
    assert _found(ar, "The director said the ministry will begin the second phase of the project.") == [
        ("dropped", "الشهر المقبل", "", "minor")
    ]


def test_a_future_time_far_from_its_verb_is_still_dropped():
    # the time stands at the end of the clause, away from the verb: its own piece of news
    ar = "وأعلنت البلدية أنها ستوزع ألف سلة غذائية على الأسر النازحة غداً."
    assert _found(ar, "The municipality said it had handed out a thousand food baskets to displaced families.") == [
        ("dropped", "غدا", "", "minor")
    ]


def _lengths(ar: str, en: str) -> list[tuple[str, str, str, str]]:
    return [(f.subtype, f.ar_span, f.en_span, f.severity) for f in detect(_pair(ar, en)) if f.type == "time"]


def test_a_length_told_in_another_unit_and_another_length_is_a_time_changed():
    ar = "وأوضح أن النتائج النهائية ستعلن خلال أسبوع بعد البت في الطعون."
    assert _lengths(ar, "He said the final results would be announced within ten days of the appeals ruling.") == [
        ("changed", "أسبوع", "ten days", "minor")
    ]
    # the same length in another unit, or in the same words, is no change
    assert _lengths(ar, "He said the final results would be announced within seven days of the appeals ruling.") == []
    assert _lengths(ar, "He said the final results would be announced within a week of the appeals ruling.") == []
    ten = "ودعت البلدية إلى ترشيد الاستهلاك خلال الأيام العشرة المقبلة."
    assert _lengths(ten, "The municipality urged residents to save water over the next two weeks.") == [
        ("changed", "الأيام العشرة", "two weeks", "minor")
    ]
    assert _lengths(ten, "The municipality urged residents to save water over the next ten days.") == []


def test_a_day_named_or_a_rate_is_no_length():
    # يوم الأحد "on Sunday" after قبل is a day, not a length; 'three times a day' a rate
    ar = "وقال إن الوفد سيصل قبل يوم الأحد، وإن الدواء يؤخذ ثلاث مرات يوميا لمدة أسبوعين."
    en = "He said the delegation would arrive before Sunday and the drug is taken three times a day for two weeks."
    assert _lengths(ar, en) == []
    hours = "وتراجعت ساعات التجهيز إلى ما لا يزيد على عشر ساعات يومياً."
    assert _lengths(hours, "Supply hours fell to no more than ten a day.") == []
    assert _lengths(hours, "Supply fell to no more than ten hours a day.") == []


def test_a_season_with_next_or_last_says_which_year():
    ar = "ويتوقع أن تبدأ أعمال الحفر في ربيع العام المقبل."
    assert _lengths(ar, "Drilling is expected to begin next spring.") == []
    assert _lengths(ar, "Drilling is expected to begin in the spring.") == [("dropped", "العام المقبل", "", "minor")]


def test_monday_after_another_weekday_or_the_night_is_the_weekday():
    ar = "اندلع حريق كبير، ليل الأحد – الاثنين، في المخيم."
    assert _lengths(ar, "A large fire broke out overnight from Sunday into Monday in the camp.") == []
    assert [f[0] for f in _lengths(ar, "A large fire broke out overnight from Sunday into Tuesday in the camp.")] == [
        "changed"
    ]
    # الاثنين "the two" with no day beside it stays no weekday
    assert arabic_times("وقال كل واحد من الاثنين إنه بريء.") == []


def test_the_date_of_a_dated_english_dateline_is_the_reports():
    ar = "نابلس 4-7-2026 (وفا)- أعلنت بلدية نابلس، اليوم السبت، برنامجاً جديداً لتوزيع المياه."
    assert (
        _lengths(ar, "NABLUS, July 4, 2026 (WAFA) – Nablus municipality on Saturday announced a water schedule.") == []
    )
    # the twin: a month put in the sentence itself is a date the Arabic does not give
    assert [
        f[0] for f in _lengths(ar, "NABLUS – Nablus municipality on Saturday announced a July water schedule.")
    ] == ["changed"]


def test_a_length_only_after_a_word_that_makes_it_one():
    # 'barrels a day', 'a day of rage', 'one day return', 'a day later' are no lengths to set against قبل يومين
    ar = "ووافقت السلطات قبل يومين على إدخال 200 شاحنة يوميا، ودعت المعارضة إلى يوم غضب."
    en = "Authorities agreed on Monday to allow 200 trucks a day, and the opposition called for a day of rage."
    assert _lengths(ar, en) == []
    # the twin: 'for a day' after لمدة يومين "for two days" is a length recounted (the number detector's), and
    # 'for a week' one in another unit
    assert _lengths("وأغلق المعبر لمدة يومين.", "The crossing was closed for a week.") == [
        ("changed", "يومين", "a week", "minor")
    ]


def test_a_month_abbreviated_without_its_stop_beside_a_figure():
    # "Sept 27" (AP and Reuters style) is September; 'Jan' alone is a first name
    ar = "وافتتح المهرجان في ٢٧ سبتمبر بمشاركة ٣٥٠ مزارعاً."
    assert found(detect, ar, "The festival opened on Sept 27 with 350 farmers taking part.") == []
    assert found(detect, ar, "The festival opened on Oct 27 with 350 farmers taking part.") == [
        ("time", "changed", "سبتمبر", "Oct", "major")
    ]
    jan = "وقال يان كوفالسكي إن الفريق سيعود الأسبوع المقبل."
    assert found(detect, jan, "Jan Kowalski said the team would return next week.") == []


def test_date_in_words_of_a_dateline_is_the_reports():
    # a Hijri date and its Gregorian twin in the dateline, as Gulf agencies write them: the report's date
    ar = "الأحساء ١٢ ربيع الأول ١٤٤٥ هـ الموافق ٢٧ سبتمبر ٢٠٢٣ م (واس) - انطلقت اليوم الأربعاء فعاليات المهرجان."
    en = "AL-HASA, Sept 27, 2023 (SPA) – The festival opened on Wednesday."
    assert _found(ar, en) == []
    # the twin: the weekday after the dateline is still compared
    assert [f[:3] for f in _found(ar, "AL-HASA, Sept 27, 2023 (SPA) – The festival opened on Thursday.")] == [
        ("changed", "الأربعاء", "Thursday")
    ]


def test_a_gulf_agency_dateline_with_the_outlet_between_slashes_is_the_reports_date():
    # 'place in day month /outlet/' (العُمانية، بنا، قنا): the report's date, which the English dateline gives too
    ar = "صحار في ١٢ نوفمبر /العُمانية/ أعلنت البلدية اليوم الثلاثاء افتتاح السوق الجديد."
    assert _found(ar, "SOHAR, Nov 12 (ONA) – The municipality announced on Tuesday that the new market opened.") == []
    assert _found(ar, "SOHAR (ONA) – The municipality announced on Tuesday that the new market opened.") == []
    # the twins: the weekday after the dateline is still compared, and a month past it is still read
    assert [
        f[:3] for f in _found(ar, "SOHAR (ONA) – The municipality announced on Monday that the new market opened.")
    ] == [("changed", "الثلاثاء", "Monday")]
    later = "سترة في ١٨ سبتمبر / بنا / أعلن الدفاع المدني أن الحريق اندلع في أغسطس الماضي."
    assert [f[:2] for f in _found(later, "SITRA (BNA) – Civil defence said the fire broke out in the warehouse.")] == [
        ("dropped", "أغسطس")
    ]
    # a month with its other name after a slash opens no dateline (أعلن الوزير في ١٢ نوفمبر/ تشرين الثاني …), nor
    # between two slashes: only an agency's short name stands there
    assert arabic_dateline_end("أعلن الوزير في ١٢ نوفمبر/ تشرين الثاني الماضي أن الخطة ستبدأ.") == 0
    joined = "وأعلنت الكويت في ١٢ مارس /آذار/ انضمامها إلى الاتفاقية."
    assert [f[:3] for f in _found(joined, "Kuwait announced on March 14 that it had joined the agreement.")] == [
        ("changed", "١٢ مارس", "March 14")
    ]


def test_a_place_the_english_names_is_no_month():
    # كايار is Kayar (ك + أيار 'like May' only as a reading); a month beside it is still read
    ar = "واشتكت جمعيات الصيادين في كايار من أن المناطق المحظورة قلّصت حجم صيدها."
    en = "Fishing associations in Kayar have complained that exclusion zones have reduced their catches."
    assert found(detect, ar, en) == []
    dated = ar.replace("في كايار", "في كايار في مايو")
    june = "Fishing associations in Kayar complained in June that exclusion zones had reduced their catches."
    assert found(detect, dated, june) == [("time", "changed", "مايو", "June", "major")]
    # a month the English names is no name ('May' beside أيار/مايو, 'August' beside آب/أغسطس)
    months = "واستند المسح إلى عمليات رصد في 124 شعبة مرجانية جرت زيارتها بين آب/أغسطس وأيار/مايو."
    assert (
        found(detect, months, "The survey was based on observations from 124 reefs visited between August and May.")
        == []
    )


def test_a_season_or_a_decade_told_as_another_is_changed():
    ar = "وتندلع الحرائق عادة في فصل الخريف."
    assert [f[1:4] for f in found(detect, ar, "Fires usually break out every summer.")] == [
        ("changed", "الخريف", "summer")
    ]
    assert found(detect, ar, "Fires usually break out in the autumn.") == []
    assert found(detect, ar, "Fires usually break out this fall.") == []
    built = "وبني المبنى في ثمانينيات القرن الماضي."
    assert [f[1:4] for f in found(detect, built, "The building was built in the 1970s.")] == [
        ("changed", "ثمانينيات", "1970s")
    ]
    assert found(detect, built, "The building was built in the 1980s.") == []
    assert found(detect, built, "The building was built in the eighties.") == []
    # a Hijri month (ربيع الأول), a verb ('prices fall') and the Arab Spring are no seasons
    hijri = "وتبدأ الإجازة في شهر ربيع الأول."
    assert found(detect, hijri, "The holiday starts in the month of Rabi al-Awwal, when prices fall in winter.") == []


def test_a_day_of_the_month_told_as_another_is_changed():
    ar = "وعقدت الجلسة في 13 أكتوبر."
    assert [f[1:5] for f in found(detect, ar, "The session was held on October 3.")] == [
        ("changed", "13 أكتوبر", "October 3", "major")
    ]
    assert found(detect, ar, "The session was held on 13 October.") == []
    worded = "وعقدت الجلسة في الثالث من أكتوبر."
    assert [f[1:5] for f in found(detect, worded, "The session was held on October 13.")] == [
        ("changed", "الثالث من أكتوبر", "October 13", "minor")
    ]
    assert found(detect, worded, "The session was held on October 3.") == []
    # a range is one date: the English giving either day of it changes nothing
    assert found(detect, "وتقام الانتخابات بين 13 و14 أكتوبر.", "The elections will be held on 14 October.") == []


def test_a_dateline_s_date_a_second_date_and_a_given_name_are_no_changed_time():
    # the Arabic dateline's day is the report's; with two dates the English may have left one out
    dated = "بيروت، 14 مايو - أعلن الجيش أن الهدنة ستبدأ في 20 مايو."
    assert found(detect, dated, "BEIRUT, May 14 - The army announced that the truce would begin on May 20.") == []
    two = "وأعلن الجيش يوم الثلاثاء 14 مايو أن الهدنة ستبدأ في 20 مايو."
    assert found(detect, two, "The army announced on Tuesday that the truce would begin on May 20.") == []
    # ربيع خليل is a man, not the spring; الثمانينات (no ي) is a decade all the same
    assert (
        found(detect, "وقال ربيع خليل إن الموسم كان ناجحا.", "Rabie Khalil said the summer season was a success.") == []
    )
    assert [f[1:4] for f in found(detect, "وانتشرت الظاهرة في الثمانينات.", "It spread in the 1970s.")] == [
        ("changed", "الثمانينات", "1970s")
    ]


def test_the_maghreb_month_names_are_months():
    # غشت and شتنبر (Morocco), جويلية and أفريل (Algeria, Tunisia): August, September, July, April
    assert [t.value for t in arabic_times("تبدأ الراحة البيولوجية في فاتح غشت وتنتهي منتصف شتنبر.")] == ["8", "9"]
    assert [t.value for t in arabic_times("افتتح المعرض في أفريل ويختتم في جويلية.")] == ["4", "7"]
    # ك "like" before a month's letters is no date: كفيفري is the Georgian qvevri
    assert arabic_times("يخمر النبيذ في جرار فخارية تعرف باسم كفيفري.") == []
    ar = "وسيبدأ تطبيق القرار في فاتح غشت المقبل."
    assert _found(ar, "The decision will take effect on August 1.") == []
    assert [(f[0], f[1]) for f in _found(ar, "The decision will take effect on September 1.")] == [("changed", "غشت")]


def test_a_weekday_that_resolves_yesterday_from_the_report_s_weekday_is_no_change():
    # اليوم الثلاثاء dates the report; أمس is Monday, which the English names
    ar = "أفادت مصادر طبية، اليوم الثلاثاء، بأن 40 جريحا نقلوا إلى المستشفى منذ مساء أمس."
    assert (
        _found(ar, "Forty wounded people have been taken to hospital since Monday evening, medical sources said.") == []
    )
    assert [
        (f[0], f[1], f[2])
        for f in _found(
            ar, "Forty wounded people have been taken to hospital since Sunday evening, medical sources said."
        )
    ] == [("changed", "الثلاثاء", "Sunday")]


def test_aawat_sheltered_is_no_august_and_a_resolved_weekday_needs_its_relative_day_unsaid():
    assert arabic_times("وآوت المدارس آلاف النازحين خلال الشتاء.") == []
    # the English says 'yesterday' itself: its Saturday renders the Arabic's الجمعة, changed
    ar = "قال الجيش اليوم الأحد إن قواته قتلت أمس ثلاثة مسلحين، وإن الاشتباكات تجددت الجمعة."
    en = "The army said on Sunday its forces killed three militants yesterday and clashes resumed on Saturday."
    assert [(f[0], f[1], f[2]) for f in _found(ar, en)] == [("changed", "الجمعة", "Saturday")]
    # the day police spoke is no resolved 'yesterday'
    assert [
        f[0]
        for f in _found(
            "وقالت الشرطة الخميس إنها اعتقلت المشتبه به أمس.", "Police said on Wednesday they had arrested the suspect."
        )
    ] == ["changed"]


def test_a_bare_monday_set_off_by_commas_after_its_verb_is_the_day_of_the_report():
    # الاثنين is also 'the two': between commas after the verb and its subject it dates the report
    ar = "أعلن مدير الزراعة في المحافظة، الاثنين، عن خطة لزراعة عشرة آلاف دونم من القمح."
    en = "The province's agriculture director announced on {} a plan to sow 10,000 dunams of wheat."
    assert [f[:4] for f in found(detect, ar, en.format("Tuesday"))] == [("time", "changed", "الاثنين", "Tuesday")]
    assert found(detect, ar, en.format("Monday")) == []


def test_a_weekday_said_twice_keeps_one_occurrence_and_the_other_became_another_day():
    ar = "أعلنت البلدية، اليوم الأربعاء، أن السوق الجديدة ستفتح أبوابها الأربعاء المقبل."
    en = "The new market will open its doors next {}, the municipality announced on Wednesday."
    assert [f[:4] for f in found(detect, ar, en.format("Thursday"))] == [("time", "changed", "الأربعاء", "Thursday")]
    assert found(detect, ar, en.format("Wednesday")) == []
    # the English says the day once and no other weekday: nothing changed
    once = "أعلنت البلدية، اليوم الأربعاء، أن السوق الجديدة ستفتح أبوابها مساء الأربعاء."
    assert (
        found(detect, once, "The municipality said on Wednesday the new market would open its doors that evening.")
        == []
    )


def test_a_weekday_after_ghad_without_its_alef_is_a_day():
    # من غد الاثنين "from tomorrow, Monday": غد without the accusative alef stands before the day as غداً does
    ar = "أعلنت المديرية، اليوم الأحد، أن توزيع الأعلاف سيبدأ ابتداء من غد الاثنين في كل البلديات."
    assert (
        _found(ar, "The directorate announced on Sunday that feed would be handed out from Monday in every town.") == []
    )
    assert _found(
        ar, "The directorate announced on Sunday that feed would be handed out from Tuesday in every town."
    ) == [("changed", "الاثنين", "Tuesday", "major")]


def test_this_year_renders_no_month_the_english_dropped():
    # 'this year' may stand for العام الجاري, never for في شهر فبراير: the month is dropped
    ar = "وأشار إلى أنها المرة الثانية خلال العام الجاري، إذ استمر الانقطاع السابق في شهر فبراير يومين."
    assert _found(ar, "He noted it was the second cut this year; the previous one lasted two days.") == [
        ("dropped", "فبراير", "", "minor")
    ]
    assert _found(ar, "He noted it was the second cut this year; the previous one, in February, lasted two days.") == []
    # nor does 'earlier this year', though 'earlier' alone may stand for a day
    assert _found(ar, "He noted it was the second cut this year; the one earlier this year lasted two days.") == [
        ("dropped", "فبراير", "", "minor")
    ]
    # 'last month' may render the month, as 'today' may a weekday
    assert _found("وانقطعت المياه في شهر فبراير الماضي يومين.", "Water was cut for two days last month.") == []


def test_a_month_that_opens_an_outlet_s_name_is_no_date():
    # سبتمبر نت "26 September Net": the month before a word of an outlet's name names the outlet
    ar = 'وأضاف في تصريح لـ"سبتمبر نت"، أن الميناء قادر على استقبال سفن أكبر.'
    assert _found(ar, "He added that the port can handle larger ships.") == []
    dated = "وأضاف أن الميناء سيستقبل سفنا أكبر في سبتمبر."
    assert _found(dated, "He added that the port will handle larger ships.") == [("dropped", "سبتمبر", "", "minor")]


def test_around_the_clock_on_both_sides_is_one_length_and_leaves_the_other_paired():
    # على مدار الساعة "around the clock" is a day without a count on both sides: the week put for three days shows
    ar = "تعمل الفرق على مدار الساعة منذ ثلاثة أيام."
    assert _found(ar, "Teams have been working around the clock for a week.") == [
        ("changed", "ثلاثة أيام", "a week", "minor")
    ]
    assert _found(ar, "Teams have been working around the clock for three days.") == []


def test_minutes_written_with_the_hamza_are_a_length_of_time():
    # دقائق "minutes" is read as the text's words are, normalised (دقايق): five minutes made five hours is a change
    ar = "وتوقف البث لمدة خمس دقائق."
    assert [f[:3] for f in _found(ar, "The broadcast stopped for five hours.")] == [
        ("changed", "خمس دقائق", "five hours")
    ]
    assert _found(ar, "The broadcast stopped for five minutes.") == []


def test_a_dateline_of_day_and_month_with_no_year_is_the_reports_date():
    # 'place day month (outlet) -' as WAFA writes it: the English dateline's 'March 14' renders it, or leaves it out
    ar = "الخليل 14 آذار (وفا) - أغلقت قوات الاحتلال صباح اليوم الأربعاء مدخل البلدة."
    assert (
        _found(ar, "HEBRON, March 14 (WAFA) – Occupation forces closed the town's entrance on Wednesday morning.") == []
    )
    assert _found(ar, "HEBRON (WAFA) – Occupation forces closed the town's entrance on Wednesday morning.") == []
    # the twins: the weekday after it is still compared; a count in brackets after a figure opens no dateline
    assert [
        f[:3] for f in _found(ar, "HEBRON (WAFA) – Occupation forces closed the town's entrance on Thursday morning.")
    ] == [("changed", "الأربعاء", "Thursday")]
    assert arabic_dateline_end("قتل 14 شخصا (بينهم أطفال) - في قصف على البلدة.") == 0


def test_every_monday_is_a_weekday_and_no_two_thousand():
    # كل اثنين آلاف الباعة "every Monday, thousands of traders": اثنين after كل is the day, and آلاف alone is thousands
    from workbench.findings import numbers

    ar = 'وأشار التاجر إلى أن "السوق يقصده كل اثنين آلاف الباعة والمتسوقين من القرى المجاورة".'
    en = '"Every {} the market draws thousands of traders and shoppers from nearby villages," the trader said.'
    assert found(numbers.detect, ar, en.format("Monday")) == []
    assert found(detect, ar, en.format("Monday")) == []
    # the twin: another weekday
    assert found(detect, ar, en.format("Tuesday")) == [("time", "changed", "كل اثنين", "Tuesday", "major")]


def test_every_two_of_is_no_monday_and_a_markets_every_monday_is():
    # كل اثنين من الموظفين "every two of the staff": no weekday, and the two is counted
    from workbench.findings import numbers

    ar = "ويشترك كل اثنين من الموظفين في مكتب واحد."
    assert found(detect, ar, "Every two employees share one office.") == []
    assert found(numbers.detect, ar, "Every two employees share one office.") == []
    # كل اثنين after سوق is the market's day, not the name سوق الاثنين: another day told is a change
    market = "ويقام السوق كل اثنين في ساحة البلدة."
    assert found(detect, market, "The market is held every Monday in the town square.") == []
    assert found(detect, market, "The market is held every Friday in the town square.") == [
        ("time", "changed", "كل اثنين", "Friday", "major")
    ]
    # and a relative time of two words before من is read as ever (حذرت الشهر الماضي من أن "warned last month that")
    warned = "وكانت الوزارة قد حذرت الشهر الماضي من أن الصيف سيكون الأصعب."
    assert [
        f[:4] for f in found(detect, warned, "Last week the ministry warned that the summer would be the hardest.")
    ] == [("time", "changed", "الشهر الماضي", "Last week")]


def test_a_four_digit_figure_before_a_unit_of_measure_is_no_year():
    from findings_helpers import found as _all

    from workbench.findings.time import detect as time_detect

    # 2042 مترًا: an altitude; the English '2,042 metres' drops no year
    ar = "ويقدّر المهندسون أن نحو 18 ألف متر مكعب من الصخور انزلقت على الطريق الذي يرتفع حتى 2042 مترًا."
    en = "Engineers estimate that roughly 18,000 cubic metres of rock slid onto the road, which climbs to 2,042 metres."
    assert _all(time_detect, ar, en) == []
    # the twin: a year changed is still found
    assert [
        f[:4]
        for f in _all(time_detect, "وافتُتح الطريق عام 2042 في الجبال.", "The road opened in 2040 in the mountains.")
    ] == [("time", "changed", "2042", "2040")]


def test_a_month_abbreviation_ending_a_name_is_no_month():
    # 'Santillana del Mar.': a town's name at the sentence's end, no March
    ar = "وقالت في مؤتمر صحفي في سانتيانا ديل مار إن الكهف سيبقى مفتوحاً."
    assert _found(ar, "The cave will stay open, she told a news conference in Santillana del Mar.") == []
    # the twins: an abbreviated month after a preposition is a month even with no figure (a line cut short), and
    # one in a date is a month, another day in it a change
    assert [t.text for t in english_times("He enlisted in the army on Sept.")] == ["Sept."]
    assert _found("وعقد الاجتماع في 5 آذار.", "The meeting was held on Mar. 7.") == [
        ("changed", "5 آذار", "Mar. 7", "major")
    ]


def test_an_age_in_brackets_is_no_length():
    # كوكس (23 عاماً) "Cux, 23": an age after a name, no length for the race's time to be paired with
    ar = "فازت كوكس (23 عاماً) بلقب السباق، مسجلة ساعة واحدة و28 دقيقة."
    assert _lengths(ar, "Cux, 23, won the title in one hour and 28 minutes.") == []
    # the twin: the same figure and unit without brackets is a length
    siege = "واستمر الحصار 23 عاماً."
    assert _lengths(siege, "The siege lasted one hour.") == [("changed", "23 عاماً", "one hour", "minor")]


def test_a_length_in_brackets_other_than_years_is_a_length():
    # (ثلاثة أيام) "three days" in brackets is no age: the length is read, and 'a week' changes it
    ar = "وتوقفت المفاوضات (ثلاثة أيام) قبل أن تستأنف."
    assert _lengths(ar, "Talks were halted for a week before resuming.") == [
        ("changed", "ثلاثة أيام", "a week", "minor")
    ]
    assert _lengths(ar, "Talks were halted for three days before resuming.") == []


def test_an_hour_said_in_words_told_as_another_is_a_time_changed():
    # الساعة السابعة صباحاً "7 am" → '9 am', العاشرة صباحاً → 'noon': the hour of the day the Arabic says in words
    ar = "وقال إن حظر التجول سيبقى سارياً حتى الساعة السابعة صباحاً."
    assert _found(ar, "He said the curfew would stay in force until 9 am.") == [
        ("changed", "الساعة السابعة صباحاً", "9 am", "major")
    ]
    auction = "وتبدأ المزايدة عند العاشرة صباحاً في ساحة السوق."
    assert _found(auction, "Bidding starts at noon in the market square.") == [
        ("changed", "العاشرة صباحاً", "noon", "major")
    ]
    # the twins: the same hour, in figures, in words and across the day's two halves
    assert _found(ar, "He said the curfew would stay in force until 7 am.") == []
    assert _found(ar, "He said the curfew would stay in force until seven in the morning.") == []
    hours = "ويستقبل المتحف زواره من التاسعة صباحاً حتى الخامسة عصراً."
    assert _found(hours, "The museum is open to visitors from 9 am to 5 pm.") == []
    # an ordinal that is no hour (الدورة الثامنة "the eighth edition") is none, nor an hour converted to GMT
    assert _found("وتنطلق الدورة الثامنة مساء الخميس.", "The eighth edition opens at 8 pm on Thursday.") == []
    assert _found("ووقع الانفجار الساعة الثامنة صباحاً.", "The blast happened at 0500 GMT.") == []


def test_an_ordinal_is_an_hour_only_where_a_word_puts_it_and_the_night_has_small_hours():
    # الجلسة الثانية مساء اليوم "the second session this evening": a rank, no hour; عند الثامنة مساءً is one
    assert (
        _found(
            "وتعقد الجلسة الثانية مساء اليوم في المقر.", "The second session is held at 6 pm today at the headquarters."
        )
        == []
    )
    assert _found("وتعقد الجلسة عند الثامنة مساءً في المقر.", "The session is held at 6 pm at the headquarters.") == [
        ("changed", "الثامنة مساءً", "6 pm", "major")
    ]
    # الثانية ليلاً is 2 am, the night's small hours; الساعة 14 is 2 pm, a 24-hour clock
    assert _found("ودوّت صفارات الإنذار في الساعة الثانية ليلاً.", "Sirens wailed at 2 am.") == []
    assert _found("وأقلعت الطائرة في الساعة 14 من يوم الجمعة.", "The plane took off at 2 pm on Friday.") == []
    assert _found("وأقلعت الطائرة في الساعة 14 من يوم الجمعة.", "The plane took off at 2 am on Friday.") == [
        ("changed", "الساعة 14", "2 am", "major")
    ]


def test_two_years_ago_is_not_last_year():
    # العام الماضي "last year" told as 'two years ago', and قبل عامين "two years ago" as 'last year': changed
    last = "وأضاف أن الجسر رُمم العام الماضي بتمويل من البلدية."
    two = "وأضاف أن الجسر رُمم قبل عامين بتمويل من البلدية."
    assert _found(last, "He added that the bridge was restored two years ago with funding from the municipality.") == [
        ("changed", "العام الماضي", "two years ago", "major")
    ]
    assert _found(two, "He added that the bridge was restored last year with funding from the municipality.") == [
        ("changed", "قبل عامين", "last year", "major")
    ]
    # the twins: the same time said each side's way ('a year ago' is last year)
    assert _found(two, "He added that the bridge was restored two years ago with funding from the municipality.") == []
    assert _found(last, "He added that the bridge was restored a year ago with funding from the municipality.") == []


def test_a_fortnight_ago_is_two_weeks_ago():
    assert _found("وأضاف أن الجسر رُمم قبل أسبوعين.", "He added that the bridge was restored a fortnight ago.") == []
    assert _found("وأضاف أن الجسر رُمم الأسبوع الماضي.", "He added that the bridge was restored a fortnight ago.") == [
        ("changed", "الأسبوع الماضي", "a fortnight ago", "major")
    ]


def test_a_relative_time_right_after_a_month_that_is_also_a_word_dates_it():
    # مارس "March", also "practised", is a month where a relative time follows it (مارس قبل عامين, أيار من العام
    # الماضي): 'in March two years ago' renders it, 'in April' changes it
    ar = "وأغلق المصنع في مارس قبل عامين."
    assert _found(ar, "The factory closed in March two years ago.") == []
    assert _found(ar, "The factory closed in April two years ago.") == [("changed", "مارس", "April", "major")]
    assert _found("وأغلق المصنع في أيار من العام الماضي.", "The factory closed in May last year.") == []
    # the twin: the verb مارس with its object before the relative time is no month
    assert _found("وقال إنه مارس المهنة العام الماضي.", "He said he practised the profession last year.") == []
    # … nor the verb right before a relative time, with no word that puts a month before it
    assert _found("وقال إنه مارس قبل عامين مهنة الصيد.", "He said he took up fishing two years ago.") == []


def test_a_feast_told_as_another_is_a_date_changed():
    # بعد عيد الأضحى "after Eid al-Adha" told as 'after Eid al-Fitr': some two months earlier (feasts.tsv)
    ar = "وقال المدير إن المطار سيستقبل أولى رحلاته المنتظمة بعد عيد الأضحى."
    en = "The director said the airport would receive its first scheduled flights after Eid al-{}."
    assert found(detect, ar, en.format("Adha")) == []
    assert found(detect, ar, en.format("Fitr")) == [("time", "changed", "عيد الأضحى", "Eid al-Fitr", "major")]


def test_a_day_of_the_month_changed_beside_a_feast_changed_is_reported_first():
    # the date says more than the feast: 10 أبريل → 'April 12' (a reviewer's pair)
    ar = "وقال إن المطار سيفتح في 10 أبريل، بعد عيد الفطر."
    assert found(detect, ar, "He said the airport would open on April 12, after Eid al-Adha.") == [
        ("time", "changed", "10 أبريل", "April 12", "major")
    ]


def test_morning_told_as_evening_is_another_time_of_day():
    # صباح اليوم الخميس "Thursday morning" → 'on Thursday evening'
    ar = "قُتل طفلان وأصيب ثالث صباح اليوم الخميس جراء انفجار لغم أرضي."
    en = "Two children were killed and a third wounded on Thursday {} when a landmine went off."
    assert found(detect, ar, en.format("evening")) == [("time", "changed", "صباح", "evening", "major")]
    # the twins: the morning kept, or no part of the day said; and صباح as a name (Sheikh Sabah), no time of day
    assert found(detect, ar, en.format("morning")) == []
    assert found(detect, ar, en.format("").replace(" Thursday  when", " Thursday when")) == []
    sabah = "وقال الشيخ صباح الأحمد إن الاجتماع سيعقد مساء."
    assert found(detect, sabah, "Sheikh Sabah al-Ahmad said the meeting would be held in the evening.") == []
    # الصباح a family's or a newspaper's name, الظهر "the back": no parts of the day with the article alone
    family = "وأعلن الشيخ ناصر الصباح أن الاجتماع سيبدأ في الثامنة مساءً."
    assert found(detect, family, "Sheikh Nasser al-Sabah said the meeting would start at eight in the evening.") == []
    back = "وأصيب الجندي برصاصة في الظهر خلال اشتباكات ليلية."
    assert found(detect, back, "The soldier was shot in the back during night clashes.") == []
    # the half of the day an hour is in, in figures or in words after و, is the hour rule's: no part of the day
    figures = "وأُعلنت حالة الطوارئ في الساعة 4:30 صباحًا، فيما أمضى السكان الليلة في مراكز الإجلاء."
    night = "An emergency was declared at 4.30 a.m., and residents spent the night in shelters."
    assert found(detect, figures, night) == []
    words = "ونصحوا بعدم التنقل بين الظهر والرابعة عصراً."
    assert found(detect, words, "They advised against travelling between noon and 4 p.m.") == []


def test_a_wire_dateline_with_its_date_after_a_comma_is_the_reports_date():
    # داكار، 14 تشرين الأول/أكتوبر – "DAKAR, Oct 14 –": the date of a dateline, on both sides, no date dropped
    ar = "داكار، 14 تشرين الأول/أكتوبر – قال مسؤولون يوم الثلاثاء إن القطار قد يبدأ رحلاته قبل نهاية العام."
    en = "DAKAR, Oct 14 – The train could start running before the end of the year, officials said on Tuesday."
    assert found(detect, ar, en) == []
    # the twin: a month said in the report's own words is a date, dropped where the English leaves it out
    body = "قال مسؤولون يوم الثلاثاء 14 تشرين الأول إن القطار قد يبدأ رحلاته قبل نهاية العام."
    assert [f[:2] for f in found(detect, body, "Officials said on Tuesday the train could start running soon.")] == [
        ("time", "dropped")
    ]


def test_a_length_counted_back_from_a_time_is_a_length():
    # 'a month earlier' for قبل خمسة أيام "five days before": another length, a change of time
    ar = "وقال إن المعبر أغلق قبل خمسة أيام بسبب الاشتباكات."
    month = "He said the crossing had closed a month earlier because of the clashes."
    assert [f[:4] for f in found(detect, ar, month)] == [("time", "changed", "خمسة أيام", "a month")]
    assert found(detect, ar, "He said the crossing had closed five days earlier because of the clashes.") == []
    # 'a day later' says no length (it often renders في اليوم التالي "the next day")
    next_day = "وقال إن المعبر أغلق في اليوم التالي للاشتباكات."
    assert found(detect, next_day, "He said the crossing closed a day later.") == []


def test_a_time_cut_with_the_end_of_a_quote_belongs_to_the_truncation():
    from findings_helpers import pair

    from workbench.findings import run_detectors

    ar = 'وقال المزارع: "تضررت المحاصيل بسبب الصقيع، وهو ما سيؤثر على الموسم هذا العام".'

    def run(en: str) -> list[tuple[str, str]]:
        return [(f.type, f.subtype) for f in run_detectors([pair(ar, en)], ("quotes", "time"))]

    # the quote cut before 'this year': one finding, the truncation, which lists what was left out
    assert run('The farmer said: "The crops were damaged by frost".') == [("quote", "truncated")]
    # the twin: the quote kept whole but for the year is a time dropped
    assert ("time", "dropped") in run('The farmer said: "The crops were damaged by frost, which will hit the season".')


def test_a_market_named_for_its_day_is_no_date():
    # سوق الأربعاء 'the Wednesday market': a place named for the day it is held, no date put in beside the time the
    # Arabic does give (مطلع العام المقبل "early next year")
    ar = "تنقل البلدية سوق الأربعاء النسائي إلى مبنى جديد مطلع العام المقبل"
    assert (
        found(detect, ar, "The municipality is to move the women's Wednesday market to a new building early next year")
        == []
    )
    # the twin: a weekday the English puts on the move is a date the Arabic does not give
    dated = "The municipality is to move the women's market to a new building on Wednesday early next year"
    assert [f[:4] for f in found(detect, ar, dated)] == [("time", "changed", "", "Wednesday")]


def test_a_rate_before_a_word_of_time_is_no_length():
    # '$500 a month before tax': a rate, no length counted back; 'a month before the vote' is one
    from workbench.findings._durations import english_lengths

    assert [x.text for x in english_lengths("He said the salary is $500 a month before tax.")] == []
    assert [x.text for x in english_lengths("It closed a month before the vote.")] == ["a month"]


def test_the_eleven_is_no_sunday():
    # أعضاء المجلس الأحد عشر "the council's eleven members": الأحد before عشر is the number, no Sunday dropped
    ar = "ووقّع ثلاثة فقط من أعضاء المجلس الأحد عشر على القرار."
    assert _found(ar, "Only three of the council's 11 members signed the decision.") == []
    # the twin: the day named alone, told as another
    sunday = "ووقّع أعضاء المجلس على القرار يوم الأحد."
    assert [f[:3] for f in _found(sunday, "Council members signed the decision on Monday.")] == [
        ("changed", "الأحد", "Monday")
    ]


def test_a_month_with_this_says_the_year_and_a_recurring_weekday_is_no_date():
    # 'this December' renders هذا العام; 'the first Wednesday of each month' (أول أربعاء من كل شهر) recurs
    ar = "وكان من المقرر إعادة افتتاح الخط هذا العام بعد أعمال إعادة بناء."
    assert _found(ar, "The line was due to reopen this December after reconstruction.") == []
    assert _found(ar, "The line was due to reopen after reconstruction.") == [("dropped", "هذا العام", "", "minor")]
    ar = "وتدخل تعديلات أسعار الوقود حيز التنفيذ في أول أربعاء من كل شهر."
    assert _found(ar, "Fuel price adjustments take effect on the first Wednesday of each month.") == []


def test_a_fortnight_renders_two_weeks_ago():
    ar = "ووصل سعر الليتر إلى 4500 ليرة بعد أن كان 3200 ليرة قبل أسبوعين."
    assert _found(ar, "A litre reached 4,500 pounds, compared with 3,200 pounds a fortnight earlier.") == []
    # the twin: the two weeks left out
    assert _found(ar, "A litre reached 4,500 pounds, compared with 3,200 pounds earlier.") == [
        ("dropped", "قبل أسبوعين", "", "minor")
    ]


def test_a_word_of_time_the_english_renders_by_its_own_sense_resolves_no_weekday_put_in():
    # الآن "now", rendered 'now': it is no day the English 'Thursday' may resolve, which is put in
    ar = "ويتعين الآن أن يصادق رئيس الجمهورية على القانون قبل دخوله حيز التنفيذ."
    en = "The law must now be ratified by the president before it takes effect on Thursday."
    assert found(detect, ar, en) == [("time", "changed", "", "Thursday", "minor")]
    # the twins: الآن not rendered may be the day ('now' told as 'on Thursday'); اليوم "today" resolved as a weekday
    assert found(detect, ar, en.replace("must now", "must")) == []
    ar = "وقال الوزير اليوم إن الحكومة ستدرس الطلب."
    assert found(detect, ar, "The minister said on Friday the government would study the request.") == []
    # … nor is اليوم "today" told by the 'day' of 'within a day', which renders يوم واحد
    ar = "وقال الوزير اليوم إن الحكومة ستدفع الرواتب المتأخرة خلال يوم واحد."
    assert (
        found(detect, ar, "The minister said on Friday the government would pay the late salaries within a day.") == []
    )
