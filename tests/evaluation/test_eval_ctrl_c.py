"""A real Ctrl-C: `infoview eval` in its own process, a slow loopback server, SIGINT after the first replies.

What a user who presses Ctrl-C notices: the command stops at once (exit 130), prints the report of what
finished, leaves a whole `-o` file (never a half one) and keeps the recordings, so `--replay` re-scores
what was paid for.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from eval_models import SECRET, ScriptedModels, case_people, report_of, run_eval
from fake_openai import PATH

REPLY_SECONDS = 0.5


def _replies(tape) -> int:
    return len([p for p in tape.glob("*.json") if p.name != "run.json"]) if tape.is_dir() else 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_sigint_stops_at_once_with_the_partial_report_and_the_recordings(httpserver, tmp_path, monkeypatch):
    server = ScriptedModels(case_people(), delay=REPLY_SECONDS)
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    tape, out = tmp_path / "tape", tmp_path / "report.json"
    env = {
        **os.environ,
        "OPENAI_BASE_URL": httpserver.url_for("/v1"),
        "OPENAI_API_KEY": SECRET,
        "INFOVIEW_MAX_RETRIES": "0",
        "INFOVIEW_HOME": str(tmp_path / "home"),
        "COLUMNS": "80",
    }
    cmd = [sys.executable, "-m", "infoview_ai", "eval", "--model", "good"]
    cmd += ["--record", str(tape), "-o", str(out)]
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while _replies(tape) < 2 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.02)
        assert _replies(tape) >= 2, "the first replies never came"
        assert not out.exists()  # nothing is written before the run ends
        sent = time.monotonic()
        child.send_signal(signal.SIGINT)
        stdout, stderr = child.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 130, stderr
    assert took < 1.0, f"{took:.2f}s from SIGINT to exit"
    print(f"SIGINT to exit: {took:.2f}s, {len(json.loads(out.read_text())['outputs'])} outputs kept")
    assert "Traceback" not in stderr and SECRET not in stdout + stderr
    report = json.loads(out.read_text(encoding="utf-8"))  # a whole file: it parses
    done = report["outputs"]
    assert report["interrupted"] is True and 2 <= len(done) < 8
    assert f"Interrupted: the report covers {len(done)} of 8 outputs" in stderr
    assert "good" in stderr and "(interrupted: partial)" in stderr  # the table, on stderr beside -o
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # Every completed call was kept: replaying re-scores those the same way, with no request sent.
    assert _replies(tape) >= len(done)
    server.requests.clear()
    monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    again = report_of(run_eval("--replay", str(tape), "--format", "json"))
    assert server.requests == []
    rescored = {o["case"]: o for o in again["outputs"]}
    for o in done:
        assert rescored[o["case"]]["ok"] and rescored[o["case"]]["score"] == o["score"], o["case"]
    missing = [o for o in again["outputs"] if o["case"] not in {d["case"] for d in done}]
    assert missing and all("not in the recording" in o["error"] for o in missing)
