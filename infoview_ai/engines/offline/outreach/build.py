"""First-contact outreach: first name, one true hook, who you are, a small ask, thanks and your name.

Every channel's hard limit holds for any profile: each part comes in shorter variants and the drafter picks
the richest combination that fits; ``language.fit_to_limit`` is only the last resort.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from infoview_ai.artifacts import Message
from infoview_ai.channels import Channel, channel_for
from infoview_ai.context import Context
from infoview_ai.engines.offline.outreach.parts import Parts, short_company
from infoview_ai.engines.offline.signals.functions import field_noun
from infoview_ai.engines.offline.signals.roles import work_phrase
from infoview_ai.language import (
    TARGET_GRADE,
    char_count,
    find_cliches,
    fit_to_limit,
    has_job_ask,
    reading_grade,
    word_count,
)
from infoview_ai.language.realise import org_name

Variants = list[tuple[str, int]]


def ask_minutes(ctx: Context) -> int:
    """The call to ask for: 15 minutes, unless the user set a length other than the default 20."""
    return 15 if ctx.minutes == 20 else ctx.minutes


# (text, cost): cost 0 is the richest; "" drops the part


def build_outreach(ctx: Context) -> Message:
    """A first-contact draft for ``ctx.channel`` that always respects the channel's hard limit."""
    channel = channel_for(ctx.channel, ctx.premium)
    parts = Parts(ctx)
    subject = None
    if channel.name.startswith("linkedin-note"):
        body = _note(parts, channel)
    else:
        body = _long(parts, channel)
        if channel.subject_limit:
            subject = subject_line(parts, channel.subject_limit)
    return Message(
        channel=channel.name,
        subject=subject,
        body=body,
        limit=channel.hard_limit,
        characters=char_count(body),
        words=word_count(body),
        notes=_notes(ctx, channel, body),
    )


def _clean(text: str) -> bool:
    return not has_job_ask(text) and not find_cliches(text)


def _choose(
    slots: Sequence[Variants],
    render: Callable[[tuple[str, ...]], str],
    fits: Callable[[str], bool],
    hard: Callable[[str], bool],
) -> str:
    """The cheapest combination of variants that ``fits``, with the other parts chosen to read at grade 8
    or below when that keeps the same hook; else the cheapest within ``hard``; else ""."""
    combos = sorted(
        itertools.product(*[list(enumerate(v)) for v in slots]),
        key=lambda combo: (sum(c[1][1] for c in combo), [c[0] for c in combo]),
    )
    fitting: tuple[str, int] | None = None  # the cheapest fitting text, and its hook
    fallback = None
    for combo in combos:
        text = render(tuple(c[1][0] for c in combo))
        if not _clean(text):
            continue
        if fits(text) and (fitting is None or combo[0][0] == fitting[1]):
            # readability may choose among the other parts, never trade the hook away
            grade = reading_grade(text)
            if grade is None or grade <= TARGET_GRADE:
                return text
            fitting = fitting or (text, combo[0][0])
        if fallback is None and hard(text):
            fallback = text
    return fitting[0] if fitting else fallback or ""


def _costed(items: list[str], step: int, drop: int | None = None) -> Variants:
    out = [(t, i * step) for i, t in enumerate(dict.fromkeys(items))]
    if drop is not None:
        out.append(("", drop))
    return out


def _note(p: Parts, channel: Channel) -> str:
    hooks = _costed(p.hooks(), 2)
    # The premium note's extra 100 characters go to a second true detail about them, when there is one.
    extra = p.second_hook() if channel.name == "linkedin-note-premium" else []
    second = _costed(extra, 1, drop=2) if extra else [("", 0)]
    me = _costed(p.me(long=False), 3, drop=9 if p.me_line else 30)
    m = ask_minutes(p.ctx)
    asks = _costed(
        [
            f"Could I ask you a few questions in a {m}-minute call?",
            f"Could I ask you a few questions in {m} minutes?",
            f"Could we talk for {m} minutes?",
        ],
        2,
    )
    thanks = [("Thank you! ", 0), ("Thanks, ", 1), ("", 2)]
    sign = p.sender_first

    def render(c: tuple[str, ...]) -> str:
        hook, sec, mine, ask, thank = c
        return " ".join(x for x in (f"Hi {p.first},", hook, sec, mine, ask, f"{thank}{sign}") if x)

    target, limit = channel.target_chars or 180, channel.hard_limit or 200
    body = _choose(
        [hooks, second, me, asks, thanks],
        render,
        lambda t: char_count(t) <= target,
        lambda t: char_count(t) <= limit,
    )
    if not body:
        body = render((hooks[-1][0], "", "", asks[-1][0], ""))
    return _force(body, sign, limit)


def _force(body: str, sign: str, limit: int) -> str:
    """Last resort: cut at sentence, clause or word boundaries; the signature stays when it fits."""
    if char_count(body) <= limit:
        return body
    head = body[: -len(sign)].rstrip() if body.endswith(sign) else body
    cut = fit_to_limit(f"{head}\n{sign}", limit).replace("\n", " ")
    return cut if char_count(cut) <= limit else cut[: limit - 1].rstrip() + "…"


