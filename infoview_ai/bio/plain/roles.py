"""Roles in a plain bio's sentences: employer, title, the years the text states, and promotions.

"leads the data platform team at Globex", "joined Globex in 2019 as a senior data engineer and became
director in 2022", "an analyst at Initech from 2014 to 2018". A year is only ever copied from the text: a
role whose dates are not stated keeps start and end None.
"""

from __future__ import annotations

import re

from infoview_ai.bio.plain.words import ORG, PLACE, SCHOOL, YEAR, clause_before, clean_org, tidy_title
from infoview_ai.context import Position

# Verbs that describe the work itself; "I build X at Y" -> title "Builds X" (the words as written).
ACTION_VERBS = frozenset(
    "lead leads led run runs ran head heads headed manage manages managed build builds built design designs "
    "designed direct directs directed oversee oversees oversaw teach teaches taught research researches "
    "researched coach coaches coached develop develops developed own owns owned".split()
)
# Words that make a phrase a job title after "became" / "was promoted to" (not "became a mother").
_ROLE_NOUNS = frozenset(
    "head chief director manager lead senior principal staff engineer designer researcher analyst "
    "consultant teacher founder president vp officer scientist partner architect specialist coordinator "
    "supervisor associate editor professor lecturer nurse developer administrator advisor owner executive "
    "ceo cto cfo coo cio cmo leader strategist planner producer".split()
)
_TITLE_BEFORE_AT = [
    # "as a shift lead", "is the Director of Data Platform", "I'm a UX researcher", "became a manager"
    re.compile(
        r"(?:\bas|\bis|\bwas|\bam|\bbeen|\bbecame|I'm|I’m)\s+(?:a|an|the)\s+(?P<title>[^,;:()]+?)\s*$"
    ),
    re.compile(r"(?:\bas|\bis|\bwas|\bam|\bbeen|\bbecame|I'm|I’m)\s+(?P<title>[A-Z][^,;:()]+?)\s*$"),
    # an appositive after a comma: "Marco Silva, a UX researcher at ..."
    re.compile(r"^(?:a|an)\s+(?P<title>[^,;:()]+?)\s*$"),
]
_PAST_OR_VERB_ONLY = re.compile(r"(?:\w+ed|\w+ing)")
_IN_PLACE = re.compile(rf"^\s+in\s+(?P<place>{PLACE})")
_PAST_CUES = re.compile(
    r"\b(?:was|were|spent|worked|served|led|ran|managed|built|taught|held|previously|before|earlier|"
    r"former|formerly|used to|had)\b|\b\w+ed\b",
    re.IGNORECASE,
)
_PRESENT_CUES = re.compile(r"\b(?:is|am|are|currently|now|today)\b|I'm|I’m", re.IGNORECASE)
_PAST_OPENERS = re.compile(r"^\s*(?:before|previously|earlier|formerly|prior to|until)\b", re.IGNORECASE)
_AT = re.compile(rf"\bat\s+(?:the\s+)?(?P<org>{ORG})")
_JOINED = re.compile(rf"\b(?:re)?joined\s+(?:the\s+)?(?P<org>{ORG})")
_JOIN_VERB = re.compile(r"\b(?:joined|started|began|arrived|was hired|came)\b", re.IGNORECASE)
# "joined Globex in 2019 as a senior data engineer and ..."
_AS_TITLE = re.compile(
    rf"^(?:\s+in\s+{YEAR})?,?\s+as\s+(?:(?:a|an|the|its)\s+)?(?P<title>[^,;:()]+?)"
    r"(?=\s+(?:and|in|after|before|where|when|while|but|with)\b|[,.;:()]|$)"
)
_PROMOTED = re.compile(
    r"\b(?:became|was\s+promoted\s+to|got\s+promoted\s+to|rose\s+to|moved\s+up\s+to|stepped\s+up\s+to|was\s+named"
    r"|took\s+over\s+as)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?P<title>[^,;:()]+?)"
    rf"(?:\s+in\s+(?P<year>{YEAR}))?(?=\s+(?:in|after|before|when|where|while|and|but|at|with)\b|[,.;:]|$)"
)
# "since 2021", "2014-2018", "(2014–2018)", "from 2014 to 2018", "between 2014 and 2018", "2019-present"
_SINCE = re.compile(rf"\bsince\s+({YEAR})\b", re.IGNORECASE)
# a range of years, not of numbers ("from 2000 to 2500 stores"): what follows is punctuation or a clause
_RANGE = re.compile(
    rf"\(?\b(?:(?:from|between)\s+)?({YEAR})\s*(?:-|–|—|to|and|until)\s*({YEAR}|present|now|today)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:she|he|they|I|we|as|at|in|with|for|when|while|where|and|before|after|was|were"
    r"|worked|served|led|ran)\b)",
    re.IGNORECASE,
)
# ahead of the employer, the year must lead into it: "In 2019, she joined", not "born in 1985 and joined"
_LEADING = r",?\s+(?:(?!and\b|but\b|then\b|after\b|before\b|until\b)[\w'’]+,?\s+){0,8}$"
_SINCE_BEFORE = re.compile(rf"\bsince\s+({YEAR}){_LEADING}", re.IGNORECASE)
_IN_YEAR_BEFORE = re.compile(rf"\bin\s+({YEAR}){_LEADING}", re.IGNORECASE)

