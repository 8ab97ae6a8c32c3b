"""Four scripted "models" of known quality on one fake OpenAI-compatible server, told apart by the model
name in the request body, each flawed the same way on every kind it writes:

- good: within limits and grounded;
- inventor: invents a shared school (outreach), a school and an employer (questions), advice the notes do
  not hold (thank-you);
- rambler: 400-character connection notes, 40 questions of 60 words for a 20-minute call, a thank-you
  with a long run-on sentence;
- flaky: broken JSON for every other case, for every kind (deterministically).
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass

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
# The advice in the shipped notes.md, and advice that is in no input at all.
ADVICE = "to build one small project on real, messy data before taking another course"
INVENTED_ADVICE = "to apply to the Kellogg analytics fellowship before March"
INVENTED_SCHOOL, INVENTED_EMPLOYER = "Ashcombe University", "Halvorsen Consulting"
LONG_QUESTION = (
    "Thinking about everything you have seen over the years in this field, from the first day you started "
    "to the work you do today with your current team, and keeping in mind that I am coming from warehouse "
    "operations with some SQL and a lot of spreadsheets, what would you say is the single most important "
    "thing to learn first?"
)


@dataclass(frozen=True)
class Person:
    first_name: str
    title: str
    company: str


def case_people() -> list[Person]:
    """The shipped cases' people, in case order: first name, current title and employer."""
    from infoview_ai.career import current_role
    from infoview_ai.evaluation.cases import case_context, find_cases

    people = []
    for case in find_cases():
        ctx = case_context(case, "questions")
        role = current_role(ctx.profile)
        people.append(Person((ctx.profile.name or "").split()[0], role.title, role.company))
    return people


class ScriptedModels:
    def __init__(self, people: list[Person], delay: float = 0.0):
        self.people = people  # in case order: flaky breaks on every other one
        self.delay = delay  # seconds before each reply: a slow server, for a real Ctrl-C
        self.requests: list[dict] = []
        self._lock = threading.Lock()

    def _person(self, body: dict) -> Person:
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        for person in self.people:
            if re.search(rf"\b{re.escape(person.first_name)}\b", user, re.IGNORECASE):
                return person
        raise AssertionError("no case's name in the request")

    def reply(self, body: dict) -> str:
        person = self._person(body)
        model, schema = body["model"], schema_name(body)
        if model == "flaky" and self.people.index(person) % 2:
            return '{"kind": "' + schema + '", "body": "Hi ' + person.first_name + ", could"  # not JSON
        if schema == "MessageOut":
            return json.dumps(_outreach(model, person))
        if schema == "QuestionsOut":
            return json.dumps(_questions(model, person))
        if schema == "NoteOut" and "follow-through" in body["messages"][0]["content"]:
            return json.dumps(_thank_you(model, person))
        return json.dumps(REPLIES[schema])  # brief and follow-up: the shared fake's canned reply

    def __call__(self, request: Request) -> Response:
        body = request.get_json()
        with self._lock:
            self.requests.append(body)
        if self.delay:
            time.sleep(self.delay)
        return Response(json.dumps(completion(self.reply(body))), content_type="application/json")


def _outreach(model: str, p: Person) -> dict:
    text = f"Hi {p.first_name}, {HOOK} {ASK}"
    if model == "inventor":
        text = f"Hi {p.first_name}, we both studied at Northfield College, and {HOOK} {ASK}"
    if model == "rambler":
        text = f"Hi {p.first_name}, {HOOK}{RAMBLE} {ASK}"
    return {"kind": "outreach", "channel": "linkedin-note", "subject": None, "body": text, "notes": []}


def _question(text: str, theme: str, source: str, rank: int, why: str = "") -> dict:
    return {"text": text, "theme": theme, "source": source, "rank": rank, "must_ask": rank <= 3, "why": why}


def _questions(model: str, p: Person) -> dict:
    role = f"role: {p.title}, {p.company}"
    questions = [
        _question(f"What did you have to learn first as {p.title} at {p.company}?", "insights", role, 1),
        _question("Which trends are changing the work your team does?", "trends", role, 2),
        _question(
            "What would you tell someone moving from warehouse operations into analytics?",
            "advice",
            "you: goal",
            3,
        ),
        _question("Which book or course helped you most early on?", "resources", "", 4),
        _question("What small project could I try this month to test this path?", "assignments", "", 5),
        _question("Who else would you suggest I talk to?", "resources", "", 6, "closing"),
    ]
    if model == "inventor":
        questions[0] = _question(
            f"How did {INVENTED_SCHOOL} prepare you for {INVENTED_EMPLOYER}?",
            "insights",
            f"education: {INVENTED_SCHOOL}",
            1,
        )
    if model == "rambler":
        questions = [_question(LONG_QUESTION, "advice", "", n) for n in range(1, 41)]
    return {"kind": "questions", "minutes": 20, "questions": questions, "notes": []}


def _thank_you(model: str, p: Person) -> dict:
    advice = INVENTED_ADVICE if model == "inventor" else ADVICE
    body = (
        f"Hi {p.first_name},\n\nThank you for the 20 minutes today. Your advice {advice} stuck with me, "
        "and I have started on it this week. I am also reading The Pragmatic Programmer, as you "
        "suggested, and I will send you the project when it is done. Thanks again for your time.\n\nAlex"
    )
    if model == "rambler":
        body = body.replace("\n\nAlex", RAMBLE.replace(". I would", " and I would") + "\n\nAlex")
    return {
        "kind": "thank_you",
        "channel": "email",
        "subject": "Thank you for today's call",
        "body": body,
        "changes": [],
        "notes": [],
    }


def run_eval(*args: str):
    return CliRunner().invoke(cli, ["eval", *args], catch_exceptions=False)


def report_of(result) -> dict:
    assert result.exit_code == 0, result.output + result.stderr
    return json.loads(result.stdout)


def by_label(report: dict) -> dict[str, dict]:
    return {row["label"]: row for row in report["contenders"]}


def row_for_kind(report: dict, label: str, kind: str) -> dict[str, float]:
    """One contender's mean score and measures over one kind's outputs."""
    outs = [o for o in report["outputs"] if o["contender"] == label and o["kind"] == kind]
    assert outs, (label, kind)
    measures = {
        m: sum(o["measures"][m] for o in outs) / len(outs)
        for m in outs[0]["measures"]
        if all(o["measures"][m] is not None for o in outs)
    }
    return {
        "score": sum(o["score"] for o in outs) / len(outs),
        "usable": sum(o["ok"] for o in outs) / len(outs),
        **measures,
    }
