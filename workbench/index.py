"""The source index: one SQLite file (WAL) of Arabic reports, their content hashes and sentence vectors.

``build_index`` walks a directory of ``.txt``/``.html`` reports (recursively; a report's id is its
path relative to the directory) and stores, per report, its content hash, size and mtime, a date
where one is visible, the sentence vectors of the multilingual encoder as float16 and one document
vector as int8 with its scale. A second build re-reads only files whose size or mtime changed,
re-encodes only those whose hash changed, and removes reports whose file is gone. Every batch of
files is committed on its own, so an interrupted build keeps what it finished and the next build
goes on from there. Empty, unreadable and non-Arabic files are recorded as skipped (with the
reason) and reported, never indexed.

``SourceIndex`` is the loaded form a search needs: the int8 document vectors of every report
(about 0.6 KB per report in memory) and, on demand, the sentence vectors of a few candidates.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from workbench.encode import Encoder
from workbench.errors import InputError, WorkbenchError
from workbench.text.arabic import ARABIC_LETTER, normalize_digits

FORMAT = "1"
SUFFIXES = (".txt", ".html", ".htm")
# files per transaction: a killed build loses at most this many files' work
BATCH_FILES = 16
# below this share of Arabic among the letters a file is not an Arabic report (an English page, a menu)
MIN_ARABIC_SHARE = 0.5

_LATIN_LETTER = re.compile(r"[A-Za-z]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_.](0[1-9]|1[0-2])(?:[-/_.](0[1-9]|[12]\d|3[01]))?(?!\d)")
_DMY_DATE = re.compile(r"(?<!\d)(0?[1-9]|[12]\d|3[01])[-/.](0?[1-9]|1[0-2])[-/.]((?:19|20)\d\d)(?!\d)")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    date TEXT,
    n_sentences INTEGER NOT NULL,
    doc_vec BLOB NOT NULL,
    doc_scale REAL NOT NULL,
    sent_vecs BLOB NOT NULL,
    numbers TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS skipped (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reason TEXT NOT NULL
);
"""

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BuildReport:
    """What one ``build_index`` run did."""

    index: str
    added: int
    updated: int
    removed: int
    unchanged: int
    skipped: tuple[tuple[str, str], ...]  # (id, reason)
    seconds: float

    @property
    def indexed(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True)
class ReportVectors:
    """One report as a search reads it: sentence vectors (float32 rows) and the numbers it mentions."""

    row: int
    id: str
    path: str
    date: str | None
    sentences: np.ndarray
    numbers: frozenset[str]


def numbers_in(text: str) -> frozenset[str]:
    """Numbers of two or more significant digits in ``text`` (Arabic-Indic digits read as ASCII, separators dropped)."""
    found = set()
    for match in _NUMBER.finditer(normalize_digits(text)):
        digits = match.group().replace(",", "")
        if "." in digits:
            digits = digits.rstrip("0").rstrip(".")
        digits = digits.lstrip("0") or "0"
        if len(digits.replace(".", "")) >= 2:
            found.add(digits)
    return frozenset(found)


def date_of(rel_path: str, text: str) -> str | None:
    """A date visible in the report's path or its first lines (YYYY-MM or YYYY-MM-DD), else None."""
    for source in (rel_path, normalize_digits(text[:600])):
        iso = _ISO_DATE.search(source)
        if iso:
            year, month, day = iso.groups()
            return f"{year}-{month}-{day}" if day else f"{year}-{month}"
        dmy = _DMY_DATE.search(source)
        if dmy:
            day, month, year = dmy.groups()
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return None


def quantise(vector: np.ndarray) -> tuple[bytes, float]:
    """A unit vector as int8 bytes and the scale that restores it (value = int8 * scale)."""
    peak = float(np.abs(vector).max()) or 1.0
    scale = peak / 127.0
    return np.round(vector / scale).astype(np.int8).tobytes(), scale


def document_vector(sentences: np.ndarray) -> np.ndarray:
    """The report's direction: the mean of its unit sentence vectors, scaled to unit length."""
    mean = sentences.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm if norm else mean).astype(np.float32)


