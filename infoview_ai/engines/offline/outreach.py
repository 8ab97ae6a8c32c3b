"""First-contact outreach: first name, one true hook, who you are, a small ask, thanks and your name.

Every channel's hard limit holds for any profile: each part comes in shorter variants and the drafter picks
the richest combination that fits; ``checks.fit_to_limit`` is only the last resort.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from ...artifacts import Message
from ...channels import Channel, channel_for
from ...checks import char_count, find_cliches, fit_to_limit, has_job_ask, word_count
from ...context import Context
from .base import Signal, of_kind
from .roles import function_phrase, is_leader, main_positions
from .signals import find_signals
from .text import about_me_line, first_name, goal_path, number_word, sentences

ONE_LINE = "[ONE LINE ABOUT YOU]"
YOUR_NAME = "[YOUR NAME]"
FIRST_NAME = "[FIRST NAME]"
HOOK_PLACEHOLDER = "[ONE SPECIFIC DETAIL FROM THEIR PROFILE]"

Variants = list[tuple[str, int]]  # (text, cost): cost 0 is the richest; "" drops the part

_GENERIC_COMPANY_WORDS = {
    "foods",
    "food",
    "inc",
    "inc.",
    "group",
    "labs",
    "technologies",
    "technology",
    "solutions",
    "systems",
    "holdings",
    "company",
    "co",
    "co.",
    "corporation",
    "corp",
    "partners",
    "consulting",
    "llc",
    "ltd",
    "gmbh",
    "international",
    "global",
    "software",
    "analytics",
    "capital",
    "health",
    "industries",
    "services",
}


def build_outreach(ctx: Context) -> Message:
    """A first-contact draft for ``ctx.channel`` that always respects the channel's hard limit."""
    channel = channel_for(ctx.channel, ctx.premium)
    parts = _Parts(ctx)
    subject = None
    if channel.name.startswith("linkedin-note"):
        body = _note(parts, channel)
    else:
        body = _long(parts, channel)
        if channel.subject_limit:
            subject = _subject(parts, channel.subject_limit)
    return Message(
        channel=channel.name,
        subject=subject,
        body=body,
        limit=channel.hard_limit,
        characters=char_count(body),
        words=word_count(body),
        notes=_notes(ctx, channel, body),
    )


def short_company(name: str) -> str:
    """ "Oakridge Foods" -> "Oakridge" for subject lines; names without a generic tail stay whole."""
    words = name.split()
    if (
        len(words) > 1
        and len(words[0]) >= 4
        and all(w.lower().strip(",") in _GENERIC_COMPANY_WORDS for w in words[1:])
    ):
        return words[0]
    return name


