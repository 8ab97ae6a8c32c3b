"""The local SQLite database under $INFOVIEW_HOME: the LLM response cache, the generation history, and
the contact tracker (contacts, their events and drafts).

WAL mode and short transactions keep two commands at once safe; schema changes are numbered
migrations tracked with PRAGMA user_version (append new ones, never edit an old one), applied all at
once in one transaction after a backup copy (infoview.db.bak-vN); a database from a newer infoview is
refused untouched. Foreign keys are
on, so deleting a contact cascades to everything that names them. Nothing here ever holds an API key.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from infoview_ai.config import ensure_home, infoview_home
from infoview_ai.errors import ConfigError, InputError

DB_NAME = "infoview.db"

MIGRATIONS: list[str] = [
    """
    CREATE TABLE cache (
        key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        model TEXT NOT NULL,
        response TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        engine TEXT NOT NULL,
        model TEXT NOT NULL,
        input_digest TEXT NOT NULL,
        input_tokens INTEGER,
        output_tokens INTEGER,
        cost_usd REAL,
        cached INTEGER NOT NULL DEFAULT 0,
        output TEXT NOT NULL
    );
    CREATE INDEX history_created ON history (created_at);
    """,
    # 2: the contact tracker. Rows that describe a person point at the contact with ON DELETE CASCADE,
    # so `contacts delete` removes every trace of them in one statement. The cache's key is a digest
    # of a request, so a cached reply can only be tied to a person through this column.
    """
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT,
        headline TEXT,
        company TEXT,
        industry TEXT,
        note TEXT NOT NULL DEFAULT '',
        profile TEXT NOT NULL,
        bio_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE INDEX events_contact ON events (contact_id, at);
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        channel TEXT,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX drafts_contact ON drafts (contact_id);
    ALTER TABLE history ADD COLUMN contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE;
    CREATE INDEX history_contact ON history (contact_id);
    ALTER TABLE cache ADD COLUMN contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE;
    CREATE INDEX cache_contact ON cache (contact_id);
    """,
    # 3: your network. People imported from a LinkedIn export or a CSV: where they came from, their
    # profile URL (the import's identity), 1st-degree connections, and the user's own messages and
    # invitations kept locally as writing samples (never sent anywhere).
    """
    ALTER TABLE contacts ADD COLUMN profile_url TEXT;
    ALTER TABLE contacts ADD COLUMN email TEXT;
    ALTER TABLE contacts ADD COLUMN degree INTEGER;
    ALTER TABLE contacts ADD COLUMN source TEXT;
    ALTER TABLE contacts ADD COLUMN connected_on TEXT;
    CREATE INDEX contacts_profile_url ON contacts (profile_url);
    CREATE INDEX contacts_name_company ON contacts (lower(name), lower(company));
    CREATE TABLE writing_samples (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        direction TEXT,
        counterpart TEXT,
        sent_at TEXT,
        subject TEXT,
        body TEXT NOT NULL,
        digest TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    """,
    # 4: the tracker at scale (tracker/listing.py). The people at one employer (3B7, from `contacts show`
    # and `log`) by an index on the company key, which also covers `due`'s scan of who works where; and a
    # covering index of the timelines (kind and time, never the notes) for `due`, `list` and `export`;
    # and a covering index of what a listing shows, read without the profiles and bios beside it.
    """
    CREATE INDEX contacts_company_key ON contacts (lower(trim(company)), company, name);
    CREATE INDEX events_timeline ON events (contact_id, kind, at);
    CREATE INDEX contacts_listing ON contacts (id, name, headline, company, industry, note, created_at);
    """,
    # 5: `infoview plan --save`: the people planned for a week (one row per person and week; re-saving a
    # week replaces its rows), so they appear in `due` and the calendar export until contacted.
    """
    CREATE TABLE planned_actions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        week_of TEXT NOT NULL,
        kind TEXT NOT NULL,
        channel TEXT,
        day TEXT NOT NULL,
        deadline TEXT NOT NULL,
        reason TEXT NOT NULL,
        command TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (contact_id, week_of)
    );
    CREATE INDEX planned_actions_day ON planned_actions (day);
    """,
    # 6: batch drafts tied to their batch: a run killed before its manifest line ends (batch/saved_drafts.py)
    """
    CREATE TABLE batch_drafts (
        manifest TEXT NOT NULL, custom_id TEXT NOT NULL, input_hash TEXT NOT NULL,
        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        file_text TEXT NOT NULL, checks TEXT NOT NULL DEFAULT '', cost_usd REAL, created_at TEXT NOT NULL,
        PRIMARY KEY (manifest, custom_id, input_hash)
    );
    CREATE INDEX batch_drafts_draft ON batch_drafts (draft_id);
    CREATE INDEX batch_drafts_contact ON batch_drafts (contact_id);
    """,
]


def db_path() -> Path:
    return infoview_home() / DB_NAME


@contextmanager
def connect(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """A connection with the schema up to date; commits on success, rolls back on error.

    A database from a newer infoview is refused before anything is written to it, even its mode.
    """
    path = path or db_path()
    try:
        if path.parent == infoview_home():
            ensure_home()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=10)
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(f"Cannot open the database {path}: {exc}. Check INFOVIEW_HOME.") from exc
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA busy_timeout=10000")
        _refuse_newer(path, _schema_version(conn))
        _make_private(path)
        _use_wal(conn)
        # Per connection and only outside a transaction: without it the ON DELETE CASCADEs do nothing.
        conn.execute("PRAGMA foreign_keys=ON")
        _migrate(conn, path)
        with conn:
            yield conn
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"The database {path} is damaged or locked: {exc}.") from exc
    finally:
        conn.close()


def _make_private(path: Path) -> None:
    """Profiles, notes and drafts are nobody else's business."""
    try:
        path.chmod(0o600)
    except OSError as exc:
        raise ConfigError(f"Cannot use the database {path}: {exc.strerror}. Check INFOVIEW_HOME.") from None


