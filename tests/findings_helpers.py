"""Building one aligned pair the way the pipeline does, for the detector tests."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest

from workbench.findings.base import AlignedPair
from workbench.records import Link, Sentence
from workbench.text.quotes import find_quotes
from workbench.translate.lexicon import LexiconTranslator

_TR = LexiconTranslator()


def pair(ar: str, en: str) -> AlignedPair:
    """A one-to-one aligned pair rendered by the offline lexicon translator, as the pipeline builds it."""
    inners = [ar[q.start + 1 : q.end - 1] for q in find_quotes(ar)]
    return AlignedPair(
        link=Link((0,), (0,), 0.9),
        ar=(Sentence(0, ar, 0, len(ar)),),
        en=(Sentence(0, en, 0, len(en)),),
        renderings=tuple(_TR.translate([ar])),
        quote_renderings=tuple(zip(inners, _TR.translate(inners), strict=True)),
    )


def found(det, ar: str, en: str) -> list[tuple[str, str, str, str, str]]:
    """(type, subtype, ar_span, en_span, severity) of every finding of ``det`` on the pair."""
    return [(f.type, f.subtype, f.ar_span, f.en_span, f.severity) for f in det(pair(ar, en))]


def merged_pair(ar: list[str], en: list[str], rendered: bool = True) -> AlignedPair:
    """One link of several sentences on a side (a merged link), the sentences of a side joined by a space;
    ``rendered``: each Arabic sentence rendered by the offline lexicon translator (else no rendering)."""

    def sentences(texts: list[str]) -> tuple[Sentence, ...]:
        out, at = [], 0
        for k, t in enumerate(texts):
            out.append(Sentence(k, t, at, at + len(t)))
            at += len(t) + 1
        return tuple(out)

    link = Link(tuple(range(len(ar))), tuple(range(len(en))), 0.9)
    return AlignedPair(link, sentences(ar), sentences(en), tuple(_TR.translate(ar)) if rendered else ("",))


def in_document(p: AlignedPair, ar_document: tuple[str, ...] = (), en_document: tuple[str, ...] = ()) -> AlignedPair:
    """The pair with the other sentences of its documents (ids after the pair's own, as the pipeline numbers them)."""

    def sentences(own: tuple[Sentence, ...], texts: tuple[str, ...]) -> tuple[Sentence, ...]:
        return own + tuple(Sentence(len(own) + k, t, 0, len(t)) for k, t in enumerate(texts))

    return replace(p, ar_document=sentences(p.ar, ar_document), en_document=sentences(p.en, en_document))


@lru_cache(maxsize=1)
def _ntrex() -> tuple[list[str], list[str]]:
    """The Arabic and English lines of NTREX-128, read at run time from ../shared/data/ntrex beside the checkout or one
    of its parents (CC BY-SA: never copied into the repository); empty where the shared data is not there."""
    root = Path(__file__).resolve().parent.parent
    for parent in root.parents:
        folder = parent / "shared" / "data" / "ntrex"
        if (folder / "arb.txt").is_file() and (folder / "eng.txt").is_file():
            read = [(folder / name).read_text(encoding="utf-8").splitlines() for name in ("arb.txt", "eng.txt")]
            return read[0], read[1]
    return [], []


def ntrex_line(number: int) -> tuple[str, str]:
    """The Arabic and English of NTREX-128 line ``number`` (counted from 1); the test is skipped where the shared
    data is not beside the checkout."""
    ar, en = _ntrex()
    if len(ar) < number or len(en) < number:
        pytest.skip("shared NTREX data not present")
    return ar[number - 1].strip(), en[number - 1].strip()
