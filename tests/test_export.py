"""workbench export: findings CSV, TMX of aligned pairs, HTML index with a page per pair."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.pipeline import compare
from workbench.records import Comparison, Document, Finding, Link, Sentence
from workbench.report import comparison_to_dict, to_html
from workbench.report.index import comparison_from_dict, report_filename
from workbench.report.tables import finding_rows, findings_csv, neutralise, write_csv
from workbench.report.tmx import tmx_footer, tmx_header, tmx_units, to_tmx
from workbench.translate import get_translator

try:
    from test_batch import BAD_IDS, make_corpus
except ImportError:  # run from the repository root as a package
    from tests.test_batch import BAD_IDS, make_corpus

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

AR = (
    "قال وزير النفط إن الإنتاج ارتفع إلى ثلاثة ملايين برميل يومياً. "
    "وافتتحت الوزارة يوم الاثنين مستشفى جديداً في البصرة. "
    "وارتفعت أسعار الخبز بنسبة عشرين في المئة خلال الشهر الماضي."
)
EN = "The oil minister revealed production rose to four million barrels a day. Bread prices rose by twenty percent."


@pytest.fixture(scope="module")
def comparison():
    return compare(AR, EN, get_translator("lexicon"), ar_source="ar.txt", en_source="en.txt")


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("export")
    corpus = make_corpus(root / "pairs", 6)
    out = root / "results.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(corpus), "--out", str(out), "--workers", "2", "-q"])
    assert result.exit_code == 1, result.output
    yield out
    (corpus / "bad_unreadable").chmod(0o755)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_findings_csv_of_one_comparison(comparison) -> None:
    text = findings_csv(comparison, pair_id="minister")
    assert text.startswith("\ufeffid,type,subtype,severity,confidence,ar_sentence_no,en_sentence_no,")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == len(comparison.findings) > 0
    for row, f in zip(rows, comparison.findings, strict=True):
        assert (row["type"], row["subtype"], row["ar_span"], row["en_span"]) == (
            f.type, f.subtype, f.ar_span, f.en_span,
        )  # fmt: skip
        assert row["id"] == "minister" and row["translator"] == "lexicon"
        assert row["confidence"] == str(f.score)
        if f.ar_sentence is not None:
            assert row["ar_sentence_no"] == str(f.ar_sentence + 1)
            assert row["ar_text"] == comparison.ar.sentences[f.ar_sentence].text
        else:
            assert row["ar_sentence_no"] == ""
        if f.en_sentence is not None:
            assert row["en_sentence_no"] == str(f.en_sentence + 1)


def _record_with_formulas() -> dict:
    """A results line whose id, spans and sentences would run as spreadsheet formulas."""
    return {
        "id": "=HYPERLINK(\"http://x\",\"open\")",
        "translator": "@lexicon",
        "ar": {"sentences": [{"id": 0, "text": "+قال الوزير", "start": 0, "end": 11}]},
        "en": {"sentences": [{"id": 0, "text": "-2 said the minister", "start": 0, "end": 20}]},
        "links": [{"ar": [0], "en": [0], "score": 0.9}],
        "findings": [
            {"type": "number", "subtype": "added", "ar_sentence": 0, "en_sentence": 0, "ar_span": "",
             "en_span": "-2", "severity": "minor", "score": 0.5, "explanation": "\tEnglish adds '-2'"},
            {"type": "addition", "subtype": "", "ar_sentence": None, "en_sentence": 0, "ar_span": "",
             "en_span": "\rx", "severity": "minor", "score": 0.25, "explanation": "قال 5 مرات"},
        ],
    }  # fmt: skip


def test_csv_cells_that_start_a_formula_are_neutralised() -> None:
    buf = io.StringIO()
    assert write_csv(finding_rows(_record_with_formulas()), buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue().removeprefix("\ufeff"))))
    assert [r["id"] for r in rows] == ['\'=HYPERLINK("http://x","open")'] * 2
    assert [r["translator"] for r in rows] == ["'@lexicon"] * 2
    assert [r["ar_text"] for r in rows] == ["'+قال الوزير", ""]
    assert [r["en_text"] for r in rows] == ["'-2 said the minister"] * 2
    assert [r["en_span"] for r in rows] == ["'-2", "'\rx"]
    assert rows[0]["explanation"] == "'\tEnglish adds '-2'"
    # numbers stay numbers; the Arabic run of an explanation is isolated (FSI … PDI)
    assert [r["confidence"] for r in rows] == ["0.5", "0.25"]
    assert [r["ar_sentence_no"] for r in rows] == ["1", ""]
    assert rows[1]["explanation"] == "\u2068قال 5 مرات\u2069"


def test_a_cell_that_only_contains_a_formula_sign_later_is_left_alone() -> None:
    assert neutralise("a=b") == "a=b" and neutralise("") == "" and neutralise(None) == ""
    assert neutralise(-1) == -1 and neutralise("-1") == "'-1"


def test_export_csv_neutralises_formulas_and_starts_with_a_bom(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    results.write_text(json.dumps(_record_with_formulas(), ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "f.csv"
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8 + b"id,type,")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    assert rows[0]["id"] == '\'=HYPERLINK("http://x","open")'


def _hand_made() -> Comparison:
    """A comparison with a merge, an omission, an addition and text that needs XML escaping."""

    def doc(lang: str, texts: list[str]) -> Document:
        sentences, start = [], 0
        for i, t in enumerate(texts):
            sentences.append(Sentence(i, t, start, start + len(t)))
            start += len(t) + 1
        return Document(lang, " ".join(texts), tuple(sentences))

    ar = doc(
        "ar", ["قال الوزير إن <الخطة> جاهزة.", "وأضاف أن العمل سيبدأ غداً.", "وذكر أن الكلفة كبيرة.", "وانتهى الاجتماع."]
    )
    en = doc("en", ['The minister said the "plan" & work start tomorrow.', "The cost is high.", "Critics disagree."])
    links = (Link((0, 1), (0,), 0.91), Link((2,), (1,), 0.8), Link((3,), (), 0.0), Link((), (2,), 0.0))
    return Comparison(ar, en, "lexicon", ("t0", "t1", "t2", "t3"), links, ())


# The TMX 1.4b element structure (LISA OSCAR), written out for the elements and attributes a
# workbench TMX uses; a document that validates against it has the standard's required parts.
TMX14B_DTD = """
<!ENTITY % segtypes "block|paragraph|sentence|phrase">
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx version CDATA #FIXED "1.4">
<!ELEMENT header (note|prop|ude)*>
<!ATTLIST header creationtool CDATA #REQUIRED creationtoolversion CDATA #REQUIRED
  segtype (%segtypes;) #REQUIRED o-tmf CDATA #REQUIRED adminlang CDATA #REQUIRED
  srclang CDATA #REQUIRED datatype CDATA #REQUIRED o-encoding CDATA #IMPLIED
  creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED changeid CDATA #IMPLIED>
