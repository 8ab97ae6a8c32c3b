"""The Batch API's input format: one JSON line per request, split into files the API accepts.

A line is ``{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body": {...}}``, the body
being exactly what the live engine would POST. The same file runs on vLLM's offline batch runner.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

URL = "/v1/chat/completions"
MAX_REQUESTS = 50_000  # the Batch API's limits for one input file
MAX_BYTES = 200 * 1024 * 1024
PART_SEPARATOR = "."  # a pack's part has its own request: "<job id>.brief"


@dataclass(frozen=True)
class RequestLine:
    custom_id: str
    body: dict

    def encoded(self) -> bytes:
        line = {"custom_id": self.custom_id, "method": "POST", "url": URL, "body": self.body}
        return (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def request_id(job_id: str, part: str | None) -> str:
    return job_id if part is None else f"{job_id}{PART_SEPARATOR}{part}"


def split_files(
    lines: list[RequestLine], max_requests: int = MAX_REQUESTS, max_bytes: int = MAX_BYTES
) -> list[bytes]:
    """The lines packed into as few files as the limits allow, in order; one line over ``max_bytes`` is
    refused (the API would reject the whole file)."""
    from infoview_ai.errors import InputError

    files: list[bytes] = []
    chunk: list[bytes] = []
    size = 0
    for line in lines:
        data = line.encoded()
        if len(data) > max_bytes:
            raise InputError(f"The request for {line.custom_id} alone is over {max_bytes:,} bytes.")
        if chunk and (len(chunk) >= max_requests or size + len(data) > max_bytes):
            files.append(b"".join(chunk))
            chunk, size = [], 0
        chunk.append(data)
        size += len(data)
    if chunk:
        files.append(b"".join(chunk))
    return files
