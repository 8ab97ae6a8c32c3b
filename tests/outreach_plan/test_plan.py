"""`infoview plan` on a real tracker: follow-ups first, the monthly note budget, the weekly cap, and a
saved plan in `due` and the calendar export."""

from __future__ import annotations

import json
import re

from outreach_helpers import import_rows, ok, people_csv

from infoview_ai import store
from infoview_ai.outreach_plan.this_week import plan_week
from infoview_ai.outreach_plan.weekly_plan import Budgets
from infoview_ai.tracker import contacts

WEEK = "2026-03-09"  # a Monday; the whole week is in March
STRANGERS = [(f"Ann{i}", "Ross", "Globex", "Supply Chain Analyst") for i in range(6)]
FRIENDS = [(f"Bo{i}", "Kim", "Initech", "Data Analyst") for i in range(8)]


def plan_json(*args: str) -> dict:
    return json.loads(ok("plan", "--week-of", WEEK, "--format", "json", *args).stdout)


def ids() -> dict[str, int]:
    return {c.name: c.id for c in contacts.list_contacts()}


def test_the_fourth_note_of_the_month_waits_or_is_switched(tmp_path, me):
    people_csv(tmp_path, STRANGERS)
    week = plan_json()
    kinds = [i["action"] for i in week["items"]]
    assert kinds == ["connection-note"] * 3
    assert "connection note 3 of 3 this month" in week["items"][2]["reason"]
    assert week["items"][0]["command"].endswith("--channel linkedin-note")
    waiting = [w for w in week["waiting"] if "connection notes are used" in w]
    assert len(waiting) == 3 and "notes renew on Wed 1 Apr" in waiting[0]
    switched = plan_json("--invite-without-note")
    assert [i["action"] for i in switched["items"]] == ["connection-note"] * 3 + ["invitation"] * 2
    assert "switched to an invitation without a note" in switched["items"][3]["reason"]
    premium = plan_json("--premium")
    assert [i["action"] for i in premium["items"]] == ["connection-note"] * 5
    assert premium["items"][0]["command"].endswith("--channel linkedin-note --premium")


def test_notes_logged_this_month_count_and_a_week_into_next_month_uses_its_notes(tmp_path, me):
    people_csv(tmp_path, STRANGERS)
    first = ids()["Ann0 Ross"]
    contacts.save_draft(first, "outreach", {"body": "Hi"}, channel="linkedin-note")
    contacts.log_event(first, "requested", "2026-03-03")
    week = plan_json()
    assert [i["action"] for i in week["items"]] == ["nudge", "connection-note", "connection-note"]
    # the week of Mon 30 March reaches into April: March's notes are spent, April's are free
    people_csv(tmp_path, [(f"Cy{i}", "Diaz", "Hooli", "Logistics Analyst") for i in range(3)], "more.csv")
    for name in ("Ann1 Ross", "Ann2 Ross"):
        contacts.save_draft(ids()[name], "outreach", {"body": "Hi"}, channel="linkedin-note")
        contacts.log_event(ids()[name], "requested", "2026-03-20")
    spill = json.loads(ok("plan", "--week-of", "2026-03-31", "--format", "json").stdout)
    days = [i["day"] for i in spill["items"] if i["action"] == "connection-note"]
    assert days and all(day >= "2026-04-01" for day in days)
    assert any("when next month's notes start" in i["reason"] for i in spill["items"])


def test_first_degree_get_messages_within_the_weekly_cap(tmp_path, me):
    import_rows(tmp_path, FRIENDS)
    week = plan_json()
    assert [i["action"] for i in week["items"]] == ["message"] * 5  # --per-week defaults to 5
    assert (
        week["items"][0]["command"]
        == f"infoview outreach --contact {week['items'][0]['contact_id']} --channel linkedin-message"
    )
    assert sorted({i["day"] for i in week["items"]}) == [
        f"2026-03-{d}" for d in ("09", "10", "11", "12", "13")
    ]
    assert len(plan_json("--per-week", "3")["items"]) == 3
    text = ok("plan", "--week-of", WEEK).stdout
    assert "run: infoview outreach --contact" in text and "then, once sent: infoview contacts log" in text


