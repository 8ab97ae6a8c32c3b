"""Wording the offline rule sets share: quotations, clean questions, the user's own lines (who they are,
their goal), month names, possessives and topic lists."""

from __future__ import annotations

import re

from infoview_ai.context import Sender
from infoview_ai.dates import MONTH_NAMES
from infoview_ai.language import (
    find_cliches,
    first_name_of,
    has_job_ask,
    prose_sentences,
    second_person,
    word_count,
)
from infoview_ai.language.realise import tidy
from infoview_ai.trust.seams import has_seam


def quote(text: str, limit: int = 140) -> str:
    """``text`` in double quotes, cut at a word under ``limit``; quotation marks inside become single
    ones, so the quotation always closes."""
    text = " ".join(text.split()).replace('"', "'").replace("“", "‘").replace("”", "’")
    if len(text) > limit:
        cut = text[: limit - 1]
        text = (cut[: cut.rfind(" ")] if " " in cut else cut).rstrip(" ,;:") + "…"
    return f'"{text}"'


def clean_question(text: str) -> str | None:
    """A question fit to ask: ends with "?", at most 30 words, no job ask, no cliché, no seam; else None."""
    text = tidy(" ".join(text.split()))
    if not text.endswith("?") or text.count("?") != 1:
        return None
    if word_count(text) > 30 or has_job_ask(text) or find_cliches(text):
        return None
    text = text[0].upper() + text[1:]
    return None if has_seam(text) else text


_LABEL = re.compile(r"^(?:goals?|name|e-?mail|phone|linkedin|website|location)\s*:", re.IGNORECASE)


def _usable(sentence: str) -> bool:
    """A sentence fit to introduce the user: no heading marks, labels, job asks or clichés."""
    return not (
        _LABEL.match(sentence)
        or re.search(r"(?:^|\s)#{1,6}\s", sentence)
        or re.match(r"^(?:a bit |a little )?about me\b", sentence, re.I)
        or has_job_ask(sentence)
        or find_cliches(sentence)
        or has_seam(sentence)
    )


# A background written as a résumé fragment, and the words that make it a sentence about "I":
# "Eight years running a shift" -> "I've spent eight years running a shift"; "Led a team" -> "I led a team".
_YEARS_OF = re.compile(r"^(?:(?:about|almost|nearly|over)\s+)?(?:\d{1,2}\+?|[A-Za-z]+)\s+years?\s+of\b", re.I)
_YEARS = re.compile(
    r"^(?:(?:about|almost|nearly|over)\s+)?(?:\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty)\s+years?\s+(?:as|in|at|running|leading|managing|teaching|working|"
    r"building|doing|on|with)\b",
    re.I,
)
_PAST_VERB = re.compile(
    r"^(?:Led|Ran|Managed|Built|Taught|Worked|Spent|Served|Started|Founded|Co-founded|Designed|Coordinated|"
    r"Supervised|Oversaw|Trained|Launched|Grew|Cut|Reduced|Moved|Switched|Finished|Completed|Earned|"
    r"Studied|Graduated|Volunteered|Organised|Organized|Created|Developed|Wrote|Analysed|Analyzed)\s",
)
_STATE = re.compile(r"^(?:Currently|Now|Recently)\s+(?:a|an|the|studying|working|finishing|completing)\b")
_FORMER = re.compile(r"^(?:Former|Ex-)\s*[A-Za-z]")


def _lower_first(s: str) -> str:
    return s if s[:2].isupper() else s[0].lower() + s[1:]


def _first_person(s: str) -> str | None:
    if not s.endswith((".", "!", "?")):
        s += "."
    if re.match(r"^(?:I|I'm|I’m|I've|I’ve|My)\b", s):
        return s
    if re.match(r"^(?:A|An)\s", s):
        return "I'm " + s[0].lower() + s[1:]
    if _YEARS_OF.match(s):
        return "I have " + _lower_first(s)
    if _YEARS.match(s):
        return "I've spent " + _lower_first(s)
    if _PAST_VERB.match(s):
        return "I " + _lower_first(s)
    if _STATE.match(s):
        return "I'm " + _lower_first(s)
    if _FORMER.match(s):
        return "I'm a " + _lower_first(s)
    return None


def about_me_line(sender: Sender) -> str | None:
    """The user's background as one first-person sentence, or None when we have nothing usable.

    Headings and "Goal:" lines are never part of it; a third-person or label-like line is not used
    either, since it would read oddly after "I".
    """
    usable = [s for s in prose_sentences(sender.background) if _usable(s)]
    for sentence in usable:
        if line := _first_person(sentence.rstrip()):
            return line
    for s in usable:
        if len(s.split()) >= 4:
            s = s if s.endswith((".", "!", "?")) else s + "."
            return f"A bit about me: {s[0].lower() + s[1:] if s[:2].istitle() and not s[:2].isupper() else s}"
    return None


_BEFORE = re.compile(
    r"^(?:Before that|Before this|Previously|Earlier),?\s+I\s+(?:spent|worked|was|had)\s+"
    r"(?:(?P<dur>(?:about |almost |nearly |over )?[\w-]+ (?:years?|months?))\s+)?(?:as|working as)\s+"
    r"(?P<role>[^,.;]+)",
    re.IGNORECASE,
)


