"""Shared text tools: counts and measures, sentences, names and greetings, pronouns, clichés, asks, number
words, and fitting a draft to a limit.

Used by the parsers, the trust checks and both engines. It sits just above the ground floor and imports
nothing from the domain, so the domain itself (a Profile's first name) can use it.
"""

from infoview_ai.language.asks import asks, has_job_ask
from infoview_ai.language.cliches import CLICHES, find_cliches, fix_sentences, remove_cliches
from infoview_ai.language.measures import (
    LONG_SENTENCE_WORDS,
    TARGET_GRADE,
    char_count,
    long_sentences,
    reading_grade,
    syllables,
    word_count,
)
from infoview_ai.language.names import (
    GREETING_WORDS,
    HONORIFICS,
    TITLES,
    first_name_of,
    greeting,
    greeting_match,
    greeting_name,
    is_title,
    title_pattern,
)
from infoview_ai.language.numbers import NUMBER_VALUES, NUMBER_WORDS, number_word
from infoview_ai.language.sentences import (
    is_heading,
    prose_sentences,
    sentence_spans,
    split_sentences,
    without_final_stop,
)
from infoview_ai.language.terms import contains_term
from infoview_ai.language.trim import fit_to_limit, is_sign_off
from infoview_ai.language.voice import (
    IMPERATIVES,
    addressed,
    addressed_clause,
    base_verb,
    first_word,
    lower_first,
    own_words_addressed,
    second_person,
    to_first_person,
    to_second_person,
)

__all__ = [
    "CLICHES",
    "GREETING_WORDS",
    "HONORIFICS",
    "IMPERATIVES",
    "LONG_SENTENCE_WORDS",
    "NUMBER_VALUES",
    "NUMBER_WORDS",
    "TARGET_GRADE",
    "TITLES",
    "addressed",
    "addressed_clause",
    "asks",
    "base_verb",
    "char_count",
    "contains_term",
    "find_cliches",
    "first_name_of",
    "first_word",
    "fit_to_limit",
    "fix_sentences",
    "greeting",
    "greeting_match",
    "greeting_name",
    "has_job_ask",
    "is_heading",
    "is_sign_off",
    "is_title",
    "long_sentences",
    "lower_first",
    "number_word",
    "own_words_addressed",
    "prose_sentences",
    "reading_grade",
    "remove_cliches",
    "second_person",
    "sentence_spans",
    "split_sentences",
    "syllables",
    "to_first_person",
    "title_pattern",
    "to_second_person",
    "without_final_stop",
    "word_count",
]
