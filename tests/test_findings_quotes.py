"""Quotes: pairing, fidelity, and the four kinds of change."""

from __future__ import annotations

from findings_helpers import found, merged_pair, pair

from workbench.findings._quotes import pair_quotes
from workbench.findings.quotes import _charged_word, _verdict_clause, detect


def test_faithful_quote_is_no_finding():
    assert (
        found(
            detect,
            "وقال عضو المجلس إن الأهالي «يشعرون بالقلق لكنهم لن يغادروا مدينتهم».",
            'The council member said residents "feel worried but will not leave their city."',
        )
        == []
    )


def test_apostrophe_in_al_maaloumeh_is_not_a_quote():
    p = pair(
        "ونقلت المعلومة عن الأنباري قوله إن القوات باقية.",
        "Al-Ma'aloumeh quoted al-Anbari as saying the forces would stay.",
    )
    assert pair_quotes(p) == ((), ())
    assert detect(p) == []


def test_reported_demand_put_in_quotation_marks():
    en_quote = '"reinforce the forces holding the border and improve the conditions of soldiers at remote posts."'
    assert found(
        detect,
        "وطالب الدليمي الحكومة الاتحادية بتعزيز القوات الماسكة للحدود وتحسين ظروف الجنود في النقاط النائية.",
        f"He urged the federal government to {en_quote}",
    ) == [("quote", "paraphrase_as_quote", "", en_quote, "major")]


def test_direct_quote_turned_into_reported_speech():
    ar_quote = "«الهجوم يحمل بصمات خلايا نائمة تستغل الطبيعة الصحراوية للمنطقة»"
    assert found(
        detect,
        f"وقال الخبير إن {ar_quote}.",
        "The expert said the attack bore the hallmarks of sleeper cells exploiting the desert terrain of the area.",
    ) == [("quote", "quote_as_paraphrase", ar_quote, "", "minor")]


def test_a_short_quote_after_a_speech_frame_turned_into_reported_speech():
    # four words after أنه "…": a clause someone said, not a term in scare quotes
    ar_quote = '"لم تسجل أي إصابة في صفوف المسعفين"'
    ar = f"وأضاف مدير الدفاع المدني أن فرقه أخمدت الحريق، مؤكداً أنه {ar_quote}."
    en = (
        "The civil defence director added that his teams had put out the fire, stressing no paramedic had been injured."
    )
    assert found(detect, ar, en) == [("quote", "quote_as_paraphrase", ar_quote, "", "minor")]
    # kept in quotation marks: faithful
    en = "The civil defence director said the fire was out, stressing that “no injury was recorded among paramedics”."
    assert found(detect, ar, en) == []
    # the same four words as a term in scare quotes, with no speech frame before them: left alone
    ar = 'وانتقد المدير ما وصفه بشعار "لم تسجل أي إصابة في صفوف المسعفين" في البيانات الرسمية.'
    en = "The director criticised what he called the slogan of no injury recorded among paramedics in statements."
    assert found(detect, ar, en) == []


def test_a_short_call_in_quotation_marks_turned_into_reported_speech():
    # دعت … إلى "…": the words of a call, four of them, told without quotation marks
    ar_quote = '"وقف التصعيد واحترام الهدنة"'
    ar = f"ودعت الأمم المتحدة الجانبين إلى {ar_quote}، وفق بيان صدر اليوم."
    en = "The United Nations urged both sides to halt the escalation and respect the truce, a statement said."
    assert found(detect, ar, en) == [("quote", "quote_as_paraphrase", ar_quote, "", "minor")]
    en = "The United Nations urged both sides to “halt the escalation and respect the truce”, a statement said."
    assert found(detect, ar, en) == []
    # after إلى with no verb of calling (أشار إلى "…"), four words stay a term
    ar = 'وأشار الوزير إلى "وقف التصعيد واحترام الهدنة" في كلمته.'
    assert (
        found(detect, ar, "The minister referred to halting the escalation and respecting the truce in his speech.")
        == []
    )


def test_a_quoted_name_after_a_speech_frame_that_the_clause_goes_on_after_is_a_term():
    # أن "قانون الجرائم الإلكترونية الجديد" سيدخل …: the quotation marks name the law; the clause goes on after them
    ar = 'وأوضح الوزير أن "قانون الجرائم الإلكترونية الجديد" سيدخل حيز التنفيذ الشهر المقبل.'
    assert found(detect, ar, "The minister said the new cybercrime law would take effect next month.") == []


def test_a_title_in_quotation_marks_named_without_them_is_no_reported_speech():
    # مؤتمر "…"، فيلم "…": the quoted words name a conference or a film; the English names them without marks
    ar = 'وافتتح الوزير مؤتمر "إعادة إعمار المدن المتضررة من الحرب في الشرق الأوسط" في عمان.'
    en = "The minister opened a conference on rebuilding war-damaged cities in the Middle East in Amman."
    assert found(detect, ar, en) == []
    ar = 'وعرض المهرجان فيلم "الرجل الذي عاد من الحرب إلى قريته الصغيرة" للمخرج السوري.'
    en = "The festival screened the Syrian director's film The Man Who Came Back From the War to His Small Village."
    assert found(detect, ar, en) == []
    # the same words as a speaker's, after قال: turned into reported speech
    ar = 'وقال الوزير إن "إعادة إعمار المدن المتضررة من الحرب في الشرق الأوسط" أولوية.'
    en = "The minister said rebuilding war-damaged cities in the Middle East was a priority."
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "quote_as_paraphrase")]


def test_weeks_became_months_inside_the_quote():
    # a time unit swapped inside a quote is a time changed, on the two words, and the quote's verdict says altered
    assert found(
        detect, "وقال المتحدث إن «العمل سيستغرق عدة أسابيع».", 'The spokesman said "the work will take several months".'
    ) == [("time", "changed", "أسابيع", "months", "major")]
    # its faithful twin
    assert (
        found(
            detect,
            "وقال المتحدث إن «العمل سيستغرق عدة أسابيع».",
            'The spokesman said "the work will take several weeks".',
        )
        == []
    )


def test_quote_cut_short_is_truncated():
    ar_quote = "«السيطرة على الصحراء تحتاج إلى كاميرات حرارية وطائرات مسيرة وليس إلى مزيد من نقاط التفتيش في كل مكان»"
    result = found(detect, f"ورأى أن {ar_quote}.", '"Controlling the desert requires cameras," one expert said.')
    assert result == [("quote", "truncated", ar_quote, '"Controlling the desert requires cameras,"', "major")]


def test_quote_split_across_two_english_sentences_is_not_truncated():
    from findings_helpers import merged_pair

    ar = (
        'وأضاف المدير أن "المدارس في القرى الجبلية تعاني من نقص المعلمين منذ سنوات، '
        'ولم يصل إليها أي دعم من الوزارة هذا العام".'
    )
    first = "“Schools in the mountain villages have been short of teachers for years,” he added."
    second = "“No support from the ministry has reached them this year,” the director said."
    assert [f.subtype for f in detect(merged_pair([ar], [first, second]))] == []
    # the same first sentence with nothing after it, or with another speaker's words after it: the end is lost
    assert [f.subtype for f in detect(merged_pair([ar], [first]))] == ["truncated"]
    other = "“This is a victory for the families of the district and we will not stop here,” a resident said."
    assert [f.subtype for f in detect(merged_pair([ar], [first, other]))] == ["truncated"]


def test_a_lesser_sense_of_the_arabic_word_does_not_excuse_a_loaded_word():
    # قتل reads 'kill' (and, as another verb form, 'massacre'): 'massacred' is still the speaker made harsher
    ar = 'وقال الضابط إن "المسلحين قتلوا خمسة مدنيين في القرية".'
    assert [
        f[:2] + f[3:4] for f in found(detect, ar, "The officer said “gunmen massacred five civilians in the village”.")
    ] == [("quote", "altered", "massacred")]
    assert found(detect, ar, "The officer said “gunmen killed five civilians in the village”.") == []


def test_quotes_command_end_to_end(tmp_path):
    import json

    from click.testing import CliRunner

    from workbench.cli import cli

    (tmp_path / "ar.txt").write_text(
        "وقال المتحدث إن «العمل سيستغرق عدة أسابيع».\n"
        "وطالب الدليمي الحكومة الاتحادية بتعزيز القوات الماسكة للحدود وتحسين ظروف الجنود في النقاط النائية.\n",
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text(
        'The spokesman said "the work will take several months".\n'
        'He urged the federal government to "reinforce the forces holding the border and improve the conditions'
        ' of soldiers at remote posts."\n',
        encoding="utf-8",
    )
    args = ["quotes", str(tmp_path / "ar.txt"), str(tmp_path / "en.txt"), "--presegmented"]
    text = CliRunner().invoke(cli, args)
    assert text.exit_code == 0
    assert text.output.splitlines()[:4] == [
        "[altered] (fidelity 0.50)",
        '  EN 0: "the work will take several months"',
        "  AR 0: «العمل سيستغرق عدة أسابيع»",
        "  time changed inside the quote: Arabic 'أسابيع' (weeks) became 'months' in the quoted words",
    ]
    assert text.output.splitlines()[-1] == "Quotes: altered 1, paraphrase_as_quote 1"
    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)["quotes"]
    assert [(r["en_sentence"], r["verdict"], r["ar_quote"]) for r in rows] == [
        (0, "altered", "«العمل سيستغرق عدة أسابيع»"),
        (1, "paraphrase_as_quote", ""),
    ]


def test_quote_cut_to_its_opening_is_truncated():
    assert found(
        detect,
        'وقال المتحدث: "سنعيد فتح المعبر الحدودي أمام الشاحنات التجارية خلال الأسبوع المقبل".',
        '"We will reopen the border" the spokesman said.',
    ) == [
        (
            "quote",
            "truncated",
            '"سنعيد فتح المعبر الحدودي أمام الشاحنات التجارية خلال الأسبوع المقبل"',
            '"We will reopen the border"',
            "major",
        )
    ]


def test_rest_of_quote_rendered_outside_the_marks_is_not_truncated():
    assert (
        found(
            detect,
            'وقال المتحدث: "سنعيد فتح المعبر الحدودي أمام الشاحنات التجارية خلال الأسبوع المقبل".',
            '"We will reopen the border crossing," the spokesman said, to commercial trucks during the coming week.',
        )
        == []
    )


def test_negation_added_inside_a_quote_is_altered():
    assert found(
        detect,
        'وقال المحافظ: "سنعيد بناء الجسر خلال شهرين".',
        '"We will never rebuild the bridge within two months," the governor said.',
    ) == [
        (
            "quote",
            "altered",
            '"سنعيد بناء الجسر خلال شهرين"',
            '"We will never rebuild the bridge within two months,"',
            "major",
        )
    ]


def test_negation_on_both_sides_is_no_finding():
    assert (
        found(
            detect,
            'وقال المحافظ: "لن نعيد بناء الجسر خلال شهرين".',
            '"We will not rebuild the bridge within two months," the governor said.',
        )
        == []
    )


def test_no_confidence_compound_is_not_a_negation():
    assert found(detect, 'ودعا النواب إلى "حجب الثقة" عن الحكومة.', 'MPs called for a "no-confidence" vote.') == []


def test_going_to_for_arabic_future_is_not_an_added_word():
    assert (
        found(
            detect,
            'وقالت: "لن يغفر الناخبون هذا القرار".',
            '"Voters are not going to forgive this decision," she said.',
        )
        == []
    )


def test_quote_negates_more_often_than_the_arabic_quote():
    assert found(detect, 'وقال: "لن نتراجع عن قرارنا"', '"We will not go back on our decision, never," he said.') == [
        ("quote", "altered", '"لن نتراجع عن قرارنا"', '"We will not go back on our decision, never,"', "major")
    ]


def test_negation_repeated_over_coordinated_items_is_one():
    assert (
        found(
            detect,
            'وقالوا: "ليس هناك ماء أو كهرباء في القرية"',
            '"No water, no electricity in the village," they said.',
        )
        == []
    )


def test_isnt_it_renders_alaysa():
    assert (
        found(
            detect, 'وقالت: "أليس هذا رائعا أن نرى الناس سعداء"', '"Isn\'t it wonderful to see people happy," she said.'
        )
        == []
    )


def test_negative_concord_negates_once():
    assert found(detect, 'وقال: "لكنهم لا يقدمون أي مساعدة"', '"But they don\'t give no help," he said.') == []


def test_relative_ma_is_not_a_negation():
    ar_quote = '"هذا ما يقلق المزارعين في فصل الشتاء"'
    assert found(detect, f"وقال: {ar_quote}", '"This is what never worries farmers in winter," he said.') == [
        ("quote", "altered", ar_quote, '"This is what never worries farmers in winter,"', "major")
    ]
    assert found(detect, f"وقال: {ar_quote}", '"This is what worries farmers in winter," he said.') == []


def test_la_yazal_still_is_not_a_negation():
    ar_quote = '"لا يزال لدينا عمل كثير في المصنع"'
    assert found(detect, f"وقال: {ar_quote}", '"We still have no work at the factory," he said.') == [
        ("quote", "altered", ar_quote, '"We still have no work at the factory,"', "major")
    ]
    assert found(detect, f"وقال: {ar_quote}", '"We still have a lot of work at the factory," he said.') == []


def test_wa_dun_renders_without():
    assert (
        found(
            detect,
            'وقال: "يجب أن تفتح المعابر اليوم ودون أي قيود"',
            '"The crossings must open today and without any restrictions," he said.',
        )
        == []
    )


def test_scare_quoted_phrase_from_the_quotes_end_is_not_truncated():
    assert (
        found(
            detect,
            'وقال المتحدث إن على الحكومة "أن تستشعر الخطر القادم من الحدود الشرقية للبلاد".',
            'The spokesman said the government must watch "the eastern border" closely.',
        )
        == []
    )


def test_one_leftover_quote_on_each_side_is_paired_by_position():
    p = pair(
        "وقال المحافظ «الطريق مفتوح الآن» ثم أضاف «سنبني جسراً جديداً قبل الصيف».",
        'The governor said "the road is open now" and added "a catastrophe is never coming, betrayal aside."',
    )
    pairs, unpaired = pair_quotes(p)
    assert [(qp.en_quote, qp.ar_quote) for qp in pairs] == [
        ('"the road is open now"', "«الطريق مفتوح الآن»"),
        ('"a catastrophe is never coming, betrayal aside."', "«سنبني جسراً جديداً قبل الصيف»"),
    ]
    assert unpaired == ()


def test_quote_that_stops_mid_phrase_is_truncated():
    ar = 'وقال الوزير: "لن نسمح بعودة العنف إلى شوارع المدينة".'
    en_quote = '"We will not allow the return of"'
    assert [f[:2] for f in found(detect, ar, f"The minister said: {en_quote}")] == [("quote", "truncated")]


def test_short_quote_that_ends_on_a_content_word_is_not_called_cut():
    # two words taken whole from the Arabic quote's opening are a cut only when they stop mid-phrase
    ar = 'ووصف المحافظ الوضع بأنه "كارثة إنسانية".'
    assert found(detect, ar, 'The governor called the situation a "humanitarian catastrophe".') == []


def test_quote_of_words_run_together_counts_its_letters():
    # scraped Arabic that lost its spaces still holds a long quote; the English kept only its opening
    ar = 'وقال المتحدث: "يجبأنتستمرالمفاوضاتحتىنصلإلىاتفاقشاملونهائي".'
    assert [f[:2] for f in found(detect, ar, 'The spokesman said: "The negotiations must"')] == [("quote", "truncated")]


def test_abadan_after_lan_is_one_never():
    ar = 'وقال: "لن نتخلى أبدا عن حقنا في المياه"'
    assert found(detect, ar, '"We will never give up our right to water," he said.') == []
    altered = '"We will never give up our right to water, and we will never talk," he said.'
    assert [f[:2] for f in found(detect, ar, altered)] == [("quote", "altered")]


def test_never_cannot_render_ghayr():
    ar = 'وقال المتحدث: "هذه تقارير غير دقيقة عن الاجتماع"'
    assert found(detect, ar, '"These are inaccurate reports about the meeting," the spokesman said.') == []
    assert found(detect, ar, '"These reports about the meeting are not accurate," the spokesman said.') == []
    assert [f[:2] for f in found(detect, ar, '"These are never accurate reports about the meeting," he said.')] == [
        ("quote", "altered")
    ]


def test_not_only_is_no_never():
    ar = 'وقالت: "لم يكن الأمر فقط عن المال والوظائف"'
    assert found(detect, ar, '"It was not just about money and jobs," she said.') == []
    assert found(detect, ar, '"It was just not about money and jobs," she said.') == []
    assert [f[:2] for f in found(detect, ar, '"It was never about money and jobs," she said.')] == [
        ("quote", "altered")
    ]


def test_ma_kana_past_modal_renders_one_english_negation():
    # ما كان ينبغي 'should never have', ما كان لأحد أن 'no one could have': ما negating a past modal
    ar = 'وقال المدير: "ما كان ينبغي لهذه القطع أن تغادر المدينة أصلا"'
    assert found(detect, ar, '"These objects should never have left the city," the director said.') == []
    ar = 'وقالت: "لم نتهاون في شيء، وما كان لأحد أن يتوقع هجوما من هذا النوع"'
    en = '"We did not cut corners, and no one could have foreseen an attack of this kind," she said.'
    assert found(detect, ar, en) == []
    # the 'never' it renders is no word swapped in for أصلا 'in the first place'
    ar = "وقالت مديرة المتحف: «ما كان ينبغي لهذه القطع أن تغادر أبومي أصلاً، ولا أن تكون في مخازننا»."
    en = '"These objects should never have left Abomey, and they should never have been in our storerooms," she said.'
    assert found(detect, ar, en) == []
    # it accounts for one English negation, not two
    ar = 'وقال المدير: "ما كان ينبغي لهذه القطع أن تغادر المدينة أصلا"'
    altered = '"These objects should never have left the city, and never will," the director said.'
    assert [f[:2] for f in found(detect, ar, altered)] == [("quote", "altered")]
    # the relative 'what' (فعلنا ما كان ينبغي 'we did what we had to') is no negation the English lost
    ar = 'وقال الوزير: "لقد فعلنا ما كان ينبغي علينا فعله لحماية المدينة"'
    assert found(detect, ar, '"We did what we had to do to protect the city," the minister said.') == []


def test_quote_that_ends_on_is_or_her_is_cut_only_when_it_is_short():
    # phrases may end on 'is' or 'her': a quote of about the Arabic quote's length that does is whole
    assert found(detect, "قال: «الأمر كما هو ولن يتغير شيء»", 'He said: "It is what it is"') == []
    assert found(detect, "قالت: «لقد فعلنا كل شيء من أجل أمنا الحبيبة»", 'She said: "We did it all for her"') == []
    # two words for a five-word Arabic quote stop mid-sentence
    cut = found(detect, 'وقال: "لا نخشى تهديداتهم على الإطلاق".', 'He said: "We are"')
    assert [f[:2] for f in cut] == [("quote", "truncated")]


def test_counterfactual_quote_negates_twice():
    # لولا … لما "had it not been for … would not": two negations in the Arabic, as in the English
    ar = 'وقال إن "لولا تبرعات الأهالي لما استطعنا ترميم المدرسة قبل الشتاء".'
    en = "He said: “had it not been for gifts from residents, we could not have repaired the school by winter”."
    assert found(detect, ar, en) == []
    ar_plain = 'وقال إن "تبرعات الأهالي مكنتنا من ترميم المدرسة قبل الشتاء".'
    en_neg = "He said: “gifts from residents did not enable us to repair the school by winter”."
    assert [f[:2] for f in found(detect, ar_plain, en_neg)] == [("quote", "altered")]


