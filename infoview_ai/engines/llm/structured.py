"""Structured output by any of three methods, parsed by us so that repair and streaming work the same way.

- json_schema: response_format with the strict JSON schema (OpenAI, vLLM, LM Studio, recent Ollama);
- function_calling: one forced tool whose arguments are the object (servers without json_schema);
- json_mode: response_format json_object; the prompt's OUTPUT INSTRUCTIONS describe the keys.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.runnables import Runnable
from langchain_core.utils.function_calling import convert_to_openai_tool
from langchain_core.utils.json import parse_partial_json
from pydantic import BaseModel, ValidationError

from infoview_ai.engines.llm.lenient import shaped
from infoview_ai.engines.llm.reply_json import MAX_REPLY_CHARS, ReplyNotJSON, content_text, read_json
from infoview_ai.guards.redaction import redact
from infoview_ai.guards.safe_text import printable, printable_data


class ParseFailure(Exception):
    """The reply was not a valid object of the wire schema; ``raw`` is what the model said."""

    def __init__(self, problem: str, raw: str, repairable: bool = True):
        super().__init__(problem)
        self.problem = problem
        self.raw = raw
        self.repairable = repairable  # a runaway reply is not worth a second paid call


MAX_REPAIR_ECHO = 20_000  # what of a broken reply is sent back with the request to repair it


@dataclass
class Reply:
    message: AIMessage

    @property
    def input_tokens(self) -> int | None:
        usage = self.message.usage_metadata
        return usage.get("input_tokens") if usage else None

    @property
    def output_tokens(self) -> int | None:
        usage = self.message.usage_metadata
        return usage.get("output_tokens") if usage else None

    @property
    def finish_reason(self) -> str | None:
        return (self.message.response_metadata or {}).get("finish_reason")


def bind_structured(model: BaseChatModel, schema: type[BaseModel], method: str) -> Runnable:
    """The chat model bound so that its reply carries one ``schema`` object."""
    tool = convert_to_openai_tool(schema, strict=True)
    if method == "function_calling":
        return model.bind_tools([tool], tool_choice=tool["function"]["name"], strict=True)
    if method == "json_mode":
        return model.bind(response_format={"type": "json_object"})
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": schema.__name__, "schema": tool["function"]["parameters"], "strict": True},
    }
    return model.bind(response_format=response_format)


def raw_text(message: AIMessage) -> str:
    """What the model produced, as text: the tool arguments for function calling, else the content."""
    if message.tool_calls:
        return json.dumps(message.tool_calls[0]["args"])
    if message.invalid_tool_calls:
        return str(message.invalid_tool_calls[0].get("args") or "")
    return content_text(message.content)


def parse_reply(
    message: AIMessage, schema: type[BaseModel], notes: list[str] | None = None, secrets: list[str] = ()
) -> BaseModel:
    """The reply as a ``schema`` object; what had to be mended or clipped is added to ``notes``.

    Escape sequences and bidi overrides are removed and ``secrets`` (a key the server echoed) masked
    before anything is read: the reply's text reaches the terminal, files and the database.
    """
    notes = [] if notes is None else notes
    refusal = message.additional_kwargs.get("refusal")
    text = printable(redact(raw_text(message), list(secrets))).strip()
    if refusal:
        raise ParseFailure(f"the model refused: {refusal}", text[:2000])
    try:
        data, mended = read_json(text)
    except ReplyNotJSON as exc:
        raise ParseFailure(
            str(exc), text[:MAX_REPAIR_ECHO], repairable=len(text) <= MAX_REPLY_CHARS
        ) from None
    if mended:
        notes.append(
            "The reply needed mending (extra text, a fence or a stray comma) before it could be read."
        )
    try:
        return schema.model_validate(printable_data(shaped(data, schema, notes)))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'object'}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise ParseFailure(
            f"the reply does not match the schema ({problems})", text[:MAX_REPAIR_ECHO]
        ) from exc


def call(
    bound: Runnable, messages: list[BaseMessage], on_partial: Callable[[dict], None] | None = None
) -> Reply:
    """One request; with ``on_partial``, stream and pass the partly parsed object each time it grows."""
    if on_partial is None:
        return Reply(bound.invoke(messages))
    full = None
    seen = ""
    for chunk in bound.stream(messages):
        full = chunk if full is None else full + chunk
        text = content_text(full.content)
        if len(text) > MAX_REPLY_CHARS:
            break  # a runaway stream: what arrived is enough to say so, and reading on costs money
        if len(text) > len(seen):
            seen = text
            partial = parse_partial_json(seen, strict=False)
            if isinstance(partial, dict):
                on_partial(partial)
    if full is None:
        return Reply(AIMessage(content=""))
    return Reply(
        AIMessage(
            content=full.content,
            tool_calls=full.tool_calls,
            additional_kwargs=full.additional_kwargs,
            usage_metadata=full.usage_metadata,
            response_metadata=full.response_metadata,
        )
    )


REPAIR_INSTRUCTION = (
    "Your reply could not be used: {problem}. Reply again with only the corrected JSON object, "
    "with exactly the keys the instructions list, and nothing else."
)
