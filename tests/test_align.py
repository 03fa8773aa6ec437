"""The aligner's behaviours: one-to-one, merges, splits, omissions, additions, crossing links, anchors."""

import numpy as np
import pytest

from workbench.align import align, monotone_search, skeleton
from workbench.pipeline import compare
from workbench.translate import get_translator

# "Renderings" of Arabic sentences, as a translator would give them, and an English rewrite.
SRC = [
    "the minister of electricity said production rose to 24 thousand megawatts",
    "the ministry plans new power stations in basra and nasiriyah next year",
    "protests broke out in basra last summer over power cuts",
    "the governor of basra called for calm",
    "officials said the grid lost 3 stations in the storm",
    "the ministry of oil will supply gas to the stations from march",
]
EN = [
    "The electricity minister said output had risen to 24,000 megawatts.",
    "New power stations are planned in Basra and Nasiriyah next year.",
    "Officials said three stations were knocked out of the grid by the storm.",
    "The oil ministry will provide the stations with gas from March.",
    "Basra saw protests last summer over power cuts.",
    "The province's governor called for calm.",
]


def groups(links):
    return sorted((link.ar, link.en) for link in links)


def test_every_sentence_in_exactly_one_link_with_scores_in_range():
    links = align(SRC, EN)
    assert sorted(i for link in links for i in link.ar) == list(range(len(SRC)))
    assert sorted(j for link in links for j in link.en) == list(range(len(EN)))
    assert all(0.0 <= link.score <= 1.0 for link in links)


def test_moved_paragraph_comes_back_as_crossing_links():
    # Arabic 2-3 (protests, governor) were moved to the end of the English
    assert groups(align(SRC, EN)) == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (4,)), ((3,), (5,)), ((4,), (2,)), ((5,), (3,)),
    ]


def test_merge_and_split_are_found():
    en = [
        "The electricity minister said output had risen to 24,000 megawatts, and new power stations are "
        "planned in Basra and Nasiriyah next year.",
        "Protests broke out in Basra last summer over power cuts.",
        "The governor of Basra called for calm.",
        "Officials said the grid lost three stations in the storm.",
        "The oil ministry will supply gas to the stations from March.",
    ]
    assert ((0, 1), (0,)) in groups(align(SRC, en))
    src = [
        "the governor of basra called for calm after protests broke out over power cuts in the summer heat",
        "the ministry of oil will supply gas to the stations from march",
    ]
    en = [
        "Basra's governor called for calm.",
        "Protests had broken out over power cuts in the summer heat.",
        "The oil ministry will supply the stations with gas from March.",
    ]
    assert groups(align(src, en)) == [((0,), (0, 1)), ((1,), (2,))]


def test_omission_and_addition_are_left_unlinked():
    en = [EN[0], EN[1], "Iraq has suffered power shortages since 2003, according to the UN.", EN[2], EN[3]]
    src = SRC[:2] + SRC[4:] + ["the ministry thanked engineers who worked through the holiday"]
    result = groups(align(src, en))
    assert ((), (2,)) in result  # addition
    assert ((4,), ()) in result  # omission
    assert ((2,), (3,)) in result and ((3,), (4,)) in result


def test_anchors_are_kept_even_against_the_evidence():
    result = groups(align(SRC, EN, anchors=[((0,), (1,)), ((1,), ())]))
    assert ((0,), (1,)) in result
    assert ((1,), ()) in result
    assert ((0,), (0,)) not in result


def test_anchor_errors():
    with pytest.raises(ValueError, match="out of range"):
        align(SRC, EN, anchors=[((9,), (0,))])
    with pytest.raises(ValueError, match="overlap"):
        align(SRC, EN, anchors=[((0,), (0,)), ((0,), (1,))])


def test_confident_links_score_high_and_unmatched_sentences_low_rivals():
    links = align(SRC, EN)
    one_to_one = [link for link in links if link.ar and link.en]
    assert min(link.score for link in one_to_one) > 0.5


def test_empty_sides():
    assert groups(align([], EN[:2])) == [((), (0,)), ((), (1,))]
    assert groups(align(SRC[:1], [])) == [((0,), ())]


def test_monotone_search_is_a_pure_function_of_the_gains():
    gain = np.array([[2.0, -1.0, -1.0], [-1.0, -1.0, 3.0], [-1.0, 1.0, -1.0]])
    found = monotone_search({(1, 1): gain}, [0, 1, 2], [0, 1, 2])
    assert [(a, e) for a, e, _ in found] == [((0,), (0,)), ((1,), (2,))]  # 1+2 beats 2+... only monotone


def test_transliteration_skeletons_match():
    assert skeleton("Houran") == skeleton("Horan") == skeleton("hawran")
    assert skeleton("al-Anbari") == skeleton("Anbari")


def test_pipeline_aligns_a_reordered_arabic_article_through_the_lexicon():
    ar = (
        "قال وزير الكهرباء إن الإنتاج ارتفع إلى ٢٤ ألف ميغاواط.\n"
        "وتخطط الوزارة لبناء محطات جديدة في البصرة والناصرية.\n"
        "واندلعت احتجاجات في البصرة الصيف الماضي بسبب انقطاع الكهرباء.\n"
        "وأعلنت وزارة النفط أنها ستزود المحطات بالغاز اعتباراً من آذار.\n"
    )
    en = (
        "The electricity minister said production rose to 24,000 megawatts.\n"
        "The oil ministry announced it will supply the stations with gas from March.\n"
        "The ministry plans to build new stations in Basra and Nasiriyah.\n"
        "Protests broke out in Basra last summer over power cuts.\n"
    )
    result = compare(ar, en, get_translator("lexicon"))
    assert groups(result.links) == [((0,), (0,)), ((1,), (2,)), ((2,), (3,)), ((3,), (1,))]
