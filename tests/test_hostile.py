"""Hostile and unlucky inputs (issue 18): size caps, concurrent runs, broken caches, stray folders.

Each error case must come out as one line on stderr and exit status 2, with nothing already
done lost.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.errors import InputError
from workbench.reading import read_input

ROOT = Path(__file__).resolve().parent.parent
AR = "قال وزير النفط إن الإنتاج ارتفع إلى ثلاثة ملايين برميل يومياً.\nوأضاف أن العمل مستمر في البصرة.\n"
EN = "The oil minister said production rose to three million barrels a day.\nHe added that work continues in Basra.\n"


def one_line_error(result, *parts: str) -> None:
    """The CLI failed with exit 2 and one line on stderr holding every part, and no traceback."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for part in parts:
        assert part in lines[0]
    assert "Traceback" not in result.output


def cli_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **extra}
    return env


# ---------------------------------------------------------------------------------------------
# Input size cap


def test_dev_zero_is_refused_at_the_limit_naming_it_and_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.5")
    with pytest.raises(InputError) as err:
        read_input("/dev/zero", lang="ar")
    assert str(err.value) == (
        "/dev/zero: larger than the input limit of 0.5 MB; set WORKBENCH_MAX_INPUT_MB to raise it "
        "(e.g. WORKBENCH_MAX_INPUT_MB=1)"
    )


def test_a_file_over_the_limit_is_refused_and_raising_the_limit_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "ar.txt"
    big.write_text(AR * 2000, encoding="utf-8")  # ~0.3 MB
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.1")
    with pytest.raises(InputError, match=r"ar.txt: larger than the input limit of 0.1 MB"):
        read_input(str(big), lang="ar")
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "1")
    assert read_input(str(big), lang="ar")[1] == AR * 2000


def test_exactly_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "en.txt"
    path.write_bytes(b"Five words in a row." + b" " * (1000 - 20))
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.001")
    assert read_input(str(path), lang="en")[1].startswith("Five words")
    path.write_bytes(path.read_bytes() + b" ")
    with pytest.raises(InputError, match="larger than the input limit of 0.001 MB"):
        read_input(str(path), lang="en")


@pytest.mark.parametrize("value", ["lots", "0", "-3", "nan", "inf"])
def test_a_bad_limit_setting_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", value)
    with pytest.raises(InputError, match=f"WORKBENCH_MAX_INPUT_MB='{value}'"):
        read_input("/dev/zero", lang="ar")


def test_endless_standard_input_is_cut_at_the_limit_with_one_line(tmp_path: Path) -> None:
    en = tmp_path / "en.txt"
    en.write_text(EN, encoding="utf-8")
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run(
            [sys.executable, "-m", "workbench.cli", "compare", "-", str(en)],
            stdin=zero,
            capture_output=True,
            text=True,
            timeout=120,
            env=cli_env(WORKBENCH_MAX_INPUT_MB="2"),
        )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "workbench: error: standard input: larger than the input limit of 2 MB; "
        "set WORKBENCH_MAX_INPUT_MB to raise it (e.g. WORKBENCH_MAX_INPUT_MB=4)"
    ]


# ---------------------------------------------------------------------------------------------
# Batch: one run per results file; errors on the way out are one line


def make_pairs(root: Path, n: int) -> Path:
    for k in range(n):
        folder = root / f"p{k:03d}"
        folder.mkdir(parents=True)
        (folder / "ar.txt").write_text(AR, encoding="utf-8")
        (folder / "en.txt").write_text(EN, encoding="utf-8")
    return root


def test_two_concurrent_batch_runs_on_one_output_give_each_id_once(tmp_path: Path) -> None:
    corpus = make_pairs(tmp_path / "pairs", 40)
    out = tmp_path / "results.jsonl"
    command = [sys.executable, "-m", "workbench.cli", "batch", str(corpus), "--out", str(out), "-j", "1", "-q"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
    runs = [(p.wait(timeout=300), *p.communicate()) for p in (first, second)]
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == [f"p{k:03d}" for k in range(40)]
    codes = sorted(code for code, _, _ in runs)
    # both at once: one is refused; one after the other: the second finds everything done
    assert codes in ([0, 0], [0, 2])
    for (code, _stdout, stderr), other in zip(runs, (second, first), strict=True):
        if code == 2:
            assert stderr.splitlines() == [
                f"workbench: error: {out}: in use by another workbench run (process {other.pid}); "
                "wait for it to finish or choose another --out"
            ]


def test_a_run_on_a_locked_output_is_refused_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    from workbench.batch import lock_output

    corpus = make_pairs(tmp_path / "pairs", 2)
    out = tmp_path / "results.jsonl"
    with lock_output(out):
        result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(out), "-j", "1"])
    one_line_error(result, f"{out}: in use by another workbench run (process {os.getpid()})")
    assert not out.exists()
    # the lock is gone with the run that held it
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


