"""Scoring shared by the benchmarks: strict alignment F1 (SPEC §4) and finding matches (SPEC §5)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

Group = tuple[tuple[int, ...], tuple[int, ...]]


def as_groups(links: Iterable[Any]) -> list[Group]:
    """Links as (ar ids, en ids) tuples, from SPEC dicts, Link records or [[ar],[en]] lists."""
    out = []
    for link in links:
        if isinstance(link, dict):
            ar, en = link["ar"], link["en"]
        elif hasattr(link, "ar"):
            ar, en = link.ar, link.en
        else:
            ar, en = link
        out.append((tuple(sorted(ar)), tuple(sorted(en))))
    return out


def strict_counts(pred: Sequence[Group], gold: Sequence[Group]) -> tuple[int, int, int]:
    """(true positives, predicted, gold): a link is right only when both id lists equal a gold link's."""
    gold_set = Counter(gold)
    tp = 0
    for g in pred:
        if gold_set[g] > 0:
            tp += 1
            gold_set[g] -= 1
    return tp, len(pred), len(gold)


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def map_sentences(pred_sents: Sequence[dict[str, Any]], text: str, gold_sents: Sequence[str]) -> list[int | None]:
    """For each predicted sentence, the gold sentence it overlaps most (by character offsets)."""
    spans, pos = [], 0
    for s in gold_sents:
        start = text.index(s, pos)
        spans.append((start, start + len(s)))
        pos = start + len(s)
    out: list[int | None] = []
    for s in pred_sents:
        best, best_overlap = None, 0
        for k, (a, b) in enumerate(spans):
            overlap = min(b, s["end"]) - max(a, s["start"])
            if overlap > best_overlap:
                best, best_overlap = k, overlap
        out.append(best)
    return out


def map_links(result: dict[str, Any], ar_text: str, en_text: str, gold: dict[str, Any]) -> list[Group]:
    """Predicted links re-expressed in gold sentence ids (identity when segmentation agrees)."""
    ar_map = map_sentences(result["ar"]["sentences"], ar_text, gold["ar_sentences"])
    en_map = map_sentences(result["en"]["sentences"], en_text, gold["en_sentences"])
    merged: dict[Group, None] = {}
    for ar, en in as_groups(result["links"]):
        g_ar = tuple(sorted({ar_map[i] for i in ar if ar_map[i] is not None}))
        g_en = tuple(sorted({en_map[j] for j in en if en_map[j] is not None}))
        if g_ar or g_en:
            merged[(g_ar, g_en)] = None
    return list(merged)


def load_gold(pair_dir: Path) -> tuple[str, str, dict[str, Any]]:
    """(ar text, en text, gold dict) of a corpus pair folder, texts decoded as the workbench reads them."""
    from workbench.reading import read_input

    _, ar = read_input(str(pair_dir / "ar.txt"), lang="ar")
    _, en = read_input(str(pair_dir / "en.txt"), lang="en")
    return ar, en, json.loads((pair_dir / "gold.json").read_text(encoding="utf-8"))


def finding_matches(
    f: dict[str, Any], c: dict[str, Any], ar_map: Sequence[int | None], en_map: Sequence[int | None]
) -> bool:
    """SPEC §5: same type, and the same Arabic or the same English sentence (in gold ids)."""
    if f["type"] != c["type"]:
        return False
    f_ar = ar_map[f["ar_sentence"]] if f["ar_sentence"] is not None else None
    f_en = en_map[f["en_sentence"]] if f["en_sentence"] is not None else None
    return (f_ar is not None and f_ar == c["ar_sentence"]) or (f_en is not None and f_en == c["en_sentence"])


def match_findings(
    findings: Sequence[dict[str, Any]],
    changes: Sequence[dict[str, Any]],
    ar_map: Sequence[int | None],
    en_map: Sequence[int | None],
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per type: (true-positive findings, predicted findings, recalled gold changes).

    SPEC §5: a finding matches a gold change when the types are equal and it names the
    same Arabic or the same English sentence.
    """

    def same(f: dict[str, Any], c: dict[str, Any]) -> bool:
        return finding_matches(f, c, ar_map, en_map)

    tp, pred, recalled = Counter(), Counter(), Counter()
    for f in findings:
        pred[f["type"]] += 1
        if any(same(f, c) for c in changes):
            tp[f["type"]] += 1
    for c in changes:
        if any(same(f, c) for f in findings):
            recalled[c["type"]] += 1
    return tp, pred, recalled


def sentence_offsets(text: str, sentences: Sequence[str]) -> list[int]:
    """Where each gold sentence starts in the text (they are exact substrings, in order)."""
    out, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        out.append(start)
        pos = start + len(s)
    return out


def span_ranges(span: str, sentence: str, offset: int) -> list[tuple[int, int]]:
    """Every place a span occurs in its sentence, as character ranges of the whole text."""
    if not span:
        return []
    out, pos = [], sentence.find(span)
    while pos >= 0:
        out.append((offset + pos, offset + pos + len(span)))
        pos = sentence.find(span, pos + 1)
    return out


def overlaps(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    """Some range of a overlaps some range of b."""
    return any(s < f and r < e for s, e in a for r, f in b)
