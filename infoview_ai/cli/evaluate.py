"""`infoview eval`: which engine, model or prompt folder writes best, measured the same way every time."""

from __future__ import annotations

import click

from infoview_ai.cli.options import handle_errors, note

KIND_CHOICES = ("brief", "questions", "outreach", "thank-you", "follow-up")


@click.command(name="eval")
@click.argument("cases_dir", required=False, metavar="[CASES_DIR]")
@click.option(
    "--kind", "kinds", multiple=True, type=click.Choice(KIND_CHOICES), help="Repeatable; default outreach."
)
@click.option("--engine", type=click.Choice(("offline",)), help="Include the offline engine.")
@click.option(
    "--model",
    "models",
    multiple=True,
    metavar="M",
    help="Repeatable: NAME (the configured server), provider:model, or NAME@BASE_URL.",
)
@click.option("--prompts", metavar="DIR", help="Also run each model with this prompt override folder.")
@click.option(
    "-o",
    "--output",
    metavar="PATH",
    help="Write the report to PATH: .html (self-contained, opens offline) or JSON.",
)
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
@click.option(
    "--dry-run", is_flag=True, help="Print the calls, tokens and cost it would spend; send nothing."
)
@click.option(
    "--record", metavar="DIR", help="Keep every LLM reply here (default: $INFOVIEW_HOME/evals/RUN)."
)
@click.option("--replay", metavar="DIR", help="Re-score a recorded run: no calls, no cost.")
@handle_errors
def evaluate(cases_dir, kinds, engine, models, prompts, output, fmt, dry_run, record, replay) -> None:
    """Score contenders over a set of cases with the trust checks, and rank them.

    \b
    Examples:
      infoview eval --engine offline --model gpt-4.1-mini --model llama3.2@http://localhost:11434/v1
      infoview eval my-cases/ --kind questions --kind outreach --engine offline -o report.html
      infoview eval --replay ~/.infoview/evals/20261206-2100
    """
    from infoview_ai.evaluation.cases import find_cases
    from infoview_ai.evaluation.cassette import Cassette
    from infoview_ai.evaluation.contenders import contenders_for
    from infoview_ai.evaluation.runner import contenders_from_manifest
    from infoview_ai.evaluation.runner import evaluate as run_all
    from infoview_ai.kinds import kind_named

    tape = Cassette(replay) if replay else None
    recorded = tape.manifest() if tape is not None else {}
    # A replay re-scores the recorded run: its contenders, kinds and cases unless the options name others.
    cases_dir = cases_dir or recorded.get("cases_dir")
    cases = find_cases(cases_dir)
    chosen = [kind_named(k) for k in (kinds or recorded.get("kinds") or ("outreach",))]
    if tape is not None and not models and not engine and not prompts:
        contenders = contenders_from_manifest(recorded)
    else:
        contenders = contenders_for(engine, models, prompts)
    if dry_run:
        _print_estimate(contenders, cases, chosen, fmt)
        return
    recorder = None
    if tape is None and any(c.engine == "llm" for c in contenders):
        recorder = Cassette(record or _default_recording(output))
    total = len(contenders) * len(cases) * len(chosen)
    run = _with_progress(
        total,
        lambda step: run_all(
            contenders,
            cases,
            chosen,
            record=recorder,
            replay=tape,
            on_step=step,
            cases_dir=_absolute(cases_dir),
        ),
    )
    _emit(run, output, fmt)
    if run.cassette:
        note(f"Replies recorded in {run.cassette}: re-score them free with --replay {run.cassette}")
    if run.interrupted:
        note(f"Interrupted: the report covers {len(run.outputs)} of {total} outputs.")
        raise SystemExit(130)


def _absolute(folder: str | None) -> str | None:
    from pathlib import Path

    return str(Path(folder).expanduser().resolve()) if folder else None


def _default_recording(output: str | None) -> str:
    from pathlib import Path

    if output:
        out = Path(output)
        return str(out.with_name(out.stem + ".replies"))
    from datetime import UTC, datetime

    from infoview_ai.config import infoview_home

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return str(infoview_home() / "evals" / stamp)


def _with_progress(total: int, work):
    """A progress bar on stderr while ``work(step)`` runs; gone when it ends."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console, transient=True
    ) as bar:
        task = bar.add_task("evaluating", total=total)

        def step(scored) -> None:
            bar.update(task, advance=1, description=f"{scored.contender}: {scored.case}")

        return work(step)


def _emit(run, output: str | None, fmt: str) -> None:
    from rich.console import Console

    from infoview_ai.evaluation.report import as_json, table

    if output:
        from infoview_ai.guards.files import write_atomic

        if output.lower().endswith((".html", ".htm")):
            from infoview_ai.evaluation.html_report import as_html

            write_atomic(output, as_html(run))
        else:
            write_atomic(output, as_json(run))
        note(f"Report written to {output}")
        Console(stderr=True).print(table(run))
    elif fmt == "json":
        click.echo(as_json(run), nl=False)
    else:
        Console(width=200).print(table(run))


def _print_estimate(contenders, cases, kinds, fmt: str) -> None:
    import json

    from infoview_ai.engines.llm.pricing import format_cost
    from infoview_ai.evaluation.estimate import estimate

    found = estimate(contenders, cases, kinds)
    if fmt == "json":
        click.echo(json.dumps(found, indent=2, ensure_ascii=False))
        return
    for row in found["contenders"]:
        tokens = f"{row['input_tokens']:,} in" + ("" if row["tokens_exact"] else " (estimated)")
        cost = row["estimated_cost_usd"]
        priced = f"about {format_cost(cost)}" if cost is not None else "no price (not in the price table)"
        if not row["calls"]:
            priced = "free (no calls)"
        click.echo(
            f"{row['contender']}: {row['calls']} call(s), {tokens}, ~{row['output_tokens']:,} out, {priced}"
        )
    total = f"about {format_cost(found['priced_cost_usd'])}"
    if found["unpriced"]:
        total += f" for the priced models ({', '.join(found['unpriced'])}: no price)"
    click.echo(f"total: {found['total_calls']} call(s), {total}; dry run: nothing sent")
