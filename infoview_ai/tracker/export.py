"""Exports of the contact tracker: a CSV of contacts and an iCalendar (.ics) file of calls and follow-ups.

The .ics is written by hand to RFC 5545 (CRLF line ends, lines folded at 75 octets, TEXT values
escaped) because it is a few dozen lines and a library would be a runtime dependency for one
command. Calls carry their local time as "floating" times, which calendar apps read as the time
in the user's own zone; follow-ups are all-day events. UIDs are stable, so importing a newer export
updates events instead of duplicating them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from operator import itemgetter

from infoview_ai.guards.safe_text import printable
from infoview_ai.tracker.reminders import Action, Colleagues, Tracked, actions_for, plan, urgency
from infoview_ai.tracker.status import chronological, status_from_events
from infoview_ai.version import __version__

CSV_COLUMNS = (
    "id",
    "name",
    "headline",
    "company",
    "industry",
    "status",
    "last_event",
    "last_event_at",
    "next_action",
    "next_action_starts",
    "next_action_deadline",
    "note",
    "created_at",
)
# Follow-ups worth a calendar entry; the call itself covers preparing for it and logging it.
CALENDAR_ACTIONS = ("thank-you", "schedule", "nudge", "second-person", "report-back", "check-in", "reach-out")
ACTION_TITLES = {
    "thank-you": "Thank-you note to {name}",
    "schedule": "Agree a time with {name}",
    "nudge": "Nudge {name} (one short follow-up)",
    "second-person": "3B7: contact a second person at {company}",
    "report-back": "Report back to {name}",
    "check-in": "Check in with {name}",
    "reach-out": "Reach out to {name} (planned)",
}
UID_DOMAIN = "infoview-ai.local"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# In written CSV text, where a cell (or a line inside one) starting like a formula would show.
_FORMULA_IN_CSV = re.compile('[,\n"][=+\\-@\t\r]')
# What a CSV row of a contact without a timeline holds from the database (identified_row_sql).
PLAIN_COLUMNS = ("id", "name", "headline", "company", "industry", "note", "created_at")
_IN_CSV_ORDER = itemgetter(*CSV_COLUMNS)  # a row's values from its summary, every key present
_CHUNK_ROWS = 1_000  # rows written (and checked) at a time: a few hundred KB of text


# ---- CSV ------------------------------------------------------------------------------------------


def _spreadsheet_safe(value: object) -> object:
    """A pasted profile is untrusted: a cell starting with = or + would run as a spreadsheet formula,
    and an escape sequence would reach the terminal of whoever cats the file."""
    if isinstance(value, str):
        value = printable(value)
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _timed(contacts: Sequence[Tracked]) -> list[Tracked]:
    """The contacts with a usable event: a contact without one is `identified`, with nothing to do."""
    return [c for c in contacts if c.events]


def identified_row_sql() -> str:
    """The SELECT list of a CSV row for a contact without a timeline: `identified`, nothing next."""
    return ", ".join(
        "'identified'" if column == "status" else column if column in PLAIN_COLUMNS else "NULL"
        for column in CSV_COLUMNS
    )


def contacts_csv(
    contacts: Sequence,
    as_of: date,
    colleagues: Colleagues | None = None,
    plain: Iterable[Sequence] | None = None,
) -> str:
    """The CSV text of ``csv_chunks``, in one string."""
    return "".join(csv_chunks(contacts, as_of, colleagues, plain))


def csv_chunks(
    contacts: Sequence,
    as_of: date,
    colleagues: Colleagues | None = None,
    plain: Iterable[Sequence] | None = None,
) -> Iterator[str]:
    """One row per contact with its status and next step (contacts.Contact objects), as pieces of CSV
    text to write in turn; 3B7 looks among ``colleagues`` (default: ``contacts`` themselves).

    With ``plain`` (listing.plain_rows: every contact's row as if it had no timeline, by
    ``identified_row_sql``, oldest first), ``contacts`` need only be those with a timeline: their rows
    replace the plain ones, and the others go from the database to the writer as they come, a few
    thousand at a time, so a hundred thousand rows are never all held (nor all the text).
    """
    next_steps: dict[int, Action] = {}
    colleagues = colleagues if colleagues is not None else Colleagues(contacts)
    for contact in _timed(contacts):
        steps = actions_for(contact, as_of, colleagues)  # most urgent first, as `plan` orders them
        if steps:
            next_steps[contact.id] = steps[0]
    computed = {contact.id: _csv_row(contact, as_of, next_steps.get(contact.id)) for contact in contacts}
    rows = iter(computed.values() if plain is None else plain)
    yield _written([CSV_COLUMNS])
    while chunk := list(islice(rows, _CHUNK_ROWS)):
        if plain is not None:
            chunk = [computed.get(r[0], r) for r in chunk]
        yield _safe_written(chunk)


def _safe_written(rows: list[Sequence]) -> str:
    text = _written(rows)
    # Nearly every export is clean: the written text is checked once (quoting adds no control character,
    # and any cell starting like a formula follows a comma, a line break or a quote there); only when
    # something may need it is it written again, cell by cell. A false alarm costs time, never bytes.
    if printable(text) is text and not _FORMULA_IN_CSV.search(text):
        return text
    return _written([_spreadsheet_safe(cell) for cell in row] for row in rows)


def _written(rows: Iterable[Sequence]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def _csv_row(contact, as_of: date, step: Action | None) -> tuple:
    row = contact.summary(as_of)
    row.update(
        next_action=step.kind if step else None,
        next_action_starts=step.starts.isoformat() if step else None,
        next_action_deadline=step.deadline.isoformat() if step else None,
    )
    return _IN_CSV_ORDER(row)


# ---- iCalendar ------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped; controls (which RFC 5545
    forbids in TEXT), escape sequences and bidi overrides removed."""
    value = printable(value.replace("\r\n", "\n").replace("\r", "\n"))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character; continuations start with a space."""
    if line.isascii():  # one octet a character: slices, not a loop over characters
        if len(line) <= 75:
            return line
        rest = [" " + line[start : start + 74] for start in range(75, len(line), 74)]
        return "\r\n".join([line[:75], *rest])
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(
    uid: str, stamp: str, start: str, end: str, summary: str, description: str, busy: bool
) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        start,
        end,
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        "CATEGORIES:infoview",
        "TRANSP:" + ("OPAQUE" if busy else "TRANSPARENT"),
        "END:VEVENT",
    ]


def _who(contact: Tracked) -> str:
    name = contact.name or f"contact #{contact.id}"
    return f"{name} ({contact.company})" if contact.company else name


def _call_event(contact: Tracked, stamp: str, call_minutes: int) -> list[str]:
    calls = [e for e in chronological(contact.events) if e.kind == "scheduled"]
    call = calls[-1]
    if call.has_time:
        start = call.moment
        end = start + timedelta(minutes=call_minutes)
        times = (f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}")
    else:
        times = (
            f"DTSTART;VALUE=DATE:{call.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{call.day + timedelta(days=1):%Y%m%d}",
        )
    description = (
        f"Informational interview with {_who(contact)}. Ask for nothing but advice; keep to the time.\n"
        f"Prepare: infoview prep --contact {contact.id}\n"
        f"Afterwards: infoview contacts log {contact.id} met --note-file NOTES"
    )
    if call.note:
        description += f"\n\n{call.note}"
    # One UID per contact: a rescheduled call replaces the old event (a higher SEQUENCE) on re-import.
    lines = _event(
        f"call-{contact.id}",
        stamp,
        *times,
        f"Informational interview: {_who(contact)}",
        description,
        busy=True,
    )
    lines.insert(-1, f"SEQUENCE:{len(calls) - 1}")
    return lines


def _follow_up_event(action: Action, stamp: str, as_of: date) -> list[str]:
    day = max(action.starts, as_of)  # an action already open goes on today, not in the past
    title = ACTION_TITLES[action.kind].format(name=action.name, company=action.company or "their employer")
    description = action.reason
    if action.command:
        description += f"\nDraft it: {action.command}"
    description += f"\nDue by {action.deadline.isoformat()}. Drafts only: infoview never sends anything."
    return _event(
        f"{action.kind}-{action.contact_id}-{action.anchor}",
        stamp,
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        title,
        description,
        busy=False,
    )


def contacts_ics(
    contacts: Sequence[Tracked],
    as_of: date,
    *,
    call_minutes: int = 20,
    now: datetime | None = None,
    colleagues: Colleagues | None = None,
    planned: Sequence[Action] = (),
) -> str:
    """A VCALENDAR with each scheduled call and each follow-up from the due rules (current and upcoming),
    and the ``planned`` reach-outs (`infoview plan --save`), by date; 3B7 looks among ``colleagues``
    (default: ``contacts`` themselves)."""
    stamp = _stamp(now or datetime.now(UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//infoview-ai//infoview {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Informational interviews",
    ]
    for contact in _timed(contacts):
        if status_from_events(contact.events, as_of) == "scheduled":
            lines += _call_event(contact, stamp, call_minutes)
    colleagues = colleagues if colleagues is not None else Colleagues(contacts)
    timeline = plan(_timed(contacts), as_of, colleagues)
    for action in sorted([*timeline, *planned], key=lambda a: urgency(a, as_of)):
        if action.kind in CALENDAR_ACTIONS:
            lines += _follow_up_event(action, stamp, as_of)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
