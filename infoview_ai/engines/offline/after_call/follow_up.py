"""Follow-ups, written offline: a report-back 2-4 weeks after the call, built from the user's notes, or
one short nudge when a first message got no reply."""

from __future__ import annotations

from infoview_ai.artifacts import Note
from infoview_ai.career import current_role
from infoview_ai.channels import FOLLOW_UP_MAX_WORDS, channel_for
from infoview_ai.context import Context
from infoview_ai.engines.offline.after_call.call_notes import Action, CallNotes, parse_call_notes
from infoview_ai.engines.offline.after_call.letter import (
    NO_NOTES,
    common_notes,
    finish_note,
    letter,
    message_channel,
)
from infoview_ai.engines.offline.after_call.quoted_advice import advice_items, advice_phrase
from infoview_ai.engines.offline.after_call.short_note import (
    connection_note_notes,
    first_clause,
    fit_connection_note,
)
from infoview_ai.engines.offline.outreach.build import ask_minutes
from infoview_ai.engines.offline.outreach.build import subject_line as outreach_subject
from infoview_ai.engines.offline.outreach.parts import Parts
from infoview_ai.engines.offline.signals.find import find_signals
from infoview_ai.engines.offline.signals.functions import field_noun, function_distance, functions_of
from infoview_ai.engines.offline.signals.roles import function_phrase
from infoview_ai.engines.offline.signals.signal import of_kind
from infoview_ai.errors import InputError
from infoview_ai.language import addressed, addressed_clause, char_count, fit_to_limit, word_count

NUDGE_MAX_CHARS = 180  # shorter than a connection note (aim 180), the shortest first message


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
    candidates = [a for a in call.actions if not any(p.name in a.text for p in call.people)]
    action = next((a for a in candidates if not a.suggested), candidates[0] if candidates else None)

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
        elif not action:
            parts.append("So far, [PLACEHOLDER: one result, e.g. what you built, found or learned].")
        if with_intro and call.people and call.results:
            parts.append(f"[PLACEHOLDER: if you spoke with {call.people[0].name}, one line on how it went.]")
        if with_question:
            parts.append("If you were in my place, what would you tackle next?")
        return letter(ctx, " ".join(parts), channel.name, "Thanks again,")

    if ctx.channel.startswith("linkedin-note"):
        note_channel = channel_for(ctx.channel, ctx.premium)
        body = fit_connection_note(ctx, note_channel, _short_versions(call, advice, action))
        notes_out = ["Send 2-4 weeks after the call, once you have acted on their advice."]
        notes_out += connection_note_notes(note_channel) + common_notes(body)
        return finish_note("follow_up", body, None, ctx.channel, notes_out)

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
    if not call.results:
        who = f" and how it went with {call.people[0].name}" if call.people else ""
        notes_out.append(
            f"Your notes record no result yet: add one line on what came of it{who} before sending "
            '(a notes line starting "Since the call" is used as the result).'
        )
    notes_out += common_notes(body)
    return finish_note("follow_up", body, subject, channel.name, notes_out)


def _short_versions(call: CallNotes, advice: list[str], action: Action | None) -> list[str]:
    """Connection-note versions of the report-back, richest first: the advice, what the user did with it,
    the result so far; then fewer of them."""
    said = [
        advice_phrase(a, "report") for a in dict.fromkeys(advice[:1] + [first_clause(a) for a in advice[:1]])
    ]
    did = (
        [f"I took it to heart and set out to {addressed(action.phrase)}."] if action and action.phrase else []
    )
    got = [f"So far, {addressed_clause(call.results[0])}."] if call.results else []
    out = [" ".join([s, *did, *got]) for s in said]
    out += [" ".join([s, *got]) for s in said if got]
    if got:
        out.append(f"a quick update since our call: {addressed_clause(call.results[0])}.")
    out += [" ".join([s, *did]) for s in said if did] + said
    return [*out, "thanks again for our call and your advice.", "thanks again for our call."]


def _nudge(ctx: Context) -> Note:
    channel = channel_for(ctx.channel, ctx.premium)
    first = ctx.profile.first_name or "[PLACEHOLDER: first name]"
    sender = ctx.sender.first_name or "[YOUR NAME]"
    m = ask_minutes(ctx)
    asks = (
        f"Could I still ask you a few questions in a {m}-minute call?",
        f"Could I ask you a few questions in {m} minutes?",
    )
    hooks = [f" about {h}" for h in _path_hooks(ctx)] + [""]
    options = [
        f"Hi {first}, following up on my note{when}{hook}. {ask} No worries if now is busy.\n{sender}"
        for ask in asks
        for hook in hooks
        for when in (" from last week", "")
    ]
    body = next((o for o in options if char_count(o) < NUDGE_MAX_CHARS), options[-1])
    body = fit_to_limit(body, NUDGE_MAX_CHARS)
    sent_subject = (ctx.first_message or {}).get("subject")
    if not channel.subject_limit:
        subject = None
    elif sent_subject:  # reply in the thread of the request that was actually sent
        subject = sent_subject if sent_subject.lower().startswith("re:") else f"Re: {sent_subject}"
    else:
        subject = f"Re: {outreach_subject(Parts(ctx), channel.subject_limit, max_words=5)}"
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


def _path_hooks(ctx: Context) -> list[str]:
    """The most striking move ("how you moved from architecture into product design"), else a move between
    companies, else their work at their company; richest first."""
    moves = [s for s in of_kind(find_signals(ctx), "transition") if not s.facts["internal"]]
    current = current_role(ctx.profile)
    now = function_phrase(current.title) if current else None
    now_fn = functions_of(current.title) if current else None
    out: list[str] = []
    for s in moves:
        f = s.facts
        if f["distance"] and f["from_function"]:
            left, joined = field_noun(f["from_function"]), field_noun(f["to_function"])
            if now and function_distance(now_fn, f["to_function"]) == 0:
                out.append(f"how you moved from {left} into {now}")
            out.append(f"how you moved from {left} into {joined}")
            break
    for s in moves:
        old, new = s.facts["old"].company.strip(), s.facts["new"].company.strip()
        if old and new:
            out.append(f"how you moved from {old} to {new}")
            break
    if current and current.company.strip():
        out.append(f"your work at {current.company}")
    return list(dict.fromkeys(out))


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