def _shorter_role(role: str) -> list[str]:
    """ "a shift lead at Midwest Distribution in Indianapolis" -> itself, without the city, bare role."""
    out = [role]
    no_place = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", role)
    if no_place != role:
        out.append(no_place)
    bare = re.sub(r"\s+(?:at|with|for)\s+[A-Z].*$", "", no_place)
    if bare != no_place and len(bare.split()) >= 2:
        out.append(bare)
    return out


def intro_lines(sender: Sender) -> list[str]:
    """Who the user is, as whole sentences, richest first: never cut mid-sentence.

    "I'm finishing a master's ... at Purdue University." + "Before that I spent two years as a shift
    lead at Midwest Distribution in Indianapolis, running a team of 14." becomes one line: "I'm finishing
    a master's ... at Purdue University after two years as a shift lead at Midwest Distribution."
    """
    usable = [s for s in prose_sentences(sender.background) if _usable(s)]
    first_i = next((i for i, s in enumerate(usable) if _first_person(s.rstrip())), None)
    if first_i is None:
        return []
    first = _first_person(usable[first_i].rstrip()) or ""
    rest = usable[first_i + 1 :]
    out: list[str] = []
    m = _BEFORE.match(rest[0]) if rest else None
    if m and re.match(r"^I(?:'m|’m| am)\b", first) and first.endswith("."):
        dur = m.group("dur")
        for role in _shorter_role(m.group("role").strip()):
            joined = (
                f"{first[:-1]} after {dur} as {role}." if dur else f"{first[:-1]}, after working as {role}."
            )
            out.append(joined)
        rest = rest[1:]
    out.append(first)
    extra = next((s for s in rest if _first_person(s.rstrip()) and len(s.split()) <= 20), None)
    if extra:
        out.insert(0, f"{out[0]} {_first_person(extra.rstrip())}")
    return list(dict.fromkeys(out))


def goal_path(sender: Sender) -> tuple[str, str] | None:
    """("warehouse operations", "supply-chain analytics") from a goal like "move from X into Y"."""
    if not sender.goal:
        return None
    m = re.search(r"\bfrom\s+(.+?)\s+(?:into|to|towards?)\s+(.+?)[.!?]?$", sender.goal.strip(), re.IGNORECASE)
    if not m:
        return None
    a, b = m.group(1).strip(), m.group(2).strip()
    b = re.split(r"[,;]|\s+and\s+(?:what|how|why|which|who|where|when)\b", b)[0].strip()
    if len(a.split()) > 6 or len(b.split()) > 6:
        return None
    return a, b


def goal_source(sender: Sender) -> str:
    return f"your goal: {quote(sender.goal or '')}"


def month_year(value: str) -> str:
    """ "2022-03" -> "March 2022"; "2022" stays "2022"."""
    year, _, month = value.partition("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year}" if month and 1 <= int(month) <= 12 else year


def _topic(raw: str) -> str | None:
    topic = re.sub(r"\s+(?:anytime|any time|too|as well)$", "", raw.strip(" ,;:-"), flags=re.I)
    topic = second_person(topic)
    if not topic or len(topic.split()) > 14:
        return None
    return topic


def split_topics(raw: str) -> list[str]:
    """ "leaving consulting for X, building a team, or getting planners to trust a forecast" -> three topics.

    Commas separate the items of a list; a list without commas splits on "or" / "and" only when both
    sides start the same way (two "-ing" phrases), so "research and design" stays one topic.
    """
    raw = raw.strip(" ,;:-")
    if "," in raw:
        parts = [re.sub(r"^(?:or|and|&)\s+", "", p.strip(), flags=re.I) for p in raw.split(",")]
    else:
        halves = re.split(r"\s+(?:or|and)\s+", raw, maxsplit=1)
        gerunds = len(halves) == 2 and all(re.match(r"^\w+ing\b", h) for h in halves)
        parts = halves if gerunds else [raw]
    return [t for p in parts if p and (t := _topic(p))]


# Social honorifics a person puts before their own name on a page, never in their own sign-off
_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|miss|mx|sir|herr|frau|monsieur|madame|mme|mlle|sr|sra|srta|señor|señora|sig|sig\.ra)"
    r"\.?\s+",
    re.IGNORECASE,
)
# A nickname between quotes or brackets: James "Jim" O'Brien, Margaret (Peggy) Lee, José «Pepe» Ruiz
_NICKNAME = re.compile(r"\s*[\"“”„«(‘'](?P<nick>[^\"“”„«»()’']{1,30})[\"“”»)’']\s*")


def sign_off_names(name: str | None) -> tuple[str, str] | None:
    """The (first, full) names to sign with: the nickname the person goes by, no honorific, no quotes.

    'Mr. Tomás Herrera' -> ("Tomás", "Tomás Herrera"); 'James "Jim" O'Brien' -> ("Jim", "Jim O'Brien").
    """
    text = " ".join((name or "").split())
    while (bare := _HONORIFIC.sub("", text, count=1)) != text and bare:
        text = bare
    nick = None
    if m := _NICKNAME.search(text):
        nick = m.group("nick").strip()
        text = (text[: m.start()] + " " + text[m.end() :]).strip()
    words = text.split()
    if not words:
        return (nick, nick) if nick else None
    if nick:
        words = [nick, *words[1:]]
        return nick, " ".join(words)
    return first_name_of(text) or words[0], " ".join(words)  # "Dr. Katharina Müller" signs "Katharina"
