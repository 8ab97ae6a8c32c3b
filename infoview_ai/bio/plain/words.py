"""Patterns and small tidiers the plain-bio parser shares: names, organisations, places, schools, years."""

from __future__ import annotations

import re

from infoview_ai.dates import MONTH_NAMES

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# "Globex", "S.A.S", and a short abbreviation before the next word: "St. Ansgar Health System"
_CAP_WORD = rf"(?:[{_UPPER}][a-z]{{0,2}}\.(?=\s+[{_UPPER}])|[{_UPPER}0-9][\w'’&\-]*(?:\.[\w'’&\-]+)*)"
_JOINERS = r"(?:of|and|&|\+|de|da|do|dos|das|del|la|for|the|y|e|di|du|van|von|für|pour|para)"
# "Office of the Mayor"; never a year after the name ("Groupe Vireo de 2014")
_MONTH_WORD = "(?:" + "|".join((*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "Sept")) + r")\b"
ORG = rf"(?!{_MONTH_WORD}){_CAP_WORD}(?:\s+(?:{_JOINERS}\s+){{0,2}}(?!(?:19|20)\d\d\b|I\b){_CAP_WORD})*"
_NAME_WORD = rf"[{_UPPER}][\w'’\-]*[a-zß-ÿ]"
_PARTICLE = r"(?:de|del|la|van|von|der|den|da|das|do|dos|du|bin|binti|ibn|al|el|zu)"
# "Priya Raman", "Marcus T. Bell", "Nur binti Hassan", "Ana de la Cruz"
NAME = rf"{_NAME_WORD}(?:\s+(?:[{_UPPER}]\.\s+|{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{1,3}}"
_PLACE_WORD = rf"(?:(?:St|Ste|Ft|Mt|Pt)\.\s+)?[{_UPPER}][\w'’\-]*"  # "St. Paul", "Ft. Collins"
PLACE = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD})*(?:,\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)?"
YEAR = r"(?:19|20)\d{2}"
# The role and school patterns read this much of a sentence: a bio's sentence is shorter, and a "sentence"
# of thousands of characters (a list without full stops, or text built to hurt) must not cost its square.
MAX_SENTENCE = 600

_SMALL_WORDS = {
    *("of", "and", "the", "for", "in", "at", "to", "a", "an"),
    *("de", "del", "la", "las", "los", "el", "en", "y", "e", "da", "do", "dos", "das", "du", "le", "les"),
    *("et",),
    *("von", "van", "der", "und", "im", "di"),
}


def tidy_title(title: str) -> str:
    """Capitalise an all-lowercase job title ("shift lead" -> "Shift Lead"); keep written capitals."""
    title = title.strip(" ,;:-")
    if title == title.lower():
        words = [
            word
            if word in _SMALL_WORDS
            else "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
            for word in title.split()
        ]
        title = " ".join(words)
    return title[:1].upper() + title[1:]


def clean_org(org: str) -> str:
    org = org.strip()
    return re.sub(r"['’]s$", "", org)  # "Globex's data team" -> "Globex"


def clause_before(sentence: str, position: int) -> str:
    """The words leading up to ``position`` within the same clause."""
    return re.split(r"[,;:]\s+|\s+(?:and|but|where|while|after|before)\s+", sentence[:position])[-1]
