"""Common ground beyond exact names: the same line of work, the same industry, and side roles that serve
people making the user's own move (an evening course for warehouse workers moving into planning)."""

from __future__ import annotations

import re
from typing import Any

from infoview_ai.career import current_role, main_positions
from infoview_ai.context import Context
from infoview_ai.engines.offline.signals.functions import field_noun, functions_of
from infoview_ai.engines.offline.signals.roles import role_at, role_source
from infoview_ai.engines.offline.signals.signal import STOP_WORDS, Signal, content_words
from infoview_ai.language import prose_sentences

_ROLE_PHRASE = re.compile(
    r"\b(?:I['’]m|I am|I work as|I worked as|I was|I['’]ve been|years as|trained as|as)\s+(?:a|an)\s+"
    r"(?P<role>[^,.;]+)",
    re.IGNORECASE,
)
# industry -> words that place work in it
DOMAINS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "healthcare",
        re.compile(
            r"\b(?:hospitals?|clinics?|clinical|healthcare|health care|patients?|medical|nurs(?:e|es|ing)|"
            r"wards?|physicians?|health (?:network|system|service)s?|NHS)\b",
            re.IGNORECASE,
        ),
    ),
    ("education", re.compile(r"\b(?:schools?|classrooms?|teach(?:er|ers|ing)|pupils|curricul\w+)\b", re.I)),
    ("banking", re.compile(r"\b(?:banks?|banking|fintech|payments|insurance|lending)\b", re.IGNORECASE)),
    (
        "energy",
        re.compile(r"\b(?:energy|power grid|national grid|utilit(?:y|ies)|renewables?|solar)\b", re.I),
    ),
    (
        "logistics",
        re.compile(
            r"\b(?:warehouses?|distribution cent(?:er|re)s?|logistics|fulfil?ment cent(?:er|re)s?)\b", re.I
        ),
    ),
)


def _my_text(ctx: Context) -> str:
    """The user's background without the goal line: what they do, not what they want."""
    return "\n".join(
        line
        for line in (ctx.sender.background or "").splitlines()
        if not re.match(r"^\W*goals?\s*:", line, re.I)
    )


def _my_functions(text: str) -> set[str]:
    out = set()
    for m in _ROLE_PHRASE.finditer(text):
        role = re.split(r"\s(?:at|with|in|for|who|where|since)\s", m.group("role"))[0]
        if fn := functions_of(role):
            out.add(fn)
    return out


def field_ground(ctx: Context) -> list[Signal]:
    """The same line of work (both architects) and the same industry (hospitals, healthcare buildings)."""
    mine = _my_text(ctx)
    if not mine.strip():
        return []
    out: list[Signal] = []
    current = current_role(ctx.profile)
    now = functions_of(current.title) if current else None
    my_fns = _my_functions(mine)
    for p in main_positions(ctx.profile):
        fn = functions_of(p.title)
        if fn and fn in my_fns and p is not current and fn != now:
            noun = field_noun(fn)
            out.append(
                _signal(
                    f"you both come from {noun} (their role: {role_at(p)})",
                    90,
                    kind="occupation",
                    function=fn,
                    position=p,
                    now=now,
                    source=role_source(p),
                )
            )
            break
    for domain, pattern in DOMAINS:
        my_hit = pattern.search(mine)
        if not my_hit:
            continue
        for p in main_positions(ctx.profile):
            their_hit = pattern.search(f"{p.title} {p.company} {p.description}")
            if their_hit:
                out.append(
                    _signal(
                        f'you both know {domain}: "{their_hit.group(0)}" in their work at '
                        f'{p.company or role_at(p)}, "{my_hit.group(0)}" in your background',
                        60,
                        kind="industry",
                        domain=domain,
                        position=p,
                        function=functions_of(p.title),
                        now=now,
                        source=role_source(p),
                    )
                )
                break
    return out


def _signal(fact: str, weight: int, **facts: Any) -> Signal:
    return Signal("common_ground", f"you and them: {fact}", weight, {"fact": fact, **facts})


_MOVERS = re.compile(
    r"(?P<whom>[^,.;:]*?)\s*(?P<move>\b(?:moving|switching|transitioning|changing careers)\s+(?:in)?to\s+"
    r"[^,.;]+)",
    re.IGNORECASE,
)
_CHANGERS = re.compile(r"\bcareer[- ]changers?\b[^,.;]*", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^.*\b(?:of them|mostly|mainly|including|for|mentor|mentors|mentoring|teach|teaches|teaching|coach|"
    r"coaches|help|helps|support|supports)\s+",
    re.IGNORECASE,
)
_WHOM_STOP = STOP_WORDS | {"moving", "people", "their", "about", "this", "that"}


def serves_user(ctx: Context, signal: Signal) -> str | None:
    """Whom a side role serves when they are people like the user: "warehouse and logistics workers
    moving into planning roles" for someone leaving warehouse operations; else None."""
    text = " ".join(s for s in prose_sentences(signal.facts.get("description") or "") if s)
    m = _MOVERS.search(text) or None
    whom = ""
    if m:
        lead = _LEAD_IN.sub("", m.group("whom")).strip()
        whom = f"{lead} {m.group('move').strip()}".strip() if lead else ""
    elif c := _CHANGERS.search(text):
        whom = c.group(0).strip()
    if not whom or len(whom.split()) > 14:
        return None
    mine = content_words(f"{ctx.sender.goal or ''} {_my_text(ctx)}", _WHOM_STOP)
    return whom if content_words(whom, _WHOM_STOP) & mine else None


def mark_serving(signals: list[Signal], ctx: Context) -> None:
    """Side roles that serve people like the user become one of the strongest signals."""
    for s in signals:
        if s.kind == "side_role" and (whom := serves_user(ctx, s)):
            s.facts["serves"] = whom
            s.weight = 90
