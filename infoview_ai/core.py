"""The one entry point from the CLI (or Python) into the engines: generate(kind, context, engine)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .artifacts import Artifact, Prep
from .context import Context
from .errors import ConfigError, InputError

KINDS = ("brief", "questions", "outreach", "thank_you", "follow_up", "polish", "prep")
ENGINES = ("auto", "offline", "llm")
# prep is a pack of these kinds; each is generated on its own and rendered together.
PREP_KINDS = ("brief", "questions", "outreach")


@dataclass(frozen=True)
class EngineChoice:
    name: str  # "offline" or "llm"
    note: str | None = None  # a one-line explanation for stderr


def llm_configured() -> bool:
    """An API key or an OpenAI-compatible base URL is set (after .env files are loaded)."""
    return bool(
        os.environ.get("OPENAI_API_KEY")
        or os.environ.get("OPENAI_BASE_URL")
        or os.environ.get("OPENAI_API_BASE")
    )


def choose_engine(requested: str) -> EngineChoice:
    """auto: the LLM engine when a key (or base URL) is configured, else the offline engine with a note."""
    if requested not in ENGINES:
        raise InputError(f"Unknown engine {requested!r}: choose one of {', '.join(ENGINES)}.")
    if requested == "offline":
        return EngineChoice("offline")
    if requested == "llm":
        if not llm_configured():
            raise ConfigError(
                "No API key: set OPENAI_API_KEY in .env (or OPENAI_BASE_URL for a local server), "
                "or pass --engine offline."
            )
        return EngineChoice("llm")
    if llm_configured():
        return EngineChoice("llm")
    return EngineChoice("offline", "No API key configured: using the built-in offline engine.")


def generate(kind: str, context: Context, engine: str = "offline") -> Artifact:
    """One deliverable of ``kind`` for ``context`` from the named engine ("offline" or "llm")."""
    if kind not in KINDS:
        raise InputError(f"Unknown kind {kind!r}: choose one of {', '.join(KINDS)}.")
    if kind == "prep":
        parts = {part: generate(part, context, engine) for part in PREP_KINDS}
        return Prep(brief=parts["brief"], questions=parts["questions"], outreach=parts["outreach"])
    if engine == "llm":
        from .engines.llm import generate as llm_generate

        return llm_generate(kind, context)
    from .engines.offline import generate as offline_generate

    return offline_generate(kind, context)
