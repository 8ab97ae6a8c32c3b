"""Sentences from typed slots: a template renders only when every slot holds a value of its kind.

``fill("What drew you from {old:org} to {new:org}?", old=..., new=...)`` returns the question, or None
when a slot is empty, cut or of the wrong kind; the caller then falls back to the next candidate. The
realiser also owns the small grammar templates need: ``a``/``an``, prepositions by kind of organisation
("in the U.S. Army", "at Harborline Bank"), possessives, lists with commas and "and", and one full stop
after a name that already ends in one ("Redfern Outdoor Co.").

Why not inflect: it takes over a second to import (every offline command would pay it) and it writes
"an UX researcher" and "a 8-year veteran"; the rules below are the few templates need, and tested.
"""

from __future__ import annotations

import re
import string

# --- a / an ------------------------------------------------------------------------------------------

_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")  # letters said with a vowel sound: "an MBA", "an RN"
_CONSONANT_SOUND_WORDS = re.compile(
    r"(?:uni(?!nt|mp|nst|nh)|use|usu|ura|uro|eu|ewe|one\b|once\b|u\b|ubiq|uk\b|ufo)", re.IGNORECASE
)
_SILENT_H = re.compile(r"(?:hour|honest|honou?r|heir)", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,}s?\b|[A-Z](?:\.[A-Z])+\.?")
_EIGHT_ELEVEN = re.compile(r"(?:8|11|18|8\d|8\d\d|11\d\d|18\d\d)(?!\d)")


def article(phrase: str) -> str:
    """ "a" or "an" for ``phrase`` as it is said: an MBA, a U.S. Army officer, an 8-year veteran."""
    word = phrase.strip().lstrip("\"'“(")
    if not word:
        return "a"
    if word[0].isdigit():
        return "an" if _EIGHT_ELEVEN.match(word) else "a"
    if (m := _ACRONYM.match(word)) and word[: m.end()].lower() not in {"ux"}:
        return "an" if word[0] in _VOWEL_SOUND_LETTERS else "a"
    if word[:2].upper() == "UX":
        return "a"  # "you-ex"
    if _SILENT_H.match(word):
        return "an"
    if _CONSONANT_SOUND_WORDS.match(word):
        return "a"
    return "an" if word[0].lower() in "aeiou" else "a"


def with_article(phrase: str) -> str:
    return f"{article(phrase)} {phrase.strip()}"


# --- organisations ---------------------------------------------------------------------------------------

_SERVICE = re.compile(
    r"^(?:the\s+)?(?:(?:U\.?S\.?|United States|British|Royal|Canadian|Australian|Indian)\s+)?"
    r"(?:Army|Navy|Air Force|Marine Corps|Marines|Coast Guard|Space Force|National Guard|Armed Forces)"
    r"(?:\s+Reserves?)?$",
    re.IGNORECASE,
)
_TEAM = re.compile(r"\bteam$", re.IGNORECASE)


def is_military(org: str) -> bool:
    return bool(_SERVICE.match(org.strip()))


def org_phrase(org: str, at: str = "at") -> str:
    """The organisation with its preposition: "in the U.S. Army", "on the design team", "at Loomwise"."""
    name = org.strip()
    if is_military(name):
        return f"in {name if name.lower().startswith('the ') else 'the ' + name}"
    if _TEAM.search(name):
        return f"on {name if name.lower().startswith('the ') else 'the ' + name}"
    return f"{at} {name}"


def org_name(org: str) -> str:
    """The organisation as a sentence names it: "the U.S. Army", "Harborline Bank"."""
    name = org.strip()
    return f"the {name}" if is_military(name) and not name.lower().startswith("the ") else name