def test_follow_ups_come_first_and_3b7_names_a_colleague(tmp_path, me):
    import_rows(
        tmp_path, FRIENDS + [("Lena", "Okafor", "Oakridge Foods", "Director of Supply Chain Analytics")]
    )
    people_csv(tmp_path, [("Noor", "Haddad", "Oakridge Foods", "Supply Chain Analyst")])
    lena = ids()["Lena Okafor"]
    contacts.log_event(lena, "requested", "2026-03-02")
    week = plan_json()
    first, second = week["items"][:2]
    assert {first["action"], second["action"]} == {"nudge", "connection-note"}
    nudge = first if first["action"] == "nudge" else second
    colleague = second if nudge is first else first
    assert (
        nudge["contact_id"] == lena
        and nudge["command"] == f"infoview follow-up --contact {lena} --stage nudge"
    )
    assert colleague["name"] == "Noor Haddad" and colleague["reason"].startswith(
        "3B7: no reply from Lena Okafor"
    )
    # the request logged on Mon 2 March does not count against this week; the rest are messages
    assert [i["action"] for i in week["items"][2:]] == ["message"] * 3


def test_a_saved_plan_is_in_due_and_the_calendar_until_done(tmp_path, me):
    import_rows(tmp_path, FRIENDS[:2])
    ok("plan", "--week-of", WEEK, "--save")
    ok("plan", "--week-of", WEEK, "--save")  # saving again replaces the week, never duplicates
    due = json.loads(ok("due", "--as-of", "2026-03-10", "--format", "json").stdout)
    assert [a["action"] for a in due] == ["reach-out", "reach-out"]
    assert due[0]["command"].startswith("infoview outreach --contact")
    ics = ok("contacts", "export", "--ics", "-", "--as-of", "2026-03-08").stdout
    assert ics.count("SUMMARY:Reach out to") == 2 and "DTSTART;VALUE=DATE:20260309" in ics
    contacts.log_event(due[0]["contact_id"], "requested", "2026-03-10")
    after = json.loads(ok("due", "--as-of", "2026-03-10", "--format", "json").stdout)
    assert [a["action"] for a in after] == ["reach-out"]  # the one contacted is done
    with store.connect() as conn:
        assert conn.execute("SELECT count(*) FROM planned_actions").fetchone()[0] == 2


def test_plan_week_is_callable_without_the_cli(tmp_path, me):
    import_rows(tmp_path, FRIENDS[:1])
    from datetime import date

    with store.connect() as conn:
        week, _ = plan_week(
            conn, "into data analytics", date(2026, 3, 11), Budgets(), as_of=date(2026, 3, 11)
        )
    assert week.first_day == date(2026, 3, 11) and [i.day for i in week.items] == [date(2026, 3, 11)]


def test_the_week_is_listed_day_by_day_follow_ups_first_on_their_day(tmp_path, me):
    import_rows(tmp_path, FRIENDS)
    first = ids()["Bo0 Kim"]
    contacts.log_event(first, "requested", "2026-03-06")  # a Friday: the nudge opens on Wed 11 March
    week = plan_json()
    days = [i["day"] for i in week["items"]]
    assert days == sorted(days) and days[0] == "2026-03-09" and "2026-03-11" in days
    on_the_11th = [i["action"] for i in week["items"] if i["day"] == "2026-03-11"]
    assert on_the_11th[0] == "nudge" and len(on_the_11th) > 1
    text = ok("plan", "--week-of", WEEK).stdout
    shown = re.findall(r"^  (\w{3} \d+ \w{3})", text, flags=re.M)
    assert shown and shown == sorted(shown, key=lambda d: int(d.split()[1]))
