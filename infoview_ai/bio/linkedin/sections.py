"""Education, Licenses & certifications, Skills and Languages from a LinkedIn page copy."""

from __future__ import annotations

import re

from infoview_ai.bio.linkedin.lines import parse_date_line
from infoview_ai.bio.text import SCHOOL
from infoview_ai.context import Education

# Degree lines in the languages LinkedIn is used in: "Máster en ...", "Grado en ...", "Licence", "Diplom",
# Quebec's "DEC", Malaysia's "Foundation in Arts". A line led by one of these is a degree, never a school.
_DEGREE_WORDS = re.compile(
    r"\b(?:bachelor'?s?|master'?s?|doctor(?:ate)?|ph\.?\s?d|mba|m\.?b\.?a|associate'?s?|diploma|certificate|"
    r"b\.?\s?sc?|m\.?\s?sc?|b\.?a|m\.?a|b\.?eng|m\.?eng|b\.?s|m\.?s|jd|j\.d|md|m\.d|licen[cs]e|licenciatura|"
    r"high school diploma|ged|postgraduate|foundation in|foundation (?:year|programme|program|studies)|"
    r"máster|grado en|maestr[íi]a|doctorado|diplom|diplôme|ingeniero|ingénieur|laurea|mestrado|bacharelado|"
    r"bts|dut|dec|dep|aec|abitur|staatsexamen|magister)\b",
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
    return bool(SCHOOL.search(line)) and not _DEGREE_WORDS.search(line.split(",")[0])


def _is_degree(line: str) -> bool:
    return bool(_DEGREE_WORDS.search(line.split(",")[0]))


def _looks_like_untitled_school(line: str, below: list[str]) -> bool:
    """A school without "University" in its name ("Le Wagon", "Cégep de ..."), told apart by what LinkedIn
    prints under a school: a degree line or dates, or a degree line and then dates. A degree line itself
    ("DEC, Sciences de la nature", "Foundation in Arts") is never a school, even with dates under it."""
    if len(line) > 80 or line.endswith(".") or _is_degree(line) or parse_date_line(line):
        return False
    following, after = (below + ["", ""])[:2]
    if parse_date_line(following) or _is_degree(following):
        return True
    return bool(following) and not _is_school(following) and bool(parse_date_line(after))


def parse_education(lines: list[str]) -> list[Education]:
    """School / [degree, field] / [dates] / [Grade, Activities, description] per entry."""
    entries: list[Education] = []
    current: Education | None = None
    has_dates = False
    after_school = False  # the line right after a school name is its degree line when it is not a date
    for index, line in enumerate(lines):
        if index and line == lines[index - 1]:
            continue  # a screen-reader twin the page-wide pass left: the same school or degree again
        span, below = parse_date_line(line), lines[index + 1 : index + 3]
        if current is not None and span and not has_dates:
            current.start, current.end, has_dates = span.start, (None if span.ongoing else span.end), True
        elif current is not None and _EDUCATION_EXTRAS.match(line):
            pass
        elif current is not None and after_school and not _is_school(line):
            current.degree, current.field = split_degree(line)
        elif current is None or _is_school(line) or _looks_like_untitled_school(line, below):
            # A new school, recognised by its name or by the degree/dates lines that follow it.
            current, has_dates = Education(school=line), False
            entries.append(current)
            after_school = True
            continue
        # Anything else is an entry's description: not needed for the Profile.
        after_school = False
    return entries


# "Issued May 2024", "Expedición: may. 2023", "Délivrée en juin 2018", "Ausgestellt: März 2023", ...
_ISSUED = re.compile(
    r"^(?:issued|expires?|no expiration|expedici[óo]n|vencimiento|d[ée]livr[ée]e?|expire|ausgestellt|"
    r"g[üu]ltig bis|emitido|emiss[ãa]o|expira|rilasciato|scadenza|uitgegeven|verloopt)\b",
    re.IGNORECASE,
)
_CREDENTIAL = re.compile(
    r"^(?:credential (?:id|url)|id de la credencial|id de credencial|identifiant|nachweis-id)\b",
    re.IGNORECASE,
)


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
    r"\s(?:at|@|chez|bei|presso|bij)\s|^endorsed by\b|\bexperiences? across\b|"
    r"^\d+\s+(?:endorsements?|experiences?|expériences?|experiencias?|experiências?|erfahrungen|esperienze|"
    r"ervaringen)\b|"
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


_PROFICIENCY = re.compile(
    r"proficiency$|^(?:native|bilingual|elementary|limited)\b|"
    r"^(?:competencia|capacit[ée]|bilingue|muttersprache|verhandlungssicher|flie(?:ß|ss)end|grundkenntnisse|"
    r"gute kenntnisse|fluente|profici[êe]ncia|conhecimento|madrelingua|conoscenza|competenza|moedertaal|"
    r"volledige|beperkte|elementaire|professionele)\b",
    re.IGNORECASE,
)


def parse_languages(lines: list[str]) -> list[str]:
    """Language names; the proficiency line under each one is dropped."""
    return [line for line in lines if not _PROFICIENCY.search(line) and len(line) <= 40]
