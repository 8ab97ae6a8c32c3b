"""The one entry point from the CLI (or Python) into the engines: generate(kind, context, engine)."""

from __future__ import annotations

from dataclasses import dataclass

from infoview_ai.artifacts import Artifact, Result
from infoview_ai.context import Context
from infoview_ai.errors import ConfigError, InputError
from infoview_ai.kinds import Kind, kind_named

ENGINES = ("auto", "offline", "llm")


@dataclass(frozen=True)
class EngineChoice:
    name: str  # "offline" or "llm"
    note: str | None = None  # a one-line explanation for stderr


def choose_engine(
    requested: str, *, key: str | None = None, base_url: str | None = None, model: str | None = None
) -> EngineChoice:
    """auto: the LLM engine when it is configured, else the offline engine with a note."""
    if requested not in ENGINES:
        raise InputError(f"Unknown engine {requested!r}: choose one of {', '.join(ENGINES)}.")
    if requested == "offline":
        return EngineChoice("offline")
    from infoview_ai.engines.llm.settings import NO_KEY, llm_configured, shown_url, untrusted_base_url

    if requested == "llm":
        if not (llm_configured(key, base_url, model) or untrusted_base_url(base_url)):
            raise ConfigError(NO_KEY)
        return EngineChoice("llm")
    if llm_configured(key, base_url, model):
        return EngineChoice("llm")
    untrusted = untrusted_base_url(base_url)
    if untrusted:
        return EngineChoice(
            "offline",
            f"The .env in this folder names the server {shown_url(untrusted)}; --engine auto does not send "
            "your data to a server only the working folder names, so the offline engine runs. Pass "
            "--engine llm to use it, or set OPENAI_BASE_URL in $INFOVIEW_HOME/.env.",
        )
    return EngineChoice("offline", "No API key configured: using the built-in offline engine.")


def run(
    kind: Kind | str, context: Context, engine: str = "offline", settings=None, on_partial=None
) -> Result:
    """One deliverable of ``kind`` from the named engine ("offline" or "llm"), with its costs and notes.

    ``kind`` is a Kind, or its name from Python ("thank-you" and "thank_you" both work). ``settings``
    (LLMSettings) is needed by the LLM engine; ``on_partial`` receives the partly parsed reply while it
    streams (free-text kinds only).
    """
    kind = kind_named(kind)
    if engine not in ("offline", "llm"):  # "auto" from Python resolves as on the command line
        engine = _resolve(engine, settings)
    from infoview_ai.trust import sanitize_context

    context, findings = sanitize_context(context)
    result = (
        _prep(kind, context, engine, settings)
        if kind.parts
        else _one(kind, context, engine, settings, on_partial)
    )
    result.input_findings = findings
    return result


def _resolve(engine: str, settings) -> str:
    """The engine "auto" (or an unknown name) means, counting what ``settings`` configure."""
    if settings is None:
        return choose_engine(engine).name
    return choose_engine(engine, key=settings.secret(), base_url=settings.base_url, model=settings.model).name


def _one(kind: Kind, context: Context, engine: str, settings, on_partial) -> Result:
    """One kind from one engine, then the trust review every deliverable goes through."""
    from infoview_ai.trust import review

    if engine == "offline":
        from infoview_ai.engines.offline.builders import generate as offline_generate

        return Result(review(kind, offline_generate(kind, context), context))
    from infoview_ai.engines.llm.engine import generate as llm_generate
    from infoview_ai.engines.llm.settings import resolve_settings

    result = llm_generate(kind, context, settings or resolve_settings(), on_partial)
    result.artifact = review(kind, result.artifact, context)
    return result


def _prep(pack: Kind, context: Context, engine: str, settings) -> Result:
    """Brief, questions and outreach; with the LLM engine the three calls run at once, so a pack takes
    about as long as its slowest call."""
    if engine == "llm":
        # Daemon threads, not a pool: Ctrl-C or one part's error ends the command at once, without
        # waiting for the other calls (a pool's threads are joined at exit).
        from infoview_ai.guards.deadline import all_of

        parts = all_of(
            {
                part.name: (lambda part=part: _one(part, context, engine, settings, None))
                for part in pack.parts
            }
        )
    else:
        parts = {part.name: _one(part, context, engine, settings, None) for part in pack.parts}
    costs = [p.cost_usd for p in parts.values()]
    return Result(
        pack.model(**{name: part.artifact for name, part in parts.items()}),  # Prep's fields are its parts
        notes=[f"{part}: {n}" for part, p in parts.items() for n in p.notes],
        input_tokens=sum(p.input_tokens for p in parts.values()),
        output_tokens=sum(p.output_tokens for p in parts.values()),
        cost_usd=None if any(c is None for c in costs) else sum(costs),
        cached=all(p.cached for p in parts.values()),
    )


def generate(kind: Kind | str, context: Context, engine: str = "auto", settings=None) -> Artifact:
    """One deliverable of ``kind`` for ``context``: the artifact alone (see ``run`` for costs and notes)."""
    return run(kind, context, engine, settings).artifact
