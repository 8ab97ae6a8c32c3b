"""`infoview import`: read a file or folder, match each person against the tracker, write in one go.

Idempotent: a person already stored (same profile URL, else same name and company) is updated, never
added twice, and a row that repeats an earlier one in the same file is skipped. An update never erases:
empty cells keep what is stored; notes, events and drafts are never touched; a contact added by hand
(`contacts add`, no source) keeps its name, headline, company and bio, and only gains what it lacked (a
profile URL, an e-mail, the connection date, degree 1). One transaction per import: a failure changes
nothing, and --dry-run computes the same summary and writes nothing.
"""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

from infoview_ai import store
from infoview_ai.errors import InputError
from infoview_ai.network.bios import LoadBio, people_from_bios
from infoview_ai.network.csv_reader import MAX_CSV_BYTES, MB
from infoview_ai.network.linkedin_export import looks_like_connections, read_connections, read_export_zip
from infoview_ai.network.matching import Matcher
from infoview_ai.network.people import CONNECTIONS, CSV, ImportedPerson, Skipped, WritingSample
from infoview_ai.network.people_csv import RowKind, read_people_csv
from infoview_ai.network.summary import ImportSummary
from infoview_ai.network.writing_samples import owner_name, sent_invitations, sent_messages
from infoview_ai.tracker import bulk


@dataclass
class Found:
    """What one file or folder holds, before it meets the tracker."""

    people: list[ImportedPerson]
    skipped: list[Skipped]
    samples: list[WritingSample]
    samples_skipped: list[Skipped]
    warnings: list[str]


def import_path(
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    load_bio: LoadBio | None = None,
    dry_run: bool = False,
) -> ImportSummary:
    """Import ``path`` (LinkedIn's export ZIP, Connections.csv, any CSV of people, or a folder of bios)."""
    found = read_path(path, mapping or {}, load_bio)
    summary = ImportSummary(label=path.name or str(path), dry_run=dry_run)
    summary.skipped = found.skipped
    summary.samples_skipped = found.samples_skipped
    summary.warnings = found.warnings
    if dry_run:
        if not store.db_path().exists():
            _plan(None, found, summary)
            return summary
        with store.connect() as conn:
            _plan(conn, found, summary)
            conn.rollback()
        return summary
    with store.write_transaction() as conn:
        _write(conn, *_plan(conn, found, summary))
    return summary


def read_path(path: Path, mapping: dict[str, str], load_bio: LoadBio | None) -> Found:
    label = path.name or str(path)
    if path.is_dir():
        if mapping:
            raise InputError("--map is for a CSV file; a folder of bios needs none.")
        if load_bio is None:
            raise InputError("Importing a folder of bios needs a bio reader.")
        people, skipped = people_from_bios(path, load_bio)
        return Found(people, skipped, [], [], [])
    if not path.exists():
        raise InputError(f"{path} does not exist. Check the path.")
    if path.is_file() and zipfile.is_zipfile(path):  # a device or pipe: zipfile would seek forever
        return _read_export(path, label, mapping)
    data = _read_file(path, label)
    if not mapping and looks_like_connections(data):
        people, skipped = read_connections(data, label)
    else:
        kind = RowKind(CONNECTIONS, 1) if looks_like_connections(data) else RowKind(CSV)
        people, skipped = read_people_csv(data, label, mapping, kind)
    return Found(people, skipped, [], [], [])


