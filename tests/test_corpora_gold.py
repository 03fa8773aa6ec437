"""Validate the bundled gold sets against SPEC §5: the sample corpus (corpora/*/gold.json) and the
held-out rewrites (bench/rewrites_heldout/*/gold.json, written without reading the detectors)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench import findings

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
HELDOUT = ROOT / "bench" / "rewrites_heldout"
SAMPLE_FILES = sorted(CORPORA.glob("*/gold.json"))
HELDOUT_FILES = sorted(HELDOUT.glob("*/gold.json"))
GOLD_FILES = SAMPLE_FILES + HELDOUT_FILES

KINDS = {"faithful", "rewrite", "heavy_rewrite", "partial"}
# SPEC §1's table, as the detector modules declare it (test_findings_registry checks it against SPEC)
SUBTYPES = {kind.type: set(kind.subtypes) or {""} for kind in findings.KINDS}
CHANGE_KEYS = {"type", "subtype", "ar_sentence", "en_sentence", "ar_span", "en_span", "note"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _pair_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.parent.name}"


def _sentence_range(path: Path) -> range:
    # the sample corpus has long articles; the held-out rewrites are agency-length, like rewrites_dev
    return range(10, 26) if path.parent.parent == CORPORA else range(5, 16)


def test_corpus_is_not_empty():
    assert len(SAMPLE_FILES) >= 8


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_kind_and_keys(gold_path: Path):
    gold = _load(gold_path)
    assert {"kind", "ar_sentences", "en_sentences", "alignment", "changes"} <= gold.keys()
    assert gold.keys() <= {"kind", "ar_sentences", "en_sentences", "alignment", "changes", "foreign_en"}
    assert gold["kind"] in KINDS
    assert (gold_path.parent / "ar.txt").is_file()
    assert (gold_path.parent / "en.txt").is_file()


def _check_segmentation(text: str, sentences: list[str]) -> None:
    """Sentences are stripped, non-empty, in order, non-overlapping, and cover all non-space text."""
    assert sentences, "no sentences"
    pos = 0
    for i, sentence in enumerate(sentences):
        assert sentence and sentence == sentence.strip(), f"sentence {i} is empty or not stripped"
        start = text.find(sentence, pos)
        assert start >= 0, f"sentence {i} not found in order: {sentence[:60]!r}"
        gap = text[pos:start]
        assert gap.strip() == "", f"text before sentence {i} is not covered: {gap.strip()[:60]!r}"
        pos = start + len(sentence)
    assert text[pos:].strip() == "", f"text after the last sentence is not covered: {text[pos:].strip()[:60]!r}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_sentences_cover_files(gold_path: Path):
    gold = _load(gold_path)
    for side in ("ar", "en"):
        text = (gold_path.parent / f"{side}.txt").read_text(encoding="utf-8")
        _check_segmentation(text, gold[f"{side}_sentences"])


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_sentence_counts(gold_path: Path):
    gold = _load(gold_path)
    assert len(gold["ar_sentences"]) in _sentence_range(gold_path)
    assert len(gold["en_sentences"]) in _sentence_range(gold_path)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_alignment_covers_every_sentence_once(gold_path: Path):
    gold = _load(gold_path)
    n_ar, n_en = len(gold["ar_sentences"]), len(gold["en_sentences"])
    seen_ar: list[int] = []
    seen_en: list[int] = []
    for group in gold["alignment"]:
        assert isinstance(group, list) and len(group) == 2, f"bad group {group!r}"
        ar_ids, en_ids = group
        assert ar_ids or en_ids, "empty alignment group"
        assert all(isinstance(i, int) and 0 <= i < n_ar for i in ar_ids), f"ar id out of range in {group!r}"
        assert all(isinstance(i, int) and 0 <= i < n_en for i in en_ids), f"en id out of range in {group!r}"
        seen_ar.extend(ar_ids)
        seen_en.extend(en_ids)
    assert sorted(seen_ar) == list(range(n_ar))
    assert sorted(seen_en) == list(range(n_en))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_changes_are_well_formed(gold_path: Path):
    gold = _load(gold_path)
    ar, en = gold["ar_sentences"], gold["en_sentences"]
    for k, change in enumerate(gold["changes"]):
        where = f"change {k}"
        assert set(change) == CHANGE_KEYS, f"{where}: keys {sorted(change)}"
        assert change["type"] in SUBTYPES, f"{where}: type {change['type']!r}"
        assert change["subtype"] in SUBTYPES[change["type"]], f"{where}: subtype {change['subtype']!r}"
        assert isinstance(change["note"], str) and change["note"], f"{where}: note"
        for side, sentences in (("ar", ar), ("en", en)):
            idx, span = change[f"{side}_sentence"], change[f"{side}_span"]
            assert isinstance(span, str), f"{where}: {side}_span"
            if idx is None:
                assert span == "", f"{where}: {side}_span without a sentence"
            else:
                assert isinstance(idx, int) and 0 <= idx < len(sentences), f"{where}: {side}_sentence"
                assert span in sentences[idx], f"{where}: {side}_span {span!r} not in sentence {idx}"
        assert change["ar_sentence"] is not None or change["en_sentence"] is not None, where
        # a whole sentence omitted names no English sentence; a clause omitted inside a kept one names both
        if change["type"] == "omission":
            assert change["ar_sentence"] is not None, where
        if change["type"] == "addition":
            assert change["en_sentence"] is not None, where


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_omissions_and_additions_match_alignment(gold_path: Path):
    gold = _load(gold_path)
    omitted = {i for ar_ids, en_ids in gold["alignment"] if not en_ids for i in ar_ids}
    added = {j for ar_ids, en_ids in gold["alignment"] if not ar_ids for j in en_ids} - set(gold.get("foreign_en", []))
    changes = gold["changes"]
    assert omitted == {c["ar_sentence"] for c in changes if c["type"] == "omission" and c["en_sentence"] is None}
    assert added == {c["en_sentence"] for c in changes if c["type"] == "addition" and c["ar_sentence"] is None}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_change_sentences_are_linked(gold_path: Path):
    """A change naming both sides names two sentences of the same alignment group."""
    gold = _load(gold_path)
    for change in gold["changes"]:
        a, e = change["ar_sentence"], change["en_sentence"]
        if a is not None and e is not None:
            assert any(a in ar_ids and e in en_ids for ar_ids, en_ids in gold["alignment"]), change


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_faithful_pairs_have_no_changes(gold_path: Path):
    gold = _load(gold_path)
    if gold["kind"] != "faithful":
        pytest.skip("not a faithful pair")
    assert gold["changes"] == []
    assert all(ar_ids and en_ids for ar_ids, en_ids in gold["alignment"])


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=_pair_id)
def test_foreign_sentences_are_unaligned_and_only_in_partial_pairs(gold_path: Path):
    """SPEC §5: a partial pair lists its foreign English sentences; each is a [[], [j]] group, no change."""
    gold = _load(gold_path)
    foreign = gold.get("foreign_en", [])
    if gold["kind"] != "partial":
        assert foreign == []
        return
    assert foreign, "a partial pair names its foreign English sentences"
    alone = {en_ids[0] for ar_ids, en_ids in gold["alignment"] if not ar_ids and len(en_ids) == 1}
    assert set(foreign) <= alone
    assert not {c["en_sentence"] for c in gold["changes"]} & set(foreign)
