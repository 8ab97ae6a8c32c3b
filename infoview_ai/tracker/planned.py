"""Planned outreach (`infoview plan --save`): stored per person and week, shown by `due` and the calendar
export as "reach-out" reminders until the person is contacted (any event logged for them).

Re-saving a week replaces that week's rows. A planned reminder is kept a week past its deadline, then
drops out: an old plan that was never acted on should not nag forever.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from infoview_ai import store
from infoview_ai.tracker.reminders import Action, urgency

REACH_OUT = "reach-out"
STALE_AFTER_DAYS = 7


@dataclass(frozen=True)
class PlannedRow:
    """One person planned for the week starting ``week_of`` (a Monday)."""

    contact_id: int
    kind: str  # message, connection-note, invitation, email
    channel: str | None
    day: date
    deadline: date
    reason: str
    command: str


def save_week(week_of: date, rows: Iterable[PlannedRow]) -> int:
    """Replace the week's planned rows with ``rows``; returns how many were stored."""
    rows = list(rows)
    now = store.now_utc()
    with store.write_transaction() as conn:
        conn.execute("DELETE FROM planned_actions WHERE week_of = ?", (week_of.isoformat(),))
        conn.executemany(
            "INSERT INTO planned_actions (contact_id, week_of, kind, channel, day, deadline, reason, command,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.contact_id,
                    week_of.isoformat(),
                    r.kind,
                    r.channel,
                    r.day.isoformat(),
                    r.deadline.isoformat(),
                    r.reason,
                    r.command,
                    now,
                )
                for r in rows
            ],
        )
    return len(rows)


_PENDING = (
    "SELECT p.contact_id, c.name, c.company, p.week_of, p.kind, p.day, p.deadline, p.reason, p.command"
    " FROM planned_actions p JOIN contacts c ON c.id = p.contact_id"
    " WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.contact_id = p.contact_id)"
)


def pending_elsewhere(conn: sqlite3.Connection, week_of: date) -> dict[int, tuple[str, str]]:
    """contact id -> (week, kind) of people planned in another week and not contacted yet."""
    rows = conn.execute(_PENDING + " AND p.week_of != ?", (week_of.isoformat(),)).fetchall()
    return {row[0]: (row[3], row[4]) for row in rows}


def notes_planned(conn: sqlite3.Connection, month_first: date, month_last: date, week_of: date) -> int:
    """Connection notes planned in other weeks on days of this month, not sent yet: already promised."""
    return conn.execute(
        "SELECT count(*) FROM (" + _PENDING + " AND p.week_of != ? AND p.kind = 'connection-note'"
        " AND p.day BETWEEN ? AND ?)",
        (week_of.isoformat(), month_first.isoformat(), month_last.isoformat()),
    ).fetchone()[0]


def _action(row: sqlite3.Row | tuple) -> Action:
    contact_id, name, company, week_of, _kind, day, deadline, reason, command = row
    deadline_day = date.fromisoformat(deadline)
    return Action(
        contact_id=contact_id,
        name=name or f"contact #{contact_id}",
        company=company,
        kind=REACH_OUT,
        starts=date.fromisoformat(day),
        deadline=deadline_day,
        reason=reason,
        command=command,
        anchor=int(week_of.replace("-", "")),  # a stable calendar UID when a week is saved again
        until=deadline_day + timedelta(days=STALE_AFTER_DAYS),
    )


def planned_actions(as_of: date, ahead_days: int | None = None) -> list[Action]:
    """The planned reach-outs not done yet on ``as_of`` (and not stale); with ``ahead_days``, only those
    starting by then (as `due` lists), else every one still to come (as the calendar wants)."""
    if not store.db_path().exists():
        return []
    query, args = _PENDING + " AND p.deadline >= ?", [(as_of - timedelta(days=STALE_AFTER_DAYS)).isoformat()]
    if ahead_days is not None:
        query += " AND p.day <= ?"
        args.append((as_of + timedelta(days=ahead_days)).isoformat())
    with store.connect() as conn:
        return [_action(row) for row in conn.execute(query + " ORDER BY p.day, p.id", args).fetchall()]


def with_planned(actions: Sequence[Action], as_of: date, ahead_days: int = 0) -> list[Action]:
    """`due`'s reminders and the planned reach-outs, merged by date, most urgent first."""
    merged = [*actions, *planned_actions(as_of, ahead_days)]
    return sorted(merged, key=lambda a: urgency(a, as_of))
