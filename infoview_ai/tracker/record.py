"""A contact as the tracker hands it out: the records, their JSON keys, and the `contacts show` page.

Plain data, no database: contacts.py reads and writes these records from the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from infoview_ai.context import Profile
from infoview_ai.tracker.reminders import Action
from infoview_ai.tracker.status import Event, show_day, status_from_events


@dataclass(frozen=True)
class Draft:
    id: int
    kind: str
    channel: str | None
    body: dict
    created_at: str


@dataclass
class Contact:
    id: int
    name: str | None
    headline: str | None
    company: str | None
    industry: str | None
    note: str
    profile: dict
    bio_text: str
    created_at: str
    updated_at: str
    # Set by `infoview import`: the profile URL identifies a person across re-imports; degree 1 marks a
    # 1st-degree connection (from Connections.csv); source names where the person came from.
    profile_url: str | None = None
    email: str | None = None
    degree: int | None = None
    source: str | None = None
    connected_on: str | None = None
    events: list[Event] = field(default_factory=list)  # in the order they were logged
    drafts: list[Draft] = field(default_factory=list)
    # Stored events whose time cannot be used (9999-12-31 from an older infoview, a hand edit): left out of
    # the status and reminders so the rest still work, shown so they can be removed (`contacts unlog`).
    skipped: list[Event] = field(default_factory=list)

    def status(self, as_of: date | None = None) -> str:
        return status_from_events(self.events, as_of)

    @property
    def last_event(self) -> Event | None:
        return max(self.events, key=lambda e: e.at) if self.events else None

    def summary(self, as_of: date | None = None) -> dict:
        """The listing's stable JSON keys."""
        last = self.last_event
        return {
            "id": self.id,
            "name": self.name,
            "headline": self.headline,
            "company": self.company,
            "industry": self.industry,
            "status": self.status(as_of),
            "last_event": last.kind if last else None,
            "last_event_at": last.at if last else None,
            "note": self.note,
            "created_at": self.created_at,
        }

    def to_dict(self, as_of: date | None = None) -> dict:
        return {
            **self.summary(as_of),
            "updated_at": self.updated_at,
            "events": [_event_dict(e) for e in self.events],
            "skipped_events": [_event_dict(e) for e in self.skipped],
            "drafts": [draft.__dict__ for draft in self.drafts],
            "profile": self.profile,
        }


def _event_dict(event: Event) -> dict:
    return {"id": event.id, "kind": event.kind, "at": event.at, "note": event.note}


def skipped_warnings(contact: Contact) -> list[str]:
    """One line per stored event left out of the timeline, with the command that removes it."""
    return [
        f"#{contact.id} {contact.name or '(no name)'}: event #{e.id} ({e.kind} at {e.at!r}) has a date "
        f"infoview cannot use and was left out; remove it with `infoview contacts unlog {contact.id} {e.id}`."
        for e in contact.skipped
    ]


@dataclass(frozen=True)
class ContactInputs:
    """What a generating command needs when it is given --contact instead of --bio."""

    contact_id: int
    name: str | None
    profile: Profile
    bio_text: str
    company: str | None
    industry: str | None
    call_notes: str  # the notes logged with the latest `met` (empty when none)
    # The latest saved first message ({"channel", "subject", "body"}: an outreach draft or a prep pack's),
    # for a nudge that refers back to it; None when no draft was saved with the contact.
    first_message: dict | None = None
    met_at: str | None = None  # the latest `met` event's local time, "YYYY-MM-DD[THH:MM]"


def contact_markdown(contact: Contact, day: date, actions: Sequence[Action]) -> str:
    """`contacts show`: profile summary, timeline with notes, next steps and saved drafts."""
    lines = [f"# {contact.name or '(no name)'} (#{contact.id}): {contact.status(day)}", ""]
    for label, value in (
        ("Headline", contact.headline),
        ("Company", contact.company),
        ("Industry", contact.industry),
        ("Note", contact.note),
    ):
        if value:
            lines.append(f"- {label}: {value}")
    lines += [f"- Added: {contact.created_at[:10]}", "", "## Timeline", ""]
    for event in sorted(contact.events, key=lambda e: e.at):  # numbered like the drafts, for `unlog`
        when = event.at.replace("T", " ")
        lines.append(_bullet(f"#{event.id} {when} {event.kind}" + (f": {event.note}" if event.note else "")))
    for event in contact.skipped:
        lines.append(
            f"- #{event.id} {event.at!r} {event.kind}: left out, its date cannot be used "
            f"(`infoview contacts unlog {contact.id} {event.id}` removes it)"
        )
    if not contact.events and not contact.skipped:
        lines.append(
            f"- nothing logged yet (`infoview contacts log {contact.id} requested` after you reach out)"
        )
    if actions:
        lines += ["", "## Next", ""]
        for action in actions:
            run = f" Run `{action.command}`." if action.command else ""
            window = f"from {show_day(action.starts)}, by {show_day(action.deadline)}"
            lines.append(f"- {action.kind} ({window}): {action.reason}{run}")
    if contact.drafts:
        lines += ["", "## Drafts", ""]
        for draft in contact.drafts:
            text = str(draft.body.get("body") or draft.body.get("subject") or "").strip().splitlines()
            preview = f": {text[0][:70]}" if text else ""
            channel = f" ({draft.channel})" if draft.channel else ""
            lines.append(f"- #{draft.id} {draft.kind}{channel}, {draft.created_at[:10]}{preview}")
    return "\n".join(lines) + "\n"


def _bullet(text: str) -> str:
    """A list item whose later lines (a multi-line note) stay inside it: indented, blank lines kept empty."""
    first, *rest = text.splitlines() or [""]
    return "\n".join([f"- {first}", *(f"  {line}" if line.strip() else "" for line in rest)])
