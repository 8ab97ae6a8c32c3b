"""The tracker read for `infoview plan`: the follow-ups due this week, the ranked people, and what the
week and month have already spent; weekly_plan.build_plan decides."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from infoview_ai.outreach_plan.company_match import STRONG, TIER_RANK
from infoview_ai.outreach_plan.ranking import Filters, Ranking, rank_targets
from infoview_ai.outreach_plan.weekly_plan import (
    FOLLOW_UP_KINDS,
    Budgets,
    Used,
    WeekPlan,
    build_plan,
    week_of,
)
from infoview_ai.tracker.planned import notes_planned, pending_elsewhere
from infoview_ai.tracker.reminders import due
from infoview_ai.tracker.targets_query import contacted_people, requests_between


def _month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, following - timedelta(days=1)


def spent(conn: sqlite3.Connection, monday: date, first_day: date) -> Used:
    """Requests logged this week (the cap), invitations among them, and connection notes per month:
    requests to people who are not 1st-degree connections and have a connection-note draft, plus notes
    planned in other weeks of the month and not sent yet."""
    sunday = monday + timedelta(days=6)
    week = requests_between(conn, monday, sunday)
    notes: dict[tuple[int, int], int] = {}
    for day in (first_day, sunday):
        first, last = _month_bounds(day)
        if (day.year, day.month) in notes:
            continue
        logged = sum(
            1 for _, degree, has_note in requests_between(conn, first, last) if degree != 1 and has_note
        )
        notes[(day.year, day.month)] = logged + notes_planned(conn, first, last, monday)
    return Used(
        requests_this_week=len(week),
        invites_this_week=sum(1 for _, degree, _ in week if degree != 1),
        notes_by_month=notes,
    )


def plan_week(
    conn: sqlite3.Connection,
    goal: str | None,
    day: date,
    budgets: Budgets,
    *,
    as_of: date | None = None,
    filters: Filters | None = None,
    premium: bool = False,
) -> tuple[WeekPlan, Ranking]:
    """The plan for the week holding ``day``; it starts on ``as_of`` (today) when that falls inside it."""
    as_of = as_of or date.today()
    monday = week_of(day)
    sunday = monday + timedelta(days=6)
    first_day = as_of if monday <= as_of <= sunday else monday
    touched = contacted_people(conn, first_day)
    follow_ups = [
        a for a in due(touched, first_day, ahead_days=(sunday - first_day).days) if a.kind in FOLLOW_UP_KINDS
    ]
    elsewhere = pending_elsewhere(conn, monday)
    filters = filters or Filters()
    wanted = budgets.per_week * 4 + len(elsewhere) + 10
    ranking = rank_targets(
        conn, goal, Filters(filters.company, filters.industry, filters.title, wanted), as_of
    )
    candidates = [t for t in ranking.targets if t.contact_id not in elsewhere]
    seconds = {}
    for action in follow_ups:
        if action.kind == "second-person" and action.company:
            colleagues = rank_targets(conn, goal, Filters(company=action.company, limit=5), as_of).targets
            same = [t for t in colleagues if TIER_RANK[t.company_tier] <= TIER_RANK[STRONG]]
            same = [t for t in same if t.contact_id not in elsewhere]
            if same:
                seconds[action.contact_id] = same[0]
    plan = build_plan(
        monday,
        first_day,
        follow_ups,
        candidates,
        budgets,
        spent(conn, monday, first_day),
        second_people=seconds,
        premium=premium,
    )
    if elsewhere:
        plan.waiting.append(
            f"{len(elsewhere)} people planned in another week (not contacted yet) were left out."
        )
    return plan, ranking