def arabic_share(text: str) -> float:
    """Share of Arabic among the Arabic and Latin letters of ``text``."""
    arabic = len(ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return arabic / (arabic + latin) if arabic + latin else 0.0


def collection_files(root: Path) -> Iterator[tuple[str, Path]]:
    """(id, path) of every report under ``root``, sorted; hidden files and folders are left out."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                continue
            path = Path(dirpath) / name
            found.append((path.relative_to(root).as_posix(), path))
    yield from sorted(found)


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating) an index file in WAL mode with the schema in place."""
    try:
        conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(_SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: not a workbench index ({exc})") from exc
    return conn


def _meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def build_index(
    directory: str | Path,
    out: str | Path,
    *,
    encoder: Encoder,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    batch_files: int = BATCH_FILES,
) -> BuildReport:
    """Index the reports under ``directory`` into the SQLite file ``out``, incrementally.

    ``progress`` is called with each file's id once it is dealt with; ``on_total`` first with the
    number of files found.
    """
    import time

    started = time.monotonic()
    root = Path(directory)
    if not root.is_dir():
        raise InputError(f"{directory}: not a directory of Arabic reports")
    conn = connect(out)
    meta = _meta(conn)
    signature = f"{encoder.signature}/dim={encoder.dim}"
    if meta and (meta.get("format") != FORMAT or meta.get("encoder") != signature):
        # vectors from another encoder live in another space: start again rather than mix them
        with conn:
            conn.execute("DELETE FROM docs")
            conn.execute("DELETE FROM skipped")
    with conn:
        conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("format", FORMAT), ("encoder", signature), ("root", str(root.resolve()))],
        )
    known = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, size, mtime_ns, sha256 FROM docs")}
    known_skipped = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, size, mtime_ns, reason FROM skipped")}
    files = list(collection_files(root))
    if on_total:
        on_total(len(files))
    tally = {"added": 0, "updated": 0, "unchanged": 0}
    skipped: list[tuple[str, str]] = []
    pending: list[tuple[str, Path, os.stat_result, bytes]] = []
    for doc_id, path in files:
        try:
            st = path.stat()
        except OSError as exc:
            skipped.append((doc_id, f"cannot be read ({exc.strerror or exc})"))
            continue
        old = known.get(doc_id)
        if old and old[0] == st.st_size and old[1] == st.st_mtime_ns:
            tally["unchanged"] += 1
            if progress:
                progress(doc_id)
            continue
        old_skip = known_skipped.get(doc_id)
        if old_skip and old_skip[0] == st.st_size and old_skip[1] == st.st_mtime_ns:
            skipped.append((doc_id, old_skip[2]))
            if progress:
                progress(doc_id)
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            skipped.append((doc_id, f"cannot be read ({exc.strerror or exc})"))
            continue
        if old and old[2] == hashlib.sha256(data).hexdigest():  # touched, not changed
            with conn:
                conn.execute("UPDATE docs SET size=?, mtime_ns=? WHERE id=?", (st.st_size, st.st_mtime_ns, doc_id))
            tally["unchanged"] += 1
            if progress:
                progress(doc_id)
            continue
        pending.append((doc_id, path, st, data))
        if len(pending) >= batch_files:
            _index_batch(conn, pending, encoder, known, tally, skipped, progress)
            pending = []
    if pending:
        _index_batch(conn, pending, encoder, known, tally, skipped, progress)
    present = {doc_id for doc_id, _ in files}
    gone = [doc_id for doc_id in known if doc_id not in present]
    with conn:
        conn.executemany("DELETE FROM docs WHERE id=?", [(d,) for d in gone])
        conn.executemany("DELETE FROM skipped WHERE id=?", [(d,) for d in known_skipped if d not in present])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return BuildReport(
        index=str(out),
        added=tally["added"],
        updated=tally["updated"],
        removed=len(gone),
        unchanged=tally["unchanged"],
        skipped=tuple(skipped),
        seconds=time.monotonic() - started,
    )


