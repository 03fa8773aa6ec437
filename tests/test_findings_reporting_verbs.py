"""Reporting verbs on the dev set's conventions: أعلن → 'said' is ordinary, أكد → 'said' weakens."""

from __future__ import annotations

from findings_helpers import found

from workbench.findings.reporting_verbs import detect


def test_announced_as_said_is_ordinary_revealed_strengthens():
    ar = "وأعلن حزب الله في بيان أن مقاتليه استهدفوا موقع المطلة."
    assert found(detect, ar, "Hezbollah said in a statement that its fighters targeted the Metula position.") == []
    assert [f[:2] for f in found(detect, ar, "Hezbollah revealed that its fighters targeted the Metula position.")] == [
        ("reporting_verb", "strengthened")
    ]
    stressed = "وأكد المتحدث أن القوات استهدفت موقع المطلة."
    assert [f[:2] for f in found(detect, stressed, "The spokesman said forces targeted the Metula position.")] == [
        ("reporting_verb", "weakened")
    ]
