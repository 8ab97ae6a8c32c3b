"""Replies in the shapes real servers and models send: dates written the way models write them, and
bodies that are JSON but not a chat completion. Each is a draft or a named error, never "a bug"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_openai import REPLIES
from werkzeug import Response

from infoview_ai.cli.main import cli

LENA = str(Path(__file__).resolve().parents[3] / "examples" / "lena-okafor-linkedin.txt")


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("Present", "Present"),
        ("2019-present", None),
        ("Jan 2020", "Present"),
        ("2019-09-15", ""),
        ("09/2019", "now"),
        (2019, "current"),
        ("", None),
    ],
)
def test_timeline_dates_as_models_write_them_are_read_or_left_unknown(fake, start, end):
    brief = json.loads(json.dumps(REPLIES["BriefOut"]))
    for row in brief["timeline"]:
        row["start"], row["end"] = start, end
    fake.script = [json.dumps(brief)]
    result = CliRunner().invoke(cli, ["brief", "--bio", LENA, "--engine", "llm"])
    assert result.exit_code in (0, 3), result.output
    assert "bug" not in result.output.lower()
    # the durations come from the parsed profile, whatever the model wrote
    assert "Director of Supply Chain Analytics" in result.stdout


@pytest.mark.parametrize(
    "body",
    [
        '"hello"',
        "[1, 2]",
        "42",
        "null",
        '{"choices": "x"}',
        '{"choices": [{"message": "hi"}]}',
        '{"choices": [{}]}',
    ],
)
def test_json_that_is_not_a_chat_completion_is_named(fake, body):
    fake.script = [lambda _request: Response(body, content_type="application/json")]
    result = CliRunner().invoke(cli, ["outreach", "--bio", LENA, "--engine", "llm"])
    assert result.exit_code == 1, result.output
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("Error: The server at http://") and "OpenAI-compatible" in message
    assert "bug" not in result.output.lower() and "Traceback" not in result.output
