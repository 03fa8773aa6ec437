"""Corpus runs: many pairs in, JSON lines out; parallel, resumable, and a killed run loses nothing.

A corpus is a folder of pair folders (``<id>/ar.txt`` + ``<id>/en.txt``) or a JSONL manifest of
``{"id", "ar", "en"}``. Pairs are streamed to worker processes that each load the translator once;
workers read the files and encode the output lines themselves, so the parent only appends bytes.

Every result is appended with one ``os.write`` of whole lines to an ``O_APPEND`` file, so a
SIGKILL leaves at most one cut-off last line; a re-run truncates it, skips the ids already
written and goes on. The summary lives beside the output (``RESULTS.summary.json``).
"""

from __future__ import annotations

import contextlib
import fcntl
import heapq
import json
import multiprocessing
import os
import re
import signal
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import TERMINATE
from pathlib import Path
from typing import Any

from workbench.errors import InputError, WorkbenchError

MODES = ("compare", "quotes")
_SYNC_EVERY_S = 2.0  # fsync at most this often: SIGKILL loses nothing anyway, a power cut loses ≤ 2 s
_IN_FLIGHT_PER_WORKER = 4  # tasks queued ahead of each worker; bounds the parent's memory


# ---------------------------------------------------------------------------------------------
# Input: the corpus


@dataclass(frozen=True)
class PairSource:
    """Where one pair's files are: its id and the Arabic and English paths."""

    id: str
    ar: str
    en: str


@dataclass(frozen=True)
class Corpus:
    """A validated corpus: iterate it to stream its pairs (the files are not read here)."""

    path: Path
    kind: str  # "dir" or "manifest"
    size: int
    _names: tuple[str, ...] = ()  # sub-folder names of a "dir" corpus, sorted

    def __iter__(self) -> Iterator[PairSource]:
        if self.kind == "dir":
            for name in self._names:
                folder = self.path / name
                yield PairSource(name, str(folder / "ar.txt"), str(folder / "en.txt"))
        else:
            for _lineno, pair in _manifest_entries(self.path):
                if pair is not None:
                    yield pair


def open_corpus(path: str | Path) -> Corpus:
    """Validate a pair folder or JSONL manifest and return it, ready to stream.

    Raises InputError naming the file (and line, for a manifest) when it cannot be used.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such folder or manifest file")
    if p.is_dir():
        try:
            names = sorted(e.name for e in os.scandir(p) if e.is_dir() and not e.name.startswith("."))
        except OSError as exc:
            raise InputError(f"{path}: folder cannot be listed ({exc.strerror or exc})") from exc
        if not names:
            raise InputError(f"{path}: holds no pair folders (expected <id>/ar.txt and <id>/en.txt)")
        return Corpus(p, "dir", len(names), tuple(names))
    if not p.is_file():  # a device such as /dev/zero would be read forever; a pipe cannot be read twice
        raise InputError(f"{path}: is not a regular file; give a folder of pairs or a .jsonl manifest file")
    seen: set[str] = set()
    for lineno, pair in _manifest_entries(p):
        if pair is None:
            continue
        if pair.id in seen:
            raise InputError(f"{path}, line {lineno}: id '{pair.id}' appears twice in the manifest")
        seen.add(pair.id)
    if not seen:
        raise InputError(f"{path}: the manifest lists no pairs")
    return Corpus(p, "manifest", len(seen))


def _manifest_entries(path: Path) -> Iterator[tuple[int, PairSource | None]]:
    """(line number, pair) for every line of a manifest; None for blank lines."""
    base = path.resolve().parent
    try:
        fh = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: manifest cannot be read ({exc.strerror or exc})") from exc
    with fh:
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    yield lineno, None
                    continue
                yield lineno, _manifest_pair(line, base, where=f"{path}, line {lineno}")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: manifest is not UTF-8 JSON lines ({exc.reason})") from exc


def _manifest_pair(line: str, base: Path, *, where: str) -> PairSource:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    if not isinstance(entry, dict):
        raise InputError(f'{where}: expected an object {{"id": ..., "ar": PATH, "en": PATH}}')
    missing = [k for k in ("id", "ar", "en") if k not in entry]
    if missing:
        raise InputError(f"{where}: missing key {', '.join(repr(k) for k in missing)}")
    pid = entry["id"]
    if isinstance(pid, bool) or not isinstance(pid, str | int) or not str(pid).strip():
        raise InputError(f"{where}: 'id' must be a non-empty string or a number")
    try:
        str(pid).encode("utf-8")
    except UnicodeEncodeError:  # a JSON escape such as \ud800 that is half a character
        raise InputError(f"{where}: 'id' holds a lone surrogate escape, which is not text") from None
    for key in ("ar", "en"):
        if not isinstance(entry[key], str) or not entry[key].strip():
            raise InputError(f"{where}: '{key}' must be a file path")
    # relative paths are relative to the manifest's folder, not to where the command runs
    return PairSource(str(pid), str(base / entry["ar"]), str(base / entry["en"]))


# ---------------------------------------------------------------------------------------------
# Work done for one pair (in a worker process)


@dataclass(frozen=True)
class PairResult:
    """What a worker sends back for one pair: the encoded line(s) and a few figures for the summary."""

    id: str
    data: bytes  # whole JSON lines, each ending in "\n"
    error: str | None
    seconds: float
    tally: dict[str, int]  # findings by type (compare) or quotes by verdict (quotes)
    pid: int
    peak_rss_kb: int
    fatal: str | None = None  # the translator could not be loaded: the run must stop


@dataclass
class _WorkerState:
    mode: str = "compare"
    presegmented: bool = False
    translator: Any = None
    load_error: str | None = None


_STATE = _WorkerState()


def _init_worker(translator_name: str, options: dict[str, Any], mode: str, presegmented: bool) -> None:
    """Pool initializer: load the translator once; Ctrl-C and termination are the parent's business."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if _LOCK_FD is not None:  # a forked copy; closing it (never unlocking) leaves the parent's lock held
        with contextlib.suppress(OSError):
            os.close(_LOCK_FD)
    load_worker(translator_name, options, mode, presegmented)


