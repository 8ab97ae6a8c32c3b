"""The user's call notes become whole sentences: never a pronoun-swapped fragment, a label left in or a
header read as a person."""

from __future__ import annotations

from infoview_ai.context import Context, Profile, Sender
from infoview_ai.engines.offline.after_call.follow_up import build_follow_up
from infoview_ai.engines.offline.after_call.thank_you import build_thank_you
from infoview_ai.trust.seams import has_seam


def _ctx(notes: str) -> Context:
    return Context(
        profile=Profile(name="Kofi Mensah"),
        sender=Sender(name="Sam Okoro"),
        call_notes=notes,
        channel="email",
    )


def test_a_suggested_gerund_is_advice_about_not_advice_to():
    notes = "* They suggested volunteering for a health nonprofit's research project\n"
    thanks = build_thank_you(_ctx(notes)).body
    assert "Your advice about volunteering for a health nonprofit's research project" in thanks
    assert "advice to volunteering" not in thanks
    assert (
        "you suggested volunteering for a health nonprofit's research project."
        in build_follow_up(_ctx(notes)).body
    )


def test_a_plan_written_in_the_present_reads_as_a_plan():
    notes = "* Portfolio over certificates.\n* next step: I send a draft case study by the 15th\n"
    assert "I'll send a draft case study by the 15th." in build_thank_you(_ctx(notes)).body
    assert "set out to send a draft case study by the 15th." in build_follow_up(_ctx(notes)).body


def test_a_header_naming_the_person_is_not_an_introduction():
    notes = "Notes from my chat with Kofi:\n* Read: Just Enough Research\n"
    assert "get in touch with Kofi" not in build_thank_you(_ctx(notes)).body


def test_a_label_of_the_users_own_is_dropped_from_what_they_said():
    notes = "- biggest surprise: stakeholders matter more than tools\n"
    body = build_thank_you(_ctx(notes)).body
    assert "biggest surprise:" not in body and "stakeholders matter more than tools" in body


def test_two_resources_in_one_line_are_two_resources():
    notes = "- look at the ATD community, and look at Reforge's course catalogue\n"
    assert "the ATD community and Reforge's course catalogue" in build_thank_you(_ctx(notes)).body


def test_an_offer_to_introduce_in_their_words_is_thanked_for_in_yours():
    notes = "- They'll intro me to their old colleague at the district\n"
    body = build_thank_you(_ctx(notes)).body
    assert "Thank you for offering to introduce me to your old colleague at the district." in body
    assert "intro me to their" not in body and not has_seam(body)


def test_a_date_that_ends_a_sentence_is_not_an_invented_count():
    from infoview_ai.trust.grounding import find_ungrounded

    corpus = " i'll apply to the summer intern program at osu wexner by mar 1 "
    assert find_ungrounded("I'll apply to the program by Mar 1. I'll let you know how it goes.", corpus) == []


def test_her_before_a_possessive_is_you_and_than_you_think_is_than_i_think():
    notes = (
        "- I'll send her my resume by Fri\n- she said don't take the first offer, pay is lower than you think"
    )
    body = build_thank_you(_ctx(notes)).body
    assert "send you my resume" in body and "your my" not in body
    assert "lower than I think" in body or '"pay is lower than you think"' in body
    assert "than me think" not in body


def test_a_label_before_a_resource_is_dropped():
    body = build_thank_you(_ctx("- book rec: Design for How People Learn (Dirksen)\n")).body
    assert "book rec" not in body and "Design for How People Learn (Dirksen)" in body


def test_polish_removes_a_word_typed_twice_instead_of_refusing():
    from infoview_ai.engines.offline.polish import build_polish

    ctx = _ctx("").model_copy(
        update={"draft": "Hi Kofi, I loved the the talk you gave. Could we talk for 15 minutes?"}
    )
    note = build_polish(ctx)
    assert note.body == "Hi Kofi, I loved the talk you gave. Could we talk for 15 minutes?"
    assert any("typed twice" in c for c in note.changes)
