"""`-o` and export paths: only a regular file or a new name is written, and a failed write changes nothing."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from infoview_ai.cli.main import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LENA = str(EXAMPLES / "lena-okafor-linkedin.txt")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def no_temp_files(monkeypatch):
    """A refused path must be refused before anything is written: any write attempt fails the test
    (and so never replaces a device, even when the tests run as root)."""

    def refuse(*args, **kwargs):
        raise AssertionError("an output file was about to be written")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def _symlink(tmp_path: Path) -> Path:
    real = tmp_path / "real.md"
    real.write_text("mine\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    return link


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "folder"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (_fifo, "is a FIFO"),
        (_symlink, "is a symbolic link"),
        (_folder, "is a folder"),
        (lambda tmp_path: Path("/dev/null"), "is a device"),
    ],
    ids=["fifo", "symlink", "folder", "device"],
)
def test_an_output_path_that_is_not_a_regular_file_is_refused_before_any_work(
    tmp_path, no_temp_files, make, said
):
    target = make(tmp_path)
    kind_before = os.lstat(target).st_mode
    result = run("prep", "--engine", "offline", "--bio", LENA, "-o", str(target))
    assert result.exit_code == 2, result.output
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""
    assert os.lstat(target).st_mode == kind_before
    if target.is_symlink():
        assert target.resolve().read_text(encoding="utf-8") == "mine\n"


def test_export_refuses_a_bad_path_before_writing_either_file(tmp_path, no_temp_files):
    result = run("contacts", "export", "--csv", str(tmp_path / "ok.csv"), "--ics", str(_fifo(tmp_path)))
    assert result.exit_code == 2 and "is a FIFO" in result.stderr
    assert not (tmp_path / "ok.csv").exists()


def _earlier_file(tmp_path: Path) -> Path:
    target = tmp_path / "pack.md"
    target.write_text("my earlier pack\n", encoding="utf-8")
    return target


def _assert_nothing_changed(tmp_path: Path, target: Path) -> None:
    assert target.read_text(encoding="utf-8") == "my earlier pack\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_full_disk_is_a_clear_error_that_leaves_the_earlier_file_and_no_temp_file(tmp_path, monkeypatch):
    target = _earlier_file(tmp_path)

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run("prep", "--engine", "offline", "--bio", LENA, "-o", str(target))
    assert result.exit_code == 1, result.output
    assert f"Could not write {target}: No space left on device" in result.stderr
    assert "bug" not in result.stderr
    _assert_nothing_changed(tmp_path, target)


def test_a_folder_made_read_only_during_the_run_is_a_clear_error(tmp_path, monkeypatch):
    target = _earlier_file(tmp_path)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = run("questions", "--engine", "offline", "--bio", LENA, "-o", str(target))
    assert result.exit_code == 1 and "Read-only file system" in result.stderr
    _assert_nothing_changed(tmp_path, target)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_a_read_only_folder_is_refused_before_any_work(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("prep", "--engine", "offline", "--bio", LENA, "-o", str(folder / "pack.md"))
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2 and "is not writable" in result.stderr and result.stdout == ""


def test_a_new_output_file_is_private(tmp_path):
    target = tmp_path / "new.md"
    assert run("prep", "--engine", "offline", "--bio", LENA, "-o", str(target)).exit_code == 0
    assert target.stat().st_mode & 0o777 == 0o600
    export = tmp_path / "contacts.csv"
    assert run("contacts", "export", "--csv", str(export)).exit_code == 0
    assert export.stat().st_mode & 0o777 == 0o600