def load_worker(translator_name: str, options: dict[str, Any], mode: str, presegmented: bool) -> None:
    """Set this process up for ``process_pair``: load the translator once (any engine's worker calls this)."""
    _STATE.mode, _STATE.presegmented = mode, presegmented
    from workbench.translate import get_translator

    try:
        _STATE.translator = get_translator(translator_name, **options)
    except WorkbenchError as exc:
        # raising here would make the pool respawn workers forever; report it with the first pair
        _STATE.load_error = str(exc)
        return
    _warm_up(_STATE.translator)


def _warm_up(translator: Any) -> None:
    """Compare one tiny pair so the sentence encoder, lexicons and name data load now, once per worker,
    and not inside the first pair's timing (which would put every worker's first pair among the slowest)."""
    from workbench.pipeline import compare

    with contextlib.suppress(WorkbenchError):
        compare("قال الوزير إن الطريق مفتوح.", "The minister said the road is open.", translator)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the parent dies (``kill -9`` of the run must not leave orphans)."""
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: orphans end when their task pipe closes
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def process_pair(pair: PairSource) -> PairResult:
    """Compare one pair (or list its quotes) and encode the output line(s); never raises for bad input."""
    start = time.perf_counter()
    if _STATE.load_error is not None:
        return PairResult(pair.id, b"", None, 0.0, {}, os.getpid(), _peak_rss_kb(), fatal=_STATE.load_error)
    error: str | None = None
    tally: dict[str, int] = {}
    try:
        comparison = _compare_files(pair)
        if _STATE.mode == "quotes":
            rows = quote_rows(comparison, _STATE.translator)
            lines = [_encode({"id": pair.id, **row}) for row in rows]
            tally = dict(Counter(row["verdict"] for row in rows))
        else:
            from workbench.report import comparison_to_dict

            record = {"id": pair.id, **comparison_to_dict(comparison)}
            lines = [_encode(record)]
            tally = dict(record["summary"]["findings_by_type"])
    except WorkbenchError as exc:
        error = str(exc)
    except OSError as exc:  # e.g. a folder without read permission
        error = f"{exc.filename or pair.id}: cannot be read ({exc.strerror or exc})"
    except Exception as exc:  # a bug must not stop a night's run; it is recorded with the pair
        error = f"internal error: {type(exc).__name__}: {exc}"
    if error is not None:
        lines = [_encode({"id": pair.id, "error": error})]
    return PairResult(pair.id, b"".join(lines), error, time.perf_counter() - start, tally, os.getpid(), _peak_rss_kb())


def _compare_files(pair: PairSource) -> Any:
    from workbench.pipeline import compare
    from workbench.reading import read_input

    ar_label, ar_text = read_input(pair.ar, lang="ar")
    en_label, en_text = read_input(pair.en, lang="en")
    return compare(
        ar_text, en_text, _STATE.translator, presegmented=_STATE.presegmented, ar_source=ar_label, en_source=en_label
    )


def _encode(record: dict[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _peak_rss_kb() -> int:
    """This process's peak resident memory (VmHWM) in KiB; 0 where /proc is not available."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


