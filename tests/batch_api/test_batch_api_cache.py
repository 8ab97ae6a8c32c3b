"""Collected Batch API replies go into the LLM cache as live replies do: a later live run reuses them."""

from __future__ import annotations

import json
import re

import pytest
from batch_helpers import ME, import_connections, run
from fake_batch_api import serving_batch_api, vllm_results
from fake_openai import REPLIES

from infoview_ai.tracker.contacts import list_contacts

KEY = "sk-test-batchcache-5151"


@pytest.fixture
def api(monkeypatch):
    with serving_batch_api(monkeypatch, KEY) as fake:
        fake.statuses = ("completed",)
        yield fake


def two_contacts(tmp_path) -> dict[str, int]:
    import_connections(
        tmp_path,
        [
            "Lena,Okafor,https://www.linkedin.com/in/lena,,Oakridge Foods,Director,14 Mar 2023",
            "Kwame,Asante,https://www.linkedin.com/in/kwame,,Globex,Head of Data,1 Feb 2024",
        ],
    )
    return {c.name: c.id for c in list_contacts()}


def batch(tmp_path, *extra: str):
    args = ["batch", "outreach", "--contacts", "all", "--me", ME, "--engine", "llm", *extra]
    sent = run(*args)
    assert sent.exit_code == 0, sent.output
    return sent


def live_outreach(contact_id: int, *extra: str):
    # a 1st-degree connection: the batch chose a LinkedIn message, so the same request names it
    args = ["outreach", "--contact", str(contact_id), "--me", ME, "--engine", "llm"]
    return run(*args, "--channel", "linkedin-message", *extra)


def test_after_collect_a_live_run_of_that_person_makes_no_request(api, tmp_path):
    ids = two_contacts(tmp_path)
    sent = batch(tmp_path, "-o", str(tmp_path / "drafts"), "--via", "batch-api")
    collected = run("batch", "collect", re.search(r"infoview batch collect (\S+)", sent.stderr).group(1))
    assert collected.exit_code == 0 and "done 2," in collected.stderr, collected.output
    assert api.chat.requests == []
    live = live_outreach(ids["Lena Okafor"])
    assert live.exit_code == 0, live.output
    assert api.chat.requests == [], "the live run asked the model for a reply the batch already had"
    assert "Answered from the local cache" in live.stderr
    assert "Hi Lena" in live.stdout
    fresh = live_outreach(ids["Kwame Asante"], "--no-cache")  # the cache is all that saved the call
    assert fresh.exit_code == 0, fresh.output
    assert api.chat.requests  # (a draft and its regeneration: the canned reply greets Lena)


def test_a_reply_that_fails_its_checks_is_not_cached_so_the_live_retry_asks_again(api, tmp_path):
    ids = two_contacts(tmp_path)
    sent = batch(tmp_path, "-o", str(tmp_path / "drafts"), "--via", "batch-api")
    (lena_request,) = [c for c in _request_ids(api) if c.startswith(f"c{ids['Lena Okafor']}-")]
    too_long = {
        **REPLIES["MessageOut"],
        "channel": "linkedin-message",
        "body": "Hi Lena, " + "thanks " * 1500,
    }
    api.broken[lena_request] = json.dumps(too_long)  # parses, then fails the channel's hard limit
    collected = run("batch", "collect", re.search(r"infoview batch collect (\S+)", sent.stderr).group(1))
    assert "done 1," in collected.stderr and "failed 1" in collected.stderr, collected.output
    assert "fails a check" in collected.stderr
    live = live_outreach(ids["Lena Okafor"])
    assert live.exit_code == 0, live.output
    assert api.chat.requests, "a reply that failed was cached and served to the live retry"


def test_a_vllm_results_file_is_not_cached_for_the_openai_server(api, tmp_path):
    ids = two_contacts(tmp_path)
    requests = tmp_path / "requests.jsonl"
    batch(tmp_path, "-o", str(requests), "--via", "file")
    results = tmp_path / "results.jsonl"
    results.write_text(vllm_results(requests.read_text(encoding="utf-8")), encoding="utf-8")
    assert run("batch", "collect", str(results)).exit_code == 0
    assert live_outreach(ids["Lena Okafor"]).exit_code == 0
    assert api.chat.requests


def _request_ids(api) -> list[str]:
    return [json.loads(line)["custom_id"] for line in api.uploads[0].decode().splitlines() if line]
