"""Roles and titles: which function a title belongs to, side roles, seniority, role sources."""

from __future__ import annotations

import re

from ...context import Position, Profile

# Function families, judged from title keywords. Order matters: the first family that matches wins,
# so "UX Researcher" is ux research (not research) and "Data Engineer" is engineering.
FUNCTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("consulting", ("consultant", "consulting", "advisory")),
    ("ux research", ("ux research", "user research", "design research")),
    ("design", ("designer", "design", "ux", "ui")),
    ("teaching", ("teacher", "teaching", "instructor", "lecturer", "professor", "tutor", "educator")),
    (
        "healthcare",
        (
            "nurse",
            "nursing",
            "physician",
            "doctor",
            "clinician",
            "clinical",
            "pharmacist",
            "therapist",
            "medical",
            "rn",
        ),
    ),
    ("product", ("product manager", "product owner", "product management", "product lead", "product")),
    (
        "engineering",
        (
            "data engineer",
            "engineer",
            "engineering",
            "developer",
            "programmer",
            "sre",
            "devops",
            "architect",
            "software",
        ),
    ),
    (
        "analytics",
        (
            "analytics",
            "analyst",
            "data scientist",
            "data science",
            "machine learning",
            "data",
            "insights",
            "bi ",
        ),
    ),
    (
        "operations",
        (
            "supply chain",
            "logistics",
            "operations",
            "warehouse",
            "shift lead",
            "plant",
            "procurement",
            "purchasing",
            "fulfillment",
            "distribution",
            "ops",
        ),
    ),
    ("sales", ("sales", "account executive", "business development", "account manager", "customer success")),
    ("marketing", ("marketing", "brand", "growth", "content", "seo", "communications", "pr ")),
    (
        "finance",
        (
            "finance",
            "financial",
            "accountant",
            "accounting",
            "controller",
            "investment",
            "banker",
            "auditor",
            "audit",
            "treasury",
            "fp&a",
        ),
    ),
    ("people", ("recruiter", "recruiting", "talent", "human resources", "hr ", "people")),
    ("legal", ("lawyer", "attorney", "counsel", "paralegal", "legal")),
    ("research", ("researcher", "research", "scientist", "postdoc", "phd")),
    ("leadership", ("founder", "co-founder", "ceo", "coo", "owner", "president", "general manager")),
)

# Firms whose main business is advice, so a move out of them is a change of company type.
CONSULTING_FIRMS = (
    "deloitte",
    "mckinsey",
    "bcg",
    "boston consulting",
    "bain",
    "accenture",
    "pwc",
    "pricewaterhouse",
    "kpmg",
    "ernst & young",
    "ey",
    "oliver wyman",
    "kearney",
    "capgemini",
    "booz allen",
    "roland berger",
    "gartner",
    "slalom",
    "lek consulting",
)

SENIORITY = re.compile(
    r"\b(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|head of|director of|director,?|vp of|vp,?|"
    r"vice president of|vice president,?|svp|evp|chief|manager of|manager,?|associate|assistant|"
    r"global|regional|interim|acting)\b",
    re.IGNORECASE,
)
LEADER_WORDS = re.compile(r"\b(?:director|head|vp|vice president|chief|manager|lead|principal)\b", re.I)

SIDE_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("teaching", ("adjunct", "instructor", "lecturer", "teaching", "guest lecturer", "visiting professor")),
    ("mentoring", ("mentor", "coach")),
    ("speaking", ("speaker", "keynote")),
    ("open source", ("maintainer", "open source", "open-source", "contributor")),
    ("board", ("board member", "board of directors", "trustee", "advisory board")),
    ("volunteering", ("volunteer", "organizer", "organiser", "co-organizer", "chapter lead")),
)


