"""Clichés out, sentence by sentence: replace or drop each phrase, mend the sentence around it, and say
what changed. Sentences without a cliché come back byte for byte."""

from __future__ import annotations

import functools
import re

from infoview_ai.language.names import greeting as opening_greeting
from infoview_ai.language.sentences import sentence_spans
from infoview_ai.language.voice import lower_first

# Phrases that make a draft read as generic or as taking (docs/domain.md, "What every draft must
# respect"). Each maps to a replacement ("" = drop the phrase) and the reason shown when polish removes it.
CLICHES: dict[str, tuple[str, str]] = {
    "i hope this finds you well": ("", "generic opener that readers skip"),
    "i hope this message finds you well": ("", "generic opener that readers skip"),
    "i hope this email finds you well": ("", "generic opener that readers skip"),
    "i hope you are doing well": ("", "generic opener that readers skip"),
    "i hope you're doing well": ("", "generic opener that readers skip"),
    "i'm passionate about": ("I'm interested in", "'passionate' is the most overused word in outreach"),
    "i am passionate about": ("I'm interested in", "'passionate' is the most overused word in outreach"),
    "pick your brain": ("ask you a few questions", "reads as taking, not asking"),
    "just checking in": ("", "says nothing new; give a reason to reply instead"),
    "just wanted to check in": ("", "says nothing new; give a reason to reply instead"),
    "touching base": ("", "filler that signals a form letter"),
    "touch base": ("talk", "filler that signals a form letter"),
    "circling back": ("", "filler that signals a form letter"),
    "circle back": ("follow up", "filler that signals a form letter"),
    "bumping this": ("", "pressure without a reason to reply"),
    "bump this": ("", "pressure without a reason to reply"),
    "reach out": ("write", "overused; plain words read warmer"),
    "synergy": ("overlap", "buzzword"),
    "leverage your expertise": ("learn from your experience", "buzzword that reads as taking"),
    "i would be honored": ("I'd be glad", "over-formal flattery"),
    "at your earliest convenience": ("when it suits you", "stiff and a little demanding"),
    # Inflections and "I"-less openers of the phrases above.
    "hope this finds you well": ("", "generic opener that readers skip"),
    "hope this message finds you well": ("", "generic opener that readers skip"),
    "hope this email finds you well": ("", "generic opener that readers skip"),
    "hope you're doing well": ("", "generic opener that readers skip"),
    "hope you are doing well": ("", "generic opener that readers skip"),
    "i hope all is well": ("", "generic opener that readers skip"),
    "hope all is well": ("", "generic opener that readers skip"),
    "reaching out": ("writing", "overused; plain words read warmer"),
    "reached out": ("wrote", "overused; plain words read warmer"),
    "reaches out": ("writes", "overused; plain words read warmer"),
    "picking your brain": ("asking you a few questions", "reads as taking, not asking"),
    "touched base": ("talked", "filler that signals a form letter"),
    "circled back": ("followed up", "filler that signals a form letter"),
    "synergies": ("overlaps", "buzzword"),
    # Résumé self-praise: every applicant claims it, so it tells the reader nothing about you.
    "passionate about": ("interested in", "'passionate' is the most overused word in outreach"),
    "super passionate about": ("interested in", "'passionate' is the most overused word in outreach"),
    "very passionate about": ("interested in", "'passionate' is the most overused word in outreach"),
    "really passionate about": ("interested in", "'passionate' is the most overused word in outreach"),
    "deeply passionate about": ("interested in", "'passionate' is the most overused word in outreach"),
    "passionate": ("", "'passionate' is the most overused word in outreach"),
    "highly motivated": ("", "self-praise every applicant writes; a specific fact says more"),
    "self-motivated": ("", "self-praise every applicant writes; a specific fact says more"),
    "highly driven": ("", "self-praise every applicant writes; a specific fact says more"),
    "results-driven": ("", "résumé buzzword; a specific result says more"),
    "results driven": ("", "résumé buzzword; a specific result says more"),
    "results-oriented": ("", "résumé buzzword; a specific result says more"),
    "detail-oriented": ("careful", "résumé buzzword; a specific example says more"),
    "go-getter": ("", "résumé buzzword"),
    "with a proven track record": ("", "résumé buzzword; name the result instead"),
    "with proven track record": ("", "résumé buzzword; name the result instead"),
    "proven track record": ("track record", "résumé buzzword; name the result instead"),
    "a team player": ("", "résumé buzzword; say what you did with a team instead"),
    "team player": ("", "résumé buzzword; say what you did with a team instead"),
    "a self-starter": ("", "résumé buzzword"),
    "self-starter": ("", "résumé buzzword"),
    "think outside the box": ("think differently", "overused; plain words read warmer"),
    "thinking outside the box": ("thinking differently", "overused; plain words read warmer"),
    "outside-the-box": ("fresh", "overused; plain words read warmer"),
    "leverage my skills": ("use my skills", "buzzword that reads as a job application"),
    "leveraging my skills": ("using my skills", "buzzword that reads as a job application"),
    "leverage my experience": ("use my experience", "buzzword that reads as a job application"),
    "leveraging my experience": ("using my experience", "buzzword that reads as a job application"),
    "leverage my background": ("use my background", "buzzword that reads as a job application"),
    "leverage my expertise": ("use my expertise", "buzzword that reads as a job application"),
    "dynamic professional": ("professional", "résumé buzzword"),
    "seasoned professional": ("professional", "résumé buzzword"),
    "hit the ground running": ("start quickly", "résumé buzzword"),
    "go above and beyond": ("do more than asked", "résumé buzzword"),
    "thanks in advance": ("thank you", "presumes a yes before they have said it"),
    "thank you in advance": ("thank you", "presumes a yes before they have said it"),
}
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


@functools.cache
def _cliche_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Longest first, compiled on first use (start-up stays light)."""
    return [(p, _phrase_regex(p)) for p in sorted(CLICHES, key=len, reverse=True)]


def find_cliches(text: str) -> list[str]:
    """The cliché phrases present in ``text``, longest first, each once."""
    # Whole words only, the way remove_cliches matches: "compassionate" is not "passionate".
    found = [phrase for phrase, regex in _cliche_patterns() if regex.search(text)]
    # Keep "i'm passionate about" and drop its shorter overlaps such as "touch base" inside "touching base".
    return [p for p in sorted(found, key=len, reverse=True) if not any(p != q and p in q for q in found)]


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
        pieces = sentence_spans(line)
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


def _fix_cliches(sentence: str, changes: list[str]) -> tuple[str, str | None]:
    """(new sentence, None | "greeting" (only a greeting is left) | "all" (nothing is left))."""
    greeting_m = opening_greeting(sentence)
    greeting = (
        sentence[: greeting_m.end()].rstrip() if greeting_m and greeting_m.end() < len(sentence) else ""
    )
    rest = sentence[len(greeting) :] if greeting else sentence
    touched = False
    removed: list[str] = []
    for phrase, regex in _cliche_patterns():
        while m := regex.search(rest):
            replacement, reason = CLICHES[phrase]
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
    # "a passionate engineer" -> "a engineer" -> "an engineer" (and back: "an eager welder" -> "a welder").
    text = re.sub(r"\b([Aa])\s+(?=[aeioAEIO][a-z])", r"\1n ", text)
    text = re.sub(r"\b([Aa])n\s+(?=[b-df-gj-np-tv-z])", r"\1 ", text)
    return text.strip()


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
