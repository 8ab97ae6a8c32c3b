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
