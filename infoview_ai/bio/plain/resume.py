"""Dated roles and schools laid out as a simple resume, one entry per few lines (not LinkedIn's layout).

Read shapes:

* one line: ``Data Analyst, Northwind Health — Jan 2020 - Present``, ``Engineer at Globex | 2016 - 2019``,
  ``Data Analyst, Northwind Health (Jan 2020 - Present)``;
* a date line under the entry: ``Data Analyst`` / ``Northwind Health`` / ``Jan 2020 - Present``, or
  ``Data Analyst, Northwind Health`` / ``Jan 2020 - Present``.

Title before company is the usual order; a company line holding the only job-title word is swapped. The
lines after the dates, up to a blank line or the next entry, are the role's description. In an Education
section the same shapes are schools. Nothing else is guessed: a missing company stays empty.
"""

from __future__ import annotations

import re

from infoview_ai.bio.contact_details import has_contact
from infoview_ai.bio.plain.words import SCHOOL
from infoview_ai.context import Education, Position
from infoview_ai.dates import is_present, parse_date

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WHEN = rf"(?:{_MONTH}\s+(?:19|20)\d{{2}}|\d{{1,2}}/(?:19|20)\d{{2}}|(?:19|20)\d{{2}})"
_END = rf"(?:{_WHEN}|present|current|now|today)"
# the dates end the line ("..., Jan 2020 - Present") or are the whole line
_DATES = re.compile(
    rf"(?:^|[\s,|·—–(-]+)\(?(?P<start>{_WHEN})\s*(?:-|–|—|to|until)\s*(?P<end>{_END})\)?\s*$", re.IGNORECASE
)
_SPLIT = re.compile(r"\s+(?:at|@)\s+|\s*[|·]\s*|\s+[—–-]\s+|,\s+")
_ROLE_WORDS = frozenset(
    "head chief director manager lead senior junior principal staff engineer designer researcher analyst "
    "consultant teacher founder co-founder president vp officer scientist partner architect specialist "
    "coordinator supervisor associate editor professor lecturer nurse developer administrator advisor "
    "owner executive ceo cto cfo coo intern assistant writer reporter journalist accountant technician "
    "representative agent programmer marketer recruiter trainer instructor tutor".split()
)
_EXPERIENCE = {
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "employment history",
    "work history",
    "career",
    "career history",
}
_EDUCATION = {"education", "education and training", "academic background"}
_OTHER = {
    "summary",
    "profile",
    "about",
    "about me",
    "skills",
    "technical skills",
    "projects",
    "certifications",
    "languages",
    "volunteering",
    "volunteer experience",
    "awards",
    "publications",
    "interests",
    "references",
    "contact",
}
_PROSE_OPENERS = frozenset("i i'm she he they we my her his their in from since between during".split())
HEADINGS = _EXPERIENCE | _EDUCATION | _OTHER


def heading_of(line: str) -> str | None:
    key = line.strip().strip("#*_: ").lower()
    return key if key in HEADINGS else None


def _date(text: str) -> str | None:
    if match := re.fullmatch(r"(\d{1,2})/(\d{4})", text.strip()):
        month = int(match.group(1))
        return f"{match.group(2)}-{month:02d}" if 1 <= month <= 12 else None
    return parse_date(text)


def _dates(line: str) -> tuple[re.Match[str], str | None, str | None] | None:
    match = _DATES.search(line)
    if not match:
        return None
    start = _date(match.group("start"))
    end_text = match.group("end")
    end = None if is_present(end_text) else _date(end_text)
    if not start or (end is None and not is_present(end_text)):
        return None
    return match, start, end


def _is_entry_text(line: str) -> bool:
    """A short label, not prose, a heading or contact details."""
    words = line.split()
    return (
        0 < len(words) <= 12
        and not re.search(r"[.!?;:]$", line)
        and line[:1].isupper()
        and not heading_of(line)
        and not has_contact(line)
        and not _DATES.search(line)
        and words[0].lower() not in _PROSE_OPENERS
    )


