"""Collect a batch: read the output and error lines, match them to jobs by custom_id, run each reply
through the LLM engine's parsing and the trust checks a live call gets, and keep each person's draft as
the live batch does (their file, the draft with the contact once, a line in the folder's manifest).

Collecting twice changes nothing: a job already recorded done with the same input hash is skipped, and
a draft already saved with the contact is not saved again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from infoview_ai.batch_api.manifest import JobRecord, Submission


@dataclass(frozen=True)
class Answer:
    """One request's result: the chat.completion body, or why there is none."""

    body: dict | None = None
    reason: str = ""


@dataclass
class Report:
    done: list[tuple[str, str]] = field(default_factory=list)  # (person, file)
    already: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (person, reason)
    not_run: list[tuple[str, str]] = field(default_factory=list)
    cost: float | None = 0.0

    def lines(self) -> list[str]:
        from infoview_ai.batch.folder import cost_text

        out = [f"done: {who} -> {where}" for who, where in self.done]
        out += [f"already collected: {who}" for who in self.already]
        out += [f"failed: {who}: {why}" for who, why in self.failed]
        out += [f"not run: {who}: {why}" for who, why in self.not_run]
        out.append(
            f"done {len(self.done)}, already collected {len(self.already)}, failed {len(self.failed)}, "
            f"not run {len(self.not_run)}; cost (batch price): {cost_text(self.cost)}"
        )
        return out


def read_results(text: str, settings=None) -> dict[str, Answer]:
    """Output or error file lines by custom_id: a 200 with a body, else the status and the error."""
    from infoview_ai.guards.redaction import redact
    from infoview_ai.guards.safe_text import printable

    answers: dict[str, Answer] = {}
    secrets = settings.secrets() if settings is not None else []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            custom_id = data["custom_id"]
        except (json.JSONDecodeError, KeyError, TypeError):
            continue  # a line that names no request cannot be matched to anyone
        response = data.get("response") or {}
        error = data.get("error")
        status = response.get("status_code")
        body = response.get("body")
        if status == 200 and isinstance(body, dict) and not error:
            answers[custom_id] = Answer(body=body)
            continue
        detail = error or (body.get("error") if isinstance(body, dict) else None) or body or "no response"
        if isinstance(detail, dict):
            detail = detail.get("message") or detail.get("code") or json.dumps(detail)
        head = f"HTTP {status}" if status is not None else "error"
        answers[custom_id] = Answer(
            reason=printable(redact(f"{head}: {' '.join(str(detail).split())}", secrets))[:300]
        )
    return answers


def _result(record: JobRecord, answers: dict[str, Answer], settings, models: dict):
    """The Result for one job, as generation.run makes it (parts of a pack assembled); raises on failure."""
    from infoview_ai.artifacts import Result
    from infoview_ai.context import Context
    from infoview_ai.engines.llm.engine import bound_model, result_from_completion
    from infoview_ai.engines.llm.pricing import BATCH_DISCOUNT
    from infoview_ai.errors import EngineError
    from infoview_ai.kinds import kind_named
    from infoview_ai.trust import review

    kind = kind_named(record.kind)
    context = Context.model_validate(record.context)
    results = {}
    for part, rid in zip(kind.parts or (kind,), record.requests, strict=True):
        answer = answers[rid]
        if answer.body is None:
            raise EngineError(answer.reason)
        if part.name not in models:  # one chat model per kind reads every reply of that kind
            models[part.name] = bound_model(part, settings)
        result = result_from_completion(
            part, context, settings, answer.body, price=BATCH_DISCOUNT, bound=models[part.name]
        )
        result.artifact = review(part, result.artifact, context)
        results[part.name] = result
    if not kind.parts:
        return results[kind.name]
    costs = [r.cost_usd for r in results.values()]
    return Result(
        kind.model(**{name: r.artifact for name, r in results.items()}),
        notes=[f"{name}: {n}" for name, r in results.items() for n in r.notes],
        input_tokens=sum(r.input_tokens for r in results.values()),
        output_tokens=sum(r.output_tokens for r in results.values()),
        cost_usd=None if any(c is None for c in costs) else sum(costs),
        usage_known=all(r.usage_known for r in results.values()),
        cache_entries=[entry for r in results.values() for entry in r.cache_entries],
    )


