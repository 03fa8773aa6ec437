"""Severity calibrated on the development sets: a finding stays major only where its detector is precise.

Which (type, subtype) pairs may stay major is data, not code: ``lexicons/severity_major.tsv``, written
by ``python bench/calibrate_severity.py --write`` from the precision of each pair's major findings on the
development sets (the NTREX dev half with known edits through the real aligner, and rewrites_dev's gold)
and on first measurements (``bench/first_measurements.tsv``: text measured with code that had never seen it).
A pair stays major when that precision reaches MIN_PRECISION and, counted on so few findings, is still
at least MIN_LOWER_BOUND at the low end of its one-sided 95% Wilson interval: four or five right of five
say little about text nobody tuned on (eleven of eleven is the least a perfect record needs), and when
its first measurements do not show it below MIN_PRECISION (the high end of their interval). Every other
major finding is reported as minor (``demote``, applied once, in ``run_detectors``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from workbench.lexicons import load
from workbench.records import Finding

TABLE = "severity_major.tsv"
MIN_PRECISION = 0.90
MIN_LOWER_BOUND = 0.80
_Z = 1.645  # one-sided 95%
NO_SUBTYPE = "-"  # how the table writes a type without subtypes (omission, addition)


def _wilson_bound(majors: int, true: int, side: int) -> float:
    """One end of the one-sided 95% Wilson score interval of ``true`` right of ``majors`` (side -1 low, +1 high)."""
    p, z2 = true / majors, _Z * _Z
    centre = p + z2 / (2 * majors)
    spread = _Z * math.sqrt(p * (1 - p) / majors + z2 / (4 * majors * majors))
    return (centre + side * spread) / (1 + z2 / majors)


def precision_lower_bound(majors: int, true: int) -> float:
    """The low end of the one-sided 95% Wilson score interval of ``true`` right of ``majors`` (0 for none)."""
    return _wilson_bound(majors, true, -1) if majors > 0 else 0.0


def precision_upper_bound(majors: int, true: int) -> float:
    """The high end of the one-sided 95% Wilson score interval of ``true`` right of ``majors`` (1 for none)."""
    return _wilson_bound(majors, true, +1) if majors > 0 else 1.0


def stays_major(majors: int, true: int, *, first_majors: int = 0, first_true: int = 0) -> bool:
    """Whether a (type, subtype) stays major: ``true`` right of ``majors`` major findings on the dev sets, and
    ``first_true`` right of ``first_majors`` on text measured before any rule was tuned on it.

    The dev sets were fixed finding by finding, so their precision overstates what a detector does on text
    nobody read; a first measurement does not. The dev record must be precise (MIN_PRECISION, and
    MIN_LOWER_BOUND at the low end of its interval), and the first measurements must not refute it: a pair
    is demoted when even the high end of their interval stays below MIN_PRECISION (31 right of 40 is
    refuted, 7 of 8 is not: one wrong finding in a handful proves little either way).
    """
    precise_on_dev = true >= MIN_PRECISION * majors and precision_lower_bound(majors, true) >= MIN_LOWER_BOUND
    return precise_on_dev and precision_upper_bound(first_majors, first_true) >= MIN_PRECISION


@cache
def major_kinds() -> frozenset[tuple[str, str]]:
    """The (type, subtype) pairs the calibration table lets stay major."""
    return frozenset(
        (row[0], "" if row[1] == NO_SUBTYPE else row[1]) for row in load(TABLE) if len(row) >= 8 and row[7] == "major"
    )


def demote(findings: Iterable[Finding], allowed: frozenset[tuple[str, str]] | None = None) -> list[Finding]:
    """The findings with every major one whose (type, subtype) is not in ``allowed`` (default: the table) made minor."""
    keep = major_kinds() if allowed is None else allowed
    return [
        replace(f, severity="minor") if f.severity == "major" and (f.type, f.subtype) not in keep else f
        for f in findings
    ]
