"""Map a Context to the prompt library's variables, as plain strings ready to render."""

from __future__ import annotations

from infoview_ai.bio import profile_as_text
from infoview_ai.call_plan import question_count
from infoview_ai.channels import Channel, channel_for
from infoview_ai.context import Context
from infoview_ai.errors import PromptError
from infoview_ai.kinds import Kind, kind_named


def prompt_values(kind: Kind | str, ctx: Context) -> dict[str, str]:
    """Every variable the library knows, filled from ``ctx``; a prompt takes the ones it declares.

    All variables are returned, not only the packaged prompt's, so a user's override may use any of them.
    Only ``limit`` depends on the kind: a thank-you on email has a word range, an outreach email another.
    """
    kind = kind_named(kind, PromptError)
    if kind.parts:
        raise PromptError(f"{kind} is a pack of {', '.join(map(str, kind.parts))}: each has its own prompt.")
    channel = channel_for(ctx.channel, ctx.premium)
    return {
        "bio": ctx.bio_text.strip() or profile_as_text(ctx.profile),
        "company": ctx.company or "",
        "company_notes": ctx.target.company_notes.strip(),
        "industry": ctx.target.industry or "",
        "me": _me(ctx),
        "goal": ctx.sender.goal or "",
        "channel": f"{channel.label} (id: {channel.name})",
        "limit": limit_text(kind, channel),
        "notes": ctx.call_notes.strip(),
        "draft": ctx.draft.strip(),
        "minutes": str(ctx.minutes),
        "question_count": str(question_count(ctx.minutes)),
        "stage": ctx.follow_up_stage,
        "today": ctx.as_of.isoformat(),
    }


def limit_text(kind: Kind, channel: Channel) -> str:
    """The channel's rules in words, e.g. "hard limit 200 characters for the whole note, aim for 180"."""
    # A connection note's few hundred characters leave no room for a word range: the character target is
    # the rule. Longer channels are steered by words, and their hard limit is only a ceiling.
    is_short_note = channel.hard_limit is not None and channel.hard_limit <= 300
    if channel.hard_limit is None:
        parts = ["no hard character limit"]
    else:
        aim = f", aim for {channel.target_chars}" if is_short_note and channel.target_chars else ""
        parts = [f"hard limit {channel.hard_limit} characters for the whole body{aim}"]
    if not is_short_note:
        parts.append(_word_rule(kind, channel))
    if channel.subject_limit is not None:
        if channel.name == "email":
            parts.append(f"subject 3-6 words, at most {channel.subject_limit} characters")
        else:
            parts.append(f"subject at most {channel.subject_limit} characters")
    else:
        parts.append("no subject line")
    return "; ".join(parts)


def _word_rule(kind: Kind, channel: Channel) -> str:
    words = kind.words or channel.words
    if not words:
        return "as short as the message allows"
    low, high = words
    rule = f"{low}-{high} words" if low else f"under {high} words"
    return f"{rule}; {kind.length_note}" if kind.length_note else rule


def _me(ctx: Context) -> str:
    """The user's name and background in one block; the name signs the drafts."""
    lines = []
    if ctx.sender.name:
        lines.append(f"Name: {ctx.sender.name}")
    if ctx.sender.background.strip():
        lines.append(ctx.sender.background.strip())
    elif ctx.sender.profile is not None and ctx.sender.profile.is_usable():
        lines.append(profile_as_text(ctx.sender.profile))
    return "\n".join(lines)
