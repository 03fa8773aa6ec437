"""The shared word helpers of the detectors (findings/_words.py) and the word lists they read."""

from __future__ import annotations

from workbench.findings._words import GLOSS_SKIP, ar_tokens, match_phrases, strip_clitics
from workbench.lexicons import load


def test_strip_clitics_takes_the_longest_prefix_that_leaves_a_word() -> None:
    assert strip_clitics("وبالمدينه") == "مدينه"
    assert strip_clitics("للحكومه") == "حكومه"
    assert strip_clitics("فقال") == "قال"


def test_strip_clitics_keeps_two_letters() -> None:
    assert strip_clitics("لا") == "لا"
    assert strip_clitics("وله") == "له"  # و leaves two letters; ول would leave one


def test_a_phrase_matches_when_its_first_word_carries_a_conjunction_or_preposition() -> None:
    phrases = {("بحسب",): "cue", ("مصادر", "امنيه"): "source"}
    tokens = ar_tokens("وبحسب مصادر أمنية")
    assert match_phrases(tokens, phrases) == [(0, 1, "cue"), (1, 3, "source")]


def test_a_phrase_does_not_match_another_word_with_the_same_letters_inside() -> None:
    phrases = {("بحسب",): "cue"}
    assert match_phrases(ar_tokens("وحسبما أفادت المصادر"), phrases) == []
    assert match_phrases(ar_tokens("وحسب المصادر"), {("حسب",): "cue"}) == [(0, 1, "cue")]


def test_each_clitic_row_spells_its_parts() -> None:
    rows = load("clitics_ar.tsv")
    assert len({row[0] for row in rows}) == len(rows) == 18
    for prefix, parts, gloss, *_lists in rows:
        assert "".join(parts.split()).replace("لال", "لل") == prefix, prefix
        assert gloss


def test_gloss_skip_holds_function_words_only() -> None:
    assert {"the", "of", "to", "one's"} <= GLOSS_SKIP
    assert not {"say", "not", "attack"} & GLOSS_SKIP


def test_ar_tokens_gives_each_caller_its_own_list() -> None:
    tokens = ar_tokens("قال الوزير")
    tokens.pop()
    assert [t.text for t in ar_tokens("قال الوزير")] == ["قال", "الوزير"]
    assert [t.text for t in ar_tokens("قال")] == ["قال"]


def test_a_plurals_possessive_is_no_quotation_mark_but_a_single_quote_is():
    from workbench.findings._words import has_quote_marks

    assert not has_quote_marks("patients' lives are not a playground")
    assert not has_quote_marks("the boy's toys")
    # the twins: a single mark that opens a quote, and a possessive beside one, are quotation marks
    assert has_quote_marks("he called it 'a disgrace' and left")
    assert has_quote_marks("the farmers' union called it 'theft'")