def test_quote_paraphrased_beside_a_quote_kept():
    # one quote stays quoted, the other becomes reported speech: read on the English outside the marks
    ar = (
        'وقال المتحدث إن "القوات الأمنية اعتقلت خمسة مطلوبين في حي الشهداء صباح اليوم"، '
        'مضيفاً أن "الوضع تحت السيطرة الكاملة".'
    )
    en = (
        "The spokesman said security forces had arrested five wanted men in the al-Shuhada district this "
        "morning, adding that “the situation is under full control”."
    )
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "quote_as_paraphrase")]
    kept = (
        "The spokesman said “security forces arrested five wanted men in the al-Shuhada district this "
        "morning”, adding that “the situation is under full control”."
    )
    assert found(detect, ar, kept) == []


def test_counterfactual_with_conjunction():
    ar = 'وقال إن "الشرطة لم تكن غائبة عن الحي، ولولا الأمطار الغزيرة لما تأخرت الدوريات أصلاً".'
    en = (
        "He said “the police were never absent from the district, and had it not been for heavy "
        "rain the patrols would not have been delayed”."
    )
    assert found(detect, ar, en) == []


def test_quote_verdict_reads_meaning_before_overlap():
    from workbench.batch import quote_rows
    from workbench.pipeline import compare
    from workbench.translate.lexicon import LexiconTranslator

    tr = LexiconTranslator()
    ar = 'وقال الوزير إن "الوزارة لن تسمح بنقص الأدوية في المستشفيات الحكومية".'
    reversed_ = "The minister said “the ministry will allow shortages of medicines in government hospitals”."
    kept = "The minister said “the ministry will not allow shortages of medicines in government hospitals”."
    assert [r["verdict"] for r in quote_rows(compare(ar, reversed_, tr), tr)] == ["altered"]
    assert [r["verdict"] for r in quote_rows(compare(ar, kept, tr), tr)] == ["faithful"]


def test_quote_verdict_agrees_with_its_score():
    from workbench.findings.quotes import FAITHFUL_MIN, quote_verdict

    assert quote_verdict("“a b c”", '"أ ب ج"', 0.22, None, []) == (
        "uncertain",
        "the quote's words match the Arabic too little (0.22) to call it faithful",
    )
    assert quote_verdict("“a b c”", '"أ ب ج"', FAITHFUL_MIN, None, []) == ("faithful", "")
    assert quote_verdict("“a b c”", '"أ ب ج"', 0.9, "truncated", []) == ("truncated", "")


def test_quote_intensified_or_made_loaded():
    ar = 'وقال إن "ما جرى يمثل خرقاً واضحاً للاتفاق الموقع بين الطرفين".'
    kept = "He said “what happened is a clear violation of the agreement signed between the two sides”."
    assert found(detect, ar, kept) == []
    strong = "He said “what happened is a flagrant violation of the agreement signed between the two sides”."
    assert found(detect, ar, strong) == [("quote", "altered", "واضحا", "flagrant", "major")]
    ar2 = 'وأكد أن "الفصائل لن تسمح لأي جهة باستخدام الأجواء العراقية لضرب مواقعها".'
    neutral = "He stressed that “the factions will not allow any party to use Iraqi airspace to hit their positions”."
    assert found(detect, ar2, neutral) == []
    loaded = "He stressed that “the factions will not allow the occupiers to use Iraqi airspace to hit them”."
    assert [f[:2] + f[3:4] for f in found(detect, ar2, loaded)] == [("quote", "altered", "occupiers")]


def test_a_loaded_term_the_arabic_quote_says_in_a_form_no_list_holds_is_kept():
    # الإرهابية, the feminine adjective, glosses "terrorist": the speaker's own word, not one made harsher
    ar = 'وقال الوزير إن الحكومة ستلاحق "الجماعات الإرهابية" في الجبال.'
    en = "The minister said the government would pursue “terrorist groups” in the mountains."
    assert found(detect, ar, en) == []
    armed = 'وقال الوزير إن الحكومة ستلاحق "الجماعات المسلحة" في الجبال.'
    assert [f[:2] + f[3:4] for f in found(detect, armed, en)] == [("quote", "altered", "terrorist")]


def test_words_added_after_the_end_of_a_quote_are_altered():
    ar = "وقال الوزير: «الحكومة ستدعم المزارعين في المحافظة هذا العام»."
    en = 'The minister said: "The government will support farmers in the province this year, and that is a victory."'
    assert found(detect, ar, en) == [
        ("quote", "altered", "«الحكومة ستدعم المزارعين في المحافظة هذا العام»", "and that is a victory", "minor")
    ]


def test_quote_ending_where_the_arabic_ends_is_no_finding():
    ar = "وقال الوزير: «الحكومة ستدعم المزارعين في المحافظة هذا العام»."
    en = 'The minister said: "The government will support farmers in the province this year."'
    assert found(detect, ar, en) == []


def test_run_on_words_that_render_the_arabic_outside_its_quote_are_no_finding():
    # the English closes its quote later than the Arabic: the run-on words render the Arabic sentence
    ar = "وقال الوزير: «الحكومة ستدعم المزارعين في المحافظة هذا العام» بعد اجتماع."
    en = 'The minister said: "The government will support farmers in the province this year after a meeting."'
    assert found(detect, ar, en) == []


def test_arabic_last_word_unrendered_leaves_the_run_on_words_unjudged():
    # أصلا 'in the first place': the English tail may be what the last Arabic word says
    ar = "وقال الوزير: «الحكومة لم تكن تنوي رفع الأسعار أصلاً»."
    en = 'The minister said: "The government did not intend to raise prices in the first place."'
    assert found(detect, ar, en) == []


def test_quote_cut_where_its_last_clause_begins_is_truncated():
    # the English quote stops at the comma: the pledge after it is lost, and nothing renders it elsewhere
    ar = 'وقال المحافظ إن "المدينة تحتاج إلى مياه الشرب قبل الصيف، ولن نقبل بأي تأخير".'
    en = "The governor said the city “needs drinking water before the summer”."
    assert found(detect, ar, en) == [
        (
            "quote",
            "truncated",
            '"المدينة تحتاج إلى مياه الشرب قبل الصيف، ولن نقبل بأي تأخير"',
            "“needs drinking water before the summer”",
            "major",
        )
    ]


def test_quote_rendered_to_its_end_is_not_truncated():
    ar = 'وقال المحافظ إن "المدينة تحتاج إلى مياه الشرب قبل الصيف، ولن نقبل بأي تأخير".'
    en = "The governor said the city “needs drinking water before the summer, and we will not accept any delay”."
    assert found(detect, ar, en) == []


def test_last_clause_moved_outside_the_quote_is_not_truncated():
    ar = 'وقال المحافظ إن "المدينة تحتاج إلى مياه الشرب قبل الصيف، ولن نقبل بأي تأخير".'
    en = "The governor said the city “needs drinking water before the summer” and would accept no delay."
    assert found(detect, ar, en) == []


def test_quote_cut_after_its_opening_words_moved_outside_is_truncated():
    # the quote's opening ('power lines') is rendered outside the quote, its last clause nowhere
    ar = 'وأعلنت الوزارة في بيان أن فرقها أصلحت "خطوط الكهرباء في الأحياء الشرقية وأعادت التيار إلى المنازل".'
    en = "The ministry said in a statement that its teams had repaired power lines “in the eastern districts”."
    assert found(detect, ar, en) == [
        (
            "quote",
            "truncated",
            '"خطوط الكهرباء في الأحياء الشرقية وأعادت التيار إلى المنازل"',
            "“in the eastern districts”",
            "major",
        )
    ]


def test_quote_with_its_last_clause_kept_is_not_truncated():
    ar = 'وأعلن الحزب في بيان أن مقاتليه استهدفوا "مواقع العدو بالأسلحة المناسبة وحققوا فيها إصابات مباشرة".'
    en = "The party said its fighters had targeted enemy positions “with appropriate weapons and scored direct hits”."
    assert found(detect, ar, en) == []


_FACTORY_AR = "وقال المدير إن «الشركة ستفتح مصنعا كبيرا في المدينة العام المقبل»."


def test_a_plain_word_swapped_inside_a_quote_is_not_reported():
    # a plain word standing where the Arabic quote says another (مصنعا 'factory' → 'cemetery') is not told from
    # a free rendering the glosses miss: on the tuning pairs such findings were wrong more often than right
    en = 'The director said "the company will open a large cemetery in the city next year."'
    assert found(detect, _FACTORY_AR, en) == []
    # a felt word put in is still read (the charged-word rule)
    charged = 'The director said "the company will open a disastrous factory in the city next year."'
    assert [f[:2] for f in found(detect, _FACTORY_AR, charged)] == [("quote", "altered")]


def test_compare_on_words_only_hands_its_pairs_no_encoder():
    from workbench.pipeline import compare
    from workbench.translate import get_translator

    en = 'The director said "the company will open a large cemetery in the city next year."'
    words_only = compare(_FACTORY_AR, en, get_translator("lexicon"), encoder=None)
    assert words_only.pairs is not None and {p.encoder for p in words_only.pairs} == {None}
    with_encoder = compare(_FACTORY_AR, en, get_translator("lexicon"))
    assert with_encoder.pairs is not None and {p.encoder for p in with_encoder.pairs} == {"usem3"}


def test_word_rendered_inside_a_quote_is_no_change():
    en = 'The director said "the company will open a large factory in the city next year."'
    assert found(detect, _FACTORY_AR, en) == []


_HOSPITAL_AR = "وقالت الوزيرة إن «المستشفى يحتاج إلى أطباء وممرضين بشكل عاجل»."


def test_noun_rendered_between_rendered_words_is_no_change():
    en = 'The minister said "the hospital urgently needs doctors and nurses."'
    assert found(detect, _HOSPITAL_AR, en) == []


def test_quote_verdict_follows_a_finding_on_one_of_its_words():
    from workbench.batch import quote_rows
    from workbench.pipeline import compare
    from workbench.translate.lexicon import LexiconTranslator

    tr = LexiconTranslator()
    ar = 'وقال إن "ما جرى يمثل خرقاً واضحاً للاتفاق الموقع بين الطرفين".'
    strong = "He said “what happened is a flagrant violation of the agreement signed between the two sides”."
    kept = "He said “what happened is a clear violation of the agreement signed between the two sides”."
    rows = quote_rows(compare(ar, strong, tr), tr)
    assert [(r["verdict"], r["reason"].startswith("Inside the quote, Arabic")) for r in rows] == [("altered", True)]
    assert [r["verdict"] for r in quote_rows(compare(ar, kept, tr), tr)] == ["faithful"]


_PLAYER_QUOTE = "«اللاعب لن يشارك في المباراة لأنه يعاني من آلام في قدميه»"
_PLAYER_AR = f"وقال المدرب إن {_PLAYER_QUOTE}."
_PLAYER_EN = (
    'The coach said "the player will not take part in the match because he is suffering from pain in his feet{}."'
)


def test_words_run_on_past_an_unglossed_last_word_are_altered():
    # the glosses miss 'feet' for قدميه: the encoder finds the run-on words unlike it
    en = _PLAYER_EN.format(", and the club hid it from the fans")
    assert [f[1:] for f in found(detect, _PLAYER_AR, en)] == [
        ("altered", _PLAYER_QUOTE, "and the club hid it from the fans", "minor")
    ]


def test_quote_ending_on_an_unglossed_last_word_is_no_finding():
    assert found(detect, _PLAYER_AR, _PLAYER_EN.format("")) == []


_VACUUM_AR = "وقال الخبير إن «انسحاب الجيش ترك فراغا ستملؤه الجماعات المسلحة»."
_VACUUM_EN = 'The expert said "the army\'s withdrawal left a vacuum that armed groups will {}."'


def test_future_verb_rendered_is_no_change():
    # the lexicon misreads ستملؤه 'will fill it'; without its future prefix the encoder reads it as 'fill'
    assert found(detect, _VACUUM_AR, _VACUUM_EN.format("fill")) == []


_TRAINING_QUOTE = "«التدريب اليومي منحني القوة والعزيمة للنجاح»"
_TRAINING_EN = 'The player said "daily training gave me the strength and determination to succeed{}."'


def test_quote_ending_on_the_rendering_of_an_unglossed_last_word_is_no_finding():
    assert found(detect, f"وقالت اللاعبة إن {_TRAINING_QUOTE}.", _TRAINING_EN.format("")) == []


_SCHOOLS_AR = "وقال الوزير إن «الحكومة ستبني مدارس جديدة في القرى الفقيرة هذا العام»."
_SCHOOLS_EN = 'The minister said "the government will build new {} in poor villages this year."'


def test_free_rendering_the_glosses_miss_is_no_change():
    # 'classrooms' renders no sense the lexicon lists for مدارس, but the quote is no closer without it
    assert found(detect, _SCHOOLS_AR, _SCHOOLS_EN.format("classrooms")) == []


def test_loose_arabic_quotes_take_the_marks_find_quotes_leaves_over():
    from workbench.findings._quotes import loose_ar_quotes

    # a curly mark typed against the word before it and closed by a straight one: the two marks left over
    assert loose_ar_quotes('وقال” إن الحكومة ستبني مدارس جديدة".') == ['” إن الحكومة ستبني مدارس جديدة"']
    # two straight marks so placed are paired by find_quotes itself: nothing left over
    assert loose_ar_quotes('وقال" إن الحكومة ستبني مدارس جديدة".') == []
    # an opening mark whose closing one is missing: up to the final stop
    assert loose_ar_quotes('وقال إن "الحكومة ستبني مدارس جديدة في القرى.') == ['"الحكومة ستبني مدارس جديدة في القرى.']
    assert loose_ar_quotes('"وأخبر الصحفيين أن "الحكومة ستبني مدارس جديدة في القرى.') == [
        '"الحكومة ستبني مدارس جديدة في القرى.'
    ]


def test_a_closing_mark_left_from_an_earlier_sentence_is_no_loose_quote():
    from workbench.findings._quotes import loose_ar_quotes

    assert loose_ar_quotes('إن الحكومة ستبني مدارس جديدة"، بما في ذلك القرى الفقيرة في الشمال.') == []
    assert loose_ar_quotes('وقال إن "الحكومة" ستبني مدارس.') == []  # paired by find_quotes: nothing left over


_LOOSE_AR = 'وقال” إن الحكومة ستبني مدارس جديدة في القرى الفقيرة هذا العام".'
_LOOSE_EN = 'He said "the government will build new {} in poor villages this year."'


def test_quote_whose_arabic_marks_are_misplaced_is_paired_and_read():
    assert [qp.ar_quote for qp in pair_quotes(pair(_LOOSE_AR, _LOOSE_EN.format("schools")))[0]] == [
        '” إن الحكومة ستبني مدارس جديدة في القرى الفقيرة هذا العام"'
    ]


def test_faithful_quote_whose_arabic_marks_are_misplaced_is_no_finding():
    assert found(detect, _LOOSE_AR, _LOOSE_EN.format("schools")) == []


def test_loose_quote_is_paired_only_when_the_words_bear_it_out():
    en = 'He said "the weather in the capital was cold and windy all week."'
    assert [qp.ar_quote for qp in pair_quotes(pair(_LOOSE_AR, en))[0]] == [""]


_STOP_AR = 'وطالبت الوزارة الجانب التركي بـ"الكف عن قصف القرى الحدودية في الشمال".'
_STOP_EN = 'The ministry demanded that Turkey "{} shelling the border villages in the north."'


def test_a_form_of_a_gloss_is_no_change():
    # 'stop' is not a comparison key of الكف ('stoppage'), but begins its gloss stem
    assert found(detect, _STOP_AR, _STOP_EN.format("stop")) == []


def test_quote_cut_short_with_a_mark_inside_the_arabic_quote_is_minor():
    # a name quoted inside the Arabic quote: its marks pair unreliably, so the cut is not sure enough for major
    ar_quote = '«السيطرة على الصحراء تحتاج إلى كاميرات حرارية وطائرات "درون" وليس إلى مزيد من نقاط التفتيش في كل مكان»'
    result = found(detect, f"ورأى أن {ar_quote}.", '"Controlling the desert requires cameras," one expert said.')
    assert result == [("quote", "truncated", ar_quote, '"Controlling the desert requires cameras,"', "minor")]


def test_arabic_quote_holding_a_mark_is_not_read_as_paraphrased():
    # a closing mark typed against the next word ("رهينة"للشركة) leaves the marks paired across two quotes:
    # the span between them is no quotation, so the English saying it without marks is no change
    ar = 'وقال الخبير إن الاتفاق جعل المدينة "رهينة"للشركة. وأكد أن الهجوم يحمل بصمات خلايا نائمة تستغل الطبيعة الصحراوية للمنطقة كما يقول "الخبراء" دائما.'  # noqa: E501
    en = (
        "The expert said the deal made the city a hostage of the company. He said the attack bore the hallmarks"
        " of sleeper cells exploiting the desert terrain of the area, as experts always say."
    )
    assert found(detect, ar, en) == []
    # its twin: the same words as one quotation, with no mark inside, are a quote turned into reported speech
    ar_quote = '"الهجوم يحمل بصمات خلايا نائمة تستغل الطبيعة الصحراوية للمنطقة"'
    ar = f"وقال الخبير إن الاتفاق جعل المدينة رهينة للشركة. وأكد أن {ar_quote} كما يقول الخبراء دائما."
    assert found(detect, ar, en) == [("quote", "quote_as_paraphrase", ar_quote, "", "minor")]
    # the same quotation closed against the next word now pairs, but sloppy text quotes terms as often as speech
    ar = f"وقال الخبير إن الاتفاق جعل المدينة رهينة للشركة. وأكد أن {ar_quote}كما يقول الخبراء دائما."
    assert found(detect, ar, en) == []


_FAIL_AR = 'وقال المدرب: "إن الفريق سيفشل حتما في المباراة لأن اللاعبين متعبون جدا".'


def test_an_idiom_between_rendered_words_is_no_change():
    # 'bite the dust' renders سيفشل as a whole: two words the Arabic does not have, both unlike it, stand
    # between 'surely' and 'match'; neither alone replaced a word of the speaker's
    en = 'The coach said: "The team will surely bite the dust in the match because the players are very tired."'
    assert found(detect, _FAIL_AR, en) == []


_SCHEDULE_AR = 'وسأل الصحفيون المدرب عن "جدول مباريات الفريق في الموسم المقبل".'


def test_english_quote_opened_by_a_typed_apostrophe_leaves_no_paraphrase():
    # 'the club" website' … 'the club" match': apostrophes typed as quotation marks pair into a 'quote'
    # that cuts the sentence at random, so what stands outside the quotes says nothing
    en = (
        '"We will see how the legs feel tomorrow morning," the coach told the club" website after training.'
        ' Reporters asked him about the club" match schedule for next season.'
    )
    assert found(detect, _SCHEDULE_AR, en) == []


def test_english_with_its_marks_in_place_renders_the_arabic_quote_as_paraphrase():
    en = (
        '"We will see how the legs feel tomorrow morning," the coach told the club website after training,'
        ' "we are ready for it." Reporters asked him about the club\'s match schedule for next season.'
    )
    assert found(detect, _SCHEDULE_AR, en) == [
        ("quote", "quote_as_paraphrase", '"جدول مباريات الفريق في الموسم المقبل"', "", "minor")
    ]


_GENERATORS_AR = 'وقال الطبيب إن "المستشفى يعمل بالمولدات منذ شهرين".'


def test_judging_adjective_put_before_a_quoted_noun_alters_the_quote():
    en = 'The doctor said "the hospital has been running on worthless generators for two months".'
    assert found(detect, _GENERATORS_AR, en) == [("quote", "altered", "بالمولدات", "worthless generators", "minor")]


