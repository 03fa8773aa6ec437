"""A shared SQLite cache of model translations, and the translator wrapper that uses it.

Keys are (model fingerprint, normalised Arabic sentence). The fingerprint names the model, a
hash of its weights and the decoding options, so a changed model never serves stale output.
WAL mode and a busy timeout let several batch workers read and write the same file.

The cache is an optimisation, never a reason to fail: a corrupt, locked, unreadable or read-only
file gives one warning on stderr and the run goes on without it (a read-only one still serves
hits). ``workbench cache clear`` removes a corrupt file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from workbench.errors import WorkbenchError
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
# Writes are a few ms; a writer that waits longer than this is facing a stuck lock, not a busy peer.
_BUSY_TIMEOUT_S = 5.0
# What a broken cache file raises: SQLite's errors (corrupt, locked, read-only) and the OS's.
CACHE_ERRORS = (sqlite3.Error, OSError)


def cache_path() -> Path:
    """``$WORKBENCH_CACHE_DIR/translations.sqlite``, else ``~/.cache/workbench/translations.sqlite``."""
    base = os.environ.get("WORKBENCH_CACHE_DIR")
    folder = Path(base).expanduser() if base else Path.home() / ".cache" / "workbench"
    return folder / "translations.sqlite"


def cache_key(sentence: str) -> str:
    """The normalised form a sentence is cached under (spelling variants share an entry)."""
    return " ".join(normalize_ar(sentence).split())


class TranslationCache:
    """One process's connection to the shared translation cache file.

    ``get_many``, ``put_many`` and ``digest`` never raise for a broken file: the first error is
    reported once on stderr and the cache is bypassed from then on (``broken`` says why).
    """

    def __init__(self, path: Path | None = None, *, timeout: float = _BUSY_TIMEOUT_S) -> None:
        self.path = path or cache_path()
        self.timeout = timeout
        self.broken: str | None = None  # why the cache is bypassed
        self.read_only = False
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = 0

    def _connect(self) -> sqlite3.Connection:
        # A connection must not cross a fork: batch workers each open their own.
        if self._conn is None or self._pid != os.getpid():
            self._conn = None
            try:
                conn = self._open_writable()
            except sqlite3.OperationalError as exc:
                if not _read_only_error(exc):
                    raise
                conn = self._open_read_only()
            self._conn, self._pid = conn, os.getpid()
        return self._conn

    def _open_writable(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript(_SCHEMA)
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_read_only(self) -> sqlite3.Connection:
        """A read-only file (or folder) still serves hits; writes are skipped."""
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("SELECT COUNT(*) FROM translations WHERE 0").fetchall()
        except sqlite3.OperationalError:
            conn.close()  # WAL files that cannot be created: read the file as it is on disk
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None, check_same_thread=False
            )
            conn.execute("SELECT COUNT(*) FROM translations WHERE 0").fetchall()
        self.read_only = True
        return conn

    def _give_up(self, exc: BaseException) -> None:
        """Bypass the cache from now on, saying so once."""
        if self.broken is None:
            self.broken = _describe(exc)
            print(
                f"workbench: warning: translation cache {self.path}: {self.broken}; going on without it",
                file=sys.stderr,
            )
        with contextlib.suppress(*CACHE_ERRORS):
            if self._conn is not None:
                self._conn.close()
        self._conn = None

    def get_many(self, fingerprint: str, keys: Sequence[str]) -> dict[str, str]:
        """Cached translations for those of ``keys`` that are present (none when the cache is broken)."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(keys))
        if self.broken:
            return found
        with self._lock:
            try:
                conn = self._connect()
                for start in range(0, len(unique), _CHUNK):
                    chunk = unique[start : start + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = conn.execute(
                        f"SELECT source, translation FROM translations WHERE fingerprint = ? AND source IN ({marks})",
                        [fingerprint, *chunk],
                    )
                    found.update(rows)
            except CACHE_ERRORS as exc:
                self._give_up(exc)
                return {}
        return found

    def put_many(self, fingerprint: str, entries: dict[str, str]) -> None:
        """Store translations; an entry another process wrote first is kept. Skipped when the cache is broken."""
        if not entries or self.broken:
            return
        now = time.time()
        with self._lock:
            try:
                conn = self._connect()
                if self.read_only:
                    return
                with conn:  # one short write transaction
                    conn.execute("BEGIN IMMEDIATE")
                    conn.executemany(
                        "INSERT OR IGNORE INTO translations VALUES (?, ?, ?, ?)",
                        [(fingerprint, k, v, now) for k, v in entries.items()],
                    )
            except CACHE_ERRORS as exc:
                self._give_up(exc)

    def digest(self, path: Path) -> str:
        """SHA-256 of a weights file, remembered across processes by path, size and mtime."""
        stat = path.stat()
        key = str(path.resolve())
        if self.broken:
            return file_digest(path)
        try:
            with self._lock:
                conn = self._connect()
                row = conn.execute("SELECT size, mtime_ns, sha256 FROM digests WHERE path = ?", (key,)).fetchone()
        except CACHE_ERRORS as exc:
            with self._lock:
                self._give_up(exc)
            return file_digest(path)
        if row and row[0] == stat.st_size and row[1] == stat.st_mtime_ns:
            return str(row[2])
        sha = file_digest(path)
        if not self.read_only:
            with self._lock:
                try:
                    self._connect().execute(
                        "INSERT OR REPLACE INTO digests VALUES (?, ?, ?, ?)",
                        (key, stat.st_size, stat.st_mtime_ns, sha),
                    )
                except CACHE_ERRORS as exc:
                    self._give_up(exc)
        return sha

    def stats(self) -> dict[str, object]:
        """Entries per model fingerprint and the file size.

        Raises WorkbenchError (one line) when the file cannot be read as a cache.
        """
        if not self.path.exists():
            return {"path": str(self.path), "entries": 0, "size_bytes": 0, "models": {}}
        try:
            with self._lock:
                rows = (
                    self._connect()
                    .execute("SELECT fingerprint, COUNT(*) FROM translations GROUP BY fingerprint ORDER BY fingerprint")
                    .fetchall()
                )
            size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())
        except CACHE_ERRORS as exc:
            raise WorkbenchError(f"translation cache {self.path}: {_describe(exc)}{_clear_hint(exc)}") from None
        models = {fp: n for fp, n in rows}
        return {"path": str(self.path), "entries": sum(models.values()), "size_bytes": size, "models": models}

    def clear(self, model: str | None = None) -> int:
        """Delete all entries, or those whose fingerprint starts with ``model``; return how many.

        A corrupt file is removed (with its WAL files), ``broken`` says why, and 0 is returned;
        other failures raise WorkbenchError (one line).
        """
        if not self.path.exists():
            return 0
        try:
            with self._lock:
                conn = self._connect()
                if model:
                    count = conn.execute("DELETE FROM translations WHERE fingerprint LIKE ? || '%'", (model,)).rowcount
                else:
                    count = conn.execute("DELETE FROM translations").rowcount
                conn.execute("VACUUM")
        except CACHE_ERRORS as exc:
            if not _is_corrupt(exc):
                raise WorkbenchError(f"translation cache {self.path}: {_describe(exc)}") from None
            self.close()
            self.remove_files()
            self.broken = _describe(exc)
            return 0
        return count

    def remove_files(self) -> None:
        """Delete the cache file and its WAL/shared-memory files."""
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            raise WorkbenchError(f"translation cache {self.path}: cannot be removed ({exc.strerror or exc})") from None

    def close(self) -> None:
        """Close this process's connection."""
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                with contextlib.suppress(*CACHE_ERRORS):
                    self._conn.close()
            self._conn = None


def _read_only_error(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _is_corrupt(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "no such table" in text or "corrupt" in text
    )


def _describe(exc: BaseException) -> str:
    """One line on what is wrong with the cache file."""
    if isinstance(exc, OSError):
        return f"cannot be used ({exc.strerror or exc})"
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if _is_corrupt(exc):
        return f"is corrupt ({text})"
    if "locked" in text.lower() or "busy" in text.lower():
        return f"is locked by another process ({text})"
    return f"cannot be used ({text})"


def _clear_hint(exc: BaseException) -> str:
    return "; `workbench cache clear` removes it" if _is_corrupt(exc) else ""


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
