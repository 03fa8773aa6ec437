"""What every detector receives, what it declares, and how findings are built.

A detector is a module in this package with ``detect(pair: AlignedPair) -> list[Finding]`` and
``KINDS``, the finding types it owns (``FindingKind``); it is listed once in ``findings/__init__.py``.
What it reads of the pair beyond the sentences is on ``pair.view`` (``findings/view.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from workbench.encode.base import DEFAULT_ENCODER
from workbench.records import Finding, Link, Sentence

if TYPE_CHECKING:
    from workbench.encode import Encoder
    from workbench.findings.view import PairView


@dataclass(frozen=True)
class FindingKind:
    """One finding type as its detector module declares it; the report, the app, tests and benches read it.

    ``subtypes``: SPEC's subtypes, empty for a type that has none (its findings carry ""). ``colour``:
    the highlight behind dark text (``#RRGGBB``), one per type. ``lexicons``: the file-name prefixes,
    in ``workbench/lexicons``, of the word lists this type's rules read.
    """

    type: str
    subtypes: tuple[str, ...]
    colour: str
    label: str
    description: str
    lexicons: tuple[str, ...] = ()

    def allows(self, subtype: str) -> bool:
        """Whether a finding of this type may carry ``subtype``."""
        return subtype in self.subtypes if self.subtypes else subtype == ""


@dataclass(frozen=True)
class AlignedPair:
    """One link with its sentences: the unit every detector looks at."""

    link: Link
    ar: tuple[Sentence, ...]
    en: tuple[Sentence, ...]
    renderings: tuple[str, ...]  # the translator's English for each Arabic sentence in ``ar``
    # the translator's English for each Arabic quotation in ``ar`` (inner text → rendering)
    quote_renderings: tuple[tuple[str, str], ...] = ()
    # the Arabic sentences just before ``ar`` in its document, in document order (they may belong to
    # other links, or to none): who 'he' in وأضاف أن is. Empty for a pair built without its document.
    ar_before: tuple[Sentence, ...] = ()
    # the name of the sentence encoder the comparison ran with (None: words only, as ``--encoder none``);
    # the quote detector reads a word's meaning with it. A pair built outside the pipeline uses the default.
    encoder: str | None = DEFAULT_ENCODER
    # the sentences of each document around the link (pipeline.DOCUMENT_CHARS either way: the whole of an
    # agency story, shared by the pairs of one comparison): where a name or a credit that the link's
    # sentences lack may stand instead (a lead that merged two sentences, a name given in full further
    # on). In a long document a credit or a name further away than that is not seen. Empty for a pair
    # built without its documents. Left out of equality, hashing and
    # repr: the pair is its link and sentences, and a document is long (a test failure would print it whole);
    # pickled pairs of one comparison share the tuples, as pickle keeps one copy of an object.
    ar_document: tuple[Sentence, ...] = field(default=(), compare=False, repr=False)
    en_document: tuple[Sentence, ...] = field(default=(), compare=False, repr=False)

    @cached_property
    def view(self) -> PairView:
        """What the detectors read of this pair (tokens, quotes, verbs, negations, mentions …), each
        analysis worked out once on first use and kept with the pair (``findings/view.py``)."""
        from workbench.findings.view import PairView  # the view's helpers import this module

        return PairView(self)

    def __getstate__(self) -> dict[str, Any]:
        # a pickled pair leaves its view behind: it is worked out again where it is read
        return {k: v for k, v in self.__dict__.items() if k != "view"}

    def sentence_encoder(self) -> Encoder | None:
        """The multilingual sentence encoder the comparison ran with, or None where it ran on words only
        (``--encoder none``) or the encoder cannot be loaded: detectors that read meaning with it then
        say nothing rather than guess from the glosses alone."""
        from workbench.encode import get_encoder
        from workbench.encode.base import EncoderError

        if not self.encoder:
            return None
        try:
            return get_encoder(self.encoder)
        except EncoderError:
            return None

    @property
    def ar_text(self) -> str:
        return " ".join(s.text for s in self.ar)

    @property
    def en_text(self) -> str:
        return " ".join(s.text for s in self.en)

    @property
    def rendering(self) -> str:
        return " ".join(self.renderings)

    def ar_sentence_of(self, span: str) -> Sentence | None:
        """The Arabic sentence of this pair that contains ``span`` (first one when empty)."""
        return _sentence_of(self.ar, span)

    def en_sentence_of(self, span: str) -> Sentence | None:
        """The English sentence of this pair that contains ``span`` (first one when empty)."""
        return _sentence_of(self.en, span)


def _sentence_of(sentences: tuple[Sentence, ...], span: str) -> Sentence | None:
    for s in sentences:
        if span in s.text:
            return s
    return None


def make_finding(
    pair: AlignedPair,
    type_: str,
    subtype: str,
    *,
    ar_span: str,
    en_span: str,
    severity: str,
    score: float,
    explanation: str,
) -> Finding:
    """Build a Finding whose sentence ids are those holding the spans (spans must be exact substrings)."""
    ar_s = pair.ar_sentence_of(ar_span) if pair.ar else None
    en_s = pair.en_sentence_of(en_span) if pair.en else None
    if (pair.ar and ar_s is None) or (pair.en and en_s is None):
        raise ValueError(f"span not found in its sentence: {ar_span!r} / {en_span!r}")
    return Finding(
        type=type_,
        subtype=subtype,
        ar_sentence=ar_s.id if ar_s else None,
        en_sentence=en_s.id if en_s else None,
        ar_span=ar_span if ar_s else "",
        en_span=en_span if en_s else "",
        severity=severity,
        score=round(max(0.0, min(1.0, score)), 3),
        explanation=explanation,
    )