def _index_batch(
    conn: sqlite3.Connection,
    batch: Sequence[tuple[str, Path, os.stat_result, bytes]],
    encoder: Encoder,
    known: dict[str, tuple[int, int, str]],
    tally: dict[str, int],
    skipped: list[tuple[str, str]],
    progress: Progress | None,
) -> None:
    """Read, segment and encode one batch of files and commit them in one transaction."""
    from workbench.reading import read_input
    from workbench.text.segment import segment

    ready: list[tuple[str, Path, os.stat_result, bytes, str, list[str]]] = []
    skips: list[tuple[str, Path, os.stat_result, str]] = []
    for doc_id, path, st, data in batch:
        try:
            _, text = read_input(str(path), lang="ar")
        except InputError as exc:
            # the reason without the file name, nor read_input's hint about AR_FILE
            skips.append((doc_id, path, st, str(exc).split(": ", 1)[-1].split(";")[0]))
            continue
        share = arabic_share(text)
        if share < MIN_ARABIC_SHARE:
            skips.append((doc_id, path, st, f"not Arabic ({share:.0%} of its letters are Arabic)"))
            continue
        sentences = [s.text for s in segment(text, "ar")]
        if not sentences:
            skips.append((doc_id, path, st, "no sentences found"))
            continue
        ready.append((doc_id, path, st, data, text, sentences))
    vectors = encoder.encode([s for item in ready for s in item[5]])
    rows = []
    offset = 0
    for doc_id, path, st, data, text, sentences in ready:
        sent = vectors[offset : offset + len(sentences)]
        offset += len(sentences)
        doc_bytes, scale = quantise(document_vector(sent))
        rows.append(
            (
                doc_id,
                str(path.resolve()),
                hashlib.sha256(data).hexdigest(),
                st.st_size,
                st.st_mtime_ns,
                date_of(doc_id, text),
                len(sentences),
                doc_bytes,
                scale,
                sent.astype(np.float16).tobytes(),
                " ".join(sorted(numbers_in(text))),
            )
        )
        tally["updated" if doc_id in known else "added"] += 1
    with conn:
        conn.executemany("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("DELETE FROM skipped WHERE id=?", [(r[0],) for r in rows])
        conn.executemany(
            "INSERT OR REPLACE INTO skipped VALUES (?, ?, ?, ?, ?)",
            [(d, str(p.resolve()), st.st_size, st.st_mtime_ns, reason) for d, p, st, reason in skips],
        )
        conn.executemany("DELETE FROM docs WHERE id=?", [(d,) for d, _, _, _ in skips])
    skipped.extend((d, reason) for d, _, _, reason in skips)
    if progress:
        for item in batch:
            progress(item[0])


class SourceIndex:
    """A loaded index: every report's int8 document vector in memory, sentence vectors read on demand."""

    def __init__(self, path: str | Path, *, label: str | None = None, temp: Any = None) -> None:
        self.path = str(path)
        self.label = label or self.path
        self._scratch: np.ndarray | None = None
        self._temp = temp  # a TemporaryDirectory holding an index built on the fly, kept alive with us
        if not Path(path).is_file():
            raise InputError(f"{path}: no such index file")
        # read-only, and usable from another thread (a web app's reruns); nothing is written through it
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        try:
            meta = _meta(self._conn)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{path}: not a workbench index ({exc})") from exc
        if meta.get("format") != FORMAT:
            raise InputError(f"{path}: not a workbench index of this version; run 'workbench index build' again")
        self.encoder_signature = meta.get("encoder", "")
        self.root = meta.get("root", "")
        rows = self._conn.execute("SELECT rowid, id, doc_vec, doc_scale FROM docs ORDER BY rowid").fetchall()
        self.rows = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        self.ids: list[str] = [r[1] for r in rows]
        dim = len(rows[0][2]) if rows else 0
        self.doc_vectors = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.int8).reshape(len(rows), dim)
        self.doc_scales = np.fromiter((r[3] for r in rows), dtype=np.float32, count=len(rows))
        skipped = self._conn.execute("SELECT id, reason FROM skipped ORDER BY id").fetchall()
        self.skipped: list[tuple[str, str]] = [(r[0], r[1]) for r in skipped]

    def __len__(self) -> int:
        return len(self.ids)

    def scratch(self, rows: int) -> np.ndarray:
        """A float32 work buffer of ``rows`` vectors, allocated once per index (a search casts int8 blocks into it)."""
        if self._scratch is None or len(self._scratch) < rows:
            self._scratch = np.empty((rows, self.doc_vectors.shape[1]), dtype=np.float32)
        return self._scratch

    def reports(self, positions: Sequence[int]) -> list[ReportVectors]:
        """Sentence vectors and numbers of the reports at ``positions`` (indexes into ``ids``)."""
        out = []
        for pos in positions:
            row = self._conn.execute(
                "SELECT id, path, date, n_sentences, sent_vecs, numbers FROM docs WHERE rowid=?",
                (int(self.rows[pos]),),
            ).fetchone()
            doc_id, path, date, n, blob, numbers = row
            sentences = np.frombuffer(blob, dtype=np.float16).reshape(n, -1).astype(np.float32)
            out.append(ReportVectors(int(pos), doc_id, path, date, sentences, frozenset(numbers.split())))
        return out

    def close(self) -> None:
        self._conn.close()
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None


def open_collection(
    path: str | Path,
    *,
    encoder: Encoder,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
) -> tuple[SourceIndex, BuildReport | None]:
    """An index file as is, or a directory indexed on the fly into a temporary index."""
    p = Path(path)
    if p.is_dir():
        temp = tempfile.TemporaryDirectory(prefix="workbench-index-")
        out = Path(temp.name) / "index.sqlite"
        try:
            report = build_index(p, out, encoder=encoder, progress=progress, on_total=on_total)
        except BaseException:
            temp.cleanup()
            raise
        return SourceIndex(out, label=str(path), temp=temp), report
    if not p.exists():
        raise InputError(f"{path}: no such directory or index file")
    index = SourceIndex(p, label=str(path))
    signature = f"{encoder.signature}/dim={encoder.dim}"
    if index.encoder_signature and index.encoder_signature != signature:
        index.close()
        raise WorkbenchError(
            f"{path}: built with encoder {index.encoder_signature}, not {signature}; "
            "rebuild it with 'workbench index build'"
        )
    return index, None


def describe(report: BuildReport) -> str:
    """One line saying what a build did."""
    return (
        f"{report.index}: {report.indexed} reports indexed ({report.added} added, {report.updated} re-indexed, "
        f"{report.unchanged} unchanged), {report.removed} removed, {len(report.skipped)} skipped "
        f"in {report.seconds:.1f}s"
    )


def skipped_lines(report: BuildReport | SourceIndex) -> list[str]:
    """One line per skipped file: its id and why."""
    return [f"skipped {doc_id}: {reason}" for doc_id, reason in report.skipped]
