"""The job title a sentence states just before its employer, in English and the other languages résumés
and About sections come in: "is the Vice President, Treasury Payments Product at", "spent six years as a
product manager at", "Sou desenvolvedora backend na", "arbeite ich als Senior Product Manager bei",
"I'm Óscar Ibáñez, an Assistant Professor of Computer Science at".

The title is the words between the last linking word (is, was, as, now, soy, als, comme...) and the
employer, and must read as a title: role words (Engineer, Director, ingeniera, Leiterin) outweigh
company words, and it is short. Anything else is not a title: the role stays unnamed.
"""

from __future__ import annotations

import re

from infoview_ai.bio.plain.resume_lines import role_words
from infoview_ai.bio.plain.words import tidy_title
from infoview_ai.context import Position

_LINK = re.compile(
    r"(?:\b(?:is|was|am|are|been|became|becomes|become|becoming|as|named|appointed|now|currently|earlier|previously|and|"
    r"also|soy|fui|fue|era|es|sou|suis|est|étais|était|été|elle|il|auparavant|antes|bin|ist|war|ich|sie|er|"
    r"zuvor|vorher|davor|früher|heute|derzeit|aujourd['’]hui|actuellement|actualmente|hoy|als|como|comme|"
    r"que|seit\s+\d{4}|depuis\s+\d{4}|desde\s+\d{4})|I'm|I’m|,(?=\s+(?:a|an|the)\s)|"
    r"\b(?:von|de|from|desde|entre)\s+\d{4}\s+(?:bis|à|a|to|até|hasta|and|y)\s+\d{4})\s+",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:(?:a|an|the|un|una|um|uma|une|ein|eine|el|la|le|o|der|die|its|their)\s+)")
_CLAUSE_WORDS = re.compile(
    r"\b(?:where|who|which|when|while|that|after|before|since|she|he|they|we|has|have|had|spent|"
    r"joined|led|leads|runs|ran|at|in|for|as|with|on|en|chez|bei|na|em)\b|I['’]m\b|,\s+(?:a|an|the|and)\s|\band\s+(?:a|an|the)\s|[:;]"
)
_MAX_WORDS = 10
# "war sie fünf Jahre Postdoc", "fue durante tres años analista": how long, then the title
_DURATION = re.compile(
    r"^(?:(?:für|durante|pendant)\s+)?(?:\d+|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
    r"un|une|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)\s+(?:Jahre?n?|años?|ans?)\s+(?:lang\s+)?",
    re.IGNORECASE,
)
_WINDOW = 160
# "an adjunct lecturer in the civil engineering department at": the unit, then the employer
_UNIT_AFTER = re.compile(
    r"\s+in\s+the\s+[\w&'’ -]{1,60}?\b(?:department|school|faculty|program|programme|division|unit|office|"
    r"group|team|lab|laboratory|section|service)\s*$",
    re.IGNORECASE,
)


def stated_title(before: str) -> str:
    """The title stated at the end of ``before`` (the sentence up to "at <employer>"), or ""."""
    window = _UNIT_AFTER.sub(" ", before[-_WINDOW:])
    links = list(_LINK.finditer(window))
    for link in links[-3:]:  # the earliest of the last links gives the whole title ("co-founder and CEO")
        title = _ARTICLE.sub("", _DURATION.sub("", window[link.end() :].strip(" ,")))
        words = title.split()
        if not words or len(words) > _MAX_WORDS or _CLAUSE_WORDS.search(title) or "(" in title:
            continue
        if _LINK.match(title + " "):
            continue  # "now a Software Engineer I": the next link gives the title
        if role_words(title) > 0:
            return title
    return _opening_title(before) if not links else ""


_MAX_OPENING_WORDS = 7


