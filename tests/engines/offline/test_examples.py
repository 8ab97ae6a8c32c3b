"""The offline engine on the shipped examples: what a user reading the output would notice."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from infoview_ai.context import Context, Position, Profile, Sender, Target
from infoview_ai.engines.offline.brief.build import build_brief
from infoview_ai.engines.offline.outreach.build import build_outreach
from infoview_ai.engines.offline.questions.build import build_questions
from infoview_ai.inputs import load_profile, parse_sender
from infoview_ai.language import char_count, word_count

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
BIOS = ("lena-okafor-linkedin.txt", "priya-raman-bio.txt", "marco-silva-about.md")
CHANNELS = ("linkedin-note", "linkedin-message", "inmail", "email")


def _ctx(bio: str, *, me: bool = True, **update) -> Context:
    profile, text = load_profile(str(EXAMPLES / bio))
    sender = parse_sender((EXAMPLES / "me.md").read_text()) if me else Sender()
    ctx = Context(profile=profile, bio_text=text, sender=sender, as_of=date(2026, 11, 26))
    return ctx.model_copy(update=update) if update else ctx


def _everything(ctx: Context) -> str:
    """Every line the engine prints for one person: questions and sources, brief, all outreach."""
    parts = [build_questions(ctx).to_markdown(), build_brief(ctx).to_markdown()]
    for channel in CHANNELS:
        msg = build_outreach(ctx.model_copy(update={"channel": channel}))
        parts += [msg.subject or "", msg.body]
    return "\n".join(parts)


def _texts(ctx: Context) -> list[str]:
    return [q.text for q in build_questions(ctx).questions]


# 1. The person's own invitation ---------------------------------------------------------------------


def test_lena_invitation_is_the_first_must_ask():
    qs = build_questions(_ctx("lena-okafor-linkedin.txt"))
    first = min(qs.questions, key=lambda q: q.rank)
    assert first.must_ask
    assert first.text == (
        "You invite questions about leaving consulting for an operating role: what surprised you most?"
    )
    assert "Ask me about leaving consulting" in first.source


def test_other_invited_topics_become_questions():
    texts = " | ".join(_texts(_ctx("lena-okafor-linkedin.txt", minutes=30)))
    assert "getting planners to trust a forecast" in texts
    marco = " | ".join(_texts(_ctx("marco-silva-about.md", me=False)))
    assert "moving from teaching to UX research" in marco
    assert "recruiting patients for studies" in marco


def test_invitation_is_the_hook_when_it_is_the_strongest_signal():
    for bio, topic in (
        ("lena-okafor-linkedin.txt", "leaving consulting for an operating role"),
        ("marco-silva-about.md", "moving from teaching to UX research"),
    ):
        note = build_outreach(_ctx(bio, me=False, channel="linkedin-note")).body
        assert f"you invite questions about {topic}" in note, note


def test_brief_lists_every_invited_topic():
    person = " ".join(c.text for c in build_brief(_ctx("lena-okafor-linkedin.txt")).person)
    for topic in ("leaving consulting", "building an analytics team", "getting planners to trust"):
        assert topic in person


# 2. Internships are not career transitions ---------------------------------------------------------


def test_internship_is_not_a_transition():
    ctx = _ctx("lena-okafor-linkedin.txt", minutes=45)
    for text in _texts(ctx):
        assert "Midwest Grain" not in text, text
    patterns = " ".join(c.text for c in build_brief(ctx).transitions)
    assert "Midwest Grain" not in patterns
    # ...but the timeline still shows it: nothing in the bio is hidden
    assert any("Intern" in t.title for t in build_brief(ctx).timeline)


# 3. Numbers questions name the thing that changed -------------------------------------------------


def test_numbers_questions_name_what_changed():
    lena = _texts(_ctx("lena-okafor-linkedin.txt", minutes=45))
    assert (
        "Forecast error fell from 31% to 19% in two years: which change made the biggest difference?" in lena
    )
    priya = _texts(_ctx("priya-raman-bio.txt"))
    assert "The platform grew from 3 to 14 million events a day: what broke first as it scaled?" in priya
    assert "Leading 40 engineers: how much of your week still goes to hands-on work?" in priya
    for text in lena + priya:
        assert not text.startswith(("Going from", "You mention")), text


def test_team_growth_reads_as_an_action():
    profile = Profile(
        name="Sam Lee",
        positions=[
            Position(
                title="Analytics Manager",
                company="Acme",
                start="2018-01",
                description="Grew the team from 3 to 12 analysts.",
            )
        ],
    )
    texts = _texts(Context(profile=profile, minutes=30))
    assert "Growing the team from 3 to 12 analysts: what would you do differently?" in texts


# 4 and 5. Dateless roles and a role without a company ----------------------------------------------


def test_dateless_roles_never_claim_dates_or_years():
    ctx = _ctx("marco-silva-about.md", minutes=45)
    qs = build_questions(ctx)
    for q in qs.questions:
        assert "?" not in q.source.replace("? ", ""), q.source
        assert "to present" not in q.source, q.source
        assert "your years at" not in q.text, q.text
    assert "dates not given" in " ".join(q.source for q in qs.questions)


def test_years_stated_in_a_plain_bio_give_the_promotion_and_only_those_years():
    """Priya's bio: "joined Globex in 2019 as a senior data engineer and became director in 2022"."""
    qs = build_questions(_ctx("priya-raman-bio.txt", minutes=45))
    texts = [q.text for q in qs.questions]
    assert (
        "You went from Senior Data Engineer to Director of Data Platform at Globex in three years: "
        "how did your week change?"
    ) in texts
    sources = " ".join(q.source for q in qs.questions)
    assert "Senior Data Engineer (2019) → Director of Data Platform (2022)" in sources
    assert set(re.findall(r"\b(?:19|20)\d\d\b", sources)) <= {"2019", "2022"}
    assert "Lakeside Health Network (dates not given)" in sources  # "six years" states no dates
    brief = build_brief(_ctx("priya-raman-bio.txt")).model_dump_json()
    assert "7 yrs" in brief and not re.search(r"\d+ mos?\b", brief)  # a year alone claims no months


