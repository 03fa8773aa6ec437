"""The review app's flows through streamlit's AppTest: pick a pair or paste text, run, rows,
filters, corrections re-aligning and saved as a sidecar, and article markup kept inert."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from streamlit.testing.v1 import AppTest

from workbench.pipeline import compare
from workbench.records import Link
from workbench.review import findings_by_row, quote_checks, summarize
from workbench.sidecar import SIDECAR_NAME
from workbench.translate.base import get_translator

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
PAIR = "03_rewrite_elections"

AR = (
    "قال وزير الكهرباء إن الإنتاج بلغ 24 ألف ميغاواط.\n"
    "وأضاف أن الصيانة ستنتهي يوم الأحد.\n"
    "وأشار إلى أن المحطة الجديدة في البصرة ستعمل قريبا.\n"
)
EN = "The electricity minister revealed that production reached 25,000 megawatts.\nMaintenance will end on Sunday.\n"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


@pytest.fixture(autouse=True)
def setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private corpora folder (so sidecars land in tmp) and no installed models."""
    corpora = tmp_path / "corpora"
    shutil.copytree(ROOT / "corpora" / PAIR, corpora / PAIR, ignore=shutil.ignore_patterns(SIDECAR_NAME))
    monkeypatch.setenv("WORKBENCH_CORPORA", str(corpora))
    monkeypatch.setenv("WORKBENCH_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("WORKBENCH_TRANSLATOR", "lexicon")
    return corpora


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    return at


def _run_pair(at: AppTest, pair: str = PAIR) -> AppTest:
    at.sidebar.radio(key="source").set_value("A pair from corpora/")
    at.sidebar.selectbox(key="pair").select(pair)
    at.sidebar.button(key="compare").click().run()
    assert not at.exception
    return at


def _run_paste(at: AppTest, ar: str, en: str) -> AppTest:
    at.sidebar.radio(key="source").set_value("Paste or upload").run()
    at.text_area(key="ar_paste").input(ar)
    at.text_area(key="en_paste").input(en)
    at.sidebar.button(key="compare").click().run()
    assert not at.exception
    return at


def _table(at: AppTest) -> str:
    tables = [m.value for m in at.markdown if m.value.startswith('<div class="wb-rows">')]
    assert len(tables) == 1
    return tables[0]


def _rows(table: str) -> list[str]:
    return re.findall(r"<tr class=\"[a-z]*\" id=\"row-\d+\">.*?</tr>", table)


def _expected(corpora: Path, anchors=()):
    ar = (corpora / PAIR / "ar.txt").read_text(encoding="utf-8")
    en = (corpora / PAIR / "en.txt").read_text(encoding="utf-8")
    return compare(ar, en, get_translator("lexicon"), anchors=anchors)


def test_start_page_offers_corpus_pairs_and_lexicon() -> None:
    at = _app()
    assert at.sidebar.selectbox(key="pair").options == [PAIR]
    assert at.sidebar.selectbox(key="translator").options == ["lexicon"]
    assert not [m for m in at.markdown if m.value.startswith('<div class="wb-rows">')]


def test_installed_models_are_offered(tmp_path: Path) -> None:
    (tmp_path / "models" / "opus-mt-ar-en").mkdir(parents=True)
    (tmp_path / "models" / "opus-mt-ar-en" / "config.json").write_text("{}")
    (tmp_path / "models" / "opus-ct2").mkdir()
    (tmp_path / "models" / "opus-ct2" / "model.bin").write_bytes(b"")
    (tmp_path / "models" / "empty").mkdir()
    at = _app()
    assert at.sidebar.selectbox(key="translator").options == [
        "lexicon",
        f"ct2:{tmp_path / 'models' / 'opus-ct2'}",
        f"hf:{tmp_path / 'models' / 'opus-mt-ar-en'}",
    ]


def test_corpus_pair_renders_aligned_rows(setting: Path) -> None:
    at = _run_pair(_app())
    expected = _expected(setting)
    table = _table(at)
    rows = _rows(table)
    n = len(expected.links)
    assert len(rows) == n >= 12
    # every row has the RTL Arabic cell, the rendering and the English cell
    assert table.count('<td class="ar" dir="rtl" lang="ar">') == n
    assert table.count('<td class="mt">') == n
    assert "<th>machine rendering</th>" in table
    # gaps are shown as such
    assert table.count("— not in the English —") == sum(1 for lk in expected.links if not lk.en)
    assert table.count("— not in the Arabic —") == sum(1 for lk in expected.links if not lk.ar) >= 1
    # confidence per row
    assert all(f"conf {lk.score:.2f}" in row for lk, row in zip(expected.links, rows, strict=True))
    # findings in place, on both sides, with the explanation as title and in the details
    assert '<mark class="f-reporting_verb" style="background:#FF6633"' in table
    assert re.search(r'<mark class="f-reporting_verb"[^>]*>revealed</mark>', table)
    assert re.search(r'<mark class="f-reporting_verb"[^>]*>وقالت</mark>', table)
    assert table.count("<details>") == len({k for k, _ in _rows_with_findings(expected)})
    assert "<summary>1 finding</summary>" in rows[2] or "<summary>2 findings</summary>" in rows[2]
    legend = [m.value for m in at.markdown if m.value.startswith('<div class="wb-legend">')]
    assert len(legend) == 1 and legend[0].count("<span") == 11
    summary = summarize(expected, quote_checks(expected, get_translator("lexicon")))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "Arabic carried over": f"{summary.carried_share:.0%}",
        "Rows": str(n),
        "Findings": str(len(expected.findings)),
        "Quotes checked": str(summary.quotes_checked),
    }
    assert summary.quotes_checked >= 1
    counts = next(m.value for m in at.markdown if m.value.startswith('<div class="wb-counts">'))
    assert all(f"{t}: {n}</span>" in counts for t, n in summary.findings_by_type.items())
    assert f"quote fidelity {summary.quote_fidelity:.0%}" in counts
    assert [b.proto.label for b in at.get("download_button")] == ["JSON", "CSV of findings", "HTML report", "TMX"]
    assert at.caption[0].value.endswith("ar.txt ↔ " + str(setting / PAIR / "en.txt") + " · translator lexicon")


