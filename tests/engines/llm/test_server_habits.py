"""Servers as they are: local-model JSON habits, missing usage, keep-alives, HTML with status 200, a key
echoed back. Each gets a correct result or a clear error, never a traceback, a hang or a fake success."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner
from fake_openai import PATH, REPLIES, FakeOpenAI, completion
from werkzeug import Response

from infoview_ai.cli.main import cli

from .test_engine import LENA, SECRET

MESSAGE = json.dumps(REPLIES["MessageOut"])
BODY = REPLIES["MessageOut"]["body"]


def run(*args: str):
    return CliRunner().invoke(cli, ["outreach", "--bio", LENA, "--format", "json", *args])


@pytest.mark.parametrize(
    "reply",
    [
        "<think>She moved from consulting; keep it short.</think>\n" + MESSAGE,
        "Here is the note:\n```json\n" + MESSAGE + "\n```\nHope this helps!",
        MESSAGE[:-1] + ",}",
        MESSAGE.replace('"notes"', '// the hook\n"notes"', 1),
        "[" + MESSAGE + "]",
    ],
    ids=["think-tags", "fence-with-prose", "trailing-comma", "comment", "top-level-array"],
)
def test_local_model_habits_are_read_the_first_time(fake, reply):
    fake.script = [reply]
    result = run()
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["body"] == BODY
    assert len(fake.requests) == 1  # no repair call paid for


def test_content_as_a_list_of_parts_is_read(fake):
    payload = completion(None)
    payload["choices"][0]["message"]["content"] = [{"type": "text", "text": MESSAGE}]
    fake.script = [lambda body: Response(json.dumps(payload), content_type="application/json")]
    result = run()
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["body"] == BODY


def test_a_reply_cut_off_mid_object_is_not_mended_into_a_draft(fake):
    fake.script = [MESSAGE[: len(MESSAGE) // 2], MESSAGE[: len(MESSAGE) // 2]]
    result = run()
    assert result.exit_code == 1
    assert "could not be used twice" in result.output and "Traceback" not in result.output


def test_no_usage_block_is_an_unknown_cost_not_zero(fake):
    payload = completion(MESSAGE)
    del payload["usage"]
    fake.script = [lambda body: Response(json.dumps(payload), content_type="application/json")]
    result = CliRunner().invoke(cli, ["outreach", "--bio", LENA])
    assert result.exit_code == 0, result.output
    assert "cost unknown" in result.stderr or "unknown" in result.stderr
    assert "$0.0000" not in result.stderr


def test_html_with_status_200_is_named(fake):
    page = "<html><body>Welcome to nginx</body></html>"
    fake.script = [lambda body: Response(page, content_type="text/html")]
    result = run()
    assert result.exit_code == 1
    assert "web page (HTML), not JSON" in result.output
    assert "bug" not in result.output


def test_empty_choices_are_named(fake):
    payload = completion(MESSAGE)
    payload["choices"] = []
    fake.script = [lambda body: Response(json.dumps(payload), content_type="application/json")]
    result = run()
    assert result.exit_code == 1
    assert "bug" not in result.output and "Traceback" not in result.output


def test_keep_alives_do_not_outlast_the_timeout(fake):
    def trickle(body):
        def events():
            for _ in range(30):
                yield ": keep-alive\n\n"
                time.sleep(0.5)

        return Response(events(), mimetype="text/event-stream")

    fake.script = [trickle]
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["outreach", "--bio", LENA, "--timeout", "2", "--format", "json"])
    assert time.monotonic() - started < 6
    assert result.exit_code == 1
    assert "within 2 s" in result.output


def test_a_key_echoed_in_the_reply_is_never_printed_or_stored(fake, isolated_env, tmp_path):
    reply = dict(REPLIES["MessageOut"], notes=[f"your key is {SECRET}"])
    fake.script = [json.dumps(reply)]
    out = tmp_path / "note.json"
    result = CliRunner().invoke(cli, ["outreach", "--bio", LENA, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert SECRET not in result.output + out.read_text()
    for name in ("infoview.db", "infoview.db-wal"):
        path = isolated_env / name
        if path.exists():
            assert SECRET.encode() not in path.read_bytes()


def test_escape_sequences_in_a_reply_never_reach_the_terminal(fake):
    reply = dict(REPLIES["MessageOut"], body=BODY + "\u001b]52;c;ZXZpbA==\u0007\u202e")
    fake.script = [json.dumps(reply)]
    result = run()
    assert "\x1b" not in result.output and "\u202e" not in result.output


def test_a_runaway_list_is_clipped_with_a_note(fake):
    questions = dict(REPLIES["QuestionsOut"])
    questions["questions"] = questions["questions"] * 30
    fake.script = [json.dumps(questions)]
    result = CliRunner().invoke(cli, ["questions", "--bio", LENA, "--format", "json"])
    assert result.exit_code in (0, 3), result.output
    assert "kept the first 40" in result.stderr


def test_a_base_url_from_the_working_folder_does_not_turn_auto_into_a_network_call(
    fake, monkeypatch, tmp_path
):
    monkeypatch.delenv("OPENAI_BASE_URL")
    monkeypatch.delenv("OPENAI_API_KEY")
    (tmp_path / ".env").write_text("OPENAI_BASE_URL=http://203.0.113.9:8080/v1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["outreach", "--bio", LENA])
    assert result.exit_code == 0, result.output
    assert "203.0.113.9" in result.stderr and "offline engine runs" in result.stderr
    assert fake.requests == []


def test_the_server_a_folder_names_never_gets_a_key_from_elsewhere(httpserver, monkeypatch, tmp_path):
    server = FakeOpenAI()
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "0")
    (tmp_path / ".env").write_text(f"OPENAI_BASE_URL={httpserver.url_for('/v1')}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["outreach", "--bio", LENA, "--engine", "llm"])
    assert result.exit_code == 0, result.output
    assert server.headers and all(SECRET not in json.dumps(h) for h in server.headers)
    assert "not sending your API key" in result.stderr


def test_a_date_that_is_infinity_or_nan_is_unknown():
    from infoview_ai.dates import loose_date

    assert loose_date(float("inf")) is None and loose_date(float("nan")) is None
    assert loose_date(2019.0) == "2019" and loose_date("x" * 5000 + " - present") is None
