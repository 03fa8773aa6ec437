"""Partial articles and abstention at the pipeline level: other material, uncertain links, gap scores."""

import json

import numpy as np

from workbench.pipeline import compare, settle_findings
from workbench.records import Finding, Link
from workbench.report import comparison_to_dict
from workbench.report.text import to_text
from workbench.translate import get_translator

AR = (
    "أعلنت وزارة الصحة العراقية، اليوم الاثنين، افتتاح مستشفى جديد في مدينة البصرة بسعة ٢٠٠ سرير.\n\n"
    "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة.\n\n"
    "وأضاف أن كلفة المشروع بلغت ٤٠ مليون دولار.\n\n"
    "وأشار إلى أن الوزارة تخطط لافتتاح مستشفيين آخرين في ذي قار وميسان العام المقبل.\n"
)
STORY = (
    "Iraq's health ministry on Monday opened a new 200-bed hospital in Basra.\n\n"
    "A ministry spokesman said the hospital will serve more than half a million people in the province.\n\n"
    "He added that the project cost $40 million.\n\n"
    "The ministry plans to open two more hospitals in Dhi Qar and Maysan next year.\n"
)
OTHER_STORY = (
    "Flooding in northern Syria has displaced thousands of families this week. "
    "Aid agencies warned that camps near Idlib lack clean water.\n\n"
)
OWN_REMARK = "\nThe opening comes as patients complain of crumbling wards across the south.\n"


def _compare(en_text):
    return compare(AR, en_text, get_translator("lexicon"))


def test_another_story_stitched_in_front_is_other_material_not_additions():
    c = _compare(OTHER_STORY + STORY)
    assert c.other_material == (0, 1)
    assert not [f for f in c.findings if f.type == "addition"]
    # they stay links with an empty Arabic side; nothing Arabic is forced onto them
    assert {(link.ar, link.en) for link in c.links if not link.ar} == {((), (0,)), ((), (1,))}
    assert sorted((link.ar, link.en) for link in c.links if link.ar) == [((i,), (i + 2,)) for i in range(4)]
    data = comparison_to_dict(c)
    assert data["summary"]["other_material"] == [0, 1]
    text = to_text(c)
    assert "Not from this source (en 1,2)" in text and "  added  " not in text


def test_a_writers_own_closing_remark_stays_an_addition():
    c = _compare(STORY + OWN_REMARK)
    assert c.other_material == ()
    additions = [f for f in c.findings if f.type == "addition"]
    assert [(f.en_sentence, f.ar_sentence) for f in additions] == [(4, None)]
    # its score is the confidence that it really has no counterpart
    gap = next(link for link in c.links if link.en == (4,))
    assert additions[0].score == gap.score and gap.score >= 0.5
    assert json.loads(json.dumps(comparison_to_dict(c)))["summary"]["other_material"] == []


def test_a_closing_sentence_that_turns_to_another_item_is_other_material():
    c = _compare(STORY + "\nSeparately, flooding in northern Syria displaced thousands of families this week.\n")
    assert c.other_material == (4,)
    assert not [f for f in c.findings if f.type == "addition"]
    # the same sentence without the turn, alone at the end, is an addition (as the closing remark above)
    c = _compare(STORY + "\nFlooding in northern Syria displaced thousands of families this week.\n")
    assert c.other_material == ()
    assert [f.en_sentence for f in c.findings if f.type == "addition"] == [4]


def _finding(type_, ar, en, severity="major"):
    return Finding(type_, "", ar, en, "", "", severity, 0.9, "")


def test_findings_on_uncertain_links_are_downgraded_and_other_material_is_not_an_addition():
    links = [Link((0,), (0,), 0.95), Link((1,), (1,), 0.3, uncertain=True), Link((), (2,), 0.9), Link((), (3,), 0.9)]
    findings = [
        _finding("number", 0, 0),
        _finding("number", 1, 1),
        _finding("addition", None, 2),
        _finding("addition", None, 3),
    ]
    settled = settle_findings(findings, links, other=(3,))
    assert [(f.type, f.ar_sentence, f.en_sentence, f.severity) for f in settled] == [
        ("number", 0, 0, "major"),
        ("number", 1, 1, "minor"),
        ("addition", None, 2, "major"),
    ]


