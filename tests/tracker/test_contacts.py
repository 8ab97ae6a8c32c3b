"""The contact tracker: storage, the --contact API, deleting every trace, concurrency, crashes, the CLI."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from infoview_ai import store
from infoview_ai.cli.main import cli
from infoview_ai.cli.pipeline import contacts as cli_contacts
from infoview_ai.context import Position, Profile
from infoview_ai.errors import ConfigError, InputError
from infoview_ai.tracker import contacts
from infoview_ai.tracker.record import contact_markdown

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LENA = str(EXAMPLES / "lena-okafor-linkedin.txt")
PRIYA = str(EXAMPLES / "priya-raman-bio.txt")
# Invented, and rare enough that finding the bytes anywhere in the database files means a leak.
SECRET_NAME = "Zephyrine Quackenbush"


def person(name: str = SECRET_NAME, company: str = "Brinefield Kelp") -> Profile:
    return Profile(
        name=name,
        headline=f"Head of Cultivation at {company}",
        positions=[Position(title="Head of Cultivation", company=company, start="2021-04")],
    )


def add(name: str = SECRET_NAME, company: str = "Brinefield Kelp", **extra) -> int:
    return contacts.add_contact(person(name, company), f"{name}\nHead of Cultivation at {company}", **extra)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def all_rows() -> dict[str, list[dict]]:
    """Every row of every table, found through sqlite_master so a table added later is covered too."""
    with store.connect() as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}"')] for t in tables}


# ---- storage and the API for --contact -------------------------------------------------------------


def test_add_stores_the_parsed_profile_and_defaults_the_company_to_their_employer():
    contact = contacts.get_contact(add(industry=" aquaculture "))
    assert contact.name == SECRET_NAME and contact.company == "Brinefield Kelp"
    assert (
        contact.industry == "aquaculture"
        and contact.profile["positions"][0]["title"] == "Head of Cultivation"
    )
    assert contact.status() == "identified" and contact.events == [] and contact.drafts == []
    assert contacts.get_contact(add("Bo Lindqvist", industry=None)).id == contact.id + 1


def test_adding_the_same_person_twice_is_refused_unless_forced():
    first = add()
    with pytest.raises(InputError) as refused:
        add(SECRET_NAME.upper(), "brinefield kelp ")  # case and spaces do not make a new person
    assert str(refused.value) == (
        f"{SECRET_NAME} at Brinefield Kelp is already #{first}: use `infoview contacts edit "
        f"{first} --bio FILE` to update, or pass --force to add anyway."
    )
    assert [c.id for c in contacts.list_contacts()] == [first]
    assert add(SECRET_NAME, "Tidewater Analytics") == first + 1  # same name, another employer
    assert add(force=True) == first + 2


def test_list_filters_by_status_and_part_of_the_company():
    first, second = add(), add("Bo Lindqvist", "Tidewater Analytics")
    contacts.log_event(second, "requested", "2026-03-02")
    assert [c.id for c in contacts.list_contacts()] == [first, second]
    assert [c.id for c in contacts.list_contacts(status="requested")] == [second]
    assert [c.id for c in contacts.list_contacts(company="tidewater")] == [second]
    assert contacts.list_contacts(status="met") == []


def test_edit_changes_fields_and_reimporting_a_bio_refreshes_the_name():
    cid = add()
    edited = contacts.edit_contact(cid, company="Brinefield", note="Met at the coastal summit")
    assert edited.company == "Brinefield" and edited.note == "Met at the coastal summit"
    edited = contacts.edit_contact(cid, profile=person("Zephyrine Q. Quackenbush"), bio_text="new bio")
    assert edited.name == "Zephyrine Q. Quackenbush" and edited.bio_text == "new bio"
    assert edited.company == "Brinefield"  # kept: the user chose it
    with pytest.raises(InputError, match="Nothing to change"):
        contacts.edit_contact(cid)


def test_events_in_the_future_are_refused_except_the_calls_time():
    cid = add()
    now = datetime(2026, 3, 12, 9, 41)
    for kind in ("met", "thanked", "replied", "requested", "nudged", "checked-in"):
        with pytest.raises(InputError, match=rf"^`{kind}` at 2026-03-13 is in the future: log it once"):
            contacts.log_event(cid, kind, "tomorrow", now=now)
    with pytest.raises(InputError, match="2026-03-12 10:30 is in the future"):
        contacts.log_event(cid, "met", "2026-03-12 10:30", now=now)
    assert contacts.log_event(cid, "met", "2026-03-12 09:50", now=now).at == "2026-03-12T09:50"  # clock skew
    assert contacts.log_event(cid, "thanked", "today", now=now).at == "2026-03-12"
    assert contacts.log_event(cid, "scheduled", "2026-04-01 15:00", now=now).at == "2026-04-01T15:00"
    assert [e.kind for e in contacts.get_contact(cid).events] == ["met", "thanked", "scheduled"]


def test_log_event_normalises_times_and_rejects_unknown_events():
    cid = add()
    assert contacts.log_event(cid, "scheduled", "2026-03-12 15:00").at == "2026-03-12T15:00"
    assert contacts.log_event(cid, "met", "2026-03-12").at == "2026-03-12"
    assert contacts.get_contact(cid).status() == "met"
    with pytest.raises(InputError, match="Unknown event"):
        contacts.log_event(cid, "ghosted")
    with pytest.raises(InputError, match="--at wants"):
        contacts.log_event(cid, "met", "next tuesday")


def test_parse_when_understands_relative_days_and_offsets():
    now = datetime(2026, 3, 12, 9, 41)
    assert contacts.parse_when(None, now) == "2026-03-12T09:41"
    assert contacts.parse_when("yesterday", now) == "2026-03-11"
    assert contacts.parse_when("tomorrow 15:00", now) == "2026-03-13T15:00"
    assert contacts.parse_when("2026-03-12T15:00:00", now) == "2026-03-12T15:00"
    assert len(contacts.parse_when("2026-03-12T15:00+00:00", now)) == 16  # converted to local time


def test_load_for_generation_gives_the_profile_and_the_latest_calls_notes():
    cid = add(industry="aquaculture")
    contacts.log_event(cid, "met", "2026-01-05T10:00", "An earlier call")
    contacts.log_event(cid, "met", "2026-03-12T15:00", "Advice: learn kelp yield models.")
    contacts.log_event(cid, "met", "2026-03-12T16:00", "Suggested I talk to Bo.")
    inputs = contacts.load_for_generation(cid)
    assert isinstance(inputs.profile, Profile) and inputs.profile.name == SECRET_NAME
    assert inputs.company == "Brinefield Kelp" and inputs.industry == "aquaculture"
    assert inputs.call_notes == "Advice: learn kelp yield models.\n\nSuggested I talk to Bo."
    assert "Head of Cultivation" in inputs.bio_text


def test_an_edited_name_and_headline_reach_the_drafts_inputs():
    cid = contacts.add_contact(Profile(about="Head of procurement at Sankofa Cocoa."), "Head of procurement")
    contacts.edit_contact(cid, name="Kwame Asante", headline="Head of Procurement, Sankofa Cocoa")
    inputs = contacts.load_for_generation(cid)
    assert inputs.name == inputs.profile.name == "Kwame Asante" and inputs.profile.first_name == "Kwame"
    assert inputs.profile.headline == "Head of Procurement, Sankofa Cocoa"
    assert inputs.profile.about == "Head of procurement at Sankofa Cocoa."  # the rest of the profile stays


def test_reimporting_a_bio_without_a_name_keeps_the_edited_name_and_company():
    cid = add()
    contacts.edit_contact(cid, name="Zephyrine Q.", company="Brinefield")
    before = contacts.get_contact(cid)
    nameless = Profile(about="Grows kelp.", positions=[Position(title="Grower", company="Seaweed Co")])
    kept = contacts.kept_on_reimport(before, nameless)
    assert kept[0] == "the name 'Zephyrine Q.' (the new bio has none)"
    assert "the company 'Brinefield' (the new bio says 'Seaweed Co': change it with --company)" in kept
    assert contacts.kept_on_reimport(before, nameless, name="Zee", company="Seaweed Co") == [
        f"the headline {before.headline!r} (the new bio has none)"
    ]
    after = contacts.edit_contact(cid, profile=nameless, bio_text="Grows kelp.")
    assert after.name == "Zephyrine Q." and after.company == "Brinefield" and after.bio_text == "Grows kelp."
    assert contacts.load_for_generation(cid).profile.name == "Zephyrine Q."


def test_generation_inputs_carry_the_first_message_and_the_time_of_the_call():
    cid = add()
    empty = contacts.load_for_generation(cid)
    assert empty.first_message is None and empty.met_at is None
    contacts.save_draft(
        cid, "outreach", {"kind": "outreach", "channel": "email", "subject": "Kelp", "body": "Hi"}
    )
    prep = {"kind": "prep", "outreach": {"channel": "linkedin-note", "subject": None, "body": "Hi again"}}
    contacts.save_draft(cid, "prep", prep, None)
    contacts.save_draft(cid, "thank_you", {"kind": "thank_you", "body": "Thank you"}, "email")
    contacts.log_event(cid, "met", "2026-03-12T15:00")
    contacts.log_event(cid, "met", "2026-01-05T10:00")  # logged late: not the latest call
    inputs = contacts.load_for_generation(cid)
    assert inputs.first_message == {"channel": "linkedin-note", "subject": None, "body": "Hi again"}
    assert inputs.met_at == "2026-03-12T15:00"
    contacts.save_draft(
        cid, "outreach", {"kind": "outreach", "channel": "email", "subject": "Kelp", "body": "Hi"}
    )
    assert contacts.load_for_generation(cid).first_message == {
        "channel": "email",
        "subject": "Kelp",
        "body": "Hi",
    }


def test_unknown_ids_say_where_to_look():
    for call in (
        lambda: contacts.load_for_generation(12),
        lambda: contacts.save_draft(12, "outreach", {"body": "x"}, "email"),
        lambda: contacts.log_event(12, "met"),
        lambda: contacts.delete_contact(12),
    ):
        with pytest.raises(InputError, match=r"^No contact 12: see `infoview contacts list`\.$"):
            call()


def test_save_draft_keeps_the_artifact_with_the_contact():
    cid = add()
    draft_id = contacts.save_draft(
        cid, "outreach", {"kind": "outreach", "body": "Hi Zephyrine"}, "linkedin-note"
    )
    [draft] = contacts.get_contact(cid).drafts
    assert draft.id == draft_id and draft.channel == "linkedin-note" and draft.body["body"] == "Hi Zephyrine"


def test_log_generation_still_works_without_a_contact():
    entry = store.log_generation(
        kind="brief", engine="llm", model="m", input_digest="d", input_tokens=1, output_tokens=2,
        cost_usd=None, cached=False, output={},
    )  # fmt: skip
    assert store.history_get(entry).contact_id is None


# ---- delete ----------------------------------------------------------------------------------------


def _fill(cid: int) -> None:
    contacts.log_event(cid, "met", "2026-03-12T15:00", f"{SECRET_NAME} said to learn yield models")
    contacts.save_draft(cid, "thank_you", {"body": f"Thank you, {SECRET_NAME}"}, "email")
    store.log_generation(
        kind="thank_you", engine="llm", model="m", input_digest="d", input_tokens=1, output_tokens=1,
        cost_usd=0.0, cached=False, output={"body": f"Thank you, {SECRET_NAME}"}, contact_id=cid,
    )  # fmt: skip
    store.cache_put("key-new", "thank_you", "m", {"body": f"Dear {SECRET_NAME}"}, contact_id=cid)
    store.cache_put("key-old", "outreach", "m", {"body": f"Hello {SECRET_NAME}"})
    assert store.cache_get("key-old", contact_id=cid) is not None  # a cache hit ties the reply to them


def test_delete_leaves_no_row_and_no_byte_of_that_person():
    keep = add("Bo Lindqvist", "Tidewater Analytics")
    contacts.log_event(keep, "requested", "2026-03-02", "LinkedIn note")
    cid = add()
    _fill(cid)
    before = all_rows()
    assert SECRET_NAME in json.dumps(before)

    assert contacts.delete_contact(cid) == SECRET_NAME

    after = all_rows()
    for table, rows in after.items():
        for row in rows:
            assert row.get("contact_id") != cid and not (table == "contacts" and row["id"] == cid), table
            assert SECRET_NAME not in json.dumps(row), (table, row)
    assert len(after["contacts"]) == 1 and len(after["events"]) == 1  # the other person is untouched
    for file in store.db_path().parent.glob("infoview.db*"):
        assert SECRET_NAME.encode() not in file.read_bytes(), file.name


def test_a_failed_delete_changes_nothing():
    cid = add()
    _fill(cid)
    with store.connect() as conn:  # make the last statement of the delete fail, after the others ran
        conn.execute(
            "CREATE TRIGGER refuse BEFORE DELETE ON contacts BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    before = all_rows()
    with pytest.raises(ConfigError, match="refused"):
        contacts.delete_contact(cid)
    assert all_rows() == before


# ---- two commands at once, and a kill in the middle ----------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys
    from infoview_ai.tracker import contacts
    from infoview_ai.context import Profile

    worker = int(sys.argv[1])
    for n in range(8):
        cid = contacts.add_contact(Profile(name=f"Worker {worker} person {n}"), "bio", "Acme Kelp")
        contacts.log_event(cid, "requested", "2026-03-02")
        contacts.log_event(cid, "replied", "2026-03-03", f"from worker {worker}")
        contacts.save_draft(cid, "outreach", {"body": "hi"}, "email")
    """
)


