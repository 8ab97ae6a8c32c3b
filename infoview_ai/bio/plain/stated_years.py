"""The years a bio's sentence states for a role, before or after its employer, in English and the other
languages bios come in: "since 2021", "(2014–2018)", "from 2014 to 2018", "joined in March 2020",
"desde 2021", "seit 2020", "de 2014 à 2019". A year is only ever copied from the text."""

from __future__ import annotations

import re

from infoview_ai.bio.plain.words import YEAR
from infoview_ai.dates import parse_date

_AT_EMPLOYER = re.compile(r"\bat\s+(?:the\s+)?[A-Z]")
_WHERE = re.compile(r"^,?\s+where\b")

# "since 2021", "2014-2018", "(2014–2018)", "from 2014 to 2018", "between 2014 and 2018", "2019-present",
# and the same in Spanish, French, German and Portuguese ("desde 2021", "seit 2020", "de 2014 à 2019");
# a year may carry its month ("in March 2020", "desde março de 2022").
_WHEN = rf"(?:(?P<month>[^\W\d_]{{3,10}})\.?\s+(?:de\s+)?)?(?P<year>{YEAR})"
SINCE_WORDS = r"(?:since|desde|seit|depuis|dal|sinds)"
_SINCE = re.compile(rf"\b{SINCE_WORDS}\s+{_WHEN}\b", re.IGNORECASE)
# a range of years, not of numbers ("from 2000 to 2500 stores"): what follows is punctuation or a clause
_RANGE = re.compile(
    rf"\(?\b(?:(?:from|between|de|von|entre|desde|dal|van)\s+)?({YEAR})\s*"
    rf"(?:-|–|—|to|and|until|à|a|bis|até|hasta|al|e|y|tot)\s*({YEAR}|present|now|today)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:she|he|they|I|we|as|at|in|with|for|when|while|where|and|before|after|was|were"
    r"|worked|served|led|ran|als|como|comme|chez|bei|en|na|em|ich|je|yo|eu|war|sie|er|ist|arbeitete|fue|fui"
    r"|était|(?-i:[A-Z])[\w-]*)\b)",
    re.IGNORECASE,
)
# ahead of the employer, the year must lead into it: "In 2019, she joined", not "born in 1985 and joined"
_LEADING = r",?\s+(?:(?!and\b|but\b|then\b|after\b|before\b|until\b)[\w'’&-]+,?\s+){0,12}$"
_SINCE_BEFORE = re.compile(rf"\b{SINCE_WORDS}\s+{_WHEN}{_LEADING}", re.IGNORECASE)
_IN_YEAR_BEFORE = re.compile(rf"\bin\s+{_WHEN}{_LEADING}", re.IGNORECASE)
_IN_YEAR_AFTER = re.compile(rf"^\s*,?\s*(?:(?:which|that|where)\s+\w+\s+joined\s+)?in\s+{_WHEN}\b")


# "Tallowtree, where I started it in 2018"; "Brasa Negra, a restaurant my partner and I opened in 2019"
_STARTED_IT = re.compile(
    rf"^,?\s+(?:where|which|that|an?)\b[^.;]{{0,80}}?\b(?:started|founded|launched|co-founded|opened|"
    rf"established)\s+(?:(?:it|the company|the firm|the business)\s+)?in\s+{_WHEN}"
)


def _when(match: re.Match[str]) -> str:
    """ "2020", or "2020-03" when the match names a month ("March 2020")."""
    year, month = match.group("year"), match.group("month")
    if month and (dated := parse_date(f"{month} {year}")):
        return dated
    return year


def years_after(rest: str, joining: bool) -> tuple[str | None, str | None]:
    """ "since 2021" -> ("2021", None); "from 2014 to 2018" / "(2014-2018)" -> ("2014", "2018"); after a
    joining verb, "in 2019" -> ("2019", None)."""
    # "..., where she was a Senior Research Scientist from 2015 to 2020": the clause says its own years
    head = re.split(r"[.;]", rest[: 160 if _WHERE.match(rest) else 60])[0]
    if match := _SINCE.search(head):
        return _when(match), None
    if match := _RANGE.search(head):
        return _range(match)
    if match := _IN_YEAR_AFTER.match(rest):
        if joining or match.group(0).strip(" ,").split()[0] in {"which", "that", "where"}:
            return _when(match), None
    if joining and (match := re.search(rf"\bin\s+{_WHEN}", head)):  # "joined X as CTO in 2021"
        return _when(match), None
    if match := _STARTED_IT.search(rest[:120]):  # "Tallowtree, where I'm Founder & CEO: I started it in 2018"
        return _when(match), None
    # "at Harborline Bank, where she has led the roadmap ... since 2018": the clause that follows
    if (match := _SINCE.search(rest[:160])) and not _AT_EMPLOYER.search(rest[: match.start()]):
        return _when(match), None
    return None, None


def years_before(segment: str, joining: bool) -> tuple[str | None, str | None]:
    """Years stated ahead of the employer: "Since 2021, she has led ... at", "From 2014 to 2018 she was
    ... at", "In 2019 she joined"."""
    if match := _SINCE_BEFORE.search(segment):
        return _when(match), None
    if (match := _RANGE.search(segment)) and (
        re.match(r"^\(?(?:from|between|von|de|desde|entre|dal|van)\b", match.group(0), re.IGNORECASE)
        or (not segment[: match.start()].strip() and not match.group(0).startswith("("))
        or re.match(r"^,?\s+as\s", segment[match.end() :])  # "five years, 2017 to 2022, as a planner"
    ):  # "(2016–2020)" straight after an employer is that employer's
        return _range(match)
    if joining and (match := _IN_YEAR_BEFORE.search(segment)):
        return _when(match), None
    return None, None


def _range(match: re.Match[str]) -> tuple[str | None, str | None]:
    end = match.group(2)
    return match.group(1), (end if end[:1].isdigit() else None)
