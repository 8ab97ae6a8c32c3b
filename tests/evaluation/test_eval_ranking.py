"""`infoview eval` ranks scripted models of known quality the way their scripts say, over real HTTP."""

from __future__ import annotations

import json

from eval_models import MODELS, SECRET, by_label, report_of, run_eval


def _all_models() -> list[str]:
    return [arg for m in MODELS for arg in ("--model", m)]


def test_the_ranking_follows_the_scripted_quality(models, tmp_path):
    report = report_of(
        run_eval(
            "--engine", "offline", *_all_models(), "--format", "json", "--record", str(tmp_path / "tape")
        )
    )
    rows = by_label(report)
    ranked = [row["label"] for row in report["contenders"]]
    assert ranked[-1] == "flaky", ranked
    # The offline engine may tie with good (it passes its own checks); nothing beats good.
    assert rows["good"]["score"] == max(row["score"] for row in rows.values()) == 100
    assert rows["good"]["score"] > max(rows[m]["score"] for m in ("inventor", "rambler"))
    assert min(rows[m]["score"] for m in ("inventor", "rambler")) > rows["flaky"]["score"]
    # Each loses on the measure that should separate it, and only there among these three.
    assert rows["inventor"]["measures"]["grounding"] == 0 < rows["good"]["measures"]["grounding"] == 1
    assert rows["rambler"]["measures"]["limit"] == 0 < rows["good"]["measures"]["limit"] == 1
    assert rows["inventor"]["measures"]["limit"] == 1 and rows["rambler"]["measures"]["grounding"] == 1
    assert rows["flaky"]["usable_rate"] == 0.5 and rows["flaky"]["failed"] == 4
    assert all(rows[m]["usable_rate"] == 1 for m in ("offline", "good", "inventor", "rambler"))
    failed = [o for o in report["outputs"] if not o["ok"]]
    assert {o["contender"] for o in failed} == {"flaky"} and all(o["score"] == 0 for o in failed)
    assert all("could not be used" in o["error"] for o in failed)
    assert rows["good"]["input_tokens"] > 0 and rows["offline"]["input_tokens"] == 0


def test_the_json_report_has_a_stable_shape(models):
    report = report_of(run_eval("--model", "good", "--engine", "offline", "--format", "json"))
    assert set(report) == {"kinds", "cases", "interrupted", "replayed", "recording", "weights", "contenders",
                           "outputs"}  # fmt: skip
    assert report["kinds"] == ["outreach"] and len(report["cases"]) == 8 and report["interrupted"] is False
    row = report["contenders"][0]
    for key in ("rank", "label", "engine", "model", "score", "usable_rate", "failed", "measures",
                "input_tokens", "output_tokens", "cost_usd", "mean_latency_s", "reading_grade"):  # fmt: skip
        assert key in row
    assert len(report["outputs"]) == 16
    out = report["outputs"][0]
    assert out["text"].startswith("Hi ") and "limit" in out["measures"]
    assert SECRET not in json.dumps(report)


def test_replay_makes_no_request_and_gives_the_same_scores(models, tmp_path):
    tape = tmp_path / "tape"
    first = report_of(run_eval(*_all_models(), "--format", "json", "--record", str(tape)))
    assert models.requests and (tape / "run.json").is_file()
    assert SECRET not in "".join(p.read_text(encoding="utf-8") for p in tape.iterdir())
    models.requests.clear()
    again = report_of(run_eval("--replay", str(tape), "--format", "json"))
    assert models.requests == []  # the fake saw nothing
    assert again["replayed"] is True
    assert [(r["label"], r["score"], r["measures"]) for r in again["contenders"]] == [
        (r["label"], r["score"], r["measures"]) for r in first["contenders"]
    ]


def test_replay_rescores_every_kind_the_same(models, tmp_path):
    tape = tmp_path / "tape"
    kinds = [a for k in ("brief", "questions", "thank-you", "follow-up") for a in ("--kind", k)]
    first = report_of(run_eval("--model", "good", *kinds, "--format", "json", "--record", str(tape)))
    assert {o["kind"] for o in first["outputs"] if o["ok"]} == {
        "brief",
        "questions",
        "thank_you",
        "follow_up",
    }
    models.requests.clear()
    again = report_of(run_eval("--replay", str(tape), "--format", "json"))
    assert models.requests == []
    assert [(o["case"], o["kind"], o["score"], o["measures"]) for o in again["outputs"]] == [
        (o["case"], o["kind"], o["score"], o["measures"]) for o in first["outputs"]
    ]
    measures = by_label(again)["good"]["measures"]
    assert measures["tiara"] is not None and measures["advice-named"] is not None


def test_replay_with_the_server_gone_still_scores(models, tmp_path, monkeypatch):
    tape = tmp_path / "tape"
    report_of(run_eval("--model", "good", "--format", "json", "--record", str(tape)))
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens: a call would fail
    again = report_of(run_eval("--replay", str(tape), "--format", "json"))
    assert by_label(again)["good"]["usable_rate"] == 1


def test_a_model_on_another_server_by_name_at_url(models, httpserver, monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL")
    url = httpserver.url_for("/v1")
    report = report_of(run_eval("--model", f"good@{url}", "--format", "json"))
    (row,) = report["contenders"]
    assert row["label"] == f"good@{url}" and row["usable_rate"] == 1
    assert {r["model"] for r in models.requests} == {"good"}


def test_dry_run_sends_nothing_and_counts_the_calls(models):
    result = run_eval(*_all_models(), "--engine", "offline", "--dry-run", "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert models.requests == []
    assert found["total_calls"] == 4 * 8
    rows = {r["contender"]: r for r in found["contenders"]}
    assert rows["offline"]["calls"] == 0 and rows["good"]["input_tokens"] > 500


def test_ctrl_c_keeps_what_is_done_and_prints_the_partial_report(models, monkeypatch):
    import infoview_ai.evaluation.runner as runner

    real = runner._generate
    done = []

    def interrupted_on_the_third(contender, case, kind, cassette):
        if len(done) == 2:
            raise KeyboardInterrupt
        done.append(case.name)
        return real(contender, case, kind, cassette)

    monkeypatch.setattr(runner, "_generate", interrupted_on_the_third)
    result = run_eval("--model", "good", "--format", "json")
    assert result.exit_code == 130
    report = json.loads(result.stdout)
    assert report["interrupted"] is True and len(report["outputs"]) == 2
    assert "Interrupted: the report covers 2 of 8 outputs" in result.stderr


def test_a_bad_cases_folder_is_a_clear_error(tmp_path):
    result = run_eval(str(tmp_path / "nowhere"), "--engine", "offline")
    assert result.exit_code == 2 and "does not exist" in result.stderr
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "me.md").write_text("# Me\n", encoding="utf-8")
    result = run_eval(str(tmp_path / "empty"), "--engine", "offline")
    assert result.exit_code == 2 and "NAME.bio.txt" in result.stderr
