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
from workbench.sidecar import save as sidecar_save
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
    monkeypatch.setenv("WORKBENCH_CORRECTIONS_DIR", str(tmp_path / "corrections"))
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


def _plain(markdown: str) -> str:
    """What Streamlit shows for Markdown the app escaped (a backslash before punctuation)."""
    return re.sub(r"\\(.)", r"\1", markdown)


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
    assert len(legend) == 1 and legend[0].count('<span class="key"><i style="background:#') == 11
    summary = summarize(expected, quote_checks(expected, get_translator("lexicon")))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {
        "Arabic sentences carried over": f"{summary.linked_ar}/{summary.ar_sentences}",
        "Rows": str(n),
        "Findings": str(len(expected.findings)),
        "Quotes checked": str(summary.quotes_checked),
    }
    assert summary.quotes_checked >= 1
    counts = next(m.value for m in at.markdown if m.value.startswith('<div class="wb-counts">'))
    assert all(f"{t}: {n}</span>" in counts for t, n in summary.findings_by_type.items())
    assert f"quote fidelity {summary.quote_fidelity:.0%}" in counts
    assert [b.proto.label for b in at.get("download_button")] == ["JSON", "CSV of findings", "HTML report", "TMX"]
    assert _plain(at.caption[0].value).endswith("ar.txt ↔ " + str(setting / PAIR / "en.txt") + " · translator lexicon")


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
    # one sentence moved to the top crosses both others, but only it is marked
    assert len(crossing) == 1 and "⇅ moved" in crossing[0] and "ar 3<br>en 1<br>" in crossing[0]
    assert sum("⇅ moved" in r for r in rows) == 1


def test_pasted_texts_run_and_show_findings() -> None:
    at = _run_paste(_app(), AR, EN)
    table = _table(at)
    assert len(_rows(table)) == 3
    assert re.search(r'<mark class="f-number"[^>]*>25,000</mark>', table)
    assert "— not in the English —" in table  # the Basra sentence was left out
    assert at.caption[0].value == "Arabic ↔ English · translator lexicon"
    assert any("not saved for pasted texts" in c.value for c in _edit(at).caption)


def test_missing_text_is_one_line_error() -> None:
    at = _run_paste(_app(), "", EN)
    assert [_plain(e.value) for e in at.error] == ["Arabic: paste the text or upload a file"]
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


def _sidecar(tmp_path: Path) -> Path:
    return tmp_path / "corrections" / "corpora" / PAIR / SIDECAR_NAME


def _edit(at: AppTest) -> AppTest:
    at.toggle(key="edit_mode").set_value(True).run()
    assert not at.exception
    return at


def _row_tables(at: AppTest) -> list[str]:
    tables = [m.value for m in at.markdown if m.value.startswith('<div class="wb-rows wb-edit">')]
    return [t for t in tables if "<tbody>" in t]


def test_link_any_sentences_in_a_form_reruns_aligner_and_saves_sidecar(setting: Path, tmp_path: Path) -> None:
    at = _edit(_run_pair(_app()))
    before = _expected(setting)
    last_en = len(before.en.sentences) - 1
    assert ((0,), (last_en,)) not in [(lk.ar, lk.en) for lk in before.links]
    # a deliberate correction the aligner would never make: the headline with the last English sentence
    at.multiselect(key="fix_ar").set_value([0])
    at.multiselect(key="fix_en").set_value([last_en])
    next(b for b in at.button if b.label == "Link these sentences").click().run()
    assert not at.exception
    after = _expected(setting, anchors=[((0,), (last_en,))])
    rows = _row_tables(at)
    assert len(rows) == len(after.links)
    assert f'<td class="meta">#1<br>ar 1<br>en {last_en + 1}<br>conf 1.00' in rows[0]
    assert at.session_state["links"] == after.links
    # findings refreshed: what the app shows is what the library finds with the anchor
    assert after.findings != before.findings
    assert at.metric[2].value == str(len(after.findings))
    assert sum(r.count("<li class=") for r in rows) == len(after.findings)
    saved = json.loads(_sidecar(tmp_path).read_text(encoding="utf-8"))
    assert saved["anchors"] == [[[0], [last_en]]]
    assert saved["alignment"] == [[list(lk.ar), list(lk.en)] for lk in after.links]
    assert "saved to" in at.success[0].value
    assert not (setting / PAIR / SIDECAR_NAME).exists()  # nothing written into the corpus folder
    history = at.session_state["history"]
    assert [what for what, _ in history] == [f"linked ar 1 ↔ en {last_en + 1}"]

    # a new session on the same pair reloads the correction
    again = _run_pair(_app())
    assert "Reloaded the saved alignment corrections" in again.info[0].value
    assert again.session_state["anchors"] == (((0,), (last_en,)),)
    assert f'<td class="meta">#1<br>ar 1<br>en {last_en + 1}<br>conf 1.00' in _table(again)

    _edit(again).button(key="do_reset").click().run()
    assert not _sidecar(tmp_path).exists()
    assert len(_row_tables(again)) == len(before.links)
    assert again.session_state["links"] == before.links


