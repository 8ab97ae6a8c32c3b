"""The one current-role decision (career.current_role, Profile.current), used by every room."""

from __future__ import annotations

from infoview_ai.context import Context, Position, Profile


def _profile(*positions: Position) -> Profile:
    return Profile(name="Sam Reyes", positions=list(positions))


def test_a_side_role_listed_first_never_displaces_the_main_job():
    board = Position(title="Board Member", company="Seedlings", start="2022-01")
    founder = Position(title="Founder & CEO", company="Loomwise", start="2019-03")
    profile = _profile(board, founder)
    assert profile.current is founder
    assert Context(profile=profile).company == "Loomwise"


def test_an_intern_is_at_the_internship_not_at_the_job_they_left():
    intern = Position(title="Data Science Intern", company="Initech", start="2026-06")
    barista = Position(title="Barista", company="Blue Bottle", start="2022-01", end="2024-08")
    assert _profile(intern, barista).current is intern


def test_a_retired_executive_who_mentors_now_is_a_mentor():
    mentor = Position(title="Mentor", company="Techstars", start="2024-01")
    vp = Position(title="VP Operations", company="Globex", start="2010-01", end="2023-12")
    assert _profile(mentor, vp).current is mentor


def test_without_dates_the_first_career_role_listed():
    volunteer = Position(title="Volunteer Coach", company="Girls Who Code")
    analyst = Position(title="Analyst", company="Harborline Bank")
    assert _profile(volunteer, analyst).current is analyst
    assert _profile(analyst, volunteer).current is analyst
