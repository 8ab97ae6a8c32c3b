"""Where each contact stands: the pipeline status that follows from the events logged for it.

A pure function of a contact's events and a date ("as of"), so it can be tested on fixed dates. Days
are local calendar days. What to do next is reminders.py's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

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


@dataclass(frozen=True, slots=True)  # slots: a tracker holds tens of thousands; half the memory each
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

# The dates the tracker works with: a typo like 9999-12-31 or 0202-03-01 would otherwise be stored and
# then break every date computed from it (a follow-up 90 days after the year 9999).
EARLIEST_DAY = date(1900, 1, 1)
YEARS_AHEAD = 100


def latest_day(today: date | None = None) -> date:
    today = today or date.today()
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def check_day_in_range(day: date, option: str, given: str, today: date | None = None) -> None:
    """Refuse a day outside 1900 .. 100 years from today, naming the option and what was given."""
    if not EARLIEST_DAY <= day <= latest_day(today):
        raise InputError(
            f"{option} {given!r} is outside the dates infoview tracks ({EARLIEST_DAY.isoformat()} to "
            f"{latest_day(today).isoformat()}): check the year."
        )


def parse_as_of(text: str | None, today: date | None = None) -> date:
    """`--as-of`: YYYY-MM-DD or "today" (the default), within the dates the tracker works with."""
    today = today or date.today()
    if text is None or text.strip().lower() == "today":
        return today
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--as-of wants a date as YYYY-MM-DD (e.g. 2026-03-09), not {text!r}.") from None
    check_day_in_range(day, "--as-of", text, today)
    return day


def usable(event: Event, today: date | None = None) -> bool:
    """An event whose time parses and lies within the tracked dates (one stored by an older infoview, or
    edited by hand, may not)."""
    return _usable_until(event, latest_day(today))


def _usable_until(event: Event, latest: date) -> bool:
    try:
        event.moment  # noqa: B018 - parsing is the check
        return EARLIEST_DAY <= event.day <= latest
    except (ValueError, TypeError):
        return False


def split_usable(events: Iterable[Event], today: date | None = None) -> tuple[list[Event], list[Event]]:
    """(usable events, events left out because their time cannot be used), each in the order given."""
    latest = latest_day(today)  # once, not per event: a listing splits a hundred thousand events
    good: list[Event] = []
    bad: list[Event] = []
    for event in events:
        (good if _usable_until(event, latest) else bad).append(event)
    return good, bad


@lru_cache(maxsize=4096)  # `due` shows ten thousand reasons over a few hundred days; strftime is slow
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
    return _cold_since(events) if _stage(events) == 1 else None


def _cold_since(events: Sequence[Event]) -> date | None:
    """cold_since for events known to be in the request phase."""
    touches = unanswered_touches(events)
    if len(touches) < COLD_AFTER_TOUCHES:
        return None
    return touches[-1].day + timedelta(days=COLD_WAIT_DAYS)


def _stage(events: Sequence[Event]) -> int:
    return max([_STAGE_OF_EVENT.get(e.kind, 0) for e in events], default=0)


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
    stage = _stage(events)
    if stage == 1:  # only the request phase can go cold: the touches are sorted out for it alone
        cold = _cold_since(events)
        if cold is not None and (as_of or date.today()) >= cold:
            return "cold"
    return _STAGES[stage]
