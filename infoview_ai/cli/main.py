"""The `infoview` group and its drafting commands: parse options, hand the run to runner.py, print.

Only click is imported at module level so that `infoview --help` stays fast; everything heavier is
imported inside the command that needs it.
"""

from __future__ import annotations

import os
import sys

import click

from infoview_ai.cli.options import (
    bio_options,
    channel_option,
    email_channel_option,
    engine_options,
    handle_errors,
    minutes_option,
    note,
    notes_option,
    one_stdin,
    output_options,
)
from infoview_ai.cli.runner import emit, run_kind
from infoview_ai.version import __version__

# ---- commands -----------------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="infoview")
@handle_errors  # a .env that cannot be read is a clear error, not a traceback
def cli() -> None:
    """Prepare informational interviews: brief, questions, outreach and thank-you drafts.

    Drafts only: infoview never sends anything for you, and your data stays on this machine
    except what goes to the model you configure.

    \b
    Quick start (no API key needed):
      infoview prep --bio examples/lena-okafor-linkedin.txt --me examples/me.md
    """
    from infoview_ai.config import load_env_files

    load_env_files()


@cli.command()
@click.option("--bio", required=True, metavar="PATH|-", help="The bio to parse; '-' reads stdin.")
@output_options
@handle_errors
def profile(bio, fmt, output) -> None:
    """Show what was understood from a bio, to check it before drafting.

    \b
    Example:
      infoview profile --bio examples/lena-okafor-linkedin.txt --format json
    """
    from infoview_ai.inputs import load_profile

    parsed, _ = load_profile(bio)
    for warning in parsed.warnings:
        note(f"check: {warning}")
    emit(parsed, fmt, output)


@cli.command()
@bio_options()
@engine_options
@output_options
@handle_errors
def brief(**options) -> None:
    """Research brief: who they are, their path, the company, the industry, common ground.

    \b
    Example:
      infoview brief --bio examples/lena-okafor-linkedin.txt --company-notes examples/oakridge-notes.md
    """
    run_kind("brief", **options)


@cli.command()
@bio_options()
@minutes_option
@engine_options
@output_options
@handle_errors
def questions(**options) -> None:
    """Interview questions tailored to their path, ranked and grouped by TIARA.

    \b
    Example:
      infoview questions --bio examples/lena-okafor-linkedin.txt --minutes 30
    """
    run_kind("questions", **options)


@cli.command()
@bio_options()
@channel_option
@engine_options
@output_options
@handle_errors
def outreach(**options) -> None:
    """A first message asking for a short call, inside the channel's hard limit.

    \b
    Example:
      infoview outreach --bio examples/lena-okafor-linkedin.txt --me examples/me.md --channel email
    """
    run_kind("outreach", **options)


@cli.command("thank-you")
@bio_options()
@notes_option("Your notes from the call (with --contact, the notes logged at `met` are used by default).")
@email_channel_option
@engine_options
@output_options
@handle_errors
def thank_you(notes_path, **options) -> None:
    """Thank-you note built from your notes of the call (send within 24 hours).

    \b
    Examples:
      infoview thank-you --bio examples/lena-okafor-linkedin.txt --notes examples/call-notes.md
      infoview thank-you --contact 1      # uses the notes you logged with `contacts log 1 met`
    """
    from infoview_ai.inputs import read_text

    one_stdin(notes_path, options.get("bio"))
    call_notes = read_text(notes_path, "call notes") if notes_path else ""
    run_kind("thank_you", call_notes=call_notes, **options)


