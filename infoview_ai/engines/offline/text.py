"""Small wording helpers shared by the offline rule sets: functions from titles, second person, numbers."""

from __future__ import annotations

import re

from ...checks import find_cliches, has_job_ask, word_count
from ...context import Sender

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

HONORIFICS = {"dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof", "prof.", "mx", "mx.", "sir"}

_WORDISH = re.compile(r"[^\W\d_]", re.UNICODE)


def number_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def first_name(name: str | None) -> str | None:
    """The first real word of a name: skips honorifics and emoji, drops trailing commas."""
    if not name:
        return None
    for token in name.split():
        token = token.strip(",;:()[]\"'")
        if not token or token.lower() in HONORIFICS or not _WORDISH.search(token):
            continue
        return "".join(ch for ch in token if ch.isalpha() or ch in "-'’.") or None
    return None


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


def sentences(text: str) -> list[str]:
    """Sentences and bullet lines of free text."""
    out: list[str] = []
    for line in text.replace("\r", "").split("\n"):
        line = line.strip().lstrip("-*•·– ").strip()
        if not line:
            continue
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])", line) if s.strip()]
    return out


def about_me_line(sender: Sender) -> str | None:
    """The user's background as one first-person sentence, or None when we have nothing usable."""
    for sentence in sentences(sender.background):
        s = sentence.rstrip()
        if has_job_ask(s) or find_cliches(s):
            continue
        if not s.endswith((".", "!", "?")):
            s += "."
        if re.match(r"^(?:I|I'm|I’m|I've|I’ve|My)\b", s):
            return s
        if re.match(r"^(?:A|An)\s", s):
            return "I'm " + s[0].lower() + s[1:]
        return f"A bit about me: {s[0].lower() + s[1:] if s[:2].istitle() and not s[:2].isupper() else s}"
    return None


def goal_path(sender: Sender) -> tuple[str, str] | None:
    """("warehouse operations", "supply-chain analytics") from a goal like "move from X into Y"."""
    if not sender.goal:
        return None
    m = re.search(r"\bfrom\s+(.+?)\s+(?:into|to|towards?)\s+(.+?)[.!?]?$", sender.goal.strip(), re.IGNORECASE)
    if not m:
        return None
    a, b = m.group(1).strip(), m.group(2).strip()
    if len(a.split()) > 6 or len(b.split()) > 6:
        return None
    return a, b


def goal_source(sender: Sender) -> str:
    return f"your goal: {quote(sender.goal or '')}"


MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_year(value: str) -> str:
    """ "2022-03" -> "March 2022"; "2022" stays "2022"."""
    year, _, month = value.partition("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year}" if month and 1 <= int(month) <= 12 else year


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"
