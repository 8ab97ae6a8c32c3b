"""Plain bios: speaker bios and About sections, third person or first person (FORMATS.md §3).

Reads only what the sentences state: a name, roles ("is the Director of Data Platform at Globex", "as a
shift lead at Midwest Distribution"), schools ("a master's in industrial engineering at Purdue University"),
and a place ("based in Austin"). Nothing is guessed: a role without dates keeps start and end None, a
role whose title is not stated keeps an empty title. The whole text (minus a heading) is the About.
"""

from __future__ import annotations

import re

from ..context import Education, Position, Profile
from .text import clean_text

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_CAP_WORD = rf"[{_UPPER}0-9][\w'’&\-]*"
_JOINERS = r"(?:of|and|&|de|da|do|dos|das|del|la|for|the|y|e|di|du|van|von)"
ORG = rf"{_CAP_WORD}(?:\s+(?:{_JOINERS}\s+)?{_CAP_WORD})*"
_NAME_WORD = rf"[{_UPPER}][\w'’\-]*[a-zß-ÿ]"
NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"

_HEADING = re.compile(r"^\s*#{1,3}\s+(?P<name>.+?)\s*#*\s*$")
_NAME_FIELD = re.compile(r"^\s*name\s*:\s*(?P<name>.+?)\s*$", re.IGNORECASE)
_GOAL_LINE = re.compile(r"^\s*(?:[*_]{0,2})goal(?:[*_]{0,2})\s*:", re.IGNORECASE)
_SCHOOL = re.compile(
    r"\b(?:university|universidade|universidad|université|universität|college|school|institute|academy|"
    r"polytechnic|politecnico|hochschule|école|escola|conservatory|bootcamp)\b",
    re.IGNORECASE,
)
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
    r"\bstud(?:ied|ies|ying|y)\s+(?P<field>[\w][\w\s&'’\-]*?)\s+(?:at|from)\b", re.IGNORECASE
)
_STUDY_CUES = re.compile(
    rf"\b(?:stud(?:ied|ies|ying|y)|graduated|degree|alum(?:na|nus|ni)?|{_DEGREE})", re.IGNORECASE
)
_AT_ORG = re.compile(rf"\b(?:at|from)\s+(?:the\s+)?(?P<org>{ORG})")
_PLACE_WORD = rf"[{_UPPER}][\w'’\-]*"
_PLACE = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD})*(?:,\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)?"
_IN_PLACE = re.compile(rf"^\s+in\s+(?P<place>{_PLACE})")
_BASED_IN = re.compile(rf"\b(?:based|lives|live|living|located)\s+in\s+(?P<place>{_PLACE})")
_PAST_CUES = re.compile(
    r"\b(?:was|were|spent|worked|served|led|ran|managed|built|taught|held|previously|before|earlier|"
    r"former|formerly|used to|had)\b|\b\w+ed\b",
    re.IGNORECASE,
)
_PRESENT_CUES = re.compile(r"\b(?:is|am|are|currently|now|today)\b|I'm|I’m", re.IGNORECASE)
_PAST_OPENERS = re.compile(r"^\s*(?:before|previously|earlier|formerly|prior to|until)\b", re.IGNORECASE)
# Verbs that describe the work itself; "I build X at Y" -> title "Builds X" (the words as written).
_ACTION_VERBS = {
    "lead",
    "leads",
    "led",
    "run",
    "runs",
    "ran",
    "head",
    "heads",
    "headed",
    "manage",
    "manages",
    "managed",
    "build",
    "builds",
    "built",
    "design",
    "designs",
    "designed",
    "direct",
    "directs",
    "directed",
    "oversee",
    "oversees",
    "oversaw",
    "teach",
    "teaches",
    "taught",
    "research",
    "researches",
    "researched",
    "coach",
    "coaches",
    "coached",
    "develop",
    "develops",
    "developed",
    "own",
    "owns",
    "owned",
}
_TITLE_WORDS = {
    "head",
    "chief",
    "director",
    "manager",
    "lead",
    "senior",
    "principal",
    "engineer",
    "designer",
    "researcher",
    "analyst",
    "consultant",
    "teacher",
    "founder",
    "president",
    "officer",
    "scientist",
    "ux",
    "data",
    "product",
}
_TITLE_BEFORE_AT = [
    # "as a shift lead", "is the Director of Data Platform", "I'm a UX researcher", "became a manager"
    re.compile(r"(?:\bas|\bis|\bwas|\bam|\bbecame|I'm|I’m)\s+(?:a|an|the)\s+(?P<title>[^,;:()]+?)\s*$"),
    re.compile(r"(?:\bas|\bis|\bwas|\bam|\bbecame|I'm|I’m)\s+(?P<title>[A-Z][^,;:()]+?)\s*$"),
    # an appositive after a comma: "Marco Silva, a UX researcher at ..."
    re.compile(r"^(?:a|an)\s+(?P<title>[^,;:()]+?)\s*$"),
]
_PAST_OR_VERB_ONLY = re.compile(r"(?:\w+ed|\w+ing)")