def _has_role_word(text: str) -> bool:
    return any(word.strip(",()").lower() in _ROLE_WORDS for word in text.split())


def _title_and_company(parts: list[str]) -> tuple[str, str]:
    parts = [part.strip(" ,|·—–-") for part in parts if part.strip(" ,|·—–-")]
    if len(parts) == 1:
        pieces = _SPLIT.split(parts[0], maxsplit=1)
        parts = [piece.strip() for piece in pieces if piece.strip()]
    if not parts:
        return "", ""
    if len(parts) == 1:
        return (parts[0], "") if _has_role_word(parts[0]) else ("", parts[0])
    first, second = parts[0], " ".join(parts[1:])
    if _has_role_word(second) and not _has_role_word(first):
        first, second = second, first
    return first, second


def _entries(lines: list[str]) -> list[tuple[str, list[int], str | None, str | None]]:
    """(section, the entry's line indices, start, end) for each dated entry."""
    found: list[tuple[str, list[int], str | None, str | None]] = []
    section = ""
    taken: set[int] = set()
    for index, raw in enumerate(lines):
        line = raw.strip()
        if heading := heading_of(line):
            section = heading
            continue
        if not (dated := _dates(line)):
            continue
        match, start, end = dated
        rest = line[: match.start()].strip(" ,|·—–-(")
        if rest:
            if not _is_entry_text(rest):
                continue
            found.append((section, [index], start, end))
            taken.add(index)
            continue
        above: list[int] = []
        for back in range(index - 1, max(index - 3, -1), -1):
            text = lines[back].strip()
            if back in taken or not _is_entry_text(text):
                break
            above.insert(0, back)
            if _SPLIT.search(text) and len(above) == 1:
                break  # "Title, Company" on one line above the dates
        if above:
            found.append((section, [*above, index], start, end))
            taken.update([*above, index])
    return found


def read_resume(lines: list[str]) -> tuple[list[Position], list[Education], set[int]]:
    """Dated roles (in the order written: newest first on a resume) and schools, and the lines they used."""
    positions: list[Position] = []
    schools: list[Education] = []
    used: set[int] = set()
    entries = _entries(lines)
    starts = [indices[0] for _, indices, _, _ in entries]
    for number, (section, indices, start, end) in enumerate(entries):
        texts = [lines[i].strip() for i in indices]
        texts[-1] = texts[-1][: _DATES.search(texts[-1]).start()]  # the dates are already read
        education = section in _EDUCATION or (not section and any(SCHOOL.search(t) for t in texts))
        if section in _OTHER:
            continue
        used.update(indices)
        if education:
            schools.append(_school(texts, start, end))
            continue
        stop = starts[number + 1] if number + 1 < len(starts) else len(lines)
        description: list[str] = []
        for follow in range(indices[-1] + 1, stop):
            text = lines[follow].strip()
            if not text or heading_of(text):
                break
            description.append(text)
            used.add(follow)
        title, company = _title_and_company(texts)
        positions.append(
            Position(title=title, company=company, start=start, end=end, description="\n".join(description))
        )
    return positions, schools, used


def _school(texts: list[str], start: str | None, end: str | None) -> Education:
    parts = [
        p.strip(" ,|·—–-") for t in texts for p in re.split(r",\s+|\s+[|·—–]\s+", t) if p.strip(" ,|·—–-")
    ]
    name = next((p for p in parts if SCHOOL.search(p)), parts[0] if parts else "")
    others = [p for p in parts if p != name]
    degree = others[0] if others else None
    field = others[1] if len(others) > 1 else None
    if degree and not field and (split := re.match(r"^(\S+)\s+(?:in\s+|of\s+)?(.+)$", degree)):
        if re.fullmatch(r"(?:B|M|Ph)\.?[A-Za-z.]{0,4}|BA|BS|MA|MS|MBA|PhD", split.group(1)):
            degree, field = split.group(1), split.group(2)
    return Education(school=name, degree=degree, field=field, start=start, end=end)
