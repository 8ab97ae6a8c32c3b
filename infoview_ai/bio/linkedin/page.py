"""Text copied from a LinkedIn profile page (select all, copy): top card, About, and the sections.

The page copy is noisy (docs/domain.md §1): lines arrive twice for screen readers, buttons and counts come
along, and the sidebar adds other people's profiles. The steps are: clean -> drop noise -> drop twins
-> split into sections -> read each section. Unknown lines are ignored, never fatal.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from infoview_ai.bio.linkedin.experience import VOLUNTEER_CAUSES, parse_positions, parse_volunteering
from infoview_ai.bio.linkedin.lines import parse_date_line, parse_location_line
from infoview_ai.bio.linkedin.sections import (
    parse_certifications,
    parse_education,
    parse_languages,
    parse_skills,
)
from infoview_ai.bio.text import clean_text, content_lines, drop_twins, is_noise
from infoview_ai.context import Position, Profile

IGNORED = "ignored"

# Section headings as LinkedIn prints them -> the part of the Profile they fill (or IGNORED).
SECTION_HEADINGS: dict[str, str] = {
    "about": "about",
    "experience": "experience",
    "education": "education",
    "licenses & certifications": "certifications",
    "licenses and certifications": "certifications",
    "certifications": "certifications",
    "volunteering": "volunteering",
    "volunteer experience": "volunteering",
    "skills": "skills",
    "languages": "languages",
    **{
        heading: IGNORED
        for heading in (
            "activity",
            "featured",
            "recommendations",
            "honors & awards",
            "honors and awards",
            "interests",
            "projects",
            "publications",
            "courses",
            "organizations",
            "test scores",
            "patents",
            "causes",
            "analytics",
            "services",
            "highlights",
            "more profiles for you",
            "people also viewed",
            "people you may know",
            "explore premium profiles",
            "explore more profiles",
            "you might like",
            "pages for you",
            "other similar profiles",
            "suggested for you",
            "who your viewers also viewed",
            "people who viewed this profile also viewed",
            "accessibility",
            "talent solutions",
            "community guidelines",
            "careers",
            "privacy & terms",
            "ad choices",
            "questions?",
            "select language",
            "recent activity",
        )
    },
}
_OTHERS_NAMED = re.compile(r"^others named\b", re.IGNORECASE)

# "(She/Her) · 2nd", "· 3rd+", "She/Her", "2nd degree connection"
_PRONOUNS_OR_DEGREE = re.compile(
    r"^(?:\(?(?P<pronouns>[A-Za-z]+/[A-Za-z]+(?:/[A-Za-z]+)?)\)?)?\s*(?:[·•]\s*)?"
    r"(?P<degree>1st|2nd|3rd\+?)?(?:\s+degree connection)?$",
    re.IGNORECASE,
)
_CONTACT_INFO = re.compile(r"\s*[·•]?\s*contact info\s*$", re.IGNORECASE)
_DATES_WITH_DURATION = re.compile(r"\d{4}\s*[·•]\s*\d+\s+(?:yrs?|mos?)\b|present\s*[·•]\s*\d", re.IGNORECASE)
_UI_MARKERS = re.compile(
    r"contact info|\bconnections\b|\bfollowers\b|^show all\b|see more$|[·•]\s*(?:1st|2nd|3rd)", re.IGNORECASE
)


def heading_of(line: str) -> str | None:
    """The Profile part a section heading line stands for, IGNORED, or None when it is not a heading."""
    key = line.strip().lower()
    if key in SECTION_HEADINGS:
        return SECTION_HEADINGS[key]
    return IGNORED if _OTHERS_NAMED.match(key) else None


def looks_like_linkedin_copy(text: str) -> bool:
    """Section headings on lines of their own, dates with durations, or LinkedIn's buttons and counts."""
    lines = content_lines(clean_text(text))
    headings = {line.lower() for line in lines if heading_of(line) not in (None, IGNORED)}
    if any(_DATES_WITH_DURATION.search(line) for line in lines):
        return True
    markers = sum(1 for line in lines if _UI_MARKERS.search(line))
    return len(headings) >= 2 or (len(headings) >= 1 and markers >= 1)


def prepare_lines(text: str) -> list[str]:
    """Cleaned lines without page furniture or screen-reader twins."""
    lines = [_CONTACT_INFO.sub("", line) for line in content_lines(clean_text(text))]
    return drop_twins([line for line in lines if line and not is_noise(line)])


