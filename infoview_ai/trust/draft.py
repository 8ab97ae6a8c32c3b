"""A prose draft under review, and which channel's rules apply to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from infoview_ai.channels import CHANNEL_NAMES, Channel, channel_for
from infoview_ai.context import Context
from infoview_ai.kinds import Kind


@dataclass
class Draft:
    """The text parts of a prose deliverable, and what review changed in them."""

    kind: Kind  # a prose kind, or USER_DRAFT for `infoview check`
    channel: Channel
    body: str
    subject: str | None = None
    changes: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # ungrounded spans swapped for placeholders
    removed_links: list[str] = field(default_factory=list)
    cliches_removed: list[str] = field(default_factory=list)


def word_target(kind: Kind, channel: Channel) -> tuple[int, int] | None:
    """The kind's word range, except in a connection note: its few hundred characters are the limit, and
    a 60-word floor (a thank-you's) cannot be met inside them."""
    if channel.hard_limit is not None and channel.hard_limit <= 300:
        return channel.words
    return kind.words or channel.words


def channel_of(ctx: Context, written_for: str | None = None) -> Channel:
    """The channel whose limits apply: the one the draft was written for when an engine chose another
    (a thank-you asked for as a connection note is written as a LinkedIn message)."""
    name = written_for if written_for in CHANNEL_NAMES else ctx.channel
    return channel_for(name, ctx.premium)


def expected_name(ctx: Context, formal: bool) -> str | None:
    """The first name, or the last name after a title ("Dear Ms. Okafor")."""
    if not formal:
        return ctx.profile.first_name
    parts = (ctx.profile.name or "").split()
    return parts[-1] if len(parts) > 1 else None