def test_concurrent_writers_all_land_without_lock_errors():
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(n)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for n in range(6)
    ]
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err.decode()
        assert b"locked" not in err
    rows = all_rows()
    assert len(rows["contacts"]) == 48 and len(rows["events"]) == 96 and len(rows["drafts"]) == 48
    assert all(c.status() == "requested" for c in contacts.list_contacts())


KILLED_MID_WRITE = textwrap.dedent(
    """
    import sys, time
    from infoview_ai import store

    with store.write_transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO contacts (name, profile, created_at, updated_at)"
            " VALUES ('Half Written', '{}', 'x', 'x')"
        )
        for n in range(50):
            conn.execute(
                "INSERT INTO events (contact_id, kind, at, created_at) VALUES (?, 'met', '2026-03-12', 'x')",
                (cursor.lastrowid,),
            )
        print("in the middle", flush=True)
        time.sleep(60)
    """
)


def test_a_process_killed_mid_write_leaves_the_database_consistent():
    survivor = add()
    child = subprocess.Popen([sys.executable, "-c", KILLED_MID_WRITE], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "in the middle"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    with sqlite3.connect(store.db_path()) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert [c.name for c in contacts.list_contacts()] == [SECRET_NAME]
    assert all_rows()["events"] == []
    contacts.log_event(survivor, "requested")  # the lock died with the process
    assert contacts.get_contact(survivor).status() == "requested"


# ---- the CLI ---------------------------------------------------------------------------------------


def test_cli_add_prints_the_id_and_json_has_it_under_id():
    first = run("contacts", "add", "--bio", LENA, "--industry", "food supply chain")
    assert first.exit_code == 0 and first.stdout.strip() == "1"
    assert "Added Lena Okafor as #1" in first.stderr
    second = run("contacts", "add", "--bio", PRIYA, "--format", "json")
    assert json.loads(second.stdout) == {"id": 2}


def test_cli_add_with_a_missing_bio_is_a_clean_input_error():
    result = run("contacts", "add", "--bio", "nowhere.txt")
    assert result.exit_code == 2 and "does not exist" in result.output and "Traceback" not in result.output


def test_cli_list_filters_and_json():
    run("contacts", "add", "--bio", LENA)
    run("contacts", "add", "--bio", PRIYA)
    run("contacts", "log", "2", "requested", "--at", "2026-03-02")
    listing = run("contacts", "list", "--as-of", "2026-03-03")
    assert "Lena Okafor" in listing.stdout and "Priya Raman" in listing.stdout
    only = run("contacts", "list", "--status", "requested", "--format", "json")
    assert [c["name"] for c in json.loads(only.stdout)] == ["Priya Raman"]
    assert json.loads(only.stdout)[0]["status"] == "requested"
    company = json.loads(run("contacts", "list", "--company", "oakridge", "--format", "json").stdout)
    assert [c["id"] for c in company] == [1]
    assert json.loads(run("contacts", "list", "--status", "cold", "--format", "json").stdout) == []


def test_cli_show_markdown_and_json():
    run("contacts", "add", "--bio", LENA)
    run("contacts", "log", "1", "requested", "--at", "2026-03-02", "--note", "LinkedIn note")
    shown = run("contacts", "show", "1", "--as-of", "2026-03-07")
    assert shown.stdout.startswith("# Lena Okafor (#1): requested")
    assert "2026-03-02 requested: LinkedIn note" in shown.stdout and "nudge" in shown.stdout
    data = json.loads(run("contacts", "show", "1", "--format", "json", "--as-of", "2026-03-07").stdout)
    assert data["status"] == "requested" and data["events"][0]["note"] == "LinkedIn note"
    assert data["profile"]["name"] == "Lena Okafor" and {a["action"] for a in data["next"]} >= {"nudge"}
    missing = run("contacts", "show", "7")
    assert missing.exit_code == 2 and "No contact 7: see `infoview contacts list`." in missing.output


def test_show_keeps_a_multi_line_met_note_inside_its_timeline_bullet():
    contacts.log_event(add(), "met", "2026-03-05 15:00", "Advice:\n\n- learn SQL\n- talk to Sam")
    page = contact_markdown(contacts.get_contact(1), datetime(2026, 3, 6).date(), [])
    timeline = page.split("## Timeline\n\n")[1]
    assert timeline.startswith("- #1 2026-03-05 15:00 met: Advice:\n\n  - learn SQL\n  - talk to Sam\n")


def test_cli_edit_and_log():
    run("contacts", "add", "--bio", LENA)
    edited = run("contacts", "edit", "1", "--company", "Oakridge", "--note", "warm intro from Sam")
    assert edited.exit_code == 0 and "Oakridge" in edited.stdout
    assert run("contacts", "edit", "1").exit_code == 2
    notes = Path("notes.md")
    notes.write_text("She said: learn demand forecasting in SQL.\n", encoding="utf-8")
    logged = run(
        "contacts",
        "log",
        "1",
        "met",
        "--at",
        "2026-03-12 15:00",
        "--note-file",
        str(notes),
        "--format",
        "json",
    )
    data = json.loads(logged.stdout)
    assert data["status"] == "met" and data["event"]["at"] == "2026-03-12T15:00"
    assert contacts.load_for_generation(1).call_notes == "She said: learn demand forecasting in SQL."
    assert "thank-you" in logged.stderr
    bad = run("contacts", "log", "1", "ghosted")
    assert bad.exit_code == 2 and "ghosted" in bad.output


def test_cli_add_refuses_the_same_person_twice_and_force_adds_anyway():
    run("contacts", "add", "--bio", LENA)
    again = run("contacts", "add", "--bio", LENA)
    assert again.exit_code == 2 and again.stdout == ""
    assert (
        "Lena Okafor at Oakridge Foods is already #1: use `infoview contacts edit 1 --bio FILE` to update, "
        "or pass --force to add anyway." in again.stderr
    )
    forced = run("contacts", "add", "--bio", LENA, "--force")
    assert forced.exit_code == 0 and forced.stdout.strip() == "2"


def test_cli_edited_name_greets_in_the_outreach_and_survives_a_nameless_bio():
    bio = Path("kwame.txt")
    bio.write_text("Head of procurement at Sankofa Cocoa since 2019.\nI mentor supply chain analysts.\n")
    assert run("contacts", "add", "--bio", str(bio)).stdout.strip() == "1"
    assert run("contacts", "edit", "1", "--name", "Kwame Asante").exit_code == 0
    draft = run("outreach", "--contact", "1", "--engine", "offline")
    assert draft.exit_code == 0, draft.output
    assert draft.stdout.startswith("Hi Kwame") and "[FIRST NAME]" not in draft.stdout
    reimported = run("contacts", "edit", "1", "--bio", str(bio))
    assert reimported.exit_code == 0 and "Kwame Asante" in reimported.stdout
    assert "kept the name 'Kwame Asante' (the new bio has none)" in reimported.stderr


def test_cli_log_refuses_the_future_and_warns_on_a_thank_you_without_a_call():
    run("contacts", "add", "--bio", LENA)
    future = run("contacts", "log", "1", "met", "--at", "tomorrow")
    assert future.exit_code == 2 and "is in the future" in future.stderr and "Traceback" not in future.output
    assert run("contacts", "log", "1", "scheduled", "--at", "tomorrow 15:00").exit_code == 0
    thanked = run("contacts", "log", "1", "thanked", "--at", "yesterday")
    assert thanked.exit_code == 0 and "thanked" in thanked.stdout
    assert "warning: No call (`met`) is logged before this thank-you" in thanked.stderr
    assert "infoview contacts log 1 met --at WHEN --note-file NOTES" in thanked.stderr
    run("contacts", "log", "1", "met", "--at", "yesterday 10:00")
    assert "warning" not in run("contacts", "log", "1", "thanked", "--at", "yesterday 18:00").stderr


def test_cli_log_names_an_unreadable_note_file():
    Path("notes.bin").write_bytes(b"PK\x03\x04\x00\x00binary")
    run("contacts", "add", "--bio", LENA)
    result = run("contacts", "log", "1", "met", "--note-file", "notes.bin")
    assert result.exit_code == 2 and "The note file (notes.bin) looks like a binary file" in result.stderr
    assert contacts.get_contact(1).events == []


def test_cli_delete_needs_yes_without_a_terminal():
    run("contacts", "add", "--bio", LENA)
    refused = run("contacts", "delete", "1")
    assert refused.exit_code == 1 and "--yes" in refused.output
    assert len(contacts.list_contacts()) == 1
    deleted = run("contacts", "delete", "1", "--yes")
    assert deleted.exit_code == 0 and "Deleted Lena Okafor (#1)" in deleted.stderr
    assert contacts.list_contacts() == []


def test_cli_delete_asks_at_a_terminal(monkeypatch):
    monkeypatch.setattr(cli_contacts, "_interactive", lambda: True)
    run("contacts", "add", "--bio", LENA)
    assert run("contacts", "delete", "1", input="n\n").exit_code == 1
    assert len(contacts.list_contacts()) == 1
    assert run("contacts", "delete", "1", input="y\n").exit_code == 0
    assert contacts.list_contacts() == []


def test_cli_due_on_a_fixed_date():
    run("contacts", "add", "--bio", LENA)
    run("contacts", "log", "1", "requested", "--at", "2026-03-02")
    early = run("due", "--as-of", "2026-03-04")
    assert early.exit_code == 0 and early.stdout == "" and "Nothing due" in early.stderr
    text = run("due", "--as-of", "2026-03-07").stdout
    assert "nudge" in text and "infoview follow-up --contact 1 --stage nudge" in text
    data = json.loads(run("due", "--as-of", "2026-03-07", "--format", "json").stdout)
    assert [a["action"] for a in data] == ["nudge", "second-person"]
    assert data[0]["deadline"] == "2026-03-09" and data[0]["overdue_days"] == 0
    bad = run("due", "--as-of", "March 7")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_cli_export_csv_and_ics(tmp_path):
    run("contacts", "add", "--bio", LENA)
    run("contacts", "log", "1", "scheduled", "--at", "2026-03-12 15:00")
    result = run(
        "contacts", "export", "--csv", str(tmp_path / "c.csv"), "--ics", str(tmp_path / "c.ics"),
        "--as-of", "2026-03-09",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()[1].startswith("1,Lena Okafor,")
    assert "DTSTART:20260312T150000" in (tmp_path / "c.ics").read_bytes().decode()
    to_stdout = run("contacts", "export", "--ics", "-")
    assert to_stdout.stdout_bytes.startswith(b"BEGIN:VCALENDAR\r\n")  # CRLF kept, not translated
    assert run("contacts", "export").exit_code == 2


def test_a_database_from_before_contacts_migrates_and_keeps_its_history():
    path = store.db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.executescript(store.MIGRATIONS[0] + "PRAGMA user_version=1;")
        conn.execute(
            "INSERT INTO history (created_at, kind, engine, model, input_digest, cached, output)"
            " VALUES ('2026-01-01T00:00:00+00:00', 'brief', 'llm', 'm', 'd', 0, '{}')"
        )
    [old] = store.history_list()
    assert old.kind == "brief" and old.contact_id is None
    with store.connect() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(store.MIGRATIONS)
    assert contacts.get_contact(add()).name == SECRET_NAME


def test_every_contacts_command_has_help_with_an_example():
    for args in (
        ["due"],
        *[["contacts", name] for name in ("add", "list", "show", "edit", "delete", "log", "export")],
    ):
        result = run(*args, "--help")
        assert (
            result.exit_code == 0
            and "Example" in result.stdout
            and f"infoview {' '.join(args)}" in result.stdout
        )
