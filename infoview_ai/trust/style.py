"""Style measures a reader notices: reading grade, long sentences, how many asks, greeting name."""

from __future__ import annotations

import re

from infoview_ai.language.measures import split_sentences, word_count

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’]+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear)\s+(?:(?P<title>dr|prof|professor|mr|mrs|ms|mx)\.?\s+)?"
    r"(?P<name>[^\W\d_][\w'’\-]*)",
    re.IGNORECASE | re.UNICODE,
)
_ASK = re.compile(
    r"\b(?:could|would|can|may|might)\s+(?:i|we|you)\b[^.?!]*\?|\b(?:would\s+you\s+be|are\s+you|you\s+be)\s+open\b"
    r"|\bopen\s+to\s+an?\b[^.?!]*\?|\bdo\s+you\s+have\b[^.?!]*\b(?:minutes|time)\b[^.?!]*\?",
    re.IGNORECASE,
)
LONG_SENTENCE_WORDS = 30
TARGET_GRADE = 8.0


def syllables(word: str) -> int:
    """A rule-of-thumb syllable count, good enough for a reading grade."""
    word = word.lower().strip("'’")
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", word)
    word = re.sub(r"^y", "", word)
    return max(1, len(_VOWEL_GROUPS.findall(word)))


def reading_grade(text: str) -> float | None:
    """Flesch-Kincaid grade level; None for text too short to judge (under 20 words)."""
    words = _WORD.findall(text)
    sentences = [s for s in split_sentences(text.replace("\n", " ")) if _WORD.search(s)]
    if len(words) < 20 or not sentences:
        return None
    total = sum(syllables(w) for w in words)
    return round(0.39 * len(words) / len(sentences) + 11.8 * total / len(words) - 15.59, 1)


def long_sentences(text: str, limit: int = LONG_SENTENCE_WORDS) -> list[str]:
    return [s for s in split_sentences(text.replace("\n", " ")) if word_count(s) > limit]


def asks(text: str) -> list[str]:
    """Sentences that ask the reader for something ("Could I ask you...?", "Would you be open...")."""
    return [m.group().strip() for m in _ASK.finditer(text)]


def greeting_name(text: str) -> tuple[str, bool] | None:
    """The name a greeting uses, and whether it is formal ("Dear Ms. Okafor": a last name)."""
    match = _GREETING.match(text)
    return (match.group("name"), bool(match.group("title"))) if match else None
