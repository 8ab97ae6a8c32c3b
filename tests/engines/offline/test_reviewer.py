"""What a new user noticed running the offline engine on invented people (a reviewer's inputs, kept here)."""

# ruff: noqa: E501  (the pasted profiles and notes keep their long lines, as users paste them)

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from infoview_ai.context import Context
from infoview_ai.engines.offline.after_call.call_notes import parse_call_notes
from infoview_ai.engines.offline.after_call.follow_up import build_follow_up
from infoview_ai.engines.offline.after_call.thank_you import build_thank_you
from infoview_ai.engines.offline.brief.build import build_brief
from infoview_ai.engines.offline.outreach.build import build_outreach
from infoview_ai.engines.offline.questions.build import build_questions
from infoview_ai.inputs import load_profile, parse_sender
from infoview_ai.language import split_sentences, word_count

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

SOFIA = """Sofia Brandt
Sofia Brandt
(She/Her) · 3rd
Head of Product Design at Kelpie Bank | formerly architect | Design systems at scale
Kelpie Bank
ETH Zürich
Berlin, Germany · Contact info
500+ connections
About
About
I trained as an architect in Zürich and spent five years designing hospitals before I switched to digital product design. Today I lead 18 designers and researchers at Kelpie Bank, where we rebuilt the mobile app used by 2.3 million customers.
Happy to talk about switching careers in your thirties, building a design system from scratch, and hiring your first researchers.
Experience
Experience
Kelpie Bank
Kelpie Bank
Full-time · 6 yrs 2 mos
Full-time · 6 yrs 2 mos
Berlin, Germany
Head of Product Design
Head of Product Design
Apr 2023 - Present · 3 yrs 8 mos
Apr 2023 - Present · 3 yrs 8 mos
Lead 18 designers and researchers across four product lines.
Lead 18 designers and researchers across four product lines.
Senior Product Designer
Senior Product Designer
Oct 2020 - Mar 2023 · 2 yrs 6 mos
Oct 2020 - Mar 2023 · 2 yrs 6 mos
Built Kelpie's design system, now used by 9 teams.
Built Kelpie's design system, now used by 9 teams.
Product Designer
Product Designer
Lumen Mobility · Contract
Lumen Mobility · Contract
Jan 2020 - Sep 2020 · 9 mos
Jan 2020 - Sep 2020 · 9 mos
Berlin, Germany
Architect
Architect
Hoffmann Partner Architekten · Full-time
Hoffmann Partner Architekten · Full-time
Sep 2014 - Dec 2019 · 5 yrs 4 mos
Sep 2014 - Dec 2019 · 5 yrs 4 mos
Zürich, Switzerland
Designed three hospital wings and a rehabilitation clinic.
Designed three hospital wings and a rehabilitation clinic.
Education
Education
ETH Zürich
ETH Zürich
Master of Science - MS, Architecture
Master of Science - MS, Architecture
2009 - 2014
2009 - 2014
Skills
Skills
Design Systems
Design Systems
User Research
User Research
Figma
Figma
Volunteering
Volunteering
Mentor
Mentor
ADPList
ADPList
Jun 2021 - Present · 5 yrs 6 mos
Mentor career changers moving into product design.
Mentor career changers moving into product design.
"""
RAVI = """# Ravi Menon

Goal: learn how architects and other built-environment people move into product design, and which portfolio pieces convince a hiring manager.

I'm an architect with six years at a firm in Munich, mostly healthcare buildings. I taught myself Figma this year and finished the Google UX Design certificate in May. I live in Berlin.
"""
SOFIA_NOTES = """Call with Sofia, 30 min, Thursday 19 Nov.

- Biggest advice: don't show buildings in the portfolio, show one case study where you researched users (patients!) and changed the design because of it.
- She said architects underestimate how much they already know about wayfinding and constraints.
- Suggested I join the Berlin chapter of Design Systems Coalition meetup.
- Offered to review my case study once it's done.
- Next: I will write up the Munich clinic wayfinding project as a UX case study by mid-December.
"""
KWAME = (
    "Dr. Kwame Asante is a senior data scientist at Verdant Energy in Accra, where he builds demand models for "
    "the national grid. He spent a decade as a secondary-school physics teacher before completing a PhD in "
    "applied mathematics at KNUST in 2019. He volunteers with Code Ghana on weekends.\n"
)
NORA = (
    "Nora Vance\nHead of Growth at Quillfeather\n\nNora leads growth at Quillfeather. She moved from journalism "
    "at the Daily Ledger to growth in 2021.\n"
)
ELENA = (
    '{"basics": {"name": "Elena Petrova", "label": "Staff Engineer at Tidewater", "summary": "I moved from '
    'physics research to backend engineering. Ask me about on-call culture."}, "work": [{"name": "Tidewater", '
    '"position": "Staff Engineer", "startDate": "2021-02-01"}, {"name": "CERN", "position": "Research Fellow", '
    '"startDate": "2016-09", "endDate": "2020-12"}], "education": [{"institution": "University of Porto", '
    '"area": "Physics", "studyType": "PhD", "endDate": "2016"}]}'
)
NURSE = (
    "# Tom Reilly\n\nI'm a nurse in Leeds, working nights on a cardiology ward at a large teaching hospital, and "
    "I've been teaching myself SQL in the evenings.\n"
)


