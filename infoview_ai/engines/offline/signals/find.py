"""Read a Context and find the facts worth a question (docs/domain.md#question-craft, the signal table).

Every Signal carries the exact input fact it came from as a readable ``source`` string, so a question,
brief line or outreach hook built on it can show the user why it is there.
"""

from __future__ import annotations

import re

from infoview_ai.career import main_positions, same_employer, stated_months
from infoview_ai.context import Context, Position, Profile
from infoview_ai.dates import month_index, span_months
from infoview_ai.engines.offline.signals.functions import (
    function_distance,
    functions_of,
    is_consulting_firm,
    title_change,
)
from infoview_ai.engines.offline.signals.ground import common_ground, education_gap
from infoview_ai.engines.offline.signals.ground_field import field_ground, mark_serving
from infoview_ai.engines.offline.signals.own_words import invitations, made_and_said
from infoview_ai.engines.offline.signals.roles import role_short, role_source
from infoview_ai.engines.offline.signals.side_roles import side_roles
from infoview_ai.engines.offline.signals.signal import Signal, content_words, norm
from infoview_ai.engines.offline.signals.stated import stated_moves, text_transitions
from infoview_ai.engines.offline.wording import quote
from infoview_ai.language import own_words_addressed, prose_sentences
from infoview_ai.language.realise import is_military


def find_signals(ctx: Context) -> list[Signal]:
    """Every signal in the Context, strongest first; ties keep the order found (newest first)."""
    profile = ctx.profile
    found: list[Signal] = []
    found += invitations(profile)
    found += goal_ranked(career_moves(profile), ctx)
    found += company_spans(profile, ctx)
    found += education_gap(profile)
    found += scale(profile)
    found += side_roles(profile)
    found += made_and_said(profile, {s.source for s in found})
    found += company_notes(ctx)
    if ctx.target.industry and ctx.target.industry.strip():
        industry = " ".join(ctx.target.industry.split())
        found.append(Signal("industry", f"industry: {industry}", 45, {"industry": industry}))
    found += common_ground(ctx)
    found += field_ground(ctx)
    mark_serving(found, ctx)
    return sorted(found, key=lambda s: -s.weight)


# --- the career path --------------------------------------------------------------------------------


def career_moves(profile: Profile) -> list[Signal]:
    """Transitions between consecutive career roles, ranked by how different the work is.

    Teaching to research outranks research at one employer to research at another; internships and
    student jobs are not steps in a career (``main_positions`` leaves them out).
    """
    roles = main_positions(profile)
    stated = stated_moves(profile)
    out = []
    for new, old in zip(roles, roles[1:], strict=False):
        f_new, f_old = functions_of(new.title), functions_of(old.title)
        # In the service every role is service (a logistics officer who leaves the Army leaves the military)
        f_old = "military" if is_military(old.company) else f_old
        f_new = "military" if is_military(new.company) else f_new
        hint = next((m for m in stated if m.org and norm(m.org) == norm(old.company)), None)
        if f_old is None and hint:  # a role without a title, named in the About ("moved from journalism")
            f_old = hint.from_function
        same_company = bool(new.company.strip()) and same_employer(new.company, old.company)
        distance = function_distance(f_old, f_new) or 0
        changed_title = (
            not distance
            and not (f_old and f_old == f_new)
            and not same_company
            and "military" not in (f_old, f_new)  # leaving the service is its own question
            and title_change(old.title, new.title)
        )
        type_change = is_consulting_firm(old.company) != is_consulting_firm(new.company)
        facts = {
            "old": old,
            "new": new,
            "from_function": f_old,
            "to_function": f_new,
            "distance": distance,
            "internal": same_company,
            "year": (new.start or "")[:4],
            "title_change": changed_title,
        }
        source = f"roles: {role_short(old)} → {role_short(new)}"
        if hint and not old.title.strip():
            source = f"about: {quote(hint.sentence)}"
        if same_company:
            if distance:
                out.append(Signal("transition", source, 70, facts))
            continue
        if distance or type_change or changed_title:
            # Pipe Welder -> Welding Inspector: a new line of work no family names, weighed as a step
            # (distance stays 0: no family to name it by, so no "from None into None")
            weight = {2: 88, 1: 76, 0: 76 if changed_title else 71}[distance] + (4 if type_change else 0)
            out.append(Signal("transition", source, weight, facts))
        elif old.company.strip() and new.company.strip():
            out.append(Signal("move", source, 30, facts))
    return out + text_transitions(roles, stated)


