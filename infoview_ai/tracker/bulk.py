"""Many contacts at once, for `infoview import`: one read of what is stored, then executemany writes.

Everything runs on the caller's connection, inside its one transaction (store.write_transaction), so an
import that fails half-way changes nothing. Only the columns an import sets are written: notes, events
and drafts are never touched, and a stored profile or bio is kept when the update passes None for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

# What an import sets on a contact, in this order in every row below.
IMPORT_COLUMNS = ("name", "headline", "company", "email", "profile_url", "degree", "source", "connected_on")
_IN_CHUNK = 500  # ids per `IN (...)`: far below SQLite's variable limit


def stored_people(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every contact's id, import columns and whether it has a bio, oldest first (no profiles, no notes)."""
    return conn.execute(
        f"SELECT id, {', '.join(IMPORT_COLUMNS)}, bio_text != '' AS has_bio FROM contacts ORDER BY id"
    ).fetchall()


def stored_bio_texts(conn: sqlite3.Connection, contact_ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(contact_ids), _IN_CHUNK):
        chunk = list(contact_ids[start : start + _IN_CHUNK])
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(f"SELECT id, bio_text FROM contacts WHERE id IN ({marks})", chunk):
            found[row["id"]] = row["bio_text"]
    return found


def insert_contacts(conn: sqlite3.Connection, rows: Iterable[tuple], now: str) -> None:
    """Rows of IMPORT_COLUMNS values followed by the profile JSON and the bio text."""
    columns = ", ".join((*IMPORT_COLUMNS, "profile", "bio_text", "created_at", "updated_at"))
    marks = ", ".join("?" * (len(IMPORT_COLUMNS) + 4))
    conn.executemany(f"INSERT INTO contacts ({columns}) VALUES ({marks})", ((*row, now, now) for row in rows))


def update_contacts(conn: sqlite3.Connection, rows: Iterable[tuple], now: str) -> None:
    """Rows of (id, IMPORT_COLUMNS values, profile JSON, bio text); a None profile or bio keeps the stored."""
    assignments = ", ".join(f"{column} = ?" for column in IMPORT_COLUMNS)
    conn.executemany(
        f"UPDATE contacts SET {assignments}, profile = coalesce(?, profile),"
        " bio_text = coalesce(?, bio_text), updated_at = ? WHERE id = ?",
        ((*row[1:], now, row[0]) for row in rows),
    )


def stored_sample_digests(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT digest FROM writing_samples")}


def insert_writing_samples(conn: sqlite3.Connection, rows: Iterable[tuple], now: str) -> None:
    """Rows of (source, direction, counterpart, sent_at, subject, body, digest); a digest is kept once."""
    conn.executemany(
        "INSERT OR IGNORE INTO writing_samples"
        " (source, direction, counterpart, sent_at, subject, body, digest, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((*row, now) for row in rows),
    )
