"""A small, explainable vocabulary of job functions and seniority, read off a title or the user's goal.

A title names zero or more functions ("Director of Supply Chain Analytics": supply chain and data) and
one seniority level. The distance from a title to the goal is 0 when the title names every function the
goal names, 1 when it names some, 2 when it names a neighbouring one, 3 otherwise: each step has a
sentence a user can check.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# function -> the words and phrases that name it (whole words, after lower-casing and folding hyphens).
FUNCTIONS: dict[str, tuple[str, ...]] = {
    "data & analytics": (
        "analytics",
        "analyst",
        "data",
        "bi",
        "business intelligence",
        "insights",
        "data science",
        "data scientist",
        "machine learning",
        "ml",
        "statistician",
        "forecasting",
    ),
    "supply chain & operations": (
        "supply chain",
        "logistics",
        "operations",
        "procurement",
        "warehouse",
        "distribution",
        "inventory",
        "fulfillment",
        "fulfilment",
        "sourcing",
        "purchasing",
        "buyer",
        "transportation",
        "freight",
        "materials",
        "demand planning",
        "planner",
        "s&op",
    ),
    "software engineering": (
        "engineer",
        "engineering",
        "developer",
        "software",
        "sre",
        "devops",
        "programmer",
        "backend",
        "frontend",
        "full stack",
        "architect",
    ),
    "product": ("product manager", "product owner", "product management", "product lead", "product"),
    "design & research": ("design", "designer", "ux", "ui", "user research", "ux researcher"),
    "marketing": ("marketing", "brand", "growth", "seo", "content", "communications"),
    "sales & partnerships": (
        "sales",
        "account executive",
        "business development",
        "partnerships",
        "account manager",
    ),
    "finance": (
        "finance",
        "financial",
        "accounting",
        "accountant",
        "controller",
        "cfo",
        "fp&a",
        "treasury",
        "audit",
        "auditor",
        "investment",
        "banking",
    ),
    "people & recruiting": ("recruiter", "recruiting", "talent", "hr", "human resources", "people"),
    "consulting & strategy": ("consultant", "consulting", "strategy", "advisory", "advisor"),
    "healthcare": ("nurse", "physician", "clinical", "rn", "doctor", "clinician"),
    "education": ("teacher", "professor", "lecturer", "education", "instructor"),
    "legal": ("lawyer", "counsel", "attorney", "legal", "paralegal"),
}
# Functions one step apart: people who work alongside each other every day.
NEIGHBOURS: dict[str, frozenset[str]] = {}
for _a, _b in (
    ("data & analytics", "supply chain & operations"),
    ("data & analytics", "software engineering"),
    ("data & analytics", "product"),
    ("data & analytics", "finance"),
    ("product", "software engineering"),
    ("product", "design & research"),
    ("marketing", "sales & partnerships"),
    ("marketing", "product"),
    ("finance", "consulting & strategy"),
    ("supply chain & operations", "consulting & strategy"),
    ("people & recruiting", "consulting & strategy"),
):
    NEIGHBOURS[_a] = NEIGHBOURS.get(_a, frozenset()) | {_b}
    NEIGHBOURS[_b] = NEIGHBOURS.get(_b, frozenset()) | {_a}

# (level, label, words): the highest level named wins. Informational interviews go best a few steps
# ahead of the user: senior, manager and director; a C-level executive rarely has the time.
SENIORITY: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (0, "student or intern", ("intern", "internship", "student", "trainee", "apprentice")),
    (1, "junior", ("junior", "jr", "assistant", "associate", "graduate", "entry level")),
    (3, "senior", ("senior", "sr", "lead", "principal", "staff", "specialist")),
    (4, "manager", ("manager", "mgr", "supervisor", "team lead")),
    (5, "director or head", ("director", "head", "head of")),
    (6, "vice president", ("vp", "vice president", "svp", "evp")),
    (
        7,
        "executive",
        (
            "chief",
            "ceo",
            "cto",
            "cfo",
            "coo",
            "cio",
            "founder",
            "co founder",
            "owner",
            "president",
            "partner",
            "managing director",
        ),
    ),
)
DEFAULT_LEVEL, DEFAULT_LABEL = 2, "individual contributor"
# How far a level is from the best ones to ask (3-5).
SENIORITY_GAP = {0: 2, 1: 2, 2: 1, 3: 0, 4: 0, 5: 0, 6: 1, 7: 2}

_NOT_WORD = re.compile(r"[^a-z0-9&]+")
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def words_of(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return tuple(_NOT_WORD.sub(" ", folded).split())


def _phrases(words: tuple[str, ...], longest: int = 3) -> set[str]:
    return {" ".join(words[i : i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1)}


@dataclass(frozen=True)
class TitleReading:
    functions: frozenset[str]
    level: int
    level_label: str


@lru_cache(maxsize=65536)
def read_title(title: str | None) -> TitleReading:
    """The functions and seniority a title names ("Sr. Data Engineer": data, engineering; senior)."""
    phrases = _phrases(words_of(title or ""))
    functions = frozenset(f for f, names in FUNCTIONS.items() if phrases.intersection(names))
    level, label = DEFAULT_LEVEL, DEFAULT_LABEL
    for rank, name, names in SENIORITY:
        if phrases.intersection(names):
            level, label = rank, name
    return TitleReading(functions, level, label)


_INTO = re.compile(r"\b(?:into|to become|towards?|become|as an?)\b", re.IGNORECASE)


def goal_functions(goal: str | None) -> frozenset[str]:
    """The functions the user's goal aims at: what follows "into"/"to become" when it names one."""
    if not goal:
        return frozenset()
    pieces = _INTO.split(goal)
    aimed = read_title(pieces[-1]).functions if len(pieces) > 1 else frozenset()
    return aimed or read_title(goal).functions


