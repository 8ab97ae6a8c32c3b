"""The body of every `infoview batch KIND` command: read the people, build the recipe, pick the way to run
(offline pool, live threads, a dry run, or the Batch API's files), print the summary on stderr."""

from __future__ import annotations

from pathlib import Path

import click

from infoview_ai.cli.options import UserFacingError, note


def _people(csv_path, selector, status, targets_path):
    from infoview_ai.batch.people import people_from_contacts, read_people_file
    from infoview_ai.errors import InputError

    given = [x for x in (csv_path, selector or (status and "all"), targets_path) if x]
    if len(given) != 1:
        raise InputError(
            "Say who to draft for with exactly one of --csv FILE, --contacts SELECTOR, --targets FILE."
        )
    if csv_path:
        return read_people_file(csv_path)
    if targets_path:
        return read_people_file(targets_path, targets=True)
    return people_from_contacts(selector, status)


def _recipe(kind, *, engine, model, company, company_notes, industry, me, minutes, channel, premium):
    from infoview_ai.batch.build import Recipe
    from infoview_ai.errors import InputError
    from infoview_ai.inputs import MAX_NAME_CHARS, default_me_path, load_profile, parse_sender, read_text

    for flag, value in (("--company", company), ("--industry", industry)):
        if value and len(value) > MAX_NAME_CHARS:
            raise InputError(f"{flag} is {len(value):,} characters; a name is at most {MAX_NAME_CHARS}.")
    me_text = ""
    if me:
        me_text = read_text(me, "background (--me)")
    elif default_me_path().is_file():
        me_text = read_text(str(default_me_path()), "background (me.md)")
    notes_text = read_text(company_notes, "company notes") if company_notes else ""
    from infoview_ai.context import Sender

    return Recipe(
        kind=kind,
        engine=engine,
        model=model,
        sender=parse_sender(me_text) if me_text else Sender(),
        sender_text=me_text,
        company=(company or "").strip() or None,
        company_notes=notes_text.strip(),
        industry=(industry or "").strip() or None,
        minutes=minutes,
        channel=channel,
        premium=premium,
        load_profile=load_profile,
    )


def run_batch_command(
    kind,
    *,
    csv_path,
    selector,
    status,
    targets_path,
    output,
    via,
    fmt,
    engine,
    concurrency,
    workers,
    dry_run,
    model,
    key,
    base_url,
    method,
    timeout,
    no_cache,
    minutes=20,
    channel=None,
    premium=False,
    company=None,
    company_notes=None,
    industry=None,
    me=None,
) -> None:
    from infoview_ai.errors import InputError
    from infoview_ai.generation import choose_engine
    from infoview_ai.guards.safe_text import printable

    people, skipped = _people(csv_path, selector, status, targets_path)
    for row in skipped:
        note(printable(f"skipped {row.where}: {row.reason}"))
    if not people:
        raise InputError("Nobody to draft for" + (" (every row was skipped)." if skipped else "."))

    def settings():
        from dataclasses import replace

        from infoview_ai.engines.llm.settings import resolve_settings

        chosen = resolve_settings(
            model=model, key=key, base_url=base_url, method=method, timeout=timeout, use_cache=not no_cache
        )
        return replace(chosen, max_retries=0)  # the batch's own back-off waits for every worker at once

    name = (
        "llm"
        if via != "live" or dry_run
        else choose_engine(engine, key=key, base_url=base_url, model=model).name
    )
    llm = settings() if name == "llm" else None
    recipe = _recipe(
        kind,
        engine=name,
        model=llm.model if llm else "",
        company=company,
        company_notes=company_notes,
        industry=industry,
        me=me,
        minutes=minutes,
        channel=channel,
        premium=premium,
    )
    if dry_run:
        from infoview_ai.batch.estimate import estimate

        for line in estimate(recipe, people, llm.model_name).lines(llm.model):
            note(line)
        return
    if not output:
        raise InputError("Missing -o DIR: the folder for the drafts (with --via file: the JSONL file).")
    if via != "live":
        return _send(via, recipe, people, output, llm, fmt)
    _run_here(recipe, people, output, fmt, llm, concurrency, workers, len(skipped))


def _run_here(recipe, people, output, fmt, llm, concurrency, workers, skipped_rows) -> None:
    from infoview_ai.batch.progress import progress_bar
    from infoview_ai.batch.runner import Batch, run_batch

    job = Batch(recipe, people, output, fmt)
    if llm is not None:
        from infoview_ai.batch.live import run_threads

        note(f"LLM engine: sending to {llm.destination}, {concurrency} at a time")
        for line in llm.notes:
            note(f"note: {line}")

        def runner(batch, tasks, keep):
            run_threads(batch, tasks, keep, settings=llm, concurrency=concurrency)
    else:
        from infoview_ai.batch.offline import run_pool

        def runner(batch, tasks, keep):
            run_pool(batch, tasks, keep, workers=workers)

    pending = len(job.pending())
    label = f"{recipe.kind.replace('_', '-')} ({recipe.engine})"
    try:
        with progress_bar(pending, label) as advance:
            summary = run_batch(job, runner, lambda task, _outcome: advance(task.person.name))
    except KeyboardInterrupt:
        for line in job.summary.lines():
            note(line)
        raise UserFacingError(f"Interrupted: what was done is kept in {job.folder}.", 130) from None
    for line in summary.lines():
        note(line)
    if skipped_rows:
        note(f"input rows skipped: {skipped_rows} (see above)")
    click.echo(str(job.folder / "index.md"))
    if summary.failed:
        raise UserFacingError(f"{len(summary.failed)} of {len(people)} people failed (see above).", 1)


def _send(via, recipe, people, output, llm, fmt="markdown") -> None:
    """--via file or batch-api: the jobs go to the Batch API helper (its own module)."""
    try:
        from infoview_ai.batch_api import send_jobs  # type: ignore
    except ImportError:
        raise click.UsageError(f"--via {via} is not available in this build.") from None
    from infoview_ai.batch.build import context_for, custom_ids, input_hash
    from infoview_ai.batch.jobs import BatchJob
    from infoview_ai.batch.work import EXTENSIONS

    jobs = []
    for person, custom_id in zip(people, custom_ids(recipe, people), strict=True):
        context, _ = context_for(recipe, person)
        name = f"{custom_id}.{EXTENSIONS[fmt]}"  # the file collect writes, as the live batch names it
        where = str(Path(output) / name) if via == "batch-api" else name
        # the live batch's own hash: a live re-run into the same folder skips what was collected
        digest = input_hash(recipe, person)
        jobs.append(BatchJob(custom_id, recipe.kind, context, person.contact_id, where, person.name, digest))
    sent = send_jobs(jobs, via=via, output=Path(output), settings=llm)
    for line in sent.lines():
        note(line)
