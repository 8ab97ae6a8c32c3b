"""Common ground only on the same school: a similar name is not the same entity."""

from __future__ import annotations

from datetime import date

import pytest

from infoview_ai.context import Context, Education, Position, Profile
from infoview_ai.engines.offline.signals.ground import common_ground
from infoview_ai.engines.offline.signals.schools import same_school, schools_in_text
from infoview_ai.inputs import parse_sender


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("University of Georgia", "Georgia State University", False),
        ("Georgia Tech", "University of Georgia", False),
        ("Michigan State University", "University of Michigan", False),
        ("University of Texas at Austin", "University of Texas at Dallas", False),
        ("Boston College", "Boston University", False),
        ("Purdue University", "Purdue University Global", False),
        ("University of Michigan", "U of Michigan", True),
        ("The University of Michigan", "Univ. of Michigan", True),
        ("Univeristy of Michigan", "University of Michigan", True),
        ("University of Texas at Austin", "The University of Texas at Austin", True),
        ("MIT", "Massachusetts Institute of Technology", True),
        ("Universidade de São Paulo", "Universidade de Sao Paulo", True),
        ("Ohio State University", "The Ohio State University", True),
        ("Dartmouth", "Dartmouth College", True),
    ],
)
def test_same_school_is_the_same_entity_not_a_similar_name(a, b, same):
    assert same_school(a, b) is same
    assert same_school(b, a) is same


def test_school_names_are_found_in_free_text():
    text = (
        "I have a B.A. from Georgia State University and took a course at the University of Texas at Austin."
    )
    assert schools_in_text(text) == ["Georgia State University", "University of Texas at Austin"]


def _ground(their_school: str, me: str) -> list[str]:
    profile = Profile(
        name="Dee Park",
        positions=[Position(title="Learning Designer", company="Brightpath", start="2020-01")],
        education=[Education(school=their_school)],
    )
    ctx = Context(profile=profile, sender=parse_sender(me), as_of=date(2026, 12, 2))
    return [s.facts["fact"] for s in common_ground(ctx) if s.facts.get("kind") == "school"]


def test_a_similar_school_in_the_users_background_is_not_common_ground():
    me = "Name: Rosa Delgado\n\nI have a B.A. from Georgia State University and taught for eight years."
    assert _ground("University of Georgia", me) == []
    assert _ground("Georgia State University", me) == ["both studied at Georgia State University"]