def _sentences(text: str) -> list[str]:
    """Sentences across wrapped lines; "M.A. in" and "Dr. Kim" do not end a sentence."""
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]
    sentences: list[str] = []
    for paragraph in paragraphs:
        for piece in re.split(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z0-9])", paragraph):
            if (
                sentences
                and re.search(
                    r"(?:\b[A-Z]\.|\b(?:Dr|Mr|Ms|Mrs|St|Jr|Sr|Prof|vs|e\.g|i\.e)\.)$", sentences[-1]
                )
                and sentences[-1] in paragraph
            ):
                sentences[-1] += " " + piece
            else:
                sentences.append(piece)
    return sentences


def _strip_markdown(line: str) -> str:
    line = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line)  # [text](url) -> text
    line = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line)  # list bullets
    line = re.sub(r"^\s*>\s?", "", line)  # quotes
    return line.replace("**", "").replace("__", "").replace("`", "")


def _tidy_title(title: str) -> str:
    """Capitalise an all-lowercase job title ("shift lead" -> "Shift Lead"); keep written capitals."""
    title = title.strip(" ,;:-")
    if title == title.lower():
        words = [
            word
            if word in {"of", "and", "the", "for", "in", "at", "to", "a", "an"}
            else "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
            for word in title.split()
        ]
        title = " ".join(words)
    return title[:1].upper() + title[1:]


def _tidy_degree(degree: str) -> str:
    degree = degree.strip()
    return degree[:1].upper() + degree[1:] if degree.islower() else degree


def _clean_org(org: str) -> str:
    org = org.strip()
    return re.sub(r"['’]s$", "", org)  # "Globex's data team" -> "Globex"


def _is_title_like_name(candidate: str) -> bool:
    return any(word.lower() in _TITLE_WORDS for word in candidate.split())


# "Priya Raman leads ...", "Priya Raman (she/her) is ...", "Priya Raman, a ..."
_THIRD_PERSON_OPENING = re.compile(rf"^(?P<name>{NAME})(?:\s*\([^)]*\))?(?:,|\s+(?:is|was|has|[a-z]+s)\b)")


def find_name(first_lines: list[str], sentences: list[str]) -> str | None:
    """A name line at the top, "Priya Raman leads ...", "Priya Raman, a ...", or "I'm Marco Silva"."""
    body = " ".join(sentences)
    if first_lines:
        candidate = first_lines[0].strip()
        if (
            re.fullmatch(NAME, candidate)
            and not _is_title_like_name(candidate)
            and re.search(rf"\b{re.escape(candidate.split()[0])}\b", body)
        ):
            return candidate
    for sentence in sentences[:3]:
        if match := _THIRD_PERSON_OPENING.match(sentence):
            if not _is_title_like_name(match.group("name")):
                return match.group("name")
        if match := re.search(rf"\b(?:I'm|I’m|I am|My name is|my name is)\s+(?P<name>{NAME})\b", sentence):
            if not _is_title_like_name(match.group("name")):
                return match.group("name")
    return None


def _education_from(sentence: str) -> list[Education]:
    schools = []
    for match in _AT_ORG.finditer(sentence):
        org = _clean_org(match.group("org"))
        before = sentence[: match.start()]
        if not (_SCHOOL.search(org) or _STUDY_CUES.search(_clause_before(sentence, match.start()))):
            continue
        degree = field = None
        if found := list(_DEGREE_IN_FIELD.finditer(before)):
            degree, field = _tidy_degree(found[-1].group("degree")), _tidy_title(found[-1].group("field"))
        elif found := list(_STUDIED.finditer(sentence[: match.end()])):
            field = _tidy_title(found[-1].group("field"))
        elif found := list(re.finditer(rf"\b(?P<degree>{_DEGREE})", before, re.IGNORECASE)):
            degree = _tidy_degree(found[-1].group("degree"))
        schools.append(Education(school=org, degree=degree, field=field))
    return schools


