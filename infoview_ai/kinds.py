"""The deliverables infoview makes: one registry, so adding a kind means one entry here, one prompt,
one output model and one rule set in each engine."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from infoview_ai.artifacts import Brief, Message, Note, Prep, QuestionSet


@dataclass(frozen=True)
class Kind:
    name: str
    model: type[BaseModel]  # the shared output model
    prose: bool  # one piece of text, worth streaming to a terminal
    typical_output_tokens: int  # for --dry-run's cost estimate (the prompts ask for short JSON)


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("brief", Brief, False, 1200),
        Kind("questions", QuestionSet, False, 900),
        Kind("outreach", Message, True, 350),
        Kind("thank_you", Note, True, 350),
        Kind("follow_up", Note, True, 300),
        Kind("polish", Note, True, 400),
    )
}
PREP_KINDS = ("brief", "questions", "outreach")  # prep is a pack of these, generated at once


def artifact_from_json(kind: str, data: dict) -> BaseModel:
    """A stored artifact (history, saved drafts) back as its model."""
    model = Prep if kind == "prep" else KINDS[kind].model
    return model.model_validate(data)
