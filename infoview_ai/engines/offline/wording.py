"""Small wording helpers shared by the offline rule sets: functions from titles, second person, numbers."""

from __future__ import annotations

import re

from infoview_ai.context import Sender
from infoview_ai.dates import MONTH_NAMES
from infoview_ai.language.measures import find_cliches, has_job_ask, word_count

NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)


def number_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def quote(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        cut = text[: limit - 1]
        text = (cut[: cut.rfind(" ")] if " " in cut else cut).rstrip(" ,;:") + "…"
    return f'"{text}"'


_PRONOUNS = (
    (r"\bI am\b", "you are"),
    (r"\bI['’]m\b", "you're"),
    (r"\bI['’]ve\b", "you've"),
    (r"\bI['’]d\b", "you'd"),
    (r"\bI['’]ll\b", "you'll"),
    (r"\bI\b", "you"),
    (r"\b[Mm]yself\b", "yourself"),
    (r"\b[Mm]y\b", "your"),
    (r"\bmine\b", "yours"),
    (r"\bme\b", "you"),
    (r"\b[Ww]e\b", "you and your team"),
    (r"\b[Oo]ur\b", "your"),
    (r"\bus\b", "you"),
)


def second_person(text: str) -> str:
    """Turn the person's own first-person words into words addressed to them: "my move" -> "your move"."""
    for pattern, repl in _PRONOUNS:
        text = re.sub(pattern, repl, text)
    return text


_THIRD_PERSON_VERB = {"has": "have", "is": "are", "does": "do", "was": "were", "goes": "go"}


def base_verb(verb: str) -> str:
    """Third-person singular to the form used with "you": "leads" -> "lead", "teaches" -> "teach"."""
    low = verb.lower()
    if low in _THIRD_PERSON_VERB:
        return _THIRD_PERSON_VERB[low]
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss|zz)es$", low):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb


_PAST_OR_BASE = re.compile(
    r"^(?:grew|built|led|ran|took|scaled|launched|cut|drove|managed|created|founded|co-founded|shipped|"
    r"delivered|reduced|increased|hired|started|opened|designed|developed|raised|saved|lead|manage|run|"
    r"oversee|oversaw|own|owned|build|grow|support|supported|serve|served|\w+ed)$",
    re.IGNORECASE,
)


def addressed(sentence: str, first: str | None) -> str | None:
    """A sentence the person wrote about themself, turned to "you ...", or None when unsure."""
    s = " ".join(sentence.split()).rstrip(" .!;")
    if not s:
        return None
    head, _, rest = s.partition(" ")
    if head in {"I", "We"}:
        return "You" + second_person(" " + rest) if head == "I" else "Your team " + second_person(rest)
    if first and head.lower() in {first.lower(), "she", "he", "they"} and rest:
        verb, _, tail = rest.partition(" ")
        return f"You {base_verb(verb)} {second_person(tail)}".rstrip()
    if _PAST_OR_BASE.match(head):
        return f"You {head.lower()} {second_person(rest)}".rstrip()
    return None


def clean_question(text: str) -> str | None:
    """A question fit to ask: ends with "?", at most 30 words, no job ask, no cliché; else None."""
    text = " ".join(text.split())
    if not text.endswith("?") or text.count("?") != 1:
        return None
    if word_count(text) > 30 or has_job_ask(text) or find_cliches(text):
        return None
    return text[0].upper() + text[1:]


_BULLET = re.compile(r"^[-*•·–]\s+")
_HEADING = re.compile(r"^(?:#{1,6}\s|\*\*[^*]+\*\*:?$|__[^_]+__:?$)")
_LABEL = re.compile(r"^(?:goals?|name|e-?mail|phone|linkedin|website|location)\s*:", re.IGNORECASE)


def is_heading(line: str) -> bool:
    """A markdown heading or a whole-line bold title: a label, never a sentence."""
    return bool(_HEADING.match(line.strip()))


def _logical_lines(text: str) -> list[str]:
    """Lines of free text with hard-wrapped prose joined back together and headings dropped.

    A line continues the one before when that one has no closing punctuation and either this line starts
    in lower case, the one before ends with a comma, or the one before is long enough to be wrapped prose.
    """
    out: list[str] = []
    joinable = False
    for raw in text.replace("\r", "").split("\n"):
        line = raw.strip()
        if not line or is_heading(line):
            joinable = False
            continue
        bullet = bool(_BULLET.match(line))
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        prev = out[-1] if out else ""
        if (
            joinable
            and not bullet
            and not prev.endswith((".", "!", "?", ":", ";", '."', ".”"))
            and (line[:1].islower() or line[:1].isdigit() or prev.endswith(",") or len(prev) >= 50)
        ):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
        joinable = True
    return out


def sentences(text: str) -> list[str]:
    """Sentences and bullet lines of free text; wrapped lines are joined, headings left out."""
    out: list[str] = []
    for line in _logical_lines(text):
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])", line) if s.strip()]
    return out


def _usable(sentence: str) -> bool:
    """A sentence fit to introduce the user: no heading marks, labels, job asks or clichés."""
    return not (
        _LABEL.match(sentence)
        or re.search(r"(?:^|\s)#{1,6}\s", sentence)
        or re.match(r"^(?:a bit |a little )?about me\b", sentence, re.I)
        or has_job_ask(sentence)
        or find_cliches(sentence)
    )


def _first_person(s: str) -> str | None:
    if not s.endswith((".", "!", "?")):
        s += "."
    if re.match(r"^(?:I|I'm|I’m|I've|I’ve|My)\b", s):
        return s
    if re.match(r"^(?:A|An)\s", s):
        return "I'm " + s[0].lower() + s[1:]
    return None


def about_me_line(sender: Sender) -> str | None:
    """The user's background as one first-person sentence, or None when we have nothing usable.

    Headings and "Goal:" lines are never part of it; a third-person or label-like line is not used
    either, since it would read oddly after "I".
    """
    usable = [s for s in sentences(sender.background) if _usable(s)]
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
    usable = [s for s in sentences(sender.background) if _usable(s)]
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


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


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
