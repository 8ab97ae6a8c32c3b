"""`infoview check`: lint any draft, the user's own included, with advice a person can act on."""

from __future__ import annotations

import click

from infoview_ai.channels import CHANNEL_NAMES
from infoview_ai.cli.options import (
    format_option,
    handle_errors,
    note,
    notes_option,
    one_stdin,
    print_json,
    say,
)

SYMBOL = {"pass": "ok  ", "warn": "warn", "fail": "FAIL"}


@click.command()
@click.argument("draft", metavar="DRAFT|-")
@click.option(
    "--channel",
    type=click.Choice(CHANNEL_NAMES),
    default="linkedin-note",
    show_default=True,
    help="Where the draft will be sent: sets the hard limit and word targets.",
)
@click.option("--premium", is_flag=True, help="LinkedIn Premium: connection notes may use 300 characters.")
@click.option(
    "--kind",
    type=click.Choice(("outreach", "thank-you", "follow-up")),
    default="outreach",
    show_default=True,
    help="What the draft is: a first contact, a thank-you or a follow-up.",
)
@click.option("--bio", metavar="PATH|-", help="Their bio: checks names, first name and facts against it.")
@click.option("--me", metavar="PATH", help="Your background (default: $INFOVIEW_HOME/me.md when present).")
@notes_option("Your call notes, for a thank-you or follow-up.")
@format_option("text", "json")
@click.option("--strict", is_flag=True, help="Exit with status 3 on warnings too, not only on failures.")
@handle_errors
def check(draft, channel, premium, kind, bio, me, notes_path, fmt, strict) -> None:
    """Check a draft: hard limit, invented facts, first name, clichés, job ask, one ask, readability.

    Each finding says what, where and how to fix it. Nothing is changed or sent. Exits with status 3
    when a check fails (with --strict, when any check warns).

    \b
    Examples:
      infoview check --channel linkedin-note --bio examples/lena-okafor-linkedin.txt examples/draft-note.txt
      pbpaste | infoview check --channel email -
    """

    from infoview_ai.errors import ChecksFailed
    from infoview_ai.inputs import build_context, read_text
    from infoview_ai.kinds import kind_named
    from infoview_ai.language import char_count, word_count
    from infoview_ai.trust import check_text, sanitize_context

    one_stdin(draft, bio, notes_path)
    text = read_text(draft, "draft")
    call_notes = read_text(notes_path, "call notes") if notes_path else ""
    context = build_context(bio=bio, me=me, channel=channel, premium=premium, call_notes=call_notes)
    context, findings = sanitize_context(context)
    for finding in findings:
        note(f"input warning ({finding.source}): {finding.detail}")
    results = check_text(text, context, kind_named(kind))
    if fmt == "json":
        payload = {
            "channel": channel,
            "characters": char_count(text.strip()),
            "words": word_count(text),
            "checks": [r.model_dump() for r in results],
        }
        print_json(payload)
    else:
        for result in results:
            say(f"{SYMBOL[result.status]}  {result.name}: {result.message}")
            for span in result.where:
                say(f"        at: {span}")
            if result.advice and result.status != "pass":
                say(f"        fix: {result.advice}")
        failed = sum(r.status == "fail" for r in results)
        warned = sum(r.status == "warn" for r in results)
        passed = len(results) - failed - warned
        click.echo(f"\n{passed} passed, {warned} warning{'s' * (warned != 1)}, {failed} failed")
    if any(r.status == "fail" for r in results) or (strict and any(r.status == "warn" for r in results)):
        raise ChecksFailed("The draft needs work: see the checks above.")
