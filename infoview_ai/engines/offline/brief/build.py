"""The research brief: who they are, their path, the company, the industry, common ground, the goal."""

from __future__ import annotations

import re

from infoview_ai.artifacts import Brief, Claim, profile_timeline
from infoview_ai.career import current_role, main_positions
from infoview_ai.context import Context, Profile
from infoview_ai.dates import format_duration, span_months
from infoview_ai.engines.offline.brief.company import company_claims, industry_claims
from infoview_ai.engines.offline.signals.find import find_signals
from infoview_ai.engines.offline.signals.functions import field_noun
from infoview_ai.engines.offline.signals.roles import function_phrase, role_at
from infoview_ai.engines.offline.signals.signal import (
    LOOK_UP,
    PROFILE,
    SUGGESTION,
    YOU,
    Signal,
    norm,
    of_kind,
)
from infoview_ai.engines.offline.wording import goal_path, month_year, quote
from infoview_ai.language import prose_sentences
from infoview_ai.language.realise import fill, possessive, tidy
from infoview_ai.trust.seams import has_seam


def build_brief(ctx: Context) -> Brief:
    """A research brief grounded in the Context; every claim says where it came from."""
    signals = find_signals(ctx)
    return Brief(
        person=_whole(_person(ctx, signals)),
        timeline=profile_timeline(ctx.profile, ctx.as_of),
        transitions=_whole(_patterns(signals)),
        company=_whole(company_claims(ctx)),
        industry=_whole(industry_claims(ctx)),
        common_ground=_whole(_common_ground(ctx, signals)),
        goal=_whole(_goal(ctx, signals)),
        checklist=[t for item in _checklist(ctx) if not has_seam(t := tidy(item))],
    )


def _whole(claims: list[Claim]) -> list[Claim]:
    """The claims whose sentences hold together: a line with a seam (an empty slot, a name cut short) is
    dropped rather than shown, since one broken line costs the whole brief its credibility."""
    out = []
    for c in claims:
        text = tidy(c.text)
        if not has_seam(text):
            out.append(c.model_copy(update={"text": text}) if text != c.text else c)
    return out


def _path_sentence(ctx: Context) -> str | None:
    """One sentence in the order the dates give: "Studied X at Y (2011); then Boston Medical Center (Staff
    Nurse, 2011-2018); then studied Z at W (2018); then Philips (UX Researcher, 2018-2021)". A degree is
    placed by the year it ended, before a role that starts that year; undated ones open the path."""
    roles = list(reversed(main_positions(ctx.profile)))
    if len(roles) < 2 and not ctx.profile.education:
        return None
    stops: list[tuple[int, int, str]] = []  # (year, 0 for a degree / 1 for a role, text)
    dated = all(p.start for p in roles)
    i = 0
    while i < len(roles):
        group = [roles[i]]
        while (
            i + 1 < len(roles)
            and roles[i].company.strip()
            and norm(roles[i + 1].company) == norm(roles[i].company)
        ):
            i += 1
            group.append(roles[i])
        titles = ", then ".join(dict.fromkeys(p.title for p in group))
        start, end = group[0].start, group[-1].end
        span = f"{start[:4]}-{end[:4] if end else 'present'}" if start else ""
        if start and end and start[:4] == end[:4]:
            span = start[:4]
        years = f", {span}" if span else ""
        if group[0].company.strip():
            text = f"{group[0].company} ({titles}{years})"
        else:
            place = f" in {group[0].location}" if group[0].location else ""
            text = f"{titles}{place}{f' ({span})' if span else ''}"
        stops.append((_year(start) if dated else 10**4, 1, text))
        i += 1
    seen: set[str] = set()
    for edu in ctx.profile.education:
        what = edu.field or edu.degree
        if not what or (key := f"{what}|{edu.school}".lower()) in seen:
            continue
        seen.add(key)
        when = _year(edu.end or edu.start) if dated else -1
        year = f" ({when})" if when > 0 else ""
        stops.append((when, 0, f"studied {what} at {edu.school}{year}"))
        if not dated:
            break  # without dates only the first degree, at the start, as before
    if not stops:
        return None
    stops.sort(key=lambda x: (x[0], x[1]))  # stable: roles keep their order within a year
    texts = [t for _, _, t in stops]
    if not any(kind for _, kind, _ in stops):
        return f"{texts[0][0].upper()}{texts[0][1:]}."
    path = "; then ".join(texts)
    if stops[0][1] == 0:
        return f"{path[0].upper()}{path[1:]}."
    return f"Path: {path}."


