"""A candidate question and the check every template goes through before it is kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from infoview_ai.artifacts import Theme
from infoview_ai.context import Context
from infoview_ai.engines.offline.signals.signal import Signal
from infoview_ai.engines.offline.wording import clean_question


@dataclass
class Candidate:
    text: str
    theme: Theme
    source: str
    why: str
    priority: int
    topic: str = ""  # questions with the same topic are near-duplicates: keep one
    family: str = ""  # questions on one signal family: keep one (default: one per signal); "a+b": both


def add_candidate(
    out: list[Candidate],
    variants: list[str],
    theme: Theme,
    source: str,
    why: str,
    priority: int,
    topic: str = "",
    family: str = "",
) -> None:
    """Add the first variant that passes the question rules (ends with ?, <= 30 words, no job ask)."""
    for text in variants:
        if text and (q := clean_question(text)):
            out.append(Candidate(q, theme, source, why, priority, topic, family))
            return


Rule = Callable[[Signal, Context, list[Candidate]], None]  # one signal kind -> its candidate questions
