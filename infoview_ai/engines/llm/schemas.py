"""What the model must return for each kind (the wire schema), and how it becomes the shared artifact.

Wire models mirror the prompts' OUTPUT INSTRUCTIONS and have every field required, as OpenAI's strict
json_schema mode demands. Derived facts (durations, character counts, ranks) are computed here, not
trusted from the model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from infoview_ai.artifacts import (
    Brief,
    Claim,
    Message,
    Note,
    Question,
    QuestionSet,
    Theme,
    TimelineEntry,
    profile_timeline,
)
from infoview_ai.channels import channel_for
from infoview_ai.context import Context
from infoview_ai.dates import format_duration, months_between
from infoview_ai.kinds import Kind
from infoview_ai.language import char_count, word_count


class ClaimOut(BaseModel):
    text: str
    source: str


class TimelineOut(BaseModel):
    title: str
    company: str
    start: str | None
    end: str | None
    duration: str


class BriefOut(BaseModel):
    kind: Literal["brief"]
    person: list[ClaimOut]
    timeline: list[TimelineOut]
    transitions: list[ClaimOut]
    company: list[ClaimOut]
    industry: list[ClaimOut]
    common_ground: list[ClaimOut]
    goal: list[ClaimOut]
    checklist: list[str]


class QuestionOut(BaseModel):
    text: str
    theme: Theme
    source: str
    rank: int
    must_ask: bool
    why: str


class QuestionsOut(BaseModel):
    kind: Literal["questions"]
    minutes: int
    questions: list[QuestionOut]
    notes: list[str]


class MessageOut(BaseModel):
    kind: Literal["outreach"]
    channel: str
    subject: str | None
    body: str
    notes: list[str]


class NoteOut(BaseModel):
    kind: Literal["thank_you", "follow_up", "polish"]
    channel: str
    subject: str | None
    body: str
    changes: list[str]
    notes: list[str]


WIRE: dict[str, type[BaseModel]] = {  # by kind name
    "brief": BriefOut,
    "questions": QuestionsOut,
    "outreach": MessageOut,
    "thank_you": NoteOut,
    "follow_up": NoteOut,
    "polish": NoteOut,
}


def to_artifact(kind: Kind, wire: BaseModel, ctx: Context):
    """The shared output model for ``kind``, with derived fields computed from the context."""
    if isinstance(wire, BriefOut):
        return _brief(wire, ctx)
    if isinstance(wire, QuestionsOut):
        return _questions(wire, ctx)
    if isinstance(wire, MessageOut):
        return _message(wire, ctx)
    assert isinstance(wire, NoteOut)
    return Note(
        kind=kind.name,
        channel=ctx.channel,
        subject=_subject(wire.subject, ctx),
        body=wire.body.strip(),
        characters=char_count(wire.body.strip()),
        words=word_count(wire.body),
        changes=wire.changes,
        notes=wire.notes,
    )


def _claims(items: list[ClaimOut]) -> list[Claim]:
    return [Claim(text=c.text, source=c.source) for c in items]


def _brief(wire: BriefOut, ctx: Context) -> Brief:
    # The path comes from the parsed profile whenever it has roles: a model's dates and durations are
    # its reading of the same text, and a misread one would be stated as fact. Only a bio the parser
    # found no roles in keeps the model's timeline, with durations still computed here.
    timeline = (
        profile_timeline(ctx.profile, ctx.as_of)
        if ctx.profile.positions
        else [
            TimelineEntry(
                title=t.title,
                company=t.company,
                start=t.start,
                end=t.end,
                duration=format_duration(months_between(t.start, t.end, ctx.as_of)) if t.start else "",
            )
            for t in wire.timeline
        ]
    )
    return Brief(
        person=_claims(wire.person),
        timeline=timeline,
        transitions=_claims(wire.transitions),
        company=_claims(wire.company),
        industry=_claims(wire.industry),
        common_ground=_claims(wire.common_ground),
        goal=_claims(wire.goal),
        checklist=wire.checklist,
    )


def _questions(wire: QuestionsOut, ctx: Context) -> QuestionSet:
    ordered = sorted(wire.questions, key=lambda q: q.rank)
    questions = [
        Question(text=q.text.strip(), theme=q.theme, source=q.source, rank=i, must_ask=q.must_ask, why=q.why)
        for i, q in enumerate(ordered, start=1)
    ]
    return QuestionSet(minutes=ctx.minutes, questions=questions, notes=wire.notes)


def _subject(subject: str | None, ctx: Context) -> str | None:
    channel = channel_for(ctx.channel, ctx.premium)
    if channel.subject_limit is None:
        return None
    return (subject or "").strip() or None


def _message(wire: MessageOut, ctx: Context) -> Message:
    # Limits are enforced by the trust review (with regeneration first), not silently here.
    channel = channel_for(ctx.channel, ctx.premium)
    body = wire.body.strip()
    return Message(
        channel=ctx.channel,
        subject=_subject(wire.subject, ctx),
        body=body,
        limit=channel.hard_limit,
        characters=char_count(body),
        words=word_count(body),
        notes=list(wire.notes),
    )
