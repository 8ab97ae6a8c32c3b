"""The quality measures `infoview eval` scores with: what passes and what does not."""

from __future__ import annotations

from infoview_ai.artifacts import Question
from infoview_ai.trust.quality import advice_named, fits_the_call

NOTES = (
    "- Advice: build one small project on real, messy data before taking another course.\n"
    "- I'll send them the project when it's done, within a month.\n"
)


def test_advice_named_needs_the_advice_not_words_of_time():
    assert advice_named("Your advice to build a small project on messy data stuck with me.", NOTES)
    # "before" and "project" are in the notes' advice line, but the advice given here is invented.
    invented = "Your advice to apply to the fellowship before March stuck with me; the project is next."
    assert not advice_named(invented, NOTES)


def _questions(n: int) -> list[Question]:
    return [
        Question(text=f"Question {i}?", theme="advice", source="", rank=i, must_ask=False, why="")
        for i in range(1, n + 1)
    ]


def test_a_20_minute_call_holds_about_8_questions_and_a_spare_or_two():
    assert fits_the_call(_questions(8), 20) and fits_the_call(_questions(10), 20)
    assert not fits_the_call(_questions(11), 20) and not fits_the_call(_questions(40), 20)
    assert not fits_the_call(_questions(6), 5)