# ---------------------------------------------------------------------------------------------
# Quotes at corpus scale


def quote_rows(comparison: Any, translator: Any = None) -> list[dict[str, Any]]:
    """One row per quotation of a compared pair: the English quote, its Arabic source, fidelity and verdict.

    English quotes come from the aligned pairs' views (``pair.view.quote_pairs``); the verdict
    is the subtype of the quote finding on that quote (``altered``, ``truncated``,
    ``paraphrase_as_quote``), ``faithful`` when there is none, and ``unmatched`` when the English
    sentence has no Arabic counterpart. Arabic quotes the English turned into paraphrase are rows
    with an empty ``en_quote`` and verdict ``quote_as_paraphrase``.
    """
    from workbench.findings.quotes import findings_inside, quote_verdict

    verdicts = {(f.en_sentence, f.en_span): f.subtype for f in comparison.findings if f.type == "quote" and f.en_span}
    rows: list[dict[str, Any]] = []
    for pair in aligned_pairs(comparison, translator):
        if not pair.en:
            continue
        quote_pairs = pair.view.quote_pairs
        for qp in quote_pairs:
            en_s = pair.en_sentence_of(qp.en_quote)
            en_id = en_s.id if en_s else pair.en[0].id
            reason = ""
            if not pair.ar:
                verdict = "unmatched"
            else:
                inside = findings_inside(comparison.findings, en_id, qp.en_quote, list(pair.link.ar), qp.ar_quote)
                subtype = verdicts.get((en_id, qp.en_quote))
                verdict, reason = quote_verdict(qp.en_quote, qp.ar_quote, qp.fidelity, subtype, inside)
            rows.append(
                {
                    "en_sentence": en_id,
                    "ar_sentences": list(pair.link.ar),
                    "en_quote": qp.en_quote,
                    "ar_quote": qp.ar_quote,
                    "fidelity": qp.fidelity if qp.ar_quote else None,
                    "verdict": verdict,
                    "reason": reason,
                    "missing": list(qp.missing) if qp.ar_quote else [],
                    "extra": list(qp.extra) if qp.ar_quote else [],
                }
            )
    for f in comparison.findings:
        if f.type == "quote" and f.subtype == "quote_as_paraphrase":
            rows.append(
                {
                    "en_sentence": f.en_sentence,
                    "ar_sentences": [f.ar_sentence],
                    "en_quote": "",
                    "ar_quote": f.ar_span,
                    "fidelity": None,
                    "verdict": "quote_as_paraphrase",
                    "reason": "",
                    "missing": [],
                    "extra": [],
                }
            )
    for k, row in enumerate(rows):
        row["quote"] = k
        row["quotes_in_pair"] = len(rows)  # lets a resumed run tell a pair's complete set of lines
        row["translator"] = comparison.translator
    return rows


def aligned_pairs(comparison: Any, translator: Any = None) -> list[Any]:
    """The pipeline's aligned pairs of a Comparison, with the quote renderings it kept (``translator``
    renders them again only for a comparison rebuilt from JSON)."""
    from workbench.pipeline import aligned_pairs as rebuild

    return rebuild(comparison, translator)


# ---------------------------------------------------------------------------------------------
# Output: the results file


@dataclass
class Existing:
    """What an earlier run already wrote to the results file."""

    done: set[str] = field(default_factory=set)
    ok: int = 0
    failed: int = 0
    tally: Counter[str] = field(default_factory=Counter)
    truncated_bytes: int = 0
    dropped_lines: int = 0


