"""Offline thank-you notes and follow-ups: what a user sees in the drafts."""

from __future__ import annotations

import re

import pytest

from infoview_ai.channels import FOLLOW_UP_MAX_WORDS, THANK_YOU_WORDS
from infoview_ai.context import Profile, Sender
from infoview_ai.engines.offline.after_call.call_notes import parse_call_notes
from infoview_ai.engines.offline.after_call.follow_up import build_follow_up
from infoview_ai.engines.offline.after_call.thank_you import build_thank_you
from infoview_ai.errors import InputError
from infoview_ai.language import find_cliches, to_second_person, word_count

BULLETS = """\
- Advice: learn the planners' spreadsheets before building any model
- Read: Chopra, Supply Chain Management
- Talk to Priya on her team
- I'll rebuild a demand forecast from USDA data
- 30 min call on Tuesday
"""

PARAGRAPH = (
    "We talked for 25 minutes on Thursday. She said the most important thing is to learn the planners' "
    "spreadsheets before building any model. She recommended Chopra's Supply Chain Management. "
    "She offered to introduce me to Marcus Lee from procurement. "
    "I'll rebuild a demand forecast from USDA data."
)

SECTIONS = """\
## Advice
- Don't build a model before you understand how the planners work
- SQL matters more than Python in the first year

## Next steps
- Rebuild a demand forecast from USDA data
- Finish the APICS CPIM course

Resources:
- The Supply Chain Nerd podcast
"""

SPARSE = "She thinks domain knowledge beats tooling for new analysts."

LONG = "\n".join(
    [
        f"- Advice: {text}"
        for text in (
            "spend your first month sitting with the planners and learning exactly how they build the weekly "
            "plan, because they will only trust a model that starts from their own spreadsheet, "
            "and that takes "
            "time, patience and a lot of listening before you write any code at all",
            "ship small wins early so the team sees value before the big forecast rebuild is done",
            "keep a decision log so you can explain every assumption later",
        )
    ]
    + [
        "- Read: Chopra, Supply Chain Management",
        "- Read: Sheffi, The Resilient Enterprise",
        "- Talk to Priya on her team",
        "- She offered to introduce me to Marcus Lee from procurement",
        "- I'll rebuild a demand forecast from USDA data",
        "- I'll write up what the planners' spreadsheets do",
    ]
)

ALL_NOTES = [BULLETS, PARAGRAPH, SECTIONS, SPARSE, LONG]
BANNED = ("just checking in", "touching base", "circling back", "bumping this")


def _ctx(lena_context, notes: str = BULLETS, **changes):
    return lena_context.model_copy(update={"call_notes": notes, "channel": "email", **changes})


