"""Tests for the word-list signature (workbench.lexicons.signature) and its place in a result's signature."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.lexicons import signature
from workbench.morphology import get_morphology
from workbench.pipeline import compare
from workbench.report import comparison_to_dict
from workbench.translate import get_translator


def test_packaged_lists_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_LEXICON_DIR", raising=False)
    sig = signature()
    assert list(sig) == ["lexicons"]
    assert sig["lexicons"].startswith("sha256:") and len(sig["lexicons"]) == len("sha256:") + 16


def test_a_user_lexicon_dir_is_named_and_hashed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WORKBENCH_LEXICON_DIR", raising=False)
    packaged = signature()["lexicons"]
    monkeypatch.setenv("WORKBENCH_LEXICON_DIR", str(tmp_path))
    assert signature() == {"lexicons": packaged, "lexicon_dir": str(tmp_path.resolve()), "user_lexicons": "none"}
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
