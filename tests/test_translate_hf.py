"""hf: and ct2: translators, the translation cache, batching and `workbench models` on a tiny real model.

The session fixture trains a 2-layer Marian model (seconds on CPU) that reproduces the pairs in
tests/tiny_marian.py exactly, so every assertion below is on exact English.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from workbench import models
from workbench.errors import TranslatorError
from workbench.translate import base
from workbench.translate.batching import plan_batches, run_batched, split_long
from workbench.translate.cache import TranslationCache, cache_key

try:
    from tiny_marian import PAIRS, TRANSLATIONS, build_tiny_marian
except ImportError:  # pragma: no cover - run with tests/ as a package
    from tests.tiny_marian import PAIRS, TRANSLATIONS, build_tiny_marian

SOURCES = [ar for ar, _ in PAIRS]
TARGETS = [en for _, en in PAIRS]
LONG = "ذهب الولد إلى المدرسة، وعاد في المساء"
LONG_EN = "The boy went to school, and came back in the evening."


@pytest.fixture(scope="session")
def models_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A models folder holding the tiny model (tiny-marian) and its CTranslate2 conversion."""
    root = tmp_path_factory.mktemp("models")
    build_tiny_marian(root / "tiny-marian")
    return root


@pytest.fixture(scope="session")
def tiny_dir(models_root: Path) -> Path:
    return models_root / "tiny-marian"