def _invented_names(text: str, inputs: str) -> list[str]:
    """Capitalised words that are not the first word of a sentence and do not appear in the inputs."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    out = []
    for sentence in re.split(r"(?<=[.!?:;])\s+|\n+", text):
        words = re.findall(r"[A-Za-z][\w'\u2019-]*", sentence)
        for word in words[1:]:
            bare = re.sub(r"['\u2019]s$", "", word)
            if bare[0].isupper() and bare not in ("I", "I'll", "I'm", "I'd", "I've") and bare not in inputs:
                out.append(bare)
    return out


def _inputs(ctx) -> str:
    return " ".join([ctx.call_notes, ctx.profile.model_dump_json(), ctx.sender.model_dump_json()])


# --- the notes parser --------------------------------------------------------------------------------------


def test_parser_sorts_labelled_bullets():
    notes = parse_call_notes(BULLETS, "Lena")
    assert notes.advice == ["learn the planners' spreadsheets before building any model"]
    assert notes.resources == ["Chopra, Supply Chain Management"]
    assert [(p.name, p.detail, p.offered) for p in notes.people] == [("Priya", "on her team", False)]
    assert [a.phrase for a in notes.actions] == ["rebuild a demand forecast from USDA data"]
    assert (notes.minutes, notes.day) == (30, "Tuesday")


def test_parser_reads_an_unlabelled_paragraph():
    notes = parse_call_notes(PARAGRAPH, "Lena")
    assert any("learn the planners' spreadsheets" in a for a in notes.advice)
    assert notes.resources == ["Chopra's Supply Chain Management"]
    assert [(p.name, p.detail, p.offered) for p in notes.people] == [("Marcus Lee", "from procurement", True)]
    assert [a.phrase for a in notes.actions] == ["rebuild a demand forecast from USDA data"]
    assert (notes.minutes, notes.day) == (25, "Thursday")


def test_parser_uses_headings_for_the_bullets_under_them():
    notes = parse_call_notes(SECTIONS)
    assert len(notes.advice) == 2
    assert [a.phrase for a in notes.actions] == [
        "rebuild a demand forecast from USDA data",
        "finish the APICS CPIM course",
    ]
    assert notes.resources == ["The Supply Chain Nerd podcast"]


def test_parser_heuristics_on_plain_lines():
    notes = parse_call_notes(
        "Learn SQL before Python\nRead Designing Data-Intensive Applications\n"
        "Contact Sam Ortiz about the analyst rotation\n"
        "I plan to join the local APICS chapter\n"
        "Lovely office dog"
    )
    assert notes.advice == ["Learn SQL before Python"]
    assert notes.resources == ["Designing Data-Intensive Applications"]
    assert notes.people[0].name == "Sam Ortiz"
    assert notes.actions[0].phrase == "join the local APICS chapter"
    assert notes.other == ["Lovely office dog"]


def test_pronouns_turn_to_the_reader():
    assert to_second_person("Priya on her team") == "Priya on your team"
    assert to_second_person("ask her about it") == "ask you about it"
    assert to_second_person("she was right") == "you were right"


# --- thank-you ----------------------------------------------------------------------------------------


def test_thank_you_names_the_advice_the_action_and_the_introduction(lena_context):
    note = build_thank_you(_ctx(lena_context))
    assert note.kind == "thank_you"
    assert note.body.startswith("Hi Lena,")
    assert "learn the planners' spreadsheets before building any model" in note.body
    assert "I'll rebuild a demand forecast from USDA data" in note.body
    assert "Priya on your team as you suggested" in note.body
    assert "Supply Chain Management by Chopra" in note.body
    assert "let you know how it goes" in note.body
    assert note.body.rstrip().endswith("Alex Kim")
    assert "Tom" not in note.body


@pytest.mark.parametrize("notes", ALL_NOTES)
def test_thank_you_length_names_and_cliches(lena_context, notes):
    ctx = _ctx(lena_context, notes)
    note = build_thank_you(ctx)
    low, high = THANK_YOU_WORDS
    assert low <= note.words <= high, note.body
    assert note.words == word_count(note.body)
    assert find_cliches(note.body) == []
    assert _invented_names(note.body, _inputs(ctx)) == []
    assert not re.search(r"\b(?:resume|cv|job|hiring|referral)\b", note.body, re.IGNORECASE)
    assert "  " not in note.body and " ," not in note.body


def test_thank_you_paragraph_notes_are_addressed_to_the_person(lena_context):
    body = build_thank_you(_ctx(lena_context, PARAGRAPH)).body
    assert "Your advice to learn the planners' spreadsheets before building any model" in body
    assert "Marcus Lee from procurement" in body and "offered" in body
    assert "25 minutes" in body and "Thursday" in body


def test_thank_you_turns_the_advice_around(lena_context):
    body = build_thank_you(_ctx(lena_context, SECTIONS)).body
    assert "Your advice not to build a model before I understand how the planners work" in body
    assert "I'll rebuild a demand forecast from USDA data and finish the APICS CPIM course" in body
    assert "your point that SQL matters more than Python in the first year" in body
    assert "pointing me to the Supply Chain Nerd podcast" in body


def test_thank_you_quotes_the_advice_not_its_reason_and_a_later_offer(lena_context):
    notes = (
        "- Advice: learn the planners' spreadsheets first; the model is useless if they don't trust it\n"
        "- Talk to Priya on her team, who moved from a warehouse role. Lena offered to introduce us.\n"
        "- Lena said the bridge from operations is knowing where the data is wrong\n"
    )
    body = build_thank_you(_ctx(lena_context, notes)).body
    assert "Your advice to learn the planners' spreadsheets first stuck with me" in body
    assert "useless" not in body
    assert "introduction you offered to Priya on your team" in body
    assert "your point that the bridge from operations is knowing where the data is wrong" in body


def test_thank_you_without_a_plan_leaves_a_placeholder(lena_context):
    body = build_thank_you(_ctx(lena_context, SPARSE)).body
    assert "your point that domain knowledge beats tooling for new analysts" in body.lower()
    assert "[PLACEHOLDER: what you'll do with it]" in body


def test_thank_you_is_deterministic(lena_context):
    for notes in ALL_NOTES:
        assert build_thank_you(_ctx(lena_context, notes)) == build_thank_you(_ctx(lena_context, notes))


def test_thank_you_email_subject_and_timing_note(lena_context):
    note = build_thank_you(_ctx(lena_context))
    assert note.subject and 3 <= len(note.subject.split()) <= 6
    assert "Tuesday" in note.subject
    assert any("24 hours" in n for n in note.notes)


def test_thank_you_on_a_connection_note_is_the_short_version_that_fits(lena_context):
    note = build_thank_you(_ctx(lena_context, channel="linkedin-note"))
    assert note.channel == "linkedin-note" and note.subject is None
    assert len(note.body) <= 200
    assert any("connection note holds 200" in n for n in note.notes)


def test_thank_you_without_names_uses_placeholders(lena_context):
    note = build_thank_you(_ctx(lena_context, profile=Profile(), sender=Sender()))
    assert note.body.startswith("Hi [PLACEHOLDER: first name],")
    assert note.body.rstrip().endswith("[YOUR NAME]")


@pytest.mark.parametrize("builder", [build_thank_you, build_follow_up])
def test_empty_notes_tell_the_user_to_pass_notes(lena_context, builder):
    with pytest.raises(InputError, match="--notes"):
        builder(_ctx(lena_context, "  \n", follow_up_stage="report-back"))


# --- follow-ups -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("notes", ALL_NOTES)
def test_report_back_is_short_and_grounded(lena_context, notes):
    ctx = _ctx(lena_context, notes, follow_up_stage="report-back")
    note = build_follow_up(ctx)
    assert note.kind == "follow_up"
    assert note.words < FOLLOW_UP_MAX_WORDS
    assert note.body.count("?") <= 1
    assert find_cliches(note.body) == []
    assert _invented_names(note.body, _inputs(ctx)) == []


def test_report_back_says_what_was_done_and_leaves_the_result_to_the_user(lena_context):
    note = build_follow_up(_ctx(lena_context, follow_up_stage="report-back"))
    assert "you advised me to learn the planners' spreadsheets before building any model" in note.body
    assert "rebuild a demand forecast from USDA data" in note.body
    # no result in the notes: the draft stays sendable and the notes ask the user for one
    assert "[PLACEHOLDER" not in note.body
    assert any("no result yet" in n for n in note.notes)


def test_report_back_uses_a_result_from_the_notes(lena_context):
    notes = BULLETS + "- Result: my forecast beat the naive baseline by 12% on last year's data\n"
    body = build_follow_up(_ctx(lena_context, notes, follow_up_stage="report-back")).body
    assert "my forecast beat the naive baseline by 12% on last year's data" in body
    assert "[PLACEHOLDER: one result" not in body


@pytest.mark.parametrize("channel", ["linkedin-note", "linkedin-message", "email"])
def test_nudge_is_short_polite_and_needs_no_notes(lena_context, channel):
    note = build_follow_up(_ctx(lena_context, "", follow_up_stage="nudge", channel=channel))
    assert note.characters < 180  # shorter than a connection note (docs/domain.md's example: 173)
    assert "no worries if now is busy" in note.body.lower()
    assert not any(phrase in note.body.lower() for phrase in BANNED)
    assert find_cliches(note.body) == []
    assert note.body.startswith("Hi Lena,") and "how you moved from consulting into analytics" in note.body
    # one clear ask, the same length as the outreach note asks for
    assert note.body.count("?") == 1 and "a few questions in a 15-minute call?" in note.body
    assert any("5-7 days" in n for n in note.notes)


def test_nudge_without_a_profile(lena_context):
    ctx = _ctx(lena_context, "", follow_up_stage="nudge", profile=Profile(), sender=Sender())
    note = build_follow_up(ctx)
    assert "[PLACEHOLDER: first name]" in note.body and "[YOUR NAME]" in note.body
    assert note.characters <= 200


def test_unknown_stage_is_an_input_error(lena_context):
    with pytest.raises(InputError, match="report-back or nudge"):
        build_follow_up(_ctx(lena_context, follow_up_stage="third-reminder"))
