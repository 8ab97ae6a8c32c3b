"""Questions from what the user brought: their company notes, the industry they named and the common
ground between them and the person."""

from __future__ import annotations

import re

from infoview_ai.career import current_role
from infoview_ai.context import Context
from infoview_ai.engines.offline.questions.candidates import Candidate, Rule, add_candidate
from infoview_ai.engines.offline.signals.functions import field_noun
from infoview_ai.engines.offline.signals.roles import work_phrase
from infoview_ai.engines.offline.signals.signal import Signal, norm
from infoview_ai.language.realise import fill


def _lower_start(sentence: str) -> str:
    head, _, rest = sentence.partition(" ")
    if head in {
        "The",
        "A",
        "An",
        "It",
        "They",
        "Their",
        "This",
        "Its",
        "Last",
        "In",
        "On",
        "Since",
        "We",
        "Our",
    }:
        return f"{head.lower()} {rest}".strip()
    return sentence


def _company_note(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    current = ctx.profile.current
    company = ctx.company or "the company"
    at_target = not ctx.target.company or (current and norm(current.company) == norm(ctx.target.company))
    phrase, note = f["phrase"], f["note"].rstrip(" .!")
    variants = []
    if phrase:
        variants.append(
            f"How does {phrase} change what your team works on?"
            if at_target
            else f"What does {phrase} tell you about where {company} is heading?"
        )
    if len(note.split()) <= 16:
        variants.append(f"I read that {_lower_start(note)}: how does that change your team's priorities?")
    variants.append(f"What does the recent news about {company} mean for your team's work?")
    add_candidate(out, variants, "trends", s.source, "your company notes", s.weight)


def _industry(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    ind = f["industry"]
    add_candidate(
        out,
        [f"What is changing fastest in {ind} right now?"],
        "trends",
        s.source,
        "industry",
        s.weight,
        "changing",
    )
    add_candidate(
        out,
        [f"Which skills will matter more in {ind} over the next five years?"],
        "trends",
        s.source,
        "industry",
        s.weight - 10,
        "skills ahead",
    )
    add_candidate(
        out,
        [f"Which newsletters, podcasts or communities do people in {ind} actually follow?"],
        "resources",
        s.source,
        "industry",
        s.weight - 8,
        "reading",
    )


def _common_ground(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    kind = f["kind"]
    if kind == "school":
        student = bool(
            re.search(
                r"\b(?:student|finishing|studying|pursuing|enrolled|final year)\b",
                ctx.sender.background,
                re.I,
            )
        )
        who = "student" if student else "graduate"
        add_candidate(
            out,
            [
                f"What would you tell a {f['school']} {who} who wants to do the work you do?",
                f"What would you tell a fellow {who} who wants to do the work you do?",
            ],
            "advice",
            s.source,
            "common ground",
            s.weight - 16,
        )
    elif kind in {"occupation", "industry"}:
        _shared_field(s, ctx, out)
    elif kind == "employer":
        add_candidate(
            out,
            [fill("What did your time {c:org.at} teach you that you still rely on?", c=f["company"])],
            "insights",
            s.source,
            "common ground",
            s.weight - 16,
        )
    elif kind == "service":
        add_candidate(
            out,
            [
                fill(
                    "What from your years {c:org.at} helped most when you moved into civilian work?",
                    c=f["company"],
                )
            ],
            "advice",
            s.source,
            "common ground",
            s.weight - 4,
        )


def _shared_field(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    current = current_role(ctx.profile)
    work = work_phrase(current.title) if current else None
    now = (work.removesuffix(" work") if work else None) or field_noun(f.get("now"))
    if not now:
        return
    if f["kind"] == "occupation":
        add_candidate(
            out,
            [f"You started out in {field_noun(f['function'])} too: what was the bridge into {now} for you?"],
            "insights",
            s.source,
            "common ground",
            92,
            family=f"switch:{f['function']}",
        )
        return
    p = f["position"]
    if current is None or p is current or not p.company.strip():
        return
    add_candidate(
        out,
        [
            f"What from your {f['domain']} work at {p.company} still shapes your {now} work?"
            if not now.endswith("work")
            else f"What from your {f['domain']} work at {p.company} still shapes your {now}?"
        ],
        "insights",
        s.source,
        "common ground",
        60,
        family=f"past:{f.get('function')}",
    )


CONTEXT_RULES: dict[str, Rule] = {
    "company_note": _company_note,
    "industry": _industry,
    "common_ground": _common_ground,
}