def scan_results(path: Path, *, mode: str, retry_failed: bool = False) -> Existing:
    """Read an existing results file, repair it, and return the ids it holds.

    A cut-off last line (a run killed mid-write) is truncated away. In quotes mode a pair whose
    lines are not all there is dropped so it is redone; with ``retry_failed`` error lines are
    dropped too. Raises InputError when the file is not a results file of this command.
    """
    found = Existing()
    if not path.exists():
        return found
    complete_end = 0
    groups: dict[str, list[int]] = {}  # quotes mode: id -> [lines seen, lines expected]
    drop: set[str] = set()
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.endswith(b"\n"):
                found.truncated_bytes = len(raw)
                break
            complete_end += len(raw)
            if not raw.strip():
                continue
            record = _results_line(raw, where=f"{path}, line {lineno}", mode=mode)
            pid = str(record["id"])
            if "error" in record:
                if retry_failed:
                    drop.add(pid)
                    continue
                found.failed += 1
                found.done.add(pid)
            elif mode == "quotes":
                group = groups.setdefault(pid, [0, int(record["quotes_in_pair"])])
                group[0] += 1
                found.tally[record.get("verdict", "")] += 1
            else:
                found.ok += 1
                found.done.add(pid)
                found.tally.update(record.get("summary", {}).get("findings_by_type", {}))
    for pid, (seen, expected) in groups.items():
        if seen == expected:
            found.ok += 1
            found.done.add(pid)
        else:
            drop.add(pid)
    try:
        if found.truncated_bytes:
            with path.open("r+b") as fh:
                fh.truncate(complete_end)
                os.fsync(fh.fileno())
        if drop:
            found.dropped_lines = _drop_ids(path, drop)
            if mode == "quotes":  # tallies of dropped quote lines must not count
                found.tally = _quote_tally(path)
    except OSError as exc:
        raise InputError(f"{path}: cannot be repaired for the rerun ({exc.strerror or exc})") from None
    return found


def _results_line(raw: bytes, *, where: str, mode: str) -> dict[str, Any]:
    hint = "move it away or choose another --out"
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        raise InputError(f"{where}: not a JSON line; this is not a results file ({hint})") from None
    if not isinstance(record, dict) or "id" not in record:
        raise InputError(f"{where}: line has no 'id'; this is not a results file ({hint})")
    key = "quotes_in_pair" if mode == "quotes" else "links"
    if "error" not in record and key not in record:
        other = "workbench batch" if mode == "quotes" else "workbench quotes"
        raise InputError(f"{where}: written by {other}, not by this command ({hint})")
    return record


def _drop_ids(path: Path, ids: set[str]) -> int:
    """Rewrite ``path`` without the lines of ``ids`` (atomically); return how many lines went."""
    dropped = 0
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out, path.open("rb") as fh:
            for raw in fh:
                if raw.strip() and str(json.loads(raw)["id"]) in ids:
                    dropped += 1
                    continue
                out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)  # a full disk must not leave a stray temp file
        raise
    return dropped


def _quote_tally(path: Path) -> Counter[str]:
    tally: Counter[str] = Counter()
    with path.open("rb") as fh:
        for raw in fh:
            if raw.strip():
                record = json.loads(raw)
                if "error" not in record:
                    tally[record.get("verdict", "")] += 1
    return tally


_LOCK_FD: int | None = None  # this process's lock on its --out; forked workers close their copy


@contextlib.contextmanager
def lock_output(out: Path) -> Iterator[None]:
    """Hold an advisory lock on ``out`` for a whole run; a second run on the same file is refused.

    The lock is taken on ``.NAME.lock`` beside ``out`` (the results file itself is replaced when
    lines are dropped, so its inode cannot carry the lock); where that cannot be created (a
    read-only folder), the existing results file is locked instead. Raises InputError naming the
    file when another run holds it.
    """
    global _LOCK_FD
    lock_path = out.parent / f".{out.name}.lock"
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        try:
            fd = os.open(out, os.O_RDONLY)
        except FileNotFoundError:
            yield  # nothing to lock and nothing can be created: writing will fail with its own message
            return
        except OSError as exc:
            raise InputError(f"{out}: cannot be opened ({exc.strerror or exc})") from None
        lock_path = out
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _lock_holder(fd) if lock_path != out else ""
            raise InputError(
                f"{out}: in use by another workbench run{holder}; wait for it to finish or choose another --out"
            ) from None
        if lock_path != out:
            # the whole number is written before the old one is cut, so a reader never finds it empty
            # the number and the process's start time: a number a killed run left behind and the system
            # gave to another process since is not this run
            stamp = f"{os.getpid()} {_started(os.getpid())}\n".encode("ascii")
            with contextlib.suppress(OSError):
                os.pwrite(fd, stamp, 0)
                os.ftruncate(fd, len(stamp))
        previous, _LOCK_FD = _LOCK_FD, fd
        try:
            yield
        finally:
            _LOCK_FD = previous
            if lock_path != out:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)  # no stale number for the next run's refusal to name
    finally:
        os.close(fd)  # closing the last descriptor releases the lock


