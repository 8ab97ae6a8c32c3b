"""The Python entry point: `infoview_ai.generate(kind, context, engine="auto", settings=None)`."""

from __future__ import annotations

import pytest

import infoview_ai
from infoview_ai.artifacts import Message, Prep, QuestionSet
from infoview_ai.errors import InputError


def test_generate_defaults_to_auto_which_is_offline_without_a_key(lena_context):
    questions = infoview_ai.generate("questions", lena_context)
    assert isinstance(questions, QuestionSet) and questions.questions
    assert questions.checks  # reviewed like every deliverable


def test_generate_takes_kind_names_as_the_command_line_writes_them(lena_context):
    assert isinstance(infoview_ai.generate("outreach", lena_context, "offline"), Message)
    assert isinstance(infoview_ai.generate("prep", lena_context, engine="offline", settings=None), Prep)


def test_an_unknown_kind_names_the_choices(lena_context):
    with pytest.raises(InputError, match="choose one of brief, questions, outreach"):
        infoview_ai.generate("haiku", lena_context)
