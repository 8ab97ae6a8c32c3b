"""Polish over drafts from several invented job seekers: each job ask goes, one clear request stays or is
added, the greeting and sign-off are there, and the checks never call a draft with no request clean."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoview_ai.cli.main import cli
from infoview_ai.engines.offline.polish import build_polish
from infoview_ai.errors import InputError
from infoview_ai.kinds import POLISH
from infoview_ai.language import asks, find_cliches, greeting, has_job_ask
from infoview_ai.trust.draft import Draft, channel_of
from infoview_ai.trust.measure import measure

DRAFTS = [
    "Hi Lena, I am a passionate welder with 9 years of experience and I am looking for a job as a quality "
    "inspector. Are you hiring? Thanks so much!",
    "Hello Lena, I am a teacher moving into instructional design and I am applying to the analyst role at "
    "Oakridge. Could you refer me? I think I would be a great fit. Thanks, Tomas",
    "Dear Ms. Okafor, I am a highly motivated researcher with a proven track record looking for a data "
    "scientist position. I am ready to start immediately. Best regards, Katharina",
    "Lena - fellow Purdue grad here! I am a retired officer with 22 years of leadership experience looking "
    "to leverage my skills in a PM role. Does Oakridge have any open roles? Jim",
    "Hi Lena! I'm an ICU nurse and I'm super passionate about UX. I'd love to pick your brain over coffee. "
    "Is Oakridge hiring analysts? Thanks in advance!",
    "Hi Lena, I saw your move from Deloitte to Oakridge Foods. I'm open to new opportunities in supply "
    "chain. Cheers, Sam",
    "Hi Lena, your talk on forecasting stayed with me. Please consider me for the planner opening on your "
    "team. Best, Priya",
    "Hi Lena, I'm a logistics coordinator hoping to land a job at Oakridge Foods. I attached my resume. "
    "Thank you, Omar",
    "Hi Lena, I admire how you built the analytics team. I'd love to join your team. Could you put in a "
    "good word? Warmly, Ana",
    "Hi Lena, I'm a chemist and I can start right away. Would you be open to a 15-minute call about your "
    "path? Thanks, Wen",
    "Hi Lena, I studied operations at Purdue. Are there any openings for analysts? I'd love to hear how "
    "you moved into analytics. Best, Jo",
]


def _polish(ctx, text):
    return build_polish(ctx.model_copy(update={"draft": text, "channel": "email"}))


def _requests(body: str) -> int:
    return len(asks(body))


@pytest.mark.parametrize("text", DRAFTS)
def test_polish_leaves_one_request_no_job_ask_and_no_cliche(lena_context, text):
    body = _polish(lena_context, text).body
    assert not has_job_ask(body), body
    assert not find_cliches(body), body
    assert _requests(body) == 1, body
    assert greeting(body) or body.startswith("Lena"), body
    assert not body.rstrip().endswith("?"), f"no sign-off: {body}"


@pytest.mark.parametrize("text", DRAFTS)
def test_polished_drafts_pass_the_ask_checks(lena_context, text):
    note = _polish(lena_context, text)
    ctx = lena_context.model_copy(update={"channel": "email"})
    checks = {c.name: c for c in measure(Draft(kind=POLISH, channel=channel_of(ctx), body=note.body), ctx)}
    assert checks["job-ask"].status == "pass"
    assert checks["one-ask"].status == "pass", note.body
    assert checks["clichés"].status == "pass"


def test_the_clause_around_a_job_ask_is_kept(lena_context):
    body = _polish(lena_context, DRAFTS[0]).body
    assert body.startswith("Hi Lena, I am a welder with 9 years of experience.")


def test_a_wish_becomes_the_one_request(lena_context):
    note = _polish(lena_context, DRAFTS[4])
    assert "Would you be open to a 15-minute call so I could ask you a few questions?" in note.body
    assert "pick your brain" not in note.body


def test_the_drafts_own_request_is_kept_and_none_added(lena_context):
    note = _polish(lena_context, DRAFTS[9])
    assert note.body == (
        "Hi Lena, I'm a chemist. Would you be open to a 15-minute call about your path? Thanks, Wen"
    )
    assert not any(c.startswith("added") for c in note.changes)


def test_advice_lines_are_actionable_sentences(lena_context):
    changes = _polish(lena_context, DRAFTS[1]).changes
    removed = [c for c in changes if c.startswith("removed")]
    assert any('at the end of the call, ask "Who else would you suggest I talk to?"' in c for c in removed)
    assert any("ask about how you got to your role at Oakridge Foods instead" in c for c in removed)
    assert not any("if they want it, they will ask" in c for c in changes)


def test_check_on_polish_output_never_passes_all_without_a_request(isolated_env, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Hi Lena, I admire your move from Deloitte to Oakridge Foods. Alex", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["polish", "--engine", "offline", "--draft", str(draft), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    one_ask = [c for c in data["checks"] if c["name"] == "one-ask"]
    assert one_ask and one_ask[0]["status"] == "warn"
    assert "15 minutes" in one_ask[0]["advice"]


_PIECES = st.sampled_from(
    [
        "Hi Lena,",
        "I am a welder.",
        "Are you hiring?",
        "I would be a great fit.",
        "Could you refer me?",
        "I'd love to hear about your path.",
        "I am ready to start immediately.",
        "I'm passionate about data and I am looking for a job.",
        "Could we talk for 15 minutes?",
        "Thanks, Alex",
        "Best regards,",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, min_size=1, max_size=6).map(" ".join))
def test_polish_never_breaks_and_never_leaves_a_job_ask(lena_context, text):
    try:
        body = _polish(lena_context, text).body
    except InputError:
        return  # nothing but the ask: refused with a reason
    assert not has_job_ask(body)
    assert not find_cliches(body)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Hi Lena, highly motivated researcher looking for a data scientist position. Thanks, Ana",
            "position",
        ),
        ("Hi Lena, I am ready to start immediately. Thanks, Ana", "ready to start"),
        ("Hi Lena, I want to leverage my skills in a PM role. Thanks, Ana", "leverage my skills"),
    ],
)
def test_check_names_the_job_ask_it_failed(isolated_env, text, phrase):
    result = CliRunner().invoke(cli, ["check", "--format", "json", "-"], input=text)
    data = json.loads(result.stdout)
    job = [c for c in data["checks"] if c["name"] == "job-ask"][0]
    assert job["status"] == "fail" and any(phrase in w for w in job["where"])
    assert [c for c in data["checks"] if c["name"] == "clichés"][0]["status"] == "warn" or "start" in phrase
