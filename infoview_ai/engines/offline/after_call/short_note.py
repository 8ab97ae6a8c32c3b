"""The after-call notes cut down to a LinkedIn connection note (200 characters, 300 with Premium).

A connection note is a hard limit, not a target: the long note is never sent as is. Versions are tried
from the richest (one piece of advice, one plan) to the barest (thanks and a sign-off); the first that fits
is used. When not even the barest fits (a very long name), it is returned over the limit so the trust
check fails it rather than a message the platform would reject going out.
"""

from __future__ import annotations

import re

from infoview_ai.channels import Channel
from infoview_ai.context import Context
from infoview_ai.language import char_count


def connection_note_notes(channel: Channel) -> list[str]:
    return [
        f"A connection note holds {channel.hard_limit} characters, so this is the short version (one point "
        "and your thanks); for the full note use --channel linkedin-message or email."
    ]


def fit_connection_note(ctx: Context, channel: Channel, versions: list[str]) -> str:
    """The first version (richest first) that fits the channel's hard limit with greeting and sign-off."""
    first = ctx.profile.first_name or "[PLACEHOLDER: first name]"
    sender = ctx.sender.first_name or ctx.sender.name or "[YOUR NAME]"
    limit = channel.hard_limit or 0
    bodies = [f"Hi {first}, {_continued(v.strip())}\n{sender}" for v in versions if v.strip()]
    return next((b for b in bodies if char_count(b) <= limit), bodies[-1])


def first_clause(text: str) -> str:
    """ "get the CWI first, then ASNT Level II" -> "get the CWI first": a shorter quote, still whole."""
    head = re.split(r"\s*(?:;|,|\s[\u2013\u2014-]\s)\s*", text.strip())[0]
    return head if len(head.split()) >= 3 else text


def _continued(text: str) -> str:
    """ "When we spoke, ..." after "Hi Maria, ": the versions start with our own words, never a name."""
    word = text.split()[0]
    return text if word == "I" or word.startswith(("I'", "I\u2019")) else text[0].lower() + text[1:]
