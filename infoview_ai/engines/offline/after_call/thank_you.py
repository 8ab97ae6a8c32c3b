"""Thank-you notes, written offline from the user's notes of the call.

Everything specific (advice, books, people, plans) comes from the call notes, the profile or the sender;
whatever the notes do not say becomes a [PLACEHOLDER: ...] for the user to fill in.
"""

from __future__ import annotations

import re

from infoview_ai.artifacts import Note
from infoview_ai.channels import THANK_YOU_WORDS, channel_for
from infoview_ai.context import Context
from infoview_ai.engines.offline.after_call.call_notes import (
    Action,
    CallNotes,
    Introduction,
    parse_call_notes,
)
from infoview_ai.engines.offline.after_call.letter import (
    NO_NOTES,
    common_notes,
    finish_note,
    letter,
    message_channel,
)
from infoview_ai.engines.offline.after_call.quoted_advice import advice_items, advice_phrase, stuck_with_me
from infoview_ai.engines.offline.after_call.short_note import (
    connection_note_notes,
    first_clause,
    fit_connection_note,
)
from infoview_ai.errors import InputError
from infoview_ai.language import addressed, word_count

_NO_ADVICE = "Your point about [PLACEHOLDER: one specific thing they said]"


def build_thank_you(ctx: Context) -> Note:
    """A 60-150 word thank-you naming their specific advice and what the user will do with it."""
    if not ctx.call_notes.strip():
        raise InputError(NO_NOTES.format(what="thank-you note"))
    channel, notes_out = message_channel(ctx)
    call = parse_call_notes(ctx.call_notes, ctx.profile.first_name)
    if ctx.met_on:  # the logged meeting knows the day better than the notes do
        call.day = ctx.met_on.strftime("%A")
    advice = advice_items(call, ctx.profile.first_name)
    intro_names = {p.name for p in call.people}
    actions = [a for a in call.actions if not a.suggested and not any(name in a.text for name in intro_names)]
    suggested = [a for a in call.actions if a.suggested and a.phrase]

    def compose(n_advice: int, n_actions: int, n_resources: int, pad: int) -> str:
        parts = [_thanks_line(call)]
        first = advice_phrase(advice[0], "thanks") if advice else _NO_ADVICE
        plans = _plans(actions[:n_actions])
        joined = stuck_with_me(first, plans)
        parts += [joined] if word_count(joined) <= MAX_SENTENCE_WORDS else [stuck_with_me(first), f"{plans}."]
        for item in advice[1:n_advice]:
            also = f"I also wrote down {advice_phrase(item, 'also')}."
            if word_count(also) <= MAX_SENTENCE_WORDS:
                parts.append(also)
        if n_resources and call.resources:
            parts.append(f"And thanks for pointing me to {_resources(call.resources[:n_resources])}.")
        parts += [
            f"I'll also {addressed(a.phrase or '')}, as you suggested." for a in suggested[: n_resources or 1]
        ]
        parts += [_offer_sentence(o) for o in call.offers[:1]]
        parts += _intro_sentences(call.people[:2])
        parts.append("I'll let you know how it goes.")
        parts += _PADDING[:pad]
        return letter(ctx, " ".join(parts), channel.name, "Best,")

    if ctx.channel.startswith("linkedin-note"):
        note_channel = channel_for(ctx.channel, ctx.premium)
        body = fit_connection_note(ctx, note_channel, _short_versions(call, advice, actions))
        notes_out = ["Send within 24 hours of the call (the same day if you spoke in the morning)."]
        notes_out += connection_note_notes(note_channel) + common_notes(body)
        return finish_note("thank_you", body, None, ctx.channel, notes_out)

    low, high = THANK_YOU_WORDS
    body = ""
    for n_advice, n_actions, n_resources in ((2, 2, 2), (2, 1, 1), (1, 1, 1), (1, 1, 0)):
        body = compose(n_advice, n_actions, n_resources, 0)
        if word_count(body) <= high:
            break
    pad = 0
    while word_count(body) < low and pad < len(_PADDING):
        pad += 1
        body = compose(n_advice, n_actions, n_resources, pad)

    subject = None
    if channel.subject_limit:
        first = ctx.profile.first_name
        subject = (
            f"Thank you for {call.day}'s call"
            if call.day
            else (f"Thank you for your time, {first}" if first else "Thank you for the call")
        )
    notes_out = ["Send within 24 hours of the call (the same day if you spoke in the morning)."] + notes_out
    notes_out += common_notes(body)
    if not advice:
        notes_out.append("Your notes name no specific advice: fill in one thing they said that you will use.")
    if not actions and not suggested:
        notes_out.append("Your notes name nothing you plan to do: say what you'll do with their advice.")
    return finish_note("thank_you", body, subject, channel.name, notes_out)


