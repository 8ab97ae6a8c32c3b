"""Questions from their career path: transitions, moves, promotions, tenure, new roles, short stints and
an education far from their work."""

from __future__ import annotations

import re

from infoview_ai.career import stated_months
from infoview_ai.context import Context
from infoview_ai.engines.offline.questions.candidates import Candidate, Rule, add_candidate
from infoview_ai.engines.offline.signals.functions import field_noun
from infoview_ai.engines.offline.signals.roles import is_leader, soft_lower
from infoview_ai.engines.offline.signals.signal import Signal, norm
from infoview_ai.language import number_word
from infoview_ai.language.realise import fill, is_military

_FOUNDER = re.compile(r"\b(?:co-?founder|founder|founding|owner|co-owner|proprietor)\b", re.IGNORECASE)


def _span_words(months: int | None) -> str:
    """45 -> "in nearly four years", 14 -> "in a little over a year", 7 -> "in seven months"."""
    if months is None or months <= 0:
        return ""
    if months < 12:
        return f"in {number_word(months)} months" if months > 1 else "within a month"
    years, rest = divmod(months, 12)
    if rest >= 9:
        return f"in nearly {number_word(years + 1)} years"
    one = "a year" if years == 1 else f"{number_word(years)} years"
    if rest == 0:
        return f"in {one}"
    return (
        f"in a little over {one}"
        if rest <= 3
        else f"in about {number_word(years)} and a half years"
        if years > 1
        else "in about a year and a half"
    )


def _years_words(months: int) -> str:
    years, rest = divmod(months, 12)
    base = f"{number_word(years)} years" if years != 1 else "a year"
    return f"more than {base}" if rest >= 3 else base


def move_family(old_company: str, new_company: str) -> str:
    """One family per move, so two questions on the same move count as one: a promotion and the internal
    move it is share theirs; so do "what did you unlearn" and "which skills do you still use"."""
    a, b = norm(old_company), norm(new_company)
    return f"move:{a}" if a == b else f"move:{a}>{b}"


