"""One unit of batch work: a deliverable of one kind for one person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BatchJob:
    custom_id: str
    kind: str
    context: Any
    contact_id: int | None = None
    output_path: str | None = None
    label: str = ""
    input_hash: str = ""  # as the live batch computes it: a live re-run skips what was collected
