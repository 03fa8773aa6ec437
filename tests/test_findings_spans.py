"""Every finding names its words: at least one span, each an exact substring of the sentence it names
(SPEC §1), on the bundled sample corpus and the tuning pairs of bench/rewrites_heldout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from workbench.pipeline import compare
from workbench.translate import get_translator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from splits import rewrites_heldout  # noqa: E402

PAIRS = sorted(p for p in (ROOT / "corpora").iterdir() if (p / "ar.txt").is_file()) + rewrites_heldout("tuning")


@pytest.mark.parametrize("folder", PAIRS, ids=lambda p: p.name)
def test_every_finding_has_a_span_found_in_its_sentence(folder: Path) -> None:
    ar = (folder / "ar.txt").read_text(encoding="utf-8")
    en = (folder / "en.txt").read_text(encoding="utf-8")
    result = compare(ar, en, get_translator("lexicon"))
    for f in result.findings:
        assert f.ar_span or f.en_span, f
        if f.ar_span:
            assert f.ar_sentence is not None and f.ar_span in result.ar.sentences[f.ar_sentence].text, f
        if f.en_span:
            assert f.en_sentence is not None and f.en_span in result.en.sentences[f.en_sentence].text, f