def _ctx(tmp_path: Path, bio: str, me: str = "", suffix: str = ".txt", **update) -> Context:
    if "\n" not in bio and len(bio) < 60:
        path = EXAMPLES / bio
    else:
        path = tmp_path / f"bio{suffix}"
        path.write_text(bio, encoding="utf-8")
    profile, text = load_profile(str(path))
    me_text = (EXAMPLES / me).read_text() if me and "\n" not in me else me
    ctx = Context(profile=profile, bio_text=text, sender=parse_sender(me_text), as_of=date(2026, 11, 26))
    return ctx.model_copy(update=update) if update else ctx


def _texts(ctx: Context) -> list[str]:
    return [q.text for q in sorted(build_questions(ctx).questions, key=lambda q: q.rank)]


def _sentences(body: str) -> list[str]:
    return [s for s in split_sentences(body.replace("\n", " ")) if s.strip()]


# 1. Call notes ------------------------------------------------------------------------------------------


def test_notes_with_punctuation_in_parentheses_offers_suggestions_and_next(tmp_path):
    call = parse_call_notes(SOFIA_NOTES, "Sofia")
    assert any("(patients!) and changed the design" in a for a in call.advice)
    assert not call.resources  # joining a meetup is a next step, not a reading tip
    assert call.offers == ["review my case study once it's done"]
    mine = [a for a in call.actions if not a.suggested]
    assert mine and mine[0].phrase.startswith("write up the Munich clinic wayfinding project")
    assert [a.phrase for a in call.actions if a.suggested] == [
        "join the Berlin chapter of Design Systems Coalition meetup"
    ]

    note = build_thank_you(_ctx(tmp_path, SOFIA, RAVI, call_notes=SOFIA_NOTES, channel="linkedin-message"))
    body = note.body
    assert "pointing me to I join" not in body and "users (patients stuck" not in body
    assert "not to show buildings in the portfolio but to show one case study" in body
    assert "I'll write up the Munich clinic wayfinding project" in body
    assert "I'll also join the Berlin chapter of Design Systems Coalition meetup, as you suggested." in body
    assert "I'll send you my case study once it's done, as you offered." in body
    assert not any("nothing you plan to do" in n for n in note.notes)
    assert "[PLACEHOLDER" not in body
    assert all(word_count(s) <= 30 for s in _sentences(body)), body


def test_reported_speech_with_a_generic_you_is_quoted(tmp_path):
    body = build_thank_you(
        _ctx(
            tmp_path,
            "lena-okafor-linkedin.txt",
            "me.md",
            call_notes=(EXAMPLES / "call-notes.md").read_text(),
            channel="linkedin-message",  # the full note: a connection note holds one point only
        )
    ).body
    assert "because I was on the floor" not in body
    assert (
        '"the bridge from operations is knowing where the data is wrong, because you were on the floor"'
        in body
    )


# 2. The strongest signals ---------------------------------------------------------------------------------


def test_a_side_role_serving_people_making_the_users_move_is_a_must_ask(tmp_path):
    qs = build_questions(_ctx(tmp_path, "lena-okafor-linkedin.txt", "me.md"))
    must = [q.text for q in qs.questions if q.must_ask]
    assert (
        "Your evening course serves warehouse and logistics workers moving into planning roles: what separates "
        "those who make the move?" in must
    )
    brief = build_brief(_ctx(tmp_path, "lena-okafor-linkedin.txt", "me.md")).to_markdown()
    assert "people making a move like yours" in brief


def test_mentoring_career_changers_shared_field_and_goal_for_an_architect(tmp_path):
    ctx = _ctx(tmp_path, SOFIA, RAVI)
    qs = build_questions(ctx)
    texts = [q.text for q in qs.questions]
    must = [q.text for q in qs.questions if q.must_ask]
    assert "You started out in architecture too: what was the bridge into product design for you?" in must
    assert (
        "You mentor career changers moving into product design: what do the ones who make the move do "
        "differently?" in must
    )
    assert "Which portfolio pieces convince you?" in texts  # the goal, asked even without a signal
    advice = [q.text for q in qs.questions if q.why == "advice for your position"][0]
    assert (
        advice == "If you were an architect moving into product design today, what would you focus on first?"
    )
    brief = build_brief(ctx).to_markdown()
    assert "You both come from architecture" in brief and "You both know healthcare" in brief
    assert "You both use Figma" in brief and "figma" not in brief
    assert "(architecture → design)" in brief and "(engineering → design)" not in brief