def _read_file(path: Path, label: str) -> bytes:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise InputError(
                f"{label} is larger than {MAX_CSV_BYTES // MB} MB, the most infoview reads from one CSV: "
                "split it and import the parts."
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{label} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > MAX_CSV_BYTES:
        raise InputError(f"{label} is larger than {MAX_CSV_BYTES // MB} MB: split it and import the parts.")
    return data


def _read_export(path: Path, label: str, mapping: dict[str, str]) -> Found:
    export = read_export_zip(path, label)
    if mapping:
        raise InputError("--map is for a CSV of people; LinkedIn's export ZIP is read as it is.")
    files = export.files
    found = Found([], [], [], [], export.warnings)
    if "Connections.csv" in files:
        found.people, found.skipped = read_connections(files["Connections.csv"], "Connections.csv")
    owner_urls: list[str] = []
    if "Invitations.csv" in files:
        samples, skipped, owner_urls = sent_invitations(files["Invitations.csv"], "Invitations.csv")
        found.samples += samples
        found.samples_skipped += skipped
    if "messages.csv" in files:
        owner = owner_name(files.get("Profile.csv"), "Profile.csv")
        samples, skipped = sent_messages(files["messages.csv"], "messages.csv", owner_urls, owner)
        found.samples += samples
        found.samples_skipped += skipped
    if "Connections.csv" not in files:
        if not found.samples:
            ignored = f" ({'; '.join(export.warnings)})" if export.warnings else ""
            raise InputError(
                f"{label} holds no Connections.csv, Invitations.csv or messages.csv{ignored}: is it "
                "LinkedIn's data export (Settings > Data privacy > Get a copy of your data)?"
            )
        found.warnings.append(f"{label} holds no Connections.csv: only your writing samples were read.")
    return found


# ---- matching and merging -------------------------------------------------------------------------


def _plan(conn: sqlite3.Connection | None, found: Found, summary: ImportSummary) -> tuple[list, list, list]:
    """(rows to insert, rows to update, writing samples to add), counting into ``summary``."""
    stored = {row["id"]: row for row in bulk.stored_people(conn)} if conn is not None else {}
    matcher = Matcher.of((r["id"], r["profile_url"], r["name"], r["company"]) for r in stored.values())
    texts = {}
    if conn is not None and any(p.profile is not None for p in found.people):
        texts = bulk.stored_bio_texts(conn, list(stored))
    inserts, updates, seen = [], [], {}
    for person in found.people:
        contact_id = matcher.find(person.profile_url, person.name, person.company)
        if contact_id is not None and contact_id in seen:
            summary.skipped.append(Skipped(person.where, f"the same person as {seen[contact_id]}"))
            continue
        if contact_id is None:
            contact_id = -(len(inserts) + 1)  # a placeholder until the insert gives it an id
            inserts.append((*_columns(person), person.profile_json(), person.bio_text))
            summary.added += 1
        else:
            update = _merge(stored[contact_id], person, texts.get(contact_id), summary.warnings)
            if update is None:
                summary.unchanged += 1
            else:
                updates.append((contact_id, *update))
                summary.updated += 1
        seen[contact_id] = person.where
        matcher.claim(contact_id, person.profile_url, person.name, person.company)
    digests = bulk.stored_sample_digests(conn) if conn is not None else set()
    samples = []
    for sample in found.samples:
        if sample.digest in digests:
            summary.samples_known += 1
            continue
        digests.add(sample.digest)
        samples.append(sample)
    summary.samples_added = len(samples)
    return inserts, updates, samples


def _columns(person: ImportedPerson) -> tuple:
    return (
        person.name,
        person.headline,
        person.company,
        person.email,
        person.profile_url,
        person.degree,
        person.source,
        person.connected_on,
    )


def _merge(row: sqlite3.Row, person: ImportedPerson, stored_bio: str | None, warnings: list[str]):
    """The stored contact's new import columns, profile and bio (None: keep), or None when nothing changes."""
    by_hand = row["source"] is None
    old = tuple(row[column] for column in bulk.IMPORT_COLUMNS)
    new_values = dict(zip(bulk.IMPORT_COLUMNS, _columns(person), strict=True))
    merged = {}
    for column, before in zip(bulk.IMPORT_COLUMNS, old, strict=True):
        value = new_values[column]
        if column == "degree":
            merged[column] = min((d for d in (before, value) if d is not None), default=None)
        elif column == "source":
            merged[column] = None if by_hand else (CONNECTIONS if CONNECTIONS in (before, value) else before)
        elif by_hand and column in ("name", "headline", "company"):
            merged[column] = before or value
        else:
            merged[column] = value or before
    if (
        by_hand
        and person.company
        and row["company"]
        and person.company.casefold() != row["company"].casefold()
    ):
        warnings.append(
            f"#{row['id']} {row['name']}: kept the company {row['company']!r} you set (the file says "
            f"{person.company!r}; change it with `infoview contacts edit {row['id']} --company`)"
        )
    values = tuple(merged[column] for column in bulk.IMPORT_COLUMNS)
    profile = bio = None
    if not by_hand:
        if person.profile is not None:
            if person.bio_text != stored_bio:
                profile, bio = person.profile_json(), person.bio_text
        elif not row["has_bio"] and values != old:
            profile = ImportedPerson(**{**person.__dict__, **merged}).profile_json()
    if values == old and profile is None:
        return None
    return (*values, profile, bio)


def _write(conn: sqlite3.Connection, inserts: list, updates: list, samples: list[WritingSample]) -> None:
    now = store.now_utc()
    bulk.insert_contacts(conn, inserts, now)
    bulk.update_contacts(conn, updates, now)
    bulk.insert_writing_samples(
        conn,
        ((s.source, "sent", s.counterpart, s.sent_at, s.subject, s.body, s.digest) for s in samples),
        now,
    )