def test_empty_company_never_leaves_a_gap():
    ctx = _ctx("marco-silva-about.md", minutes=45)
    text = _everything(ctx)
    assert not re.search(r"\S  \S", text)
    assert " at  " not in text and "at (" not in text and "left for" not in text
    assert "from  to" not in text and "then  (" not in text
    assert not re.search(r", \n|, $", text, re.M)
    texts = " | ".join(_texts(ctx))
    assert "What did you have to unlearn when you left teaching for research at Fieldnote Labs?" in texts


# 6. Transitions ranked by how different the work is -----------------------------------------------


def test_marco_striking_transition_is_teaching_to_research():
    ctx = _ctx("marco-silva-about.md", me=False)
    brief = build_brief(ctx)
    patterns = " ".join(c.text for c in brief.transitions)
    assert "teaching → research" in patterns
    assert "into design" not in patterns and "→ design" not in patterns
    must = [q.text for q in build_questions(ctx).questions if q.must_ask]
    assert any("left teaching for research" in t for t in must), must
    assert not any("Fieldnote Labs for Brightline Health" in t for t in must)
    who_else = _texts(ctx)[-1]
    assert "moved from teaching into UX research" in who_else


# 7. Outreach grammar and whole sentences ------------------------------------------------------------


@pytest.mark.parametrize("bio", BIOS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_outreach_has_whole_sentences_and_keeps_limits(bio, channel):
    msg = build_outreach(_ctx(bio, channel=channel))
    body = msg.body
    assert "working in UX researcher" not in body
    assert not re.search(r"\b(?:a|an|the|as|to|of)\.", body), body
    assert "Goal:" not in body and "# " not in body
    if channel == "linkedin-note":
        assert char_count(body) <= 200
    if channel == "inmail":
        assert char_count(body) <= 1900 and char_count(msg.subject or "") <= 200
    if channel == "email":
        assert 75 <= word_count(body) <= 100, body
        assert 3 <= word_count(msg.subject or "") <= 6


def test_sender_line_reads_as_one_natural_sentence():
    body = build_outreach(_ctx("lena-okafor-linkedin.txt", channel="email")).body
    assert (
        "I'm finishing a master's in industrial engineering at Purdue University after two years as a "
        "shift lead" in body
    )
    assert "spent two years as a." not in body


def test_marco_role_reads_as_work_not_a_title():
    msg = build_outreach(_ctx("marco-silva-about.md", me=False, channel="inmail"))
    brief = build_brief(_ctx("marco-silva-about.md", me=False))
    assert "UX research" in msg.body or "UX research" in (msg.subject or "")
    assert "in UX researcher" not in msg.body + brief.to_markdown()


# 8. Headings and Goal lines never leak ------------------------------------------------------------


def test_headings_and_goal_lines_never_reach_sources_or_intro():
    sender = Sender(
        name="Alex Kim",
        background="# Alex Kim\n\nGoal: learn things.\n\nA bit about me: # Alex Kim.\nStudent at Purdue.",
    )
    ctx = Context(profile=_ctx("lena-okafor-linkedin.txt").profile, sender=sender)
    for q in build_questions(ctx).questions:
        assert "# " not in q.source and "Goal:" not in q.source, q.source
    for channel in CHANNELS:
        body = build_outreach(ctx.model_copy(update={"channel": channel})).body
        assert "# " not in body and "Goal:" not in body, body


# 9. Common ground phrased truthfully ---------------------------------------------------------------


def test_skill_common_ground_is_phrased_truthfully():
    ground = [c.text for c in build_brief(_ctx("lena-okafor-linkedin.txt")).common_ground]
    assert "You both work on demand forecasting (their skills; your background)." in ground
    assert not any("You mention Demand Forecasting" in g for g in ground)


# The goal only shapes questions for people who work where the user wants to go ---------------------


def test_goal_path_used_only_when_it_fits_the_person():
    lena = _texts(_ctx("lena-okafor-linkedin.txt"))
    assert any("moving from warehouse operations into supply-chain analytics" in t for t in lena)
    marco = _texts(_ctx("marco-silva-about.md"))
    assert not any("supply-chain analytics" in t for t in marco)
    note = build_outreach(_ctx("marco-silva-about.md", channel="linkedin-note")).body
    assert "path I hope to take from warehouse" not in note


def test_company_note_becomes_a_question_about_the_plant():
    notes = (EXAMPLES / "oakridge-notes.md").read_text()
    ctx = _ctx("lena-okafor-linkedin.txt", target=Target(company_notes=notes, industry="food supply chain"))
    texts = " | ".join(_texts(ctx))
    assert (
        "How does the new cold-chain distribution plant in Dayton, Ohio change what your team works on?"
        in (texts)
    )


@pytest.mark.parametrize("bio", BIOS)
@pytest.mark.parametrize("me", [True, False])
def test_examples_are_deterministic_and_clean(bio, me):
    ctx = _ctx(bio, me=me)
    text = _everything(ctx)
    assert text == _everything(ctx)
    assert "(? to present)" not in text and "your years at" not in text
    assert "**" not in text
