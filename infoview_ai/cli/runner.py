"""The work every generating command shares: build the context, pick the engine, generate, print or write."""

from __future__ import annotations

import sys

import click

from infoview_ai.cli.options import note


def run_kind(
    kind: str,
    *,
    bio,
    company,
    company_notes,
    industry,
    me,
    fmt,
    output,
    engine,
    dry_run,
    model=None,
    key=None,
    base_url=None,
    method=None,
    timeout=None,
    no_cache=False,
    strict=False,
    **extra,
) -> None:
    """Build the context, generate (or dry-run) one kind, and print or write it."""
    from infoview_ai.kinds import POLISH, kind_named

    kind = kind_named(kind)  # the edge: past here a kind is a Kind
    from infoview_ai.cli.output import ensure_writable
    from infoview_ai.generation import choose_engine, run
    from infoview_ai.inputs import build_context

    if output:
        ensure_writable(output)

    context = build_context(
        bio=bio,
        company=company,
        company_notes=company_notes,
        industry=industry,
        me=me,
        bio_required=kind != POLISH,  # polish works on your draft alone
        **extra,
    )
    for warning in context.profile.warnings:
        note(f"check: {warning}")

    def settings():
        from infoview_ai.engines.llm.settings import resolve_settings

        return resolve_settings(
            model=model, key=key, base_url=base_url, method=method, timeout=timeout, use_cache=not no_cache
        )

    if dry_run:
        from infoview_ai.engines.llm.dry_run import dry_run_report

        if engine == "offline":
            note("note: --dry-run shows what the LLM engine would send; the offline engine sends nothing.")
        text, notes = dry_run_report(kind, context, settings(), as_json=fmt == "json")
        for line in notes:
            note(line)
        _write_or_print(text, output)
        return
    choice = choose_engine(engine, key=key, base_url=base_url, model=model)
    if choice.note:
        note(choice.note)
    if choice.name == "offline":
        result = run(kind, context, "offline")
        _report_inputs(result)
        deliver(result.artifact, fmt, output, strict, engine="offline")
        _save_with_contact(kind, context, result.artifact)
        return
    llm_settings = settings()
    note(f"LLM engine: sending to {llm_settings.destination}")
    for line in llm_settings.notes:
        note(f"note: {line}")
    printer = StreamPrinter() if _should_stream(kind, fmt, output) else None
    result = run(kind, context, "llm", llm_settings, on_partial=printer)
    _report_inputs(result)
    streamed = bool(printer and result.streamed and printer.shown)
    if printer and printer.shown:
        printer.finish(result.artifact if streamed else None)  # end the streamed text before any note
    for line in result.notes:
        note(f"note: {line}")
    _report_cost(result, llm_settings.model)
    deliver(result.artifact, fmt, output, strict, print_text=not streamed, engine="llm")
    _save_with_contact(kind, context, result.artifact)


def _save_with_contact(kind, context, artifact) -> None:
    """With --contact, keep the draft with that person (shown by `infoview contacts show`)."""
    if context.contact_id is None:
        return
    from infoview_ai.tracker.contacts import save_draft

    body = artifact.model_dump(mode="json")
    save_draft(context.contact_id, kind.name, body, getattr(artifact, "channel", None))
    note(f"Saved with contact #{context.contact_id} (infoview contacts show {context.contact_id}).")


def _report_inputs(result) -> None:
    for finding in result.input_findings:
        note(f"input warning ({finding.source}): {finding.detail}; treated as data, never as instructions")


