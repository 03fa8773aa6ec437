"""Batch throughput, worker memory and resume cost on article pairs built from NTREX-128.

Builds pairs at run time in a temporary folder (never in the repository) from
``../shared/data/ntrex``: windows of consecutive lines of one document (its own article
order), the Arabic lines as ar.txt and the parallel English lines as en.txt. Then:

- pairs/s over the same pairs with 1 and with 2 workers (target: 2 workers >= 1.7x one);
- peak resident memory (VmHWM) of each worker, at 100 and at the full set of pairs
  (target: flat, under 10% growth: the corpus is streamed, never held);
- the cached rerun: the same command over a complete output (every pair skipped).

Each run also prints the CPU seconds of the workers and of the parent and the load average:
on a shared machine other jobs take cores, and "cores busy" below 2 with 2 workers shows it.

With ``--engine ray`` it compares the engines instead, on the same pairs in the same run:

- Ray's start-up: a local cluster (``ray.init``), then its actors (each loading the translator)
  up to the first result, beside the local pool's time to its first result;
- pairs/s of the local engine (2 workers) and of Ray (2 actors), alternated; "once started" counts
  from the 10th result to the last, so the start-up is left out (target: Ray >= 0.8x local);
- a two-node run simulated on this machine: ``ray start --head --num-cpus 1`` plus a second
  ``ray start --address HEAD --num-cpus 1``, joined with ``--address``; both nodes are stopped after.

Usage: python bench/batch_speed.py [--pairs 500] [--window 8] [--translator lexicon] [--data DIR] [--engine ray]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from itertools import groupby
from pathlib import Path
from typing import Any

from workbench.batch import BatchSummary, PairResult, run_batch

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ntrex"


def build_pairs(data: Path, root: Path, n_pairs: int, window: int) -> int:
    """Write ``n_pairs`` pair folders under ``root``: windows of ``window`` lines inside one document.

    Windows start every window/2 lines, so each line is in about two pairs (as overlapping
    wire stories are); a second pass shifts the starts when more pairs are asked for.
    """
    ar = (data / "arb.txt").read_text(encoding="utf-8").splitlines()
    en = (data / "eng.txt").read_text(encoding="utf-8").splitlines()
    docs = (data / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    spans, start = [], 0
    for _doc, lines in groupby(docs):
        n = len(list(lines))
        spans.append((start, start + n))
        start += n
    stride = max(1, window // 2)
    written = 0
    for shift in range(stride):
        for lo, hi in spans:
            for first in range(lo + shift, max(lo + shift + 1, hi - 3), stride):
                last = min(first + window, hi)
                if last - first < 4 or written == n_pairs:
                    continue
                folder = root / f"ntrex_{written:04d}"
                folder.mkdir()
                (folder / "ar.txt").write_text("\n".join(ar[first:last]) + "\n", encoding="utf-8")
                (folder / "en.txt").write_text("\n".join(en[first:last]) + "\n", encoding="utf-8")
                written += 1
        if written == n_pairs:
            break
    return written


def subset(root: Path, dest: Path, n: int) -> Path:
    """A corpus folder holding links to the first ``n`` pairs of ``root``."""
    dest.mkdir()
    for folder in sorted(root.iterdir())[:n]:
        (dest / folder.name).symlink_to(folder, target_is_directory=True)
    return dest


def prepare(args: argparse.Namespace, root: Path) -> tuple[Path, int]:
    """Build the pairs under ``root``/pairs, say so, and warm the page cache and imports with a 2-pair run."""
    corpus = root / "pairs"
    corpus.mkdir()
    n = build_pairs(args.data, corpus, args.pairs, args.window)
    print(f"corpus: {n} pairs of {args.window} NTREX lines (ar/en) in {corpus}; cpus: {os.cpu_count()}")
    run_batch(subset(corpus, root / "warm", 2), root / "warm.jsonl", translator=args.translator, workers=1)
    return corpus, n


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def timed(corpus: Path, out: Path, workers: int, translator: str) -> tuple[BatchSummary, float, float, float]:
    """Run a batch; return its summary, wall seconds, and CPU seconds of the parent and of the workers."""
    parent, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    summary = run_batch(corpus, out, translator=translator, workers=workers)
    wall = time.perf_counter() - started
    return summary, wall, _cpu(resource.RUSAGE_SELF) - parent, _cpu(resource.RUSAGE_CHILDREN) - children


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument("--small", type=int, default=100, help="the smaller corpus for the memory comparison")
    parser.add_argument("--window", type=int, default=8, help="lines (sentences) per pair")
    parser.add_argument("--translator", default="lexicon")
    parser.add_argument("--repeat", type=int, default=3, help="runs per worker count; the fastest counts")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--engine", choices=["local", "ray"], default="local", help="ray: compare the engines")
    args = parser.parse_args()
    if not (args.data / "arb.txt").exists():
        print(f"no NTREX data at {args.data}; pass --data", file=sys.stderr)
        return 2
    if args.engine == "ray":
        return ray_main(args)

    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as tmp:
        root = Path(tmp)
        corpus, n = prepare(args, root)
        small = subset(corpus, root / "small", args.small)

        rates = {1: 0.0, 2: 0.0}
        cpu = {1: float("inf"), 2: float("inf")}  # least CPU seconds (workers + parent) for the whole corpus
        rss: dict[tuple[int, int], list[float]] = {}
        for k in range(args.repeat):  # alternate 1 and 2 workers so a busy spell on the machine hits both
            for workers in (1, 2):
                load = os.getloadavg()[0]
                out = root / f"r{workers}-{k}.jsonl"
                summary, wall, parent, children = timed(corpus, out, workers, args.translator)
                assert summary.ok + summary.failed == n, summary.to_dict()
                rates[workers] = max(rates[workers], n / wall)
                cpu[workers] = min(cpu[workers], children + parent)
                rss[(workers, n)] = summary.to_dict()["worker_peak_rss_mb"]
                print(f"  run {k + 1}, {workers} worker(s): {n} pairs in {wall:.2f}s = {n / wall:.1f} pairs/s"
                      f" ({summary.failed} failed); CPU s: workers {children:.2f}, parent {parent:.2f},"
                      f" cores busy {(children + parent) / wall:.2f}; load avg before {load:.1f};"
                      f" worker peak RSS MB {rss[(workers, n)]}")  # fmt: skip
        for workers in (1, 2):
            summary, *_ = timed(small, root / f"small{workers}.jsonl", workers, args.translator)
            rss[(workers, args.small)] = summary.to_dict()["worker_peak_rss_mb"]

        rerun, rerun_wall, *_ = timed(corpus, root / "r2-0.jsonl", 2, args.translator)
        assert rerun.skipped == n and rerun.ok == 0

    speedup = rates[2] / rates[1]
    print()
    print(f"pairs/s, 1 worker:   {rates[1]:.1f}")
    print(f"pairs/s, 2 workers:  {rates[2]:.1f}   (speedup {speedup:.2f}x, target >= 1.7x)")
    print(f"CPU seconds for all pairs: 1 worker {cpu[1]:.1f}, 2 workers {cpu[2]:.1f}; on two idle cores that"
          f" would be {cpu[1] / (cpu[2] / 2):.2f}x (a projection; the PASS/FAIL below uses wall time)")  # fmt: skip
    growth = []
    for workers in (1, 2):
        lo, hi = max(rss[(workers, args.small)]), max(rss[(workers, n)])
        growth.append(hi / lo - 1 if lo else 0.0)
        print(f"peak RSS per worker, {workers} worker(s): {args.small} pairs {lo:.1f} MB, {n} pairs {hi:.1f} MB"
              f" ({100 * growth[-1]:+.1f}%)")  # fmt: skip
    print(f"cached rerun (all {n} skipped): {rerun_wall:.2f}s")
    checks = {
        "2 workers >= 1.7x one worker": speedup >= 1.7,
        "memory per worker flat (< 10% growth from 100 to all pairs)": all(g < 0.10 for g in growth),
        "cached rerun skips every pair in < 2 s": rerun_wall < 2.0,
    }
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}: {name}")
    return 0 if all(checks.values()) else 1


# ---------------------------------------------------------------------------------------------
# --engine ray


class Clock:
    """A progress callback that notes when each result arrived."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.times: list[float] = []

    def __call__(self, _summary: BatchSummary, _result: PairResult) -> None:
        self.times.append(time.perf_counter())

    def first(self) -> float:
        """Seconds from the start of the run to its first result (the workers' start-up)."""
        return self.times[0] - self.started

    def rate(self) -> float:
        """Pairs/s over the whole run."""
        return len(self.times) / (self.times[-1] - self.started)

    def steady(self, skip: int = 10) -> float:
        """Pairs/s once started: from the ``skip``-th result to the last."""
        return (len(self.times) - skip) / (self.times[-1] - self.times[skip - 1])


