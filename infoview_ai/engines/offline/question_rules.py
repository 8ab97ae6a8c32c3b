"""Question templates: turn one signal into candidate questions, each checked against the rules.

The templates live by family: questions_career (their path), questions_about (what they wrote about
themselves) and questions_context (what the user brought: company notes, industry, common ground).
"""

from __future__ import annotations

from ...context import Context
from .base import Signal
from .question_candidates import Candidate, Rule
from .questions_about import ABOUT_RULES
from .questions_career import CAREER_RULES
from .questions_context import CONTEXT_RULES

RULES: dict[str, Rule] = {**CAREER_RULES, **ABOUT_RULES, **CONTEXT_RULES}


def from_signal(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    """Add the candidate questions for one signal; a kind with no template adds none."""
    if rule := RULES.get(s.kind):
        rule(s, ctx, out)
