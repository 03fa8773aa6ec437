"""The fixed development/test split of NTREX documents that every benchmark uses.

NTREX-128's 123 documents are numbered 0..122 in the order they first appear in
``DOCUMENT_IDS.tsv``. Even-numbered documents are the **development** half: rules, word lists,
weights and calibration may be tuned on them. Odd-numbered documents are the **test** half:
nothing is fitted to them, and every figure a benchmark reports as its result is measured on
them (each bench says which half next to every figure). The split is by document, never by
sentence, so no article contributes to both halves.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ntrex"


def document_order(data: Path = DATA) -> list[str]:
    """NTREX document ids in order of first appearance."""
    seen: dict[str, None] = {}
    for line in (data / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines():
        seen.setdefault(line.strip(), None)
    return list(seen)


def split_of(index: int) -> str:
    """'dev' for an even document number, 'test' for an odd one."""
    return "dev" if index % 2 == 0 else "test"


def documents(half: str, data: Path = DATA) -> set[str]:
    """The document ids of one half ('dev' or 'test')."""
    if half not in ("dev", "test"):
        raise ValueError(f"unknown half {half!r}: use 'dev' or 'test'")
    return {doc for k, doc in enumerate(document_order(data)) if split_of(k) == half}
