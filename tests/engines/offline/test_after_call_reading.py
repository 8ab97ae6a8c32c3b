"""The thank-you reads right whatever the notes look like: a quoted remark is advice, not a reading tip; a
quoted advice with its own comma closes its sentence; "their"/"her" in an offer become "your"; a title-cased
handbook or guide takes "the"; a clause after "advice" takes "that", never "about"."""

from __future__ import annotations

import re

import pytest
from call_note_corpus import NOTES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoview_ai.context import Context, Profile, Sender
from infoview_ai.engines.offline.after_call.call_notes import parse_call_notes
from infoview_ai.engines.offline.after_call.follow_up import build_follow_up
from infoview_ai.engines.offline.after_call.thank_you import build_thank_you
from infoview_ai.trust.measure import seams_check


def _thanks(notes: str, channel: str = "email") -> str:
    ctx = Context(
        profile=Profile(name="Jürgen Weber"),
        sender=Sender(name="Katharina Müller"),
        call_notes=notes,
        channel=channel,
    )
    return build_thank_you(ctx).body


QUOTED_REMARKS = [
    'He said the hardest shift was from "is it true?" to "is it useful by Friday?".',
    'She said the real test is "would a planner use this on Monday?" and nothing else.',
    'Jürgen said his team asks "so what?" after every chart.',
    'They said the question moved from "can we build it?" to "should we?".',
    'She says the word "dashboard" makes her team nervous.',
    'He stressed that "done" means shipped, not merged.',
    "He said the motto on his team is \u201cboring is good\u201d.",
    'She told me the interview ends with "walk me through a failure".',
    'He thinks "data-driven" is overused; "decision-driven" is better.',
    'She noted that managers hear "I learned fast" from everyone.',
    'He said "clean data" is a myth at most companies.',
]


@pytest.mark.parametrize("remark", QUOTED_REMARKS)
def test_a_quoted_remark_is_advice_and_the_reading_tip_survives(remark):
    book = '- Read: "Trustworthy Online Controlled Experiments" by Kohavi.'
    notes = f"- {remark}\n{book}\n- I'll build one A/B test."
    call = parse_call_notes(notes, "Jürgen")
    assert len(call.resources) == 1 and "Kohavi" in call.resources[0]
    body = _thanks(notes)
    assert 'pointing me to "Trustworthy Online Controlled Experiments" by Kohavi' in body
    assert not re.search(r"pointing me to (?:said|says|told|stressed|thinks|noted)\b", body)
    assert seams_check([body]).status == "pass", body


ADVICE_WITH_A_COMMA = [
    "build one end-to-end project with messy real data, not another Kaggle notebook",
    "show one case study, not ten screenshots",
    "learn the process first, then the tools",
    "get the CWI first, then ASNT Level II",
    "lead with the research, not the nursing title",
    "pick one industry, ideally healthcare",
    "write short, plain memos, the way product people do",
    "talk to five users, even informally",
    "apply in spring, when budgets open",
    "ship something small, then iterate",
]


@pytest.mark.parametrize("advice", ADVICE_WITH_A_COMMA)
def test_quoted_advice_with_its_own_comma_never_runs_into_stuck_with_me(advice):
    body = _thanks(f"- Advice: {advice}.\n- I'll start this week.")
    assert "stuck with me" not in body or not re.search(r",[^.:]*\bstuck with me", body), body
    assert f"your advice to {advice}." in body, body


THIRD_PERSON_OFFERS = [
    ("She offered to forward my resume to their hiring manager.", "to your hiring manager"),
    ("He offered to send my portfolio to their design lead.", "to your design lead"),
    ("They offered to share my case study with their team.", "with your team"),
    ("Offered to pass my name to their recruiter.", "to your recruiter"),
    ("She kindly offered to put my CV in front of their director.", "in front of your director"),
    ("He also offered to ask their QA manager about openings for inspectors.", "ask your QA manager"),
    ("Jürgen offered to check with their analytics lead.", "with your analytics lead"),
    ("She offered to forward my note to her manager.", "to your manager"),
    ("He offered to mention me to his old team.", "to your old team"),
    ("They offered to loop in their head of research.", "in your head of research"),
]


PEOPLE_TO_CONTACT = [
    ("Talk to Anja Becker on his team.", "Anja Becker on your team"),
    ("Reach out to Omar from their analytics group.", "Omar from your analytics group"),
    ("Contact Dana Kim on her team about the research guild.", "Dana Kim on your team"),
    ("He offered to introduce me to Lea Wolf in their Berlin office.", "Lea Wolf in your Berlin office"),
    ("Talk to Priya at their sister company.", "Priya at your sister company"),
]


