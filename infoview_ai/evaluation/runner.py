"""Contenders x cases x kinds: generate (or replay) each output, score it, keep what is done on Ctrl-C."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from infoview_ai.errors import InfoviewError
from infoview_ai.evaluation.cases import Case, case_context
from infoview_ai.evaluation.cassette import Cassette, request_keys
from infoview_ai.evaluation.contenders import Contender
from infoview_ai.evaluation.measures import (
    MEASURES,
    applicable,
    failing_spans,
    figures,
    overall,
    score_output,
    spans_to_mark,
    text_of,
)
from infoview_ai.kinds import Kind

EVAL_KINDS = ("brief", "questions", "outreach", "thank_you", "follow_up")


@dataclass
class Scored:
    """One output of one contender for one case and kind, with its scores and what it cost."""

    contender: str
    case: str
    kind: str
    ok: bool
    score: float = 0.0
    measures: dict[str, float | None] = field(default_factory=dict)
    figures: dict[str, float | None] = field(default_factory=dict)
    text: str = ""
    failing: list[str] = field(default_factory=list)
    spans: list[str] = field(default_factory=list)  # quoted failing spans, highlighted in the HTML report
    error: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = 0.0
    latency_s: float = 0.0


@dataclass
class Run:
    contenders: list[Contender]
    kinds: list[str]
    cases: list[str]
    outputs: list[Scored] = field(default_factory=list)
    interrupted: bool = False
    replayed: bool = False
    cassette: str | None = None


def _failed(contender: Contender, case: Case, kind: Kind, error: str, **costs) -> Scored:
    return Scored(
        contender.label,
        case.name,
        kind.name,
        ok=False,
        measures={m: (0.0 if m in applicable(kind.name) else None) for m in MEASURES},
        error=error,
        **costs,
    )


def _scored(contender: Contender, case: Case, kind: Kind, artifact, ctx, **costs) -> Scored:
    measures = score_output(artifact, ctx)
    return Scored(
        contender.label,
        case.name,
        kind.name,
        ok=True,
        score=overall(measures),
        measures=measures,
        figures=figures(artifact),
        text=text_of(artifact),
        failing=failing_spans(artifact),
        spans=spans_to_mark(artifact),
        **costs,
    )


def _generate(contender: Contender, case: Case, kind: Kind, cassette: Cassette | None) -> Scored:
    """One live output (recorded when ``cassette`` is given)."""
    from infoview_ai.generation import run

    ctx = case_context(case, kind.name)
    settings = contender.settings() if contender.engine == "llm" else None
    started = time.perf_counter()
    try:
        result = run(kind, ctx, contender.engine, settings)
    except (InfoviewError, ValueError) as exc:
        latency = round(time.perf_counter() - started, 3)
        scored = _failed(contender, case, kind, str(exc), latency_s=latency)
        if cassette is not None and settings is not None:
            tape, _ = request_keys(kind, ctx, settings)
            cassette.put(
                tape,
                {
                    "contender": contender.label,
                    "case": case.name,
                    "kind": kind.name,
                    "error": str(exc),
                    "latency_s": latency,
                },
            )
        return scored
    latency = round(time.perf_counter() - started, 3)
    costs = {
        "input_tokens": result.input_tokens,
        "output_tokens": result.output_tokens,
        "cost_usd": 0.0 if contender.engine == "offline" else result.cost_usd,
        "latency_s": latency,
    }
    if cassette is not None and settings is not None:
        from infoview_ai import store

        tape, cache = request_keys(kind, ctx, settings)
        entry = {"contender": contender.label, "case": case.name, "kind": kind.name, **costs}
        cassette.put(tape, {**entry, "reply": store.cache_get(cache)})
    from infoview_ai.trust import sanitize_context

    return _scored(contender, case, kind, result.artifact, sanitize_context(ctx)[0], **costs)


def _replay(contender: Contender, case: Case, kind: Kind, cassette: Cassette) -> Scored:
    """One output from the recording: the reply the engine used, re-scored by today's checks."""
    ctx = case_context(case, kind.name)
    if contender.engine == "offline":
        return _generate(contender, case, kind, None)  # deterministic and free: simply run it again
    from infoview_ai.engines.llm.schemas import WIRE, to_artifact
    from infoview_ai.engines.llm.settings import LLMSettings
    from infoview_ai.trust import review, sanitize_context

    tape, _ = request_keys(kind, ctx, LLMSettings(model=contender.model or ""))
    entry = cassette.get(tape)
    if entry is None:
        return _failed(contender, case, kind, "not in the recording (the prompt or the case changed)")
    costs = {k: entry.get(k, 0) for k in ("input_tokens", "output_tokens", "cost_usd", "latency_s")}
    if entry.get("error") or not entry.get("reply"):
        return _failed(contender, case, kind, entry.get("error") or "no reply recorded", **costs)
    clean, _ = sanitize_context(ctx)
    artifact = review(kind, to_artifact(kind, WIRE[kind.name].model_validate(entry["reply"]), clean), clean)
    return _scored(contender, case, kind, artifact, clean, **costs)


def evaluate(
    contenders: list[Contender],
    cases: list[Case],
    kinds: list[Kind],
    *,
    record: Cassette | None = None,
    replay: Cassette | None = None,
    on_step: Callable[[Scored], None] | None = None,
    cases_dir: str | None = None,
) -> Run:
    """Every contender on every case and kind; Ctrl-C stops and returns what is done (``interrupted``)."""
    contenders = [_pinned(c) for c in contenders] if replay is None else contenders
    run = Run(contenders, [k.name for k in kinds], [c.name for c in cases], replayed=replay is not None)
    if record is not None and replay is None:
        run.cassette = str(record.folder)
        record.start(
            {
                "contenders": [c.as_json() for c in contenders],
                "kinds": run.kinds,
                "cases": run.cases,
                "cases_dir": cases_dir,  # None: the shipped cases
            }
        )
    try:
        for contender in contenders:
            with contender.prompts():
                for case in cases:
                    for kind in kinds:
                        if replay is not None:
                            scored = _replay(contender, case, kind, replay)
                        else:
                            scored = _generate(contender, case, kind, record)
                        run.outputs.append(scored)
                        if on_step:
                            on_step(scored)
    except KeyboardInterrupt:
        run.interrupted = True
    return run


def _pinned(contender: Contender) -> Contender:
    """A model contender with its model resolved now, so the recording names the model that answered."""
    if contender.engine != "llm" or contender.model:
        return contender
    from dataclasses import replace

    return replace(contender, model=contender.settings().model)


def contenders_from_manifest(manifest: dict) -> list[Contender]:
    return [
        Contender(
            label=c["label"], engine=c["engine"], model=c.get("model"), prompts_dir=c.get("prompts_dir")
        )
        for c in manifest.get("contenders", [])
    ]
