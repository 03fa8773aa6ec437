"""Hostile and unlucky inputs (issue 18): size caps, concurrent runs, broken caches, stray folders.

Each error case must come out as one line on stderr and exit status 2, with nothing already
done lost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.errors import InputError
from workbench.reading import read_input

ROOT = Path(__file__).resolve().parent.parent
AR = "قال وزير النفط إن الإنتاج ارتفع إلى ثلاثة ملايين برميل يومياً.\nوأضاف أن العمل مستمر في البصرة.\n"
EN = "The oil minister said production rose to three million barrels a day.\nHe added that work continues in Basra.\n"


def one_line_error(result, *parts: str) -> None:
    """The CLI failed with exit 2 and one line on stderr holding every part, and no traceback."""
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for part in parts:
        assert part in lines[0]
    assert "Traceback" not in result.output


def cli_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **extra}
    return env


# ---------------------------------------------------------------------------------------------
# Input size cap


def test_dev_zero_is_refused_at_the_limit_naming_it_and_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.5")
    with pytest.raises(InputError) as err:
        read_input("/dev/zero", lang="ar")
    assert str(err.value) == (
        "/dev/zero: larger than the input limit of 0.5 MB; set WORKBENCH_MAX_INPUT_MB to raise it "
        "(e.g. WORKBENCH_MAX_INPUT_MB=1)"
    )


def test_a_file_over_the_limit_is_refused_and_raising_the_limit_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "ar.txt"
    big.write_text(AR * 2000, encoding="utf-8")  # ~0.3 MB
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.1")
    with pytest.raises(InputError, match=r"ar.txt: larger than the input limit of 0.1 MB"):
        read_input(str(big), lang="ar")
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "1")
    assert read_input(str(big), lang="ar")[1] == AR * 2000


def test_exactly_the_limit_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "en.txt"
    path.write_bytes(b"Five words in a row." + b" " * (1000 - 20))
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", "0.001")
    assert read_input(str(path), lang="en")[1].startswith("Five words")
    path.write_bytes(path.read_bytes() + b" ")
    with pytest.raises(InputError, match="larger than the input limit of 0.001 MB"):
        read_input(str(path), lang="en")


@pytest.mark.parametrize("value", ["lots", "0", "-3", "nan", "inf"])
def test_a_bad_limit_setting_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("WORKBENCH_MAX_INPUT_MB", value)
    with pytest.raises(InputError, match=f"WORKBENCH_MAX_INPUT_MB='{value}'"):
        read_input("/dev/zero", lang="ar")


def test_endless_standard_input_is_cut_at_the_limit_with_one_line(tmp_path: Path) -> None:
    en = tmp_path / "en.txt"
    en.write_text(EN, encoding="utf-8")
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run(
            [sys.executable, "-m", "workbench.cli", "compare", "-", str(en)],
            stdin=zero, capture_output=True, text=True, timeout=120, env=cli_env(WORKBENCH_MAX_INPUT_MB="2"),
        )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "workbench: error: standard input: larger than the input limit of 2 MB; "
        "set WORKBENCH_MAX_INPUT_MB to raise it (e.g. WORKBENCH_MAX_INPUT_MB=4)"
    ]
