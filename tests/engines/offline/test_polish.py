"""Offline polish: the user's draft comes back minimally changed, with every change explained."""

from __future__ import annotations

import re

import pytest

from infoview_ai.context import Profile
from infoview_ai.engines.offline.polish import EMPTY_DRAFT, build_polish
from infoview_ai.errors import InputError
from infoview_ai.language import CLICHES, char_count, find_cliches, split_sentences

GOOD = (
    "Hi Lena, your move from Deloitte to running supply-chain analytics at Oakridge is the path I hope "
    "to take from warehouse ops. Could I ask you a few questions in 15 min? Alex"
)

LONG = (
    "Hi Lena, your move from Deloitte to running supply-chain analytics at Oakridge is the path I hope "
    "to take. I spent two years as a shift lead in a distribution center. I'm finishing a master's in "
    "industrial engineering at Purdue this spring, and I have been reading about demand planning. "
    "Could I ask you a few questions in 15 min?\nAlex"
)


def _polish(lena_context, draft: str, **changes):
    return build_polish(lena_context.model_copy(update={"draft": draft, **changes}))


def _reads_cleanly(text: str) -> None:
    assert "  " not in text
    assert " ," not in text and " ." not in text and ",." not in text and ",," not in text
    for sentence in split_sentences(text):
        first = sentence.lstrip("\"'(")[:1]
        assert not first.islower(), f"sentence starts lowercase: {sentence!r}"


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'’-]+", text))


@pytest.mark.parametrize("phrase", sorted(CLICHES))
def test_each_cliche_is_removed_and_the_text_still_reads(lena_context, phrase):
    sentence = phrase[0].upper() + phrase[1:] + "."
    draft = f"Hi Lena, I study supply chains at Purdue. {sentence} Could we talk for 15 minutes?\nAlex"
    note = _polish(lena_context, draft)
    assert find_cliches(note.body) == []
    _reads_cleanly(note.body)
    assert note.body.startswith("Hi Lena, I study supply chains at Purdue. ")
    assert "Could we talk for 15 minutes?\nAlex" in note.body
    assert any(f"'{phrase}'".lower() in change.lower() for change in note.changes), note.changes


@pytest.mark.parametrize(
    "draft, expected",
    [
        (
            "Hi Lena, I hope this finds you well. My name is Alex and I work in warehouse ops.",
            "Hi Lena, my name is Alex and I work in warehouse ops.",
        ),
        (
            "Hi Lena,\n\nI hope you're doing well! I'm passionate about supply chains.\n\nAlex",
            "Hi Lena,\n\nI'm interested in supply chains.\n\nAlex",
        ),
        (
            "I'd love to pick your brain about Oakridge.",
            "I'd love to ask you a few questions about Oakridge.",
        ),
        (
            "Just checking in on my note from last week. No worries if now is busy.",
            "Following up on my note from last week. No worries if now is busy.",
        ),
        ("Circling back, did you see my note?", "Did you see my note?"),
        ("I'm reaching out because your path interests me.", "I'm writing because your path interests me."),
        ("Could we touch base next week?", "Could we talk next week?"),
        ("Thanks, Lena. I'm just checking in. Alex", "Thanks, Lena. Alex"),
    ],
)
def test_cliches_in_context(lena_context, draft, expected):
    note = _polish(lena_context, draft, channel="email")
    assert note.body == expected
    _reads_cleanly(note.body)


def test_unchanged_sentences_are_byte_identical(lena_context):
    draft = (
        "Hi Lena, your path from Deloitte to Oakridge is the one I hope to follow. I would love to pick "
        "your brain. Could I ask a few questions in 15 minutes? Alex"
    )
    note = _polish(lena_context, draft)
    assert note.body.startswith("Hi Lena, your path from Deloitte to Oakridge is the one I hope to follow. ")
    assert note.body.endswith(" Could I ask a few questions in 15 minutes? Alex")


def test_nothing_to_change_returns_the_draft(lena_context):
    note = _polish(lena_context, GOOD + "\n")
    assert note.body == GOOD + "\n"
    assert len(note.changes) == 1 and note.changes[0].startswith("No changes needed")
    assert note.characters == char_count(GOOD)


@pytest.mark.parametrize("premium, limit", [(False, 200), (True, 300)])
def test_fits_the_connection_note_limit_without_cutting_mid_word(lena_context, premium, limit):
    note = _polish(lena_context, LONG, premium=premium)
    assert char_count(LONG) > 300
    assert note.characters == char_count(note.body) <= limit
    assert _words(note.body.replace("…", "")) <= _words(LONG)
    assert note.body.startswith("Hi Lena, your move from Deloitte")
    assert note.body.rstrip().endswith("Alex")
    cut = [c for c in note.changes if c.startswith("cut ")]
    assert cut and f"the {limit} limit" in cut[0]
    assert re.match(rf"cut {char_count(LONG) - note.characters} characters", cut[0])
    _reads_cleanly(note.body)


