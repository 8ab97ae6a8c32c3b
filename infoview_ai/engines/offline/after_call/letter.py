"""What the thank-you and follow-up builders share: the channel, the letter around the paragraph, the notes
to the user and the finished Note."""

from __future__ import annotations

from infoview_ai.artifacts import Note
from infoview_ai.channels import Channel, channel_for
from infoview_ai.context import Context
from infoview_ai.language import char_count, remove_cliches, word_count

NO_NOTES = (
    "Your notes from the call are empty: pass --notes FILE with what they advised, what they "
    "recommended, who they suggested you talk to and what you plan to do. The {what} is built "
    "from them."
)


def message_channel(ctx: Context) -> tuple[Channel, list[str]]:
    """The channel to write for; a thank-you does not fit a 200-character connection note."""
    channel = channel_for(ctx.channel, ctx.premium)
    if channel.name.startswith("linkedin-note"):
        return channel_for("linkedin-message"), [
            "A connection note holds 200-300 characters: send this as a LinkedIn message (or email) instead."
        ]
    return channel, []


def letter(ctx: Context, paragraph: str, channel: str, sign_off: str) -> str:
    first = ctx.profile.first_name or "[PLACEHOLDER: first name]"
    name = ctx.sender.name or "[YOUR NAME]"
    if channel == "linkedin-message":
        return f"Hi {first},\n\n{paragraph}\n\n{ctx.sender.first_name or name}"
    return f"Hi {first},\n\n{paragraph}\n\n{sign_off}\n{name}"


def common_notes(body: str) -> list[str]:
    out = []
    if "[PLACEHOLDER" in body or "[YOUR NAME]" in body:
        out.append("Fill in every [PLACEHOLDER] before sending.")
    out.append("Don't attach or mention your resume unless they asked for it.")
    return out


def finish_note(kind: str, body: str, subject: str | None, channel: str, notes: list[str]) -> Note:
    body, _ = remove_cliches(body)  # the user's own notes may carry "reach out" and friends
    return Note(
        kind=kind,
        body=body,
        subject=subject,
        channel=channel,
        characters=char_count(body),
        words=word_count(body),
        notes=notes,
    )