_HOLDER_WAIT_S = 1.0  # the holder writes its number just after taking the lock


def _lock_holder(fd: int) -> str:
    """`` (process N)`` for the run holding the lock, or "" when its number cannot be read (a holder that
    writes none costs the refusal _HOLDER_WAIT_S)."""
    deadline = time.monotonic() + _HOLDER_WAIT_S
    while True:
        try:
            fields = os.pread(fd, 64, 0).decode("ascii").split()
            pid, started = int(fields[0]), fields[1] if len(fields) > 1 else ""
        except (OSError, ValueError, UnicodeDecodeError, IndexError):
            pid, started = 0, ""
        if pid > 0 and _alive(pid) and (not started or _started(pid) == started):
            return f" (process {pid})"
        if time.monotonic() >= deadline:
            return ""
        time.sleep(0.02)


def _started(pid: int) -> str:
    """When process ``pid`` started (clock ticks since boot, /proc/PID/stat field 22), "" where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    # the command name (field 2) may hold spaces and brackets: count the fields after its last ')'
    rest = stat[stat.rfind(")") + 2 :].split()
    return rest[19] if len(rest) > 19 else ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


class ResultsWriter:
    """Appends whole lines to the results file: one os.write per pair on an O_APPEND descriptor."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise InputError(f"{path}: cannot write there ({exc.strerror or exc})") from None
        self._last_sync = time.monotonic()
        self.lines = 0

    def append(self, data: bytes) -> None:
        """Write ``data`` (whole lines); a short write, rare on regular files, is completed."""
        # Ctrl-C between two parts of a short write would leave half a line: hold signals meanwhile
        held = _hold_signals()
        try:
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
        except OSError as exc:
            raise self._failed(exc) from None
        finally:
            _release_signals(held)
        self.lines += 1
        if time.monotonic() - self._last_sync >= _SYNC_EVERY_S:
            self.sync()

    def sync(self) -> None:
        try:
            os.fsync(self._fd)
        except OSError as exc:
            raise self._failed(exc) from None
        self._last_sync = time.monotonic()

    def close(self) -> None:
        try:
            self.sync()
        finally:
            os.close(self._fd)

    def _failed(self, exc: OSError) -> WorkbenchError:
        # a half-written last line is cut off by the next run, which then goes on from there
        return WorkbenchError(
            f"{self.path}: writing failed ({exc.strerror or exc}); the pairs written before are kept: "
            "free space (or fix the disk) and run the same command again to resume"
        )


def read_results(path: str | Path) -> Iterator[dict[str, Any]]:
    """Stream the records of a results file (``batch`` or ``quotes`` output), one per line.

    A cut-off last line (a run killed mid-write and not resumed) is skipped; any other line
    that is not a JSON object with an ``id`` raises InputError naming the file and line.
    """
    p = Path(path)
    if p.exists() and not p.is_file():  # /dev/zero would be read forever
        raise InputError(f"{path}: is not a regular file; give a results file written by batch")
    try:
        fh = p.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except RecursionError:
                raise InputError(f"{path}, line {lineno}: JSON nested too deeply; is this a results file?") from None
            except (json.JSONDecodeError, UnicodeDecodeError):
                if not raw.endswith(b"\n"):
                    return  # the cut-off last line of a killed run
                raise InputError(f"{path}, line {lineno}: not a JSON line; is this a results file?") from None
            if not isinstance(record, dict) or "id" not in record:
                raise InputError(f"{path}, line {lineno}: line has no 'id'; is this a results file?")
            if _SURROGATE_ESCAPE.search(raw) and not _is_text(record):
                raise InputError(f"{path}, line {lineno}: holds a lone surrogate escape (half a character)")
            yield record


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _is_text(record: dict[str, Any]) -> bool:
    """False when a string in ``record`` cannot be written as UTF-8 (a lone surrogate from a JSON escape)."""
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# The run