def _rows_with_findings(c):
    return [(k, fs) for k, fs in findings_by_row(c).items() if fs]


def test_crossing_links_are_marked() -> None:
    ar = "قال الوزير إن المشروع سينتهي في 2025.\nوأضاف أن الكلفة بلغت 300 مليون دولار.\nوأكد أن الشركة ألمانية.\n"
    en = (
        "The company is German, the minister confirmed.\n"
        "The minister said the project will end in 2025.\n"
        "It cost 300 million dollars.\n"
    )
    at = _run_paste(_app(), ar, en)
    rows = _rows(_table(at))
    crossing = [r for r in rows if r.startswith('<tr class="cross"')]
    assert crossing and all("⇅ moved" in r for r in crossing)


def test_pasted_texts_run_and_show_findings() -> None:
    at = _run_paste(_app(), AR, EN)
    table = _table(at)
    assert len(_rows(table)) == 3
    assert re.search(r'<mark class="f-number"[^>]*>25,000</mark>', table)
    assert "— not in the English —" in table  # the Basra sentence was left out
    assert at.caption[0].value == "Arabic ↔ English · translator lexicon"
    assert "not saved for pasted texts" in at.caption[1].value


def test_missing_text_is_one_line_error() -> None:
    at = _run_paste(_app(), "", EN)
    assert [e.value for e in at.error] == ["Arabic: paste the text or upload a file"]
    at = _run_paste(_app(), "This is not Arabic at all.", EN)
    assert "contains no Arabic letters" in at.error[0].value


def test_filters_by_type_and_severity_and_rendering_toggle(setting: Path) -> None:
    at = _run_pair(_app())
    expected = _expected(setting)
    at.sidebar.multiselect(key="types").set_value(["number"]).run()
    table = _table(at)
    assert set(re.findall(r'<mark class="f-([a-z_]+)"', table)) == {"number"}
    number_rows = [k for k, fs in _rows_with_findings(expected) if any(f.type == "number" for f in fs)]
    assert table.count("<details>") == len(number_rows) >= 1
    at.sidebar.multiselect(key="types").set_value(list(at.sidebar.multiselect(key="types").options))
    at.sidebar.multiselect(key="severities").set_value(["minor"]).run()
    minor = [f for f in expected.findings if f.severity == "minor"]
    assert _table(at).count("<li class=") == len(minor) >= 1
    assert '<li class="major"' not in _table(at)
    at.sidebar.multiselect(key="severities").set_value(["major", "minor"])
    at.sidebar.toggle(key="only_flagged").set_value(True)
    at.sidebar.toggle(key="show_mt").set_value(False).run()
    table = _table(at)
    assert len(_rows(table)) == len(_rows_with_findings(expected))
    assert '<td class="mt">' not in table and "machine rendering" not in table


