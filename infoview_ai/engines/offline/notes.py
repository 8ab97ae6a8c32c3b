"""Thank-you notes and follow-ups, written offline from the user's notes of the call.

Everything specific (advice, books, people, plans) comes from the call notes, the profile or the sender;
whatever the notes do not say becomes a [PLACEHOLDER: ...] for the user to fill in.
"""

from __future__ import annotations

import re

from ...artifacts import Note
from ...channels import FOLLOW_UP_MAX_WORDS, THANK_YOU_WORDS, channel_for
from ...checks import char_count, fit_to_limit, word_count
from ...context import Context
from ...errors import InputError
from .call_notes import (
    IMPERATIVES,
    Action,
    CallNotes,
    Introduction,
    first_word,
    lower_first,
    parse_call_notes,
    to_first_person,
    to_second_person,
)
from .polish import remove_cliches

NUDGE_MAX_CHARS = 200  # shorter than a connection note, the shortest first message
_NO_NOTES = (
    "Your notes from the call are empty: pass --notes FILE with what they advised, what they "
    "recommended, who they suggested you talk to and what you plan to do. The {what} is built "
    "from them."
)
_MAX_ADVICE_WORDS = 28
_NO_ADVICE = "Your point about [PLACEHOLDER: one specific thing they said]"


def build_thank_you(ctx: Context) -> Note:
    """A 60-150 word thank-you naming their specific advice and what the user will do with it."""
    if not ctx.call_notes.strip():
        raise InputError(_NO_NOTES.format(what="thank-you note"))
    channel, notes_out = _message_channel(ctx)
    call = parse_call_notes(ctx.call_notes, ctx.profile.first_name)
    advice = _advice_items(call, ctx.profile.first_name)
    intro_names = {p.name for p in call.people}
    actions = [a for a in call.actions if not any(name in a.text for name in intro_names)]

    def compose(n_advice: int, n_actions: int, n_resources: int, pad: int) -> str:
        parts = [_thanks_line(call)]
        first = _advice_phrase(advice[0], "thanks") if advice else _NO_ADVICE
        parts.append(f"{first} stuck with me: {_plans(actions[:n_actions])}.")
        for item in advice[1:n_advice]:
            parts.append(f"I also wrote down {_advice_phrase(item, 'also')}.")
        if n_resources and call.resources:
            parts.append(f"And thanks for pointing me to {_resources(call.resources[:n_resources])}.")
        parts += _intro_sentences(call.people[:2])
        parts.append("I'll let you know how it goes.")
        parts += _PADDING[:pad]
        return _letter(ctx, " ".join(parts), channel.name, "Best,")

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
    notes_out += _common_notes(body)
    if not advice:
        notes_out.append("Your notes name no specific advice: fill in one thing they said that you will use.")
    if not call.actions:
        notes_out.append("Your notes name nothing you plan to do: say what you'll do with their advice.")
    return _note("thank_you", body, subject, channel.name, notes_out)


