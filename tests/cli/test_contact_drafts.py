"""Generating commands with --contact: inputs from the tracker, drafts saved with the person."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner
from fake_openai import PATH, FakeOpenAI

from infoview_ai.cli.main import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LENA = str(EXAMPLES / "lena-okafor-linkedin.txt")
ME = str(EXAMPLES / "me.md")
CALL_NOTES = (EXAMPLES / "call-notes.md").read_text(encoding="utf-8")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def add_lena() -> int:
    result = run("contacts", "add", "--bio", LENA, "--industry", "food supply chain", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["id"]


def test_outreach_from_a_contact_is_saved_with_them():
    contact = add_lena()
    result = run("outreach", "--contact", str(contact), "--me", ME, "--engine", "offline")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Hi Lena")
    assert f"Saved with contact #{contact}" in result.stderr
    shown = json.loads(run("contacts", "show", str(contact), "--format", "json").stdout)
    assert [(d["kind"], d["channel"]) for d in shown["drafts"]] == [("outreach", "linkedin-note")]


def test_thank_you_uses_the_notes_logged_at_met():
    contact = add_lena()
    assert run("contacts", "log", str(contact), "met", "--note", CALL_NOTES).exit_code == 0
    result = run("thank-you", "--contact", str(contact), "--me", ME, "--engine", "offline")
    assert result.exit_code == 0, result.output
    assert "planners' spreadsheets" in result.stdout


def test_thank_you_without_notes_anywhere_says_what_to_pass():
    contact = add_lena()
    result = run("thank-you", "--contact", str(contact), "--engine", "offline")
    assert result.exit_code == 2 and "--notes" in result.output


def test_bio_and_contact_together_or_neither_are_clear_errors():
    contact = add_lena()
    both = run("outreach", "--contact", str(contact), "--bio", LENA)
    assert both.exit_code == 2 and "either --bio or --contact" in both.output
    neither = run("brief")
    assert neither.exit_code == 2 and "Missing --bio" in neither.output
    unknown = run("questions", "--contact", "999")
    assert unknown.exit_code == 2 and "No contact 999" in unknown.output


def test_command_line_company_overrides_the_stored_one():
    contact = add_lena()
    data = json.loads(
        run(
            "brief",
            "--contact",
            str(contact),
            "--company",
            "Globex",
            "--engine",
            "offline",
            "--format",
            "json",
        ).stdout
    )
    assert any("Globex" in claim["text"] for claim in data["company"])


def test_deleting_a_contact_removes_their_llm_history_and_cache(httpserver, monkeypatch, isolated_env):
    server = FakeOpenAI()
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
    (isolated_env / "me.md").write_text(Path(ME).read_text(encoding="utf-8"), encoding="utf-8")
    contact = add_lena()
    assert run("outreach", "--contact", str(contact)).exit_code == 0
    assert len(json.loads(run("history", "list", "--format", "json").stdout)) == 1
    assert run("contacts", "delete", str(contact), "--yes").exit_code == 0
    assert json.loads(run("history", "list", "--format", "json").stdout) == []
    with sqlite3.connect(isolated_env / "infoview.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM cache").fetchone()[0] == 0


def test_a_nudge_follows_the_request_that_was_sent():
    contact = add_lena()
    sent = run(
        "outreach",
        "--contact",
        str(contact),
        "--me",
        ME,
        "--engine",
        "offline",
        "--channel",
        "email",
        "--format",
        "json",
    )
    subject = json.loads(sent.stdout)["subject"]
    nudge = run(
        "follow-up",
        "--contact",
        str(contact),
        "--stage",
        "nudge",
        "--me",
        ME,
        "--engine",
        "offline",
        "--format",
        "json",
    )
    data = json.loads(nudge.stdout)
    assert data["channel"] == "email" and data["subject"] == f"Re: {subject}"
    by_note = run(
        "follow-up",
        "--contact",
        str(contact),
        "--stage",
        "nudge",
        "--channel",
        "linkedin-message",
        "--engine",
        "offline",
        "--format",
        "json",
    )
    assert json.loads(by_note.stdout)["subject"] is None  # an explicit --channel wins


def test_thank_you_names_the_day_the_call_was_logged():
    contact = add_lena()
    # examples/call-notes.md says "Tuesday"; the call was logged on Thursday 2026-03-12.
    assert (
        run(
            "contacts", "log", str(contact), "met", "--at", "2026-03-12 10:00", "--note", CALL_NOTES
        ).exit_code
        == 0
    )
    result = run(
        "thank-you", "--contact", str(contact), "--me", ME, "--engine", "offline", "--channel", "email"
    )
    assert result.exit_code == 0, result.output
    assert "Thursday" in result.stdout and "Tuesday" not in result.stdout


def _raw_database_bytes(home: Path) -> bytes:
    parts = [home / name for name in ("infoview.db", "infoview.db-wal", "infoview.db-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists()).lower()


def test_deleting_a_contact_removes_rows_from_bio_runs_before_they_were_a_contact(
    httpserver, monkeypatch, isolated_env
):
    server = FakeOpenAI()
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
    (isolated_env / "me.md").write_text(Path(ME).read_text(encoding="utf-8"), encoding="utf-8")
    for kind in ("brief", "questions", "outreach"):  # Lena, by --bio: no contact yet, so no contact id
        assert run(kind, "--bio", LENA).exit_code == 0
    # someone else, also by --bio: their rows stay, though their company and first name could be anyone's
    server.replies["MessageOut"] = json.dumps(
        {
            "kind": "outreach",
            "channel": "linkedin-note",
            "subject": None,
            "body": "Hi Priya, your data platform work at Globex is the path I hope to take from warehouse "
            "ops. Could I ask you a few questions in 15 min? Alex",
            "notes": [],
        }
    )
    assert run("outreach", "--bio", str(EXAMPLES / "priya-raman-bio.txt")).exit_code == 0
    assert b"leaving consulting" in _raw_database_bytes(isolated_env)  # quoted from Lena's About

    contact = add_lena()
    assert run("contacts", "delete", str(contact), "--yes").exit_code == 0
    left = json.loads(run("history", "list", "--format", "json").stdout)
    assert [row["kind"] for row in left] == ["outreach"]
    assert "Priya" in run("history", "show", str(left[0]["id"])).stdout
    with sqlite3.connect(isolated_env / "infoview.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM cache").fetchone()[0] == 1
    conn.close()
    raw = _raw_database_bytes(isolated_env)
    for trace in (b"lena okafor", b"leaving consulting", b"hi lena", b"operating role"):
        assert trace not in raw, trace
