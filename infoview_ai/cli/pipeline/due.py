"""`infoview due`: the tracker's to-do list, what to do now and what opens soon.

Only click and the pure timing modules are imported at the top, so `infoview --help` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from infoview_ai.cli.options import (
    as_of_day,
    as_of_option,
    format_option,
    handle_errors,
    note,
    print_json,
    say,
    warn_skipped,
    without_collections,
)

if TYPE_CHECKING:
    from datetime import date

    from infoview_ai.tracker.reminders import Action


@click.command()
@as_of_option
@click.option(
    "--ahead", type=click.IntRange(0, 365), default=0, metavar="DAYS", help="Also list what opens soon."
)
@format_option("text", "json")
@handle_errors
@without_collections
def due(as_of, ahead, fmt) -> None:
    """What to do now, most urgent first: thank-yous, nudges, 3B7, report-backs, check-ins.

    Follows the timing in the docs: a thank-you within 24 hours of the call; one nudge 5-7 days
    after an unanswered request (and a second person at the same employer after 3 business days);
    cold after two unanswered touches; a report-back 2-4 weeks after the thank-you; then a check-in
    every 90 days. Nothing is sent: each line names the command that drafts it. What can be done now
    comes first (by deadline), then what opens later (by the day it opens).

    \b
    Example:
      infoview due --as-of 2026-03-09
    """
    from infoview_ai.cli.wrapped import fill
    from infoview_ai.tracker.listing import active
    from infoview_ai.tracker.reminders import due as due_actions

    day = as_of_day(as_of)
    timed, colleagues = active(day)  # a contact without a timeline has nothing due
    warn_skipped(timed)
    actions = due_actions(timed, day, ahead_days=ahead, colleagues=colleagues)
    from infoview_ai.tracker.planned import with_planned

    actions = with_planned(actions, day, ahead)  # `infoview plan --save`'s reach-outs, merged by date
    if fmt == "json":
        print_json([a.to_dict(day) for a in actions])
        return
    if not actions:
        from infoview_ai.tracker.status import show_day

        note(f"Nothing due on {show_day(day)}.")
    lines = []
    for action in actions:
        lines.append(f"{when_label(action, day):<16} {action.kind:<14} #{action.contact_id} {action.name}")
        lines.append(fill(action.reason, 100, "    "))  # as textwrap.fill, quicker on plain sentences
        if action.command:
            lines.append(f"    run: {action.command}")
    if lines:
        say("\n".join(lines))  # one write: thousands of actions print in one go


def when_label(action: Action, day: date) -> str:
    """The date a listing shows for an action; `reminders.urgency` sorts by the same date."""
    from infoview_ai.tracker.status import show_day

    if action.overdue_days(day):
        return f"overdue {action.overdue_days(day)}d"
    if action.starts > day:
        return f"from {show_day(action.starts)}"
    return "today" if action.deadline == day else f"by {show_day(action.deadline)}"
