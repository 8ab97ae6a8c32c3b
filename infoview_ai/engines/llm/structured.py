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


class ParseFailure(Exception):
    """The reply was not a valid object of the wire schema; ``raw`` is what the model said."""

    def __init__(self, problem: str, raw: str):
        super().__init__(problem)
        self.problem = problem
        self.raw = raw


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
    return message.content if isinstance(message.content, str) else json.dumps(message.content)


def parse_reply(message: AIMessage, schema: type[BaseModel]) -> BaseModel:
    refusal = message.additional_kwargs.get("refusal")
    text = raw_text(message).strip()
    if refusal:
        raise ParseFailure(f"the model refused: {refusal}", text)
    if text.startswith("```"):  # some local models wrap JSON in a fence despite the instructions
        text = text.strip("`").removeprefix("json").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseFailure(f"the reply is not valid JSON ({exc.msg} at character {exc.pos})", text) from exc
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'object'}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise ParseFailure(f"the reply does not match the schema ({problems})", text) from exc


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
        if isinstance(full.content, str) and len(full.content) > len(seen):
            seen = full.content
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
        )
    )


REPAIR_INSTRUCTION = (
    "Your reply could not be used: {problem}. Reply again with only the corrected JSON object, "
    "with exactly the keys the instructions list, and nothing else."
)
