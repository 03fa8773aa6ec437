"""Tests for the English matching helpers (workbench.text.english): each with a case it changes and one it leaves."""

from __future__ import annotations

from workbench.text.english import STOPWORDS, content_stems, past_tense, plural, stem, tokens, turns_to_another_story


def test_stem_matches_inflected_forms() -> None:
    assert [stem(w) for w in ("said", "says", "forces", "killed", "stopped", "planning", "cities", "quickly")] == [
        "say",
        "say",
        "force",
        "kill",
        "stop",
        "plan",
        "city",
        "quick",
    ]
    assert stem("taxes") == "tax" and stem("estimates") == stem("estimate")
    assert stem("Reuters’s") == "reuter"
    # irregular pasts and plurals reach their base, so that a gloss of the base finds them
    assert [stem(w) for w in ("spent", "dealt", "taught", "withdrew", "feet", "crises")] == [
        "spend",
        "deal",
        "teach",
        "withdraw",
        "foot",
        "crisis",
    ]


def test_stem_leaves_short_words_and_numbers() -> None:
    assert [stem(w) for w in ("bus", "run", "2023", "was")] == ["bus", "run", "2023", "be"]


def test_tokens_keep_apostrophes_and_number_separators() -> None:
    assert tokens("U.S. troops’ base, 3,500 men; don’t") == ["U", "S", "troops", "base", "3,500", "men", "don’t"]
    assert tokens("— , ; !") == []


def test_content_stems_drop_stopwords() -> None:
    assert content_stems("The forces said they killed 3 men") == ["force", "kill", "3", "man"]
    assert content_stems("and the of it was") == []
    assert "said" in STOPWORDS and "forces" not in STOPWORDS


def test_past_tense_inflects_the_first_word() -> None:
    assert [
        past_tense(v) for v in ("say", "take part", "stop", "carry", "announce", "free", "cry", "ban", "play", "visit")
    ] == [
        "said",
        "took part",
        "stopped",
        "carried",
        "announced",
        "freed",
        "cried",
        "banned",
        "played",
        "visited",
    ]


def test_past_tense_leaves_past_forms_and_non_words() -> None:
    assert [past_tense(v) for v in ("visited", "3D", "")] == ["visited", "3D", ""]


def test_plural_inflects_the_last_word() -> None:
    assert [plural(n) for n in ("school", "box", "man", "bus", "policy", "day", "the army", "crisis")] == [
        "schools",
        "boxes",
        "men",
        "buses",
        "policies",
        "days",
        "the armies",
        "crises",
    ]


def test_plural_leaves_plurals_participles_and_non_words() -> None:
    assert [plural(n) for n in ("forces", "killed", "meeting", "F-16")] == ["forces", "killed", "meeting", "F-16"]


def test_a_sentence_opening_with_a_turn_to_another_item_is_told_apart() -> None:
    assert turns_to_another_story("Separately, the port authority said a tanker ran aground.")
    assert turns_to_another_story("In neighbouring Jordan, farmers reported small swarms.")
    assert turns_to_another_story("Also on Friday, a bus overturned near the capital.")
    # the same words elsewhere, a near-miss opening, or a speaker's own words in quotes do not
    assert not turns_to_another_story("The port authority said separately that a tanker ran aground.")
    assert not turns_to_another_story("Separate talks on the tanker are due next week.")
    assert not turns_to_another_story("Also on the agenda is the price of bread.")
    assert not turns_to_another_story("“Meanwhile, our crops are dying,” a farmer said.")


def test_stem_keeps_a_double_s_and_a_verb_in_eed() -> None:
    # the s of press, loss, access is the word's own; exceed is no past of 'exc'; sold is sell's past
    assert stem("press") == stem("presses") == stem("pressed") == "press"
    assert stem("loss") == stem("losses") == "loss"
    assert stem("pass") == stem("passed")
    assert stem("exceed") == stem("exceeded") == stem("exceeds")
    assert stem("sold") == stem("sell")
    # the twins: a plural s and a past -ed still go
    assert stem("cities") == stem("city") and stem("killed") == stem("kill") and stem("agreed") == stem("agree")
