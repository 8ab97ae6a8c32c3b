"""Military service stated in prose: "From 2010 to 2018 she was a Captain in the U.S. Marine Corps",
"served eight years as an officer in the Army, leaving as a Captain", "war zwölf Jahre Offizier bei der
Bundeswehr". The service is the employer; the rank or role is the title (the rank they left with, when the
sentence says so); the years are only the ones the sentence states.

The service names are a closed list: a branch of the armed forces is named in a few fixed ways, and "in"
before any other name is more often a place than an employer.
"""

from __future__ import annotations

import re

from infoview_ai.bio.plain.resume_lines import role_words
from infoview_ai.bio.plain.role_merge import Found
from infoview_ai.bio.plain.stated_titles import clean_title, stated_title
from infoview_ai.bio.plain.stated_years import years_after, years_before
from infoview_ai.bio.plain.words import NAME, tidy_title
from infoview_ai.context import Position

_COUNTRY = (
    r"(?:U\.\s?S\.|US|United\s+States|Royal|British|Canadian|Australian|Indian|Israeli|Irish|French|"
    r"German|Polish|Dutch|Norwegian|Swedish|Danish|New\s+Zealand|South\s+African)"
)
_BRANCH = (
    r"(?:Marine\s+Corps|Marines|Army(?:\s+(?:Reserves?|National\s+Guard))?|Navy(?:\s+Reserves?)?|"
    r"Air\s+Force(?:\s+Reserves?)?|Coast\s+Guard|Space\s+Force|Air\s+National\s+Guard|National\s+Guard|"
    r"Armed\s+Forces|Defence\s+Forces|Defense\s+Forces)"
)
_NATIONAL = (  # services named without a branch word
    r"(?:Bundeswehr|Bundesmarine|Luftwaffe|Armée\s+de\s+terre|Armée\s+de\s+l['’]air|Marine\s+nationale|"
    r"Ejército(?:\s+de\s+Tierra)?|Armada\s+Española|Fuerza\s+Aérea|Israel\s+Defense\s+Forces|IDF)"
)
SERVICE = rf"(?:(?:{_COUNTRY}\s+)?{_BRANCH}|{_NATIONAL})"
_IN_SERVICE = re.compile(
    rf"\b(?:in|with|for|into|bei|in\s+der|dans|en|à)\s+(?:(?:the|der|die|l['’]|el|la)\s*)?(?P<org>{SERVICE})\b"
)
# "an officer in the Army, leaving as a Captain": the rank they left with
_LEFT_AS = re.compile(
    r"\b(?:leaving|left|retiring|retired|discharged|separating|separated|rising|rose|promoted)\s+"
    r"(?:(?:the\s+service|active\s+duty)\s+)?(?:as|to)\s+(?:(?:a|an|the)\s+)?"
    r"(?P<rank>(?:[A-Z][\w-]*|[a-z][\w-]*)(?:\s+(?:[A-Z][\w-]*|officer|sergeant|commander)){0,2})"
)
# Ranks that are not job words elsewhere ("a major in economics"): read only after "leaving as"
_RANKS = re.compile(
    r"(?:(?:Lieutenant|Brigadier|Major|Vice|Rear)\s+)?(?:Major|Colonel|General|Admiral|Commodore|"
    r"Brigadier|Chief\s+Petty\s+Officer|Petty\s+Officer|Warrant\s+Officer|Staff\s+Sergeant|Sergeant)\b"
)
_AS_ROLE = re.compile(
    r"\b(?:as|als|comme|como)\s+(?:(?:a|an|the|ein|eine|un|une|una)\s+)?(?P<title>[\w-]+(?:\s+[\w-]+){0,3}?)"
    r"\s*$"
)
_PAST = re.compile(
    r"\b(?:was|were|served|spent|left|leaving|retired|war|diente|était|servi|fue|sirvió)\b|\b\w+ed\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(r"\b(?:is|am|are|currently|now|ist|bin|est|es)\b|I['’]m", re.IGNORECASE)


def add_service_roles(sentence: str, found: Found) -> None:
    """Add to ``found`` a role in a military service the sentence names, unless it is already there."""
    for match in _IN_SERVICE.finditer(sentence):
        org = " ".join(match.group("org").split())
        if any(p.company.lower() == org.lower() for p, _ in found):
            continue
        before, rest = sentence[: match.start()], sentence[match.end() :]
        title = _title(before, rest)
        if not title:
            continue  # "a grant from the Army": no role stated
        years = years_after(rest, False)
        if years == (None, None):
            years = years_before(before, False)
        clause = before[-120:]
        is_past = bool(years[1]) or (bool(_PAST.search(clause)) and not _PRESENT.search(clause))
        position = Position(title=title, company=org, start=years[0], end=years[1], description=sentence)
        found.append((position, not is_past))


_AS_AFTER = re.compile(
    r"^,?\s+(?:as|als|comme|como)\s+(?:(?:a|an|the|ein|eine|un|une|una)\s+)?(?P<title>[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"(?=\s+(?:from|until|for|in|and|before|after|von|bis|de|desde)\b|\s*[,.;]|\s*$)"
)


def _title(before: str, rest: str) -> str:
    if left := _LEFT_AS.search(rest[:80]):
        if rank := _RANKS.match(left.group("rank")):
            return rank.group(0)
        if role_words(left.group("rank")):
            return tidy_title(left.group("rank"))
    if (after := _AS_AFTER.match(rest)) and role_words(after.group("title")):
        return tidy_title(after.group("title"))
    if (stated := stated_title(before)) and role_words(stated):
        # "Von 2009 bis 2015 war Tobias Renner Offizier": the subject between the verb and the rank
        stated = re.sub(rf"^{NAME}\s+(?=\S)", "", stated)
        return clean_title(tidy_title(stated))
    if (as_role := _AS_ROLE.search(before[-60:])) and role_words(as_role.group("title")):
        return tidy_title(as_role.group("title"))
    return ""
