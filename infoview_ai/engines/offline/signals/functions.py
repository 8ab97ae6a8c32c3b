"""Function families: which line of work a title belongs to, and how far apart two lines of work are."""

from __future__ import annotations

import re

from infoview_ai.language import contains_term

# Function families, judged from title keywords. Order matters: the first family that matches wins,
# so "UX Researcher" is ux research (not research) and "Data Engineer" is engineering.
FUNCTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("consulting", ("consultant", "consulting", "advisory")),
    (
        "ux research",
        (
            "ux researcher",
            "ux research",
            "user researcher",
            "user research",
            "design researcher",
            "design research",
        ),
    ),
    (
        "instructional design",
        (
            "instructional designer",
            "instructional design",
            "learning designer",
            "learning experience designer",
            "curriculum designer",
            "curriculum developer",
            "e-learning",
            "elearning",
            "learning and development",
            "l&d",
        ),
    ),
    ("design", ("designer", "design", "ux", "ui")),
    ("architecture", ("architect", "architecture", "architectural")),
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
            "data platform",
            "platform",
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
    ("journalism", ("journalist", "journalism", "reporter", "editor", "newsroom", "correspondent")),
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
    (
        "research",
        (
            "researcher",
            "research",
            "scientist",
            "postdoc",
            "phd",
            # research titles in other languages: a German institute's staff scientist is a researcher
            "wissenschaftlicher mitarbeiter",
            "wissenschaftliche mitarbeiterin",
            "doktorand",
            "doktorandin",
            "forscher",
            "forscherin",
            "chercheur",
            "chercheuse",
            "doctorant",
            "doctorante",
            "investigador",
            "investigadora",
            "ricercatore",
            "ricercatrice",
        ),
    ),
    ("leadership", ("founder", "co-founder", "ceo", "coo", "owner", "president", "general manager")),
    (
        "military",
        (
            "infantry",
            "platoon",
            "sergeant",
            "lieutenant",
            "corporal",
            "squad leader",
            "company commander",
            "battalion",
            "soldier",
            "enlisted",
            "non-commissioned",
        ),
    ),
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


# An architect of software is an engineer; an architect of buildings is not.
_TECH_ARCHITECT = re.compile(
    r"\b(?:software|solutions?|data|cloud|enterprise|systems?|security|technical|platform|it|"
    r"infrastructure|network|application|integration|salesforce|aws|azure)\s+architect",
    re.IGNORECASE,
)


def functions_of(title: str) -> str | None:
    """The function family a title belongs to, e.g. "Senior Consultant, Supply Chain" -> "consulting"."""
    padded = f" {title.lower()} "
    if _TECH_ARCHITECT.search(padded):
        return "engineering"
    for family, words in FUNCTIONS:
        for word in words:
            if contains_term(padded, word.strip()):
                return family
    return None


# Families close enough that a move between them is a step, not a change of career.
RELATED_FUNCTIONS = frozenset(
    frozenset(pair)
    for pair in (
        ("research", "ux research"),
        ("ux research", "design"),
        ("design", "product"),
        ("ux research", "product"),
        ("analytics", "engineering"),
        ("analytics", "research"),
        ("engineering", "product"),
        ("sales", "marketing"),
        ("teaching", "instructional design"),
        ("instructional design", "design"),
    )
)


def function_distance(a: str | None, b: str | None) -> int | None:
    """0 for the same work, 1 for neighbouring work (UX research and design), 2 for a real change."""
    if not a or not b:
        return None
    if a == b or {a, b} == {"research", "ux research"}:
        return 0
    return 1 if frozenset((a, b)) in RELATED_FUNCTIONS else 2


_FIELD_NOUN = {
    "ux research": "UX research",
    "people": "HR",
    "legal": "law",
    "product": "product management",
    "leadership": "running a company",
    "military": "military service",
}


def field_noun(family: str | None) -> str | None:
    """The work a family names, as a noun to follow "left" or "into": "teaching", "UX research"."""
    return _FIELD_NOUN.get(family, family) if family else None


def is_consulting_firm(company: str) -> bool:
    low = company.lower()
    return any(contains_term(low, f) for f in CONSULTING_FIRMS)


# Words that say how senior a role is, not what the work is: "Senior Welding Inspector" is an inspector.
_LEVEL_WORDS = frozenset(
    "senior sr sr. junior jr jr. lead principal staff chief head associate assistant deputy acting interim "
    "i ii iii iv v 1 2 3".split()
)
_TRAINING_HEADS = frozenset(
    "resident fellow trainee apprentice intern candidate assistenzarzt referendar".split()
)
_TITLE_TAIL = re.compile(r"\s*(?:[,(|/]|\s[-–—]\s|\s(?:at|of|for|in|bei|chez|en|de)\s)", re.IGNORECASE)


def title_head(title: str) -> str | None:
    """The noun that names the work in a title: "Senior Welding Inspector (CWI)" -> "inspector"."""
    core = _TITLE_TAIL.split(f" {title.strip()} ".replace("  ", " "), maxsplit=1)[0]
    words = [w for w in re.findall(r"[^\W\d_]+", core.lower()) if w not in _LEVEL_WORDS]
    return words[-1] if words else None


def title_change(old_title: str, new_title: str) -> bool:
    """True when two titles name different work, judged by their head nouns ("Pipe Welder" and "Welding
    Inspector"), for titles outside the known families; "Engineer" and "Engineering Lead" are one."""
    a, b = title_head(old_title), title_head(new_title)
    if not a or not b or a in _TRAINING_HEADS:
        return False  # a resident who becomes a staff pharmacist finished training, not changed work
    return a[:5] != b[:5]