def functions_of(title: str) -> str | None:
    """The function family a title belongs to, e.g. "Senior Consultant, Supply Chain" -> "consulting"."""
    padded = f" {title.lower()} "
    for family, words in FUNCTIONS:
        for word in words:
            if re.search(rf"(?<![a-z]){re.escape(word.strip())}(?![a-z])", padded):
                return family
    return None


def is_consulting_firm(company: str) -> bool:
    low = company.lower()
    return any(re.search(rf"(?<![a-z]){re.escape(f)}(?![a-z])", low) for f in CONSULTING_FIRMS)


def _raw_side_kind(position: Position) -> str | None:
    if (position.employment_type or "").lower() == "volunteer":
        return "volunteering"
    low = position.title.lower()
    for kind, words in SIDE_ROLE_WORDS:
        if any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", low) for w in words):
            return kind
    return None


def _span(p: Position) -> tuple[int, int] | None:
    if not p.start:
        return None

    def index(value: str, end: bool) -> int:
        year, _, month = value.partition("-")
        return int(year) * 12 + (int(month) - 1 if month else (11 if end else 0))

    return index(p.start, False), index(p.end, True) if p.end else 10**9


def side_role_kind(position: Position, others: list[Position] | tuple[Position, ...] = ()) -> str | None:
    """What kind of side role a position is (teaching, mentoring, ...), or None for a main job.

    Teaching counts as a side role only when part-time or alongside another job: a full-time lecturer's
    teaching is their career.
    """
    kind = _raw_side_kind(position)
    if kind != "teaching":
        return kind
    if (position.employment_type or "").lower() in {"part-time", "freelance", "self-employed", "contract"}:
        return kind
    mine = _span(position)
    for other in others:
        if other is position or _raw_side_kind(other) is not None:
            continue
        theirs = _span(other)
        if mine and theirs and mine[0] <= theirs[1] and theirs[0] <= mine[1]:
            return kind
    return None


def main_positions(profile: Profile) -> list[Position]:
    """The career roles, newest first: side roles (teaching, mentoring, volunteering...) left out."""
    roles = [p for p in profile.positions if side_role_kind(p, profile.positions) is None]
    return roles or list(profile.positions)


def soft_lower(text: str) -> str:
    """Lower-case Capitalised words and keep acronyms: "Supply Chain UX" -> "supply chain UX"."""
    return " ".join(w.lower() if w[:1].isupper() and w[1:].islower() else w for w in text.split())


def function_phrase(title: str) -> str | None:
    """The work, minus seniority: "Director of Supply Chain Analytics" -> "supply chain analytics"."""
    if "," in title:
        head, _, tail = title.partition(",")
        stripped_head = SENIORITY.sub(" ", head).strip()
        title = stripped_head if len(stripped_head.split()) >= 2 else f"{tail} {stripped_head}"
    cleaned = SENIORITY.sub(" ", title)
    cleaned = re.sub(r"\s+", " ", re.sub(r"[|/(),&]+", " ", cleaned)).strip(" -–")
    cleaned = re.sub(r"^(?:of|and|the|for)\s+|\s+(?:of|and|for)$", "", cleaned, flags=re.I)
    words = cleaned.split()
    if not words or len(words) > 5:
        return None
    phrase = soft_lower(cleaned)
    if phrase in {"manager", "director", "consultant", "engineer", "analyst", "officer", "specialist"}:
        family = functions_of(title)
        return family
    return phrase


def is_leader(title: str) -> bool:
    return bool(LEADER_WORDS.search(title))


def role_source(p: Position) -> str:
    """ "role: Director of Supply Chain Analytics, Oakridge Foods, 2022-03-present"."""
    dates = f", {p.start}-{p.end or 'present'}" if p.start else f", until {p.end}" if p.end else ""
    return f"role: {p.title}, {p.company}{dates}"


def role_short(p: Position) -> str:
    """ "Analytics Manager at Oakridge Foods (2018-06 to 2022-02)"."""
    return f"{p.title} at {p.company} ({p.start or '?'} to {p.end or 'present'})"
