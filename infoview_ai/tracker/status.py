"""Where each contact stands: the pipeline status that follows from the events logged for it.

A pure function of a contact's events and a date ("as of"), so it can be tested on fixed dates. Days
are local calendar days. What to do next is reminders.py's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from infoview_ai.errors import InputError

# The pipeline is ordered; the furthest stage any event reached decides the status, so logging an
# older event late (`--at` in the past) never moves a contact backwards.
_STAGE_OF_EVENT = {
    "requested": 1,
    "replied": 1,
    "nudged": 1,
    "scheduled": 2,
    "met": 3,
    "thanked": 4,
    "checked-in": 5,
}
_STAGES = ("identified", "requested", "scheduled", "met", "thanked", "following-up")
TOUCHES = ("requested", "nudged")

# docs/domain.md#timing: two unanswered touches and the contact is cold.
COLD_AFTER_TOUCHES = 2  # two unanswered touches: stop
COLD_WAIT_DAYS = 7  # the last touch gets a week to be answered before the contact counts as cold


@dataclass(frozen=True)
class Event:
    """One thing that happened. ``at`` is local time: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"."""

    kind: str
    at: str
    note: str = ""
    id: int = 0

    @property
    def day(self) -> date:
        return date.fromisoformat(self.at[:10])

    @property
    def has_time(self) -> bool:
        return len(self.at) > 10

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.at)


# ---- days ----------------------------------------------------------------------------------------


def parse_as_of(text: str | None, today: date | None = None) -> date:
    """`--as-of`: YYYY-MM-DD or "today" (the default)."""
    today = today or date.today()
    if text is None or text.strip().lower() == "today":
        return today
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--as-of wants a date as YYYY-MM-DD (e.g. 2026-03-09), not {text!r}.") from None


def show_day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


# ---- status ---------------------------------------------------------------------------------------


def chronological(events: Iterable[Event]) -> list[Event]:
    """By time; events at the same time keep the order they were logged in."""
    return sorted(events, key=lambda e: e.at)


def unanswered_touches(events: Sequence[Event]) -> list[Event]:
    """Requests and nudges since the last reply (or since the call stage, which answers them all)."""
    touches: list[Event] = []
    for event in chronological(events):
        if event.kind in TOUCHES:
            touches.append(event)
        elif event.kind in ("replied", "scheduled", "met"):
            touches = []
    return touches


def cold_since(events: Sequence[Event]) -> date | None:
    """The day the contact went (or will go) cold, when the request phase has two unanswered touches."""
    touches = unanswered_touches(events)
    if _stage(events) != 1 or len(touches) < COLD_AFTER_TOUCHES:
        return None
    return touches[-1].day + timedelta(days=COLD_WAIT_DAYS)


def _stage(events: Sequence[Event]) -> int:
    return max((_STAGE_OF_EVENT.get(e.kind, 0) for e in events), default=0)


def status_from_events(events: Sequence[Event], as_of: date | None = None) -> str:
    """The pipeline status that follows from ``events`` (in the order they were logged) on ``as_of``.

    identified -> requested -> scheduled -> met -> thanked -> following-up by the furthest event;
    `closed` when the last event logged closes the contact (logging anything after reopens it);
    `cold` when two touches of the request phase went unanswered for COLD_WAIT_DAYS.
    """
    if not events:
        return "identified"
    if events[-1].kind == "closed":
        return "closed"
    cold = cold_since(events)
    if cold is not None and (as_of or date.today()) >= cold:
        return "cold"
    return _STAGES[_stage(events)]
