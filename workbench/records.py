"""The typed records every stage passes on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.findings.base import AlignedPair


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and its character offsets in the decoded document text."""

    id: int
    text: str
    start: int
    end: int
    source: int = 0  # which Arabic source it comes from when one article is compared with several


@dataclass(frozen=True)
class Document:
    """A decoded text in one language and its sentences."""

    lang: str  # "ar" or "en"
    text: str
    sentences: tuple[Sentence, ...]
    source: str = "<text>"  # file name or label, for messages
    # several sources joined into one document: (label, offset of its text in ``text``) per source
    parts: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Link:
    """An alignment group: Arabic sentence ids linked to English sentence ids (either side may be empty)."""

    ar: tuple[int, ...]
    en: tuple[int, ...]
    score: float
    # the aligner is unsure of this link (its confidence is low): findings on it are downgraded to minor
    uncertain: bool = False


@dataclass(frozen=True)
class Finding:
    """One typed difference between the Arabic and the English, with exact spans on both sides."""

    type: str
    subtype: str
    ar_sentence: int | None
    en_sentence: int | None
    ar_span: str
    en_span: str
    severity: str  # "major" or "minor"
    score: float
    explanation: str


@dataclass(frozen=True)
class Comparison:
    """The result of comparing one Arabic/English pair."""

    ar: Document
    en: Document
    translator: str
    translations: tuple[str, ...]
    links: tuple[Link, ...]
    findings: tuple[Finding, ...]
    meta: dict[str, Any] = field(default_factory=dict)
    # English sentence ids judged to come from material other than this Arabic source (SPEC §1)
    other_material: tuple[int, ...] = ()
    # the translator's English for the inner text of each Arabic quotation, as the detectors saw it,
    # so that quote checks after the comparison need not translate again; None for a comparison
    # rebuilt from its JSON, which does not carry them
    quote_renderings: tuple[tuple[str, str], ...] | None = None
    # the aligned pairs the detectors read, one per link in ``links`` (with their views: quote pairs,
    # verbs …), so that quote checks after the comparison neither rebuild nor re-analyse them; None for
    # a comparison rebuilt from its JSON. Not part of the JSON, nor of equality.
    pairs: tuple[AlignedPair, ...] | None = field(default=None, compare=False, repr=False)
