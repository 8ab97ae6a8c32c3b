"""The inputs of every deliverable: who the professional is, where they work, and who is asking; and the
``Record`` base these inputs and the outputs (artifacts.py) share.

Records are plain keyword-only dataclasses with the few pydantic-style methods the code uses
(``model_copy``, ``model_dump``, ``model_dump_json``, ``model_validate``), so an offline run never
imports pydantic: its import and model building alone cost about twice `import click`. Stored JSON
(history, contacts, drafts) is still validated, by pydantic, imported only then.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import reprlib
from dataclasses import field as _field
from datetime import date
from typing import Any, TypeVar

from infoview_ai.career import current_role
from infoview_ai.language import first_name_of

R = TypeVar("R", bound="Record")

record = dataclasses.dataclass(kw_only=True, repr=False, eq=False)
"""The decorator for a Record subclass: ``@record class Profile(Record): ...``. Only ``__init__`` is
generated per class (each generated method costs an ``exec`` at import); ``==`` and ``repr`` come from
Record and behave as the dataclass ones would."""


class Record:
    """Base of every record; subclasses are decorated with ``@record``."""

    __dataclass_fields__: dict[str, dataclasses.Field]

    def __post_init__(self) -> None:
        values = self.__dict__
        for name in _container_fields(type(self)):
            value = values[name]
            if type(value) is list or type(value) is tuple:
                values[name] = list(value)
            elif type(value) is dict:
                values[name] = dict(value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(self.__dict__[name] == other.__dict__[name] for name in self.__dataclass_fields__)

    __hash__ = None  # mutable, as the pydantic models and plain dataclasses were

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={self.__dict__[name]!r}" for name in self.__dataclass_fields__)
        return f"{type(self).__qualname__}({fields})"

    def model_copy(self: R, *, update: dict[str, Any] | None = None) -> R:
        """A shallow copy with ``update`` applied, unvalidated (as pydantic's ``model_copy``)."""
        copied = object.__new__(type(self))
        copied.__dict__.update(self.__dict__)
        if update:
            copied.__dict__.update(update)
        return copied

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]:
        """Fields in definition order, nested records as dicts; ``mode="json"`` also makes dates strings."""
        return _dump(self, mode == "json")

    def model_dump_json(self) -> str:
        """Compact JSON, byte for byte what pydantic's ``model_dump_json()`` gave for these records."""
        return json.dumps(_dump(self, True), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def model_validate(cls: type[R], data: Any) -> R:
        """Validate stored data (a dict from JSON) into this record, with pydantic."""
        return _adapter(cls).validate_python(data)


@functools.cache
def _container_fields(cls: type) -> tuple[str, ...]:
    """The fields typed list[...] or dict (annotations are strings under ``from __future__``)."""
    return tuple(f.name for f in dataclasses.fields(cls) if str(f.type).startswith(("list[", "dict")))


@functools.cache
def _adapter(cls: type):
    from pydantic import TypeAdapter

    return TypeAdapter(cls)


def _dump(value: Any, json_mode: bool) -> Any:
    if isinstance(value, Record):
        values = value.__dict__
        return {name: _dump(values[name], json_mode) for name in value.__dataclass_fields__}
    if isinstance(value, list):
        return [_dump(item, json_mode) for item in value]
    if isinstance(value, tuple):
        items = [_dump(item, json_mode) for item in value]
        return items if json_mode else tuple(items)
    if isinstance(value, dict):
        return {key: _dump(item, json_mode) for key, item in value.items()}
    if json_mode and isinstance(value, date):
        return value.isoformat()
    return value


@record
class Position(Record):
    """One role. Dates are "YYYY-MM" or "YYYY" strings; ``end`` is None for a current role."""

    title: str
    company: str
    start: str | None = None
    end: str | None = None
    location: str | None = None
    employment_type: str | None = None
    description: str = ""

    @property
    def is_current(self) -> bool:
        return self.end is None and self.start is not None


@record
class Education(Record):
    school: str
    degree: str | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None


@record
class Profile(Record):
    """What the bio says about the professional, and nothing it does not say.

    ``positions`` are newest first. ``source_format`` names the parser that produced it
    ("linkedin_text", "plain", ...). ``warnings`` are things the parser wants a person to check;
    ``uncertain`` names the fields it guessed at ("location", "positions[2].company").

    ``email``, ``phone`` and ``urls`` are contact details from an export's Contact box or a pasted page.
    They are shown by ``infoview profile`` and never put into prompts or drafts.
    """

    name: str | None = None
    credentials: list[str] = _field(default_factory=list)  # "PhD", "SHRM-CP": never part of the name
    headline: str | None = None
    location: str | None = None
    about: str = ""
    positions: list[Position] = _field(default_factory=list)
    education: list[Education] = _field(default_factory=list)
    skills: list[str] = _field(default_factory=list)
    certifications: list[str] = _field(default_factory=list)
    volunteering: list[Position] = _field(default_factory=list)
    languages: list[str] = _field(default_factory=list)
    email: str | None = None
    phone: str | None = None
    urls: list[str] = _field(default_factory=list)
    source_format: str = "plain"
    warnings: list[str] = _field(default_factory=list)
    uncertain: list[str] = _field(default_factory=list)

    @property
    def first_name(self) -> str | None:
        return first_name_of(self.name)

    @property
    def current(self) -> Position | None:
        """The role they hold now: one decision for every room (``career.current_role``)."""
        return current_role(self)

    def is_usable(self) -> bool:
        """True when there is at least something to ground a draft on."""
        return bool(self.name or self.positions or self.headline or self.about.strip())

    def to_markdown(self) -> str:
        """What was understood, for a person to check; missing facts are shown as missing, not guessed.

        Fields the parser was unsure of carry a "(check)" mark, and the warnings close the document.
        """
        missing = "_(not found)_"

        def mark(path: str) -> str:
            return " **(check)**" if path in self.uncertain else ""

        lines = [f"# {self.name or 'Name not found'}{mark('name')}", ""]
        if self.credentials:
            lines.append(f"- Credentials: {', '.join(self.credentials)}")
        lines.append(f"- Headline: {self.headline or missing}{mark('headline')}")
        lines.append(f"- Location: {self.location or missing}{mark('location')}")
        contact = [value for value in (self.email, self.phone, *self.urls) if value]
        if contact:
            lines.append(f"- Contact (never sent to a model): {', '.join(contact)}")
        lines.append(f"- Parsed as: {self.source_format}")
        if self.about.strip():
            lines += ["", "## About", "", self.about.strip()]
        lines += ["", "## Experience", ""]
        for index, p in enumerate(self.positions or []):
            dates = f"{p.start or '?'} - {p.end or ('present' if p.start else '?')}"
            where = f" ({p.location})" if p.location else ""
            flags = [
                f for f in ("title", "company", "start", "end") if f"positions[{index}].{f}" in self.uncertain
            ]
            if "start" in flags and not p.start and not p.end:
                flags = [f for f in flags if f not in ("start", "end")] + ["dates"]
            flag = f" **(check {', '.join(flags)})**" if flags else mark(f"positions[{index}]")
            lines.append(f"- {dates}: {p.title or missing}, {p.company or missing}{where}{flag}")
        if not self.positions:
            lines.append(f"- {missing}")
        lines += ["", "## Education", ""]
        for index, e in enumerate(self.education):
            detail = ", ".join(x for x in (e.degree, e.field) if x)
            years = f" ({e.start or '?'} - {e.end or '?'})" if e.start or e.end else ""
            flag = mark(f"education[{index}]")
            lines.append(f"- {e.school}" + (f": {detail}" if detail else "") + years + flag)
        if not self.education:
            lines.append(f"- {missing}")
        if self.skills:
            lines += ["", "## Skills", "", ", ".join(self.skills)]
        if self.volunteering:
            lines += ["", "## Volunteering", ""]
            lines += [f"- {v.title}, {v.company}" for v in self.volunteering]
        if self.warnings:
            lines += ["", "## Check these", ""]
            lines += [f"- {w}" for w in self.warnings]
        return "\n".join(lines) + "\n"

    def to_text(self) -> str:
        text = self.to_markdown().replace("_(not found)_", "(not found)").replace("# ", "")
        return text.replace(" **(check", " (check").replace(")**", ")")


@record
class Target(Record):
    """The company and industry the user is exploring."""

    company: str | None = None
    company_notes: str = ""
    industry: str | None = None


@record
class Sender(Record):
    """The user: their name, background text (from --me) and what they want from the call."""

    name: str | None = None
    background: str = ""
    goal: str | None = None
    profile: Profile | None = None

    @property
    def first_name(self) -> str | None:
        return first_name_of(self.name)


@record
class Context(Record):
    """Everything an engine needs to write one deliverable."""

    profile: Profile
    bio_text: str = ""
    target: Target = _field(default_factory=Target)
    sender: Sender = _field(default_factory=Sender)
    minutes: int = 20
    channel: str = "linkedin-note"
    premium: bool = False
    call_notes: str = ""
    draft: str = ""
    follow_up_stage: str = "report-back"  # or "nudge"
    as_of: date = _field(default_factory=date.today)  # "today" for durations, so runs are reproducible
    contact_id: int | None = None  # set when the inputs came from the contact tracker (--contact)
    first_message: dict | None = None  # the outreach sent to them: {"channel", "subject", "body"}
    met_on: date | None = None  # the day the call was logged as `met` (contact tracker)

    @property
    def company(self) -> str | None:
        """The target company, else the person's current employer."""
        if self.target.company:
            return self.target.company
        current = self.profile.current
        return current.company if current else None
