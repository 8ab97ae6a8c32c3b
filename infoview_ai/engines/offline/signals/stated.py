"""Career moves a bio states in words but no dated role shows: "spent a decade as a physics teacher before
...", "moved from journalism at the Daily Ledger to growth in 2021"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from infoview_ai.career import stated_months
from infoview_ai.context import Position, Profile
from infoview_ai.engines.offline.signals.functions import function_distance, functions_of
from infoview_ai.engines.offline.signals.signal import Signal, norm
from infoview_ai.engines.offline.wording import quote
from infoview_ai.language import prose_sentences

_SPENT = re.compile(
    r"\b(?:spent|after)\s+(?P<dur>a decade|(?:about |almost |nearly |over )?[\w-]+\s+years?)\s+as\s+"
    r"(?:a|an)\s+(?P<role>[^,.;]+?)(?=\s+(?:before|in|at|where|until|and)\b|[,.;]|$)",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\b(?:moved|switched|went|transitioned)\s+from\s+(?P<from>[\w -]+?)"
    r"(?:\s+at\s+(?P<org>(?:the\s+)?[A-Z][\w&.'’ -]*?))?\s+(?:to|into)\s+(?P<to>[\w -]+?)"
    r"(?:\s+in\s+(?P<year>(?:19|20)\d\d))?(?=\s+(?:in|at|after|because)\b|[,.;]|$)",
)


@dataclass(frozen=True)
class StatedMove:
    """One move in the person's own words."""

    from_role: str  # "secondary-school physics teacher", "journalism"
    from_function: str | None
    org: str  # "the Daily Ledger", or ""
    to_role: str  # "growth", or "" when the bio names only where they started
    year: str
    sentence: str
    months: int | None = None


def _months(dur: str) -> int | None:
    return stated_months(Position(title="", company="", description=f"spent {dur} as"))


def stated_moves(profile: Profile) -> list[StatedMove]:
    """Moves in the About (or a plain bio), in the order written."""
    out: list[StatedMove] = []
    for sentence in prose_sentences(profile.about):
        for m in _SPENT.finditer(sentence):
            role = m.group("role").strip()
            if fn := functions_of(role):
                out.append(StatedMove(role, fn, "", "", "", sentence, _months(m.group("dur"))))
        for m in _MOVED.finditer(sentence):
            origin = m.group("from").strip()
            if fn := functions_of(origin):
                org = (m.group("org") or "").strip()
                out.append(
                    StatedMove(origin, fn, org, m.group("to").strip(), m.group("year") or "", sentence)
                )
    return out


def text_transitions(roles: list[Position], moves: list[StatedMove]) -> list[Signal]:
    """Transitions the bio states but no role shows, from where they started to their current role."""
    if not roles:
        return []
    new = roles[0]
    shown = {functions_of(p.title) for p in roles}
    companies = {norm(p.company) for p in roles if p.company.strip()}
    out = []
    for m in moves:
        if m.from_function in shown or (m.org and norm(m.org) in companies):
            continue
        f_new = functions_of(new.title)
        distance = function_distance(m.from_function, f_new)
        if not distance:
            continue
        old = Position(title=m.from_role, company=re.sub(r"^the\s+", "", m.org), description=m.sentence)
        facts = {
            "old": old,
            "new": new,
            "from_function": m.from_function,
            "to_function": f_new,
            "distance": distance,
            "internal": False,
            "year": m.year,
            "stated": True,
        }
        out.append(Signal("transition", f"about: {quote(m.sentence)}", {2: 88, 1: 76}[distance], facts))
        shown.add(m.from_function)
    return out
