"""Reading the JSON object out of what a model actually wrote, habits of local models included.

OpenAI's strict modes return a bare object; Ollama, LM Studio and llama.cpp models often add a
``<think>`` block, wrap the object in a fenced block with a sentence before or after it, leave a
trailing comma or a comment, or answer with an array. Each habit is undone here so that a usable
answer is used the first time; what cannot be read is a ``ReplyNotJSON`` naming why.
"""

from __future__ import annotations

import json
import re

MAX_REPLY_CHARS = 200_000  # a brief is ~5 KB; anything near this is a runaway reply, not a draft

_THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.IGNORECASE | re.DOTALL)
_UNOPENED_THINK = re.compile(r"^.*?</(?:think|thinking|reasoning)>", re.IGNORECASE | re.DOTALL)
_FENCE = re.compile(r"```[ \t]*(?:json[c5]?|JSON)?[ \t]*\n?(.*?)```", re.DOTALL)


class ReplyNotJSON(ValueError):
    """No JSON value could be read from the reply; the message says why."""


def content_text(content: object) -> str:
    """The text of a message's content: a string, or a list of parts ({"type": "text", "text": ...})."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        pieces = []
        for part in content:
            if isinstance(part, str):
                pieces.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                if part.get("type", "text") in ("text", "output_text"):
                    pieces.append(part["text"])
        return "".join(pieces)
    return "" if content is None else str(content)


def _without_thinking(text: str) -> str:
    text = _THINK.sub("", text)
    # A server that strips the opening tag (some Ollama templates) still leaves the closing one.
    return _UNOPENED_THINK.sub("", text, count=1) if re.search(r"</think", text, re.IGNORECASE) else text


def _candidates(text: str) -> list[str]:
    """The places an object may be, most likely first: the whole text, each fenced block, the span from
    the first opening bracket to the last closing one."""
    found = [text]
    found += [m.group(1).strip() for m in _FENCE.finditer(text)]
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    if starts:
        start = min(starts)
        end = max(text.rfind("}"), text.rfind("]"))
        if end > start:
            found.append(text[start : end + 1])
    return [c for c in found if c]


def _balanced(text: str) -> bool:
    """Every bracket closed, outside strings: a reply cut off mid-object is not mended into a draft."""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return depth == 0 and not in_string


def _repaired(candidate: str) -> object | None:
    """Trailing commas, comments, single quotes, unquoted keys: the kept json_repair library mends them.
    Only an object or an array counts: a library that turns prose into a string has not found JSON."""
    from json_repair import repair_json

    if not _balanced(candidate):
        return None
    try:
        value = repair_json(candidate, return_objects=True, skip_json_loads=True)
    except Exception:  # the library's own failure on text it cannot mend: no JSON here
        return None
    return value if isinstance(value, (dict, list)) and value else None


def read_json(text: str) -> tuple[object, bool]:
    """The JSON value in ``text`` and whether anything had to be undone to read it."""
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyNotJSON(
            f"the reply is {len(text):,} characters, more than any draft needs ({MAX_REPLY_CHARS:,})"
        )
    stripped = text.strip()
    if not stripped:
        raise ReplyNotJSON("the reply is empty")
    try:
        return json.loads(stripped), False
    except json.JSONDecodeError as exc:
        first_error = exc
    cleaned = _without_thinking(stripped).strip()
    candidates = _candidates(cleaned)
    for candidate in candidates:
        try:
            return json.loads(candidate), True
        except json.JSONDecodeError:
            continue
    for candidate in candidates[1:] or candidates:
        value = _repaired(candidate)
        if value is not None:
            return value, True
    if not any(ch in cleaned for ch in "{["):
        raise ReplyNotJSON(f"the reply is prose, not JSON (it begins {cleaned[:60]!r})")
    raise ReplyNotJSON(
        f"the reply is not valid JSON ({first_error.msg} at character {first_error.pos})"
    ) from None
