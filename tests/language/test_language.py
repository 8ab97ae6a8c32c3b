"""The shared text tools: one sentence rule, one title list and greeting reader, terms, number words."""

from __future__ import annotations

import pytest

from infoview_ai.context import Context, Profile
from infoview_ai.engines.offline.polish import build_polish
from infoview_ai.language import (
    contains_term,
    first_name_of,
    greeting,
    greeting_name,
    number_word,
    prose_sentences,
    sentence_spans,
    split_sentences,
    without_final_stop,
)


def test_abbreviations_and_initials_end_no_sentence():
    text = "I met Dr. Kim in the U.S. Army, e.g. at drills. She has an M.A. in history."
    assert split_sentences(text) == [
        "I met Dr. Kim in the U.S. Army, e.g. at drills.",
        "She has an M.A. in history.",
    ]


def test_a_closing_quote_stays_with_its_sentence():
    assert split_sentences('She said “ship it.” Then she left. He said "wait." ok') == [
        "She said “ship it.”",
        "Then she left.",
        'He said "wait."',
        "ok",
    ]


def test_formal_prose_needs_a_capital_to_start_a_sentence_notes_do_not():
    assert split_sentences("read the book. then ping her") == ["read the book.", "then ping her"]
    assert split_sentences("read it. then ping her", capital_start=True) == ["read it. then ping her"]
    about = "# About\nI lead a team\nof planners. We ship."
    assert prose_sentences(about) == ["I lead a team of planners.", "We ship."]


def test_spans_give_the_text_back_byte_for_byte():
    text = "Hi Lena,  thanks.\tWould you? Yes!  "
    assert "".join(s + space for s, space in sentence_spans(text)) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Lena, thanks", ("Lena", False)),
        ("Good morning Sam, thanks", ("Sam", False)),
        ("Dear Mrs. Okafor,", ("Okafor", True)),
        ("Dear Professor Kim,", ("Kim", True)),
        ("hi lena", ("lena", False)),
        ("Dear Sir or Madam,", ("Sir", False)),  # "Sir" opens no formal greeting: nobody is called "or"
    ],
)
def test_greeting_name_knows_every_title_and_greeting(text, expected):
    assert greeting_name(text) == expected


def test_the_opening_greeting_takes_a_whole_title():
    assert greeting("Dear Mrs. Okafor, I hope").group(0) == "Dear Mrs. Okafor, "
    assert greeting("Dear Professor Kim, I hope").group(0) == "Dear Professor Kim, "


def test_first_names_skip_titles():
    assert [first_name_of(n) for n in ("Dr. Kwame Asante", "Professor Ana Ruiz", "Sir David Okonjo")] == [
        "Kwame",
        "Ana",
        "David",
    ]


@pytest.mark.parametrize(
    "draft",
    [
        "Dear Mrs. Okafor, I hope this finds you well. Could I ask you a few questions about Oakridge? Alex",
        "Dear Professor Okafor, I hope this email finds you well. Could I ask you a few questions? Alex",
        "Good morning Professor Okafor, I hope you are doing well. Could I ask you a few questions? Alex",
    ],
)
def test_polish_keeps_a_formal_greeting_whole_when_a_cliche_goes(draft):
    ctx = Context(profile=Profile(name="Lena Okafor"), draft=draft, channel="email")
    body = build_polish(ctx).body
    title = draft.split(",")[0]
    assert body.startswith(f"{title}, could I ask you")


def test_contains_term_is_a_whole_word_test():
    assert contains_term(" team lead ", "lead")
    assert not contains_term("leadership", "lead")
    assert contains_term("r&d", "r&d") and not contains_term("", "x")


def test_without_final_stop_keeps_the_quote():
    assert without_final_stop('"Learn the process first."') == '"Learn the process first"'
    assert without_final_stop("Ship it!") == "Ship it"


def test_number_words():
    assert [number_word(n) for n in (0, 9, 20, 21)] == ["zero", "nine", "twenty", "21"]


def test_a_lone_capital_ends_a_sentence_unless_a_name_follows():
    assert split_sentences("ask about Team B. they own forecasting.") == [
        "ask about Team B.",
        "they own forecasting.",
    ]
    assert split_sentences("Read E. Goldratt first.") == ["Read E. Goldratt first."]