def possessive(name: str) -> str:
    name = name.strip()
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def join_and(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = [i.strip() for i in items if i and i.strip()]
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def end_sentence(text: str, stop: str = ".") -> str:
    """``text`` with one closing stop, never "Co.." or "Inc.?"-style doubles of a full stop."""
    text = text.rstrip()
    if stop == "." and text.endswith((".", "!", "?")):
        return text
    if text.endswith(".") and stop in "?!":
        return text + stop if _ends_with_abbreviation(text) else text[:-1] + stop
    return text + stop


def _ends_with_abbreviation(text: str) -> bool:
    last = text.rsplit(None, 1)[-1]
    return "." in last[:-1] or len(last) <= 5 and last[0].isupper()


def tidy(text: str) -> str:
    """Join-up repairs every template needs: an abbreviation's stop meets the sentence's ("Co.." ->
    "Co."), a space before punctuation, doubled spaces."""
    text = re.sub(r"(\b[A-Za-z]{1,4}\.)\.(?=\s|$)", r"\1", text)
    text = re.sub(r"[ \t]+([,;:?!])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


# --- typed slots -----------------------------------------------------------------------------------------

_LETTER = re.compile(r"[^\W\d_]")
_ENDS_OPEN = re.compile(
    r"(?:\b(?:a|an|the|of|at|in|on|to|for|from|and|or|with|as|by|&)|[,;:(\-/–—])$", re.IGNORECASE
)
_CUT = re.compile(r"(?:…|\.\.\.)$")
_QUOTES = '"“”'


class SlotError(ValueError):
    """A slot's value is not of its kind: the sentence is not rendered."""


def _phrase(value: object) -> str:
    text = " ".join(str(value or "").split())
    if not text or not _LETTER.search(text):
        raise SlotError("empty")
    if _ENDS_OPEN.search(text) or _CUT.search(text) or text.count("(") != text.count(")"):
        raise SlotError(f"unfinished: {text!r}")
    if any(q in text for q in _QUOTES):
        raise SlotError(f"quotation inside a slot: {text!r}")
    return text


_NOT_AN_ORG = re.compile(
    r"^(?:self[- ]employed|freelance|freelancer|independent|independent contractor|confidential|various|"
    r"stealth(?: startup)?|private practice|n/?a|none|unemployed|career break|sabbatical)$",
    re.IGNORECASE,
)


def _org(value: object) -> str:
    text = _phrase(value)
    if _NOT_AN_ORG.match(text):
        raise SlotError(f"not an organisation: {text!r}")  # "What has kept you at Self-employed"
    if text[0].islower() and not text.startswith(("e.", "i", "de ", "da ", "van ")):
        raise SlotError(f"an organisation starts with a capital: {text!r}")
    if len(text) < 2 or len(text) > 90:
        raise SlotError(f"not an organisation name: {text!r}")
    return text


_FIRST_PERSON = re.compile(r"\b(?:I|I've|I'm|I’ve|I’m|my|me|we|our)\b")


def _title(value: object) -> str:
    text = _phrase(value)
    if len(text.split()) > 12:
        raise SlotError(f"too long for a title: {text!r}")
    if _FIRST_PERSON.search(text):  # "Denise Whitaker and I've been the branch manager": a sentence, misread
        raise SlotError(f"a sentence, not a title: {text!r}")
    return text


_DURATION = re.compile(
    r"^(?:about |more than |nearly |almost |over )?(?:\w+|\d+)(?:[ -]and a half)? (?:years?|months?|weeks?)$"
)


def _duration(value: object) -> str:
    text = _phrase(value)
    if not _DURATION.match(text):
        raise SlotError(f"not a duration: {text!r}")
    return text


def _quote(value: object) -> str:
    text = " ".join(str(value or "").split()).strip(" " + _QUOTES)
    if not _LETTER.search(text) or any(q in text for q in _QUOTES) or _CUT.search(text):
        raise SlotError(f"not a whole quotation: {text!r}")
    return text.rstrip(".")


def _noun(value: object) -> str:
    text = _phrase(value)
    if len(text.split()) > 10:
        raise SlotError(f"too long for a noun phrase: {text!r}")
    return text


SLOT_KINDS = {
    "org": _org,
    "title": _title,
    "duration": _duration,
    "noun": _noun,
    "verb": _phrase,
    "text": _phrase,
    "quote": _quote,
}


class _SlotFormatter(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        kind, _, extra = format_spec.partition(".")
        check = SLOT_KINDS.get(kind)
        if check is None:
            raise KeyError(f"unknown slot kind {kind!r}")
        text = check(value)
        if extra == "a":
            return with_article(text)
        if extra == "at":
            return org_phrase(text)
        if extra == "the":
            return org_name(text)
        if extra == "s":
            return possessive(text)
        return text


_FORMATTER = _SlotFormatter()


def fill(template: str, **slots: object) -> str | None:
    """``template`` with every ``{name:kind}`` slot filled, or None when any value is not of its kind.

    Kinds: org, title, duration, noun, verb, text, quote; ``{x:org.at}`` adds the preposition for the
    organisation, ``{x:org.the}`` its name with "the" where it takes one, ``{x:title.a}`` the article,
    ``{x:org.s}`` the possessive.
    """
    try:
        text = _FORMATTER.format(template, **slots)
    except (SlotError, KeyError, IndexError):
        return None
    return tidy(text)