# "moved from journalism at the Daily Ledger to growth at Brightpath": a past role and the current one
_MOVED = re.compile(
    r"\b(?:moved|switched|shifted|pivoted|transitioned|went|changed\s+careers?)\s+from\s+"
    rf"(?P<old>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,4}}?)\s+at\s+(?:the\s+)?(?P<org>{ORG})\s+(?:to|into)\s+"
    r"(?P<new>[a-z][\w'’-]*(?:\s+(?!at\b)[a-z][\w'’-]*){0,4}?)(?=\s+at\b|\s*[,.;:]|\s*$)"
)
# "as a secondary-school physics teacher before ...": a title in lower case, then a clause or the end
_AS_ROLE = re.compile(
    r"\bas\s+(?:a|an)\s+(?P<title>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)"
    r"(?=\s+(?:before|until|after|and|then|for|when|while|during|where)\b|\s*[,.;:)]|\s*$)"
)

Found = list[tuple[Position, bool]]  # (Position, is_current), in the order the text names them


def described(position: Position) -> bool:
    """True when the title is the work as written ("Leads the data platform team"), not a job title."""
    return bool(position.title) and position.title.split()[0].lower() in ACTION_VERBS


def title_from(clause: str, name: str | None) -> str:
    for pattern in _TITLE_BEFORE_AT:
        if match := pattern.search(clause):
            title = match.group("title")
            if len(title.split()) <= 8 and not _PAST_OR_VERB_ONLY.fullmatch(title):
                return tidy_title(title)
    subject = (
        rf"(?:I|[Ss]he|[Hh]e|[Tt]hey{'|' + re.escape(name.split()[0]) if name else ''}"
        rf"{'|' + re.escape(name) if name else ''})"
    )
    pattern = rf"\b{subject}\s+(?:now\s+|currently\s+|also\s+)?(?P<verb>[a-z]+)\s+(?P<object>.+)$"
    if match := re.search(pattern, clause):
        verb, obj = match.group("verb"), match.group("object").strip()
        if verb in ACTION_VERBS and obj and len(obj.split()) <= 8:
            first_person_present = match.group(0).startswith("I ") and verb not in {"led", "ran", "built"}
            if first_person_present and not verb.endswith("s"):
                verb = verb + ("es" if verb.endswith(("ch", "sh", "s", "x")) else "s")
            return f"{verb[:1].upper()}{verb[1:]} {obj}"
    return ""