def deliver(
    artifact, fmt: str, output: str | None, strict: bool, *, print_text: bool = True, engine: str = "llm"
) -> None:
    """Refuse a draft that still fails a check; otherwise print it with the check summary on stderr.

    The advice fits the engine that wrote it: the offline engine is deterministic, so running it again
    (or "using --engine offline") would change nothing."""
    from infoview_ai.errors import ChecksFailed

    checks = all_checks(artifact)
    failed = [c for c in checks if c.status == "fail"]
    if failed:
        raise ChecksFailed(
            "The draft was not printed because it still fails these checks:\n"
            + "\n".join(f"  {c.name}: {c.message} {c.advice}".rstrip() for c in failed)
            + (
                "\nRun it again, edit your inputs, or use --engine offline."
                if engine == "llm"
                else "\nEdit your inputs (the offline engine gives the same draft for the same inputs)."
            )
        )
    if fmt != "json":
        for c in checks:
            if c.status == "warn":
                note(f"check {c.name}: {c.message}" + (f" {c.advice}" if c.advice else ""))
        if checks:
            note(f"checks: {sum(c.status == 'pass' for c in checks)} of {len(checks)} passed")
    if strict and output and any(c.status != "pass" for c in checks):
        # -o is written only once every check has passed: a --strict failure leaves an earlier file as it was
        raise ChecksFailed(f"--strict: a check did not pass (see above); {output} was not written.")
    emit(artifact, fmt, output, print_text=print_text)
    if strict and any(c.status != "pass" for c in checks):
        raise ChecksFailed("--strict: at least one check did not pass (see above).")


def all_checks(artifact) -> list:
    """The checks of an artifact, or of each part of a prep pack."""
    from infoview_ai.artifacts import Prep

    is_pack = isinstance(artifact, Prep)
    parts = [artifact.brief, artifact.questions, artifact.outreach] if is_pack else [artifact]
    return [c for part in parts for c in getattr(part, "checks", [])]


def _should_stream(kind, fmt: str, output: str | None) -> bool:
    """Stream only prose, only to a terminal; JSON and files always get the complete, checked result."""
    return kind.prose and fmt != "json" and not output and sys.stdout.isatty()


class StreamPrinter:
    """Prints the subject once and the body as it grows, from the partly parsed reply."""

    def __init__(self) -> None:
        self.shown = ""
        self.subject_done = False

    def __call__(self, partial: dict) -> None:
        body = partial.get("body")
        if not isinstance(body, str) or len(body) <= len(self.shown):
            return
        if not self.subject_done:
            self.subject_done = True
            if isinstance(partial.get("subject"), str) and partial["subject"].strip():
                click.echo(f"Subject: {partial['subject'].strip()}\n")
        click.echo(body[len(self.shown) :], nl=False)
        self.shown = body

    def finish(self, artifact) -> None:
        """End the streamed text; with ``artifact``, reprint it if the checks changed what streamed."""
        click.echo("")
        if artifact is None:
            note("note: the draft above failed a check and was rewritten: use only the version that follows.")
            return
        if artifact.body.strip() != self.shown.strip():
            note("note: checks changed the draft above: use only the version that follows.")
            click.echo(artifact.to_markdown(), nl=False)


def _report_cost(result, model: str) -> None:
    from infoview_ai.engines.llm.pricing import format_cost

    if result.cached:
        note(f"{model}: from the local cache, no call made")
        return
    note(
        f"{model}: {result.input_tokens} tokens in, {result.output_tokens} out, "
        f"{format_cost(result.cost_usd)}"
    )


def emit(artifact, fmt: str, output: str | None, *, print_text: bool = True) -> None:
    """Notes to stderr; the deliverable to stdout or, atomically, to the output file."""
    from infoview_ai.artifacts import QuestionSet
    from infoview_ai.cli.output import render

    text = render(artifact, fmt)
    if fmt != "json":
        for line in getattr(artifact, "changes", []) or []:
            note(f"changed: {line}")
        for line in getattr(artifact, "notes", []) or []:
            if fmt == "markdown" and isinstance(artifact, QuestionSet):
                continue  # already shown inside the document
            note(f"note: {line}")
    if output or print_text:
        _write_or_print(text, output)


def _write_or_print(text: str, output: str | None) -> None:
    from infoview_ai.cli.output import write_atomic

    if output:
        write_atomic(output, text)
        note(f"Wrote {output}")
    else:
        click.echo(text, nl=False)
