"""The `infoview` command line: parse options, call the core, print. Nothing else lives here.

Only click is imported at module level so that `infoview --help` stays fast; everything heavier is
imported inside the command that needs it.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable

import click

from . import __version__
from .channels import CHANNEL_NAMES

OUTPUT_FORMATS = ("markdown", "json", "text")


class UserFacingError(click.ClickException):
    """A domain error shown as `Error: ...` with the domain's exit code, never a traceback."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def handle_errors(func: Callable) -> Callable:
    """Turn InfoviewError (and a broken pipe) into a clean message and exit code at the edge."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from .errors import InfoviewError

        try:
            return func(*args, **kwargs)
        except InfoviewError as exc:
            raise UserFacingError(str(exc), exc.exit_code) from None

    return wrapper


def note(message: str) -> None:
    """Diagnostics go to stderr so stdout carries only the deliverable."""
    click.echo(message, err=True)


# ---- shared options, defined once ---------------------------------------------------------------


def bio_options(required: bool = True) -> Callable:
    def decorator(func: Callable) -> Callable:
        options = [
            click.option(
                "--bio",
                required=required,
                metavar="PATH|-",
                help="The professional's bio: pasted LinkedIn text or a plain bio; '-' reads stdin.",
            ),
            click.option(
                "--company",
                metavar="NAME",
                help="The company you are exploring (default: their current one).",
            ),
            click.option(
                "--company-notes", metavar="PATH", help="Your notes on the company (news, launches, team)."
            ),
            click.option("--industry", metavar="TEXT", help="The industry you are exploring."),
            click.option(
                "--me",
                metavar="PATH",
                help="Your own background (default: $INFOVIEW_HOME/me.md when present).",
            ),
        ]
        for option in reversed(options):
            func = option(func)
        return func

    return decorator


def output_options(func: Callable) -> Callable:
    func = click.option(
        "-o", "--output", metavar="PATH", help="Write to this file (atomically) instead of stdout."
    )(func)
    func = click.option(
        "--format",
        "fmt",
        type=click.Choice(OUTPUT_FORMATS),
        default="markdown",
        show_default=True,
        help="Output format; json has stable keys.",
    )(func)
    return func


def engine_options(func: Callable) -> Callable:
    func = click.option(
        "--dry-run",
        is_flag=True,
        help="Print the exact messages the LLM engine would send, and send nothing.",
    )(func)
    func = click.option(
        "--engine",
        type=click.Choice(("auto", "offline", "llm")),
        default=lambda: os.environ.get("INFOVIEW_ENGINE", "auto"),
        show_default="auto",
        help="auto: the LLM engine when an API key is configured, else the offline engine.",
    )(func)
    return func


def channel_option(func: Callable) -> Callable:
    func = click.option(
        "--premium",
        is_flag=True,
        help="You have LinkedIn Premium: connection notes may use 300 characters, not 200.",
    )(func)
    func = click.option(
        "--channel",
        type=click.Choice(CHANNEL_NAMES),
        default="linkedin-note",
        show_default=True,
        help="Where the message will be sent.",
    )(func)
    return func


# ---- the work shared by every generating command ------------------------------------------------


def run_kind(
    kind: str, *, bio, company, company_notes, industry, me, fmt, output, engine, dry_run, **extra
) -> None:
    """Build the context, generate (or dry-run) one kind, and print or write it."""
    from .core import choose_engine, generate
    from .inputs import build_context

    context = build_context(
        bio=bio, company=company, company_notes=company_notes, industry=industry, me=me, **extra
    )
    if dry_run:
        from .dry_run import dry_run_report

        click.echo(dry_run_report(kind, context), nl=False)
        return
    choice = choose_engine(engine)
    if choice.note:
        note(choice.note)
    artifact = generate(kind, context, choice.name)
    emit(artifact, fmt, output)


def emit(artifact, fmt: str, output: str | None) -> None:
    from .output import render, write_atomic

    text = render(artifact, fmt)
    if fmt != "json":
        for line in getattr(artifact, "changes", []) or []:
            note(f"changed: {line}")
        for line in getattr(artifact, "notes", []) or []:
            if fmt == "markdown" and getattr(artifact, "kind", "") == "questions":
                continue  # already shown inside the document
            note(f"note: {line}")
    if output:
        write_atomic(output, text)
        note(f"Wrote {output}")
    else:
        click.echo(text, nl=False)


# ---- commands -----------------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="infoview")
def cli() -> None:
    """Prepare informational interviews: brief, questions, outreach and thank-you drafts.

    Drafts only: infoview never sends anything for you, and your data stays on this machine
    except what goes to the model you configure.

    \b
    Quick start (no API key needed):
      infoview prep --bio examples/lena-okafor-linkedin.txt --me examples/me.md
    """
    from .config import load_env_files

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
    from .inputs import load_profile

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
@click.option(
    "--minutes",
    type=click.IntRange(5, 120),
    default=20,
    show_default=True,
    help="Length of the call; sizes the question list.",
)
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
@click.option("--notes", "notes_path", required=True, metavar="PATH|-", help="Your notes from the call.")
@click.option("--channel", type=click.Choice(CHANNEL_NAMES), default="email", show_default=True)
@engine_options
@output_options
@handle_errors
def thank_you(notes_path, **options) -> None:
    """Thank-you note built from your notes of the call (send within 24 hours).

    \b
    Example:
      infoview thank-you --bio examples/lena-okafor-linkedin.txt --notes examples/call-notes.md
    """
    from .inputs import read_text

    run_kind("thank_you", call_notes=read_text(notes_path, "call notes"), **options)


@cli.command("follow-up")
@bio_options()
@click.option(
    "--notes",
    "notes_path",
    metavar="PATH|-",
    help="Your notes from the call, and what you did since (needed for a report-back).",
)
@click.option(
    "--stage",
    type=click.Choice(("report-back", "nudge")),
    default="report-back",
    show_default=True,
    help="report-back: 2-4 weeks after the call; nudge: no reply to your request after 5-7 days.",
)
@click.option("--channel", type=click.Choice(CHANNEL_NAMES), default="email", show_default=True)
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
    from .inputs import read_text

    call_notes = read_text(notes_path, "call notes") if notes_path else ""
    run_kind("follow_up", call_notes=call_notes, follow_up_stage=stage, **options)


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
    from .inputs import read_text

    run_kind("polish", draft=read_text(draft_path, "draft"), **options)


@cli.command()
@bio_options()
@click.option("--minutes", type=click.IntRange(5, 120), default=20, show_default=True)
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


@cli.group()
def prompts() -> None:
    """The prompt library: list, show, and where to put your overrides."""


@prompts.command("list")
@handle_errors
def prompts_list() -> None:
    """List the prompts, marking those you have overridden."""
    from .library import list_prompts

    for info in list_prompts():
        flag = " (your override)" if info.overridden else ""
        click.echo(f"{info.name:<10} {info.description}{flag}")


@prompts.command("show")
@click.argument("name")
@handle_errors
def prompts_show(name) -> None:
    """Print a prompt's file as the LLM engine will use it."""
    from .library import load_prompt

    click.echo(load_prompt(name).path.read_text(encoding="utf-8"), nl=False)


@prompts.command("path")
@handle_errors
def prompts_path() -> None:
    """Print the folder for your prompt overrides (a file there replaces the packaged prompt of that name)."""
    from .config import user_prompts_dir

    click.echo(str(user_prompts_dir()))


def main() -> None:
    """Console-script entry point: unexpected failures become one line, not a traceback."""
    try:
        cli.main(prog_name="infoview", standalone_mode=True)
    except Exception as exc:  # a bug, not bad input: keep the user's terminal clean but say how to report it
        if os.environ.get("INFOVIEW_DEBUG"):
            raise
        click.echo(
            f"Error: unexpected {type(exc).__name__}: {exc}\n"
            "This is a bug in infoview. Re-run with INFOVIEW_DEBUG=1 for details.",
            err=True,
        )
        sys.exit(70)
