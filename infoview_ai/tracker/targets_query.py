"""The tracker's side of `infoview targets` and `infoview plan`: who has not been contacted yet, and what
happened to those who have. SQL does the filtering (no events at all, the asked companies), so ranking
30,000 imported connections reads only the columns it needs."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from infoview_ai.tracker.status import Event, split_usable, status_from_events

CANDIDATE_COLUMNS = "id, name, company, headline, industry, degree, profile_url, email"
_IN_CHUNK = 500
_NOT_CONTACTED = "NOT EXISTS (SELECT 1 FROM events e WHERE e.contact_id = c.id)"


def distinct_companies(conn: sqlite3.Connection) -> list[str]:
    """Every company name stored, once each, as written."""
    rows = conn.execute("SELECT DISTINCT company FROM contacts WHERE company IS NOT NULL AND company != ''")
    return [row[0] for row in rows]


def uncontacted(
    conn: sqlite3.Connection, companies: Sequence[str] | None = None, mentions: Sequence[str] = ()
) -> list[tuple]:
    """(id, name, company, headline, industry, degree, profile_url, email) of every contact with no event
    logged, oldest first; only those at one of ``companies`` (exact stored spellings) when given, and
    whose industry, title or company contain each of ``mentions`` (ASCII words, any case; a prefilter:
    the caller checks whole words)."""
    query = f"SELECT {CANDIDATE_COLUMNS} FROM contacts c WHERE {_NOT_CONTACTED}"
    text = "(coalesce(industry, '') || ' ' || coalesce(headline, '') || ' ' || coalesce(company, ''))"
    words = [f"%{word}%" for word in mentions if word.isascii() and word.isalnum()]
    query += "".join(f" AND {text} LIKE ?" for _ in words)
    if companies is None:
        return conn.execute(query + " ORDER BY id", words).fetchall()
    found: list[tuple] = []
    names = list(companies)
    for start in range(0, len(names), _IN_CHUNK):
        chunk = names[start : start + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        found += conn.execute(query + f" AND company IN ({marks})", [*words, *chunk]).fetchall()
    return sorted(found, key=lambda row: row[0])


@dataclass
class Touched:
    """A contact with events, as the reminder rules read it (reminders.Tracked)."""

    id: int
    name: str | None
    company: str | None
    degree: int | None
    events: list[Event] = field(default_factory=list)


def contacted_people(
    conn: sqlite3.Connection, as_of: date, companies: Sequence[str] | None = None
) -> list[Touched]:
    """Every contact with at least one usable event (at ``companies`` when given), with their events:
    one query, however many contacts were never contacted."""
    query = (
        "SELECT e.contact_id, c.name, c.company, c.degree, e.kind, e.at, e.note, e.id"
        " FROM events e JOIN contacts c ON c.id = e.contact_id"
    )
    args: list[str] = []
    if companies is not None:
        if not companies:
            return []
        args = list(companies)
        query += f" WHERE c.company IN ({', '.join('?' * len(args))})"
    people: dict[int, Touched] = {}
    for contact_id, name, company, degree, kind, at, note, event_id in conn.execute(
        query + " ORDER BY e.id", args
    ):
        person = people.setdefault(contact_id, Touched(contact_id, name, company, degree))
        person.events.append(Event(kind, at, note, event_id))
    for person in people.values():
        person.events, _ = split_usable(person.events, as_of)
    return sorted(people.values(), key=lambda p: p.id)


def contacted_statuses(
    conn: sqlite3.Connection, as_of: date, companies: Sequence[str] | None = None
) -> Counter[str]:
    """How many contacts (at ``companies`` when given) stand at each status past `identified`."""
    return Counter(status_from_events(p.events, as_of) for p in contacted_people(conn, as_of, companies))


def requests_between(conn: sqlite3.Connection, first: date, last: date) -> list[tuple[int, int | None, bool]]:
    """(contact id, degree, has a connection-note draft) for each `requested` event logged from ``first``
    to ``last`` (inclusive): what counts against this week's invitations and this month's notes."""
    rows = conn.execute(
        "SELECT e.contact_id, c.degree, EXISTS (SELECT 1 FROM drafts d WHERE d.contact_id = c.id"
        " AND d.channel LIKE 'linkedin-note%') FROM events e JOIN contacts c ON c.id = e.contact_id"
        " WHERE e.kind = 'requested' AND substr(e.at, 1, 10) BETWEEN ? AND ?",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    return [(row[0], row[1], bool(row[2])) for row in rows]
