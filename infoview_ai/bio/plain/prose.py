"""Plain bios: speaker bios and About sections, third person or first person (docs/domain.md §3).

Reads only what the sentences state: a name, roles ("is the Director of Data Platform at Globex", "as a
shift lead at Midwest Distribution"), the years stated for them ("joined Globex in 2019", "since 2021"),
schools ("a master's in industrial engineering at Purdue University"), and a place ("based in Austin").
Nothing is guessed: a role without stated years keeps start and end None, a role whose title is not stated
keeps an empty title. The About is the prose the person wrote: a name line, a heading and a headline on
top are already the name and headline.
"""

from __future__ import annotations

import re

from infoview_ai.bio.contact_details import has_contact, is_contact_only
from infoview_ai.bio.plain.prose_name import (
    TOP_LINES,
    find_name,
    fuller_name,
    is_menu,
    is_title_like_name,
    name_line_index,
    name_on_line,
)
from infoview_ai.bio.plain.resume import heading_of, read_resume
from infoview_ai.bio.plain.resume_lines import role_words
from infoview_ai.bio.plain.role_merge import Found, fold_repeats, merge_positions
from infoview_ai.bio.plain.roles import add_positions
from infoview_ai.bio.plain.stated_titles import described, stated_title, where_title
from infoview_ai.bio.plain.words import MAX_SENTENCE, NAME, ORG, PLACE, clause_before, clean_org, tidy_title
from infoview_ai.bio.text import SCHOOL, clean_text
from infoview_ai.context import Education, Position, Profile
from infoview_ai.language import split_sentences

_HEADING = re.compile(r"^\s*#{1,3}\s+(?P<name>.+?)\s*#*\s*$")
_NAME_FIELD = re.compile(r"^\s*name\s*:\s*(?P<name>.+?)\s*$", re.IGNORECASE)
_GOAL_LINE = re.compile(r"^\s*(?:[*_]{0,2})goal(?:[*_]{0,2})\s*:", re.IGNORECASE)
_DEGREE = (
    r"(?:master'?s|bachelor'?s|ph\.?\s?d\.?|doctorate|mba|m\.a\.|m\.s\.|b\.a\.|b\.s\.|m\.sc\.?|b\.sc\.?|"
    r"m\.eng\.?|b\.eng\.?|associate'?s|master of [A-Z]\w+|bachelor of [A-Z]\w+|diploma|certificate)"
)
_DEGREE_IN_FIELD = re.compile(
    rf"\b(?P<degree>{_DEGREE})(?:\s+degree)?\s+(?:in|of)\s+(?P<field>[\w][\w\s&'’\-]*?)"
    rf"(?=\s+(?:at|from)\b|[,.;]|$)",
    re.IGNORECASE,
)
_STUDIED = re.compile(
    r"\b(?:stud(?:ied|ies|ying|y)|studierte|promovierte|estudió|estudi[ée])\s+(?:(?:19|20)\d\d\s+)?"
    r"(?:(?:in|en)\s+)?(?P<field>[\w][\w\s&'’\-]*?)\s+(?:at|from|an der|an|en la|en el|à)\b",
    re.IGNORECASE,
)
_STUDY_CUES = re.compile(
    rf"\b(?:stud(?:ied|ies|ying|y)|graduated?|degree|alum(?:na|nus|ni)?|{_DEGREE}|studiert\w*|studierte|promovierte|promoviert|"
    r"estudi[éeo]\w*|formei|formou|diplômée?|diplome\w*|licenciad[oa]|graduad[oa]|holds)",
    re.IGNORECASE,
)
_AT_ORG = re.compile(rf"\b(?:at|from)\s+(?:the\s+)?(?P<org>{ORG})")
_BASED_IN = re.compile(  # "based in Denver", "I live in Providence", "vivo en Córdoba", "lebe ... in Leipzig"
    rf"\b(?i:based|lives|live|living|located|vivo|vive|resido|moro|habite|j'habite|vit|wohne|wohnt|lebe|lebt)"
    rf"(?:\s+[\w'’]+){{0,4}}?\s+(?:in|en|em|à|a)\s+(?P<place>{PLACE})"
)
_PLACE_BASED = re.compile(rf"(?:^|[|·,]\s*)(?P<place>{PLACE})-based(?:\s*$|\s*[|·,]|\s+(?={NAME}))")


