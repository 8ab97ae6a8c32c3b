"""Helpers shared by the contact tracker's Click commands (cli_contacts, cli_contacts_export, cli_due).

Only click and the pure timing modules are imported here, so `infoview --help` stays fast.
"""

from __future__ import annotations

import json
from datetime import date

import click

from infoview_ai.tracker.reminders import Action
from infoview_ai.tracker.status import show_day

LISTING_FORMATS = ("text", "json")


def format_option(choices: tuple[str, ...] = LISTING_FORMATS):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Output format.",
    )


def as_of_option(func):
    return click.option(
        "--as-of",
        "as_of",
        metavar="YYYY-MM-DD",
        help="Evaluate the timing rules on this date instead of today.",
    )(func)


def as_of_day(text: str | None) -> date:
    from infoview_ai.tracker.status import parse_as_of

    return parse_as_of(text)


def print_json(data: object) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def when_label(action: Action, day: date) -> str:
    """The date a listing shows for an action; `reminders.urgency` sorts by the same date."""
    if action.overdue_days(day):
        return f"overdue {action.overdue_days(day)}d"
    if action.starts > day:
        return f"from {show_day(action.starts)}"
    return "today" if action.deadline == day else f"by {show_day(action.deadline)}"
