"""Output files: regular files replaced atomically with the umask's mode; FIFOs, symlinks and devices kept."""

import os
import stat
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.errors import WorkbenchError
from workbench.outfile import open_output, write_text

AR = "قال وزير الكهرباء إن الإنتاج بلغ ٢٤ ألف ميغاواط.\n"
EN = "The electricity minister said that output reached 24,000 megawatts.\n"


def pair(tmp_path):
    (tmp_path / "ar.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    return str(tmp_path / "ar.txt"), str(tmp_path / "en.txt")


def test_new_file_gets_the_umask_mode(tmp_path):
    old = os.umask(0o022)
    try:
        write_text(tmp_path / "r.txt", "hello")
    finally:
        os.umask(old)
    assert (tmp_path / "r.txt").read_text() == "hello"
    assert stat.S_IMODE((tmp_path / "r.txt").stat().st_mode) == 0o644


def test_replaced_file_keeps_its_mode_and_no_temp_is_left(tmp_path):
    target = tmp_path / "r.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_text(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "r.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), open_output(target) as fh:
        fh.write("half")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_symlink_is_written_through_and_stays_a_symlink(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    ar, en = pair(tmp_path)
    result = CliRunner().invoke(cli, ["compare", ar, en, "--format", "json", "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert '"links"' in real.read_text(encoding="utf-8")


def test_fifo_keeps_its_type(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    ar, en = pair(tmp_path)
    result = CliRunner().invoke(cli, ["compare", ar, en, "--format", "json", "-o", str(fifo)])
    reader.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert '"findings"' in received[0]


def test_dev_null_stays_a_device(tmp_path):
    ar, en = pair(tmp_path)
    before = os.stat("/dev/null")
    result = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "compare", ar, en, "-o", "/dev/null"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_missing_folder_and_directory_are_one_line_errors(tmp_path):
    with pytest.raises(WorkbenchError, match="does not exist"):
        write_text(tmp_path / "nope" / "r.txt", "x")
    ar, en = pair(tmp_path)
    result = CliRunner().invoke(cli, ["compare", ar, en, "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a directory" in result.output


def test_unwritable_folder_is_a_one_line_error():
    # /proc refuses new files even to root: the stand-in for a read-only file system
    with pytest.raises(WorkbenchError, match="cannot write there"):
        write_text("/proc/workbench-report.txt", "x")
