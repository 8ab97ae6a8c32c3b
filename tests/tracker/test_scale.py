"""The tracker at scale (issue 13), untimed: what SQLite does is counted, so a slow machine cannot fail
these and a fast one cannot hide a scan. A one-person command executes as many SQLite VM steps at 5,000
contacts as at 500 and its query plans never scan contacts or events; `due`, the filtered listing and
the exports grow linearly, reading the events in a fixed number of statements (not one per contact).
The third pass's fixes are pinned by counts too: the CSV streamed a thousand rows at a time, no garbage
collection during `due` or an export, and a contact's events sorted only in the request phase."""

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


@pytest.mark.parametrize(
    "args",
    [("due", "--as-of", AS_OF), ("contacts", "export", "--csv", "-", "--as-of", AS_OF)],
    ids=["due", "csv"],
)
def test_whole_tracker_commands_run_as_many_statements_at_1000_as_at_5000_contacts(args, sizes, monkeypatch):
    counted = {count: run(monkeypatch, sizes[count], *args).statements for count in (1_000, 5_000)}
    # No statement per contact or per row: five times the contacts, the same statements.
    assert len(counted[5_000]) == len(counted[1_000]), counted


def test_csv_rows_go_from_the_database_to_the_file_a_thousand_at_a_time(sizes, tmp_path, monkeypatch):
    from infoview_ai.tracker import export, listing

    read, pieces = [0], []
    real_rows, real_written = listing.plain_rows, export._written

    def counted_rows():
        for row in real_rows():
            read[0] += 1
            yield row

    def written(rows):
        rows = list(rows)
        pieces.append((read[0], len(rows)))
        return real_written(rows)

    monkeypatch.setattr(listing, "plain_rows", counted_rows)
    monkeypatch.setattr(export, "_written", written)
    out = tmp_path / "contacts.csv"
    run(monkeypatch, sizes[5_000], "contacts", "export", "--csv", str(out), "--as-of", AS_OF)
    assert len(out.read_text().splitlines()) == 5_001
    data = pieces[1:]  # after the header
    assert sum(n for _, n in data) == 5_000 and max(n for _, n in data) <= 1_000, data
    # Written as read: the first thousand rows are out before the rest are read, never all held at once.
    assert data[0][0] <= 1_001 < read[0], data


def test_due_runs_without_a_garbage_collection(sizes, monkeypatch):
    import gc

    collections = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        run(monkeypatch, sizes[5_000], "due", "--as-of", AS_OF)
        run(monkeypatch, sizes[5_000], "contacts", "export", "--csv", "-", "--as-of", AS_OF)
    finally:
        gc.callbacks.remove(seen)
    # The contacts, events and actions hold no cycles: a collection walks them all and frees nothing.
    assert collections == [], collections
    assert gc.isenabled()  # and the collector is back on afterwards


def test_status_sorts_a_contacts_events_only_in_the_request_phase(sizes, monkeypatch):
    from infoview_ai.tracker import status

    sorts = [0]
    real = status.chronological

    def counted(events):
        sorts[0] += 1
        return real(events)

    monkeypatch.setattr(status, "chronological", counted)
    run(monkeypatch, sizes[5_000], "contacts", "list", "--status", "scheduled", "--as-of", AS_OF)
    # 500 contacts with a timeline, a third of them past the request phase: at most one sort each for
    # the others (the touches), none for those (their status is the furthest stage reached).
    assert sorts[0] <= 350, sorts