def _short_versions(call: CallNotes, advice: list[str], actions: list[Action]) -> list[str]:
    """Connection-note versions, richest first: the one most specific advice, one plan, the thanks."""
    when = f" on {call.day}" if call.day else ""
    thanks = f"thank you for the call{when}."
    plans = _plans(actions[:1]) if any(a.phrase for a in actions[:1]) else None
    out = []
    for item in dict.fromkeys(advice[:1] + [first_clause(a) for a in advice[:1]]):
        first = advice_phrase(item, "thanks")
        if plans:
            out.append(f"{thanks} {stuck_with_me(first, plans)}")
    for item in dict.fromkeys(advice[:1] + [first_clause(a) for a in advice[:1]]):
        out.append(f"{thanks} {stuck_with_me(advice_phrase(item, 'thanks'))}")
    if plans:
        out.append(f"{thanks} {plans}.")
    return out + [f"{thanks} I'll let you know how it goes.", "thank you for your time."]


_PADDING = [
    "Hearing how you think about this work made my next step much clearer.",
    "I'm grateful you made the time.",
    "Your candid answers gave me a far better picture of the work than anything I had read.",
]


MAX_SENTENCE_WORDS = 30  # the trust check's long-sentence limit
_REVIEW = re.compile(
    r"^(?:review|look\s+(?:at|over)|read|check|critique|give\s+(?:me\s+)?feedback\s+on)\s+"
    r"(?P<obj>(?:my|the|a)\s+[^,.;]+?)(?P<rest>\s+(?:once|when|after|before|by)\b.*)?$",
    re.IGNORECASE,
)


def _offer_sentence(offer: str) -> str:
    """ "review my case study once it's done" -> "I'll send you my case study once it's done, as you
    offered."; any other offer is thanked for as written."""
    if m := _REVIEW.match(offer):
        return f"I'll send you {m.group('obj')}{m.group('rest') or ''}, as you offered."
    return f"Thank you for offering to {addressed(offer)}."


def _thanks_line(call: CallNotes) -> str:
    when = f" on {call.day}" if call.day else ""
    if call.minutes:
        return f"Thank you for the {call.minutes} minutes you gave me{when}."
    return f"Thank you for taking the time to talk with me{when}."


def _plans(actions: list[Action]) -> str:
    if not actions:
        return "[PLACEHOLDER: what you'll do with it]"
    phrases = [a.phrase for a in actions if a.phrase]
    if phrases:
        return "I'll " + " and ".join(addressed(p) for p in phrases[:2])
    return addressed(actions[0].text).rstrip(".!")


def _resources(resources: list[str]) -> str:
    short = [_with_article(r) for r in resources if len(r.split()) <= 12]
    if not short:
        return "the reading you suggested"
    return " and ".join(short[:2])


_GENERIC_NOUNS = (
    "course",
    "book",
    "podcast",
    "newsletter",
    "site",
    "website",
    "class",
    "certification",
    "program",
    "programme",
    "community",
    "conference",
    "blog",
    "group",
    "report",
    "textbook",
    # a title-cased name ending in one of these reads with "the": "the AWS Welding Inspection Handbook"
    "handbook",
    "guide",
    "manual",
    "playbook",
    "toolkit",
    "seminar",
    "workshop",
    "bootcamp",
    "specialization",
    "certificate",
    "series",
    "association",
    "society",
    "institute",
    "forum",
    "network",
    "exam",
    "standard",
    "framework",
    "library",
)


_AUTHOR_TITLE = re.compile(
    r"^(?P<author>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}),\s+"
    r"(?P<title>[A-Z\d][^,]+)$"
)


def _with_article(resource: str) -> str:
    """ "APICS CPIM course" -> "the APICS CPIM course"; "Chopra, Supply Chain Management" ->
    "Supply Chain Management by Chopra"; other names and titles stay as written."""
    if m := _AUTHOR_TITLE.match(resource.strip()):
        return f"{m.group('title').strip()} by {m.group('author')}"
    words = resource.split()
    last = words[-1].lower().strip(".,") if words else ""
    lead = words[0].lower() if words else ""
    if last in _GENERIC_NOUNS and words[0] == "The":
        return "the" + resource[3:]  # "The Supply Chain Nerd podcast" mid-sentence
    if (
        last in _GENERIC_NOUNS
        and lead not in ("the", "a", "an", "my", "your", "her", "his", "their")
        and not re.search(r"['\u2019]s$", words[0])
    ):
        return f"the {resource}"
    return resource


_THEIR = re.compile(r"\btheir\b")


def _intro_sentences(people: list[Introduction]) -> list[str]:
    out = []
    for person in people:
        # "Sam on their team": in a note about the professional, "their" is theirs, so "your team"
        detail = " " + _THEIR.sub("your", addressed(person.detail)) if person.detail else ""
        if person.offered:
            out.append(
                f"I'd also welcome the introduction you offered to {person.name}{detail}, whenever it "
                "suits you."
            )
        else:
            out.append(f"I'll get in touch with {person.name}{detail} as you suggested.")
    return out
