"""`infoview batch` with the offline engine: files and index, channel by degree, resume, kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from batch_helpers import (
    LENA,
    ME,
    import_connections,
    index_rows,
    manifest_lines,
    many_people,
    people_csv,
    run,
)

from infoview_ai.tracker.contacts import get_contact, list_contacts


def test_one_file_per_person_plus_an_index_and_a_summary(tmp_path):
    people = people_csv(tmp_path / "people.csv", many_people(6))
    result = run(
        "batch",
        "outreach",
        "--csv",
        str(people),
        "--me",
        ME,
        "-o",
        str(tmp_path / "out"),
        "--engine",
        "offline",
    )
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    rows = index_rows(out)
    assert len(rows) == 6 and {r["status"] for r in rows} == {"done"}
    assert len({r["file"] for r in rows}) == 6
    for row in rows:
        text = (out / row["file"]).read_text(encoding="utf-8")
        assert row["person"].split()[0] in text  # each draft greets its own person
        assert row["cost"] == "$0.0000"
        assert "passed" in row["checks"]
    assert "| Person | File | Status | Checks | Cost |" in (out / "index.md").read_text(encoding="utf-8")
    assert "done 6, skipped 0 (unchanged), failed 0" in result.stderr
    assert result.stdout.strip() == str(out / "index.md")


def test_a_first_degree_connection_gets_a_linkedin_message_not_a_connection_note(tmp_path):
    import_connections(
        tmp_path, ["Lena,Okafor,https://www.linkedin.com/in/lena,,Oakridge Foods,Director,14 Mar 2023"]
    )
    other = people_csv(
        tmp_path / "other.csv", [{"name": "Kwame Asante", "company": "Globex", "title": "Head of Data"}]
    )
    assert run("import", str(other)).exit_code == 0
    out = tmp_path / "out"
    result = run(
        "batch", "outreach", "--contacts", "all", "-o", str(out), "--engine", "offline", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    by_person = {row["person"]: json.loads((out / row["file"]).read_text()) for row in index_rows(out)}
    assert by_person["Lena Okafor"]["channel"] == "linkedin-message"
    assert by_person["Kwame Asante"]["channel"] == "linkedin-note"
    assert len(by_person["Kwame Asante"]["body"]) <= 200  # a connection note's hard limit
    # saved with each contact, once; a re-run saves nothing again
    assert run("batch", "outreach", "--contacts", "all", "-o", str(out), "--engine", "offline").exit_code == 0
    for contact in list_contacts():
        drafts = get_contact(contact.id).drafts
        assert [(d.kind, d.channel) for d in drafts] == [("outreach", by_person[contact.name]["channel"])]


def test_a_rerun_skips_what_is_done_and_unchanged_and_redoes_what_changed(tmp_path):
    rows = many_people(5)
    people = people_csv(tmp_path / "people.csv", rows)
    out = tmp_path / "out"
    first = run("batch", "brief", "--csv", str(people), "-o", str(out), "--engine", "offline")
    assert first.exit_code == 0, first.output
    files = {r["person"]: out / r["file"] for r in index_rows(out)}
    stamps = {name: f.stat().st_mtime_ns for name, f in files.items()}
    before = files[rows[2]["name"]].read_text(encoding="utf-8")
    rows[2]["bio"] = rows[2]["bio"].replace(rows[2]["title"], "Head of Forecasting")
    people_csv(people, rows)
    files[rows[4]["name"]].unlink()  # a deleted file is drafted again
    second = run("batch", "brief", "--csv", str(people), "-o", str(out), "--engine", "offline")
    assert "done 2, skipped 3 (unchanged), failed 0" in second.stderr
    assert files[rows[2]["name"]].read_text(encoding="utf-8") != before
    assert "Head of Forecasting" in files[rows[2]["name"]].read_text(encoding="utf-8")
    assert files[rows[2]["name"]].name.endswith("-brief.md")  # a brief goes to no channel
    assert files[rows[0]["name"]].stat().st_mtime_ns == stamps[rows[0]["name"]]
    assert len(index_rows(out)) == 5


def test_one_unreadable_bio_fails_that_person_only(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01binary" * 50)
    rows = [{"name": "Lena Okafor", "bio_path": str(LENA)}, {"name": "Broken Bio", "bio_path": "photo.txt"}]
    people = people_csv(tmp_path / "people.csv", rows, columns=("name", "bio_path"))
    out = tmp_path / "out"
    result = run("batch", "questions", "--csv", str(people), "-o", str(out), "--engine", "offline")
    assert result.exit_code == 1
    assert "failed: Broken Bio:" in result.stderr and "binary" in result.stderr
    status = {r["person"]: r["status"] for r in index_rows(out)}
    assert status == {"Lena Okafor": "done", "Broken Bio": "failed"}


def test_the_process_pool_writes_what_one_process_writes(tmp_path):
    people = people_csv(tmp_path / "people.csv", many_people(24))
    for workers in ("1", "2"):
        result = run(
            "batch",
            "prep",
            "--csv",
            str(people),
            "-o",
            str(tmp_path / workers),
            "--workers",
            workers,
            "--engine",
            "offline",
        )
        assert result.exit_code == 0, result.output
    one = {r["file"]: (tmp_path / "1" / r["file"]).read_text() for r in index_rows(tmp_path / "1")}
    two = {r["file"]: (tmp_path / "2" / r["file"]).read_text() for r in index_rows(tmp_path / "2")}
    assert one == two and len(one) == 24


def test_kill_9_mid_batch_then_rerun_loses_nothing_and_duplicates_nothing(tmp_path, isolated_env):
    count = 400
    people = people_csv(tmp_path / "people.csv", many_people(count), columns=("name", "company", "title"))
    assert run("import", str(people)).exit_code == 0
    out = tmp_path / "out"
    command = [sys.executable, "-m", "infoview_ai", "batch", "outreach", "--contacts", "all", "-o", str(out)]
    command += ["--engine", "offline", "--workers", "1"]
    env = {**os.environ, "INFOVIEW_HOME": str(isolated_env)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    manifest = out / ".batch-manifest.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not manifest.exists() or manifest.read_text().count("\n") < 25):
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    killed_at = len(manifest_lines(out))
    assert 25 <= killed_at < count, "the batch must be killed midway"
    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {killed_at}" in rerun.stderr or f"skipped {killed_at - 1}" in rerun.stderr
    rows = index_rows(out)
    assert len(rows) == count and {r["status"] for r in rows} == {"done"}
    drafts = sorted(p.name for p in out.glob("*.md") if p.name != "index.md")
    assert len(drafts) == count and not list(out.glob(".*.tmp"))
    for contact in list_contacts():
        assert len(get_contact(contact.id).drafts) == 1, contact.name
