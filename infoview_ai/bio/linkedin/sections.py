"""Education, Licenses & certifications, Skills and Languages from a LinkedIn page copy."""

from __future__ import annotations

import re

from infoview_ai.bio.linkedin.lines import parse_date_line
from infoview_ai.context import Education

_SCHOOL_WORDS = re.compile(
    r"\b(?:university|universit[éäà]t?|universidad|universidade|università|college|school|institute|"
    r"institut|academy|académie|polytechnic|politecnico|hochschule|école|escola|escuela|conservatory|"
    r"seminary|bootcamp|lyceum|lycée|gymnasium|campus)\b",
    re.IGNORECASE,
)
_DEGREE_WORDS = re.compile(
    r"\b(?:bachelor'?s?|master'?s?|doctor(?:ate)?|ph\.?\s?d|mba|m\.?b\.?a|associate'?s?|diploma|certificate|"
    r"b\.?\s?sc?|m\.?\s?sc?|b\.?a|m\.?a|b\.?eng|m\.?eng|b\.?s|m\.?s|jd|j\.d|md|m\.d|licen[cs]e|licenciatura|"
    r"high school diploma|ged|postgraduate)\b",
    re.IGNORECASE,
)
_EDUCATION_EXTRAS = re.compile(r"^(?:grade|activities and societies|activities|societies)\s*:", re.IGNORECASE)


def split_degree(line: str) -> tuple[str | None, str | None]:
    """ "Master's degree, Public Health" -> ("Master's degree", "Public Health"); a stray " ," is fine."""
    head, _, tail = line.partition(",")
    head, tail = head.strip(), tail.strip()
    if tail:
        return head or None, tail
    if _DEGREE_WORDS.search(head):
        return head, None
    return None, head  # a bare field of study ("Computer Science")


def _is_school(line: str) -> bool:
    return bool(_SCHOOL_WORDS.search(line)) and not _DEGREE_WORDS.search(line.split(",")[0])


def _looks_like_untitled_school(line: str, following: str) -> bool:
    """A school without "University" in its name ("Le Wagon"), told apart by a degree or dates below it."""
    if len(line) > 80 or line.endswith("."):
        return False
    return bool(parse_date_line(following) or _DEGREE_WORDS.search(following.split(",")[0]))


def parse_education(lines: list[str]) -> list[Education]:
    """School / [degree, field] / [dates] / [Grade, Activities, description] per entry."""
    entries: list[Education] = []
    current: Education | None = None
    has_dates = False
    after_school = False  # the line right after a school name is its degree line when it is not a date
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        span = parse_date_line(line)
        if current is not None and span and not has_dates:
            current.start, current.end, has_dates = span.start, (None if span.ongoing else span.end), True
        elif current is not None and _EDUCATION_EXTRAS.match(line):
            pass
        elif current is not None and after_school and not _is_school(line):
            current.degree, current.field = split_degree(line)
        elif current is None or _is_school(line) or _looks_like_untitled_school(line, following):
            # A new school, recognised by its name or by the degree/dates lines that follow it.
            current, has_dates = Education(school=line), False
            entries.append(current)
            after_school = True
            continue
        # Anything else is an entry's description: not needed for the Profile.
        after_school = False
    return entries


_ISSUED = re.compile(r"^issued\b|^expires?\b|^no expiration", re.IGNORECASE)
_CREDENTIAL = re.compile(r"^credential id\b|^credential url\b", re.IGNORECASE)


def parse_certifications(lines: list[str]) -> list[str]:
    """Name / Issuer / "Issued May 2024 · Expires Jun 2025" / "Credential ID ..." per certificate.

    Each becomes one string: "Name · Issuer · Issued May 2024 · Expires Jun 2025".
    """
    entries: list[list[str]] = []
    for line in lines:
        if _CREDENTIAL.match(line) or line.lower().startswith("skills:"):
            continue
        if _ISSUED.match(line):
            if entries:
                entries[-1].append(line)
            continue
        # A third plain line, or a plain line after the "Issued" line, starts the next certificate.
        if not entries or len(entries[-1]) >= 2 or any(_ISSUED.match(part) for part in entries[-1]):
            entries.append([line])
        else:
            entries[-1].append(line)
    result = []
    for entry in entries:
        name = entry[0]
        issuer = next((part for part in entry[1:] if not _ISSUED.match(part)), None)
        issued = next((part for part in entry[1:] if _ISSUED.match(part)), None)
        result.append(" · ".join(part for part in (name, issuer, issued) if part))
    return result


# Lines under a skill that say where it was used or who endorsed it.
_SKILL_CONTEXT = re.compile(
    r"\s(?:at|@)\s|^\d+\s+(?:endorsements?|experiences?)\b|^endorsed by\b|\bexperiences? across\b|"
    r"skill assessment|^\d+\s+(?:of|others?)\b|\bendorsements?\b|\bwho (?:is|are) highly skilled\b",
    re.IGNORECASE,
)


def parse_skills(lines: list[str], known_context: set[str]) -> list[str]:
    """Skill names, without the context lines LinkedIn puts under each one.

    ``known_context`` holds lowercased titles, companies, schools and degrees already read from the
    profile: a skill's context line repeats one of them ("Purdue University"), so it is not a skill.
    """
    skills: list[str] = []
    seen: set[str] = set()
    for line in lines:
        lowered = line.lower()
        if _SKILL_CONTEXT.search(line) or lowered in known_context:
            continue
        if len(line) > 60 or line.endswith(".") or parse_date_line(line):
            continue
        if lowered not in seen:
            seen.add(lowered)
            skills.append(line)
    return skills


_PROFICIENCY = re.compile(r"proficiency$|^native\b|^bilingual\b|^elementary\b|^limited\b", re.IGNORECASE)


def parse_languages(lines: list[str]) -> list[str]:
    """Language names; the proficiency line under each one is dropped."""
    return [line for line in lines if not _PROFICIENCY.search(line) and len(line) <= 40]
