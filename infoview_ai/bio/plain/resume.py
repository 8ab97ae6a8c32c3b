"""Résumé-style text (docs/domain.md §4): a header (name, headline, contact line), then sections.

Read shapes, in any of the languages resume_lines.py knows:

* one line: ``Title | Company | 2019 - 2022``, ``Company — Title    Mar 2020 – Present``,
  ``Title, Company (2019-2021)``, ``Title at Company, 2018 – Present``;
* two lines: ``Title`` / ``Company, City — Sep 2021 – Dec 2021``, or ``Title — Company, City`` / dates;
* a company line over its roles: ``Sabiá Pagamentos, São Paulo`` / ``  Engenheiro de Dados  2021 – atual``;
* bullets (``-``, ``•``, ``*``) under a role are its description;
* education lines: ``Ph.D., Epidemiology — University of Michigan, 2019``, ``B.A., Mathematics, Carleton
  College``, a school line over its degree line.

Text without Experience or Education headings is read only for dated one- or two-line entries, as a simple
résumé pasted without headings. Nothing else is guessed: a missing company stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from infoview_ai.bio.contact_details import has_contact
from infoview_ai.bio.person_name import looks_like_name, split_name
from infoview_ai.bio.plain.resume_lines import (
    EDUCATION,
    EXPERIENCE,
    find_dates,
    heading_of,
    is_bullet,
    is_entry_text,
    is_place,
    is_skills_heading,
    role_score,
    role_words,
    skills_in,
    split_entry,
    split_one,
    strip_place,
)
from infoview_ai.bio.plain.stated_years import SINCE_WORDS
from infoview_ai.bio.text import SCHOOL, is_noise
from infoview_ai.context import Education, Position

__all__ = ["Resume", "heading_of", "read_resume"]

_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|io|dev|me|org|net|edu)/\S*", re.IGNORECASE)
_HEADER_SPLIT = re.compile(r"\s*[|·•]\s*|\s{2,}")
_DEGREE = re.compile(
    r"^(?:(?:B|M|D)\.?\s?(?:A|S|Sc|Eng|Ed|Phil|F\.?A|B\.?A|S\.?W|S\.?N|L\.?I\.?S|N\.?P|V\.?M|D\.?S)\.?|"
    r"(?:Ph|Ed|Pharm|Psy|Eng)\.?\s?D\.?|M\.?D\.?|MBA|EMBA|MPH|MPA|MPP|A\.?A\.?S?\.?|A\.?S\.?|"
    r"J\.?D\.?|LL\.?[BM]\.?|BBA|DUT|BTS|HND|Bachelor|Master|Masters|Licence|Licenciatura|Diplom|Diplôme|"
    r"Bacharelado|Mestrado|Doutorado|Máster|Grado|Magister|Laurea|Associate|Doctor|Doctorate|Certificate|"
    r"Diploma|GED|High School)\b",
    re.IGNORECASE,
)


_IN_FIELD = re.compile(r"\s+(?:in|en|em|in der|im)\s+", re.IGNORECASE)


def _degree_and_field(text: str) -> tuple[str, str | None]:
    """ "BSc Statistics" -> ("BSc", "Statistics"); "Bachelor of Science in Biology" -> (..., "Biology")."""
    if len(parts := _IN_FIELD.split(text, maxsplit=1)) == 2:
        return parts[0], parts[1]
    match = _DEGREE.match(text)
    abbreviation = match and not match.group(0)[:1].islower() and len(match.group(0).rstrip(".")) <= 5
    rest = text[match.end() :].strip(" ,.") if match else ""
    spelled_out = rest.lower().startswith(("of ", "de ", "d'"))  # "B. of Science": one degree
    if abbreviation and any(ch.isalpha() for ch in rest) and not spelled_out:
        return match.group(0), rest
    return text, None


@dataclass
class Resume:
    """What a résumé layout gave: roles, schools, the header, and the line indices used."""

    positions: list[Position] = field(default_factory=list)
    schools: list[Education] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    sectioned: bool = False  # Experience or Education headings were found
    name: str | None = None
    headline: str | None = None
    location: str | None = None
    skills: list[str] = field(default_factory=list)


def read_resume(lines: list[str]) -> Resume:
    """Roles (in the order written) and schools from résumé-style ``lines``, and the lines they used."""
    resume = Resume()
    sections: list[tuple[str | None, list[tuple[int, str]]]] = [(None, [])]
    for index, line in enumerate(lines):
        if (section := heading_of(line)) is not None:
            sections.append((section, []))
            resume.used.add(index)
        else:
            sections[-1][1].append((index, line))
    resume.sectioned = any(name in (EXPERIENCE, EDUCATION) for name, _ in sections)
    if not resume.sectioned:  # "About me" or "Skills" alone make no résumé: read every dated entry
        _read_roles([line for _, block in sections for line in block], resume, dated_only=True)
        return resume
    _read_header(sections[0][1], resume)
    for name, block in sections[1:]:
        if name == EXPERIENCE:
            _read_roles(block, resume)
        elif name == EDUCATION:
            _read_schools(block, resume)
    _read_skills(lines, resume)
    return resume


def _read_skills(lines: list[str], resume: Resume) -> None:
    """The list under a "Skills" heading of a sectioned résumé: skills, and lines the About leaves out."""
    for index, line in enumerate(lines):
        if not is_skills_heading(line):
            continue
        block = []
        for at in range(index + 1, len(lines)):
            if heading_of(lines[at]) is not None:
                break
            if lines[at].strip():
                block.append(at)
        found = skills_in([lines[at] for at in block])
        if found:
            resume.skills += [skill for skill in found if skill not in resume.skills]
            resume.used.update(block)


def _read_header(block: list[tuple[int, str]], resume: Resume) -> None:
    """Name (the first line), the headline under it, the place on the contact line."""
    rest = [(index, line.strip()) for index, line in block if line.strip()]
    if not rest:
        return
    # the name is the first line, or the first name line under a page's own name and menu
    at = next((k for k, (_, line) in enumerate(rest[:5]) if _is_name_line(line)), None)
    if at is not None:
        index, first = rest[at]
        resume.name = first.strip("#*_ ")
        resume.used.update(i for i, _ in rest[: at + 1])
        rest = rest[at + 1 :]
    for index, line in rest[:3]:
        if has_contact(line) or _URL.search(line) or _is_place_line(line) or "removed]" in line:
            resume.used.add(index)
            if resume.location is None:
                resume.location = _place_on(line)
        elif not any(ch.isalpha() for ch in line):
            resume.used.add(index)  # "---": a rule under the name
        elif resume.headline is None and len(line.split()) <= 14 and not re.search(r"[.!?]$", line):
            resume.headline = line.strip("#*_ ")
            resume.used.add(index)
        else:
            break


def _is_name_line(line: str) -> bool:
    head = re.split(r",|\s[-–|]\s", line)[0]
    words = head.split()
    return (
        looks_like_name(split_name(line)[0])
        and 0 < len(words) <= 6
        and not any(ch.isdigit() for ch in head)
        and not has_contact(line)
        and not _URL.search(line)
        and role_score(head) == 0
        and role_words(head) == 0
        and not re.search(r"\s{3,}|\s[|·•>]\s.*\s[|·•>]\s", line)  # a menu: "People   Practices   Careers"
    )


def _is_place_line(line: str) -> bool:
    return is_place(line) or all(is_place(part) for part in line.split(","))


def _place_on(line: str) -> str | None:
    for part in _HEADER_SPLIT.split(line):
        part = part.strip()
        if part and not has_contact(part) and not _URL.search(part) and _is_place_line(part):
            return part
    return None


def _read_roles(block: list[tuple[int, str]], resume: Resume, *, dated_only: bool = False) -> None:
    pending: list[tuple[int, str]] = []  # entry lines since the last dates: a title, a company
    current: Position | None = None
    group: tuple[str, int] | None = None  # a company line over its roles, and its indent
    needs_company: Position | None = None  # a role whose dates led its line: the employer is on the next
    led_text, led_indent = "", 0  # that line's text after its dates, and its indent
    header: Position | None = None  # an employer's dated line, until a title line or its roles follow
    raws = dict(block)
    for index, raw in block:
        line = raw.strip().strip("*_").strip()  # "*Jan 2020 – present*": emphasis around a line
        if not line or is_noise(line):
            continue
        if timeline := _TIMELINE_ENTRY.match(raw):  # "• 2021–now: Senior Commodity Buyer, Norvale"
            line, raw = f"{timeline.group('rest')} | {timeline.group('dates')}", timeline.group("rest")
            awaiting_company = False
        elif leading := _LEADING_DATES.match(line):  # "2019 – present      Hospice Social Worker"
            line = f"{leading.group('rest')} | {leading.group('dates')}"
            awaiting_company = True
        else:
            awaiting_company = False
        dates = find_dates(line) or find_dates(_TRAILING_NOTE.sub("", line))  # "2009 – 2011 (part-time)"
        if dates and not is_bullet(raw) and (dates[3] or not line[: dates[0]].strip() or not dated_only):
            cut, start, end, _ = dates
            rest = _SINCE_WORD.sub("", line[:cut]).strip(" ,|·—–-(")
            if "(" in rest and ")" not in rest[rest.rindex("(") :]:
                rest = rest[: rest.rindex("(")].strip(" ,")  # "Ambulance (seasonal, summers 2008–2009)"
            # "Title | Company | dates" is a whole entry: lines above it were the last role's description
            # and dates leading a line start an entry ("2014–2019   Digital Projects Librarian")
            whole = awaiting_company or (rest and len(split_one(rest)) == 2 and role_words(rest))
            keep = 0 if whole else 2
            if len(pending) > keep and current is not None:
                _describe(current, [text for _, text in pending[: len(pending) - keep]])
            pending = pending[len(pending) - keep :] if keep else []
            if rest and len(pending) == 2:
                pending = pending[1:]  # a title or company line, and this one: an entry has two parts
            if dated_only and not (rest and is_entry_text(rest)) and not pending:
                continue
            under_group = group and _indent(raw) >= group[1] and len(split_one(rest)) == 1
            if not pending and rest and under_group and role_score(rest) >= 0:
                title, company, place = rest, group[0], None
                if header is not None and not header.title and header in resume.positions:
                    resume.positions.remove(header)  # the employer's line over its dated roles: no role
                header = None
            else:
                texts = [text for _, text in pending] + ([rest] if rest else [])
                title, company, place = split_entry(texts)
                head_indent = _indent(raws[pending[0][0]]) if pending else 0
                group = None
                if len(pending) == 1 and rest and company and strip_place(pending[0][1])[0] == company:
                    group = (company, head_indent)  # "Company, City" then its roles, indented
                elif company and not title and not pending:
                    group = (company, _indent(raw) + 1)  # "Buckeye Comfort — Columbus, OH   2017 – Present"
            if (not title and not company) or _CAREER_BREAK.match(rest or title):
                if title or company:  # "2014 – 2015   Career break — family caregiving": time off, not a role
                    resume.used.add(index)
                pending = []
                continue
            current = Position(title=title, company=company, start=start, end=end, location=place)
            # "2019 – present   Hospice Social Worker" / "Evergreen Hospice, Yakima, WA": the next line
            # completes the entry, and which of the two is the title is decided with both in hand
            needs_company = current if awaiting_company or not title else None
            led_text, led_indent = rest, _indent(raw)
            header = current if company and not title else None
            resume.positions.append(current)
            resume.used.update([index, *(i for i, _ in pending)])
            pending = []
            continue
        if needs_company is not None and not is_bullet(raw) and is_entry_text(line):
            if needs_company.company and needs_company.title:
                if not _employer_under(led_text, line, _indent(raw) > led_indent):
                    needs_company = None
                    pending.append((index, line))
                    continue
                needs_company.title = led_text  # "Medical Social Worker, Oncology" / the employer's line
                needs_company.company, needs_company.location = strip_place(line)
            elif needs_company.title:
                needs_company.company, needs_company.location = strip_place(line)  # the line under the title
                if needs_company.company == line and "," in line:
                    needs_company.company = split_one(line)[0] if role_words(line) == 0 else line
            else:  # the text after the dates read as an employer alone: with the next line, one is the title
                title, company, place = split_entry([led_text, line])
                needs_company.title, needs_company.company = title, company
                needs_company.location = place
            resume.used.add(index)
            needs_company = None
            continue
        if is_bullet(raw) or not is_entry_text(line):
            if current is not None and not dated_only:
                _describe(current, [line])
                resume.used.add(index)
            continue
        pending.append((index, line))
    if pending and current is not None and not dated_only:
        _describe(current, [text for _, text in pending])


def _employer_under(led_text: str, line: str, indented: bool) -> bool:
    """Whether ``line``, indented under "2015 – 2019   Medical Social Worker, Oncology", is that entry's
    employer: then the comma was the title's own, not a "Title, Company" split."""
    one_line_entry = re.search(r"\s[|—–-]\s|\sat\s", led_text)
    return indented and "," in led_text and not one_line_entry and role_words(line) == 0


