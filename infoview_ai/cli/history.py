"""`infoview history`: past LLM generations, kept on this machine."""

from __future__ import annotations

import click

from infoview_ai.cli.options import format_option, handle_errors, note, print_json, say


@click.group()
def history() -> None:
    """Past LLM generations, kept on this machine in $INFOVIEW_HOME/infoview.db."""


@history.command("list")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--kind", help="Only this kind (brief, questions, outreach, ...).")
@format_option("text", "json")
@handle_errors
def history_list(limit, kind, fmt) -> None:
    """List recent generations, newest first.

    \b
    Example:
      infoview history list --limit 5
    """

    from infoview_ai.store import history_list as rows

    entries = rows(limit=limit, kind=kind.replace("-", "_") if kind else None)
    if fmt == "json":
        print_json([e.summary() for e in entries])
        return
    if not entries:
        note("No history yet: the LLM engine logs every generation here.")
    for e in entries:
        cost = "cached" if e.cached else (f"${e.cost_usd:.4f}" if e.cost_usd is not None else "cost unknown")
        tokens = "-" if e.cached else f"{e.input_tokens or 0}+{e.output_tokens or 0} tokens"
        say(f"{e.id:>5}  {e.created_at}  {e.kind:<10} {e.model:<20} {tokens:<16} {cost}")


@history.command("show")
@click.argument("entry_id", type=int)
@format_option("markdown", "json")
@handle_errors
def history_show(entry_id, fmt) -> None:
    """Show one generation's output again.

    \b
    Example:
      infoview history show 12 --format json
    """

    from infoview_ai.kinds import artifact_from_json
    from infoview_ai.store import history_get

    entry = history_get(entry_id)
    if fmt == "json":
        print_json({**entry.summary(), "output": entry.output})
        return
    cost = (
        "from the cache"
        if entry.cached
        else (f"${entry.cost_usd:.4f}" if entry.cost_usd is not None else "cost unknown")
    )
    note(
        f"#{entry.id} {entry.kind} by {entry.model} at {entry.created_at}: "
        f"{entry.input_tokens or 0} tokens in, {entry.output_tokens or 0} out, {cost}"
    )
    say(artifact_from_json(entry.kind, entry.output).to_markdown(), nl=False)
