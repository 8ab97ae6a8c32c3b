"""`infoview batch --engine llm` killed with SIGKILL at any point, then re-run: nothing lost, nothing doubled.

The fake server answers every call with another text (a counter in the message), as a real model would,
so a person drafted twice would show up as a second draft with their contact.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading

import pytest
from batch_helpers import ME, index_rows, many_people, people_csv, run
from fake_openai import PATH, REPLIES, FakeOpenAI, completion
from pytest_httpserver import HTTPServer
from werkzeug import Response

from infoview_ai.tracker.contacts import get_contact, list_contacts

KEY = "sk-test-kill-7373"


FIRST = (
    "I read your profile",
    "I saw your post",
    "A friend mentioned you",
    "I found your talk",
    "I noticed you",
)
SECOND = (
    "and your path",
    "and your move",
    "and your career",
    "and your work",
    "and your story",
    "and your role",
)


def wording(number: int) -> str:
    """Another sentence for each of the first 30 calls (a number would be flagged as an invented fact)."""
    first, second = FIRST[number % 5], SECOND[(number // 5) % 6]
    return f"{first} {second} is the one I hope to take."


class Counting:
    """A new outreach text on every call (``Could I ask you ... N``), and a count of calls served."""

    def __init__(self):
        self.server = FakeOpenAI()
        self.served = 0
        self.lock = threading.Lock()
        self.served_event = threading.Condition(self.lock)
        self.kill_at: int | None = None  # kill the client when this call arrives
        self.process: subprocess.Popen | None = None

    def __call__(self, request):
        with self.lock:
            self.served += 1
            number = self.served
            if self.kill_at == number and self.process is not None:
                os.kill(self.process.pid, signal.SIGKILL)  # N calls answered, the next one never is
                self.process.wait()
                self.kill_at = None
        reply = dict(REPLIES["MessageOut"])
        reply["body"] = f"Hi there, {wording(number)} Could I ask you a few questions? Alex"
        response = Response(json.dumps(completion(json.dumps(reply))), content_type="application/json")
        with self.lock:
            self.served_event.notify_all()
        return response


@pytest.fixture
def counting(monkeypatch):
    fake = Counting()
    with HTTPServer(threaded=True) as httpserver:
        httpserver.expect_request(PATH, method="POST").respond_with_handler(fake)
        monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        yield fake


def contacts(tmp_path, count: int) -> None:
    people = people_csv(tmp_path / "people.csv", many_people(count))
    assert run("import", str(people)).exit_code == 0


def batch_args(out, engine: str = "llm") -> list[str]:
    args = ["batch", "outreach", "--contacts", "all", "--me", ME, "-o", str(out), "--engine", engine]
    return [*args, "--no-cache", "--concurrency", "2"] if engine == "llm" else [*args, "--workers", "1"]


def assert_each_once(out, count: int) -> None:
    """Every person has their file, the index lists each once, each contact has exactly one draft, and
    the file is the text of that draft."""
    rows = index_rows(out)
    assert len(rows) == count and len({r["custom_id"] for r in rows}) == count
    assert {r["status"] for r in rows} == {"done"}
    files = sorted(p.name for p in out.glob("*.md") if p.name != "index.md")
    assert files == sorted(r["file"] for r in rows)
    by_contact = {int(r["custom_id"].split("-")[0][1:]): r["file"] for r in rows}
    for contact in list_contacts():
        drafts = get_contact(contact.id).drafts
        assert len(drafts) == 1, (contact.name, [d.body["body"] for d in drafts])
        assert drafts[0].body["body"].split(",", 1)[1] in (out / by_contact[contact.id]).read_text()


@pytest.mark.parametrize("engine", ["llm", "offline"])
def test_killed_after_the_draft_before_the_manifest_line_rerun_calls_nothing_and_doubles_nothing(
    counting, tmp_path, engine
):
    """The exact hole: the draft is saved with the contact, the manifest line is not (lines are fsynced
    last, so dropping the last lines is the state kill -9 leaves between the two)."""
    contacts(tmp_path, 5)
    out = tmp_path / "out"
    first = run(*batch_args(out, engine))
    assert first.exit_code == 0, first.output
    served = counting.served
    manifest = out / ".batch-manifest.jsonl"
    lines = manifest.read_text().splitlines(keepends=True)
    manifest.write_text("".join(lines[:2]) + lines[2][:17])  # two kept, one torn, two never written
    (out / json.loads(lines[4])["file"]).unlink()  # and one of them lost its file too
    again = run(*batch_args(out, engine))
    assert again.exit_code == 0, again.output
    assert counting.served == served, "the model was asked again for a person already saved"
    assert "skipped 5" in again.stderr
    assert_each_once(out, 5)
    assert len(manifest_lines_ok(out)) >= 5


def manifest_lines_ok(out) -> list[dict]:
    good = []
    for line in (out / ".batch-manifest.jsonl").read_text().splitlines():
        try:
            good.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return good


def test_another_folder_is_another_batch_and_drafts_again(counting, tmp_path):
    contacts(tmp_path, 2)
    out = tmp_path / "out"
    assert run(*batch_args(out)).exit_code == 0
    served = counting.served
    (out / ".batch-manifest.jsonl").write_text("")  # forget the run: only the tie to the batch is left
    other = tmp_path / "other"
    assert run(*batch_args(other)).exit_code == 0  # another folder is another batch: drafted again
    assert counting.served > served
    assert all(len(get_contact(c.id).drafts) == 2 for c in list_contacts())


@pytest.mark.parametrize("kill_at", [2, 7, 12, 17])
def test_sigkill_while_running_then_rerun_loses_nothing_and_doubles_nothing(
    counting, tmp_path, isolated_env, kill_at
):
    """A real `infoview batch outreach --engine llm` process, killed with SIGKILL when the fake server
    has answered ``kill_at - 1`` calls and the next one arrives; then the same command again."""
    count = 10
    contacts(tmp_path, count)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "infoview_ai", *batch_args(out)]
    env = {**os.environ, "INFOVIEW_HOME": str(isolated_env)}
    counting.kill_at = kill_at
    counting.process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    counting.process.wait(timeout=120)
    assert counting.process.returncode == -signal.SIGKILL, "the batch must be killed midway"
    kept = len(manifest_lines_ok(out)) if (out / ".batch-manifest.jsonl").exists() else 0
    assert kept < count
    before = counting.served
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert_each_once(out, count)
    assert f"skipped {kept}" in rerun.stderr or f"skipped {kept + 1}" in rerun.stderr, rerun.stderr
    assert KEY not in rerun.stderr + rerun.stdout
    # only the people not yet saved were asked again: at most two calls each (a draft and its repair)
    assert counting.served - before <= 2 * (count - kept)
