"""Trust checks run on every deliverable from either engine before the user sees it.

- ``sanitize_context``: strip hidden characters from what the user pasted and report instruction-like
  text and links in it;
- ``review``: fix what can be fixed safely and attach every check's result to the artifact;
- ``regeneration_feedback``: what the LLM engine tells the model when a draft breaks a rule;
- ``check_text``: measure a draft the user wrote, without rewriting it (`infoview check`).
"""

from __future__ import annotations

import re

from infoview_ai.artifacts import Brief, CheckResult, Message, Note, QuestionSet
from infoview_ai.context import Context
from infoview_ai.kinds import OUTREACH, USER_DRAFT, Kind
from infoview_ai.language import char_count, has_job_ask, word_count
from infoview_ai.trust.draft import Draft, channel_of, word_target
from infoview_ai.trust.fix import fix_draft
from infoview_ai.trust.grounding import find_ungrounded, input_corpus
from infoview_ai.trust.injection import InputFinding, scan, strip_hidden
from infoview_ai.trust.measure import measure, seams_check

MAX_QUESTION_WORDS = 30
_COMPUTED = re.compile(r"^\d+ (?:yrs?|mos?)$")


def sanitize_context(ctx: Context) -> tuple[Context, list[InputFinding]]:
    """The context with hidden characters removed from pasted text, and what the scan found."""
    fields = {
        "bio": ctx.bio_text,
        "company notes": ctx.target.company_notes,
        "call notes": ctx.call_notes,
        "draft": ctx.draft,
        "your background": ctx.sender.background,
    }
    findings = [f for source, text in fields.items() if text for f in scan(source, text)]
    if not any(f.kind == "hidden" for f in findings):
        return ctx, findings
    clean = {name: strip_hidden(text)[0] for name, text in fields.items()}
    ctx = ctx.model_copy(
        update={
            "bio_text": clean["bio"],
            "call_notes": clean["call notes"],
            "draft": clean["draft"],
            "target": ctx.target.model_copy(update={"company_notes": clean["company notes"]}),
            "sender": ctx.sender.model_copy(update={"background": clean["your background"]}),
        }
    )
    return ctx, findings


def review(kind: Kind, artifact, ctx: Context):
    """The artifact with safe fixes applied and ``checks`` filled in."""
    if isinstance(artifact, Message | Note):
        return _review_prose(kind, artifact, ctx)
    if isinstance(artifact, QuestionSet):
        return _review_questions(artifact, ctx)
    if isinstance(artifact, Brief):
        return _review_brief(artifact, ctx)
    return artifact


def _review_prose(kind: Kind, artifact: Message | Note, ctx: Context):
    channel = channel_of(ctx, getattr(artifact, "channel", None))
    draft = fix_draft(Draft(kind, channel, artifact.body, artifact.subject), ctx)
    checks = measure(draft, ctx)
    # The model's own notes may name the facts review just removed ("hook: ... from the profile").
    corpus = input_corpus(ctx)
    kept = [
        n
        for n in artifact.notes
        if not any(u.kind != "number" for u in find_ungrounded(n.split(":", 1)[-1], corpus))
    ]
    notes = kept + [f"check fixed: {change}" for change in draft.changes]
    return artifact.model_copy(
        update={
            "body": draft.body,
            "subject": draft.subject,
            "characters": char_count(draft.body),
            "words": word_count(draft.body),
            "notes": notes,
            "checks": checks,
        }
    )


