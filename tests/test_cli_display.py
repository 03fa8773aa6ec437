"""compare's display options (--only, --min-severity, colour, width), its help example, and the lexicon in `models`."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench import cli as cli_module
from workbench.cli import cli, terminal_width, use_color

ROOT = Path(__file__).resolve().parent.parent
AR = (
    "قال وزير النفط إن الإنتاج ارتفع إلى ثلاثة ملايين برميل يومياً.\n"
    "وافتتحت الوزارة يوم الاثنين مستشفى جديداً في البصرة.\n"
    "وارتفعت أسعار الخبز بنسبة عشرين في المئة خلال الشهر الماضي.\n"
)
EN = (
    "The oil minister said production rose to four million barrels a day.\n"
    "The ministry opened a new hospital in Basra.\n"
    "Bread prices rose by twenty percent last month.\n"
)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    (tmp_path / "ar.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    return str(tmp_path / "ar.txt"), str(tmp_path / "en.txt")


def _findings(pair: tuple[str, str], *extra: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["compare", *pair, "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["findings"]


def test_min_severity_major_keeps_only_major_findings(pair) -> None:
    every = _findings(pair)
    major = _findings(pair, "--min-severity", "major")
    assert {f["severity"] for f in every} == {"major", "minor"}
    assert major == [f for f in every if f["severity"] == "major"] and major


def test_only_findings_hides_rows_without_one(pair) -> None:
    full = CliRunner().invoke(cli, ["compare", *pair]).stdout
    only = CliRunner().invoke(cli, ["compare", *pair, "--only", "findings", "--min-severity", "major"]).stdout
    minor = CliRunner().invoke(cli, ["compare", *pair, "--only", "findings"]).stdout
    rows = re.compile(r"^\[ar [^\]]*\]", re.M)
    assert rows.findall(full) == ["[ar 1 ↔ en 1]", "[ar 2 ↔ en 2]", "[ar 3 ↔ en 3]"]
    # row 1: three million became four (major); row 2: Monday dropped (minor); row 3: nothing
    assert rows.findall(minor) == ["[ar 1 ↔ en 1]", "[ar 2 ↔ en 2]"]
    assert rows.findall(only) == ["[ar 1 ↔ en 1]"]
    assert "MINOR" not in only and "MINOR" in full


def test_text_is_plain_when_piped_and_coloured_on_request(pair) -> None:
    plain = CliRunner().invoke(cli, ["compare", *pair]).stdout
    coloured = CliRunner().invoke(cli, ["compare", *pair, "--color"]).stdout
    assert "\x1b" not in plain and "\x1b[1;31m  !! MAJOR number/changed" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_width_option_wraps_the_report(pair) -> None:
    text = CliRunner().invoke(cli, ["compare", *pair, "--width", "60"]).stdout
    assert text.splitlines()[2] == "=" * 60
    assert max(len(line) for line in text.splitlines()[2:]) <= 60


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_and_width_follow_the_terminal_and_no_color(monkeypatch) -> None:
    monkeypatch.setattr(cli_module.sys, "stdout", _Tty())
    monkeypatch.setattr(cli_module.shutil, "get_terminal_size", lambda fallback: os.terminal_size((132, 40)))
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(None, True) is True and terminal_width(True) == 132
    assert use_color(None, False) is False and terminal_width(False) == 100  # writing to a file
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(None, True) is False and use_color(True, True) is True
    monkeypatch.setenv("NO_COLOR", "")  # an empty NO_COLOR does not count (no-color.org)
    assert use_color(None, True) is True
    monkeypatch.setattr(cli_module.sys, "stdout", io.StringIO())
    assert use_color(None, True) is False and terminal_width(True) == 100


def test_the_help_example_names_pairs_that_exist() -> None:
    help_text = CliRunner().invoke(cli, ["compare", "--help"]).stdout
    paths = re.findall(r"corpora/\S+", help_text)
    assert paths and all((ROOT / p).is_file() for p in paths)


def test_models_list_and_info_include_the_lexicon() -> None:
    listing = CliRunner().invoke(cli, ["models", "list"])
    assert listing.exit_code == 0 and listing.stdout.startswith("lexicon ")
    as_json = json.loads(CliRunner().invoke(cli, ["models", "list", "--json"]).stdout)
    assert as_json["builtin"] == [{"name": "lexicon", "kind": "built-in", "translator": "lexicon"}]
    info = CliRunner().invoke(cli, ["models", "info", "lexicon"])
    assert info.exit_code == 0, info.output
    details = json.loads(info.stdout)
    assert details["name"] == "lexicon" and details["data_files"][0] == "dictPrefixes"
    assert Path(details["data"], "dictStems").is_file()


def test_a_file_name_with_terminal_escapes_is_printed_inert(tmp_path: Path) -> None:
    name = tmp_path / "ar\x1b[2J\x1b]0;x\x07.txt"
    name.write_text("Only English here.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(name), str(name)])
    assert result.exit_code == 2
    assert (
        result.stderr == f"workbench: error: {tmp_path}/ar?[2J?]0;x?.txt: contains no Arabic letters; "
        "pass the Arabic original as AR_FILE\n"
    )