def test_a_decade_of_teaching_in_a_plain_bio_is_the_top_transition(tmp_path):
    texts = _texts(_ctx(tmp_path, KWAME))
    assert texts[0] == "What did you have to unlearn when you left teaching for analytics at Verdant Energy?"
    # One move, one question: "which skills do you still use" would ask about the same move again.
    assert "Which skills from ten years of teaching do you still use every week?" not in texts
    long = _texts(_ctx(tmp_path, KWAME, minutes=45))
    assert sum("teaching" in t for t in long[:-1]) == 1  # the closing "who else" may name it
    assert not texts[0].lower().startswith("what has your volunteer")


def test_a_move_stated_in_a_plain_bio_is_a_transition(tmp_path):
    ctx = _ctx(tmp_path, NORA)
    texts = _texts(ctx)
    assert texts[0] == "What did you have to unlearn when you left Daily Ledger for Quillfeather?"
    brief = build_brief(ctx).to_markdown()
    assert "(journalism → marketing)" in brief


# 3. Near-duplicates ---------------------------------------------------------------------------------------


def test_one_question_per_signal_family(tmp_path):
    elena = _texts(_ctx(tmp_path, ELENA, "me.md", suffix=".json"))
    assert sum("every week" in t for t in elena) == 1
    assert sum("Tidewater" in t and ("kept you" in t or "changed in your" in t) for t in elena) == 1
    marco = _texts(_ctx(tmp_path, "marco-silva-about.md", "me.md", minutes=30))
    past = [t for t in marco if "every week" in t or "unlearn" in t or "studied education" in t]
    assert len(past) == 2, past  # what they unlearned, and one question on what carried over


# 4. Count and pace --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "count", "must", "pace"),
    [(5, 3, 2, "1.5"), (10, 4, 3, "2"), (30, 10, 5, "3"), (60, 10, 5, "6")],
)
def test_count_and_pace_follow_the_minutes(tmp_path, minutes, count, must, pace):
    qs = build_questions(_ctx(tmp_path, "lena-okafor-linkedin.txt", "me.md", minutes=minutes))
    assert len(qs.questions) == count
    assert sum(q.must_ask for q in qs.questions) == must
    assert any(n.startswith(f"Pace: about {pace} minutes a question") for n in qs.notes), qs.notes
    assert any("pick from them" in n for n in qs.notes) == (minutes > 30)


# 5 and 6. Outreach hooks and asks -------------------------------------------------------------------------


def test_hook_connects_to_the_user_and_the_ask_is_one_clear_question(tmp_path):
    note = build_outreach(_ctx(tmp_path, "priya-raman-bio.txt", NURSE))
    assert "your healthcare analytics work at Lakeside Health Network caught my eye" in note.body
    assert "Lakeside Health Network to" not in note.body
    assert "Could I ask you a few questions in a 15-minute call?" in note.body
    for bio in ("lena-okafor-linkedin.txt", "priya-raman-bio.txt", "marco-silva-about.md"):
        for premium in (False, True):
            body = build_outreach(_ctx(tmp_path, bio, "me.md", premium=premium)).body
            assert "Open to" not in body and body.count("?") == 1, body


def test_nudge_repeats_the_ask_and_names_the_striking_move(tmp_path):
    body = build_follow_up(_ctx(tmp_path, SOFIA, RAVI, follow_up_stage="nudge")).body
    assert "how you moved from architecture into" in body and "Lumen Mobility" not in body
    assert "Could I still ask you a few questions in a 15-minute call?" in body
    assert len(body) < 180


# 7. Labels and wording ------------------------------------------------------------------------------------


def test_wording(tmp_path):
    sofia = _texts(_ctx(tmp_path, SOFIA, RAVI))
    assert any("in about two and a half years" in t for t in sofia)
    nurse = _texts(_ctx(tmp_path, "priya-raman-bio.txt", NURSE))
    advice = [t for t in nurse if t.startswith("If you were")][0]
    assert advice == "If you were a nurse curious about data platform work, what would you focus on first?"
    priya = build_brief(_ctx(tmp_path, "priya-raman-bio.txt")).to_markdown()
    assert "In their own words" not in priya  # a third-person bio
    kwame = _texts(_ctx(tmp_path, KWAME, minutes=30))
    assert "What is changing fastest in your field right now?" not in kwame
    assert "What is changing fastest in data science work right now?" in kwame
