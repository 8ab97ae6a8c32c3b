"""--via file and --via batch-api, then `batch status` / `collect`: the real openai SDK over real HTTP
against a loopback fake of /v1/files and /v1/batches (and the chat fake for the live comparisons)."""

from __future__ import annotations

import json
import re

import pytest
from batch_helpers import LENA, ME, import_connections, index_rows, people_csv, run
from fake_batch_api import serving_batch_api, vllm_results

from infoview_ai.tracker.contacts import get_contact, list_contacts

KEY = "sk-test-batchapi-7777"


@pytest.fixture
def api(monkeypatch):
    """One loopback server with the Batch API fake and the chat fake (for live runs and retries)."""
    with serving_batch_api(monkeypatch, KEY) as fake:
        yield fake


def lenas(tmp_path, count: int):
    rows = [{"name": "Lena Okafor", "bio_path": str(LENA)} for _ in range(count)]
    return people_csv(tmp_path / "people.csv", rows, columns=("name", "bio_path"))


def send(people, out, *extra, kind="outreach"):
    args = ["batch", kind, "--csv", str(people), "--me", ME, "-o", str(out), "--engine", "llm"]
    return run(*args, "--no-cache", *extra)


def submission_id(result) -> str:
    return re.search(r"infoview batch collect (\S+)", result.stderr).group(1)


def jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_the_request_body_is_what_the_live_engine_sends(api, tmp_path):
    people = lenas(tmp_path, 1)
    live = send(people, tmp_path / "live")
    assert live.exit_code == 0, live.output
    assert len(api.chat.requests) == 1
    requests = tmp_path / "requests.jsonl"
    written = send(people, requests, "--via", "file")
    assert written.exit_code == 0, written.output
    (line,) = jsonl(requests)
    assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
    assert line["custom_id"] == "lena-okafor-outreach-linkedin-note"
    sent_live = {k: v for k, v in api.chat.requests[0].items() if k not in ("stream", "stream_options")}
    assert line["body"] == sent_live
    assert line["body"]["response_format"]["type"] == "json_schema"
    manifest = tmp_path / "requests.manifest.json"
    for path in (requests, manifest):
        assert KEY not in path.read_text(encoding="utf-8")
        assert path.stat().st_mode & 0o077 == 0
    assert "python -m vllm.entrypoints.openai.run_batch -i" in written.stderr
    assert len(api.chat.requests) == 1  # writing the file sent nothing


def test_function_calling_bodies_match_too_and_a_prep_pack_is_three_requests(api, tmp_path):
    people = lenas(tmp_path, 1)
    assert send(people, tmp_path / "live", "--structured-output", "function_calling").exit_code == 0
    requests = tmp_path / "requests.jsonl"
    assert send(people, requests, "--via", "file", "--structured-output", "function_calling").exit_code == 0
    (line,) = jsonl(requests)
    assert line["body"] == {k: v for k, v in api.chat.requests[0].items() if k != "stream"}
    assert line["body"]["tools"][0]["function"]["name"] == "MessageOut"
    prep = tmp_path / "prep.jsonl"
    assert send(people, prep, "--via", "file", kind="prep").exit_code == 0
    assert [r["custom_id"].rsplit(".", 1)[1] for r in jsonl(prep)] == ["brief", "questions", "outreach"]


def test_upload_create_status_transitions_then_collect(api, tmp_path):
    out = tmp_path / "drafts"
    sent = send(lenas(tmp_path, 3), out, "--via", "batch-api")
    assert sent.exit_code == 0, sent.output
    (created,) = api.created
    assert created["endpoint"] == "/v1/chat/completions" and created["completion_window"] == "24h"
    assert len(api.uploads[0].splitlines()) == 3 and api.chat.requests == []
    assert KEY.encode() not in api.uploads[0]
    batch_id = submission_id(sent)
    assert batch_id == "batch_1"
    saved = tmp_path / "infoview-home" / "batches" / "batch_1.json"
    assert saved.stat().st_mode & 0o777 == 0o600 and KEY not in saved.read_text()
    status = run("batch", "status")  # each read of the fake moves the batch one step on
    assert status.exit_code == 0, status.output
    assert status.stdout.startswith("batch_1: in_progress, 0/3 done")
    assert "still running" in status.stderr
    early = run("batch", "collect", batch_id)
    assert early.exit_code == 1 and "Not finished yet" in early.output and "finalizing" in early.output
    assert not out.exists() or not list(out.glob("*.md"))
    collected = run("batch", "collect", batch_id)  # the next read says completed
    assert collected.exit_code == 0, collected.output
    assert "done 3, already collected 0, failed 0, not run 0" in collected.stderr
    assert collected.stdout.strip() == str(out / "index.md")
    rows = index_rows(out)
    assert len(rows) == 3 and {r["status"] for r in rows} == {"done"}
    assert all(r["cost"].startswith("$") for r in rows)
    text = (out / rows[0]["file"]).read_text(encoding="utf-8")
    assert "Lena" in text
    assert "No open batches" in run("batch", "status").stderr  # a collected batch is no longer open
    # a live re-run into the same folder skips everyone collected: nothing is sent
    again = send(lenas(tmp_path, 3), out)
    assert again.exit_code == 0, again.output
    assert "done 0, skipped 3" in again.stderr and api.chat.requests == []
    assert all(h.get("Authorization") == f"Bearer {KEY}" for h in api.headers)


