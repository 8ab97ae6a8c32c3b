"""Ctrl-C: a real SIGINT to a real `infoview` process stops it within a second, exit 130, nothing written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from werkzeug import Response

LENA = str(Path(__file__).resolve().parents[3] / "examples" / "lena-okafor-linkedin.txt")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture
def stalled(fake):
    """Every request hangs until the test ends, like a model that takes minutes to answer."""
    release = threading.Event()

    def hang(_body):
        release.wait(60)
        return Response("released", status=503)

    fake.script = [hang] * 10
    yield fake
    release.set()


def _interrupt_when(process: subprocess.Popen, ready, within: float = 60.0) -> float:
    deadline = time.monotonic() + within
    while not ready():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the command never reached the server"
        time.sleep(0.05)
    time.sleep(0.2)
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    process.wait(timeout=30)
    return time.monotonic() - sent


@pytest.mark.parametrize("command", ["prep", "brief"])
def test_ctrl_c_during_llm_calls_stops_within_a_second_and_writes_nothing(stalled, tmp_path, command):
    out = tmp_path / "prep.md"
    out.write_text("last week's prep, kept\n", encoding="utf-8")
    args = [sys.executable, "-m", "infoview_ai", command, "--engine", "llm", "--bio", LENA, "-o", str(out)]
    process = subprocess.Popen(
        args, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL
    )
    # The fake server answers one request at a time: once it holds the first, prep's others wait too.
    seconds = _interrupt_when(process, lambda: stalled.requests)
    stdout, stderr = process.communicate()
    assert process.returncode == 130, stderr.decode()[-800:]
    assert seconds < 1.5, seconds
    assert b"Traceback" not in stderr and b"Interrupted" in stderr
    assert out.read_text(encoding="utf-8") == "last week's prep, kept\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("prep.md")] == ["prep.md"]
