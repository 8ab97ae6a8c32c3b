"""The SQLite store (a real file) opened by several writers at once."""

from __future__ import annotations

import threading

from infoview_ai import store


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
