"""Alignment quality under rewrites: strict F1 per condition against two baselines, calibration, speed.

Usage: python bench/align_quality.py [--calibrate] [--translator lexicon]

Conditions built from ../shared/data/ntrex (see bench/rewrites.py) plus the corpora/ gold:
(a) translation-like, (b) rewrite (20% dropped, 10% added, 10% merged, 10% split),
(c) heavy rewrite ((b) plus two moved paragraphs). Baselines implemented here:
length-only Gale–Church, and the workbench's similarity with a monotone-only search.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from rewrites import Doc, build_sets  # noqa: E402
from scoring import as_groups, f1, strict_counts  # noqa: E402

from workbench.align import (  # noqa: E402
    FEATURES,
    GROUPS,
    AlignOptions,
    SimilarityModel,
    align,
    align_features,
    candidate_features,
)
from workbench.translate import get_translator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def corpora_docs() -> list[Doc]:
    """The hand-made gold pairs, at the gold segmentation."""
    docs = []
    for gold_path in sorted((ROOT / "corpora").glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs.append(
            Doc(gold_path.parent.name, gold["ar_sentences"], gold["en_sentences"],
                [(tuple(a), tuple(e)) for a, e in gold["alignment"]])
        )
    return docs


# ---- baseline 1: Gale & Church (1993), lengths only -------------------------------------------
_GC_PRIOR = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}


def gale_church(ar: list[str], en: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """Length-based monotone alignment with Gale–Church's priors and variance (s² = 6.8)."""
    la = [len(s) for s in ar]
    le = [len(s) for s in en]
    c = sum(le) / max(1, sum(la))
    n, m = len(ar), len(en)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0

    def match_cost(l1: int, l2: int, prior: float) -> float:
        if l1 == 0 and l2 == 0:
            return 0.0
        mean = (l1 + l2 / c) / 2
        z = (c * l1 - l2) / math.sqrt(6.8 * max(mean, 1e-6))
        pd = 2 * (1 - 0.5 * (1 + math.erf(abs(z) / math.sqrt(2))))
        return -math.log(max(pd, 1e-12)) - math.log(prior)

    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            for (a, b), prior in _GC_PRIOR.items():
                if i >= a and j >= b and cost[i - a][j - b] < inf:
                    v = cost[i - a][j - b] + match_cost(sum(la[i - a : i]), sum(le[j - b : j]), prior)
                    if v < cost[i][j]:
                        cost[i][j] = v
                        back[i][j] = (a, b)
    out = []
    i, j = n, m
    while i or j:
        a, b = back[i][j]
        out.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    return out[::-1]


# ---- evaluation -----------------------------------------------------------------------------------
def _similarity_only() -> AlignOptions:
    """Baseline 2: the workbench's similarity (weighted word/number/name overlap) in a monotone DP,
    a link worth its similarity minus a threshold (0.06, merges no extra cost: the best values of a
    grid on the dev half), no learned features, one pass."""
    w = [0.0] * len(FEATURES)
    w[FEATURES.index("sim")] = 1.0
    w[FEATURES.index("bias")] = -0.06
    return AlignOptions(weights={(p, o): tuple(w) for p in (True, False) for o in (True, False)}, max_passes=1)


SIMILARITY_ONLY = _similarity_only()


def evaluate(docs, renders, method, opts=None):
    """Strict (tp, predicted, gold) summed over docs, and (score, correct) for every predicted link."""
    tp = npred = ngold = 0
    scored = []
    for doc in docs:
        src = [renders[s] for s in doc.ar]
        if method == "gale_church":
            pred = gale_church(doc.ar, doc.en)
            scores = [None] * len(pred)
        else:
            o = opts or AlignOptions()
            if method == "monotone":
                o = AlignOptions(weights=o.weights, confidence=o.confidence, max_passes=1)
            elif method == "similarity_dp":
                o = SIMILARITY_ONLY
            links = align_features(doc_features(src, doc.en, doc.ar), len(src), len(doc.en), options=o)
            pred = as_groups(links)
            scores = [link.score for link in links]
        gold = set(doc.gold)
        for g, s in zip(pred, scores):
            if s is not None:
                scored.append((s, g in gold))
        t, p, g = strict_counts(pred, doc.gold)
        tp, npred, ngold = tp + t, npred + p, ngold + g
    return (tp, npred, ngold), scored


_FEATURE_CACHE: dict[int, dict] = {}


