"""Text copied from a LinkedIn profile page (select all, copy): top card, About, and the sections.

The page copy is noisy (docs/domain.md §1): lines arrive twice for screen readers, buttons and counts come
along, and the sidebar adds other people's profiles. The steps are: clean -> drop noise -> drop twins
-> split into sections -> read each section. Unknown lines are ignored, never fatal.
"""

from __future__ import annotations

import re
from datetime import date

from infoview_ai.bio.linkedin.experience import parse_positions, parse_volunteering
from infoview_ai.bio.linkedin.lines import parse_date_line, parse_location_line
from infoview_ai.bio.linkedin.sections import (
    parse_certifications,
    parse_education,
    parse_languages,
    parse_skills,
)
from infoview_ai.bio.linkedin.vocabulary import (
    CONTACT_INFO_LINK,
    COUNT,
    IGNORED,
    heading_of,
    is_localized_noise,
    is_volunteer_cause,
    word_key,
)
from infoview_ai.bio.text import clean_text, content_lines, drop_twins, is_noise
from infoview_ai.context import Position, Profile

# The top card's badges: "(She/Her) · 2nd", "· 3rd+", "(Ella) · 2º", "(Er/Ihm) · 2.", "· 1er", "2e",
# "2nd degree connection", "Open to work", "500+ contactos". Matched on word_key text ("2º" -> "2o").
_PRONOUNS = r"\(?(?:pronouns:\s*)?[^\W\d_]{1,10}/[^\W\d_]{1,10}(?:/[^\W\d_]{1,10})?\)?|\([^\W\d_]{2,8}\)"
_DEGREE = (
    r"(?:[·•]\s*)?(?:(?:contacto|relation|kontakt|conexao|collegamento)(?: de| di)?\s)?"
    r"(?:1st|2nd|3rd|[123](?:er|re|e|o|a|º|ª|°|\.))\+?"
    r"(?:\s+(?:degree(?:\s+connection)?|grado|niveau|grades|grau))?"
)
_BADGE = re.compile(
    rf"^(?:(?:{_PRONOUNS})\s*(?:{_DEGREE})?|{_DEGREE}|[·•]|open to work|#?opentowork|hiring|#hiring|"
    r"(?:linkedin\s+)?top voice|creator|influencer|verified|premium|linkedin member|she|he|they|ella|elle|"
    rf"ele|lei|{COUNT})$",
    re.IGNORECASE,
)
_TRAILING_DEGREE = re.compile(rf"\s*(?:{_PRONOUNS})?\s*{_DEGREE}\s*$", re.IGNORECASE)
_CONTACT_INFO = re.compile(rf"\s*[·•]?\s*{CONTACT_INFO_LINK}\s*$", re.IGNORECASE)
_UI_MARKERS = re.compile(
    r"contact info|\bconnections\b|\bfollowers\b|^show all\b|see more$|[·•]\s*(?:1st|2nd|3rd)", re.IGNORECASE
)


def looks_like_linkedin_copy(text: str) -> bool:
    """Section headings on lines of their own, dates with durations, or LinkedIn's buttons and counts."""
    lines = content_lines(clean_text(text))
    headings = {line.lower() for line in lines if heading_of(line) not in (None, IGNORED)}
    if _has_durations(lines):
        return True
    markers = _marker_count(lines)
    return len(headings) >= 2 or (len(headings) >= 1 and markers >= 1)


def has_page_marks(text: str) -> bool:
    """LinkedIn's own marks, which a résumé with "Experience" and "Education" headings lacks: date lines
    with durations, buttons, counts."""
    lines = content_lines(clean_text(text))
    return _has_durations(lines) or _marker_count(lines) > 0


def _has_durations(lines: list[str]) -> bool:
    return any((span := parse_date_line(line)) and span.months for line in lines)  # "... · 3 yrs 1 mo"


def _marker_count(lines: list[str]) -> int:
    return sum(1 for line in lines if _UI_MARKERS.search(line) or is_localized_noise(line))


def prepare_lines(text: str) -> list[str]:
    """Cleaned lines without page furniture or screen-reader twins."""
    lines = [_CONTACT_INFO.sub("", line) for line in content_lines(clean_text(text))]
    return drop_twins([line for line in lines if line and not (is_noise(line) or is_localized_noise(line))])


