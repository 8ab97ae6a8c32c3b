"""CSV and iCalendar exports; the .ics is read back with a real iCalendar library (icalendar)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import icalendar  # the `test` extra: a real parser, not our own writer, judges the file
import pytest

from infoview_ai.tracker.contacts import Contact
from infoview_ai.tracker.export import contacts_csv, contacts_ics, escape_text, fold
from infoview_ai.tracker.status import Event

AS_OF = date(2026, 3, 9)  # a Monday
NOW = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)


def contact(cid: int, name: str, company: str | None, *events: tuple[str, str, str], **extra) -> Contact:
    return Contact(
        id=cid,
        name=name,
        headline=extra.get("headline"),
        company=company,
        industry=None,
        note=extra.get("note", ""),
        profile={"name": name},
        bio_text="",
        created_at="2026-03-01T09:00:00+00:00",
        updated_at="2026-03-01T09:00:00+00:00",
        events=[Event(kind, at, note, n) for n, (kind, at, note) in enumerate(events, start=cid * 10)],
    )


def pipeline() -> list[Contact]:
    """Invented people: one call booked, one waiting for a reply, one to thank, one identified only."""
    return [
        contact(
            1, "Ines Moravec", "Kestrel Freight, Inc.",
            ("requested", "2026-03-02", ""),
            ("scheduled", "2026-03-12T15:00", "Zoom; she asked for 20 minutes; bring questions"),
        ),
        contact(2, "Tomasz Wierzbicki", "Lumen Cold Chain", ("requested", "2026-03-04T11:00", "")),
        contact(3, "Ngozi Adeyemi-Ferreira", None, ("met", "2026-03-09T10:00", "Advice: learn SQL")),
        contact(4, "Otto Braun", "Lumen Cold Chain"),
    ]  # fmt: skip


def parse(text: str):
    return icalendar.Calendar.from_ical(text)


def events_by_uid(text: str) -> dict[str, object]:
    return {str(e["UID"]): e for e in parse(text).walk("VEVENT")}


def test_ics_parses_and_holds_the_call_and_the_follow_ups():
    text = contacts_ics(pipeline(), AS_OF, now=NOW)
    calendar = parse(text)
    assert str(calendar["VERSION"]) == "2.0" and "infoview" in str(calendar["PRODID"])
    by_uid = events_by_uid(text)
    call = by_uid["call-1@infoview-ai.local"]
    assert call["SUMMARY"] == "Informational interview: Ines Moravec (Kestrel Freight, Inc.)"
    start, end = call.decoded("DTSTART"), call.decoded("DTEND")
    assert start == datetime(2026, 3, 12, 15, 0) and start.tzinfo is None  # floating: the user's local time
    assert end - start == timedelta(minutes=20)
    assert "bring questions" in str(call["DESCRIPTION"]) and "\n" in str(call["DESCRIPTION"])
    assert call.decoded("DTSTAMP") == NOW
    thank_you = by_uid["thank-you-3-30@infoview-ai.local"]
    assert thank_you.decoded("DTSTART") == AS_OF and thank_you.decoded("DTEND") == AS_OF + timedelta(days=1)
    assert "infoview thank-you --contact 3" in str(thank_you["DESCRIPTION"])
    nudge = by_uid["nudge-2-20@infoview-ai.local"]
    assert nudge.decoded("DTSTART") == date(2026, 3, 9)  # opened on the 9th, five days after the 4th
    second = by_uid["second-person-2-20@infoview-ai.local"]
    assert second.decoded("DTSTART") == date(2026, 3, 9)  # Wed + 3 business days, across the weekend
    assert "Otto Braun (#4)" in str(second["DESCRIPTION"])
    assert not any(uid.startswith(("prepare", "log-call", "stop")) for uid in by_uid)
    assert len(by_uid) == 4


def test_upcoming_follow_ups_are_placed_on_the_day_they_open():
    waiting = contact(5, "Rhea Castellanos", None, ("requested", "2026-03-09", ""))
    [nudge] = events_by_uid(contacts_ics([waiting], AS_OF, now=NOW)).values()
    assert nudge.decoded("DTSTART") == date(2026, 3, 14) and str(nudge["TRANSP"]) == "TRANSPARENT"


def test_ics_is_rfc_5545_on_the_wire():
    text = contacts_ics(pipeline(), AS_OF, now=NOW)
    raw = text.encode("utf-8")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert "SUMMARY:Informational interview: Ines Moravec (Kestrel Freight\\, Inc.)" in text
    assert "DTSTAMP:20260309T080000Z" in text


def test_uids_are_stable_across_exports_and_a_reschedule_bumps_the_sequence():
    people = pipeline()
    first = events_by_uid(contacts_ics(people, AS_OF, now=NOW))
    later = events_by_uid(contacts_ics(people, AS_OF, now=NOW + timedelta(hours=3)))
    assert first.keys() == later.keys()
    people[0].events.append(Event("scheduled", "2026-03-13T09:00", "moved", 99))
    moved = events_by_uid(contacts_ics(people, AS_OF, now=NOW))["call-1@infoview-ai.local"]
    assert moved.decoded("DTSTART") == datetime(2026, 3, 13, 9, 0) and int(moved["SEQUENCE"]) == 1


def test_a_call_without_a_time_is_an_all_day_event():
    booked = contact(6, "Sven Aaltonen", None, ("scheduled", "2026-03-12", ""))
    [call] = events_by_uid(contacts_ics([booked], AS_OF, now=NOW)).values()
    assert call.decoded("DTSTART") == date(2026, 3, 12) and call.decoded("DTEND") == date(2026, 3, 13)


def test_escape_and_fold_round_trip_through_icalendar():
    assert escape_text("a\\b;c,d\r\ne") == "a\\\\b\\;c\\,d\\ne"
    long_name = "Zoë Ångström-Øverby, Ph.D.; " * 6
    line = fold("SUMMARY:" + escape_text(long_name))
    assert all(len(part.encode()) <= 75 for part in line.split("\r\n"))
    assert all(part.startswith(" ") for part in line.split("\r\n")[1:])
    calendar = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    [event] = parse(calendar).walk("VEVENT")
    assert str(event["SUMMARY"]) == long_name


def test_an_empty_tracker_is_still_a_valid_calendar():
    assert parse(contacts_ics([], AS_OF, now=NOW)).walk("VEVENT") == []


def test_csv_has_one_row_per_contact_with_the_next_step():
    people = pipeline()
    people[3].headline = "=HYPERLINK('http://example.invalid')"  # pasted text must not run as a formula
    rows = list(csv.DictReader(io.StringIO(contacts_csv(people, AS_OF))))
    assert [r["name"] for r in rows] == [
        "Ines Moravec",
        "Tomasz Wierzbicki",
        "Ngozi Adeyemi-Ferreira",
        "Otto Braun",
    ]
    assert rows[0]["status"] == "scheduled" and rows[0]["company"] == "Kestrel Freight, Inc."
    assert rows[0]["next_action"] == "prepare" and rows[0]["next_action_deadline"] == "2026-03-12"
    assert rows[2]["next_action"] == "thank-you" and rows[2]["last_event_at"] == "2026-03-09T10:00"
    assert rows[3]["status"] == "identified" and rows[3]["next_action"] == ""
    assert rows[3]["headline"].startswith("'=")


@pytest.mark.parametrize("column", [1, 11, 12], ids=["name", "note", "created_at"])
@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\x1b]0;retitled\x07x", "x"),
        ("a\u202eb", "ab"),
        ('say "=hi", then\n=more', 'say "=hi", then\n=more'),  # not at the cell's start: kept
    ],
)
def test_one_unsafe_cell_among_plain_rows_is_neutralised(column, value, written):
    plain = [
        (n, f"Person {n}", None, "Co", None, "identified", *[None] * 5, "", "2026-03-01") for n in (1, 2)
    ]
    plain[1] = tuple(value if i == column else cell for i, cell in enumerate(plain[1]))
    rows = list(csv.reader(io.StringIO(contacts_csv([], AS_OF, plain=plain), newline="")))
    assert rows[2][column] == written
    assert rows[1] == ["1", "Person 1", "", "Co", "", "identified", "", "", "", "", "", "", "2026-03-01"]