# "seit 04/2021"; no leading \s*: tried at every space of a long run of them, it costs their square
_SINCE_WORD = re.compile(rf"\b(?:{SINCE_WORDS}|ab|from)\s*$", re.IGNORECASE)


_DATE_SPAN = (
    r"(?:\d{1,2}/){0,2}(?:19|20)\d{2}\s*(?:[-–—]|to)\s*(?:(?:\d{1,2}/){0,2}(?:19|20)\d{2}|[^\W\d_]{2,12})"
)
_LEADING_DATES = re.compile(  # tabs come through as one space
    rf"^(?P<dates>{_DATE_SPAN})(?:\s{{2,}}|\s+(?=[A-Z]))(?P<rest>\S.*)$"
)
_TIMELINE_ENTRY = re.compile(
    rf"^\s*(?:[-•*▪◦●]\s*)?(?P<dates>{_DATE_SPAN})\s*[:—–]\s*(?P<rest>\S.{{2,120}})$"
)
_CAREER_BREAK = re.compile(
    r"\s*(?:career\s+break|sabbatical|gap\s+year|(?:parental|maternity|paternity|family)\s+leave)\b",
    re.IGNORECASE,
)
_TRAILING_NOTE = re.compile(r"\s*\([^()]{1,60}\)\s*$")


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _describe(position: Position, texts: list[str]) -> None:
    # bullets stay bullets ("- "), so each reads as its own statement, as on LinkedIn
    text = "\n".join(re.sub(r"^\s*[-•*▪◦●–·]\s+", "- ", t) for t in texts)
    position.description = f"{position.description}\n{text}".strip()


