"""A broken sentence is a failure for both engines and for `infoview check`, reported with its span.

The LLM engine is driven through the real openai SDK against a fake server on 127.0.0.1: a reply with a
seam is sent back with the measured problem, and the corrected reply is the one delivered.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_openai import PATH, FakeOpenAI

from infoview_ai.cli.main import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LENA = str(EXAMPLES / "lena-okafor-linkedin.txt")
ME = str(EXAMPLES / "me.md")

SEAMED = "Hi Lena, what drew you from to Oakridge Foods? Could I ask you a few questions in 15 min? Alex"
WHOLE = (
    "Hi Lena, what drew you from Deloitte to Oakridge Foods? Could I ask you a few questions in 15 min? Alex"
)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def fake(httpserver, monkeypatch, isolated_env):
    server = FakeOpenAI()
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "0")
    return server


def _message(body: str) -> str:
    return json.dumps(
        {"kind": "outreach", "channel": "linkedin-note", "subject": None, "body": body, "notes": []}
    )


def _questions(*texts: str) -> str:
    qs = [
        {"text": t, "theme": "insights", "source": "roles", "rank": i, "must_ask": i == 1, "why": "move"}
        for i, t in enumerate(texts, start=1)
    ]
    return json.dumps({"kind": "questions", "minutes": 20, "questions": qs, "notes": []})


def test_check_fails_a_draft_with_an_empty_slot_and_names_the_span(tmp_path, isolated_env):
    draft = tmp_path / "draft.txt"
    draft.write_text(SEAMED, encoding="utf-8")
    result = run("check", str(draft), "--format", "json")
    assert result.exit_code == 3, result.output
    seams = [c for c in json.loads(result.stdout)["checks"] if c["name"] == "seams"][0]
    assert seams["status"] == "fail"
    assert any("from to" in where for where in seams["where"])


def test_check_passes_the_same_draft_once_the_slot_is_filled(tmp_path, isolated_env):
    draft = tmp_path / "draft.txt"
    draft.write_text(WHOLE, encoding="utf-8")
    result = run("check", str(draft), "--format", "json")
    seams = [c for c in json.loads(result.stdout)["checks"] if c["name"] == "seams"][0]
    assert seams["status"] == "pass"


def test_the_llm_engine_regenerates_a_message_with_a_seam(fake):
    fake.script = [_message(SEAMED), _message(WHOLE)]
    result = run("outreach", "--bio", LENA, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(fake.requests) == 2
    assert "from to" in fake.requests[1]["messages"][-1]["content"]
    assert json.loads(result.stdout)["body"] == WHOLE


def test_the_llm_engine_regenerates_questions_with_a_seam(fake):
    broken = _questions("What drew you from to Oakridge Foods?", "Who else should I talk to?")
    fixed = _questions("What drew you from Deloitte to Oakridge Foods?", "Who else should I talk to?")
    fake.script = [broken, fixed]
    result = run("questions", "--bio", LENA, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(fake.requests) == 2
    texts = [q["text"] for q in json.loads(result.stdout)["questions"]]
    assert texts[0] == "What drew you from Deloitte to Oakridge Foods?"


def test_strict_fails_a_model_reply_that_stays_broken(fake):
    fake.script = [_message(SEAMED)] * 3
    result = run("outreach", "--bio", LENA, "--strict", "--format", "json")
    assert result.exit_code == 3
    assert "from to" in result.output


def test_a_title_written_with_a_slash_is_grounded_when_a_draft_writes_it_apart():
    from infoview_ai.context import Context, Position, Profile
    from infoview_ai.trust.grounding import find_ungrounded, input_corpus

    title = "Senior Compliance Analyst, BSA/AML"
    profile = Profile(
        name="Andre Fontaine", positions=[Position(title=title, company="Piedmont Federal Bank")]
    )
    corpus = input_corpus(Context(profile=profile, bio_text=f"Andre Fontaine\n{title}"))
    assert find_ungrounded("Your Senior Compliance Analyst BSA AML work caught my eye.", corpus) == []
    assert find_ungrounded("Your Senior Compliance Analyst KYC work caught my eye.", corpus) != []
