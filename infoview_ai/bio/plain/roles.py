"""Roles in a plain bio's sentences: employer, title, the years the text states, and promotions.

"leads the data platform team at Globex", "joined Globex in 2019 as a senior data engineer and became
director in 2022", "an analyst at Initech from 2014 to 2018". A year is only ever copied from the text: a
role whose dates are not stated keeps start and end None.
"""

from __future__ import annotations

import re

from infoview_ai.bio.plain.resume_lines import role_score
from infoview_ai.bio.plain.role_merge import Found
from infoview_ai.bio.plain.service_roles import add_service_roles
from infoview_ai.bio.plain.stated_titles import ACTION_VERBS, ON_WHAT, clean_title, stated_title, where_title
from infoview_ai.bio.plain.stated_years import years_after, years_before
from infoview_ai.bio.plain.words import MAX_SENTENCE, ORG, PLACE, YEAR, clause_before, clean_org, tidy_title
from infoview_ai.bio.text import SCHOOL
from infoview_ai.context import Position

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
_IN_PLACE = re.compile(rf"^\s+in\s+(?![^\W\d_]+\.?\s+(?:19|20)\d\d)(?P<place>{PLACE})")  # not "in March 2020"
_PAST_CUES = re.compile(
    r"\b(?:was|were|spent|worked|served|led|ran|managed|built|taught|held|previously|before|earlier|"
    r"former|formerly|used to|had|war|waren|zuvor|vorher|davor|früher|ehemals|arbeitete|leitete|"
    r"était|étais|avant|auparavant|antes|anteriormente|fue|fui|era|trabajó)\b|\b\w+ed\b",
    re.IGNORECASE,
)
_PRESENT_CUES = re.compile(
    r"\b(?:is|am|are|currently|now|today|ist|bin|seit|heute|derzeit|est|es|soy)\b|I'm|I’m", re.IGNORECASE
)
_PAST_OPENERS = re.compile(r"^\s*(?:before|previously|earlier|formerly|prior to|until)\b", re.IGNORECASE)
_AT = re.compile(rf"\bat\s+(?:the\s+)?(?P<org>{ORG})")
# Other words that lead to an employer: only with a stated title ("Chief of Staff for the Office of the
# Mayor", "CEO of Quillstack", "ingeniera de datos en Mercalia", "Product Manager bei Fahrwerk").
# A lookahead, so that "for the Office of the Mayor" is found inside "of Staff for the Office ...".
_FOR = re.compile(
    rf"(?=(?P<all>\b(?:for|of|in|with|from|to|en|na|no|em|chez|bei|beim|am|à|pour|para|con|com|bij|de la|del|"
    rf"de)\s+(?:(?:the|la|el|le|der|die|dem|den|des|o|a)\s+)?(?P<org>{ORG})))"
)
_NESTED = re.compile(r"\s(?:for|at|in)\s")  # "Staff for the Office": a title's words, then the employer
_LATER_AT = re.compile(rf"^[^.;]{{0,60}}?\s(?:at|chez|bei|beim|am)\s+(?:(?:the|der|dem|den|des)\s+)?{ORG}")


class _Mention:
    """An employer named after "for", "of", "chez"...: the span and the name, as a match would give."""

    def __init__(self, match: re.Match[str]) -> None:
        self._start, self._end, self._org = match.start(), match.end("all"), match.group("org")

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, name: str) -> str:
        return self._org


def _for_mentions(sentence: str) -> list[_Mention]:
    found: list[_Mention] = []
    for match in _FOR.finditer(sentence):
        if found and match.start() < found[-1].end():
            continue  # "of Whitford Bay" inside "with the Town of Whitford Bay"
        rest = sentence[match.end("all") :]
        if _NESTED.search(match.group("org")) or _NEXT_ORG.match(rest):
            continue
        if match.group("all").startswith("de") and re.match(r"^\s+(?:en|at|na|no|em|chez|bei)\s+[A-Z]", rest):
            continue  # "analista de BI en Rastro Seguros": "de BI" is the title's
        if match.group("all").startswith("in ") and role_score(match.group("org")) >= 0:
            continue  # "a teacher in Montreal": a place; "an analyst in the Department of Transportation"
        if (later := _LATER_AT.match(rest)) and not re.search(r"\b(?:where|which|who)\b", later.group(0)):
            continue  # "Director of Research, Clinical AI at Lanternfish": "of Research" is the title's
        found.append(_Mention(match))
    return found


# not "in Hamburg": a place
_NEXT_ORG = re.compile(rf"^\s+(?:at|for|chez|bei|beim|am|na|em)\s+(?:(?:the|der|dem|den|des)\s+)?{ORG}")
_JOINED = re.compile(  # "joined Globex", "Before founding Quillstack in 2019", "Before joining Easterly"
    rf"\b(?:(?:re)?join(?:ed|ing)|found(?:ed|ing)|co-found(?:ed|ing))\s+(?:the\s+)?(?P<org>{ORG})"
)
_JOIN_VERB = re.compile(
    r"\b(?:joined|joining|started|began|arrived|was hired|came|founded|founding|co-founded)\b", re.IGNORECASE
)
# "joined Globex in 2019 as a senior data engineer and ..."
_AS_TITLE = re.compile(
    rf"^(?:\s+in\s+{YEAR})?,?\s+(?:(?:most\s+recently|latterly|finally|eventually|later|first)\s+)?as\s+"
    r"(?:(?:a|an|the|its)\s+)?(?P<title>[^,;:()]+?(?:,\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?)"
    r"(?=\s+(?:and|in|after|before|where|when|while|but|with|on|for|to)\b|[,.;:()]|$)"
)
_PROMOTED = re.compile(
    r"\b(?:became|upgraded\s+to|advanced\s+to|now\s+works?\s+as|was\s+promoted\s+to|got\s+promoted\s+to|was\s+(?:later|then|soon|eventually)\s+named|rose\s+to|moved\s+up\s+to|stepped\s+up\s+to|was\s+named"
    r"|took\s+over\s+as)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?P<title>[^,;:()]+?)"
    rf"(?:\s+in\s+(?P<year>{YEAR}))?(?=\s+(?:in|after|before|when|where|while|and|but|at|with|on|for|there)\b"
    r"|[,.;:]|$)"
)
_TITLE_TO_YEAR = re.compile(rf"(?P<title>[^,;:()]+?)\s+in\s+(?P<year>{YEAR})\b")
_NEW_EMPLOYER = re.compile(r"\s+(?:at|with|for|chez|bei)\s+(?:the\s+)?[A-Z]")
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

