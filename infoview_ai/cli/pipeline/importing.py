"""`infoview import`: the thin Click layer over network.importing (which does the reading and writing)."""

from __future__ import annotations

from pathlib import Path

import click

from infoview_ai.cli.options import handle_errors, note, print_json

__all__ = ["import_command"]


@click.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path), metavar="PATH")
@click.option(
    "--map",
    "mapping",
    metavar="FIELD=COLUMN,...",
    help="Which CSV columns hold what: name, first, last, company, title, url, email, connected_on "
    "(default: the usual headers, e.g. Full Name, Company, Title, LinkedIn, Email).",
)
@click.option("--dry-run", is_flag=True, help="Show what would be added and updated; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON (stable keys).")
@handle_errors
def import_command(path, mapping, dry_run, as_json) -> None:
    """Import your network into the tracker: LinkedIn's export, any CSV of people, or a folder of bios.

    PATH is LinkedIn's data export ZIP as downloaded (or its Connections.csv), a CSV of people, or a
    folder of bios and Profile.pdf files. Re-importing updates people, never duplicates them, and
    never erases your notes, events or drafts. Your sent invitations and messages in the ZIP are kept
    on this machine as samples of your writing; nothing is sent anywhere.

    \b
    Examples:
      infoview import ~/Downloads/Basic_LinkedInDataExport_12-04-2026.zip
      infoview import people.csv --map name="Full Name",company=Org,title=Role --dry-run
      infoview import bios/
    """
    from infoview_ai.guards.safe_text import printable, printable_data
    from infoview_ai.inputs import load_profile
    from infoview_ai.network.importing import import_path
    from infoview_ai.network.people_csv import parse_mapping

    summary = import_path(path, mapping=parse_mapping(mapping), load_bio=load_profile, dry_run=dry_run)
    # Skipped rows quote their cells: a hostile file must not drive the terminal.
    for warning in summary.warnings:
        note(printable(f"warning: {warning}"))
    if as_json:
        print_json(printable_data(summary.to_dict()))
    else:
        click.echo(printable(summary.text()))
    if not dry_run and summary.added:
        note("Next: `infoview contacts list`, or `infoview contacts show ID` for one person.")