class _Parts:
    """Everything the drafts are made of, each in richest-first variants."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.signals = find_signals(ctx)
        first = first_name(ctx.profile.name) if ctx.profile.name else None
        self.first = first or FIRST_NAME
        self.sender_first = ctx.sender.first_name or YOUR_NAME
        self.sender_full = (
            ctx.sender.name.strip() if ctx.sender.name and ctx.sender.name.strip() else YOUR_NAME
        )
        self.goal = goal_path(ctx.sender)
        roles = main_positions(ctx.profile)
        self.current = roles[0] if roles else None
        self.phrase = function_phrase(self.current.title) if self.current else None
        self.me_line = about_me_line(ctx.sender)
        self.top = self._top_signal()

    def _top_signal(self) -> Signal | None:
        order = (
            "transition",
            "invitation",
            "promotion",
            "common_ground",
            "long_tenure",
            "side_role",
            "cares",
        )
        for kind in order:
            for s in of_kind(self.signals, kind):
                if kind == "transition" and s.facts["internal"]:
                    continue
                if kind == "common_ground" and s.facts["kind"] not in {"school", "employer"}:
                    continue
                return s
        return None

    def aims(self) -> list[str]:
        out = []
        if self.goal:
            out.append(f"is the path I hope to take from {self.goal[0]}")
        return out + ["is the path I'm trying to understand", "is the path I'm exploring"]

    def hooks(self) -> list[str]:
        """Hook sentences (lower-case start, to follow "Hi Lena, "), richest first."""
        s, out = self.top, []
        if s is None:
            if self.current and self.phrase:
                out += [
                    f"I'd like to understand what {self.phrase} work looks like at {self.current.company}.",
                    f"I'd like to understand what {self.phrase} work looks like.",
                ]
            if self.current:
                out += [f"I'd like to understand your work at {self.current.company}."]
            return out + [f"I'm writing because of {HOOK_PLACEHOLDER}."]
        f = s.facts
        if s.kind == "transition":
            old, new = f["old"], f["new"]
            cur = self.current or new
            verb = "leading" if is_leader(cur.title) else "working in"
            for aim in self.aims():
                if self.phrase:
                    out.append(
                        f"your move from {old.company} to {verb} {self.phrase} at {cur.company} {aim}."
                    )
                out.append(f"your move from {old.company} to {new.company} {aim}.")
            if f["from_function"] and f["to_function"]:
                out.append(
                    f"your move from {f['from_function']} to {f['to_function']} is the path I'm exploring."
                )
        elif s.kind in {"invitation", "cares"}:
            what = "you invite questions about" if s.kind == "invitation" else "you write that you care about"
            out += [f"{what} {f['topic']}, and I have a few.", f"{what} {f['topic']}."]
        elif s.kind == "promotion":
            for aim in self.aims():
                out.append(f"your path from {f['from_title']} to {f['to_title']} at {f['company']} {aim}.")
            out.append(f"your path to {f['to_title']} is the one I'm trying to understand.")
        elif s.kind == "common_ground":
            if f["kind"] == "school":
                who = (
                    "student"
                    if re.search(r"\b(?:student|finishing|studying)\b", self.ctx.sender.background, re.I)
                    else "graduate"
                )
                out += [
                    f"as a fellow {f['school']} {who}, I'd value your view of {self.phrase or 'your field'}.",
                    f"I'm a fellow {f['school']} {who}.",
                ]
            else:
                out += [
                    f"I saw we both worked at {f['company']}, and I'd like to learn where it led you.",
                    f"I saw we both worked at {f['company']}.",
                ]
        elif s.kind == "long_tenure":
            years = number_word(f["months"] // 12)
            out += [
                f"you've spent {years} years at {f['company']}, and I'd like to learn how the work "
                "has changed.",
                f"your {years} years at {f['company']} caught my eye.",
            ]
        elif s.kind == "side_role":
            org = f" at {f['org']}" if f.get("org") else ""
            out += [
                f"I saw your {f['kind']} work{org}, and I'd like to learn from how you got here.",
                f"I saw your {f['kind']} work{org}.",
            ]
        if self.current:
            out.append(f"I'd like to understand your work at {self.current.company}.")
        return out + ["your career path is the one I'm exploring."]

    def second_hook(self) -> list[str]:
        """A second true detail for the longer channels, or nothing."""
        for s in self.signals:
            if s is self.top:
                continue
            if s.kind == "invitation":
                return [
                    f"You invite questions about {s.facts['topic']}, so I hope a few from me are welcome."
                ]
            if s.kind == "promotion" and self.top and self.top.kind != "promotion":
                return [f"I'd also like to hear how the step up to {s.facts['to_title']} changed your work."]
        return []

    def me(self, long: bool) -> list[str]:
        if not self.me_line:
            return [ONE_LINE]
        lines = [self.me_line]
        if long:
            more = [
                x
                for x in sentences(self.ctx.sender.background)[1:3]
                if not has_job_ask(x) and not find_cliches(x)
            ]
            if more:
                two = " ".join(
                    [self.me_line, more[0] if more[0].endswith((".", "!", "?")) else more[0] + "."]
                )
                lines.insert(0, two)
            return lines
        short = re.sub(r"^(.*\S)(?:,[^,]*|\s+(?:at|in|with|for)\s+[^,]+)\.$", r"\1.", self.me_line)
        if short != self.me_line and word_count(short) >= 4:
            lines.append(short)
        return lines

    def learn(self) -> str:
        if self.top and self.top.kind == "transition":
            return "I'd love to hear what made the switch work and what you'd focus on in my position."
        return "I'd love to hear how you got where you are and what you'd focus on in my position."


def _clean(text: str) -> bool:
    return not has_job_ask(text) and not find_cliches(text)


def _choose(
    slots: Sequence[Variants],
    render: Callable[[tuple[str, ...]], str],
    fits: Callable[[str], bool],
    hard: Callable[[str], bool],
) -> str:
    """The cheapest combination of variants that ``fits``; else the cheapest within ``hard``; else None."""
    combos = sorted(
        itertools.product(*[list(enumerate(v)) for v in slots]),
        key=lambda combo: (sum(c[1][1] for c in combo), [c[0] for c in combo]),
    )
    fallback = None
    for combo in combos:
        text = render(tuple(c[1][0] for c in combo))
        if not _clean(text):
            continue
        if fits(text):
            return text
        if fallback is None and hard(text):
            fallback = text
    return fallback or ""


def _costed(items: list[str], step: int, drop: int | None = None) -> Variants:
    out = [(t, i * step) for i, t in enumerate(dict.fromkeys(items))]
    if drop is not None:
        out.append(("", drop))
    return out


def _note(p: _Parts, channel: Channel) -> str:
    hooks = _costed(p.hooks(), 2)
    me = _costed(p.me(long=False), 3, drop=9 if p.me_line else 30)
    asks = _costed(
        [
            "Could I ask you a few questions in a 15-minute call?",
            "Could I ask you a few questions in 15 min?",
            "Open to a 15-min chat?",
        ],
        2,
    )
    thanks = [("Thank you! ", 0), ("Thanks, ", 1), ("", 2)]
    sign = p.sender_first

    def render(c: tuple[str, ...]) -> str:
        hook, mine, ask, thank = c
        return " ".join(x for x in (f"Hi {p.first},", hook, mine, ask, f"{thank}{sign}") if x)

    target, limit = channel.target_chars or 180, channel.hard_limit or 200
    body = _choose(
        [hooks, me, asks, thanks], render, lambda t: char_count(t) <= target, lambda t: char_count(t) <= limit
    )
    if not body:
        body = render((hooks[-1][0], "", asks[-1][0], ""))
    return _force(body, sign, limit)


def _force(body: str, sign: str, limit: int) -> str:
    """Last resort: cut at sentence, clause or word boundaries; the signature stays when it fits."""
    if char_count(body) <= limit:
        return body
    head = body[: -len(sign)].rstrip() if body.endswith(sign) else body
    cut = fit_to_limit(f"{head}\n{sign}", limit).replace("\n", " ")
    return cut if char_count(cut) <= limit else cut[: limit - 1].rstrip() + "…"


def _long(p: _Parts, channel: Channel) -> str:
    """LinkedIn message, InMail or email: greeting, hook, who you are, the ask, thanks."""
    name = channel.name
    by = {"email": "by email", "inmail": "here", "linkedin-message": "here"}[name]
    hooks = [(h[0].upper() + h[1:], c) for h, c in _costed(p.hooks(), 2)]
    second = _costed(p.second_hook(), 1, drop=2) if p.second_hook() else [("", 0)]
    me = _costed(p.me(long=True), 2)
    ask = _costed(
        [
            "Would you have 15-20 minutes in the next few weeks for a short call, at a time that suits you?",
            "Would you have 15-20 minutes for a short call in the next few weeks?",
            "Could we talk for 15 minutes?",
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


def _subject(p: _Parts, limit: int) -> str:
    """3-6 words, about 50 characters at most, naming the hook."""
    options = []
    s = p.top
    if s and s.kind == "transition":
        old, new = short_company(s.facts["old"].company), short_company(s.facts["new"].company)
        options += [f"Your path from {old} to {new}", f"Your move to {new}"]
        if s.facts["from_function"] and s.facts["to_function"]:
            options.append(f"Your move from {s.facts['from_function']} to {s.facts['to_function']}")
    elif s and s.kind == "promotion":
        options.append(f"Your path at {short_company(s.facts['company'])}")
    elif s and s.kind == "common_ground" and s.facts["kind"] == "school":
        options.append(f"A fellow {short_company(s.facts['school'])} question")
    if p.phrase:
        options.append(f"Your path into {p.phrase}")
    options.append("A question about your career path")
    cap = min(limit, 50)
    for option in options:
        if 3 <= word_count(option) <= 6 and char_count(option) <= cap and _clean(option):
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