def _long(p: Parts, channel: Channel) -> str:
    """LinkedIn message, InMail or email: greeting, hook, who you are, the ask, thanks."""
    name = channel.name
    by = {"email": "by email", "inmail": "here", "linkedin-message": "here"}[name]
    hooks = [(h[0].upper() + h[1:], c) for h, c in _costed(p.hooks(), 2)]
    second = _costed(p.second_hook(), 1, drop=2) if p.second_hook() else [("", 0)]
    me = _costed(p.me(long=True), 2)
    m = ask_minutes(p.ctx)
    span = "15-20" if m == 15 else str(m)
    ask = _costed(
        [
            f"Would you have {span} minutes in the next few weeks for a short call, at a time that suits "
            "you?",
            f"Would you have {span} minutes for a short call in the next few weeks?",
            f"Could we talk for {m} minutes?",
        ],
        2,
    )
    learn = [(p.learn(), 0), ("", 3)]
    alt = [
        (f"If a call is hard to fit in, a few answers {by} would be just as welcome.", 0),
        (f"A few answers {by} would be just as welcome.", 1),
        ("", 4),
    ]
    sign_off = "Thank you for reading this," if name == "inmail" else "Thank you,"

    def render(c: tuple[str, ...]) -> str:
        hook, sec, mine, a, lrn, al = c
        paragraphs = [f"Hi {p.first},"]
        if name == "email":  # who you are first: the reader decides in one line whether to read on
            paragraphs.append(" ".join(x for x in (mine, hook, sec) if x))
        else:
            paragraphs += [" ".join(x for x in (hook, sec) if x), mine]
        paragraphs.append(" ".join(x for x in (a, lrn, al) if x))
        paragraphs.append(f"{sign_off}\n{p.sender_full}")
        return "\n\n".join(x for x in paragraphs if x)

    lo, hi = channel.words or (60, 120)
    limit = channel.hard_limit
    target = 800 if name == "inmail" else channel.target_chars

    def fits(t: str) -> bool:
        return lo <= word_count(t) <= hi and (target is None or char_count(t) <= target)

    def hard(t: str) -> bool:
        return limit is None or char_count(t) <= limit

    body = _choose([hooks, second, me, ask, learn, alt], render, fits, hard)
    if not body:
        body = render((hooks[-1][0], "", me[-1][0], ask[-1][0], "", ""))
    if limit is not None and char_count(body) > limit:
        body = _force(body, p.sender_full, limit)
    return body


def subject_line(p: Parts, limit: int, max_words: int = 6) -> str:
    """3-6 words, about 50 characters at most, naming the hook."""
    options = []
    s = p.top
    if s and s.kind == "transition":
        old, new = (
            short_company(s.facts["old"].company.strip()),
            short_company(s.facts["new"].company.strip()),
        )
        if old and new:
            options += [f"Your path from {org_name(old)} to {org_name(new)}"]
        left, joined = field_noun(s.facts["from_function"]), field_noun(s.facts["to_function"])
        if s.facts["distance"] and left and joined:
            options.append(f"Your move from {left} to {joined}")
        if new:
            options.append(f"Your move to {new}")
    elif s and s.kind == "invitation":
        topic = s.facts["topic"]
        options.append(topic[0].upper() + topic[1:])
    elif s and s.kind == "promotion":
        options.append(f"Your path at {short_company(s.facts['company'])}")
    elif s and s.kind == "common_ground" and s.facts["kind"] == "service":
        options.append(f"A fellow {s.facts['company'].removeprefix('the ').strip()} veteran")
    elif s and s.kind == "common_ground" and s.facts["kind"] == "employer":
        company = s.facts["company"]
        options += [f"We both worked at {short_company(company)}", f"A fellow {short_company(company)} alum"]
    elif s and s.kind == "common_ground" and s.facts["kind"] == "school":
        options.append(f"A fellow {short_company(s.facts['school'])} question")
    work = work_phrase(p.current.title) if p.current else None
    if work:  # "Your path into product design", never "Your path into advisor"
        options.append(f"Your path into {work.removesuffix(' work')}")
    options.append("A question about your career path")
    cap = min(limit, 50)
    for option in options:
        if 3 <= word_count(option) <= max_words and char_count(option) <= cap and _clean(option):
            return option
    return "A question about your career path"


def _notes(ctx: Context, channel: Channel, body: str) -> list[str]:
    notes = []
    if channel.name == "linkedin-note":
        notes.append(
            "Free LinkedIn accounts get only a few personalised notes a month: spend them on people "
            "you most want to meet."
        )
    if channel.hard_limit:
        notes.append(
            f"{char_count(body)} of {channel.hard_limit} characters"
            + (f" (aim for {channel.target_chars} or fewer)." if channel.target_chars else ".")
        )
    if channel.name == "inmail":
        notes.append(
            "InMail bodies are capped at 1,900 characters here (LinkedIn says 2,000); 500-800 read best."
        )
    if channel.name == "email":
        notes.append(f"{word_count(body)} words: 75-100 reads on a phone without scrolling.")
    if channel.name == "linkedin-message":
        notes.append("For a 1st-degree connection; under about 120 words reads best.")
    if "[" in body:
        notes.append(
            "Fill in the [PLACEHOLDERS] before sending: nothing about you or them has been invented."
        )
    notes.append("No reply after 5-7 days? Send one shorter nudge with an easy out, then stop.")
    return notes
