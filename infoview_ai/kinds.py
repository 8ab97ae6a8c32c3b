"""The deliverables infoview makes: one ``Kind`` each, and the one registry everything else asks.

A kind holds what is true of a deliverable whichever engine writes it: its output model, whether it is
prose, its own word range, and the first-contact rules its checks apply (docs/domain.md#channel-limits,
#question-craft). Each engine keys its own part by ``kind.name``: the offline builders
(``engines/offline/builders.py``) and the wire schemas (``engines/llm/schemas.py``); a test ties all of
them to this registry and to the prompt library. Adding a kind: one entry here, one prompt, one output
model, one offline rule set, one wire schema.
"""

from __future__ import annotations

from dataclasses import dataclass

from infoview_ai.artifacts import Brief, Message, Note, Prep, QuestionSet
from infoview_ai.channels import FOLLOW_UP_MAX_WORDS, THANK_YOU_WORDS
from infoview_ai.context import Record
from infoview_ai.errors import InputError


@dataclass(frozen=True)
class Kind:
    name: str  # as stored and as prompts are named: "thank_you"
    model: type[Record]  # the shared output model
    prose: bool  # one piece of text, worth streaming to a terminal
    typical_output_tokens: int  # for --dry-run's cost estimate (the prompts ask for short JSON)
    words: tuple[int, int] | None = None  # the kind's own word range; else the channel's
    length_note: str = ""  # said to the model after the word range
    first_contact: bool = False  # a first contact: never a job ask
    first_contact_stages: tuple[str, ...] = ()  # follow-up stages that are first contacts too (a nudge)
    one_ask: bool = False  # ends with exactly one clear ask
    users_own: bool = False  # a draft the user wrote, measured by `infoview check`, never rewritten
    parts: tuple[Kind, ...] = ()  # a pack of other kinds, generated at once

    def __str__(self) -> str:
        return self.name

    def is_first_contact(self, stage: str | None = None) -> bool:
        """True when the job-ask rule applies (for a follow-up, at the given ``stage``)."""
        return self.first_contact or stage in self.first_contact_stages


BRIEF = Kind("brief", Brief, False, 1200)
QUESTIONS = Kind("questions", QuestionSet, False, 900)
OUTREACH = Kind("outreach", Message, True, 350, first_contact=True, one_ask=True)
THANK_YOU = Kind("thank_you", Note, True, 350, words=THANK_YOU_WORDS)
FOLLOW_UP = Kind(
    "follow_up",
    Note,
    True,
    300,
    words=(0, FOLLOW_UP_MAX_WORDS),
    length_note="a nudge shorter than the first message",
    first_contact_stages=("nudge",),
)
POLISH = Kind("polish", Note, True, 400, first_contact=True)

KINDS: dict[str, Kind] = {
    kind.name: kind for kind in (BRIEF, QUESTIONS, OUTREACH, THANK_YOU, FOLLOW_UP, POLISH)
}

PREP = Kind("prep", Prep, False, 0, parts=(BRIEF, QUESTIONS, OUTREACH))  # a pack, not a prompt
USER_DRAFT = Kind("draft", Message, True, 0, first_contact=True, one_ask=True, users_own=True)


def kind_named(name: str | Kind, error: type[Exception] = InputError) -> Kind:
    """The kind a caller named ("thank-you", "thank_you", "prep"), or ``error`` naming the choices."""
    if isinstance(name, Kind):
        return name
    key = name.replace("-", "_")
    if key == PREP.name:
        return PREP
    if key not in KINDS:
        raise error(f"Unknown kind {name!r}: choose one of {', '.join(KINDS)}, prep.")
    return KINDS[key]


def artifact_from_json(kind: str, data: dict) -> Record:
    """A stored artifact (history, saved drafts) back as its model."""
    return kind_named(kind).model.model_validate(data)
