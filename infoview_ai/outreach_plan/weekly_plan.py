"""`infoview plan`: who to contact this week, within LinkedIn's limits and the user's own cap.

Follow-ups of earlier requests come first (the one nudge, and Dalton's 3B7 second person at the same
employer, filled with the best-ranked person there), then new people in `targets` order. A 1st-degree
connection gets a LinkedIn message: no invitation, no note. Anyone else needs an invitation (about 100 a
week) and, for a personalised one, a connection note from the month's budget (3 on a free account,
unlimited with --premium). When the month's notes are spent, the person moves to a day of this week in
the next month when there is one, else to e-mail when their address is known, else to an invitation
without a note (--invite-without-note: notes barely change acceptance), else waits, said with the day
the notes renew. A pure function of its inputs, so each budget rule is tested on fixed dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from infoview_ai.outreach_plan.ranking import Target
from infoview_ai.tracker.reminders import Action
from infoview_ai.tracker.status import show_day

FOLLOW_UP_KINDS = ("nudge", "second-person")
NEW_KINDS = ("message", "connection-note", "email", "invitation")
CHANNELS = {
    "message": "linkedin-message",
    "connection-note": "linkedin-note",
    "email": "email",
    "invitation": "linkedin-message",
}


@dataclass(frozen=True)
class Budgets:
    per_week: int = 5
    notes_per_month: int | None = 3  # None: Premium, unlimited
    invites_per_week: int = 100
    invite_without_note: bool = False


@dataclass(frozen=True)
class Used:
    """What the tracker already shows as spent: requests logged this week, and notes per month."""

    requests_this_week: int = 0
    invites_this_week: int = 0
    notes_by_month: dict[tuple[int, int], int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanItem:
    contact_id: int | None  # None: a 3B7 second person still to find
    name: str
    company: str | None
    kind: str  # nudge, second-person, message, connection-note, email, invitation
    day: date
    deadline: date
    reason: str
    command: str
    follow_up: bool = False

    @property
    def channel(self) -> str | None:
        return CHANNELS.get(self.kind)

    def to_dict(self) -> dict:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "company": self.company,
            "action": self.kind,
            "channel": self.channel,
            "day": self.day.isoformat(),
            "deadline": self.deadline.isoformat(),
            "reason": self.reason,
            "command": self.command,
        }


@dataclass
class WeekPlan:
    monday: date
    first_day: date
    items: list[PlanItem] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    budget_lines: list[str] = field(default_factory=list)


def week_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _month(day: date) -> tuple[int, int]:
    return day.year, day.month


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def outreach_command(contact_id: int, kind: str, premium: bool = False) -> str:
    command = f"infoview outreach --contact {contact_id} --channel {CHANNELS[kind]}"
    return command + (" --premium" if premium and kind == "connection-note" else "")


class _Planner:
    def __init__(self, monday: date, first_day: date, budgets: Budgets, used: Used, premium: bool):
        self.plan = WeekPlan(monday, first_day)
        self.budgets, self.premium = budgets, premium
        sunday = monday + timedelta(days=6)
        days = [first_day + timedelta(days=n) for n in range((sunday - first_day).days + 1)]
        self.days = [d for d in days if d.weekday() < 5] or days
        self.deadline = self.days[-1]
        self.slots = budgets.per_week - used.requests_this_week
        self.invites = budgets.invites_per_week - used.invites_this_week
        self.notes: dict[tuple[int, int], int | None] = {}
        for day in days:
            spent = used.notes_by_month.get(_month(day), 0)
            budget = budgets.notes_per_month
            self.notes[_month(day)] = None if budget is None else max(0, budget - spent)
        self.used = used
        self.taken: set[int] = set()
        self.turn = 0

    def next_day(self) -> date:
        day = self.days[self.turn % len(self.days)]
        self.turn += 1
        return day

    def follow_up(self, action: Action, second: Target | None) -> None:
        if self.slots <= 0:
            self.plan.waiting.append(
                f"{action.name}: the {action.kind} waits, your cap of {self.budgets.per_week} a week "
                "is reached."
            )
            return
        day = max(action.starts, self.plan.first_day)
        if action.kind == "nudge":
            self.slots -= 1
            self.taken.add(action.contact_id)
            self.plan.items.append(
                PlanItem(
                    action.contact_id,
                    action.name,
                    action.company,
                    "nudge",
                    day,
                    max(action.deadline, day),
                    action.reason,
                    action.command or "",
                    follow_up=True,
                )
            )
            return
        why = (
            f"3B7: no reply from {action.name} (#{action.contact_id}) yet, so a second person at "
            f"{action.company}"
        )
        if second is not None and self.new(second, why, day):
            return
        if second is None:
            self.slots -= 1
            self.plan.items.append(
                PlanItem(
                    None,
                    f"a second person at {action.company}",
                    action.company,
                    "second-person",
                    day,
                    action.deadline,
                    why + ": nobody there is stored yet; find and import one.",
                    f'infoview targets --company "{action.company}"',
                    follow_up=True,
                )
            )

    def new(self, target: Target, why: str, day: date | None = None) -> bool:
        """Plan ``target`` when the budgets allow; False (and a line saying why) when not."""
        if self.slots <= 0 or target.contact_id in self.taken:
            return False
        day = day or self.next_day()
        reason = target.reason.split(": ", 1)[-1]
        if target.degree == 1:
            return self._add(target, "message", day, f"{why}; {reason}" if why else reason)
        if self.invites <= 0:
            self.plan.waiting.append(
                f"{target.name} (#{target.contact_id}): waits for next week, the "
                f"{self.budgets.invites_per_week} invitations of this week are used."
            )
            return False
        kind, day, note_line = self._note_or_switch(target, day)
        if kind is None:
            self.plan.waiting.append(f"{target.name} (#{target.contact_id}): {note_line}")
            return False
        if kind in ("connection-note", "invitation"):
            self.invites -= 1
        lead = f"{why}; " if why else ""
        return self._add(target, kind, day, f"{lead}{note_line}; {reason}")

    def _note_or_switch(self, target: Target, day: date) -> tuple[str | None, date, str]:
        budget = self.budgets.notes_per_month
        left = self.notes.get(_month(day))
        if left is None:
            return "connection-note", day, "connection note (Premium: no monthly limit)"
        if left > 0:
            self.notes[_month(day)] = left - 1
            return "connection-note", day, f"connection note {budget - left + 1} of {budget} this month"
        later = [d for d in self.days if d > day and (self.notes.get(_month(d)) or 0) > 0]
        if later:
            day = later[0]
            self.notes[_month(day)] -= 1
            return (
                "connection-note",
                day,
                f"connection note on {show_day(day)}, when next month's notes start",
            )
        spent = f"this month's {budget} connection notes are used"
        if target.email:
            return "email", day, f"switched to e-mail: {spent}"
        if self.budgets.invite_without_note:
            return (
                "invitation",
                day,
                (f"switched to an invitation without a note ({spent}): send the message once they accept"),
            )
        renew = _next_month(day)
        return (
            None,
            day,
            (
                f"waits: {spent} (notes renew on {show_day(renew)}); pass --invite-without-note to invite "
                "without one, or --premium if you have it."
            ),
        )

    def _add(self, target: Target, kind: str, day: date, reason: str) -> bool:
        self.slots -= 1
        self.taken.add(target.contact_id)
        command = outreach_command(target.contact_id, kind, self.premium)
        self.plan.items.append(
            PlanItem(
                target.contact_id, target.name, target.company, kind, day, self.deadline, reason, command
            )
        )
        return True


def build_plan(
    monday: date,
    first_day: date,
    follow_ups: Sequence[Action],
    candidates: Sequence[Target],
    budgets: Budgets,
    used: Used,
    *,
    second_people: dict[int, Target] | None = None,
    premium: bool = False,
) -> WeekPlan:
    """The week's plan by day; on each day follow-ups first (in the order given), then ``candidates`` in
    rank order."""
    planner = _Planner(monday, first_day, budgets, used, premium)
    second_people = second_people or {}
    for action in follow_ups:
        if action.kind in FOLLOW_UP_KINDS:
            planner.follow_up(action, second_people.get(action.contact_id))
    for target in candidates:
        if planner.slots <= 0:
            break
        planner.new(target, "")
    plan = planner.plan
    # A follow-up can open mid-week and a switched note moves to a later day: the week reads in day order,
    # and on one day in the order planned (follow-ups, then by rank). sort() is stable.
    plan.items.sort(key=lambda item: item.day)
    plan.budget_lines = _budget_lines(planner, budgets, used)
    return plan


def _budget_lines(planner: _Planner, budgets: Budgets, used: Used) -> list[str]:
    planned = len(planner.plan.items)
    lines = [
        f"Your cap: {budgets.per_week} a week; {used.requests_this_week} already logged this week, "
        f"{planned} planned."
    ]
    if budgets.notes_per_month is None:
        lines.append("Connection notes: no monthly limit (Premium).")
    else:
        for (year, month), left in planner.notes.items():
            spent = budgets.notes_per_month - (left or 0)
            lines.append(
                f"Connection notes in {date(year, month, 1):%B %Y}: {spent} of {budgets.notes_per_month} "
                f"used or planned."
            )
    invites = budgets.invites_per_week - planner.invites
    lines.append(f"Invitations this week: {invites} of about {budgets.invites_per_week} used or planned.")
    return lines
