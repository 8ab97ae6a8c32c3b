"""Education against current work, and common ground between the user and the person."""

from __future__ import annotations

import re
from typing import Any

from infoview_ai.career import current_role
from infoview_ai.context import Context, Education, Profile
from infoview_ai.engines.offline.signals.functions import functions_of
from infoview_ai.engines.offline.signals.roles import soft_lower
from infoview_ai.engines.offline.signals.schools import same_school, school_in_text
from infoview_ai.engines.offline.signals.signal import Signal, norm
from infoview_ai.language import contains_term, prose_sentences
from infoview_ai.language.realise import is_military, org_phrase

# --- education ----------------------------------------------------------------------------------------

# field family, words that name it, the functions it feeds directly
FIELD_FAMILIES: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = (
    (
        "computer science",
        (
            "computer science",
            "computing",
            "software",
            "informatics",
            "information systems",
            "computer engineering",
        ),
        frozenset({"engineering", "analytics", "product"}),
    ),
    (
        "mathematics",
        ("mathematics", "math", "statistics", "data science", "actuarial", "operations research"),
        frozenset({"analytics", "finance", "engineering", "research"}),
    ),
    (
        "economics",
        ("economics", "econometrics"),
        frozenset({"analytics", "finance", "consulting", "product", "research"}),
    ),
    (
        "industrial engineering",
        ("industrial engineering", "supply chain", "logistics", "operations management", "industrial"),
        frozenset({"operations", "analytics", "consulting"}),
    ),
    (
        "business",
        ("business", "mba", "management", "commerce", "administration", "entrepreneurship"),
        frozenset(
            {"consulting", "sales", "marketing", "finance", "operations", "product", "leadership", "people"}
        ),
    ),
    (
        "marketing",
        ("marketing", "communications", "journalism", "advertising", "media"),
        frozenset({"marketing", "sales"}),
    ),
    ("finance", ("finance", "accounting"), frozenset({"finance", "consulting", "analytics"})),
    (
        "design",
        ("design", "human-computer interaction", "hci", "interaction"),
        frozenset({"design", "ux research", "product"}),
    ),
    (
        "psychology",
        ("psychology", "cognitive science", "neuroscience", "behavioral"),
        frozenset({"ux research", "people", "research", "healthcare"}),
    ),
    ("education", ("education", "teaching", "pedagogy"), frozenset({"teaching"})),
    (
        "health",
        ("nursing", "medicine", "public health", "pharmacy", "health"),
        frozenset({"healthcare", "research"}),
    ),
    ("law", ("law", "legal", "juris"), frozenset({"legal"})),
    ("engineering", ("engineering",), frozenset({"engineering", "research", "operations"})),
    (
        "science",
        ("chemistry", "biology", "physics", "biochemistry", "geology", "environmental science", "science"),
        frozenset({"research", "healthcare"}),
    ),
    (
        "humanities",
        (
            "history",
            "english",
            "philosophy",
            "literature",
            "linguistics",
            "languages",
            "classics",
            "religion",
            "art",
            "music",
            "theater",
            "theatre",
            "film",
            "anthropology",
            "sociology",
            "political science",
            "international relations",
        ),
        frozenset({"teaching", "research"}),
    ),
)


def field_family(text: str) -> str | None:
    low = f" {text.lower()} "
    for family, words, _ in FIELD_FAMILIES:
        if any(contains_term(low, w) for w in words):
            return family
    return None


def education_source(e: Education) -> str:
    parts = [x for x in (e.degree, e.field, e.school) if x]
    years = f", {e.start}-{e.end}" if e.start and e.end else f", {e.end}" if e.end else ""
    return f"education: {', '.join(parts)}{years}"


def education_gap(profile: Profile) -> list[Signal]:
    """A degree in a field far from the person's current function."""
    current = current_role(profile)
    function = functions_of(current.title) if current else None
    if not function:
        return []
    studied = [(e, field_family(f"{e.field or ''} {e.degree or ''}")) for e in profile.education]
    studied = [(e, fam) for e, fam in studied if fam and e.field]
    feeds = {fam: fns for fam, _, fns in FIELD_FAMILIES}
    if not studied or any(function in feeds[fam] for _, fam in studied):
        return []
    e, fam = studied[0]
    return [
        Signal(
            "education",
            education_source(e),
            60,
            {
                "field": e.field,
                "family": fam,
                "school": e.school,
                "function": function,
                "title": current.title,
                "feeds": feeds[fam],
            },
        )
    ]


