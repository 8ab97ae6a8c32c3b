"""Dates the tracker can work with: a typo such as 9999-12-31 is refused, one stored earlier is left out
(with a warning) instead of breaking every contact, and `contacts unlog` removes it."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from infoview_ai.cli.main import cli
from infoview_ai.errors import InputError
from infoview_ai.tracker.status import parse_as_of
from infoview_ai.tracker.timeline import parse_when

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LENA = str(EXAMPLES / "lena-okafor-linkedin.txt")
PRIYA = str(EXAMPLES / "priya-raman-bio.txt")
NOW = datetime(2026, 3, 9, 10, 0)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize(
    "text", ["9999-12-31", "2127-01-01 10:00", "1899-12-31", "0202-03-01", "0001-01-01T00:00+05:00"]
)
def test_a_date_outside_1900_to_a_century_ahead_is_refused(text):
    with pytest.raises(InputError, match="outside the dates infoview tracks .1900-01-01 to 2126-03-09."):
        parse_when(text, NOW)
    with pytest.raises(InputError, match="--as-of"):
        parse_as_of(text[:10], NOW.date())


def test_dates_inside_the_range_are_kept():
    assert parse_when("1900-01-01", NOW) == "1900-01-01"
    assert parse_when("2126-03-09 09:00", NOW) == "2126-03-09T09:00"
    assert parse_as_of("2126-03-09", NOW.date()) == date(2126, 3, 9)


def test_the_command_line_refuses_a_far_future_call_and_as_of():
    run("contacts", "add", "--bio", LENA)
    logged = run("contacts", "log", "1", "scheduled", "--at", "9999-12-31")
    assert logged.exit_code == 2 and "check the year" in logged.stderr
    assert json.loads(run("contacts", "show", "1", "--format", "json").stdout)["events"] == []
    as_of = run("due", "--as-of", "9999-12-31")
    assert as_of.exit_code == 2 and "--as-of '9999-12-31' is outside" in as_of.stderr


def _store_bad_events(home: Path) -> None:
    """What an older infoview (or a hand edit) may have stored."""
    with sqlite3.connect(home / "infoview.db") as conn:
        conn.executemany(
            "INSERT INTO events (contact_id, kind, at, note, created_at) VALUES (?, ?, ?, '', 'x')",
            [(1, "scheduled", "9999-12-31"), (2, "met", "not a date")],
        )
    conn.close()


def test_a_bad_stored_event_is_left_out_with_a_warning_and_can_be_unlogged(isolated_env, tmp_path):
    run("contacts", "add", "--bio", LENA)
    run("contacts", "add", "--bio", PRIYA)
    run("contacts", "log", "1", "requested", "--at", "2026-03-02")
    _store_bad_events(isolated_env)
    for args in (
        ("due", "--as-of", "2026-03-09"),
        ("contacts", "list"),
        ("contacts", "export", "--csv", "-", "--as-of", "2026-03-09"),
        ("contacts", "export", "--ics", str(tmp_path / "x.ics")),
    ):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
        assert "event #2 (scheduled at '9999-12-31') has a date infoview cannot use" in result.stderr
        assert "`infoview contacts unlog 2 3`" in result.stderr
    assert "nudge" in run("due", "--as-of", "2026-03-09").stdout  # the good event still counts
    shown = run("contacts", "show", "1", "--as-of", "2026-03-09")
    assert shown.exit_code == 0 and "- #1 2026-03-02 requested" in shown.stdout
    assert "- #2 '9999-12-31' scheduled: left out" in shown.stdout
    data = json.loads(run("contacts", "show", "1", "--format", "json").stdout)
    assert data["status"] == "requested" and [e["id"] for e in data["skipped_events"]] == [2]

    removed = run("contacts", "unlog", "1", "2")
    assert removed.exit_code == 0 and "removed event #2, scheduled at 9999-12-31" in removed.stdout
    after = run("contacts", "show", "1")
    assert "9999" not in after.output and "#1 2026-03-02 requested" in after.stdout


def test_unlog_an_unknown_event_or_another_contacts_event_is_a_clear_error():
    run("contacts", "add", "--bio", LENA)
    run("contacts", "add", "--bio", PRIYA)
    run("contacts", "log", "2", "requested", "--at", "2026-03-02")
    for args in (("1", "1"), ("1", "99")):
        result = run("contacts", "unlog", *args)
        assert result.exit_code == 2 and f"Contact #1 has no event {args[1]}" in result.stderr
    assert run("contacts", "unlog", "7", "1").exit_code == 2
    assert json.loads(run("contacts", "show", "2", "--format", "json").stdout)["events"][0]["id"] == 1
