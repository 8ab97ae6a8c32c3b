"""The scripted models behind a real HTTP server on 127.0.0.1, and a way to run `infoview eval`."""

from __future__ import annotations

import pytest
from eval_models import SECRET, ScriptedModels, case_people
from fake_openai import PATH


@pytest.fixture
def models(httpserver, monkeypatch):
    server = ScriptedModels(case_people())
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "0")
    return server