# Words of a goal that say nothing about the work itself.
_GOAL_FILLER = frozenset(
    "a an and the of in into to for at on as with from my me i be become career careers role roles job "
    "jobs position work working field area team teams move moving transition switch change get break "
    "towards toward want like would industry company level new".split()
)


def _stem(word: str) -> str:
    """Planner, planning and plans are one term: strip the common English endings, keep 3+ letters."""
    for ending in ("ning", "ing", "ner", "ers", "er", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def goal_terms(goal: str | None) -> frozenset[str]:
    """The stems of the words that name the work the user aims at (what follows "into", else the goal)."""
    if not goal:
        return frozenset()
    pieces = _INTO.split(goal)
    aimed = pieces[-1] if len(pieces) > 1 else goal
    return frozenset(_stem(w) for w in words_of(aimed) if w not in _GOAL_FILLER and len(w) > 2)


def shared_terms(title: str | None, terms: frozenset[str]) -> list[str]:
    """The title's own words that name a term of the goal, in the title's order ("Supply", "Chain")."""
    if not terms:
        return []
    return [w for w in _WORD.findall(title or "") if _stem(words_of(w)[0] if words_of(w) else "") in terms]


def function_distance(title: TitleReading, wanted: frozenset[str]) -> int:
    if not wanted:
        return 0
    if wanted <= title.functions:
        return 0
    if wanted & title.functions:
        return 1
    if any(NEIGHBOURS.get(f, frozenset()) & wanted for f in title.functions):
        return 2
    return 3


def function_reason(distance: int, title: TitleReading, wanted: frozenset[str], source: str) -> str:
    named = ", ".join(sorted(title.functions)) or "no function infoview knows"
    if not wanted:
        return "no goal to compare the title with (add a `Goal:` line to me.md or pass --title)"
    goal = ", ".join(sorted(wanted))
    if distance == 0:
        return f"the title is in {goal} ({source})"
    if distance == 1:
        return f"the title covers part of {goal} ({source}): {named}"
    if distance == 2:
        return f"the title ({named}) works next to {goal} ({source})"
    return f"the title ({named}) is far from {goal} ({source})"


def seniority_reason(title: TitleReading) -> str:
    gap = SENIORITY_GAP[title.level]
    if gap == 0:
        return f"{title.level_label}: a few steps ahead, usually reachable"
    if title.level >= 6:
        return f"{title.level_label}: senior, rarely has time for a call"
    return f"{title.level_label}: close to your own level"
