"""What one line of a LinkedIn page copy is: a date range, a tenure total, an employment type, a place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from infoview_ai.bio.text import SEPARATOR_SPLIT
from infoview_ai.dates import is_present, parse_date

EMPLOYMENT_TYPES = {
    "full-time",
    "part-time",
    "self-employed",
    "freelance",
    "contract",
    "contractor",
    "internship",
    "apprenticeship",
    "seasonal",
    "permanent",
    "temporary",
    "permanent full-time",
    "permanent part-time",
    "trainee",
    "fixed-term",
    "volunteer",
    "casual",
}
WORK_MODES = {"on-site", "onsite", "hybrid", "remote"}

_DATE_WORD = r"(?:[A-Za-z]{3,9}\.?\s+\d{4}|\d{4}|[A-Za-z']+)"
_DURATION = (
    r"(?:less than a year|(?:\d+\s+(?:yrs?|years?))(?:\s+\d+\s+(?:mos?|months?))?|\d+\s+(?:mos?|months?))"
)
_RANGE = re.compile(
    rf"^(?P<start>{_DATE_WORD})\s*(?:-|–|—|\bto\b)\s*(?P<end>{_DATE_WORD})"
    rf"(?:\s*[·•]\s*(?P<duration>{_DURATION}))?$",
    re.IGNORECASE,
)
_SINGLE = re.compile(rf"^(?P<start>[A-Za-z]{{3,9}}\.?\s+\d{{4}})(?:\s*[·•]\s*(?P<duration>{_DURATION}))?$")
_TENURE = re.compile(rf"^(?:(?P<type>[A-Za-z\- ]+?)\s*[·•]\s*)?(?P<duration>{_DURATION})$", re.IGNORECASE)
_DURATION_PARTS = re.compile(r"(\d+)\s+(yrs?|years?|mos?|months?)", re.IGNORECASE)


@dataclass(frozen=True)
class DateSpan:
    """A parsed date line: start/end as "YYYY-MM"/"YYYY", end None for Present, months if LinkedIn said."""

    start: str | None
    end: str | None
    months: int | None
    ongoing: bool


def duration_months(text: str | None) -> int | None:
    """ "3 yrs 1 mo" -> 37, "11 mos" -> 11, "less than a year" -> 11 (the most it can be)."""
    if not text:
        return None
    if "less than" in text.lower():
        return 11
    total = 0
    for number, unit in _DURATION_PARTS.findall(text):
        total += int(number) * (12 if unit.lower().startswith("y") else 1)
    return total or None


def parse_date_line(line: str) -> DateSpan | None:
    """ "Jul 2021 - Present · 3 yrs 1 mo", "Feb 2022 – Dec 2025", "Sep 2024 · 1 mo", "2016 - 2018"."""
    if match := _RANGE.match(line):
        start_text, end_text = match.group("start"), match.group("end")
        start = parse_date(start_text)
        ongoing = is_present(end_text)
        end = None if ongoing else parse_date(end_text)
        if start and (ongoing or end):
            return DateSpan(start, end, duration_months(match.group("duration")), ongoing)
        return None
    if match := _SINGLE.match(line):
        start = parse_date(match.group("start"))
        if start:
            # One date: LinkedIn shows it for a role that started and ended in the same month.
            return DateSpan(start, start, duration_months(match.group("duration")), False)
    return None


def parse_tenure_line(line: str) -> tuple[str | None, int] | None:
    """A company's total tenure in a grouped entry: "6 yrs 4 mos" or "Full-time · 6 yrs 4 mos"."""
    match = _TENURE.match(line)
    if not match:
        return None
    employment_type = match.group("type")
    if employment_type and employment_type.strip().lower() not in EMPLOYMENT_TYPES:
        return None
    months = duration_months(match.group("duration"))
    if months is None:
        return None
    return (employment_type.strip() if employment_type else None), months


def is_employment_type(line: str) -> bool:
    return line.strip().lower() in EMPLOYMENT_TYPES


def split_company_line(line: str) -> tuple[str, str | None]:
    """ "Acme Robotics · Full-time" -> ("Acme Robotics", "Full-time"); no known type -> (line, None)."""
    parts = SEPARATOR_SPLIT.split(line)
    if len(parts) >= 2 and is_employment_type(parts[-1]):
        return " · ".join(parts[:-1]).strip(), parts[-1].strip()
    return line.strip(), None


def has_employment_type_suffix(line: str) -> bool:
    return split_company_line(line)[1] is not None


_PLACE_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_AREA_SUFFIX = re.compile(r"\b(?:area|region|metropolitan area|metroplex)$", re.IGNORECASE)
_LOWERCASE_JOINERS = {
    "de",
    "da",
    "do",
    "dos",
    "das",
    "del",
    "la",
    "le",
    "les",
    "and",
    "of",
    "the",
    "am",
    "an",
    "sur",
    "upon",
    "en",
    "y",
    "di",
    "du",
}


def _looks_like_place(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 6:
        return False
    if not all(_PLACE_WORD.match(word) for word in words):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in _LOWERCASE_JOINERS for w in words)


def parse_location_line(line: str, *, lenient: bool = False) -> tuple[str, str | None] | None:
    """ "Lyon, Auvergne-Rhône-Alpes, France · Hybrid" -> ("Lyon, ...", "Hybrid"); None if not a place.

    A work mode on its own ("Remote") is returned as the location too, since that is all LinkedIn said.
    ``lenient`` accepts a single capitalised name ("Chicago"), for the line right after a role's dates
    where LinkedIn puts the location.
    """
    parts = SEPARATOR_SPLIT.split(line.strip())
    mode = None
    if len(parts) == 2 and parts[1].lower() in WORK_MODES:
        mode = parts[1]
        place = parts[0]
    elif len(parts) == 1:
        place = parts[0]
    else:
        return None
    if place.lower() in WORK_MODES:
        return place, place
    pieces = [piece.strip() for piece in place.split(",")]
    if len(pieces) > 4 or not all(_looks_like_place(piece) for piece in pieces):
        return None
    if len(pieces) >= 2 or mode or _AREA_SUFFIX.search(place) or (lenient and len(place.split()) <= 3):
        return place, mode
    return None
