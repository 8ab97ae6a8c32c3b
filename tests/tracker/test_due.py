"""Pipeline status and the timing rules (docs/domain.md#timing) on fixed dates (2 March 2026: a Monday)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from infoview_ai.errors import InputError
from infoview_ai.tracker.reminders import actions_for, add_business_days, due, plan
from infoview_ai.tracker.status import Event, parse_as_of, status_from_events

MON, TUE, WED, THU, FRI, SAT, SUN = (date(2026, 3, d) for d in range(2, 9))


@dataclass
class Person:
    """An invented contact, as the rules see one."""

    id: int
    name: str | None = "Ada Brightwater"
    company: str | None = "Pellucid Robotics"
    events: list[Event] = field(default_factory=list)


def events(*pairs: tuple[str, str]) -> list[Event]:
    return [Event(kind, at, id=number) for number, (kind, at) in enumerate(pairs, start=1)]


def kinds(actions) -> list[str]:
    return [a.kind for a in actions]


def due_kinds(person: Person, as_of: date, *others: Person) -> list[str]:
    return kinds(due([person, *others], as_of))


# ---- status ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("logged", "expected"),
    [
        ([], "identified"),
        ([("requested", "2026-03-02")], "requested"),
        ([("requested", "2026-03-02"), ("replied", "2026-03-03")], "requested"),
        (
            [("requested", "2026-03-02"), ("replied", "2026-03-03"), ("scheduled", "2026-03-12T15:00")],
            "scheduled",
        ),
        (
            [("requested", "2026-03-02"), ("scheduled", "2026-03-12T15:00"), ("met", "2026-03-12T15:30")],
            "met",
        ),
        ([("scheduled", "2026-03-12"), ("met", "2026-03-12"), ("thanked", "2026-03-12")], "thanked"),
        ([("met", "2026-03-12"), ("thanked", "2026-03-13"), ("checked-in", "2026-04-01")], "following-up"),
        ([("requested", "2026-03-02"), ("closed", "2026-03-20")], "closed"),
        ([("requested", "2026-03-02"), ("closed", "2026-03-20"), ("requested", "2026-03-25")], "requested"),
        # An older event logged late (`--at` in the past) never moves a contact backwards.
        ([("met", "2026-03-12"), ("requested", "2026-03-02")], "met"),
    ],
)
def test_status_follows_from_the_events(logged, expected):
    assert status_from_events(events(*logged), as_of=date(2026, 3, 14)) == expected


def test_two_unanswered_touches_go_cold_a_week_after_the_last():
    logged = events(("requested", "2026-03-02"), ("nudged", "2026-03-09"))
    assert status_from_events(logged, as_of=date(2026, 3, 15)) == "requested"
    assert status_from_events(logged, as_of=date(2026, 3, 16)) == "cold"


def test_a_reply_after_the_nudge_is_never_cold():
    logged = events(("requested", "2026-03-02"), ("nudged", "2026-03-09"), ("replied", "2026-03-10"))
    assert status_from_events(logged, as_of=date(2026, 6, 1)) == "requested"


def test_one_unanswered_request_is_not_cold_however_old():
    assert status_from_events(events(("requested", "2026-03-02")), as_of=date(2026, 9, 1)) == "requested"


# ---- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "expected"),
    [(MON, THU), (THU, date(2026, 3, 10)), (FRI, date(2026, 3, 11)), (SAT, date(2026, 3, 11))],
)
def test_business_days_skip_the_weekend(start, expected):
    assert add_business_days(start, 3) == expected


def test_as_of_parses_iso_dates_and_says_what_it_wants():
    assert parse_as_of("2026-03-09") == date(2026, 3, 9)
    assert parse_as_of(None, today=MON) == MON
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_as_of("09/03/2026")


# ---- the rules ------------------------------------------------------------------------------------


def test_thank_you_is_due_within_24_hours_of_an_afternoon_call():
    person = Person(1, events=events(("scheduled", "2026-03-10T15:00"), ("met", "2026-03-10T15:00")))
    [action] = due([person], date(2026, 3, 10))
    assert action.kind == "thank-you" and action.deadline == date(2026, 3, 11)
    assert "24 hours" in action.reason and action.command == "infoview thank-you --contact 1"
    assert due([person], date(2026, 3, 11))[0].overdue_days(date(2026, 3, 11)) == 0
    assert due([person], date(2026, 3, 12))[0].overdue_days(date(2026, 3, 12)) == 1


def test_thank_you_after_a_morning_call_is_due_the_same_day():
    person = Person(1, events=events(("met", "2026-03-10T09:30")))
    [action] = due([person], date(2026, 3, 10))
    assert action.deadline == date(2026, 3, 10) and "morning" in action.reason


def test_thank_you_for_a_call_logged_without_a_time_is_due_the_next_day():
    [action] = due([Person(1, events=events(("met", "2026-03-10")))], date(2026, 3, 10))
    assert action.deadline == date(2026, 3, 11)


def test_nudge_opens_5_days_after_an_unanswered_request_and_is_due_by_day_7():
    person = Person(1, company=None, events=events(("requested", "2026-03-02T10:00")))
    assert due_kinds(person, date(2026, 3, 6)) == []
    [nudge] = due([person], date(2026, 3, 7))
    assert nudge.kind == "nudge" and nudge.starts == date(2026, 3, 7) and nudge.deadline == date(2026, 3, 9)
    assert nudge.command == "infoview follow-up --contact 1 --stage nudge"
    assert due([person], date(2026, 3, 11))[0].overdue_days(date(2026, 3, 11)) == 2


def test_only_one_nudge():
    person = Person(1, company=None, events=events(("requested", "2026-03-02"), ("nudged", "2026-03-08")))
    assert due_kinds(person, date(2026, 3, 12)) == []


def test_a_reply_turns_the_nudge_into_agreeing_a_time():
    person = Person(1, events=events(("requested", "2026-03-02"), ("replied", "2026-03-04")))
    assert due_kinds(person, date(2026, 3, 9)) == ["schedule"]


def test_3b7_suggests_a_second_person_after_3_business_days():
    person = Person(1, events=events(("requested", "2026-03-02")))  # Monday
    assert due_kinds(person, WED) == []
    [action] = due([person], THU)
    assert action.kind == "second-person" and "Pellucid Robotics" in action.reason and "3B7" in action.reason
    assert action.deadline == date(2026, 3, 11)  # business day 7, when 3B7 nudges the first person


def test_3b7_counts_business_days_across_the_weekend():
    thursday = Person(1, events=events(("requested", "2026-03-05T17:00")))
    assert "second-person" not in due_kinds(thursday, date(2026, 3, 9))  # Mon: only 2 business days
    assert "second-person" in due_kinds(thursday, date(2026, 3, 10))  # Tue: Fri, Mon, Tue
    friday = Person(1, events=events(("requested", "2026-03-06")))
    assert "second-person" not in due_kinds(friday, date(2026, 3, 10))
    assert "second-person" in due_kinds(friday, date(2026, 3, 11))


def test_3b7_names_a_colleague_already_in_the_list_and_stops_once_one_is_asked():
    first = Person(1, events=events(("requested", "2026-03-02")))
    colleague = Person(2, name="Bo Lindqvist", company="pellucid robotics ")
    [action] = [a for a in due([first, colleague], FRI) if a.kind == "second-person"]
    assert "Bo Lindqvist (#2)" in action.reason
    colleague.events = events(("requested", "2026-03-05"))
    assert "second-person" not in kinds(due([first, colleague], FRI))


def test_3b7_needs_a_known_employer():
    assert due_kinds(Person(1, company=None, events=events(("requested", "2026-03-02"))), FRI) == []


def test_cold_after_two_unanswered_touches_stops_every_reminder():
    person = Person(1, events=events(("requested", "2026-03-02"), ("nudged", "2026-03-09")))
    assert due_kinds(person, date(2026, 3, 15)) == ["second-person"]  # still waiting on the nudge
    assert due_kinds(person, date(2026, 3, 16)) == ["stop"]
    [stop] = due([person], date(2026, 3, 16))
    assert "cold" in stop.reason and stop.command is None
    assert due_kinds(person, date(2026, 3, 24)) == []  # the notice itself goes away after a week


def test_report_back_2_to_4_weeks_after_the_thank_you():
    person = Person(1, events=events(("met", "2026-03-10"), ("thanked", "2026-03-11")))
    assert due_kinds(person, date(2026, 3, 24)) == []  # 13 days
    [action] = due([person], date(2026, 3, 25))  # 14 days
    assert action.kind == "report-back" and action.deadline == date(2026, 4, 8)
    assert action.command == "infoview follow-up --contact 1"
    assert due([person], date(2026, 4, 9))[0].overdue_days(date(2026, 4, 9)) == 1


def test_periodic_check_ins_every_90_days_after_the_last():
    person = Person(1, events=events(("thanked", "2026-03-11"), ("checked-in", "2026-04-01")))
    assert due_kinds(person, date(2026, 6, 29)) == []  # 89 days
    assert due_kinds(person, date(2026, 6, 30)) == ["check-in"]
    person.events.append(Event("checked-in", "2026-07-02", id=9))
    assert due_kinds(person, date(2026, 9, 29)) == []
    assert due_kinds(person, date(2026, 9, 30)) == ["check-in"]


def test_a_scheduled_call_gets_a_prepare_reminder_then_asks_to_log_it():
    person = Person(1, events=events(("requested", "2026-03-02"), ("scheduled", "2026-03-12T15:00")))
    assert due_kinds(person, date(2026, 3, 9)) == []
    assert due_kinds(person, date(2026, 3, 10)) == ["prepare"]
    assert due_kinds(person, date(2026, 3, 13)) == ["log-call"]


def test_identified_and_closed_contacts_have_nothing_due():
    assert (
        plan(
            [Person(1), Person(2, events=events(("requested", "2026-03-02"), ("closed", "2026-03-03")))], MON
        )
        == []
    )


def test_due_lists_the_most_urgent_first_and_can_look_ahead():
    waiting = Person(1, company=None, events=events(("requested", "2026-03-02")))
    met = Person(2, name="Cyrus Vale", company=None, events=events(("met", "2026-03-06T16:00")))
    thanked = Person(3, name="Dora Finch", company=None, events=events(("thanked", "2026-02-20")))
    order = [(a.kind, a.contact_id) for a in due([waiting, met, thanked], date(2026, 3, 7))]
    assert order == [("thank-you", 2), ("nudge", 1), ("report-back", 3)]  # earliest deadline first
    assert kinds(due([waiting], date(2026, 3, 4))) == []
    assert kinds(due([waiting], date(2026, 3, 4), ahead_days=3)) == ["nudge"]


def test_due_orders_by_the_date_it_shows_now_first_then_by_the_day_a_window_opens():
    as_of = date(2026, 3, 11)
    gone_quiet = Person(
        1,
        name="Priya Raman",
        company=None,
        events=events(("requested", "2026-03-02"), ("nudged", "2026-03-09")),
    )
    thanked = Person(2, name="Lena Okafor", company=None, events=events(("thanked", "2026-03-10T18:30")))
    overdue = Person(3, name="Cyrus Vale", company=None, events=events(("met", "2026-03-08T16:00")))
    asked = Person(4, name="Dora Finch", company=None, events=events(("requested", "2026-03-05")))
    listed = [
        (a.kind, a.contact_id) for a in due([gone_quiet, thanked, overdue, asked], as_of, ahead_days=21)
    ]
    # overdue 2d, by Thu 12 Mar, from Mon 16 Mar, from Tue 24 Mar
    assert listed == [("thank-you", 3), ("nudge", 4), ("stop", 1), ("report-back", 2)]
    assert [a.kind for a in actions_for(gone_quiet, as_of)] == ["stop"]


def test_actions_carry_their_anchor_event_for_stable_calendar_ids():
    person = Person(1, company=None, events=events(("requested", "2026-03-02")))
    [nudge] = actions_for(person, MON)
    assert nudge.anchor == 1 and nudge.to_dict(MON)["action"] == "nudge"