def test_collect_twice_saves_each_contacts_draft_once(api, tmp_path):
    import_connections(
        tmp_path,
        [
            "Lena,Okafor,https://www.linkedin.com/in/lena,,Oakridge Foods,Director,14 Mar 2023",
            "Kwame,Asante,https://www.linkedin.com/in/kwame,,Globex,Head of Data,1 Feb 2024",
        ],
    )
    out = tmp_path / "drafts"
    args = ["batch", "outreach", "--contacts", "all", "--me", ME, "-o", str(out), "--engine", "llm"]
    sent = run(*args, "--via", "batch-api")
    assert sent.exit_code == 0, sent.output
    api.statuses = ("completed",)
    first = run("batch", "collect", submission_id(sent))
    second = run("batch", "collect", submission_id(sent))
    assert first.exit_code == 0, first.output
    assert "done 2," in first.stderr
    assert second.exit_code == 0 and "done 0, already collected 2" in second.stderr
    for contact in list_contacts():
        drafts = get_contact(contact.id).drafts
        assert len(drafts) == 1 and drafts[0].kind == "outreach", contact.name
        assert drafts[0].channel == "linkedin-message"  # 1st-degree connections
    assert len(index_rows(out)) == 2


def test_partial_failures_are_reported_per_person_and_retried_live(api, tmp_path):
    out = tmp_path / "drafts"
    people = lenas(tmp_path, 4)
    sent = send(people, out, "--via", "batch-api")
    ids = [json.loads(line)["custom_id"] for line in api.uploads[0].splitlines()]
    api.statuses = ("in_progress", "completed")
    api.broken = {ids[1]: "error", ids[2]: "500", ids[3]: "this is not JSON at all"}
    result = run("batch", "collect", submission_id(sent))
    assert result.exit_code == 1
    assert "done 1, already collected 0, failed 3, not run 0" in result.stderr
    assert "The prompt was flagged" in result.stderr
    assert "HTTP 500: Internal server error" in result.stderr
    assert "could not be used" in result.stderr
    assert "--via live" in result.stderr
    rows = {r["custom_id"]: r for r in index_rows(out)}
    assert rows[ids[0]]["status"] == "done" and {rows[i]["status"] for i in ids[1:]} == {"failed"}
    assert not (out / f"{ids[1]}.md").exists()
    retry = send(people, out)
    assert retry.exit_code == 0, retry.output
    assert "done 3, skipped 1" in retry.stderr and len(api.chat.requests) == 3
    assert {r["status"] for r in index_rows(out)} == {"done"}


def test_an_expired_batch_collects_what_completed_and_lists_the_rest(api, tmp_path):
    out = tmp_path / "drafts"
    sent = send(lenas(tmp_path, 4), out, "--via", "batch-api")
    api.statuses = ("validating", "in_progress", "expired")
    api.answered = 2
    assert run("batch", "status", submission_id(sent)).stdout.startswith("batch_1: in_progress")
    result = run("batch", "collect", submission_id(sent))
    assert result.exit_code == 1
    assert "done 2, already collected 0, failed 0, not run 2" in result.stderr
    assert result.stderr.count("not run: Lena Okafor: batch expired before this request ran") == 2
    assert len([p for p in out.glob("*.md") if p.name != "index.md"]) == 2