def test_quoted_noun_rendered_bare_is_no_judgement():
    en = 'The doctor said "the hospital has been running on generators for two months".'
    assert found(detect, _GENERATORS_AR, en) == []


def test_lower_case_word_is_no_name_of_an_arabic_word():
    from workbench.findings._quotes import match_words

    # 'sharp' and شرب (romanised shrb) are one edit apart as skeletons: no name match for a word in lower case
    assert "sharp" in match_words("the children drank dirty water with a sharp taste", "شرب الأطفال الماء الملوث").extra
    # the same word capitalised, as a name, still matches the Arabic spelling
    assert "Sharp" not in match_words("Sharp needs power", "شرب تحتاج الكهرباء").extra


_TACTICS = 'The MP said "the party uses ruthless tactics to win the votes of electors".'


def test_judging_label_inside_a_quote_that_the_arabic_does_not_say_alters_it():
    ar = 'وقال النائب إن "الحزب يستخدم الأساليب الجديدة لكسب أصوات الناخبين".'
    assert found(detect, ar, _TACTICS) == [
        ("quote", "altered", '"الحزب يستخدم الأساليب الجديدة لكسب أصوات الناخبين"', "ruthless", "minor")
    ]


def test_judging_label_for_an_arabic_word_that_blames_is_no_change():
    ar = 'وقال النائب إن "الحزب يستخدم الأساليب القاسية لكسب أصوات الناخبين".'
    assert found(detect, ar, _TACTICS) == []


_VOLUNTEER = 'The volunteer said "the needy families in the neighbourhood have been waiting for aid for a month".'


def test_judging_adjective_rendering_the_nouns_own_arabic_adjective_is_no_change():
    # المتعففة 'modest': the glosses miss the sense 'needy', but it is the adjective the English one renders
    ar = 'وقال المتطوع إن "العائلات المتعففة في الحي تنتظر المساعدات منذ شهر".'
    assert found(detect, ar, _VOLUNTEER) == []


def test_judging_adjective_where_the_arabic_noun_stands_bare_alters_the_quote():
    ar = 'وقال المتطوع إن "العائلات في الحي تنتظر المساعدات منذ شهر".'
    assert found(detect, ar, _VOLUNTEER) == [("quote", "altered", "العائلات", "needy families", "minor")]


_SHELLING = 'The witness said "the brutal shelling by the army destroyed the old market".'


def test_loaded_word_an_arabic_form_on_its_row_says_elsewhere_in_the_quote_is_no_change():
    # الغاشم is listed with 'brutal': the translator moved the speaker's adjective from the army to the shelling
    ar = 'وقال الشاهد إن "القصف الذي نفذه الجيش الغاشم دمر السوق القديم".'
    assert found(detect, ar, _SHELLING) == []


def test_loaded_word_no_arabic_form_says_alters_the_quote():
    ar = 'وقال الشاهد إن "القصف الذي نفذه الجيش النظامي دمر السوق القديم".'
    assert found(detect, ar, _SHELLING) == [
        ("quote", "altered", '"القصف الذي نفذه الجيش النظامي دمر السوق القديم"', "brutal", "minor")
    ]


_AMBUSH = 'The guard said "the cowardly attack happened near the eastern gate at dawn".'


def test_loaded_adjective_for_an_arabic_adjective_listed_with_it_is_no_change():
    # الغادر 'treacherous' is one of the Arabic forms listed with 'cowardly'
    ar = 'وقال الحارس إن "الهجوم الغادر وقع قرب البوابة الشرقية فجرا".'
    assert found(detect, ar, _AMBUSH) == []


_BOATS_AR = 'وقال الصياد إن "الصيادين لن يتركوا قواربهم للآخرين".'


def test_word_rendered_where_the_phrase_stood_is_no_change():
    en = 'The fisherman said "the fishermen will not leave their boats to others".'
    assert found(detect, _BOATS_AR, en) == []


_FINAL_AR = 'وقال المدرب إن "الفوز في المباراة النهائية يتطلب تكاتف اللاعبين".'
_FINAL_EN = 'The coach said "winning the final match requires the players to {}".'


def test_phrasal_verb_rendering_one_arabic_word_is_no_change():
    # تكاتف 'solidarity': a verb and its particle render it; the particle is no word put in beside the verb
    assert found(detect, _FINAL_AR, _FINAL_EN.format("pull together")) == []
    assert found(detect, _FINAL_AR, _FINAL_EN.format("stand together")) == []


_RESUMING = 'The director said "resuming classes depends on repairing the schools damaged by the shelling".'


def test_verb_and_preposition_rendering_an_arabic_adjective_and_preposition_is_no_change():
    ar = 'وقال المدير إن "استئناف الدراسة مرتبط بإصلاح المدارس المتضررة من القصف".'
    assert found(detect, ar, _RESUMING) == []


_VILLAGE_AR = 'وقال الراعي إن "القرية قريبة من الطريق الدولي".'
_VILLAGE_EN = 'The shepherd said "the village {} the international road".'


def test_active_verb_and_preposition_for_an_arabic_adjective_of_place_is_no_change():
    assert found(detect, _VILLAGE_AR, _VILLAGE_EN.format("borders on")) == []


_CROSSING_AR = 'وقال التاجر إن "الإغلاق الطويل للمعبر له أثر غير مباشر على أسعار الخضار".'
_KNOCK_ON = 'The trader said "the long closure of the crossing has a knock on effect on vegetable prices".'


def test_word_standing_for_a_negated_arabic_word_is_no_change():
    # غير مباشر 'indirect': the glosses and the encoder read مباشر 'direct' without its negation
    assert found(detect, _CROSSING_AR, _KNOCK_ON) == []


_LAW_AR = (
    'وقال المدير إن "القانون لا يعفي الموظفين المتهمين بسرقة أموال الدولة، '
    'ولا المقاولين الذين تأخروا في تنفيذ المشاريع".'
)


def test_quote_cut_before_a_clause_opened_by_wala_is_truncated():
    en = '"The law does not exempt employees accused of stealing the money of the state," the director said.'
    ar_quote = _LAW_AR[_LAW_AR.index('"') :].rstrip(".")
    assert found(detect, _LAW_AR, en) == [
        (
            "quote",
            "truncated",
            ar_quote,
            '"The law does not exempt employees accused of stealing the money of the state,"',
            "minor",
        )
    ]


def test_quote_rendering_the_clause_opened_by_wala_is_not_truncated():
    en = (
        '"The law does not exempt employees accused of stealing the money of the state, '
        'nor contractors who were late in carrying out projects," the director said.'
    )
    assert found(detect, _LAW_AR, en) == []


_CONDITIONS = 'The official said "the families are living in miserable conditions inside the camp".'


def test_loaded_english_word_for_the_arabic_loaded_word_mazriya_is_no_change():
    ar = 'وقال المسؤول إن "العائلات تعيش في ظروف مزرية داخل المخيم".'
    assert found(detect, ar, _CONDITIONS) == []


def test_loaded_english_word_for_a_plain_arabic_word_alters_the_quote():
    ar = 'وقال المسؤول إن "العائلات تعيش في ظروف صعبة داخل المخيم".'
    assert found(detect, ar, _CONDITIONS) == [
        ("quote", "altered", '"العائلات تعيش في ظروف صعبة داخل المخيم"', "miserable", "minor")
    ]


COLLAPSE_QUOTE = '"الانهيار نتج عن تسرب المياه إلى أساسات المبنى، وقد تم نقل ١٨ عائلة إلى مساكن مؤقتة بأمان"'


def test_a_quote_told_in_other_words_is_reported_speech_when_the_encoder_agrees():
    # the glosses find under a quarter of the quote's words ('blamed … on a leak', 'rehoused'); the encoder
    # reads the English outside quotation marks as the quote
    ar = f"وقال مهندس البلدية في المدينة، إن {COLLAPSE_QUOTE}."
    en = (
        "The city's municipal engineer blamed the collapse on a leak under the block and said 18 households had "
        "been safely rehoused."
    )
    assert found(detect, ar, en) == [("quote", "quote_as_paraphrase", COLLAPSE_QUOTE, "", "minor")]
    # the quote left out, or only a word of it kept: not reported speech of it
    assert found(detect, ar, "The city's municipal engineer said the collapse was being investigated.") == []
    assert found(detect, ar, "The city's municipal engineer said 18 households were in hotels.") == []


def test_no_less_than_is_no_negation_added_to_a_quote():
    # ما لا يقل عن "no less than": an idiom on both sides, no negation of the speaker's
    ar = 'وقال الوزير إن "المياه الواصلة لا تتجاوز خمسين مترا، في حين تحتاج الخطة إلى ما لا يقل عن مئة متر".'
    en = (
        'The minister said "the water arriving does not exceed fifty metres, '
        'while the plan needs no less than a hundred."'
    )
    assert found(detect, ar, en) == []


def test_no_more_than_beside_a_plain_verb_alters_the_quote():
    ar = 'وقال الوزير إن "المياه الواصلة تبلغ خمسين مترا، في حين تحتاج الخطة إلى مئة متر".'
    en = 'The minister said "the water arriving does not reach fifty metres, while the plan needs a hundred."'
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "altered")]


def test_word_negative_in_meaning_accounts_for_a_not_in_the_quote():
    ar = 'وقال الضابط إن "الجيش يمنع دخول الشاحنات إلى المدينة".'
    assert found(detect, ar, 'The officer said "the army does not allow trucks into the city."') == []


def test_a_reversal_inside_the_quote_owns_the_altered_finding():
    from workbench.findings import run_detectors
    from workbench.findings.quotes import findings_inside, quote_verdict

    p = pair(
        'وقال الضابط إن "الجيش يسمح بدخول الشاحنات إلى المدينة".',
        'The officer said "the army does not allow trucks into the city."',
    )
    findings = run_detectors([p])
    assert [(f.type, f.subtype) for f in findings] == [("negation", "flipped")]
    qp = p.view.quote_pairs[0]
    inside = findings_inside(findings, 0, qp.en_quote, [0], qp.ar_quote)
    assert quote_verdict(qp.en_quote, qp.ar_quote, qp.fidelity, None, inside)[0] == "altered"


def test_a_word_of_a_lexicon_phrase_is_no_word_negative_in_meaning():
    # بد of لا بد "must" is the lexicon phrase's, whatever its own glosses say: it renders no "not"
    ar = 'وقال الوزير إن "الحكومة لا بد أن تفتح المعبر قبل نهاية الشهر".'
    en = 'The minister said "the government must not open the crossing before the end of the month."'
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "altered")]


def _verdict(ar: str, en: str) -> tuple[str, str]:
    from workbench.batch import quote_rows
    from workbench.pipeline import compare
    from workbench.translate.lexicon import LexiconTranslator

    tr = LexiconTranslator()
    [row] = quote_rows(compare(ar, en, tr), tr)
    return row["verdict"], row["reason"]


def test_quote_verdict_doubts_a_name_left_out_of_a_list():
    ar = 'وقال المحافظ إن "مئات العائلات نزحت إلى الموصل وكركوك وأربيل خلال الأسبوع الماضي".'
    kept = 'The governor said "hundreds of families fled to Mosul, Kirkuk and Erbil during the past week".'
    assert _verdict(ar, kept)[0] == "faithful"
    dropped = 'The governor said "hundreds of families fled to Mosul and Erbil during the past week".'
    # through the pipeline the entity detector names the dropped place, and the verdict says altered
    assert _verdict(ar, dropped) == (
        "altered",
        "entity dropped inside the quote: Arabic names the place 'كركوك' (Kirkuk); the English does not mention it",
    )
    # with no finding to go on, the verdict itself still doubts the shortened list
    from workbench.findings.quotes import quote_verdict

    ar_quote = '"مئات العائلات نزحت إلى الموصل وكركوك وأربيل خلال الأسبوع الماضي"'
    en_quote = "“hundreds of families fled to Mosul and Erbil during the past week”"
    assert quote_verdict(en_quote, ar_quote, 0.8, None, []) == (
        "uncertain",
        "the Arabic quote lists كركوك, which the English quote leaves out of the list",
    )
    kept_quote = "“hundreds of families fled to Mosul, Kirkuk and Erbil during the past week”"
    assert quote_verdict(kept_quote, ar_quote, 0.8, None, []) == ("faithful", "")


def test_quote_verdict_keeps_a_name_inside_a_longer_one():
    # مصرف لبنان is one name ('Banque du Liban'), joined to the list by و as a whole: Lebanon is not dropped
    from workbench.findings.quotes import quote_verdict

    ar = '"الكلفة ستتقاسمها المصارف ومصرف لبنان مناصفة"'
    en = "“the cost will be split equally between the banks and the Banque du Liban”"
    assert quote_verdict(en, ar, 0.8, None, []) == ("faithful", "")


def test_quote_verdict_doubts_another_ordinal():
    from workbench.findings.quotes import quote_verdict

    ar = '"هذا هو الهجوم الثاني على مكتبي خلال شهرين"'
    same = "“This is the second attack on my office in two months”"
    assert quote_verdict(same, ar, 0.8, None, []) == ("faithful", "")
    assert quote_verdict("“This is the third attack on my office in two months”", ar, 0.8, None, []) == (
        "uncertain",
        "an ordinal of the Arabic quote (second, third …) is another in the English quote",
    )


def test_quote_verdict_reads_no_ordinal_in_a_month_name():
    # كانون الثاني is "January": its الثاني is no ordinal the English must repeat
    from workbench.findings.quotes import quote_verdict

    ar = '"هذا ثالث هجوم على مكتبي منذ كانون الثاني"'
    assert quote_verdict("“This is the third attack on my office since January”", ar, 0.8, None, []) == ("faithful", "")
    assert quote_verdict("“This is the fourth attack on my office since January”", ar, 0.8, None, [])[0] == "uncertain"


def test_appeal_made_a_plea_inside_the_quote_is_intensified():
    ar = 'وقال المختار إن "الأهالي ناشدوا الحكومة إرسال فرق الإنقاذ إلى القرية".'
    begged = 'The mukhtar said "the residents begged the government to send rescue teams to the village".'
    assert found(detect, ar, begged) == [("quote", "altered", "ناشدوا", "begged", "major")]
    urged = 'The mukhtar said "the residents urged the government to send rescue teams to the village".'
    assert found(detect, ar, urged) == []


_RULING_AR = 'وقال المحامي إن "القرار فرصة لمراجعة الملف كله أمام المحكمة".'


def test_plain_rendering_of_the_same_quote_has_no_felt_word():
    en = 'The lawyer said "the ruling is an opportunity to review the whole file before the court."'
    assert found(detect, _RULING_AR, en) == []


def test_felt_word_is_read_with_the_comparison_s_encoder_and_not_at_all_on_words_only():
    from dataclasses import replace

    en = 'The lawyer said "the ruling is a humiliation to review the whole file before the court."'
    p = pair(_RULING_AR, en)
    assert [f.subtype for f in detect(p)] == ["altered"]
    assert detect(replace(p, encoder=None)) == []


def test_felt_word_where_the_arabic_word_leans_the_same_way_is_no_change():
    # مشكلة 'problem': 'tragedy' may render it loosely; the sign of the word is what the rule reads
    ar = _RULING_AR.replace("فرصة", "مشكلة")
    en = 'The lawyer said "the ruling is a tragedy to review the whole file before the court."'
    assert found(detect, ar, en) == []


def test_felt_word_of_the_other_sign_where_the_arabic_word_leans_its_way_is_no_change():
    # 'triumph' for فرصة 'opportunity' overstates, but in the speaker's direction: left to the intensifier rules
    en = 'The lawyer said "the ruling is a triumph to review the whole file before the court."'
    assert found(detect, _RULING_AR, en) == []


def test_felt_word_rendering_a_negated_arabic_word_is_no_change():
    # لن يساعد 'will not help' → 'useless': a negated word turns into one word of the other sign
    ar = 'وقال المحامي إن "القرار لن يساعد في مراجعة الملف كله أمام المحكمة".'
    en = 'The lawyer said "the ruling is useless to review the whole file before the court."'
    assert found(detect, ar, en) == []


def test_felt_word_rendering_an_arabic_word_the_glosses_miss_is_no_change():
    # الإجهاد 'effort, strain' → 'exhaustion': the encoder finds the two alike where the glosses do not
    ar = 'وقال المدير إن "العمال يعانون من الإجهاد بسبب ساعات العمل الطويلة في المصنع".'
    en = 'The director said "the workers suffer from exhaustion because of the long working hours in the factory."'
    assert found(detect, ar, en) == []


_PRIDE_AR = 'وقال القائد إن "الجنود يشعرون بالفخر الشديد بهذا الإنجاز".'


def _charged(ar: str, en: str) -> list[str]:
    p = pair(ar, en)
    return [c[0] for qp in p.view.quote_pairs if qp.ar_quote and (c := _charged_word(p, qp))]


def test_felt_word_where_the_arabic_word_s_own_sense_fits_better_is_charged():
    # the encoder finds 'disaster' like the unrendered الشديد 'intense' (word encodings are rough); but 'intense'
    # put in its place reads much closer to the Arabic quote: the felt word renders no word of the speaker's
    en = 'The commander said "the soldiers feel disaster pride in this achievement."'
    assert _charged(_PRIDE_AR, en) == ["disaster"]


def test_plain_rendering_of_the_arabic_word_the_sense_fits_is_not_charged():
    en = 'The commander said "the soldiers feel intense pride in this achievement."'
    assert _charged(_PRIDE_AR, en) == []
    assert found(detect, _PRIDE_AR, en) == []


def test_loose_felt_rendering_of_an_arabic_word_leaning_its_way_stays_unreported():
    # عائق 'obstacle' → 'problem': its own sense fits no better there, so the felt word may render it
    ar = 'وقال الوزير إن "هذا القرار عائق أمام المستثمرين في المنطقة".'
    assert _charged(ar, 'The minister said "this decision is a problem for investors in the region."') == []


_NO_SIMILAR_AR = 'وقال المتحدث إن "الحكومة لا ترى أي رد مماثل من الجانب الآخر".'


def test_felt_word_in_a_quote_whose_negated_verb_the_english_renders_is_charged():
    # لا ترى 'does not see' is rendered word for word: the negation has turned into no felt word, so the felt
    # word put in for مماثل 'similar' is read like any other
    en = 'The spokesman said "the government does not see any hateful response from the other side."'
    assert _charged(_NO_SIMILAR_AR, en) == ["hateful"]


def test_faithful_quote_with_a_rendered_negated_verb_has_no_charged_word():
    en = 'The spokesman said "the government does not see any similar response from the other side."'
    assert _charged(_NO_SIMILAR_AR, en) == []
    assert found(detect, _NO_SIMILAR_AR, en) == []


def test_an_arabic_word_leans_by_the_first_sense_of_its_readings_verbs_included():
    from workbench.findings._judging import leans

    assert leans("يبكي", -1)  # 'cry', a verb
    assert leans("فرصة", 1) and not leans("فرصة", -1)  # 'opportunity'
    assert not leans("ملف", -1) and not leans("ملف", 1)  # 'file'


def test_a_felt_word_is_read_in_the_singular_and_an_adverb_is_not_one():
    from workbench.findings.quotes import _felt

    assert _felt("crimes") == -1 and _felt("crime") == -1  # VADER lists the singular only
    assert _felt("brilliant") == 1
    assert _felt("surely") == 0 and _felt("file") == 0


