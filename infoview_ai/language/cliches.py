"""Clichés out, sentence by sentence: replace or drop each phrase, mend the sentence around it, and say
what changed. Sentences without a cliché come back byte for byte."""

from __future__ import annotations

import re

from infoview_ai.language.measures import CLICHES
from infoview_ai.language.voice import lower_first

# One cliché list for every builder and check lives in checks.CLICHES.
ALL_CLICHES = CLICHES
# A dropped filler phrase that leads into the rest of the sentence ("Just checking in on my note") becomes
# a plain "following up" instead, so the sentence still reads.
_FOLLOW_UP = {
    "just checking in": "following up",
    "touching base": "following up",
    "circling back": "following up",
    "bumping this": "following up",
    "bump this": "follow up",
    "just wanted to check in": "wanted to follow up",
}
_CONNECTOR = re.compile(
    r"\s+(?:on|about|regarding|re:?|with|to\s+see|to\s+ask|in\s+case|as|since)\b", re.IGNORECASE
)


def _phrase_regex(phrase: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in phrase.split())
    return re.compile(rf"(?<![\w'\u2019]){body}(?![\w'\u2019])", re.IGNORECASE)


_CLICHE_RES = [(p, _phrase_regex(p)) for p in sorted(ALL_CLICHES, key=len, reverse=True)]
GREETING = re.compile(
    r"^(?i:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b"
    r"(?:\s+(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?)?(?:\s+[A-Z][\w'\u2019-]*){0,2}\s*[,!:\u2014-]?\s*"
)
_FILLER = {
    "just",
    "so",
    "and",
    "but",
    "also",
    "i",
    "wanted",
    "to",
    "say",
    "really",
    "again",
    "anyway",
    "all",
    "well",
    "that",
    "i'm",
    "am",
    "hope",
    "quick",
    "note",
    "hi",
    "hello",
    "hey",
    "this",
    "is",
}
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"')\]\u201d\u2019]?( +)")
_LOWER_I = re.compile(r"(?<![\w'\u2019.])i(?=['\u2019](?:m|d|ve|ll)\b|\s)")


def remove_cliches(text: str) -> tuple[str, list[str]]:
    """``text`` without the clichés (each sentence repaired), and what changed; for other builders too."""
    changes: list[str] = []
    return fix_sentences(text, changes), changes


def fix_sentences(text: str, changes: list[str]) -> str:
    """Clichés and a lowercase "i", sentence by sentence; untouched sentences stay byte-identical."""
    out_lines = []
    lowered_i = False
    for line in text.split("\n"):
        if not line.strip():
            out_lines.append(line)
            continue
        pieces = _split_line(line)
        result: list[list[str]] = []
        pending_greeting: str | None = None
        for sentence, sep in pieces:
            new, dropped = _fix_cliches(sentence, changes)
            fixed_i = _LOWER_I.sub("I", new)
            lowered_i = lowered_i or fixed_i != new
            new = fixed_i
            if pending_greeting is not None:
                new = f"{pending_greeting} {lower_first(new)}" if new else pending_greeting
                pending_greeting = None
            if dropped == "greeting":
                pending_greeting = new
                continue
            if dropped == "all":
                continue
            result.append([new, sep])
        if pending_greeting is not None:
            result.append([pending_greeting, ""])
        if not result:
            out_lines.append(None)  # the whole line was a cliché
            continue
        result[-1][1] = ""
        out_lines.append("".join(s + sep for s, sep in result).rstrip())
    if lowered_i:
        changes.append("capitalised 'i' as 'I'")
    kept = [line for line in out_lines if line is not None]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _split_line(line: str) -> list[tuple[str, str]]:
    pieces, start = [], 0
    for m in _SENTENCE_BREAK.finditer(line):
        pieces.append((line[start : m.start(1)], m.group(1)))
        start = m.end(1)
    pieces.append((line[start:], ""))
    return [(s, sep) for s, sep in pieces if s]


def _fix_cliches(sentence: str, changes: list[str]) -> tuple[str, str | None]:
    """(new sentence, None | "greeting" (only a greeting is left) | "all" (nothing is left))."""
    greeting_m = GREETING.match(sentence)
    greeting = (
        sentence[: greeting_m.end()].rstrip() if greeting_m and greeting_m.end() < len(sentence) else ""
    )
    rest = sentence[len(greeting) :] if greeting else sentence
    touched = False
    removed: list[str] = []
    for phrase, regex in _CLICHE_RES:
        while m := regex.search(rest):
            replacement, reason = ALL_CLICHES[phrase]
            if not replacement and phrase in _FOLLOW_UP and _CONNECTOR.match(rest, m.end()):
                replacement = _FOLLOW_UP[phrase]
            if replacement:
                replacement = _match_case(m.group(0), replacement)
                changes.append(f"replaced '{m.group(0)}' with '{replacement}': {reason}")
            else:
                removed.append(f"'{m.group(0)}': {reason}")
            rest = rest[: m.start()] + replacement + rest[m.end() :]
            touched = True
    if not touched:
        return sentence, None
    rest = _repair(rest)
    words = [w for w in re.findall(r"[\w'\u2019]+", rest.lower().replace("\u2019", "'"))]
    if not words or all(w in _FILLER for w in words):
        gone = sentence[len(greeting) :].strip()
        what = f'"{gone}"' if greeting else f'the sentence "{gone}"'
        changes.append(
            f"removed {what}: {'; '.join(r.split(': ', 1)[1] for r in removed) or 'nothing left'}"
            f" ({', '.join(r.split(':', 1)[0] for r in removed)})"
        )
        return (greeting, "greeting") if greeting else ("", "all")
    for r in removed:
        changes.append(f"removed {r}")
    if greeting:
        return f"{greeting} {rest}", None
    return rest[0].upper() + rest[1:], None


def _repair(text: str) -> str:
    """Mend a sentence after a phrase came out: spaces, stray commas, a dangling "and"."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"[,;:]\s*(?=[.!?]|$)", "", text)
    text = re.sub(r"^[\s,;:\-\u2013\u2014!.]+", "", text)
    text = re.sub(r"^(?:and|but|so|also)\b[\s,]*", "", text, flags=re.IGNORECASE)
    text = re.sub(r",?\s+(?:and|but|so)\s*(?=[.!?]$)", "", text)
    return text.strip()


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
