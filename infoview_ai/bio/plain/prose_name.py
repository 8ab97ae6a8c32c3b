"""Whose bio it is: a name line on top ("Dr. Ana de la Cruz", "NUR BINTI HASSAN, CFA", "Hi, I'm Kofi"),
"Priya Raman leads ...", "I'm Marco Silva", or a sign-off under the text; never a site's name or menu."""

from __future__ import annotations

import re

from infoview_ai.bio.person_name import looks_like_name, split_name
from infoview_ai.bio.plain.resume_lines import role_score
from infoview_ai.bio.plain.words import NAME
from infoview_ai.bio.text import SCHOOL
from infoview_ai.language import title_pattern

_TITLE_WORDS = frozenset(
    "head chief director manager lead senior principal engineer designer researcher analyst consultant "
    "teacher founder president officer scientist ux data product".split()
)


def is_title_like_name(candidate: str) -> bool:
    return any(word.lower() in _TITLE_WORDS for word in candidate.split())


# "Dr. Kwame Asante", "Prof Ana Ruiz": the title is not part of the name
_HONORIFIC = rf"(?:{title_pattern()}\.?\s+)"


def _without_honorific(name: str) -> str:
    return re.sub(rf"^{_HONORIFIC}(?=\S)", "", name.strip())


# "Priya Raman leads ...", "Priya Raman (she/her) is ...", "Priya Raman, a ..."
_THIRD_PERSON_OPENING = re.compile(
    rf"^{_HONORIFIC}{{0,2}}(?P<name>{NAME})(?:\s*\([^)]*\))?"
    r"(?:,|\s+(?:is|was|has|[a-z]+s|[a-z]{2,}ed|spent|led|ran|built|began|grew|became|taught|left|went|"
    r"ist|war|arbeitet|leitet|lebt|studierte|promovierte|est|travaille|dirige|es|trabaja)\b)"
)


_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|hola|bonjour|hallo|olá|ola)\b[,.!]?\s*)?(?:I'm|I’m|I am)\s+", re.IGNORECASE
)
_HONORIFIC_WORDS = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "mx"})
_NOT_OPENERS = frozenset("before after in at since today previously currently hi hello i'm i’m".split())
_SIGN_OFF = re.compile(r"^[—–-]{1,2}\s*(?P<name>[^\W\d_][^;:!?]{1,80})$")
_OPENINGS = (
    r"\b(?:I'm|I’m|I am|My name is|my name is|Ich bin|Je suis|Je m'appelle|Soy|Me llamo|Sou|Eu sou)\s+"
)


def name_on_line(line: str, body: str, *, marked: bool = False, next_line: str = "") -> str | None:
    """The name a top line gives ("Dr. Ana de la Cruz", "NUR BINTI HASSAN, CFA", "Hi, I'm Kofi 👋").

    A plain line must have its first word again in the body; a heading, bold text, credentials, an
    honorific or a greeting already say it is a name.
    """
    text = line.strip().strip("#*_ ").strip()
    greeted = _GREETING.match(text)
    text = text[greeted.end() :].rstrip(".!") if greeted else text  # "Hi. I'm Leah."
    name, credentials = split_name(text)
    if not looks_like_name(name) or is_title_like_name(name) or _NAV_BAR.search(line):
        return None
    if role_score(name) < 0 or SCHOOL.search(name) or name.split()[0].lower() in {"about", "meet", "our"}:
        return None  # "Hartwell Pryce LLP", "Westbrook State University", "About Theo": not a person
    honorific = text.split()[0].rstrip(".").lower() in _HONORIFIC_WORDS
    if len(text.split()) > len(name.split()) + len(credentials) + 2:
        return None  # "I'm Óscar Ibáñez, an Assistant Professor ...": a sentence, read as prose
    sure = marked or greeted or credentials or honorific or bool(re.search(r"[|·—@]|\sat\s", next_line))
    first = name.split()[0]
    if not sure and (len(name.split()) < 2 or not re.search(rf"\b{re.escape(first)}\b", body, re.I)):
        return None
    return text


