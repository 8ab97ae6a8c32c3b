"""Outreach channels and their limits, from docs/domain.md#channel-limits.

Characters are counted as the platforms count them: every Unicode code point, spaces and line
breaks included, i.e. ``len(str)``.
"""

from __future__ import annotations

from typing import NamedTuple

from infoview_ai.errors import InputError


class Channel(NamedTuple):  # a NamedTuple: `infoview --help` needs the names, not dataclasses
    name: str
    label: str
    hard_limit: int | None  # characters in the body; None where the channel has none
    target_chars: int | None  # what we aim for when writing
    subject_limit: int | None = None  # characters; None where the channel has no subject
    words: tuple[int, int] | None = None  # target word range for the body


CHANNELS: dict[str, Channel] = {
    "linkedin-note": Channel("linkedin-note", "LinkedIn connection note", 200, 180),
    "linkedin-note-premium": Channel("linkedin-note-premium", "LinkedIn connection note (Premium)", 300, 280),
    "linkedin-message": Channel("linkedin-message", "LinkedIn message", 8000, 800, words=(60, 120)),
    "inmail": Channel("inmail", "LinkedIn InMail", 1900, 800, subject_limit=200, words=(60, 130)),
    "email": Channel("email", "Email", None, None, subject_limit=50, words=(75, 100)),
}

# The names a user may pass to --channel; Premium is a flag, not a channel.
CHANNEL_NAMES = ("linkedin-note", "linkedin-message", "inmail", "email")

THANK_YOU_WORDS = (60, 150)
FOLLOW_UP_MAX_WORDS = 120


def channel_for(name: str, premium: bool = False) -> Channel:
    """The channel named by the user, switching the connection note to Premium's limit on request."""
    if name == "linkedin-note" and premium:
        return CHANNELS["linkedin-note-premium"]
    if name not in CHANNEL_NAMES:
        raise InputError(f"Unknown channel {name!r}: choose one of {', '.join(CHANNEL_NAMES)}.")
    return CHANNELS[name]
