"""Output models shared by both engines: one per kind of deliverable.

Each model knows how to show itself as markdown and plain text; JSON is ``model_dump``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from infoview_ai.career import stated_months
from infoview_ai.context import Position, Profile, Record, record
from infoview_ai.dates import format_duration, span_months

Theme = Literal["trends", "insights", "advice", "resources", "assignments"]
THEMES: tuple[Theme, ...] = ("trends", "insights", "advice", "resources", "assignments")


@record
class CheckResult(Record):
    """One trust check on a deliverable: what was measured, where, and what to do about it."""

    name: str  # "limit", "grounding", "first-name", "clichés", "job-ask", "readability", ...
    status: Literal["pass", "warn", "fail"]
    message: str
    where: list[str] = field(default_factory=list)  # the offending spans, quoted from the text
    advice: str = ""


@record
class Claim(Record):
    """One statement and where it came from: "profile", "your notes", "you", "general knowledge: verify"."""

    text: str
    source: str = ""


@record
class Question(Record):
    text: str
    theme: Theme
    source: str = ""  # the input fact it draws on; empty only for a generic question
    rank: int = 0  # 1 = ask first
    must_ask: bool = False
    why: str = ""  # which signal produced it (transition, tenure, ...)


@record
class QuestionSet(Record):
    kind: Literal["questions"] = "questions"
    minutes: int
    questions: list[Question]
    notes: list[str] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)

    def to_markdown(self) -> str:
        must = [q for q in self.questions if q.must_ask]
        lines = [f"# Questions for a {self.minutes}-minute call", ""]
        if must:
            lines.append(
                f"Must-ask: {', '.join(f'#{q.rank}' for q in must)}. Keep to {self.minutes} minutes."
            )
            lines.append("")
        for theme in THEMES:
            group = [q for q in self.questions if q.theme == theme]
            if not group:
                continue
            lines += [f"## {theme.capitalize()}", ""]
            for q in group:
                star = " (must-ask)" if q.must_ask else ""
                lines.append(f"{q.rank}. {q.text}{star}")
                if q.source:
                    lines.append(f"   - from: {q.source}")
            lines.append("")
        lines += [f"- {n}" for n in self.notes]
        return "\n".join(lines).rstrip() + "\n"

    def to_text(self) -> str:
        ordered = sorted(self.questions, key=lambda q: q.rank)
        return "\n".join(f"{q.rank}. {q.text}" for q in ordered) + "\n"


@record
class TimelineEntry(Record):
    title: str
    company: str
    start: str | None = None
    end: str | None = None
    duration: str = ""  # "3 yrs 2 mos", computed from the dates


def profile_timeline(profile: Profile, as_of: date) -> list[TimelineEntry]:
    """The person's path as the parsed profile gives it, newest first, with durations computed from the
    dates (for a dateless role, what the person wrote: "nine months", marked as such). Both engines use
    this, so a model's own timeline never decides the dates or durations a brief shows."""
    positions = list(profile.positions)
    # Newest first: the parser gives that order; a stable sort on start keeps it when dates are missing.
    if all(p.start for p in positions):
        positions.sort(key=lambda p: (p.end is None, p.start or ""), reverse=True)
    return [
        TimelineEntry(
            title=p.title,
            company=p.company.strip() or f"employer not named{f' ({p.location})' if p.location else ''}",
            start=p.start,
            end=p.end,
            duration=_duration(p, as_of),
        )
        for p in positions
    ]


def _duration(p: Position, as_of: date) -> str:
    if p.start:
        return format_duration(span_months(p.start, p.end, as_of))
    stated = stated_months(p)
    return f"{format_duration(stated)}, as stated in the bio" if stated else ""


