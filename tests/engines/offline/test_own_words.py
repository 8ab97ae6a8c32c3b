"""What a coach opens with: the person's invitation in any common form and five languages, what they
make, a line of theirs quoted back whole, their skills; one question per move."""

from __future__ import annotations

from datetime import date

import pytest

from infoview_ai.bio import parse_bio
from infoview_ai.context import Context, Education, Position, Profile
from infoview_ai.engines.offline.questions.build import build_questions
from infoview_ai.engines.offline.signals.own_words import invitations, made_and_said
from infoview_ai.trust.seams import has_seam


def _profile(about: str = "", **extra) -> Profile:
    positions = extra.pop("positions", [Position(title="Product Designer", company="Lumo", start="2021-03")])
    return Profile(name="Ana Costa", about=about, positions=positions, **extra)


def _questions(profile: Profile, minutes: int = 20) -> list[str]:
    ctx = Context(profile=profile, as_of=date(2026, 12, 2), minutes=minutes)
    return [q.text for q in build_questions(ctx).questions]


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("Always happy to trade notes on design systems.", "design systems"),
        ("I'm happy to talk with career changers about breaking into UX.", "breaking into UX"),
        ("Reach out if you're curious about hospital logistics.", "hospital logistics"),
        ("DM me about accessibility audits.", "accessibility audits"),
        ("I love chatting about service design.", "service design"),
        ("Always glad to help people moving into product management.", "product management"),
        ("Pregúntame sobre logística hospitalaria.", "“logística hospitalaria”"),
        ("N'hésitez pas à me parler de design de services.", "“design de services”"),
        ("Sprechen Sie mich gerne an zu Barrierefreiheit.", "“Barrierefreiheit”"),
        ("Pergunte-me sobre pesquisa com usuários.", "“pesquisa com usuários”"),
    ],
)
def test_invitations_in_every_common_form_and_five_languages(sentence, topic):
    found = invitations(_profile(f"I design booking flows at Lumo. {sentence}"))
    assert found and found[0].kind == "invitation"
    assert found[0].facts["topic"] == topic


def test_an_invitation_in_another_language_is_quoted_not_translated():
    texts = _questions(_profile("Diseño flujos de reserva. Pregúntame sobre logística hospitalaria."))
    tail = "what do people most often get wrong about it?"
    assert texts[0] == f"You invite questions about “logística hospitalaria”: {tail}"


def test_what_they_make_becomes_a_question_on_it():
    about = (
        'I write a weekly newsletter called "Ward Notes" about hospital operations. '
        "I host the Night Shift podcast."
    )
    kinds = {
        s.facts["kind"]: s.facts["name"] for s in made_and_said(_profile(about), set()) if s.kind == "made"
    }
    assert kinds == {"newsletter": "Ward Notes", "podcast": "Night Shift"}
    texts = _questions(_profile(about), minutes=45)
    assert "What has writing Ward Notes taught you about your own work?" in texts
    assert "Which conversation on Night Shift changed how you think about your work?" in texts


def test_a_line_they_wrote_is_quoted_back_whole():
    desc = "Moved weekly planning from 40 spreadsheets to one shared SQL model."
    profile = _profile(
        positions=[Position(title="Planning Lead", company="Oakridge", start="2020-01", description=desc)]
    )
    texts = _questions(profile)
    assert f'You wrote "{desc.rstrip(".")}": what made that work?' in texts


def test_skills_and_studies_are_facts_of_their_own():
    profile = _profile(
        skills=["Figma", "Design Systems", "User Research"],
        education=[Education(school="Universidade do Porto", field="Communication Design")],
    )
    texts = _questions(profile, minutes=45)
    assert any(t.startswith("You list Figma, Design Systems and User Research") for t in texts)
    studies = "How much of your Communication Design studies at Universidade do Porto"
    assert f"{studies} do you use in your work today?" in texts


def test_a_founder_is_asked_about_building_not_about_staying():
    profile = _profile(positions=[Position(title="Founder & CEO", company="Loomwise", start="2019-01")])
    texts = _questions(profile)
    assert not any("kept you" in t for t in texts)
    assert any(t.startswith("What have") and "of building Loomwise taught you" in t for t in texts)


def test_the_military_takes_its_own_preposition():
    profile = _profile(
        positions=[
            Position(title="Product Manager", company="Harborline Bank", start="2023-01"),
            Position(title="Logistics Officer", company="U.S. Army", start="2015-01", end="2022-12"),
        ]
    )
    texts = " ".join(_questions(profile, minutes=45))
    assert "at U.S. Army" not in texts and "at United States Army" not in texts


