"""Month-precision dates as LinkedIn writes them, and durations between them.

Dates travel as "YYYY-MM" or "YYYY" strings (the Profile's JSON form); None means "present".
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

PRESENT_WORDS = {"present", "now", "current", "today", "aujourd'hui", "heute"}

_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_date(text: str) -> str | None:
    """ "Jul 2021" -> "2021-07", "September 2019" -> "2019-09", "2016" -> "2016"; None if not a date.

    "Present" also gives None: callers check ``is_present`` first when the difference matters.
    """
    cleaned = text.strip().replace("\u00a0", " ")
    if m := _MONTH_YEAR.match(cleaned):
        month = MONTHS.get(m.group(1).lower())
        return f"{m.group(2)}-{month:02d}" if month else None
    if m := _YEAR.match(cleaned):
        return m.group(1)
    if m := _ISO.match(cleaned):
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    return None


def is_present(text: str) -> bool:
    return text.strip().lower() in PRESENT_WORDS


def month_index(value: str, *, end: bool = False) -> int:
    """Months since year 0 of "YYYY-MM" or "YYYY"; a bare year counts as January (start) or December (end)."""
    if "-" in value:
        year, month = value.split("-")
        return int(year) * 12 + int(month) - 1
    return int(value) * 12 + (11 if end else 0)


def months_between(start: str | None, end: str | None, today: date | None = None) -> int | None:
    """Whole months from start to end inclusive of both months, as LinkedIn counts; end None = today."""
    if not start:
        return None
    today = today or date.today()
    end_value = end or f"{today.year}-{today.month:02d}"
    months = month_index(end_value, end=True) - month_index(start) + 1
    return max(months, 0)


def format_duration(months: int | None) -> str:
    """12 -> "1 yr", 37 -> "3 yrs 1 mo", 5 -> "5 mos"."""
    if months is None:
        return ""
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} yr" + ("s" if years > 1 else ""))
    if rest or not years:
        parts.append(f"{rest} mo" + ("s" if rest != 1 else ""))
    return " ".join(parts)


def year_of(value: str | None) -> int | None:
    return int(value[:4]) if value else None


def span_months(start: str | None, end: str | None, today: date) -> int | None:
    """Months from ``start`` to ``end`` (None: today), as LinkedIn counts them. When either end is a year
    alone ("joined in 2019"), whole years between the two: the bio states no months, so none are claimed,
    and a span inside one year is unknown (None)."""
    if not start:
        return None
    if "-" in start and (end is None or "-" in end):
        return months_between(start, end, today)
    years = (int(end[:4]) if end else today.year) - int(start[:4])
    return years * 12 if years > 0 else None
