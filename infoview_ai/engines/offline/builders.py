"""The built-in offline engine: deterministic rules grounded in the parsed bio, one builder per kind."""

from __future__ import annotations

from collections.abc import Callable

from infoview_ai.artifacts import Artifact
from infoview_ai.context import Context
from infoview_ai.engines.offline.after_call.follow_up import build_follow_up
from infoview_ai.engines.offline.after_call.thank_you import build_thank_you
from infoview_ai.engines.offline.brief.build import build_brief
from infoview_ai.engines.offline.outreach.build import build_outreach
from infoview_ai.engines.offline.polish import build_polish
from infoview_ai.engines.offline.questions.build import build_questions
from infoview_ai.kinds import Kind

# kind name -> builder. Adding a kind means adding its rule set and one line here.
BUILDERS: dict[str, Callable[[Context], Artifact]] = {
    "brief": build_brief,
    "questions": build_questions,
    "outreach": build_outreach,
    "thank_you": build_thank_you,
    "follow_up": build_follow_up,
    "polish": build_polish,
}


def generate(kind: Kind, context: Context) -> Artifact:
    return BUILDERS[kind.name](context)
