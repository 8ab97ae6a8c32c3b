"""Reading values out of profile JSON whose shape we do not control.

Exports and scrapers disagree on key names and on types: a date is ``"2019-09-01"``, ``"Sep 2019"``,
``{"year": 2019, "month": 9}``, ``{"month": "Sep", "year": "2019"}`` or a range string
(``"Mar 2021 - Present · 3 yrs"``); a list may be a string, a dict, ``null`` or a list of lists. Every
reader here takes any JSON value and gives a clean value or None: what cannot be read is left out,
never raised on, because the file is the user's and a half-read profile beats an error. What was left
out is counted by kind inside ``reading()`` and told in one line per kind (``Dropped.lines``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from infoview_ai.bio.limits import MAX_LIST_ENTRIES
from infoview_ai.dates import MONTHS, is_present, loose_date, plain_letters

__all__ = [
    "MAX_ENTRIES",
    "Dropped",
    "date_of",
    "dropped",
    "first",
    "first_text",
    "items",
    "joined",
    "place",
    "reading",
    "span",
    "text",
]

# Entries read from one list (roles, schools, skills): a list built to hurt stops here.
MAX_ENTRIES = MAX_LIST_ENTRIES

_WHAT = {
    "date": "date(s) could not be read and were left out",
    "text": "value(s) that should be text were a list, an object or true/false and were left out",
    "entry": "list entr(y/ies) were not objects (a role, a school) and were left out",
    "cap": f"list(s) had more than {MAX_ENTRIES} entries; only the first {MAX_ENTRIES} of each were read",
}


class Dropped:
    """What one reading of a profile left out, by kind, with the first example of each: a hostile file can
    earn thousands, and a person reads one line per kind of problem."""

    def __init__(self) -> None:
        self.kinds: dict[str, list] = {}  # kind -> [count, first example]

    def note(self, kind: str, value: Any) -> None:
        self.kinds.setdefault(kind, [0, value])[0] += 1

    def lines(self) -> list[str]:
        return [
            f"JSON profile: {count:,} {_WHAT[kind]} (e.g. {_example(example)})."
            for kind, (count, example) in self.kinds.items()
        ]


def _example(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 40 else shown[:37] + "..."


_current: ContextVar[Dropped | None] = ContextVar("json_profile_dropped", default=None)


@contextmanager
def reading() -> Iterator[Dropped]:
    """Count what the readers below leave out while one profile is read."""
    found = Dropped()
    token = _current.set(found)
    try:
        yield found
    finally:
        _current.reset(token)


def dropped(kind: str, value: Any) -> None:
    """Note a value left out (outside ``reading()`` it is only left out)."""
    if (found := _current.get()) is not None:
        found.note(kind, value)


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


def items(value: Any) -> list[Any]:
    """The elements of a JSON list, nested lists flattened, at most MAX_ENTRIES; a lone dict or string is
    a list of one."""
    found = _flat(value)
    if len(found) > MAX_ENTRIES:
        dropped("cap", f"a list of {len(value) if isinstance(value, list) else len(found):,}")
        del found[MAX_ENTRIES:]
    return found


def _flat(value: Any, depth: int = 0) -> list[Any]:
    if value is None or depth > _MAX_DEPTH:
        return []
    if not isinstance(value, list):
        return [value]
    found: list[Any] = []
    for element in value:
        found += _flat(element, depth + 1) if isinstance(element, list) else [element]
        if len(found) > MAX_ENTRIES * 10:  # enough to say how long the list was "at least"
            break
    return found


def first(data: Any, *keys: str) -> Any:
    """The value of the first key that holds something (not null, "", [] or {})."""
    if not isinstance(data, dict):
        return None
    return next((data[key] for key in keys if data.get(key) not in (None, "", [], {})), None)


def first_text(data: Any, *keys: str) -> str | None:
    """The first key whose value reads as text: a title that is a dict does not hide the next key."""
    for key in keys:
        value = first(data, key)
        if found := text(value):
            return found
        if isinstance(value, bool | list | dict):
            dropped("text", {key: value})
    return None


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
    """Any one date as "YYYY-MM" or "YYYY"; None for "Present", a missing date or one we cannot read
    (noted as dropped)."""
    found = _date(value)
    if found is None and not _blank_or_present(value):
        dropped("date", value)
    return found


def _blank_or_present(value: Any) -> bool:
    if value in (None, "", [], {}) or (isinstance(value, str) and (not value.strip() or is_present(value))):
        return True
    return isinstance(value, str) and value.strip().lower() in ("null", "none", "n/a", "unknown")


def _date(value: Any) -> str | None:
    if isinstance(value, dict):
        return _formatted(_year(value.get("year")), _month(value.get("month")))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _formatted(_year(value), None)
    found = text(value)
    if found is None or is_present(found):
        return None
    if read := loose_date(found):
        return read
    if match := _ISO.match(found):
        return _formatted(_year(match.group(1)), _month(match.group(2)))
    if match := _MONTH_FIRST.match(found):
        return _formatted(_year(match.group(2)), _month(match.group(1)))
    return _loose(found)


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