def split_sections(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The top card (lines before the first heading) and each section's lines.

    A heading seen a second time belongs to the page footer or the sidebar ("About" in the footer), so it
    starts an ignored block. Inside a role, a heading word is the role's own: a volunteering cause
    ("Education") under its dates, or an employment type ("Ausbildung") over them.
    """
    top: list[str] = []
    sections: dict[str, list[str]] = {}
    current: str | None = None
    seen: set[str] = set()
    for index, line in enumerate(lines):
        part = heading_of(line)
        if part is not None and not _is_role_line(lines, index, current):
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


def _is_role_line(lines: list[str], index: int, current: str | None) -> bool:
    """A heading word printed inside a role: a cause after its dates, an employment type before them."""
    if current not in ("experience", "volunteering"):
        return False
    after_dates = index > 0 and parse_date_line(lines[index - 1]) is not None
    before_dates = index + 1 < len(lines) and parse_date_line(lines[index + 1]) is not None
    is_cause = current == "volunteering" and after_dates and is_volunteer_cause(lines[index])
    return is_cause or before_dates


def _looks_like_name(line: str) -> bool:
    words = line.split()
    has_digits = any(ch.isdigit() for ch in line)
    return 1 <= len(words) <= 10 and not has_digits and len(line) <= 90 and "|" not in line


def is_badge(line: str) -> bool:
    """Pronouns, the connection degree, "Open to work" and the like: never a name or a headline."""
    return bool(_BADGE.match(word_key(line)))


def parse_top_card(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """Name, headline and location from the lines above the first section.

    The name is the line just before the badges (pronouns, degree), else the first name-like line; the
    headline is the next line that is not a badge; the location, the first place after it.
    """
    badge = next((index for index, line in enumerate(lines) if index > 0 and is_badge(line)), None)
    if badge is not None and not is_badge(lines[badge - 1]):
        name_index = badge - 1
    else:
        name_index = next(
            (index for index, line in enumerate(lines) if not is_badge(line) and _looks_like_name(line)), None
        )
        if name_index is None:
            return None, None, None
    name = _TRAILING_DEGREE.sub("", lines[name_index]).strip() or None
    rest = [(index, line) for index, line in enumerate(lines) if index > name_index and not is_badge(line)]
    headline_index, headline = rest[0] if rest else (len(lines), None)
    location = None
    for line in lines[headline_index + 1 :]:
        if place := parse_location_line(line):
            location = place[0]
            break
    return name, headline, location


_TOP_SKILLS = {
    "top skills",
    "principales aptitudes",
    "principales competences",
    "top-kenntnisse",
    "principais competencias",
    "competenze principali",
    "topvaardigheden",
}


def parse_about(lines: list[str]) -> tuple[str, list[str]]:
    """The About text, and the "Top skills" LinkedIn shows under it ("SQL • Forecasting • ...")."""
    about_lines: list[str] = []
    top_skills: list[str] = []
    for index, line in enumerate(lines):
        if index > 0 and word_key(lines[index - 1]) in _TOP_SKILLS:
            top_skills = [skill.strip() for skill in re.split(r"\s+[•·]\s+", line) if skill.strip()]
            continue
        if word_key(line) not in _TOP_SKILLS:
            about_lines.append(line)
    return "\n".join(about_lines).strip(), top_skills


_AT_WORDS = ("at", "@", "en", "chez", "bei", "na", "em", "presso", "bij")


def _known_context(positions: list[Position], profile: Profile) -> set[str]:
    """Titles, companies, schools and degrees: skill context lines repeat them, skills do not."""
    known: set[str] = set()
    for position in [*positions, *profile.volunteering]:
        title, company = position.title.lower(), position.company.lower()
        known.update({title, company})
        # "Data Engineer at Acme", in each interface language ("en", "chez", "bei", "na", "presso", "bij")
        known.update(f"{title} {word} {company}" for word in _AT_WORDS)
    for school in profile.education:
        known.add(school.school.lower())
        degree_line = ", ".join(part for part in (school.degree, school.field) if part)
        known.update({degree_line.lower(), (school.degree or "").lower(), (school.field or "").lower()})
    known.discard("")
    return known


def parse_linkedin_text(text: str, *, today: date | None = None) -> Profile:
    """A Profile from a LinkedIn page copy. ``today`` is only a fallback for dating "Present"."""
    lines = prepare_lines(text)
    top, sections = split_sections(lines)
    name, headline, location = parse_top_card(top)
    about, top_skills = parse_about(sections.get("about", []))
    profile = Profile(
        name=name, headline=headline, location=location, about=about, source_format="linkedin_text"
    )
    # LinkedIn's own order: the person chose it, and the first current role is their main one
    profile.positions = parse_positions(sections.get("experience", []), today=today)
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
