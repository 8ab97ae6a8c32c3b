"""Interview questions from the person's own facts, ranked, sized to the call and grouped by TIARA."""

from __future__ import annotations

import re

from infoview_ai.artifacts import Question, QuestionSet
from infoview_ai.call_plan import MAX_PREPARED, intro_minutes, must_ask_count, pace, question_count
from infoview_ai.career import current_role
from infoview_ai.context import Context
from infoview_ai.engines.offline.questions.advice import advice_candidate, goal_questions
from infoview_ai.engines.offline.questions.candidates import Candidate, add_candidate
from infoview_ai.engines.offline.questions.fallbacks import GENERAL, role_questions
from infoview_ai.engines.offline.questions.rules import from_signal
from infoview_ai.engines.offline.signals.find import find_signals
from infoview_ai.engines.offline.signals.functions import field_noun, function_distance, functions_of
from infoview_ai.engines.offline.signals.roles import path_fits, role_source, work_phrase
from infoview_ai.engines.offline.signals.signal import Signal, of_kind
from infoview_ai.engines.offline.wording import goal_path, goal_source
from infoview_ai.language.realise import fill

WHO_ELSE = "Who else would you suggest I talk to?"


def fitting_goal(ctx: Context) -> tuple[str, str] | None:
    """The user's "from X into Y" goal when the person works in Y; else None (asking a UX researcher how
    to move into supply-chain analytics would waste their time)."""
    path = goal_path(ctx.sender)
    return path if path and path_fits(path[1], ctx.profile) else None


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
        known = s.facts["from_function"] and _now(ctx, s.facts["to_function"])  # never "from None"
        if not out and s.facts["distance"] and not s.facts["internal"] and known:
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
    current = current_role(ctx.profile)
    if not out and current:
        add_candidate(
            out,
            [fill("Who else would you suggest I talk to, {c:org.at} or elsewhere?", c=current.company)],
            "resources",
            role,
            "who else",
            0,
        )
    return out[0] if out else Candidate(WHO_ELSE, "resources", "", "who else", 0)


def _candidates(ctx: Context, signals: list[Signal]) -> tuple[list[Candidate], Candidate, Candidate]:
    current = current_role(ctx.profile)
    phrase = work_phrase(current.title) if current else None
    role = role_source(current) if current else ""
    tailored: list[Candidate] = []
    for s in signals:
        from_signal(s, ctx, tailored)
    if current:
        tailored += role_questions(current, phrase, role)
    if phrase:
        suffix = ""
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
            [f"What is changing fastest in {phrase}{suffix} right now?"],
            "trends",
            role,
            "your field",
            30,
            "changing",
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
    tailored += goal_questions(ctx)
    _families(tailored, signals)
    advice = advice_candidate(ctx, phrase, role)
    return tailored, advice, _who_else(ctx, signals, phrase, role)


def _families(pool: list[Candidate], signals: list[Signal]) -> None:
    """One family per signal, so near-duplicates compete: the questions of one invitation topic, one
    transition, one tenure. What a degree or a shared past feeds joins the transition out of that work
    ("You studied education" and "Which skills from teaching" are one question)."""
    left = {s.facts["from_function"] for s in of_kind(signals, "transition") if not s.facts["internal"]}
    for c in pool:
        if not c.family:
            c.family = (
                c.text
                if c.why in {"their invitation", "your field"} or not c.source
                else (f"{c.why}|{c.source}")
            )
        if c.family.startswith("feeds:"):
            fed = set(c.family[6:].split(","))
            c.family = f"past:{next(iter(sorted(fed & left)))}" if fed & left else c.source


def _family_taken(c: Candidate, families: set[str]) -> bool:
    """A candidate may belong to several families ("move:a>b+switch:teaching"): any one taken rules it out."""
    return bool(c.family) and any(f in families for f in c.family.split("+"))


def _spread_key(c: Candidate) -> str:
    """Questions on one source count against each other, except the separate topics of one invitation."""
    return c.text if c.why in {"their invitation", "your goal"} else c.source


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
    families: set[str] = set()

    def take(c: Candidate | None) -> bool:
        if c is None or _key(c.text) in seen or "who else" in c.text.lower() or len(chosen) >= body_n:
            return False
        if (c.topic and c.topic in topics) or _family_taken(c, families):
            return False
        chosen.append(c)
        seen.add(_key(c.text))
        topics.add(c.topic)
        families.update(c.family.split("+"))
        return True

    pool = sorted(tailored, key=lambda c: -c.priority)
    own_words = [c for c in pool if c.why in {"their invitation", "what they care about"}]
    path = [c for c in pool if c.why not in {"their invitation", "what they care about", "your field"}]
    take(own_words[0] if own_words else None)
    take(path[0] if path else None)
    take(advice)
    must_n = min(must_ask_count(n), body_n)
    for strong_only in (True, False):  # the person's strongest facts, then any of theirs, then general
        for c in pool:
            if len(chosen) >= must_n:
                break
            if c.priority >= 45 or not strong_only:
                take(c)
    general = [
        Candidate(text, theme, "", "general", 10 - i, topic) for i, (text, theme, topic) in enumerate(GENERAL)
    ]
    for c in general:
        if len(chosen) >= must_n:
            break
        take(c)
    must_keys = {_key(c.text) for c in chosen}

    def spread(floor: int) -> None:
        """The person's own facts, spreading over sources before doubling up on one."""
        while len(chosen) < body_n:
            used: dict[str, int] = {}
            for c in chosen:
                used[_spread_key(c)] = used.get(_spread_key(c), 0) + 1
            left = [
                c
                for c in pool
                if _key(c.text) not in seen
                and c.priority >= floor
                and not (c.topic and c.topic in topics)
                and not _family_taken(c, families)
            ]
            if not left:
                break
            take(max(left, key=lambda c: c.priority - 25 * used.get(_spread_key(c), 0)))

    def tiara(theme: str) -> None:
        if theme not in {c.theme for c in chosen}:
            options = [c for c in pool if c.theme == theme] + [c for c in general if c.theme == theme]
            next((c for c in options if take(c)), None)

    # Keep TIARA in view: a trends question always; the person's strongest facts next; then resources
    # and assignments when there is room.
    if n >= 5:
        tiara("trends")
    spread(60)
    if n >= 10:
        tiara("resources")
        tiara("assignments")
    spread(-(10**6))
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
    per = pace(ctx.minutes, len(questions))
    notes.append(
        f"Pace: about {per:g} minutes a question after {intro_minutes(ctx.minutes):g} minutes of "
        "introductions; if answers run long, drop the lowest-ranked questions, never the last one."
    )
    if question_count(ctx.minutes) >= MAX_PREPARED and ctx.minutes > 30:
        notes.append(
            f"{len(questions)} prepared questions are plenty for {ctx.minutes} minutes: pick from them as "
            "the conversation goes and spend the spare time following up on their answers."
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