def collect(submission: Submission, answers: dict[str, Answer], settings, missing: str) -> Report:
    """Keep every job that has all its answers; ``missing`` says why a job without them did not run."""
    from infoview_ai.batch.folder import Entry, Manifest, prepare_folder, write_index
    from infoview_ai.batch.work import EXTENSIONS, failure_of, outcome_of

    formats = {extension: fmt for fmt, extension in EXTENSIONS.items()}

    report = Report()
    replies: list[tuple[int | None, tuple]] = []  # for the LLM cache, written at the end in one go
    models: dict = {}
    folders: dict[Path, Manifest] = {}
    order: dict[Path, list[str]] = {}
    for record in submission.jobs:
        target = Path(record.output_path)
        folder = target.parent
        if folder not in folders:
            folders[folder] = Manifest(prepare_folder(folder))
            order[folder] = []
        kept = folders[folder]
        order[folder].append(record.custom_id)
        if kept.is_done(record.custom_id, record.input_hash):
            report.already.append(record.label)
            continue
        if any(rid not in answers for rid in record.requests):
            report.not_run.append((record.label, missing))
            continue
        try:
            fmt = formats.get(target.suffix.lstrip("."), "markdown")  # the format the user asked for
            result = _result(record, answers, settings, models)
            outcome = outcome_of(record.custom_id, result, fmt)
        except Exception as exc:  # one person's bad reply never stops the rest
            result, outcome = None, failure_of(record.custom_id, exc)
        cost = outcome.cost_usd  # already at the batch price
        outcome, saved = _kept(outcome, folder / target.name, record)
        if outcome.ok and result is not None and submission.via == "batch-api" and settings.use_cache:
            replies += [(record.contact_id, entry) for entry in result.cache_entries]
        kept.record(
            Entry.of(outcome, record.custom_id, record.label, target.name, record.input_hash, cost, saved)
        )
        report.cost = None if cost is None or report.cost is None else report.cost + cost
        if outcome.ok:
            report.done.append((record.label, str(target)))
        else:
            report.failed.append((record.label, outcome.error))
    _remember(replies)
    for folder, kept in folders.items():
        kept.close()
        write_index(folder, [kept.entries[i] for i in order[folder] if i in kept.entries])
    return report


def _kept(outcome, path: Path, record: JobRecord):
    """Write the file (atomically) and save the draft with the contact once; a failure fails this job."""
    from infoview_ai.batch.folder import MANIFEST
    from infoview_ai.batch.saved_drafts import key_for, save_for_batch
    from infoview_ai.batch.work import failure_of
    from infoview_ai.guards.files import write_atomic

    if not outcome.ok:
        return outcome, None
    saved = None
    try:
        write_atomic(path, outcome.text)
        if record.contact_id is not None and outcome.body is not None:
            key = key_for(path.parent / MANIFEST, record.custom_id, record.input_hash)
            saved = save_for_batch(key, record.contact_id, record.kind, outcome)
    except Exception as exc:  # a full disk or a deleted contact fails this person only
        return failure_of(record.custom_id, exc), None
    return outcome, saved


def _remember(replies: list[tuple[int | None, tuple]]) -> None:
    """Batch API replies that passed their checks go into the LLM cache as a live reply does (the same
    row as store.cache_put), so a later live run of the same request reuses them: one transaction for
    all, as one commit each would cost a second per fifty. A vLLM file is not cached: its replies came
    from another server than the one a live run asks."""
    import json

    from infoview_ai import store

    if not replies:
        return
    now = store.now_utc()
    with store.write_transaction() as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO cache (key, kind, model, response, created_at, contact_id)"
            " VALUES (?, ?, ?, ?, ?, (SELECT id FROM contacts WHERE id = ?))",
            [(k, kind, model, json.dumps(reply), now, who) for who, (k, kind, model, reply) in replies],
        )
