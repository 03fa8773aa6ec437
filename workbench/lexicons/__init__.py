"""Word lists as data files (one per language and kind); ``load`` reads them.

File format: UTF-8 TSV; lines starting with '#' are comments (each file's header
says what it holds and where the words come from); empty lines are skipped.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def load(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the lexicon file ``name`` (e.g. 'reporting_verbs.tsv'), comments dropped.

    A file of the same name in ``$WORKBENCH_LEXICON_DIR`` is read after the packaged
    one, so users can extend any list without editing the package.
    """
    rows = list(_rows(resources.files(__package__).joinpath(name).read_text(encoding="utf-8")))
    extra = os.environ.get("WORKBENCH_LEXICON_DIR")
    if extra and (Path(extra) / name).is_file():
        rows.extend(_rows((Path(extra) / name).read_text(encoding="utf-8")))
    return tuple(rows)


def _rows(text: str):
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield tuple(cell.strip() for cell in line.split("\t"))
