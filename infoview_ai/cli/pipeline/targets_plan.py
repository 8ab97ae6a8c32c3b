"""`infoview targets` and `infoview plan`: the thin Click layer over outreach_plan (ranking, the weekly
plan) and the tracker. Only click is imported at the top, so `infoview --help` stays fast."""

from __future__ import annotations

import click

from infoview_ai.cli.options import as_of_day, format_option, handle_errors, note, print_json, say

__all__ = ["targets"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _goal(me_path: str | None) -> str | None:
    """The user's `Goal:` line from --me or $INFOVIEW_HOME/me.md, else their background text."""
    from infoview_ai.cli.inputs import load_sender

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
