"""The SQLite store (a real file) opened by several writers at once."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from click.testing import CliRunner

from infoview_ai import store
from infoview_ai.cli.main import cli

LENA = str(Path(__file__).resolve().parents[1] / "examples" / "lena-okafor-linkedin.txt")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_a_new_database_opened_by_several_threads_at_once_never_reports_locked(tmp_path):
    # prep's three model calls open the store together on a first run; switching a new file to WAL
    # used to fail at once with "database is locked" for one of them, about one run in fifteen
    for run in range(40):
        path = tmp_path / f"run{run}" / "infoview.db"
        errors: list[Exception] = []

        def open_and_write(path=path, errors=errors) -> None:
            try:
                with store.connect(path) as conn:
                    conn.execute("PRAGMA user_version").fetchone()
            except Exception as exc:  # the assertion below reports it
                errors.append(exc)

        threads = [threading.Thread(target=open_and_write) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == [], errors
        with store.connect(path) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"


# ---- schema versions -------------------------------------------------------------------------------


def _database_at(path: Path, version: int) -> None:
    """A database as an infoview that knew ``version`` migrations left it, with one history row."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        for script in store.MIGRATIONS[:version]:
            conn.executescript(script)
        conn.execute(
            "INSERT INTO history (created_at, kind, engine, model, input_digest, output)"
            " VALUES ('2026-03-01T10:00:00+00:00', 'brief', 'llm', 'gpt-test', 'd1', '{\"kind\": \"brief\"}')"
        )
        conn.execute(f"PRAGMA user_version={version}")
    sqlite3.connect(path).close()


def test_an_older_database_is_copied_then_migrated(isolated_env):
    db = isolated_env / "infoview.db"
    _database_at(db, 1)
    result = run("history", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [row["model"] for row in json.loads(result.stdout)] == ["gpt-test"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(store.MIGRATIONS)
    backup = isolated_env / "infoview.db.bak-v1"
    assert backup.stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT model FROM history").fetchall() == [("gpt-test",)]
    assert run("contacts", "add", "--bio", LENA).exit_code == 0
    deleted = run("contacts", "delete", "1", "--yes")
    assert f"note: {backup} is a copy made before an upgrade" in deleted.stderr


def test_a_migration_that_fails_leaves_the_database_as_it_was(isolated_env, monkeypatch):
    db = isolated_env / "infoview.db"
    _database_at(db, 1)
    broken = [*store.MIGRATIONS, "CREATE TABLE later (a TEXT); INSERT INTO no_such_table VALUES (1)"]
    monkeypatch.setattr(store, "MIGRATIONS", broken)
    result = run("history", "list")
    assert result.exit_code == 1 and "no_such_table" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "contacts" not in tables and "later" not in tables  # migration 2 did not stay half-applied
    assert (isolated_env / "infoview.db.bak-v1").exists()


def test_a_database_from_a_newer_infoview_is_refused_untouched(isolated_env):
    db = isolated_env / "infoview.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE from_the_future (a TEXT)")
        conn.execute("PRAGMA user_version=7")
    conn.close()
    before = db.read_bytes()
    for args in (("contacts", "list"), ("history", "list"), ("contacts", "add", "--bio", LENA), ("due",)):
        result = run(*args)
        assert result.exit_code == 1, result.output
        assert f"schema 7; this one knows {len(store.MIGRATIONS)}" in result.stderr
        assert "upgrade infoview" in result.stderr and result.stdout == ""
    assert db.read_bytes() == before
    assert sorted(p.name for p in isolated_env.iterdir()) == ["infoview.db"]


# ---- many processes at once ------------------------------------------------------------------------


def test_many_processes_on_a_fresh_home_at_once_never_see_a_locked_database(tmp_path):
    # the first use of a new home by several commands at once (a script adding contacts in parallel):
    # each must wait its turn for the WAL switch and the migrations, never fail with "database is locked"
    home = tmp_path / "fresh-home"
    env = {**os.environ, "INFOVIEW_HOME": str(home)}
    bio = tmp_path / "bio.txt"
    bio.write_text(Path(LENA).read_text(encoding="utf-8"), encoding="utf-8")
    commands = [["contacts", "add", "--force", "--bio", str(bio)]] * 6 + [["contacts", "list"], ["due"]]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "infoview_ai", *command],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    outcomes = [(p.communicate(timeout=60), p.returncode) for p in processes]
    outcomes = [(code, out, err) for (out, err), code in outcomes]
    assert [code for code, _, _ in outcomes] == [0] * len(commands), outcomes
    assert not [err for _, _, err in outcomes if "locked" in err]
    assert sorted(int(out) for code, out, _ in outcomes[:6]) == [1, 2, 3, 4, 5, 6]