def _stems(text: str) -> set[str]:
    """Word stems for loose matching across forms: "inspection" and "inspector" share "inspe"."""
    return {w[:5] for w in content_words(text)}


def goal_ranked(moves: list[Signal], ctx: Context) -> list[Signal]:
    """A change of work into what the user wants (their goal names the new title's words) is the question
    they came for: it outranks a long tenure or a side role; one that also starts where the user stands
    (their background names the old title's words) ranks above the rest."""
    goal = _stems(ctx.sender.goal or "")
    if not goal:
        return moves
    mine = _stems(ctx.sender.background)
    for s in moves:
        if s.kind != "transition" or s.facts["internal"] or not s.facts.get("title_change"):
            continue
        if _stems(s.facts["new"].title) & goal:
            s.weight += 10 + (4 if _stems(s.facts["old"].title) & mine else 0)
            s.facts["goal_match"] = True
    return moves


def _groups(profile: Profile) -> list[list[Position]]:
    """Main roles grouped by company (each group newest first), in the order first seen."""
    groups: list[list[Position]] = []
    for p in main_positions(profile):
        group = next((g for g in groups if same_employer(g[0].company, p.company)), None)
        if group is None or not p.company.strip():
            groups.append([p])
        else:
            group.append(p)
    return groups


def company_spans(profile: Profile, ctx: Context) -> list[Signal]:
    """Promotions inside one company, long tenure, short stints and a new current role."""
    out = []
    for group in _groups(profile):
        newest, oldest = group[0], group[-1]
        if not newest.company.strip():  # "seven years at ." says nothing: a span needs its employer
            continue
        titles = list(dict.fromkeys(p.title for p in reversed(group)))
        if len(titles) >= 2:
            months = None
            if newest.start and oldest.start:
                months = month_index(newest.start) - month_index(oldest.start)
            steps = " → ".join(f"{p.title} ({p.start})" if p.start else p.title for p in reversed(group))
            out.append(
                Signal(
                    "promotion",
                    f"roles at {newest.company}: {steps}",
                    80,
                    {
                        "company": newest.company,
                        "from_title": oldest.title,
                        "to_title": newest.title,
                        "months": months,
                        "steps": len(titles) - 1,
                    },
                )
            )
        total = span_months(oldest.start, newest.end, ctx.as_of)
        if total is None:
            stated = stated_months(newest) if len(group) == 1 and newest.company.strip() else None
            if stated is not None and stated < 12 and newest is not main_positions(profile)[0]:
                out.append(
                    Signal(
                        "short_stint",
                        f"role description ({newest.title}, {newest.company}): {quote(newest.description)}",
                        55,
                        {
                            "company": newest.company,
                            "months": stated,
                            "title": newest.title,
                            "current": False,
                            "stated": True,
                        },
                    )
                )
            continue
        span = (
            f"roles at {newest.company}: {oldest.start} to {newest.end or 'present'}"
            if len(group) > 1
            else role_source(newest)
        )
        facts = {
            "company": newest.company,
            "months": total,
            "title": newest.title,
            "current": newest.end is None,
        }
        if total >= 60:
            out.append(Signal("long_tenure", span, 65, facts))
        elif total < 12 and newest.end is None:
            out.append(Signal("new_role", span, 60, facts))
        elif total < 12:
            out.append(Signal("short_stint", span, 55, facts))
    return out


# --- numbers the person wrote -------------------------------------------------------------------------

