"""The professional's advice, quoted back to them: which notes to quote, and in which form ("your advice to
learn SQL", "your point that planners trust a simple model")."""

from __future__ import annotations

import re

from infoview_ai.engines.offline.after_call.call_notes import ATTRIBUTION, CallNotes
from infoview_ai.language import (
    IMPERATIVES,
    addressed,
    addressed_clause,
    first_word,
    lower_first,
    to_first_person,
    without_final_stop,
)

_MAX_ADVICE_WORDS = 28


def advice_items(call: CallNotes, first_name: str | None) -> list[str]:
    """The advice to quote: labelled or recognised advice, else the user's other notes that state a point
    (not remarks about the person or the call, such as "She was very kind")."""
    items = list(call.advice) or [
        o
        for o in call.other
        if not re.match(r"^(?:she|he|they|i|we|it|the\s+call|our|my|her|his)\b", o, re.IGNORECASE)
        and len(o.split()) >= 4
    ]
    if not first_name:
        return items
    # "Lena said ..." reads like "She said ...": the attribution is dropped when quoting
    said = (
        r"(?=\s+(?:also\s+|really\s+|strongly\s+)?(?:said|says|thinks|believes|stressed|"
        r"emphasi[sz]ed|mentioned|recommended|suggested|advised|told))"
    )
    return [re.sub(rf"^{re.escape(first_name)}{said}", "she", a) for a in items]


_IMPORTANT = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:most\s+important|key|main|biggest|best|first)\s+"
    r"(?:thing|advice|lesson|point|step|move)?\s*(?:is|was|:)\s+",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(r"^(?:don['\u2019]t|do\s+not|never)\s+", re.IGNORECASE)


def _advice_form(item: str) -> tuple[str, str]:
    """("to" | "not to" | "never to" | "about" | "that", phrase) for one advice note."""
    # the advice itself, not the reason given after a semicolon or a dash
    first = re.split(r"\s*(?:;|\s[\u2013\u2014-]\s)\s*", item.strip())[0]
    text = to_first_person(_shorten(without_final_stop(first)))
    text = ATTRIBUTION.sub("", text)
    text = _IMPORTANT.sub("", text)
    if m := re.match(r"^(?:me\s+)?to\s+", text, re.IGNORECASE):
        return "to", addressed(text[m.end() :])
    if m := _NEGATIVE.match(text):
        form = "never to" if m.group(0).lower().startswith("never") else "not to"
        rest = text[m.end() :]
        # "don't show buildings, show one case study" -> "not to show buildings but to show one case study"
        if (pair := re.match(r"^(?P<a>[^,]+),\s+(?P<b>(?P<v>\w+)\b.+)$", rest)) and pair.group(
            "v"
        ).lower() in IMPERATIVES:
            rest = f"{pair.group('a')} but to {pair.group('b')}"
        return form, addressed(rest)
    word = first_word(text)
    said = _IMPORTANT.sub("", ATTRIBUTION.sub("", _shorten(without_final_stop(first))))
    if not _looks_imperative(text) and re.search(r"\b[Yy]ou(?:r|['\u2019]re|['\u2019]ve)?\b", said):
        return "quote", said  # "because you were on the floor": their words, quoted, not rewritten
    if _looks_imperative(text):
        return "to", addressed(text[0].lower() + text[1:])
    if (
        word.lower().endswith("ing")
        and len(word) > 4
        and word.lower() not in ("something", "nothing")
        and not _GERUND_SUBJECT.match(text)
    ):
        return "about", addressed(text[0].lower() + text[1:])
    return "that", addressed_clause(text)


# "hiring managers care about outcomes", "networking is overrated": a gerund that starts a clause, so
# "your point that ...", never "your advice about hiring managers care ..."
_GERUND_SUBJECT = re.compile(
    r"^\w+ing(?:\s+(?!who\b|that\b|which\b)[\w'-]+){0,3}?\s+(?:is|are|was|were|isn['\u2019]t|aren['\u2019]t|do|does|don['\u2019]t|"
    r"doesn['\u2019]t|will|won['\u2019]t|can|can['\u2019]t|should|must|matters?|cares?|wants?|needs?|looks?|"
    r"values?|expects?|hires?|trusts?|reads?|skims?|prefers?|asks?|loves?|likes?|notices?|tends?|beats?|"
    r"counts?|pays?|takes?|helps?|works?|gets?|makes?|means?|has|have)\b",
    re.IGNORECASE,
)


_SUBJECTS = frozenset(
    "the a an this that these those it its there they we you i my your our their his her she he most many "
    "some every each all no any one people what how why when where which if once after before while since "
    "as in on at for with from by to of good".split()
)
_OBJECT_STARTS = frozenset(
    "the a an your my their his her it them this that these those small big more less one two three every "
    "each some any up out down time people yourself on with to about at in into for from what how who early "
    "often first fast slow".split()
)


def _looks_imperative(text: str) -> bool:
    """ "learn SQL", "ship small wins early": a verb first, then its object."""
    words = re.findall(r"[\w'\u2019-]+", text)
    if not words:
        return False
    head = words[0]
    if head.lower() in IMPERATIVES:
        return True
    if head.lower().endswith("ing") and len(head) > 4:
        return False  # "volunteering for a nonprofit": a gerund, so "your advice about", never "to"
    if head.lower() in _SUBJECTS or not head.isalpha() or head[1:] != head[1:].lower() or head.endswith("s"):
        return False
    return len(words) > 1 and words[1].lower() in _OBJECT_STARTS


def advice_phrase(item: str, use: str) -> str:
    form, phrase = _advice_form(item)
    if form == "quote":
        said = f'"{phrase[0].lower() + phrase[1:] if lower_first(phrase) != phrase else phrase}"'
        if use == "report":
            return f"When we spoke, you made the point that {said}."
        return f"{'Your' if use == 'thanks' else 'your'} point that {said}"
    if use == "report":
        leads = {"about": "you suggested", "that": "you made the point that"}
        lead = leads.get(form, f"you advised me {form}")
        return f"When we spoke, {lead} {phrase}."
    noun = "point" if form == "that" else "advice"
    return f"{'Your' if use == 'thanks' else 'your'} {noun} {form} {phrase}"


def _shorten(text: str) -> str:
    """Keep a long note to its first clause so the quote stays close and short."""
    words = text.split()
    if len(words) <= _MAX_ADVICE_WORDS:
        return text
    head = " ".join(words[:_MAX_ADVICE_WORDS])
    for mark in (";", " - ", " \u2013 ", ", but", ","):
        index = head.find(mark, 20)
        if index > 0:
            return head[:index]
    return text


_OUTSIDE_QUOTES = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')


def stuck_with_me(first: str, plans: str | None = None) -> str:
    """ "Your advice to learn SQL stuck with me: I'll ..."; a quoted advice with a comma of its own ("to
    build one project, not another notebook") would run into "stuck", so it closes its own sentence."""
    if "," in _OUTSIDE_QUOTES.sub("", first):
        said = f"I keep coming back to {first[0].lower() + first[1:]}."
        return f"{said} {plans}." if plans else said
    return f"{first} stuck with me: {plans}." if plans else f"{first} stuck with me."
