"""The LLM engine: prompt library -> ChatPromptTemplate -> chat model -> structured output -> artifact.

Imported only when the LLM engine runs (it pulls in LangChain and the OpenAI SDK).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from infoview_ai import store
from infoview_ai.artifacts import Result
from infoview_ai.context import Context
from infoview_ai.engines.llm.failures import deadline_failure, describe_failure, redact
from infoview_ai.engines.llm.model import get_chat_model
from infoview_ai.engines.llm.pricing import estimate_cost
from infoview_ai.engines.llm.prompting.budget import prepared_values
from infoview_ai.engines.llm.prompting.chat import messages_for
from infoview_ai.engines.llm.prompting.library import load_prompt
from infoview_ai.engines.llm.protocol import ResponseWatch
from infoview_ai.engines.llm.schemas import WIRE, to_artifact
from infoview_ai.engines.llm.settings import LLMSettings
from infoview_ai.engines.llm.structured import (
    REPAIR_INSTRUCTION,
    ParseFailure,
    bind_structured,
    call,
    parse_reply,
)
from infoview_ai.errors import EngineError
from infoview_ai.kinds import Kind

# The most a reply of each kind may be (tokens): ample for the longest draft a kind allows, small
# enough that a runaway model stops long before it costs real money.
MAX_OUTPUT_TOKENS = {"brief": 6000, "questions": 6000}
DEFAULT_MAX_OUTPUT_TOKENS = 3000


def build_messages(kind: Kind, ctx: Context, settings: LLMSettings) -> tuple[list[BaseMessage], list[str]]:
    """The exact messages for ``kind``, with the bio trimmed to its token budget (and a note when it was)."""
    values, notes = prepared_values(kind, ctx, settings.model_name)
    return messages_for(load_prompt(kind.name), values), notes


def bound_model(kind: Kind, settings: LLMSettings, watch=None):
    """The chat model bound to ``kind``'s structured output: one place decides what a request carries,
    for the live call and for the Batch API's request file alike."""
    max_tokens = MAX_OUTPUT_TOKENS.get(kind.name, DEFAULT_MAX_OUTPUT_TOKENS)
    return bind_structured(get_chat_model(settings, watch, max_tokens), WIRE[kind.name], settings.method)


def request_body(kind: Kind, ctx: Context, settings: LLMSettings) -> tuple[dict, list[str]]:
    """The JSON body the live engine would POST to /v1/chat/completions for ``kind`` (without "stream":
    a batch request is answered whole), and the notes of building it (a bio trimmed to its budget).

    ``ctx`` must already be sanitized as generation.run does. The key is in the client, never the body.
    """
    messages, notes = build_messages(kind, ctx, settings)
    bound = bound_model(kind, settings)
    body = bound.bound._get_request_payload(messages, **bound.kwargs)
    body.pop("stream", None)
    body.pop("stream_options", None)  # only valid on a streamed call
    return body, notes


def result_from_completion(
    kind: Kind, ctx: Context, settings: LLMSettings, completion: dict, price: float = 1.0, bound=None
) -> Result:
    """A chat.completion body answered later (Batch API, vLLM) read as a live reply is: LangChain's own
    conversion, then the same parsing and checks; a reply that cannot be used is an EngineError (there is
    no second turn to repair it in a batch: it is retried live). ``price`` scales the cost (the Batch
    API's half price); the generation is logged to history as a live one is. ``bound`` (from
    ``bound_model``) may be passed in to reuse one model for many replies of a kind."""
    from infoview_ai.engines.llm.structured import Reply

    bound = bound or bound_model(kind, settings)
    try:
        message = bound.bound._create_chat_result(completion).generations[0].message
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise EngineError(f"The result is not a chat completion: {redact(str(exc), settings)}") from None
    reply = Reply(message)
    result = Result(artifact=None)
    _count(result, reply, settings)
    try:
        wire = parse_reply(reply.message, WIRE[kind.name], result.notes, secrets=settings.secrets())
    except ParseFailure as failure:
        problem = redact(failure.problem, settings)
        if reply.finish_reason == "length":
            problem += " (the reply was cut off at its token cap)"
        raise EngineError(f"The model's reply could not be used: {problem}.") from None
    result.artifact = to_artifact(kind, wire, ctx)
    if result.cost_usd is not None:
        result.cost_usd *= price
    messages, _ = build_messages(kind, ctx, settings)
    key = cache_key(kind, messages, settings)
    result.cache_entries.append((key, kind.name, settings.model, _scrubbed(wire, settings)))
    result.history_id = store.log_generation(
        kind=kind.name,
        engine="llm",
        model=settings.model,
        input_digest=_digest([(m.type, m.content) for m in messages]),
        input_tokens=result.input_tokens if result.usage_known else None,
        output_tokens=result.output_tokens if result.usage_known else None,
        cost_usd=result.cost_usd,
        cached=False,
        output=_scrubbed(result.artifact, settings),
        contact_id=ctx.contact_id,
    )
    return result


