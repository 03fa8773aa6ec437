"""Corrections as anchors (link, unlink, merge, split) and the JSON sidecar that keeps them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench import sidecar
from workbench.pipeline import compare
from workbench.records import Link
from workbench.review import summarize
from workbench.translate.base import get_translator

AR = "قال الوزير إن الإنتاج ارتفع.\nوأضاف أن الصيانة ستنتهي يوم الأحد.\nوأشار إلى المحطة الجديدة.\n"
EN = "The minister said production rose.\nMaintenance will end on Sunday.\n"


def test_link_takes_sentences_out_of_earlier_anchors() -> None:
    anchors = (((0, 1), (0,)), ((2,), (1,)))
    assert sidecar.link(anchors, [1], [1]) == (((0,), (0,)), ((1,), (1,)))
    assert sidecar.link((), [3, 2], []) == (((2, 3), ()),)
    with pytest.raises(ValueError):
        sidecar.link((), [], [])


def test_unlink_makes_every_sentence_a_gap() -> None:
    assert sidecar.unlink((((0,), (0,)),), Link((1, 2), (1,), 0.8)) == (
        ((0,), (0,)),
        ((1,), ()),
        ((2,), ()),
        ((), (1,)),
    )


def test_merge_and_split() -> None:
    merged = sidecar.merge((), [Link((0,), (0,), 0.9), Link((1,), (), 0.4)])
    assert merged == (((0, 1), (0,)),)
    with pytest.raises(ValueError):
        sidecar.merge((), [Link((0,), (0,), 0.9)])
    row = Link((0, 1), (0, 1, 2), 0.7)
    assert sidecar.split(merged, row, ar_at=1, en_at=2) == (((0,), (0, 1)), ((1,), (2,)))
    assert sidecar.split((), row, ar_at=2, en_at=1) == (((0, 1), (0,)), ((), (1, 2)))
    with pytest.raises(ValueError):
        sidecar.split((), row, ar_at=2, en_at=3)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    anchors = (((2,), (1,)),)
    c = compare(AR, EN, get_translator("lexicon"), anchors=anchors)
    path = sidecar.save(tmp_path, c, anchors)
    assert path == tmp_path / "alignment.corrected.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["anchors"] == [[[2], [1]]]
    assert data["alignment"] == [[list(lk.ar), list(lk.en)] for lk in c.links]
    assert (data["ar_sentences"], data["en_sentences"]) == (3, 2)
    loaded = sidecar.load(tmp_path, ar_text=AR, en_text=EN)
    assert loaded is not None and loaded.anchors == anchors and loaded.translator == "lexicon"
    assert [p.name for p in tmp_path.iterdir()] == ["alignment.corrected.json"]  # no temporary file left
    assert sidecar.remove(tmp_path) and not sidecar.remove(tmp_path)
    assert sidecar.load(tmp_path, ar_text=AR, en_text=EN) is None


def test_stale_or_broken_sidecar_is_refused(tmp_path: Path) -> None:
    c = compare(AR, EN, get_translator("lexicon"))
    sidecar.save(tmp_path, c, (((0,), (0,)),))
    with pytest.raises(sidecar.SidecarError, match="different version of the texts"):
        sidecar.load(tmp_path, ar_text=AR, en_text=EN + "One more line.\n")
    with pytest.raises(sidecar.SidecarError, match="segmentation"):
        sidecar.load(tmp_path, ar_text=AR, en_text=EN, presegmented=True)
    (tmp_path / "alignment.corrected.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(sidecar.SidecarError, match="cannot be read"):
        sidecar.load(tmp_path, ar_text=AR, en_text=EN)


def test_summary_share_of_arabic_carried_over() -> None:
    c = compare(AR, EN, get_translator("lexicon"), anchors=[((0,), (0,)), ((1,), (1,)), ((2,), ())])
    s = summarize(c)
    lengths = [len(x.text) for x in c.ar.sentences]
    assert s.carried_share == pytest.approx((lengths[0] + lengths[1]) / sum(lengths))
    assert (s.ar_sentences, s.en_sentences, s.linked_ar, s.linked_en) == (3, 2, 2, 2)
    assert s.quotes_checked == 0 and s.quote_fidelity is None
    assert s.findings_by_type.get("omission") == 1
