"""Measures of a text a reader notices: characters as platforms count them, words, sentence length and
reading grade."""

from __future__ import annotations

import re

from infoview_ai.language.sentences import split_sentences

_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f'’-]+")
_READING_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’]+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
LONG_SENTENCE_WORDS = 30
TARGET_GRADE = 8.0


def char_count(text: str) -> int:
    """Characters as LinkedIn counts them: every code point, spaces and line breaks included."""
    return len(text)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


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
    words = _READING_WORD.findall(text)
    sentences = [s for s in split_sentences(text.replace("\n", " ")) if _READING_WORD.search(s)]
    if len(words) < 20 or not sentences:
        return None
    total = sum(syllables(w) for w in words)
    return round(0.39 * len(words) / len(sentences) + 11.8 * total / len(words) - 15.59, 1)


def long_sentences(text: str, limit: int = LONG_SENTENCE_WORDS) -> list[str]:
    return [s for s in split_sentences(text.replace("\n", " ")) if word_count(s) > limit]