def test_requests_split_at_the_limit_into_several_files_and_batches(api, tmp_path, monkeypatch):
    monkeypatch.setattr("infoview_ai.batch_api.send.MAX_REQUESTS", 3)
    people = lenas(tmp_path, 7)
    written = send(people, tmp_path / "requests.jsonl", "--via", "file")
    assert written.exit_code == 0, written.output
    files = [tmp_path / n for n in ("requests.jsonl", "requests-2.jsonl", "requests-3.jsonl")]
    assert [len(jsonl(f)) for f in files] == [3, 3, 1]
    sent = send(people, tmp_path / "drafts", "--via", "batch-api")
    assert sent.exit_code == 0, sent.output
    assert [len(u.splitlines()) for u in api.uploads] == [3, 3, 1] and len(api.created) == 3
    api.statuses = ("completed",)
    collected = run("batch", "collect", "batch_2")  # any of its batch ids finds the submission
    assert collected.exit_code == 0, collected.output
    assert "done 7," in collected.stderr


def test_a_vllm_results_file_is_collected_against_the_file_manifest(api, tmp_path):
    requests = tmp_path / "requests.jsonl"
    assert send(lenas(tmp_path, 2), requests, "--via", "file").exit_code == 0
    results = tmp_path / "results.jsonl"
    results.write_text(vllm_results(requests.read_text(encoding="utf-8")), encoding="utf-8")
    first = run("batch", "collect", str(results))
    assert first.exit_code == 0, first.output
    assert "done 2," in first.stderr
    drafts = tmp_path / "requests-drafts"
    assert first.stdout.strip() == str(drafts / "index.md")
    assert {r["status"] for r in index_rows(drafts)} == {"done"}
    second = run("batch", "collect", str(results))
    assert "done 0, already collected 2" in second.stderr
    assert api.chat.requests == [] and api.created == []


def test_a_dry_run_prices_the_batch_at_half(api, tmp_path):
    result = send(lenas(tmp_path, 40), tmp_path / "drafts", "--via", "batch-api", "--dry-run")
    assert result.exit_code == 0, result.output
    live, batch = re.search(
        r"cost live: about \$([\d.]+); .*half price\): about \$([\d.]+)", result.stderr
    ).groups()
    assert float(batch) == pytest.approx(float(live) / 2, rel=0.03)  # printed to 4 decimals
    assert "40 people, 40 calls" in result.stderr and api.created == [] and api.uploads == []


def test_a_prep_pack_is_collected_from_its_three_parts_and_logged_at_batch_price(api, tmp_path):
    from infoview_ai.store import connect

    requests = tmp_path / "prep.jsonl"
    assert send(lenas(tmp_path, 1), requests, "--via", "file", kind="prep").exit_code == 0
    results = tmp_path / "results.jsonl"
    results.write_text(vllm_results(requests.read_text(encoding="utf-8")), encoding="utf-8")
    collected = run("batch", "collect", str(results))
    assert collected.exit_code == 0, collected.output
    (row,) = index_rows(tmp_path / "prep-drafts")
    text = (tmp_path / "prep-drafts" / row["file"]).read_text(encoding="utf-8")
    assert "Deloitte" in text and "?" in text  # the brief and the questions, in one pack
    with connect() as conn:
        logged = conn.execute("SELECT kind, cost_usd FROM history ORDER BY id").fetchall()
    assert [k for k, _ in logged] == ["brief", "questions", "outreach"]
    assert all(cost is not None and cost > 0 for _, cost in logged)
    live = live_cost_of_one_call()
    assert logged[0][1] == pytest.approx(live / 2)


def live_cost_of_one_call() -> float:
    from fake_openai import USAGE

    from infoview_ai.engines.llm.pricing import default_model, estimate_cost

    return estimate_cost(default_model(), USAGE["prompt_tokens"], USAGE["completion_tokens"])


def test_the_batch_api_without_a_key_says_what_to_set(tmp_path):
    result = send(lenas(tmp_path, 1), tmp_path / "drafts", "--via", "batch-api")
    assert result.exit_code != 0
    assert "OPENAI_API_KEY" in result.output
    assert not (tmp_path / "infoview-home" / "batches").exists() or not list(
        (tmp_path / "infoview-home" / "batches").iterdir()
    )


def test_the_format_asked_for_at_sending_is_the_format_collected(api, tmp_path):
    out = tmp_path / "drafts"
    sent = send(lenas(tmp_path, 1), out, "--via", "batch-api", "--format", "json")
    api.statuses = ("completed",)
    assert run("batch", "collect", submission_id(sent)).exit_code == 0
    (row,) = index_rows(out)
    assert row["file"].endswith(".json")
    assert json.loads((out / row["file"]).read_text(encoding="utf-8"))["channel"] == "linkedin-note"
