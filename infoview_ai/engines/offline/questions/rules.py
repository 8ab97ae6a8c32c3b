"""Question templates: turn one signal into candidate questions, each checked against the rules.

The templates live by family: path.py (their career path), about.py (what they wrote about
themselves) and user_inputs.py (what the user brought: company notes, industry, common ground).
"""

from __future__ import annotations

from infoview_ai.context import Context
from infoview_ai.engines.offline.questions.about import ABOUT_RULES
from infoview_ai.engines.offline.questions.candidates import Candidate, Rule
from infoview_ai.engines.offline.questions.own_words import OWN_WORDS_RULES
from infoview_ai.engines.offline.questions.path import CAREER_RULES
from infoview_ai.engines.offline.questions.user_inputs import CONTEXT_RULES
from infoview_ai.engines.offline.signals.signal import Signal

RULES: dict[str, Rule] = {**CAREER_RULES, **ABOUT_RULES, **OWN_WORDS_RULES, **CONTEXT_RULES}


def from_signal(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    """Add the candidate questions for one signal; a kind with no template adds none."""
    if rule := RULES.get(s.kind):
        rule(s, ctx, out)
