"""Escape sequences, control characters and bidi overrides from the user's files and the database never
reach the terminal, the tracker or an export; ordinary text (accents, emoji, CJK) does."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from infoview_ai.cli.main import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Retitle the window, write the clipboard (OSC 52), colour, an 8-bit CSI, bidi override and isolate, a BEL.
HOSTILE = "\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x1b[31m\x9b2J\u202e\u2066\x07\x01\x7f"
FRIENDLY = "Café Ünïcode 東京 😀"
FORBIDDEN = ("\x1b", "\x07", "\u202e", "\u2066", "\x9b", "\x01", "\x7f")


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def assert_clean(text: str) -> None:
    found = [repr(c) for c in FORBIDDEN if c in text]
    assert not found, f"{found} in {text[:300]!r}"


@pytest.fixture
def hostile_bio(tmp_path) -> Path:
    text = (EXAMPLES / "lena-okafor-linkedin.txt").read_text(encoding="utf-8")
    text = text.replace("Lena Okafor", f"Lena{HOSTILE} Okafor", 1).replace(
        "Oakridge Foods", f"Oakridge{HOSTILE} Foods {FRIENDLY}"
    )
    path = tmp_path / "bio.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def hostile_notes(tmp_path) -> Path:
    path = tmp_path / "notes.md"
    notes = (EXAMPLES / "call-notes.md").read_text(encoding="utf-8")
    path.write_text(notes.replace("Chopra", f"Chopra{HOSTILE} {FRIENDLY}"), encoding="utf-8")
    return path


def test_brief_from_a_hostile_bio_prints_no_escapes_and_keeps_accents(hostile_bio, isolated_env):
    (isolated_env / "me.md").write_text(f"# Sam{HOSTILE} Lee\nGoal: learn {FRIENDLY}\n", encoding="utf-8")
    for fmt in ("markdown", "json", "text"):
        result = run("brief", "--engine", "offline", "--bio", str(hostile_bio), "--format", fmt)
        assert_clean(result.output)
        if fmt == "json":  # an escaped \u001b would be a raw ESC again for whoever reads the JSON
            assert_clean(repr(json.loads(result.stdout)))
        assert FRIENDLY in result.stdout
        assert "Lena Okafor" in result.stdout


def test_thank_you_from_hostile_notes_is_clean(hostile_bio, hostile_notes):
    result = run("thank-you", "--engine", "offline", "--bio", str(hostile_bio), "--notes", str(hostile_notes))
    assert_clean(result.output)
    assert "Lena" in result.stdout


def test_a_hostile_contact_is_stored_shown_and_exported_clean(hostile_bio, hostile_notes, tmp_path):
    contact_id = run("contacts", "add", "--bio", str(hostile_bio)).stdout.strip()
    run("contacts", "edit", contact_id, "--note", f"met at {FRIENDLY}{HOSTILE} meetup")
    run("contacts", "log", contact_id, "requested", "--note", f"sent{HOSTILE} it")
    run("contacts", "log", contact_id, "scheduled", "--at", "2026-11-02 15:00", "--note", f"call{HOSTILE}")
    run("contacts", "log", contact_id, "met", "--at", "2026-11-02 15:30", "--note-file", str(hostile_notes))
    assert_clean(run("thank-you", "--engine", "offline", "--contact", contact_id).output)  # notes from the db

    shown = run("contacts", "show", contact_id)
    assert_clean(shown.output)
    assert FRIENDLY in shown.stdout and "Lena Okafor" in shown.stdout
    as_json = run("contacts", "show", contact_id, "--format", "json").stdout
    assert_clean(repr(json.loads(as_json)))
    assert_clean(repr(json.loads(run("contacts", "list", "--format", "json").stdout)))
    assert_clean(run("contacts", "list").output)

    csv_text = run("contacts", "export", "--csv", "-").stdout
    assert_clean(csv_text)
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert rows[0]["name"] == "Lena Okafor" and FRIENDLY in rows[0]["note"]


def test_the_calendar_export_holds_no_escapes_even_for_rows_stored_raw(hostile_bio, tmp_path):
    """A row written by an older infoview (or by hand) is cleaned on the way out as well."""
    from infoview_ai.store import connect

    contact_id = run("contacts", "add", "--bio", str(hostile_bio)).stdout.strip()
    run("contacts", "log", contact_id, "scheduled", "--at", "2030-03-12 15:00", "--note", "call")
    with connect() as conn:
        conn.execute(
            "UPDATE contacts SET name = ?, company = ?", (f"Lena{HOSTILE} Okafor", f"Acme {FRIENDLY}")
        )
        conn.execute("UPDATE events SET note = ?", (f"bring{HOSTILE} notes",))
    ics = tmp_path / "calls.ics"
    run("contacts", "export", "--ics", str(ics), "--as-of", "2030-03-01")
    text = ics.read_bytes().decode("utf-8")
    assert_clean(text)
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Informational interview: Lena Okafor (Acme Café Ünïcode 東京 😀)" in unfolded
    assert "bring notes" in unfolded
    assert_clean(run("contacts", "show", contact_id).output)
    assert_clean(run("contacts", "export", "--csv", "-").stdout)


def test_history_shows_a_row_stored_raw_without_escapes_or_the_key(hostile_bio, isolated_env, monkeypatch):
    """A generation an older infoview stored (before replies were cleaned) holds an escape sequence and
    the key a server echoed; `history list` and `history show`, in every format, print neither."""
    from infoview_ai.store import log_generation

    key = "sk-test-echoed-0123456789abcdef"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    brief = json.loads(
        run("brief", "--engine", "offline", "--bio", str(hostile_bio), "--format", "json").stdout
    )
    brief["person"][0]["text"] = f"Lena{HOSTILE} Okafor runs planning; key {key} {FRIENDLY}"
    entry = log_generation(
        kind="brief", engine="llm", model=f"gpt{HOSTILE}", input_digest="d", input_tokens=10,
        output_tokens=20, cost_usd=0.001, cached=False, output=brief,
    )  # fmt: skip
    for args in (
        ("show", str(entry)),
        ("show", str(entry), "--format", "json"),
        ("list",),
        ("list", "--format", "json"),
    ):
        result = run("history", *args)
        assert_clean(result.output)
        assert key not in result.output
        if "json" in args:
            assert_clean(repr(json.loads(result.stdout)))
    shown = run("history", "show", str(entry)).stdout
    assert FRIENDLY in shown and "[REDACTED]" in shown


def test_prompts_show_and_check_print_no_escapes_from_the_users_files(isolated_env, tmp_path):
    folder = Path(run("prompts", "path").stdout.strip())
    packaged = run("prompts", "show", "outreach").stdout
    (folder / "outreach.md").write_text(packaged.replace("You", f"You{HOSTILE}", 1), encoding="utf-8")
    assert_clean(run("prompts", "show", "outreach").output)

    draft = tmp_path / "draft.txt"
    draft.write_text(
        f"Hi Lena{HOSTILE}, I hope you are well. Could we talk for 20 minutes?", encoding="utf-8"
    )
    for fmt in ("text", "json"):
        result = CliRunner().invoke(cli, ["check", "--channel", "linkedin-note", str(draft), "--format", fmt])
        assert result.exit_code in (0, 3), result.output
        assert_clean(result.output)
