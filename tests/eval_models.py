"""Four scripted "models" of known quality on one fake OpenAI-compatible server, told apart by the model
name in the request body: good (within limits and grounded), inventor (invents a shared school), rambler
(400-character connection notes), flaky (broken JSON for every other case, deterministically)."""

from __future__ import annotations

import json
import re
import threading

from click.testing import CliRunner
from fake_openai import REPLIES, completion, schema_name
from werkzeug import Request, Response

from infoview_ai.cli.main import cli

SECRET = "sk-test-EVAL-NEVER-SHOWN-7731"
MODELS = ("good", "inventor", "rambler", "flaky")

HOOK = "your path caught my eye as I move from warehouse operations into analytics."
ASK = "Could I ask you a few questions in 15 minutes?"
RAMBLE = (
    " I have been reading about how people make this kind of move, and I keep coming back to the same "
    "questions about what to learn first, what to skip, and how to tell whether a first project is good "
    "enough to show anyone. I would value your view on all of it."
)


class ScriptedModels:
    def __init__(self, first_names: list[str]):
        self.first_names = first_names  # in case order: flaky breaks on every other one
        self.requests: list[dict] = []
        self._lock = threading.Lock()

    def _first_name(self, body: dict) -> str:
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        for name in self.first_names:
            if re.search(rf"\b{re.escape(name)}\b", user, re.IGNORECASE):
                return name
        raise AssertionError("no case's name in the request")

    def reply(self, body: dict) -> str:
        name = self._first_name(body)
        model = body["model"]
        if schema_name(body) != "MessageOut":  # other kinds: the shared fake's canned reply
            return json.dumps(REPLIES[schema_name(body)])
        if model == "flaky" and self.first_names.index(name) % 2:
            return '{"kind": "outreach", "body": "Hi ' + name + ", could"  # cut off: not JSON
        text = f"Hi {name}, {HOOK} {ASK}"
        if model == "inventor":
            text = f"Hi {name}, we both studied at Northfield College, and {HOOK} {ASK}"
        if model == "rambler":
            text = f"Hi {name}, {HOOK}{RAMBLE} {ASK}"
        return json.dumps(
            {"kind": "outreach", "channel": "linkedin-note", "subject": None, "body": text, "notes": []}
        )

    def __call__(self, request: Request) -> Response:
        body = request.get_json()
        with self._lock:
            self.requests.append(body)
        return Response(json.dumps(completion(self.reply(body))), content_type="application/json")


def run_eval(*args: str):
    return CliRunner().invoke(cli, ["eval", *args], catch_exceptions=False)


def report_of(result) -> dict:
    assert result.exit_code == 0, result.output + result.stderr
    return json.loads(result.stdout)


def by_label(report: dict) -> dict[str, dict]:
    return {row["label"]: row for row in report["contenders"]}
