"""The one entry point from the CLI (or Python) into the engines: generate(kind, context, engine)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from infoview_ai.artifacts import Artifact, Prep
from infoview_ai.context import Context
from infoview_ai.errors import ConfigError, InputError
from infoview_ai.kinds import KINDS, PREP_KINDS

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
    from infoview_ai.engines.llm.settings import NO_KEY, llm_configured

    configured = llm_configured(key, base_url, model)
    if requested == "llm" and not configured:
        raise ConfigError(NO_KEY)
    if configured:
        return EngineChoice("llm")
    return EngineChoice("offline", "No API key configured: using the built-in offline engine.")


@dataclass
class Result:
    """A deliverable plus what producing it cost; ``notes`` are diagnostics for stderr."""

    artifact: Artifact
    notes: list[str] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = None
    cached: bool = False
    streamed: bool = False
    input_findings: list = field(default_factory=list)  # trust.injection.InputFinding


def run(kind: str, context: Context, engine: str = "offline", settings=None, on_partial=None) -> Result:
    """One deliverable of ``kind`` from the named engine ("offline" or "llm"), with its costs and notes.

    ``settings`` (LLMSettings) is needed by the LLM engine; ``on_partial`` receives the partly parsed
    reply while it streams (free-text kinds only).
    """
    if kind not in KINDS and kind != "prep":
        raise InputError(f"Unknown kind {kind!r}: choose one of {', '.join(KINDS)}, prep.")
    from infoview_ai.trust.review import sanitize_context

    context, findings = sanitize_context(context)
    result = (
        _prep(context, engine, settings)
        if kind == "prep"
        else _one(kind, context, engine, settings, on_partial)
    )
    result.input_findings = findings
    return result


def _one(kind: str, context: Context, engine: str, settings, on_partial) -> Result:
    """One kind from one engine, then the trust review every deliverable goes through."""
    from infoview_ai.trust.review import review

    if engine not in ("offline", "llm"):
        engine = choose_engine(engine).name  # "auto" from Python resolves as it does on the command line
    if engine == "offline":
        from infoview_ai.engines.offline.builders import generate as offline_generate

        return Result(review(kind, offline_generate(kind, context), context))
    from infoview_ai.engines.llm.engine import generate as llm_generate
    from infoview_ai.engines.llm.settings import resolve_settings

    generation = llm_generate(kind, context, settings or resolve_settings(), on_partial)
    return Result(
        review(kind, generation.artifact, context),
        generation.notes,
        generation.input_tokens,
        generation.output_tokens,
        generation.cost_usd,
        generation.cached,
        generation.streamed,
    )


def _prep(context: Context, engine: str, settings) -> Result:
    """Brief, questions and outreach; with the LLM engine the three calls run at once, so a pack takes
    about as long as its slowest call."""
    if engine == "llm":
        with ThreadPoolExecutor(max_workers=len(PREP_KINDS)) as pool:
            futures = {part: pool.submit(_one, part, context, engine, settings, None) for part in PREP_KINDS}
            parts = {part: future.result() for part, future in futures.items()}
    else:
        parts = {part: _one(part, context, engine, settings, None) for part in PREP_KINDS}
    costs = [p.cost_usd for p in parts.values()]
    return Result(
        Prep(
            brief=parts["brief"].artifact,
            questions=parts["questions"].artifact,
            outreach=parts["outreach"].artifact,
        ),
        notes=[f"{part}: {n}" for part, p in parts.items() for n in p.notes],
        input_tokens=sum(p.input_tokens for p in parts.values()),
        output_tokens=sum(p.output_tokens for p in parts.values()),
        cost_usd=None if any(c is None for c in costs) else sum(costs),
        cached=all(p.cached for p in parts.values()),
    )


def generate(kind: str, context: Context, engine: str = "offline", settings=None) -> Artifact:
    """One deliverable of ``kind`` for ``context``: the artifact alone (see ``run`` for costs and notes)."""
    return run(kind, context, engine, settings).artifact
