"""`POST /stream`: an LLM draft as server-sent events, against the loopback fake OpenAI server."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fake_openai import PATH, FakeOpenAI, error
from served_page import free_port

from infoview_ai.cli.main import cli

SECRET = "sk-test-stream-0123456789abcdef"


@pytest.fixture
def fake(httpserver, monkeypatch):
    server = FakeOpenAI()
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "0")
    return server


def events(response) -> list[tuple[str, dict]]:
    found = []
    for block in response.text.split("\n\n"):
        if block.strip():
            lines = dict(line.split(": ", 1) for line in block.splitlines())
            found.append((lines["event"], json.loads(lines["data"])))
    return found


def _cli_error(bio_file, *args) -> str:
    result = CliRunner().invoke(cli, ["outreach", "--engine", "llm", "--bio", str(bio_file), *args])
    assert result.exit_code != 0
    (line,) = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    return line.removeprefix("Error: ")


def test_a_draft_streams_in_several_steps_then_the_finished_page(page, lena_bio, fake):
    response = page.post("/stream", {"bio_text": lena_bio, "make": "outreach:email", "engine": "llm"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    seen = events(response)
    partials = [data["text"] for name, data in seen if name == "partial"]
    assert len(partials) > 3
    assert all(len(a) <= len(b) for a, b in zip(partials, partials[1:], strict=False))  # grows only
    assert len(set(partials)) > 3
    assert seen[-1][0] == "done"
    html = seen[-1][1]["html"]
    assert "Your drafts" in html and "Save to contacts" in html and "Made with the llm engine" in html
    assert partials[-1].split("\n\n", 1)[-1].strip()[:40] in html.replace("&#39;", "'")
    assert SECRET not in response.text
    assert fake.requests[0]["stream"] is True


def test_without_a_key_the_stream_ends_with_the_message_the_command_line_prints(
    page, lena_bio, monkeypatch, isolated_env
):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    response = page.post("/stream", {"bio_text": lena_bio, "make": "outreach:email", "engine": "llm"})
    (name, data), *_ = events(response)
    bio = isolated_env / "bio.txt"
    bio.write_text(lena_bio, encoding="utf-8")
    assert name == "error" and data["status"] == 400
    assert data["message"] == _cli_error(bio)


@pytest.mark.parametrize(
    "step, words",
    [(error(429, "You exceeded your current quota", code="insufficient_quota"), "quota"), (None, "")],
)
def test_a_refusal_or_a_server_that_is_down_is_the_command_lines_message(
    page, lena_bio, fake, monkeypatch, isolated_env, step, words
):
    bio = isolated_env / "bio.txt"
    bio.write_text(lena_bio, encoding="utf-8")
    if step is None:  # nothing listens on this port
        monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    else:
        fake.script = [step, step]
    response = page.post("/stream", {"bio_text": lena_bio, "make": "outreach:email", "engine": "llm"})
    name, data = events(response)[-1]
    assert name == "error" and data["status"] == 502 and words in data["message"]
    assert data["message"] == _cli_error(bio)
    assert SECRET not in response.text


def test_a_form_without_its_token_is_refused_before_anything_streams(page, lena_bio, fake):
    response = page.post("/stream", {"bio_text": lena_bio, "csrf": "forged", "engine": "llm"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert fake.requests == []