def test_negation_the_english_quote_drops_makes_the_verdict_uncertain():
    from workbench.findings.quotes import negation_lost, quote_verdict

    ar = '"المزارعون لم يتلقوا أي تعويضات عن خسائر الموسم"'
    reversed_ = "“the farmers have received compensation for the season's losses”"
    kept = "“the farmers have not received any compensation for the season's losses”"
    assert negation_lost(reversed_, ar) == "لم يتلقوا"
    assert quote_verdict(reversed_, ar, 0.8, None, [])[0] == "uncertain"
    assert negation_lost(kept, ar) == ""
    assert quote_verdict(kept, ar, 0.8, None, []) == ("faithful", "")


def test_a_negative_word_or_a_coordinated_or_renders_the_arabic_negation():
    from workbench.findings.quotes import negation_lost

    ar = '"المنازل متضررة ولا تتوفر فيها المياه ولا الكهرباء"'
    assert negation_lost("“the homes are damaged and have water but no electricity”", ar) == "ولا تتوفر، ولا الكهرباء"
    assert negation_lost("“the homes are damaged and have no water or electricity”", ar) == ""
    assert negation_lost("“the homes are damaged and have neither water nor electricity”", ar) == ""
    assert negation_lost("“the homes are damaged and lack water and electricity”", ar) == ""


def test_a_negated_clause_left_out_of_the_english_quote_is_no_lost_negation():
    from workbench.findings.quotes import negation_lost

    ar = '"ارتفع سعر الخبز في الأسواق، ولم يكن أمام الوزارة خيار آخر"'
    assert negation_lost("“the price of bread rose in the markets,”", ar) == ""
    assert negation_lost("“the price of bread rose in the markets, and the ministry had another option”", ar) != ""


def test_a_negation_said_twice_is_read_in_each_clause():
    from workbench.findings.quotes import negation_lost

    ar = '"العمال لم يتقاضوا رواتبهم منذ شهرين، وقالوا إنهم لم يتقاضوا المكافآت السنوية أيضا"'
    # the second clause is left out of the English quote: its negation is not lost
    assert negation_lost("“the workers have not received their salaries for two months”", ar) == ""
    reversed_ = "“the workers have not received their salaries for two months; they have received the annual bonuses”"
    assert negation_lost(reversed_, ar) == "لم يتقاضوا، لم يتقاضوا"


def test_an_exceptive_needs_no_only_in_the_english_quote():
    from workbench.findings.quotes import negation_lost

    ar = '"المحافظة لم تتسلم من الإيرادات إلا أقل من خمسة بالمئة"'
    assert negation_lost("“the province received less than five percent of the revenues”", ar) == ""
    # without the exceptive, the same statement reversed has lost its negation
    ar = '"المحافظة لم تتسلم من الإيرادات أكثر من خمسة بالمئة"'
    assert negation_lost("“the province received more than five percent of the revenues”", ar) == "لم تتسلم"


def test_resulting_and_ward_render_najim_and_radha():
    from workbench.findings._words import gloss_stems

    assert {"result", "ward"} <= gloss_stems("ناجما") | gloss_stems("الردهة")
    assert "result" in gloss_stems("ناجمين") and "ward" in gloss_stems("الردهات")  # the plurals too
    # words sharing letters keep their own senses: نجم 'star', مناجم 'mines'
    assert "result" not in gloss_stems("نجم") | gloss_stems("المناجم")


def test_only_a_negated_statement_counts_as_a_lost_negation():
    from workbench.findings.quotes import negation_lost

    # غير negates one word, which English may say in one word of the other sense
    assert (
        negation_lost(
            "“an extraordinary chance to open a new page with the neighbours”",
            '"فرصة غير عادية لفتح صفحة جديدة مع الجيران"',
        )
        == ""
    )
    assert (
        negation_lost(
            "“the talks were ordinary and opened a new page with the neighbours”",
            '"المحادثات لم تكن عادية وفتحت صفحة جديدة مع الجيران"',
        )
        != ""
    )


def test_not_just_renders_lam_faqat():
    from workbench.findings.quotes import negation_lost

    ar = '"الدعم لم يكن فقط من الحكومة بل من الشركات أيضا"'
    assert negation_lost("“the support came not just from the government but from companies too”", ar) == ""
    assert negation_lost("“the support came just from the government and from companies too”", ar) != ""


def test_a_pronoun_or_a_name_reading_leans_nowhere():
    from workbench.findings._judging import leans

    assert not leans("ذلك", -1)  # 'that', whatever its rare noun reading ('humiliation') says
    assert not leans("سيدة", -1)  # 'lady', also the title 'Miss'
    assert leans("مشكلة", -1) and leans("الأزمة", -1)


def _unlinked(ar: str, en_document: tuple[str, ...]):
    """An Arabic sentence no English sentence renders, in a document whose English sentences are given."""
    from dataclasses import replace

    from workbench.records import Link, Sentence

    p = pair(ar, en_document[0])
    en = tuple(Sentence(k, t, 0, len(t)) for k, t in enumerate(en_document))
    return replace(p, link=Link((0,), (), 0.0), en=(), en_document=en)


def test_quote_of_an_unrendered_sentence_retold_in_the_lead():
    # the English lead merges the story's facts: the quote of a later Arabic sentence is told there as narration
    ar_quote = '"الحريق أتى على نحو مئتي دونم من أشجار الزيتون والصنوبر في التلال المحيطة بالقرية"'
    ar = f"وقال رئيس البلدية إن {ar_quote}."
    lead = (
        "A fire swept through the hills around the village on Monday, burning some 200 dunums of olive "
        "and pine trees, the mayor said."
    )
    other = "Firefighters from three towns joined the effort."
    found_ = [(f.subtype, f.ar_span) for f in detect(_unlinked(ar, (lead, other)))]
    assert found_ == [("quote_as_paraphrase", ar_quote)]
    # the twin: the lead tells another fact and the quote is left out, not retold
    lead = "A fire broke out in a warehouse on the edge of the town on Monday, the civil defence said."
    assert detect(_unlinked(ar, (lead, other))) == []
    # nor is it retold where the lead keeps it in quotation marks
    quoted = (
        "The mayor said “the fire consumed some 200 dunums of olive and pine trees in the hills around the village”."
    )
    assert detect(_unlinked(ar, (quoted, other))) == []


def test_plural_possessive_is_no_unpaired_quotation_mark():
    ar_quote = '"الشركات الأجنبية ستسلم كامل إنتاجها من النفط إلى الوزارة بشرط دفع مستحقاتها المتأخرة"'
    ar = f"وأكد المتحدث أن {ar_quote}."
    en = (
        "The spokesman said the foreign companies would hand their entire oil output to the ministry, "
        "provided the companies' overdue payments were settled."
    )
    assert [(f.subtype, f.ar_span) for f in found_all(ar, en)] == [("quote_as_paraphrase", ar_quote)]
    # the twin: an opening single mark left unpaired is still a quotation running on
    en_open = (
        "The spokesman said 'the foreign companies would hand their entire oil output to the ministry, "
        "provided the companies' overdue payments were settled."
    )
    assert found_all(ar, en_open) == []


def found_all(ar: str, en: str):
    return detect(pair(ar, en))


def test_total_adverb_put_into_a_quote():
    ar = 'وقال الوزير إن "الحكومة تتفق مع موقف النقابة بشأن ضرورة رفع الأجور".'
    en = 'The minister said "the government fully backs the union\'s position on the need to raise wages".'
    assert [(f.subtype, f.en_span) for f in found_all(ar, en)] == [("altered", "fully")]
    # the twin: the Arabic says it in full (بشكل كامل), and the English adverb renders that
    ar = 'وقال الوزير إن "الحكومة تدعم بشكل كامل موقف النقابة بشأن ضرورة رفع الأجور".'
    assert found_all(ar, en) == []
    # nor where 'not … any' is rendered 'absolutely no'
    ar = 'وقال الوزير إن "الحكومة لا تملك أي خطة لرفع الأسعار هذا العام".'
    en = 'The minister said "the government has absolutely no plan to raise prices this year".'
    assert found_all(ar, en) == []


def test_some_made_many_inside_a_quote():
    ar = 'وقال المدير إن "بعض المدارس ما زالت بحاجة إلى ترميم قبل بدء العام الدراسي".'
    en = 'The director said "many schools still need repairs before the school year begins".'
    assert [(f.subtype, f.ar_span, f.en_span) for f in found_all(ar, en)] == [("altered", "بعض", "many")]
    # the twin: some stays some
    en = 'The director said "some schools still need repairs before the school year begins".'
    assert found_all(ar, en) == []
    # and many renders an Arabic 'many'
    ar = 'وقال المدير إن "العديد من المدارس ما زالت بحاجة إلى ترميم قبل بدء العام الدراسي".'
    en = 'The director said "many schools still need repairs before the school year begins".'
    assert found_all(ar, en) == []


def test_intent_put_into_a_quote():
    ar = 'وقال المتحدث إن "الطرف الآخر يخرق الهدنة بشكل متكرر في المناطق الحدودية".'
    en = 'The spokesman said "the other side is repeatedly and deliberately violating the truce in border areas".'
    assert [(f.subtype, f.en_span) for f in found_all(ar, en)] == [("altered", "deliberately")]
    # the twin: the Arabic says the breaches are deliberate (متعمد)
    ar = 'وقال المتحدث إن "الطرف الآخر يخرق الهدنة بشكل متعمد ومتكرر في المناطق الحدودية".'
    assert found_all(ar, en) == []
    # a fire مفتعل was set on purpose: 'deliberately set' renders it
    ar = 'وقال مدير الدفاع المدني إن "الحريق مفتعل، فقد اندلع في ثلاث نقاط متباعدة في الوقت نفسه".'
    en = 'The civil defence chief said "the fire was deliberately set, breaking out at three distant points at once".'
    assert found_all(ar, en) == []


def test_still_idiom_and_gazetteer_names_count_as_rendered():
    from workbench.findings._quotes import match_words

    # ما زلنا 'we still' (the glosses read زال 'cease') and الولايات المتحدة 'the U.S.' (no word-for-word gloss)
    m = match_words("we are still waiting for the U.S.", "ما زلنا ننتظر الولايات المتحدة")
    assert (m.extra, m.missing) == ((), ())
    # the twin: 'still' where the Arabic has no such idiom stays unrendered
    assert "still" in match_words("we are still waiting for a reply", "ننتظر الرد").extra


def test_la_tazal_is_no_negation_of_the_word_after_it():
    from workbench.findings._words import ar_tokens
    from workbench.findings.quotes import _negated

    inner = "لا تزال الطرق مغلقة وهذا أثر غير مباشر"
    toks = {t.text: t for t in ar_tokens(inner)}
    assert not _negated(inner, toks["تزال"])
    assert _negated(inner, toks["مباشر"])


def test_quote_ending_on_a_pronoun_that_renders_the_last_arabic_word_adds_nothing():
    ar = "وقال الحارس: «هذا الانتصار يعني الكثير بالنسبة لنا»."
    assert found(detect, ar, '"This victory means a lot to us," the goalkeeper said.') == []
    added = '"This victory means a lot to us and the referee cheated the other side," the goalkeeper said.'
    assert found(detect, ar, added) == [
        (
            "quote",
            "altered",
            "«هذا الانتصار يعني الكثير بالنسبة لنا»",
            "and the referee cheated the other side",
            "minor",
        )
    ]


def test_words_added_to_a_quote_the_glosses_read_poorly_are_altered():
    # the glosses miss 'worry' for يقلقنا: under half the quote's words are glossed, so the encoder must find
    # the quote closer to the Arabic without its last words
    ar = "وقال المزارع: «الجفاف يقلقنا في كل الأوقات»."
    assert found(detect, ar, '"The drought is what we worry about at all times," the farmer said.') == []
    added = '"The drought is what we worry about at all times and that is a disgrace," the farmer said.'
    assert found(detect, ar, added) == [
        ("quote", "altered", "«الجفاف يقلقنا في كل الأوقات»", "and that is a disgrace", "minor")
    ]


def test_quote_split_by_he_said_is_not_truncated():
    ar = "وقال: «بذلنا كل ما في وسعنا، ولكن العاصفة كانت أقوى مما توقعنا»."
    split = '"We did everything we could," he said, "but the storm was stronger than we expected."'
    assert found(detect, ar, split) == []
    # the twin: the opening lost, or another speaker's words before it
    assert [f[1] for f in found(detect, ar, 'He said "the storm was stronger than we expected."')] == ["truncated"]
    other = '"The rescue teams are exhausted," a firefighter said, "but the storm was stronger than we expected."'
    assert [f[1] for f in found(detect, ar, other)] == ["truncated"]


def test_an_english_quote_no_arabic_quote_answers_is_never_faithful():
    from workbench.findings.quotes import quote_verdict

    verdict, reason = quote_verdict("“and the rest of what he said”", "", None, None, [])
    assert (verdict, reason) == ("uncertain", "no Arabic quotation is paired with it, so its words cannot be checked")
    # the twin: paired with an Arabic quote whose words it matches, it is faithful
    assert quote_verdict("“and the rest of what he said”", '"وبقية ما قاله"', 0.8, None, []) == ("faithful", "")


def test_quote_whose_first_words_stand_before_the_marks_is_not_truncated():
    ar = 'وقال المحافظ إن "الجسور في المنطقة الشرقية لا تواجه أي خطر في الوقت الراهن".'
    outside = 'Bridges in the east "are not facing any danger at the moment," the governor said.'
    assert found(detect, ar, outside) == []
    # the twin: the same quote that keeps its opening inside the marks and loses its end is cut
    cut = 'The governor said "bridges in the east are not facing".'
    assert [f[1] for f in found(detect, ar, cut)] == ["truncated"]


def test_a_verb_glossed_complete_says_no_degree():
    # ننهي 'end' is glossed 'complete' (finish): no Arabic word says the change is total
    quote = "«لن ننهي الإضراب ما لم تتغير سياسة الحكومة»"
    en = '"We will not end the strike unless government policy is completely changed," the minister said.'
    assert found(detect, f"وقال الوزير: {quote}.", en) == [("quote", "altered", quote, "completely", "minor")]
    # the twin: بالكامل 'entirely' says it
    assert found(detect, "وقال الوزير: «لن ننهي الإضراب ما لم تتغير سياسة الحكومة بالكامل».", en) == []


def test_plain_adjective_raised_to_a_superlative_inside_a_quote():
    ar = "وقال مدير الميناء: «الرصيف الجديد سيستقبل السفن الكبيرة»."
    raised = '"The new berth will receive the biggest ships," the port director said.'
    assert found(detect, ar, raised) == [("quote", "altered", "الكبيرة", "biggest", "minor")]
    # the twins: the plain adjective rendered plainly, and an Arabic elative (أكبر 'biggest') rendered as one
    assert found(detect, ar, '"The new berth will receive large ships," the port director said.') == []
    assert found(detect, "وقال مدير الميناء: «الرصيف الجديد سيستقبل أكبر السفن».", raised) == []
    # a word in -est that is no superlative ('the Southwest' for الجنوب الغربي) raises nothing
    assert (
        found(detect, "وقال: «الأمطار ستصل إلى الجنوب الغربي»", '"The rain will reach the southwest," he said.') == []
    )


def test_most_before_the_arabic_plain_adjective_is_a_superlative():
    en = '"This is the most important project for the country," the minister said.'
    assert found(detect, "وقال الوزير: «هذا مشروع مهم للبلاد».", en) == [
        ("quote", "altered", "مهم", "most important", "minor")
    ]
    assert found(detect, "وقال الوزير: «هذا أهم مشروع للبلاد».", en) == []


def test_a_newspaper_named_in_quotation_marks_is_not_paired_by_position():
    from workbench.findings._quotes import titled

    ar = "وقال النائب في تصريح لصحيفة «الصباح» إن «الأزمة لن تنتهي قريبا»."
    assert titled(ar, "«الصباح»") and not titled(ar, "«الأزمة لن تنتهي قريبا»")
    # the English quote left over once the other is paired by its words is not paired with the newspaper's name
    en = '"The crisis will not end soon," the MP told the paper. "Nobody here expects miracles," he added.'
    assert [qp.ar_quote for qp in pair_quotes(pair(ar, en))[0]] == ["«الأزمة لن تنتهي قريبا»", ""]
    # the twin: a quote left over on each side, neither of them a name, is paired by position
    other = ar.replace("لصحيفة «الصباح»", "للصحفيين «بصراحة تامة»")
    assert [qp.ar_quote for qp in pair_quotes(pair(other, en))[0]] == ["«الأزمة لن تنتهي قريبا»", "«بصراحة تامة»"]


def test_harm_made_devastation_inside_a_quote():
    ar = "وقال رئيس الغرفة: «الرسوم الجديدة ستضر بالتجار الصغار»."
    en = '"The new fees will devastate small traders," the chamber head said.'
    assert found(detect, ar, en) == [("quote", "altered", "ستضر", "devastate", "major")]
    # the twins: 'hurt' renders ستضر; 'devastate' renders ستدمر 'will destroy'
    assert found(detect, ar, '"The new fees will hurt small traders," the chamber head said.') == []
    assert found(detect, "وقال رئيس الغرفة: «الرسوم الجديدة ستدمر التجار الصغار».", en) == []


def test_no_more_than_in_a_quote_renders_a_not():
    # لا تتجاوز "does not exceed" is a bound (weak for the negation detector), but 'do not exceed' renders it
    ar = 'وقال المدير إن "الكميات الواصلة لا تتجاوز 75 متراً مكعباً في الثانية".'
    en = 'The director said "the quantities arriving do not exceed 75 cubic metres a second".'
    assert [f for f in found(detect, ar, en) if f[0] == "quote"] == []


_CONTROL_AR = "وقال المتحدث العسكري إن «القوات فرضت سيطرة كاملة على الميناء منذ الصباح»."
_CONTROL_EN = 'The military spokesman said "the forces have imposed {} control over the port since the morning."'


def test_word_swapped_for_its_antonym_inside_a_quote_is_altered():
    # 'partial' renders nothing in the Arabic, whose كاملة 'full, complete' no English word renders
    expected = [("quote", "altered", "كاملة", "partial", "minor")]
    assert found(detect, _CONTROL_AR, _CONTROL_EN.format("partial")) == expected


def test_antonym_rule_leaves_a_faithful_rendering_alone():
    assert found(detect, _CONTROL_AR, _CONTROL_EN.format("full")) == []
    assert found(detect, _CONTROL_AR, _CONTROL_EN.format("complete")) == []


def test_antonym_after_a_negation_is_a_litotes_no_change():
    # 'not partial' may render كاملة; the negation detector weighs the added 'not'
    ar = "وقال المسؤول إن «الأضرار التي لحقت بالمحطة جزئية ويمكن إصلاحها خلال أيام»."
    assert found(
        detect, ar, 'The official said "the damage to the station is total and can be repaired within days."'
    ) == [("quote", "altered", "جزئية", "total", "minor")]
    en = 'The official said "the damage to the station is not total and can be repaired within days."'
    assert [f for f in found(detect, ar, en) if f[3] == "total"] == []


def test_a_noun_in_ment_before_a_noun_is_no_judging_adjective():
    ar = "وقالت الهيئة إن «نسبة البطالة انخفضت إلى سبعة في المئة»."
    assert found(detect, ar, 'The authority said "the unemployment rate fell to seven percent."') == []


def test_superlative_for_a_word_of_the_top_of_a_scale_is_no_raise():
    # الذروة 'peak' ranks the hours: 'the hottest hours' says it
    ar = "وقال الوزير: «ننصح المواطنين بتجنب الخروج في ساعات الذروة الحارة»."
    assert found(detect, ar, 'The minister said: "We advise citizens to avoid going out in the hottest hours."') == []
    ar = "وقال الوزير: «ننصح المواطنين بتجنب الخروج في الساعات الحارة من النهار»."
    en = 'The minister said: "We advise citizens to avoid going out in the hottest hours of the day."'
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "altered")]


