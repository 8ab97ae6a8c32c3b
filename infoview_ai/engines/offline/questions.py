"""Interview questions from the person's own facts, ranked, sized to the call and grouped by TIARA."""

from __future__ import annotations

import re

from ...artifacts import Question, QuestionSet, Theme
from ...context import Context
from .base import Signal, of_kind
from .question_candidates import Candidate, add_candidate
from .question_rules import from_signal
from .roles import (
    current_role,
    field_noun,
    function_distance,
    function_phrase,
    functions_of,
    path_fits,
    role_source,
)
from .signals import find_signals
from .text import about_me_line, goal_path, goal_source, quote

INTRO_MINUTES = 2.5
MINUTES_PER_QUESTION = 2.5
WHO_ELSE = "Who else would you suggest I talk to?"


def question_count(minutes: int) -> int:
    """About one question per 2.5 minutes, clamped to 5..12: 10 -> 5, 20 -> 8, 30 -> 12."""
    return max(5, min(12, round(minutes / MINUTES_PER_QUESTION)))


def must_ask_count(n: int) -> int:
    return 3 if n <= 6 else 4 if n <= 10 else 5


def fitting_goal(ctx: Context) -> tuple[str, str] | None:
    """The user's "from X into Y" goal when the person works in Y; else None (asking a UX researcher how
    to move into supply-chain analytics would waste their time)."""
    path = goal_path(ctx.sender)
    return path if path and path_fits(path[1], ctx.profile) else None


def _advice(ctx: Context, phrase: str | None, role: str) -> list[Candidate]:
    """Advice for someone in the user's position: from their goal, else their background, else the field."""
    out: list[Candidate] = []
    if path := fitting_goal(ctx):
        add_candidate(
            out,
            [f"If you were moving from {path[0]} into {path[1]} today, what would you focus on first?"],
            "advice",
            goal_source(ctx.sender),
            "advice for your position",
            95,
        )
    if not out and (line := about_me_line(ctx.sender)):
        m = re.match(r"^I(?:'m|’m| am) (.+?)\.?$", line)
        if m and len(m.group(1).split()) <= 14:
            add_candidate(
                out,
                [f"If you were in my position, {m.group(1)}, what would you focus on first?"],
                "advice",
                f"you: {quote(line)}",
                "advice for your position",
                95,
            )
        add_candidate(
            out,
            ["For someone in my position, what would you focus on in the next six months?"],
            "advice",
            f"you: {quote(line)}",
            "advice for your position",
            95,
        )
    if not out and phrase:
        add_candidate(
            out,
            [f"If you were starting out in {phrase} today, what would you focus on first?"],
            "advice",
            role,
            "advice for your position",
            95,
        )
    if not out:
        add_candidate(
            out,
            ["If you were starting out in your field today, what would you focus on first?"],
            "advice",
            "",
            "advice for your position",
            95,
        )
    return out[:1]


GENERAL: tuple[tuple[str, Theme, str], ...] = (
    ("What is changing fastest in your field right now?", "trends", "changing"),
    ("Which parts of your work take more time than outsiders would guess?", "insights", ""),
    ("What do you wish you had known when you were starting out?", "advice", ""),
    (
        "Which books, newsletters or communities have shaped how you think about your work?",
        "resources",
        "reading",
    ),
    (
        "What small project could someone like me take on to show they can do this kind of work?",
        "assignments",
        "project",
    ),
    ("What separates people who thrive in your role from those who struggle?", "insights", ""),
    ("What do people who switch into your field most often underestimate?", "advice", ""),
    (
        "Which skills do you expect to matter more in your field over the next few years?",
        "trends",
        "skills ahead",
    ),
    ("Which skill would you learn first if you were starting today?", "resources", "first skill"),
    ("What is the hardest problem on your desk this year?", "insights", ""),
    (
        "If I wanted to test whether I would enjoy this work, what would you have me try first?",
        "assignments",
        "try",
    ),
    ("What part of your job did you have to learn on the job rather than in school?", "insights", ""),
    ("What is one change in your field that outsiders have not noticed yet?", "trends", ""),
    ("Which mistakes do you see newcomers to your field make most often?", "advice", ""),
    (
        "Which people or communities would you follow if you were starting in your field today?",
        "resources",
        "people to follow",
    ),
)


def _now(ctx: Context, family: str | None) -> str | None:
    """The person's current line of work when it is the same work a move led to (research -> UX research)."""
    current = current_role(ctx.profile)
    now = functions_of(current.title) if current else None
    return now if now and function_distance(family, now) == 0 else family


def _who_else(ctx: Context, signals: list[Signal], phrase: str | None, role: str) -> Candidate:
    out: list[Candidate] = []
    if path := fitting_goal(ctx):
        add_candidate(
            out,
            [
                f"Who else would you suggest I talk to, perhaps someone who moved from {path[0]} into "
                f"{path[1]}?"
            ],
            "resources",
            goal_source(ctx.sender),
            "who else",
            0,
        )
    for s in of_kind(signals, "transition"):
        if not out and s.facts["distance"] and not s.facts["internal"]:
            add_candidate(
                out,
                [
                    f"Who else would you suggest I talk to, perhaps someone else who moved from "
                    f"{field_noun(s.facts['from_function'])} into "
                    f"{field_noun(_now(ctx, s.facts['to_function']))}?"
                ],
                "resources",
                s.source,
                "who else",
                0,
            )
    if not out and phrase:
        add_candidate(
            out, [f"Who else would you suggest I talk to about {phrase}?"], "resources", role, "who else", 0
        )
    return out[0] if out else Candidate(WHO_ELSE, "resources", "", "who else", 0)


