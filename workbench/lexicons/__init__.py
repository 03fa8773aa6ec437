"""Word lists as data files (one per language and kind); ``load`` reads them.

File format: UTF-8 TSV; lines starting with '#' are comments (each file's header
says what it holds and where the words come from); empty lines are skipped.

A file that several lists share (function_words_en.tsv: stopwords, the negation detector's
auxiliaries …) holds each word once, its last column naming the lists it is on; ``word_set``
reads one list. Where detectors kept near-same lists that differ, each keeps its own list name,
so that moving a list into a file changes no detector's behaviour. ``alternation`` compiles a
list into a regular expression.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from functools import cache
from importlib import metadata, resources
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


@cache
def word_set(name: str, use: str | None = None) -> frozenset[str]:
    """The words (first column) of the lexicon file ``name``.

    With ``use``, only the rows whose last column (the lists a word is on, separated by spaces)
    names it: files that several detectors read say there which word serves which list.
    """
    return frozenset(row[0] for row in load(name) if use is None or use in row[-1].split())


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words``, escaped, longest first (so that a word list
    compiles into one pattern: ``re.compile(rf"\\b(?:{alternation(ws)})\\b")``)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _rows(text: str):
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield tuple(cell.strip() for cell in line.split("\t"))


def signature() -> dict[str, str]:
    """How the word lists that made a result can be told apart: a SHA-256 over every packaged list, the
    version of the valence list read from its package, and, when ``$WORKBENCH_LEXICON_DIR`` is set, that
    folder and a SHA-256 over the lists it adds."""
    extra = os.environ.get("WORKBENCH_LEXICON_DIR")
    packaged = resources.files(__package__)
    names = sorted(p.name for p in packaged.iterdir() if p.name.endswith(".tsv"))
    out = {"lexicons": _digest((name, packaged.joinpath(name).read_bytes()) for name in names)}
    out["valence"] = f"vaderSentiment {metadata.version('vaderSentiment')}"  # the word ratings valence() reads
    if extra:
        folder = Path(extra)
        user = [(name, (folder / name).read_bytes()) for name in names if (folder / name).is_file()]
        out["lexicon_dir"] = str(folder.resolve())
        out["user_lexicons"] = _digest(user) if user else "none"
    return out


def _digest(files: Iterable[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(f"{name}\n{len(data)}\n".encode())
        digest.update(data)
    return "sha256:" + digest.hexdigest()[:16]


@cache
def valence() -> dict[str, float]:
    """English word → sentiment valence (-4 very negative … +4 very positive), from the VADER lexicon.

    The list ships with the ``vaderSentiment`` package (MIT; Hutto & Gilbert 2014, words rated by ten
    people each) and is read from the installed package, not copied here. Only plain words are kept
    (the list also rates emoticons and slang abbreviations).
    """
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0].isalpha() and cells[0].islower():
            out[cells[0]] = float(cells[1])
    return out
