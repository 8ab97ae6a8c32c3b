"""The fake OpenAI-compatible server every LLM test talks to over real HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_openai import PATH, FakeOpenAI

ME = Path(__file__).resolve().parents[3] / "examples" / "me.md"
SECRET = "sk-test-DO-NOT-LEAK-4242"


@pytest.fixture
def fake(httpserver, monkeypatch, isolated_env):
    # The user's background lives in $INFOVIEW_HOME/me.md, so drafts may sign with their name.
    (isolated_env / "me.md").write_text(ME.read_text(encoding="utf-8"), encoding="utf-8")
    server = FakeOpenAI()
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "0")
    return server