@record
class Brief(Record):
    """The research brief; one key per section."""

    kind: Literal["brief"] = "brief"
    person: list[Claim]
    timeline: list[TimelineEntry]
    transitions: list[Claim]
    company: list[Claim]
    industry: list[Claim]
    common_ground: list[Claim]
    goal: list[Claim]
    checklist: list[str]
    checks: list[CheckResult] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Every sentence the brief says, claims first, then the checklist."""
        sections = (self.person, self.transitions, self.company, self.industry, self.common_ground, self.goal)
        return [c.text for section in sections for c in section] + list(self.checklist)

    def to_markdown(self) -> str:
        def claims(items: list[Claim], empty: str) -> list[str]:
            if not items:
                return [f"- {empty}"]
            return [f"- {c.text}" + (f" _({c.source})_" if c.source else "") for c in items]

        lines = ["# Research brief", "", "## The person", ""]
        lines += claims(self.person, "The bio says little about this person: ask them to tell their story.")
        lines += ["", "## Timeline", ""]
        if self.timeline:
            for t in self.timeline:
                dates = (
                    "dates not given"
                    if not t.start and not t.end
                    else f"{t.start or '?'} - {t.end or 'present'}"
                )
                dur = f" ({t.duration})" if t.duration else ""
                lines.append(f"- {dates}{dur}: {t.title}, {t.company}")
        else:
            lines.append("- No dated roles in the bio.")
        sections = [
            ("Transitions and patterns", self.transitions, "No transitions visible in the bio."),
            ("The company", self.company, "No company given."),
            ("The industry", self.industry, "No industry given: pass --industry."),
            ("Common ground", self.common_ground, "None found: pass --me with your background."),
            ("Your goal for the call", self.goal, "Decide what you want to learn before the call."),
        ]
        for title, items, empty in sections:
            lines += ["", f"## {title}", ""]
            lines += claims(items, empty)
        lines += ["", "## Before the call", ""]
        lines += [f"- [ ] {item}" for item in self.checklist]
        return "\n".join(lines) + "\n"

    def to_text(self) -> str:
        return _plain(self.to_markdown())


@record
class Prose(Record):
    """What every prose deliverable has: an optional subject, the body, its measures and checks."""

    subject: str | None = None
    body: str
    characters: int = 0
    words: int = 0
    notes: list[str] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)

    def to_markdown(self) -> str:
        lines = []
        if self.subject is not None:
            lines += [f"Subject: {self.subject}", ""]
        lines.append(self.body)
        return "\n".join(lines).rstrip() + "\n"

    def to_text(self) -> str:
        return self.to_markdown()


@record
class Message(Prose):
    """A first-contact outreach draft for one channel."""

    kind: Literal["outreach"] = "outreach"
    channel: str
    limit: int | None = None  # the channel's hard limit on the body, in characters


@record
class Note(Prose):
    """A thank-you, follow-up or polished draft."""

    kind: Literal["thank_you", "follow_up", "polish"]
    channel: str | None = None
    changes: list[str] = field(default_factory=list)  # polish: each change and why


@record
class Prep(Record):
    """Brief, questions and outreach in one document."""

    kind: Literal["prep"] = "prep"
    brief: Brief
    questions: QuestionSet
    outreach: Message

    def to_markdown(self) -> str:
        return (
            "# Prep pack\n\n"
            + _demote(self.brief.to_markdown())
            + "\n"
            + _demote(self.questions.to_markdown())
            + f"\n## Outreach draft ({self.outreach.channel}, {self.outreach.characters} characters)\n\n"
            + self.outreach.to_markdown()
        )

    def to_text(self) -> str:
        return _plain(self.to_markdown())


Artifact = Brief | QuestionSet | Message | Note | Prep


def _demote(markdown: str) -> str:
    """Push every heading one level down so a section nests inside a larger document."""
    return "\n".join("#" + line if line.startswith("#") else line for line in markdown.splitlines()) + "\n"


def _plain(markdown: str) -> str:
    """Markdown without its markup, for --format text."""
    out = []
    for line in markdown.splitlines():
        stripped = line.lstrip("#").strip() if line.startswith("#") else line
        stripped = stripped.replace("- [ ] ", "- ").replace("_(", "(").replace(")_", ")")
        out.append(stripped.upper() if line.startswith("# ") else stripped)
    return "\n".join(out) + "\n"


@dataclass
class Result:
    """A deliverable from either engine plus what producing it cost; ``notes`` are diagnostics for stderr."""

    artifact: Artifact
    notes: list[str] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float | None = None
    cached: bool = False
    streamed: bool = False
    input_findings: list = field(default_factory=list)  # trust.injection.InputFinding
    history_id: int | None = None  # the LLM engine's row in the local history
    usage_known: bool = True  # False when a server reported no token counts: the cost is unknown
    # (cache key, kind, model, reply JSON) of a reply answered later (the Batch API): cached by the caller
    # only once the draft passed its checks, so a later live run of the same request reuses it
    cache_entries: list[tuple[str, str, str, dict]] = field(default_factory=list)
