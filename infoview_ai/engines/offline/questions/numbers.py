"""Numbers the person wrote, turned into questions that name the thing that changed.

"forecast error (MAPE) fell from 31% to 19% in two years" becomes "Forecast error fell from 31% to 19% in
two years: which change made the biggest difference?"; when the subject cannot be found reliably the fact
is quoted rather than mangled.
"""

from __future__ import annotations

import re

from infoview_ai.language import second_person

PEOPLE = (
    "people|engineers|analysts|designers|scientists|researchers|employees|nurses|teachers|volunteers|"
    "developers|managers|planners|consultants|staff|reports|members"
)
_PEOPLE_RE = re.compile(rf"\b(?:{PEOPLE})\b", re.I)
_DOWN = {"fell", "dropped", "decreased", "cut", "reduced", "declined", "shrank", "lowered", "brought"}
_VERBS = (
    r"grew|grow|grows|fell|falls|rose|rises|dropped|went|increased|decreased|cut|cuts|reduced|reduces|"
    r"improved|moved|scaled|scales|expanded|shrank|declined|brought|took|takes|lowered|raised|doubled"
)
_GERUND = {
    "grew": "growing",
    "grow": "growing",
    "grows": "growing",
    "cut": "cutting",
    "cuts": "cutting",
    "took": "taking",
    "takes": "taking",
    "brought": "bringing",
    "dropped": "dropping",
    "reduced": "reducing",
    "reduces": "reducing",
    "moved": "moving",
    "increased": "increasing",
    "decreased": "decreasing",
    "scaled": "scaling",
    "scales": "scaling",
    "expanded": "expanding",
    "improved": "improving",
    "lowered": "lowering",
    "raised": "raising",
    "doubled": "doubling",
}
_SYSTEMS = re.compile(
    r"\b(?:events|requests|users|traffic|platform|data|pipelines?|systems?|queries|transactions|orders|"
    r"messages|records|calls|visits|downloads)\b",
    re.I,
)
_CLAUSE_START = re.compile(
    r"^(?:and|after|before|where|when|while|as|so|then|but|because|which|that|since|until)\s+", re.I
)
_SUBJECT_PRONOUN = re.compile(r"^(?:I|we|she|he|they)$", re.I)


def gerund(verb: str) -> str:
    low = verb.lower()
    return _GERUND.get(low, low[:-2] + "ing" if low.endswith("ed") else low + "ing")


def _strip_parens(text: str) -> str:
    return " ".join(re.sub(r"\s*\([^)]*\)", "", text).split())


def _tail(rest: str) -> str:
    """What follows "from A to B": "14 million events a day, ..." -> "million events a day"."""
    m = re.match(r"[^,;.:!?]*", rest)
    tail = m.group(0) if m else ""
    tail = re.split(r"\s+(?:and|while|but|after|because|which|where|so)\b", tail)[0]
    return " ".join(tail.split())


def growth_question(sentence: str, start: int, end: int, first: str | None = None) -> list[str]:
    """Variants for a "from A to B" change found at sentence[start:end], richest first."""
    before, core = _strip_parens(sentence[:start]) + " ", sentence[start:end].strip()
    after = _tail(sentence[end:])
    change = " ".join(f"{core} {after}".split())
    clause = re.split(r"[;:,(]|\s[-–—]\s", before)[-1].strip()
    clause = _CLAUSE_START.sub("", clause)
    m = re.match(rf"^(?P<subj>.*?)\s*\b(?P<verb>{_VERBS})\b\s*(?P<obj>.*?)\s*$", clause, re.I)
    quoted = f'You wrote "{" ".join(f"{clause} {change}".split())}": what was behind that change?'
    if not m:
        return [quoted]
    subj, verb, obj = m.group("subj").strip(), m.group("verb"), _strip_parens(m.group("obj"))
    subj = _strip_parens(subj)
    who = f"{subj} {obj} {change}"
    if _PEOPLE_RE.search(change) or re.search(r"\bteam\b", obj, re.I):
        ask = "what would you do differently?"
    elif verb.lower() in _DOWN:
        ask = "which change made the biggest difference?"
    elif _SYSTEMS.search(who):
        ask = "what broke first as it scaled?"
    else:
        ask = "what drove most of that change?"
    if not subj or _SUBJECT_PRONOUN.match(subj) or (first and subj.lower() == first.lower()):
        if not obj or len(obj.split()) > 6:
            return [quoted]
        lead = f"{gerund(verb)} {second_person(obj)} {change}"
    else:
        if len(subj.split()) > 6 or subj.split()[0].lower() in {"i", "we", "she", "he", "they"}:
            return [quoted]
        lead = f"{second_person(subj)} {verb.lower()} {f'{second_person(obj)} ' if obj else ''}{change}"
    lead = " ".join(second_person(lead).split())
    return [f"{lead[0].upper()}{lead[1:]}: {ask}", quoted]


_LEAD_CONTEXT = re.compile(r"\b(?:lead|leads|led|leading|manage|manages|managed|director|head|team)\b", re.I)
_HEADCOUNT = re.compile(rf"\b(?P<n>\d[\d,]*)\+?\s+(?P<noun>{PEOPLE})\b", re.I)


def team_question(sentence: str) -> list[str]:
    """ "I lead a team of 12 analysts" -> "Leading 12 analysts: how much of your week ...?"."""
    m = _HEADCOUNT.search(sentence)
    if m and _LEAD_CONTEXT.search(sentence):
        lead = f"Leading {m.group('n')} {m.group('noun').lower()}"
        return [
            f"{lead}: how much of your week still goes to hands-on work?",
            "How much of your week still goes to hands-on work?",
        ]
    return []


def count_question(sentence: str, said: str | None) -> list[str]:
    """A count that is not a headcount: the person's own words, else a quote, never a bare number."""
    if people := team_question(sentence):
        return people
    out = []
    if said:
        out.append(f"{said}: what was hardest to get right at that scale?")
    words = sentence.rstrip(" .").split()
    if len(words) <= 16:
        out.append(f'You wrote "{" ".join(words)}": what was hardest to get right at that scale?')
    return out
