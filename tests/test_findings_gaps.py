"""Omissions and additions: a dateline left on its own is neither."""

from __future__ import annotations

from workbench.findings.base import AlignedPair
from workbench.findings.gaps import detect
from workbench.records import Link, Sentence


def _alone(ar: str) -> list[tuple[str, str]]:
    pair = AlignedPair(Link((0,), (), 0.0), (Sentence(0, ar, 0, len(ar)),), (), ("",))
    return [(f.type, f.severity) for f in detect(pair)]


def test_dateline_alone_is_no_omission():
    assert _alone("المعلومة/ بغداد..") == []
    assert _alone("نينوى/ شفق نيوز..") == []
    assert _alone("وقال المحافظ إن الطريق أعيد افتتاحه.") == [("omission", "minor")]
    assert _alone("وقال المحافظ إن الطريق الدولي أعيد افتتاحه أمام حركة الشاحنات بعد إغلاق دام أسبوعين.") == [
        ("omission", "major")
    ]
