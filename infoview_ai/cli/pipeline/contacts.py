"""The `contacts` commands: the contact tracker's thin Click layer.

Only click and the pure status module are imported here, so `infoview --help` stays fast; the
database and the bio parser are imported inside the commands. Listings print text or JSON
(`--format json`, stable keys) to stdout; confirmations and hints go to stderr. Nothing is sent.
"""

from __future__ import annotations

import sys
from datetime import date

import click

from infoview_ai.cli.options import (
    UserFacingError,
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
from infoview_ai.cli.pipeline.due import when_label
from infoview_ai.tracker.events import EVENT_KINDS, STATUSES

__all__ = ["contacts"]


def _interactive() -> bool:
    """A person at a terminal who can answer a question (never true in CI or under a pipe)."""
    return sys.stdin is not None and sys.stdin.isatty()


@click.group()
def contacts() -> None:
    """Track the people you reach out to: their profile, what happened, and what to do next.

    Kept on this machine in $INFOVIEW_HOME/infoview.db. Drafts only: nothing is ever sent for you.

    \b
    Example:
      infoview contacts add --bio examples/lena-okafor-linkedin.txt --industry "food supply chain"
      infoview contacts log 1 requested --note "LinkedIn note"
      infoview due
    """


@contacts.command("add")
@click.option("--bio", required=True, metavar="PATH|-", help="Their bio or LinkedIn text; '-' reads stdin.")
@click.option("--company", metavar="NAME", help="The company you are exploring (default: their current one).")
@click.option("--industry", metavar="TEXT", help="The industry you are exploring.")
@click.option(
    "--force", is_flag=True, help="Add even when the same name at the same company is already there."
)
@format_option("text", "json")
@handle_errors
def contacts_add(bio, company, industry, force, fmt) -> None:
    """Add a person from their bio; prints the new contact's id.

    \b
    Example:
      infoview contacts add --bio examples/priya-raman-bio.txt --format json
    """
    from infoview_ai.inputs import load_profile
    from infoview_ai.tracker.contacts import add_contact

    profile, text = load_profile(bio)
    for warning in profile.warnings:
        note(f"check: {warning}")
    from infoview_ai.guards.safe_text import printable

    company, industry = (printable(v) if v else v for v in (company, industry))
    contact_id = add_contact(profile, text, company, industry, force=force)
    if fmt == "json":
        print_json({"id": contact_id})
    else:
        say(contact_id)  # the bare id, so `ID=$(infoview contacts add ...)` works
    if not profile.name:
        note(f"No name found in the bio: set one with `infoview contacts edit {contact_id} --name NAME`.")
    note(
        f"Added {profile.name or 'the contact'} as #{contact_id}. Next: `infoview outreach --contact "
        f"{contact_id}`, then `infoview contacts log {contact_id} requested` once you have sent it."
    )


@contacts.command("list")
@click.option("--status", type=click.Choice(STATUSES), help="Only contacts with this status.")
@click.option("--company", metavar="TEXT", help="Only contacts whose company contains this text.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Contacts per page.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True, help="Which page.")
@click.option("--all", "show_all", is_flag=True, help="Every matching contact, no paging.")
@as_of_option
@format_option("text", "json")
@handle_errors
@without_collections
def contacts_list(status, company, limit, page, show_all, as_of, fmt) -> None:
    """List your contacts with their status and last event, oldest first, a page at a time.

    \b
    Example:
      infoview contacts list --status requested --format json
      infoview contacts list --limit 100 --page 2
    """
    from infoview_ai.tracker.listing import list_page

    day = as_of_day(as_of)
    listed = list_page(
        status=status, company=company, as_of=day, limit=None if show_all else limit, page=page
    )
    found = listed.contacts
    warn_skipped(found)
    if fmt == "json":
        print_json([c.summary(day) for c in found])
    else:
        if not found and not listed.total:
            note(
                "No contacts match."
                if status or company
                else "No contacts yet: `infoview contacts add --bio FILE`."
            )
        for contact in found:
            last = contact.last_event
            last_text = f"{last.kind} {last.at.replace('T', ' ')}" if last else "-"
            say(
                f"{contact.id:>4}  {contact.status(day):<13} {(contact.name or '(no name)')[:24]:<24} "
                f"{(contact.company or '-')[:24]:<24} {last_text}"
            )
    _paging_note(listed, page)


def _paging_note(listed, page: int) -> None:
    """On stderr: how many more match after this page and the command for the next one."""
    if not listed.contacts and listed.total:
        note(f"Page {page} is past the end: {listed.total} contacts match.")
    elif listed.remaining:
        note(
            f"{listed.remaining} more (contacts {listed.offset + 1}-{listed.offset + len(listed.contacts)} "
            f"of {listed.total} shown): `--page {page + 1}` for the next page, `--all` for every one."
        )


@contacts.command("show")
@click.argument("contact_id", type=int)
@as_of_option
@format_option("markdown", "json")
@handle_errors
def contacts_show(contact_id, as_of, fmt) -> None:
    """Show one contact: profile summary, timeline with notes, next steps and saved drafts.

    \b
    Example:
      infoview contacts show 1
    """
    from infoview_ai.tracker.contacts import get_contact
    from infoview_ai.tracker.listing import colleagues_of_one
    from infoview_ai.tracker.record import contact_markdown
    from infoview_ai.tracker.reminders import actions_for

    day = as_of_day(as_of)
    contact = get_contact(contact_id)
    warn_skipped([contact])
    actions = actions_for(contact, day, colleagues_of_one(contact))
    if fmt == "json":
        print_json({**contact.to_dict(day), "next": [a.to_dict(day) for a in actions]})
        return
    say(contact_markdown(contact, day, actions), nl=False)


@contacts.command("edit")
@click.argument("contact_id", type=int)
@click.option("--name", metavar="TEXT")
@click.option("--headline", metavar="TEXT")
@click.option("--company", metavar="NAME")
@click.option("--industry", metavar="TEXT")
@click.option(
    "--note", "note_text", metavar="TEXT", help="Your own note on where things stand ('' clears it)."
)
@click.option("--bio", metavar="PATH|-", help="Re-import their bio (replaces the stored profile).")
@format_option("text", "json")
@handle_errors
def contacts_edit(contact_id, name, headline, company, industry, note_text, bio, fmt) -> None:
    """Correct a contact's details, add your own note, or re-import their bio.

    \b
    Example:
      infoview contacts edit 1 --company "Oakridge Foods" --note "Met at the Ohio logistics meetup"
    """
    from infoview_ai.tracker.contacts import edit_contact, get_contact, kept_on_reimport

    profile = bio_text = None
    if bio:
        from infoview_ai.inputs import load_profile

        profile, bio_text = load_profile(bio)
        for warning in profile.warnings:
            note(f"check: {warning}")
        before = get_contact(contact_id)
        # What you pass alongside --bio wins, so only what the new bio would otherwise drop is "kept".
        for kept in kept_on_reimport(before, profile, name=name, headline=headline, company=company):
            note(f"kept {kept}")
    from infoview_ai.guards.safe_text import printable

    def clean(value):  # what a shell passes can hold escape sequences too: they are never stored
        return None if value is None else printable(value)

    contact = edit_contact(
        contact_id,
        name=clean(name),
        headline=clean(headline),
        company=clean(company),
        industry=clean(industry),
        note=clean(note_text),
        profile=profile,
        bio_text=bio_text,
    )
    if fmt == "json":
        print_json(contact.summary())
    else:
        say(f"#{contact.id} {contact.name or '(no name)'}, {contact.company or 'no company'}: updated")


@contacts.command("delete")
@click.argument("contact_id", type=int)
@click.option("--yes", "-y", is_flag=True, help="Do not ask; needed when there is no terminal (scripts, CI).")
@handle_errors
def contacts_delete(contact_id, yes) -> None:
    """Delete a contact and every trace of them: profile, events and notes, drafts, history.

    \b
    Example:
      infoview contacts delete 3 --yes
    """
    from infoview_ai.tracker.contacts import delete_contact, get_contact

    contact = get_contact(contact_id)
    who = f"{contact.name or '(no name)'} (#{contact.id})"
    if not yes:
        if not _interactive():
            raise UserFacingError(
                f"Not deleted: no terminal to confirm on. Re-run with --yes to delete {who}."
            )
        click.confirm(
            f"Delete {who} with {len(contact.events)} events and {len(contact.drafts)} drafts? "
            "This cannot be undone",
            default=False,
            abort=True,
        )
    delete_contact(contact_id)
    note(f"Deleted {who} and everything stored about them.")
    from infoview_ai.store import db_path

    for backup in sorted(db_path().parent.glob(db_path().name + ".bak-v*")):
        note(
            f"note: {backup} is a copy made before an upgrade and may still hold them: delete it if unneeded."
        )


@contacts.command("log")
@click.argument("contact_id", type=int)
@click.argument("event", type=click.Choice(EVENT_KINDS))
@click.option(
    "--at", "when", metavar="WHEN", help="Local date/time: 2026-03-12, '2026-03-12 15:00', yesterday."
)
@click.option("--note", "note_text", metavar="TEXT", help="What happened; at `met`, your notes of the call.")
@click.option("--note-file", metavar="PATH|-", help="Read the note from a file (e.g. your call notes).")
@format_option("text", "json")
@handle_errors
def contacts_log(contact_id, event, when, note_text, note_file, fmt) -> None:
    """Record what happened; the status follows from the events.

    \b
    Events: requested, replied, scheduled (--at is the call's time), met (add your
    call notes: the thank-you uses them), thanked, nudged, checked-in, closed.

    \b
    Example:
      infoview contacts log 1 met --at "2026-03-12 15:00" --note-file examples/call-notes.md
    """
    from infoview_ai.guards.safe_text import printable
    from infoview_ai.tracker.contacts import get_contact, log_event, sequence_warnings
    from infoview_ai.tracker.listing import colleagues_of_one
    from infoview_ai.tracker.reminders import actions_for

    text = printable(note_text or "")
    if note_file:
        from infoview_ai.inputs import read_text

        text = "\n\n".join(part for part in (text, read_text(note_file, "note file")) if part.strip())
    logged = log_event(contact_id, event, when, text)
    contact = get_contact(contact_id)
    warn_skipped([contact])
    for warning in sequence_warnings(contact_id, contact.events, logged):
        note(f"warning: {warning}")
    today = date.today()
    status = contact.status(today)
    if fmt == "json":
        from dataclasses import asdict

        print_json({"contact_id": contact_id, "event": asdict(logged), "status": status})
    else:
        say(f"#{contact_id} {contact.name or '(no name)'}: {status} (logged {event} at {logged.at})")
    for action in actions_for(contact, today, colleagues_of_one(contact))[:1]:
        run = f" Run `{action.command}`." if action.command else ""
        note(f"next ({when_label(action, today)}): {action.reason}{run}")


@contacts.command("unlog")
@click.argument("contact_id", type=int)
@click.argument("event_id", type=int)
@format_option("text", "json")
@handle_errors
def contacts_unlog(contact_id, event_id, fmt) -> None:
    """Remove a wrongly logged event (`contacts show ID` lists each event's number).

    \b
    Example:
      infoview contacts unlog 1 7
    """
    from infoview_ai.tracker.contacts import get_contact, unlog_event

    removed = unlog_event(contact_id, event_id)
    contact = get_contact(contact_id)
    status = contact.status(date.today())
    if fmt == "json":
        from dataclasses import asdict

        print_json({"contact_id": contact_id, "removed": asdict(removed), "status": status})
    else:
        say(
            f"#{contact_id} {contact.name or '(no name)'}: {status} "
            f"(removed event #{removed.id}, {removed.kind} at {removed.at})"
        )


@click.command("export")
@click.option("--csv", "csv_path", metavar="PATH|-", help="Write every contact with status and next step.")
@click.option("--ics", "ics_path", metavar="PATH|-", help="Write calls and follow-ups as an iCalendar file.")
@click.option("--call-minutes", type=click.IntRange(5, 180), default=20, show_default=True)
@as_of_option
@handle_errors
@without_collections
def contacts_export(csv_path, ics_path, call_minutes, as_of) -> None:
    """Export contacts to CSV and calls plus follow-ups to your calendar (.ics).

    \b
    Example:
      infoview contacts export --csv contacts.csv --ics infoview.ics
    """
    from infoview_ai.cli.output import ensure_writable, write_atomic
    from infoview_ai.tracker.export import contacts_ics, csv_chunks
    from infoview_ai.tracker.listing import active, plain_rows
    from infoview_ai.tracker.planned import planned_actions

    if not csv_path and not ics_path:
        raise click.UsageError("Pass --csv FILE, --ics FILE or both.")
    if csv_path == "-" and ics_path == "-":
        raise click.UsageError("Only one of --csv and --ics can go to stdout ('-').")
    for path in (csv_path, ics_path):
        if path and path != "-":
            ensure_writable(path)  # before any work: a bad path is refused with nothing written
    day = as_of_day(as_of)
    timed, colleagues = active(day)  # the others are `identified`, with nothing next
    warn_skipped(timed)
    planned = planned_actions(day) if ics_path else []  # `infoview plan --save`
    for path, pieces in (
        (csv_path, csv_chunks(timed, day, colleagues, plain_rows()) if csv_path else ()),
        (
            ics_path,
            [contacts_ics(timed, day, call_minutes=call_minutes, colleagues=colleagues, planned=planned)]
            if ics_path
            else (),
        ),
    ):
        if not path:
            continue
        if path == "-":
            for text in pieces:  # bytes: the CRLF line ends go out untranslated
                click.echo(text.encode("utf-8"), nl=False)
        else:
            write_atomic(path, pieces)  # the CSV is written as it is made, never held whole
            note(f"Wrote {path}")


contacts.add_command(contacts_export)
