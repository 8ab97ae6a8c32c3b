"""Follow-ups, written offline: a report-back 2-4 weeks after the call, built from the user's notes, or
one short nudge when a first message got no reply."""

from __future__ import annotations

from ...artifacts import Note
from ...channels import FOLLOW_UP_MAX_WORDS, channel_for
from ...checks import char_count, fit_to_limit, word_count
from ...context import Context
from ...errors import InputError
from .advice import advice_items, advice_phrase
from .call_notes import parse_call_notes
from .note_parts import NO_NOTES, common_notes, finish_note, letter, message_channel
from .voice import addressed, addressed_clause

NUDGE_MAX_CHARS = 200  # shorter than a connection note, the shortest first message


def build_follow_up(ctx: Context) -> Note:
    """A report-back (2-4 weeks after the call) or a single nudge (5-7 days without a reply)."""
    stage = (ctx.follow_up_stage or "report-back").strip().lower().replace("_", "-")
    if stage == "nudge":
        return _nudge(ctx)
    if stage not in ("report-back", "reportback", "report"):
        raise InputError(f"Unknown follow-up stage {ctx.follow_up_stage!r}: choose report-back or nudge.")
    if not ctx.call_notes.strip():
        raise InputError(NO_NOTES.format(what="report-back"))
    channel, notes_out = message_channel(ctx)
    call = parse_call_notes(ctx.call_notes, ctx.profile.first_name)
    advice = advice_items(call, ctx.profile.first_name)
    action = next((a for a in call.actions if not any(p.name in a.text for p in call.people)), None)

    def compose(with_intro: bool, with_question: bool) -> str:
        parts = [
            advice_phrase(advice[0], "report")
            if advice
            else "When we spoke, you advised me to [PLACEHOLDER: the advice you acted on]."
        ]
        if action and action.phrase:
            parts.append(f"I took it to heart and set out to {addressed(action.phrase)}.")
        elif action:
            parts.append(_sentence(addressed(action.text)))
        else:
            parts.append("I put it into practice: [PLACEHOLDER: what you did with the advice].")
        if call.results:
            parts.append(f"So far, {addressed_clause(call.results[0])}.")
        else:
            parts.append("So far, [PLACEHOLDER: one result, e.g. what you built, found or learned].")
        if with_intro and call.people:
            parts.append(f"[PLACEHOLDER: if you spoke with {call.people[0].name}, one line on how it went.]")
        if with_question:
            parts.append("If you were in my place, what would you tackle next?")
        return letter(ctx, " ".join(parts), channel.name, "Thanks again,")

    body = compose(True, True)
    for option in ((False, True), (False, False)):
        if word_count(body) < FOLLOW_UP_MAX_WORDS:
            break
        body = compose(*option)
    subject = "An update since our call" if channel.subject_limit else None
    notes_out = [
        "Send 2-4 weeks after the call, once you have acted on their advice; after that, check in "
        "a few times a year."
    ] + notes_out
    notes_out.append(f"Keep it under {FOLLOW_UP_MAX_WORDS} words and to one question at most.")
    notes_out += common_notes(body)
    return finish_note("follow_up", body, subject, channel.name, notes_out)


def _nudge(ctx: Context) -> Note:
    channel = channel_for(ctx.channel, ctx.premium)
    first = ctx.profile.first_name or "[PLACEHOLDER: first name]"
    sender = ctx.sender.first_name or "[YOUR NAME]"
    hooks = [h for h in (_path_hook(ctx), "your work", "") if h is not None]
    body = ""
    for hook in hooks:
        about = f" to hear {'' if hook.startswith('how ') else 'about '}{hook}" if hook else ""
        body = (
            f"Hi {first}, following up on my note from last week: I'd still value {ctx.minutes} "
            f"minutes{about}. No worries if now is busy.\n{sender}"
        )
        if char_count(body) <= NUDGE_MAX_CHARS:
            break
    body = fit_to_limit(body, NUDGE_MAX_CHARS)
    subject = "Re: [PLACEHOLDER: your first message's subject]" if channel.subject_limit else None
    notes_out = [
        "Send one nudge only, 5-7 days after your first message. After two unanswered touches, mark the "
        "contact cold.",
        "Dalton's 3B7: after 3 business days without a reply you can also contact a second person at the "
        "same employer; nudge the first after 7 business days.",
        "Send it in the same thread or conversation, so your first message sits right below it.",
    ]
    if channel.name.startswith("linkedin-note"):
        notes_out.append(
            "LinkedIn allows one note per invitation: if they haven't accepted yet, send this "
            "as a message once connected, or by email."
        )
    notes_out += common_notes(body)
    return finish_note("follow_up", body, subject, channel.name, notes_out)


def _path_hook(ctx: Context) -> str | None:
    """ "how you moved from Deloitte to Oakridge Foods", from the profile, else None."""
    positions = ctx.profile.positions
    if len(positions) >= 2 and positions[0].company and positions[1].company:
        previous = next((p.company for p in positions[1:] if p.company != positions[0].company), None)
        if previous:
            return f"how you moved from {previous} to {positions[0].company}"
    if positions and positions[0].company:
        return f"your work at {positions[0].company}"
    return None


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
