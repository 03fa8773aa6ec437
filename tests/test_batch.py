"""workbench batch: directory and manifest corpora, bad pairs, resuming, SIGKILL and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.batch import open_corpus, quote_rows, run_batch, scan_results
from workbench.cli import cli
from workbench.errors import InputError

# (Arabic, English) sentence pairs the test corpora are built from
SENTENCES = [
    ("قال وزير النفط إن الإنتاج ارتفع إلى ثلاثة ملايين برميل يومياً.",
     "The oil minister said production rose to three million barrels a day."),
    ("وأكد المتحدث باسم الحكومة أن الانتخابات ستجرى في موعدها.",
     "The government spokesman confirmed that the elections will be held on time."),
    ("وأضاف أن «الوضع الأمني في المدينة مستقر تماماً منذ أسابيع».",
     'He added that "the security situation in the city has been completely stable for weeks."'),
    ("وافتتحت الوزارة يوم الاثنين مستشفى جديداً في البصرة.",
     "The ministry opened a new hospital in Basra on Monday."),
    ("وبحسب مصادر محلية، قتل خمسة أشخاص في الهجوم.",
     "Five people were killed in the attack."),
    ("وارتفعت أسعار الخبز بنسبة عشرين في المئة خلال الشهر الماضي.",
     "Bread prices rose by twenty percent last month."),
]  # fmt: skip

BIG = 150  # pairs in the corpus the killed and interrupted runs work on

BAD_IDS = ["bad_binary", "bad_empty", "bad_english", "bad_missing", "bad_unreadable"]


def good_pair(k: int) -> tuple[str, str]:
    """Pair k: 3 to 5 consecutive sentences starting at a rotating offset."""
    picked = [SENTENCES[(k + i) % len(SENTENCES)] for i in range(3 + k % 3)]
    return " ".join(a for a, _ in picked), " ".join(e for _, e in picked)


def make_corpus(root: Path, n_good: int = 20, *, bad: bool = True) -> Path:
    """A folder of pair folders: ``good_00``… and, with ``bad``, the five kinds of broken pair."""
    root.mkdir(parents=True, exist_ok=True)
    for k in range(n_good):
        folder = root / f"good_{k:03d}" if n_good > 100 else root / f"good_{k:02d}"
        folder.mkdir()
        ar, en = good_pair(k)
        (folder / "ar.txt").write_text(ar, encoding="utf-8")
        (folder / "en.txt").write_text(en, encoding="utf-8")
    if bad:
        ar, en = good_pair(0)
        for name in BAD_IDS:
            (root / name).mkdir()
            (root / name / "en.txt").write_text(en, encoding="utf-8")
        (root / "bad_empty" / "ar.txt").write_text("", encoding="utf-8")
        (root / "bad_binary" / "ar.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        (root / "bad_english" / "ar.txt").write_text(en, encoding="utf-8")
        unreadable = root / "bad_unreadable"
        if os.geteuid() == 0:  # root reads anything: make ar.txt something that cannot be read as a file
            (unreadable / "ar.txt").mkdir()
        else:
            (unreadable / "ar.txt").write_text(ar, encoding="utf-8")
            unreadable.chmod(0)
    return root


def read_lines(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data.endswith(b"\n"), "the results file must end with a whole line"
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_corpus(tmp_path_factory.mktemp("corpus") / "pairs")
    yield root
    (root / "bad_unreadable").chmod(0o755)


@pytest.fixture(scope="module")
def results(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("out") / "results.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(out), "--workers", "2"])
    return out, result


def test_directory_corpus_writes_one_line_per_pair(corpus: Path, results: tuple[Path, object]) -> None:
    out, result = results
    assert result.exit_code == 1, result.output  # 1: some pairs failed
    records = read_lines(out)
    ids = [r["id"] for r in records]
    assert sorted(ids) == sorted([f"good_{k:02d}" for k in range(20)] + BAD_IDS)
    good = [r for r in records if "error" not in r]
    assert len(good) == 20
    for r in good:
        assert {"workbench_version", "translator", "ar", "en", "translations", "links", "findings", "summary"} <= set(r)
        assert r["translator"] == "lexicon"
        assert len(r["translations"]) == len(r["ar"]["sentences"])


def test_bad_pairs_are_recorded_with_the_file_and_the_problem(corpus: Path, results: tuple[Path, object]) -> None:
    out, _ = results
    errors = {r["id"]: r["error"] for r in read_lines(out) if "error" in r}
    assert set(errors) == set(BAD_IDS)
    assert errors["bad_empty"] == f"{corpus / 'bad_empty' / 'ar.txt'}: file is empty"
    assert errors["bad_binary"] == f"{corpus / 'bad_binary' / 'ar.txt'}: looks like a binary file, not text or HTML"
    assert errors["bad_english"].startswith(f"{corpus / 'bad_english' / 'ar.txt'}: contains no Arabic letters")
    assert errors["bad_missing"] == f"{corpus / 'bad_missing' / 'ar.txt'}: no such file"
    assert str(corpus / "bad_unreadable" / "ar.txt") in errors["bad_unreadable"]
    assert "is a directory" in errors["bad_unreadable"] or "cannot be read" in errors["bad_unreadable"]


def test_a_line_is_the_compare_json_plus_id(corpus: Path, results: tuple[Path, object]) -> None:
    out, _ = results
    line = next(r for r in read_lines(out) if r["id"] == "good_07")
    single = CliRunner().invoke(
        cli, ["compare", str(corpus / "good_07" / "ar.txt"), str(corpus / "good_07" / "en.txt"), "--format", "json"]
    )
    assert single.exit_code == 0, single.output
    assert line == {"id": "good_07", **json.loads(single.stdout)}


def test_summary_is_printed_and_written_beside_the_output(results: tuple[Path, object]) -> None:
    out, result = results
    summary = json.loads(out.with_suffix(".summary.json").read_text(encoding="utf-8"))
    assert summary["this_run"] == {"ok": 20, "failed": 5, "skipped": 0}
    assert summary["output"] == {"ok": 20, "failed": 5}
    assert summary["workers"] == 2 and summary["exit_status"] == 1
    assert len(summary["slowest"]) == 5
    findings = [f for r in read_lines(out) if "error" not in r for f in r["findings"]]
    assert sum(summary["findings_by_type"].values()) == len(findings)
    assert "pairs: 20 ok, 5 failed, 0 skipped" in result.stdout
    assert "slowest:" in result.stdout
    # not a terminal: plain progress lines on stderr, no bar
    assert "batch: 25 pairs to do" in result.stderr and "25/25 pairs (100%)" in result.stderr
    assert "2 workers (loading models first)" in result.stderr  # no silent 0 % while the workers load


def test_rerun_skips_everything_already_written(corpus: Path, results: tuple[Path, object]) -> None:
    out, _ = results
    before = out.read_bytes()
    again = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(out), "--workers", "2"])
    assert again.exit_code == 1  # the output still holds failed pairs
    assert out.read_bytes() == before
    assert "pairs: 0 ok, 0 failed, 25 skipped" in again.stdout


def test_retry_failed_redoes_only_the_failed_pairs(corpus: Path, results: tuple[Path, object], tmp_path: Path) -> None:
    out = tmp_path / "copy.jsonl"
    out.write_bytes(results[0].read_bytes())
    summary = run_batch(corpus, out, workers=2, retry_failed=True)
    assert (summary.ok, summary.failed, summary.skipped) == (0, 5, 20)
    ids = [r["id"] for r in read_lines(out)]
    assert len(ids) == len(set(ids)) == 25


def test_manifest_corpus_resolves_paths_against_its_folder(corpus: Path, results: tuple[Path, object]) -> None:
    manifest = corpus.parent / "manifest.jsonl"
    lines = [
        {"id": "m1", "ar": "pairs/good_01/ar.txt", "en": "pairs/good_01/en.txt"},
        {"id": 2, "ar": str(corpus / "good_02" / "ar.txt"), "en": "pairs/good_02/en.txt"},
        {"id": "m-missing", "ar": "pairs/nowhere/ar.txt", "en": "pairs/good_02/en.txt"},
    ]
    manifest.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    out = corpus.parent / "manifest-results.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(manifest), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 1, result.output
    by_id = {r["id"]: r for r in read_lines(out)}
    assert set(by_id) == {"m1", "2", "m-missing"}
    assert by_id["m-missing"]["error"].endswith("nowhere/ar.txt: no such file")
    from_dir = {r["id"]: r for r in read_lines(results[0])}
    for mid, did in (("m1", "good_01"), ("2", "good_02")):
        assert by_id[mid]["links"] == from_dir[did]["links"]
        assert by_id[mid]["findings"] == from_dir[did]["findings"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"id": "a", "ar": "a.txt", "en": "b.txt"}\n{"id": "b", "ar": "a.txt"\n', "line 2: not valid JSON"),
        ('{"id": "a", "ar": "a.txt", "en": "b.txt"}\n{"id": "b", "ar": "a.txt"}\n', "line 2: missing key 'en'"),
        ('{"id": "a", "ar": "a.txt", "en": "b.txt"}\n{"id": "a", "ar": "c.txt", "en": "d.txt"}\n', "line 2: id 'a'"),
        ('["a.txt", "b.txt"]\n', "line 1: expected an object"),
        ('{"id": "a", "ar": 3, "en": "b.txt"}\n', "line 1: 'ar' must be a file path"),
    ],
)
def test_a_bad_manifest_line_is_one_line_naming_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(manifest), "--out", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"{manifest}, {message}" in result.stderr
    assert not (tmp_path / "r.jsonl").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "r.jsonl")]).exit_code == 2
    (tmp_path / "empty").mkdir()
    result = runner.invoke(cli, ["batch", str(tmp_path / "empty"), "--out", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 2 and "holds no pair folders" in result.stderr
    assert runner.invoke(cli, ["batch", str(tmp_path), "--out", "x", "--workers", "0"]).exit_code == 2
    result = runner.invoke(cli, ["batch", str(tmp_path), "--out", str(tmp_path / "r.jsonl"), "-t", "nosuch"])
    assert result.exit_code == 2 and "unknown translator 'nosuch'" in result.stderr


def test_an_unrelated_out_file_is_refused_not_appended_to(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text("my notes\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: not a JSON line"):
        run_batch(corpus, out, workers=1)
    assert out.read_text(encoding="utf-8") == "my notes\n"


def test_a_cut_off_last_line_is_truncated_and_its_pair_redone(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "pairs", 4, bad=False)
    out = tmp_path / "r.jsonl"
    run_batch(corpus, out, workers=1)
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:2]) + lines[2][: len(lines[2]) // 2])  # as if killed mid-write
    summary = run_batch(corpus, out, workers=2)
    assert (summary.ok, summary.skipped) == (2, 2)
    assert "removed a cut-off last line" in summary.repaired
    ids = [r["id"] for r in read_lines(out)]
    assert sorted(ids) == ["good_00", "good_01", "good_02", "good_03"]


def test_open_corpus_streams_directory_ids_sorted(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "pairs", 3, bad=False)
    (corpus / ".hidden").mkdir()
    (corpus / "README.txt").write_text("not a pair", encoding="utf-8")
    c = open_corpus(corpus)
    assert c.size == 3 and [p.id for p in c] == ["good_00", "good_01", "good_02"]


# --- killed and interrupted runs (real processes) -----------------------------------------------


def _start(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    # Ctrl-C as a terminal's foreground job gets it: a suite started as a background job (`… &` in a script)
    # ignores SIGINT, and its children would inherit that
    return subprocess.Popen(
        [sys.executable, "-m", "workbench.cli", "batch", str(corpus), "--out", str(out), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_interruptible,
    )


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_lines(out: Path, n: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"the run ended before {n} lines: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
        time.sleep(0.005)
    pytest.fail(f"no {n} lines within {timeout}s")


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("big") / "pairs", BIG, bad=False)


def test_sigkill_part_way_then_resume_gives_every_pair_exactly_once(big_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    proc = _start(big_corpus, out)
    _wait_for_lines(out, 10, proc)
    workers = _children(proc.pid) if Path("/proc").exists() else []
    assert len(workers) == 2 or not Path("/proc").exists()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = out.read_bytes().count(b"\n")
    assert done_before < BIG, "the run finished before it could be killed"
    read_lines(out)  # every line whole and valid JSON
    deadline = time.monotonic() + 10
    while workers and not all(_gone(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_gone(w) for w in workers), "workers outlived the killed parent"

    resumed = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "batch", str(big_corpus), "--out", str(out), "--workers", "2"],
        capture_output=True,
        text=True,
    )
    assert resumed.returncode == 0, resumed.stderr
    ids = [r["id"] for r in read_lines(out)]
    assert len(ids) == len(set(ids)) == BIG
    summary = json.loads(out.with_suffix(".summary.json").read_text())
    assert summary["this_run"]["skipped"] >= done_before and summary["output"] == {"ok": BIG, "failed": 0}


def test_ctrl_c_stops_cleanly_keeps_lines_and_exits_130(big_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    proc = _start(big_corpus, out)
    _wait_for_lines(out, 10, proc)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole process group
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130
    last = stderr.decode().strip().splitlines()[-1]
    assert last.startswith("workbench: interrupted;") and "run the same command again to resume" in last
    assert "Traceback" not in stderr.decode()
    kept = read_lines(out)
    assert 10 <= len(kept) < BIG and len({r["id"] for r in kept}) == len(kept)
    assert json.loads(out.with_suffix(".summary.json").read_text())["interrupted"] is True
    finish = run_batch(big_corpus, out, workers=2)
    assert finish.skipped == len(kept) and finish.ok == BIG - len(kept)
    assert len({r["id"] for r in read_lines(out)}) == BIG


# --- quotes over a corpus -----------------------------------------------------------------------


def test_quotes_over_a_corpus_one_line_per_quote_and_resumable(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "pairs", 6, bad=False)
    out = tmp_path / "quotes.jsonl"
    result = CliRunner().invoke(cli, ["quotes", str(corpus), "--out", str(out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    rows = read_lines(out)
    # sentence 2 (the only quotation) is in every pair built from 3+ consecutive sentences but good_03
    quoted = {f"good_{k:02d}" for k in range(6) if 2 in {(k + i) % 6 for i in range(3 + k % 3)}}
    assert {r["id"] for r in rows} == quoted
    for r in rows:
        assert r["en_quote"] == '"the security situation in the city has been completely stable for weeks."'
        assert r["ar_quote"] == "«الوضع الأمني في المدينة مستقر تماماً منذ أسابيع»"
        assert 0.0 <= r["fidelity"] <= 1.0 and r["verdict"] in {"faithful", "altered", "truncated"}
        assert r["quotes_in_pair"] == 1 and r["quote"] == 0
    again = run_batch(corpus, out, mode="quotes", workers=2)
    assert again.skipped == len(quoted) and read_lines(out) == rows


def test_quote_rows_with_a_partial_group_redo_that_pair(tmp_path: Path) -> None:
    out = tmp_path / "quotes.jsonl"
    row = {"en_quote": "", "ar_quote": "", "verdict": "faithful", "quote": 0, "quotes_in_pair": 2}
    out.write_text(json.dumps({"id": "p", **row}) + "\n" + json.dumps({"id": "q", **row}) + "\n", encoding="utf-8")
    found = scan_results(out, mode="quotes")
    assert found.done == set() and found.dropped_lines == 2 and out.read_text() == ""


def test_quote_rows_mark_a_paraphrase_put_in_quotes() -> None:
    from workbench.pipeline import compare
    from workbench.translate import get_translator

    translator = get_translator("lexicon")
    ar = "قال وزير النفط إن الإنتاج ارتفع إلى ثلاثة ملايين برميل يومياً."
    en = 'The oil minister said "production has risen to three million barrels a day."'
    rows = quote_rows(compare(ar, en, translator), translator)
    assert [(r["verdict"], r["ar_quote"], r["fidelity"]) for r in rows] == [("paraphrase_as_quote", "", None)]
    assert rows[0]["en_quote"] == '"production has risen to three million barrels a day."'


def test_quotes_with_one_argument_needs_a_corpus_and_out(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "pairs", 1, bad=False)
    runner = CliRunner()
    result = runner.invoke(cli, ["quotes", str(corpus / "good_00" / "ar.txt")])
    assert result.exit_code == 2 and "give AR_FILE and EN_FILE" in result.stderr
    result = runner.invoke(cli, ["quotes", str(corpus)])
    assert result.exit_code == 2 and "needs --out" in result.stderr
    single = runner.invoke(cli, ["quotes", str(corpus / "good_00" / "ar.txt"), str(corpus / "good_00" / "en.txt")])
    assert single.exit_code == 0 and "Quotes:" in single.stdout


def test_a_killed_worker_stops_the_run_with_one_line_and_resume_finishes(big_corpus: Path, tmp_path: Path) -> None:
    if not Path("/proc").exists():
        pytest.skip("needs /proc to find the workers")
    out = tmp_path / "r.jsonl"
    proc = _start(big_corpus, out)
    _wait_for_lines(out, 10, proc)
    os.kill(_children(proc.pid)[0], signal.SIGKILL)  # as the kernel's out-of-memory killer would
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert stderr.decode().strip().splitlines()[-1].startswith("workbench: error: a worker process died")
    kept = read_lines(out)
    finish = run_batch(big_corpus, out, workers=2)
    assert finish.skipped == len(kept) and len({r["id"] for r in read_lines(out)}) == BIG


def test_a_terminal_gets_a_progress_bar_with_rate_and_eta(tmp_path: Path) -> None:
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    corpus = make_corpus(tmp_path / "pairs", 3, bad=False)
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))  # a 100x30 terminal
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench.cli", "batch", str(corpus), "-o", str(tmp_path / "r.jsonl")],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
    )
    os.close(terminal)
    output = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(main)
    text = output.decode("utf-8", "replace")
    assert proc.wait() == 0, text
    assert "batch: 100%" in text and "3/3 [" in text and "pair/s]" in text  # tqdm: count, elapsed<ETA, rate
    assert "pairs to do" not in text  # no plain log lines on a terminal


def test_a_worker_killed_while_it_waits_for_a_task_does_not_hang_the_stop() -> None:
    # a worker killed while idle dies holding the task queue's read lock: Pool.terminate() would wait forever
    import multiprocessing
    import threading

    from workbench.batch import _abandon

    pool = multiprocessing.get_context().Pool(2)
    time.sleep(0.3)  # both workers are idle, one of them blocked in the queue's read with the lock held
    for proc in list(pool._pool):  # type: ignore[attr-defined]
        os.kill(proc.pid, signal.SIGKILL)
    stopper = threading.Thread(target=_abandon, args=(pool,), daemon=True)
    stopper.start()
    stopper.join(20)
    assert not stopper.is_alive()
    assert all(proc.exitcode is not None for proc in pool._pool)  # type: ignore[attr-defined]


def test_a_finished_run_waits_for_its_workers_only_so_long() -> None:
    # a worker that never exits (stuck, or starved of its end sentinel) must not hold the run forever
    import multiprocessing
    import threading

    from workbench.batch import _abandon, _joined

    pool = multiprocessing.get_context().Pool(1)
    pool.apply_async(time.sleep, (60,))
    pool.close()
    started = time.monotonic()
    assert _joined(pool, timeout=0.5) is False
    assert time.monotonic() - started < 10
    stopper = threading.Thread(target=_abandon, args=(pool,), daemon=True)
    stopper.start()
    stopper.join(20)
    assert not stopper.is_alive()
    assert all(proc.exitcode is not None for proc in pool._pool)  # type: ignore[attr-defined]

    quick = multiprocessing.get_context().Pool(1)
    quick.close()
    assert _joined(quick, timeout=30) is True


def test_a_worker_loads_its_models_before_its_first_pair_is_timed(monkeypatch: pytest.MonkeyPatch) -> None:
    # the encoder, lexicons and name data load in the worker's set-up (one tiny comparison), not inside
    # the first pair's timing; a translator that fails to load skips it and reports with the first pair
    from workbench import batch, pipeline

    calls: list[object] = []
    monkeypatch.setattr(pipeline, "compare", lambda ar, en, translator, **_: calls.append(translator))
    batch.load_worker("lexicon", {}, "compare", False)
    assert calls == [batch._STATE.translator] and batch._STATE.load_error is None
    batch.load_worker("nope", {}, "compare", False)
    assert len(calls) == 1 and "unknown translator" in (batch._STATE.load_error or "")
    batch._STATE.load_error = None
