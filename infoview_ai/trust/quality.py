"""Quality measures beyond pass/fail checks, shared by `infoview eval` and the quality benchmark tests.

- ``own_fact``: a question cites a fact of the person's own, and that fact is in their profile;
- ``near_duplicates``: pairs of questions that ask the same thing;
- ``tiara_coverage``: the share of the five TIARA themes (trends, insights, advice, resources,
  assignments) the questions cover;
- ``advice_named``: a thank-you names a specific piece of advice from the call notes;
- ``fits_the_call``: no more questions than a call of that length holds (a 40-question list is no plan).
"""

from __future__ import annotations

import re

from infoview_ai.artifacts import THEMES
from infoview_ai.context import Context

_USERS_OWN = ("you:", "your ", "you ", "general")
_WORD = re.compile(r"[a-z0-9]+")


def profile_words(ctx: Context) -> set[str]:
    from infoview_ai.bio import profile_as_text

    return set(_WORD.findall(f"{ctx.bio_text}\n{profile_as_text(ctx.profile)}".lower()))


def own_fact(question, ctx: Context, words: set[str] | None = None) -> bool:
    """True when the question cites a fact of the person's own and that fact is in their profile."""
    source = (question.source or "").strip()
    if not source or source.lower().startswith(_USERS_OWN) and not source.lower().startswith("you and them"):
        return False
    fact = source.split(":", 1)[1] if ":" in source else source
    cited = [w for w in _WORD.findall(fact.lower()) if len(w) > 2]
    if not cited:
        return False
    words = profile_words(ctx) if words is None else words
    return sum(w in words for w in cited) / len(cited) >= 0.8


def near_duplicates(questions) -> list[tuple[str, str]]:
    """Pairs of questions that ask the same thing: most words shared, or the same move cited."""
    from rapidfuzz import fuzz

    pairs = []
    for i, a in enumerate(questions):
        for b in questions[i + 1 :]:
            same_move = "→" in a.source and a.source == b.source and a.why == b.why
            if same_move or fuzz.token_set_ratio(a.text.lower(), b.text.lower()) >= 85:
                pairs.append((a.text, b.text))
    return pairs


def tiara_coverage(questions) -> float:
    """The share of the five TIARA themes asked about at least once (0 to 1)."""
    return len({q.theme for q in questions} & set(THEMES)) / len(THEMES)


# Words that say nothing specific: a thank-you that shares only these with the notes named no advice.
_PLAIN = frozenset(
    "about after again their there these those which would could should thank thanks really other "
    "advice said told think minutes notes great learn month months "
    # Words of time and order: "before March" shares "before" with "before taking another course".
    "before within first later still today after until since while".split()
)


def advice_named(body: str, call_notes: str) -> bool:
    """True when the body repeats two specific words (5+ letters) from one line of the call notes."""
    said = set(_WORD.findall(body.lower()))
    for line in call_notes.splitlines():
        specific = {w for w in _WORD.findall(line.lower()) if len(w) >= 5 and w not in _PLAIN}
        if len(specific & said) >= 2:
            return True
    return False


# Prepared questions beyond what the call holds that are still fine: a spare or two to swap in.
SPARE_QUESTIONS = 2


def fits_the_call(questions, minutes: int) -> bool:
    """True when the list is no longer than what ``minutes`` holds (call_plan), plus a spare or two."""
    from infoview_ai.call_plan import question_count

    return len(questions) <= question_count(minutes) + SPARE_QUESTIONS
