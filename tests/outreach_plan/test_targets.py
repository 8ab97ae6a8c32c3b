"""`infoview targets` on a real tracker: the order and its reasons, the filters, who is left out, the
csv/json columns a batch command reads, and 30,000 imported connections."""

from __future__ import annotations

import csv
import io
import json
import time

from outreach_helpers import import_rows, invoke, ok, people_csv

from infoview_ai import store
from infoview_ai.outreach_plan.ranking import COLUMNS, Filters, rank_targets
from infoview_ai.tracker import contacts

NETWORK = [
    ("Lena", "Okafor", "Oakridge Foods", "Director of Supply Chain Analytics"),
    ("Ravi", "Shah", "Oakridge Foods Inc.", "Recruiter"),
    ("Tom", "Berg", "Oakridge Foods", "Chief Executive Officer"),
    ("Ana", "Lima", "Oakridge Foods", "Demand Planning Manager"),
    ("Mia", "Wolf", "Metaswitch", "Senior Data Analyst"),
    ("Sam", "Stone", "Meta Platforms, Inc.", "Supply Chain Analytics Lead"),
    ("Ivy", "Chen", "Ernst & Young LLP", "Senior Consultant, Supply Chain"),
]


def names(result) -> list[str]:
    return [row["name"] for row in json.loads(result.stdout)]


def test_ranked_for_the_goal_with_a_reason_on_every_row(tmp_path, me):
    import_rows(tmp_path, NETWORK)
    people_csv(tmp_path, [("Noor", "Haddad", "Oakridge Foods", "Director of Supply Chain Analytics")])
    result = ok("targets", "--company", "oakridge foods", "--format", "json")
    rows = json.loads(result.stdout)
    # exact company first; among them 1st-degree before Noor (imported from a plain CSV); then the title
    assert [r["name"] for r in rows] == ["Lena Okafor", "Ana Lima", "Ravi Shah", "Tom Berg", "Noor Haddad"]
    assert rows[0]["reason"].startswith("#1: works at Oakridge Foods (exact company match); 1st-degree")
    assert "the title is in data & analytics, supply chain & operations (your goal)" in rows[0]["reason"]
    assert "director or head: a few steps ahead" in rows[0]["reason"]
    assert "executive: senior, rarely has time" in rows[3]["reason"]
    assert "covers part of" in rows[1]["reason"]
    assert "not a 1st-degree connection" in rows[4]["reason"]
    assert "far from" in rows[2]["reason"]  # a recruiter: same company, but far from the goal
    assert all(list(r) == list(COLUMNS) for r in rows)


def test_company_tiers_in_the_ranking_and_no_substring(tmp_path, me):
    import_rows(tmp_path, NETWORK)
    rows = json.loads(ok("targets", "--company", "Meta", "--format", "json").stdout)
    assert [r["name"] for r in rows] == ["Sam Stone"]  # Metaswitch is another company
    assert "the same organisation as 'Meta' (strong match)" in rows[0]["reason"]
    assert names(ok("targets", "--company", "EY", "--format", "json")) == ["Ivy Chen"]
    weak = json.loads(ok("targets", "--company", "Oakridge", "--format", "json").stdout)
    assert {r["name"] for r in weak} == {"Lena Okafor", "Ravi Shah", "Tom Berg", "Ana Lima"}
    assert "(weak match)" in weak[0]["reason"]
    nobody = invoke("targets", "--company", "Apple")
    assert nobody.exit_code == 0 and nobody.stdout == ""
    assert "0 people match" in nobody.stderr


def test_title_and_industry_filters(tmp_path, me):
    import_rows(tmp_path, NETWORK)
    assert names(ok("targets", "--title", "recruiter", "--format", "json")) == ["Ravi Shah"]
    planners = names(ok("targets", "--title", "supply chain", "--format", "json"))
    # the function asked, not a neighbouring one (Mia is in data) nor another (Ravi recruits)
    assert set(planners) == {"Ana Lima", "Ivy Chen", "Lena Okafor", "Sam Stone"}
    # a title outside the vocabulary is matched as whole words
    assert names(ok("targets", "--title", "executive officer", "--format", "json")) == ["Tom Berg"]
    assert names(ok("targets", "--industry", "consultant", "--format", "json")) == ["Ivy Chen"]


