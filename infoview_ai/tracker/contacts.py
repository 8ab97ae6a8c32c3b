"""The contact tracker: people you are reaching out to, what happened with each, and their drafts.

Stored in the local database (store.py); the records and the `contacts show` page are record.py's.
The status is never stored: it follows from the events (status.status_from_events), so it cannot
disagree with them. Deleting a contact removes every row that names them (profile, events and their
notes, drafts, history, cached replies, and history and cache rows from `--bio` runs that name them:
traces.py) in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from infoview_ai import store
from infoview_ai.context import Profile
from infoview_ai.errors import InputError
from infoview_ai.tracker.events import EVENT_KINDS
from infoview_ai.tracker.record import Contact, ContactInputs, Draft
from infoview_ai.tracker.status import Event, split_usable, status_from_events
from infoview_ai.tracker.timeline import (
    call_notes,
    first_message,
    parse_when,
    refuse_future,
    sequence_warnings,
)
from infoview_ai.tracker.traces import person, strings

__all__ = [
    "Contact",
    "ContactInputs",
    "Draft",
    "add_contact",
    "delete_contact",
    "edit_contact",
    "first_message",
    "get_contact",
    "kept_on_reimport",
    "list_contacts",
    "load_for_generation",
    "log_event",
    "parse_when",
    "save_draft",
    "sequence_warnings",
    "status_from_events",
    "unlog_event",
]


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


def _same_person(conn: sqlite3.Connection, name: str | None, company: str | None) -> sqlite3.Row | None:
    """A stored contact with this name and company (case-insensitive, spaces trimmed), if any."""
    if not name or not name.strip():
        return None
    return conn.execute(
        "SELECT id, name, company FROM contacts"
        " WHERE lower(trim(name)) = ? AND lower(trim(coalesce(company, ''))) = ? ORDER BY id LIMIT 1",
        (name.strip().lower(), (company or "").strip().lower()),
    ).fetchone()


def add_contact(
    profile: Profile,
    bio_text: str,
    company: str | None = None,
    industry: str | None = None,
    *,
    force: bool = False,
) -> int:
    """Store a parsed profile; the company defaults to their current employer. Returns the new id.

    The same name at the same company (case-insensitive) is refused unless ``force``: adding a bio
    twice would otherwise split one person's events and drafts over two contacts.
    """
    current = profile.current
    company = _clean(company) or _clean(current.company if current else None)
    now = store.now_utc()
    with store.write_transaction() as conn:
        same = None if force else _same_person(conn, profile.name, company)
        if same is not None:
            who = f"{same['name']} at {same['company']}" if same["company"] else same["name"]
            raise InputError(
                f"{who} is already #{same['id']}: use `infoview contacts edit {same['id']} --bio FILE` to "
                "update, or pass --force to add anyway."
            )
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
        contact.events, contact.skipped = split_usable(_events(conn, [contact_id])[contact_id])
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
        contact.events, contact.skipped = split_usable(events[contact.id])
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
    """Change the given fields; a new ``profile`` (re-imported bio) also refreshes name and headline.

    A re-imported bio without a name or headline keeps the stored one (see ``kept_on_reimport``), and
    never changes the company: it is the one you are exploring, which you may have set yourself.
    """
    changes: dict[str, object] = {}
    if profile is not None:
        changes.update(profile=profile.model_dump_json(), bio_text=bio_text or "")
        if profile.name:
            changes["name"] = profile.name
        if profile.headline:
            changes["headline"] = profile.headline
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
    changes["updated_at"] = store.now_utc()
    assignments = ", ".join(f"{column} = ?" for column in changes)
    with store.write_transaction() as conn:
        _require(conn, contact_id)
        conn.execute(f"UPDATE contacts SET {assignments} WHERE id = ?", (*changes.values(), contact_id))
    return get_contact(contact_id)


def kept_on_reimport(
    before: Contact,
    profile: Profile,
    *,
    name: str | None = None,
    headline: str | None = None,
    company: str | None = None,
) -> list[str]:
    """What re-importing ``profile`` leaves as it was, for a note ("the name 'Kwame Asante' (...)").

    Fields passed explicitly alongside the bio (``name`` and so on) are not "kept": they are set.
    """
    kept = []
    for label, old, new, given in (
        ("name", before.name, profile.name, name),
        ("headline", before.headline, profile.headline, headline),
    ):
        if old and not new and given is None:
            kept.append(f"the {label} {old!r} (the new bio has none)")
    if before.company and company is None:
        current = profile.current.company if profile.current else None
        if not current:
            kept.append(f"the company {before.company!r} (the new bio names none)")
        elif current.strip().lower() != before.company.strip().lower():
            kept.append(
                f"the company {before.company!r} (the new bio says {current!r}: change it with --company)"
            )
    return kept


def delete_contact(contact_id: int) -> str | None:
    """Remove the contact and every row that names them, in one transaction. Returns their name.

    secure_delete overwrites the freed pages and the checkpoint empties the write-ahead log, so the
    person's text does not linger in the database files either.
    """
    with store.connect() as conn:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("BEGIN IMMEDIATE")
        row = _require(conn, contact_id)
        name = row["name"]
        # Explicit deletes, not only the cascades: the intent is visible and survives a dropped FK.
        for table in ("events", "drafts", "history", "cache"):
            conn.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
        _delete_untied_rows_naming(conn, row)
        # The user's own notes and messages to them (from `infoview import`): the recipients column holds
        # canonical profile URLs, space-separated, or the recipient's name.
        conn.execute(
            "DELETE FROM writing_samples WHERE instr(' ' || counterpart || ' ', ' ' || ? || ' ') > 0"
            " OR lower(counterpart) = lower(?)",
            (row["profile_url"], name),
        )
        conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
    with store.connect() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return name


def _person_texts(row: sqlite3.Row) -> list[str]:
    return [*strings(json.loads(row["profile"])), row["bio_text"] or "", row["headline"] or ""]


def _delete_untied_rows_naming(conn: sqlite3.Connection, row: sqlite3.Row) -> None:
    """History and cache rows from `--bio` runs carry no contact id: delete those that name the person
    (traces.py decides), never a row tied to another contact.

    The other contacts (what they share with this one is no mark of it) are read only when a row names
    the person by marks taken without them: leaving them out only adds marks, so a row these miss is
    missed by the exact ones too, and deleting one person of 100,000 reads nobody else in the usual case.
    """
    names = {row["name"], json.loads(row["profile"]).get("name")} - {None, ""}
    texts = _person_texts(row)
    broad = [person(name, row["company"], texts) for name in names or {None}]
    suspects = []
    for table, key, column in (("history", "id", "output"), ("cache", "key", "response")):
        untied = conn.execute(f"SELECT {key}, {column} FROM {table} WHERE contact_id IS NULL")
        suspects += [(table, key, r) for r in untied if any(mark.named_in(r[1]) for mark in broad)]
    if not suspects:
        return
    others = [
        (other["name"], other["company"], _person_texts(other))
        for other in conn.execute(
            "SELECT name, company, profile, bio_text, headline FROM contacts WHERE id != ?", (row["id"],)
        )
    ]
    marks = [person(name, row["company"], texts, others) for name in names or {None}]
    for table, key, found in suspects:
        if any(mark.named_in(found[1]) for mark in marks):
            conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (found[0],))


# ---- events and drafts ----------------------------------------------------------------------------


def log_event(
    contact_id: int, kind: str, at: str | None = None, note: str = "", *, now: datetime | None = None
) -> Event:
    """Record that ``kind`` happened ``at`` (local time; default now). The status follows from it.

    Refused when ``at`` is in the future, except for `scheduled` (the call's time).
    """
    if kind not in EVENT_KINDS:
        raise InputError(f"Unknown event {kind!r}: use one of {', '.join(EVENT_KINDS)}.")
    now = now or datetime.now()
    when = parse_when(at, now)
    refuse_future(kind, when, now)
    with store.write_transaction() as conn:
        _require(conn, contact_id)
        cursor = conn.execute(
            "INSERT INTO events (contact_id, kind, at, note, created_at) VALUES (?, ?, ?, ?, ?)",
            (contact_id, kind, when, note.strip(), store.now_utc()),
        )
        conn.execute("UPDATE contacts SET updated_at = ? WHERE id = ?", (store.now_utc(), contact_id))
    return Event(kind, when, note.strip(), int(cursor.lastrowid))


def unlog_event(contact_id: int, event_id: int) -> Event:
    """Remove one logged event (a wrong one: a typo in `--at`, the wrong contact). Returns it."""
    with store.connect() as conn:
        conn.execute("PRAGMA secure_delete=ON")  # its note may hold call notes
        conn.execute("BEGIN IMMEDIATE")
        _require(conn, contact_id)
        row = conn.execute(
            "SELECT id, kind, at, note FROM events WHERE id = ? AND contact_id = ?", (event_id, contact_id)
        ).fetchone()
        if row is None:
            raise InputError(
                f"Contact #{contact_id} has no event {event_id}: `infoview contacts show {contact_id}` lists "
                "each event with its number."
            )
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        conn.execute("UPDATE contacts SET updated_at = ? WHERE id = ?", (store.now_utc(), contact_id))
    return Event(row["kind"], row["at"], row["note"], row["id"])


def save_draft(contact_id: int, kind: str, artifact_json: dict, channel: str | None = None) -> int:
    """Keep a generated draft with the contact (never sent anywhere). Returns the draft's id."""
    with store.write_transaction() as conn:
        _require(conn, contact_id)
        cursor = conn.execute(
            "INSERT INTO drafts (contact_id, kind, channel, body, created_at) VALUES (?, ?, ?, ?, ?)",
            (contact_id, kind, channel, json.dumps(artifact_json, ensure_ascii=False), store.now_utc()),
        )
        return int(cursor.lastrowid)


def load_for_generation(contact_id: int) -> ContactInputs:
    """The stored profile and call notes, for `--contact ID` in place of `--bio`.

    The name and headline are the contact's own columns (what `contacts edit` changed), laid over
    the parsed profile, so a corrected name reaches the drafts' greeting.
    """
    contact = get_contact(contact_id)
    profile = Profile.model_validate(contact.profile).model_copy(
        update={"name": contact.name, "headline": contact.headline}
    )
    met = [e for e in contact.events if e.kind == "met"]
    return ContactInputs(
        contact_id=contact.id,
        name=contact.name,
        profile=profile,
        bio_text=contact.bio_text,
        company=contact.company,
        industry=contact.industry,
        call_notes=call_notes(contact.events),
        first_message=first_message(contact.drafts),
        met_at=max(met, key=lambda e: e.at).at if met else None,
    )