def _clause_before(sentence: str, position: int) -> str:
    """The words leading up to ``position`` within the same clause."""
    return re.split(r"[,;:]\s+|\s+(?:and|but|where|while|after|before)\s+", sentence[:position])[-1]


def _title_from(clause: str, name: str | None) -> str:
    for pattern in _TITLE_BEFORE_AT:
        if match := pattern.search(clause):
            title = match.group("title")
            if len(title.split()) <= 8 and not _PAST_OR_VERB_ONLY.fullmatch(title):
                return _tidy_title(title)
    subject = (
        rf"(?:I|[Ss]he|[Hh]e|[Tt]hey{'|' + re.escape(name.split()[0]) if name else ''}"
        rf"{'|' + re.escape(name) if name else ''})"
    )
    pattern = rf"\b{subject}\s+(?:now\s+|currently\s+|also\s+)?(?P<verb>[a-z]+)\s+(?P<object>.+)$"
    if match := re.search(pattern, clause):
        verb, obj = match.group("verb"), match.group("object").strip()
        if verb in _ACTION_VERBS and obj and len(obj.split()) <= 8:
            first_person_present = match.group(0).startswith("I ") and verb not in {"led", "ran", "built"}
            if first_person_present and not verb.endswith("s"):
                verb = verb + ("es" if verb.endswith(("ch", "sh", "s", "x")) else "s")
            return f"{verb[:1].upper()}{verb[1:]} {obj}"
    return ""


def _positions_from(sentence: str, name: str | None, known_schools: set[str]) -> list[tuple[Position, bool]]:
    """(Position, is_current) for each employer named with "at ..." or a titled role "in <place>"."""
    found: list[tuple[Position, bool]] = []
    for match in re.finditer(r"\bat\s+(?:the\s+)?(?P<org>" + ORG + ")", sentence):
        org = _clean_org(match.group("org"))
        if org.lower() in known_schools or _SCHOOL.search(org):
            continue
        clause = _clause_before(sentence, match.start())
        before = sentence[: match.start()]
        title = _title_from(clause, name)
        place = _IN_PLACE.match(sentence[match.end() :])
        years = _years_after(sentence[match.end() :])
        is_past = (
            bool(_PAST_CUES.search(clause) or _PAST_OPENERS.match(before))
            and not re.search(r"\b(?:is|am|I'm|I’m)\b", clause)
            and not (years[0] and not years[1])
        )
        found.append(
            (
                Position(
                    title=title,
                    company=org,
                    location=place.group("place") if place else None,
                    start=years[0],
                    end=years[1],
                    description=sentence,
                ),
                not is_past,
            )
        )
    # "eight years as a high-school history teacher in São Paulo": a role without an employer named.
    for match in re.finditer(
        rf"\bas\s+(?:a|an)\s+(?P<title>[a-z][^,;:()]*?)\s+in\s+(?P<place>{_PLACE})", sentence
    ):
        if " at " in match.group("title") or len(match.group("title").split()) > 6:
            continue
        # A current role almost always names its employer; without one, only a present-tense cue
        # ("I'm", "currently") makes it current.
        is_past = not _PRESENT_CUES.search(_clause_before(sentence, match.start()))
        found.append(
            (
                Position(
                    title=_tidy_title(match.group("title")),
                    company="",
                    location=match.group("place"),
                    description=sentence,
                ),
                not is_past,
            )
        )
    return found


def _years_after(rest: str) -> tuple[str | None, str | None]:
    """ "since 2021" -> ("2021", None); "from 2014 to 2018" / "(2014-2018)" -> ("2014", "2018")."""
    head = rest[:40]
    if match := re.match(r"^[^.;]*?\bsince\s+(\d{4})\b", head):
        return match.group(1), None
    if match := re.match(r"^[^.;]*?\(?\b(?:from\s+)?(\d{4})\s*(?:-|–|to)\s*(\d{4})\b", head):
        return match.group(1), match.group(2)
    return None, None