def test_a_gap_that_closely_resembles_a_sentence_on_the_other_side_is_only_minor():
    from workbench.pipeline import best_similarities

    # Arabic 0 before the only link, English 1 after it: they do not face each other
    links = [Link((0,), (), 0.8), Link((1,), (0,), 0.9), Link((), (1,), 0.8)]
    omission = Finding("omission", "", 0, None, "ar", "", "major", 0.8, "no counterpart")
    addition = Finding("addition", "", None, 1, "", "en", "major", 0.8, "no counterpart")
    # the aligner left them unlinked, but the omitted Arabic resembles an English sentence (0.7):
    # a counterpart was probably missed, so the omission is minor; the addition resembles nothing (0.3)
    settled = settle_findings([omission, addition], links, (), ar_best=[0.7, 0.9], en_best=[0.9, 0.3])
    assert [(f.type, f.severity) for f in settled] == [("omission", "minor"), ("addition", "major")]
    # without vectors nothing changes
    assert [f.severity for f in settle_findings([omission, addition], links, ())] == ["major", "major"]
    src = np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]], dtype=np.float32)
    tgt = np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32)
    ar_best, en_best = best_similarities(src, tgt, block=2)  # blocks give the same maxima as one product
    assert np.allclose(ar_best, (src @ tgt.T).max(axis=1)) and np.allclose(en_best, (src @ tgt.T).max(axis=0))
    assert best_similarities(None, tgt) == (None, None)


def test_an_omission_and_an_addition_facing_each_other_are_only_minor():
    # between the same two links: the English may be the Arabic reworded beyond what the aligner saw
    links = [Link((0,), (0,), 0.9), Link((1,), (), 0.8), Link((), (1,), 0.8), Link((2,), (2,), 0.9)]
    omission = Finding("omission", "", 1, None, "ar", "", "major", 0.8, "no counterpart")
    addition = Finding("addition", "", None, 1, "", "en", "major", 0.8, "no counterpart")
    settled = settle_findings([omission, addition], links, (), ar_best=[0.9, 0.2, 0.9], en_best=[0.9, 0.2, 0.9])
    assert [(f.type, f.severity) for f in settled] == [("omission", "minor"), ("addition", "minor")]
    # the same gaps in different places (the addition after the last link) face nothing: both stay major
    apart = [Link((0,), (0,), 0.9), Link((1,), (), 0.8), Link((2,), (1,), 0.9), Link((), (2,), 0.8)]
    addition = Finding("addition", "", None, 2, "", "en", "major", 0.8, "no counterpart")
    settled = settle_findings([omission, addition], apart, (), ar_best=[0.9, 0.2, 0.9], en_best=[0.9, 0.9, 0.2])
    assert [(f.type, f.severity) for f in settled] == [("omission", "major"), ("addition", "major")]
    # an English sentence of other material facing the omission is no counterpart either
    assert [f.severity for f in settle_findings([omission], links, (1,))] == ["major"]


def test_a_gap_whose_meaning_a_neighbouring_link_carries_is_only_minor():
    links = [Link((0,), (0,), 0.9), Link((), (1,), 0.8), Link((1,), (2,), 0.9)]
    addition = Finding("addition", "", None, 1, "", "en", "major", 0.8, "no counterpart")
    assert [f.severity for f in settle_findings([addition], links, (), joinable=((), (1,)))] == ["minor"]
    assert [f.severity for f in settle_findings([addition], links, (), joinable=((), ()))] == ["major"]


def test_the_same_finding_read_twice_is_reported_once_at_its_graver_severity():
    from dataclasses import replace

    links = [Link((0,), (0,), 0.9)]
    minor = Finding("certainty", "hedge_removed", 0, 0, "أفادت مصادر أمنية", "", "minor", 0.6, "unnamed sources")
    major = replace(minor, severity="major")
    assert settle_findings([minor, major], links, ()) == [major]
    # the twin: another span, or another English sentence, is another finding
    other = replace(minor, ar_span="ويُرجّح")
    assert settle_findings([minor, other], links, ()) == [minor, other]
