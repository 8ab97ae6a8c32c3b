"""The inputs of every deliverable: who the professional is, where they work, and who is asking."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from infoview_ai.career import current_role
from infoview_ai.language import first_name_of


class Position(BaseModel):
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


class Education(BaseModel):
    school: str
    degree: str | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None


class Profile(BaseModel):
    """What the bio says about the professional, and nothing it does not say.

    ``positions`` are newest first. ``source_format`` names the parser that produced it
    ("linkedin_text", "plain", ...). ``warnings`` are things the parser wants a person to check;
    ``uncertain`` names the fields it guessed at ("location", "positions[2].company").

    ``email``, ``phone`` and ``urls`` are contact details from an export's Contact box or a pasted page.
    They are shown by ``infoview profile`` and never put into prompts or drafts.
    """

    name: str | None = None
    headline: str | None = None
    location: str | None = None
    about: str = ""
    positions: list[Position] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)
    volunteering: list[Position] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    email: str | None = None
    phone: str | None = None
    urls: list[str] = Field(default_factory=list)
    source_format: str = "plain"
    warnings: list[str] = Field(default_factory=list)
    uncertain: list[str] = Field(default_factory=list)

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


class Target(BaseModel):
    """The company and industry the user is exploring."""

    company: str | None = None
    company_notes: str = ""
    industry: str | None = None


class Sender(BaseModel):
    """The user: their name, background text (from --me) and what they want from the call."""

    name: str | None = None
    background: str = ""
    goal: str | None = None
    profile: Profile | None = None

    @property
    def first_name(self) -> str | None:
        return first_name_of(self.name)


class Context(BaseModel):
    """Everything an engine needs to write one deliverable."""

    profile: Profile
    bio_text: str = ""
    target: Target = Field(default_factory=Target)
    sender: Sender = Field(default_factory=Sender)
    minutes: int = 20
    channel: str = "linkedin-note"
    premium: bool = False
    call_notes: str = ""
    draft: str = ""
    follow_up_stage: str = "report-back"  # or "nudge"
    as_of: date = Field(default_factory=date.today)  # "today" for durations, so runs are reproducible
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
