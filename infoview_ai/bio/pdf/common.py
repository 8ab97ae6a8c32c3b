"""What the two LinkedIn PDF layouts share: date lines with durations in words, degree lines, paragraphs."""

from __future__ import annotations

import re

from infoview_ai.bio.linkedin.lines import DateSpan, duration_months
from infoview_ai.bio.linkedin.sections import split_degree
from infoview_ai.bio.pdf.layout import Line
from infoview_ai.context import Education
from infoview_ai.dates import MONTH_YEAR_PATTERN, PRESENT_PATTERN, YEAR_PATTERN, is_present, parse_date

_WHEN = rf"(?:{MONTH_YEAR_PATTERN}|{YEAR_PATTERN})"
_END = rf"(?:{_WHEN}|{PRESENT_PATTERN})"
_DURATION_WORDS = r"(?:less than a year|\d+\s+years?(?:\s+\d+\s+months?)?|\d+\s+months?)"
_PDF_RANGE = re.compile(
    rf"^(?P<start>{_WHEN})\s*(?:-|–|—)\s*(?P<end>{_END})\s*(?:\((?P<duration>{_DURATION_WORDS})\))?$",
    re.IGNORECASE,
)
_PDF_SINGLE = re.compile(rf"^(?P<start>{_WHEN})\s*\((?P<duration>{_DURATION_WORDS})\)$", re.IGNORECASE)
_TOTAL = re.compile(rf"^{_DURATION_WORDS}$", re.IGNORECASE)
_TRAILING_YEARS = re.compile(
    rf"(?:^|[\s,·]+)\(?(?P<start>{_WHEN})(?:\s*[-–]\s*(?P<end>{_END}))?\)?\s*$", re.IGNORECASE
)
_BULLET = re.compile(r"^[•●▪◦·\-*–]\s")

MAIN_HEADINGS = {
    "summary": "about",
    "experience": "experience",
    "education": "education",
    "volunteer experience": "volunteering",
    "volunteering": "volunteering",
    "languages": "languages",
    "skills & expertise": "skills",
    "skills": "skills",
    "top skills": "skills",
    "certifications": "certifications",
    "licenses & certifications": "certifications",
    "contact": "contact",
}


def parse_pdf_dates(text: str) -> DateSpan | None:
    """ "September 2019 - Present (5 years 3 months)", "2016 - Present (less than a year)", "2005 - 2009"."""
    text = " ".join(text.split())
    if match := _PDF_RANGE.match(text):
        start = parse_date(match.group("start"))
        ongoing = is_present(match.group("end"))
        end = None if ongoing else parse_date(match.group("end"))
        if start and (ongoing or end):
            return DateSpan(start, end, duration_months(match.group("duration")), ongoing)
        return None
    if match := _PDF_SINGLE.match(text):
        start = parse_date(match.group("start"))
        if start:
            return DateSpan(start, start, duration_months(match.group("duration")), False)
    return None


def is_total(text: str) -> bool:
    """A grouped company's total tenure: "6 years 4 months", "9 months", "less than a year"."""
    return bool(_TOTAL.match(" ".join(text.split())))


def education_entry(school: str, details: str) -> Education:
    """ "Master's degree, Public Health · (2016 - 2018)" (current) or "Music, 2003 - 2007" (legacy)."""
    details = " ".join(details.split())
    start = end = None
    if (match := _TRAILING_YEARS.search(details)) and (parse_date(match.group("start"))):
        start = parse_date(match.group("start"))
        end_text = match.group("end")
        end = None if end_text is None or is_present(end_text) else parse_date(end_text)
        if end_text is None:
            end = start
        details = details[: match.start()].strip(" ,·")
    degree = field = None
    if details:
        degree, field = split_degree(details)
    return Education(school=school, degree=degree, field=field, start=start, end=end)


def join_paragraphs(lines: list[Line]) -> str:
    """Wrapped lines back into paragraphs: a wide gap starts a paragraph, a bullet starts a line."""
    out = ""
    previous: Line | None = None
    for line in lines:
        text = line.text
        if previous is None:
            out = text
        elif line.gap is not None and line.gap > 1.9 * line.size:
            out += "\n\n" + text
        elif _BULLET.match(text):
            out += "\n" + text
        elif out.endswith(("-", "/")) and not out.endswith(" -"):
            out += text
        else:
            out += " " + text
        previous = line
    return out.strip()


def join_wrapped(lines: list[Line]) -> str:
    """Lines of one wrapped value (a long company name, a title, a headline) as one line."""
    text = ""
    for line in lines:
        if text.endswith(("-", "/")) and not text.endswith(" -"):
            text += line.text
        else:
            text = f"{text} {line.text}".strip()
    return text


def same_size(a: float, b: float) -> bool:
    return abs(a - b) < 0.2
