"""The Signal record every rule set reads, the sources a claim cites, and words and names for comparisons."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from infoview_ai.career import employer_key

# Where a brief's claim came from (artifacts.Claim.source).
PROFILE, NOTES, YOU, VERIFY, LOOK_UP, SUGGESTION = (
    "profile",
    "your notes",
    "you",
    "general knowledge: verify",
    "to look up",
    "suggestion",
)


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
    """Company or school name for comparison (``career.employer_key``)."""
    return employer_key(name)


STOP_WORDS = frozenset({"into", "from", "with", "work", "role", "roles"})


def content_words(text: str, stop: frozenset[str] = STOP_WORDS) -> set[str]:
    """The words of four letters or more that say what the text is about, lower case, minus ``stop``."""
    return {w for w in re.split(r"[^a-z]+", text.lower()) if len(w) >= 4 and w not in stop}
