"""`infoview batch KIND`: one deliverable per person for many people, into a folder (the work is in batch/).

Only click is imported here at module level; the batch machinery loads inside the command.
"""

from __future__ import annotations

import click

from infoview_ai.cli.options import handle_errors

__all__ = ["batch"]

VIA = ("live", "file", "batch-api")
# (command name, kind, has --minutes, has --channel)
KINDS = (
    ("prep", "prep", True, True),
    ("brief", "brief", False, False),
    ("questions", "questions", True, False),
    ("outreach", "outreach", False, True),
    ("thank-you", "thank_you", False, False),
)


@click.group()
def batch() -> None:
    """Draft for many people at once: one file per person in a folder, plus an index.

    People come from a CSV (--csv), the contact tracker (--contacts), or `infoview targets` output
    (--targets). A re-run skips everyone already done whose inputs did not change, so an interrupted
    batch is finished by running the same command again.

    \b
    Examples:
      infoview batch outreach --csv people.csv --me me.md -o drafts/
      infoview batch prep --contacts all --status identified -o prep/ --engine offline
      infoview batch outreach --contacts 3,5,9 -o drafts/ --engine llm --concurrency 8
      infoview batch outreach --csv people.csv -o drafts/ --engine llm --dry-run
    """


def _options(func, minutes: bool, channel: bool):
    from infoview_ai.channels import CHANNEL_NAMES

    options = [
        click.option(
            "--csv",
            "csv_path",
            metavar="FILE",
            help="A CSV of people (name, company, title, bio or bio_path, notes, degree).",
        ),
        click.option(
            "--contacts",
            "selector",
            metavar="SELECTOR",
            help="Tracker contacts: all, ids such as 3,5,9, or a status.",
        ),
        click.option("--status", metavar="STATUS", help="With --contacts: only contacts with this status."),
        click.option(
            "--targets", "targets_path", metavar="FILE", help="The csv or json output of `infoview targets`."
        ),
        click.option(
            "-o",
            "--output",
            metavar="DIR",
            help="The folder for the drafts and index.md/index.csv "
            "(with --via file: the JSONL file to write).",
        ),
        click.option(
            "--via",
            type=click.Choice(VIA),
            default="live",
            show_default=True,
            help="live: call the model now; file: write Batch API JSONL requests; batch-api: submit "
            "them to the OpenAI Batch API (half price).",
        ),
        click.option("--company", metavar="NAME", help="The company you are exploring (default: theirs)."),
        click.option("--company-notes", metavar="PATH", help="Your notes on the company, for everyone."),
        click.option("--industry", metavar="TEXT", help="The industry you are exploring."),
        click.option("--me", metavar="PATH", help="Your own background (default: $INFOVIEW_HOME/me.md)."),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(("markdown", "json", "text")),
            default="markdown",
            show_default=True,
            help="The format of each person's file.",
        ),
        click.option(
            "--engine",
            type=click.Choice(("auto", "offline", "llm")),
            default="auto",
            show_default=True,
            help="auto: the LLM engine when configured, else offline.",
        ),
        click.option(
            "--concurrency",
            type=click.IntRange(1, 64),
            default=8,
            show_default=True,
            help="LLM engine: calls in flight at once.",
        ),
        click.option(
            "--workers", type=click.IntRange(1, 256), help="Offline engine: processes (default: every core)."
        ),
        click.option(
            "--dry-run",
            is_flag=True,
            help="Count the calls, tokens and cost (live vs Batch API); send nothing.",
        ),
        click.option("--model", metavar="NAME", help="Chat model [env: INFOVIEW_MODEL]."),
        click.option("--key", metavar="KEY", help="API key for this run [env: OPENAI_API_KEY]."),
        click.option("--base-url", metavar="URL", help="An OpenAI-compatible server [env: OPENAI_BASE_URL]."),
        click.option(
            "--structured-output",
            "method",
            type=click.Choice(("json_schema", "function_calling", "json_mode")),
            help="How the model returns JSON [env: INFOVIEW_STRUCTURED_OUTPUT].",
        ),
        click.option("--timeout", type=click.FloatRange(1, 600), metavar="SECONDS", help="Per-call timeout."),
        click.option("--no-cache", is_flag=True, help="Ask the model again even if a request is cached."),
    ]
    if minutes:
        options.append(
            click.option(
                "--minutes",
                type=click.IntRange(5, 120),
                default=20,
                show_default=True,
                help="Length of the calls; sizes the question lists.",
            )
        )
    if channel:
        options.append(
            click.option(
                "--channel",
                type=click.Choice(CHANNEL_NAMES),
                help="Where the messages go (default: a LinkedIn message to 1st-degree "
                "connections, a connection note to others).",
            )
        )
        options.append(click.option("--premium", is_flag=True, help="LinkedIn Premium: 300-character notes."))
    for option in reversed(options):
        func = option(func)
    return func


def _command(name: str, kind: str, minutes: bool, channel: bool):
    def command(**options):
        from infoview_ai.cli.pipeline.batch_run import run_batch_command

        run_batch_command(kind, **options)

    command.__name__ = f"batch_{kind}"
    command.__doc__ = (
        f"{name.capitalize()} for each person (--csv, --contacts or --targets) into -o DIR.\n\n"
        f"    \b\n    Example:\n      infoview batch {name} --csv people.csv -o {name}/"
    )
    return batch.command(name)(handle_errors(_options(command, minutes, channel)))


for _name, _kind, _minutes, _channel in KINDS:
    _command(_name, _kind, _minutes, _channel)

try:  # `batch status` and `batch collect` come with the Batch API (its own branch of work)
    from infoview_ai.cli.pipeline.batch_remote import batch_collect, batch_status  # type: ignore

    batch.add_command(batch_status, "status")
    batch.add_command(batch_collect, "collect")
except ImportError:
    pass
