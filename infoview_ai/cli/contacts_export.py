"""`infoview contacts export`: the tracker's contacts as CSV, its calls and follow-ups as a calendar.

Only click is imported at the top, so `infoview --help` stays fast.
"""

from __future__ import annotations

import click

from infoview_ai.cli.options import as_of_day, as_of_option, handle_errors, note, warn_skipped


@click.command("export")
@click.option("--csv", "csv_path", metavar="PATH|-", help="Write every contact with status and next step.")
@click.option("--ics", "ics_path", metavar="PATH|-", help="Write calls and follow-ups as an iCalendar file.")
@click.option("--call-minutes", type=click.IntRange(5, 180), default=20, show_default=True)
@as_of_option
@handle_errors
def contacts_export(csv_path, ics_path, call_minutes, as_of) -> None:
    """Export contacts to CSV and calls plus follow-ups to your calendar (.ics).

    \b
    Example:
      infoview contacts export --csv contacts.csv --ics infoview.ics
    """
    from infoview_ai.cli.output import ensure_writable, write_atomic
    from infoview_ai.tracker.contacts import list_contacts
    from infoview_ai.tracker.export import contacts_csv, contacts_ics

    if not csv_path and not ics_path:
        raise click.UsageError("Pass --csv FILE, --ics FILE or both.")
    if csv_path == "-" and ics_path == "-":
        raise click.UsageError("Only one of --csv and --ics can go to stdout ('-').")
    for path in (csv_path, ics_path):
        if path and path != "-":
            ensure_writable(path)  # before any work: a bad path is refused with nothing written
    day = as_of_day(as_of)
    everyone = list_contacts()
    warn_skipped(everyone)
    for path, text in (
        (csv_path, contacts_csv(everyone, day) if csv_path else ""),
        (ics_path, contacts_ics(everyone, day, call_minutes=call_minutes) if ics_path else ""),
    ):
        if not path:
            continue
        if path == "-":
            click.echo(text.encode("utf-8"), nl=False)  # bytes: the CRLF line ends go out untranslated
        else:
            write_atomic(path, text)
            note(f"Wrote {path}")