def _opening_title(before: str) -> str:
    """A sentence that opens with the title and no subject: "Head of Growth at Acme Corp since 2019."."""
    title = _ARTICLE.sub("", before.strip())
    words = title.split()
    if not words or len(words) > _MAX_OPENING_WORDS or not title[:1].isupper():
        return ""
    if _CLAUSE_WORDS.search(title) or re.search(r"[,(|·@]", title):
        return ""  # "Jane Doe, Head of Growth": a name and a title, read elsewhere
    return title if role_words(title) > 0 else ""


# "... from the Halvorsen Institute, where she was a Senior Research Scientist from 2015 to 2020"
_WHERE_TITLE = re.compile(
    r"^,?\s+where\s+(?:(?:she|he|they|I|we)\s+(?:was|is|am|has\s+been|had\s+been|served\s+as|serves\s+as|"
    r"(?:worked|works|started|began)(?:\s+(?:from|in|since)\s+(?:19|20)\d\d)?\s+as)|I['’]m)\s+"
    r"(?:(?:a|an|the)\s+)?(?P<title>[^,;:()]{2,80}?)"
    r"(?=\s+(?:from|since|in|for|until|and|before|after|where|when|who|on|responsible|leading|overseeing|"
    r"working|with)\b|[,.;:()]|$)"
)


def where_title(after: str) -> str:
    """The title a "where she was ..." clause right after an employer states, or ""."""
    match = _WHERE_TITLE.match(after)
    if not match:
        return ""
    title = match.group("title").strip()
    return title if len(title.split()) <= _MAX_WORDS and role_words(title) else ""


# What a sentence puts before a title: "I've been the Teen Services Librarian", "Also director of ..."
_LEAD_IN = re.compile(
    r"^(?:(?:I['’]ve\s+been|I['’]m|I\s+am|I\s+was|she\s+is|he\s+is|they\s+are|has\s+been|have\s+been|"
    r"been|also|now|currently|today)\s+)+(?:(?:a|an|the)\s+)?",
    re.IGNORECASE,
)
_LAST_AS = re.compile(r"^.*\s(?:als|as|como|comme)\s+(?:(?:a|an|the|un|una|une|ein|eine)\s+)?", re.IGNORECASE)


_CLAUSE_BEFORE = re.compile(r"^.*,\s+(?:I|she|he|they)\s+(?:was|am|is|were|became)\s+(?:(?:a|an|the)\s+)?")
_GROUP_AFTER = re.compile(r"\s+in\s+the\s+(?=[A-Z])")  # "Principal Biostatistician in the Oncology ... Group"


def clean_title(title: str) -> str:
    """The title alone: no lead-in ("I've been the"), nothing before a last "as"/"als" or a clause
    ("Counselor, I was a teacher" -> "teacher"), no team after it ("in the Oncology Group")."""
    title = _LAST_AS.sub("", title) if re.search(r"\s(?:als|as|como|comme)\s", title) else title
    title = _GROUP_AFTER.split(_CLAUSE_BEFORE.sub("", title))[0]
    cleaned = _LEAD_IN.sub("", title).strip()
    return tidy_title(cleaned) if cleaned else title


ON_WHAT = re.compile(r"\s+on\s+(?:the\s+)?(?=[A-Z])")  # "Captain on the Embraer 175": the title is "Captain"


# Verbs that describe the work itself; "I build X at Y" -> title "Builds X" (the words as written).
ACTION_VERBS = frozenset(
    "lead leads led run runs ran head heads headed manage manages managed build builds built design designs "
    "designed direct directs directed oversee oversees oversaw teach teaches taught research researches "
    "researched coach coaches coached develop develops developed own owns owned".split()
)
_IRREGULAR_PASTS = frozenset({"led", "ran", "built", "taught", "oversaw", "owned"})


def described(position: Position) -> bool:
    """True when the title is the work as written ("Leads the data platform team"), not a job title."""
    first = position.title.split()[0].lower() if position.title else ""
    # "Leads ...", "Led ...", "Built ...": a verb as written; "Head of ...", "Lead Engineer" are titles
    return first in ACTION_VERBS and (first.endswith(("s", "ed")) or first in _IRREGULAR_PASTS)
