"""Reading values out of profile JSON whose shape we do not control.

Exports and scrapers disagree on key names and on types: a date is ``"2019-09-01"``, ``"Sep 2019"``,
``{"year": 2019, "month": 9}``, ``{"month": "Sep", "year": "2019"}`` or a range string
(``"Mar 2021 - Present · 3 yrs"``); a list may be a string, a dict, ``null`` or a list of lists. Every
reader here takes any JSON value and gives a clean value or None: what cannot be read is ignored,
never raised on, because the file is the user's and a half-read profile beats an error.
"""

from __future__ import annotations

import re
from typing import Any

from infoview_ai.dates import MONTHS, is_present, parse_date, plain_letters

__all__ = ["date_of", "first", "first_text", "items", "joined", "place", "span", "text"]

# Deep enough for a list of lists someone wrapped once or twice; hostile nesting stops here.
_MAX_DEPTH = 4
_ISO = re.compile(r"^(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.]\d{1,2})?(?:[T ].*)?$")
_MONTH_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{4})$")  # "03/2021", "3.2021"
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
# A range's separator: a dash with spaces around it (a bare "-" sits inside "2019-09"), an en or em
# dash, or a word; "2014-2018" is handled on its own.
_RANGE_SPLIT = re.compile(r"\s*[\u2013\u2014]\s*|\s+(?:-|to|until|till|bis|hasta|até|au|a)\s+", re.I)
_YEAR_RANGE = re.compile(r"^((?:19|20)\d{2})-((?:19|20)\d{2})$")
_START_KEYS = ("startDate", "start_date", "start", "starts_at", "from", "from_date", "begin")
_PERIOD_KEYS = ("timePeriod", "time_period", "date_range", "dateRange", "period", "dates", "duration")
_END_KEYS = ("endDate", "end_date", "end", "ends_at", "to", "to_date", "until")


def text(value: Any) -> str | None:
    """A string or a number as stripped text; anything else (a dict, a list, true) is not text."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return str(value).strip() or None


def items(value: Any, depth: int = 0) -> list[Any]:
    """The elements of a JSON list, nested lists flattened; a lone dict or string is a list of one."""
    if value is None or depth > _MAX_DEPTH:
        return []
    if not isinstance(value, list):
        return [value]
    found: list[Any] = []
    for element in value:
        found += items(element, depth + 1) if isinstance(element, list) else [element]
    return found


def first(data: Any, *keys: str) -> Any:
    """The value of the first key that holds something (not null, "", [] or {})."""
    if not isinstance(data, dict):
        return None
    return next((data[key] for key in keys if data.get(key) not in (None, "", [], {})), None)


def first_text(data: Any, *keys: str) -> str | None:
    """The first key whose value reads as text: a title that is a dict does not hide the next key."""
    return next((found for key in keys if (found := text(first(data, key)))), None)


def joined(separator: str, *parts: Any) -> str | None:
    """The readable parts joined as given: no de-duplication ("São Paulo, São Paulo, Brazil")."""
    return separator.join(found for part in parts if (found := text(part))) or None


def place(value: Any) -> str | None:
    """A location string as written, or a location object's parts in city-to-country order."""
    if isinstance(value, dict):
        return joined(
            ", ",
            first(value, "city", "locality"),
            first(value, "region", "state", "province"),
            first(value, "country_full_name", "countryName", "country", "countryCode", "country_code"),
        )
    return text(value)


def _whole(value: Any) -> int | None:
    """2019, 2019.0, "2019", " 09 " -> the number; a word, a fraction or a bool is not one."""
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    found = text(value)
    return int(found) if found and found.isdigit() and len(found) <= 4 else None


def _year(value: Any) -> int | None:
    year = _whole(value)
    return year if year and 1900 <= year <= 2100 else None


def _month(value: Any) -> int | None:
    """9, "09", "Sep", "September", "sept." -> 9; anything else None."""
    found = text(value) or ""
    number = _whole(value) if found[:1].isdigit() else MONTHS.get(plain_letters(found).rstrip("."))
    return number if number and 1 <= number <= 12 else None


def _formatted(year: int | None, month: int | None) -> str | None:
    if year is None:
        return None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _loose(found: str) -> str | None:
    """One year somewhere in the text, and a month word next to it if there is one ("1 Mar 2021",
    "March 3, 2021"); two years are a range, not a date."""
    years = _YEAR.findall(found)
    if len(years) != 1:
        return None
    months = [number for word in _WORD.findall(found) if (number := MONTHS.get(plain_letters(word)))]
    return _formatted(int(years[0]), months[0] if len(months) == 1 else None)


def date_of(value: Any) -> str | None:
    """Any one date as "YYYY-MM" or "YYYY"; None for "Present", a missing date or one we cannot read."""
    if isinstance(value, dict):
        return _formatted(_year(value.get("year")), _month(value.get("month")))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _formatted(_year(value), None)
    found = text(value)
    if found is None or is_present(found):
        return None
    if match := _ISO.match(found):
        return _formatted(_year(match.group(1)), _month(match.group(2)))
    if match := _MONTH_FIRST.match(found):
        return _formatted(_year(match.group(2)), _month(match.group(1)))
    return parse_date(found) or _loose(found)


def _range(value: Any) -> tuple[Any, Any]:
    """(start, end) of a period: an object with start/end keys, or "Mar 2021 - Present · 3 yrs"."""
    if isinstance(value, dict):
        return first(value, *_START_KEYS), first(value, *_END_KEYS)
    found = text(value)
    if found is None:
        return None, None
    found = re.split(r"[·•(|]", found, maxsplit=1)[0].strip()  # the duration after the range
    if match := _YEAR_RANGE.match(found):
        return match.group(1), match.group(2)
    parts = _RANGE_SPLIT.split(found, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (found, None)


def span(item: Any) -> tuple[str | None, str | None]:
    """A role's or a school's (start, end): its own date keys, else its period (``timePeriod``,
    ``date_range``, ``dates``...). An end that is missing or "Present" is None: the role goes on."""
    start, end = first(item, *_START_KEYS), first(item, *_END_KEYS)
    if start is None and end is None:
        period = first(item, *_PERIOD_KEYS)
        start, end = _range(period)
    return date_of(start), date_of(end)