def _schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _refuse_newer(path: Path, version: int) -> None:
    if version > len(MIGRATIONS):
        raise ConfigError(
            f"The database {path} was written by a newer infoview (schema {version}; this one knows "
            f"{len(MIGRATIONS)}): upgrade infoview (pip install -U infoview-ai) to use it. "
            "Nothing was changed."
        )


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new database to WAL. The switch needs the database to itself and SQLite answers "locked"
    at once, without waiting, when another connection (prep's three calls, a second process) opens the
    new file at the same moment: so it is retried briefly. An existing database is WAL already."""
    import time

    if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + 10
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@contextmanager
def write_transaction(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """A connection inside BEGIN IMMEDIATE: reads and writes see one snapshot and commit together.

    Taking the write lock up front matters in WAL mode: a transaction that reads first and writes
    later can fail with "database is locked" when another process wrote in between, without waiting.
    """
    with connect(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        yield conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to date in one transaction, after a backup copy of an older database.

    All or nothing: a migration that fails leaves the database at its old version, untouched, with the
    copy beside it. The write lock is taken first, so processes opening a new database at once migrate
    it once, one after the other.
    """
    if _schema_version(conn) == len(MIGRATIONS):
        return
    with conn:
        conn.execute("BEGIN IMMEDIATE")
        version = _schema_version(conn)  # another process may have migrated while we waited for the lock
        _refuse_newer(path, version)
        if version == len(MIGRATIONS):
            return
        if version > 0:
            backup_copy(path, version)
        for script in MIGRATIONS[version:]:
            for statement in filter(str.strip, script.split(";")):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version={len(MIGRATIONS)}")


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.bak-v{version}")


def backup_copy(path: Path, version: int) -> Path:
    """A private, self-contained copy of the database as it is at schema ``version``, via SQLite's backup
    API (consistent while others use it). Taken through a second connection, which reads the last
    committed state while the migrating one holds the write lock."""
    target = backup_path(path, version)
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    except OSError as exc:
        raise ConfigError(
            f"Not upgrading {path}: its backup copy {target} cannot be written ({exc.strerror})."
        ) from None
    _make_private(target)
    source = sqlite3.connect(path, timeout=10)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
    finally:
        copy.close()
        source.close()
    return target


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def cache_get(key: str, contact_id: int | None = None) -> dict | None:
    """The cached reply for ``key``; with ``contact_id``, a hit is also tied to that contact.

    Tying it means `contacts delete` removes the cached reply too, even when the same request was
    first cached before the person was a contact.
    """
    with connect() as conn:
        row = conn.execute("SELECT response FROM cache WHERE key = ?", (key,)).fetchone()
        if row and contact_id is not None:
            conn.execute(
                "UPDATE cache SET contact_id = (SELECT id FROM contacts WHERE id = ?) WHERE key = ?",
                (contact_id, key),
            )
    return json.loads(row["response"]) if row else None


def cache_put(key: str, kind: str, model: str, response: dict, contact_id: int | None = None) -> None:
    with connect() as conn:
        # The sub-select stores NULL rather than failing when the contact was deleted meanwhile.
        conn.execute(
            "INSERT OR REPLACE INTO cache (key, kind, model, response, created_at, contact_id)"
            " VALUES (?, ?, ?, ?, ?, (SELECT id FROM contacts WHERE id = ?))",
            (key, kind, model, json.dumps(response), now_utc(), contact_id),
        )


@dataclass(frozen=True)
class HistoryRow:
    id: int
    created_at: str
    kind: str
    engine: str
    model: str
    input_digest: str
    input_tokens: int | None
    output_tokens: int | None
    cost_usd: float | None
    cached: bool
    output: dict
    contact_id: int | None = None

    def summary(self) -> dict:
        data = self.__dict__.copy()
        data.pop("output")
        return data


def log_generation(
    *,
    kind: str,
    engine: str,
    model: str,
    input_digest: str,
    input_tokens: int | None,
    output_tokens: int | None,
    cost_usd: float | None,
    cached: bool,
    output: dict,
    contact_id: int | None = None,
) -> int:
    """Record one generation; ``contact_id`` ties it to a contact so `contacts delete` removes it."""
    with connect() as conn:
        # The sub-select stores NULL rather than failing when the contact was deleted meanwhile.
        cursor = conn.execute(
            "INSERT INTO history (created_at, kind, engine, model, input_digest, input_tokens, output_tokens,"
            " cost_usd, cached, output, contact_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM contacts WHERE id = ?))",
            (
                now_utc(),
                kind,
                engine,
                model,
                input_digest,
                input_tokens,
                output_tokens,
                cost_usd,
                int(cached),
                json.dumps(output),
                contact_id,
            ),
        )
        return int(cursor.lastrowid)


def _row(row: sqlite3.Row) -> HistoryRow:
    data = dict(row)
    data["cached"] = bool(data["cached"])
    data["output"] = json.loads(data["output"])
    return HistoryRow(**data)


def history_list(limit: int = 20, kind: str | None = None) -> list[HistoryRow]:
    query = "SELECT * FROM history" + (" WHERE kind = ?" if kind else "") + " ORDER BY id DESC LIMIT ?"
    args = (kind, limit) if kind else (limit,)
    with connect() as conn:
        return [_row(r) for r in conn.execute(query, args).fetchall()]


def history_get(entry_id: int) -> HistoryRow:
    with connect() as conn:
        row = conn.execute("SELECT * FROM history WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise InputError(f"No history entry {entry_id}: see `infoview history list`.")
    return _row(row)