def lines_by_id(path: Path) -> dict[str, bytes]:
    return {json.loads(line)["id"]: line for line in path.read_bytes().splitlines()}


def _differing(lines: dict[str, bytes], reference: dict[str, bytes]) -> list[str]:
    assert lines.keys() == reference.keys(), "a run wrote other ids"
    return sorted(pid for pid, line in lines.items() if line != reference[pid])


def ray_main(args: argparse.Namespace) -> int:
    """Local engine vs Ray on the same pairs, Ray's start-up, and a simulated two-node cluster."""
    import ray

    from workbench.batch_ray import run_batch_ray

    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as tmp:
        root = Path(tmp)
        corpus, n = prepare(args, root)

        started = time.perf_counter()
        ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
        cluster_s = time.perf_counter() - started
        print(f"Ray local cluster started in {cluster_s:.2f}s")

        best: dict[str, dict[str, float]] = {"local": {}, "ray": {}}
        reference: dict[str, bytes] = {}  # the first (local) run's line per id
        differ: dict[str, list[str]] = {}
        for k in range(args.repeat):  # alternate the engines so a busy spell on the machine hits both
            for engine in ("local", "ray"):
                out, clock, load = root / f"{engine}-{k}.jsonl", Clock(), os.getloadavg()[0]
                if engine == "local":
                    summary = run_batch(corpus, out, translator=args.translator, workers=2, progress=clock)
                else:
                    summary = run_batch_ray(corpus, out, translator=args.translator, workers=2, progress=clock)
                assert summary.ok + summary.failed == n, summary.to_dict()
                lines = lines_by_id(out)
                reference = reference or lines
                differ[f"{engine} run {k + 1}"] = _differing(lines, reference)
                figures = {"rate": clock.rate(), "steady": clock.steady(), "first": clock.first()}
                for key, value in figures.items():
                    keep = min if key == "first" else max
                    best[engine][key] = keep(best[engine].get(key, value), value)
                print(f"  run {k + 1}, {engine:5}: {n} pairs, {figures['rate']:.1f} pairs/s"
                      f" ({figures['steady']:.1f} once started; first result after {figures['first']:.2f}s);"
                      f" load avg before {load:.1f}")  # fmt: skip
        ray.shutdown()
        two = two_node_run(corpus, root, args.translator, run_batch_ray)
        differ["two nodes"] = _differing(two.pop("lines"), reference)

    local, on_ray = best["local"], best["ray"]
    ratio = on_ray["steady"] / local["steady"]
    print()
    print(f"pairs/s, local engine (2 workers): {local['rate']:.1f} whole run, {local['steady']:.1f} once started")
    print(f"pairs/s, Ray (2 actors):           {on_ray['rate']:.1f} whole run, {on_ray['steady']:.1f} once started"
          f"   (Ray/local once started {ratio:.2f}x, target >= 0.8x; whole run"
          f" {on_ray['rate'] / local['rate']:.2f}x)")  # fmt: skip
    print(f"start-up: Ray cluster {cluster_s:.2f}s, then actors to the first result {on_ray['first']:.2f}s"
          f" (local pool to its first result {local['first']:.2f}s)")  # fmt: skip
    print(f"two nodes (ray start --head --num-cpus 1 + ray start --address --num-cpus 1): nodes up in"
          f" {two['nodes_s']:.2f}s, {int(two['nodes'])} nodes, {int(two['workers'])} actors, {two['rate']:.1f} pairs/s"
          f" whole run, {two['steady']:.1f} once started ({two['steady'] / local['steady']:.2f}x local)")  # fmt: skip
    # a worker's translator memoises glosses, so a line can depend on which pairs its worker did before
    runs = [f"{run} {len(ids)}{' (' + ', '.join(ids[:3]) + ')' if ids else ''}" for run, ids in differ.items()]
    print("ids whose line differs from the first local run's: " + "; ".join(runs))
    checks = {"Ray >= 0.8x the local engine once started": ratio >= 0.8}
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}: {name}")
    return 0 if all(checks.values()) else 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def two_node_run(corpus: Path, root: Path, translator: str, run_batch_ray: Any) -> dict[str, Any]:
    """Start a head and a second node of one CPU each (``ray start --block``, stopped by pid), run, stop them."""
    import ray

    ray_cli = shutil.which("ray") or str(Path(sys.executable).with_name("ray"))
    address = f"127.0.0.1:{_free_port()}"
    common = ["--block", "--num-cpus", "1", "--num-gpus", "0", "--disable-usage-stats"]
    logs = (root / "head.log").open("wb"), (root / "node.log").open("wb")
    nodes: list[subprocess.Popen[bytes]] = []
    started = time.perf_counter()
    try:
        head = [ray_cli, "start", "--head", "--node-ip-address", "127.0.0.1", "--port", address.split(":")[1]]
        nodes.append(subprocess.Popen([*head, "--include-dashboard", "false", *common], stdout=logs[0],
                                      stderr=subprocess.STDOUT, start_new_session=True))  # fmt: skip
        _wait_for_nodes(address, 1, nodes)
        second = [ray_cli, "start", "--address", address, "--node-ip-address", "127.0.0.1", *common]
        nodes.append(subprocess.Popen(second, stdout=logs[1], stderr=subprocess.STDOUT, start_new_session=True))
        alive = _wait_for_nodes(address, 2, nodes)
        nodes_s = time.perf_counter() - started
        out, clock = root / "two-nodes.jsonl", Clock()
        summary = run_batch_ray(corpus, out, translator=translator, address=address, progress=clock)
        ray.shutdown()
        return {"nodes_s": nodes_s, "nodes": alive, "workers": summary.workers, "rate": clock.rate(),
                "steady": clock.steady(), "lines": lines_by_id(out)}  # fmt: skip
    finally:
        if ray.is_initialized():
            ray.shutdown()
        for proc in reversed(nodes):  # SIGTERM to each `ray start --block`: it stops its own node's processes
            proc.send_signal(signal.SIGTERM)
        for proc in reversed(nodes):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for log in logs:
            log.close()


def _wait_for_nodes(address: str, count: int, nodes: list[subprocess.Popen[bytes]]) -> int:
    """Wait (up to 120 s) until ``count`` nodes are alive in the cluster at ``address``; return how many are."""
    probe = (
        "import ray, sys; ray.init(address=sys.argv[1], logging_level='ERROR', log_to_driver=False); "
        "print(sum(1 for node in ray.nodes() if node['Alive']))"
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        for proc in nodes:
            if proc.poll() is not None:
                raise RuntimeError(f"a `ray start` exited with status {proc.returncode}; see its log")
        done = subprocess.run([sys.executable, "-c", probe, address], capture_output=True, text=True)
        alive = done.stdout.strip().splitlines()[-1:] if done.returncode == 0 else []
        if alive and int(alive[0]) >= count:
            return int(alive[0])
        time.sleep(1.0)
    raise RuntimeError(f"the Ray cluster at {address} did not reach {count} nodes within 120 s")


if __name__ == "__main__":
    sys.exit(main())
