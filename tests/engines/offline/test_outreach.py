"""The offline outreach drafts: limits always hold, the name is right, nothing invented or cliché."""

from __future__ import annotations

from datetime import date

import pytest

from infoview_ai.context import Context, Education, Position, Profile, Sender, Target
from infoview_ai.engines.offline.outreach.build import build_outreach
from infoview_ai.language import char_count, find_cliches, has_job_ask, word_count

CHANNELS = ("linkedin-note", "linkedin-message", "inmail", "email")
HARD = {"linkedin-note": 200, "linkedin-message": 8000, "inmail": 1900}


def _synthetic_profiles() -> list[Profile]:
    """Long names, long companies, odd characters: the cases that break naive templates."""
    long_company = (
        "International Consolidated Agricultural Logistics and Cold Storage Holdings Corporation " * 2
    )
    long_title = (
        "Senior Vice President of Global Strategic Transformation, Operations and Analytics Excellence"
    )
    profiles = []
    for i, name in enumerate(
        [
            "Maximiliana-Alexandrina Wolfeschlegelsteinhausenbergerdorff von Hohenzollern",
            "José-María Núñez 🚀",
            "Li Wei",
            "Dr. Priya Raman",
            "A" * 120,
        ]
    ):
        profiles.append(
            Profile(
                name=name,
                about="Ask me about "
                + "moving from very large consultancies into operating roles " * (i + 1),
                positions=[
                    Position(title=long_title, company=long_company.strip(), start="2019-01"),
                    Position(
                        title="Analytics Manager",
                        company=long_company.strip(),
                        start="2016-01",
                        end="2018-12",
                    ),
                    Position(
                        title="Senior Consultant",
                        company="Deloitte Consulting LLP and Affiliated Partners "
                        "of Extraordinarily Long Names",
                        start="2010-01",
                        end="2015-12",
                    ),
                ],
                education=[
                    Education(
                        school="The Very Long University of Applied Agricultural Sciences", field="Music"
                    )
                ],
            )
        )
    return profiles


def _context(profile: Profile, channel: str, sender: Sender, premium: bool = False) -> Context:
    return Context(
        profile=profile,
        channel=channel,
        premium=premium,
        sender=sender,
        target=Target(company_notes="They opened a plant."),
        as_of=date(2026, 11, 26),
    )


@pytest.mark.parametrize("channel", CHANNELS)
def test_lena_within_limits_and_clean(lena_context, channel):
    m = build_outreach(lena_context.model_copy(update={"channel": channel}))
    assert m.characters == char_count(m.body) and m.words == word_count(m.body)
    assert m.limit == HARD.get(channel)
    if channel in HARD:
        assert m.characters <= HARD[channel]
    assert m.body.startswith("Hi Lena,")
    assert "Alex" in m.body.splitlines()[-1] or m.body.rstrip().endswith("Alex")
    assert not find_cliches(m.body) and not has_job_ask(m.body)
    assert "pick your brain" not in m.body.lower()
    assert "[" not in m.body  # everything is known: no placeholders


def test_lena_note_is_specific_and_under_target(lena_context):
    m = build_outreach(lena_context)
    assert m.characters <= 180
    assert "supply chain analytics at Oakridge Foods" in m.body
    # Her path began in consulting, not on a warehouse floor: only where it led is the user's aim.
    assert "path I hope to take" not in m.body and "where I hope to go from warehouse operations" in m.body
    assert "15" in m.body
    assert any("personalised notes a month" in n for n in m.notes)


def test_premium_note_uses_the_longer_limit(lena_context):
    m = build_outreach(lena_context.model_copy(update={"premium": True}))
    assert m.limit == 300 and 200 < m.characters <= 300


def test_email_shape(lena_context):
    m = build_outreach(lena_context.model_copy(update={"channel": "email"}))
    assert 75 <= m.words <= 100
    assert m.subject and 3 <= word_count(m.subject) <= 6 and len(m.subject) <= 50
    assert "15-20 minutes" in m.body
    assert m.body.rstrip().endswith("Alex Kim")


def test_inmail_shape(lena_context):
    m = build_outreach(lena_context.model_copy(update={"channel": "inmail"}))
    assert m.subject and len(m.subject) <= 200
    assert 500 <= m.characters <= 800