@contextlib.contextmanager
def _held_lock(tmp_path: Path, content: str | None) -> Iterator[tuple[Path, int]]:
    """(the results path, the lock file's descriptor) while another holder has locked it; ``content``,
    when given, is what that holder wrote into the lock file."""
    import fcntl

    lock_path = tmp_path / ".results.jsonl.lock"
    if content is not None:
        lock_path.write_text(content, encoding="ascii")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield tmp_path / "results.jsonl", fd
    finally:
        os.close(fd)


def _refusal(out: Path) -> str:
    from workbench.batch import lock_output

    with pytest.raises(InputError) as refused:
        with lock_output(out):
            pass
    return str(refused.value)


def test_the_refusal_waits_for_the_holder_to_write_its_number(tmp_path: Path) -> None:
    """The holder writes its number just after taking the lock: a refusal in between still names it."""
    import threading

    with _held_lock(tmp_path, None) as (out, fd):  # held, number not written yet
        writer = threading.Timer(0.2, lambda: os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0))
        writer.start()
        assert f"in use by another workbench run (process {os.getpid()});" in _refusal(out)
        writer.join()


def test_a_stale_number_in_the_lock_file_is_never_named(tmp_path: Path) -> None:
    from workbench.batch import _started, lock_output

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    with _held_lock(tmp_path, f"{gone.pid}\n") as (out, _):  # left by a run that was killed
        assert _refusal(out) == f"{out}: in use by another workbench run; wait for it to finish or choose another --out"
    # a run writes its number and start time, and leaves neither behind when it ends
    lock_path = tmp_path / ".results.jsonl.lock"
    with lock_output(out):
        assert lock_path.read_text(encoding="ascii") == f"{os.getpid()} {_started(os.getpid())}\n"
    assert lock_path.read_text(encoding="ascii") == ""


def test_a_number_another_live_process_was_given_since_is_never_named(tmp_path: Path) -> None:
    from workbench.batch import _started

    # our own, live number, but a start time that is not ours: a killed run's number given to us since
    with _held_lock(tmp_path, f"{os.getpid()} 1\n") as (out, fd):
        assert "(process" not in _refusal(out)
        # with its own start time the same number is named
        os.pwrite(fd, f"{os.getpid()} {_started(os.getpid())}\n".encode("ascii"), 0)
        assert f"(process {os.getpid()})" in _refusal(out)


def test_the_lock_is_released_when_a_run_fails(tmp_path: Path) -> None:
    from workbench.batch import run_batch

    corpus = make_pairs(tmp_path / "pairs", 1)
    out = tmp_path / "results.jsonl"
    out.write_text("not a results file\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a JSON line"):
        run_batch(corpus, out, workers=1)
    out.unlink()
    assert run_batch(corpus, out, workers=1).ok == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_batch_into_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    corpus = make_pairs(tmp_path / "pairs", 1)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(folder / "r.jsonl"), "-q"])
    finally:
        folder.chmod(0o755)
    one_line_error(result, f"{folder / 'r.jsonl'}: cannot write there (Permission denied)")


def test_batch_onto_a_device_is_refused_with_one_line(tmp_path: Path) -> None:
    corpus = make_pairs(tmp_path / "pairs", 1)
    out = tmp_path / "r.jsonl"
    out.symlink_to("/dev/full")  # reads as endless zeros: a resume scan must never start on it
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(out), "-q"])
    one_line_error(result, f"{out}: is not a regular file")


