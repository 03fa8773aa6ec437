"""Severity calibrated on the development sets: a finding stays major only where its detector is precise.

Which (type, subtype) pairs may stay major is data, not code: ``lexicons/severity_major.tsv``, written
by ``python bench/calibrate_severity.py --write`` from the precision of each pair's major findings on the
development sets (the NTREX dev half with known edits through the real aligner, and rewrites_dev's gold).
A pair stays major when that precision reaches MIN_PRECISION on at least MIN_SUPPORT major findings;
every other major finding is reported as minor (``demote``, applied once, in ``run_detectors``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from workbench.lexicons import load
from workbench.records import Finding

TABLE = "severity_major.tsv"
MIN_PRECISION = 0.90
MIN_SUPPORT = 5
NO_SUBTYPE = "-"  # how the table writes a type without subtypes (omission, addition)


def stays_major(majors: int, true: int) -> bool:
    """Whether a (type, subtype) whose dev set gave ``majors`` major findings, ``true`` of them right, stays major."""
    return majors >= MIN_SUPPORT and true >= MIN_PRECISION * majors


@cache
def major_kinds() -> frozenset[tuple[str, str]]:
    """The (type, subtype) pairs the calibration table lets stay major."""
    return frozenset(
        (row[0], "" if row[1] == NO_SUBTYPE else row[1]) for row in load(TABLE) if len(row) >= 6 and row[5] == "major"
    )


def demote(findings: Iterable[Finding], allowed: frozenset[tuple[str, str]] | None = None) -> list[Finding]:
    """The findings with every major one whose (type, subtype) is not in ``allowed`` (default: the table) made minor."""
    keep = major_kinds() if allowed is None else allowed
    return [
        replace(f, severity="minor") if f.severity == "major" and (f.type, f.subtype) not in keep else f
        for f in findings
    ]
