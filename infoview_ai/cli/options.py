"""Options shared by the commands, defined once, and the edge where domain errors become Click errors."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from infoview_ai.channels import CHANNEL_NAMES

if TYPE_CHECKING:
    from datetime import date

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
        from infoview_ai.errors import InfoviewError

        try:
            return func(*args, **kwargs)
        except InfoviewError as exc:
            from infoview_ai.guards.redaction import redact
            from infoview_ai.guards.safe_text import printable

            raise UserFacingError(printable(redact(str(exc))), exc.exit_code) from None
        except KeyboardInterrupt:
            raise UserFacingError("Interrupted: nothing was written.", 130) from None

    return wrapper


def without_collections(func: Callable) -> Callable:
    """Pause Python's cyclic garbage collector while a whole-tracker command runs (`due`, the listings,
    the exports). Their tens of thousands of contacts, events and rows hold no reference cycle, so a
    collection frees nothing, yet each full one walks every live object: at 100,000 contacts the
    collections grew faster than the contacts did. Memory is still freed by reference counting."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        import gc

        paused = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if paused:
                gc.enable()

    return wrapper


def note(message: str) -> None:
    """Diagnostics go to stderr so stdout carries only the deliverable (names in them come from files)."""
    from infoview_ai.guards.safe_text import printable

    click.echo(printable(message), err=True)


def say(text: str, **kwargs) -> None:
    """stdout text that may hold stored or pasted values (a row an older infoview stored, a prompt file),
    without escape sequences, bidi overrides or a secret in force."""
    from infoview_ai.guards.redaction import redact
    from infoview_ai.guards.safe_text import printable

    click.echo(printable(redact(str(text))), **kwargs)


def bio_options(required: bool = True) -> Callable:
    """--bio or --contact (one of them when ``required``), plus the company, industry and --me."""

    def decorator(func: Callable) -> Callable:
        options = [
            click.option(
                "--bio",
                metavar="PATH|-",
                help="The professional's bio: LinkedIn text, a LinkedIn PDF, JSON or a plain bio; '-' reads "
                "stdin." + (" Required unless --contact is given." if required else ""),
            ),
            click.option(
                "--contact",
                "contact_id",
                type=int,
                metavar="ID",
                help="A person from `infoview contacts` instead of --bio; the draft is saved with them.",
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
    """--engine and --dry-run, plus the LLM engine's settings (each also settable in .env)."""
    options = [
        click.option(
            "--engine",
            type=click.Choice(("auto", "offline", "llm")),
            default=lambda: os.environ.get("INFOVIEW_ENGINE", "auto"),
            show_default="auto",
            help="auto: the LLM engine when an API key or base URL is configured, else the offline engine.",
        ),
        click.option(
            "--dry-run",
            is_flag=True,
            help="Print the exact messages the LLM engine would send, with tokens and cost; send nothing.",
        ),
        click.option(
            "--model",
            metavar="NAME",
            help="Chat model, or provider:model for another LangChain provider [env: INFOVIEW_MODEL].",
        ),
        click.option("--key", metavar="KEY", help="API key for this run [env: OPENAI_API_KEY]."),
        click.option(
            "--base-url",
            metavar="URL",
            help="An OpenAI-compatible server, e.g. http://localhost:11434/v1 [env: OPENAI_BASE_URL].",
        ),
        click.option(
            "--structured-output",
            "method",
            type=click.Choice(("json_schema", "function_calling", "json_mode")),
            help="How the model returns JSON; local servers differ [env: INFOVIEW_STRUCTURED_OUTPUT].",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(1, 600),
            metavar="SECONDS",
            help="Per-request timeout [default: 60].",
        ),
        click.option(
            "--no-cache", is_flag=True, help="Ask the model again even if this exact request is cached."
        ),
        click.option(
            "--strict", is_flag=True, help="Exit with status 3 when any trust check warns or fails."
        ),
    ]
    for option in reversed(options):
        func = option(func)
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


def one_stdin(*paths: str | None) -> None:
    """Standard input can be read once: refuse two options that both say '-'."""
    from infoview_ai.errors import InputError

    if sum(path == "-" for path in paths) > 1:
        raise InputError("Only one input can be read from standard input ('-'): pass the others as files.")


def format_option(*choices: str, default: str | None = None) -> Callable:
    """--format for listings and reports: the given choices, the first one by default."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default or choices[0],
        show_default=True,
        help="Output format; json has stable keys.",
    )


def minutes_option(func: Callable) -> Callable:
    return click.option(
        "--minutes",
        type=click.IntRange(5, 120),
        default=20,
        show_default=True,
        help="Length of the call; sizes the question list.",
    )(func)


def notes_option(help_text: str) -> Callable:
    return click.option("--notes", "notes_path", metavar="PATH|-", help=help_text)


def email_channel_option(func: Callable) -> Callable:
    """--channel for notes sent after a first contact (thank-you, follow-up): email unless told."""
    return click.option(
        "--channel",
        type=click.Choice(CHANNEL_NAMES),
        default="email",
        show_default=True,
        help="Where the note will be sent.",
    )(func)


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


def warn_skipped(contacts) -> None:
    """A warning on stderr for each stored event left out because its date cannot be used."""
    from infoview_ai.tracker.record import skipped_warnings

    for contact in contacts:
        for line in skipped_warnings(contact):
            note(f"warning: {line}")


def print_json(data: object) -> None:
    """A JSON value on stdout with every string in it cleaned first (an ESC escaped as \\u001b in the
    JSON is a raw ESC again for whoever reads it) and no secret in force."""
    import json

    from infoview_ai.guards.safe_text import printable_data

    say(json.dumps(printable_data(data), indent=2, ensure_ascii=False))