def _digest(payload: object) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def cache_key(kind: Kind, messages: list[BaseMessage], settings: LLMSettings) -> str:
    """Identical requests share a key: same kind, model, server, method and messages. Never the key."""
    return _digest(
        {
            "kind": kind.name,
            "model": settings.model,
            "base_url": settings.base_url or "",
            "method": settings.method,
            "temperature": settings.temperature,
            "messages": [(m.type, m.content) for m in messages],
        }
    )


def generate(
    kind: Kind, ctx: Context, settings: LLMSettings, on_partial: Callable[[dict], None] | None = None
) -> Result:
    """Run one kind through the model (or the cache), log it to history, and return the artifact."""
    schema = WIRE[kind.name]
    messages, notes = build_messages(kind, ctx, settings)
    key = cache_key(kind, messages, settings)
    input_digest = _digest([(m.type, m.content) for m in messages])

    cached = store.cache_get(key, ctx.contact_id) if settings.use_cache else None
    if cached is not None:
        wire = schema.model_validate(cached)
        result = Result(
            to_artifact(kind, wire, ctx),
            cached=True,
            cost_usd=0.0,
            notes=notes + ["Answered from the local cache (use --no-cache for a fresh draft)."],
        )
    else:
        wire, result = _ask_model(kind, ctx, messages, settings, on_partial)
        result.notes[:0] = notes
        result.artifact = to_artifact(kind, wire, ctx)
        store.cache_put(key, kind.name, settings.model, _scrubbed(wire, settings), ctx.contact_id)
    result.history_id = store.log_generation(
        kind=kind.name,
        engine="llm",
        model=settings.model,
        input_digest=input_digest,
        input_tokens=result.input_tokens if result.usage_known else None,
        output_tokens=result.output_tokens if result.usage_known else None,
        cost_usd=result.cost_usd,
        cached=result.cached,
        output=_scrubbed(result.artifact, settings),
        contact_id=ctx.contact_id,
    )
    return result


def _scrubbed(model, settings: LLMSettings) -> dict:
    """A model as JSON with every secret masked: what the database may hold."""
    data = model.model_dump(mode="json")
    text = json.dumps(data, ensure_ascii=False)
    cleaned = redact(text, settings)
    return data if cleaned == text else json.loads(cleaned)


REGENERATE_INSTRUCTION = (
    "Your draft breaks these rules:\n{problems}\nRewrite it to fix every one, keeping everything else, "
    "and reply with the full corrected JSON object only."
)
MAX_REGENERATIONS = 2  # for length problems; other problems get one