@dataclass
class BatchSummary:
    """Figures for one run; ``to_dict`` is what goes into RESULTS.summary.json."""

    source: str
    out: str
    mode: str
    translator: str
    workers: int
    total: int  # pairs in the corpus
    ok: int = 0  # processed by this run
    failed: int = 0
    skipped: int = 0  # already in the output
    output_ok: int = 0  # the whole output file, earlier runs included
    output_failed: int = 0
    tally: Counter[str] = field(default_factory=Counter)
    slowest: list[tuple[float, str]] = field(default_factory=list)  # min-heap of the 5 slowest
    worker_peak_rss_kb: dict[int, int] = field(default_factory=dict)
    elapsed_s: float = 0.0
    interrupted: bool = False
    repaired: str = ""

    @property
    def exit_status(self) -> int:
        """0 when every pair in the output succeeded, 1 when any pair failed."""
        return 1 if self.output_failed else 0

    def add(self, result: PairResult) -> None:
        if result.error is None:
            self.ok += 1
            self.output_ok += 1
            self.tally.update(result.tally)
        else:
            self.failed += 1
            self.output_failed += 1
        entry = (result.seconds, result.id)
        if len(self.slowest) < 5:
            heapq.heappush(self.slowest, entry)
        else:
            heapq.heappushpop(self.slowest, entry)
        if result.peak_rss_kb:
            self.worker_peak_rss_kb[result.pid] = max(self.worker_peak_rss_kb.get(result.pid, 0), result.peak_rss_kb)

    def to_dict(self) -> dict[str, Any]:
        from workbench import __version__

        done = self.ok + self.failed
        return {
            "workbench_version": __version__,
            "command": "quotes" if self.mode == "quotes" else "batch",
            "source": self.source,
            "out": self.out,
            "translator": self.translator,
            "workers": self.workers,
            "pairs": self.total,
            "this_run": {"ok": self.ok, "failed": self.failed, "skipped": self.skipped},
            "output": {"ok": self.output_ok, "failed": self.output_failed},
            ("quotes_by_verdict" if self.mode == "quotes" else "findings_by_type"): dict(sorted(self.tally.items())),
            "slowest": [{"id": pid, "seconds": round(s, 3)} for s, pid in sorted(self.slowest, reverse=True)],
            "elapsed_s": round(self.elapsed_s, 3),
            "pairs_per_s": round(done / self.elapsed_s, 2) if self.elapsed_s and done else None,
            "worker_peak_rss_mb": [round(kb / 1024, 1) for _, kb in sorted(self.worker_peak_rss_kb.items())],
            "interrupted": self.interrupted,
            "exit_status": self.exit_status,
        }


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM) stopped the run; the lines written so far are kept."""

    def __init__(self, summary: BatchSummary) -> None:
        super().__init__("interrupted")
        self.summary = summary


Progress = Callable[[BatchSummary, PairResult], None]
# runs the pairs of a corpus not in ``done``, appending each result with the writer: (corpus, done, writer,
# summary, (translator, options, mode, presegmented), progress); the local process pool is one
Runner = Callable[[Corpus, set[str], ResultsWriter, BatchSummary, tuple[Any, ...], Progress | None], None]


def summary_path(out: str | Path) -> Path:
    """RESULTS.jsonl → RESULTS.summary.json, beside it."""
    return Path(out).with_suffix(".summary.json")


def run_batch(
    source: str | Path,
    out: str | Path,
    *,
    translator: str = "lexicon",
    translator_options: dict[str, Any] | None = None,
    workers: int | None = None,
    mode: str = "compare",
    presegmented: bool = False,
    retry_failed: bool = False,
    progress: Progress | None = None,
    on_start: Callable[[BatchSummary], None] | None = None,
    runner: Runner | None = None,
) -> BatchSummary:
    """Process every pair of ``source`` not yet in ``out``, appending one result per pair.

    ``translator_options`` go to ``get_translator`` in each worker (device, beams…).
    ``mode`` is ``compare`` (SPEC §1 object plus ``id`` per pair) or ``quotes`` (one line per
    quotation). Raises InputError for an unusable corpus or output, TranslatorError when the
    translator cannot be loaded, BatchInterrupted on Ctrl-C/SIGTERM (lines written are kept).
    ``runner`` replaces the local process pool (``batch_ray`` passes one that runs on Ray).
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    started = time.perf_counter()
    corpus = open_corpus(source)
    out_path = Path(out)
    if out_path.is_dir():
        raise InputError(f"{out}: is a directory; give a file name for --out")
    if not out_path.parent.exists():
        raise InputError(f"{out}: folder {out_path.parent} does not exist")
    if out_path.exists() and not out_path.is_file():
        # a FIFO or device cannot be read back to resume (and /dev/zero would be read forever)
        raise InputError(f"{out}: is not a regular file; --out must be a results file the run can resume")
    if out_path.is_symlink():  # repairs replace the file: do it to the file the link names, keep the link
        out_path = out_path.resolve()
    with lock_output(out_path):
        return _run_locked(
            corpus,
            str(source),
            out_path,
            str(out),
            started,
            translator=translator,
            translator_options=translator_options,
            workers=workers,
            mode=mode,
            presegmented=presegmented,
            retry_failed=retry_failed,
            progress=progress,
            on_start=on_start,
            runner=runner,
        )


