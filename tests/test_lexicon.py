"""Tests for the offline Buckwalter-based glosser (workbench.translate.lexicon)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench import morphology
from workbench.morphology import FORMAT_VERSION, cache_file, get_morphology, load_index
from workbench.translate.base import get_translator
from workbench.translate.lexicon import LexiconTranslator
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
    # ليلاً "at night" (its letters, normalised, are those of لئلا "lest", which the first reading gave)
    assert tr.translate(["يعمل ليلاً"]) == ["work at night"]
    # عالقة "stuck, stranded" (the first reading gave 'related', from علاقة)
    assert tr.translate(["شاحنات عالقة"]) == ["trucks stuck"]
    # شهدت "saw" (a place or a time that sees events; the first reading gave 'witnessed'), مواجهات "clashes" (first
    # 'confrontations'), فك "end" (فك الحصار "lifting the siege"; first 'detach')
    assert tr.translate(["شهدت المدينة مواجهات"]) == ["saw the city clashes"]
    assert tr.translate(["لفك الحصار"])[0].startswith("to end")


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


def test_cache_reload_reads_the_cache_and_gives_identical_output(
    tr: LexiconTranslator, cache_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = ["وقالت الحكومة العراقية إن ٣ أشخاص قتلوا في بغداد.", "زار كاظم الأنباري حوران"]
    index = load_index()  # builds and caches it, or reads the cache

    def no_build(*args: object) -> None:
        raise AssertionError("the cached index should have been read")

    monkeypatch.setattr(morphology, "build_index", no_build)
    assert load_index() == index
    assert LexiconTranslator(cache_dir=cache_dir).translate(sentences) == tr.translate(sentences)


def test_unreadable_cache_is_rebuilt(tr: LexiconTranslator, tmp_path: Path) -> None:
    cache_file(tmp_path).write_bytes(b"not JSON \x80")
    again = LexiconTranslator(cache_dir=tmp_path)
    assert again.translate(["بالعراق"]) == tr.translate(["بالعراق"])
    assert json.loads(cache_file(tmp_path).read_text(encoding="utf-8"))["format"] == FORMAT_VERSION


def test_translator_uses_the_shared_morphology_unless_given_its_own(tr: LexiconTranslator, tmp_path: Path) -> None:
    assert tr.morphology is get_morphology()
    path = tmp_path / "overrides.tsv"
    path.write_text("الحكومة\tcabinet\n", encoding="utf-8")
    own = LexiconTranslator(overrides=path)
    assert own.morphology is not get_morphology() and own.morphology.index is get_morphology().index
    assert own.translate(["الحكومة"]) == ["cabinet"]
    assert tr.translate(["الحكومة"]) == ["the government"]


def test_news_senses_of_queues_and_checkpoints(tr: LexiconTranslator) -> None:
    # الطوابير 'queues' and السيطرات 'checkpoints' (Iraqi usage), not 'battalions' and 'control'; the
    # singular سيطرة keeps its first sense
    assert tr.translate(["والطوابير"]) == ["and the queues"]
    assert tr.translate(["السيطرات"]) == ["the checkpoints"]
    assert "control" in tr.translate(["السيطرة"])[0]
