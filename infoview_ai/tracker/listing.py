"""The tracker at scale: listings, `due`, exports and one-person commands that read only what they show.

A contact here is "light": its columns without the stored profile and bio (``profile`` is {} and
``bio_text`` ""), which are what make 100,000 contacts weigh a gigabyte. SQL does the filtering and the
paging; events are read only for the contacts that need them: the page shown, the people with a timeline
(a contact with no event is `identified` and has nothing due), and for 3B7 the touches of the people at
the employers concerned, by the index on the company key (store.py, migration 4).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from infoview_ai import store
from infoview_ai.tracker.events import STATUSES
from infoview_ai.tracker.export import identified_row_sql
from infoview_ai.tracker.record import Contact
from infoview_ai.tracker.reminders import Colleagues
from infoview_ai.tracker.status import TOUCHES, Event, split_usable

LIGHT_COLUMNS = (
    "id, name, headline, company, industry, note, created_at, updated_at, profile_url, email, degree,"
    " source, connected_on"
)
DEFAULT_PAGE = 50  # `contacts list` without --limit
_IN_CHUNK = 500  # ids per `IN (...)`: far below SQLite's variable limit
_HAS_EVENTS = "EXISTS (SELECT 1 FROM events e WHERE e.contact_id = contacts.id)"


@dataclass(frozen=True)
class Page:
    """One page of a listing: its contacts, how many matched in all, and how many come before it."""

    contacts: list[Contact]
    total: int
    offset: int

    @property
    def remaining(self) -> int:
        """How many matching contacts come after this page."""
        return max(0, self.total - self.offset - len(self.contacts))


def _light(row: tuple) -> Contact:
    """A contact from a row of LIGHT_COLUMNS, in order (profile and bio_text sit between note and
    created_at in the record)."""
    return Contact(*row[:6], {}, "", *row[6:])


def _rows(conn: sqlite3.Connection, query: str, args: Sequence = ()) -> sqlite3.Cursor:
    """Plain tuples, not sqlite3.Row: a hundred thousand rows are read faster."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor.execute(query, args)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield list(ids[start : start + _IN_CHUNK])


def _by_ids(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Contact]:
    found: list[Contact] = []
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        found += [
            _light(r)
            for r in _rows(conn, f"SELECT {LIGHT_COLUMNS} FROM contacts WHERE id IN ({marks})", chunk)
        ]
    return sorted(found, key=lambda c: c.id)


def attach_events(
    conn: sqlite3.Connection, people: Sequence[Contact], kinds: Sequence[str] = (), *, scan: bool = False
) -> None:
    """Read the events of ``people`` (all of them, or only ``kinds``), in the order logged, and split off
    those whose time cannot be used, as contacts.get_contact does. ``scan`` reads the events table in one
    pass instead of by contact: quicker when ``people`` are most of those with a timeline."""
    by_contact: dict[int, list[Event]] = {c.id: [] for c in people}
    only = f" kind IN ({', '.join('?' * len(kinds))})" if kinds else ""
    query = "SELECT id, contact_id, kind, at, note FROM events"
    if scan:
        batches = [_rows(conn, query + (f" WHERE{only}" if only else "") + " ORDER BY id", kinds)]
    else:
        batches = (
            _rows(
                conn,
                f"{query} WHERE contact_id IN ({', '.join('?' * len(chunk))})"
                + (f" AND{only}" if only else ""),
                (*chunk, *kinds),
            )
            for chunk in _chunks(list(by_contact))
        )
    for rows in batches:
        for row in rows:
            found = by_contact.get(row[1])
            if found is not None:
                found.append(Event(row[2], row[3], row[4], row[0]))
    for person in people:
        events = by_contact[person.id]
        if not scan:
            events.sort(key=lambda e: e.id)
        person.events, person.skipped = split_usable(events)


def _with_timeline(conn: sqlite3.Connection, where: str = "", args: Sequence = ()) -> list[Contact]:
    """The contacts with at least one event (and matching ``where``), with their events, oldest first."""
    # Driven from the events' index: the ids with a timeline, then those rows by primary key (an EXISTS
    # per contact would scan all the contacts' wide rows, profiles and bios included: 3x slower at 100k).
    query = (
        f"SELECT {LIGHT_COLUMNS} FROM contacts WHERE id IN (SELECT contact_id FROM events){where} ORDER BY id"
    )
    people = [_light(r) for r in _rows(conn, query, args)]
    attach_events(conn, people, scan=True)
    return people


@dataclass
class Colleague:
    """Someone 3B7 may name at an employer: only what the company index holds (id, name, company), so
    the people at a few hundred employers are read without their rows' profiles and bios (4x quicker)."""

    id: int
    name: str | None
    company: str | None
    events: list[Event] = field(default_factory=list)
    skipped: list[Event] = field(default_factory=list)


def _key(company: str | None) -> str:
    return (company or "").strip().lower()