def split_sections(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The top card (lines before the first heading) and each section's lines.

    A heading seen a second time belongs to the page footer or the sidebar ("About" in the footer), so it
    starts an ignored block, except a volunteering cause ("Education") printed under a role's dates.
    """
    top: list[str] = []
    sections: dict[str, list[str]] = {}
    current: str | None = None
    seen: set[str] = set()
    for index, line in enumerate(lines):
        part = heading_of(line)
        is_cause = (
            current == "volunteering"
            and line.lower() in VOLUNTEER_CAUSES
            and index > 0
            and parse_date_line(lines[index - 1]) is not None
        )
        if part is not None and not is_cause:
            current = IGNORED if part in seen else part
            if part != IGNORED:
                seen.add(part)
            continue
        if current is None:
            top.append(line)
        else:
            sections.setdefault(current, []).append(line)
    sections.pop(IGNORED, None)
    return top, sections


def _strip_decoration(name: str) -> str:
    """Drop emoji and symbols around a name ("🌱 Lena Okafor 🚀" -> "Lena Okafor"), keep the letters."""
    characters = list(name.strip())
    while characters and unicodedata.category(characters[0])[0] in "SZPC" and characters[0] not in "(":
        characters.pop(0)
    while characters and unicodedata.category(characters[-1])[0] in "SZC":
        characters.pop()
    return "".join(characters).strip()


def _looks_like_name(line: str) -> bool:
    words = line.split()
    has_digits = any(ch.isdigit() for ch in line)
    return 1 <= len(words) <= 6 and not has_digits and len(line) <= 70 and "|" not in line


def parse_top_card(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """Name, headline and location from the lines above the first section."""
    marker = next(
        (
            index
            for index, line in enumerate(lines)
            if _PRONOUNS_OR_DEGREE.match(line) and re.search(r"/|1st|2nd|3rd", line)
        ),
        None,
    )
    if marker is not None and marker > 0:
        name_index = marker - 1
        headline_index = marker + 1
    else:
        name_index = next((index for index, line in enumerate(lines) if _looks_like_name(line)), None)
        if name_index is None:
            return None, None, None
        headline_index = name_index + 1
    name = _strip_decoration(lines[name_index]) or None
    headline = lines[headline_index] if headline_index < len(lines) else None
    location = None
    for line in lines[headline_index + 1 :]:
        if place := parse_location_line(line):
            location = place[0]
            break
    return name, headline, location


def parse_about(lines: list[str]) -> tuple[str, list[str]]:
    """The About text, and the "Top skills" LinkedIn shows under it ("SQL • Forecasting • ...")."""
    about_lines: list[str] = []
    top_skills: list[str] = []
    for index, line in enumerate(lines):
        if index > 0 and lines[index - 1].lower() == "top skills":
            top_skills = [skill.strip() for skill in re.split(r"\s+[•·]\s+", line) if skill.strip()]
            continue
        if line.lower() != "top skills":
            about_lines.append(line)
    return "\n".join(about_lines).strip(), top_skills


def _known_context(positions: list[Position], profile: Profile) -> set[str]:
    """Titles, companies, schools and degrees: skill context lines repeat them, skills do not."""
    known: set[str] = set()
    for position in [*positions, *profile.volunteering]:
        known.update({position.title.lower(), position.company.lower()})
    for school in profile.education:
        known.add(school.school.lower())
        degree_line = ", ".join(part for part in (school.degree, school.field) if part)
        known.update({degree_line.lower(), (school.degree or "").lower(), (school.field or "").lower()})
    known.discard("")
    return known


def _newest_first(positions: list[Position]) -> list[Position]:
    """LinkedIn already lists newest first; sorting by start only fixes copies pasted out of order."""
    dated = sorted((p for p in positions if p.start), key=lambda p: p.start or "", reverse=True)
    return dated + [p for p in positions if not p.start]


def parse_linkedin_text(text: str, *, today: date | None = None) -> Profile:
    """A Profile from a LinkedIn page copy. ``today`` is only a fallback for dating "Present"."""
    lines = prepare_lines(text)
    top, sections = split_sections(lines)
    name, headline, location = parse_top_card(top)
    about, top_skills = parse_about(sections.get("about", []))
    profile = Profile(
        name=name, headline=headline, location=location, about=about, source_format="linkedin_text"
    )
    profile.positions = _newest_first(parse_positions(sections.get("experience", []), today=today))
    profile.education = parse_education(sections.get("education", []))
    profile.volunteering = parse_volunteering(sections.get("volunteering", []), today=today)
    profile.certifications = parse_certifications(sections.get("certifications", []))
    skills = parse_skills(sections.get("skills", []), _known_context(profile.positions, profile))
    listed = {skill.lower() for skill in skills}
    profile.skills = skills + [skill for skill in top_skills if skill.lower() not in listed]
    profile.languages = parse_languages(sections.get("languages", []))
    if sections.get("experience") and not profile.positions:
        profile.warnings.append(
            "The Experience section was found but no role could be read from it: check the copied text."
        )
    for position in profile.positions:
        if not position.company:
            profile.warnings.append(f"No company found for the role '{position.title}'.")
    return profile
