"""Sentence alignment: a similarity matrix between the Arabic sentences' English
renderings and the English sentences, then a search for the best set of links.

Each candidate group (1-1, 1-2, 2-1, 1-3, 3-1, 2-2) gets a score from a few cheap
signals: content-word overlap (stems, numbers, name skeletons), how clearly it beats
its rivals in its row and column, Gale–Church length agreement and, in the first
pass, distance from the diagonal. The weights are fitted by logistic regression on
the rewrite benchmark (``bench/align_quality.py --calibrate``), not guessed.

When sentence vectors from a multilingual encoder are given (``workbench.encode``), five
more features join them: the Arabic and English sentences' cosine, its margin over the
k nearest rivals (as LASER mining), how clearly it beats its row's and column's best
rival (as Vecalign) and a group's gain over its best part; they have their own fitted
weights. Embeddings decide what corresponds; detectors decide what changed.

The search is a pure function of those matrices: a monotone dynamic programme where
leaving a sentence unlinked costs nothing, run again over what is left unlinked so
that moved paragraphs come back as crossing links. Huge inputs are aligned coarse to
fine (blocks of sentences first, then piece by piece along their path), so memory
grows linearly with the number of sentences; articles of normal size get the full search.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
from threadpoolctl import ThreadpoolController

from workbench.records import Link
from workbench.text.arabic import normalize_digits
from workbench.text.english import NUMBER_WORDS, STOPWORDS, stem
from workbench.text.names import skeleton

# Group shapes the search may use: (Arabic sentences, English sentences).
GROUPS: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2))
FEATURES = (
    "sim",
    "row_margin",
    "col_margin",
    "length_z",
    "diagonal",
    "extra_sentences",
    "sim_over_parts",
    "length_over_parts",
    "weakest_part",
    "neighbours",
    "bias",
    # sentence-embedding signal (zero when no encoder is used): cosine, LASER-style margin over the
    # k nearest rivals, how clearly it beats its row's and column's best rival, gain over the best part
    "emb_sim",
    "emb_margin",
    "emb_row_margin",
    "emb_col_margin",
    "emb_over_parts",
)
EMBEDDING_FEATURES = tuple(f for f in FEATURES if f.startswith("emb_"))

# Fitted by `python bench/align_quality.py --calibrate` on the dev halves (NTREX even documents, rewrites_dev).
# Keys: (first pass?, one-to-one?) → weights over FEATURES. Lexical only: the embedding features weigh 0.
_NO_EMBEDDING = (0.0,) * len(EMBEDDING_FEATURES)
CALIBRATED_WEIGHTS: dict[tuple[bool, bool], tuple[float, ...]] = {
    (True, True): (-17.695, 38.342, 32.171, -4.153, -4.930, 0.000, 0.000, 0.000, 0.000, 10.395, 3.907) + _NO_EMBEDDING,
    (True, False): (-59.522, 65.479, 56.372, -2.851, -4.927, -16.857, 44.237, 2.105, 51.638, 4.388, 20.319)
    + _NO_EMBEDDING,
    (False, True): (-17.016, 39.659, 32.559, -4.069, 0.000, 0.000, 0.000, 0.000, 0.000, 14.264, 1.784) + _NO_EMBEDDING,
    (False, False): (-60.048, 67.163, 56.611, -2.846, 0.000, -16.145, 49.047, 1.759, 46.669, 5.764, 18.048)
    + _NO_EMBEDDING,
}
# Platt scaling of a link's gain into a probability that it is right, and of a gap's best rival gain.
CALIBRATED_CONFIDENCE: tuple[float, float, float, float] = (0.361, 1.102, -0.325, 0.817)
# The same with the sentence-embedding signal (lexical evidence fused with the embedding margins).
CALIBRATED_EMBEDDING_WEIGHTS: dict[tuple[bool, bool], tuple[float, ...]] = {
    (True, True): (
        -15.027,
        5.507,
        15.496,
        -3.521,
        -4.794,
        0.000,
        0.000,
        0.000,
        0.000,
        5.548,
        2.022,
        3.370,
        -9.171,
        12.893,
        8.946,
        0.000,
    ),
    (True, False): (
        -39.857,
        39.091,
        44.630,
        -2.756,
        -7.339,
        -16.510,
        57.250,
        2.096,
        54.476,
        1.655,
        22.529,
        -5.722,
        -40.092,
        28.402,
        20.389,
        15.457,
    ),
    (False, True): (
        -15.256,
        6.236,
        16.305,
        -3.503,
        0.000,
        0.000,
        0.000,
        0.000,
        0.000,
        7.773,
        1.177,
        3.400,
        -9.812,
        13.955,
        8.817,
        0.000,
    ),
    (False, False): (
        -43.535,
        41.513,
        48.131,
        -2.766,
        0.000,
        -16.288,
        57.453,
        1.828,
        51.997,
        2.301,
        21.378,
        -5.220,
        -38.039,
        28.736,
        19.209,
        13.054,
    ),
}
CALIBRATED_EMBEDDING_CONFIDENCE: tuple[float, float, float, float] = (0.428, 1.746, -0.576, 0.664)


@dataclass(frozen=True)
class AlignOptions:
    """Weights and settings of the search (defaults: the calibrated ones)."""

    weights: dict[tuple[bool, bool], tuple[float, ...]] = field(default_factory=lambda: dict(CALIBRATED_WEIGHTS))
    confidence: tuple[float, float, float, float] = CALIBRATED_CONFIDENCE
    # used instead of the two above when sentence vectors are given
    embedding_weights: dict[tuple[bool, bool], tuple[float, ...]] = field(
        default_factory=lambda: dict(CALIBRATED_EMBEDDING_WEIGHTS)
    )
    embedding_confidence: tuple[float, float, float, float] = CALIBRATED_EMBEDDING_CONFIDENCE
    max_passes: int = 4
    # A crossing link found alone (not next to another crossing link) needs this much gain:
    # moved paragraphs move as blocks, while a lone crossing link is often a coincidence.
    lone_crossing_gain: float = 2.0
    groups: tuple[tuple[int, int], ...] = GROUPS
    # a link whose confidence is below this is marked uncertain (findings on it are downgraded)
    uncertain_below: float = 0.5
    # documents with more Arabic × English sentence pairs than this are aligned piecewise along a
    # coarse path, ``chunk`` Arabic sentences at a time, so memory grows linearly with the input
    max_cells: int = 90_000
    chunk: int = 150

    # with sentence vectors, sentences the search left unlinked get a last look (``fill_gaps``): one
    # facing an unlinked sentence of the other side, or continuing a neighbouring link, is linked uncertain
    fill_gaps: bool = True
    # set by ``for_signal``: the features carry the embedding signal
    embedded: bool = False

    def for_signal(self, embedded: bool) -> AlignOptions:
        """These options with the embedding weights moved into ``weights`` when ``embedded``."""
        if not embedded:
            return self
        return replace(self, weights=self.embedding_weights, confidence=self.embedding_confidence, embedded=True)


_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")


@lru_cache(maxsize=200_000)
def _token_features(tok: str) -> tuple[str, ...]:
    low = tok.lower()
    if tok[0].isdigit():
        return ("#" + low.replace(",", ""),)
    if low in NUMBER_WORDS:
        return ("#" + str(NUMBER_WORDS[low]),)
    if low in STOPWORDS or len(low) < 2:
        return ()
    out = ["w:" + stem(low)]
    if len(low) >= 4:
        skel = skeleton(low)
        if len(skel) >= 3:
            out.append("k:" + skel)
    return tuple(out)


def features(text: str) -> Counter[str]:
    """Matching features of an English text: stems, numbers, name skeletons."""
    feats: Counter[str] = Counter()
    for tok in _TOKEN.findall(normalize_digits(text)):
        feats.update(_token_features(tok))
    return feats


_KIND_WEIGHT = {"#": 2.5, "w": 1.0, "k": 0.5}
# The products here are small: BLAS threads only fight each other (and batch workers) for cores.
_BLAS = ThreadpoolController()


class SimilarityModel:
    """Weighted feature vectors for two sides; group similarities by matrix products."""

    def __init__(
        self,
        src_texts: Sequence[str],
        tgt_texts: Sequence[str],
        src_lengths: Sequence[int] | None = None,
        *,
        src_vectors: np.ndarray | None = None,
        tgt_vectors: np.ndarray | None = None,
    ) -> None:
        if (src_vectors is None) != (tgt_vectors is None):
            raise ValueError("sentence vectors must be given for both sides or neither")
        if src_vectors is not None and tgt_vectors is not None:
            if len(src_vectors) != len(src_texts) or len(tgt_vectors) != len(tgt_texts):
                raise ValueError("one sentence vector per sentence is needed on each side")
        self.src_vectors = src_vectors
        self.tgt_vectors = tgt_vectors
        self._cosines: dict[tuple[int, int], np.ndarray] = {}
        src = [features(t) for t in src_texts]
        tgt = [features(t) for t in tgt_texts]
        df: Counter[str] = Counter()
        for f in src + tgt:
            df.update(f.keys())
        vocab = {f: i for i, f in enumerate(df)}
        n_docs = max(1, len(src) + len(tgt))
        weights = np.zeros(len(vocab), dtype=np.float32)
        for feat, i in vocab.items():
            weights[i] = _KIND_WEIGHT[feat[0]] * math.log(1.0 + n_docs / df[feat])
        self.src = self._matrix(src, vocab)
        self.tgt = self._matrix(tgt, vocab)
        self.weights = weights
        # lengths for the length prior: the Arabic originals' when known (steadier than a rendering's)
        lengths = src_lengths if src_lengths is not None else [len(t) for t in src_texts]
        self.src_len = np.array([max(1, n) for n in lengths], dtype=np.float64)
        self.tgt_len = np.array([max(1, len(t)) for t in tgt_texts], dtype=np.float64)
        self.n, self.m = len(src_texts), len(tgt_texts)
        self.shared = np.flatnonzero((self.src.sum(axis=0) > 0) & (self.tgt.sum(axis=0) > 0))
        self.src_shared = np.ascontiguousarray(self.src[:, self.shared])
        self.tgt_shared = np.ascontiguousarray(self.tgt[:, self.shared])
        self.shared_weights = self.weights[self.shared]
        self._sims: dict[tuple[int, int], np.ndarray] = {}

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
        """Dice similarity of every a-sentence Arabic group with every b-sentence English group (memoised)."""
        key = (a, b)
        if key not in self._sims:
            size_a = (self._union(self.src, a) @ self.weights)[:, None]
            size_b = (self._union(self.tgt, b) @ self.weights)[None, :]
            # only features present on both sides can intersect: a much narrower product
            inter = (self._union(self.src_shared, a) * self.shared_weights) @ self._union(self.tgt_shared, b).T
            with np.errstate(invalid="ignore", divide="ignore"):
                dice = np.where(size_a + size_b > 0, 2 * inter / (size_a + size_b), 0.0)
            self._sims[key] = dice.astype(np.float64)
        return self._sims[key]

    @property
    def embedded(self) -> bool:
        """Whether sentence vectors (the embedding signal) are available."""
        return self.src_vectors is not None

    @staticmethod
    def _group_vectors(v: np.ndarray, k: int) -> np.ndarray:
        """Row r = unit-length sum of vectors r..r+k-1 (a group's meaning, as Vecalign approximates it)."""
        if len(v) < k:
            return np.zeros((0, v.shape[1]), dtype=np.float64)
        c = np.concatenate((np.zeros((1, v.shape[1])), np.cumsum(v, axis=0, dtype=np.float64)))
        out = c[k:] - c[:-k]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)

    def group_cosine(self, a: int, b: int) -> np.ndarray:
        """Cosine of every a-sentence Arabic group's vector with every b-sentence English group's (memoised)."""
        assert self.src_vectors is not None and self.tgt_vectors is not None
        key = (a, b)
        if key not in self._cosines:
            self._cosines[key] = self._group_vectors(self.src_vectors, a) @ self._group_vectors(self.tgt_vectors, b).T
        return self._cosines[key]

    @staticmethod
    def _window_sum(v: np.ndarray, k: int) -> np.ndarray:
        c = np.concatenate(([0.0], np.cumsum(v)))
        return c[k:] - c[:-k] if len(v) >= k else np.zeros(0)

    def length_z(self, a: int, b: int) -> np.ndarray:
        """|Gale–Church z| of the groups' lengths (English chars vs rendered Arabic chars), log-scaled."""
        la = self._window_sum(self.src_len, a)[:, None]
        lb = self._window_sum(self.tgt_len, b)[None, :]
        c = self.tgt_len.sum() / self.src_len.sum()
        z = np.abs(c * la - lb) / np.sqrt(6.8 * (la + lb / c) / 2)
        return np.log1p(np.minimum(z, 50.0))


