"""The current LinkedIn "Save to PDF" export: a sidebar and a main column told apart by font size.

Main column, largest to smallest: name, section headings (Summary, Experience, Education), then in
Experience the company, the title, and the detail lines (dates, location, description, a grouped
company's total). The sizes are read from the document rather than hard-coded: the line above each date
line is a title, so the title size is whatever most of those lines use, and the company is the next size
up. A long company name or title wraps onto lines of the same size, which join back into one value.
"""

from __future__ import annotations

from collections import Counter

from infoview_ai.bio.contact_details import join_contact_lines, split_contacts
from infoview_ai.bio.linkedin.lines import parse_location_line
from infoview_ai.bio.pdf.common import (
    MAIN_HEADINGS,
    education_entry,
    is_total,
    join_paragraphs,
    join_wrapped,
    parse_pdf_dates,
    same_size,
)
from infoview_ai.bio.pdf.layout import MAIN, SIDEBAR, Line, PdfText
from infoview_ai.context import Education, Position, Profile

SIDEBAR_SECTIONS = {
    "contact": "contact",
    "top skills": "skills",
    "skills": "skills",
    "languages": "languages",
    "certifications": "certifications",
    "honors-awards": "ignored",
    "honors & awards": "ignored",
    "publications": "ignored",
    "patents": "ignored",
}


def _sections(lines: list[Line], headings: dict[str, str], heading_size: float) -> dict[str, list[Line]]:
    sections: dict[str, list[Line]] = {"top": []}
    current = "top"
    for line in lines:
        key = line.text.lower()
        if same_size(line.size, heading_size) and key in headings:
            current = headings[key]
            sections.setdefault(current, [])
            continue
        if same_size(line.size, heading_size) and current != "top":
            current = "ignored"
            continue
        sections.setdefault(current, []).append(line)
    return sections


def _heading_size(lines: list[Line], known: dict[str, str]) -> float | None:
    sizes = [line.size for line in lines if line.text.lower() in known]
    return Counter(sizes).most_common(1)[0][0] if sizes else None


def _top_card(lines: list[Line], profile: Profile) -> None:
    """Name (the largest text), headline (wrapped lines), location (grey, last)."""
    if not lines:
        return
    name_size = max(line.size for line in lines)
    name_lines = [line for line in lines if same_size(line.size, name_size)]
    rest = [line for line in lines if not same_size(line.size, name_size)]
    profile.name = join_wrapped(name_lines) or None
    if not rest:
        return
    headline_gray = rest[0].gray
    shaded = [line for line in rest[1:] if line.gray is not None and headline_gray is not None]
    place_lines = [line for line in shaded if abs((line.gray or 0) - (headline_gray or 0)) > 0.2]
    if place_lines:
        headline_lines = [line for line in rest if line not in place_lines]
        profile.location = join_wrapped(place_lines)
    elif len(rest) >= 2:
        headline_lines = rest[:-1]
        profile.location = rest[-1].text
        if not parse_location_line(rest[-1].text, lenient=True):
            profile.uncertain.append("location")
    else:
        headline_lines = rest
    profile.headline = join_wrapped(headline_lines) or None


def _mode(values: list[float]) -> float | None:
    return Counter(values).most_common(1)[0][0] if values else None


def _runs(lines: list[Line], sizes: tuple[float, ...]) -> list[tuple[float, list[Line]]]:
    """Consecutive lines of one of ``sizes`` grouped (wrapped values); other lines stay single."""
    runs: list[tuple[float, list[Line]]] = []
    for line in lines:
        kind = next((size for size in sizes if same_size(line.size, size)), line.size)
        if runs and kind in sizes and same_size(runs[-1][0], kind):
            runs[-1][1].append(line)
        else:
            runs.append((kind, [line]))
    return runs


def _is_location(line: Line, previous: Line) -> bool:
    """The line under a role's dates is its location when it sits close below them."""
    if line.gap is not None and previous.page == line.page:
        return line.gap <= 1.6 * line.size and not parse_pdf_dates(line.text)
    return parse_location_line(line.text, lenient=True) is not None