def test_a_preposition_the_glosses_miss_is_no_word_added():
    ar = "وقال الطبيب: «حالة المريض مستقرة ونأمل أن يغادر المستشفى خلال أيام»."
    en = 'The doctor said: "The patient\'s condition is stable and we hope he will leave hospital {} days."'
    assert found(detect, ar, en.format("within")) == []
    assert [f[:2] for f in found(detect, ar, en.format("within ten angry"))] == [("quote", "altered")]


def test_a_pair_of_one_sense_rendered_as_a_pair_adds_no_word():
    # قوية ومتينة: 'strong' renders both by the glosses; 'solid' beside it renders the second in a sense they miss
    en = 'The minister said "our relations with our neighbours are strong and solid."'
    assert found(detect, "وقال الوزير إن «علاقاتنا مع جيراننا قوية ومتينة».", en) == []
    # with one Arabic word, the second English one is added
    assert [f[:2] for f in found(detect, "وقال الوزير إن «علاقاتنا مع جيراننا قوية».", en)] == [("quote", "altered")]


def test_a_modest_sum_made_paltry_is_intensified_and_rendered_modest_is_not():
    ar = "وقال المسؤول إن «المبالغ المخصصة متواضعة مقارنة بحجم الدمار»."
    en = 'The official said "the sums allocated are {} compared with the scale of the destruction."'
    assert [f[:4] for f in found(detect, ar, en.format("paltry"))] == [("quote", "altered", "متواضعة", "paltry")]
    assert found(detect, ar, en.format("modest")) == []


def test_anxiety_made_terror_is_intensified_but_terror_for_terror_is_not():
    en = 'A resident said "we lived through hours of terror after the explosion."'
    assert [f[:4] for f in found(detect, "وقال أحد السكان إن «عشنا ساعات من القلق بعد الانفجار».", en)] == [
        ("quote", "altered", "القلق", "terror")
    ]
    assert found(detect, "وقال أحد السكان إن «عشنا ساعات من الرعب بعد الانفجار».", en) == []


def test_a_quote_whose_last_clause_the_glosses_miss_is_not_cut():
    ar = 'وقالت القائدة: "كنا نعلم أننا لو اكتفينا بالدفاع فلن تكون لدينا أي فرصة، لذا قررنا المجازفة ببساطة".'
    whole = '"We knew that if we only defended we had no chance, so we just went for it," the captain said.'
    assert [f.subtype for f in detect(pair(ar, whole))] == []
    # the twin: the same quote stopping before its last clause
    cut = '"We knew that if we only defended we had no chance," the captain said.'
    assert [f.subtype for f in detect(pair(ar, cut))] == ["truncated"]


def test_a_verb_that_says_not_renders_the_arabic_negation():
    en = 'The MP said the agreement "fails to respect the rights of factory workers".'
    assert detect(pair("وقال النائب إن الاتفاق «لا يحترم حقوق العمال في المصانع».", en)) == []
    # the twin: the Arabic quote is not negated, so 'fails' is the English's own
    altered = detect(pair("وقال النائب إن الاتفاق «يحترم حقوق العمال في المصانع».", en))
    assert [f.subtype for f in altered] == ["altered"]


def test_most_made_all_inside_a_quote():
    ar = 'وقال مدير الدفاع المدني إن "معظم الطوابق كانت تفتقر إلى أجهزة إنذار الحريق".'
    en = 'The civil defence director said "all floors lacked fire alarms".'
    assert [(f.subtype, f.ar_span, f.en_span) for f in found_all(ar, en)] == [("altered", "معظم", "all")]
    # the twin: most stays most
    en = 'The civil defence director said "most floors lacked fire alarms".'
    assert found_all(ar, en) == []
    # and 'all' renders an Arabic 'all' (جميع) said beside the part
    ar = 'وقال مدير الدفاع المدني إن "معظم الطوابق كانت تفتقر إلى أجهزة إنذار الحريق، وجميعها بلا مخارج طوارئ".'
    en = 'The civil defence director said "most floors lacked fire alarms, and all had no emergency exits".'
    assert found_all(ar, en) == []


def test_quote_verdict_doubts_a_possibility_told_as_a_fact():
    from workbench.findings.quotes import hedge_lost, quote_verdict

    # no detector reported the modal قد 'may' dropped inside the quote: the verdict still doubts it
    ar = '"الأدلة الأولية تشير إلى أن الحريق قد يكون ناجماً عن تماس كهربائي في المخزن"'
    fact = "“early evidence indicates the fire was caused by an electrical fault in the warehouse”"
    kept = "“early evidence indicates the fire may have been caused by an electrical fault in the warehouse”"
    verdict, reason = quote_verdict(fact, ar, 0.8, None, [])
    assert (verdict, reason.split(":")[0]) == (
        "uncertain",
        "the Arabic quote says 'قد يكون' (may, might), which the English quote does not",
    )
    assert quote_verdict(kept, ar, 0.8, None, []) == ("faithful", "")
    # قد + perfect is 'has': nothing to render as a possibility
    ar = '"الأدلة الأولية قد كشفت أن الحريق ناجم عن تماس كهربائي في المخزن"'
    done = "“early evidence has shown the fire was caused by an electrical fault in the warehouse”"
    assert quote_verdict(done, ar, 0.8, None, []) == ("faithful", "")
    # nor a قد in a clause the English quote leaves out (a cut quote, not a possibility made a fact)
    ar = '"الحريق ناجم عن تماس كهربائي في المخزن، وهو ما قد يؤخر افتتاح السوق الشعبي أسبوعين"'
    assert hedge_lost("“the fire was caused by an electrical fault in the warehouse”", ar) == ""
    assert hedge_lost("“the fire was caused by an electrical fault, which delays the market's opening”", ar)


_SHIPMENTS_AR = 'وقال المدير: "الشحنات تتأخر في الموانئ منذ أسبوعين، وهذا تحول كبير بالنسبة للتجار".'
_SHIPMENTS_EN = 'The director said: "Shipments have been delayed at the ports for two weeks, a {} for traders."'


def test_strongly_felt_word_no_arabic_word_says_is_altered_when_the_quote_reads_closer_without_it():
    # 'humiliation' renders nothing in the Arabic sentence, is unlike the Arabic words the English leaves
    # unrendered (تحول كبير), and the quote reads closer to the Arabic without it
    p = pair(_SHIPMENTS_AR, _SHIPMENTS_EN.format("humiliation"))
    got = detect(p)
    assert [(f.subtype, f.en_span, f.severity) for f in got] == [("altered", "humiliation", "minor")]
    assert "reads closer to the Arabic" in got[0].explanation
    word, gain = _charged_word(p, p.view.quote_pairs[0]) or ("", 0.0)
    assert word == "humiliation" and gain >= 0.02


def test_plain_word_where_the_felt_one_stood_is_no_change():
    for word in ("shift", "change"):
        assert found(detect, _SHIPMENTS_AR, _SHIPMENTS_EN.format(word)) == []


def test_charged_word_is_read_with_the_encoder_and_not_at_all_on_words_only():
    from dataclasses import replace

    assert detect(replace(pair(_SHIPMENTS_AR, _SHIPMENTS_EN.format("humiliation")), encoder=None)) == []


def test_charged_word_where_an_unrendered_arabic_word_leans_its_way_is_no_change():
    # الصعبة 'difficult' is left unrendered and leans negative: 'tragedy' may say it loosely
    ar = 'وقال المدرب: "لقد اختبرنا قدراتنا في المباريات الصعبة حتى الآن، وما زلنا نحقق الفوز".'
    en = 'The coach said: "We have been tested over our tragedy so far, and we are still winning."'
    assert found(detect, ar, en) == []


_PORTS_AR = 'وقال المدير: "الشحنات تتأخر في الموانئ منذ أسبوعين بسبب نقص العمال والرافعات".'
_PORTS_EN = 'The director said: "Shipments have been delayed at the ports for two weeks{}."'


def test_clause_of_the_writer_s_own_appended_to_a_quote_is_altered():
    # 'which is unacceptable' renders no word of the Arabic sentence, and the quote reads closer to the Arabic
    # without it; the glosses miss the Arabic quote's last words, so the run-on rule cannot tell where it ends
    en = _PORTS_EN.format(" for lack of workers and cranes, which is unacceptable")
    got = detect(pair(_PORTS_AR, en))
    assert [(f.subtype, f.en_span, f.severity) for f in got] == [("altered", "which is unacceptable", "minor")]
    assert got[0].explanation.startswith("The English quote ends with 'which is unacceptable'")


def test_last_clause_that_renders_the_arabic_quote_is_no_change():
    assert found(detect, _PORTS_AR, _PORTS_EN.format(" for lack of workers and cranes")) == []
    assert found(detect, _PORTS_AR, _PORTS_EN.format(", because of a shortage of workers and cranes")) == []


def test_appended_clause_is_read_with_the_encoder_and_not_at_all_on_words_only():
    from dataclasses import replace

    en = _PORTS_EN.format(" for lack of workers and cranes, which is unacceptable")
    assert detect(replace(pair(_PORTS_AR, en), encoder=None)) == []


def test_felt_verb_rendering_an_arabic_idiom_the_glosses_miss_is_no_change():
    # أتى على 'came upon' is the idiom 'destroyed': a felt participle renders a verb or idiom, not a word put in
    ar = 'وقال مدير الدفاع المدني إن "الحريق كان كبيرا وأتى على عشرات المحال في السوق".'
    en = 'The civil defence director said "the fire was big and destroyed dozens of shops in the market."'
    assert found(detect, ar, en) == []


def test_word_made_stronger_and_clause_appended_are_both_reported():
    ar = 'وقال مدير الدفاع المدني إن "الحريق كان كبيرا وأتى على عشرات المحال في السوق".'
    en = 'The civil defence director said "the fire was massive and destroyed dozens of shops in the market, {}."'
    got = [(f.subtype, f.en_span) for f in detect(pair(ar, en.format("which is unacceptable")))]
    assert got == [("altered", "massive"), ("altered", "which is unacceptable")]
    # the same quote without the clause: the one change
    assert [(f.subtype, f.en_span) for f in detect(pair(ar, en.replace(", {}", "")))] == [("altered", "massive")]


_WORSE_AR = 'وقال المتحدث "إن الوضع يزداد سوءا يوما بعد يوم".'
_WORSE_EN = '"Things keep getting worse by the day, and that is a disgrace," the spokesman said.'


def test_verdict_clause_put_after_the_speaker_s_words_is_altered():
    # the glosses recognise few of the quote's words ('keep getting worse' for يزداد سوءا), but a closing
    # 'and that is a disgrace' is a verdict on what was said, and no word of the Arabic gives it
    assert found(detect, _WORSE_AR, _WORSE_EN) == [
        ("quote", "altered", '"إن الوضع يزداد سوءا يوما بعد يوم"', "and that is a disgrace", "minor")
    ]


def test_verdict_clause_rendering_the_arabic_quote_s_own_verdict_is_no_finding():
    # وهذا عار 'and this is a shame': the speaker gave the verdict
    ar = _WORSE_AR.replace('يوم"', 'يوم، وهذا عار"')
    assert found(detect, ar, _WORSE_EN) == []


def _verdict_of(ar: str, en: str) -> list[str]:
    """What the verdict rule reads at the end of each paired quote."""
    p = pair(ar, en)
    return [_verdict_clause(p, qp) for qp in p.view.quote_pairs]


def test_verdict_clause_after_a_quote_with_a_copula_pronoun_is_altered():
    # هو in ما نراه هو أن 'what we see is that' is a copula inside a clause: it opens no verdict of the speaker's
    ar = 'وقال المتحدث "إن ما نراه هو أن الوضع يزداد سوءا يوما بعد يوم".'
    en = '"What we see is that things keep getting worse by the day{}," the spokesman said.'
    assert _verdict_of(ar, en.format(", and that is a disgrace")) == ["and that is a disgrace"]
    assert _verdict_of(ar, en.format("")) == [""]


def test_verdict_clause_after_the_arabic_quote_s_own_clause_rendered_is_altered():
    # وهذا يهدد حياة الناس opens a clause, but the English renders it before its verdict ('and this threatens
    # the lives of people'): the verdict after it renders nothing of the speaker's
    ar = 'وقال المتحدث "إن الوضع يزداد سوءا يوما بعد يوم، وهذا يهدد حياة الناس".'
    en = '"Things keep getting worse by the day and this threatens the lives of people{}," the spokesman said.'
    assert _verdict_of(ar, en.format(", and that is a disgrace")) == ["and that is a disgrace"]
    # the clause not rendered before it: the verdict may be the English's rendering of it
    assert _verdict_of(ar, '"Things keep getting worse by the day, and that is a disgrace," the spokesman said.') == [
        ""
    ]


_SPLIT_AR = 'وقال المدير إن "الشركة ستفتح مصنعا كبيرا في المدينة العام المقبل، وسيعمل فيه أبناء المنطقة".'
_SPLIT_FIRST = '"The company will open a large factory in the city next year," the director said, '


def test_second_part_of_a_split_quote_rendering_the_arabic_quote_s_end_is_no_finding():
    en = _SPLIT_FIRST + '"and the people of the region will work in it."'
    assert found(detect, _SPLIT_AR, en) == []


_DANGER_AR = 'وقال الوزير: "لم يتجاوز الاقتصاد مرحلة الخطر بعد، لكننا نرى بداية التعافي".'


def test_figurative_set_phrase_rendering_a_plain_arabic_phrase_is_no_change():
    # 'out of the woods' for لم يتجاوز مرحلة الخطر 'has not passed the stage of danger': no gloss says 'woods'
    en = '"The economy is not out of the woods yet, but we see the start of the recovery," the minister said.'
    assert found(detect, _DANGER_AR, en) == []


def test_word_put_in_beside_a_plainly_rendered_phrase_is_altered():
    en = '"The economy is not out of the danger yet, but we see the start of the scandal," the minister said.'
    assert found(detect, _DANGER_AR, en) == [
        ("quote", "altered", _DANGER_AR[_DANGER_AR.index('"') : -1], "scandal", "minor")
    ]


def test_cannot_rendering_an_arabic_word_of_inability_is_no_change():
    # عاجزون عن 'unable to': 'cannot' is a modal and its negation, grammar and not a word of the speaker's
    ar = 'وقال: "إنهم يدركون أنهم عاجزون عن الفوز عبر صناديق الاقتراع، لذلك يلجؤون إلى الشارع".'
    en = '"They realise they cannot win at the ballot box, so they are turning to the street," he said.'
    assert found(detect, ar, en) == []


_NOT_THINK_AR = 'وقال المهاجم: "رأيت المدافع يأتي وحصلت على الكرة ولم أفكر كثيرا وسددت".'


def test_negated_verb_rendered_under_the_negation_is_no_change():
    en = '"I saw the defender coming and got the ball and didn\'t think too much and shot," the striker said.'
    assert found(detect, _NOT_THINK_AR, en) == []


_FED_UP_AR = 'وقال أحد السكان: "لقد طفح الكيل بالناس ولم يعد بوسعهم دفع أجور المولدات".'


def test_set_phrase_had_enough_rendering_an_arabic_idiom_is_no_change():
    # طفح الكيل 'the measure overflowed': 'have had enough' says it, though no gloss says 'enough'
    en = '"People have had enough and can no longer pay for the generators," one resident said.'
    assert found(detect, _FED_UP_AR, en) == []


_CAUSE_AR = 'وقال المسؤول إن "سبب الحريق لم يعرف بعد، وقد يكون ناتجا عن خلل كهربائي أو عن شرارة انطلقت من إحدى الآلات".'
_CAUSE_EN = '"The cause of the fire is not known yet, and it may have been an electrical fault{}," the official said.'


def test_quote_cut_before_an_alternative_is_truncated():
    # أو عن شرارة … 'or a spark …': the second cause the speaker gave is left out (إحدى 'one of', matched by
    # chance, does not hide the cut)
    assert found(detect, _CAUSE_AR, _CAUSE_EN.format("")) == [
        ("quote", "truncated", _CAUSE_AR[_CAUSE_AR.index('"') : -1], _CAUSE_EN.format("")[:-19], "minor")
    ]


def test_quote_rendering_both_alternatives_is_no_finding():
    assert found(detect, _CAUSE_AR, _CAUSE_EN.format(" or a spark from one of the machines")) == []


_PAID_AR = 'وقال الوزير إن الرواتب "ستصرف وفق الجدول المعتمد، ولن تشمل الموظفين غير المثبتين".'


def test_quote_cut_before_a_clause_read_by_meaning_is_truncated():
    # the glosses recognise too few words of 'will be paid according to the approved schedule' to place the
    # cut; the encoder reads it as the first clause only, and nothing renders ولن تشمل الموظفين غير المثبتين
    en = 'The minister said salaries "will be paid according to the approved schedule".'
    assert found(detect, _PAID_AR, en) == [
        (
            "quote",
            "truncated",
            _PAID_AR[_PAID_AR.index('"') : -1],
            '"will be paid according to the approved schedule"',
            "minor",
        )
    ]


def test_quote_rendering_the_last_clause_in_other_words_is_no_finding():
    en = (
        'The minister said salaries "will be paid according to the approved schedule, '
        'and will not cover staff on temporary contracts".'
    )
    assert found(detect, _PAID_AR, en) == []


_BRIDGE_AR = (
    'وأضاف المدير أن "الشاحنات والمركبات الثقيلة لن يسمح لها بالعبور، حفاظا على سلامة هيكل الجسر الذي يعود '
    'إنشاؤه إلى عقود طويلة".'
)
_BRIDGE_EN = "“Lorries and heavy vehicles will not be allowed to cross,” the director added."


def test_quote_whose_end_the_next_sentence_tells_is_not_truncated():
    # the rest of the Arabic quote (حفاظا على سلامة هيكل الجسر …) is told in the next English sentence
    for told in (
        "The ban, he said, is there “to keep safe the structure of a bridge built many decades ago”.",
        "The ban is meant to protect the structure of the old bridge, which was built decades ago.",
    ):
        assert [f.subtype for f in detect(merged_pair([_BRIDGE_AR], [_BRIDGE_EN, told]))] == []


def test_quote_whose_end_no_sentence_tells_is_truncated():
    other = "The bridge was closed for eight months of repairs."
    assert [f.subtype for f in detect(merged_pair([_BRIDGE_AR], [_BRIDGE_EN, other]))] == ["truncated"]


_WHEEL_AR = 'وقال إن "الشركة ستعيد تشغيل المصنع، والعجلة عادت إلى الدوران بعد سنوات من الشلل".'
_WHEEL_EN = "“The company will restart the plant, and {} after years of paralysis,” he said."


def test_set_phrase_rendering_an_arabic_idiom_is_no_change():
    # 'back on its feet' renders والعجلة عادت إلى الدوران 'the wheel turns again': no word of it was swapped in
    assert found(detect, _WHEEL_AR, _WHEEL_EN.format("work is back on its feet")) == []


_RELEASE_AR = (
    'وأضاف أن الوزارة "تتابع الموضوع مع الجهات المختصة في دولة قطر لضمان الإفراج عن البحارة وقواربهم في أقرب وقت".'
)
_RELEASE_EN = (
    "The ministry said it was “following up the matter with the competent authorities in the State of Qatar "
    "to secure the release of the sailors and their boats {}”."
)


def test_set_phrase_closing_a_quote_is_no_tail_added():
    # 'as soon as possible' renders في أقرب وقت 'at the nearest time', the Arabic quote's own last words
    assert found(detect, _RELEASE_AR, _RELEASE_EN.format("as soon as possible")) == []


