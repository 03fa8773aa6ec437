"""Omissions and additions: sentences the aligner left without a counterpart."""

from __future__ import annotations

from workbench.findings._dateline import is_dateline
from workbench.findings.base import AlignedPair, FindingKind, make_finding
from workbench.records import Finding

KINDS = (
    FindingKind(
        type="omission",
        subtypes=(),
        colour="#AA9977",
        label="Omission",
        description="Arabic content with no English counterpart",
    ),
    FindingKind(
        type="addition",
        subtypes=(),
        colour="#EECCFF",
        label="Addition",
        description="English content with no Arabic counterpart",
    ),
)

_SHORT = 40  # characters; a dropped dateline or a one-word line is a minor omission


def detect(pair: AlignedPair) -> list[Finding]:
    """An unlinked Arabic sentence is an omission, an unlinked English one an addition; a dateline
    standing alone ('المعلومة/ بغداد..') is neither: rewrites render datelines freely."""
    if pair.ar and not pair.en:
        s = pair.ar[0]
        if is_dateline(s.text):
            return []
        return [
            make_finding(
                pair,
                "omission",
                "",
                ar_span=s.text,
                en_span="",
                severity="minor" if len(s.text) < _SHORT else "major",
                score=pair.link.score,
                explanation=f'This Arabic sentence has no counterpart in the English: "{_clip(pair.rendering)}"',
            )
        ]
    if pair.en and not pair.ar:
        s = pair.en[0]
        if is_dateline(s.text):
            return []
        return [
            make_finding(
                pair,
                "addition",
                "",
                ar_span="",
                en_span=s.text,
                severity="minor" if len(s.text) < _SHORT else "major",
                score=pair.link.score,
                explanation="This English sentence has no counterpart in the Arabic original",
            )
        ]
    return []


def _clip(text: str, n: int = 120) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
