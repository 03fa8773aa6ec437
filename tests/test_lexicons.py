"""Tests for the word lists (workbench.lexicons): their headers, the lists a file holds, the signature and
its place in a result's signature."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest

from workbench.lexicons import alternation, load, signature, word_set
from workbench.morphology import get_morphology
from workbench.pipeline import compare
from workbench.report import comparison_to_dict
from workbench.translate import get_translator


def test_packaged_lists_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_LEXICON_DIR", raising=False)
    sig = signature()
    assert list(sig) == ["lexicons", "valence"]
    assert sig["lexicons"].startswith("sha256:") and len(sig["lexicons"]) == len("sha256:") + 16
    assert sig["valence"] == f"vaderSentiment {metadata.version('vaderSentiment')}"


def test_a_user_lexicon_dir_is_named_and_hashed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WORKBENCH_LEXICON_DIR", raising=False)
    packaged = signature()
    monkeypatch.setenv("WORKBENCH_LEXICON_DIR", str(tmp_path))
    assert signature() == {**packaged, "lexicon_dir": str(tmp_path.resolve()), "user_lexicons": "none"}
    (tmp_path / "hedges_en.tsv").write_text("# test\nperhaps\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a list the workbench reads", encoding="utf-8")
    one = signature()
    assert one["user_lexicons"].startswith("sha256:")
    other = tmp_path / "other"
    other.mkdir()
    (other / "hedges_en.tsv").write_text("# test\nmaybe\n", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_LEXICON_DIR", str(other))
    assert signature()["user_lexicons"] not in (one["user_lexicons"], "none")


def test_a_comparison_records_which_lexicons_made_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_LEXICON_DIR", raising=False)
    result = comparison_to_dict(
        compare("قال الوزير إن الحكومة وافقت.", "The minister said the government agreed.", get_translator("lexicon"))
    )
    assert result["signature"]["lexicons"] == signature()["lexicons"]
    assert result["signature"]["buckwalter"] == get_morphology().signature
    assert result["signature"]["buckwalter"].startswith("buckwalter v4 sha256:")
    assert "lexicon_dir" not in result["signature"]


def test_the_valence_list_is_read_from_the_installed_package() -> None:
    from workbench.lexicons import valence

    rated = valence()
    assert rated["cowardly"] == -1.6 and rated["glorious"] == 3.2
    # plain lower-case words only: the list's emoticons and abbreviations are left out
    assert ":)" not in rated and all(w.isalpha() and w.islower() for w in rated)
    assert "office" not in rated  # a neutral word has no rating


LEXICON_DIR = Path(__file__).resolve().parent.parent / "workbench" / "lexicons"
PACKAGE = Path(__file__).resolve().parent.parent / "workbench"


def _header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines[: next(i for i, line in enumerate(lines) if not line.startswith("#"))])


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.tsv")), ids=lambda p: p.name)
def test_every_list_says_what_it_holds_and_where_its_words_come_from(path: Path) -> None:
    header = _header(path).lower()
    assert "columns:" in header or "format:" in header, path.name
    assert "source" in header or "compiled" in header, path.name


def _lists_files() -> list[Path]:
    """The files with a 'lists' column: each row names the lists (of one or more detectors) its word is on."""
    return [p for p in sorted(LEXICON_DIR.glob("*.tsv")) if re.search(r"^#\s+lists:", _header(p), re.M)]


@pytest.mark.parametrize("path", _lists_files(), ids=lambda p: p.name)
def test_every_list_a_row_names_is_described_in_its_header(path: Path) -> None:
    header = _header(path)
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    names = {name for row in rows if len(row) > 1 for name in row[-1].split()}
    assert names, path.name
    assert sorted(n for n in names if not re.search(rf"\b{re.escape(n)}\b", header)) == [], path.name


def test_lists_files_are_found() -> None:
    names = {p.name for p in _lists_files()}
    assert {"function_words_ar.tsv", "function_words_en.tsv", "credit_cues_ar.tsv", "numbers_en.tsv"} <= names


def test_word_set_takes_the_rows_on_one_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_LEXICON_DIR", raising=False)
    speech = word_set("credit_cues_ar.tsv", "speech")
    assert "قال" in speech and "بحسب" not in speech
    source = word_set("credit_cues_ar.tsv", "source")
    assert "بحسب" in source and "قال" not in source
    assert word_set("credit_cues_ar.tsv", "no_such_list") == frozenset()
    assert "د" in word_set("abbreviations_ar.tsv")  # a file without a lists column: every first cell


def test_a_user_file_extends_a_list(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "honorifics_ar.tsv").write_text("# test\nالشيخ\tsheikh\n", encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_LEXICON_DIR", str(tmp_path))
    load.cache_clear()
    word_set.cache_clear()
    try:
        assert {"الشيخ", "السيد"} <= word_set("honorifics_ar.tsv")
    finally:
        monkeypatch.delenv("WORKBENCH_LEXICON_DIR")
        load.cache_clear()
        word_set.cache_clear()
    assert "الشيخ" not in word_set("honorifics_ar.tsv")


def test_alternation_escapes_and_puts_longer_words_first() -> None:
    words = ["say", "says", "in a statement", "'ll"]
    pattern = re.compile(rf"\b(?:{alternation(words)})\b")
    assert alternation(["say", "says"]) == "says|say"
    assert [m.group(0) for m in pattern.finditer("he says, in a statement, he'll say")] == [
        "says", "in a statement", "'ll", "say",
    ]  # fmt: skip
    assert pattern.search("essay") is None


def test_every_list_the_code_names_has_words() -> None:
    """A word_set("file", "list") call in the package names a file and a list that exist (a misspelt list name
    would silently read as empty)."""
    calls = set()
    for source in PACKAGE.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        calls |= set(re.findall(r"""word_set\(\s*["']([\w.]+)["']\s*(?:,\s*["'](\w+)["'])?\s*\)""", text))
    assert len(calls) > 40
    empty = sorted(f"{name}:{use}" for name, use in calls if not word_set(name, use or None))
    assert empty == []
