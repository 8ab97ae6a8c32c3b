"""Numbers as words: the one table for writing them ("nine months") and for reading them back."""

from __future__ import annotations

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
NUMBER_VALUES = {word: n for n, word in enumerate(NUMBER_WORDS)}


def number_word(n: int) -> str:
    """0-20 in words ("nine"), larger numbers in digits."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)