def colleagues_of(
    conn: sqlite3.Connection, people: Iterable[Contact], timed: Sequence[Contact] | None = None
) -> Colleagues:
    """Everyone at the employers of ``people`` (themselves included) with their touches: what 3B7 needs.
    ``timed``, when given, are every contact with a timeline, their events read already: the others
    found have none, so no event is read again.

    The index on lower(trim(company)) finds a plain employer; one whose name SQLite's lower() would not
    fold like Python's (non-ASCII letters) is looked up by a scan, so the grouping is exactly reminders'.
    """
    keys = {_key(p.company) for p in people} - {""}
    plain = sorted(k for k in keys if k.isascii())
    found: dict[int, Colleague] = {}
    for start in range(0, len(plain), _IN_CHUNK):
        chunk = plain[start : start + _IN_CHUNK]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT id, name, company FROM contacts WHERE lower(trim(company)) IN ({marks})"
        found.update((r[0], Colleague(*r)) for r in _rows(conn, query, chunk))
    folded = keys - set(plain)
    if folded:
        conn.create_function("infoview_key", 1, _key, deterministic=True)
        query = (
            "SELECT id, name, company FROM contacts WHERE company IS NOT NULL AND infoview_key(company) = ?"
        )
        for key in folded:
            found.update((r[0], Colleague(*r)) for r in _rows(conn, query, (key,)))
    others = [c for c in sorted(found.values(), key=lambda c: c.id) if _key(c.company) in keys]
    if timed is None:
        attach_events(conn, others, TOUCHES)
    else:
        known = {c.id: c for c in timed}
        others = [known.get(c.id, c) for c in others]
    return Colleagues(others)


def colleagues_of_one(contact: Contact) -> Colleagues:
    """3B7 for `contacts show` and `log`: only the people at this contact's employer are read."""
    with store.connect() as conn:
        return colleagues_of(conn, [contact])


def active(as_of: date | None = None) -> tuple[list[Contact], Colleagues]:
    """The contacts with a timeline (the only ones with anything due), and the colleagues 3B7 looks
    among for those still in the request phase."""
    with store.connect() as conn:
        people = _with_timeline(conn)
        asking = [p for p in people if p.status(as_of) in ("requested", "cold")]
        return people, colleagues_of(conn, asking, people)


def status_counts(as_of: date | None = None) -> dict[str, int]:
    """How many contacts are at each status across the whole tracker (every status, zeros included):
    those without a timeline are counted in SQL, only those with one are read to find their status."""
    counts = dict.fromkeys(STATUSES, 0)
    with store.connect() as conn:
        counts["identified"] = conn.execute(
            f"SELECT count(*) FROM contacts WHERE NOT {_HAS_EVENTS}"
        ).fetchone()[0]
        for person in _with_timeline(conn):
            counts[person.status(as_of)] += 1
    return counts


def plain_rows() -> Iterator[tuple]:
    """Every contact's CSV row as if it had no timeline (export.identified_row_sql), oldest first, from
    the covering index contacts_listing (the table's rows hold the profiles and bios). Read as they are
    written (export.csv_chunks): a hundred thousand rows held at once cost more than they take to read."""
    with store.connect() as conn:
        yield from _rows(conn, f"SELECT {identified_row_sql()} FROM contacts ORDER BY id")


def list_page(
    status: str | None = None,
    company: str | None = None,
    as_of: date | None = None,
    limit: int | None = DEFAULT_PAGE,
    page: int = 1,
) -> Page:
    """Contacts oldest first, the same as contacts.list_contacts, but only ``limit`` of them (all when
    None) from page ``page``, with the number that matched. ``company`` matches part of the name."""
    offset = (page - 1) * limit if limit else 0
    with store.connect() as conn:
        where, args = "", []
        if company:
            conn.create_function("infoview_lower", 1, lambda v: (v or "").lower(), deterministic=True)
            where, args = " AND instr(infoview_lower(company), ?) > 0", [company.strip().lower()]
        if status is None:
            total = conn.execute(f"SELECT count(*) FROM contacts WHERE 1{where}", args).fetchone()[0]
            query = f"SELECT {LIGHT_COLUMNS} FROM contacts WHERE 1{where} ORDER BY id LIMIT ? OFFSET ?"
            shown = [_light(r) for r in _rows(conn, query, (*args, limit or -1, offset))]
            attach_events(conn, shown)
            return Page(shown, total, offset)
        timed = [p for p in _with_timeline(conn, where, args) if p.status(as_of) == status]
        if status != "identified":
            return Page(timed[offset : offset + limit] if limit else timed[offset:], len(timed), offset)
        # Everyone without an event is identified too: only their ids are read, then the page's rows.
        query = f"SELECT id FROM contacts WHERE NOT {_HAS_EVENTS}{where} ORDER BY id"
        untimed = [r[0] for r in conn.execute(query, args)]
        by_id = {p.id: p for p in timed}
        ids = sorted([*untimed, *by_id])
        ids = ids[offset : offset + limit] if limit else ids[offset:]
        rest = _by_ids(conn, [i for i in ids if i not in by_id])
        shown = sorted([*rest, *(by_id[i] for i in ids if i in by_id)], key=lambda c: c.id)
        return Page(shown, len(untimed) + len(timed), offset)
