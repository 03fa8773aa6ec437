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

Usage: python bench/batch_speed.py [--pairs 500] [--window 8] [--translator lexicon] [--data DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from itertools import groupby
from pathlib import Path

from workbench.batch import BatchSummary, run_batch

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
    args = parser.parse_args()
    if not (args.data / "arb.txt").exists():
        print(f"no NTREX data at {args.data}; pass --data", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="workbench-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "pairs"
        corpus.mkdir()
        n = build_pairs(args.data, corpus, args.pairs, args.window)
        print(f"corpus: {n} pairs of {args.window} NTREX lines (ar/en) in {corpus}; cpus: {os.cpu_count()}")
        small = subset(corpus, root / "small", args.small)
        run_batch(subset(corpus, root / "warm", 2), root / "warm.jsonl", translator=args.translator, workers=1)

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


if __name__ == "__main__":
    sys.exit(main())
