"""Deterministic scores for one output, and one overall score per contender.

Every measure is 1 (held) or 0 (broken), or a share from 0 to 1, or None when it does not apply to the
kind. A check that passed only because review repaired the draft (trimmed it to the limit, replaced an
invented school with a placeholder) counts as broken: the score is what the contender wrote, not what
our fixes made of it. An output that failed to generate scores 0 on everything and is counted.
"""

from __future__ import annotations

from infoview_ai.artifacts import Brief, Message, Note, QuestionSet
from infoview_ai.context import Context
from infoview_ai.language import reading_grade, word_count
from infoview_ai.language.sentences import split_sentences
from infoview_ai.trust.quality import (
    advice_named,
    fits_the_call,
    near_duplicates,
    own_fact,
    profile_words,
    tiara_coverage,
)

# How much each measure counts in a contender's overall score (documented in the README): the things that
# embarrass the user (an invented fact, a note cut off at the limit, a job ask) weigh three times a style
# point.
WEIGHTS: dict[str, float] = {
    "limit": 3,
    "grounding": 3,
    "job-ask": 3,
    "seams": 2,
    "first-name": 1,
    "clichés": 1,
    "one-ask": 1,
    "readability": 1,
    "sentence-length": 1,
    "own-fact": 2,
    "tiara": 1,
    "no-near-duplicates": 1,
    "advice-named": 2,
    "fits-call": 2,
}
MEASURES = tuple(WEIGHTS)
PROSE_CHECKS = (
    "limit",
    "grounding",
    "job-ask",
    "seams",
    "first-name",
    "clichés",
    "one-ask",
    "readability",
    "sentence-length",
)


# For questions, "sentence-length" is the question-length check: every question short enough to ask.
QUESTION_MEASURES = (
    "grounding",
    "job-ask",
    "seams",
    "own-fact",
    "tiara",
    "no-near-duplicates",
    "sentence-length",
    "fits-call",
)


def applicable(kind_name: str) -> tuple[str, ...]:
    """The measures that apply to a kind: what a failed output of that kind scores 0 on."""
    if kind_name == "questions":
        return QUESTION_MEASURES
    if kind_name == "brief":
        return ("grounding", "seams")
    from infoview_ai.kinds import kind_named

    kind = kind_named(kind_name)
    # As review runs them: no job-ask check after a call (the eval's follow-up is a report-back), and
    # one-ask only for outreach. A failed thank-you scored 0 on them dragged its "no job ask" down.
    skipped = {"job-ask"} if not kind.is_first_contact() else set()
    skipped |= {"one-ask"} if not kind.one_ask else set()
    prose = tuple(m for m in PROSE_CHECKS if m not in skipped)
    return prose + (("advice-named",) if kind_name == "thank_you" else ())


def _held(checks, name: str) -> float | None:
    found = [c for c in checks if c.name == name]
    if not found:
        return None
    return 1.0 if all(c.status == "pass" for c in found) else 0.0


def score_output(artifact, ctx: Context) -> dict[str, float | None]:
    """Every measure for one generated artifact (None where a measure does not apply)."""
    scores: dict[str, float | None] = dict.fromkeys(MEASURES)
    checks = getattr(artifact, "checks", [])
    if isinstance(artifact, Message | Note):
        for name in PROSE_CHECKS:
            scores[name] = _held(checks, name)
        if isinstance(artifact, Note) and artifact.kind == "thank_you" and ctx.call_notes.strip():
            scores["advice-named"] = 1.0 if advice_named(artifact.body, ctx.call_notes) else 0.0
    elif isinstance(artifact, QuestionSet):
        for name in ("grounding", "job-ask", "seams"):
            scores[name] = _held(checks, name)
        scores["sentence-length"] = _held(checks, "question-length")
        questions = artifact.questions
        scores["fits-call"] = 1.0 if fits_the_call(questions, artifact.minutes) else 0.0
        if questions:
            words = profile_words(ctx)
            scores["own-fact"] = sum(own_fact(q, ctx, words) for q in questions) / len(questions)
            scores["tiara"] = tiara_coverage(questions)
            scores["no-near-duplicates"] = 0.0 if near_duplicates(questions) else 1.0
        else:
            scores.update({"own-fact": 0.0, "tiara": 0.0, "no-near-duplicates": 0.0})
    elif isinstance(artifact, Brief):
        for name in ("grounding", "seams"):
            scores[name] = _held(checks, name)
    return scores


def overall(scores: dict[str, float | None]) -> float:
    """The weighted mean of the measures that apply, from 0 to 100."""
    applied = [(WEIGHTS[name], value) for name, value in scores.items() if value is not None]
    if not applied:
        return 0.0
    return round(100 * sum(w * v for w, v in applied) / sum(w for w, _ in applied), 1)


def figures(artifact) -> dict[str, float | None]:
    """Plain figures a reader compares: characters, reading grade, mean sentence length (words)."""
    text = _text_of(artifact)
    sentences = [s for s in split_sentences(text.replace("\n", " ")) if s.strip()]
    return {
        "characters": len(getattr(artifact, "body", "") or "")
        if isinstance(artifact, Message | Note)
        else None,
        "reading_grade": reading_grade(text),
        "sentence_words": round(word_count(text) / len(sentences), 1) if sentences else None,
    }


def _text_of(artifact) -> str:
    if isinstance(artifact, QuestionSet):
        return " ".join(q.text for q in artifact.questions)
    if isinstance(artifact, Brief):
        return " ".join(artifact.lines())
    return getattr(artifact, "body", "") or ""


def failing_spans(artifact) -> list[str]:
    """What failed or needed repair, quoted: for the report's per-output view."""
    out = []
    for check in getattr(artifact, "checks", []):
        if check.status != "pass":
            out.append(f"{check.name}: {check.message}")
    return out


def spans_to_mark(artifact) -> list[str]:
    """The quoted spans of every check that did not pass, for highlighting in the HTML report."""
    spans = {w for c in getattr(artifact, "checks", []) if c.status != "pass" for w in c.where}
    return sorted((s for s in spans if s.strip()), key=len, reverse=True)


def text_of(artifact) -> str:
    """What the user would read, as plain text."""
    return artifact.to_text() if hasattr(artifact, "to_text") else _text_of(artifact)