def _candidates(ctx: Context, signals: list[Signal]) -> tuple[list[Candidate], Candidate, Candidate]:
    current = current_role(ctx.profile)
    phrase = function_phrase(current.title) if current else None
    role = role_source(current) if current else ""
    tailored: list[Candidate] = []
    for s in signals:
        from_signal(s, ctx, tailored)
    if phrase:
        suffix = "" if phrase.endswith("work") else " work"
        add_candidate(
            tailored,
            [f"What small project could I take on to show I can do {phrase}{suffix}?"],
            "assignments",
            role,
            "your field",
            42,
            "project",
        )
        add_candidate(
            tailored,
            [f"Which books, courses or communities would you point someone new to {phrase} toward?"],
            "resources",
            role,
            "your field",
            34,
            "reading",
        )
    advice = _advice(ctx, phrase, role)[0]
    return tailored, advice, _who_else(ctx, signals, phrase, role)


def _spread_key(c: Candidate) -> str:
    """Questions on one source count against each other, except the separate topics of one invitation."""
    return c.text if c.why == "their invitation" else c.source


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower())


def build_questions(ctx: Context) -> QuestionSet:
    """Ranked, TIARA-grouped questions sized to ``ctx.minutes``, most drawn from the person's own facts."""
    signals = find_signals(ctx)
    tailored, advice, who_else = _candidates(ctx, signals)
    n = question_count(ctx.minutes)
    body_n = n - 1
    chosen: list[Candidate] = []
    seen: set[str] = {_key(who_else.text)}
    topics: set[str] = set()

    def take(c: Candidate | None) -> bool:
        if c is None or _key(c.text) in seen or "who else" in c.text.lower() or len(chosen) >= body_n:
            return False
        if c.topic and c.topic in topics:
            return False
        chosen.append(c)
        seen.add(_key(c.text))
        topics.add(c.topic)
        return True

    pool = sorted(tailored, key=lambda c: -c.priority)
    own_words = [c for c in pool if c.why in {"their invitation", "what they care about"}]
    path = [c for c in pool if c.why not in {"their invitation", "what they care about", "your field"}]
    take(own_words[0] if own_words else None)
    take(path[0] if path else None)
    take(advice)
    must_n = min(must_ask_count(n), body_n)
    for c in pool:
        if len(chosen) >= must_n:
            break
        if c.priority >= 45:
            take(c)
    general = [
        Candidate(text, theme, "", "general", 10 - i, topic) for i, (text, theme, topic) in enumerate(GENERAL)
    ]
    for c in general:
        if len(chosen) >= must_n:
            break
        take(c)
    must_keys = {_key(c.text) for c in chosen}

    # Keep TIARA in view: a trends question always, resources and assignments when there is room.
    themes = [c.theme for c in chosen]
    for theme, min_n in (("trends", 5), ("resources", 10), ("assignments", 10)):
        if n >= min_n and theme not in themes:
            options = [c for c in pool if c.theme == theme] + [c for c in general if c.theme == theme]
            for c in options:
                if take(c):
                    themes.append(theme)
                    break
    # Then the person's own facts, spreading over sources before doubling up on one.
    while len(chosen) < body_n:
        used: dict[str, int] = {}
        for c in chosen:
            used[_spread_key(c)] = used.get(_spread_key(c), 0) + 1
        left = [c for c in pool if _key(c.text) not in seen and not (c.topic and c.topic in topics)]
        if not left:
            break
        take(max(left, key=lambda c: c.priority - 25 * used.get(_spread_key(c), 0)))
    for c in general:
        take(c)

    must = [c for c in chosen if _key(c.text) in must_keys]
    rest = sorted((c for c in chosen if _key(c.text) not in must_keys), key=lambda c: -c.priority)
    ordered = must + rest + [who_else]
    questions = [
        Question(
            text=c.text, theme=c.theme, source=c.source, rank=i, must_ask=_key(c.text) in must_keys, why=c.why
        )
        for i, c in enumerate(ordered, start=1)
    ]
    return QuestionSet(minutes=ctx.minutes, questions=questions, notes=_notes(ctx, questions))


def _notes(ctx: Context, questions: list[Question]) -> list[str]:
    must = [q.rank for q in questions if q.must_ask]
    notes = [
        f"Must-asks first (#{must[0]}-#{must[-1]}); keep to {ctx.minutes} minutes and say so when two "
        "minutes remain."
        if must
        else f"Keep to {ctx.minutes} minutes."
    ]
    notes.append(
        f"Pace: about {MINUTES_PER_QUESTION:g} minutes a question after {INTRO_MINUTES:g} minutes of "
        "introductions; if answers run long, drop the lowest-ranked questions, never the last one."
    )
    tailored = sum(1 for q in questions if q.source)
    if tailored < 3:
        notes.append(
            "The bio gives little to tailor on, so most questions are general: skim their recent "
            "posts and swap one in about something they wrote."
        )
    else:
        notes.append("Each question shows the fact it comes from: check it against their live profile first.")
    if not (ctx.sender.background.strip() or ctx.sender.goal):
        notes.append("Pass --me with your background so the advice question fits your position.")
    return notes