_NUM = r"\$?\d+(?:[,.]\d+)*(?:\s*(?:k|m|bn|b|mm|million|billion|thousand)\b)?\+?%?"
_NOUNS = (
    r"(?:people|engineers|analysts|designers|scientists|researchers|reports|users|customers|clients|"
    r"hospitals|clinics|stores|countries|patients|students|employees|sites|plants|warehouses|markets|"
    r"members|downloads|schools|cities|locations|partners|brands|skus|products|teams|nurses|"
    r"teachers|volunteers|suppliers|facilities|restaurants|merchants|developers|managers)"
)
SCALE_PATTERNS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("growth", re.compile(rf"\bfrom\s+(?P<a>{_NUM})\s+to\s+(?P<b>{_NUM})(?:\s+{_NOUNS})?", re.I), 62),
    (
        "team",
        re.compile(
            rf"\b(?:team|group|organi[sz]ation|department) of\s+(?:about |over |more than )?\d[\d,]*"
            rf"\+?(?:\s+{_NOUNS})?",
            re.I,
        ),
        58,
    ),
    (
        "team",
        re.compile(
            rf"\b(?:lead|leads|led|manage|manages|managed|hired|built)\s+(?:a team of\s+)?"
            rf"\d[\d,]*\+?\s+{_NOUNS}",
            re.I,
        ),
        58,
    ),
    ("money", re.compile(r"(?:\$|€|£)\s?\d[\d,.]*\s*(?:k|m|bn|b|mm|million|billion)?\b", re.I), 55),
    ("count", re.compile(rf"\b\d[\d,.]*\s*(?:k|m|million|billion|thousand)?\+?\s+{_NOUNS}", re.I), 55),
    ("percent", re.compile(r"\b\d+(?:\.\d+)?\s?%", re.I), 50),
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def scale(profile: Profile) -> list[Signal]:
    """Team sizes, growth, users, money and percentages in the person's own descriptions or About."""
    places: list[tuple[str, str, Position | None]] = [
        (s, f"about: {quote(s)}", None) for s in prose_sentences(profile.about)
    ]
    for p in main_positions(profile):
        for s in prose_sentences(p.description):
            places.append((s, f"role description ({p.title}, {p.company}): {quote(s)}", p))
    out, seen = [], set()
    first = profile.first_name
    for sentence, source, position in places:
        for kind, pattern, weight in SCALE_PATTERNS:
            m = pattern.search(sentence)
            if not m:
                continue
            if kind == "growth" and all(_YEAR.match(m.group(x).strip()) for x in ("a", "b")):
                continue
            fragment = " ".join(m.group(0).split())
            key = (kind, fragment.lower())
            if key in seen:
                break
            seen.add(key)
            out.append(
                Signal(
                    "scale",
                    source,
                    weight - len(out),
                    {
                        "kind": kind,
                        "fragment": fragment,
                        "sentence": sentence,
                        "addressed": own_words_addressed(sentence, first),
                        "position": position,
                        "span": (m.start(), m.end()),
                        "first": first,
                    },
                )
            )
            break
    return out


# --- the user's notes -------------------------------------------------------------------------------

_WHEN = re.compile(
    r"\s+(?:in|on|during|since|back in|earlier (?:this|in)|last|this|early|late)\s+"
    r"(?:(?:early|late|mid)[- ])?(?:\w+\s)?(?:\d{4}|year|month|week|quarter|spring|summer|fall|"
    r"autumn|winter)$",
    re.IGNORECASE,
)
_NOTE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b(?:opened|is opening|opens)\s+(?:a|an|the|its)?\s*(?:new\s+)?(?P<x>.+)", re.I),
        "the new {x}",
    ),
    (
        re.compile(r"\b(?:launched|is launching|launches)\s+(?:a|an|the|its)?\s*(?:new\s+)?(?P<x>.+)", re.I),
        "the {x} launch",
    ),
    (re.compile(r"\b(?:acquired|bought|is acquiring)\s+(?P<x>.+)", re.I), "the acquisition of {x}"),
    (
        re.compile(r"\b(?:partnered|is partnering|partners) with\s+(?P<x>.+)", re.I),
        "the partnership with {x}",
    ),
    (re.compile(r"\b(?:expanded|is expanding|expands) into\s+(?P<x>.+)", re.I), "the expansion into {x}"),
    (re.compile(r"\b(?:raised|closed)\s+(?:a|an)?\s*(?P<x>.+)", re.I), "the {x}"),
)


def note_phrase(note: str) -> str | None:
    """ "Oakridge opened a cold-chain plant in Ohio in 2025." -> "the new cold-chain plant in Ohio"."""
    text = note.strip().rstrip(".!;")
    for pattern, template in _NOTE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        x = _WHEN.sub("", m.group("x").strip()).strip(" ,;")
        if not x or len(x.split()) > 8 or re.search(r",(?!\s+[A-Z][a-z]+$)", x):
            return None
        if template == "the {x}" and not re.search(r"\b(?:series|round|seed|funding)\b", x, re.I):
            template = "the {x} raise"
        return template.format(x=x)
    return None


def company_notes(ctx: Context) -> list[Signal]:
    out = []
    for sentence in prose_sentences(ctx.target.company_notes):
        out.append(
            Signal(
                "company_note",
                f"company notes: {quote(sentence)}",
                58 if not out else 50 - len(out),
                {"note": sentence, "phrase": note_phrase(sentence)},
            )
        )
    return out
