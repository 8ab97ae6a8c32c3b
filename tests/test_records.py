"""Records (context.Record): the inputs and outputs behave as the pydantic models they replace did."""

from __future__ import annotations

import json
from datetime import date

from infoview_ai.artifacts import Claim, Question, QuestionSet
from infoview_ai.context import Context, Position, Profile


def test_keyword_only_with_defaults_and_copied_containers():
    titles = ["Python"]
    profile = Profile(name="Lena Okafor", skills=titles)
    titles.append("SQL")
    assert profile.skills == ["Python"] and profile.positions == []
    assert Profile(name="A") == Profile(name="A") and Profile(name="A") != Profile(name="B")


def test_model_copy_is_shallow_and_applies_updates():
    ctx = Context(profile=Profile(name="Lena Okafor"), minutes=20)
    copy = ctx.model_copy(update={"minutes": 30})
    assert copy.minutes == 30 and ctx.minutes == 20 and copy.profile is ctx.profile


def test_dump_keeps_field_order_nesting_and_json_dates():
    qs = QuestionSet(minutes=20, questions=[Question(text="Why?", theme="insights")])
    dumped = qs.model_dump(mode="json")
    assert list(dumped) == ["kind", "minutes", "questions", "notes", "checks"]
    assert dumped["questions"][0]["text"] == "Why?"
    ctx = Context(profile=Profile(name="A"), as_of=date(2026, 3, 2))
    assert ctx.model_dump(mode="json")["as_of"] == "2026-03-02"
    assert json.loads(Claim(text="x", source="you").model_dump_json()) == {"text": "x", "source": "you"}
    assert Claim(text="é").model_dump_json() == '{"text":"é","source":""}'  # compact, as pydantic wrote it


def test_stored_json_is_validated_back_into_records():
    role = Position(title="Director", company="Oakridge", start="2022-03")
    profile = Profile(name="Lena", positions=[role])
    back = Profile.model_validate(json.loads(profile.model_dump_json()))
    assert back == profile and isinstance(back.positions[0], Position)
