"""The advice questions built from the user's own position and goal (call sizing lives in call_plan)."""

from __future__ import annotations

import re

from infoview_ai.context import Context
from infoview_ai.engines.offline.questions.candidates import Candidate, add_candidate
from infoview_ai.engines.offline.signals.roles import path_fits
from infoview_ai.engines.offline.wording import about_me_line, goal_path, goal_source, quote
from infoview_ai.language import has_job_ask, prose_sentences


def goal_destination(ctx: Context) -> str | None:
    """Where the user wants to go, when the person works there: "product design" from "learn how
    architects ... move into product design, and ..."."""
    if path := goal_path(ctx.sender):
        dest = path[1]
    else:
        m = re.search(
            r"\b(?:move|moving|get|getting|switch|switching|transition|transitioning|break|breaking)\s+"
            r"into\s+(?P<to>[^,.;]+?)(?:,|\s+and\s+(?:what|which|how|why|who|where|when)\b|[.;!?]|$)",
            ctx.sender.goal or "",
            re.IGNORECASE,
        )
        dest = m.group("to").strip() if m else ""
    return dest if dest and len(dest.split()) <= 5 and path_fits(dest, ctx.profile) else None


_ROLE_CUT = re.compile(r"\s*(?:,|;|\(|\s(?:at|with|who|where|and|for|since|after)\s|\sin\s(?=[A-Z])).*$")


def my_role(ctx: Context) -> str | None:
    """The user in a few words, never their whole background: "an architect", "a nurse", "finishing a
    master's in industrial engineering"."""
    line = about_me_line(ctx.sender)
    m = re.match(r"^I(?:'m|’m| am) (.+?)\.?$", line or "")
    if not m:
        return None
    role = _ROLE_CUT.sub("", m.group(1)).strip()
    return role if 1 <= len(role.split()) <= 7 else None


def advice_candidate(ctx: Context, phrase: str | None, role_src: str) -> Candidate:
    """Advice for someone in the user's position: from their goal, else who they are, else the field."""
    out: list[Candidate] = []
    why = "advice for your position"
    path = goal_path(ctx.sender)
    dest = goal_destination(ctx)
    role = my_role(ctx)
    me_src = f"you: {quote(about_me_line(ctx.sender) or '')}"
    if path and dest:
        add_candidate(
            out,
            [f"If you were moving from {path[0]} into {path[1]} today, what would you focus on first?"],
            "advice",
            goal_source(ctx.sender),
            why,
            95,
        )
    if not out and dest:
        who = f"{role} " if role and role.startswith(("a ", "an ")) else ""
        add_candidate(
            out,
            [
                f"If you were {who}moving into {dest} today, what would you focus on first?",
                f"If you were moving into {dest} today, what would you focus on first?",
            ],
            "advice",
            goal_source(ctx.sender),
            why,
            95,
        )
    if not out and role:
        noun = role.startswith(("a ", "an "))
        work = phrase if phrase and phrase.endswith(" work") else ""
        add_candidate(
            out,
            [
                f"If you were {role} curious about {work}, what would you focus on first?"
                if noun and work
                else "",
                f"If you were {role} hoping to do your kind of work, what would you focus on first?"
                if noun
                else f"If you were {role} today, what would you focus on first?",
            ],
            "advice",
            me_src,
            why,
            95,
        )
    if not out and about_me_line(ctx.sender):
        add_candidate(
            out,
            ["For someone in my position, what would you focus on in the next six months?"],
            "advice",
            me_src,
            why,
            95,
        )
    if not out:
        work = phrase or "your field"
        add_candidate(
            out,
            [f"If you were starting out in {work} today, what would you focus on first?"],
            "advice",
            role_src if phrase else "",
            why,
            95,
        )
    return out[0]


_WH_CLAUSE = re.compile(r"\b(?P<q>(?:which|what)\s+[^,.;]+)", re.IGNORECASE)


_EMBEDDED = re.compile(
    r"^(?P<wh>what|which|how|where|when|why|who)\s+(?P<np>(?:a|an|the|my|our|their|your|this|that)\s+[^,;]+?)\s+"
    r"(?P<aux>should|would|could|can|will|might|must|is|are|was|were)\s+(?P<rest>\w[^,;]*)$",
    re.IGNORECASE,
)


_TO_DO = re.compile(
    r"^(?P<wh>what|which)\s+(?P<np>[a-z][\w\s-]{1,40}?)\s+to\s+(?P<rest>[a-z]\w+.*)$", re.IGNORECASE
)


def as_direct_question(clause: str) -> str | None:
    """A wh-clause from the user's goal as a question of its own: "what a first portfolio piece should
    be" -> "What should a first portfolio piece be?"; a clause that already asks ("which portfolio pieces
    convince you") keeps its order. None when the clause is not a question a person could answer."""
    clause = " ".join(clause.split()).rstrip(" .?!")
    if m := _TO_DO.match(clause):  # "which skills to build first" -> "Which skills should I build first?"
        return f"{m.group('wh').capitalize()} {m.group('np')} should I {m.group('rest')}?"
    if m := _EMBEDDED.match(clause):
        wh = m.group("wh").capitalize()
        # "What should a first portfolio piece be?" needs to say for whom
        return f"{wh} {m.group('aux').lower()} {m.group('np')} {m.group('rest')} for someone in my position?"
    if re.match(r"^(?:what|which)\s+(?:a|an|the|my|our)\b", clause, re.I):
        return None  # "what a first portfolio piece ..." with no verb to move: not a question
    return clause[0].upper() + clause[1:] + "?"


def goal_questions(ctx: Context) -> list[Candidate]:
    """A "which/what ..." part of the user's goal no signal covers: "which portfolio pieces convince a
    hiring manager" -> "Which portfolio pieces convince you?"."""
    out: list[Candidate] = []
    for sentence in prose_sentences(ctx.sender.goal or ""):
        for m in _WH_CLAUSE.finditer(sentence):
            q = re.split(r"\s+and\s+(?:how|what|which|why)\b", m.group("q"))[0].strip()
            if len(q.split()) < 3 or re.match(r"^what\s+(?:to|I|it)\b", q, re.I):
                continue
            if has_job_ask(q):
                q = re.sub(
                    r"\b(?:an?|the)\s+hiring\s+managers?\b|\bhiring\s+managers\b", "you", q, flags=re.I
                )
            q = as_direct_question(q)
            if q:
                # A must-ask only for someone who works where the goal points; for anyone else, a question
                # the user may still ask once the person's own facts are covered.
                fits = goal_destination(ctx) or path_fits(q, ctx.profile)
                add_candidate(out, [q], "advice", goal_source(ctx.sender), "your goal", 84 if fits else 30)
    return out[:1]
