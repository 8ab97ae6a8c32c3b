"""The tracker at scale (issue 13), untimed: what SQLite does is counted, so a slow machine cannot fail
these and a fast one cannot hide a scan. A one-person command executes as many SQLite VM steps at 5,000
contacts as at 500 and its query plans never scan contacts or events; `due`, the filtered listing and
the exports grow linearly, reading the events in a fixed number of statements (not one per contact)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from infoview_ai import store
from infoview_ai.cli.main import cli

AS_OF = "2026-03-09"
PER_COMPANY = 20
STEP = 100  # the progress handler ticks every STEP virtual-machine instructions
KINDS = (("requested",), ("requested", "replied"), ("requested", "replied", "scheduled", "met"))


def build(home: Path, count: int) -> None:
    """``count`` contacts with profiles and bios, a timeline for every tenth, twenty per employer."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / store.DB_NAME
    with store.connect(path):
        pass  # the schema, by the real migrations
    companies = max(1, count // PER_COMPANY)
    now = "2026-03-01T09:00:00+00:00"
    people, events = [], []
    for i in range(1, count + 1):
        company = f"Company {i % companies}"
        profile = json.dumps({"name": f"Person {i}", "positions": [{"title": "Lead", "company": company}]})
        people.append(
            (i, f"Person {i}", "Analytics lead", company, "food", "", profile, "Bio. " * 50, now, now)
        )
        if i % 10 == 0:
            for n, kind in enumerate(KINDS[(i // 10) % len(KINDS)]):
                events.append((i, kind, f"2026-02-{10 + n:02d}", "", now))
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO contacts (id, name, headline, company, industry, note, profile, bio_text,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            people,
        )
        conn.executemany(
            "INSERT INTO events (contact_id, kind, at, note, created_at) VALUES (?, ?, ?, ?, ?)", events
        )
    conn.execute("ANALYZE")
    conn.close()


class Counter:
    """Every connection opened while it is installed: VM steps taken and statements run."""

    def __init__(self) -> None:
        self.steps = 0
        self.statements: list[str] = []

    def tick(self) -> int:
        self.steps += STEP
        return 0  # 0: carry on

    def install(self, monkeypatch) -> None:
        real = sqlite3.connect

        def connect(*args, **kwargs):
            conn = real(*args, **kwargs)
            conn.set_progress_handler(self.tick, STEP)
            conn.set_trace_callback(self.statements.append)
            return conn

        monkeypatch.setattr(sqlite3, "connect", connect)


def run(monkeypatch, home: Path, *args: str) -> Counter:
    monkeypatch.setenv("INFOVIEW_HOME", str(home))
    counter = Counter()
    with monkeypatch.context() as patched:
        counter.install(patched)
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return counter


def plans(home: Path, statements: list[str]) -> list[str]:
    """The query plan of every statement that reads or writes a table."""
    conn = sqlite3.connect(home / store.DB_NAME)
    try:
        found = []
        for sql in statements:
            if sql.lstrip().upper().startswith(("SELECT", "DELETE", "UPDATE", "INSERT")):
                found += [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        return found
    finally:
        conn.close()


ONE_PERSON = {
    "show": ("contacts", "show", "250", "--as-of", AS_OF),
    "log": ("contacts", "log", "250", "replied", "--at", "2026-03-08"),
    "edit": ("contacts", "edit", "250", "--note", "met at the meetup"),
    "unlog": ("contacts", "unlog", "250", "1"),
    "delete": ("contacts", "delete", "250", "--yes"),
}


@pytest.fixture(scope="module")
def sizes(tmp_path_factory) -> dict[int, Path]:
    base = tmp_path_factory.mktemp("scale")
    homes = {count: base / f"home-{count}" for count in (500, 1_000, 2_000, 5_000)}
    for count, home in homes.items():
        build(home, count)
    return homes


@pytest.mark.parametrize("command", list(ONE_PERSON))
def test_a_one_person_command_costs_the_same_at_500_and_5000_contacts(command, sizes, tmp_path, monkeypatch):
    steps = {}
    for count in (500, 5_000):
        home = tmp_path / f"copy-{count}"  # a fresh copy: the commands write
        home.mkdir()
        (home / store.DB_NAME).write_bytes((sizes[count] / store.DB_NAME).read_bytes())
        if command == "unlog":  # contact 250's first event, whatever its id
            conn = sqlite3.connect(home / store.DB_NAME)
            first = conn.execute("SELECT min(id) FROM events WHERE contact_id = 250").fetchone()[0]
            conn.close()
            args = ("contacts", "unlog", "250", str(first))
        else:
            args = ONE_PERSON[command]
        counter = run(monkeypatch, home, *args)
        steps[count] = counter.steps
        if count == 5_000:  # (with a few hundred events SQLite rightly prefers to scan them)
            found = plans(home, counter.statements)
            scans = [p for p in found if p.startswith(("SCAN contacts", "SCAN events"))]
            assert not scans, (command, scans)
    # Ten times the contacts, (nearly) the same work: a scan of everyone would be ~10x.
    assert steps[5_000] <= 1.3 * steps[500] + 20 * STEP, steps


@pytest.mark.parametrize(
    "args",
    [
        ("due", "--as-of", AS_OF),
        ("contacts", "list", "--status", "requested", "--as-of", AS_OF),
        ("contacts", "export", "--csv", "-", "--as-of", AS_OF),
        ("contacts", "export", "--ics", "-", "--as-of", AS_OF),
    ],
    ids=["due", "list-status", "csv", "ics"],
)
def test_whole_tracker_commands_grow_linearly_and_read_events_in_a_few_statements(args, sizes, monkeypatch):
    counted = {count: run(monkeypatch, sizes[count], *args) for count in (1_000, 2_000)}
    # Twice the contacts, about twice the work: once per contact's events, never per pair of contacts.
    assert counted[2_000].steps <= 2.3 * counted[1_000].steps, {n: c.steps for n, c in counted.items()}
    for counter in counted.values():
        reads = [s for s in counter.statements if " FROM events" in s]
        assert len(reads) <= 4, reads  # in one pass, not a query per contact (200 of them have events)


def test_the_timeline_query_is_driven_by_the_events_index(sizes, monkeypatch):
    counter = run(monkeypatch, sizes[2_000], "due", "--as-of", AS_OF)
    found = plans(sizes[2_000], counter.statements)
    assert any("USING INTEGER PRIMARY KEY" in p for p in found)
    # contacts are read by id (the ones with a timeline), never scanned with their profiles and bios
    assert not [p for p in found if p == "SCAN contacts"], found
