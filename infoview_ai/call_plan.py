"""How a call's minutes turn into questions (docs/domain.md#timing), for both engines' question counts."""

from __future__ import annotations

MINUTES_PER_QUESTION = 2.5
MAX_PREPARED = 10  # docs/domain.md#timing: 5-10 prepared for a typical call; more is noise


def intro_minutes(minutes: int) -> float:
    """Introductions take 2-3 minutes (docs/domain.md#timing); a very short call gets them over faster."""
    return 1.0 if minutes <= 5 else 2.0 if minutes < 15 else 2.5


def question_count(minutes: int) -> int:
    """What fits after the introductions at about 2.5 minutes a question, plus the quick closing "who
    else" question; at most 10 prepared: 5 -> 3, 10 -> 4, 15 -> 6, 20 -> 8, 30 and more -> 10."""
    fit = round((minutes - intro_minutes(minutes)) / MINUTES_PER_QUESTION) + 1
    return max(2, min(MAX_PREPARED, fit))


def must_ask_count(n: int) -> int:
    """The must-asks among ``n`` (the closing question is never one): 3 -> 2, 4 -> 3, 8 -> 4, 10 -> 5."""
    return max(1, n - 1) if n <= 4 else 3 if n <= 6 else 4 if n <= 9 else 5


def pace(minutes: int, n: int) -> float:
    """Minutes a question, rounded to the half minute."""
    return max(1.0, round((minutes - intro_minutes(minutes)) / max(n, 1) * 2) / 2)