def _run_locked(  # noqa: PLR0913 - run_batch's options, passed on
    corpus: Corpus,
    source: str,
    out_path: Path,
    out: str,
    started: float,
    *,
    translator: str,
    translator_options: dict[str, Any] | None,
    workers: int | None,
    mode: str,
    presegmented: bool,
    retry_failed: bool,
    progress: Progress | None,
    on_start: Callable[[BatchSummary], None] | None,
    runner: Runner | None,
) -> BatchSummary:
    existing = scan_results(out_path, mode=mode, retry_failed=retry_failed)
    skipped = sum(1 for pair in corpus if pair.id in existing.done) if existing.done else 0
    todo = corpus.size - skipped
    n_workers = max(1, min(workers or os.cpu_count() or 1, todo or 1))
    summary = BatchSummary(
        source=str(source),
        out=str(out),
        mode=mode,
        translator=translator,
        workers=n_workers,
        total=corpus.size,
        skipped=skipped,
        output_ok=existing.ok,
        output_failed=existing.failed,
        tally=existing.tally,
    )
    if existing.truncated_bytes or existing.dropped_lines:
        summary.repaired = (
            f"removed a cut-off last line ({existing.truncated_bytes} bytes)" if existing.truncated_bytes else ""
        ) + (
            f"{'; ' if existing.truncated_bytes else ''}dropped {existing.dropped_lines} line(s) to redo"
            if existing.dropped_lines
            else ""
        )
    if on_start:
        on_start(summary)
    writer = ResultsWriter(out_path)
    try:
        if todo:
            options = _share_cores(translator, dict(translator_options or {}), n_workers)
            initargs = (translator, options, mode, presegmented)
            (runner or _run_pool)(corpus, existing.done, writer, summary, initargs, progress)
    except BaseException:
        # the run's own error is the one to report; a summary that cannot be written is secondary
        with contextlib.suppress(WorkbenchError):
            _finish(writer, summary, started)
        raise
    _finish(writer, summary, started)
    return summary


def _finish(writer: ResultsWriter, summary: BatchSummary, started: float) -> None:
    try:
        writer.close()
    finally:
        summary.elapsed_s = time.perf_counter() - started
        _write_summary(summary)