def _year(value: str | None) -> int:
    """The year a date string opens with ("2018-05" -> 2018), or -1 when there is none."""
    m = re.match(r"\s*((?:19|20)\d\d)", value or "")
    return int(m.group(1)) if m else -1


def _person(ctx: Context, signals: list[Signal]) -> list[Claim]:
    profile = ctx.profile
    out: list[Claim] = []
    current = current_role(profile) or (profile.positions[0] if profile.positions else None)
    if current:
        since = ""
        if current.start and current.end is None:
            held = format_duration(span_months(current.start, None, ctx.as_of))
            since = f" since {month_year(current.start)}" + (f" ({held})" if held else "")
        elif current.end:
            since = f" until {current.end} (their latest role in the bio)"
        out.append(Claim(text=f"{profile.name or 'They'}: {role_at(current)}{since}.", source=PROFILE))
    elif profile.headline:
        out.append(Claim(text=f"{profile.name or 'Headline'}: {profile.headline}", source=PROFILE))
    elif profile.name:
        out.append(
            Claim(text=f"{profile.name}: current role not in the bio; check their profile.", source=LOOK_UP)
        )
    if path := _path_sentence(ctx):
        out.append(Claim(text=path, source=PROFILE))
    cares = of_kind(signals, "invitation", "cares")
    if cares:
        s = cares[0]
        verb = "Invites questions about" if s.kind == "invitation" else "Says they care about"
        out.append(
            Claim(text=f"{verb} {_listed(s.facts.get('topics') or [s.facts['topic']])}.", source=PROFILE)
        )
    elif first := _own_words(profile):
        mine = re.match(r"^(?:I|I['’]m|I['’]ve|My|We|Our)\b", first)
        lead = "In their own words" if mine else "From their About"
        out.append(Claim(text=f"{lead}: {quote(first, 160)}", source=PROFILE))
    else:
        out.append(
            Claim(
                text="What they care about is not in the bio: read their recent posts and listen for it.",
                source=LOOK_UP,
            )
        )
    return out


