"""A batch's drafts tied to the batch, so a re-run after kill -9 never asks the model twice for one person.

A person is kept in three steps: the file, the draft with the contact, the manifest line. A run killed
after the draft but before the line used to draft that person again, and the LLM's new reply (another
text) became a second draft for the contact. Here the draft is saved in one transaction with a row
naming the batch (the folder's manifest, the custom_id, the input hash) and the file's text; the next
run finds that row for a person the manifest does not list, rewrites the file from it and adds the
missing line, without a call. A changed input has another hash: it is drafted afresh, as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from infoview_ai import store
from infoview_ai.errors import InputError


@dataclass(frozen=True)
class BatchKey:
    """Which batch a draft came from: the output folder's manifest, the person, their input."""

    manifest: str
    custom_id: str
    input_hash: str


@dataclass(frozen=True)
class SavedDraft:
    draft_id: int
    file_text: str
    checks: str
    cost_usd: float | None


def key_for(manifest_path: Path, custom_id: str, input_hash: str) -> BatchKey:
    """The folder by its resolved path, so `-o out` and `-o ./out/` are one batch."""
    return BatchKey(str(Path(manifest_path).resolve()), custom_id, input_hash)


def save_for_batch(key: BatchKey, contact_id: int, kind: str, outcome) -> int:
    """Save ``outcome`` with the contact once for this batch person; returns the draft's id.

    The same body already saved for the contact (a run from before this table, or the offline engine's
    same text) is re-used rather than doubled, and tied to the batch."""
    body = json.dumps(outcome.body, ensure_ascii=False)
    with store.write_transaction() as conn:
        linked = _linked(conn, key)
        if linked is not None:
            return linked.draft_id
        if conn.execute("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)).fetchone() is None:
            raise InputError(f"No contact {contact_id}: see `infoview contacts list`.")
        draft_id = _same_body(conn, contact_id, kind, outcome.channel, outcome.body)
        if draft_id is None:
            cursor = conn.execute(
                "INSERT INTO drafts (contact_id, kind, channel, body, created_at) VALUES (?, ?, ?, ?, ?)",
                (contact_id, kind, outcome.channel, body, store.now_utc()),
            )
            draft_id = int(cursor.lastrowid)
        conn.execute(
            "INSERT INTO batch_drafts (manifest, custom_id, input_hash, draft_id, contact_id, file_text, "
            "checks, cost_usd, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key.manifest,
                key.custom_id,
                key.input_hash,
                draft_id,
                contact_id,
                outcome.text,
                outcome.checks,
                outcome.cost_usd,
                store.now_utc(),
            ),
        )
        return draft_id


def saved_for_batch(keys: list[BatchKey]) -> dict[BatchKey, SavedDraft]:
    """The drafts already saved for these batch people (whose draft still exists)."""
    if not keys:
        return {}
    found: dict[BatchKey, SavedDraft] = {}
    with store.connect() as conn:
        for key in keys:  # one indexed lookup each: only the people a manifest does not list get here
            saved = _linked(conn, key)
            if saved is not None:
                found[key] = saved
    return found


def _linked(conn, key: BatchKey) -> SavedDraft | None:
    row = conn.execute(
        "SELECT draft_id, file_text, checks, cost_usd FROM batch_drafts "
        "WHERE manifest = ? AND custom_id = ? AND input_hash = ?",
        (key.manifest, key.custom_id, key.input_hash),
    ).fetchone()
    if row is None:
        return None
    return SavedDraft(int(row["draft_id"]), row["file_text"], row["checks"], row["cost_usd"])


def _same_body(conn, contact_id: int, kind: str, channel: str | None, body: dict) -> int | None:
    rows = conn.execute(
        "SELECT id, body FROM drafts WHERE contact_id = ? AND kind = ? AND channel IS ?",
        (contact_id, kind, channel),
    ).fetchall()
    for row in rows:
        try:
            if json.loads(row["body"]) == body:
                return int(row["id"])
        except json.JSONDecodeError:
            continue
    return None