def test_one_move_is_asked_about_once():
    bio = (
        "Kwame Mensah\nSenior Data Scientist at Verdant Energy\n\nExperience\nSenior Data Scientist\n"
        "Verdant Energy\nJan 2021 - Present\nMathematics Teacher\nAccra Academy\nSep 2010 - Dec 2020\n"
    )
    texts = _questions(parse_bio(bio), minutes=45)[:-1]
    assert sum("Accra Academy" in t or "teaching" in t for t in texts) == 1
    assert not any(has_seam(t) for t in texts)


def test_two_veterans_are_linked_by_their_service():
    from infoview_ai.engines.offline.outreach.build import build_outreach
    from infoview_ai.inputs import parse_sender

    profile = _profile(
        positions=[
            Position(title="Program Manager", company="Corvane Logistics", start="2022-03"),
            Position(title="Company Commander", company="U.S. Army", start="2008-01", end="2020-07"),
        ]
    )
    me = parse_sender(
        "# Jordan Reyes\n\nI'm an MBA candidate. I served eight years in the U.S. Army as a captain."
    )
    ctx = Context(profile=profile, sender=me, as_of=date(2026, 12, 2))
    texts = [q.text for q in build_questions(ctx).questions]
    assert texts[0] == "What from your years in the U.S. Army helped most when you moved into civilian work?"
    assert not any("at U.S. Army" in t for t in texts)
    note = build_outreach(ctx.model_copy(update={"channel": "email"}))
    assert "we both served in the U.S. Army" in note.body
    assert note.subject == "A fellow U.S. Army veteran"


def test_a_goal_clause_becomes_a_direct_question_or_nothing():
    from infoview_ai.engines.offline.questions.advice import as_direct_question

    first = "What should a first portfolio piece be for someone in my position?"
    assert as_direct_question("what a first portfolio piece should be") == first
    year = "What is the first year in the role like for someone in my position?"
    assert as_direct_question("what the first year in the role is like") == year
    assert as_direct_question("which portfolio pieces convince you") == "Which portfolio pieces convince you?"
    assert as_direct_question("what a first portfolio piece") is None


def test_the_premium_note_spends_its_room_on_a_second_true_detail():
    from infoview_ai.engines.offline.outreach.build import build_outreach

    profile = _profile(
        about='I write a weekly newsletter called "Ward Notes" about hospital operations.',
        positions=[
            Position(title="Director of Operations", company="Lumo Health", start="2023-01"),
            Position(title="Operations Manager", company="Lumo Health", start="2019-01", end="2022-12"),
        ],
    )
    ctx = Context(profile=profile, as_of=date(2026, 12, 2), premium=True)
    body = build_outreach(ctx).body
    assert len(body) <= 300
    assert "I saw that you write Ward Notes." in body
    assert "reading your" not in body  # what the profile says, never a claim about the user


def test_leaving_the_service_is_a_move_out_of_the_military_and_ranks_inside_it_are_not_moves():
    from infoview_ai.engines.offline.signals.find import career_moves
    from infoview_ai.engines.offline.signals.functions import function_distance, functions_of

    profile = _profile(
        positions=[
            Position(title="Product Manager", company="Harborline Bank", start="2021-01"),
            Position(title="Company Commander", company="U.S. Army", start="2017-01", end="2020-12"),
            Position(title="Logistics Officer", company="U.S. Army", start="2013-01", end="2016-12"),
        ]
    )
    moves = [s for s in career_moves(profile) if s.kind == "transition"]
    assert [(s.facts["from_function"], s.facts["to_function"]) for s in moves] == [("military", "product")]
    texts = _questions(profile)
    assert "What did you have to unlearn when you left the U.S. Army for Harborline Bank?" in texts
    assert function_distance(functions_of("Teacher"), functions_of("Instructional Designer")) == 1


def test_an_invitation_topic_runs_past_vs_and_a_podcast_name_in_single_quotes_is_read():
    about = (
        "Happy to chat about residency vs. going straight into practice. "
        "I also co-host 'The Verify Queue,' a monthly podcast for new hospital pharmacists."
    )
    profile = _profile(about)
    assert invitations(profile)[0].facts["topic"] == "residency vs. going straight into practice"
    made = [s for s in made_and_said(profile, set()) if s.kind == "made"]
    assert made[0].facts["name"] == "The Verify Queue"


def test_a_title_that_is_a_misread_sentence_never_reaches_a_question():
    profile = _profile(
        positions=[
            Position(
                title="Denise Whitaker and I've been the branch manager", company="Eastgate", start="2019-01"
            )
        ]
    )
    assert not any("I've been" in t for t in _questions(profile, minutes=45))