@pytest.fixture(scope="session")
def ct2_dir(models_root: Path) -> Path:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WORKBENCH_MODELS_DIR", str(models_root))
        return models.convert("tiny-marian")


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, models_root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own cache file and a fresh translator registry; models come from models_root."""
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("WORKBENCH_MODELS_DIR", str(models_root))
    monkeypatch.setattr(base, "_LOADED", {})
    return tmp_path


def _hf(model: str | Path, **options):  # type: ignore[no-untyped-def]
    from workbench.translate.hf import HFTranslator

    return HFTranslator(str(model), **options)


# --- batching (pure) -------------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())


def test_split_long_prefers_clause_boundaries() -> None:
    sentence = "قال الوزير إن الاجتماع كان مثمرا؛ وأضاف أن المحادثات ستستمر، وأن الوفد سيعود غدا"
    assert split_long(sentence, 6, _words) == [
        "قال الوزير إن الاجتماع كان مثمرا؛",
        "وأضاف أن المحادثات ستستمر،",
        "وأن الوفد سيعود غدا",
    ]
    assert split_long(sentence, 100, _words) == [sentence]


def test_split_long_falls_back_to_wa_then_words_never_truncates() -> None:
    sentence = "وصل الرئيس إلى القاهرة وعقد اجتماعا مطولا مع رئيس الحكومة الجديدة"
    pieces = split_long(sentence, 5, _words)
    assert pieces == ["وصل الرئيس إلى القاهرة", "وعقد اجتماعا مطولا مع رئيس", "الحكومة الجديدة"]
    assert " ".join(pieces) == sentence


def test_plan_batches_sorts_by_length_and_respects_budget() -> None:
    lengths = [3, 10, 1, 7, 10, 2]
    batches = plan_batches(lengths, max_tokens=28)
    assert batches == [[1, 4], [3, 0, 5, 2]]
    assert all(len(b) * max(lengths[i] for i in b) <= 28 for b in batches)
    assert plan_batches([50, 1], max_tokens=20) == [[0], [1]]  # over budget: alone, not dropped


def test_run_batched_restores_input_order() -> None:
    items = ["ccc", "a", "bbbb", "dd"]
    out = run_batched(items, [len(i) for i in items], lambda b: [items[i].upper() for i in b], max_tokens=4)
    assert out == ["CCC", "A", "BBBB", "DD"]


# --- hf: translator --------------------------------------------------------------------------


def test_hf_reproduces_training_pairs(tiny_dir: Path) -> None:
    translator = _hf(tiny_dir, cache=False)
    assert translator.engine.family == "marian"
    assert translator.translate(SOURCES) == TARGETS
    assert translator.translate([]) == []


def test_get_translator_by_name_in_models_folder() -> None:
    translator = base.get_translator("hf:tiny-marian")
    assert translator.name == "hf:tiny-marian"
    assert translator.signature.startswith("hf:tiny-marian [hf:tiny-marian@")
    assert translator.translate(["نعم", "", "شكرا جزيلا"]) == ["Yes.", "", "Thank you very much."]
    assert base.get_translator("hf:tiny-marian") is translator  # loaded once per process


def test_order_preserved_under_length_sorting(tiny_dir: Path) -> None:
    shuffled = SOURCES[:]
    random.Random(7).shuffle(shuffled)
    translator = _hf(tiny_dir, cache=False, max_batch_tokens=24)
    assert translator.translate(shuffled) == [TRANSLATIONS[s] for s in shuffled]
    assert translator.engine.calls > 3  # really many length-sorted batches


def test_long_sentence_split_at_comma_and_joined(tiny_dir: Path) -> None:
    translator = _hf(tiny_dir, cache=False)
    first, second = LONG.split("، ")
    limit = max(translator.engine.count_tokens(first + "،"), translator.engine.count_tokens(second))
    assert translator.engine.count_tokens(LONG) > limit
    split = _hf(tiny_dir, cache=False, max_input_tokens=limit)
    assert split.translate([LONG, "نعم"]) == [LONG_EN, "Yes."]


def test_cache_hit_on_second_run_skips_the_model(tiny_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _hf(tiny_dir)
    assert first.translate(SOURCES[:5]) == TARGETS[:5]
    assert first.engine.calls == 1
    second = _hf(tiny_dir)  # a new process would be the same: the cache is on disk

    def no_model(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("model called on a cache hit")

    monkeypatch.setattr(second.engine.model, "generate", no_model)
    # Same sentences with diacritics and extra spaces normalise to the same keys.
    variants = [SOURCES[0].replace("قال", "قَالَ"), "  " + SOURCES[1] + " ", *SOURCES[2:5]]
    assert second.translate(variants) == TARGETS[:5]
    assert second.engine.calls == 0
    stats = TranslationCache().stats()
    assert stats["entries"] == 5
    assert list(stats["models"]) == [first.fingerprint]  # type: ignore[call-overload]


def test_cache_only_translates_misses_once(tiny_dir: Path) -> None:
    translator = _hf(tiny_dir)
    translator.translate(SOURCES[:3])
    calls: list[list[str]] = []
    original = translator.engine.translate
    translator.engine.translate = lambda s: calls.append(list(s)) or original(s)  # type: ignore[method-assign]
    assert translator.translate([SOURCES[0], SOURCES[5], SOURCES[5], SOURCES[1]]) == [
        TARGETS[0],
        TARGETS[5],
        TARGETS[5],
        TARGETS[1],
    ]
    assert calls == [[SOURCES[5]]]


def _writer(path: str, worker: int) -> None:
    cache = TranslationCache(Path(path))
    for i in range(100):
        cache.put_many("fp", {f"s{i}": f"t{i}", f"w{worker}-{i}": "x"})


def test_cache_is_shared_by_processes(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    TranslationCache(path).put_many("fp", {"s0": "t0"})
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_writer, args=(str(path), w)) for w in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0, 0]
    cache = TranslationCache(path)
    assert cache.stats()["entries"] == 100 + 300
    assert cache.get_many("fp", ["s5", "w2-99", "nope"]) == {"s5": "t5", "w2-99": "x"}
    assert cache_key("قَالَ  الوزير ") == "قال الوزير"


def test_missing_model_is_one_clear_line() -> None:
    with pytest.raises(TranslatorError) as error:
        base.get_translator("hf:opus-mt-xx-yy")
    message = str(error.value)
    assert "\n" not in message
    assert "no model 'opus-mt-xx-yy'" in message
    assert "workbench models pull" in message and "copy a model directory" in message


def test_pickle_only_checkpoint_refused_unless_allowed(tiny_dir: Path, tmp_path: Path) -> None:
    import torch
    from safetensors.torch import load_file

    pickled = tmp_path / "pickled"
    shutil.copytree(tiny_dir, pickled)
    state = load_file(pickled / "model.safetensors")
    (pickled / "model.safetensors").unlink()
    torch.save(state, pickled / "pytorch_model.bin")
    with pytest.raises(TranslatorError) as error:
        _hf(pickled)
    assert str(pickled) in str(error.value) and "--allow-pickle" in str(error.value)
    assert "\n" not in str(error.value)
    assert _hf(pickled, allow_pickle=True, cache=False).translate(SOURCES[:3]) == TARGETS[:3]


# --- ct2: translator -------------------------------------------------------------------------


def test_ct2_matches_hf_greedy(tiny_dir: Path, ct2_dir: Path) -> None:
    from workbench.translate.ct2 import CT2Translator

    assert ct2_dir == tiny_dir.parent / "tiny-marian-ct2"
    assert models.inspect_dir(ct2_dir).family == "marian"
    ct2 = CT2Translator(str(ct2_dir), cache=False)
    assert ct2.engine.compute_type == "int8"
    hf_out = _hf(tiny_dir, cache=False).translate(SOURCES)
    assert ct2.translate(SOURCES) == hf_out == TARGETS
    assert ct2.translate([LONG]) != [""]


def test_ct2_by_name_and_cache(ct2_dir: Path) -> None:
    translator = base.get_translator("ct2:tiny-marian")  # the transformers name finds its -ct2 conversion
    assert translator.engine.model_dir.path == ct2_dir
    assert translator.translate(["نعم", "تضررت مئات المنازل"]) == ["Yes.", "Hundreds of homes were damaged."]
    again = base.get_translator("ct2:tiny-marian-ct2")
    assert again.translate(["نعم"]) == ["Yes."]
    assert again.engine.calls == 0
    assert translator.fingerprint.startswith("ct2:tiny-marian-ct2@")


# --- CLI: models / cache / compare ------------------------------------------------------------


def _app() -> click.Group:
    from workbench.cli import cli

    return cli


def test_models_list_info_and_convert_cli(ct2_dir: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(_app(), ["models", "list"])
    assert listed.exit_code == 0, listed.output
    assert "tiny-marian " in listed.output and "--translator ct2:tiny-marian-ct2" in listed.output
    assert "Helsinki-NLP/opus-mt-ar-en" in listed.output and "CC-BY-NC-4.0" in listed.output
    info = runner.invoke(_app(), ["models", "info", "tiny-marian"])
    assert json.loads(info.output)["family"] == "marian"
    again = runner.invoke(_app(), ["models", "convert", "tiny-marian"])
    assert again.exit_code == 2 and "already exists" in again.output


def test_models_pull_without_network_exits_2_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    result = CliRunner().invoke(_app(), ["models", "pull", "Helsinki-NLP/opus-mt-ar-en"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "no network" in lines[0] and "copy the whole model directory" in lines[0]


def test_models_remove(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_dir: Path) -> None:
    monkeypatch.setenv("WORKBENCH_MODELS_DIR", str(tmp_path))
    shutil.copytree(tiny_dir, tmp_path / "copy")
    result = CliRunner().invoke(_app(), ["models", "remove", "copy"])
    assert result.exit_code == 0 and not (tmp_path / "copy").exists()
    assert CliRunner().invoke(_app(), ["models", "remove", "copy"]).exit_code == 2


def test_cache_stats_and_clear_cli(tiny_dir: Path) -> None:
    _hf(tiny_dir).translate(SOURCES[:4])
    runner = CliRunner()
    stats = json.loads(runner.invoke(_app(), ["cache", "stats", "--json"]).output)
    assert stats["entries"] == 4
    cleared = runner.invoke(_app(), ["cache", "clear"])
    assert cleared.exit_code == 0 and "removed 4" in cleared.output
    assert json.loads(runner.invoke(_app(), ["cache", "stats", "--json"]).output)["entries"] == 0


@pytest.mark.parametrize("translator", ["hf:tiny-marian", "ct2:tiny-marian-ct2"])
def test_compare_end_to_end_with_model_translator(translator: str, tmp_path: Path, ct2_dir: Path) -> None:
    cli = _app()
    ar = tmp_path / "ar.txt"
    en = tmp_path / "en.txt"
    ar.write_text("\n".join(SOURCES[:4]) + "\n", encoding="utf-8")
    en.write_text("\n".join(TARGETS[:4]) + "\n", encoding="utf-8")
    args = ["compare", str(ar), str(en), "--translator", translator, "--presegmented", "--format", "json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["translator"] == translator
    assert out["translations"] == TARGETS[:4]
    assert [link["ar"] for link in out["links"]] == [[0], [1], [2], [3]]


def test_hub_id_resolves_to_its_folder_name(tiny_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_MODELS_DIR", str(tmp_path))
    shutil.copytree(tiny_dir, tmp_path / "opus-mt-tiny")
    assert models.resolve("Helsinki-NLP/opus-mt-tiny").path == tmp_path / "opus-mt-tiny"


@pytest.mark.parametrize(
    ("model_type", "tokenizer_class", "family"),
    [
        ("marian", "MarianTokenizer", "marian"),
        ("m2m_100", "NllbTokenizerFast", "nllb"),
        ("m2m_100", "M2M100Tokenizer", "m2m100"),
        ("t5", "T5Tokenizer", "unknown"),
    ],
)
def test_family_from_config_and_tokenizer(tmp_path: Path, model_type: str, tokenizer_class: str, family: str) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"model_type": model_type}))
    (tmp_path / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": tokenizer_class}))
    (tmp_path / "model.safetensors").write_bytes(b"")
    model = models.inspect_dir(tmp_path)
    assert (model.kind, model.family, model.pickle_only) == ("transformers", family, False)
    if family == "unknown":
        with pytest.raises(TranslatorError, match="unsupported model type"):
            _hf(tmp_path)


def test_compare_with_missing_model_exits_2_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "ar.txt").write_text("نعم\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Yes.\n", encoding="utf-8")
    args = ["compare", str(tmp_path / "ar.txt"), str(tmp_path / "en.txt"), "--translator", "hf:opus-mt-xx-yy"]
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "workbench models pull" in result.output