_ABBREVIATED_SUFFIXES = frozenset({"Co", "Inc", "Ltd", "Corp", "Bros", "Ltda", "Cia"})


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
    sentence = sentence[:MAX_SENTENCE]
    mentions = sorted(
        [(m, "at") for m in _AT.finditer(sentence)]
        + [(m, "joined") for m in _JOINED.finditer(sentence)]
        + [(m, "for") for m in _for_mentions(sentence)],
        key=lambda pair: pair[0].start(),
    )
    anchors: list[tuple[int, int]] = []  # (where a mention ends, its index in found): promotions follow it
    previous_end = 0
    moved = _MOVED.search(sentence)
    advised = [m.span("orgs") for m in _ADVISES.finditer(sentence)]
    _add_advised(sentence, found)
    for match, kind in mentions:
        if any(start <= match.start() < end for start, end in advised):
            continue
        org = clean_org(match.group("org"))
        if not any(ch.isalpha() for ch in org):
            continue  # "in 2018" is a year, not an employer
        if sentence[match.end() : match.end() + 1] == "." and org.split()[-1] in _ABBREVIATED_SUFFIXES:
            org += "."  # "Redfern Outdoor Co."
        segment = sentence[previous_end : match.start()]
        before, rest = sentence[: match.start()], sentence[match.end() :]
        stated = tidy_title(stated_title(before) or where_title(rest)) if kind != "joined" else ""
        stated = ON_WHAT.split(stated)[0]
        if kind == "for" and not stated:
            continue
        previous_end = match.end()
        if (org.lower() in known_schools or SCHOOL.search(org)) and not stated:
            continue
        clause = clause_before(sentence, match.start())
        joining = kind == "joined" or bool(_JOIN_VERB.search(clause))
        years = years_after(rest, joining)
        if years == (None, None):
            years = years_before(segment, joining)
        if kind != "joined":
            as_title = _AS_TITLE.match(rest)  # "interned at Ledgerly as a Software Engineering Intern"
            title = stated or _not_a_study(
                tidy_title(as_title.group("title"))
                if as_title and _short(as_title.group("title")) and not title_from(clause, name)
                else title_from(clause, name)
            )
            is_past = bool(years[1]) or (  # "2017 to 2022, as a senior planner": ended, whatever the verb
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
        title = clean_title(ON_WHAT.split(title)[0])
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
    add_service_roles(sentence, found)  # "a Captain in the U.S. Marine Corps": before the unplaced roles
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


# "an advisor to two start-ups, Brightmoor Health and Tallyho": one role at each
_ADVISES = re.compile(
    r"\b(?P<title>advis[oe]r|mentor|investor|consultant)s?\s+to\s+(?:[\w-]+\s+){0,3}?"
    r"(?:start-?ups|companies|firms|organi[sz]ations|founders|brands|teams|non-?profits)"
    r"(?:\s*,\s*|\s+(?:including|such as)\s+|:\s*)"
    rf"(?P<orgs>{ORG}(?:\s*,\s*{ORG}){{0,4}}(?:,?\s+and\s+{ORG})?)"
)


def _add_advised(sentence: str, found: Found) -> None:
    for match in _ADVISES.finditer(sentence):
        is_past = not _PRESENT_CUES.search(clause_before(sentence, match.start()) + match.group(0))
        for org in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("orgs")):
            if org.strip():
                title = tidy_title(match.group("title"))
                found.append((Position(title=title, company=org.strip(), description=sentence), not is_past))


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


def _not_a_study(title: str) -> str:
    """ "Graduate of the United States Military Academy" is a school, not a job: no title."""
    return "" if re.match(r"(?:a\s+)?(?:graduate|alumn\w*|student)\b", title, re.IGNORECASE) else title


def _short(title: str) -> bool:
    return len(title.split()) <= 8 and not _PAST_OR_VERB_ONLY.fullmatch(title)


def _add_promotions(sentence: str, anchors: list[tuple[int, int]], found: Found, named: bool) -> None:
    """ "joined Globex in 2019 as a senior data engineer and became director in 2022": a second role at
    the same company from 2022, and the first one ends in 2022. A sentence that names no employer
    ("She was promoted to director in 2022.") continues the role named last."""
    for match in _PROMOTED.finditer(sentence):
        title, year = match.group("title").strip(), match.group("year")
        # "was named principal and director of structural engineering in 2022": the title runs to its year
        if not year and (to_year := _TITLE_TO_YEAR.match(sentence, match.start("title"))):
            if len(to_year.group("title").split()) <= 8:
                title, year = to_year.group("title").strip(), to_year.group("year")
        words = title.lower().split()
        if len(words) > 6 or not _ROLE_NOUNS.intersection(words):
            continue
        if _NEW_EMPLOYER.match(sentence, match.end()):
            continue  # "then became an associate planner at Kessler Planning": a role there, read as such
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
