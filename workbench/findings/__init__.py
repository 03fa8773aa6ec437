"""Detectors: one module each, all with ``detect(pair: AlignedPair) -> list[Finding]``.

Adding a detector is adding one module and one name to DETECTORS.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from functools import cache

from workbench.findings.base import AlignedPair
from workbench.records import Finding

DETECTORS: tuple[str, ...] = (
    "gaps", "numbers", "reporting_verbs", "quotes", "entities", "time", "wording", "attribution", "certainty",
    "negation",
)

Detector = Callable[[AlignedPair], list[Finding]]


@cache
def _detector(name: str) -> Detector:
    module = importlib.import_module(f"workbench.findings.{name}")
    return module.detect  # type: ignore[no-any-return]


def run_detectors(pairs: Iterable[AlignedPair], names: Iterable[str] = DETECTORS) -> list[Finding]:
    """Run every named detector over every aligned pair, findings in document order."""
    detectors = [_detector(n) for n in names]
    findings = [f for pair in pairs for detect in detectors for f in detect(pair)]
    return sorted(
        findings,
        key=lambda f: (f.ar_sentence if f.ar_sentence is not None else f.en_sentence or 0, f.en_sentence or 0),
    )