def doc_features(src, en, ar):
    """Candidate features of a document for every group shape (memoised per document)."""
    key = hash((tuple(src), tuple(en)))
    if key not in _FEATURE_CACHE:
        model = SimilarityModel(src, en, [len(s) for s in ar])
        _FEATURE_CACHE[key] = {g: candidate_features(model, *g) for g in GROUPS}
    return _FEATURE_CACHE[key]


def _fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-2) -> np.ndarray:
    """Class-balanced L2 logistic regression by Newton's method."""
    w = np.zeros(x.shape[1])
    sample = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum())) * len(y)
    for _ in range(30):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (sample * (p - y)) + l2 * w
        hess = (x * (sample * p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def calibrate(sets, renders):
    """Fit the link weights by logistic regression on the even-numbered (dev) documents,
    tune the per-pass offsets for strict F1 on dev, then Platt-scale the confidences."""
    dev = {k: v[::2] for k, v in sets.items()}
    keys = ((True, True), (True, False), (False, True), (False, False))
    rows: dict[tuple[bool, bool], list] = {k: [[], []] for k in keys}
    for docs in dev.values():
        for doc in docs:
            feats = doc_features([renders[s] for s in doc.ar], doc.en, doc.ar)
            gold = set(doc.gold)
            for (a, b), f in feats.items():
                if not f.size:
                    continue
                label = np.zeros(f.shape[1:])
                for x in range(f.shape[1]):
                    for y in range(f.shape[2]):
                        label[x, y] = (tuple(range(x, x + a)), tuple(range(y, y + b))) in gold
                for first in (True, False):
                    ff = f.reshape(f.shape[0], -1).T.copy()
                    if not first:
                        ff[:, FEATURES.index("diagonal")] = 0.0
                    rows[(first, (a, b) == (1, 1))][0].append(ff)
                    rows[(first, (a, b) == (1, 1))][1].append(label.reshape(-1))
    weights = {}
    for key, (xs, ys) in rows.items():
        x, y = np.concatenate(xs), np.concatenate(ys)
        if key[1]:
            x = x.copy()
            x[:, FEATURES.index("extra_sentences")] = 0.0
        weights[key] = _fit_logistic(x, y)
    bias = FEATURES.index("bias")
    best = None
    for off1, off_merge, off2, lone in itertools.product((0, 1, 2), (1, 2, 3, 4), (1, 2, 3, 4), (0.0, 2.0, 4.0, 8.0)):
        w = {k: v.copy() for k, v in weights.items()}
        w[(True, True)][bias] -= off1
        w[(True, False)][bias] -= off1 + off_merge
        w[(False, True)][bias] -= off2
        w[(False, False)][bias] -= off2 + off_merge
        o = AlignOptions(weights={k: tuple(v) for k, v in w.items()}, lone_crossing_gain=lone)
        fs = [f1(*evaluate(docs, renders, "workbench", o)[0])[2] for docs in dev.values()]
        # the worst margin over the three condition targets, ties broken by the mean
        margin = min(f - t for f, t in zip(fs, (0.95, 0.90, 0.85))) + 0.01 * sum(fs)
        if best is None or margin > best[0]:
            best = (margin, o, fs, (off1, off_merge, off2, lone))
    opts = best[1]
    # Platt scaling: gains of predicted links → probability correct; best rival gain of gaps → correct
    link_x, link_y, gap_x, gap_y = [], [], [], []
    for docs in dev.values():
        for doc in docs:
            src = [renders[s] for s in doc.ar]
            feats = doc_features(src, doc.en, doc.ar)
            raw = AlignOptions(  # scores keep the gain
                weights=opts.weights, confidence=(0.02, 0.0, 0.02, 0.0), lone_crossing_gain=opts.lone_crossing_gain
            )
            links = align_features(feats, len(src), len(doc.en), options=raw)
            gold = set(doc.gold)
            for link in links:
                z = math.log(link.score / (1 - link.score)) / 0.02 if 0 < link.score < 1 else 0.0
                if link.ar and link.en:
                    link_x.append(z)
                    link_y.append((link.ar, link.en) in gold)
                else:
                    gap_x.append(z)
                    gap_y.append((link.ar, link.en) in gold)
    def platt(xv, yv):
        x = np.stack([np.asarray(xv), np.ones(len(xv))], axis=1)
        return _fit_logistic_plain(x, np.asarray(yv, dtype=float))
    a, b = platt(link_x, link_y)
    ga, gb = platt(gap_x, gap_y)
    print(f"dev F1 per condition {[round(x, 3) for x in best[2]]} with offsets {best[3]}")
    print("CALIBRATED_WEIGHTS = {")
    for k, v in opts.weights.items():
        print(f"    {k}: ({', '.join(f'{x:.3f}' for x in v)}),")
    print("}")
    print(f"CALIBRATED_CONFIDENCE = ({a:.3f}, {b:.3f}, {ga:.3f}, {gb:.3f})")
    print(f"lone_crossing_gain = {opts.lone_crossing_gain}")


def _fit_logistic_plain(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Unweighted logistic regression (for probability calibration)."""
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + 1e-3 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + 1e-3 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def timing(renders, sets):
    """Milliseconds per alignment (after translation) of a 40×40 and a 400×400 document.

    Best of several runs: the machine is shared, and the minimum is the least noisy estimate."""
    pool = [d for d in sets["b_rewrite"]]
    ar_all = [s for d in pool for s in d.ar]
    en_all = [s for d in pool for s in d.en]
    out = {}
    for size, reps in ((40, 20), (400, 3)):
        src = [renders[s] for s in ar_all[:size]]
        lengths = [len(s) for s in ar_all[:size]]
        tgt = en_all[:size]
        runs = []
        for _ in range(reps):
            started = time.perf_counter()
            align(src, tgt, src_lengths=lengths)
            runs.append(time.perf_counter() - started)
        out[size] = min(runs) * 1000
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true", help="grid-search search costs on the dev half")
    parser.add_argument("--translator", default="lexicon")
    args = parser.parse_args()
    sets = build_sets()
    sets["corpora"] = corpora_docs()
    translator = get_translator(args.translator)
    all_ar = sorted({s for docs in sets.values() for d in docs for s in d.ar})
    started = time.perf_counter()
    renders = dict(zip(all_ar, translator.match_texts(all_ar)))
    print(f"translated {len(all_ar)} Arabic sentences with {args.translator} in {time.perf_counter() - started:.1f} s")
    if args.calibrate:
        calibrate({k: v for k, v in sets.items() if k != "corpora"}, renders)
        return 0
    targets = {"a_translation": 0.95, "b_rewrite": 0.90, "c_heavy_rewrite": 0.85, "corpora": 0.85}
    print("\nStrict F1. Baselines: Gale–Church (lengths only); similarity DP (the workbench's similarity in a")
    print("monotone DP, no learned scoring). Also shown: the workbench's full scoring limited to one monotone pass.")
    print(f"\n{'condition':17} {'docs':>4} {'links':>6} | {'workbench':>9} {'GaleChurch':>10} {'simDP':>7} | "
          f"{'1-pass':>7} | target")
    all_scored = []
    ok = True
    for name, docs in sets.items():
        row = []
        for method in ("workbench", "gale_church", "similarity_dp", "monotone"):
            counts, scored = evaluate(docs, renders, method)
            row.append(f1(*counts)[2])
            if method == "workbench":
                all_scored += scored
                n_gold = counts[2]
        meets = row[0] >= targets[name]
        above = row[0] > row[1] and row[0] > row[2]
        ok &= meets
        print(f"{name:17} {len(docs):4d} {n_gold:6d} | {row[0]:9.4f} {row[1]:10.4f} {row[2]:7.4f} | {row[3]:7.4f} | "
              f"≥{targets[name]:.2f}: {'PASS' if meets else 'FAIL'}; above both baselines: {'yes' if above else 'NO'}")
    print("\nCalibration of link scores (all conditions):")
    for lo, hi in ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.01)):
        bucket = [c for s, c in all_scored if lo <= s < hi]
        if bucket:
            share = sum(bucket) / len(bucket)
            print(f"  score [{lo:.1f}, {min(hi, 1.0):.1f}): {len(bucket):5d} links, {share:.3f} correct")
    high = [c for s, c in all_scored if s >= 0.8]
    prec = sum(high) / max(1, len(high))
    print(f"  links scored ≥ 0.8: {len(high)}, correct {prec:.3f} (target ≥ 0.90: {'PASS' if prec >= 0.9 else 'FAIL'})")
    ms = timing(renders, sets)
    print(f"\nTime per alignment after translation: 40×40 {ms[40]:.1f} ms (target ≤ 50: "
          f"{'PASS' if ms[40] <= 50 else 'FAIL'}), 400×400 {ms[400]:.0f} ms (target < 2000: "
          f"{'PASS' if ms[400] < 2000 else 'FAIL'})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
