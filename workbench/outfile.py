"""Writing output files safely: replace regular files atomically, write through to anything else.

A report written with ``-o`` must never turn what the path names into something else: a FIFO,
a terminal, ``/dev/null`` or a symlink keep their type (the text is written through them), and
only a regular file (or a new path) is written to a temp file beside it and renamed into place,
so a crash never leaves half a report. New files get the mode the user's umask allows, and a
replaced file keeps its mode.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from workbench.errors import WorkbenchError


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


@contextlib.contextmanager
def open_output(out: str | os.PathLike[str], *, binary: bool = False, newline: str | None = None) -> Iterator[IO[Any]]:
    """Open ``out`` for writing; on success the content is in place, on failure nothing is replaced.

    Regular files (and new paths) are written to a temp file and renamed over ``out``; a symlink,
    FIFO, character device or socket is opened and written through, never replaced.
    Raises WorkbenchError naming the file on a user-side problem (missing folder, read-only, full disk).
    """
    path = Path(out)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise WorkbenchError(f"{out}: cannot write there ({_reason(exc)})") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise WorkbenchError(f"{out}: is a directory; give a file name for --out")
    mode = "wb" if binary else "w"
    kwargs: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": newline}
    if st is not None and not stat.S_ISREG(st.st_mode):
        # a symlink, FIFO, device or socket: write through it, keep what it is
        if stat.S_ISLNK(st.st_mode) and os.path.isdir(path):
            raise WorkbenchError(f"{out}: is a directory; give a file name for --out")
        try:
            fh = open(path, mode, **kwargs)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise WorkbenchError(f"{out}: cannot write there ({_reason(exc)})") from None
        try:
            yield fh
            fh.close()
        except OSError as exc:
            raise WorkbenchError(f"{out}: writing failed ({_reason(exc)})") from None
        finally:
            if not fh.closed:
                with contextlib.suppress(OSError):
                    fh.close()
        return
    if not path.parent.exists():
        raise WorkbenchError(f"{out}: folder {path.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise WorkbenchError(f"{out}: cannot write there ({_reason(exc)})") from None
    file_mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    done = False
    try:
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, file_mode)
        os.replace(tmp, path)
        done = True
    except OSError as exc:
        raise WorkbenchError(f"{out}: writing failed ({_reason(exc)})") from None
    finally:
        if not done:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def write_text(out: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``out`` with the guarantees of :func:`open_output`."""
    with open_output(out) as fh:
        fh.write(text)