def build_follow_up(ctx: Context) -> Note:
    """A report-back (2-4 weeks after the call) or a single nudge (5-7 days without a reply)."""
    stage = (ctx.follow_up_stage or "report-back").strip().lower().replace("_", "-")
    if stage == "nudge":
        return _nudge(ctx)
    if stage not in ("report-back", "reportback", "report"):
        raise InputError(f"Unknown follow-up stage {ctx.follow_up_stage!r}: choose report-back or nudge.")
    if not ctx.call_notes.strip():
        raise InputError(_NO_NOTES.format(what="report-back"))
    channel, notes_out = _message_channel(ctx)
    call = parse_call_notes(ctx.call_notes, ctx.profile.first_name)
    advice = _advice_items(call, ctx.profile.first_name)
    action = next((a for a in call.actions if not any(p.name in a.text for p in call.people)), None)

    def compose(with_intro: bool, with_question: bool) -> str:
        parts = [
            _advice_phrase(advice[0], "report")
            if advice
            else "When we spoke, you advised me to [PLACEHOLDER: the advice you acted on]."
        ]
        if action and action.phrase:
            parts.append(f"I took it to heart and set out to {_second(action.phrase)}.")
        elif action:
            parts.append(_sentence(_second(action.text)))
        else:
            parts.append("I put it into practice: [PLACEHOLDER: what you did with the advice].")
        if call.results:
            parts.append(f"So far, {_clause(call.results[0])}.")
        else:
            parts.append("So far, [PLACEHOLDER: one result, e.g. what you built, found or learned].")
        if with_intro and call.people:
            parts.append(f"[PLACEHOLDER: if you spoke with {call.people[0].name}, one line on how it went.]")
        if with_question:
            parts.append("If you were in my place, what would you tackle next?")
        return _letter(ctx, " ".join(parts), channel.name, "Thanks again,")

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
    notes_out += _common_notes(body)
    return _note("follow_up", body, subject, channel.name, notes_out)


# --- pieces -----------------------------------------------------------------------------------------------

_PADDING = [
    "Hearing how you think about this work made my next step much clearer.",
    "I'm grateful you made the time.",
    "Your candid answers gave me a far better picture of the work than anything I had read.",
]


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
    notes_out += _common_notes(body)
    return _note("follow_up", body, subject, channel.name, notes_out)


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


def _message_channel(ctx: Context):
    """The channel to write for; a thank-you does not fit a 200-character connection note."""
    channel = channel_for(ctx.channel, ctx.premium)
    if channel.name.startswith("linkedin-note"):
        return channel_for("linkedin-message"), [
            "A connection note holds 200-300 characters: send this as a LinkedIn message (or email) instead."
        ]
    return channel, []


def _letter(ctx: Context, paragraph: str, channel: str, sign_off: str) -> str:
    first = ctx.profile.first_name or "[PLACEHOLDER: first name]"
    name = ctx.sender.name or "[YOUR NAME]"
    if channel == "linkedin-message":
        return f"Hi {first},\n\n{paragraph}\n\n{ctx.sender.first_name or name}"
    return f"Hi {first},\n\n{paragraph}\n\n{sign_off}\n{name}"


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
        return "I'll " + " and ".join(_second(p) for p in phrases[:2])
    return _second(actions[0].text).rstrip(".!")


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


def _intro_sentences(people: list[Introduction]) -> list[str]:
    out = []
    for person in people:
        detail = f" {_second(person.detail)}" if person.detail else ""
        if person.offered:
            out.append(
                f"I'd also welcome the introduction you offered to {person.name}{detail}, whenever it "
                "suits you."
            )
        else:
            out.append(f"I'll get in touch with {person.name}{detail} as you suggested.")
    return out


def _advice_items(call: CallNotes, first_name: str | None) -> list[str]:
    """The advice to quote: labelled or recognised advice, else the user's other notes that state a point
    (not remarks about the person or the call, such as "She was very kind")."""
    items = list(call.advice) or [
        o
        for o in call.other
        if not re.match(r"^(?:she|he|they|i|we|it|the\s+call|our|my|her|his)\b", o, re.IGNORECASE)
        and len(o.split()) >= 4
    ]
    if not first_name:
        return items
    # "Lena said ..." reads like "She said ...": the attribution is dropped when quoting
    said = (
        r"(?=\s+(?:also\s+|really\s+|strongly\s+)?(?:said|says|thinks|believes|stressed|"
        r"emphasi[sz]ed|mentioned|recommended|suggested|advised|told))"
    )
    return [re.sub(rf"^{re.escape(first_name)}{said}", "she", a) for a in items]


