"""The pair view: what the detectors read of one aligned pair, each analysis worked out once.

Every detector gets the same ``AlignedPair``; ``pair.view`` is its ``PairView``, made on first use
and kept on the pair, so the analyses of a pair (tokens, glosses, quotations and how the quotes
pair up, reporting verbs, hedges, numbers, negations, entity mentions) are computed once per link
however many detectors read them. Per-sentence analyses are tuples indexed like ``pair.ar`` /
``pair.en``. The analysis functions live in this package's private helper modules (``_words``,
``_verbs``, ``_hedges``, ``_numbers``, ``_negations``, ``_quotes``, ``_mentions``), never in a
detector module: a detector reads the view and imports those helpers, and no other detector.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from workbench.findings._dateline import arabic_figure_dated_end, english_dateline_end
from workbench.findings._hedges import Marker, arabic_markers, english_markers
from workbench.findings._mentions import Mention, arabic_mentions, english_mentions
from workbench.findings._negations import Neg, arabic_negations, english_negations
from workbench.findings._numbers import (
    Quantity,
    arabic_name_spans,
    arabic_quantities,
    english_name_spans,
    english_quantities,
    in_names,
)
from workbench.findings._quotes import QuotePair, pair_quotes
from workbench.findings._verbs import Verb, arabic_verbs, english_verbs
from workbench.findings._words import ArToken, EnToken, ar_tokens, en_tokens, gloss_stems
from workbench.text.quotes import Quote, find_quotes

if TYPE_CHECKING:
    from workbench.findings.base import AlignedPair

# the view and the records its analyses hold: what code outside the package imports from here
__all__ = ["Marker", "Mention", "Neg", "PairView", "Quantity", "QuotePair", "Verb"]


class PairView:
    """The analyses of one aligned pair, each a ``cached_property`` computed on first read."""

    def __init__(self, pair: AlignedPair) -> None:
        self.pair = pair

    # ------------------------------------------------------------------------ words

    @cached_property
    def ar_tokens(self) -> tuple[tuple[ArToken, ...], ...]:
        """The Arabic words of each Arabic sentence, with their offsets in it."""
        return tuple(tuple(ar_tokens(s.text)) for s in self.pair.ar)

    @cached_property
    def en_tokens(self) -> tuple[tuple[EnToken, ...], ...]:
        """The English words and numbers of each English sentence, with their offsets in it."""
        return tuple(tuple(en_tokens(s.text)) for s in self.pair.en)

    @cached_property
    def ar_glosses(self) -> tuple[tuple[frozenset[str], ...], ...]:
        """For each Arabic word (as ``ar_tokens``), the stems of every English sense the lexicon gives it."""
        return tuple(tuple(gloss_stems(t.text) for t in toks) for toks in self.ar_tokens)

    # ------------------------------------------------------------------------ quotations

    @cached_property
    def ar_quotes(self) -> tuple[tuple[Quote, ...], ...]:
        """The quotations of each Arabic sentence (offsets of the marks), outermost only."""
        return tuple(tuple(find_quotes(s.text)) for s in self.pair.ar)

    @cached_property
    def en_quotes(self) -> tuple[tuple[Quote, ...], ...]:
        """The quotations of each English sentence (offsets of the marks), outermost only."""
        return tuple(tuple(find_quotes(s.text)) for s in self.pair.en)

    @cached_property
    def quote_pairs(self) -> tuple[QuotePair, ...]:
        """Each English quote paired with the Arabic quote it renders (or none), scored word by word."""
        return pair_quotes(self.pair)[0]

    @cached_property
    def unpaired_ar_quotes(self) -> tuple[str, ...]:
        """The Arabic quotations (marks included) no English quote was paired with."""
        return pair_quotes(self.pair)[1]

    # ------------------------------------------------------------------------ what the words do

    @cached_property
    def ar_verbs(self) -> tuple[tuple[Verb, ...], ...]:
        """The reporting verbs of each Arabic sentence, outside quotations, in order."""
        return tuple(tuple(arabic_verbs(s.text)) for s in self.pair.ar)

    @cached_property
    def en_verbs(self) -> tuple[tuple[Verb, ...], ...]:
        """The reporting verbs of each English sentence, outside quotations, in order."""
        return tuple(tuple(english_verbs(s.text)) for s in self.pair.en)

    @cached_property
    def ar_markers(self) -> tuple[Marker, ...]:
        """The certainty markers of the Arabic sentences: hedges, boosters, future (``Marker.sentence``
        indexes ``pair.ar``)."""
        return tuple(arabic_markers(self.pair))

    @cached_property
    def en_markers(self) -> tuple[Marker, ...]:
        """The certainty markers of the English sentences (``Marker.sentence`` indexes ``pair.en``)."""
        return tuple(english_markers(self.pair))

    @cached_property
    def ar_numbers(self) -> tuple[tuple[Quantity, ...], ...]:
        """The quantities of each Arabic sentence (digits, number and scale words), in order; a figure that is part
        of a name or of the dateline only matches (see ``_numbers.in_names``)."""
        out = []
        for s, mentions in zip(self.pair.ar, self.ar_mentions, strict=True):
            names = [(m.start, m.start + len(m.text)) for m in mentions if m.entity and m.entity.kind == "outlet"]
            quotes = [(q.start, q.end) for q in find_quotes(s.text)]
            spans = arabic_name_spans(s.text, names, quotes)
            found = arabic_quantities(s.text)
            out.append(tuple(in_names(found, s.text, spans, arabic_figure_dated_end(s.text))))
        return tuple(out)

    @cached_property
    def en_numbers(self) -> tuple[tuple[Quantity, ...], ...]:
        """The quantities of each English sentence (digits, number and scale words), in order; a figure that is
        part of a name or of the dateline only matches."""
        out = []
        for s, mentions in zip(self.pair.en, self.en_mentions, strict=True):
            names = [(m.start, m.start + len(m.text)) for m in mentions if m.entity and m.entity.kind == "outlet"]
            spans = english_name_spans(s.text, names)
            found = english_quantities(s.text)
            out.append(tuple(in_names(found, s.text, spans, english_dateline_end(s.text))))
        return tuple(out)

    @cached_property
    def ar_negations(self) -> tuple[Neg, ...]:
        """The negations of the Arabic sentences (``Neg.sentence`` indexes ``pair.ar``)."""
        return tuple(arabic_negations(self.pair))

    @cached_property
    def en_negations(self) -> tuple[Neg, ...]:
        """The negations of the English sentences (``Neg.sentence`` indexes ``pair.en``)."""
        return tuple(english_negations(self.pair))

    @cached_property
    def ar_mentions(self) -> tuple[tuple[Mention, ...], ...]:
        """The entities named in each Arabic sentence, read with its rendering (an unknown word the
        translator romanised after a title is a name); a sentence without a rendering reads alone."""
        renderings = self.pair.renderings
        return tuple(
            tuple(arabic_mentions(s.text, renderings[k] if k < len(renderings) else ""))
            for k, s in enumerate(self.pair.ar)
        )

    @cached_property
    def en_mentions(self) -> tuple[tuple[Mention, ...], ...]:
        """The entities named in each English sentence: gazetteer names and adjective forms."""
        return tuple(tuple(english_mentions(s.text)) for s in self.pair.en)