def test_batch_when_the_disk_fills_is_one_line_saying_what_is_kept(tmp_path: Path) -> None:
    import resource
    import signal

    corpus = make_pairs(tmp_path / "pairs", 3)
    out = tmp_path / "r.jsonl"
    out.write_text("", encoding="utf-8")

    def small_disk() -> None:  # writes past 2 KB fail as on a full disk (EFBIG instead of ENOSPC)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, 2_000))

    command = [sys.executable, "-m", "workbench.cli", "batch", str(corpus), "--out", str(out), "-j", "1", "-q"]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=300, env=cli_env(), preexec_fn=small_disk)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"workbench: error: {out}: writing failed (File too large); ")
    assert "the pairs written before are kept" in lines[0]
    kept = out.read_bytes()
    # the whole lines written before are intact; the rerun resumes from them
    proc = subprocess.run(command, capture_output=True, text=True, timeout=300, env=cli_env())
    assert proc.returncode == 0, proc.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == ["p000", "p001", "p002"]
    assert out.read_bytes().startswith(kept[: kept.rfind(b"\n") + 1])


def test_a_results_line_nested_100000_deep_is_one_line(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    results.write_text('{"id": "x", "links": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "csv", "--out", str(tmp_path / "f.csv")])
    one_line_error(result, f"{results}, line 1: JSON nested too deeply")
    corpus = make_pairs(tmp_path / "pairs", 1)
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(results), "-q"])
    one_line_error(result, f"{results}, line 1: not a JSON line")


def test_a_manifest_line_nested_100000_deep_is_one_line(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(manifest), "--out", str(tmp_path / "r.jsonl")])
    one_line_error(result, f"{manifest}, line 1: JSON nested too deeply")


# ---------------------------------------------------------------------------------------------
# The translation cache is an optimisation: a broken one is bypassed with one warning


class DictEngine:
    """Stands in for a loaded model: translates the test's sentences from a table, counts calls."""

    TABLE = {
        "قال الوزير إن الاجتماع كان مثمرا": "The minister said the meeting was fruitful.",
        "أعلنت الحكومة خطة جديدة للتعليم": "The government announced a new education plan.",
        "وصل الرئيس إلى القاهرة صباح اليوم": "The president arrived in Cairo this morning.",
    }

    def __init__(self, weights: Path) -> None:
        self.weights = weights
        self.calls = 0

    def fingerprint(self, cache) -> str:  # type: ignore[no-untyped-def]
        from workbench.models import file_digest

        digest = cache.digest(self.weights) if cache else file_digest(self.weights)
        return f"dict@{digest[:16]}"

    def translate(self, sentences: list[str]) -> list[str]:
        self.calls += 1
        return [self.TABLE[s] for s in sentences]


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    (tmp_path / "cache").mkdir()
    return tmp_path / "cache" / "translations.sqlite"


def compare_through_cache(tmp_path: Path, cache_file: Path):  # type: ignore[no-untyped-def]
    """Compare the table's sentences with their English through a cached translator; the comparison."""
    from workbench.pipeline import compare
    from workbench.translate.cache import CachingTranslator, TranslationCache

    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"weights")
    translator = CachingTranslator(DictEngine(weights), cache=TranslationCache(cache_file, timeout=0.2))
    ar = "\n".join(DictEngine.TABLE)
    en = "\n".join(DictEngine.TABLE.values())
    return compare(ar, en, translator, presegmented=True), translator