def add_positions(sentence: str, name: str | None, known_schools: set[str], found: Found) -> None:
    """Add to ``found`` each employer named with "at ..." or "joined ...", the promotions the sentence
    states, and a titled role "in <place>" without an employer."""
    mentions = sorted(
        [(m, "at") for m in _AT.finditer(sentence)] + [(m, "joined") for m in _JOINED.finditer(sentence)],
        key=lambda pair: pair[0].start(),
    )
    anchors: list[tuple[int, int]] = []  # (where a mention ends, its index in found): promotions follow it
    previous_end = 0
    moved = _MOVED.search(sentence)
    for match, kind in mentions:
        org = clean_org(match.group("org"))
        segment, previous_end = sentence[previous_end : match.start()], match.end()
        if org.lower() in known_schools or SCHOOL.search(org):
            continue
        clause = clause_before(sentence, match.start())
        before, rest = sentence[: match.start()], sentence[match.end() :]
        joining = kind == "joined" or bool(_JOIN_VERB.search(clause))
        years = _years_after(rest, joining)
        if years == (None, None):
            years = _years_before(segment, joining)
        if kind == "at":
            title = title_from(clause, name)
            is_past = (
                bool(_PAST_CUES.search(clause) or _PAST_OPENERS.match(before))
                and not re.search(r"\b(?:is|am|I'm|I’m)\b", clause)
                and not (years[0] and not years[1])
            )
        else:
            as_title = _AS_TITLE.match(rest)
            title = (
                tidy_title(as_title.group("title")) if as_title and _short(as_title.group("title")) else ""
            )
            is_past = bool(
                years[1] or _PAST_OPENERS.match(before) or re.search(r"\b(?:previously|formerly)\b", clause)
            )
        if moved and match.end() == moved.end("org"):  # "moved from journalism at the Daily Ledger"
            title, is_past = tidy_title(moved.group("old")), True
        elif (
            moved
            and match.start() >= moved.end("new")
            and not sentence[moved.end("new") : match.start()].strip()
        ):
            title, is_past = tidy_title(moved.group("new")), False  # "... to growth at Brightpath"
        place = _IN_PLACE.match(rest)
        position = Position(
            title=title,
            company=org,
            location=place.group("place") if place else None,
            start=years[0],
            end=years[1],
            description=sentence,
        )
        anchors.append((match.end(), len(found)))
        found.append((position, not is_past))
    _add_promotions(sentence, anchors, found, bool(mentions))
    if moved and not re.match(r"\s+at\b", sentence[moved.end("new") :]):  # "... to growth." (no employer)
        found.append((Position(title=tidy_title(moved.group("new")), company="", description=sentence), True))
    _add_unplaced_roles(sentence, found)
    # "eight years as a high-school history teacher in São Paulo": a role without an employer named.
    for match in re.finditer(
        rf"\bas\s+(?:a|an)\s+(?P<title>[a-z][^,;:()]*?)\s+in\s+(?P<place>{PLACE})", sentence
    ):
        if " at " in match.group("title") or len(match.group("title").split()) > 6:
            continue
        # A current role almost always names its employer; without one, only a present-tense cue
        # ("I'm", "currently") makes it current.
        is_past = not _PRESENT_CUES.search(clause_before(sentence, match.start()))
        position = Position(
            title=tidy_title(match.group("title")),
            company="",
            location=match.group("place"),
            description=sentence,
        )
        found.append((position, not is_past))


def _add_unplaced_roles(sentence: str, found: Found) -> None:
    """ "spent a decade as a secondary-school physics teacher before ...": a role, employer not named."""
    for match in _AS_ROLE.finditer(sentence):
        words = match.group("title").lower().split()
        if not _ROLE_NOUNS.intersection(words) or {"at", "in", "with", "for", "from"} & set(words):
            continue
        if any(p.title.lower() == " ".join(words) for p, _ in found):
            continue  # "joined Globex as a senior data engineer": already the role at Globex
        is_past = not _PRESENT_CUES.search(clause_before(sentence, match.start()))
        found.append(
            (Position(title=tidy_title(match.group("title")), company="", description=sentence), not is_past)
        )


def _short(title: str) -> bool:
    return len(title.split()) <= 8 and not _PAST_OR_VERB_ONLY.fullmatch(title)