def test_the_ask_survives_the_cut(lena_context):
    draft = (
        "Hi Lena, I hope this finds you well! I'm passionate about supply chain analytics and I saw you "
        "moved from Deloitte to Oakridge Foods. I'd love to pick your brain about how you made that "
        "switch, could we grab 15 minutes sometime? Thanks so much, Alex"
    )
    note = _polish(lena_context, draft)
    assert note.body == (
        "Hi Lena, I'm interested in supply chain analytics and I saw you moved "
        "from Deloitte to Oakridge Foods. Could we grab 15 minutes sometime? "
        "Thanks so much, Alex"
    )
    assert any("to its question" in c for c in note.changes)


def test_longer_channels_are_not_cut(lena_context):
    note = _polish(lena_context, LONG, channel="linkedin-message")
    assert note.body == LONG and note.channel == "linkedin-message"


def test_a_job_ask_is_removed_and_the_rest_kept_as_written(lena_context):
    draft = "Hi Lena, I admire your path to Oakridge. Are you hiring for any open roles? Alex"
    note = _polish(lena_context, draft)
    assert note.body == (
        "Hi Lena, I admire your path to Oakridge. Would you be open to a 15-minute call about how you got "
        "to your role at Oakridge Foods? Alex"
    )
    removed = [c for c in note.changes if c.startswith("removed")]
    assert len(removed) == 1
    assert '"Are you hiring for any open roles?"' in removed[0] and "Oakridge Foods" in removed[0]


def test_an_ask_in_the_greeting_sentence_keeps_the_greeting(lena_context):
    draft = "Hello Lena, are you hiring? I admire your work and would value 15 minutes of your advice."
    note = _polish(lena_context, draft, channel="email")
    # Its own request for 15 minutes stays the one ask; only the missing sign-off is added.
    assert note.body == (
        "Hello Lena, I admire your work and would value 15 minutes of your advice. Thank you, Alex"
    )
    assert [c for c in note.changes if c.startswith('removed "are you hiring?"')]


def test_resume_and_referral_asks_are_removed_each_reported_once(lena_context):
    draft = (
        "Hi Lena, I loved your talk on forecasting. Could you refer me to your team? I attached my resume."
    )
    note = _polish(lena_context, draft, channel="email")
    assert note.body == (
        "Hi Lena, I loved your talk on forecasting. Would you be open to a 15-minute call about how you "
        "got to your role at Oakridge Foods? Thank you, Alex"
    )
    removed = [c for c in note.changes if c.startswith("removed")]
    assert len(removed) == 2
    assert "referral" in removed[0] and 'at the end of the call, ask "Who else' in removed[0]
    assert "resume" in removed[1]
    assert any(c.startswith('added "Would you be open') for c in note.changes)
    assert any(c.startswith('added the sign-off "Thank you, Alex"') for c in note.changes)


def test_a_draft_that_is_only_a_job_ask_is_refused_with_a_reason(lena_context):
    with pytest.raises(InputError, match="Nothing of the draft is left"):
        _polish(lena_context, "Hi Lena, could you refer me for the open analyst role? Thanks, Alex")


def test_wrong_first_name_is_fixed(lena_context):
    note = _polish(lena_context, "Hi Tom, your move from Deloitte to Oakridge is the path I want. Alex")
    assert note.body.startswith("Hi Lena, your move")
    assert "Tom" not in note.body
    assert any("'Tom'" in c and "'Lena'" in c for c in note.changes)


def test_right_name_and_title_with_surname_are_left_alone(lena_context):
    draft = "Hi Lena, quick question about Oakridge."
    assert _polish(lena_context, draft).body == draft
    assert _polish(lena_context, "Dear Ms. Okafor, thank you.").body == "Dear Ms. Okafor, thank you."
    assert _polish(lena_context, "Dear Ms. Smith, thank you.").body == "Dear Ms. Okafor, thank you."


def test_whitespace_and_repeated_punctuation(lena_context):
    note = _polish(lena_context, "Hi Lena,  your path interests me!!  Could we talk ?\n\n\n\nAlex   ")
    assert note.body == "Hi Lena, your path interests me! Could we talk?\n\nAlex"
    assert any(c.startswith("tidied") for c in note.changes)


def test_polish_without_a_profile(lena_context):
    note = _polish(lena_context, "Hi Tom, I hope this finds you well. Could we talk?", profile=Profile())
    assert note.body == "Hi Tom, could we talk?"
    assert any("No name in the profile" in n for n in note.notes)


def test_empty_draft_is_an_input_error(lena_context):
    with pytest.raises(InputError) as info:
        _polish(lena_context, " \n\t")
    assert str(info.value) == EMPTY_DRAFT


def test_polish_is_deterministic(lena_context):
    draft = "Hi Tom,  I hope this finds you well. I'd love to pick your brain!! " + LONG
    assert _polish(lena_context, draft) == _polish(lena_context, draft)