def _share_cores(translator: str, options: dict[str, Any], workers: int) -> dict[str, Any]:
    """Give each worker's model its share of the cores, so N workers do not each start N threads."""
    share = max(1, (os.cpu_count() or 1) // workers)
    if translator.startswith("hf:"):
        options.setdefault("threads", share)
    elif translator.startswith("ct2:"):
        options.setdefault("inter_threads", share)
    return options


def _run_pool(
    corpus: Corpus,
    done: set[str],
    writer: ResultsWriter,
    summary: BatchSummary,
    initargs: tuple[Any, ...],
    progress: Progress | None,
) -> None:
    stop = threading.Event()
    slots = threading.BoundedSemaphore(summary.workers * _IN_FLIGHT_PER_WORKER)

    def tasks() -> Iterator[PairSource]:
        # runs in the pool's feeder thread: a slot per task keeps only a few pairs in flight
        for pair in corpus:
            if pair.id in done:
                continue
            while not slots.acquire(timeout=0.2):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            yield pair

    # import the pipeline once here so forked workers inherit it instead of each importing it
    import workbench.pipeline  # noqa: F401
    import workbench.reading  # noqa: F401
    import workbench.report  # noqa: F401

    previous = signal.signal(signal.SIGTERM, _raise_interrupt) if _main_thread() else None
    pool = multiprocessing.get_context().Pool(summary.workers, initializer=_init_worker, initargs=initargs)
    finished = False
    try:
        for result in _results(pool, pool.imap_unordered(process_pair, tasks(), chunksize=1), summary):
            slots.release()
            if result.fatal is not None:
                from workbench.errors import TranslatorError

                raise TranslatorError(result.fatal)
            writer.append(result.data)
            summary.add(result)
            if progress:
                progress(summary, result)
        pool.close()  # every worker gets its end-of-work sentinel and exits
        finished = _joined(pool, timeout=_JOIN_SECONDS)
    except KeyboardInterrupt:
        summary.interrupted = True
        raise BatchInterrupted(summary) from None
    finally:
        stop.set()
        if not finished:
            _abandon(pool)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


# how long a finished run waits for its workers to exit before it kills them
_JOIN_SECONDS = 30.0


def _joined(pool: Any, *, timeout: float) -> bool:
    """Wait for a closed pool's workers to exit; False when one is still there after ``timeout`` (a worker
    that died holding the task queue's lock keeps the others from ever reading their end sentinel)."""
    deadline = time.monotonic() + timeout
    for proc in list(getattr(pool, "_pool", ())):
        proc.join(max(0.0, deadline - time.monotonic()))
        if proc.exitcode is None:
            return False
    pool.join()
    return True


def _abandon(pool: Any) -> None:
    """Stop a pool cut short (Ctrl-C, a dead worker, a fatal error) without ``Pool.terminate()``.

    ``terminate()`` takes the task queue's read lock, which an idle worker holds while it waits
    for a task; a worker killed there (or a sentinel race at shutdown) leaves it waiting forever.
    So no new workers are started, the live ones are killed (results already written are safe on
    disk), and the pool's exit-time terminate is cancelled; its threads are daemons and end with
    the process.
    """
    handler = getattr(pool, "_worker_handler", None)
    if handler is not None:
        handler._state = TERMINATE  # stop replacing workers
        notifier = getattr(pool, "_change_notifier", None)
        if notifier is not None:
            notifier.put(None)  # wake the handler from its wait, so that it sees the state
        handler.join(timeout=5)
    finalizer = getattr(pool, "_terminate", None)
    if finalizer is not None and hasattr(finalizer, "cancel"):
        finalizer.cancel()
    pool._state = TERMINATE  # no "unclosed running pool" warning when it is collected
    for proc in list(getattr(pool, "_pool", ())):
        if proc.exitcode is None:
            proc.kill()
    for proc in list(getattr(pool, "_pool", ())):
        proc.join(timeout=5)


_HELD = {signal.SIGINT, signal.SIGTERM}


def _hold_signals() -> set[int | signal.Signals] | None:
    if not _main_thread():
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)


def _release_signals(previous: set[int | signal.Signals] | None) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class WorkerDied(WorkbenchError):
    """A worker process was killed (out of memory, a crash): its pair's result will never come."""


def _results(pool: Any, results: Any, summary: BatchSummary) -> Iterator[PairResult]:
    """Results as they come; stops the run when a worker dies, since Pool would wait for it forever."""
    workers = _worker_pids(pool)
    while True:
        try:
            yield results.next(timeout=1.0)
        except StopIteration:
            return
        except multiprocessing.TimeoutError:
            pass
        # checked after every result too: Pool replaces a dead worker at once, and the others
        # would otherwise go on through the whole corpus before the lost pair is noticed
        if _worker_pids(pool) != workers:
            raise WorkerDied(
                f"a worker process died (killed, or out of memory); the {summary.ok + summary.failed} pairs "
                f"done are kept in {summary.out}: run again to resume (with fewer --workers if memory is short)"
            ) from None


def _worker_pids(pool: Any) -> set[int]:
    return {p.pid for p in getattr(pool, "_pool", ())}


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _raise_interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def _write_summary(summary: BatchSummary) -> None:
    from workbench.outfile import write_text

    text = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n"
    write_text(summary_path(summary.out), text)  # raises WorkbenchError on a read-only or full disk


def format_summary(summary: BatchSummary) -> str:
    """The end-of-run summary as a few readable lines."""
    d = summary.to_dict()
    noun = "quotes by verdict" if summary.mode == "quotes" else "findings by type"
    tally = d.get("quotes_by_verdict", d.get("findings_by_type", {}))
    lines = [
        f"pairs: {summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped (already in {summary.out})"
        f" of {summary.total}",
        f"output: {summary.output_ok} ok, {summary.output_failed} failed",
        f"{noun}: " + (", ".join(f"{k} {v}" for k, v in tally.items()) or "none"),
    ]
    if d["slowest"]:
        lines.append("slowest: " + ", ".join(f"{s['id']} {s['seconds']:.2f}s" for s in d["slowest"]))
    rate = f" ({d['pairs_per_s']} pairs/s, {summary.workers} workers)" if d["pairs_per_s"] else ""
    lines.append(f"elapsed: {summary.elapsed_s:.1f}s{rate}")
    lines.append(f"summary: {summary_path(summary.out)}")
    return "\n".join(lines)
