"""The pair view: each analysis of an aligned pair worked out once, indexed like the pair's sentences."""

from __future__ import annotations

import pickle

from findings_helpers import pair

from workbench.findings._hedges import arabic_markers, english_markers
from workbench.findings._mentions import arabic_mentions, english_mentions
from workbench.findings._negations import arabic_negations, english_negations
from workbench.findings._numbers import arabic_quantities, english_quantities
from workbench.findings._quotes import pair_quotes
from workbench.findings._verbs import arabic_verbs, english_verbs
from workbench.findings._words import ar_tokens, en_tokens, gloss_stems
from workbench.text.quotes import find_quotes

AR = "وقال وزير الخارجية العراقي: «لن نسمح بأي هجوم»."
EN = 'The Iraqi foreign minister said: "We will not allow any attack."'


def test_the_view_holds_what_the_helpers_find_per_sentence() -> None:
    p = pair(AR, EN)
    v = p.view
    assert v.ar_tokens == (tuple(ar_tokens(AR)),)
    assert v.en_tokens == (tuple(en_tokens(EN)),)
    assert v.ar_glosses == (tuple(gloss_stems(t.text) for t in ar_tokens(AR)),)
    assert v.ar_quotes == (tuple(find_quotes(AR)),) and len(v.ar_quotes[0]) == 1
    assert v.en_quotes == (tuple(find_quotes(EN)),) and len(v.en_quotes[0]) == 1
    assert (v.quote_pairs, v.unpaired_ar_quotes) == pair_quotes(p)
    quoted = ('"We will not allow any attack."', "«لن نسمح بأي هجوم»")
    assert [(q.en_quote, q.ar_quote) for q in v.quote_pairs] == [quoted]
    assert v.ar_verbs == (tuple(arabic_verbs(AR)),)
    assert [x.text for x in v.ar_verbs[0]] == ["وقال"]
    assert [x.text for x in v.en_verbs[0]] == ["said"]
    assert v.en_verbs == (tuple(english_verbs(EN)),)
    assert v.ar_negations == tuple(arabic_negations(p))
    assert [n.text for n in v.ar_negations] == ["لن نسمح"]
    assert v.en_negations == tuple(english_negations(p))
    assert [n.text for n in v.en_negations] == ["not allow"]
    assert v.ar_mentions == (tuple(arabic_mentions(AR, p.renderings[0])),)
    assert v.en_mentions == (tuple(english_mentions(EN)),)
    assert [m.text for m in v.en_mentions[0]] == ["Iraqi"]


def test_the_view_holds_the_hedges_and_numbers_of_each_side() -> None:
    ar = "وقال المسؤول إن ثلاثة جنود ربما قتلوا في الهجوم."
    p = pair(ar, "The official said three soldiers may have been killed.")
    v = p.view
    assert v.ar_markers == tuple(arabic_markers(p))
    assert v.en_markers == tuple(english_markers(p))
    assert [(m.text, m.family) for m in v.ar_markers] == [("ربما", "possibility")]
    assert [(m.text, m.family) for m in v.en_markers] == [("may", "possibility")]
    # quantities compare by identity: the same figures, read once
    assert [[(q.text, q.value) for q in found] for found in v.ar_numbers] == [
        [(q.text, q.value) for q in arabic_quantities(p.ar[0].text)]
    ]
    assert [[q.text for q in found] for found in v.ar_numbers] == [["ثلاثة"]]
    assert [[(q.text, q.value) for q in found] for found in v.en_numbers] == [[("three", 3.0)]]
    assert [(q.text, q.value) for q in english_quantities(p.en[0].text)] == [("three", 3.0)]
    assert v.ar_numbers[0][0] is v.ar_numbers[0][0]


def test_a_pair_without_verbs_negations_or_quotes_has_empty_analyses() -> None:
    p = pair("ارتفعت أسعار النفط اليوم.", "Oil prices rose today.")
    v = p.view
    assert v.ar_verbs == ((),) and v.en_verbs == ((),)
    assert v.ar_negations == () and v.en_negations == ()
    assert v.ar_quotes == ((),) and v.quote_pairs == () and v.unpaired_ar_quotes == ()
    assert v.ar_markers == () and v.en_markers == () and v.ar_numbers == ((),) and v.en_numbers == ((),)


def test_each_analysis_is_worked_out_once_and_kept_with_the_pair() -> None:
    p = pair(AR, EN)
    assert p.view is p.view
    first = p.view.ar_verbs
    assert p.view.ar_verbs is first
    # an equal pair built again is another object with a view of its own
    q = pair(AR, EN)
    assert q == p and q.view is not p.view


def test_a_pickled_pair_leaves_its_view_behind_and_works_it_out_again() -> None:
    p = pair(AR, EN)
    verbs = p.view.ar_verbs
    q = pickle.loads(pickle.dumps(p))
    assert "view" in p.__dict__ and "view" not in q.__dict__
    assert q == p and q.view.ar_verbs == verbs


def test_the_detectors_read_their_analyses_from_the_view() -> None:
    from workbench.findings import run_detectors

    p = pair(AR, EN)
    assert set(p.view.__dict__) == {"pair"}  # nothing worked out before a detector asks
    run_detectors([p])
    read = {"ar_verbs", "en_verbs", "ar_negations", "en_negations", "quote_pairs", "unpaired_ar_quotes"}
    read |= {"ar_markers", "en_markers", "ar_numbers", "en_numbers", "ar_mentions", "en_mentions", "ar_glosses"}
    assert read <= set(p.view.__dict__)


def test_the_documents_of_a_pair_are_shared_by_pickled_pairs_and_left_out_of_equality_and_repr() -> None:
    from dataclasses import replace

    from workbench.records import Sentence

    doc = tuple(Sentence(k, f"Sentence number {k} of a long report.", 0, 10) for k in range(200))
    p = replace(pair(AR, EN), en_document=doc)
    q = replace(pair(AR, EN), en_document=doc[:1])
    assert p == q and hash(p) == hash(q)  # a pair is its link and sentences
    assert "Sentence number" not in repr(p)
    one = len(pickle.dumps(p))
    both = pickle.loads(pickle.dumps([p, replace(p, link=replace(p.link, ar=(1,)))]))
    assert both[0].en_document is both[1].en_document == doc  # one copy of the document, not one per pair
    assert len(pickle.dumps(both)) < 1.5 * one
