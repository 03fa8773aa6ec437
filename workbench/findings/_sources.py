"""What kind of source an Arabic word names (anonymous, role, body, outlet …), from attribution_ar.tsv:
the attribution and certainty detectors both ask it."""

from __future__ import annotations

from functools import lru_cache

from workbench.lexicons import load
from workbench.text.arabic import normalize_ar


@lru_cache(maxsize=1)
def _ar_kinds() -> dict[str, str]:
    return {normalize_ar(r[0]): r[1] for r in load("attribution_ar.tsv")}


@lru_cache(maxsize=1)
def _en_kinds() -> dict[str, str]:
    return {r[0]: r[1] for r in load("attribution_en.tsv")}


def english_source_kind(word: str) -> str:
    """What kind of source an English word names ('sources' anonymous, 'officials' generic…), or ''."""
    return _en_kinds().get(word.lower(), "")


def source_kind(bare: str) -> str:
    """What kind of source an Arabic word (proclitics stripped) names: 'anonymous', 'role'…, or ''."""
    kinds = _ar_kinds()
    return kinds.get(bare) or kinds.get(bare[1:] if bare[:1] == "ل" else bare, "")


# the attribution detector reads the table too (under its private name there)
ar_source_kinds = _ar_kinds
en_kinds = _en_kinds  # read by attribution.py too