def test_a_working_cache_is_used_and_says_nothing(tmp_path: Path, cache_file: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    first, _ = compare_through_cache(tmp_path, cache_file)
    second, translator = compare_through_cache(tmp_path, cache_file)
    assert first.translations == second.translations == tuple(DictEngine.TABLE.values())
    assert translator.engine.calls == 0  # every sentence came from the cache
    assert capfd.readouterr().err == ""


def test_a_corrupt_cache_still_gives_the_comparison_with_one_warning(tmp_path: Path, cache_file: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    cache_file.write_bytes(b"this is not a database" * 100)
    result, _ = compare_through_cache(tmp_path, cache_file)
    assert result.translations == tuple(DictEngine.TABLE.values())
    assert cache_file.read_bytes() == b"this is not a database" * 100  # left as it was
    assert capfd.readouterr().err.splitlines() == [
        f"workbench: warning: translation cache {cache_file}: is corrupt (file is not a database); going on without it"
    ]


def test_a_locked_cache_still_gives_the_comparison_with_one_warning(tmp_path: Path, cache_file: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from workbench.translate.cache import TranslationCache

    made = TranslationCache(cache_file)
    made.put_many("fp", {"a": "b"})  # a real cache file in WAL mode
    made.close()
    holder = sqlite3.connect(cache_file, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")  # another process holds it: nobody else may read or write
    try:
        result, _ = compare_through_cache(tmp_path, cache_file)
    finally:
        holder.rollback()
        holder.close()
    assert result.translations == tuple(DictEngine.TABLE.values())
    assert capfd.readouterr().err.splitlines() == [
        f"workbench: warning: translation cache {cache_file}: is locked by another process (database is locked); "
        "going on without it"
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only files")
def test_a_read_only_cache_still_serves_its_hits(cache_file: Path) -> None:
    from workbench.translate.cache import TranslationCache

    cache = TranslationCache(cache_file)
    cache.put_many("fp", {"a": "b"})
    cache.close()
    for p in cache_file.parent.iterdir():
        p.chmod(0o444)
    cache_file.parent.chmod(0o555)
    try:
        ro = TranslationCache(cache_file)
        assert ro.get_many("fp", ["a", "c"]) == {"a": "b"}
        ro.put_many("fp", {"c": "d"})  # skipped, no error
        assert ro.broken is None and ro.read_only
    finally:
        cache_file.parent.chmod(0o755)


def test_cache_stats_on_a_corrupt_file_is_one_line_and_clear_removes_it(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(cache_file.parent))
    model_env = cache_file
    model_env.write_bytes(b"garbage" * 100)
    result = CliRunner().invoke(cli, ["cache", "stats"])
    one_line_error(
        result,
        f"translation cache {model_env}: is corrupt (file is not a database); ",
        "`workbench cache clear` removes it",
    )
    result = CliRunner().invoke(cli, ["cache", "clear"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"removed the cache file {model_env}: it is corrupt (file is not a database)\n"
    assert not model_env.exists()
    result = CliRunner().invoke(cli, ["cache", "stats"])
    assert result.exit_code == 0 and result.stdout.startswith(f"{model_env}: 0 translations")


# ---------------------------------------------------------------------------------------------
# models remove: only model folders, never through a link


def fake_model(folder: Path, *, kind: str = "transformers") -> Path:
    folder.mkdir(parents=True)
    if kind == "transformers":
        (folder / "config.json").write_text('{"model_type": "marian"}', encoding="utf-8")
        (folder / "model.safetensors").write_bytes(b"weights")
    else:
        (folder / "model.bin").write_bytes(b"weights")
        (folder / "config.json").write_text("{}", encoding="utf-8")
    return folder


@pytest.fixture
def models_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    monkeypatch.setenv("WORKBENCH_MODELS_DIR", str(folder))
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.mark.parametrize("kind", ["transformers", "ctranslate2"])
def test_models_remove_deletes_a_model_folder(models_dir: Path, kind: str) -> None:
    fake_model(models_dir / "opus-mt-ar-en", kind=kind)
    result = CliRunner().invoke(cli, ["models", "remove", "opus-mt-ar-en"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"removed {models_dir / 'opus-mt-ar-en'}\n"
    assert not (models_dir / "opus-mt-ar-en").exists()


def test_models_remove_refuses_a_folder_that_holds_no_model(models_dir: Path) -> None:
    documents = models_dir / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("keep me", encoding="utf-8")
    (documents / "config.json").write_text('{"name": "settings, not a model"}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["models", "remove", "Documents"])
    one_line_error(result, f"{documents}: holds no model the workbench recognises", "not removed")
    assert (documents / "letter.txt").read_text(encoding="utf-8") == "keep me"


def test_models_remove_never_goes_through_a_symlink(models_dir: Path, tmp_path: Path) -> None:
    outside = fake_model(tmp_path / "elsewhere" / "real-model")
    (models_dir / "linked").symlink_to(outside)
    result = CliRunner().invoke(cli, ["models", "remove", "linked"])
    one_line_error(result, f"{models_dir / 'linked'}: is a symbolic link; not removing through it")
    assert (outside / "model.safetensors").is_file() and (models_dir / "linked").is_symlink()


def test_models_remove_leaves_what_links_inside_a_model_point_at(models_dir: Path, tmp_path: Path) -> None:
    model = fake_model(models_dir / "with-link")
    keep = tmp_path / "keep.txt"
    keep.write_text("outside", encoding="utf-8")
    (model / "notes.txt").symlink_to(keep)
    assert CliRunner().invoke(cli, ["models", "remove", "with-link"]).exit_code == 0
    assert not model.exists() and keep.read_text(encoding="utf-8") == "outside"


@pytest.mark.parametrize("name", ["..", ".", "a/b", ""])
def test_models_remove_refuses_a_path_for_a_name(models_dir: Path, name: str) -> None:
    one_line_error(CliRunner().invoke(cli, ["models", "remove", name]), "is not a model folder name")


# ---------------------------------------------------------------------------------------------
# Segmentation: no sentence of unbounded length


def test_a_line_without_punctuation_is_cut_into_sentences_of_bounded_length() -> None:
    from workbench.text.segment import MAX_SENTENCE_CHARS, segment

    words = [f"word{k}" for k in range(20_000)]  # ~130 KB, not one sentence end
    text = " ".join(words)
    sentences = segment(text, "en")
    assert len(sentences) == len(text) // MAX_SENTENCE_CHARS + 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # cut at spaces: every word is whole, in order, exactly once
    assert [w for s in sentences for w in s.text.split()] == words


def test_a_long_sentence_is_cut_after_a_clause_boundary() -> None:
    from workbench.text.segment import segment

    clause = "وقال المسؤول إن الوضع مستقر في المدينة منذ أسابيع عدة"  # 53 characters
    text = "، ".join([clause] * 30) + "."
    sentences = segment(text, "ar")
    assert [len(s.text) for s in sentences] == [54 + 55 * 17, 54 + 55 * 11]
    assert sentences[0].text.endswith(clause + "،") and sentences[1].text.startswith(clause)
    assert sentences[1].end == len(text)


def test_an_unbroken_run_of_letters_is_cut_at_the_limit() -> None:
    from workbench.text.segment import MAX_SENTENCE_CHARS, segment

    text = "x" * 2500
    assert [(s.start, s.end) for s in segment(text, "en")] == [(0, 1000), (1000, 2000), (2000, 2500)]
    assert MAX_SENTENCE_CHARS == 1000


def test_sentences_under_the_limit_are_not_cut() -> None:
    from workbench.text.segment import segment

    sentence = "The minister said " + "the talks went on " * 50 + "until late."  # 929 characters
    text = f"{sentence} {sentence}"
    assert [s.text for s in segment(text, "en")] == [sentence, sentence]


# ---------------------------------------------------------------------------------------------
# Pickle weights the safe loader refuses, even with --allow-pickle


def marian_with_pickle(folder: Path, payload: object) -> Path:
    """A Marian model folder (real tokenizer, config) whose only weights are ``payload`` pickled by torch."""
    import torch
    from transformers import MarianConfig

    try:
        from tiny_marian import PAIRS, _train_spm
    except ImportError:  # pragma: no cover - run with tests/ as a package
        from tests.tiny_marian import PAIRS, _train_spm

    folder.mkdir(parents=True)
    pieces = _train_spm([a for a, _ in PAIRS], folder / "source.spm") + _train_spm(
        [e for _, e in PAIRS], folder / "target.spm"
    )
    vocab = {"</s>": 0, "<unk>": 1}
    for piece in pieces:
        vocab.setdefault(piece, len(vocab))
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    MarianConfig(
        vocab_size=len(vocab),
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=16,
        decoder_ffn_dim=16,
        pad_token_id=vocab["<pad>"],
        decoder_start_token_id=vocab["<pad>"],
        eos_token_id=0,
    ).save_pretrained(folder)
    torch.save(payload, folder / "pytorch_model.bin")
    return folder


def test_pickle_weights_the_safe_loader_refuses_are_one_line_with_allow_pickle(tmp_path: Path) -> None:
    import datetime

    model = marian_with_pickle(tmp_path / "planted", {"weight": datetime.date(2020, 1, 1)})  # not a tensor
    ar, en = tmp_path / "ar.txt", tmp_path / "en.txt"
    ar.write_text(AR, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    args = ["compare", str(ar), str(en), "-t", f"hf:{model}", "--device", "cpu"]
    refused = CliRunner().invoke(cli, args)
    one_line_error(refused, f"{model} has only pickle weights", "--allow-pickle")
    result = CliRunner().invoke(cli, [*args, "--allow-pickle"])
    one_line_error(result, f"{model}: pickle weights refused even with --allow-pickle: they hold objects or code")


# ---------------------------------------------------------------------------------------------
# TMX: an id with control characters still gives a TMX that parses


def test_a_pair_id_with_control_characters_gives_a_tmx_that_parses(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    (tmp_path / "ar.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    pid = "pair\u0001\u001b[31mone"
    manifest.write_text(json.dumps({"id": pid, "ar": "ar.txt", "en": "en.txt"}) + "\n", encoding="utf-8")
    results = tmp_path / "r.jsonl"
    assert CliRunner().invoke(cli, ["batch", str(manifest), "--out", str(results), "-j", "1", "-q"]).exit_code == 0
    assert json.loads(results.read_text(encoding="utf-8"))["id"] == pid
    tmx = tmp_path / "a.tmx"
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "tmx", "--out", str(tmx)])
    assert result.exit_code == 0, result.output
    units = ET.parse(tmx).getroot().findall("./body/tu")
    assert [u.get("tuid") for u in units] == ["pair  [31mone:1", "pair  [31mone:2"]
    assert [u.find("prop[@type='x-pair-id']").text for u in units] == ["pair  [31mone"] * 2


def test_a_manifest_id_with_a_lone_surrogate_is_one_line(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"id": "a\\ud800b", "ar": "ar.txt", "en": "en.txt"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(manifest), "--out", str(tmp_path / "r.jsonl")])
    one_line_error(result, f"{manifest}, line 1: 'id' holds a lone surrogate escape")


def test_a_results_line_with_a_lone_surrogate_is_one_line_for_csv(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    results.write_text('{"id": "ok", "error": "x"}\n{"id": "a\\ud800b", "error": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "csv", "--out", str(tmp_path / "f.csv")])
    one_line_error(result, f"{results}, line 2: holds a lone surrogate escape")
    # a proper pair of surrogate escapes is one character, and fine
    results.write_text('{"id": "ok \\ud83d\\ude00", "error": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "csv", "--out", str(tmp_path / "f.csv")])
    assert result.exit_code == 0, result.output


def test_html_export_where_no_folder_can_be_made_is_one_line(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    results.write_text('{"id": "a", "error": "x"}\n', encoding="utf-8")
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "html", "--out", str(blocker / "report")])
    one_line_error(result, f"{blocker / 'report'}: cannot create the report folder (Not a directory)")
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "html", "--out", str(tmp_path / "report")])
    assert result.exit_code == 0 and (tmp_path / "report" / "index.html").is_file()


def test_export_csv_onto_a_full_disk_is_one_line(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    results.write_text('{"id": "a", "error": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "csv", "--out", "/dev/full"])
    one_line_error(result, "/dev/full: writing failed (No space left on device)")


def test_the_app_applies_the_same_input_limit_to_uploads(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("streamlit")
    import importlib

    app = importlib.import_module("streamlit_app")

    class Upload:
        name = "big.txt"

        def getvalue(self) -> bytes:
            return EN.encode("utf-8") * 20  # ~2.3 KB

    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.001")
    with pytest.raises(InputError, match=r"^big.txt: larger than the input limit of 0.001 MB; set WORKBENCH_MAX"):
        app.read_pasted(Upload(), "", lang="en", label="English")
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.01")
    assert app.read_pasted(Upload(), "", lang="en", label="English") == ("big.txt", EN * 20)


def test_a_device_as_manifest_or_results_file_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", "/dev/zero", "--out", str(tmp_path / "r.jsonl")])
    one_line_error(result, "/dev/zero: is not a regular file; give a folder of pairs or a .jsonl manifest file")
    result = CliRunner().invoke(cli, ["export", "/dev/zero", "--to", "csv", "--out", str(tmp_path / "f.csv")])
    one_line_error(result, "/dev/zero: is not a regular file; give a results file written by batch")


def test_a_symlinked_out_stays_a_link_when_a_rerun_repairs_the_file(tmp_path: Path) -> None:
    from workbench.batch import run_batch

    corpus = make_pairs(tmp_path / "pairs", 2)
    real = tmp_path / "real.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    run_batch(corpus, link, workers=1)
    lines = real.read_text(encoding="utf-8").splitlines()
    failed = json.dumps({"id": json.loads(lines[1])["id"], "error": "x"})
    real.write_text(lines[0] + "\n" + failed + "\n", encoding="utf-8")
    summary = run_batch(corpus, link, workers=1, retry_failed=True)  # drops the error line, rewriting the file
    assert summary.ok == 1 and link.is_symlink()
    assert sorted(json.loads(x)["id"] for x in real.read_text(encoding="utf-8").splitlines()) == ["p000", "p001"]