@cli.command("follow-up")
@bio_options()
@notes_option("Your notes from the call, and what you did since (needed for a report-back).")
@click.option(
    "--stage",
    type=click.Choice(("report-back", "nudge")),
    default="report-back",
    show_default=True,
    help="report-back: 2-4 weeks after the call; nudge: no reply to your request after 5-7 days.",
)
@email_channel_option
@engine_options
@output_options
@handle_errors
def follow_up(notes_path, stage, **options) -> None:
    """Report back after acting on their advice, or one polite nudge when a request got no reply.

    \b
    Examples:
      infoview follow-up --bio examples/lena-okafor-linkedin.txt --notes examples/call-notes.md
      infoview follow-up --bio examples/lena-okafor-linkedin.txt --stage nudge --channel linkedin-message
    """
    from click.core import ParameterSource

    from infoview_ai.inputs import read_text

    one_stdin(notes_path, options.get("bio"))
    call_notes = read_text(notes_path, "call notes") if notes_path else ""
    # With --contact and no --channel, a nudge follows the request where it was sent.
    saved_channel = (
        stage == "nudge"
        and click.get_current_context().get_parameter_source("channel") is ParameterSource.DEFAULT
    )
    run_kind(
        "follow_up",
        call_notes=call_notes,
        follow_up_stage=stage,
        prefer_saved_channel=saved_channel,
        **options,
    )


@cli.command()
@click.option("--draft", "draft_path", required=True, metavar="PATH|-", help="Your draft; '-' reads stdin.")
@bio_options(required=False)
@channel_option
@engine_options
@output_options
@handle_errors
def polish(draft_path, **options) -> None:
    """Polish your own draft: keep your voice, remove clichés, fit the channel's limit.

    Each change and why is reported on stderr (a `changes` field with --format json).

    \b
    Example:
      infoview polish --draft examples/draft-note.txt --bio examples/lena-okafor-linkedin.txt
    """
    from infoview_ai.inputs import read_text

    one_stdin(draft_path, options.get("bio"))
    run_kind("polish", draft=read_text(draft_path, "draft"), **options)


@cli.command()
@bio_options()
@minutes_option
@channel_option
@engine_options
@output_options
@handle_errors
def prep(**options) -> None:
    """Everything for one person in one document: brief, questions and an outreach draft.

    \b
    Example:
      infoview prep --bio examples/lena-okafor-linkedin.txt --me examples/me.md \\
        --company-notes examples/oakridge-notes.md --industry "food supply chain"
    """
    run_kind("prep", **options)


# The contact tracker's commands live in their own module (which imports only click and pure code).
from infoview_ai.cli.pipeline.batch import batch  # noqa: E402
from infoview_ai.cli.pipeline.contacts import contacts  # noqa: E402
from infoview_ai.cli.pipeline.due import due  # noqa: E402
from infoview_ai.cli.pipeline.importing import import_command  # noqa: E402
from infoview_ai.cli.pipeline.targets_plan import plan, targets  # noqa: E402

cli.add_command(contacts)
cli.add_command(due)
cli.add_command(import_command)
cli.add_command(targets)
cli.add_command(plan)
cli.add_command(batch)

from infoview_ai.cli.check import check  # noqa: E402
from infoview_ai.cli.history import history  # noqa: E402
from infoview_ai.cli.prompts import models, prompts  # noqa: E402

cli.add_command(check)
cli.add_command(prompts)
cli.add_command(models)
cli.add_command(history)

from infoview_ai.cli.settings_report import config  # noqa: E402

cli.add_command(config)
cli.add_command(config, name="doctor")

from infoview_ai.cli.serve import serve  # noqa: E402

cli.add_command(serve)


def main() -> None:
    """Console-script entry point: unexpected failures become one line, not a traceback."""
    try:
        cli.main(prog_name="infoview", standalone_mode=True)
    except SystemExit as exc:
        if exc.code == 130:
            _stop_now(130)
        raise
    except Exception as exc:  # a bug, not bad input: keep the user's terminal clean but say how to report it
        if os.environ.get("INFOVIEW_DEBUG"):
            raise
        click.echo(
            f"Error: unexpected {type(exc).__name__}: {exc}\n"
            "This is a bug in infoview. Re-run with INFOVIEW_DEBUG=1 for details.",
            err=True,
        )
        sys.exit(70)


def _stop_now(code: int) -> None:
    """After Ctrl-C, once everything is written and flushed: exit without the interpreter's teardown,
    which takes 0.5-1 s with langchain loaded (measured), so the prompt comes back at once. Every file
    is already whole (written atomically) and SQLite keeps what was committed."""
    import logging

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: nothing more can reach it
    logging.shutdown()
    os._exit(code)


from infoview_ai.cli.evaluate import evaluate  # noqa: E402

cli.add_command(evaluate)
