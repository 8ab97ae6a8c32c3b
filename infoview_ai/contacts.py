"""The contact tracker: people you are reaching out to, what happened with each, and their drafts.

Stored in the local database (store.py). The status is never stored: it follows from the events
(due.status_from_events), so it cannot disagree with them. Deleting a contact removes every row that
names them (profile, events and their notes, drafts, history, cached replies) in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from . import store
from .context import Profile
from .due import EVENT_KINDS, Event, status_from_events
from .errors import InputError

__all__ = [
    "Contact",
    "ContactInputs",
    "Draft",
    "add_contact",
    "delete_contact",
    "edit_contact",
    "get_contact",
    "list_contacts",
    "load_for_generation",
    "log_event",
    "parse_when",
    "save_draft",
    "status_from_events",
]


@dataclass(frozen=True)
class Draft:
    id: int
    kind: str
    channel: str | None
    body: dict
    created_at: str


@dataclass
class Contact:
    id: int
    name: str | None
    headline: str | None
    company: str | None
    industry: str | None
    note: str
    profile: dict
    bio_text: str
    created_at: str
    updated_at: str
    events: list[Event] = field(default_factory=list)  # in the order they were logged
    drafts: list[Draft] = field(default_factory=list)

    def status(self, as_of: date | None = None) -> str:
        return status_from_events(self.events, as_of)

    @property
    def last_event(self) -> Event | None:
        return max(self.events, key=lambda e: e.at) if self.events else None

    def summary(self, as_of: date | None = None) -> dict:
        """The listing's stable JSON keys."""
        last = self.last_event
        return {
            "id": self.id,
            "name": self.name,
            "headline": self.headline,
            "company": self.company,
            "industry": self.industry,
            "status": self.status(as_of),
            "last_event": last.kind if last else None,
            "last_event_at": last.at if last else None,
            "note": self.note,
            "created_at": self.created_at,
        }

    def to_dict(self, as_of: date | None = None) -> dict:
        return {
            **self.summary(as_of),
            "updated_at": self.updated_at,
            "events": [{"id": e.id, "kind": e.kind, "at": e.at, "note": e.note} for e in self.events],
            "drafts": [draft.__dict__ for draft in self.drafts],
            "profile": self.profile,
        }


@dataclass(frozen=True)
class ContactInputs:
    """What a generating command needs when it is given --contact instead of --bio."""

    contact_id: int
    name: str | None
    profile: Profile
    bio_text: str
    company: str | None
    industry: str | None
    call_notes: str  # the notes logged with the latest `met` (empty when none)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _unknown(contact_id: int) -> InputError:
    return InputError(f"No contact {contact_id}: see `infoview contacts list`.")


def _clean(value: str | None) -> str | None:
    return (value or "").strip() or None


def _contact(row: sqlite3.Row) -> Contact:
    data = dict(row)
    data["profile"] = json.loads(data["profile"])
    return Contact(**data)


def _events(conn: sqlite3.Connection, contact_ids: list[int]) -> dict[int, list[Event]]:
    by_contact: dict[int, list[Event]] = {cid: [] for cid in contact_ids}
    query = "SELECT id, contact_id, kind, at, note FROM events"
    if len(contact_ids) == 1:
        rows = conn.execute(query + " WHERE contact_id = ? ORDER BY id", contact_ids).fetchall()
    else:  # a listing: one pass over every event beats a query per contact
        rows = conn.execute(query + " ORDER BY id").fetchall()
    for row in rows:
        if row["contact_id"] in by_contact:
            by_contact[row["contact_id"]].append(Event(row["kind"], row["at"], row["note"], row["id"]))
    return by_contact


def _require(conn: sqlite3.Connection, contact_id: int) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise _unknown(contact_id)
    return row


# ---- the contact itself ---------------------------------------------------------------------------


def add_contact(
    profile: Profile, bio_text: str, company: str | None = None, industry: str | None = None
) -> int:
    """Store a parsed profile; the company defaults to their current employer. Returns the new id."""
    current = profile.current
    company = _clean(company) or (current.company if current else None)
    now = _now()
    with store.write_transaction() as conn:
        cursor = conn.execute(
            "INSERT INTO contacts (name, headline, company, industry, profile, bio_text, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                profile.name,
                profile.headline,
                company,
                _clean(industry),
                profile.model_dump_json(),
                bio_text,
                now,
                now,
            ),
        )
        return int(cursor.lastrowid)


def get_contact(contact_id: int) -> Contact:
    """One contact with its events and drafts."""
    with store.connect() as conn:
        contact = _contact(_require(conn, contact_id))
        contact.events = _events(conn, [contact_id])[contact_id]
        rows = conn.execute(
            "SELECT id, kind, channel, body, created_at FROM drafts WHERE contact_id = ? ORDER BY id",
            (contact_id,),
        ).fetchall()
    contact.drafts = [Draft(**{**dict(r), "body": json.loads(r["body"])}) for r in rows]
    return contact


def list_contacts(
    status: str | None = None, company: str | None = None, as_of: date | None = None
) -> list[Contact]:
    """Every contact with its events (not its drafts), oldest first; ``company`` matches part of the name."""
    with store.connect() as conn:
        contacts = [_contact(r) for r in conn.execute("SELECT * FROM contacts ORDER BY id").fetchall()]
        events = _events(conn, [c.id for c in contacts])
    for contact in contacts:
        contact.events = events[contact.id]
    if company:
        contacts = [c for c in contacts if company.strip().lower() in (c.company or "").lower()]
    if status:
        contacts = [c for c in contacts if c.status(as_of) == status]
    return contacts