def _listed(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _own_words(profile: Profile) -> str | None:
    """The first real sentence of the About: never the name, the headline or a heading."""
    skip = {x.strip().lower() for x in (profile.name, profile.headline) if x}
    for sentence in prose_sentences(profile.about):
        words = sentence.split()
        capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
        if capitalised >= 0.75 * len(words):
            continue  # "Download vCard Print Share": a page's menu, not their words
        if sentence.strip().lower() not in skip and len(words) >= 4:
            return sentence
    return None


def _patterns(signals: list[Signal]) -> list[Claim]:
    out: list[Claim] = []
    for s in signals:
        f = s.facts
        text = None
        if s.kind == "transition":
            old, new = f["old"], f["new"]
            fn = (
                f" ({field_noun(f['from_function'])} → {field_noun(f['to_function'])})"
                if f["distance"] and f["from_function"] and f["to_function"]
                else ""
            )
            where = (
                f"inside {new.company}"
                if f["internal"]
                else f"from {old.company} to {new.company}"
                if old.company.strip()
                else f"to {new.company}"
            )
            text = f"Transition {where}{fn}: {old.title} → {new.title}" + (
                f", {f['year']}." if f["year"] else "."
            )
        elif s.kind == "move":
            text = fill(
                "Moved from {old:org} to {new:org} in a similar role.",
                old=f["old"].company,
                new=f["new"].company,
            ) or fill("Moved to {new:org} in a similar role.", new=f["new"].company)
        elif s.kind == "promotion":
            gap = f" after {format_duration(f['months'])}" if f["months"] else ""
            text = f"Promoted at {f['company']}: {f['from_title']} → {f['to_title']}{gap}."
        elif s.kind == "long_tenure":
            text = f"Long tenure: {format_duration(f['months'])} at {f['company']}."
        elif s.kind == "short_stint":
            said = " (as stated in the bio)" if f.get("stated") else ""
            text = f"Short stint: {format_duration(f['months'])} as {f['title']} at {f['company']}{said}."
        elif s.kind == "new_role":
            text = (
                f"New in the current role: {format_duration(f['months'])} as {f['title']} at {f['company']}."
            )
        elif s.kind == "education":
            text = f"Trained in {f['field']} ({f['school']}); now works in {field_noun(f['function'])}."
        elif s.kind == "scale":
            text = f"Scale in their own words: {quote(f['sentence'], 200)}"
        elif s.kind == "side_role":
            what = (
                f"{f['title']}, {f['org']}"
                if f.get("title") and f.get("org")
                else quote(f["said"])
                if f.get("said")
                else f["kind"]
            )
            serves = f"; serves {f['serves']}, people making a move like yours" if f.get("serves") else ""
            text = f"Side role ({f['kind']}): {what}{serves}."
        if text:
            out.append(Claim(text=text, source=PROFILE))
    return out


def _common_ground(ctx: Context, signals: list[Signal]) -> list[Claim]:
    shared = of_kind(signals, "common_ground")
    if shared:
        return [
            Claim(text=s.facts["fact"][0].upper() + s.facts["fact"][1:] + ".", source=YOU) for s in shared
        ]
    if ctx.sender.background.strip() or ctx.sender.profile:
        return [
            Claim(
                text="None found between your background and the bio: look for shared interests in "
                "their posts.",
                source=LOOK_UP,
            )
        ]
    return []


def _goal(ctx: Context, signals: list[Signal]) -> list[Claim]:
    if ctx.sender.goal and ctx.sender.goal.strip():
        goal = ctx.sender.goal.strip()
        out = [Claim(text=goal[0].upper() + goal[1:], source=YOU)]
        if path := goal_path(ctx.sender):
            out.append(
                Claim(
                    text=f"Leave the call knowing one concrete next step from {path[0]} toward {path[1]}, "
                    "and one person to talk to next.",
                    source=SUGGESTION,
                )
            )
        return out
    first = ctx.profile.first_name or "them"
    moves = of_kind(signals, "transition")
    current = current_role(ctx.profile)
    phrase = function_phrase(current.title) if current else None
    if moves and not moves[0].facts["internal"]:
        f = moves[0].facts
        old = f["old"].company.strip() or field_noun(f["from_function"]) or "their earlier work"
        new = f["new"].company.strip() or field_noun(f["to_function"]) or "their next role"
        text = (
            f"Suggested goal: learn how {first} moved from {old} to {new}, "
            "what they'd do in your position, and who else to talk to."
        )
    elif phrase:
        text = (
            f"Suggested goal: learn what {phrase} work looks like week to week, what it takes to get in, "
            "and who else to talk to."
        )
    else:
        text = (
            "Suggested goal: learn how they got where they are, what they would do in your position, and who "
            "else to talk to."
        )
    return [Claim(text=text, source=SUGGESTION)]


def _checklist(ctx: Context) -> list[str]:
    company = ctx.company or "their company"
    where = f" (the bio places them in {ctx.profile.location})" if ctx.profile.location else ""
    return [
        "Read their recent posts and activity, and note one you could mention.",
        f"Check {possessive(company)} latest news.",
        "Prepare a 30-second introduction: who you are, why them, and what you want to learn.",
        f"Confirm the time zone{where} and the length ({ctx.minutes} minutes), and keep to it.",
        "Bring your top 3 questions, ranked, and a way to take notes.",
        "Plan the thank-you note: send it within 24 hours.",
    ]
