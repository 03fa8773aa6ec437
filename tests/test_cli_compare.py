"""`workbench compare` end to end through the CLI, and SPEC §1 validity on every corpus pair."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench import findings
from workbench.cli import cli

CORPORA = sorted(p for p in (Path(__file__).parent.parent / "corpora").iterdir() if (p / "gold.json").is_file())
KINDS = {kind.type: kind for kind in findings.KINDS}  # checked against SPEC in test_findings_registry

AR = "قال وزير الكهرباء إن الإنتاج بلغ ٢٤ ألف ميغاواط.\nوأضاف أن العمل مستمر في البصرة.\n"
EN = "The electricity minister revealed that output reached 25,000 megawatts.\nHe added that work continues in Basra.\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def check_spec(doc, ar_text, en_text):
    """The structural promises of SPEC §1."""
    assert doc["workbench_version"] and doc["translator"]
    ar, en = doc["ar"]["sentences"], doc["en"]["sentences"]
    for sents, text in ((ar, ar_text), (en, en_text)):
        assert [s["id"] for s in sents] == list(range(len(sents)))
        for s in sents:
            assert text[s["start"] : s["end"]] == s["text"]
    assert len(doc["translations"]) == len(ar)
    seen_ar = [i for link in doc["links"] for i in link["ar"]]
    seen_en = [j for link in doc["links"] for j in link["en"]]
    assert sorted(seen_ar) == list(range(len(ar)))
    assert sorted(seen_en) == list(range(len(en)))
    for link in doc["links"]:
        assert link["ar"] or link["en"]
        assert 0.0 <= link["score"] <= 1.0
    for f in doc["findings"]:
        assert f["type"] in KINDS and KINDS[f["type"]].allows(f["subtype"]), (f["type"], f["subtype"])
        assert f["severity"] in ("major", "minor")
        assert 0.0 <= f["score"] <= 1.0
        assert f["explanation"]
        if f["ar_sentence"] is None:
            assert f["ar_span"] == ""
        else:
            assert f["ar_span"] in ar[f["ar_sentence"]]["text"]
        if f["en_sentence"] is None:
            assert f["en_span"] == ""
        else:
            assert f["en_span"] in en[f["en_sentence"]]["text"]
    summary = doc["summary"]
    assert summary["ar_sentences"] == len(ar) and summary["en_sentences"] == len(en)
    assert sum(summary["findings_by_type"].values()) == len(doc["findings"])


def test_corpora_are_present():
    assert len(CORPORA) >= 6


@pytest.mark.parametrize("pair", CORPORA, ids=[p.name for p in CORPORA])
def test_compare_json_is_spec_valid_on_every_corpus_pair(pair):
    result = run("compare", str(pair / "ar.txt"), str(pair / "en.txt"), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    check_spec(doc, (pair / "ar.txt").read_text("utf-8"), (pair / "en.txt").read_text("utf-8"))


def test_compare_finds_the_changed_verb_and_number(tmp_path):
    result = run("compare", write(tmp_path, "ar.txt", AR), write(tmp_path, "en.txt", EN), "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    check_spec(doc, AR, EN)
    assert [(link["ar"], link["en"]) for link in doc["links"]] == [([0], [0]), ([1], [1])]
    found = {(f["type"], f["subtype"], f["ar_span"], f["en_span"]) for f in doc["findings"]}
    assert ("reporting_verb", "strengthened", "قال", "revealed") in found
    assert ("number", "changed", "٢٤ ألف", "25,000") in found


def test_text_report_shows_both_sides_and_findings(tmp_path):
    result = run("compare", write(tmp_path, "ar.txt", AR), write(tmp_path, "en.txt", EN))
    assert result.exit_code == 0
    assert "AR    قال وزير الكهرباء" in result.output
    assert "EN    The electricity minister revealed" in result.output
    assert "reporting_verb/strengthened" in result.output


def test_html_report_is_self_contained_rtl_and_escaped(tmp_path):
    ar = write(tmp_path, "ar.txt", AR + "وقال <script>alert(1)</script> المسؤول.\n")
    en = write(tmp_path, "en.txt", EN + "The official said <img src=x onerror=alert(1)>.\n")
    out = tmp_path / "report.html"
    result = run("compare", ar, en, "--format", "html", "--out", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert 'dir="rtl"' in page and "<mark" in page
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_presegmented_takes_lines_as_sentences(tmp_path):
    ar = write(tmp_path, "ar.txt", "قال الوزير. وأضاف أن العمل مستمر.\nالسطر الثاني\n")
    en = write(tmp_path, "en.txt", "The minister said. He added work goes on.\nSecond line\n")
    doc = json.loads(run("compare", ar, en, "--format", "json", "--presegmented").output)
    assert [s["text"] for s in doc["ar"]["sentences"]] == ["قال الوزير. وأضاف أن العمل مستمر.", "السطر الثاني"]
    assert len(doc["en"]["sentences"]) == 2


def test_encodings_and_stdin(tmp_path):
    # Windows-1256 has no Arabic-Indic digits: real files in it use ASCII digits
    ar = write(tmp_path, "ar.txt", AR.replace("٢٤", "24"), encoding="cp1256")
    result = run("compare", ar, "-", "--format", "json", input=EN.encode("utf-16"))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["ar"]["sentences"][0]["text"].startswith("قال وزير")
    assert doc["en"]["sentences"][0]["text"].startswith("The electricity minister")


def test_anchor_is_kept(tmp_path):
    ar, en = write(tmp_path, "ar.txt", AR), write(tmp_path, "en.txt", EN)
    doc = json.loads(run("compare", ar, en, "--format", "json", "--anchor", "0:1").output)
    assert {"ar": [0], "en": [1], "score": 1.0} in doc["links"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: write(p, "e.txt", ""), "file is empty"),
        (lambda p: write(p, "b.bin", "\x00\x01\x02binary"), "binary"),
        (lambda p: write(p, "en_as_ar.txt", "No Arabic at all."), "no Arabic letters"),
        (lambda p: str(p / "missing.txt"), "no such file"),
        (lambda p: str(p), "is a directory"),
    ],
)
def test_bad_arabic_input_is_one_line_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    result = run("compare", path, write(tmp_path, "en.txt", EN))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert path in result.stderr and message in result.stderr


def test_bad_anchor_and_unknown_translator_are_usage_errors(tmp_path):
    ar, en = write(tmp_path, "ar.txt", AR), write(tmp_path, "en.txt", EN)
    assert run("compare", ar, en, "--anchor", "nonsense").exit_code == 2
    assert run("compare", ar, en, "--anchor", "9:0").exit_code == 2
    result = run("compare", ar, en, "--translator", "bogus")
    assert result.exit_code == 2 and "unknown translator 'bogus'" in result.stderr
