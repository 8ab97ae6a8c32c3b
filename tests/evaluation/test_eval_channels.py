"""`infoview eval --channel`: outreach measured on each channel named; `--kind prep` as its parts."""

from __future__ import annotations

from eval_models import by_label, report_of, run_eval


def test_outreach_is_measured_on_each_channel_against_that_channels_limit(models):
    channels = ("--channel", "linkedin-note", "--channel", "email")
    report = report_of(run_eval("--engine", "offline", *channels, "--format", "json"))
    assert report["kinds"] == ["outreach", "outreach/email"]
    notes = [o for o in report["outputs"] if o["kind"] == "outreach"]
    emails = [o for o in report["outputs"] if o["kind"] == "outreach/email"]
    assert len(notes) == len(emails) == 8
    assert all(o["figures"]["characters"] <= 200 for o in notes)
    # An email has room a connection note has not: the same engine writes longer, still within limits.
    assert sum(o["figures"]["characters"] for o in emails) > sum(o["figures"]["characters"] for o in notes)
    assert all(o["measures"]["limit"] == 1 for o in emails)


def test_a_recorded_channel_run_replays_on_the_same_channels(models, tmp_path):
    tape = tmp_path / "tape"
    first = report_of(
        run_eval("--model", "good", "--channel", "inmail", "--format", "json", "--record", str(tape))
    )
    assert first["kinds"] == ["outreach/inmail"] and by_label(first)["good"]["usable_rate"] == 1
    models.requests.clear()
    again = report_of(run_eval("--replay", str(tape), "--format", "json"))
    assert models.requests == [] and again["kinds"] == ["outreach/inmail"]
    assert [o["score"] for o in again["outputs"]] == [o["score"] for o in first["outputs"]]


def test_prep_is_scored_as_its_three_parts():
    kinds = ("--kind", "prep", "--kind", "brief")  # brief twice: once in prep, once named
    report = report_of(run_eval("--engine", "offline", *kinds, "--format", "json"))
    assert report["kinds"] == ["brief", "questions", "outreach"]
    assert len(report["outputs"]) == 3 * 8


def test_a_channel_without_outreach_is_a_clear_error():
    result = run_eval("--engine", "offline", "--kind", "questions", "--channel", "email")
    assert result.exit_code == 2 and "--channel is for outreach" in result.stderr
