"""Text checks shared by every deliverable: lengths as platforms count them, clichés, job asks, trimming."""

from __future__ import annotations

import re

# Phrases that make a draft read as generic or as taking (FACTS.md). Each maps to a replacement
# ("" = drop the phrase) and the reason shown to the user when polish removes it.
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
}

_JOB_ASK = re.compile(
    r"\b(?:(?:open|available)\s+(?:role|position|job)s?|job\s+(?:opening|opportunit\w*)"
    r"|refer(?:ral|\s+me)|hiring|hire\s+me|(?:an?\s+)?internship|my\s+(?:resume|résumé|cv)"
    r"|(?:apply|applying)\s+(?:for|to)\b|any\s+openings?)\b",
    re.IGNORECASE,
)

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+")
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f'’-]+")


def char_count(text: str) -> int:
    """Characters as LinkedIn counts them: every code point, spaces and line breaks included."""
    return len(text)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def find_cliches(text: str) -> list[str]:
    """The cliché phrases present in ``text``, longest first, each once."""
    lowered = text.lower().replace("’", "'")
    found = [phrase for phrase in CLICHES if phrase in lowered]
    # Keep "i'm passionate about" and drop its shorter overlaps such as "touch base" inside "touching base".
    return [p for p in sorted(found, key=len, reverse=True) if not any(p != q and p in q for q in found)]


def has_job_ask(text: str) -> bool:
    """True when the text asks for a job, internship, referral or mentions a resume."""
    return bool(_JOB_ASK.search(text))


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def fit_to_limit(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a sentence, then clause, then word boundary.

    Never cuts mid-word. Keeps, in order of priority, the sign-off ("Thank you, Alex" or a last line
    of a few words), the ask (a question) and the opening hook; other sentences go first, from the end.
    """
    if char_count(text) <= limit:
        return text
    lines = text.rstrip().split("\n")
    signature = lines[-1].strip() if len(lines) > 1 and len(lines[-1].split()) <= 3 else ""
    body = "\n".join(lines[:-1]).rstrip() if signature else text.rstrip()
    sentences = split_sentences(body)
    if not signature and len(sentences) > 1 and len(sentences[-1].split()) <= 4 and "?" not in sentences[-1]:
        signature = sentences.pop()  # a sign-off on the same line: "Thank you, Alex"
    joiner = "\n" if "\n" in text.rstrip() else " "
    room = limit - (len(signature) + len(joiner) if signature else 0)

    while len(sentences) > 1 and char_count(" ".join(sentences)) > room:
        droppable = [i for i, s in enumerate(sentences) if i > 0 and "?" not in s]
        if not droppable:
            break
        sentences.pop(droppable[-1])
    if len(sentences) > 1 and char_count(" ".join(sentences)) > room:
        # Hook plus ask still too long: shorten the hook at a clause boundary, keep the ask whole.
        rest = " ".join(sentences[1:])
        if room - len(rest) - 1 > 30:
            sentences[0] = _cut_clause_or_word(sentences[0], room - len(rest) - 1)
        else:
            sentences = sentences[1:]
    cut = " ".join(sentences)
    if char_count(cut) > room:
        cut = _cut_clause_or_word(cut, room)
    return f"{cut}{joiner}{signature}" if signature else cut


def _cut_clause_or_word(text: str, room: int) -> str:
    window = text[: max(room - 1, 0)]
    for mark in (";", ",", " - ", " –"):
        index = window.rfind(mark)
        if index > room // 3:
            return window[:index].rstrip() + "."
    index = window.rfind(" ")
    return (window[:index] if index > 0 else window).rstrip(" ,;:") + "…"