def test_linkedin_message_length(lena_context):
    m = build_outreach(lena_context.model_copy(update={"channel": "linkedin-message"}))
    assert 60 <= m.words <= 120


@pytest.mark.parametrize("channel", CHANNELS)
def test_placeholders_when_sender_unknown(lena_profile, channel):
    m = build_outreach(Context(profile=lena_profile, channel=channel))
    assert "[YOUR NAME]" in m.body and "[ONE LINE ABOUT YOU]" in m.body
    assert m.body.startswith("Hi Lena,")
    if channel in HARD:
        assert m.characters <= HARD[channel]
    if channel == "email":
        assert 75 <= m.words <= 100


def test_no_name_gives_a_placeholder_greeting():
    profile = Profile(positions=[Position(title="Data Engineer", company="Globex", start="2021-01")])
    for channel in CHANNELS:
        assert build_outreach(Context(profile=profile, channel=channel)).body.startswith("Hi [FIRST NAME],")


@pytest.mark.parametrize("premium", [False, True])
@pytest.mark.parametrize("channel", CHANNELS)
def test_hard_limits_hold_for_long_synthetic_profiles(channel, premium, alex_sender):
    senders = [
        alex_sender,
        Sender(),
        Sender(
            name="Bartholomew-Maximilian Featherstonehaugh-Cholmondeley",
            background="I " + "worked in many warehouses and " * 30 + "more.",
        ),
    ]
    for profile in _synthetic_profiles():
        for sender in senders:
            m = build_outreach(_context(profile, channel, sender, premium))
            limit = {"linkedin-note": 300 if premium else 200}.get(channel, HARD.get(channel))
            if limit:
                assert char_count(m.body) <= limit, (profile.name, m.body)
            if m.subject is not None:
                assert len(m.subject) <= 200
            assert not find_cliches(m.body) and not has_job_ask(m.body)
            first = profile.first_name
            if first and first != "Dr." and len(first) < 60:
                assert m.body.startswith(f"Hi {first.strip('🚀')}"), m.body


def test_deterministic(lena_context):
    for channel in CHANNELS:
        ctx = lena_context.model_copy(update={"channel": channel})
        assert build_outreach(ctx) == build_outreach(ctx)


def test_job_words_in_the_inputs_never_reach_the_draft(lena_profile):
    sender = Sender(
        name="Kim Park", background="I did an internship at Acme. I build forecasting models in Python."
    )
    for channel in CHANNELS:
        m = build_outreach(Context(profile=lena_profile, channel=channel, sender=sender))
        assert not has_job_ask(m.body), m.body


@pytest.mark.parametrize(
    "background, line",
    [
        (
            "Eight years running a distribution centre shift at a grocery wholesaler.",
            "I've spent eight years running a distribution centre shift at a grocery wholesaler.",
        ),
        ("10+ years of experience in retail banking operations.", "I have 10+ years of experience in"),
        ("Led a night shift of 40 pickers at a Kroger DC.", "I led a night shift of 40 pickers"),
        ("Former chemistry teacher, now studying instructional design.", "I'm a former chemistry teacher"),
        ("Currently a nurse in a Boston ICU.", "I'm currently a nurse in a Boston ICU."),
    ],
)
def test_a_background_written_as_a_resume_fragment_becomes_a_sentence_about_me(
    lena_profile, background, line
):
    """People write me.md the way they write a résumé: the draft says it in the first person rather
    than leaving "[ONE LINE ABOUT YOU]" for them to fill."""
    sender = Sender(name="Sam Lee", background=background, goal="into supply chain planning")
    for channel in ("linkedin-message", "inmail", "email"):  # a 200-character note may spend it on them
        body = build_outreach(_context(lena_profile, channel, sender)).body
        assert line in body, (channel, body)
        assert "[ONE LINE ABOUT YOU]" not in body


def test_a_third_person_fragment_is_not_turned_into_i(lena_profile):
    sender = Sender(name="Sam Lee", background="Operations supervisor, Midwest Distribution.", goal="")
    body = build_outreach(_context(lena_profile, "linkedin-message", sender)).body
    assert "I operations" not in body and "I'm operations" not in body