<!ELEMENT ude (map+)>
<!ATTLIST ude name CDATA #REQUIRED base CDATA #IMPLIED>
<!ELEMENT map EMPTY>
<!ATTLIST map unicode CDATA #REQUIRED code CDATA #IMPLIED ent CDATA #IMPLIED subst CDATA #IMPLIED>
<!ELEMENT body (tu*)>
<!ELEMENT note (#PCDATA)>
<!ATTLIST note o-encoding CDATA #IMPLIED xml:lang CDATA #IMPLIED>
<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop type CDATA #REQUIRED xml:lang CDATA #IMPLIED o-encoding CDATA #IMPLIED>
<!ELEMENT tu ((note|prop)*, tuv+)>
<!ATTLIST tu tuid CDATA #IMPLIED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED
  usagecount CDATA #IMPLIED lastusagedate CDATA #IMPLIED creationtool CDATA #IMPLIED
  creationtoolversion CDATA #IMPLIED creationdate CDATA #IMPLIED creationid CDATA #IMPLIED
  changedate CDATA #IMPLIED segtype (%segtypes;) #IMPLIED changeid CDATA #IMPLIED
  o-tmf CDATA #IMPLIED srclang CDATA #IMPLIED>
<!ELEMENT tuv ((note|prop)*, seg)>
<!ATTLIST tuv xml:lang CDATA #REQUIRED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED
  creationdate CDATA #IMPLIED changedate CDATA #IMPLIED>
<!ELEMENT seg (#PCDATA)>
"""


def _valid_tmx(text: str) -> ET.Element:
    """Parse ``text`` and assert it validates against the TMX 1.4b structure."""
    from lxml import etree

    dtd = etree.DTD(io.StringIO(TMX14B_DTD))
    doc = etree.fromstring(text.encode("utf-8"))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    return ET.fromstring(text)


def test_the_dtd_catches_a_broken_tmx() -> None:
    from lxml import etree

    dtd = etree.DTD(io.StringIO(TMX14B_DTD))
    good = to_tmx(_hand_made())
    assert dtd.validate(etree.fromstring(good.encode()))
    for broken in (
        good.replace(' segtype="sentence" o-tmf', " o-tmf"),  # header segtype is required
        good.replace('<tuv xml:lang="ar">', "<tuv>", 1),
        good.replace("<note>", '<prop type="x">', 1)
        .replace("</note>", "</prop>", 1)
        .replace('<prop type="x-pair-id">', '<tuv xml:lang="fr"><seg>x</seg></tuv><prop type="x-pair-id">', 1),
    ):
        assert not dtd.validate(etree.fromstring(broken.encode()))


def test_tmx_of_one_comparison_has_only_links_with_both_sides() -> None:
    comparison = _hand_made()
    text = to_tmx(comparison, pair_id="minister")
    assert "&lt;الخطة&gt;" in text and "&amp; work" in text
    root = _valid_tmx(text)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "ar" and header.get("segtype") == "sentence"
    assert header.get("o-tmf") == "workbench-json"
    assert re.fullmatch(r"20\d{6}T\d{6}Z", header.get("creationdate"))
    units = root.findall("body/tu")
    both = [link for link in comparison.links if link.ar and link.en]
    assert len(units) == len(both) == 2  # the omission and the addition are left out
    assert [tu.get("tuid") for tu in units] == ["minister:1", "minister:2"]
    assert [tu.get("segtype") for tu in units] == ["block", "sentence"]  # 2-1 merge, then 1-1
    for tu, link in zip(units, both, strict=True):
        tuvs = tu.findall("tuv")
        assert [t.get(XML_LANG) for t in tuvs] == ["ar", "en"]
        assert tuvs[0].findtext("seg") == " ".join(comparison.ar.sentences[i].text for i in link.ar)
        assert tuvs[1].findtext("seg") == " ".join(comparison.en.sentences[j].text for j in link.en)
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert props["x-link-score"] == f"{link.score:.3f}"


def test_tmx_records_findings_in_notes_and_can_leave_major_ones_out() -> None:
    comparison = _hand_made()
    major = Finding("number", "changed", 2, 1, "كبيرة", "high", "major", 0.9, "Arabic 'كبيرة' became 'high'")
    minor = Finding("wording", "other", 0, 0, "", "plan", "minor", 0.4, "quoted 'plan'")
    c = Comparison(comparison.ar, comparison.en, "lexicon", comparison.translations, comparison.links, (minor, major))
    units = _valid_tmx(to_tmx(c)).findall("body/tu")
    assert [tu.get("tuid") for tu in units] == ["comparison:1", "comparison:2"]
    assert [n.text for n in units[0].findall("note")] == ["minor wording/other: quoted 'plan'"]
    notes = [n.text for n in units[1].findall("note")]
    assert notes == ["major number/changed: Arabic '\u2068كبيرة\u2069' became 'high'"]
    assert {p.get("type"): p.text for p in units[1].findall("prop")}["x-findings"] == "1 (1 major)"
    kept = _valid_tmx(to_tmx(c, exclude_major=True)).findall("body/tu")
    assert [tu.get("tuid") for tu in kept] == ["comparison:1"]


def test_tmx_tuid_with_control_characters_still_parses() -> None:
    record = {**comparison_to_dict(_hand_made()), "id": "a\x01b\x1bc"}
    text = tmx_header() + "".join(tmx_units(record)) + tmx_footer()
    assert [tu.get("tuid") for tu in _valid_tmx(text).findall("body/tu")] == ["a b c:1", "a b c:2"]


def test_comparison_round_trips_through_its_json(comparison) -> None:
    rebuilt = comparison_from_dict(json.loads(json.dumps(comparison_to_dict(comparison))))
    assert comparison_to_dict(rebuilt) == comparison_to_dict(comparison)
    assert to_html(rebuilt) == to_html(comparison)
    for s in rebuilt.ar.sentences:
        assert rebuilt.ar.text[s.start : s.end] == s.text


def test_report_filenames_are_safe_and_unique() -> None:
    taken: set[str] = set()
    names = [report_filename(i, taken) for i in ("a", "A", "x/../y", "خبر", "a b")]
    assert names[0] == "a.html" and len(set(names)) == 5
    assert all("/" not in n and n.endswith(".html") for n in names)


def test_export_csv_from_results(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "findings.csv"
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    good = [r for r in _records(results) if "error" not in r]
    assert len(rows) == sum(len(r["findings"]) for r in good)
    assert {r["id"] for r in rows} <= {r["id"] for r in good}
    assert f"{len(rows)} findings written" in result.stdout and "5 failed pairs left out" in result.stdout


def test_export_tmx_from_results(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "aligned.tmx"
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "tmx", "--out", str(out)])
    assert result.exit_code == 0, result.output
    root = _valid_tmx(out.read_text(encoding="utf-8"))
    assert root.find("header").get("o-tmf") == "workbench-jsonl"
    units = root.findall("body/tu")
    good = [r for r in _records(results) if "error" not in r]
    assert len(units) == sum(1 for r in good for link in r["links"] if link["ar"] and link["en"])
    assert sum(1 for tu in units if tu.findall("note")) > 0
    lean = tmp_path / "lean.tmx"
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "tmx", "--out", str(lean), "--exclude-major"])
    assert result.exit_code == 0, result.output
    kept = _valid_tmx(lean.read_text(encoding="utf-8")).findall("body/tu")
    assert 0 < len(kept) < len(units)
    assert not [n for tu in kept for n in tu.findall("note") if n.text.startswith("major ")]
    pair_ids = {p.text for tu in units for p in tu.findall("prop") if p.get("type") == "x-pair-id"}
    assert pair_ids == {r["id"] for r in good}
    assert len({tu.get("tuid") for tu in units}) == len(units)


def test_export_html_index_links_a_page_per_pair(results: Path, tmp_path: Path) -> None:
    folder = tmp_path / "report"
    result = CliRunner().invoke(cli, ["export", str(results), "--to", "html", "--out", str(folder)])
    assert result.exit_code == 0, result.output
    index = (folder / "index.html").read_text(encoding="utf-8")
    good = [r for r in _records(results) if "error" not in r]
    for r in good:
        page = folder / "pairs" / f"{r['id']}.html"
        assert f'href="pairs/{r["id"]}.html"' in index and page.exists()
        expected = to_html(comparison_from_dict(r), title=f"{r['id']}: Arabic–English comparison")
        assert page.read_text(encoding="utf-8") == expected
    for bad in BAD_IDS:
        assert f"<td>{bad}</td>" in index
    assert "6 pair reports, 5 failed pairs listed" in result.stdout


def test_export_of_a_file_that_is_not_results_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "r.jsonl"
    bad.write_text('{"id": "a", "error": "x"}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(bad), "--to", "csv", "--out", str(tmp_path / "f.csv")])
    assert result.exit_code == 2 and f"{bad}, line 2: not a JSON line" in result.stderr
    assert not (tmp_path / "f.csv").exists()


def test_export_quotes_results_as_csv(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "pairs", 3, bad=False)
    out = tmp_path / "quotes.jsonl"
    assert CliRunner().invoke(cli, ["quotes", str(corpus), "--out", str(out), "-q"]).exit_code == 0
    result = CliRunner().invoke(cli, ["export", str(out), "--to", "csv", "--out", str(tmp_path / "q.csv")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((tmp_path / "q.csv").open(encoding="utf-8-sig", newline="")))
    assert [r["id"] for r in rows] == [r["id"] for r in _records(out)] and rows
    assert rows[0]["ar_quote"] == "«الوضع الأمني في المدينة مستقر تماماً منذ أسابيع»"
    first = _records(out)[0]
    assert rows[0]["en_sentence_no"] == str(first["en_sentence"] + 1)
    assert rows[0]["ar_sentence_nos"] == ",".join(str(i + 1) for i in first["ar_sentences"])
    tmx = CliRunner().invoke(cli, ["export", str(out), "--to", "tmx", "--out", str(tmp_path / "q.tmx")])
    assert tmx.exit_code == 2 and "holds quotes" in tmx.stderr