def test_row_actions_each_one_step_and_undo_takes_back_one(setting: Path, tmp_path: Path) -> None:
    at = _edit(_run_pair(_app()))
    auto = at.session_state["links"]
    k, row = next((k, lk) for k, lk in enumerate(auto) if len(lk.ar) == 1 and len(lk.en) == 1)
    at.button(key=f"unlink_{k}").click().run()
    unlinked = (((row.ar[0],), ()), ((), (row.en[0],)))
    assert at.session_state["anchors"] == unlinked
    links = at.session_state["links"]
    assert Link((row.ar[0],), (), 1.0) in links and Link((), (row.en[0],), 1.0) in links
    assert [what for what, _ in at.session_state["history"]] == [f"unlinked ar {row.ar[0] + 1} ↔ en {row.en[0] + 1}"]

    # one click on a row links it with the next one
    j = next(j for j, lk in enumerate(links) if len(lk.ar) == 1 and len(lk.en) == 1 and j + 1 < len(links)
             and len(links[j + 1].ar) == 1 and len(links[j + 1].en) == 1)  # fmt: skip
    merged = (links[j].ar + links[j + 1].ar, links[j].en + links[j + 1].en)
    at.button(key=f"next_{j}").click().run()
    assert not at.exception
    links = at.session_state["links"]
    assert Link(*merged, 1.0) in links
    assert at.session_state["anchors"] == (*unlinked, merged)

    # split it again: the first sentence of each side, and the rest
    m = links.index(Link(*merged, 1.0))
    at.button(key=f"split_{m}").click().run()
    parts = (((merged[0][0],), (merged[1][0],)), ((merged[0][1],), (merged[1][1],)))
    assert at.session_state["anchors"] == (*unlinked, *parts)
    saved = json.loads(_sidecar(tmp_path).read_text(encoding="utf-8"))
    assert saved["anchors"] == [[list(a), list(e)] for a, e in (*unlinked, *parts)]
    assert len(at.session_state["history"]) == 3

    # undo goes back one step at a time
    at.button(key="do_undo").click().run()
    assert at.session_state["anchors"] == (*unlinked, merged)
    assert _plain(at.info[0].value).startswith("Undone: split ar")
    at.button(key="do_undo").click().run()
    assert at.session_state["anchors"] == unlinked
    at.button(key="do_undo").click().run()
    assert at.session_state["anchors"] == ()
    assert at.session_state["links"] == auto
    assert at.button(key="do_undo").disabled
    assert not _sidecar(tmp_path).exists()


def test_pasted_corrections_are_saved_only_under_a_plain_name(tmp_path: Path) -> None:
    at = _app()
    at.sidebar.radio(key="source").set_value("Paste or upload").run()
    at.sidebar.text_input(key="save_name").input("../../etc")
    at = _run_paste(at, AR, EN)
    assert _plain(at.error[0].value).startswith("../../etc: not a plain name for saving corrections")
    at.sidebar.text_input(key="save_name").input("minister-interview")
    at.sidebar.button(key="compare").click().run()
    assert not at.error
    at = _edit(at)
    at.button(key="unlink_0").click().run()
    assert (tmp_path / "corrections" / "pasted" / "minister-interview" / SIDECAR_NAME).is_file()


def test_a_file_name_is_never_rendered_as_markdown(setting: Path) -> None:
    name = "[Verified by Reuters](https:example.org)"
    shutil.copytree(setting / PAIR, setting / name)
    at = _run_pair(_app(), name)
    caption = at.caption[0].value
    assert "\\[Verified by Reuters\\]\\(https\\:example.org\\)" in caption and "](https:" not in caption
    assert name in _plain(caption)
    _edit(at).button(key="unlink_0").click().run()
    saved = list((setting.parent / "corrections" / "corpora").iterdir())
    assert [p.name for p in saved] == ["Verified_by_Reuters_https_example.org-" + saved[0].name[-8:]]


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


@pytest.mark.parametrize("ids", [["0"], [0.5], [True], [-1]], ids=["string", "float", "bool", "negative"])
def test_a_broken_corrections_file_is_one_line_and_the_pair_still_compares(
    setting: Path, tmp_path: Path, ids: list
) -> None:
    at = _run_pair(_app())  # writes nothing yet; build a sidecar for these texts, then break its ids
    folder = _sidecar(tmp_path).parent
    folder.mkdir(parents=True)
    good = _expected(setting, anchors=[((0,), (0,))])
    sidecar_save(folder, good, [((0,), (0,))])
    data = json.loads(_sidecar(tmp_path).read_text(encoding="utf-8"))
    data["anchors"] = [[ids, [0]]]
    _sidecar(tmp_path).write_text(json.dumps(data), encoding="utf-8")
    at = _run_pair(_app())
    assert not at.exception and not at.error
    notice = _plain(at.info[0].value)
    assert notice.startswith(f"{_sidecar(tmp_path)}: cannot be read (sentence ids must be non-negative integers")
    assert notice.endswith("; comparing with the automatic alignment") and "\n" not in notice
    assert len(_rows(_table(at))) == len(_expected(setting).links)


def test_the_file_watcher_skips_the_virtualenv_and_corrections_stay_out_of_git() -> None:
    import subprocess
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert {".venv", "models", ".corrections"} <= set(config["server"]["folderWatchBlacklist"])
    ignored = subprocess.run(
        ["git", "check-ignore", ".corrections/corpora/x/alignment.corrected.json"], cwd=ROOT, capture_output=True
    )
    assert ignored.returncode == 0