def _charged_of(ar: str, en: str) -> list[str]:
    """The charged-word rule's word on each paired quote ('' where it finds none)."""
    p = pair(ar, en)
    return [(_charged_word(p, qp) or ("", 0.0))[0] for qp in p.view.quote_pairs]


def test_charged_word_beside_an_arabic_word_that_leans_by_chance_is_altered():
    # الكرة 'the ball' has a reading 'attack' that leans negative, but the encoder finds it unlike 'betrayal':
    # not what the felt word renders
    ar = 'وقال المدرب: "لقد سيطرنا على الكرة في الشوط الأول، وهذا تحول كبير للفريق".'
    en = 'The coach said: "We controlled the game in the first half, a {} for the team."'
    assert _charged_of(ar, en.format("betrayal")) == ["betrayal"]
    assert _charged_of(ar, en.format("big shift")) == [""]


def test_charged_word_the_encoder_finds_like_an_arabic_function_word_is_altered():
    # the encoder reads 'disastrous' like بشأن 'regarding', a function word no felt word renders
    ar = 'وقال الوزير: "إننا نحقق تقدما طيبا بشأن الاتفاق مع الجيران".'
    en = 'The minister said: "We are making {} progress on the agreement with the neighbours."'
    assert _charged_of(ar, en.format("disastrous")) == ["disastrous"]
    assert _charged_of(ar, en.format("good")) == [""]


def test_a_felt_word_standing_in_the_place_of_an_unrendered_arabic_word_is_altered_there():
    # المياه 'the water' → 'the disaster': the felt word stands where the Arabic says the word the English leaves
    # out, and that word's sense put back reads closer to the Arabic quote: both words are named
    ar = 'وقال المدير إن "المياه وصلت إلى الطابق الأول من المستشفى".'
    en = 'The director said "the {} reached the first floor of the hospital."'
    assert [f[:4] for f in found(detect, ar, en.format("disaster"))] == [("quote", "altered", "المياه", "disaster")]
    assert found(detect, ar, en.format("water")) == []
    ar = 'وقال المزارع إن "الموسم كان جيدا رغم قلة الأمطار هذا العام".'
    en = 'The farmer said "the {} was good despite the lack of rain this year."'
    assert [f[:4] for f in found(detect, ar, en.format("betrayal"))] == [("quote", "altered", "الموسم", "betrayal")]
    assert found(detect, ar, en.format("season")) == []


def test_a_felt_adjective_before_its_noun_may_render_the_arabic_adjective_after_it():
    # أداء مشرفا 'an honourable performance' → 'a great performance': the English adjective comes before the noun the
    # Arabic one follows, so مشرفا may be its place as much as قدم: no word is named (the reviewer's pair)
    ar = 'وقال المدرب إن "المنتخب قدم أداء مشرفا أمام البرازيل".'
    assert found(detect, ar, 'The coach said "the team gave a great performance against Brazil."') == []


def test_a_felt_word_where_two_arabic_words_are_left_unrendered_names_no_word_of_its_own():
    # 'I am disaster I can help' for وآمل أن أتمكن: the place holds وآمل and أتمكن, and which one the felt word took
    # is unsure; the charged-word rule still reports the quote as a whole (the test below)
    ar = 'وقالت: "أنا حريصة على العمل مع الفريق، وآمل أن أتمكن من المساعدة".'
    en = 'She said: "I am keen to work with the team, and I am disaster I can help."'
    assert [f[2] for f in found(detect, ar, en)] == [ar[ar.index('"') : -1]]


def test_charged_word_where_the_arabic_word_leans_the_other_way_is_altered():
    # وآمل 'and I hope' leans the other way: 'disaster' is no rendering of it, however alike the encoder reads them
    ar = 'وقالت: "أنا حريصة على العمل مع الفريق، وآمل أن أتمكن من المساعدة".'
    en = 'She said: "I am keen to work with the team, and I am {} I can help."'
    assert found(detect, ar, en.format("disaster")) == [
        ("quote", "altered", ar[ar.index('"') : -1], "disaster", "minor")
    ]
    assert found(detect, ar, en.format("hopeful")) == []


def test_charged_word_beside_an_arabic_function_word_outside_the_quote_is_altered():
    # أحد 'one of' (also read 'sharpen') outside the quote is a function word: no felt word renders it
    ar = 'وقال أحد وجهاء المدينة إن على الحكومة "إغلاق هذا الملف الإنساني".'
    en = 'A notable of the city said the government must "{}".'
    assert found(detect, ar, en.format("end this humanitarian tragedy")) == [
        ("quote", "altered", '"إغلاق هذا الملف الإنساني"', "tragedy", "minor")
    ]
    assert found(detect, ar, en.format("close this humanitarian file")) == []


_HERO_AR = 'وقال القائد: "تتجلى قوة الجيش الحقيقية في الانضباط الذي يلتزم به جنوده في الميدان".'


def test_quote_stopping_on_is_that_reads_as_its_opening_is_truncated():
    # 'is' ends no phrase, and the encoder reads the quote as the Arabic quote's opening (قوة الجيش الحقيقية),
    # not as the whole: more than half as long as the Arabic, it is still cut
    en = 'The commander said: "the real strength of an army is"'
    assert found(detect, _HERO_AR, en) == [
        ("quote", "truncated", _HERO_AR[_HERO_AR.index('"') : -1], '"the real strength of an army is"', "minor")
    ]


def test_quote_rendering_the_whole_in_other_words_is_no_cut():
    en = 'The commander said: "the real strength of an army shows in the discipline its soldiers keep in the field."'
    assert found(detect, _HERO_AR, en) == []


def test_a_word_of_scale_no_arabic_word_says_inside_a_quote_is_an_alteration():
    # 'severe damage' where the Arabic quote says only أضراراً "damage", and nothing in the sentence says how grave
    ar = 'وقال المتحدث إن "الإعصار ألحق أضراراً بالمنازل في القرى الساحلية".'
    en = 'The spokesman said "the cyclone caused severe damage to homes in the coastal villages".'
    assert [(f[1], f[3], f[4]) for f in found(detect, ar, en)] == [("altered", "severe", "minor")]
    # the twins: the plain rendering; an Arabic word of degree (جسيمة "grave") that says it; a negated word
    # left unrendered that says it by litotes
    assert found(detect, ar, en.replace("severe ", "")) == []
    grave = 'وقال المتحدث إن "الإعصار ألحق أضراراً جسيمة بالمنازل في القرى الساحلية".'
    assert found(detect, grave, en) == []
    ar3 = 'وقال المزارع إن "الخسائر لا تحصى في موسم القطن هذا العام".'
    en3 = 'The farmer said "the losses in this year\'s cotton season are endless".'
    assert [f for f in found(detect, ar3, en3) if f[3] == "endless"] == []


def test_an_exception_closes_only_the_negation_nearest_before_it():
    # لم يطرق أحد …؛ ولم نغادر إلا …: the exception makes the second negation 'only'; the first is still 'nobody'
    ar = "وقال أحد السكان: «لم يحذرنا أحد من الفيضان؛ ولم نخرج إلا عندما دخلت المياه البيوت»."
    en = '"Nobody warned us about the flood; we went out only when the water came into the houses," one resident said.'
    assert found(detect, ar, en) == []
    # the twin: where the Arabic says everyone warned them, the English 'Nobody' is still a negation put in
    warned = "وقال أحد السكان: «حذرنا الجميع من الفيضان؛ ولم نخرج إلا عندما دخلت المياه البيوت»."
    assert [f[1] for f in found(detect, warned, en)] == ["altered"]


def test_the_end_of_the_road_renders_the_end_of_the_course():
    # نهاية المطاف "the end of the course": 'the end of the road' is the idiom, no word swapped in
    ar = "وقال المدرب: «الخسارة ليست نهاية المطاف، وسنعود أقوى»."
    assert (
        found(detect, ar, '"The defeat is not the end of the road, and we will come back stronger," the coach said.')
        == []
    )


def test_absolutely_necessary_renders_the_utmost_necessity():
    # إلا للضرورة القصوى 'unless absolutely necessary': القصوى 'utmost' says how much
    ar = 'وقالت الطبيبة: "على المصابين بأمراض القلب ألا يغادروا منازلهم إلا للضرورة القصوى".'
    en = '"People with heart conditions should not leave their homes unless absolutely necessary," the doctor said.'
    assert found(detect, ar, en) == []
    plain = ar.replace("للضرورة القصوى", "للضرورة")
    assert [f[:2] + f[3:4] for f in found(detect, plain, en)] == [("quote", "altered", "absolutely")]


def test_a_negated_word_whose_antonym_the_arabic_quote_says_is_a_litotes():
    en = '"This permit is not valid until the council has voted on it," the mayor said.'
    assert found(detect, 'وقال رئيس البلدية: "هذا الترخيص باطل إلى أن يصوّت المجلس عليه".', en) == []
    # the Arabic quote says 'valid': the English 'not' reverses it
    reversed_ = found(detect, 'وقال رئيس البلدية: "هذا الترخيص صالح إلى أن يصوّت المجلس عليه".', en)
    assert [f[:2] for f in reversed_] == [("quote", "altered")]
    # the antonym another English word renders ('void') accounts for no 'not'
    ar = 'وقال القاضي: "القرار الجديد صالح، أما القرار السابق فهو باطل".'
    both = found(detect, ar, '"The new decision is not valid, and the previous one is void," the judge said.')
    assert [f[:2] for f in both] == [("quote", "altered")]


def test_not_coming_close_renders_far_from():
    ar = 'وقال: "هذا العرض بعيد كل البعد عما يحتاجه المزارع لشراء البذور".'
    assert found(detect, ar, '"This offer does not come close to what a farmer needs to buy seed," he said.') == []


def test_not_without_renders_an_arabic_negation_of_a_word_of_lacking():
    # لا يخلو من "is not free of": one litotes on each side, the English 'without' saying the negated word's sense
    en = 'The MP said the proposal was "not without benefit" but needed amendments.'
    assert found(detect, 'وقال النائب إن المقترح "لا يخلو من الفائدة" لكنه يحتاج إلى تعديلات.', en) == []
    # "there is no benefit in it": the English 'without' has no Arabic negation left to render
    reversed_ = found(detect, 'وقال النائب إن المقترح "لا فائدة منه" لكنه يحتاج إلى تعديلات.', en)
    assert [f[:2] for f in reversed_] == [("quote", "altered")]


def test_an_auxiliary_that_elides_the_verb_the_arabic_quote_repeats_adds_nothing():
    en = '"Travellers will barely notice the cost, but the airlines will," the analyst said.'
    ar = 'وقال المحلل: "بالكاد سيلاحظ المسافرون التكلفة، لكن الشركات ستلاحظها".'
    assert found(detect, ar, en) == []
    # the Arabic quote stops at the cost: the clause about the airlines is the English's own
    added = found(detect, 'وقال المحلل: "بالكاد سيلاحظ المسافرون التكلفة".', en)
    assert [f[:2] + f[3:4] for f in added] == [("quote", "altered", "but the airlines will")]


def test_every_day_renders_a_daily_of_the_arabic_quote_not_its_hour():
    ar = 'وأوضح المدير أن "السوق تفتح يومياً بعد صلاة الفجر وتغلق عند الساعة العاشرة، بسبب الحر".'
    en = (
        'The manager explained that "the market opens every day after the dawn prayer and closes at ten, '
        'because of the heat".'
    )
    assert not any("'الساعة' (hours) became 'day'" in f.explanation for f in detect(pair(ar, en)))
    assert detect(pair(ar, en)) == []
    # a unit the Arabic quote does not say stays a swap
    swapped = detect(
        pair(
            'وقال الوزير: "سننتهي من الأعمال خلال أسابيع".',
            '"We will finish the works within months," the minister said.',
        )
    )
    assert [(f.type, f.subtype) for f in swapped] == [("time", "changed")]


def test_a_noticeable_rise_made_dramatic_and_violations_made_fraud_are_intensified():
    ar = "وقال المدير إن «أسعار الأعلاف ارتفعت بشكل ملحوظ منذ بداية الموسم»."
    en = 'The director said "fodder prices have risen {} since the start of the season."'
    assert [f[:4] for f in found(detect, ar, en.format("dramatically"))] == [
        ("quote", "altered", "ملحوظ", "dramatically")
    ]
    assert found(detect, ar, en.format("noticeably")) == []
    ar = "وقال المراقب إن «اللجنة سجلت أكثر من ثلاثمئة مخالفة في مراكز الاقتراع»."
    en = 'The observer said "the committee recorded more than three hundred {} at polling stations."'
    assert [f[:4] for f in found(detect, ar, en.format("cases of fraud"))] == [("quote", "altered", "مخالفة", "fraud")]
    assert found(detect, ar, en.format("violations")) == []
    # fraud the Arabic says (تزوير) is no overstatement
    ar = "وقال المراقب إن «اللجنة سجلت أكثر من ثلاثمئة حالة تزوير في مراكز الاقتراع»."
    assert found(detect, ar, en.format("cases of fraud")) == []


def test_a_unit_swapped_in_a_quote_is_told_once_beside_the_time_detectors_finding():
    from workbench.findings import run_detectors

    # the time detector reports ستة أشهر → 'a year' with its number: the quote's أشهر → 'year' is the same change
    p = pair(
        'وطالب رئيس الغرفة بـ"إعفاء المصانع من الضريبة لمدة ستة أشهر".',
        'The chamber head called for "exempting the factories from tax for a year".',
    )
    times = [(f.subtype, f.ar_span) for f in run_detectors([p]) if f.type == "time"]
    assert times == [("changed", "ستة أشهر")]
    # the twin: where no wider time finding tells it, the word swapped in the quote is the one time finding
    p = pair("وقال المتحدث إن «العمل سيستغرق عدة أسابيع».", 'The spokesman said "the work will take several months".')
    assert [(f.subtype, f.ar_span) for f in run_detectors([p]) if f.type == "time"] == [("changed", "أسابيع")]


def test_extremism_made_terrorism_networks_made_mafias_a_host_made_a_summons_moderate_made_serious():
    cases = (
        (
            "وقال المسؤول إن «المخيم أصبح بيئة خصبة للتطرف».",
            'The official said "the camp has become a breeding ground for {}".',
            ("terrorism", "extremism", "للتطرف"),
        ),
        (
            "وقال القائد إن «دورياتنا أحبطت عشر محاولات، لكن الشبكات تغير مسالكها باستمرار».",
            'The commander said "our patrols foiled ten attempts, but the {} keep changing their routes".',
            ("mafias", "networks", "الشبكات"),
        ),
        (
            "وقال النائب إن «المجلس سيستضيف الوزير الأسبوع المقبل».",
            'The MP said "the council will {} the minister next week".',
            ("summon", "host", "سيستضيف"),
        ),
        (
            "وقال الطبيب إن «ثلاثة من المصابين في حالة متوسطة».",
            'The doctor said "three of the injured are in {} condition".',
            ("serious", "moderate", "متوسطة"),
        ),
    )
    for ar, en, (strong, mild, word) in cases:
        assert [f[:4] for f in found(detect, ar, en.format(strong))] == [("quote", "altered", word, strong)]
        assert found(detect, ar, en.format(mild)) == []


def test_an_emphatic_phrase_put_inside_a_quote_is_an_alteration():
    # لا يكفي "is not enough" → 'nowhere near enough': the speaker made to say more than he did
    ar = 'وقال رئيس الجمعية إن "الدعم الحكومي لا يكفي لتغطية كلفة البذور".'
    en = "“Government support is nowhere near enough to cover the cost of seeds,” the head of the association said."
    assert [f[:2] + f[3:] for f in found(detect, ar, en)] == [("quote", "altered", "nowhere near", "minor")]
    # the twins: the plain rendering, and an Arabic that says it itself (بعيد كل البعد "far, far from")
    plain = "“Government support is not enough to cover the cost of seeds,” the head of the association said."
    assert found(detect, ar, plain) == []
    far = 'وقال رئيس الجمعية إن "الدعم الحكومي بعيد كل البعد عن تغطية كلفة البذور".'
    assert found(detect, far, "“Government support is nowhere near covering the cost of seeds,” the head said.") == []
    # لم تحصل "did not get" → 'never once got'; with قط "ever" the Arabic says it
    ar = 'وقال المزارع إن "القرية لم تحصل على حصتها من مياه الري هذا الصيف".'
    en = "“The village never once got its share of irrigation water this summer,” the farmer said."
    assert [f[:2] + f[3:] for f in found(detect, ar, en)] == [("quote", "altered", "never once", "minor")]
    ever = 'وقال المزارع إن "القرية لم تحصل قط على حصتها من مياه الري هذا الصيف".'
    assert found(detect, ever, en) == []
    # the Arabic's own emphasis renders the phrase: جملة وتفصيلا 'flatly', حلقت 'skyrocketed'
    flat = 'وقال المتحدث إن "الوزارة ترفض هذه الاتهامات جملة وتفصيلا".'
    assert found(detect, flat, "“The ministry flatly rejects these accusations,” the spokesman said.") == []
    # بشكل صريح "explicitly": 'flatly contradicts' renders it
    explicit = 'وأكد النائب أن "الإجراء يتعارض بشكل صريح مع قانون الاستثمار".'
    assert found(detect, explicit, "The MP stressed that “the measure flatly contradicts the investment law”.") == []
    bare = 'وأكد النائب أن "الإجراء يتعارض مع قانون الاستثمار".'
    assert [
        f[:2] + f[3:]
        for f in found(detect, bare, "The MP stressed that “the measure flatly contradicts the investment law”.")
    ] == [("quote", "altered", "flatly", "minor")]
    soared = 'وقالت المواطنة إن "أسعار الطماطم حلقت هذا الأسبوع".'
    assert found(detect, soared, "“Tomato prices have skyrocketed this week,” the woman said.") == []
    # لم نكن قريبين على الإطلاق "we were not near at all": 'nowhere near' renders it
    near = 'وقال المدرب إن "الفريق لم يكن قريباً على الإطلاق من المستوى المطلوب في الشوط الأول".'
    assert (
        found(detect, near, "“The team was nowhere near the level we needed in the first half,” the coach said.") == []
    )


def test_a_negation_with_a_pronoun_on_it_or_after_a_conditional_renders_an_english_one():
    # من دونها "without it", ولولاهم "but for them", وإن لم "though … not": the English negation renders them
    canal = 'وقال الوزير إن "القناة ستُبنى بأموال أجنبية أو من دونها".'
    assert found(detect, canal, 'The minister said "the canal will be built with or without foreign money".') == []
    plain = 'وقال الوزير إن "القناة ستُبنى بأموال أجنبية".'
    assert [
        f[:2] for f in found(detect, plain, 'The minister said "the canal will never be built with foreign money".')
    ] == [("quote", "altered")]
    fishermen = 'وقال المسعف إن "الصيادين هبّوا للإنقاذ، ولولاهم لكانت حصيلة الوفيات أعلى بكثير".'
    saved = (
        'The medic said "the fishermen rushed to the rescue, and without them the death toll would have been '
        'far higher".'
    )
    assert found(detect, fishermen, saved) == []
    # a pronoun's 'without' renders only 'without': a "not" the English puts on the verb is still a reversal
    reversed_ = 'The minister said "the canal will not be built with foreign money".'
    assert [f[:2] for f in found(detect, canal, reversed_)] == [("quote", "altered")]
    us = 'وقال المسعف إن "المدينة ستغرق في الظلام من دوننا".'
    assert found(detect, us, 'The medic said "the city will sink into darkness without us".') == []
    assert [f[:2] for f in found(detect, us, 'The medic said "the city will not sink into darkness".')] == [
        ("quote", "altered")
    ]
    figures = 'وقال الوزير إن "الأرقام مشجعة، وإن لم تكن بعدُ سبباً للاحتفال".'
    never = 'The minister said "the figures are never a reason to celebrate".'
    assert [f[:2] for f in found(detect, figures, never)] == [("quote", "altered")]
    assert (
        found(detect, figures, 'The minister said "the figures are encouraging, though not yet a reason to celebrate".')
        == []
    )


