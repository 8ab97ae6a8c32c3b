"""Which of a person's roles are their career, and which one they hold now.

Side roles (teaching alongside a job, mentoring, speaking, open source, boards, volunteering) and student
roles (internships, co-ops) are told apart from the main job here, once, for the context, both engines
and the tracker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from infoview_ai.dates import month_index
from infoview_ai.language import contains_term

if TYPE_CHECKING:
    from infoview_ai.context import Position, Profile

SIDE_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("teaching", ("adjunct", "instructor", "lecturer", "teaching", "guest lecturer", "visiting professor")),
    ("mentoring", ("mentor", "coach")),
    ("speaking", ("speaker", "keynote")),
    ("open source", ("maintainer", "open source", "open-source", "contributor")),
    ("board", ("board member", "board of directors", "trustee", "advisory board")),
    ("volunteering", ("volunteer", "organizer", "organiser", "co-organizer", "chapter lead")),
)


def _raw_side_kind(position: Position) -> str | None:
    if (position.employment_type or "").lower() == "volunteer":
        return title_side_kind(position) or "volunteering"
    return title_side_kind(position)


def title_side_kind(position: Position) -> str | None:
    """The kind of side role a title names ("Evening Instructor" -> teaching), or None."""
    low = position.title.lower()
    for kind, words in SIDE_ROLE_WORDS:
        if any(contains_term(low, w) for w in words):
            return kind
    return None


def _span(p: Position) -> tuple[int, int] | None:
    if not p.start:
        return None

    return month_index(p.start), month_index(p.end, end=True) if p.end else 10**9


def side_role_kind(position: Position, others: list[Position] | tuple[Position, ...] = ()) -> str | None:
    """What kind of side role a position is (teaching, mentoring, ...), or None for a main job.

    Teaching counts as a side role only when part-time or alongside another job: a full-time lecturer's
    teaching is their career.
    """
    kind = _raw_side_kind(position)
    if kind != "teaching":
        return kind
    if (position.employment_type or "").lower() in {"part-time", "freelance", "self-employed", "contract"}:
        return kind
    mine = _span(position)
    for other in others:
        if other is position or _raw_side_kind(other) is not None:
            continue
        theirs = _span(other)
        if mine and theirs and mine[0] <= theirs[1] and theirs[0] <= mine[1]:
            return kind
    return None


_STUDENT_TITLE = re.compile(
    r"\b(?:intern|internship|trainee|apprentice|apprenticeship|co-?op|student|summer associate|"
    r"graduate assistant|teaching assistant|research assistant|werkstudent|stagiaire)\b",
    re.IGNORECASE,
)


def is_student_role(position: Position) -> bool:
    """An internship, co-op or student job: part of an education, not a step in a career."""
    kind = (position.employment_type or "").lower()
    return kind in {"internship", "apprenticeship", "co-op", "student"} or bool(
        _STUDENT_TITLE.search(position.title)
    )


def main_positions(profile: Profile) -> list[Position]:
    """The career roles, newest first: side roles (teaching, mentoring, volunteering...) and student
    roles (internships, co-ops) left out, unless nothing else is left."""
    roles = [p for p in profile.positions if side_role_kind(p, profile.positions) is None]
    career = [p for p in roles if not is_student_role(p)]
    return career or roles or list(profile.positions)


def current_role(profile: Profile) -> Position | None:
    """The role the person holds now, the one decision every room uses (``Profile.current``).

    The first current career role in the profile's own order; side roles (teaching alongside a job,
    mentoring, boards, volunteering) and student roles never displace it. When only such roles are
    current (an intern, a retired executive who now mentors), that role is what they do now: an ended job
    never stands in for it. Without dates, the first role listed (plain bios list the role they describe
    in the present tense first), or the first career role when that one is a side role.
    """
    roles = main_positions(profile)
    current = [p for p in profile.positions if p.is_current]
    if current:
        return next((p for p in current if any(p is r for r in roles)), current[0])
    listed = profile.positions[0] if profile.positions else None
    if listed is not None and any(listed is p for p in roles):
        return listed
    return roles[0] if roles else None