# A top line with one of these words is a headline, not a name ("Data Product Lead").
def _sentences(text: str) -> list[str]:
    """Sentences across wrapped lines, paragraph by paragraph; "M.A. in" and "Dr. Kim" end none."""
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]
    return [s for paragraph in paragraphs for s in split_sentences(paragraph, capital_start=True)]


def _strip_markdown(line: str, *, keep_bullets: bool = False) -> str:
    line = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line)  # [text](url) -> text
    if not keep_bullets:
        line = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line)  # list bullets
    line = re.sub(r"^\s*>\s?", "", line)  # quotes
    return line.replace("**", "").replace("__", "").replace("`", "")


def _tidy_degree(degree: str) -> str:
    degree = degree.strip()
    return degree[:1].upper() + degree[1:] if degree.islower() else degree


# Where a school follows: "at", "from", "an der", "en la" say so with a study cue alone; "of", "en", "no",
# "de" only before a name that is a school ("a graduate of Whitman College", not "of Sociology").
_SCHOOL_AFTER = re.compile(
    rf"\b(?P<prep>at|from|an der|en la|en el|of|en|no|na|de|à)\s+(?:the\s+)?(?P<org>{ORG})"
)
_STRONG_PREPOSITIONS = frozenset({"at", "from", "an der", "en la", "en el"})
# "University of Texas at Austin", "Darden School of Business at the University of Virginia": one school
_CAMPUS = re.compile(rf"^\s+at\s+(?P<campus>(?:the\s+)?{ORG})")


def _education_from(sentence: str) -> list[Education]:
    sentence = sentence[:MAX_SENTENCE]
    schools = []
    taken = 0  # the end of the last school read: "at Austin" in "University of Texas at Austin" is its campus
    for match in _SCHOOL_AFTER.finditer(sentence):
        if match.start() < taken:
            continue
        org = clean_org(match.group("org"))
        before = sentence[: match.start()]
        cue = _STUDY_CUES.search(clause_before(sentence, match.start()))
        school_like = bool(SCHOOL.search(org))
        if not (school_like or (cue and match.group("prep") in _STRONG_PREPOSITIONS)):
            continue
        if not cue and (stated_title(before) or where_title(sentence[match.end() :])):
            continue  # "Associate Professor of Sociology at Ashgrove University": an employer
        names = _split_schools(org)  # before the campus: "Arts and Sciences at Harvard" is one school
        if school_like and (campus := _CAMPUS.match(sentence[match.end() :])) and _is_campus(campus):
            names[-1] = f"{names[-1]} at {campus.group('campus')}"
            taken = match.end() + campus.end()
        degree = field = None
        if found := list(_DEGREE_IN_FIELD.finditer(before)):
            degree, field = _tidy_degree(found[-1].group("degree")), tidy_title(found[-1].group("field"))
        elif found := list(_STUDIED.finditer(sentence[: match.end()])):
            field = tidy_title(found[-1].group("field"))
        elif found := list(re.finditer(rf"\b(?P<degree>{_DEGREE})", before, re.IGNORECASE)):
            degree = _tidy_degree(found[-1].group("degree"))
        for name in names:
            schools.append(Education(school=name, degree=degree, field=field))
    return schools


def _is_campus(campus: re.Match[str]) -> bool:
    """ "at Austin" or "at the University of Virginia" after a school, not "at the Daily Ledger"."""
    name = campus.group("campus")
    return not name.startswith("the ") or bool(SCHOOL.search(name))


def _split_schools(org: str) -> list[str]:
    """ "IIT Madras and Carnegie Mellon University" -> both; "Texas A and M" stays whole."""
    if len(parts := re.split(r"\s+and\s+of\s+(?:the\s+)?", org)) > 1:  # "... Governance and of Whitman"
        return [p.strip() for p in parts]
    parts = [p.strip() for p in re.split(r"\s+(?:and|&|y|e|und|et)\s+", org)]
    if len(parts) == 2 and all(len(p.split()) >= 2 or SCHOOL.search(p) for p in parts):
        return parts
    return [org]