def test_link_correction_reruns_aligner_and_saves_sidecar(setting: Path) -> None:
    at = _run_pair(_app())
    before = _expected(setting)
    last_en = len(before.en.sentences) - 1
    assert ((0,), (last_en,)) not in [(lk.ar, lk.en) for lk in before.links]
    # a deliberate correction the aligner would never make: the headline with the last English sentence
    at.multiselect(key="fix_ar").set_value([0])
    at.multiselect(key="fix_en").set_value([last_en])
    at.button(key="do_link").click().run()
    assert not at.exception
    after = _expected(setting, anchors=[((0,), (last_en,))])
    table = _table(at)
    assert len(_rows(table)) == len(after.links)
    assert f'<td class="meta">#0<br>ar 0<br>en {last_en}<br>conf 1.00' in table
    assert at.session_state["links"] == after.links
    # findings refreshed: what the app shows is what the library finds with the anchor
    assert after.findings != before.findings
    assert at.metric[2].value == str(len(after.findings))
    assert table.count("<li class=") == len(after.findings)
    saved = json.loads((setting / PAIR / SIDECAR_NAME).read_text(encoding="utf-8"))
    assert saved["anchors"] == [[[0], [last_en]]]
    assert saved["alignment"] == [[list(lk.ar), list(lk.en)] for lk in after.links]
    assert "saved to" in at.success[0].value

    # a new session on the same pair reloads the correction
    again = _run_pair(_app())
    assert "Reloaded 1 alignment corrections" in again.info[0].value
    assert again.session_state["anchors"] == (((0,), (last_en,)),)
    assert f'<td class="meta">#0<br>ar 0<br>en {last_en}<br>conf 1.00' in _table(again)

    again.button(key="do_reset").click().run()
    assert not (setting / PAIR / SIDECAR_NAME).exists()
    assert len(_rows(_table(again))) == len(before.links)
    assert again.session_state["links"] == before.links


def test_unlink_merge_and_split_become_anchors(setting: Path) -> None:
    at = _run_pair(_app())
    links = at.session_state["links"]
    k, row = next((k, lk) for k, lk in enumerate(links) if len(lk.ar) == 1 and len(lk.en) == 1)
    at.selectbox(key="fix_row").select(k)
    at.button(key="do_unlink").click().run()
    unlinked = (((row.ar[0],), ()), ((), (row.en[0],)))
    assert at.session_state["anchors"] == unlinked
    links = at.session_state["links"]
    assert Link((row.ar[0],), (), 1.0) in links and Link((), (row.en[0],), 1.0) in links

    one_to_one = [k for k, lk in enumerate(links) if len(lk.ar) == 1 and len(lk.en) == 1][:2]
    merged_ar = tuple(links[k].ar[0] for k in one_to_one)
    merged_en = tuple(links[k].en[0] for k in one_to_one)
    at.multiselect(key="fix_rows").set_value(one_to_one)
    at.button(key="do_merge").click().run()
    links = at.session_state["links"]
    assert Link(merged_ar, merged_en, 1.0) in links
    assert at.session_state["anchors"] == (*unlinked, (merged_ar, merged_en))

    at.selectbox(key="fix_split").select(links.index(Link(merged_ar, merged_en, 1.0))).run()
    at.number_input(key="fix_ar_at").set_value(1)
    at.number_input(key="fix_en_at").set_value(1)
    at.button(key="do_split").click().run()
    assert not at.exception
    parts = (((merged_ar[0],), (merged_en[0],)), ((merged_ar[1],), (merged_en[1],)))
    assert at.session_state["anchors"] == (*unlinked, *parts)
    saved = json.loads((setting / PAIR / SIDECAR_NAME).read_text(encoding="utf-8"))
    assert saved["anchors"] == [[list(a), list(e)] for a, e in (*unlinked, *parts)]


@pytest.mark.parametrize("side", ["ar", "en"])
def test_markup_in_either_article_is_escaped(side: str) -> None:
    hostile = f"{SCRIPT} and {IMG} here."
    ar = AR.replace("ستعمل قريبا.", f"ستعمل قريبا {hostile}") if side == "ar" else AR
    en = EN + f"An extra line {hostile}\n" if side == "en" else EN
    at = _run_paste(_app(), ar, en)
    table = _table(at)
    # a finding may highlight part of it (the "1" of alert(1)), so compare the rendered text
    soup = BeautifulSoup(table, "html.parser")
    assert soup.find_all("script") == [] and soup.find_all("img") == []
    assert SCRIPT in soup.get_text() and IMG in soup.get_text()
    for m in at.markdown:
        assert "<script" not in m.value.lower() and "<img" not in m.value.lower()
        assert "onerror=alert(1)>" not in m.value
