"""The built-in offline engine: deterministic rules grounded in the parsed bio, one builder per kind."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from ...artifacts import Artifact
from ...context import Context

# kind -> (module, builder). Adding a kind means adding its module and one line here.
BUILDERS: dict[str, tuple[str, str]] = {
    "brief": ("brief", "build_brief"),
    "questions": ("questions", "build_questions"),
    "outreach": ("outreach", "build_outreach"),
    "thank_you": ("thank_you", "build_thank_you"),
    "follow_up": ("follow_up", "build_follow_up"),
    "polish": ("polish", "build_polish"),
}


def builder_for(kind: str) -> Callable[[Context], Artifact]:
    module, name = BUILDERS[kind]
    return getattr(import_module(f"{__name__}.{module}"), name)


def generate(kind: str, context: Context) -> Artifact:
    return builder_for(kind)(context)