def _margins(s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How much each cell beats the best other cell of its row and of its column."""

    def beat(mat: np.ndarray) -> np.ndarray:
        if mat.shape[1] < 2:
            return mat.copy()
        top2 = -np.partition(-mat, 1, axis=1)[:, :2]
        best_other = np.where(mat >= top2[:, :1], top2[:, 1:2], top2[:, :1])
        return mat - best_other

    return beat(s), beat(s.T).T


_KNN = 3  # rivals a LASER-style margin compares a cosine with, per row and per column


def _knn_margin(cos: np.ndarray) -> np.ndarray:
    """Cosine minus the mean of the k best cosines of its row and of its column (LASER's margin)."""

    def knn(mat: np.ndarray) -> np.ndarray:
        k = min(_KNN, mat.shape[1])
        return np.asarray(-np.partition(-mat, k - 1, axis=1)[:, :k].mean(axis=1))

    return cos - (knn(cos)[:, None] + knn(cos.T)[None, :]) / 2


def _embedding_features(model: SimilarityModel, a: int, b: int) -> tuple[np.ndarray, ...]:
    """emb_* features of every a×b group position (zeros without sentence vectors)."""
    rows_, cols_ = max(0, model.n - a + 1), max(0, model.m - b + 1)
    if not model.embedded:
        zero = np.zeros((rows_, cols_))
        return (zero,) * len(EMBEDDING_FEATURES)
    cos = model.group_cosine(a, b)
    row, col = _margins(cos)
    if (a, b) == (1, 1):
        over_parts = np.zeros(cos.shape)
    else:
        one = model.group_cosine(1, 1)
        best_part = np.full(cos.shape, -1.0)
        for dx in range(a):
            for dy in range(b):
                best_part = np.maximum(best_part, one[dx : dx + rows_, dy : dy + cols_])
        over_parts = cos - best_part
    return cos, _knn_margin(cos), row, col, over_parts


def candidate_features(model: SimilarityModel, a: int, b: int) -> np.ndarray:
    """FEATURES for every a×b group position: array of shape (len(FEATURES), n-a+1, m-b+1).

    A group is compared with its best part: a true merge covers its English sentence
    better, in words and in length, than either Arabic sentence alone.
    """
    s = model.group_similarity(a, b)
    out = np.empty((len(FEATURES), *s.shape))
    if s.size == 0:
        return out
    row, col = _margins(s)
    xs = (np.arange(s.shape[0]) + a / 2) / max(1, model.n)
    ys = (np.arange(s.shape[1]) + b / 2) / max(1, model.m)
    diagonal = np.abs(xs[:, None] - ys[None, :])
    extra = np.full(s.shape, float(a + b - 2))
    lz = model.length_z(a, b)
    # moved paragraphs move as blocks: support from the diagonal neighbours before and after
    one = model.group_similarity(1, 1)
    padded = np.pad(one, 1)
    rows_, cols_ = s.shape
    before = padded[0:rows_, 0:cols_]  # one[x-1, y-1]
    after = padded[1 + a : 1 + a + rows_, 1 + b : 1 + b + cols_]  # one[x+a, y+b]
    neighbours = np.maximum(before, after)
    if (a, b) == (1, 1):
        sim_gain = np.zeros(s.shape)
        len_gain = np.zeros(s.shape)
        weakest = np.zeros(s.shape)
    else:
        one_lz = model.length_z(1, 1)
        best_part = np.full(s.shape, -1.0)
        best_len = np.full(s.shape, 1e9)
        weakest = np.full(s.shape, 1e9)
        for dx in range(a):
            for dy in range(b):
                best_part = np.maximum(best_part, one[dx : dx + rows_, dy : dy + cols_])
                best_len = np.minimum(best_len, one_lz[dx : dx + rows_, dy : dy + cols_])
                # every sentence of a merge should share words with the other side on its own
                if a == 1 or b == 1:
                    weakest = np.minimum(weakest, one[dx : dx + rows_, dy : dy + cols_])
        if a > 1 and b > 1:
            weakest = np.zeros(s.shape)
        sim_gain = s - best_part
        len_gain = best_len - lz
    lexical = (s, row, col, lz, diagonal, extra, sim_gain, len_gain, weakest, neighbours, 1.0)
    for k, value in enumerate(lexical + _embedding_features(model, a, b)):
        out[k] = value
    return out


def align(
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    *,
    options: AlignOptions | None = None,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]] = (),
    src_lengths: Sequence[int] | None = None,
    src_vectors: np.ndarray | None = None,
    tgt_vectors: np.ndarray | None = None,
) -> tuple[Link, ...]:
    """Align Arabic renderings ``src_texts`` with English sentences ``tgt_texts``.

    ``anchors`` are user-fixed groups (Arabic ids, English ids) kept as given;
    ``src_lengths`` the Arabic sentences' lengths in characters, for the length prior;
    ``src_vectors``/``tgt_vectors`` unit sentence vectors of the Arabic originals and the English
    sentences from one multilingual encoder (the embedding signal; both or neither).
    Every sentence of both sides appears in exactly one returned link.
    """
    opts = options or AlignOptions()
    lengths = [len(t) for t in src_texts] if src_lengths is None else list(src_lengths)
    with _BLAS.limit(limits=1, user_api="blas"):
        if len(src_texts) * len(tgt_texts) > opts.max_cells:
            return _align_piecewise(src_texts, tgt_texts, lengths, src_vectors, tgt_vectors, opts, anchors)
        return _align_whole(src_texts, tgt_texts, lengths, src_vectors, tgt_vectors, opts, anchors)


