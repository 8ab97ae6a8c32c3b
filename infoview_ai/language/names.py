"""Names and greetings: the titles that stand before a name, a person's first name, and the name a
greeting uses ("Hi Lena,", "Dear Ms. Okafor,", "Good morning Sam")."""

from __future__ import annotations

import functools
import re

# abbreviated titles, written with or without a dot
HONORIFICS = ("Dr", "Prof", "Mr", "Mrs", "Ms", "Mx", "Rev", "Fr")
TITLES = (*HONORIFICS, "Professor")  # the titles a greeting or a bio puts before a name
_NOT_FIRST_NAMES = frozenset(title.lower() for title in (*TITLES, "Sir"))  # "Sir David": David
GREETING_WORDS = r"(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))"
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def is_title(word: str) -> bool:
    """True for "Dr", "Dr.", "prof", "Sir": a title, never a first name."""
    return word.lower().rstrip(".") in _NOT_FIRST_NAMES


def first_name_of(name: str | None) -> str | None:
    """The first real word of a name: skips titles ("Dr.") and emoji, drops stray punctuation."""
    if not name:
        return None
    for token in name.split():
        token = token.strip(",;:()[]\"'")
        if not token or is_title(token) or not _LETTER.search(token):
            continue
        return "".join(ch for ch in token if ch.isalpha() or ch in "-'’.") or None
    return None


def title_pattern() -> str:
    """The titles as a regular expression: longest first and whole words, so "Mrs" is never "Mr" + "s"."""
    return "(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\b"


@functools.cache
def _greeting_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    titles = title_pattern()
    opening = re.compile(  # the greeting as a whole: word, title, up to two names, punctuation
        rf"^(?i:{GREETING_WORDS})\b(?:\s+(?:{titles})\.?)?(?:\s+[A-Z][\w'\u2019-]*){{0,2}}\s*[,!:\u2014-]?\s*"
    )
    named = re.compile(  # the name it uses, and a title when there is one
        rf"^\s*{GREETING_WORDS}\s+(?:(?P<title>{titles})\.?\s+)?(?P<name>[^\W\d_][\w'\u2019\-]*)",
        re.IGNORECASE | re.UNICODE,
    )
    return opening, named


def greeting(text: str) -> re.Match[str] | None:
    """The opening greeting of ``text`` ("Hi Lena, "), spaces and punctuation after it included."""
    return _greeting_patterns()[0].match(text)


def greeting_match(text: str) -> re.Match[str] | None:
    """The greeting's name (group "name") and title (group "title", None when informal)."""
    return _greeting_patterns()[1].match(text)


def greeting_name(text: str) -> tuple[str, bool] | None:
    """The name a greeting uses, and whether it is formal ("Dear Ms. Okafor": a last name)."""
    match = greeting_match(text)
    return (match.group("name"), bool(match.group("title"))) if match else None
