"""A fake OpenAI-compatible chat server for tests: real HTTP on 127.0.0.1 via pytest-httpserver.

It answers /v1/chat/completions the way OpenAI does for each structured-output method (json_schema,
tools, json_object), streams as server-sent events when asked, and records every request body.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

from werkzeug import Request, Response

PATH = "/v1/chat/completions"
USAGE = {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500}

SCHEMA_BY_MARKER = {  # json_mode carries no schema name: tell the kind from the system prompt
    "career researcher": "BriefOut",
    "questions a user will ask": "QuestionsOut",
    "warm outreach": "MessageOut",
}

REPLIES: dict[str, dict] = {
    "BriefOut": {
        "kind": "brief",
        "person": [
            {"text": "Lena Okafor leads supply-chain analytics at Oakridge Foods.", "source": "profile"}
        ],
        "timeline": [
            {
                "title": "Director of Supply Chain Analytics",
                "company": "Oakridge Foods",
                "start": "2022-03",
                "end": None,
                "duration": "",
            },
            {
                "title": "Senior Consultant",
                "company": "Deloitte",
                "start": "2014-09",
                "end": "2018-05",
                "duration": "",
            },
        ],
        "transitions": [
            {"text": "Moved from consulting at Deloitte to an operating role.", "source": "profile"}
        ],
        "company": [{"text": "Opened a cold-chain plant in Dayton in 2025.", "source": "your notes"}],
        "industry": [
            {
                "text": "Ask how demand sharing with grocers changes forecasting.",
                "source": "general knowledge: verify",
            }
        ],
        "common_ground": [{"text": "You both studied at Purdue University.", "source": "profile and you"}],
        "goal": [{"text": "Learn how to move from warehouse operations into analytics.", "source": "you"}],
        "checklist": ["Read her recent posts.", "Prepare a 30-second introduction."],
    },
    "QuestionsOut": {
        "kind": "questions",
        "minutes": 20,
        "questions": [
            {
                "text": "What did you have to unlearn when you left Deloitte for Oakridge Foods?",
                "theme": "insights",
                "source": "role: Senior Consultant, Deloitte",
                "rank": 2,
                "must_ask": True,
                "why": "transition",
            },
            {
                "text": "You invite questions about leaving consulting: what surprised you most?",
                "theme": "insights",
                "source": "About: 'Ask me about leaving consulting'",
                "rank": 1,
                "must_ask": True,
                "why": "invitation",
            },
            {
                "text": "Who else would you suggest I talk to?",
                "theme": "resources",
                "source": "",
                "rank": 3,
                "must_ask": True,
                "why": "closing",
            },
        ],
        "notes": ["Keep to 20 minutes."],
    },
    "MessageOut": {
        "kind": "outreach",
        "channel": "linkedin-note",
        "subject": None,
        "body": "Hi Lena, your move from Deloitte to Oakridge Foods is the path I hope to take "
        "from warehouse "
        "ops. Could I ask you a few questions in 15 min? Alex",
        "notes": ["hook: Deloitte to Oakridge Foods, from the profile"],
    },
    "NoteOut": {
        "kind": "thank_you",
        "channel": "email",
        "subject": "Thank you for Tuesday",
        "body": "Hi Lena,\n\nThank you for the 20 minutes on Tuesday. Your advice to learn the planners' "
        "spreadsheets first stuck with me, and I am rebuilding a demand forecast this month.\n\nAlex",
        "changes": [],
        "notes": [],
    },
}


def completion(content: str | None = None, tool_calls: list | None = None) -> dict:
    message = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "fake",
        "usage": USAGE,
        "choices": [
            {"index": 0, "message": message, "finish_reason": "tool_calls" if tool_calls else "stop"}
        ],
    }


def sse(content: str, include_usage: bool, piece: int = 9) -> Response:
    def chunk(delta: dict, finish: str | None = None) -> dict:
        return {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "fake",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": content[i : i + piece]}) for i in range(0, len(content), piece)]
    events.append(chunk({}, "stop"))
    if include_usage:
        events.append({**chunk({}), "choices": [], "usage": USAGE})
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    return Response(body, mimetype="text/event-stream")


def schema_name(body: dict) -> str:
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        return response_format["json_schema"]["name"]
    if body.get("tools"):
        return body["tools"][0]["function"]["name"]
    system = body["messages"][0]["content"].lower()
    for marker, name in SCHEMA_BY_MARKER.items():
        if marker in system:
            return name
    return "NoteOut"


class FakeOpenAI:
    """Answers each request with the canned reply for its schema; ``script`` overrides replies in order."""

    def __init__(self, delay: float = 0.0):
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.replies = {name: json.dumps(reply) for name, reply in REPLIES.items()}
        self.script: list[Callable[[dict], Response] | str] = []
        self.delay = delay
        self.in_flight = 0
        self.peak_in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        body = request.get_json()
        with self._lock:
            self.requests.append(body)
            self.headers.append(dict(request.headers))
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
            step = self.script.pop(0) if self.script else None
        try:
            if self.delay:
                time.sleep(self.delay)
            if callable(step):
                return step(body)
            content = step if isinstance(step, str) else self.replies[schema_name(body)]
            if body.get("stream"):
                return sse(content, bool((body.get("stream_options") or {}).get("include_usage")))
            if body.get("tools"):
                call = {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": body["tools"][0]["function"]["name"], "arguments": content},
                }
                return Response(json.dumps(completion(tool_calls=[call])), content_type="application/json")
            return Response(json.dumps(completion(content)), content_type="application/json")
        finally:
            with self._lock:
                self.in_flight -= 1


def error(status: int, message: str, code: str | None = None, headers: dict | None = None):
    """A scripted step that answers with an OpenAI-style error."""

    def respond(_body: dict) -> Response:
        payload = {"error": {"message": message, "type": "error", "code": code}}
        return Response(json.dumps(payload), status=status, content_type="application/json", headers=headers)

    return respond
