"""The Batch API through the openai SDK: upload a request file, create a batch, read its state, download
its output and error files. SDK errors become EngineErrors with the key masked."""

from __future__ import annotations

from dataclasses import dataclass

from infoview_ai.batch_api.request_file import URL
from infoview_ai.errors import EngineError

WINDOW = "24h"


@dataclass(frozen=True)
class BatchState:
    id: str
    status: str
    total: int
    completed: int
    failed: int
    output_file_id: str | None
    error_file_id: str | None
    errors: tuple[str, ...] = ()  # why a batch failed validation

    def line(self) -> str:
        counts = (
            f"{self.completed}/{self.total} done, {self.failed} failed" if self.total else "no counts yet"
        )
        return f"{self.id}: {self.status}, {counts}" + "".join(f"; {e}" for e in self.errors)


def client_for(settings):
    import openai

    from infoview_ai.engines.llm.model import PLACEHOLDER_KEY

    return openai.OpenAI(
        api_key=settings.secret() or PLACEHOLDER_KEY,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=2,
    )


def _failure(exc: Exception, settings, doing: str) -> EngineError:
    from infoview_ai.guards.redaction import redact

    return EngineError(
        redact(f"The Batch API failed while {doing}: {type(exc).__name__}: {exc}", settings.secrets())
    )


def submit(client, content: bytes, name: str, settings, metadata: dict | None = None) -> tuple[str, str]:
    """Upload one request file and create its batch: (batch id, input file id)."""
    try:
        uploaded = client.files.create(file=(name, content, "application/jsonl"), purpose="batch")
        created = client.batches.create(
            input_file_id=uploaded.id, endpoint=URL, completion_window=WINDOW, metadata=metadata
        )
    except Exception as exc:  # the SDK's errors, with the key masked
        raise _failure(exc, settings, f"sending {name}") from None
    return created.id, uploaded.id


def state(client, batch_id: str, settings) -> BatchState:
    try:
        batch = client.batches.retrieve(batch_id)
    except Exception as exc:
        raise _failure(exc, settings, f"reading batch {batch_id}") from None
    counts = batch.request_counts
    errors = tuple(
        f"{e.line or '?'}: {e.message}" if e.line else str(e.message)
        for e in ((batch.errors.data or []) if batch.errors else [])
    )
    return BatchState(
        batch.id,
        batch.status,
        counts.total if counts else 0,
        counts.completed if counts else 0,
        counts.failed if counts else 0,
        batch.output_file_id,
        batch.error_file_id,
        errors,
    )


def download(client, file_id: str, settings) -> str:
    try:
        return client.files.content(file_id).text
    except Exception as exc:
        raise _failure(exc, settings, f"downloading {file_id}") from None