def test_a_judgement_raised_a_step_inside_the_quote_is_an_alteration():
    # مهمة "important" → 'historic', سوء الإدارة "mismanagement" → 'corruption', مقلق "worrying" → 'outrageous'
    step = 'وقال الوزير إن "الحكم خطوة مهمة لمكافحة التهريب في المنطقة".'
    en = "“The ruling is a historic step in fighting smuggling in the region,” the minister said."
    assert [f[:2] + f[3:4] for f in found(detect, step, en)] == [("quote", "altered", "historic")]
    assert found(detect, step, en.replace("a historic", "an important")) == []
    debts = 'وقال رئيس البلدية إن "سوء الإدارة في الشركة هو سبب تراكم الديون".'
    en = "“Corruption at the company is the reason the debts have piled up,” the mayor said."
    assert [f[:2] + f[3:4] for f in found(detect, debts, en)] == [("quote", "altered", "Corruption")]
    assert found(detect, 'وقال رئيس البلدية إن "الفساد في الشركة هو سبب تراكم الديون".', en) == []
    worrying = 'وقال النائب إن "الوضع مقلق ويتطلب تدخلا عاجلا من الحكومة".'
    en = "“The situation is outrageous and requires urgent government intervention,” the MP said."
    assert [f[:2] + f[3:4] for f in found(detect, worrying, en)] == [("quote", "altered", "outrageous")]
    assert found(detect, worrying, en.replace("outrageous", "worrying")) == []


def test_repeatedly_completely_and_an_iron_fist_put_inside_a_quote_are_alterations():
    promised = 'وقال رئيس الجمعية إن "الحكومة وعدت بحل مشكلة التلوث في المدينة".'
    en = "“The government has repeatedly promised to solve the pollution problem in the city,” the association said."
    assert [f[:2] + f[3:4] for f in found(detect, promised, en)] == [("quote", "altered", "repeatedly")]
    assert found(detect, promised.replace("وعدت", "وعدت مرارا"), en) == []
    firm = 'وقال قائد حرس الحدود إن "القوات ستتعامل بكل قوة وحزم مع المهربين".'
    en = "“Our forces will deal with the smugglers with an iron fist,” the border guard commander said."
    assert [f[:2] + f[3:4] for f in found(detect, firm, en)] == [("quote", "altered", "iron fist")]
    assert found(detect, firm.replace("بكل قوة وحزم", "بقبضة من حديد"), en) == []
    change = 'وقال الوزير إن "النظام الانتخابي سيتغير قبل الانتخابات المقبلة".'
    en = "“The electoral system will be completely overhauled before the next elections,” the minister said."
    assert [f[:2] + f[3:4] for f in found(detect, change, en)] == [("quote", "altered", "completely")]
    assert found(detect, change.replace("سيتغير", "سيتغير كليا"), en) == []


def test_chronic_negligence_made_criminal_inside_the_quote_is_an_alteration():
    # الإهمال المزمن "chronic negligence" → 'criminal negligence': the charge raised; الإهمال الجنائي is criminal
    chronic = 'وانتقد النائب ما وصفه بـ"الإهمال المزمن" لشبكة نقل الغاز في المنطقة.'
    en = "The MP criticised what he called the “criminal negligence” of the region's gas network."
    assert [f[:2] + f[3:4] for f in found(detect, chronic, en)] == [("quote", "altered", "criminal")]
    assert found(detect, chronic, en.replace("criminal", "chronic")) == []
    assert found(detect, chronic.replace("المزمن", "الجنائي"), en) == []


def test_a_felt_word_under_an_english_negation_renders_a_negated_arabic_word():
    # لسنا راضين "we are not satisfied" → 'not happy': a negated word renders a negated one, nothing charged put in
    ar = 'وقالت الوزيرة: "لسنا راضين عن وتيرة العمل، وقد أوضحنا ذلك بجلاء تام."'
    assert (
        found(detect, ar, '"We are not happy with the pace, and we have made that very clear," the minister said.')
        == []
    )
    coaches = 'وقال اللاعب: "لم نلعب بأسلوبنا في الشوط الأول، ولم يكن المدربون راضين عني".'
    assert (
        found(
            detect,
            coaches,
            '"We did not play our game in the first half, and the coaches were not happy with me," the player said.',
        )
        == []
    )
    # the twin: in a quote that negates, a felt word no negation governs is still the writer's own
    negated = 'وقال المدير: "الشحنات لا تتأخر في الموانئ منذ أسبوعين، وهذا تحول كبير بالنسبة للتجار".'
    added = 'The director said: "Shipments are not delayed at the ports for two weeks, a humiliation for traders."'
    assert [f[:2] + f[3:4] for f in found(detect, negated, added)] == [("quote", "altered", "humiliation")]


def test_no_matter_how_is_no_negation_of_its_own_inside_a_quote():
    # مهما "no matter how" is said 'no matter how': a concession, no negation the Arabic quote lacks
    tunnel = "وقال الوزير: «لن نُدخل الركاب إلى نفق لم يُختبر بالكامل، مهما بلغت الضغوط التي نواجهها»."
    en = (
        '"We will not put passengers into a tunnel that has not been fully tested, no matter how much pressure we '
        'face," the minister said.'
    )
    assert found(detect, tunnel, en) == []
    # the twins: a negation the Arabic quote does not have, beside 'no matter how' or beside مهما
    plain = "وقال الوزير: «سنُدخل الركاب إلى النفق بعد اختباره بالكامل، مهما بلغت الضغوط التي نواجهها»."
    en = (
        '"We will not put passengers into the tunnel after it is fully tested, no matter how much pressure we face," '
        "the minister said."
    )
    assert [f[:2] for f in found(detect, plain, en)] == [("quote", "altered")]
    rebuild = "وقال الوزير: «سنعيد بناء المدينة مهما كلف الأمر، ولدينا خطة واضحة لذلك»."
    en = '"We will rebuild the city whatever it takes, and we have no clear plan for it," the minister said.'
    assert [f[:2] for f in found(detect, rebuild, en)] == [("quote", "altered")]


def test_for_decades_to_come_renders_its_arabic_phrase():
    # لعقود قادمة "for decades to come": عقود is also 'contracts', and 'decades' is its sense here
    ar = 'وقال المسؤول: "هذا الاتفاق يعزز شراكتنا لعقود قادمة".'
    assert (
        found(detect, ar, '"This agreement strengthens our partnership for decades to come," the official said.') == []
    )
    # the twin: a clause the Arabic quote does not have, put on after the phrase
    added = '"This agreement strengthens our partnership for decades to come and ends the war," the official said.'
    assert [f[:2] for f in found(detect, ar, added)] == [("quote", "altered")]


def test_a_negations_never_and_a_copula_are_no_words_a_cut_leaves_out():
    # لم تكن يوماً أدنى "had never been lower", لم تكد تكلف نفسها عناء "hardly bothered": يوماً، تكن، نفسها are said by
    # 'never', 'been' and the idiom, not left out
    trust = 'وحذّر المجلس من أن الثقة بالدولة "لم تكن يوماً أدنى مما هي عليه الآن".'
    assert found(detect, trust, 'The council warned that trust in the state had "never been lower."') == []
    bothered = 'وقالت المجموعة إن الشركة "لم تكد تكلف نفسها عناء" الاتصال بالصيدليات.'
    assert found(detect, bothered, 'The group said the company had "hardly bothered" to contact pharmacies.') == []
    # the twin: a quote cut before the words that carry its content is still cut
    cut = 'وحذّر المجلس من أن "الثقة بالدولة لم تكن يوماً أدنى مما هي عليه الآن بسبب الزلازل وتأخر التعويضات".'
    assert [
        f[:2] for f in found(detect, cut, 'The council warned that "trust in the state had never been lower."')
    ] == [("quote", "truncated")]


def test_a_claim_raised_inside_the_quote_is_intensified_and_its_plain_rendering_is_not():
    # each English word overstates the Arabic word's sense (a hardship made a nightmare, weakening made destruction,
    # a review made a revocation …); the plain rendering of the same quote is faithful
    cases = [
        (
            "وقال أحد السائقين إن «الانتظار على المعبر مُرهق، ونقضي أحياناً ست ساعات في الطابور».",
            'A driver said "waiting at the crossing is {}, and we sometimes spend six hours in the queue."',
            "a nightmare",
            "exhausting",
            "مُرهق",
        ),
        (
            "وقالت الجمعية إن «الجفاف والآفات أضعفا الأشجار في السنوات الأخيرة».",
            'The society said "drought and pests have {} the trees in recent years."',
            "destroyed",
            "weakened",
            "أضعفا",
        ),
        (
            "وقال المحافظ إن «تراخيص المراكب ستخضع للمراجعة بعد الحادث».",
            'The governor said "the boats\' licences will be {} after the accident."',
            "revoked",
            "reviewed",
            "للمراجعة",
        ),
        (
            "وقال الوزير إن «الحكومة ستعمل على تعزيز الشريط الحدودي خلال الأشهر المقبلة».",
            'The minister said "the government will work to {} the border strip in the coming months."',
            "seal",
            "reinforce",
            "تعزيز",
        ),
        (
            "وقال المعلم إن «الوزارة تلجأ إلى تأخير الرواتب كل شهر».",
            'The teacher said "the ministry resorts to holding salaries {} every month."',
            "hostage",
            "back",
            "تأخير",
        ),
        (
            "وقال التاجر إن «الورش الصغيرة تعاني من ارتفاع أسعار الخشب».",
            'The trader said "small workshops are being {} by the rise in timber prices."',
            "crushed",
            "hit",
            "تعاني",
        ),
        (
            "وقال رئيس البلدية إن «السلطات تعمل على دفع السكان إلى ترك أراضيهم».",
            'The mayor said "the authorities are working towards {} the residents from their land."',
            "expelling",
            "pushing",
            "دفع",
        ),
        (
            "وقال المهندس إن «التجاوزات على الشبكة تسببت بالحريق».",
            'The engineer said "{} from the grid caused the fire."',
            "theft",
            "violations",
            "التجاوزات",
        ),
    ]
    for ar, en, raised, plain, word in cases:
        assert [f[:4] for f in found(detect, ar, en.format(raised))] == [
            ("quote", "altered", word, raised.split()[-1])
        ], raised
        assert found(detect, ar, en.format(plain)) == [], plain


def test_an_intensifier_is_read_in_a_quote_the_glosses_match_loosely():
    # a long quote whose words the lexicon glosses only in part (fidelity about 0.35) is still the same quote
    ar = (
        'كما حذرت نقابة أصحاب المخابز، في بيان، من أن الزيادة "ستضر بالمخابز الصغيرة والمتوسطة التي تعاني أصلاً '
        'من ارتفاع التكاليف".'
    )
    en = (
        "The bakers' union also warned in a statement that the increase \"would {} small and medium-sized bakeries "
        'already struggling with high costs".'
    )
    assert [f[:4] for f in found(detect, ar, en.format("devastate"))] == [("quote", "altered", "ستضر", "devastate")]
    # the twin: the plain rendering
    assert found(detect, ar, en.format("harm")) == []


def test_a_strong_word_beside_the_milder_words_own_rendering_is_no_intensifier():
    # 'We strengthened … and sealed' for عززنا … وأغلقنا: عززنا has its own English word; 'sealed' renders أغلقنا
    cases = [
        (
            'وقال المسؤول: "عززنا الإجراءات الأمنية وأغلقنا المعابر الحدودية كلها".',
            '"We strengthened security measures and sealed all the border crossings," the official said.',
        ),
        (
            'وقال الوزير: "سنراجع جميع التراخيص وسنسحب المخالف منها".',
            '"We will review all licences and revoke those in violation," the minister said.',
        ),
        (
            'وقال المزارع: "نحن نعاني والديون تطحننا".',
            '"We are suffering and the debts are crushing us," the farmer said.',
        ),
    ]
    for ar, en in cases:
        assert found(detect, ar, en) == [], en
    # the twin: the milder word told by the strong one alone
    review = 'وقال الوزير: "سنراجع جميع التراخيص".'
    assert [f[:4] for f in found(detect, review, '"We will revoke all licences," the minister said.')] == [
        ("quote", "altered", "سنراجع", "revoke")
    ]


def test_an_english_word_only_five_letters_alike_an_antonym_is_no_opposite():
    # 'particularly' is no 'partial' (both keys 'parti'), so استيعاب 'comprehension' is no 'comprehensive' it reverses
    ar = 'وقال المدير إن "المستشفى لم يعد قادراً على استيعاب المرضى، ولا سيما في فصل الشتاء".'
    assert (
        found(
            detect, ar, 'The director said "the hospital can no longer cope with its patients, particularly in winter".'
        )
        == []
    )
    # nor is a short word an antonym's start: 'seeing' is no 'se…' of any row, 'were' none of 'we…'
    ar = 'وقال: "بدأ مزارعونا أخيراً يجنون ثمار سنوات من إعادة الزراعة".'
    assert found(detect, ar, '"Our farmers are finally seeing the rewards of years of replanting," he said.') == []
    # the twin: 'partial' itself against كاملة is the opposite
    ar = 'وقال الوزير إن "القوات فرضت سيطرة كاملة على المدينة".'
    assert [
        f[:4] for f in found(detect, ar, 'The minister said "the forces have imposed partial control over the city".')
    ] == [("quote", "altered", "كاملة", "partial")]


def test_a_few_renders_budaa():
    # بضعة أشهر 'a few months': 'few' renders بضعة, no opposite of the quote's بكثير
    ar = 'وقال المدرب: "تأخرنا بضعة أشهر، لكن النتائج أفضل بكثير".'
    assert found(detect, ar, 'The coach said: "We were a few months late, but the results are far better."') == []
    # the twin: 'few' where the quote says الكثير 'much' and nothing says 'a few'
    ar = 'وقال المدرب: "لقد خسرنا الكثير من المال".'
    assert [f[:4] for f in found(detect, ar, '"We have lost few funds," the coach said.')] == [
        ("quote", "altered", "الكثير", "few")
    ]


def test_so_far_is_no_distance_and_a_few_renders_maadouda():
    # 'so far' (until now) says nothing of near or far; أيام معدودة 'a few days' renders 'few'
    ar = 'وقال إن "الفرق منعت وصول الحريق إلى الخزانات القريبة، ولم تسجل أي إصابات".'
    en = "He said “the teams kept the fire from reaching nearby tanks, and no injuries have been recorded so far”."
    assert found(detect, ar, en) == []
    ar = 'وتابع أن "الاحتياجات تفوق بكثير ما هو متوفر، والمخزون لا يكفي إلا لأيام معدودة".'
    assert (
        found(detect, ar, "He said “needs far exceed what is available, and stocks will last only a few days”.") == []
    )
    # nor is 'so far from' anything but a distance
    ar2 = 'وقال المزارع: "القرية قريبة جداً من المستشفى".'
    assert [f[:4] for f in found(detect, ar2, '"The village is so far from the hospital," the farmer said.')] == [
        ("quote", "altered", "قريبة", "far")
    ]
    # the twin: 'far from' where the quote says القريبة 'near' is the opposite
    ar = 'وقال إن "الخزانات القريبة من المدينة تضررت".'
    assert [f[:4] for f in found(detect, ar, "He said “the tanks far from the city were damaged”.")] == [
        ("quote", "altered", "القريبة", "far")
    ]


def test_nothing_but_renders_a_negation_and_illa():
    # لا يريدون إلا "they want nothing but": the negative pronoun renders لا, no word added to the quote
    ar = 'وأكد رئيس لجنة الحي أن السكان "لا يريدون إلا وصول الكهرباء في مواعيدها".'
    en = 'The head of the neighbourhood committee stressed that residents "want nothing but for the electricity to {}".'
    assert found(detect, ar, en.format("arrive on time")) == []
    # the twin: 'nothing' where the Arabic quote negates nothing is still a negation put in
    ar = 'وأكد رئيس لجنة الحي أن السكان "يريدون وصول الكهرباء في مواعيدها".'
    assert [f[:2] for f in found(detect, ar, en.format("arrive on time"))] == [("quote", "altered")]


def test_a_plurals_possessive_apostrophe_is_no_quotation_mark():
    # "families' homes": the apostrophe of a possessive, no quote inside the quote; the word put in is read
    ar = 'وقال رئيس البلدية إن "بيوت العائلات ليست سلعة للمضاربة".'
    en = 'The mayor said "families\' homes are not a commodity for {}speculation".'
    assert [f[:4] for f in found(detect, ar, en.format("greedy "))] == [
        ("quote", "altered", "للمضاربة", "greedy speculation")
    ]
    # the twin: the same quote without the word put in is faithful
    assert found(detect, ar, en.format("")) == []


def test_tawassala_is_begged_and_khali_is_with_nothing():
    # توسلنا "we begged": the English 'begged' renders it, no intensifier; خالي الوفاض "empty-handed" renders 'nothing'
    ar = 'وقال أحد الصيادين: "توسلنا إليهم أن يعيدوا القارب، لكنهم رفضوا".'
    en = '"We {} them to give the boat back, but they refused," one fisherman said.'
    assert found(detect, ar, en.format("begged")) == []
    ar2 = 'وقال أحد المزارعين: "انتظرت في السوق يومين وعدت خالي الوفاض".'
    assert (
        found(detect, ar2, '"I waited at the market for two days and came back with nothing," one farmer said.') == []
    )
    # the twins: a plain request made a plea is still intensified; 'nothing' for a sale is a negation put in
    ar = 'وقال أحد الصيادين: "طلبنا منهم أن يعيدوا القارب، لكنهم رفضوا".'
    assert [f[:2] for f in found(detect, ar, en.format("begged"))] == [("quote", "altered")]
    ar2 = 'وقال أحد المزارعين: "انتظرت في السوق يومين وعدت بالمال".'
    en2 = '"I waited at the market for two days and came back with nothing," one farmer said.'
    assert [f[:2] for f in found(detect, ar2, en2)] == [("quote", "altered")]


def test_a_quote_the_glosses_do_not_recognise_is_cut_only_when_under_half_as_long():
    # no content word of the Arabic quote rendered by the glosses, the English somewhat shorter: no cut to speak of
    ar = 'وقال وسيط إن الشركات "لم تكن قط بهذه الدرجة من القلق بشأن الإمدادات".'
    assert found(detect, ar, 'A broker said companies had "never been so nervous about deliveries."') == []
    # the twin: four English words for a quote of twelve are a cut, whatever the glosses recognise
    ar = "وقال المحافظ إن الدولة «لن تتهاون مع أي مسؤول يثبت تقصيره في متابعة المباني المهددة بالانهيار»."
    assert [f[:2] for f in found(detect, ar, 'The governor said the state "will not be lenient".')] == [
        ("quote", "truncated")
    ]


def test_a_company_named_in_quotation_marks_is_no_quote():
    # شركة "…": the quoted words name the company, which the English names without marks
    ar = 'ولم تردّ شركة "يو دي إيه رابيد باص"، التي تدير المستودع، ولا هيئة الموانئ على طلبات التعليق حتى مساء أمس.'
    en = (
        "Neither UDA Rapid Bus, which runs the warehouse, nor the ports authority responded to requests for comment "
        "by last night."
    )
    assert found(detect, ar, en) == []
    # الشركة "…" with the article is the company saying something: turned into reported speech
    ar = 'وأوضحت الهيئة أن الشركة "واصلت عملها في الميناء التالي دون توقف"، داعية العملاء إلى الصبر.'
    en = "The authority said the company had continued its work at the next port without stopping, urging patience."
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "quote_as_paraphrase")]
    # the same words as a speaker's, after قال: turned into reported speech
    ar = 'وقال المدير إن "يو دي إيه رابيد باص تدير المستودع منذ عامين".'
    en = "The director said UDA Rapid Bus had run the warehouse for two years."
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "quote_as_paraphrase")]


