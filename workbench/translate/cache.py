"""A shared SQLite cache of model translations, and the translator wrapper that uses it.

Keys are (model fingerprint, normalised Arabic sentence). The fingerprint names the model, a
hash of its weights and the decoding options, so a changed model never serves stale output.
WAL mode and a busy timeout let several batch workers read and write the same file.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from workbench.models import file_digest
from workbench.text.arabic import normalize_ar
from workbench.translate.base import Translator

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    fingerprint TEXT NOT NULL,
    source TEXT NOT NULL,
    translation TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (fingerprint, source)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS digests (
    path TEXT NOT NULL PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);
"""

# SQLite limits host parameters per statement; look keys up in chunks below it.
_CHUNK = 500


def cache_path() -> Path:
    """``$WORKBENCH_CACHE_DIR/translations.sqlite``, else ``~/.cache/workbench/translations.sqlite``."""
    base = os.environ.get("WORKBENCH_CACHE_DIR")
    folder = Path(base).expanduser() if base else Path.home() / ".cache" / "workbench"
    return folder / "translations.sqlite"


def cache_key(sentence: str) -> str:
    """The normalised form a sentence is cached under (spelling variants share an entry)."""
    return " ".join(normalize_ar(sentence).split())


class TranslationCache:
    """One process's connection to the shared translation cache file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_path()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = 0

    def _connect(self) -> sqlite3.Connection:
        # A connection must not cross a fork: batch workers each open their own.
        if self._conn is None or self._pid != os.getpid():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript(_SCHEMA)
            self._conn, self._pid = conn, os.getpid()
        return self._conn

    def get_many(self, fingerprint: str, keys: Sequence[str]) -> dict[str, str]:
        """Cached translations for those of ``keys`` that are present."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(keys))
        with self._lock:
            conn = self._connect()
            for start in range(0, len(unique), _CHUNK):
                chunk = unique[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT source, translation FROM translations WHERE fingerprint = ? AND source IN ({marks})",
                    [fingerprint, *chunk],
                )
                found.update(rows)
        return found

    def put_many(self, fingerprint: str, entries: dict[str, str]) -> None:
        """Store translations; an entry another process wrote first is kept."""
        if not entries:
            return
        now = time.time()
        with self._lock:
            conn = self._connect()
            with conn:  # one short write transaction
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT OR IGNORE INTO translations VALUES (?, ?, ?, ?)",
                    [(fingerprint, k, v, now) for k, v in entries.items()],
                )

    def digest(self, path: Path) -> str:
        """SHA-256 of a weights file, remembered across processes by path, size and mtime."""
        stat = path.stat()
        key = str(path.resolve())
        with self._lock:
            conn = self._connect()
            row = conn.execute("SELECT size, mtime_ns, sha256 FROM digests WHERE path = ?", (key,)).fetchone()
        if row and row[0] == stat.st_size and row[1] == stat.st_mtime_ns:
            return str(row[2])
        sha = file_digest(path)
        with self._lock:
            self._connect().execute(
                "INSERT OR REPLACE INTO digests VALUES (?, ?, ?, ?)", (key, stat.st_size, stat.st_mtime_ns, sha)
            )
        return sha

    def stats(self) -> dict[str, object]:
        """Entries per model fingerprint and the file size."""
        if not self.path.exists():
            return {"path": str(self.path), "entries": 0, "size_bytes": 0, "models": {}}
        with self._lock:
            rows = (
                self._connect()
                .execute("SELECT fingerprint, COUNT(*) FROM translations GROUP BY fingerprint ORDER BY fingerprint")
                .fetchall()
            )
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())
        models = {fp: n for fp, n in rows}
        return {"path": str(self.path), "entries": sum(models.values()), "size_bytes": size, "models": models}

    def clear(self, model: str | None = None) -> int:
        """Delete all entries, or those whose fingerprint starts with ``model``; return how many."""
        if not self.path.exists():
            return 0
        with self._lock:
            conn = self._connect()
            if model:
                count = conn.execute("DELETE FROM translations WHERE fingerprint LIKE ? || '%'", (model,)).rowcount
            else:
                count = conn.execute("DELETE FROM translations").rowcount
            conn.execute("VACUUM")
        return count

    def close(self) -> None:
        """Close this process's connection."""
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None


class Engine(Protocol):
    """A loaded model that translates without a cache (hf and ct2 backends provide one)."""

    #: readable description of what produced the outputs: model, weights hash, decoding options
    def fingerprint(self, cache: TranslationCache | None) -> str: ...

    def translate(self, sentences: Sequence[str]) -> list[str]: ...


class CachingTranslator(Translator):
    """A model translator that asks the model only for sentences the cache does not hold."""

    def __init__(self, engine: Engine, *, cache: bool | TranslationCache = True) -> None:
        self.engine = engine
        if cache is True:
            self.cache: TranslationCache | None = TranslationCache()
        else:
            self.cache = cache or None
        self.fingerprint = engine.fingerprint(self.cache)

    @property
    def signature(self) -> str:
        """Name plus the model fingerprint."""
        return f"{self.name} [{self.fingerprint}]" if self.name else self.fingerprint

    def translate(self, sentences: Sequence[str]) -> list[str]:
        """Return one English rendering per sentence; cached ones come from the cache."""
        keys = [cache_key(s) for s in sentences]
        found = self.cache.get_many(self.fingerprint, keys) if self.cache else {}
        # Translate each missing key once, from the first sentence that has it.
        todo = {k: s for k, s in zip(keys, sentences, strict=True) if k and k not in found}
        if todo:
            fresh = dict(zip(todo, self.engine.translate(list(todo.values())), strict=True))
            if self.cache:
                self.cache.put_many(self.fingerprint, fresh)
            found.update(fresh)
        return [found.get(k, "") for k in keys]
