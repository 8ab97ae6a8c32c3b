"""`infoview eval`'s other faces: a prompt folder against the built-ins, the table, -o report.json."""

from __future__ import annotations

import json
from pathlib import Path

from eval_models import SECRET, by_label, report_of, run_eval

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
MARK = "Open with the one thing you have in common."


def test_a_prompt_folder_is_compared_with_the_built_ins(models, tmp_path):
    folder = tmp_path / "my-prompts"
    folder.mkdir()
    text = (PROMPTS / "outreach.md").read_text(encoding="utf-8")
    (folder / "outreach.md").write_text(text.rstrip() + f"\n{MARK}\n", encoding="utf-8")
    report = report_of(run_eval("--model", "good", "--prompts", str(folder), "--format", "json"))
    rows = by_label(report)
    assert set(rows) == {"good", "good + my-prompts/"}
    with_mark = [r for r in models.requests if MARK in json.dumps(r["messages"])]
    assert len(with_mark) == 8 and len(models.requests) == 16  # one call per case for each contender


def test_the_terminal_table_ranks_the_contenders(models):
    result = run_eval("--model", "rambler", "--model", "good")
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "good" in line or "rambler" in line]
    assert "good" in lines[0] and "rambler" in lines[1]  # best first, whatever order they were named in
    assert "limit" in result.stdout and "grounded" in result.stdout
    assert SECRET not in result.stdout + result.stderr


def test_the_report_file_is_json_and_the_replies_are_kept_beside_it(models, tmp_path):
    out = tmp_path / "report.json"
    result = run_eval("--model", "good", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # the report went to the file; the summary table to stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["contenders"][0]["label"] == "good"
    replies = tmp_path / "report.replies"
    assert (replies / "run.json").is_file() and len(list(replies.glob("*.json"))) == 9
    assert f"--replay {replies}" in result.stderr


def test_the_dry_run_text_names_calls_and_cost_per_contender(models):
    result = run_eval("--engine", "offline", "--model", "good", "--model", "gpt-4.1-mini", "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert models.requests == []
    lines = result.stdout.splitlines()
    assert lines[0] == "offline: 0 call(s), 0 in, ~0 out, free (no calls)"
    assert lines[1].startswith("good: 8 call(s), ") and "no price" in lines[1]
    assert lines[2].startswith("gpt-4.1-mini: 8 call(s), ") and "about $" in lines[2]
    assert "dry run: nothing sent" in lines[3]


def test_a_replay_after_the_prompt_changed_says_what_was_not_recorded(models, tmp_path, monkeypatch):
    tape = tmp_path / "tape"
    report_of(run_eval("--model", "good", "--format", "json", "--record", str(tape)))
    folder = tmp_path / "changed"
    folder.mkdir()
    text = (PROMPTS / "outreach.md").read_text(encoding="utf-8")
    (folder / "outreach.md").write_text(text.rstrip() + f"\n{MARK}\n", encoding="utf-8")
    monkeypatch.setenv("INFOVIEW_PROMPTS_DIR", str(folder))  # the built-in prompt as the user now has it
    models.requests.clear()
    again = json.loads(run_eval("--replay", str(tape), "--format", "json").stdout)
    assert models.requests == []
    assert all(not o["ok"] and "not in the recording" in o["error"] for o in again["outputs"])
