"""Corrected alignments: a reviewer's link, unlink, merge and split edits kept as anchors,
and the JSON sidecar that stores them next to a pair.

An anchor is a group (Arabic ids, English ids) the aligner keeps as given
(``pipeline.compare(..., anchors=...)``); either side may be empty, which pins a
sentence as unlinked. Edits are pure functions: anchors and links in, new anchors out.
The sidecar is written only when the texts it was made for are known, and read back
only when they still match, so a stale correction never lands on a changed article.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbench import __version__
from workbench.errors import WorkbenchError
from workbench.records import Comparison, Link

SIDECAR_NAME = "alignment.corrected.json"
_KIND = "workbench.corrected_alignment"

Anchor = tuple[tuple[int, ...], tuple[int, ...]]


class SidecarError(WorkbenchError):
    """A sidecar that cannot be read or was made for other texts."""


@dataclass(frozen=True)
class Sidecar:
    """What a sidecar holds: the reviewer's anchors and the alignment they produced."""

    anchors: tuple[Anchor, ...]
    alignment: tuple[Anchor, ...]
    translator: str
    presegmented: bool
    saved: str


def _anchor(ar: Iterable[int], en: Iterable[int]) -> Anchor:
    return tuple(sorted(set(ar))), tuple(sorted(set(en)))


def _without(anchors: Sequence[Anchor], ar: Iterable[int], en: Iterable[int]) -> list[Anchor]:
    """Anchors with the given sentences taken out.

    An anchor that loses sentences is kept only while it still links both sides; what is
    left of it otherwise goes back to the aligner rather than being pinned as a gap.
    """
    ar_set, en_set = set(ar), set(en)
    kept = []
    for a, e in anchors:
        rest = _anchor((i for i in a if i not in ar_set), (j for j in e if j not in en_set))
        if rest == (a, e) or (rest[0] and rest[1]):
            kept.append(rest)
    return kept


def link(anchors: Sequence[Anchor], ar: Iterable[int], en: Iterable[int]) -> tuple[Anchor, ...]:
    """Link the given Arabic and English sentences as one group (taking them out of earlier anchors)."""
    group = _anchor(ar, en)
    if not group[0] and not group[1]:
        raise ValueError("a link needs at least one sentence")
    return (*_without(anchors, *group), group)


def unlink(anchors: Sequence[Anchor], row: Link) -> tuple[Anchor, ...]:
    """Break a row apart: every sentence in it becomes an unlinked gap."""
    gaps = [((i,), ()) for i in row.ar] + [((), (j,)) for j in row.en]
    return (*_without(anchors, row.ar, row.en), *gaps)


def merge(anchors: Sequence[Anchor], rows: Sequence[Link]) -> tuple[Anchor, ...]:
    """Merge rows into one group holding all their sentences."""
    if len(rows) < 2:
        raise ValueError("merging needs at least two rows")
    return link(anchors, (i for r in rows for i in r.ar), (j for r in rows for j in r.en))


def split(anchors: Sequence[Anchor], row: Link, *, ar_at: int, en_at: int) -> tuple[Anchor, ...]:
    """Split a row in two: its first ``ar_at`` Arabic and first ``en_at`` English sentences, and the rest."""
    first = _anchor(row.ar[:ar_at], row.en[:en_at])
    second = _anchor(row.ar[ar_at:], row.en[en_at:])
    if not (first[0] or first[1]) or not (second[0] or second[1]):
        raise ValueError("both parts of a split need at least one sentence")
    return (*_without(anchors, row.ar, row.en), first, second)


def sidecar_path(folder: str | Path) -> Path:
    """Where the corrected alignment of the pair in ``folder`` lives."""
    return Path(folder) / SIDECAR_NAME


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def save(folder: str | Path, comparison: Comparison, anchors: Sequence[Anchor], *, presegmented: bool = False) -> Path:
    """Write the anchors and the alignment they produced next to the pair (atomically)."""
    path = sidecar_path(folder)
    data = {
        "kind": _KIND,
        "workbench_version": __version__,
        "saved": datetime.now(UTC).isoformat(timespec="seconds"),
        "translator": comparison.translator,
        "presegmented": presegmented,
        "ar_sha256": _digest(comparison.ar.text),
        "en_sha256": _digest(comparison.en.text),
        "ar_sentences": len(comparison.ar.sentences),
        "en_sentences": len(comparison.en.sentences),
        "anchors": [[list(a), list(e)] for a, e in anchors],
        "alignment": [[list(lk.ar), list(lk.en)] for lk in comparison.links],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".alignment.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load(folder: str | Path, *, ar_text: str, en_text: str, presegmented: bool = False) -> Sidecar | None:
    """The sidecar of the pair in ``folder``, or None when there is none.

    Raises SidecarError when it cannot be read or was saved for different texts.
    """
    path = sidecar_path(folder)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") != _KIND:
            raise SidecarError(f"{path}: not a corrected-alignment file")
        if data["ar_sha256"] != _digest(ar_text) or data["en_sha256"] != _digest(en_text):
            raise SidecarError(f"{path}: saved for a different version of the texts; corrections not applied")
        if bool(data.get("presegmented", False)) != presegmented:
            raise SidecarError(f"{path}: saved with another segmentation setting; corrections not applied")
        anchors = tuple(_anchor(_ids(a), _ids(e)) for a, e in data["anchors"])
        alignment = tuple(_anchor(_ids(a), _ids(e)) for a, e in data.get("alignment", []))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SidecarError(f"{path}: cannot be read ({exc})") from exc
    return Sidecar(
        anchors=anchors,
        alignment=alignment,
        translator=str(data.get("translator", "")),
        presegmented=presegmented,
        saved=str(data.get("saved", "")),
    )


def _ids(values: Iterable[object]) -> list[int]:
    """Sentence ids from a sidecar: non-negative integers only (a string or float is a broken file)."""
    ids = list(values)
    if not all(type(i) is int and i >= 0 for i in ids):
        raise ValueError(f"sentence ids must be non-negative integers, not {ids!r:.60}")
    return ids  # type: ignore[return-value]


def remove(folder: str | Path) -> bool:
    """Delete the pair's sidecar; True when there was one."""
    path = sidecar_path(folder)
    existed = path.is_file()
    path.unlink(missing_ok=True)
    return existed