def parse_experience(lines: list[Line], profile: Profile) -> list[Position]:
    """Company / [total] / title / dates / [location] / [description], grouped or single."""
    dated = [index for index, line in enumerate(lines) if parse_pdf_dates(line.text)]
    title_size = _mode([lines[i - 1].size for i in dated if i > 0])
    detail_size = _mode([lines[i].size for i in dated])
    if title_size is None or detail_size is None:
        return []
    bigger = sorted({line.size for line in lines if line.size > title_size + 0.2})
    company_size = bigger[0] if bigger else None
    sizes = (title_size,) if company_size is None else (company_size, title_size)
    positions: list[Position] = []
    company = ""
    title: str | None = None
    position: Position | None = None
    description: list[Line] = []
    after_dates: Line | None = None

    def close() -> None:
        if position is not None:
            position.description = join_paragraphs(description)

    for kind, run in _runs(lines, sizes):
        text = join_wrapped(run)
        if company_size is not None and same_size(kind, company_size):
            close()
            company, title, position, description, after_dates = text, None, None, [], None
        elif same_size(kind, title_size):
            close()
            title, position, description, after_dates = text, None, [], None
        elif (span := parse_pdf_dates(text)) and title is not None:
            close()
            position = Position(
                title=title, company=company, start=span.start, end=None if span.ongoing else span.end
            )
            positions.append(position)
            description, after_dates, title = [], run[0], None
        elif position is None and is_total(text):
            continue  # a grouped company's total tenure
        elif position is not None and after_dates is not None and _is_location(run[0], after_dates):
            position.location = text
            after_dates = None
        elif position is not None:
            description.extend(run)
            after_dates = None
    close()
    for index, role in enumerate(positions):
        if not role.company:
            profile.uncertain.append(f"positions[{index}].company")
    return positions


def parse_education_lines(lines: list[Line]) -> list[Education]:
    """School (the larger text) / degree, field · (years), wrapped or not."""
    if not lines:
        return []
    school_size = max(line.size for line in lines)
    entries: list[Education] = []
    school: list[Line] = []
    details: list[Line] = []
    for kind, run in _runs(lines, (school_size,)):
        if same_size(kind, school_size):
            if school:
                entries.append(education_entry(join_wrapped(school), join_wrapped(details)))
            school, details = run, []
        else:
            details.extend(run)
    if school:
        entries.append(education_entry(join_wrapped(school), join_wrapped(details)))
    return entries


def _list_items(lines: list[Line]) -> list[str]:
    """One item per line; a line set close under the one above, or in lower case, continues it."""
    items: list[str] = []
    for line in lines:
        close = line.gap is not None and line.gap <= 1.45 * line.size
        if items and (close or line.text[:1].islower() or line.text.startswith("(")):
            items[-1] += " " + line.text
        else:
            items.append(line.text)
    return items


def parse_sidebar(lines: list[Line], profile: Profile) -> None:
    if not lines:
        return
    heading_size = _heading_size(lines, SIDEBAR_SECTIONS) or max(line.size for line in lines)
    sections = _sections(lines, SIDEBAR_SECTIONS, heading_size)
    entries = join_contact_lines([line.text for line in sections.get("contact", [])])
    profile.email, profile.phone, profile.urls = split_contacts(entries)
    profile.skills = _list_items(sections.get("skills", []))
    profile.languages = [item.split(" (")[0].strip() for item in _list_items(sections.get("languages", []))]
    profile.certifications = _list_items(sections.get("certifications", []))


def parse_current(pdf: PdfText) -> Profile:
    profile = Profile(source_format="linkedin_pdf")
    main = pdf.column(MAIN)
    heading_size = _heading_size(main, MAIN_HEADINGS)
    sections = _sections(main, MAIN_HEADINGS, heading_size) if heading_size else {"top": main}
    _top_card(sections.get("top", []), profile)
    profile.about = join_paragraphs(sections.get("about", []))
    profile.positions = parse_experience(sections.get("experience", []), profile)
    profile.volunteering = parse_experience(sections.get("volunteering", []), Profile())
    profile.education = parse_education_lines(sections.get("education", []))
    parse_sidebar(pdf.column(SIDEBAR), profile)
    if sections.get("experience") and not profile.positions:
        profile.warnings.append("The Experience section was found but no role could be read from it.")
    return profile