def _without_front_matter(lines: list[str]) -> list[str]:
    """A static site's page opens with front matter between "---" lines (layout, dates): not the bio."""
    if lines and lines[0].strip() == "---":
        end = next((k for k in range(1, min(len(lines), 40)) if lines[k].strip() == "---"), None)
        if end is not None:
            return lines[end + 1 :]
    return lines


def parse_plain(text: str) -> Profile:
    """A Profile from a plain bio; ``about`` keeps the prose, without the name and headline lines on top."""
    lines = _without_front_matter(clean_text(text).strip().split("\n"))
    name = None
    if lines and ((heading := _HEADING.match(lines[0])) or (heading := _NAME_FIELD.match(lines[0]))):
        # "# Ana de la Cruz" names the person; "# About" or "## Über mich" only heads the text
        name = name_on_line(heading.group("name"), "\n".join(lines[1:]), marked=True)
        lines = lines[1:]
        if name and len(name.split()) == 1:  # "# Hi, I'm Bryony." over "### Bryony McAllister-Díaz, ACC"
            name, lines = fuller_name(name, lines)
    # a résumé's sections, or a simple one's dated entries ("Data Analyst, Northwind Health — Jan 2020 - Now")
    resume = read_resume([_strip_markdown(line, keep_bullets=True) for line in lines])
    resume_roles, resume_schools, resume_used = resume.positions, resume.schools, resume.used
    if resume_roles or resume_schools:
        resume_used |= {i for i, line in enumerate(lines) if heading_of(_strip_markdown(line))}
    from_resume = resume.sectioned and resume.name is not None and name is None
    if from_resume:
        name = resume.name
    # (index in lines, the line without markdown); the Goal line is the user's aim, not a fact about them
    facts = [
        (i, _strip_markdown(line))
        for i, line in enumerate(lines)
        if not _GOAL_LINE.match(line) and i not in resume_used
    ]
    non_blank = [line.strip() for _, line in facts if line.strip()]
    used: set[int] = set()  # lines that gave the name or the headline

    headline = resume.headline if from_resume else None
    if from_resume:
        pass
    elif name is None and (
        found_name := find_name(
            non_blank[: TOP_LINES + 1], _fact_sentences(facts), non_blank[-1] if non_blank else ""
        )
    ):
        name = found_name
        if (at := name_line_index(non_blank)) is not None:  # a name line on top, and what stood above it
            for line in non_blank[: at + 1]:
                facts = _drop_first(facts, line, used)
            headline = _headline_from(facts)
    elif name is not None:
        headline = _headline_from(facts)
    if headline:
        facts = _drop_first(facts, headline, used)
        headline = headline.strip("#*_ ") or None
    sentences = _fact_sentences(facts)
    taken = used | resume_used  # once: a union per line would cost the square of the line count
    about = "\n".join(line for i, line in enumerate(lines) if i not in taken).strip()
    about = re.sub(r"\n\s*\n(?:\s*\n)+", "\n\n", about)  # the lines read as roles leave no run of blanks

    education: list[Education] = []
    found: Found = []
    location = resume.location if resume.sectioned else None
    if resume.sectioned and resume_roles:
        sentences = []  # the sections state the roles and schools; the summary's prose only describes them
    for sentence in sentences:
        schools = _education_from(sentence)
        education.extend(
            school for school in schools if school.school.lower() not in {e.school.lower() for e in education}
        )
        add_positions(sentence, name, {e.school.lower() for e in education}, found)
        if location is None and (based := _BASED_IN.search(sentence) or _PLACE_BASED.search(sentence)):
            location = based.group("place")
    positions = merge_positions(found)
    if headline and not resume_roles and (titled := _title_and_org(headline)):
        _apply_headline(positions, *titled)
    elif headline and not resume_roles and positions and described(positions[0]) and role_words(headline):
        positions[0].title = headline  # "Principal & Director of Structural Engineering" over "leads ..."
    positions = fold_repeats(positions)
    # The work as written ("Led the growth analytics team" at Pinemarket) is kept; a role with no words
    # for the work at all goes on to bio.review, which leaves it out and says so.
    if resume_roles:  # the dated entries first; sentences add only other employers
        named = {p.company.lower() for p in resume_roles if p.company}
        positions = resume_roles + [p for p in positions if not p.company or p.company.lower() not in named]
    schools = {e.school.lower() for e in resume_schools}
    education = resume_schools + [e for e in education if e.school.lower() not in schools]
    currents = [p for p, current in found if current]
    if location is None and headline and (based := _PLACE_BASED.search(headline)):
        location = based.group("place")
    if location is None and currents and currents[0].location:
        location = currents[0].location  # "leads ... at Globex in Austin": where they work now
    employers = {p.company.lower() for p in positions if p.company}
    education = [e for e in education if e.school.lower() not in employers or e.degree or e.field]
    return Profile(
        name=name,
        headline=headline,
        location=location,
        about=about,
        positions=positions,
        education=education,
        skills=list(resume.skills),
        source_format="plain",
    )