@pytest.mark.parametrize("note,expected", PEOPLE_TO_CONTACT)
def test_a_person_to_contact_is_placed_on_their_side(note, expected):
    body = _thanks(f"- Advice: learn SQL first.\n- {note}\n- I'll start this week.")
    assert expected in body, body


@pytest.mark.parametrize("offer,expected", THIRD_PERSON_OFFERS)
def test_an_offer_in_the_notes_is_thanked_for_in_the_second_person(offer, expected):
    body = _thanks(f"- Advice: learn SQL first.\n- {offer}")
    assert expected in body, body
    assert not re.search(r"offering to [^.]*\b(?:their|her|his)\b", body), body


RESOURCES = [
    ("AWS Welding Inspection Handbook", "the AWS Welding Inspection Handbook"),
    ("ASQ Certified Quality Inspector Handbook", "the ASQ Certified Quality Inspector Handbook"),
    ("PMBOK Guide", "the PMBOK Guide"),
    ("Google UX Design Certificate", "the Google UX Design Certificate"),
    ("BABOK Guide", "the BABOK Guide"),
    ("NN/g UX Conference", "the NN/g UX Conference"),
    ("APICS CPIM course", "the APICS CPIM course"),
    ("ATD Capability Model Toolkit", "the ATD Capability Model Toolkit"),
    ('"Design for How People Learn" by Julie Dirksen', '"Design for How People Learn" by Julie Dirksen'),
    ("*Lean Analytics*", "Lean Analytics"),
    ("The Supply Chain Nerd podcast", "the Supply Chain Nerd podcast"),
    ("Chopra's Supply Chain Management", "Chopra's Supply Chain Management"),
    ("Storytelling with Data", "Storytelling with Data"),
]


@pytest.mark.parametrize("resource,expected", RESOURCES)
def test_a_resource_reads_with_the_article_it_needs(resource, expected):
    body = _thanks(f"- Advice: learn SQL first.\n- Read: {resource}.")
    assert f"pointing me to {expected}." in body, body


CLAUSES = [
    (
        "She said hiring managers care about measurable outcomes, not lesson plans.",
        "point that hiring managers care",
    ),
    ("He said hiring committees read the first line only.", "point that hiring committees read"),
    ("She said networking is overrated compared with shipping.", "point that networking is overrated"),
    ("She said consulting firms value client stories.", "point that consulting firms value"),
    ("Advice: engineering managers want proof you can ship.", "point that engineering managers want"),
    ("He said training budgets get cut first.", "point that training budgets get cut"),
    ("Advice: volunteering for a nonprofit board.", "advice about volunteering for a nonprofit board"),
    ("Advice: shadowing a researcher for a week.", "advice about shadowing a researcher"),
    ("She said onboarding programs need an owner.", "point that onboarding programs need"),
    ("Advice: learning Figma properly.", "advice about learning Figma properly"),
    ("He said recruiting teams skim for results.", "point that recruiting teams skim"),
]


@pytest.mark.parametrize("note,expected", CLAUSES)
def test_a_clause_after_advice_takes_that_and_a_gerund_takes_about(note, expected):
    body = _thanks(f"- Advice: build a portfolio first.\n- {note}\n- I'll start this week.")
    assert expected in body.replace('"', ""), body  # their own "you" is quoted as they said it
    assert not re.search(r"advice about \w+ing \w+s (?:care|read|want|value|get|need|skim)\b", body), body


@pytest.mark.parametrize("notes", NOTES, ids=[n.split("\n")[0][:30] for n in NOTES])
@pytest.mark.parametrize("channel", ["email", "linkedin-message", "inmail"])
def test_every_note_style_reads_whole(notes, channel):
    body = _thanks(notes, channel)
    assert seams_check([body]).status == "pass", body
    assert "pointing me to said" not in body and "advice about hiring" not in body


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(min_size=1, max_size=80),
            st.sampled_from(
                QUOTED_REMARKS + [o for o, _ in THIRD_PERSON_OFFERS] + ["Read: " + r for r, _ in RESOURCES]
            ),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_notes_never_break_the_thank_you_or_report_back(lines):
    notes = "\n".join(f"- {line}" for line in lines)
    if not notes.replace("-", "").strip():
        return
    ctx = Context(
        profile=Profile(name="Ana Lima"), sender=Sender(name="Sam Roe"), call_notes=notes, channel="email"
    )
    assert build_thank_you(ctx).body.startswith("Hi Ana,")
    assert build_follow_up(ctx).body.startswith("Hi Ana,")
