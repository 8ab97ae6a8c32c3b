"""`infoview targets` and `infoview plan`: the thin Click layer over outreach_plan (ranking, the weekly
plan) and the tracker. Only click is imported at the top, so `infoview --help` stays fast."""

from __future__ import annotations

import click

from infoview_ai.cli.options import as_of_day, format_option, handle_errors, note, print_json, say

__all__ = ["plan", "targets"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _goal(me_path: str | None) -> str | None:
    """The user's `Goal:` line from --me or $INFOVIEW_HOME/me.md, else their background text."""
    from infoview_ai.inputs import load_sender

    sender = load_sender(me_path)
    return sender.goal or sender.background or None


def _csv_cell(value: object) -> object:
    from infoview_ai.guards.safe_text import printable

    if isinstance(value, str):
        value = printable(value)
        if value.startswith(_FORMULA_STARTS):  # a spreadsheet would run it as a formula
            return "'" + value
    return value


def rows_csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: _csv_cell(row.get(column)) for column in columns})
    return buffer.getvalue()


me_option = click.option(
    "--me", metavar="PATH", help="Your background with a `Goal:` line (default: $INFOVIEW_HOME/me.md)."
)


@click.command()
@click.option("--company", metavar="NAME", help="Only people at this company (exact, strong or weak match).")
@click.option("--industry", metavar="WORDS", help="Only people whose industry, title or company says this.")
@click.option("--title", metavar="WORDS", help="Only people in this function or with this title.")
@click.option("--limit", type=click.IntRange(1, 100_000), default=20, show_default=True)
@me_option
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Decide who went cold on this date.")
@format_option("text", "json", "csv")
@handle_errors
def targets(company, industry, title, limit, me, as_of, fmt) -> None:
    """Who to ask: the people you have stored, ranked for your goal, each with why.

    Ranked by the company match (with --company: exact, then strong, e.g. "EY" for "Ernst & Young",
    then weak, never a bare substring), then 1st-degree connections first, then how close their title
    is to your goal (me.md's `Goal:` line, or --title), then seniority. People you already contacted
    or who went cold are left out and counted on stderr. The csv and json columns (contact_id, name,
    company, title, degree, profile_url, reason) can be fed to a batch command.

    \b
    Examples:
      infoview targets --company "Oakridge Foods"
      infoview targets --title analyst --limit 10 --format csv > top10.csv
    """
    from infoview_ai import store
    from infoview_ai.outreach_plan.ranking import COLUMNS, Filters, rank_targets

    goal = _goal(me)
    if not goal and not title:
        note("No goal found: add a `Goal:` line to me.md (or pass --me or --title) to rank by function.")
    filters = Filters(company=company, industry=industry, title=title, limit=limit)
    with store.connect() as conn:
        ranking = rank_targets(conn, goal, filters, as_of_day(as_of))
    for line in ranking.notes:
        note(line)
    if excluded := ranking.excluded_line():
        note(excluded)
    shown = len(ranking.targets)
    note(f"{ranking.matched} people match; showing {shown}.")
    if fmt == "json":
        print_json([t.row() for t in ranking.targets])
    elif fmt == "csv":
        click.echo(rows_csv([t.row() for t in ranking.targets], COLUMNS), nl=False)
    else:
        if not ranking.targets:
            note("Nobody to suggest: import your network with `infoview import Connections.csv`.")
        for target in ranking.targets:
            where = f" at {target.company}" if target.company else ""
            degree = " (1st)" if target.degree == 1 else ""
            say(f"{target.rank:>3}. #{target.contact_id} {target.name}{degree}: {target.title or '-'}{where}")
            say(f"     why: {target.reason.split(': ', 1)[1]}")


@click.command()
@click.option("--per-week", type=click.IntRange(1, 200), default=5, show_default=True, help="Your own cap.")
@click.option(
    "--notes-budget",
    type=click.IntRange(0, 1000),
    default=3,
    show_default=True,
    help="Personalised connection notes a month (a free LinkedIn account gets about 3).",
)
@click.option("--premium", is_flag=True, help="LinkedIn Premium: no monthly note limit, 300-character notes.")
@click.option("--invites-per-week", type=click.IntRange(0, 1000), default=100, show_default=True)
@click.option(
    "--invite-without-note",
    is_flag=True,
    help="When the month's notes are used, plan a plain invitation instead of waiting.",
)
@click.option(
    "--week-of", "week_day", metavar="YYYY-MM-DD", help="Plan the week holding this day (default: this week)."
)
@click.option("--company", metavar="NAME", help="Only new people at this company.")
@click.option("--title", metavar="WORDS", help="Only new people in this function or with this title.")
@me_option
@click.option(
    "--save", is_flag=True, help="Keep the plan: it shows in `infoview due` and the calendar export."
)
@format_option("text", "json")
@handle_errors
def plan(
    per_week,
    notes_budget,
    premium,
    invites_per_week,
    invite_without_note,
    week_day,
    company,
    title,
    me,
    save,
    fmt,
) -> None:
    """This week's outreach within LinkedIn's limits: follow-ups first, then the best new people.

    Nudges and Dalton's 3B7 second person come first. A 1st-degree connection gets a LinkedIn
    message (no note needed); anyone else an invitation with a connection note from the month's
    budget (notes already logged this month count). Each line names the command that drafts it;
    nothing is sent. With --save the plan appears in `infoview due` and `infoview contacts export --ics`.

    \b
    Examples:
      infoview plan
      infoview plan --per-week 8 --week-of 2026-03-16 --save
    """
    from infoview_ai import store
    from infoview_ai.outreach_plan.ranking import Filters
    from infoview_ai.outreach_plan.this_week import plan_week
    from infoview_ai.outreach_plan.weekly_plan import Budgets
    from infoview_ai.tracker.status import show_day

    today = as_of_day(None)
    day = as_of_day(week_day) if week_day else today
    budgets = Budgets(per_week, None if premium else notes_budget, invites_per_week, invite_without_note)
    with store.connect() as conn:
        week, ranking = plan_week(
            conn, _goal(me), day, budgets, as_of=today, filters=Filters(company, None, title), premium=premium
        )
    if save:
        from infoview_ai.tracker.planned import PlannedRow, save_week

        rows = [
            PlannedRow(i.contact_id, i.kind, i.channel, i.day, i.deadline, i.reason, i.command)
            for i in week.items
            if i.contact_id is not None and i.kind != "nudge"  # nudges are in `due` already
        ]
        count = save_week(week.monday, rows)
        note(f"Saved {count} planned contacts for the week of {show_day(week.monday)}: see `infoview due`.")
    if fmt == "json":
        print_json(
            {
                "week_of": week.monday.isoformat(),
                "items": [i.to_dict() for i in week.items],
                "waiting": week.waiting,
                "budgets": week.budget_lines,
            }
        )
        return
    say(f"Week of {show_day(week.monday)}:")
    if not week.items:
        say("  nothing to do: import people with `infoview import`, or see `infoview targets`.")
    for item in week.items:
        who = f"#{item.contact_id} {item.name}" if item.contact_id else item.name
        say(
            f"  {show_day(item.day):<11} {item.kind:<16} {who}"
            + (f" ({item.company})" if item.company else "")
        )
        say(f"      why: {item.reason}")
        say(f"      run: {item.command}")
        if item.contact_id and item.kind != "nudge":
            say(f"      then, once sent: infoview contacts log {item.contact_id} requested")
    for line in week.waiting:
        say(f"  not this week: {line}")
    for line in week.budget_lines:
        note(line)