def _apply_headline(positions: list[Position], title: str, org: str) -> None:
    """The headline names the current title: "Director of Data Platform, Globex"."""
    same_company = next((p for p in positions if p.company.lower() == org.lower()), None)
    if same_company is None and not positions:
        positions.append(Position(title=title, company=org))
    elif same_company is not None and (
        not same_company.title
        or described(same_company)  # the sentences only describe it: "leads the data platform team"
        or _shorter_form(same_company.title, title)  # "became director": "Director of Data Platform"
    ):
        same_company.title = title


def _shorter_form(stated: str, headline_title: str) -> bool:
    """True when every word of ``stated`` is in the longer ``headline_title``."""
    words, longer = stated.lower().split(), headline_title.lower().split()
    return len(words) < len(longer) and set(words) <= set(longer)


def _fact_sentences(facts: list[tuple[int, str]]) -> list[str]:
    """The sentences that state facts: a line with an e-mail or phone is a paragraph of its own, and
    sentences giving contact details ("Reach me at ...") name no one and no employer."""
    text = "\n".join(f"\n\n{line}\n\n" if has_contact(line) else line for _, line in facts)
    return [sentence for sentence in _sentences(text) if not has_contact(sentence)]


def _drop_first(facts: list[tuple[int, str]], text: str, used: set[int]) -> list[tuple[int, str]]:
    """``facts`` without the first line that reads ``text`` (a name or headline already used)."""
    for position, (index, line) in enumerate(facts):
        if line.strip() == text:
            used.add(index)
            return facts[:position] + facts[position + 1 :]
    return facts


def _title_and_org(headline: str) -> tuple[str, str] | None:
    """ "Director of Data Platform, Globex" / "UX Researcher at Brightline Health" -> (title, company)."""
    match = re.match(rf"^(?P<title>[^|·,@]+?)\s*(?:\bat\b|@|,|·|\|)\s*(?P<org>{ORG})\s*$", headline)
    if match and not SCHOOL.search(match.group("org")):
        return tidy_title(match.group("title")), match.group("org")
    return None


def _headline_from(facts: list[tuple[int, str]]) -> str | None:
    """A short line of its own under the name ("Director of Data Platform, Globex"), not a sentence."""
    lines = [line for _, line in facts if not is_contact_only(line)]  # a contact line is not a headline
    non_blank = [index for index, line in enumerate(lines) if line.strip()]
    if not non_blank:
        return None
    first = non_blank[0]
    line = lines[first].strip()
    if is_menu(line):
        return None
    if len(line) > 100 or re.search(r"[.!?]$", line) or len(line.split()) > 14 or heading_of(line):
        return None
    following = lines[first + 1].strip() if first + 1 < len(lines) else ""
    if not following:
        return line
    # a line of its own that reads as a headline ("Senior Engineer at Initech"), then a new sentence
    shaped = bool(_title_and_org(line) or is_title_like_name(line) or "|" in line)
    if shaped and following[:1].isupper() and not re.search(r"\b(?:is|was|am|are|has|have|I|I'm)\b", line):
        return line
    return None
