"""The 2016-2017 LinkedIn PDF export: one column, bold entry lines, ``Title  at   Company``.

Name (largest, bold), headline, then sections under larger headings. A role is a bold line (which can
wrap onto a second bold line) naming title and company, a date line such as
``2016  -  Present (less than a year)``, and an indented description. The last page repeats the name and
headline above the recommendations and a "Contact ... on LinkedIn" line: those are not parsed.
"""

from __future__ import annotations

import re
from collections import Counter

from infoview_ai.bio.linkedin.lines import parse_location_line
from infoview_ai.bio.pdf.common import (
    MAIN_HEADINGS,
    education_entry,
    join_paragraphs,
    join_wrapped,
    parse_pdf_dates,
)
from infoview_ai.bio.pdf.layout import MAIN, Line, PdfText
from infoview_ai.context import Education, Position, Profile

_AT_SPACED = re.compile(r"\s{2,}at\s+|\s+at\s{2,}")  # a wrap can eat the spaces on one side
_AT = re.compile(r"\s+at\s+")
_RECOMMENDED = re.compile(r"\bha(?:s|ve) recommended\b", re.IGNORECASE)
_CONTACT_ON_LINKEDIN = re.compile(r"^contact .+ on linkedin$", re.IGNORECASE)


def split_title_company(raw: str) -> tuple[str, str, bool]:
    """ "Data Engineer  at   Globex" -> ("Data Engineer", "Globex", sure). The spaced "at" is the
    separator LinkedIn wrote; a single-spaced one (2017) is split at its first occurrence, not sure."""
    if match := _AT_SPACED.search(raw):
        return " ".join(raw[: match.start()].split()), " ".join(raw[match.end() :].split()), True
    if match := _AT.search(raw):
        return " ".join(raw[: match.start()].split()), " ".join(raw[match.end() :].split()), True
    return " ".join(raw.split()), "", False


def _sections(lines: list[Line], heading_size: float) -> dict[str, list[Line]]:
    sections: dict[str, list[Line]] = {"top": []}
    current = "top"
    for line in lines:
        if _CONTACT_ON_LINKEDIN.match(line.text) or _RECOMMENDED.search(line.text):
            current = "ignored"
            continue
        if abs(line.size - heading_size) < 0.3 and not line.bold:
            key = line.text.lower()
            current = MAIN_HEADINGS.get(key, "ignored")
            continue
        sections.setdefault(current, []).append(line)
    return sections


def _entries(lines: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """(bold header lines, the plain lines under them) per entry."""
    entries: list[tuple[list[Line], list[Line]]] = []
    for line in lines:
        if line.bold and (not entries or entries[-1][1]):
            entries.append(([line], []))
        elif line.bold:
            entries[-1][0].append(line)
        elif entries:
            entries[-1][1].append(line)
    return entries


def parse_roles(lines: list[Line], profile: Profile, prefix: str = "positions") -> list[Position]:
    positions: list[Position] = []
    margin = min((line.x for line in lines), default=0.0)
    for header, body in _entries(lines):
        raw = " ".join(line.raw or line.text for line in header)
        title, company, sure = split_title_company(raw)
        span = parse_pdf_dates(body[0].text) if body else None
        position = Position(title=title, company=company)
        rest = body
        if span:
            position.start, position.end = span.start, None if span.ongoing else span.end
            rest = body[1:]
        if rest and rest[0].x < margin + 5 and parse_location_line(rest[0].text, lenient=True):
            position.location, rest = rest[0].text, rest[1:]
        position.description = join_paragraphs(rest)
        index = len(positions)
        if not sure:
            profile.uncertain.append(f"{prefix}[{index}].company")
        if not span:
            profile.uncertain.append(f"{prefix}[{index}].start")
        positions.append(position)
    return positions


def _education(lines: list[Line]) -> list[Education]:
    entries = []
    for header, body in _entries(lines):
        details = [line for line in body if not line.text.lower().startswith(("activities and", "grade"))]
        entries.append(education_entry(join_wrapped(header), details[0].text if details else ""))
    return entries


def parse_legacy(pdf: PdfText) -> Profile:
    profile = Profile(source_format="linkedin_pdf_legacy")
    main = pdf.column(MAIN)
    if not main:
        return profile
    name_size = max(line.size for line in main)
    sizes = Counter(line.size for line in main if line.text.lower() in MAIN_HEADINGS and not line.bold)
    heading_size = sizes.most_common(1)[0][0] if sizes else name_size
    first_name_line = next(index for index, line in enumerate(main) if line.size == name_size)
    profile.name = main[first_name_line].text
    top: list[Line] = []
    for line in main[first_name_line + 1 :]:
        if line.size >= heading_size - 0.3:
            break
        top.append(line)
    profile.headline = join_wrapped(top) or None
    # The closing page repeats the name and headline, in their own fonts: drop those repeats. A role line
    # that reads the same as the headline ("General Counsel at Amplify") is bold and smaller: it stays.
    repeats = {(line.text, line.size, line.bold) for line in [main[first_name_line], *top]}
    body = [
        line
        for line in main[first_name_line + 1 + len(top) :]
        if (line.text, line.size, line.bold) not in repeats
    ]
    sections = _sections(body, heading_size)
    profile.about = join_paragraphs(sections.get("about", []))
    if profile.about.strip().upper() in {"N/A", "NA", "-"}:
        profile.about = ""
    profile.positions = parse_roles(sections.get("experience", []), profile)
    profile.volunteering = parse_roles(sections.get("volunteering", []), Profile(), "volunteering")
    profile.education = _education(sections.get("education", []))
    profile.languages = [line.text.split(" (")[0] for line in sections.get("languages", []) if line.bold]
    profile.skills = [line.text for line in sections.get("skills", [])]
    profile.certifications = [line.text for line in sections.get("certifications", []) if line.bold]
    return profile
