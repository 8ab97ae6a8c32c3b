"""Parse the user's free-form notes from an informational interview.

Notes arrive as markdown bullets, plain lines or paragraphs, labelled ("Advice: ...", "## Next steps")
or not. Each item lands in one bucket: advice, resources, people (introductions offered or contacts
suggested), the user's own actions, results (for a report-back), or other. Nothing is invented: every
item is the user's own text, trimmed of bullets and labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from infoview_ai.dates import MONTH_NAMES
from infoview_ai.engines.offline.after_call.labels import BULLET, HEADING, LABELLED, LABELS
from infoview_ai.language import IMPERATIVES, first_word, split_sentences


@dataclass(frozen=True)
class Introduction:
    """A person the professional suggested the user contact, or offered to introduce."""

    name: str  # as written in the notes: "Priya" or "Priya Shah"
    detail: str = ""  # a short qualifier after the name, pronouns as written: "on her team"
    offered: bool = False  # True when the professional offered to make the introduction
    text: str = ""  # the whole note item


@dataclass(frozen=True)
class Action:
    """Something the user said they will do."""

    text: str  # the item as written (bullet and label removed)
    phrase: str | None = None  # a verb phrase that reads after "I'll ": "rebuild a demand forecast"
    suggested: bool = False  # their suggestion ("Suggested I join the Berlin chapter"), not the user's plan


@dataclass
class CallNotes:
    advice: list[str] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    people: list[Introduction] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    results: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)  # what they offered to do: "review my case study"
    call: list[str] = field(default_factory=list)  # logistics of the call itself: "30 min call on Tuesday"
    minutes: int | None = None  # how long the call was, when the notes say
    day: str | None = None  # the weekday of the call, when the notes say ("Tuesday")


# --- heuristics ----------------------------------------------------------------------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NOT_NAMES = (
    set(_WEEKDAYS)
    | set(MONTH_NAMES)
    | {
        "I",
        "The",
        "A",
        "An",
        "My",
        "Her",
        "His",
        "Their",
        "Our",
        "Your",
        "Him",
        "Them",
        "Me",
        "HR",
        "LinkedIn",
        "Someone",
        "Anyone",
        "Recruiting",
        "Recruiters",
        "Team",
        "Everyone",
    }
)
_NAME = r"[A-Z][a-z\u00e0-\u024f]+(?:[-'][A-Z]?[a-z\u00e0-\u024f]+)?"
_PEOPLE = re.compile(
    r"\b(?i:talk(?:ing)?\s+(?:to|with)|speak(?:ing)?\s+(?:to|with)|chat(?:ting)?\s+with|reach(?:ing)?\s+out\s+to"
    r"|get\s+in\s+touch\s+with|contact(?:ing)?|connect(?:ing)?(?:\s+me)?\s+(?:with|to)|introduc\w*(?:\s+me)?"
    r"(?:\s+to)?|intro(?:\s+me)?\s+to|put\s+me\s+in\s+touch\s+with|e-?mail(?:ing)?|ping|meet(?:ing)?"
    r"|message|follow\s+up\s+with|cc)\s+"
    rf"(?P<name>{_NAME}(?:\s+{_NAME})?)(?!['\u2019]s)\b"
)
_OFFERED = re.compile(
    r"\b(?:offer\w*|will|'ll|\u2019ll|can|could|happy\s+to|promised)\b.{0,30}?\b(?:introduc|intro\b|connect\s+me"
    r"|put\s+me\s+in\s+touch|cc\b)",
    re.IGNORECASE,
)
_DETAIL = re.compile(r"^[,(]?\s*((?:on|from|in|at|who|about)\b[^.;:(),]{1,60})")

_ACTION_PREFIX = re.compile(
    r"^(?:I['\u2019]ll|I\s+will|I['\u2019]m\s+going\s+to|I\s+am\s+going\s+to|I\s+plan\s+to|I['\u2019]m\s+planning\s+to"
    r"|I\s+want\s+to|I\s+need\s+to|I\s+have\s+to|I\s+must|I\s+intend\s+to|I['\u2019]d\s+like\s+to|going\s+to"
    r"|plan\s+to|will|(?:my\s+)?next\s+step(?:\s+is)?(?:\s+to)?\s*:?|to\s*-?\s*do\s*:?|todo\s*:?)\s+",
    re.IGNORECASE,
)
_RESULT = re.compile(
    r"^(?:since\s+(?:the|our)\s+call\b|I['\u2019]ve\s+(?:now\s+)?(?:finished|built|rebuilt|"
    r"done|completed|started|read|sent|met|spoken|talked|published|shipped))",
    re.IGNORECASE,
)
_RESOURCE = re.compile(
    r"\b(?:read|reading|book|books|textbook|course|courses|class|podcast|newsletter|blog|website|article|"
    r"paper|certification|certificate|cert|mooc|coursera|edx|udemy|youtube|webinar|conference|meetup|"
    r"association|journal|subreddit|slack|discord)\b|https?://|www\.|\*[^*]+\*|\"[^\"]{3,}\"",
    re.IGNORECASE,
)
# the words that name a resource outright, quotations and italics aside ("read" alone is often the verb
# of what they said: "hiring committees read the first line only")
_RESOURCE_WORD = re.compile(
    r"\b(?:book|books|textbook|course|courses|podcast|newsletter|blog|website|article|paper|certification|"
    r"certificate|cert|mooc|coursera|edx|udemy|youtube|webinar|conference|meetup|journal|subreddit|slack|"
    r"discord)\b|https?://|www\.|\b(?:said|says|told\s+me|recommended)\s+(?:to\s+|I\s+)?(?:read|check\s+out|"
    r"listen\s+to|take|join|follow|watch)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
_SAID = re.compile(
    r"^(?:(?:she|he|they|[A-Z][a-z\u00e0-\u024f]+)\s+)?(?:(?:also|really)\s+)?(?:said|says|stressed|thinks|"
    r"believes|told\s+me|pointed\s+out|explained|noted|warned)\b",
    re.IGNORECASE,
)
_META = re.compile(
    r"\b(?:call|chat|meeting|conversation|coffee|spoke|talked|zoom|interview)\b", re.IGNORECASE
)
_MINUTES = re.compile(r"\b(\d{1,3})\s*-?\s*(?:min|mins|minutes?)\b", re.IGNORECASE)
_ADVICE_WORDS = re.compile(
    r"\b(?:should|recommend\w*|suggest\w*|advi[cs]\w*|tip|key\s+is|important|make\s+sure|don['\u2019]t|do\s+not"
    r"|never|always|avoid|focus|biggest\s+mistake|(?:she|he|they)\s+(?:said|says|thinks|believes|told|stressed)"
    r"|worth|matters?|better\s+to|best\s+way|is\s+key|crucial|essential|critical|said|says|told\s+me"
    r"|stressed|advised)\b",
    re.IGNORECASE,
)
# "She said that ...", "advised me:": who said it, before what they said (advice quotes what follows).
ATTRIBUTION = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:(?:also|really|strongly)\s+)?(?:said|says|thinks|believes|stressed|"
    r"emphasi[sz]ed|mentioned|told\s+me|recommended|recommends|suggested|suggests|advised|"
    r"pointed\s+out|noted|explained)(?:\s+me)?(?:\s+that)?[\s:,]+",
    re.IGNORECASE,
)
_SAID_QUOTE = re.compile(
    r"^(?:(?:she|he|they|[A-Z][a-z]+)\s+)?(?:(?:also|really)\s+)?(?:said|says|stressed|told\s+me)[\s:,]+[\"\u201c]",
    re.IGNORECASE,
)
_RESOURCE_LEAD = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:(?:recommended|suggested|mentioned|pointed\s+me\s+to|told\s+me\s+to)\s+)?"
    r"(?:(?:start\s+)?(?:reading|read|taking|take|listening\s+to|listen\s+to|checking\s+out|check\s+out|"
    r"looking\s+at|look\s+at|following|follow|joining|join|watching|watch|try)\s+)?(?:the\s+book\s+)?",
    re.IGNORECASE,
)


def parse_call_notes(text: str, person_first_name: str | None = None) -> CallNotes:
    """Sort the user's notes from the call into advice, resources, people, actions, results and other.

    A heading ("## Advice", "Next steps:") labels the bullets and indented lines under it; a labelled line
    ("Read: Chopra") labels itself; everything else is sorted by wording, sentence by sentence.
    """
    notes = CallNotes()
    section: str | None = None
    for raw_line in text.replace("\r\n", "\n").split("\n"):
        line = raw_line.strip()
        if not line:
            continue
        if heading := HEADING.match(line):
            section = LABELS[heading.group(1).lower()]
            continue
        nested = bool(BULLET.match(line)) or raw_line[:1].isspace()
        line = BULLET.sub("", line).strip()
        if not nested:
            section = None
        bucket = section
        if labelled := LABELLED.match(line):
            bucket, line = LABELS[labelled.group(1).lower()], labelled.group(2).strip().strip("*").strip()
            if not line:
                section = bucket
                continue
        items = [line] if bucket else _split(line)
        for item in items:
            _add(notes, item.strip(), bucket, person_first_name)
    return notes


def _add(notes: CallNotes, item: str, bucket: str | None, first_name: str | None) -> None:
    item = item.strip().rstrip()
    if not item or not re.search(r"\w", item):
        return
    _note_meta(notes, item)
    if item.endswith(":") and bucket is None:
        return  # "Notes from my chat with Kofi:": a header over the notes, not a note
    intro = _introduction(item)
    if intro and first_name and intro.name.split()[0] == first_name:
        intro = None  # the professional themselves ("my chat with Kofi"), never an introduction
    if intro and all(p.name != intro.name for p in notes.people):
        notes.people.append(intro)
    elif not intro and notes.people and _OFFERED.search(item) and re.search(r"\b(?:us|you two|me)\b", item):
        # "Talk to Priya on her team. Lena offered to introduce us."
        notes.people[-1] = replace(notes.people[-1], offered=True)
        return
    if not intro and (offer := _OFFER.match(item)):
        # "offered to forward my resume to their hiring manager": "their" is the professional's side
        notes.offers.append(re.sub(r"\btheir\b", "your", offer.group("what").strip().rstrip(".!")))
        return
    if not intro and (offer := _WILL_INTRODUCE.match(item)):
        # "They'll intro me to their old colleague": an offer, and "their" is the professional's own
        what = re.sub(r"^intro\b", "introduce", offer.group("what").strip().rstrip(".!"))
        if offer.group("who").lower() == "they":
            what = re.sub(r"\btheir\b", "your", what)
        notes.offers.append(what)
        return
    if not intro and bucket in (None, "advice", "other") and (tip := _SUGGESTED_STEP.match(item)):
        notes.actions.append(Action(item, tip.group("step").strip().rstrip(".!"), suggested=True))
        return
    if bucket is None:
        bucket = _classify(item, intro is not None, first_name)
    if bucket == "people" and not intro:
        name = re.search(_NAME, item)
        if name and name.group(0) not in _NOT_NAMES:
            rest = item[name.end() :]
            notes.people.append(Introduction(name.group(0), _detail(rest), bool(_OFFERED.search(item)), item))
        else:
            notes.other.append(item)
        return
    if bucket == "actions":
        notes.actions.append(_action(item))
    elif bucket == "resources":
        for part in _RESOURCE_AND.split(
            _SHORT_LABEL.sub("", item, count=1)
        ):  # "book rec: X", "X, and look at Y"
            notes.resources.append(resource_name(part, first_name))
    elif bucket in ("advice", "results", "other", "call"):
        getattr(notes, bucket).append(_SHORT_LABEL.sub("", item, count=1) if bucket != "call" else item)


_WHO = r"(?:(?:she|he|they|[A-Z][a-z\u00e0-\u024f]+)\s+)?(?:(?:also|kindly|even)\s+)?"
_OFFER = re.compile(rf"^{_WHO}offered\s+to\s+(?P<what>.+)$", re.IGNORECASE)
_WILL_INTRODUCE = re.compile(
    r"^(?P<who>she|he|they)\s*(?:['\u2019]ll|\s+will|\s+can|\s+could)\s+(?:happily\s+)?"
    r"(?P<what>(?:intro(?:duce)?|connect|put)\s+me\b.+)$",
    re.IGNORECASE,
)
_STEP_VERBS = (
    r"join|attend|apply|volunteer|enter|sign\s+up|go|visit|enrol|enroll|register|submit|present|speak|"
    r"write|build|start|take|try|shadow|contact|reach\s+out"
)
_SUGGESTED_STEP = re.compile(
    rf"^{_WHO}(?:suggested|recommended|advised|told\s+me|encouraged\s+me)\s+(?:that\s+)?(?:I\s+|me\s+to\s+|to\s+)?"
    rf"(?P<step>(?:{_STEP_VERBS})\b.+)$",
    re.IGNORECASE,
)
_RESOURCE_AND = re.compile(
    r",?\s+and\s+(?=(?:look\s+at|read|check\s+out|listen\s+to|try|join|follow|watch|take)\b)", re.IGNORECASE
)
# "biggest surprise: stakeholders matter more": a label of the user's own before what was said
_SHORT_LABEL = re.compile(r"^(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*:\s+(?=\S)")
_ASIDE = re.compile(r'\([^()]*\)|\u201c[^\u201c\u201d]*\u201d|"[^"\n]*"')  # parentheses, quotations


def _split(line: str) -> list[str]:
    """Sentences of a note line; a "!" or "." inside parentheses ("users (patients!) and ...") or inside a
    quotation ('she said "ship it." then ...', 'from "is it true?" to ...') ends none. A quotation that
    closes its sentence ('"Learn the process first." Then the data.') still does."""

    def mask(m: re.Match) -> str:
        text = m.group(0)
        rest = line[m.end() :]
        keep_last = text.startswith('"') and re.match(r"^\s*$|^\s+[A-Z]", rest) and text[-2:-1] in ".!?"
        inner = text[:-2] if keep_last else text
        masked = inner.replace(".", "\x00").replace("!", "\x01").replace("?", "\x02")
        return masked + text[len(inner) :]

    masked = _ASIDE.sub(mask, line)
    return [p.replace("\x00", ".").replace("\x01", "!").replace("\x02", "?") for p in split_sentences(masked)]


def _classify(item: str, has_intro: bool, first_name: str | None) -> str:
    words = item.split()
    if _META.search(item) and len(words) <= 12 and (_MINUTES.search(item) or _weekday(item)):
        return "call"
    if _RESULT.match(item):
        return "results"
    if _ACTION_PREFIX.match(item) and not re.match(r"^I\s+should\b", item, re.IGNORECASE):
        return "actions"
    if has_intro:
        return "people"
    if _SAID_QUOTE.match(item):
        return "advice"  # 'She said: "Learn the process first."': their words in quotes, not a title
    if _SAID.match(item) and not _RESOURCE_WORD.search(_QUOTED.sub("", item)):
        return "advice"  # 'He said the shift was from "is it true?" to ...': a quoted remark, not a title
    if _RESOURCE.search(item):
        return "resources"
    stripped = ATTRIBUTION.sub("", item, count=1) if ATTRIBUTION.match(item) else item
    lead = first_word(stripped)
    if stripped != item and re.match(r"^[A-Z]", stripped) and lead.lower() not in IMPERATIVES and lead != "I":
        return "resources"  # "She recommended Chopra's Supply Chain Management"
    if first_word(item).lower() in IMPERATIVES or _ADVICE_WORDS.search(item):
        return "advice"
    return "other"


def _note_meta(notes: CallNotes, item: str) -> None:
    if not _META.search(item) or len(item.split()) > 12:
        return
    if notes.minutes is None and (m := _MINUTES.search(item)):
        notes.minutes = int(m.group(1))
    elif notes.minutes is None and re.search(r"\bhalf[\s-]an?\s+hour\b|\bhalf-hour\b", item, re.IGNORECASE):
        notes.minutes = 30
    if notes.day is None and (day := _weekday(item)):
        notes.day = day


def _weekday(item: str) -> str | None:
    for day in _WEEKDAYS:
        if re.search(rf"\b{day}\b", item, re.IGNORECASE):
            return day
    return None


def _introduction(item: str) -> Introduction | None:
    for match in _PEOPLE.finditer(item):
        names = match.group("name").split()
        while names and names[-1] in _NOT_NAMES:
            names.pop()
        if not names or names[0] in _NOT_NAMES:
            continue
        name = " ".join(names)
        rest = item[match.start("name") + len(name) :]
        return Introduction(name, _detail(rest), bool(_OFFERED.search(item)), item)
    return None


def _detail(rest: str) -> str:
    m = _DETAIL.match(rest.strip())
    if not m:
        return ""
    detail = m.group(1).strip().rstrip(",")
    return detail if len(detail.split()) <= 8 else ""


def _action(item: str) -> Action:
    m = _ACTION_PREFIX.match(item)
    phrase = item[m.end() :] if m else item
    if own := re.match(
        r"^I\s+(?!(?:am|was|have|had|did|do|got|sent|went|met|made|took|wrote)\b)"
        r"(?P<rest>[a-z]\w+(?<!ed)\b.+)$",
        phrase,
    ):
        phrase = own.group("rest")  # "next step: I send a draft by the 15th" -> "send a draft by the 15th"
    if not m and re.match(r"^I\b", phrase):
        return Action(item, None)
    phrase = phrase.strip().rstrip(".!")
    word = first_word(phrase)
    if word and word != "I" and word[0].isupper() and word[1:] == word[1:].lower():
        phrase = phrase[0].lower() + phrase[1:]  # "Rebuild the forecast" under "Next steps"
    return Action(item, phrase or None)


def resource_name(item: str, first_name: str | None = None) -> str:
    """The book, course or site an item names: "She recommended reading Chopra's SCM" -> "Chopra's SCM"."""
    name = _RESOURCE_LEAD.sub("", item.strip(), count=1).strip().rstrip(".")
    if name.count("*") % 2:  # "*Lean Analytics*." lost its first star with a label's bold markers
        name = name.replace("*", "").strip()
    if first_name:
        name = re.sub(rf"^{re.escape(first_name)}\s+(?:recommended|suggested|mentioned)\s+", "", name)
    return name or item.strip().rstrip(".")
