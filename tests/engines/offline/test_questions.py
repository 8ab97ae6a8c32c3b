"""The offline question set: sized to the call, ranked, grounded in the person's own facts."""

from __future__ import annotations

import re

import pytest

from infoview_ai.context import Context, Position, Profile, Sender
from infoview_ai.engines.offline.questions.build import build_questions, question_count
from infoview_ai.language import has_job_ask, word_count


def _who_else(qs):
    return [q for q in qs.questions if "who else" in q.text.lower()]


@pytest.mark.parametrize(("minutes", "expected"), [(5, 3), (10, 4), (20, 8), (30, 10), (60, 10)])
def test_count_scales_with_minutes(lena_context, minutes, expected):
    qs = build_questions(lena_context.model_copy(update={"minutes": minutes}))
    assert len(qs.questions) == expected == question_count(minutes)
    assert qs.minutes == minutes


@pytest.mark.parametrize("minutes", [10, 15, 20, 30, 45])
def test_exactly_one_who_else_and_it_is_last(lena_context, minutes):
    qs = build_questions(lena_context.model_copy(update={"minutes": minutes}))
    ranked = sorted(qs.questions, key=lambda q: q.rank)
    assert [q.rank for q in ranked] == list(range(1, len(ranked) + 1))
    assert len(_who_else(qs)) == 1
    assert ranked[-1].text.startswith("Who else would you suggest I talk to")


def test_rules_every_question_keeps(lena_context):
    qs = build_questions(lena_context.model_copy(update={"minutes": 30}))
    texts = [q.text for q in qs.questions]
    assert len(set(t.lower() for t in texts)) == len(texts)
    for text in texts:
        assert text.endswith("?") and text.count("?") == 1, text
        assert word_count(text) <= 30, text
        assert not has_job_ask(text), text
        assert not re.match(r"^(?:Do|Does|Did|Is|Are|Was|Were|Can|Could|Would|Will|Have|Has)\b", text), text


def test_must_asks_come_first(lena_context):
    qs = build_questions(lena_context)
    must = [q for q in qs.questions if q.must_ask]
    assert 3 <= len(must) <= 5
    assert [q.rank for q in must] == list(range(1, len(must) + 1))
    assert any("invite questions about leaving consulting" in q.text for q in must)
    assert any("Deloitte" in q.text and "Oakridge Foods" in q.text for q in must)
    assert any(q.theme == "advice" for q in must)
    assert any("keep to 20 minutes" in n.lower() for n in qs.notes)


def test_tailored_to_lena(lena_context):
    qs = build_questions(lena_context)
    texts = " | ".join(q.text for q in qs.questions)
    assert "What did you have to unlearn when you left Deloitte for Oakridge Foods?" in texts
    assert "Analytics Manager to Director of Supply Chain Analytics" in texts
    tailored = [q for q in qs.questions if q.source]
    assert len(tailored) > len(qs.questions) / 2


def test_sources_name_real_input_facts(lena_context):
    ctx = lena_context.model_copy(update={"minutes": 30})
    profile = ctx.profile
    facts = {p.title for p in profile.positions} | {p.company for p in profile.positions}
    facts |= {e.school for e in profile.education}
    facts |= {e.field for e in profile.education if e.field}
    facts |= set(profile.skills) | set(profile.certifications)
    inputs = " ".join(
        [
            profile.about,
            ctx.target.company_notes,
            ctx.target.industry or "",
            ctx.sender.background,
            ctx.sender.goal or "",
            *(p.description for p in profile.positions),
        ]
    )
    for q in build_questions(ctx).questions:
        if not q.source:
            continue
        quoted = re.findall(r'"([^"]+)"', q.source)
        named = [f for f in facts if f in q.source]
        assert quoted or named or (ctx.target.industry or "") in q.source, q.source
        for fragment in quoted:
            assert fragment.rstrip("…") in inputs, fragment


def test_deterministic(lena_context):
    assert build_questions(lena_context) == build_questions(lena_context)


@pytest.mark.parametrize(
    "profile",
    [
        Profile(name="Sam Lee", positions=[Position(title="Product Manager", company="Globex")]),
        Profile(name="Sam Lee"),
        Profile(about="Priya leads the data platform team at Globex."),
    ],
)
@pytest.mark.parametrize("minutes", [10, 20, 30])
def test_thin_profiles_still_sized_right(profile, minutes):
    ctx = Context(profile=profile, minutes=minutes, sender=Sender())
    qs = build_questions(ctx)
    assert len(qs.questions) == question_count(minutes)
    assert len(_who_else(qs)) == 1
    assert len({q.text for q in qs.questions}) == len(qs.questions)
    assert not any(has_job_ask(q.text) for q in qs.questions)
    assert any("--me" in n for n in qs.notes)


def test_job_words_in_the_bio_never_reach_a_question():
    profile = Profile(
        name="Ana Ruiz",
        about="Ask me about hiring junior analysts. Happy to talk about internships.",
        positions=[Position(title="Recruiter", company="Acme", start="2020-01")],
    )
    qs = build_questions(Context(profile=profile))
    assert not any(has_job_ask(q.text) for q in qs.questions)


def test_invitation_list_is_split_into_topics():
    from infoview_ai.engines.offline.wording import split_topics

    assert split_topics(
        "leaving consulting for an operating role, building an analytics team, or hiring"
    ) == [
        "leaving consulting for an operating role",
        "building an analytics team",
        "hiring",
    ]
    assert split_topics("research and design") == ["research and design"]
    assert split_topics("mentoring or writing") == ["mentoring", "writing"]


def test_a_long_invitation_list_still_leads_the_questions():
    about = (
        "Ask me about leaving a very large consulting firm for an operating role at a food company, "
        "building a team, or getting planners to trust a forecast."
    )
    profile = Profile(name="Ana Ruiz", about=about, positions=[Position(title="Director", company="Acme")])
    first = min(build_questions(Context(profile=profile)).questions, key=lambda q: q.rank)
    assert first.text.startswith("You invite questions about leaving a very large consulting firm")


@pytest.mark.parametrize("title", ["Process Engineering Intern", "Summer Analyst Intern", "Co-op Student"])
def test_student_roles_are_not_transitions(title):
    profile = Profile(
        name="Ana Ruiz",
        positions=[
            Position(title="Senior Consultant", company="Deloitte", start="2014-09"),
            Position(title=title, company="Midwest Grain", start="2013-05", end="2013-08"),
        ],
    )
    texts = " | ".join(q.text for q in build_questions(Context(profile=profile, minutes=30)).questions)
    assert "Midwest Grain" not in texts
