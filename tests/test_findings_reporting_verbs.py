"""Reporting verbs on the dev set's conventions: أعلن → 'said' is ordinary, أكد → 'said' weakens."""

from __future__ import annotations

from findings_helpers import found

from workbench.findings.reporting_verbs import detect


def test_announced_as_said_is_ordinary_revealed_strengthens():
    ar = "وأعلنت إدارة الميناء في بيان أن فرقها أنجزت صيانة الرصيف."
    assert found(detect, ar, "The port said in a statement that its crews repaired the quay.") == []
    assert [f[:2] for f in found(detect, ar, "The port revealed that its crews repaired the quay.")] == [
        ("reporting_verb", "strengthened")
    ]
    stressed = "وأكد المتحدث أن الفرق أنجزت صيانة الرصيف."
    assert [f[:2] for f in found(detect, stressed, "The spokesman said crews repaired the quay.")] == [
        ("reporting_verb", "weakened")
    ]