def _read_schools(block: list[tuple[int, str]], resume: Resume) -> None:
    school_indent = None  # lines indented under a school are its degree, thesis, honours
    degree_over: tuple[str, str | None] | None = None  # "B.A., Psychology, 2008" over its school's line
    texts = [raw.strip() for _, raw in block]
    for at, (index, raw) in enumerate(block):
        line = raw.strip()
        if is_bullet(raw) and SCHOOL.search(line):  # "- **Doctor of Pharmacy**, UNC School of Pharmacy"
            line = re.sub(r"^[-•*▪◦●–·]\s*", "", line)
        elif is_bullet(raw):
            continue
        if not line or ":" in line or has_contact(line):
            continue
        if _DEGREE.match(line) and not SCHOOL.search(line) and _school_follows(texts[at + 1 :]):
            degree_line = re.split(r",?\s+(?:19|20)\d\d\b", line)[0]  # the year goes with the school
            parts = [p.strip() for p in re.split(r",\s+|\s+[—–|·]\s+", degree_line, maxsplit=1)]
            degree_over = _degree_and_field(parts[0]) if len(parts) == 1 else (parts[0], parts[1])
            resume.used.add(index)
            continue
        if school_indent is not None and _indent(raw) > school_indent:
            if resume.schools and not resume.schools[-1].degree and (degree := _DEGREE.match(line)):
                resume.schools[-1].degree = degree.group(0)
            resume.used.add(index)
            continue
        start = end = None
        if leading := _LEADING_DATES.match(line):  # "2015–2017   MSc Supply Chain Management"
            line = f"{leading.group('rest')}, {leading.group('dates')}"
        if dates := find_dates(line):
            cut, start, end, ranged = dates
            if not ranged:
                start, end = None, start
            line = line[:cut].strip(" ,|·—–-(")
        parts = [p.strip() for p in re.split(r"\s+[—–|·]\s+|,\s+|\s+-\s+", line) if p.strip()]
        school = next((p for p in parts if SCHOOL.search(p) and not _DEGREE.match(p)), None)
        degrees = [p for p in parts if _DEGREE.match(p)]
        if school is None:
            others = [p for p in parts if not _DEGREE.match(p)]
            if not degrees and len(others) == 1 and not resume.schools:
                school = others[0]
            elif degrees and len(others) >= 2:
                school = others[-1]
            elif degrees and others and len(parts) >= 2 and parts[-1] == others[-1]:
                school = others[-1]
        if school is None:
            if degrees and resume.schools and not resume.schools[-1].degree:  # the degree line under a school
                resume.schools[-1].degree = degrees[0]
                resume.used.add(index)
            continue
        rest = [p for p in parts if p not in (school, *degrees)]
        degree, field = _degree_and_field(degrees[0]) if degrees else (None, None)
        if degree_over and not degree:
            (degree, field), rest = degree_over, []
        degree_over = None
        school_indent = _indent(raw)
        resume.schools.append(
            Education(
                school=school,
                degree=degree,
                field=field or (rest[0] if rest else None),
                start=start,
                end=end,
            )
        )
        resume.used.add(index)


def _school_follows(lines: list[str]) -> bool:
    """The next line that says anything names a school: the line before it was that school's degree."""
    following = next((line for line in lines if line), "")
    return bool(SCHOOL.search(following)) and not _DEGREE.match(following)
