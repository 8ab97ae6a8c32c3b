"""What one line of a LinkedIn page copy is: a date range, a tenure total, an employment type, a place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from infoview_ai.bio.linkedin.vocabulary import is_employment_type, is_work_mode
from infoview_ai.bio.text import SEPARATOR_SPLIT
from infoview_ai.dates import MONTH_YEAR_PATTERN, PRESENT_PATTERN, YEAR_PATTERN, is_present, parse_date

# Durations in each interface language: "3 yrs 1 mo", "5 años 10 meses", "2 ans 1 mois", "3 Jahre 1 Monat",
# "3 anos", "2 anni 1 mese", "4 jaar 2 maanden". A year word starts with y, a or j; a month word with m.
_YEAR_UNIT = r"(?:yrs?|years?|años?|anos?|ans?|jahre?|anni|anno|jaar)"
_MONTH_UNIT = r"(?:mos?|months?|meses|mes|mês|mois|monate?|mesi|mese|maanden|maand)"
_LESS_THAN_A_YEAR = (
    r"(?:less than a year|menos de un año|moins d['’]un an|weniger als ein jahr|menos de um ano|"
    r"meno di un anno|minder dan een jaar)"
)
_DURATION = (
    rf"(?:{_LESS_THAN_A_YEAR}|\d{{1,3}}\s+{_YEAR_UNIT}(?:\s+\d{{1,2}}\s+{_MONTH_UNIT})?|\d{{1,3}}\s+{_MONTH_UNIT})"
)
_LESS_THAN = re.compile(_LESS_THAN_A_YEAR, re.IGNORECASE)
_DURATION_PARTS = re.compile(rf"(?<!\d)(\d{{1,3}})\s+({_YEAR_UNIT}|{_MONTH_UNIT})\b", re.IGNORECASE)

_DATE_WORD = rf"(?:{MONTH_YEAR_PATTERN}|{YEAR_PATTERN}|{PRESENT_PATTERN})"
# "-", "to", "hasta (la)", "à", "bis", "até", "al", "tot": the twin of a "-" range spells the dash out.
# The article of "hasta la actualidad", "- o momento" goes with the dash, leaving the present word.
_RANGE_WORD = r"(?:-|–|—|\b(?:to|until|hasta|bis|au|à|a|até|al|tot)\b)(?:\s+(?:la|o)\b)?"
_RANGE = re.compile(
    rf"^(?P<start>{_DATE_WORD})\s*{_RANGE_WORD}\s*(?P<end>{_DATE_WORD})"
    rf"(?:\s*[·•]\s*(?P<duration>{_DURATION}|[^·•\d]{{0,6}}\d[^·•]{{0,30}}))?$",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    rf"^(?P<start>{MONTH_YEAR_PATTERN})(?:\s*[·•]\s*(?P<duration>{_DURATION}|\d[^·•]{{0,30}}))?$"
)
_TENURE = re.compile(
    rf"^(?:(?P<type>[^\W\d_][^·•\d]{{0,40}}?)\s*[·•]\s*)?(?P<duration>{_DURATION})$", re.IGNORECASE
)


@dataclass(frozen=True)
class DateSpan:
    """A parsed date line: start/end as "YYYY-MM"/"YYYY", end None for Present, months if LinkedIn said."""

    start: str | None
    end: str | None
    months: int | None
    ongoing: bool


def duration_months(text: str | None) -> int | None:
    """ "3 yrs 1 mo" -> 37, "2 ans 1 mois" -> 25, "11 mos" -> 11, "less than a year" -> 11 (at most)."""
    if not text:
        return None
    if _LESS_THAN.search(text):
        return 11
    total = 0
    for number, unit in _DURATION_PARTS.findall(text):
        total += int(number) * (12 if unit[0].lower() in "yaj" else 1)
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
    """A company's total tenure in a grouped entry: "6 yrs 4 mos", "Full-time · 6 yrs 4 mos", "4 Jahre"."""
    match = _TENURE.match(line)
    if not match:
        return None
    employment_type = match.group("type")
    if employment_type and not is_employment_type(employment_type):
        return None
    months = duration_months(match.group("duration"))
    if months is None:
        return None
    return (employment_type.strip() if employment_type else None), months


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
    "des",
    "im",
    "der",
    "van",
    "aan",
    "sul",
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
    if len(parts) == 2 and is_work_mode(parts[1]):
        mode = parts[1]
        place = parts[0]
    elif len(parts) == 1:
        place = parts[0]
    else:
        return None
    if is_work_mode(place):
        return place, place
    pieces = [piece.strip() for piece in place.split(",")]
    if len(pieces) > 4 or not all(_looks_like_place(piece) for piece in pieces):
        return None
    if len(pieces) >= 2 or mode or _AREA_SUFFIX.search(place) or (lenient and len(place.split()) <= 3):
        return place, mode
    return None
