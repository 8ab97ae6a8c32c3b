"""Reads stop at the caps: a huge file, a device, a pipe and stdin are refused with the cap in one line."""

from __future__ import annotations

import os
import socket
import sys
import threading
from pathlib import Path

import pytest
from hostile_cli import assert_read, assert_refused, brief, invoke

from infoview_ai.bio.limits import MAX_PDF_BYTES, MAX_TEXT_BYTES

SMALL_BIO = "Jane Doe\nJane Doe is a data engineer at Acme Robotics, where she has worked since 2019.\n"


def test_a_text_bio_over_the_cap_is_refused_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as out:  # sparse: 200 MB on paper, nothing on disk
        out.truncate(200 * 1_000_000)
    assert_refused(brief(str(big)), "2 MB", "larger than")


def test_a_text_bio_just_over_the_cap_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(SMALL_BIO + "x" * MAX_TEXT_BYTES)
    assert_refused(brief(str(big)), "2 MB")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_stops_at_the_cap():
    assert_refused(brief("/dev/zero"), f"{MAX_PDF_BYTES // 1_000_000} MB")


def test_stdin_stops_at_the_cap():
    assert_refused(brief("-", input=b"a" * (MAX_TEXT_BYTES + 1)), "2 MB", "standard input")


def test_notes_and_drafts_are_capped_too(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Jane, " * (MAX_TEXT_BYTES // 9 + 1))
    assert_refused(invoke("polish", "--engine", "offline", "--draft", str(draft)), "2 MB", "draft")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_read_up_to_the_cap(tmp_path):
    fifo = tmp_path / "bio.fifo"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("w") as out:
            out.write(SMALL_BIO)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    run = brief(str(fifo))
    writer.join(5)
    assert_read(run)
    assert "Jane" in run.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="no Unix sockets")
def test_a_socket_is_not_a_bio(tmp_path):
    path = tmp_path / "bio.sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert_refused(brief(str(path)), "not a file")
    finally:
        server.close()
