"""What to do next, and when: the timing rules of docs/domain.md#timing, from each contact's events.

Everything here is a pure function of contacts and a date ("as of"), so each rule can be tested on
fixed dates. Days are local calendar days; a call's time of day only matters for the 24-hour
thank-you. Nothing here sends anything: an action is a reminder with the command that drafts the
message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from infoview_ai.tracker.status import (
    COLD_WAIT_DAYS,
    TOUCHES,
    Event,
    chronological,
    cold_since,
    show_day,
    status_from_events,
    unanswered_touches,
)

# docs/domain.md#timing.
NUDGE_WINDOW_DAYS = (5, 7)  # one nudge 5-7 days after an unanswered request
SECOND_PERSON_BUSINESS_DAYS = 3  # Dalton's 3B7: a second person at the same employer after 3 business
SECOND_PERSON_BY_BUSINESS_DAY = 7  # days, before the 7th, when 3B7 nudges the first person
REPORT_BACK_WINDOW_DAYS = (14, 28)  # report back 2-4 weeks after the thank-you
CHECK_IN_EVERY_DAYS = 90  # "a check-in a few times a year"
CHECK_IN_GRACE_DAYS = 14
PREPARE_DAYS_BEFORE_CALL = 2
MORNING_ENDS_AT_HOUR = 12  # a morning call gets its thank-you the same day

# Most urgent first among actions shown with the same date.
_BY_URGENCY = ("thank-you", "log-call", "prepare", "schedule", "nudge", "second-person", "report-back")
KIND_RANK = {kind: rank for rank, kind in enumerate((*_BY_URGENCY, "check-in"))}
INFO_KINDS = ("stop",)
KNOWN_SHOWN = 10  # colleagues named in a 3B7 hint; the rest are counted


class Tracked(Protocol):
    """What the rules need from a contact (contacts.Contact has it)."""

    id: int
    name: str | None
    company: str | None
    events: list[Event]


@dataclass(frozen=True, slots=True)  # slots: `due` at 100,000 contacts makes ten thousand
class Action:
    """One reminder: do ``kind`` for this contact between ``starts`` and ``deadline``."""

    contact_id: int
    name: str
    company: str | None
    kind: str
    starts: date
    deadline: date
    reason: str
    command: str | None = None
    anchor: int = 0  # id of the event it follows from: a stable calendar UID across exports
    until: date | None = None  # informational actions disappear after this day

    def overdue_days(self, as_of: date) -> int:
        return max(0, (as_of - self.deadline).days)

    def to_dict(self, as_of: date) -> dict:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "company": self.company,
            "action": self.kind,
            "starts": self.starts.isoformat(),
            "deadline": self.deadline.isoformat(),
            "overdue_days": self.overdue_days(as_of),
            "reason": self.reason,
            "command": self.command,
        }


# ---- dates ----------------------------------------------------------------------------------------


def add_business_days(start: date, days: int) -> date:
    """The day ``days`` working days (Monday-Friday) after ``start``; holidays are not known."""
    current, added = start, 0
    while added < days:
        current += timedelta(days=1)
        if current.weekday() < 5:
            added += 1
    return current


# ---- actions --------------------------------------------------------------------------------------


def _latest(events: Sequence[Event], *kinds: str) -> Event | None:
    matching = [e for e in chronological(events) if e.kind in kinds]
    return matching[-1] if matching else None


def _name(contact: Tracked) -> str:
    return contact.name or f"contact #{contact.id}"


def _action(contact: Tracked, kind: str, starts: date, deadline: date, reason: str, **extra) -> Action:
    return Action(
        contact_id=contact.id,
        name=_name(contact),
        company=contact.company,
        kind=kind,
        starts=starts,
        deadline=deadline,
        reason=reason,
        **extra,
    )


def _request_phase(contact: Tracked, others: Colleagues, as_of: date) -> list[Action]:
    name, cid = _name(contact), contact.id
    touches = unanswered_touches(contact.events)
    if not touches:
        reply = _latest(contact.events, "replied")
        if reply is None:
            return []
        reason = (
            f"{name} replied on {show_day(reply.day)}: agree on a time, then log it with "
            f"`infoview contacts log {cid} scheduled --at 'YYYY-MM-DD HH:MM'`."
        )
        return [
            _action(contact, "schedule", reply.day, reply.day + timedelta(days=2), reason, anchor=reply.id)
        ]
    first, last = touches[0], touches[-1]
    actions = []
    if len(touches) == 1:
        opens, closes = (first.day + timedelta(days=d) for d in NUDGE_WINDOW_DAYS)
        reason = (
            f"No reply to your request of {show_day(first.day)}: send one short nudge "
            f"{NUDGE_WINDOW_DAYS[0]}-{NUDGE_WINDOW_DAYS[1]} days after it, shorter than the first message."
        )
        command = f"infoview follow-up --contact {cid} --stage nudge"
        actions.append(_action(contact, "nudge", opens, closes, reason, command=command, anchor=first.id))
    cold = cold_since(contact.events)
    if cold is not None:
        reason = (
            f"Two touches unanswered (the last on {show_day(last.day)}): {name} is now cold; stop following "
            "up and spend the effort on someone else."
        )
        until = cold + timedelta(days=COLD_WAIT_DAYS)
        actions.append(_action(contact, "stop", cold, cold, reason, anchor=last.id, until=until))
    second = _second_person(contact, first, others)
    if second is not None and (cold is None or as_of < cold):
        actions.append(second)
    return actions


def _second_person(contact: Tracked, request: Event, others: Colleagues) -> Action | None:
    """3B7: no reply after 3 business days, so reach a second person at the same employer."""
    company = (contact.company or "").strip()
    if not company:
        return None
    if others.asked_since(company, contact.id, request.at):
        return None  # a second person was already asked
    colleagues = others.at(company, contact.id)
    opens = add_business_days(request.day, SECOND_PERSON_BUSINESS_DAYS)
    closes = add_business_days(request.day, SECOND_PERSON_BY_BUSINESS_DAY)
    known = ", ".join(f"{_name(other)} (#{other.id})" for other in colleagues[:KNOWN_SHOWN])
    if len(colleagues) > KNOWN_SHOWN:
        known += f" and {len(colleagues) - KNOWN_SHOWN} more"
    hint = (
        f" Already in your list: {known}." if known else " Add one with `infoview contacts add --bio FILE`."
    )
    reason = (
        f"No reply from {_name(contact)} after {SECOND_PERSON_BUSINESS_DAYS} business days: reach out to a "
        f"second person at {company} (Dalton's 3B7).{hint}"
    )
    return _action(contact, "second-person", opens, closes, reason, anchor=request.id)


class Colleagues:
    """The contacts at each employer and the latest touch of each, grouped once: 3B7 over a whole list in
    one pass instead of a scan of everyone per contact. Employers match case- and space-insensitively."""

    def __init__(self, people: Iterable[Tracked] = ()) -> None:
        self._groups: dict[str, list[Tracked]] = {}
        self._latest: dict[str, list[tuple[str, int]]] = {}  # the two latest (touch time, contact id)
        for person in people:
            key = (person.company or "").strip().lower()
            if not key:
                continue
            self._groups.setdefault(key, []).append(person)
            touch = max((e.at for e in person.events if e.kind in TOUCHES), default=None)
            if touch is not None:
                top = self._latest.setdefault(key, [])
                top.append((touch, person.id))
                top.sort(reverse=True)
                del top[2:]

    def at(self, company: str, contact_id: int) -> list[Tracked]:
        """The others at ``company``, in the order they were given."""
        return [p for p in self._groups.get(company.strip().lower(), ()) if p.id != contact_id]

    def asked_since(self, company: str, contact_id: int, at: str) -> bool:
        """Whether anyone else at ``company`` was requested or nudged at or after ``at``."""
        for touch, other in self._latest.get(company.strip().lower(), ()):
            if other != contact_id:
                return touch >= at
        return False


def _thank_you(contact: Tracked, met: Event) -> Action:
    if met.has_time and met.moment.hour < MORNING_ENDS_AT_HOUR:
        deadline, when = met.day, "today (the call was in the morning)"
    elif met.has_time:
        deadline = (met.moment + timedelta(hours=24)).date()
        when = f"within 24 hours (by {show_day(deadline)} {met.moment:%H:%M})"
    else:
        deadline = met.day + timedelta(days=1)
        when = f"within 24 hours (by {show_day(deadline)})"
    reason = (
        f"You met {_name(contact)} on {show_day(met.day)}: send a thank-you {when}; name one piece of "
        "advice and what you will do with it."
    )
    command = f"infoview thank-you --contact {contact.id}"
    return _action(contact, "thank-you", met.day, deadline, reason, command=command, anchor=met.id)


def _call(contact: Tracked, call: Event) -> list[Action]:
    at = show_day(call.day) + (f" {call.moment:%H:%M}" if call.has_time else "")
    name, cid = _name(contact), contact.id
    prepare = _action(
        contact,
        "prepare",
        call.day - timedelta(days=PREPARE_DAYS_BEFORE_CALL),
        call.day,
        f"Call with {name} on {at}: prepare the brief and your top questions.",
        command=f"infoview prep --contact {cid}",
        anchor=call.id,
        until=call.day,
    )
    after = call.day + timedelta(days=1)
    log_it = _action(
        contact,
        "log-call",
        after,
        after,
        f"Your call with {name} was on {at}: log it with your notes (`infoview contacts log {cid} met "
        f"--at {call.at} --note-file NOTES`) so the thank-you can use them.",
        anchor=call.id,
    )
    return [prepare, log_it]


def _report_back(contact: Tracked, thanked: Event) -> Action:
    opens, closes = (thanked.day + timedelta(days=d) for d in REPORT_BACK_WINDOW_DAYS)
    reason = (
        f"Report back to {_name(contact)} on what you did with their advice (2-4 weeks after your thank-you "
        f"of {show_day(thanked.day)}), then log `checked-in`."
    )
    command = f"infoview follow-up --contact {contact.id}"
    return _action(contact, "report-back", opens, closes, reason, command=command, anchor=thanked.id)


def _check_in(contact: Tracked, last: Event) -> Action:
    opens = last.day + timedelta(days=CHECK_IN_EVERY_DAYS)
    reason = (
        f"Keep in touch: a short check-in with {_name(contact)}, {CHECK_IN_EVERY_DAYS} days after the last "
        f"one ({show_day(last.day)}); share news or something useful to them, then log `checked-in`."
    )
    command = f"infoview follow-up --contact {contact.id}"
    deadline = opens + timedelta(days=CHECK_IN_GRACE_DAYS)
    return _action(contact, "check-in", opens, deadline, reason, command=command, anchor=last.id)


def actions_for(contact: Tracked, as_of: date, others: Sequence[Tracked] | Colleagues = ()) -> list[Action]:
    """Every next step for one contact, including ones whose window opens after ``as_of``; ``others``
    are the contacts 3B7 looks among (everyone, or only those at the contact's employer)."""
    if not isinstance(others, Colleagues):
        others = Colleagues(others)
    events = contact.events
    status = status_from_events(events, as_of)
    if status in ("requested", "cold"):
        actions = _request_phase(contact, others, as_of)
    elif status == "scheduled":
        actions = _call(contact, _latest(events, "scheduled"))
    elif status == "met":
        actions = [_thank_you(contact, _latest(events, "met"))]
    elif status == "thanked":
        actions = [_report_back(contact, _latest(events, "thanked"))]
    elif status == "following-up":
        actions = [_check_in(contact, _latest(events, "checked-in", "thanked", "nudged"))]
    else:
        actions = []  # identified (nothing asked yet) and closed
    return sorted(actions, key=lambda a: urgency(a, as_of))


def urgency(action: Action, as_of: date) -> tuple:
    """The sort key of "most urgent first", by the date a listing shows for the action.

    What can be done now (overdue, due today, due by a later day) comes first, by its deadline; then
    what opens later, by the day its window opens. On the same date a thank-you goes before the
    others and a reminder to stop comes last.
    """
    upcoming = action.starts > as_of
    shown = action.starts if upcoming else action.deadline
    return (upcoming, shown, action.kind in INFO_KINDS, KIND_RANK.get(action.kind, 99), action.contact_id)


def plan(contacts: Sequence[Tracked], as_of: date, colleagues: Colleagues | None = None) -> list[Action]:
    """Every contact's next steps, most urgent first (see ``urgency``); 3B7 looks among ``colleagues``
    (default: ``contacts`` themselves)."""
    colleagues = colleagues if colleagues is not None else Colleagues(contacts)
    actions = [a for c in contacts for a in actions_for(c, as_of, colleagues)]
    return sorted(actions, key=lambda a: urgency(a, as_of))


def due(
    contacts: Sequence[Tracked], as_of: date, ahead_days: int = 0, colleagues: Colleagues | None = None
) -> list[Action]:
    """What to do on ``as_of`` (or within ``ahead_days`` after it), most urgent first."""
    horizon = as_of + timedelta(days=ahead_days)
    actions = plan(contacts, as_of, colleagues)
    return [a for a in actions if a.starts <= horizon and (a.until is None or as_of <= a.until)]
