"""The Settings page: what is configured, never the key; past LLM generations with their cost."""

from __future__ import annotations

import re

SECRET = "sk-test-SECRET"


def test_without_a_key_it_says_offline_and_not_configured(page):
    html = page.get("/settings").text
    assert "<dt>Engine in use</dt><dd>offline</dd>" in html
    assert "<dd>not configured</dd>" in html
    assert "No LLM generations yet" in html


def test_with_a_key_it_says_configured_and_shows_past_generations_with_cost(page, monkeypatch):
    from infoview_ai.store import log_generation

    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    log_generation(
        kind="outreach",
        engine="llm",
        model="gpt-6-luna",
        input_digest="d",
        input_tokens=1200,
        output_tokens=80,
        cost_usd=0.0123,
        cached=False,
        output={"body": "Hi"},
    )
    html = page.get("/settings").text
    assert "<dt>Engine in use</dt><dd>llm</dd>" in html
    assert "configured" in html and "not configured" not in html
    assert "1200+80" in html and "$0.0123" in html
    assert SECRET not in html and "SECRET" not in html


def test_the_key_is_in_no_page_and_no_header(page, lena_bio, monkeypatch):
    """Every page and every form's answer, with a key configured: the key never appears."""
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    responses = [page.get(path) for path in ("/", "/settings", "/contacts", "/contacts/due", "/nope")]
    prepared = page.post("/prepare", {"bio_text": lena_bio, "make": ["prep", "outreach:email"]})
    responses.append(prepared)
    key = re.search(r'name="prepared" value="([^"]+)"', prepared.text).group(1)
    responses.append(page.post("/contacts/save", {"prepared": key}))
    responses.append(page.post("/contacts/1/log", {"event": "requested"}))
    responses += [page.get(p) for p in ("/contacts/1", "/contacts/export.csv", "/contacts/export.ics")]
    responses.append(page.post("/prepare", {"make": "prep"}))  # an error page
    responses.append(page.post("/me", {"me": "# Ada"}))
    assert all(r.status_code in (200, 400, 404) for r in responses)
    for response in responses:
        assert SECRET not in response.text
        assert all(SECRET not in value for value in response.headers.values())