def _transition(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    old, new = f["old"], f["new"]
    family = move_family(old.company, new.company)
    if f["internal"]:
        add_candidate(
            out,
            [
                f"How did you make the move from {old.title} to {new.title} inside {new.company}?",
                f"How did you make the internal move from {old.title} to {new.title}?",
            ],
            "insights",
            s.source,
            "internal transition",
            s.weight,
            family=family,
        )
        return
    left, joined = field_noun(f["from_function"]), field_noun(f["to_function"])
    if f.get("title_change"):
        # A change of work (Pipe Welder -> Welding Inspector), above all the one the user wants to make:
        # how they made it is the question, before what it cost them.
        at = f" at {old.company}" if old.company.strip() else ""
        add_candidate(
            out,
            [
                f"How did you make the move from {old.title}{at} to {new.title}?",
                f"How did you make the move from {old.title} to {new.title}?",
            ],
            "insights",
            s.source,
            "career transition",
            s.weight + 1,
            "how moved",
            family,
        )
    if old.company.strip() and new.company.strip():
        unlearn = fill(
            "What did you have to unlearn when you left {o:org.the} for {n:org.the}?",
            o=old.company,
            n=new.company,
        )
    elif left and joined:
        at = f" at {new.company}" if new.company.strip() else ""
        unlearn = f"What did you have to unlearn when you left {left} for {joined}{at}?"
    else:
        unlearn = ""
    add_candidate(
        out,
        [unlearn, "What did you have to unlearn when you changed companies and roles?"],
        "insights",
        s.source,
        "career transition",
        s.weight,
        "unlearn",
        f"{family}+switch:{f['from_function']}" if f["distance"] else family,
    )
    stated = stated_months(old)
    if old.company.strip():
        before = f"your time at {old.company}"
    elif left and stated and stated >= 24:
        before = f"{number_word(stated // 12)} years of {left}"
    else:
        before = left or ""
    if before:
        add_candidate(
            out,
            [f"Which skills from {before} do you still use every week?"],
            "insights",
            s.source,
            "career transition",
            s.weight - 30,
            family=family,
        )
    if left and joined and f.get("distance", 2) >= 2:
        add_candidate(
            out,
            [f"Looking back on your move from {left} into {joined}, what would you do differently?"],
            "advice",
            s.source,
            "career transition",
            s.weight - 38,
            family=family,
        )


def _move(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    old, new = f["old"], f["new"]
    add_candidate(
        out,
        [fill("What drew you from {old:org} to {new:org}?", old=old.company, new=new.company)],
        "insights",
        s.source,
        "career move",
        s.weight,
        "drew",  # one "what drew you" per set: a second reads as a form
        move_family(old.company, new.company),
    )


def _promotion(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    a, b, company = f["from_title"], f["to_title"], f["company"]
    span = _span_words(f["months"])
    add_candidate(
        out,
        [
            fill(
                "You went from {a:title} to {b:title} {c:org.at} " + span + ": how did your week change?",
                a=a,
                b=b,
                c=company,
            )
            if span
            else None,
            fill("You went from {a:title} to {b:title}: how did your week change?", a=a, b=b),
            fill("How did your week change when you became {b:title} {c:org.at}?", b=b, c=company),
            fill("How did your week change after your promotion {c:org.at}?", c=company),
        ],
        "insights",
        s.source,
        "promotion",
        s.weight,
        family=move_family(company, company),
    )
    if is_leader(b):
        add_candidate(
            out,
            [
                f"What did you have to stop doing yourself when you became {b}?",
                "What did you have to stop doing yourself after your promotion?",
            ],
            "insights",
            s.source,
            "promotion",
            s.weight - 32,
            family=move_family(company, company),
        )


def _long_tenure(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    years = _years_words(f["months"])
    slots = {"c": f["company"], "y": years}
    if _FOUNDER.search(f.get("title") or ""):  # a founder built the place: nothing "kept" them there
        variants = [
            fill("What have {y:duration} of building {c:org} taught you about what to do first?", **slots)
        ]
    elif is_military(f["company"]):
        variants = [fill("What from {y:duration} {c:org.at} do you still use every week?", **slots)]
    elif f["current"]:
        variants = [fill("What has kept you {c:org.at} for {y:duration}?", **slots)]
    else:
        variants = [fill("What kept you {c:org.at} for {y:duration}?", **slots)]
    add_candidate(out, variants, "insights", s.source, "long tenure", s.weight, "kept")
    if not f["current"]:  # "how has the work changed in your years there" is for a place they still work
        return
    add_candidate(
        out,
        [
            fill(
                "How has the work {c:org.at} changed in your {y:duration} there?",
                c=f["company"],
                y=f"{number_word(f['months'] // 12)} years",
            )
        ],
        "trends",
        s.source,
        "long tenure",
        s.weight - 27,
    )


def _new_role(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    add_candidate(
        out,
        [
            fill(
                "You started as {t:title} {c:org.at} recently: what has surprised you most so far?",
                t=f["title"],
                c=f["company"],
            ),
            fill("You joined {c:org} recently: what has surprised you most so far?", c=f["company"]),
            "What has surprised you most in your new role so far?",
        ],
        "insights",
        s.source,
        "new role",
        s.weight,
    )


def _short_stint(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    months = f["months"]
    span = f"{number_word(months)} months" if months > 1 else "a month"
    add_candidate(
        out,
        [
            fill(
                "What did {s:duration} as {t:title.a} {c:org.at} teach you?",
                s=span,
                t=soft_lower(f["title"]),
                c=f["company"],
            ),
            fill("What did your {s:duration} {c:org.at} teach you?", s=span, c=f["company"]),
        ],
        "insights",
        s.source,
        "short stint",
        s.weight,
    )


def _education(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    field = f["field"]
    m = re.match(r"^(.+?)\s+engineering$", field.strip(), re.IGNORECASE)
    if m:
        kind = soft_lower(m.group(1))
        article = "an" if kind[:1].lower() in "aeiou" else "a"
        lead = f"You trained as {article} {kind} engineer"
    else:
        lead = f"You studied {soft_lower(field)}"
    add_candidate(
        out,
        [
            f"{lead}: which parts of that training do you use every week?",
            "Which parts of your degree do you still use every week?",
        ],
        "insights",
        s.source,
        "education differs from current work",
        s.weight,
        family="feeds:" + ",".join(sorted(f.get("feeds") or ())),
    )


CAREER_RULES: dict[str, Rule] = {
    "transition": _transition,
    "move": _move,
    "promotion": _promotion,
    "long_tenure": _long_tenure,
    "new_role": _new_role,
    "short_stint": _short_stint,
    "education": _education,
}
