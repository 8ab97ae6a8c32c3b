"""The Signal record every rule set reads, and name normalisation for comparisons."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Signal:
    """One fact worth building on: what kind it is, where it came from, how strong it is."""

    kind: str
    source: str
    weight: int
    facts: dict[str, Any] = field(default_factory=dict)


def of_kind(signals: list[Signal], *kinds: str) -> list[Signal]:
    return [s for s in signals if s.kind in kinds]


def norm(name: str) -> str:
    """Company or school name for comparison: lower case, no legal suffix or punctuation."""
    low = re.sub(r"[^\w\s&]", " ", name.lower())
    low = re.sub(r"\b(?:inc|llc|ltd|limited|corp|corporation|co|gmbh|plc|sa|ag|the)\b", " ", low)
    return " ".join(low.split())
