"""`infoview batch status [ID]` and `infoview batch collect ID|RESULTS.jsonl`: the Batch API's second half
(the work is in batch_api/; only click is imported here at module level)."""

from __future__ import annotations

import click

from infoview_ai.cli.options import UserFacingError, handle_errors, note

__all__ = ["batch_collect", "batch_status"]


def _settings(key, base_url, timeout):
    from infoview_ai.engines.llm.settings import resolve_settings

    return resolve_settings(key=key, base_url=base_url, timeout=timeout)


def _server_options(func):
    func = click.option(
        "--timeout", type=click.FloatRange(1, 600), metavar="SECONDS", help="Per-call timeout."
    )(func)
    func = click.option("--base-url", metavar="URL", help="The Batch API's server [env: OPENAI_BASE_URL].")(
        func
    )
    return click.option("--key", metavar="KEY", help="API key for this run [env: OPENAI_API_KEY].")(func)


@click.command()
@click.argument("batch_id", required=False, metavar="[ID]")
@_server_options
@handle_errors
def batch_status(batch_id, key, base_url, timeout) -> None:
    """Where a Batch API batch is (all open ones when no ID): validating, in_progress, finalizing,
    completed, expired...

    \b
    Example:
      infoview batch status batch_abc123
    """
    from infoview_ai.batch_api import manifest as manifests
    from infoview_ai.batch_api.manifest import TERMINAL
    from infoview_ai.batch_api.retrieve import open_submissions, refresh

    settings = _settings(key, base_url, timeout)
    chosen = [manifests.find_submission(batch_id)] if batch_id else open_submissions()
    if not chosen:
        note("No open batches (send one with `infoview batch KIND ... --via batch-api`).")
        return
    for path, submission in chosen:
        states = refresh(path, submission, settings)
        for now in states:
            click.echo(now.line())
        if all(s.status in TERMINAL for s in states):
            note(f"ready: infoview batch collect {submission.id}")
        else:
            note(f"still running: check again later with `infoview batch status {submission.id}`")


@click.command()
@click.argument("source", metavar="ID|RESULTS.jsonl")
@click.option(
    "--manifest",
    "manifest_path",
    type=click.Path(dir_okay=False),
    help="With RESULTS.jsonl: the .manifest.json `--via file` wrote (default: found beside the results).",
)
@_server_options
@handle_errors
def batch_collect(source, manifest_path, key, base_url, timeout) -> None:
    """Download a finished batch (or read vLLM's RESULTS.jsonl) and keep each person's draft, checked as
    a live reply is; collecting again changes nothing.

    \b
    Examples:
      infoview batch collect batch_abc123
      infoview batch collect results.jsonl
    """
    from pathlib import Path

    from infoview_ai.batch_api.retrieve import collect_remote, collect_results_file

    settings = _settings(key, base_url, timeout)
    if source.endswith(".jsonl") or Path(source).is_file():
        report = collect_results_file(Path(source), settings, Path(manifest_path) if manifest_path else None)
    else:
        report, states = collect_remote(source, settings)
        for now in states:
            if now.status != "completed":  # still running, expired, cancelled, or failed validation
                note(now.line())
        if report is None:
            raise UserFacingError(f"Not finished yet: try `infoview batch collect {source}` later.", 1)
    for line in report.lines():
        note(line)
    for where in sorted({str(Path(p).parent) for _, p in report.done}):
        click.echo(str(Path(where) / "index.md"))
    if report.failed or report.not_run:
        note(
            "retry these live: run the same `infoview batch KIND ...` command with --via live (the default) "
            "and the same -o folder; it skips everyone already done and drafts only the rest."
        )
        raise UserFacingError(
            f"{len(report.failed) + len(report.not_run)} people have no draft (see above).", 1
        )