def _ask_model(
    kind: Kind,
    ctx: Context,
    messages: list[BaseMessage],
    settings: LLMSettings,
    on_partial: Callable[[dict], None] | None,
):
    """Ask, repair an unusable reply once, and regenerate a draft that breaks a rule (measured, fed back)."""
    from infoview_ai.trust import regeneration_feedback

    schema = WIRE[kind.name]
    watch = ResponseWatch()
    max_tokens = MAX_OUTPUT_TOKENS.get(kind.name, DEFAULT_MAX_OUTPUT_TOKENS)
    bound = bound_model(kind, settings, watch)
    # Tool-call arguments arrive outside the content; those replies are printed whole.
    streams = on_partial is not None and settings.method != "function_calling"
    stream_to = _Relay(on_partial) if streams else None
    result = Result(artifact=None, streamed=stream_to is not None)
    conversation = list(messages)
    repairs = regenerations = 0
    while True:
        reply = _one_call(bound, conversation, stream_to, settings, watch)
        _count(result, reply, settings)
        try:
            wire = parse_reply(reply.message, schema, result.notes, secrets=settings.secrets())
        except ParseFailure as failure:
            problem = redact(failure.problem, settings)
            if reply.finish_reason == "length":
                problem += f" (the reply was cut off at the {max_tokens:,}-token cap)"
            if repairs or not failure.repairable:
                raise EngineError(
                    f"The model's reply could not be used{' twice' if repairs else ''}: {problem}. "
                    "Try --structured-output json_mode or function_calling (local servers differ), "
                    "another --model, or --engine offline."
                ) from None
            repairs += 1
            result.notes.append(
                f"The model's first reply could not be used ({problem}); asked it once to repair it."
            )
            next_turn = REPAIR_INSTRUCTION.format(problem=problem)
            raw = redact(failure.raw, settings) or "(empty reply)"
        else:
            artifact = to_artifact(kind, wire, ctx)
            problems = regeneration_feedback(kind, artifact, ctx)
            about_length = any(p.startswith(("limit", "words")) for p in problems)
            allowed = MAX_REGENERATIONS if about_length else 1
            if not problems or regenerations >= allowed:
                return wire, result
            regenerations += 1
            result.notes.append(
                f"The model's draft broke a rule ({'; '.join(problems)}); asked it to fix it."
            )
            next_turn = REGENERATE_INSTRUCTION.format(problems="\n".join(f"- {p}" for p in problems))
            raw = json.dumps(wire.model_dump(mode="json"), ensure_ascii=False)
        result.streamed = False  # a second answer is printed whole, after its checks
        if stream_to is not None:
            stream_to.abandoned = True
        stream_to = None
        conversation += [AIMessage(content=raw), HumanMessage(content=next_turn)]


def _one_call(bound, conversation, stream_to, settings: LLMSettings, watch: ResponseWatch):
    """One request under one deadline for the whole call (retries and streaming included): a server
    that trickles keep-alives or stalls mid-stream cannot hold the command past --timeout."""
    from infoview_ai.guards.deadline import DeadlinePassed, within

    try:
        return within(settings.timeout, lambda: call(bound, conversation, stream_to))
    except DeadlinePassed:
        if stream_to is not None:
            stream_to.abandoned = True  # the abandoned thread must not print into what follows
        raise deadline_failure(settings) from None
    except EngineError:
        raise
    except Exception as exc:  # the SDK's and LangChain's errors, mapped to a cause the user can act on
        raise describe_failure(exc, settings, watch) from None


def _count(result: Result, reply, settings: LLMSettings) -> None:
    """Add a reply's tokens; a server that reports no usage makes the cost unknown, never $0."""
    if reply.input_tokens is None or reply.output_tokens is None:
        if result.usage_known:
            result.notes.append("The server reported no token usage: the cost of this run is unknown.")
        result.usage_known = False
    else:
        result.input_tokens += reply.input_tokens
        result.output_tokens += reply.output_tokens
    result.cost_usd = (
        estimate_cost(settings.model_name, result.input_tokens, result.output_tokens)
        if result.usage_known
        else None
    )


class _Relay:
    """Passes partial replies on until the call is given up (deadline) or superseded (a repair)."""

    def __init__(self, on_partial: Callable[[dict], None]):
        self.on_partial = on_partial
        self.abandoned = False

    def __call__(self, partial: dict) -> None:
        if not self.abandoned:
            self.on_partial(partial)