TOP_LINES = 5  # a web page's name, menu and breadcrumb can stand above the person's name
# A site's menu copied with the page: "Home   Programme   Speakers   Venue" (three or more items)
_NAV_BAR = re.compile(r"\S(?:\s{3,}|\s+[|·•>]\s+)\S[^|·•>]*?(?:\s{3,}|\s+[|·•>]\s+)\S")


def name_line_index(lines: list[str]) -> int | None:
    """Which of the top lines is the name line, if one is."""
    for index, line in enumerate(lines[:TOP_LINES]):
        below = lines[index + 1 :]
        if named := name_on_line(line, " ".join(below), next_line="".join(below[:1])):
            fuller = _fuller_line(named, below) if len(named.split()) == 1 else None
            return index + 1 + fuller[0] if fuller else index
    return None


def find_name(first_lines: list[str], sentences: list[str], last_line: str = "") -> str | None:
    """A name line at the top, "Priya Raman leads ...", "Priya Raman, a ...", "I'm Marco Silva", or a
    sign-off under the text ("— Dana Whitlock")."""
    body = " ".join(sentences)
    # the first of the top lines that is a name: a page's breadcrumb ("OUR PEOPLE > Leadership") may lead
    for index, line in enumerate(first_lines[:TOP_LINES]):
        next_line = "".join(first_lines[index + 1 : index + 2])
        if is_menu(next_line) and not _NAV_BAR.search(line):
            continue  # "KESSLER MOOR ARCHITECTS" over "Work   Studio   People": the site's name
        if named := name_on_line(line, body, next_line=next_line):
            return fuller_name(named, first_lines[index + 1 :])[0] if len(named.split()) == 1 else named
    for sentence in sentences[:3]:
        if match := _THIRD_PERSON_OPENING.match(sentence):
            found = match.group("name")
            if not is_title_like_name(found) and found.split()[0].lower() not in _NOT_OPENERS:
                return found
        if match := re.search(rf"{_OPENINGS}{_HONORIFIC}?(?P<name>{NAME})\b", sentence):
            if not is_title_like_name(match.group("name")):
                return match.group("name")
    signed = _SIGN_OFF.match(last_line.strip())
    if signed and looks_like_name(split_name(signed.group("name"))[0]):
        return signed.group("name").strip()
    return None


def _fuller_line(first: str, lines: list[str]) -> tuple[int, str] | None:
    """A name line just under a greeting's first name ("### Bryony McAllister-Díaz, ACC"): where, and what."""
    body = "\n".join(lines)
    for k, line in [(k, line) for k, line in enumerate(lines[:8]) if line.strip()][:3]:
        full = name_on_line(line, body, marked=True)
        if full and len(full.split()) > 1 and full.split()[0].lower() == first.lower():
            return k, full
    return None


def fuller_name(first: str, lines: list[str]) -> tuple[str, list[str]]:
    """The full name a greeting's first name stands for: a name line just under it (then that line goes
    too), or "I'm Leah Rosenthal-Mbeki" in the text."""
    body = "\n".join(lines)
    if found := _fuller_line(first, lines):
        return found[1], lines[found[0] + 1 :]
    for match in re.finditer(rf"{_OPENINGS}(?P<name>{NAME})\b", body[:2000]):
        if match.group("name").split()[0].lower() == first.lower():
            return match.group("name"), lines
    return first, lines


_MENU_WORDS = frozenset("home about contact blog writing newsletter menu search work projects news".split())


def is_menu(line: str) -> bool:
    """A site's menu: three or more one- or two-word items, one of them a menu word ("Home · Writing")."""
    items = [item.strip().lower() for item in re.split(r"\s+[·|•]\s+|\s{3,}", line) if item.strip()]
    return len(items) >= 3 and all(len(i.split()) <= 2 for i in items) and bool(_MENU_WORDS & set(items))
