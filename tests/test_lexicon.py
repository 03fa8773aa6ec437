"""Tests for the offline Buckwalter-based glosser (workbench.translate.lexicon)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.translate.base import get_translator
from workbench.translate.lexicon import FORMAT_VERSION, LexiconTranslator, load_index, past_tense, plural
from workbench.translate.romanize import romanize


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WORKBENCH_CACHE_DIR", str(path))
        yield str(path)


@pytest.fixture(scope="module")
def tr(cache_dir: str) -> LexiconTranslator:
    return LexiconTranslator()


def test_clitics_and_definite_article(tr: LexiconTranslator) -> None:
    assert tr.translate(["والحكومة"]) == ["and the government"]
    assert tr.translate(["بالعراق"]) == ["in Iraq"]
    assert "iraq" in tr.translate(["بالعراق"])[0].lower()


def test_overrides_and_multiword_phrases(tr: LexiconTranslator) -> None:
    assert tr.translate(["قال وزير الخارجية"])[0].startswith("said minister")
    assert tr.translate(["وكانون الثاني"]) == ["and January"]
    assert tr.translate(["يناير"]) == ["January"]


def test_stem_from_lexicon_with_suffix_and_tense(tr: LexiconTranslator) -> None:
    assert tr.translate(["المدارس"]) == ["the schools"]
    assert tr.translate(["سيكتب"]) == ["will write"]
    assert tr.translate(["قالوا"]) == ["said"]


def test_proper_name_in_lexicon(tr: LexiconTranslator) -> None:
    assert tr.translate(["وصل محمد إلى بغداد"]) == ["arrived Muhammad to Baghdad"]


def test_unknown_names_are_romanised(tr: LexiconTranslator) -> None:
    assert tr.translate(["فرانكنشتاين"]) == ["franknshtayn"]
    assert tr.translate(["وفرانكنشتاين"]) == ["and franknshtayn"]
    assert romanize("كاظم") == "kazim"
    assert romanize("الأنباري") == "al-anbari"
    assert romanize("زوران") == "zoran"


def test_digits_and_punctuation(tr: LexiconTranslator) -> None:
    assert tr.translate(["قتل ٣ أشخاص في ٢٠٢٠"]) == ["killed 3 people in 2020"]
    assert tr.translate(["٣٫٥٪"]) == ["3.5%"]
    assert tr.translate(["«لن»، هل؟"]) == ["“will not”, whether?"]


def test_adjective_after_definite_noun_drops_repeated_the(tr: LexiconTranslator) -> None:
    assert tr.translate(["القوات الأمريكية"]) == ["the forces American"]
    assert tr.translate(["الحكومة الجديدة"]) == ["the government new"]


def test_one_output_per_sentence_in_order(tr: LexiconTranslator) -> None:
    out = tr.translate(["بغداد", "", "العراق", "   "])
    assert out == ["Baghdad", "", "Iraq", ""]
    assert tr.translate([]) == []


def test_registry_returns_lexicon(cache_dir: str) -> None:
    translator = get_translator("lexicon")
    assert isinstance(translator, LexiconTranslator)
    assert translator.name == "lexicon"
    assert translator.signature.startswith("lexicon (buckwalter v")


def test_cache_reload_is_fast_and_gives_identical_output(tr: LexiconTranslator, cache_dir: str) -> None:
    sentences = ["وقالت الحكومة العراقية إن ٣ أشخاص قتلوا في بغداد.", "زار كاظم الأنباري حوران"]
    start = time.perf_counter()
    index = load_index()
    assert time.perf_counter() - start < 2.0
    assert index.fingerprint == load_index().fingerprint
    assert LexiconTranslator().translate(sentences) == tr.translate(sentences)


def test_unreadable_cache_is_rebuilt(tr: LexiconTranslator, tmp_path: Path) -> None:
    (tmp_path / f"lexicon-index-v{FORMAT_VERSION}.pickle").write_bytes(b"not a pickle")
    again = LexiconTranslator(cache_dir=tmp_path)
    assert again.translate(["بالعراق"]) == tr.translate(["بالعراق"])


def test_english_inflection() -> None:
    assert [past_tense(v) for v in ("say", "take part", "stop", "carry", "announce", "visit")] == [
        "said",
        "took part",
        "stopped",
        "carried",
        "announced",
        "visited",
    ]
    assert [plural(n) for n in ("school", "city", "crisis", "box", "forces")] == [
        "schools",
        "cities",
        "crises",
        "boxes",
        "forces",
    ]
