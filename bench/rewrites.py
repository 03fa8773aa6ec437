"""Synthetic rewrites of parallel documents, with their gold alignment (for bench/align_quality.py).

Documents come from ../shared/data/ntrex (read at run time, never copied): consecutive
lines with the same document id form one article. English is edited the way agency
rewrites edit it: sentences dropped, foreign sentences added, neighbours merged, long
sentences split, and (heavy) whole paragraphs moved.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from splits import split_of  # bench/ is on sys.path for every bench script

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ntrex"


@dataclass(frozen=True)
class Doc:
    """One aligned test document: sentence lists and gold groups (ar ids, en ids)."""

    name: str
    ar: list[str]
    en: list[str]
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]]


def load_ntrex(data: Path = DATA) -> list[tuple[str, list[str], list[str]]]:
    """(doc id, Arabic lines, English lines) per NTREX document, in order."""
    ids = (data / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    ar = (data / "arb.txt").read_text(encoding="utf-8").splitlines()
    en = (data / "eng.txt").read_text(encoding="utf-8").splitlines()
    docs: dict[str, tuple[list[str], list[str]]] = {}
    for doc_id, a, e in zip(ids, ar, en):
        docs.setdefault(doc_id.strip(), ([], []))
        docs[doc_id.strip()][0].append(a.strip())
        docs[doc_id.strip()][1].append(e.strip())
    return [(k, v[0], v[1]) for k, v in docs.items()]


def _split_english(sentence: str) -> tuple[str, str] | None:
    """Split a long sentence at a clause boundary near its middle (', ' or ' and ')."""
    if len(sentence) < 80:
        return None
    mid = len(sentence) // 2
    cuts = [m.start() for m in re.finditer(r", (?:and |but |while |which )?| and ", sentence)]
    cuts = [c for c in cuts if 0.3 * len(sentence) < c < 0.7 * len(sentence)]
    if not cuts:
        return None
    c = min(cuts, key=lambda x: abs(x - mid))
    left = sentence[:c].rstrip(" ,") + "."
    rest = sentence[c:].lstrip(" ,")
    rest = re.sub(r"^(and|but|while|which) ", "", rest)
    return left, rest[:1].upper() + rest[1:]


def rewrite(name: str, ar: list[str], en: list[str], foreign: list[str], rng: random.Random, *, heavy: bool) -> Doc:
    """Apply rewrite edits to the English side of a 1-1 parallel document."""
    n = len(ar)
    # each unit: (ar ids, english sentences)
    units: list[tuple[tuple[int, ...], list[str]]] = []
    i = 0
    while i < n:
        r = rng.random()
        if r < 0.20 and i > 0:  # drop: Arabic sentence with no English counterpart (keep the headline)
            units.append(((i,), []))
            i += 1
        elif r < 0.30 and i + 1 < n:  # merge two neighbours into one English sentence
            merged = en[i] + " " + en[i + 1]
            units.append(((i, i + 1), [merged]))
            i += 2
        elif r < 0.40 and (parts := _split_english(en[i])):
            units.append(((i,), list(parts)))
            i += 1
        else:
            units.append(((i,), [en[i]]))
            i += 1
    # additions: about 10% foreign English sentences at random places
    for _ in range(max(1, round(0.1 * n))):
        units.insert(rng.randrange(1, len(units) + 1), ((), [rng.choice(foreign)]))
    if heavy and len(units) >= 8:
        for _ in range(2):  # move two paragraphs (2-3 units) somewhere else
            size = rng.choice((2, 3))
            start = rng.randrange(1, len(units) - size)
            block = units[start : start + size]
            del units[start : start + size]
            target = rng.randrange(1, len(units) + 1)
            while abs(target - start) < 2 and len(units) > 4:
                target = rng.randrange(1, len(units) + 1)
            units[target:target] = block
    en_out: list[str] = []
    gold = []
    for ar_ids, sents in units:
        en_ids = tuple(range(len(en_out), len(en_out) + len(sents)))
        en_out.extend(sents)
        gold.append((ar_ids, en_ids))
    return Doc(name, list(ar), en_out, gold)


def build_sets(seed: int = 13, data: Path = DATA) -> dict[str, list[Doc]]:
    """Conditions (a) translation-like, (b) rewrite, (c) heavy rewrite over all NTREX documents."""
    rng = random.Random(seed)
    docs = load_ntrex(data)
    out: dict[str, list[Doc]] = {"a_translation": [], "b_rewrite": [], "c_heavy_rewrite": []}
    for k, (name, ar, en) in enumerate(docs):
        # foreign sentences come from the same half (bench/splits.py), so no test document carries dev text
        foreign = [s for j, (_, _, e) in enumerate(docs) if j != k and split_of(j) == split_of(k) for s in e][::7]
        out["a_translation"].append(Doc(name, ar, en, [((i,), (i,)) for i in range(len(ar))]))
        out["b_rewrite"].append(rewrite(name, ar, en, foreign, rng, heavy=False))
        out["c_heavy_rewrite"].append(rewrite(name, ar, en, foreign, rng, heavy=True))
    return out
