"""Month-precision dates as LinkedIn writes them, and durations between them.

Dates travel as "YYYY-MM" or "YYYY" strings (the Profile's JSON form); None means "present".
"""

from __future__ import annotations

import re
from datetime import date

# Month names and abbreviations as LinkedIn's English, Spanish, French, German, Portuguese, Italian and
# Dutch interfaces and résumés write them, without accents (lookups strip them: "févr." -> "fevr").
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "jan january ene enero janv janvier januar janner janeiro gen gennaio januari",
            "feb february febrero fevr fevrier februar fev fevereiro febbraio februari",
            "mar march marzo mars marz maerz marco mrt maart",
            "apr april abr abril avr avril aprile",
            "may mayo mai maio mag maggio mei",
            "jun june junio juin juni junho giu giugno",
            "jul july julio juil juillet juli julho lug luglio",
            "aug august ago agosto aout augustus",
            "sep sept september septiembre setiembre septembre set setembro settembre",
            "oct october octubre octobre okt oktober out outubro ott ottobre",
            "nov november noviembre novembre novembro",
            "dec december dic diciembre decembre dez dezember dezembro dicembre",
        ],
        start=1,
    )
    for name in names.split()
}


def plain_letters(word: str) -> str:
    """``word`` lower-cased without accents, for month and keyword lookups ("Févr." -> "févr." -> "fevr.")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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

PRESENT_WORDS = {  # lower case, without accents: is_present strips them
    *("present", "now", "current", "today"),
    *("actualidad", "actualmente", "presente", "hoy", "a la fecha"),
    *("aujourd'hui", "a ce jour", "heute", "bis heute", "o momento", "momento", "atual", "oggi", "attuale"),
    *("heden", "nu", "huidig"),
}

# Regular-expression pieces for dates in running text; parse_date and is_present validate what they match.
# Each piece is bounded and linear: no nested repeats, so a hostile line cannot make a search slow.
# "Sep 2021", "févr. 2020", "jan. de 2020"; "Present", "aujourd’hui", "o momento"
MONTH_YEAR_PATTERN = r"[^\W\d_]{3,10}\.?\s+(?:de\s+)?(?:19|20)\d{2}"
YEAR_PATTERN = r"(?:19|20)\d{2}"
PRESENT_PATTERN = r"[^\W\d_]{2,12}(?:['\u2019][^\W\d_]{1,8})?(?:\s[^\W\d_]{1,8}){0,2}"
RANGE_DASH = r"(?:-|\u2013|\u2014|\b(?:to|until|bis|hasta|até|au|a)\b)"

_MONTH_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(?:de\s+)?(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_date(text: str) -> str | None:
    """ "Jul 2021" -> "2021-07", "September 2019" -> "2019-09", "2016" -> "2016"; None if not a date.

    "Present" also gives None: callers check ``is_present`` first when the difference matters.
    """
    cleaned = text.strip().replace("\u00a0", " ")
    if m := _MONTH_YEAR.match(cleaned):
        month = MONTHS.get(plain_letters(m.group(1)))
        return f"{m.group(2)}-{month:02d}" if month else None
    if m := _YEAR.match(cleaned):
        return m.group(1)
    if m := _ISO.match(cleaned):
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    return None


_LONGEST_DATE = 40  # "2019-09-15T00:00:00.000+00:00 - present"; longer text is not one date
_LOOSE_DAY = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})-\d{1,2}(?:[T ].*)?$")
_LOOSE_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.](\d{4})$")
_LOOSE_YEAR_MONTH = re.compile(r"^(\d{4})[/.](\d{1,2})$")
_LOOSE_OPEN_RANGE = re.compile(
    r"^(.+?)\s*(?:-|\u2013|\u2014|to)\s*(?:present|now|current|today)$", re.IGNORECASE
)


def loose_date(value: object) -> str | None:
    """ "YYYY-MM" or "YYYY" from a date as people, exports and models write it ("Jan 2020", "2019-09-15",
    "09/2019", "2019/9", 2019, "2019-present" as its start); None for "Present", blanks and the unreadable,
    which callers treat as unknown or current. The one reader of dates from outside text."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float) and value.is_integer():  # 2019.0; NaN and infinity are not years
        value = int(value)
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > _LONGEST_DATE:
        return None
    if not text or is_present(text) or text.lower() in ("null", "none", "n/a", "unknown", "now"):
        return None
    if m := _LOOSE_OPEN_RANGE.match(text):  # "2019-present" as a start
        text = m.group(1).strip()
    if m := _LOOSE_DAY.match(text):
        return _checked_month(m.group(1), m.group(2))
    if m := _LOOSE_MONTH_YEAR.match(text):
        return _checked_month(m.group(2), m.group(1))
    if m := _LOOSE_YEAR_MONTH.match(text):
        return _checked_month(m.group(1), m.group(2))
    parsed = parse_date(text)
    if parsed and 1900 <= int(parsed[:4]) <= 2100:
        return parsed
    return None


def _checked_month(year: str, month: str) -> str | None:
    number = int(month)
    return f"{year}-{number:02d}" if 1 <= number <= 12 and 1900 <= int(year) <= 2100 else None


def is_present(text: str) -> bool:
    """ "Present", "actualidad", "aujourd’hui", "Heute", "o momento": the role goes on."""
    key = " ".join(plain_letters(text).replace("\u2019", "'").split())
    return key in PRESENT_WORDS


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