def edit_contact(
    contact_id: int,
    *,
    name: str | None = None,
    headline: str | None = None,
    company: str | None = None,
    industry: str | None = None,
    note: str | None = None,
    profile: Profile | None = None,
    bio_text: str | None = None,
) -> Contact:
    """Change the given fields; a new ``profile`` (re-imported bio) also refreshes name and headline."""
    changes: dict[str, object] = {}
    if profile is not None:
        changes.update(
            profile=profile.model_dump_json(),
            bio_text=bio_text or "",
            name=profile.name,
            headline=profile.headline,
        )
    for column, value in (
        ("name", name),
        ("headline", headline),
        ("company", company),
        ("industry", industry),
    ):
        if value is not None:
            changes[column] = _clean(value)
    if note is not None:
        changes["note"] = note.strip()
    if not changes:
        raise InputError(
            "Nothing to change: pass --name, --headline, --company, --industry, --note or --bio."
        )
    changes["updated_at"] = _now()
    assignments = ", ".join(f"{column} = ?" for column in changes)
    with store.write_transaction() as conn:
        _require(conn, contact_id)
        conn.execute(f"UPDATE contacts SET {assignments} WHERE id = ?", (*changes.values(), contact_id))
    return get_contact(contact_id)


def delete_contact(contact_id: int) -> str | None:
    """Remove the contact and every row that names them, in one transaction. Returns their name.

    secure_delete overwrites the freed pages and the checkpoint empties the write-ahead log, so the
    person's text does not linger in the database files either.
    """
    with store.connect() as conn:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("BEGIN IMMEDIATE")
        name = _require(conn, contact_id)["name"]
        # Explicit deletes, not only the cascades: the intent is visible and survives a dropped FK.
        for table in ("events", "drafts", "history", "cache"):
            conn.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
        conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
    with store.connect() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return name


# ---- events and drafts ----------------------------------------------------------------------------

_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def parse_when(text: str | None, now: datetime | None = None) -> str:
    """`--at`: a local date or date and time, normalised to "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".

    Accepts 2026-03-12, 2026-03-12T15:00, "2026-03-12 15:00", today/yesterday/tomorrow with an
    optional "HH:MM"; the default is now. An explicit UTC offset is converted to local time.
    """
    now = now or datetime.now()
    if text is None or not text.strip():
        return now.strftime("%Y-%m-%dT%H:%M")
    cleaned = text.strip()
    word, _, rest = cleaned.partition(" ")
    if word.lower() in _RELATIVE_DAYS:
        day = (now + timedelta(days=_RELATIVE_DAYS[word.lower()])).date().isoformat()
        cleaned = f"{day} {rest}".strip()
    try:
        if len(cleaned) == 10:
            return date.fromisoformat(cleaned).isoformat()
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InputError(
            f"--at wants a local date or date and time such as 2026-03-12 or '2026-03-12 15:00', "
            f"not {text!r}."
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M")


def log_event(contact_id: int, kind: str, at: str | None = None, note: str = "") -> Event:
    """Record that ``kind`` happened ``at`` (local time; default now). The status follows from it."""
    if kind not in EVENT_KINDS:
        raise InputError(f"Unknown event {kind!r}: use one of {', '.join(EVENT_KINDS)}.")
    when = parse_when(at)
    with store.write_transaction() as conn:
        _require(conn, contact_id)
        cursor = conn.execute(
            "INSERT INTO events (contact_id, kind, at, note, created_at) VALUES (?, ?, ?, ?, ?)",
            (contact_id, kind, when, note.strip(), _now()),
        )
        conn.execute("UPDATE contacts SET updated_at = ? WHERE id = ?", (_now(), contact_id))
    return Event(kind, when, note.strip(), int(cursor.lastrowid))


def save_draft(contact_id: int, kind: str, artifact_json: dict, channel: str | None = None) -> int:
    """Keep a generated draft with the contact (never sent anywhere). Returns the draft's id."""
    with store.write_transaction() as conn:
        _require(conn, contact_id)
        cursor = conn.execute(
            "INSERT INTO drafts (contact_id, kind, channel, body, created_at) VALUES (?, ?, ?, ?, ?)",
            (contact_id, kind, channel, json.dumps(artifact_json, ensure_ascii=False), _now()),
        )
        return int(cursor.lastrowid)


def call_notes(events: list[Event]) -> str:
    """The notes logged at the latest `met` (several `met` entries that day are one call's notes)."""
    met = [e for e in events if e.kind == "met"]
    if not met:
        return ""
    last_day = max(e.day for e in met)
    return "\n\n".join(e.note for e in sorted(met, key=lambda e: e.at) if e.day == last_day and e.note)


def load_for_generation(contact_id: int) -> ContactInputs:
    """The stored profile and call notes, for `--contact ID` in place of `--bio`."""
    contact = get_contact(contact_id)
    return ContactInputs(
        contact_id=contact.id,
        name=contact.name,
        profile=Profile.model_validate(contact.profile),
        bio_text=contact.bio_text,
        company=contact.company,
        industry=contact.industry,
        call_notes=call_notes(contact.events),
    )
