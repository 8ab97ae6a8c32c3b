"""Send a batch: every job's requests built by the live engine's own code, written as JSONL files and a
manifest (--via file, for vLLM), or uploaded and turned into Batch API batches (--via batch-api)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from infoview_ai.batch_api import manifest as manifests
from infoview_ai.batch_api.request_file import MAX_BYTES, MAX_REQUESTS, RequestLine, request_id, split_files


@dataclass
class Sent:
    submission_id: str
    files: list[str] = field(default_factory=list)
    batches: list[str] = field(default_factory=list)
    manifest: str = ""
    requests: int = 0
    people: int = 0
    notes: list[str] = field(default_factory=list)
    model: str = "MODEL"

    def lines(self) -> list[str]:
        out = [f"{self.people} people, {self.requests} requests", *self.notes]
        if self.batches:
            out += [f"batch {b} created (completion window 24h, half price)" for b in self.batches]
            out.append(f"next: infoview batch status {self.submission_id}")
            out.append(f"then: infoview batch collect {self.submission_id}")
        else:
            out += [f"wrote {f}" for f in self.files]
            out.append(f"manifest: {self.manifest}")
            first = Path(self.files[0]) if self.files else Path("requests.jsonl")
            out.append(
                "next: python -m vllm.entrypoints.openai.run_batch "
                f"-i {first} -o {first.with_name('results.jsonl')} --model {self.model}"
            )
            out.append(f"then: infoview batch collect {first.with_name('results.jsonl')}")
        return out


def settings_for_body(settings):
    """Building a request needs a client object but no key: a file for vLLM may be written without one."""
    if settings.api_key or settings.base_url:
        return settings
    from pydantic import SecretStr

    from infoview_ai.engines.llm.model import PLACEHOLDER_KEY

    return replace(settings, api_key=SecretStr(PLACEHOLDER_KEY))


def build_requests(jobs, settings) -> tuple[list[RequestLine], list[manifests.JobRecord], list[str]]:
    """The request lines (one per job, or one per part of a pack) and the manifest's job records."""
    from infoview_ai.engines.llm.engine import request_body
    from infoview_ai.kinds import kind_named
    from infoview_ai.trust import sanitize_context

    body_settings = settings_for_body(settings)
    lines, records, notes = [], [], []
    for job in jobs:
        kind = kind_named(job.kind)
        context, _ = sanitize_context(job.context)  # as generation.run does before a live call
        ids = []
        for part in kind.parts or (None,):
            rid = request_id(job.custom_id, part.name if part else None)
            body, trimmed = request_body(part or kind, context, body_settings)
            lines.append(RequestLine(rid, body))
            ids.append(rid)
            notes += [f"{job.label or job.custom_id}: {n}" for n in trimmed]
        records.append(
            manifests.JobRecord(
                custom_id=job.custom_id,
                kind=job.kind,
                label=job.label or job.custom_id,
                output_path=str(job.output_path),
                input_hash=job.input_hash,
                requests=ids,
                context=context.model_dump(mode="json"),
                contact_id=job.contact_id,
            )
        )
    return lines, records, notes


def _numbered(path: Path, index: int) -> Path:
    return path if index == 0 else path.with_name(f"{path.stem}-{index + 1}{path.suffix}")


def send_jobs(
    jobs,
    *,
    via: str,
    output: Path,
    settings,
    max_requests: int | None = None,
    max_bytes: int | None = None,
    client=None,
) -> Sent:
    """The limits default to the Batch API's (read here, so a test can lower them)."""
    from infoview_ai.errors import InputError

    if via == "file":
        if output.suffix != ".jsonl":
            raise InputError(f"--via file writes a JSONL file: pass -o requests.jsonl (not {output}).")
        drafts = output.with_name(f"{output.stem}-drafts")
        jobs = [
            replace(j, output_path=str(drafts / Path(j.output_path or f"{j.custom_id}.md").name))
            for j in jobs
        ]
    lines, records, notes = build_requests(jobs, settings)
    contents = split_files(lines, max_requests or MAX_REQUESTS, max_bytes or MAX_BYTES)
    created = datetime.now(UTC).isoformat(timespec="seconds")
    submission = manifests.Submission(
        id="",
        via=via,
        model=settings.model,
        method=settings.method,
        temperature=settings.temperature,
        created=created,
        jobs=records,
    )
    sent = Sent("", requests=len(lines), people=len(records), notes=notes, model=settings.model_name)
    if via == "file":
        return _write_files(submission, sent, contents, output)
    return _upload(submission, sent, contents, settings, client)


def _write_files(submission, sent: Sent, contents: list[bytes], output: Path) -> Sent:
    from infoview_ai.guards.files import write_atomic

    for index, content in enumerate(contents):
        path = _numbered(output, index)
        write_atomic(path, content.decode("utf-8"))
        submission.request_files.append(str(path))
    submission.id = f"file-{output.stem}"
    path = manifests.beside(output)
    manifests.save(submission, path)
    sent.submission_id, sent.files, sent.manifest = submission.id, submission.request_files, str(path)
    return sent


def _upload(submission, sent: Sent, contents: list[bytes], settings, client) -> Sent:
    from infoview_ai.batch_api.remote import client_for, submit

    if client is None:
        if not settings.api_key and not settings.base_url:
            from infoview_ai.engines.llm.settings import NO_KEY
            from infoview_ai.errors import ConfigError

            raise ConfigError(NO_KEY)
        client = client_for(settings)
    for index, content in enumerate(contents):
        count = content.count(b"\n")
        batch_id, file_id = submit(client, content, f"infoview-requests-{index + 1}.jsonl", settings)
        submission.batches.append(
            {"id": batch_id, "input_file_id": file_id, "status": "validating", "requests": count}
        )
        submission.id = submission.id or batch_id
        # saved after every batch: a failure on the second file leaves the first one collectable
        manifests.save(submission, manifests.home_path(submission.id))
    sent.submission_id = submission.id
    sent.batches = [b["id"] for b in submission.batches]
    sent.manifest = str(manifests.home_path(submission.id))
    return sent