_IMPORTANT = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:most\s+important|key|main|biggest|best|first)\s+"
    r"(?:thing|advice|lesson|point|step|move)?\s*(?:is|was|:)\s+",
    re.IGNORECASE,
)
_SAID = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:(?:also|really|strongly)\s+)?(?:said|says|thinks|believes|stressed|"
    r"emphasi[sz]ed|mentioned|recommended|recommends|suggested|suggests|advised|pointed\s+out|"
    r"noted|explained|told\s+me)(?:\s+(?:that|me))?[\s:,]+",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(r"^(?:don['\u2019]t|do\s+not|never)\s+", re.IGNORECASE)


def _advice_form(item: str) -> tuple[str, str]:
    """("to" | "not to" | "never to" | "about" | "that", phrase) for one advice note."""
    # the advice itself, not the reason given after a semicolon or a dash
    text = re.split(r"\s*(?:;|\s[\u2013\u2014-]\s)\s*", item.strip())[0]
    text = to_first_person(_shorten(text.rstrip(".!").strip()))
    text = _SAID.sub("", text)
    text = _IMPORTANT.sub("", text)
    if m := re.match(r"^(?:me\s+)?to\s+", text, re.IGNORECASE):
        return "to", _second(text[m.end() :])
    if m := _NEGATIVE.match(text):
        return ("never to" if m.group(0).lower().startswith("never") else "not to"), _second(text[m.end() :])
    word = first_word(text)
    if _looks_imperative(text):
        return "to", _second(text[0].lower() + text[1:])
    if word.lower().endswith("ing") and len(word) > 4 and word.lower() not in ("something", "nothing"):
        return "about", _second(text[0].lower() + text[1:])
    return "that", _clause(text)


_SUBJECTS = frozenset(
    "the a an this that these those it its there they we you i my your our their his her she he most many "
    "some every each all no any one people what how why when where which if once after before while since "
    "as in on at for with from by to of good".split()
)
_OBJECT_STARTS = frozenset(
    "the a an your my their his her it them this that these those small big more less one two three every "
    "each some any up out down time people yourself on with to about at in into for from what how who early "
    "often first fast slow".split()
)


def _looks_imperative(text: str) -> bool:
    """ "learn SQL", "ship small wins early": a verb first, then its object."""
    words = re.findall(r"[\w'\u2019-]+", text)
    if not words:
        return False
    head = words[0]
    if head.lower() in IMPERATIVES:
        return True
    if head.lower() in _SUBJECTS or not head.isalpha() or head[1:] != head[1:].lower() or head.endswith("s"):
        return False
    return len(words) > 1 and words[1].lower() in _OBJECT_STARTS


def _advice_phrase(item: str, use: str) -> str:
    form, phrase = _advice_form(item)
    if use == "report":
        leads = {"about": "you suggested", "that": "you made the point that"}
        lead = leads.get(form, f"you advised me {form}")
        return f"When we spoke, {lead} {phrase}."
    noun = "point" if form == "that" else "advice"
    return f"{'Your' if use == 'thanks' else 'your'} {noun} {form} {phrase}"


def _shorten(text: str) -> str:
    """Keep a long note to its first clause so the quote stays close and short."""
    words = text.split()
    if len(words) <= _MAX_ADVICE_WORDS:
        return text
    head = " ".join(words[:_MAX_ADVICE_WORDS])
    for mark in (";", " - ", " \u2013 ", ", but", ","):
        index = head.find(mark, 20)
        if index > 0:
            return head[:index]
    return text


def _second(text: str) -> str:
    return to_second_person(text.strip().rstrip(".!"))


def _clause(text: str) -> str:
    return lower_first(_second(text))


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _common_notes(body: str) -> list[str]:
    out = []
    if "[PLACEHOLDER" in body or "[YOUR NAME]" in body:
        out.append("Fill in every [PLACEHOLDER] before sending.")
    out.append("Don't attach or mention your resume unless they asked for it.")
    return out


def _note(kind: str, body: str, subject: str | None, channel: str, notes: list[str]) -> Note:
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
