"""Sentence alignment: a similarity matrix between the Arabic sentences' English
renderings and the English sentences, then a search for the best set of links.

The search is a pure function of the score matrices: a monotone dynamic programme
(1-1, 1-2, 2-1, 1-3, 3-1, 2-2, 1-0, 0-1), run again over what is left unlinked so
that moved paragraphs are found as crossing links.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from workbench.records import Link
from workbench.text.arabic import normalize_digits
from workbench.text.english import NUMBER_WORDS, STOPWORDS, stem

# Group shapes the search may use: (Arabic sentences, English sentences).
GROUPS: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2))


@dataclass(frozen=True)
class AlignOptions:
    """Costs of the search; calibrated on bench/align_quality.py data (see README)."""

    threshold: float = 0.12  # a link's similarity must beat this to be worth more than two skips
    merge_penalty: float = 0.06  # per extra sentence in a group (1-2 costs one, 2-2 two)
    skip_ar: float = 0.0
    skip_en: float = 0.0
    max_passes: int = 4
    min_crossing_sim: float = 0.2  # links found after the first pass (crossing) need more evidence


_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")
_VOWELS = re.compile(r"[aeiouwy]+")


def _skeleton(word: str) -> str:
    """Consonant skeleton of a transliterated name: Houran, Horan, Hawran → hrn."""
    w = word.lower()
    w = re.sub(r"^(al|el)[-']?", "", w) if len(w) > 5 else w
    w = w.replace("'", "").replace("’", "")
    w = w.replace("kh", "x").replace("sh", "c").replace("dh", "z").replace("th", "t").replace("gh", "g")
    w = w.replace("q", "k").replace("j", "g")
    w = _VOWELS.sub("", w)
    return re.sub(r"(.)\1+", r"\1", w)


def features(text: str) -> Counter[str]:
    """Matching features of an English text: stems, numbers, name skeletons."""
    feats: Counter[str] = Counter()
    for tok in _TOKEN.findall(normalize_digits(text)):
        low = tok.lower()
        if tok[0].isdigit():
            feats["#" + low.replace(",", "")] += 1
            continue
        if low in NUMBER_WORDS:
            feats["#" + str(NUMBER_WORDS[low])] += 1
            continue
        if low in STOPWORDS or len(low) < 2:
            continue
        feats["w:" + stem(low)] += 1
        if len(low) >= 4:
            skel = _skeleton(low)
            if len(skel) >= 3:
                feats["k:" + skel] += 1
    return feats


_KIND_WEIGHT = {"#": 2.5, "w": 1.0, "k": 0.5}


class SimilarityModel:
    """Weighted feature vectors for two sides; group similarities by matrix products."""

    def __init__(self, src_texts: Sequence[str], tgt_texts: Sequence[str]) -> None:
        src = [features(t) for t in src_texts]
        tgt = [features(t) for t in tgt_texts]
        df: Counter[str] = Counter()
        for f in src + tgt:
            df.update(f.keys())
        vocab = {f: i for i, f in enumerate(df)}
        n_docs = max(1, len(src) + len(tgt))
        weights = np.zeros(len(vocab), dtype=np.float32)
        for f, i in vocab.items():
            weights[i] = _KIND_WEIGHT[f[0] if f[0] == "#" else f[0]] * math.log(1.0 + n_docs / df[f])
        self.src = self._matrix(src, vocab)
        self.tgt = self._matrix(tgt, vocab)
        self.weights = weights
        self.src_len = np.array([max(1, len(t)) for t in src_texts], dtype=np.float32)
        self.tgt_len = np.array([max(1, len(t)) for t in tgt_texts], dtype=np.float32)

    @staticmethod
    def _matrix(items: list[Counter[str]], vocab: dict[str, int]) -> np.ndarray:
        m = np.zeros((len(items), len(vocab)), dtype=np.float32)
        for row, feats in enumerate(items):
            for f in feats:
                m[row, vocab[f]] = 1.0
        return m

    @staticmethod
    def _union(m: np.ndarray, k: int) -> np.ndarray:
        """Row r = union of rows r..r+k-1 (features present in any)."""
        if len(m) < k:
            return np.zeros((0, m.shape[1]), dtype=m.dtype)
        out = m[: len(m) - k + 1].copy()
        for off in range(1, k):
            np.maximum(out, m[off : len(m) - k + 1 + off], out=out)
        return out

    def group_similarity(self, a: int, b: int) -> np.ndarray:
        """Dice similarity of every a-sentence Arabic group with every b-sentence English group."""
        sa = self._union(self.src, a) * self.weights
        tb = self._union(self.tgt, b)
        inter = sa @ tb.T
        size_a = sa.sum(axis=1)[:, None]
        size_b = (tb * self.weights).sum(axis=1)[None, :]
        with np.errstate(invalid="ignore", divide="ignore"):
            dice = np.where(size_a + size_b > 0, 2 * inter / (size_a + size_b), 0.0)
        return dice.astype(np.float32)


def group_scores(model: SimilarityModel) -> dict[tuple[int, int], np.ndarray]:
    """Similarity matrices for every group shape in GROUPS."""
    return {g: model.group_similarity(*g) for g in GROUPS}


def align(
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    *,
    options: AlignOptions | None = None,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]] = (),
) -> tuple[Link, ...]:
    """Align Arabic renderings ``src_texts`` with English sentences ``tgt_texts``.

    ``anchors`` are user-fixed groups (Arabic ids, English ids) kept as given.
    Every sentence of both sides appears in exactly one returned link.
    """
    opts = options or AlignOptions()
    model = SimilarityModel(src_texts, tgt_texts)
    return align_scores(group_scores(model), len(src_texts), len(tgt_texts), options=opts, anchors=anchors)


def align_scores(
    scores: dict[tuple[int, int], np.ndarray],
    n: int,
    m: int,
    *,
    options: AlignOptions,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]] = (),
) -> tuple[Link, ...]:
    """The alignment search on precomputed group similarity matrices (pure)."""
    links: list[Link] = []
    used_ar: set[int] = set()
    used_en: set[int] = set()
    for ar_ids, en_ids in anchors:
        ar_t, en_t = tuple(sorted(ar_ids)), tuple(sorted(en_ids))
        if used_ar & set(ar_t) or used_en & set(en_t):
            raise ValueError("anchors overlap: each sentence can be in one anchor only")
        if any(not 0 <= i < n for i in ar_t) or any(not 0 <= j < m for j in en_t):
            raise ValueError("anchor sentence id out of range")
        links.append(Link(ar_t, en_t, 1.0))
        used_ar.update(ar_t)
        used_en.update(en_t)
    one = scores[(1, 1)]
    for pass_no in range(options.max_passes):
        ar_left = [i for i in range(n) if i not in used_ar]
        en_left = [j for j in range(m) if j not in used_en]
        if not ar_left or not en_left:
            break
        floor = options.threshold if pass_no == 0 else max(options.threshold, options.min_crossing_sim)
        found = _monotone_pass(scores, ar_left, en_left, options, floor)
        if not found:
            break
        for ar_t, en_t, sim in found:
            links.append(Link(ar_t, en_t, _confidence(sim, ar_t, en_t, one, used_ar, used_en)))
            used_ar.update(ar_t)
            used_en.update(en_t)
    for i in range(n):
        if i not in used_ar:
            links.append(Link((i,), (), _gap_confidence(one[i, :] if m else np.zeros(0))))
    for j in range(m):
        if j not in used_en:
            links.append(Link((), (j,), _gap_confidence(one[:, j] if n else np.zeros(0))))
    return tuple(sorted(links, key=_link_order))


def _link_order(link: Link) -> tuple[int, int]:
    return (link.ar[0] if link.ar else 10**9, link.en[0] if link.en else -1) if link.ar else (10**9, link.en[0])


def _monotone_pass(
    scores: dict[tuple[int, int], np.ndarray],
    ar_idx: list[int],
    en_idx: list[int],
    opts: AlignOptions,
    floor: float,
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """One monotone DP over the given (sorted) sentence ids; groups only of adjacent sentences."""
    n, m = len(ar_idx), len(en_idx)
    ar = np.array(ar_idx)
    en = np.array(en_idx)
    neg = np.float32(-1e9)
    # gain[g][x, y]: value of linking ar_idx[x : x+a] with en_idx[y : y+b] as one group
    gains: dict[tuple[int, int], np.ndarray] = {}
    sims: dict[tuple[int, int], np.ndarray] = {}
    for (a, b), full in scores.items():
        if a > n or b > m:
            continue
        xs = np.arange(n - a + 1)
        ys = np.arange(m - b + 1)
        ok_x = ar[xs + a - 1] - ar[xs] == a - 1  # the group's Arabic sentences are adjacent
        ok_y = en[ys + b - 1] - en[ys] == b - 1
        sub = full[np.ix_(ar[xs], en[ys])] if full.size else np.zeros((len(xs), len(ys)), np.float32)
        valid = ok_x[:, None] & ok_y[None, :] & (sub > floor)
        penalty = opts.merge_penalty * (a + b - 2)
        gains[(a, b)] = np.where(valid, sub - opts.threshold - penalty, neg)
        sims[(a, b)] = sub
    D = np.full((n + 1, m + 1), neg, dtype=np.float32)
    move = np.zeros((n + 1, m + 1, 2), dtype=np.int8)
    D[0] = opts.skip_en * np.arange(m + 1)
    move[0, 1:] = (0, 1)
    cols = np.arange(m + 1, dtype=np.float32)
    for i in range(1, n + 1):
        cand = np.full(m + 1, neg, dtype=np.float32)
        cand_move = np.zeros((m + 1, 2), dtype=np.int8)
        cand[:] = D[i - 1] + opts.skip_ar
        cand_move[:] = (1, 0)
        for (a, b), gain in gains.items():
            if i < a:
                continue
            # cells j >= b: D[i-a, j-b] + gain[i-a, j-b]
            val = D[i - a, : m + 1 - b] + gain[i - a]
            better = val > cand[b:]
            cand[b:] = np.where(better, val, cand[b:])
            cand_move[b:][better] = (a, b)
        shifted = cand - opts.skip_en * cols
        best = np.maximum.accumulate(shifted)
        D[i] = best + opts.skip_en * cols
        from_left = np.concatenate(([False], best[1:] > shifted[1:]))
        move[i] = cand_move
        move[i][from_left] = (0, 1)
    found = []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = (int(v) for v in move[i, j])
        if a == 0 and b == 0:
            break
        if a and b:
            found.append(
                (tuple(ar_idx[i - a : i]), tuple(en_idx[j - b : j]), float(sims[(a, b)][i - a, j - b]))
            )
        i, j = i - a, j - b
    found.reverse()
    return found


def _confidence(
    sim: float,
    ar_t: tuple[int, ...],
    en_t: tuple[int, ...],
    one: np.ndarray,
    used_ar: set[int],
    used_en: set[int],
) -> float:
    """Probability-like confidence of a link: high similarity and a clear margin over rivals."""
    rows = one[list(ar_t), :].copy()
    cols = one[:, list(en_t)].copy()
    rows[:, list(en_t)] = 0.0
    cols[list(ar_t), :] = 0.0
    rival = float(max(rows.max(initial=0.0), cols.max(initial=0.0)))
    margin = sim - rival
    z = -2.2 + 9.0 * sim + 6.0 * margin
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def _gap_confidence(sims: np.ndarray) -> float:
    """Confidence that a sentence really has no counterpart: low best similarity."""
    best = float(sims.max(initial=0.0))
    return round(max(0.0, min(1.0, 1.0 - 2.5 * best)), 3)
