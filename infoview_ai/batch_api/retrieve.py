"""`infoview batch status` and `collect`: ask the Batch API where each batch is, download what finished,
or read a vLLM results file against the manifest of its --via file run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from infoview_ai.batch_api import manifest as manifests
from infoview_ai.batch_api.collect import Report, collect, read_results
from infoview_ai.batch_api.manifest import TERMINAL, Submission
from infoview_ai.errors import InputError


def reading_settings(submission: Submission, settings):
    """The settings the requests were built with (model, structured-output method), so a reply is read
    as the live engine reads one of its own; the key and server are today's."""
    from infoview_ai.batch_api.send import settings_for_body

    chosen = replace(
        settings, model=submission.model, method=submission.method, temperature=submission.temperature
    )
    return settings_for_body(chosen)


def refresh(path: Path, submission: Submission, settings, client=None) -> list:
    """Every batch's state from the API, saved into the manifest."""
    from infoview_ai.batch_api.remote import client_for, state

    client = client or client_for(settings)
    states = [state(client, b["id"], settings) for b in submission.batches]
    for record, now in zip(submission.batches, states, strict=True):
        record["status"] = now.status
    manifests.save(submission, path)
    return states


def open_submissions() -> list[tuple[Path, Submission]]:
    return [(p, s) for p, s in manifests.saved_submissions() if s.via == "batch-api" and not s.collected]


def collect_remote(given: str, settings, client=None) -> tuple[Report | None, list]:
    """Download and keep what finished; (None, states) while a batch is still running."""
    from infoview_ai.batch_api.remote import client_for, download

    path, submission = manifests.find_submission(given)
    client = client or client_for(settings)
    states = refresh(path, submission, settings, client)
    if any(s.status not in TERMINAL for s in states):
        return None, states
    text = []
    for now in states:
        for file_id in (now.output_file_id, now.error_file_id):
            if file_id:
                text.append(download(client, file_id, settings))
    stopped = sorted({s.status for s in states if s.status != "completed"})
    missing = f"batch {', '.join(stopped)} before this request ran" if stopped else "no result in the output"
    report = _collect(path, submission, "\n".join(text), settings, missing)
    return report, states


def collect_results_file(results: Path, settings, manifest_path: Path | None = None) -> Report:
    """A results JSONL from vLLM's run_batch (no batch id): matched against the --via file manifest."""
    try:
        text = results.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Cannot read {results}: {exc.strerror}.") from None
    answers = read_results(text)
    if manifest_path is not None:
        path, submission = manifest_path, manifests.load(manifest_path)
    else:
        path, submission = manifests.manifest_for_results(results, set(answers))
    return _collect(path, submission, text, settings, f"no result in {results.name}")


def _collect(path: Path, submission: Submission, text: str, settings, missing: str) -> Report:
    reading = reading_settings(submission, settings)
    report = collect(submission, read_results(text, reading), reading, missing)
    submission.collected = True
    manifests.save(submission, path)
    return report
