"""Roles and titles in questions and briefs: seniority, leadership, the words for a role and its source."""

from __future__ import annotations

import re

from infoview_ai.career import current_role
from infoview_ai.context import Position, Profile
from infoview_ai.engines.offline.signals.functions import field_noun, functions_of
from infoview_ai.engines.offline.signals.signal import STOP_WORDS, content_words

SENIORITY = re.compile(
    r"\b(?:contract|freelance|part-time|senior|sr\.?|junior|jr\.?|lead|principal|staff|head of|director of|"
    r"director,?|vp of|vp,?|"
    r"vice president of|vice president,?|svp|evp|chief|manager of|manager,?|associate|assistant|"
    r"global|regional|interim|acting)\b",
    re.IGNORECASE,
)
LEADER_WORDS = re.compile(r"\b(?:director|head|vp|vice president|chief|manager|lead|principal)\b", re.I)

# Words English always capitalises: "English language studies", never "english language studies".
_PROPER = frozenset(
    "english spanish french german portuguese italian chinese mandarin japanese korean arabic russian hindi "
    "latin greek hebrew dutch swedish norwegian danish polish american european african asian canadian "
    "british irish scottish indigenous caribbean mexican brazilian christian jewish islamic".split()
)


def soft_lower(text: str) -> str:
    """Lower-case Capitalised words and keep acronyms: "Supply Chain UX" -> "supply chain UX"."""
    return " ".join(
        w.lower() if w[:1].isupper() and w[1:].islower() and w.lower() not in _PROPER else w
        for w in text.split()
    )


_LINKING_WORDS = frozenset({"of", "and", "the", "for", "to", "in"})


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
    if not words or len(words) > 5 or all(w.lower() in _LINKING_WORDS for w in words):
        return None  # "Chief of Staff" names no line of work once its seniority words are gone
    phrase = soft_lower(cleaned)
    if phrase.lower() in {
        "manager",
        "director",
        "consultant",
        "engineer",
        "analyst",
        "officer",
        "specialist",
    }:
        return field_noun(functions_of(title))
    head, _, last = phrase.rpartition(" ")
    if last.lower() in _PERSON_TO_WORK:
        phrase = f"{head} {_PERSON_TO_WORK[last.lower()]}".strip()
    elif last.lower() in {"platform", "platforms", "infrastructure", "tools", "systems"}:
        phrase += " work"
    return phrase


_PERSON_TO_WORK = {
    "researcher": "research",
    "designer": "design",
    "engineer": "engineering",
    "developer": "development",
    "scientist": "science",
    "consultant": "consulting",
    "teacher": "teaching",
    "recruiter": "recruiting",
    "planner": "planning",
    "writer": "writing",
    "marketer": "marketing",
    "strategist": "strategy",
    "accountant": "accounting",
    "nurse": "nursing",
    "analyst": "analysis",
}


def is_leader(title: str) -> bool:
    return bool(LEADER_WORDS.search(title))


def dates_text(p: Position, sep: str = "-") -> str:
    """ "2022-03-present", "until 2018", or "dates not given": never a made-up "present"."""
    if p.start:
        return f"{p.start}{sep}{p.end or 'present'}"
    return f"until {p.end}" if p.end else "dates not given"


def employer(p: Position) -> str:
    """Where the role was: the company, else the place (a bio may say "a teacher in São Paulo")."""
    if p.company.strip():
        return p.company.strip()
    return f"in {p.location}" if p.location else ""


def role_at(p: Position) -> str:
    """ "Analytics Manager at Oakridge Foods", "High-School History Teacher in São Paulo, Brazil"."""
    where = employer(p)
    if not where:
        return p.title
    return f"{p.title} {where}" if where.startswith("in ") else f"{p.title} at {where}"


def role_source(p: Position) -> str:
    """ "role: Director of Supply Chain Analytics, Oakridge Foods, 2022-03-present"."""
    parts = [p.title, p.company.strip() or (p.location or ""), dates_text(p, " to ")]
    return "role: " + ", ".join(x for x in parts if x)


def role_short(p: Position) -> str:
    """ "Analytics Manager at Oakridge Foods (2018-06 to 2022-02)"."""
    return f"{role_at(p)} ({dates_text(p, ' to ')})"


_TITLE_STOP = STOP_WORDS | {"team", "lead", "senior", "director", "manager", "head"}


def path_fits(destination: str, profile: Profile) -> bool:
    """Whether the person works in the field the user wants to move into ("supply-chain analytics")."""
    current = current_role(profile)
    if current is None:
        return False
    theirs_text = f"{current.title} {functions_of(current.title) or ''} {profile.headline or ''}"
    theirs = content_words(theirs_text, _TITLE_STOP)
    return bool(content_words(destination, _TITLE_STOP) & theirs)


# A phrase that names an activity ("data platform", "UX research"), not a person ("captain", "CFO").
ACTIVITY = re.compile(
    r"(?:ing|research|design|analytics|science|engineering|management|marketing|operations|planning|policy|"
    r"product|strategy|finance|data|platform|development|writing|consulting|sales|support|care|health|"
    r"education|work|security|logistics|law|accounting|recruiting|communications|success|nursing|"
    r"pharmacy|architecture|infrastructure|systems|software|quality|compliance|procurement|hr)$",
    re.IGNORECASE,
)
_PERSON_FIRST = re.compile(
    r"^(?:professor|lecturer|teacher|instructor|nurse|doctor|physician|officer|captain|chief|head|dean|"
    r"coordinator|assistant|associate|director|manager|lead|partner|founder|owner|member|fellow)\b",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"\s+(?:I{1,3}|IV|[1-5])$")


def work_phrase(title: str) -> str | None:
    """The line of work as a noun phrase ending in "work" ("supply chain analytics work", "UX research
    work"), or None when the title names no activity a question can use ("CFO", "Desenvolvedora Backend")."""
    phrase = function_phrase(_LEVEL.sub("", title.strip()))
    if not phrase or not phrase.isascii() or not ACTIVITY.search(phrase):
        return None
    first = phrase.split()[0]
    if first[0].isupper() and not first.isupper():
        return None
    if _PERSON_FIRST.match(phrase):  # "professor of computer science" names a person, not the work
        return None
    return phrase if phrase.endswith("work") else f"{phrase} work"