# --- common ground with the user ---------------------------------------------------------------------


def _mentions(text: str, phrase: str, *, case: bool = False) -> bool:
    if not phrase or len(phrase) < 2:
        return False
    flags = 0 if case else re.IGNORECASE
    return bool(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, flags))


def _cities(profile: Profile) -> list[str]:
    places = [profile.location] + [p.location for p in profile.positions]
    cities = []
    for place in places:
        if place:
            city = place.split(",")[0].split("·")[0].strip()
            if city and len(city) > 2 and "remote" not in city.lower() and city not in cities:
                cities.append(city)
    return cities


def common_ground(ctx: Context) -> list[Signal]:
    """Shared schools, employers, cities, fields and skills between the user and the person."""
    me, them = ctx.sender, ctx.profile
    text = me.background or ""
    mine = me.profile
    if not text.strip() and mine is None:
        return []
    out: list[Signal] = []

    def add(kind: str, fact: str, weight: int, **facts: Any) -> None:
        if not any(s.facts.get("fact") == fact for s in out):
            out.append(
                Signal(
                    "common_ground", f"you and them: {fact}", weight, {"kind": kind, "fact": fact, **facts}
                )
            )

    my_schools = [e.school for e in mine.education] if mine else []
    for e in them.education:
        if any(same_school(e.school, s) for s in my_schools) or school_in_text(e.school, text):
            add("school", f"both studied at {e.school}", 72, school=e.school)

    my_companies = {norm(p.company) for p in mine.positions} if mine else set()
    for p in them.positions:
        if not norm(p.company):
            continue
        if norm(p.company) in my_companies or (len(p.company) >= 3 and _mentions(text, p.company, case=True)):
            if is_military(p.company):  # a shared service is the strongest common ground there is
                add("service", f"both served {org_phrase(p.company)}", 95, company=p.company)
            else:
                add("employer", f"both worked at {p.company}", 74, company=p.company)

    my_cities = _cities(mine) if mine else []
    for city in _cities(them):
        if city in my_cities:
            add("city", f"both have lived or worked in {city}", 45, city=city)
        elif _mentions(text, city, case=True):
            add("city", f"you mention {city}, where they have lived or worked", 42, city=city)

    my_fields = [e.field for e in mine.education if e.field] if mine else []
    my_fields += [
        s
        for s in prose_sentences(text)
        if re.search(r"\b(?:master|bachelor|degree|phd|studied|studying|major|mba|bsc|msc)", s, re.I)
    ]
    for e in them.education:
        if not e.field:
            continue
        for theirs in my_fields:
            if _mentions(theirs, e.field) or norm(theirs) == norm(e.field):
                add("field", f"both studied {e.field}", 55, field=e.field)
            elif "engineering" in e.field.lower() and "engineering" in theirs.lower():
                add("field", f"both trained as engineers ({soft_lower(e.field)} for them)", 52, field=e.field)
            elif (fam := field_family(e.field)) and fam == field_family(theirs) and fam != "humanities":
                add("field", f"both studied {fam} ({soft_lower(e.field)} for them)", 50, field=e.field)

    my_skills = {s.lower() for s in mine.skills} if mine else set()
    for skill in them.skills:
        if skill.lower() in my_skills:
            add("skill", f"both list {skill} as a skill", 35, skill=skill)
        elif _mentions(text, skill, case=len(skill) <= 3):
            verb = "use" if _is_tool(skill) else "work on"
            add(
                "skill",
                f"you both {verb} {skill if verb == 'use' else soft_lower(skill)} "
                "(their skills; your background)",
                33,
                skill=skill,
            )
    return out


_TOOLS = {
    "python",
    "excel",
    "tableau",
    "power bi",
    "looker",
    "dbt",
    "spark",
    "figma",
    "jira",
    "salesforce",
    "r",
}


def _is_tool(skill: str) -> bool:
    """SQL, Python, Excel: things one uses rather than works on."""
    return skill.isupper() or skill.lower() in _TOOLS
