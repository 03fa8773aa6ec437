"""Every finding names its words: at least one span, each an exact substring of the sentence it names
(SPEC §1), on the bundled sample corpus and the tuning pairs of bench/rewrites_heldout.

The pairs are compared once, by the batch engine (``workbench batch``'s own process pool, one worker per
core): seven hundred comparisons are half of the suite's time on one core. A pair that fails to compare is
a failure here too (the batch records the error with the pair)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from workbench.batch import read_results, run_batch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from splits import rewrites_heldout  # noqa: E402

PAIRS = sorted(p for p in (ROOT / "corpora").iterdir() if (p / "ar.txt").is_file()) + rewrites_heldout("tuning")


@pytest.fixture(scope="module")
def compared(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[Path, dict[str, Any]]:
    """The batch record of every pair folder this run selected (-k may select a few), by folder."""
    wanted = [
        item.callspec.params["folder"]
        for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec")
    ]
    tmp = tmp_path_factory.mktemp("spans")
    manifest = tmp / "pairs.jsonl"
    lines = [json.dumps({"id": str(k), "ar": str(f / "ar.txt"), "en": str(f / "en.txt")}) for k, f in enumerate(wanted)]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp / "results.jsonl"
    run_batch(manifest, out, translator="lexicon", workers=os.cpu_count())
    by_id = {r["id"]: r for r in read_results(out)}
    return {f: by_id[str(k)] for k, f in enumerate(wanted)}


@pytest.mark.parametrize("folder", PAIRS, ids=lambda p: p.name)
def test_every_finding_has_a_span_found_in_its_sentence(folder: Path, compared: dict[Path, dict[str, Any]]) -> None:
    record = compared[folder]
    assert "error" not in record, record["error"]
    ar = [s["text"] for s in record["ar"]["sentences"]]
    en = [s["text"] for s in record["en"]["sentences"]]
    for f in record["findings"]:
        assert f["ar_span"] or f["en_span"], f
        if f["ar_span"]:
            assert f["ar_sentence"] is not None and f["ar_span"] in ar[f["ar_sentence"]], f
        if f["en_span"]:
            assert f["en_sentence"] is not None and f["en_span"] in en[f["en_sentence"]], f


def test_a_pair_that_fails_to_compare_fails_the_span_check(tmp_path: Path) -> None:
    """The batch records a pair it cannot compare as an error line, which the span check refuses: a comparison
    that raises is never read as one with no findings."""
    (tmp_path / "en.txt").write_text("A sentence.", encoding="utf-8")
    manifest = tmp_path / "pairs.jsonl"  # its Arabic file is missing
    manifest.write_text(json.dumps({"id": "x", "ar": "ar.txt", "en": "en.txt"}) + "\n", encoding="utf-8")
    run_batch(manifest, tmp_path / "out.jsonl", translator="lexicon", workers=1)
    (record,) = read_results(tmp_path / "out.jsonl")
    assert "error" in record and not record.get("findings")
