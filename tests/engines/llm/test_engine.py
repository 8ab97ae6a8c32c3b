"""The LLM engine end to end: the real openai SDK and ChatOpenAI over HTTP to a fake server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_openai import PATH, REPLIES, FakeOpenAI, error
from pytest_httpserver import HTTPServer

from infoview_ai.cli.main import cli
from infoview_ai.engines.llm.prompting.library import load_prompt

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
LENA = str(EXAMPLES / "lena-okafor-linkedin.txt")
ME = str(EXAMPLES / "me.md")
NOTES = str(EXAMPLES / "call-notes.md")
DRAFT = str(EXAMPLES / "draft-note.txt")
SECRET = "sk-test-DO-NOT-LEAK-4242"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize(
    ("command", "schema", "expected"),
    [
        (["brief"], "BriefOut", "cold-chain plant in Dayton"),
        (["questions"], "QuestionsOut", "What did you have to unlearn"),
        (["outreach"], "MessageOut", "Could I ask you a few questions in 15 min?"),
        (["thank-you", "--notes", NOTES], "NoteOut", "planners' spreadsheets"),
        (["follow-up", "--notes", NOTES], "NoteOut", "planners' spreadsheets"),
        (["polish", "--draft", DRAFT], "NoteOut", "planners' spreadsheets"),
    ],
)
def test_each_kind_goes_through_the_model_with_the_exact_request(fake, command, schema, expected):
    result = run(*command, "--bio", LENA, "--me", ME)
    assert result.exit_code == 0, result.output
    assert expected in result.stdout
    assert len(fake.requests) == 1
    sent = fake.requests[0]
    assert sent["model"] == "gpt-6-luna"  # the data file's default, not a name in the code
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]
    kind = {
        "brief": "brief",
        "questions": "questions",
        "outreach": "outreach",
        "thank-you": "thank_you",
        "follow-up": "follow_up",
        "polish": "polish",
    }[command[0]]
    assert sent["messages"][0]["content"] == load_prompt(kind).system_text
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["name"] == schema
    assert sent["response_format"]["json_schema"]["strict"] is True
    assert "Lena Okafor" in sent["messages"][1]["content"]
    assert fake.headers[0]["Authorization"] == f"Bearer {SECRET}"
    assert "tokens in" in result.stderr and "$" in result.stderr


def test_questions_are_reordered_by_rank_and_json_keeps_stable_keys(fake):
    data = json.loads(run("questions", "--bio", LENA, "--format", "json").stdout)
    assert [q["rank"] for q in data["questions"]] == [1, 2, 3]
    assert data["questions"][0]["text"].startswith("You invite questions")
    assert data["questions"][-1]["text"] == "Who else would you suggest I talk to?"


def test_brief_durations_are_computed_not_trusted(fake):
    data = json.loads(run("brief", "--bio", LENA, "--format", "json").stdout)
    deloitte = [t for t in data["timeline"] if t["company"] == "Deloitte"][0]
    assert deloitte["duration"] == "3 yrs 9 mos"


def test_brief_timeline_comes_from_the_profile_not_the_model(fake):
    misread = dict(REPLIES["BriefOut"])
    misread["timeline"] = [
        {"title": "Senior Consultant", "company": "Deloitte", "start": "2001-01", "end": "2019-12"},
        {"title": "Chief Executive Officer", "company": "Invented Corp", "start": "2020-01", "end": None},
    ]
    fake.script = [json.dumps(misread)]
    llm = json.loads(run("brief", "--bio", LENA, "--format", "json").stdout)
    offline = json.loads(run("brief", "--bio", LENA, "--engine", "offline", "--format", "json").stdout)
    assert llm["timeline"] == offline["timeline"]
    assert "Invented Corp" not in json.dumps(llm["timeline"])
    deloitte = [t for t in llm["timeline"] if t["company"] == "Deloitte"][0]
    assert (deloitte["start"], deloitte["end"]) == ("2014-09", "2018-05")


def test_a_bio_with_no_roles_keeps_the_model_timeline_with_computed_durations(fake, tmp_path):
    bio = tmp_path / "bio.txt"
    bio.write_text("Lena Okafor writes about food logistics and mentors new analysts.", encoding="utf-8")
    data = json.loads(run("brief", "--bio", str(bio), "--format", "json").stdout)
    deloitte = [t for t in data["timeline"] if t["company"] == "Deloitte"][0]
    assert deloitte["duration"] == "3 yrs 9 mos"


@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
def test_structured_output_by_each_method(fake, method):
    result = run("questions", "--bio", LENA, "--structured-output", method, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["questions"]) == 3
    sent = fake.requests[0]
    if method == "json_schema":
        assert sent["response_format"]["json_schema"]["name"] == "QuestionsOut"
    elif method == "function_calling":
        assert sent["tools"][0]["function"]["name"] == "QuestionsOut"
        assert sent["tool_choice"] == {"type": "function", "function": {"name": "QuestionsOut"}}
        assert "response_format" not in sent
    else:
        assert sent["response_format"] == {"type": "json_object"}


def test_streaming_passes_the_body_as_it_arrives(fake, lena_context):
    from infoview_ai.engines.llm.settings import resolve_settings
    from infoview_ai.generation import run as run_kind

    seen: list[str] = []
    result = run_kind(
        "outreach",
        lena_context,
        "llm",
        resolve_settings(),
        on_partial=lambda partial: seen.append(partial.get("body", "")),
    )
    assert fake.requests[0]["stream"] is True
    bodies = [b for b in seen if b]
    assert len(set(bodies)) > 3  # the body grew piece by piece
    assert bodies[-1] == REPLIES["MessageOut"]["body"] == result.artifact.body
    assert result.input_tokens == 1200 and result.output_tokens == 300


def test_json_output_never_streams(fake):
    run("outreach", "--bio", LENA, "--format", "json")
    assert not fake.requests[0].get("stream")


def test_429_then_success_honours_retry_after(fake, monkeypatch):
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "2")
    fake.script = [error(429, "slow down", headers={"retry-after-ms": "10"})]
    result = run("outreach", "--bio", LENA)
    assert result.exit_code == 0, result.output
    assert len(fake.requests) == 2


def test_401_names_the_key_problem_without_showing_the_key(fake):
    fake.script = [error(401, f"Incorrect API key provided: {SECRET}", code="invalid_api_key")]
    result = run("outreach", "--bio", LENA)
    assert result.exit_code == 1
    assert "API key was rejected" in result.output
    assert SECRET not in result.output
    assert "Traceback" not in result.output


def test_quota_and_rate_limit_are_told_apart(fake):
    fake.script = [error(429, "You exceeded your current quota", code="insufficient_quota")]
    assert "quota" in run("outreach", "--bio", LENA).output
    fake.script = [error(429, "Rate limit reached")]
    assert "Rate limited" in run("outreach", "--bio", LENA).output


def test_500_after_retries_is_a_clear_error(fake, monkeypatch):
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "2")
    fast = {"retry-after-ms": "10"}
    fake.script = [error(500, "boom", headers=fast) for _ in range(3)]
    result = run("outreach", "--bio", LENA)
    assert result.exit_code == 1
    assert "server error (500) after 3 attempts" in result.output
    assert len(fake.requests) == 3


def test_timeout_is_named(fake):
    fake.delay = 2.5
    result = run("outreach", "--bio", LENA, "--timeout", "1")
    assert result.exit_code == 1
    assert "within 1 s" in result.output


def test_unreachable_base_url(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "0")
    result = run("outreach", "--bio", LENA, "--engine", "llm")
    assert result.exit_code == 1
    assert "Could not reach http://127.0.0.1:9/v1" in result.output


def test_malformed_json_gets_one_repair_retry(fake):
    fake.script = ['{"kind": "outreach", "body": "Hi Lena, cut off']
    result = run("outreach", "--bio", LENA, "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(fake.requests) == 2
    repair = fake.requests[1]["messages"]
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert repair[2]["content"] == '{"kind": "outreach", "body": "Hi Lena, cut off'
    assert "not valid JSON" in repair[3]["content"]
    assert json.loads(result.stdout)["body"] == REPLIES["MessageOut"]["body"]


def test_schema_mismatch_twice_is_a_clear_error(fake):
    fake.script = ['{"kind": "outreach"}', '{"kind": "outreach", "body": {"text": []}}']
    result = run("outreach", "--bio", LENA)
    assert result.exit_code == 1
    assert "could not be used twice" in result.output and "--structured-output" in result.output


def test_identical_request_is_answered_from_the_cache(fake):
    first = run("questions", "--bio", LENA, "--format", "json")
    second = run("questions", "--bio", LENA, "--format", "json")
    assert len(fake.requests) == 1
    assert first.stdout == second.stdout
    assert "local cache" in second.stderr
    run("questions", "--bio", LENA, "--format", "json", "--no-cache")
    assert len(fake.requests) == 2
    run("questions", "--bio", LENA, "--format", "json", "--minutes", "30")
    assert len(fake.requests) == 3  # a different request is not a cache hit


def test_dry_run_sends_nothing_and_shows_tokens_and_cost(fake):
    result = run("prep", "--bio", LENA, "--dry-run")
    assert result.exit_code == 0, result.output
    assert fake.requests == []
    for kind in ("brief", "questions", "outreach"):
        assert f"##### {kind}" in result.stdout
    assert "total for 3 calls" in result.stderr and "$" in result.stderr


def test_history_records_each_generation_without_the_key(fake, isolated_env):
    run("outreach", "--bio", LENA)
    run("outreach", "--bio", LENA)  # a cache hit is logged too
    listing = json.loads(run("history", "list", "--format", "json").stdout)
    assert [row["kind"] for row in listing] == ["outreach", "outreach"]
    assert listing[1]["cached"] is False and listing[0]["cached"] is True
    assert listing[1]["input_tokens"] == 1200 and listing[1]["output_tokens"] == 300
    assert listing[1]["cost_usd"] == pytest.approx((1200 * 0.10 + 300 * 0.50) / 1e6)
    assert len(listing[1]["input_digest"]) == 64
    shown = run("history", "show", str(listing[1]["id"]))
    assert "Could I ask you a few questions" in shown.stdout
    assert "1200 tokens in, 300 out" in shown.stderr
    missing = run("history", "show", "999")
    assert missing.exit_code == 2 and "No history entry 999" in missing.output
    for path in isolated_env.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_key_never_appears_in_any_output(fake, tmp_path):
    outputs = [
        run("prep", "--bio", LENA, "-o", str(tmp_path / "pack.md")),
        run("prep", "--bio", LENA, "--dry-run"),
        run("outreach", "--bio", LENA, "--key", SECRET, "--format", "json"),
    ]
    for result in outputs:
        assert SECRET not in result.output
    assert outputs[0].exit_code == 0, outputs[0].output
    assert SECRET not in (tmp_path / "pack.md").read_text(encoding="utf-8")


def test_prep_runs_its_three_calls_at_once(monkeypatch):
    server = FakeOpenAI(delay=2.0)  # long enough that all three overlap even on a loaded machine
    with HTTPServer(threaded=True) as httpserver:
        httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
        monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
        monkeypatch.setenv("OPENAI_API_KEY", SECRET)
        result = run("prep", "--bio", LENA, "--me", ME)
    assert result.exit_code == 0, result.output
    assert len(server.requests) == 3
    assert server.peak_in_flight == 3
    assert "# Prep pack" in result.stdout


def test_over_budget_bio_is_trimmed_with_a_note(fake, monkeypatch, tmp_path):
    monkeypatch.setenv("INFOVIEW_MAX_BIO_TOKENS", "500")
    long_bio = tmp_path / "long.txt"
    filler = "Led a cross-functional programme across plants and regions with weekly reviews. " * 60
    long_bio.write_text(Path(LENA).read_text(encoding="utf-8") + "\n" + filler, encoding="utf-8")
    result = run("outreach", "--bio", str(long_bio))
    assert result.exit_code == 0, result.output
    assert "over the 500-token budget" in result.stderr
    user = fake.requests[0]["messages"][1]["content"]
    assert "Director of Supply Chain Analytics" in user  # the current role survives
    assert "Ask me about leaving consulting" in user  # and the About section
    assert "1,204 followers" not in user  # LinkedIn noise goes first


def test_engine_auto_uses_llm_when_a_base_url_is_set(fake):
    result = run("outreach", "--bio", LENA)
    assert "offline engine" not in result.stderr
    assert len(fake.requests) == 1


def test_a_missing_provider_package_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("INFOVIEW_MODEL", "nosuchprovider:some-model")
    result = run("outreach", "--bio", LENA, "--engine", "llm")
    assert result.exit_code == 1
    assert "nosuchprovider" in result.output and "Traceback" not in result.output


def test_a_terminal_sees_the_draft_stream_once(fake, monkeypatch):
    from infoview_ai.cli import runner

    monkeypatch.setattr(runner, "_should_stream", lambda kind, fmt, output: True)  # as if stdout were a TTY
    result = run("outreach", "--bio", LENA, "--channel", "email")
    assert result.exit_code == 0, result.output
    assert fake.requests[0]["stream"] is True
    assert result.stdout.count("Could I ask you a few questions") == 1
    assert result.stdout.rstrip().endswith("Alex")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"INFOVIEW_MAX_RETRIES": "-3"}, "INFOVIEW_MAX_RETRIES must be a number from 0 to 10"),
        ({"INFOVIEW_TIMEOUT": "0"}, "timeout (seconds) must be a number from 1 to 600"),
        ({"OPENAI_BASE_URL": "not-a-url"}, "is not an http(s) address"),
    ],
)
def test_bad_settings_are_clear_errors_not_crashes(monkeypatch, env, message):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = run("outreach", "--bio", LENA, "--engine", "llm")
    assert result.exit_code in (1, 2) and message in result.output
    assert "bug" not in result.output


def test_a_bad_model_in_config_toml_is_a_clear_error(isolated_env, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    (isolated_env / "config.toml").write_text("model = 5\n", encoding="utf-8")
    result = run("outreach", "--bio", LENA)
    assert result.exit_code == 1 and "model must be text" in result.output


def test_python_generate_under_auto_follows_the_settings_it_is_given(httpserver, lena_context):
    """With no key in the environment, settings that carry one choose the LLM engine, and a prep pack's
    three calls all reach the server."""
    import infoview_ai
    from infoview_ai.engines.llm.settings import resolve_settings

    server = FakeOpenAI()
    httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
    url = httpserver.url_for("/v1")
    settings = resolve_settings(key=SECRET, base_url=url, max_retries=0, use_cache=False)
    message = infoview_ai.generate("outreach", lena_context, settings=settings)
    assert "Could I ask you a few questions in 15 min?" in message.body and len(server.requests) == 1
    infoview_ai.generate("prep", lena_context, settings=settings)
    assert len(server.requests) == 4