def test_an_antonym_of_a_word_negated_through_kana_is_the_rendering():
    # لم يكن من الممكن "it was not possible" → 'impossible': the negation reaches past يكن and من
    ar = 'وقال المدير إن "القرار جاء بعد ارتفاع الأسعار، ولم يكن من الممكن الإبقاء على الرسوم القديمة".'
    en = 'The director said "the decision followed the rise in prices, and keeping the old fees was impossible".'
    assert [f for f in found(detect, ar, en) if f[1] == "altered"] == []
    # the twin: with nothing negated, 'impossible' says the opposite of الممكن
    ar = 'وقال المدير إن "القرار جاء بعد ارتفاع الأسعار، وكان من الممكن الإبقاء على الرسوم القديمة".'
    assert [f[:4] for f in found(detect, ar, en) if f[1] == "altered"] == [("quote", "altered", "الممكن", "impossible")]


def test_a_body_noun_before_a_quote_that_opens_with_a_verb_names_nothing():
    from workbench.findings._quotes import titled

    # شركة "…" names the company; حزب "يعيش في الماضي" is a party described in someone's words
    ar = 'ولم تردّ شركة "غرين لاين للنقل" على طلبات التعليق.'
    assert titled(ar, '"غرين لاين للنقل"')
    ar = 'ووصف الوزير المعارضة بأنها حزب "يعيش في الماضي ولا يفهم الواقع".'
    assert not titled(ar, '"يعيش في الماضي ولا يفهم الواقع"')


def test_the_nor_of_neither_nor_is_one_negation_with_its_neither():
    # "neither enough nor on time" for غير كافية ولا تأتي في موعدها: two negations on each side
    ar = 'ووصف النقابي الزيادة بأنها "غير كافية ولا تأتي في موعدها".'
    assert found(detect, ar, 'The unionist called the rise "neither enough nor on time".') == []
    # the twin: the Arabic quote negates nothing, and the English quote's neither … nor is the writer's
    ar = 'ووصف النقابي الزيادة بأنها "كافية وتأتي في موعدها".'
    assert [f[:2] for f in found(detect, ar, 'The unionist called the rise "neither enough nor on time".')] == [
        ("quote", "altered")
    ]


def test_completing_the_procedures_is_completing_the_paperwork():
    # استكمال الإجراءات "the completion of the procedures" → 'have completed their paperwork': no clause of the
    # English's own at the quote's end
    ar = (
        'وقال إن "عدد حجاج المدينة لهذا العام يبلغ ألفاً وثمانمئة حاج، '
        'ولم يتخلف منهم عن استكمال الإجراءات سوى عدد قليل لأسباب صحية".'
    )
    en = (
        "He said “the city has 1,800 pilgrims this year, and all but a few, kept back for health reasons, "
        "have completed their paperwork”."
    )
    assert found(detect, ar, en) == []
    # the twin: the Arabic quote says nothing of the paperwork
    ar2 = 'وقال إن "عدد حجاج المدينة لهذا العام يبلغ ألفاً وثمانمئة حاج، وقد تخلف عدد قليل منهم لأسباب صحية".'
    assert [f[:2] for f in found(detect, ar2, en)] == [("quote", "altered")]


def test_a_judging_participle_added_beside_a_rendered_adjective_alters_a_quote():
    # شعارات عنصرية "racist slogans" → 'racist and threatening slogans': the Arabic's adjective is rendered by
    # 'racist', so 'threatening' is the English's own
    ar = 'وأضاف أن "مجهولين كتبوا شعارات عنصرية على جدران المدرسة ليلة أمس".'
    en = "“Unknown people wrote racist and threatening slogans on the school walls last night,” he added."
    assert [f[:3] for f in found(detect, ar, en)] == [("quote", "altered", "شعارات")]
    # the twin: the Arabic's adjective alone
    same = "“Unknown people wrote racist slogans on the school walls last night,” he added."
    assert found(detect, ar, same) == []


def test_a_condemning_label_put_into_a_loosely_matched_quote_alters_it():
    # لفلول التنظيم "the remnants of the group" → 'the group's vermin': a label no Arabic word of the quote says
    ar = 'وقال قائد اللواء إن "المنطقة لم تعد ملاذاً لفلول التنظيم، وسنلاحقهم".'
    en = "“The area is no longer a haven for the group's vermin, and we will chase them,” the commander said."
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "altered")]
    # the twin: the remnants kept
    kept = "“The area is no longer a haven for the group's remnants, and we will chase them,” the commander said."
    assert found(detect, ar, kept) == []


def test_crippling_costs_for_the_costs_alters_a_quote():
    # هذه التكاليف "these costs" → 'these crippling costs': a word of scale no Arabic word says
    ar = 'وقال أحد المزارعين إن "سعر الطن وصل إلى 900 دينار، ولم نعد قادرين على تحمل هذه التكاليف".'
    en = (
        "“The price of a tonne has reached 900 dinars, and we can no longer bear these crippling costs,” a farmer said."
    )
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "altered")]
    # the twin: the Arabic says the costs are exorbitant (الباهظة)
    heavy = ar.replace("هذه التكاليف", "هذه التكاليف الباهظة")
    assert found(detect, heavy, en) == []


def test_blatant_added_to_a_quote_alters_it():
    # محاولة "an attempt" → 'a blatant attempt': a word of how plain it is that no Arabic word says
    ar = 'وقالت الوزارة إن "إغلاق المعبر يمثل محاولة لخنق الاقتصاد المحلي".'
    en = "The ministry said “closing the crossing is a blatant attempt to strangle the local economy”."
    assert [f[:2] for f in found(detect, ar, en)] == [("quote", "altered")]
    # the twin: the Arabic says it plainly (صارخة "flagrant")
    plain = 'وقالت الوزارة إن "إغلاق المعبر يمثل محاولة صارخة لخنق الاقتصاد المحلي".'
    assert found(detect, plain, en) == []


def test_verbs_and_idioms_are_no_words_of_scale_or_judging_participles():
    # 'are crippling our economy' for تشل "paralyse" is the verb; 'exorbitant' for خيالية "fantastic" is the idiom;
    # 'fighting and winning battles' for نقاتل وننتصر: a verb coordinated with a verb, no participle before a noun
    assert (
        found(
            detect,
            'وقال الوزير إن "العقوبات تشل اقتصادنا".',
            "The minister said “the sanctions are crippling our economy”.",
        )
        == []
    )
    prices = 'وقال أحد السكان إن "الأسعار خيالية في هذا الحي".'
    assert found(detect, prices, "One resident said “the prices are exorbitant in this district”.") == []
    battle = 'وقال القائد: "نحن نقاتل وننتصر في المعارك".'
    assert found(detect, battle, "“We are fighting and winning battles,” the commander said.") == []
    # the twin: a participle of scale before a noun the Arabic says plainly
    plain = 'وقال الوزير إن "العقوبات تضر باقتصادنا وتفرض تكاليف على المصانع".'
    en = "The minister said “the sanctions hurt our economy and impose crippling costs on factories”."
    assert [f[:2] for f in found(detect, plain, en)] == [("quote", "altered")]


def test_the_only_one_inside_a_quote_needs_an_arabic_word_of_only():
    # "The town's only hospital" for مستشفى البلدة "the town's hospital": the speaker made to say there is no other
    ar = 'وقال مدير الصحة إن "مستشفى البلدة يعاني نقصاً في أدوية التخدير".'
    en = 'The health director said: "The town\'s only hospital is short of anaesthetics."'
    assert found(detect, ar, en) == [
        ("quote", "altered", '"مستشفى البلدة يعاني نقصاً في أدوية التخدير"', "town's only", "minor")
    ]
    # the twin: المستشفى الوحيد "the only hospital"
    assert found(detect, 'وقال مدير الصحة إن "المستشفى الوحيد في البلدة يعاني نقصاً في أدوية التخدير".', en) == []


def test_around_the_clock_inside_a_quote_needs_the_arabic_to_say_it():
    # طوال الليل "all night" told as 'around the clock': made stronger; على مدار الساعة says it
    en = 'The farmer said: "The pumps run around the clock to water the orchards."'
    assert found(detect, 'وقال المزارع إن "المضخات تعمل طوال الليل لسقي البساتين".', en) == [
        ("quote", "altered", '"المضخات تعمل طوال الليل لسقي البساتين"', "around the clock", "minor")
    ]
    assert found(detect, 'وقال المزارع إن "المضخات تعمل على مدار الساعة لسقي البساتين".', en) == []


def test_twenty_four_hours_says_around_the_clock():
    en = 'The farmer said: "The pumps run around the clock to water the orchards."'
    assert found(detect, 'وقال المزارع إن "المضخات تعمل 24 ساعة يومياً لسقي البساتين".', en) == []


def test_an_emergency_case_is_no_judging_word_where_the_arabic_says_it():
    # الحالات الإسعافية "emergency cases": the adjective (إسعافي) is rendered, nothing was added inside the quote
    ar = 'وحذرت من أن "نقل الحالات الإسعافية ليلاً قد يصبح متعذراً".'
    en = "She warned that “moving emergency cases at night may become impossible”."
    assert found(detect, ar, en) == []
    # the twin: with no such word in the Arabic, 'emergency' is the English's own
    plain = 'وحذرت من أن "نقل الحالات ليلاً قد يصبح متعذراً".'
    assert [f[:4] for f in found(detect, plain, en)] == [("quote", "altered", "الحالات", "emergency cases")]


def test_harm_raised_inside_a_quote_is_an_altered_quote():
    # الدخان الكثيف "thick smoke" → 'toxic smoke', مهددة "threatened" → 'doomed', تضاعفت "doubled" → 'exploded'
    for ar, altered, kept in (
        (
            'وأضاف أن "الدخان الكثيف غطى الأحياء المجاورة".',
            'He said "toxic smoke covered the nearby neighbourhoods".',
            'He said "thick smoke covered the nearby neighbourhoods".',
        ),
        (
            'وقال إن "آلاف الأشجار مهددة بالجفاف".',
            'He said "thousands of trees are doomed".',
            'He said "thousands of trees are threatened by drought".',
        ),
        (
            'وقالت إن "الأسعار تضاعفت خلال شهر".',
            'She said "prices have exploded within a month".',
            'She said "prices have doubled within a month".',
        ),
    ):
        assert [f[:2] for f in found(detect, ar, altered)] == [("quote", "altered")]
        assert found(detect, ar, kept) == []


def test_a_name_in_marks_before_its_latin_spelling_is_no_quote():
    # شركة الصلب "إتش بي آي إس غروب سيربيا" (HBIS Group Serbia): a company's name in quotation marks, its Latin
    # spelling in brackets after it; the English writes the name without marks, no quote turned into paraphrase
    ar = 'وأمرت المحكمة شركة الصلب "إتش بي آي إس غروب سيربيا" (HBIS Group Serbia) بتعويض 37 أسرة.'
    assert found(detect, ar, "The court ordered the steelmaker HBIS Group Serbia to compensate 37 households.") == []
    # the twin: someone's words in the marks, told without them
    said = 'وقال المحامي إن "الحكم يفتح الباب أمام مئات الدعاوى المماثلة".'
    en = "The lawyer said the ruling opened the door to hundreds of similar claims."
    assert [f[:2] for f in found(detect, said, en)] == [("quote", "quote_as_paraphrase")]


def test_strong_winds_made_a_gale_inside_a_quote():
    # الرياح القوية "strong winds" → 'hurricane-force winds' inside the quote: the speaker's wind raised to a storm's
    ar = 'وقال المسؤول إن "الرياح القوية أسقطت عشرات الأشجار على الطرق".'
    raised = "The official said “hurricane-force winds brought down dozens of trees on the roads”."
    assert [f[:4] for f in found(detect, ar, raised)] == [("quote", "altered", "القوية", "hurricane")]
    # the twins: the strong winds kept, and a hurricane the Arabic names
    assert found(detect, ar, "The official said “strong winds brought down dozens of trees on the roads”.") == []
    storm = 'وقال المسؤول إن "الإعصار أسقط عشرات الأشجار على الطرق".'
    assert found(detect, storm, "The official said “the hurricane brought down dozens of trees on the roads”.") == []


def test_a_page_name_in_quotation_marks_does_not_hide_a_paraphrase_put_in_quotes():
    # the Arabic quotes only the page's name ("تويتر"); the English quotes what it reports
    en_quote = "“water will be cut for two days in the northern districts”"
    ar = 'وأعلنت مديرية المياه عبر حسابها على "تويتر" أن المياه ستقطع يومين عن الأحياء الشمالية.'
    # minor: where the Arabic has quotation marks at all, the quotes may pair badly
    assert found(detect, ar, f"The water directorate said on Twitter that {en_quote}.") == [
        ("quote", "paraphrase_as_quote", "", en_quote, "minor")
    ]
    # the same words reported without quotation marks: nothing to find
    assert found(detect, ar, "The water directorate said on Twitter that water would be cut for two days.") == []


def test_words_reported_beside_a_quote_put_in_quotation_marks_are_a_paraphrase_as_quote():
    # the Arabic quotes the repairs and reports the count of houses without marks; the English quotes the count
    ar = (
        'وقال رئيس البلدية إن "الفرق ستبدأ إصلاح الطرقات المتضررة صباح الغد"، '
        "مشيراً إلى أن السيول دمرت أربعين منزلاً في القرية."
    )
    en_quote = "“the floods destroyed forty houses in the village”"
    assert found(
        detect, ar, f"The mayor said teams would start repairing the damaged roads tomorrow, adding that {en_quote}."
    ) == [
        ("quote", "paraphrase_as_quote", "", en_quote, "minor"),
        ("quote", "quote_as_paraphrase", '"الفرق ستبدأ إصلاح الطرقات المتضررة صباح الغد"', "", "minor"),
    ]
    # the English quotes the words the Arabic quotes: faithful
    assert (
        found(
            detect,
            ar,
            "The mayor said “teams will start repairing the damaged roads tomorrow morning”, adding that "
            "the floods had destroyed forty houses in the village.",
        )
        == []
    )


def test_a_long_quote_after_a_body_noun_is_its_words_not_its_name():
    # الوكالة "…" with a clause in the marks is the agency speaking, and after a comma المهرجان names nothing
    ar = 'وأوضح المدير أن الوكالة "لا تستطيع تمويل المشاريع الجديدة، لكنها تتابع المشاريع القائمة في المحافظة".'
    en = "The director said the agency “cannot fund new projects, but follows the existing projects in the province”."
    assert [f for f in found(detect, ar, en) if f[1] == "paraphrase_as_quote"] == []
    ar = 'وقال المنظمون إن الإقبال كان كبيراً على المهرجان، "رغم الحر الشديد وارتفاع أسعار التذاكر هذا العام".'
    en = "The organisers said the festival drew crowds, “despite the intense heat and higher ticket prices this year”."
    assert [f for f in found(detect, ar, en) if f[1] == "paraphrase_as_quote"] == []
    # a one-word name in the marks pairs with no statement: the quoted statement is the English's own
    ar = 'وقال المنظمون عبر "إنستغرام" إن الإقبال كان كبيراً رغم الحر الشديد وارتفاع أسعار التذاكر.'
    en = "The organisers said on Instagram that “crowds were big despite the intense heat and higher ticket prices”."
    assert [f[1] for f in found(detect, ar, en)] == ["paraphrase_as_quote"]


def test_a_word_of_scale_is_weighed_against_its_own_quote_not_another_quote():
    # 'flagrant' for انتهاكاً: the only Arabic word glossed 'clear' (لتصفية) belongs to the second quote
    ar = (
        'وقالت الوزارة إن "القصف يمثل انتهاكاً لسيادة البلاد"، مؤكدة أنها '
        '"لن تسمح بأن تتحول أراضيها إلى ساحة لتصفية الحسابات".'
    )
    en = (
        "The ministry said “the shelling is a flagrant violation of the country's sovereignty”, stressing it "
        "“will not allow its territory to become an arena for settling scores”."
    )
    assert [(f[1], f[3]) for f in found(detect, ar, en)] == [("altered", "flagrant")]
    # the Arabic says it itself (انتهاكاً صارخاً): faithful
    twin = ar.replace("انتهاكاً لسيادة", "انتهاكاً صارخاً لسيادة")
    assert found(detect, twin, en) == []


def test_chronic_put_before_a_quoted_word_is_an_altered_quote():
    en = "The mayor said “the chronic weakness of pumping has left the eastern districts without water”."
    ar = 'وقال رئيس البلدية إن "ضعف الضخ ترك الأحياء الشرقية بلا مياه".'
    assert [(f[1], f[3]) for f in found(detect, ar, en)] == [("altered", "chronic")]
    # ضعف الضخ المزمن "the chronic weakness of pumping": the Arabic says it
    twin = 'وقال رئيس البلدية إن "ضعف الضخ المزمن ترك الأحياء الشرقية بلا مياه".'
    assert found(detect, twin, en) == []


def test_deeply_is_no_word_of_scale():
    # نأسف بشدة "we deeply regret", متجذرة "deeply rooted": how the Arabic says it, or a set phrase
    ar = 'وقال المتحدث إن "المشكلة متجذرة في المجتمع منذ عقود".'
    assert found(detect, ar, "The spokesman said “the problem has been deeply rooted in society for decades”.") == []


def test_a_speakers_word_or_two_in_quotation_marks_is_no_name():
    # "تتابع باهتمام", "كارثة حقيقية": the speaker's own words, which the English quotes with the rest of the clause
    cases = [
        (
            'وقال الناطق إن الوزارة "تتابع باهتمام" التطورات الأمنية في الجنوب.',
            "The spokesman said the ministry “is closely following security developments in the south”.",
        ),
        (
            'ووصف رئيس البلدية الفيضانات بأنها "كارثة حقيقية" ضربت المدينة.',
            "The mayor described the floods as “a real disaster that has struck the city”.",
        ),
    ]
    for ar, en in cases:
        assert [f for f in found(detect, ar, en) if f[1] == "paraphrase_as_quote"] == []
    # a page's name after عبر, which the lexicon reads only as a verb: no one's words, the statement is quoted anew
    ar = 'وأعلنت البلدية عبر "فيسبوك" أن المياه ستقطع يومين عن الأحياء الشمالية.'
    en = "The municipality said on Facebook that “water will be cut for two days in the northern districts”."
    assert [f[1] for f in found(detect, ar, en)] == ["paraphrase_as_quote"]


def test_an_english_quote_renders_the_unquoted_words_only_by_a_clear_margin():
    from workbench.findings._quotes import OUTSIDE_MARGIN, ar_quotes, renders_unquoted

    p = pair(
        'وقال رئيس البلدية إن "الفرق ستبدأ إصلاح الطرقات المتضررة صباح الغد"، '
        "مشيراً إلى أن السيول دمرت أربعين منزلاً في القرية.",
        "The mayor said teams would start repairing the roads, adding that “the floods destroyed forty houses in "
        "the village”.",
    )
    en_quote = "“the floods destroyed forty houses in the village”"
    # four of its five words match the unquoted Arabic (0.8): it renders them unless as many match the quote
    assert renders_unquoted(p, en_quote, ar_quotes(p), 0.8 - OUTSIDE_MARGIN)
    assert not renders_unquoted(p, en_quote, ar_quotes(p), 0.8 - OUTSIDE_MARGIN + 0.05)
