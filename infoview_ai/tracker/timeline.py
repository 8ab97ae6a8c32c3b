"""The timeline side of the contact tracker: `--at` times, checks on logged events, call notes and drafts.

Pure functions of events and drafts (contacts.py stores them), so each can be tested on fixed dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from infoview_ai.errors import InputError
from infoview_ai.tracker.status import Event, check_day_in_range

_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
FUTURE_KINDS = ("scheduled",)  # the call's time: the only event logged ahead of time
FUTURE_TOLERANCE = timedelta(minutes=10)  # clocks and "log it as the call starts" are a little early


def parse_when(text: str | None, now: datetime | None = None) -> str:
    """`--at`: a local date or date and time, normalised to "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".

    Accepts 2026-03-12, 2026-03-12T15:00, "2026-03-12 15:00", today/yesterday/tomorrow with an
    optional "HH:MM"; the default is now. An explicit UTC offset is converted to local time.
    """
    now = now or datetime.now()
    if text is None or not text.strip():
        return now.strftime("%Y-%m-%dT%H:%M")
    cleaned = text.strip()
    word, _, rest = cleaned.partition(" ")
    if word.lower() in _RELATIVE_DAYS:
        day = (now + timedelta(days=_RELATIVE_DAYS[word.lower()])).date().isoformat()
        cleaned = f"{day} {rest}".strip()
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        raise InputError(
            f"--at wants a local date or date and time such as 2026-03-12 or '2026-03-12 15:00', "
            f"not {text!r}."
        ) from None
    check_day_in_range(moment.date(), "--at", text, now.date())  # 9999-12-31 is a typo, not a plan
    if len(cleaned) == 10:
        return moment.date().isoformat()
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M")


def refuse_future(kind: str, when: str, now: datetime) -> None:
    """Only `scheduled` may lie ahead; anything else logged in the future would fake the timeline."""
    if kind in FUTURE_KINDS:
        return
    ahead = (
        date.fromisoformat(when) > now.date()
        if len(when) == 10
        else (datetime.fromisoformat(when) > now + FUTURE_TOLERANCE)
    )
    if ahead:
        shown = when.replace("T", " ")
        raise InputError(
            f"`{kind}` at {shown} is in the future: log it once it has happened (--at defaults to now). "
            "Only `scheduled` takes a future time, the call's."
        )


def sequence_warnings(contact_id: int, events: Sequence[Event], logged: Event) -> list[str]:
    """Things worth a second look after logging ``logged``; warnings only, the event stays logged."""
    if logged.kind == "thanked" and not any(e.kind == "met" and e.at <= logged.at for e in events):
        return [
            f"No call (`met`) is logged before this thank-you. If you had the call, log it so the timeline "
            f"and follow-ups are right: `infoview contacts log {contact_id} met --at WHEN --note-file NOTES`."
        ]
    return []


def call_notes(events: list[Event]) -> str:
    """The notes logged at the latest `met` (several `met` entries that day are one call's notes)."""
    met = [e for e in events if e.kind == "met"]
    if not met:
        return ""
    last_day = max(e.day for e in met)
    return "\n\n".join(e.note for e in sorted(met, key=lambda e: e.at) if e.day == last_day and e.note)


def first_message(drafts: Sequence) -> dict | None:
    """The latest saved first message: an outreach draft, or the outreach inside a prep pack."""
    for draft in reversed(drafts):  # drafts are in the order they were saved
        message = draft.body.get("outreach") if draft.kind == "prep" else draft.body
        if draft.kind in ("outreach", "prep") and isinstance(message, dict) and message.get("body"):
            return {
                "channel": message.get("channel") or draft.channel,
                "subject": message.get("subject"),
                "body": message["body"],
            }
    return None
