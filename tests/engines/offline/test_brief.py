"""The offline research brief: grounded claims, computed durations, notes or a look-up list."""

from __future__ import annotations

from infoview_ai.context import Context, Position, Profile, Sender, Target
from infoview_ai.engines.offline.brief.build import build_brief

SOURCES = {"profile", "your notes", "you", "general knowledge: verify", "to look up", "suggestion"}


def test_timeline_durations_against_as_of(lena_context):
    brief = build_brief(lena_context)
    assert [(t.title, t.duration) for t in brief.timeline] == [
        ("Director of Supply Chain Analytics", "4 yrs 9 mos"),
        ("Analytics Manager", "3 yrs 9 mos"),
        ("Senior Consultant, Supply Chain", "3 yrs 9 mos"),
    ]


def test_person_in_three_lines(lena_context):
    person = build_brief(lena_context).person
    assert len(person) == 3
    assert "Director of Supply Chain Analytics at Oakridge Foods" in person[0].text
    assert "Deloitte" in person[1].text and "Oakridge Foods" in person[1].text
    assert "leaving consulting" in person[2].text


def test_transitions_and_patterns(lena_context):
    text = " ".join(c.text for c in build_brief(lena_context).transitions)
    assert "Deloitte to Oakridge Foods" in text
    assert "Analytics Manager → Director of Supply Chain Analytics" in text
    assert "8 yrs 6 mos at Oakridge Foods" in text


def test_common_ground_finds_purdue(lena_context):
    ground = build_brief(lena_context).common_ground
    assert any("Purdue University" in c.text for c in ground)
    assert all(c.source == "you" for c in ground)


def test_common_ground_none_found_is_honest(lena_profile):
    ctx = Context(profile=lena_profile, sender=Sender(background="I'm a violinist in Lisbon."))
    ground = build_brief(ctx).common_ground
    assert len(ground) == 1 and ground[0].text.startswith("None found")


def test_company_uses_notes_when_given(lena_context):
    company = build_brief(lena_context).company
    assert any(c.source == "your notes" and "cold-chain plant" in c.text for c in company)


def test_company_lists_what_to_look_up_without_notes(lena_context):
    ctx = lena_context.model_copy(update={"target": Target(company="Oakridge Foods")})
    company = build_brief(ctx).company
    look_ups = [c.text.lower() for c in company if c.source == "to look up"]
    assert not any(c.source == "your notes" for c in company)
    for topic in ("sells", "customers", "news", "team"):
        assert any(topic in t for t in look_ups), topic


def test_industry_goal_and_checklist(lena_context):
    brief = build_brief(lena_context)
    assert brief.industry and all(
        c.source in {"general knowledge: verify", "to look up", "profile"} for c in brief.industry
    )
    assert brief.goal[0].text == lena_context.sender.goal and brief.goal[0].source == "you"
    checklist = " ".join(brief.checklist).lower()
    for item in ("recent posts", "latest news", "30-second introduction", "time zone", "top 3 questions"):
        assert item in checklist


def test_goal_is_suggested_when_missing(lena_profile):
    goal = build_brief(Context(profile=lena_profile)).goal
    assert len(goal) == 1 and goal[0].source == "suggestion" and goal[0].text.startswith("Suggested goal")


def test_every_claim_has_a_known_source(lena_context):
    brief = build_brief(lena_context)
    for section in (
        brief.person,
        brief.transitions,
        brief.company,
        brief.industry,
        brief.common_ground,
        brief.goal,
    ):
        for claim in section:
            assert claim.source in SOURCES, claim


def test_thin_profile_and_determinism(lena_context):
    thin = Context(
        profile=Profile(name="Sam Lee", positions=[Position(title="Product Manager", company="Globex")])
    )
    brief = build_brief(thin)
    assert brief.timeline[0].duration == "" and brief.transitions == []
    assert "Globex" in brief.to_markdown()
    assert build_brief(lena_context) == build_brief(lena_context)