def _align_whole(
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    lengths: Sequence[int],
    src_vectors: np.ndarray | None,
    tgt_vectors: np.ndarray | None,
    opts: AlignOptions,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]],
) -> tuple[Link, ...]:
    """The full search: every group position of both documents scored at once (quadratic memory)."""
    model = SimilarityModel(src_texts, tgt_texts, lengths, src_vectors=src_vectors, tgt_vectors=tgt_vectors)
    feats = {g: candidate_features(model, *g) for g in opts.groups}
    return align_features(
        feats, len(src_texts), len(tgt_texts), options=opts.for_signal(model.embedded), anchors=anchors
    )


def _align_piecewise(
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    lengths: Sequence[int],
    src_vectors: np.ndarray | None,
    tgt_vectors: np.ndarray | None,
    opts: AlignOptions,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]],
) -> tuple[Link, ...]:
    """Coarse-to-fine search for huge inputs (as Vecalign): align blocks of sentences, then align the
    sentences piece by piece along the blocks' path. Each piece is at most ``opts.chunk`` sentences a side,
    so memory is linear in sentences; links never cross a piece boundary."""
    n, m = len(src_texts), len(tgt_texts)
    block = max(2, math.ceil(math.sqrt(n * m) / opts.chunk))

    def blocks(items: Sequence[str]) -> list[str]:
        return [" ".join(items[k : k + block]) for k in range(0, len(items), block)]

    def block_vectors(v: np.ndarray | None) -> np.ndarray | None:
        if v is None:
            return None
        return SimilarityModel._group_vectors(v, block)[::block] if len(v) >= block else None

    coarse_src_vectors, coarse_tgt_vectors = block_vectors(src_vectors), block_vectors(tgt_vectors)
    if (
        coarse_src_vectors is None
        or coarse_tgt_vectors is None
        or len(coarse_src_vectors) * block < n
        or len(coarse_tgt_vectors) * block < m
    ):
        coarse_src_vectors = coarse_tgt_vectors = None  # ragged last block: align the blocks by words alone
    coarse = align(
        blocks(src_texts),
        blocks(tgt_texts),
        options=replace(opts, max_passes=1),
        src_lengths=[sum(lengths[k : k + block]) for k in range(0, n, block)],
        src_vectors=coarse_src_vectors,
        tgt_vectors=coarse_tgt_vectors,
    )
    # points (x, y): Arabic sentences before x correspond to English sentences before y
    points = [(0, 0)]
    for link in coarse:
        if link.ar and link.en:
            x, y = min(n, (link.ar[-1] + 1) * block), min(m, (link.en[-1] + 1) * block)
            if x >= points[-1][0] and y >= points[-1][1]:
                points.append((x, y))
    points.append((n, m))
    path = _densify(points, max(1, opts.chunk // 3))
    links: list[Link] = []
    x0, y0 = 0, 0
    while x0 < n or y0 < m:
        ahead = [p for p in path if p[0] >= x0 and p[1] >= y0 and p != (x0, y0)] or [(n, m)]
        end = next((p for p in ahead if max(p[0] - x0, p[1] - y0) >= opts.chunk), ahead[-1])
        keep_to = next((p for p in ahead if max(p[0] - x0, p[1] - y0) >= 2 * opts.chunk // 3), end)
        inside = [
            (tuple(i - x0 for i in ar_ids), tuple(j - y0 for j in en_ids))
            for ar_ids, en_ids in anchors
            if all(x0 <= i < end[0] for i in ar_ids) and all(y0 <= j < end[1] for j in en_ids)
        ]
        piece = [
            replace(k, ar=tuple(i + x0 for i in k.ar), en=tuple(j + y0 for j in k.en))
            for k in _align_whole(
                src_texts[x0 : end[0]],
                tgt_texts[y0 : end[1]],
                lengths[x0 : end[0]],
                None if src_vectors is None else src_vectors[x0 : end[0]],
                None if tgt_vectors is None else tgt_vectors[y0 : end[1]],
                opts,
                inside,
            )
        ]
        if end == (n, m):
            links += piece
            break
        # keep what the piece aligned up to its last sure link before ``keep_to``; realign the rest
        cut = keep_to
        for k in sorted((k for k in piece if k.ar and k.en), key=lambda k: (k.ar[-1], k.en[-1]), reverse=True):
            candidate = (k.ar[-1] + 1, k.en[-1] + 1)
            if candidate[0] <= keep_to[0] and candidate[1] <= keep_to[1] and not _splits(candidate, anchors):
                cut = candidate
                break
        links += _below(piece, cut, (x0, y0))
        x0, y0 = cut
    return tuple(sorted(links, key=link_order))


def _densify(points: list[tuple[int, int]], step: int) -> list[tuple[int, int]]:
    """The monotone path through ``points`` with a point at least every ``step`` sentences a side."""
    dense = [points[0]]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        steps = max(1, math.ceil(max(x1 - x0, y1 - y0) / step))
        dense += [(x0 + (x1 - x0) * t // steps, y0 + (y1 - y0) * t // steps) for t in range(1, steps + 1)]
    return list(dict.fromkeys(dense))


def _splits(cut: tuple[int, int], anchors: Sequence[tuple[Sequence[int], Sequence[int]]]) -> bool:
    """Whether cutting before Arabic ``cut[0]`` and English ``cut[1]`` separates an anchor's sentences."""
    x, y = cut
    return any(len({i < x for i in ar} | {j < y for j in en}) > 1 for ar, en in anchors)


def _below(piece: list[Link], cut: tuple[int, int], start: tuple[int, int]) -> list[Link]:
    """The links of ``piece`` wholly before ``cut``; a sentence before it whose link crosses it is left
    unlinked (and uncertain)."""
    x, y = cut
    kept = [k for k in piece if all(i < x for i in k.ar) and all(j < y for j in k.en)]
    covered_ar = {i for k in kept for i in k.ar}
    covered_en = {j for k in kept for j in k.en}
    kept += [Link((i,), (), 0.5, uncertain=True) for i in range(start[0], x) if i not in covered_ar]
    kept += [Link((), (j,), 0.5, uncertain=True) for j in range(start[1], y) if j not in covered_en]
    return kept


def gains(
    feats: np.ndarray, weights: dict[tuple[bool, bool], tuple[float, ...]], first_pass: bool, one_to_one: bool
) -> np.ndarray:
    """Log-odds that each candidate group is a true link (skipping scores 0)."""
    return np.tensordot(np.asarray(weights[(first_pass, one_to_one)]), feats, axes=1)


def align_features(
    feats: dict[tuple[int, int], np.ndarray],
    n: int,
    m: int,
    *,
    options: AlignOptions,
    anchors: Sequence[tuple[Sequence[int], Sequence[int]]] = (),
) -> tuple[Link, ...]:
    """The alignment search on precomputed candidate features (pure)."""
    links: list[Link] = []
    used_ar: set[int] = set()
    used_en: set[int] = set()
    for ar_ids, en_ids in anchors:
        ar_t, en_t = tuple(sorted(set(ar_ids))), tuple(sorted(set(en_ids)))
        if any(not 0 <= i < n for i in ar_t) or any(not 0 <= j < m for j in en_t):
            raise ValueError(f"anchor {list(ar_t)}:{list(en_t)} names a sentence id out of range")
        if used_ar & set(ar_t) or used_en & set(en_t):
            raise ValueError("anchors overlap: each sentence can be in one anchor only")
        links.append(Link(ar_t, en_t, 1.0))
        used_ar.update(ar_t)
        used_en.update(en_t)
    alpha, beta, gap_alpha, gap_beta = options.confidence
    for pass_no in range(options.max_passes):
        ar_left = [i for i in range(n) if i not in used_ar]
        en_left = [j for j in range(m) if j not in used_en]
        if not ar_left or not en_left:
            break
        scores = {g: gains(f, options.weights, pass_no == 0, g == (1, 1)) for g, f in feats.items() if f.size}
        found = monotone_search(scores, ar_left, en_left)
        if pass_no > 0:
            found = _keep_blocks(found, options.lone_crossing_gain)
        if not found:
            break
        for ar_t, en_t, gain in found:
            links.append(_scored(ar_t, en_t, _sigmoid(alpha * gain + beta), options))
            used_ar.update(ar_t)
            used_en.update(en_t)
    if options.embedded and options.fill_gaps:
        links = fill_gaps(links, feats, n, m, options, fixed=len(anchors))
        used_ar = {i for link in links for i in link.ar}
        used_en = {j for link in links for j in link.en}
    one = gains(feats[(1, 1)], options.weights, True, True) if (1, 1) in feats and feats[(1, 1)].size else None
    for i in range(n):
        if i not in used_ar:
            rival = float(one[i].max()) if one is not None else -10.0
            links.append(_scored((i,), (), _sigmoid(gap_alpha * rival + gap_beta), options))
    for j in range(m):
        if j not in used_en:
            rival = float(one[:, j].max()) if one is not None else -10.0
            links.append(_scored((), (j,), _sigmoid(gap_alpha * rival + gap_beta), options))
    return tuple(sorted(links, key=link_order))


#: an unlinked Arabic and an unlinked English sentence facing each other (between the same two links) whose
#: cosine reaches this are one sentence translated: NTREX's 1-1 pairs the search left apart score 0.28-0.52,
#: while an omission and an addition facing each other in rewrites_dev and corpora/ score 0.21-0.31.
FACING_SIMILARITY = 0.35
#: an unlinked English sentence continues the link of one Arabic sentence (a sentence the Arabic segmenter
#: kept whole, as around an open quotation, and the search linked to part of its translation) when joining
#: it brings the link's lengths closer and costs its cosine at most this. Such pieces in NTREX cost -0.05 to
#: 0.09; real additions next to a link in rewrites_dev and corpora/ cost 0.04-0.22, and those under 0.10
#: leave the lengths worse. Arabic sentences are not joined: on rewrites with dropped sentences, an
#: omission next to a link joined it as often as not.
JOIN_COSINE_DROP = 0.08
_EMB_SIM = FEATURES.index("emb_sim")
_LENGTH_Z = FEATURES.index("length_z")


def fill_gaps(
    links: Sequence[Link],
    feats: dict[tuple[int, int], np.ndarray],
    n: int,
    m: int,
    options: AlignOptions,
    *,
    fixed: int = 0,
) -> list[Link]:
    """Links for sentences the search left unlinked though their counterpart is plainly there (pure).

    First, an unlinked Arabic and an unlinked English sentence facing each other (each lies between the
    counterparts of the other's linked neighbours, or both lie right before, or right after, the two sides
    of one link) are linked when their cosine reaches FACING_SIMILARITY,
    most similar pairs first. Then an unlinked English sentence next to the link of one Arabic sentence
    joins it when the link's lengths come closer to balance and its cosine drops by at most
    JOIN_COSINE_DROP. Both kinds of link are marked uncertain: detectors on them say minor. ``links``: the
    links found so far (both sides filled), the first ``fixed`` of them user anchors, which are never
    grown, nor is a facing link.
    """
    alpha, beta, _, _ = options.confidence
    out = list(links)
    found = len(out)  # links the search found: only those may grow (a facing link is a guess already)
    cos = feats[(1, 1)][_EMB_SIM] if (1, 1) in feats and feats[(1, 1)].size else np.zeros((n, m))
    while True:
        free_ar, free_en = _unlinked(out, n, m)
        facing = _Facing(out, n, m)
        facing_pairs = {(i, j) for i in free_ar for j in facing.window(i) if j in free_en}
        facing_pairs = {(i, j) for i, j in facing_pairs if i in facing.window(j, en=True)} | _beside_one_link(
            out, free_ar, free_en
        )
        pairs = sorted(((float(cos[i, j]), i, j) for i, j in facing_pairs), reverse=True)
        pair = next(((i, j) for c, i, j in pairs if c >= FACING_SIMILARITY), None)
        if pair is None:
            break
        i, j = pair
        gain = float(gains(feats[(1, 1)][:, i : i + 1, j : j + 1], options.weights, False, True)[0, 0])
        out.append(Link((i,), (j,), _sigmoid(alpha * gain + beta), uncertain=True))
    while True:
        free_en = _unlinked(out, n, m)[1]
        best: tuple[float, int, Link] | None = None
        for k in range(fixed, found):
            link = out[k]
            for en_ids in _extensions(link, free_en):
                shape = (len(link.ar), len(en_ids))
                if shape not in feats or not feats[shape].size:
                    continue
                old = feats[(len(link.ar), len(link.en))][:, link.ar[0], link.en[0]]
                new = feats[shape][:, link.ar[0] : link.ar[0] + 1, en_ids[0] : en_ids[0] + 1]
                drop = float(old[_EMB_SIM] - new[_EMB_SIM, 0, 0])
                closer = new[_LENGTH_Z, 0, 0] < old[_LENGTH_Z]
                if closer and drop <= JOIN_COSINE_DROP and (best is None or drop < best[0]):
                    gain = float(gains(new, options.weights, False, False)[0, 0])
                    best = (drop, k, Link(link.ar, en_ids, _sigmoid(alpha * gain + beta), uncertain=True))
        if best is None:
            return out
        out[best[1]] = best[2]


#: a link whose Arabic and English the encoder finds this unrelated (cosine of their summed vectors) is no
#: translation: the aligner paired two leftovers, typically the Arabic's closing background with the
#: English writer's own. Tuning pairs: correct links 0.34 and up (937 links), one such pairing at 0.18;
#: NTREX dev half (seed 41): a faithful translation at 0.235, so the bar sits below it.
UNRELATED_COSINE = 0.20


def _meaning(v: np.ndarray, ids: Sequence[int]) -> np.ndarray:
    """The unit vector of some sentences together: the normalised sum of their rows of ``v``."""
    total = v[list(ids)].sum(axis=0)
    return np.asarray(total / (np.linalg.norm(total) or 1.0))


def unlink_unrelated(
    links: Sequence[Link],
    src_vectors: np.ndarray,
    tgt_vectors: np.ndarray,
    *,
    fixed: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
    below: float = UNRELATED_COSINE,
) -> tuple[Link, ...]:
    """The links, each one whose two sides the encoder finds unrelated (cosine below ``below``) broken into
    its sentences, unlinked: an omission and an addition rather than a translation. ``fixed`` links
    (anchors the caller gave) stay."""
    out: list[Link] = []
    for link in links:
        if not link.ar or not link.en or (link.ar, link.en) in fixed:
            out.append(link)
            continue
        cosine = float(_meaning(src_vectors, link.ar) @ _meaning(tgt_vectors, link.en))
        if cosine >= below:
            out.append(link)
            continue
        gap = round(1.0 - max(cosine, 0.0), 3)
        out.extend(Link((i,), (), gap) for i in link.ar)
        out.extend(Link((), (j,), gap) for j in link.en)
    return tuple(sorted(out, key=link_order))


#: a headline: a first line of this many words at most with no stop at its end
HEADLINE_MAX_WORDS = 20
#: both headlines, and the rest of the link one was merged into, must read this much alike, and the headlines
#: more alike than the merged headline and the other side's lead (tuning pairs: headline pairs 0.44-0.65, the
#: merged headline and the lead it was merged with 0.27-0.38)
HEADLINE_COSINE = 0.4


def _headline(text: str) -> bool:
    t = text.strip()
    return bool(t) and t[-1] not in '.!?؟…"”»' and len(t.split()) <= HEADLINE_MAX_WORDS


def split_headlines(
    links: Sequence[Link],
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    src_vectors: np.ndarray,
    tgt_vectors: np.ndarray,
    *,
    fixed: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
    at_least: float = HEADLINE_COSINE,
) -> tuple[Link, ...]:
    """Both articles open with a headline, and the aligner merged one side's headline into the lead's link
    while the other side's headline stayed alone (a headline repeats its lead, so the merge scores well): the
    two headlines are linked to each other and the lead to the lead, when the encoder finds both pairs alike
    (``at_least``). Tuning pairs: three of 184 rewrites lost their English headline this way; ``fixed``
    links (anchors the caller gave) stay."""
    if not src_texts or not tgt_texts or not (_headline(src_texts[0]) and _headline(tgt_texts[0])):
        return tuple(links)
    for this, other in (("ar", "en"), ("en", "ar")):
        lone = next((k for k in links if not getattr(k, other) and getattr(k, this) == (0,)), None)
        merged = next(
            (
                k
                for k in links
                if getattr(k, other)[:1] == (0,)
                and len(getattr(k, other)) > 1
                and getattr(k, this)
                and 0 not in getattr(k, this)
            ),
            None,
        )
        if lone is None or merged is None or (merged.ar, merged.en) in fixed:
            continue
        head = float(_meaning(src_vectors, (0,)) @ _meaning(tgt_vectors, (0,)))
        ar_rest = merged.ar[1:] if this == "en" else merged.ar
        en_rest = merged.en[1:] if this == "ar" else merged.en
        rest = float(_meaning(src_vectors, ar_rest) @ _meaning(tgt_vectors, en_rest))
        # the merged headline against the lead it was merged with
        across = float(
            _meaning(src_vectors, (0,)) @ _meaning(tgt_vectors, en_rest)
            if this == "en"
            else _meaning(src_vectors, ar_rest) @ _meaning(tgt_vectors, (0,))
        )
        if head < at_least or rest < at_least or head <= across:
            continue
        kept = [k for k in links if k is not lone and k is not merged]
        kept += [Link((0,), (0,), round(head, 3)), Link(ar_rest, en_rest, round(rest, 3))]
        return tuple(sorted(kept, key=link_order))
    return tuple(links)


#: a sentence joined to a neighbour's link by its figures may cost the link's cosine this much at most: the
#: encoder reads names and figures poorly, so a piece made of them (a list of quarters and a count) lowers
#: it more than a piece of plain words would (JOIN_COSINE_DROP), but a sentence about another matter lowers
#: it further still.
FIGURES_COSINE_DROP = 0.15


def join_by_figures(
    links: Sequence[Link],
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    src_vectors: np.ndarray,
    tgt_vectors: np.ndarray,
    *,
    fixed: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
) -> tuple[Link, ...]:
    """The links, an unlinked sentence joined to the link next to it on its own side when it carries figures
    that the link's other side gives and its own side lacks (pure): one Arabic sentence split in two by the
    English, the second half ('This phase covers 350 houses …') holding the count the first left out, or two
    Arabic sentences merged into one English lead. Every figure of the sentence must be there, none may be
    in the link already, and the link's cosine may drop by FIGURES_COSINE_DROP at most. A grown link is
    uncertain (its findings minor). ``fixed`` links (user anchors) stay as given."""
    out = list(links)
    sides = {"ar": (src_texts, src_vectors), "en": (tgt_texts, tgt_vectors)}
    for gap in links:
        if bool(gap.ar) == bool(gap.en):
            continue
        own, other = ("ar", "en") if gap.ar else ("en", "ar")
        x = getattr(gap, own)[0]
        wanted = _figures(sides[own][0][x])
        if not wanted:
            continue
        for n, k in enumerate(out):
            ids = getattr(k, own)
            if not k.ar or not k.en or (k.ar, k.en) in fixed or (x - 1 not in ids and x + 1 not in ids):
                continue
            given = set().union(*(_figures(sides[other][0][i]) for i in getattr(k, other)))
            held = set().union(*(_figures(sides[own][0][i]) for i in ids))
            if not wanted <= given - held:
                continue
            there = _meaning(sides[other][1], getattr(k, other))
            joined = tuple(sorted((*ids, x)))
            drop = float(_meaning(sides[own][1], ids) @ there - _meaning(sides[own][1], joined) @ there)
            if drop <= FIGURES_COSINE_DROP:
                ar_ids, en_ids = (joined, k.en) if own == "ar" else (k.ar, joined)
                out[n] = Link(ar_ids, en_ids, k.score, uncertain=True)
                out.remove(gap)
                break
    return tuple(sorted(out, key=link_order))


#: an unlinked Arabic sentence is merged into the English sentence the encoder finds closest to it when that
#: sentence holds at least this many words and figures its own Arabic does not give and this one's rendering
#: does. Tuning pairs 21-212 and rewrites_dev: sentences a rewrite merged into a lead or a quote's sentence,
#: often far from it, give 3-12; sentences the English really leaves out give 2 at most (113 of them).
JOIN_WORDS_MIN = 3
#: ... and when the English sentence reads at least as close to the Arabic merged as to its own Arabic alone,
#: within this much (merges: -0.001 to +0.22; the omissions that share two words: -0.12 to -0.05)
JOIN_WORDS_COSINE_DROP = 0.02


def _content(text: str) -> set[str]:
    """A text's stems and figures as matching features (not the name skeletons, which repeat the stems)."""
    return {f for f in features(text) if f[0] in "w#"}


def join_by_words(
    links: Sequence[Link],
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    src_vectors: np.ndarray,
    tgt_vectors: np.ndarray,
    *,
    fixed: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
) -> tuple[Link, ...]:
    """The links, each unlinked Arabic sentence merged into the link of the English sentence that carries it
    (pure): a rewrite folds a later sentence of the Arabic (a witness's account, the police's advice, a
    count) into its lead or into a sentence paragraphs away, which a monotone search cannot link. The English
    sentence is the one the encoder finds closest to it; it must hold JOIN_WORDS_MIN words or figures that
    this sentence's rendering ``src_texts`` gives and its link's Arabic does not, and read no further from
    the Arabic merged (JOIN_WORDS_COSINE_DROP). Arabic ids of the grown link need not be consecutive (SPEC
    §4 allows it); the link is uncertain (its findings minor). ``fixed`` links (user anchors) stay."""
    out = list(links)
    for gap in links:
        if not gap.ar or gap.en or len(gap.ar) != 1 or not len(tgt_vectors):
            continue
        x = gap.ar[0]
        j = int(np.argmax(tgt_vectors @ src_vectors[x]))
        n = next((n for n, k in enumerate(out) if j in k.en), None)
        if n is None or not out[n].ar or (out[n].ar, out[n].en) in fixed:
            continue
        k = out[n]
        given = _content(tgt_texts[j]) - set().union(*(_content(src_texts[i]) for i in k.ar))
        if len(given & _content(src_texts[x])) < JOIN_WORDS_MIN:
            continue
        there = _meaning(tgt_vectors, k.en)
        joined = tuple(sorted((*k.ar, x)))
        drop = float(_meaning(src_vectors, k.ar) @ there - _meaning(src_vectors, joined) @ there)
        if drop > JOIN_WORDS_COSINE_DROP:
            continue
        out[n] = Link(joined, k.en, k.score, uncertain=True)
        out.remove(gap)
    return tuple(sorted(out, key=link_order))


#: an unlinked Arabic sentence and an unlinked English sentence that share at least this many words and figures
#: (the Arabic's rendering against the English) are one sentence the English moved, however far. The 408 tuning pairs
#: of bench/rewrites_heldout and the 20 of rewrites_dev, after join_by_words: such pairs sharing 5-8 are all moved
#: sentences (4); at 4, one of three is; at 3, one of ten.
MOVED_WORDS_MIN = 5


def link_moved(
    links: Sequence[Link],
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    src_vectors: np.ndarray,
    tgt_vectors: np.ndarray,
    *,
    fixed: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
) -> tuple[Link, ...]:
    """The links, an unlinked Arabic sentence and an unlinked English sentence linked (pure, uncertain) where each
    is the other's best by the words and figures they share (MOVED_WORDS_MIN at least; the encoder breaks a tie),
    and the encoder does not find them unrelated (UNRELATED_COSINE): a sentence the English moved paragraphs away,
    past the sentences around it, which neither the search nor a facing gap finds (a quote's account the English
    tells after the official's reply). ``fixed`` links (user anchors) stay as they are."""
    taken = {i for a, _ in fixed for i in a}, {j for _, e in fixed for j in e}
    free_ar = [k.ar[0] for k in links if len(k.ar) == 1 and not k.en and k.ar[0] not in taken[0]]
    free_en = [k.en[0] for k in links if len(k.en) == 1 and not k.ar and k.en[0] not in taken[1]]
    if not free_ar or not free_en:
        return tuple(links)

    src_words = {i: _content(src_texts[i]) for i in free_ar}
    tgt_words = {j: _content(tgt_texts[j]) for j in free_en}

    def strength(i: int, j: int) -> tuple[int, float]:
        return len(src_words[i] & tgt_words[j]), float(src_vectors[i] @ tgt_vectors[j])

    best_en = {i: max(free_en, key=lambda j: strength(i, j)) for i in free_ar}
    best_ar = {j: max(free_ar, key=lambda i: strength(i, j)) for j in free_en}
    pairs = [(i, j) for i, j in best_en.items() if best_ar[j] == i]
    pairs = [(i, j) for i, j in pairs if strength(i, j)[0] >= MOVED_WORDS_MIN and strength(i, j)[1] >= UNRELATED_COSINE]
    if not pairs:
        return tuple(links)
    gaps = {((i,), ()) for i, _ in pairs} | {((), (j,)) for _, j in pairs}
    out = [k for k in links if (k.ar, k.en) not in gaps]
    out += [Link((i,), (j,), round(strength(i, j)[1], 3), uncertain=True) for i, j in pairs]
    return tuple(sorted(out, key=link_order))


#: an Arabic sentence still unlinked is merged into the link of an English sentence where one clause of that sentence
#: (one or two of the pieces its commas, semicolons and dashes divide, four words at least, not the whole) reads like
#: it: the clause's cosine with it reaches CLAUSE_JOIN_SIMILARITY, beats the clause's cosine with the link's own
#: Arabic by CLAUSE_JOIN_MARGIN, and the clause holds CLAUSE_JOIN_WORDS words or figures of its rendering that the
#: link's Arabic does not give. A rewrite's lead folds a later sentence's point into a clause ('…, killed by a fall in
#: dissolved oxygen as temperatures rose' for ويُعتقد أن انخفاض نسبة الأكسجين …), which the whole sentence's vector,
#: the lead's other clauses in it, reads too far from the Arabic for join_by_words. On the 680 tuning pairs of
#: bench/rewrites_heldout after the other passes (42 unlinked Arabic sentences the gold merges, 340 it leaves out):
#: 19 merged, each into the link the gold gives it, and 1 sentence the English leaves out.
CLAUSE_JOIN_SIMILARITY = 0.3
CLAUSE_JOIN_MARGIN = 0.1
CLAUSE_JOIN_WORDS = 2
# the marks between clauses: a comma not inside a figure (3,000), a semicolon, a dash
_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d)|;|[–—]|\s-\s")
_CLAUSE_MIN_WORDS = 4


def join_by_clause(
    links: Sequence[Link],
    src_texts: Sequence[str],
    tgt_texts: Sequence[str],
    src_vectors: np.ndarray,
    encode: Callable[[list[str]], np.ndarray],
    *,
    fixed: Collection[tuple[tuple[int, ...], tuple[int, ...]]] = (),
) -> tuple[Link, ...]:
    """The links, each unlinked Arabic sentence merged into the link of the English sentence one of whose clauses
    carries it (CLAUSE_JOIN_*; ``src_texts``: the Arabic sentences' renderings, ``encode``: the sentence encoder,
    whose vectors are unit length). Only English sentences holding CLAUSE_JOIN_WORDS words of the rendering that
    their link's Arabic does not give have their clauses encoded. The grown link is uncertain (its findings
    minor); ``fixed`` links (user anchors) stay."""
    out = list(links)
    for gap in links:
        if not gap.ar or gap.en or len(gap.ar) != 1 or (gap.ar, gap.en) in fixed:
            continue  # (an Arabic sentence the user marked as left out stays so)
        x = gap.ar[0]
        wanted = _content(src_texts[x])
        best: tuple[float, int] | None = None
        for n, k in enumerate(out):
            if not k.ar or not k.en or (k.ar, k.en) in fixed:
                continue
            given = set().union(*(_content(src_texts[i]) for i in k.ar))
            own = _meaning(src_vectors, k.ar)
            for j in k.en:
                if len((_content(tgt_texts[j]) & wanted) - given) < CLAUSE_JOIN_WORDS:
                    continue
                pieces = [p for p in _clauses(tgt_texts[j]) if len((_content(p) & wanted) - given) >= CLAUSE_JOIN_WORDS]
                if not pieces:
                    continue
                vectors = encode(pieces)
                for v in vectors:
                    similarity = float(v @ src_vectors[x])
                    margin = similarity - float(v @ own)
                    if similarity >= CLAUSE_JOIN_SIMILARITY and margin >= CLAUSE_JOIN_MARGIN:
                        if best is None or margin > best[0]:
                            best = (margin, n)
        if best is not None:
            k = out[best[1]]
            out[best[1]] = Link(tuple(sorted((*k.ar, x))), k.en, k.score, uncertain=True)
            out.remove(gap)
    return tuple(sorted(out, key=link_order))


def _clauses(text: str) -> list[str]:
    """The clauses of an English sentence that may carry another sentence's point: each piece between its commas,
    semicolons and dashes, and each two in a row, of _CLAUSE_MIN_WORDS words or more, not the whole sentence."""
    marks = list(_CLAUSE_MARK.finditer(text))
    parts = list(zip([0, *(m.end() for m in marks)], [*(m.start() for m in marks), len(text)], strict=True))
    out = []
    for a in range(len(parts)):
        for b in range(a, min(a + 2, len(parts))):
            piece = text[parts[a][0] : parts[b][1]].strip()
            if len(piece.split()) >= _CLAUSE_MIN_WORDS and piece != text.strip() and piece not in out:
                out.append(piece)
    return out


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _figures(text: str) -> set[str]:
    """The numbers a sentence writes in figures, Arabic-Indic digits read as Western ('٣٥٠' → '350'): a number
    in words, or one a lexicon rendering glosses in, is too loose a clue to join sentences by."""
    return {m.group(0).replace(",", "") for m in _FIGURE.finditer(normalize_digits(text))}


def facing_gaps(links: Sequence[Link], other: Collection[int] = ()) -> tuple[frozenset[int], frozenset[int]]:
    """Unlinked Arabic and English sentence ids that face an unlinked sentence of the other side (between
    the same links): a counterpart may be there, however little the two share. English ids in ``other``
    (other material) face nothing."""
    n = 1 + max((i for k in links for i in k.ar), default=-1)
    m = 1 + max((j for k in links for j in k.en), default=-1)
    free_ar, free_en = _unlinked([k for k in links if k.ar and k.en], n, m)
    free_en -= set(other)
    facing = _Facing(links, n, m)
    ar_sorted, en_sorted = sorted(free_ar), sorted(free_en)

    def any_in(ids: list[int], span: range) -> bool:
        k = bisect.bisect_left(ids, span.start)
        return k < len(ids) and ids[k] < span.stop

    return (
        frozenset(i for i in free_ar if any_in(en_sorted, facing.window(i))),
        frozenset(j for j in free_en if any_in(ar_sorted, facing.window(j, en=True))),
    )


def joinable_gaps(
    links: Sequence[Link], src_vectors: np.ndarray, tgt_vectors: np.ndarray
) -> tuple[frozenset[int], frozenset[int]]:
    """Unlinked Arabic and English sentence ids whose meaning a neighbouring link already carries: joined to
    the link next to it on its own side, the link's cosine drops by at most JOIN_COSINE_DROP (a piece of a
    merged or split sentence, whatever the lengths say)."""

    full = [k for k in links if k.ar and k.en]
    out: tuple[set[int], set[int]] = (set(), set())
    for gap in links:
        if bool(gap.ar) == bool(gap.en):
            continue
        x, own, v_own, v_other = (
            (gap.ar[0], "ar", src_vectors, tgt_vectors) if gap.ar else (gap.en[0], "en", tgt_vectors, src_vectors)
        )
        other = "en" if own == "ar" else "ar"
        for k in full:
            ids = getattr(k, own)
            if x - 1 not in ids and x + 1 not in ids:
                continue
            there = _meaning(v_other, getattr(k, other))
            drop = float(_meaning(v_own, ids) @ there - _meaning(v_own, (*ids, x)) @ there)
            if drop <= JOIN_COSINE_DROP:
                out[own == "en"].add(x)
    return frozenset(out[0]), frozenset(out[1])


def _beside_one_link(links: Sequence[Link], free_ar: set[int], free_en: set[int]) -> set[tuple[int, int]]:
    """Unlinked pairs right before, or right after, both sides of one link: where the English moved a block
    of sentences (links crossing), each faces nothing between its neighbours' counterparts, but an Arabic
    sentence just before the Arabic of a link and an English one just before its English stand together."""
    out = set()
    for k in links:
        if k.ar and k.en:
            out |= {(i, j) for i, j in ((min(k.ar) - 1, min(k.en) - 1), (max(k.ar) + 1, max(k.en) + 1))}
    return {(i, j) for i, j in out if i in free_ar and j in free_en}


def _unlinked(links: Sequence[Link], n: int, m: int) -> tuple[set[int], set[int]]:
    return (set(range(n)) - {i for k in links for i in k.ar}, set(range(m)) - {j for k in links for j in k.en})


class _Facing:
    """Where the links sit, to find in O(log links) what faces an unlinked sentence: the other side's ids
    between the counterparts of the links nearest to it on its own side, before and after it."""

    def __init__(self, links: Sequence[Link], n: int, m: int) -> None:
        full = [k for k in links if k.ar and k.en]
        self.limits = (m, n)
        self.ends: list[list[tuple[int, int]]] = []  # per side: (last own id, last other id) of each link, sorted
        self.starts: list[list[tuple[int, int]]] = []  # per side: (first own id, first other id), sorted
        for own, other in (("ar", "en"), ("en", "ar")):
            self.ends.append(sorted((max(getattr(k, own)), max(getattr(k, other))) for k in full))
            self.starts.append(sorted((min(getattr(k, own)), min(getattr(k, other))) for k in full))

    def window(self, x: int, *, en: bool = False) -> range:
        """The other side's ids facing Arabic sentence ``x`` (English when ``en``)."""
        side = int(en)
        before = bisect.bisect_left(self.ends[side], (x, -1)) - 1
        after = bisect.bisect_right(self.starts[side], (x, 1 << 62))
        lo = self.ends[side][before][1] + 1 if before >= 0 else 0
        hi = self.starts[side][after][1] if after < len(self.starts[side]) else self.limits[side]
        return range(lo, hi)


def _extensions(link: Link, free_en: set[int]) -> list[tuple[int, ...]]:
    """The English side of a one-Arabic-sentence link grown by an unlinked sentence just before or after it."""
    if len(link.ar) != 1 or not link.en:
        return []
    return [tuple(sorted((*link.en, j))) for j in (link.en[0] - 1, link.en[-1] + 1) if j in free_en]


def _scored(ar: tuple[int, ...], en: tuple[int, ...], score: float, options: AlignOptions) -> Link:
    """A found link with its confidence, uncertain when that is below ``options.uncertain_below``."""
    return Link(ar, en, score, uncertain=score < options.uncertain_below)


def _keep_blocks(
    found: list[tuple[tuple[int, ...], tuple[int, ...], float]], lone_gain: float
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Keep links that sit next to another found link (same block), or that are strong alone."""
    Found = tuple[tuple[int, ...], tuple[int, ...], float]

    def touches(x: Found, y: Found) -> bool:
        def follows(p: Found, q: Found) -> bool:
            return p[0][-1] + 1 == q[0][0] and p[1][-1] + 1 == q[1][0]

        return follows(x, y) or follows(y, x)

    return [f for f in found if f[2] >= lone_gain or any(touches(f, g) for g in found if g is not f)]


def _sigmoid(x: float) -> float:
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x)))), 3)


def link_order(link: Link) -> tuple[int, int]:
    """Arabic order first; additions sit after the link of the English sentence before them."""
    if link.ar:
        return (link.ar[0], link.en[0] if link.en else -1)
    return (10**9, link.en[0])


def monotone_search(
    scores: dict[tuple[int, int], np.ndarray], ar_idx: list[int], en_idx: list[int]
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Best monotone set of groups over the given sorted ids (groups only of adjacent sentences).

    ``scores[(a, b)][x, y]`` is the gain of linking Arabic x..x+a-1 with English y..y+b-1
    (indices into the full documents); skipping a sentence gains 0. Rows are processed as
    numpy vectors: a cell's best "skip an English sentence" predecessor is a running maximum.
    """
    n, m = len(ar_idx), len(en_idx)
    ar = np.array(ar_idx)
    en = np.array(en_idx)
    neg = -1e9
    sub_gains: dict[tuple[int, int], np.ndarray] = {}
    for (a, b), full in scores.items():
        if a > n or b > m:
            continue
        xs = np.arange(n - a + 1)
        ys = np.arange(m - b + 1)
        ok_x = (ar[xs + a - 1] - ar[xs] == a - 1) & (ar[xs] < full.shape[0])
        ok_y = (en[ys + b - 1] - en[ys] == b - 1) & (en[ys] < full.shape[1])
        sub = full[np.ix_(np.minimum(ar[xs], full.shape[0] - 1), np.minimum(en[ys], full.shape[1] - 1))]
        valid = ok_x[:, None] & ok_y[None, :] & (sub > 0)
        sub_gains[(a, b)] = np.where(valid, sub, neg)
    D = np.full((n + 1, m + 1), neg)
    move = np.zeros((n + 1, m + 1, 2), dtype=np.int8)
    D[0] = 0.0
    move[0, 1:] = (0, 1)
    for i in range(1, n + 1):
        cand = D[i - 1].copy()  # skip Arabic sentence i-1
        cand_move = np.zeros((m + 1, 2), dtype=np.int8)
        cand_move[:] = (1, 0)
        for (a, b), gain in sub_gains.items():
            if i < a:
                continue
            val = D[i - a, : m + 1 - b] + gain[i - a]
            better = val > cand[b:]
            cand[b:] = np.where(better, val, cand[b:])
            cand_move[b:][better] = (a, b)
        best = np.maximum.accumulate(cand)  # skip English sentences: carry the best value right
        from_left = np.concatenate(([False], best[1:] > cand[1:]))
        D[i] = best
        move[i] = cand_move
        move[i][from_left] = (0, 1)
    found = []
    i, j = n, m
    while i > 0 or j > 0:
        a, b = (int(v) for v in move[i, j])
        if a and b:
            x, y = i - a, j - b
            found.append((tuple(ar_idx[x:i]), tuple(en_idx[y:j]), float(sub_gains[(a, b)][x, y])))
        i, j = i - a, j - b
    found.reverse()
    return found


#: a run of English sentences whose mean best cosine to any Arabic sentence reaches this is about the
#: same story (the writer's own background or claim): it stays an addition, whatever its layout.
#: Stitched material from another report resembles no sentence of this one (rewrites_dev and corpora/:
#: foreign sentences 0.12-0.39 with one outlier, on-topic additions 0.23-0.48).
FOREIGN_SIMILARITY = 0.40
#: interleaved material is judged a run at a time: a run without a counterpart in two or more places is
#: another story unless it reads like a sentence of this one the aligner failed to link (mean best cosine
#: 0.50 or more, pipeline.LIKELY_COUNTERPART). Interleaved foreign sentences are often about the same
#: place and day (rewrites_dev and the bench/rewrites_heldout tuning pairs: 0.13-0.49); below 0.40 alone,
#: twelve of them in five tuning pairs stayed additions. corpora/03 (a long article, two lone additions
#: of 0.45 and 0.34) is the other side of that trade.
INTERLEAVED_SIMILARITY = 0.50


#: a block closing the article each of whose sentences still resembles a sentence of this report this much
#: is the writer's own background to the story (the place's history, earlier events), an addition. A
#: stitched report's closing block has a sentence about another matter entirely. Tuning pairs: lowest
#: sentence of a background block 0.20-0.32 (six pairs), of a foreign one 0.12 and 0.18 (two pairs).
BACKGROUND_SIMILARITY = 0.20


def other_material(
    links: Sequence[Link],
    m: int,
    *,
    places: int = 2,
    edge_run: int = 2,
    inner_run: int = 3,
    similarity: Sequence[float] | None = None,
    switches: Collection[int] = (),
    foreign_below: float = FOREIGN_SIMILARITY,
    interleaved_below: float = INTERLEAVED_SIMILARITY,
    background_from: float = BACKGROUND_SIMILARITY,
) -> tuple[int, ...]:
    """English sentence ids judged to come from material other than this Arabic source.

    Stitched material comes in quantity: another report's sentences placed as a block at the start or
    the end of the article (``edge_run`` or more in a row), a long block inside it (``inner_run``), or
    sentences without a counterpart in ``places`` or more places (two stories interleaved). A lone
    sentence without a counterpart, or one short block inside the story (a background paragraph), is
    the writer's own addition and stays one. Only sentences the aligner is sure have no counterpart
    count; ``m`` is the number of English sentences. ``switches``: ids of English sentences that open
    by turning to another item ('Separately, …', text.english.turns_to_another_story); a run without a
    counterpart that holds one is other material wherever it stands, even alone.
    ``similarity`` (each English sentence's best cosine to any Arabic sentence, when an encoder ran)
    keeps a run inside the article that reads like this story an addition: there, layout alone cannot
    tell another story from the writer's own additions. Interleaved runs are held to a looser bar
    (``interleaved_below``): only one that reads like a sentence of this report the aligner failed to
    link, and faces an unlinked Arabic sentence it could render, is kept out. A block that opens the
    article is other material whatever it reads like: that is how stitched reports and opening background
    look (rewrites_dev 16 opens with two sentences of background whose mean cosine is 0.48). A short
    block (under ``inner_run``) that closes it is the writer's background, an addition, when every
    sentence of it still resembles this report (``background_from``); a longer one stays other material.
    """
    gaps = sorted(j for link in links if not link.ar and not link.uncertain for j in link.en)
    runs: list[list[int]] = []
    for j in gaps:
        if runs and runs[-1][-1] == j - 1:
            runs[-1].append(j)
        else:
            runs.append([j])
    switched = [run for run in runs if any(j in switches for j in run)]
    unlike, scattered = runs, runs
    if similarity is not None:
        mean = {tuple(run): sum(similarity[j] for j in run) / len(run) for run in runs}
        unlike = [run for run in runs if mean[tuple(run)] < foreign_below]
        # a run that faces no unlinked Arabic sentence cannot be the counterpart of one the aligner missed
        facing = facing_gaps(links)[1]
        scattered = [run for run in runs if mean[tuple(run)] < interleaved_below or not any(j in facing for j in run)]

    def at_edge(run: list[int]) -> bool:
        if len(run) < edge_run or (run[0] != 0 and run[-1] != m - 1):
            return False
        closing_background = (
            similarity is not None
            and run[0] != 0
            and len(run) < inner_run
            and min(similarity[j] for j in run) >= background_from
        )
        return not closing_background

    if len(scattered) >= places:
        chosen = scattered
    else:
        chosen = [run for run in runs if (run in unlike and len(run) >= inner_run) or at_edge(run)]
    return tuple(sorted(j for run in runs if run in chosen or run in switched for j in run))