def _review_questions(artifact: QuestionSet, ctx: Context) -> QuestionSet:
    corpus = input_corpus(ctx)
    kept = [q for q in artifact.questions if not has_job_ask(q.text)]
    dropped = len(artifact.questions) - len(kept)
    questions = [q.model_copy(update={"rank": i}) for i, q in enumerate(kept, start=1)]
    checks = [
        CheckResult(
            name="job-ask",
            status="warn" if dropped else "pass",
            message=f"Dropped {dropped} question(s) that asked about jobs or referrals."
            if dropped
            else "No job, internship or referral questions.",
        )
    ]
    long = [q.text for q in questions if word_count(q.text) > MAX_QUESTION_WORDS]
    checks.append(
        CheckResult(
            name="question-length",
            status="warn" if long else "pass",
            where=long,
            message=f"{len(long)} question(s) over {MAX_QUESTION_WORDS} words."
            if long
            else f"Every question is {MAX_QUESTION_WORDS} words or fewer.",
            advice="Ask one thing at a time." if long else "",
        )
    )
    texts = [q.text.strip().lower() for q in questions]
    duplicates = sorted({t for t in texts if texts.count(t) > 1})
    checks.append(
        CheckResult(
            name="duplicates",
            status="warn" if duplicates else "pass",
            where=duplicates,
            message="Repeated questions." if duplicates else "No repeated questions.",
        )
    )
    checks.append(seams_check([q.text for q in questions]))
    invented = [u.span for q in questions for u in find_ungrounded(q.text, corpus)]
    checks.append(
        _grounding_check(
            invented,
            found="Not in your inputs: ",
            clean="Every specific is in your inputs.",
            advice="Check these against their profile before asking.",
        )
    )
    return artifact.model_copy(update={"questions": questions, "checks": checks})


def _review_brief(artifact: Brief, ctx: Context) -> Brief:
    corpus = input_corpus(ctx)
    sourced = [
        c
        for section in (artifact.person, artifact.transitions, artifact.company, artifact.common_ground)
        for c in section
        if c.source in ("profile", "your notes", "you", "profile and you")
    ]
    # "6 yrs 8 mos" is the brief's own arithmetic on the dates, not a claim the inputs must contain.
    invented = sorted(
        {u.span for c in sourced for u in find_ungrounded(c.text, corpus) if not _COMPUTED.match(u.span)}
    )
    check = _grounding_check(
        invented,
        found="Claimed from your inputs but not found there: ",
        clean="Every claim marked as from your inputs is in them.",
        advice="Verify these before the call.",
    )
    return artifact.model_copy(update={"checks": [check, seams_check(artifact.lines())]})


def _grounding_check(invented: list[str], *, found: str, clean: str, advice: str) -> CheckResult:
    """A warning naming the specifics no input contains, or a pass."""
    return CheckResult(
        name="grounding",
        status="warn" if invented else "pass",
        where=invented,
        message=found + ", ".join(invented) if invented else clean,
        advice=advice if invented else "",
    )


def regeneration_feedback(kind: Kind, artifact, ctx: Context) -> list[str]:
    """Measured problems worth one more try from the model, phrased as instructions."""
    if not isinstance(artifact, Message | Note):
        feedback = []
        if isinstance(artifact, QuestionSet):
            if any(has_job_ask(q.text) for q in artifact.questions):
                feedback.append("Some questions ask about jobs, internships or referrals: replace them.")
            seams = seams_check([q.text for q in artifact.questions])
            if seams.status == "fail":
                feedback.append(f"seams: {seams.message} Write every question as a whole sentence.")
        if isinstance(artifact, Brief):
            seams = next((c for c in _review_brief(artifact, ctx).checks if c.name == "seams"), None)
            if seams and seams.status == "fail":
                feedback.append(f"seams: {seams.message} Write every line as a whole sentence.")
        return feedback
    draft = Draft(
        kind, channel_of(ctx, getattr(artifact, "channel", None)), artifact.body, artifact.subject
    )
    target = word_target(kind, draft.channel)
    too_long = target is not None and word_count(draft.body) > target[1]
    feedback = []
    for check in measure(draft, ctx):
        # A short draft is only a warning; a long one costs replies, so the model gets another try.
        if check.status == "fail" or (check.name == "words" and too_long):
            feedback.append(f"{check.name}: {check.message} {check.advice}".strip())
    return feedback


def check_text(text: str, ctx: Context, kind: Kind = OUTREACH) -> list[CheckResult]:
    """Every check on a draft the user wrote, as written (nothing is changed).

    ``kind`` is what the draft is for: OUTREACH (a first contact: no job ask, one ask), THANK_YOU or
    FOLLOW_UP (their own word targets).
    """
    measured_as = USER_DRAFT if kind == OUTREACH else kind
    subject, body = split_subject(text.strip())
    return measure(Draft(measured_as, channel_of(ctx), body, subject), ctx)


def split_subject(text: str) -> tuple[str | None, str]:
    """A leading "Subject: ..." line is the subject; the rest is the body."""
    first, _, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        return first.split(":", 1)[1].strip() or None, rest.strip()
    return None, text