def _add_promotions(sentence: str, anchors: list[tuple[int, int]], found: Found, named: bool) -> None:
    """ "joined Globex in 2019 as a senior data engineer and became director in 2022": a second role at
    the same company from 2022, and the first one ends in 2022. A sentence that names no employer
    ("She was promoted to director in 2022.") continues the role named last."""
    for match in _PROMOTED.finditer(sentence):
        title = match.group("title").strip()
        words = title.lower().split()
        if len(words) > 6 or not _ROLE_NOUNS.intersection(words):
            continue
        earlier = [index for end, index in anchors if end <= match.start()]
        if earlier:
            index = earlier[-1]
        elif not named and found and found[-1][0].company:
            index = len(found) - 1
        else:
            continue
        previous, _ = found[index]
        if previous.title.lower() == tidy_title(title).lower():
            continue  # "became director" restating the role already named
        year = match.group("year")
        if year and not previous.end and (not previous.start or previous.start <= year):
            previous.end = year
        found[index] = (previous, False)
        promoted = Position(
            title=tidy_title(title),
            company=previous.company,
            location=previous.location,
            start=year,
            description=sentence,
        )
        anchors.append((match.end(), len(found)))
        found.append((promoted, True))


def _years_after(rest: str, joining: bool) -> tuple[str | None, str | None]:
    """ "since 2021" -> ("2021", None); "from 2014 to 2018" / "(2014-2018)" -> ("2014", "2018"); after a
    joining verb, "in 2019" -> ("2019", None)."""
    head = re.split(r"[.;]", rest[:40])[0]
    if match := _SINCE.search(head):
        return match.group(1), None
    if match := _RANGE.search(head):
        return _range(match)
    if joining and (match := re.match(rf"^\s*,?\s*in\s+({YEAR})\b", rest)):
        return match.group(1), None
    return None, None


def _years_before(segment: str, joining: bool) -> tuple[str | None, str | None]:
    """Years stated ahead of the employer: "Since 2021, she has led ... at", "From 2014 to 2018 she was
    ... at", "In 2019 she joined"."""
    if match := _SINCE_BEFORE.search(segment):
        return match.group(1), None
    if (match := _RANGE.search(segment)) and (
        re.match(r"^\(?(?:from|between)\b", match.group(0), re.IGNORECASE)
        or not segment[: match.start()].strip()
    ):
        return _range(match)
    if joining and (match := _IN_YEAR_BEFORE.search(segment)):
        return match.group(1), None
    return None, None


def _range(match: re.Match[str]) -> tuple[str | None, str | None]:
    end = match.group(2)
    return match.group(1), (end if end[:1].isdigit() else None)


def merge_positions(found: Found) -> list[Position]:
    """Current roles first (in text order), then past ones; the same role named twice is kept once."""
    entries: list[tuple[Position, bool]] = []
    for position, current in found:
        index = next(
            (i for i, (kept, now) in enumerate(entries) if _same_role(kept, now, position, current)), None
        )
        if index is None:
            entries.append((position, current))
            continue
        kept, kept_current = entries[index]
        entries[index] = (_combine(kept, position), kept_current or current)
    past = _newest_first([p for p, current in entries if not current])
    return [p for p, current in entries if current] + past


def _newest_first(past: list[Position]) -> list[Position]:
    """Dated past roles at one company newest first ("joined as analyst, became manager in 2020, director
    in 2022"), each company's roles keeping the places the text gave them."""
    out = list(past)
    for company in {p.company.lower() for p in past if p.company}:
        slots = [i for i, p in enumerate(out) if p.company.lower() == company and p.start]
        newest = sorted((out[i] for i in slots), key=lambda p: p.start or "", reverse=True)
        for slot, position in zip(slots, newest, strict=True):
            out[slot] = position
    return out


def _same_role(kept: Position, kept_current: bool, new: Position, new_current: bool) -> bool:
    if kept.company.lower() != new.company.lower():
        return False
    if kept.title.lower() == new.title.lower():
        return True
    if not kept.company:
        return False
    if not kept.title or not new.title:
        return True
    # "leads the data platform team at Globex" and "became director" at Globex: one current role
    return kept_current and new_current and described(kept) != described(new)


def _combine(kept: Position, new: Position) -> Position:
    """Keep the job title over an untitled or described role, and the facts either mention had."""
    better = new.title and (not kept.title or (described(kept) and not described(new)))
    best, other = (new, kept) if better else (kept, new)
    best.location = best.location or kept.location or new.location
    best.start = best.start or other.start
    if described(other):
        best.description = other.description  # the sentence that says what the work is
    return best