def test_contacted_and_cold_people_are_left_out_and_counted(tmp_path, me):
    import_rows(tmp_path, NETWORK)
    ids = {c.name: c.id for c in contacts.list_contacts()}
    contacts.log_event(ids["Lena Okafor"], "requested", "2026-03-02")
    contacts.log_event(ids["Ana Lima"], "requested", "2026-01-05")
    contacts.log_event(ids["Ana Lima"], "nudged", "2026-01-12")
    result = ok("targets", "--company", "Oakridge Foods", "--format", "json", "--as-of", "2026-03-09")
    assert names(result) == ["Ravi Shah", "Tom Berg"]
    assert "Left out 2 already contacted (1 cold, 1 requested)" in result.stderr
    # a closed contact is out too; people elsewhere are not counted against this company
    contacts.log_event(ids["Mia Wolf"], "closed", "2026-03-01")
    again = ok("targets", "--company", "Oakridge Foods", "--as-of", "2026-03-09")
    assert "Left out 2 already contacted" in again.stderr
    assert "Left out 3 already contacted (1 closed, 1 cold, 1 requested)" in ok("targets").stderr


def test_csv_output_is_a_batch_input(tmp_path, me):
    import_rows(tmp_path, NETWORK)
    result = ok("targets", "--company", "Oakridge Foods", "--limit", "2", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 2
    assert rows[0]["name"] == "Lena Okafor" and rows[0]["degree"] == "1"
    assert rows[0]["profile_url"] == "https://www.linkedin.com/in/lena-okafor"
    assert int(rows[0]["contact_id"]) == contacts.list_contacts()[0].id
    text = ok("targets", "--company", "Oakridge Foods", "--limit", "1").stdout
    assert text.startswith("  1. #1 Lena Okafor (1st): Director of Supply Chain Analytics at Oakridge Foods")


def test_without_a_goal_it_says_how_to_give_one(tmp_path):
    import_rows(tmp_path, NETWORK[:2])
    result = ok("targets")
    assert "add a `Goal:` line to me.md" in result.stderr
    assert "no goal to compare the title with" in result.stdout


def test_30000_imported_connections_ranked_in_milliseconds(tmp_path, me):
    companies = ["Oakridge Foods", "Globex Inc.", "Initech", "Meta", "Metaswitch", "Amazon Web Services"]
    titles = ["Data Engineer", "Supply Chain Analyst", "Recruiter", "Director of Operations", "Designer"]
    rows = [
        (
            f"First{i}",
            f"Last{i}",
            f"{companies[i % 6]}" + (f" {i % 400}" if i % 7 else ""),
            f"{titles[i % 5]} {i % 300}",
        )
        for i in range(30_000)
    ]
    rows[29_999] = ("Zed", "Last", "Amazon", "Head of Supply Chain Analytics")
    import_rows(tmp_path, rows)
    with store.connect() as conn:
        rank_targets(conn, "into supply-chain analytics", Filters())  # a warm page cache, like a 2nd run
        start = time.perf_counter()
        ranking = rank_targets(conn, "into supply-chain analytics", Filters(company="Amazon", limit=10))
        company_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        everyone = rank_targets(conn, "into supply-chain analytics", Filters())
        all_ms = (time.perf_counter() - start) * 1000
    assert ranking.targets[0].name == "Zed Last" and ranking.targets[0].company_tier == "exact"
    assert {t.company_tier for t in ranking.targets[1:]} == {"strong"}  # Amazon Web Services
    assert everyone.matched == 30_000 and everyone.targets[0].name == "Zed Last"
    # about hangs, not speed: the 200 ms goal is measured by benchmarks/targets_scale.py
    assert company_ms < 5000 and all_ms < 5000, (company_ms, all_ms)


def test_within_a_function_the_title_that_names_the_goals_own_words_comes_first(tmp_path, isolated_env):
    (isolated_env / "me.md").write_text(
        "# Jordan Blake\nGoal: move from warehouse operations into supply chain planning\n", encoding="utf-8"
    )
    import_rows(
        tmp_path,
        [
            ("Omar", "Ali", "Oakridge Foods", "Operations Lead"),
            ("Priya", "Raman", "Oakridge Foods", "Supply Chain Analyst"),
            ("Sol", "Diaz", "Oakridge Foods", "Senior Demand Planner"),
            ("Kim", "Park", "Oakridge Foods", "Buyer"),
        ],
    )
    rows = json.loads(ok("targets", "--company", "Oakridge Foods", "--format", "json").stdout)
    # two of the goal's words, then one ("Planner" is "planning"), then a lead and a buyer who name none
    assert [r["name"] for r in rows] == ["Priya Raman", "Sol Diaz", "Omar Ali", "Kim Park"]
    assert "the title names 'Supply Chain' from your goal" in rows[0]["reason"]
    assert "the title names 'Planner' from your goal" in rows[1]["reason"]
    assert "the title is in supply chain & operations" in rows[3]["reason"]  # a buyer works in procurement