def _merge_positions(found: list[tuple[Position, bool]]) -> list[Position]:
    """Current roles first (in text order), then past ones; the same role named twice is kept once."""
    merged: dict[tuple[str, str], tuple[Position, bool]] = {}
    for position, current in found:
        key = (position.company.lower(), position.title.lower())
        loose_key = next((k for k in merged if k[0] == key[0] and key[0] and (not k[1] or not key[1])), None)
        if loose_key is not None:
            kept, kept_current = merged.pop(loose_key)
            # Keep the titled version and the facts either mention had.
            best = position if position.title else kept
            best.location = best.location or kept.location or position.location
            merged[(best.company.lower(), best.title.lower())] = (best, kept_current or current)
        elif key not in merged:
            merged[key] = (position, current)
    entries = list(merged.values())
    return [p for p, current in entries if current] + [p for p, current in entries if not current]


def parse_plain(text: str) -> Profile:
    """A Profile from a plain bio; ``about`` keeps the whole text except a leading heading."""
    lines = clean_text(text).strip().split("\n")
    name = None
    if lines and ((heading := _HEADING.match(lines[0])) or (heading := _NAME_FIELD.match(lines[0]))):
        name = heading.group("name").strip().strip("*_ ")
        lines = lines[1:]
    about = "\n".join(lines).strip()
    facts_lines = [_strip_markdown(line) for line in lines if not _GOAL_LINE.match(line)]
    non_blank = [line.strip() for line in facts_lines if line.strip()]
    sentences = _sentences("\n".join(facts_lines))

    headline = None
    if name is None and (found_name := find_name(non_blank[:1], sentences)):
        name = found_name
        if non_blank and non_blank[0] == found_name:  # a name line on top: drop it from the sentences
            facts_lines = _drop_first(facts_lines, found_name)
            headline = _headline_from(facts_lines)
    elif name is not None:
        headline = _headline_from(facts_lines)
    if headline:
        facts_lines = _drop_first(facts_lines, headline)
    sentences = _sentences("\n".join(facts_lines))

    education: list[Education] = []
    found: list[tuple[Position, bool]] = []
    location = None
    for sentence in sentences:
        schools = _education_from(sentence)
        education.extend(
            school for school in schools if school.school.lower() not in {e.school.lower() for e in education}
        )
        found.extend(_positions_from(sentence, name, {e.school.lower() for e in education}))
        if location is None and (based := _BASED_IN.search(sentence)):
            location = based.group("place")
    positions = _merge_positions(found)
    currents = [p for p, current in found if current]
    if location is None and currents and currents[0].location:
        location = currents[0].location  # "leads ... at Globex in Austin": where they work now
    if headline and (titled := _title_and_org(headline)):
        title, org = titled
        same_company = next((p for p in positions if p.company.lower() == org.lower()), None)
        if same_company is None and not positions:
            positions = [Position(title=title, company=org)]
        elif same_company is not None and (
            not same_company.title or same_company.title.split()[0].lower() in _ACTION_VERBS
        ):
            # The headline names the title the sentences only describe ("leads the data platform team").
            same_company.title = title
    return Profile(
        name=name,
        headline=headline,
        location=location,
        about=about,
        positions=positions,
        education=education,
        source_format="plain",
    )


def _drop_first(lines: list[str], text: str) -> list[str]:
    """``lines`` without the first line that reads ``text`` (a name or headline already used)."""
    for index, line in enumerate(lines):
        if line.strip() == text:
            return lines[:index] + lines[index + 1 :]
    return lines


def _title_and_org(headline: str) -> tuple[str, str] | None:
    """ "Director of Data Platform, Globex" / "UX Researcher at Brightline Health" -> (title, company)."""
    match = re.match(rf"^(?P<title>[^|·,@]+?)\s*(?:\bat\b|@|,|·|\|)\s*(?P<org>{ORG})\s*$", headline)
    if match and not _SCHOOL.search(match.group("org")):
        return _tidy_title(match.group("title")), match.group("org")
    return None


def _headline_from(lines: list[str]) -> str | None:
    """A short line of its own under the name ("Director of Data Platform, Globex"), not a sentence."""
    non_blank = [index for index, line in enumerate(lines) if line.strip()]
    if not non_blank:
        return None
    first = non_blank[0]
    line = lines[first].strip()
    stands_alone = first + 1 >= len(lines) or not lines[first + 1].strip()
    if stands_alone and len(line) <= 100 and not re.search(r"[.!?]$", line) and len(line.split()) <= 14:
        return line
    return None
