"""Measure a draft: every check, what it found, where, and how to fix it.

Used on every artifact from either engine, and by `infoview check` on the user's own drafts (which
are measured, never rewritten). Each check says what it found, where, and how to fix it.
"""

from __future__ import annotations

import re

from infoview_ai.artifacts import CheckResult
from infoview_ai.context import Context
from infoview_ai.kinds import POLISH
from infoview_ai.language import (
    TARGET_GRADE,
    asks,
    char_count,
    find_cliches,
    greeting_name,
    has_job_ask,
    long_sentences,
    reading_grade,
    word_count,
)
from infoview_ai.trust.draft import Draft, expected_name, word_target
from infoview_ai.trust.grounding import Ungrounded, find_ungrounded, input_corpus
from infoview_ai.trust.seams import find_seams

_PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9 _:'?/,.-]*\]|\[PLACEHOLDER[^\]]*\]")


def measure(draft: Draft, ctx: Context) -> list[CheckResult]:
    """Every check on the draft as it stands."""
    results = [
        _limit(draft),
        _subject(draft),
        _grounding(draft, ctx),
        _first_name(draft, ctx),
        _cliches(draft),
    ]
    if draft.kind.is_first_contact(ctx.follow_up_stage):
        results.append(_job_ask(draft))
    # Polish too: a draft whose job ask was cut must still ask for something before it can pass.
    if draft.kind.one_ask or draft.kind == POLISH:
        results.append(_one_ask(draft))
    results += [_words(draft), _readability(draft), _sentences(draft), _links(draft), _placeholders(draft)]
    # Polish keeps the user's own sentences: a seam it could not repair is theirs to see, not a refusal.
    status = "warn" if draft.kind.name == "polish" else "fail"
    results.append(seams_check([t for t in (draft.subject, draft.body) if t], status))
    return [r for r in results if r is not None]


def seams_check(texts: list[str], status: str = "fail") -> CheckResult:
    """A failure naming each broken sentence ("from to", "Co..", a quote never closed), or a pass.

    Placeholders are left to their own check: the offline engine leaves them for the user on purpose.
    """
    found = [f"{s.kind}: {s.span!r}" for t in texts for s in find_seams(t) if s.kind != "placeholder"]
    if not found:
        return CheckResult(name="seams", status="pass", message="No broken sentences.")
    return CheckResult(
        name="seams",
        status=status,
        where=found,
        message=f"{len(found)} broken sentence(s): " + "; ".join(found[:5]),
        advice="Rewrite each one as a whole sentence, or delete it.",
    )


def _limit(draft: Draft) -> CheckResult:
    limit = draft.channel.hard_limit
    count = char_count(draft.body)
    if limit is None:
        return CheckResult(name="limit", status="pass", message=f"{count} characters (no hard limit).")
    if count > limit:
        return CheckResult(
            name="limit",
            status="fail",
            message=f"{count} characters; the limit is {limit}.",
            advice=f"Cut {count - limit} characters: drop a clause, keep the hook and the ask.",
        )
    trimmed = [c for c in draft.changes if c.startswith("cut ")]
    return CheckResult(
        name="limit",
        status="warn" if trimmed else "pass",
        message=f"{count} of {limit} characters." + (f" ({trimmed[0]})" if trimmed else ""),
        advice="Read the shortened draft before sending." if trimmed else "",
    )


_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?])\s+|\n)[^.!?\n]{0,40}$")


def _without_sign_off(body: str) -> str:
    """A user's own draft signs with their name, which no input need mention: leave the sign-off out."""
    match = _SIGN_OFF.search(body.rstrip())
    return body[: match.start()] if match and len(match.group().split()) <= 5 else body


def _subject(draft: Draft) -> CheckResult | None:
    limit = draft.channel.subject_limit
    if limit is None:
        return None
    if not draft.subject:
        return CheckResult(
            name="subject",
            status="warn",
            message=f"No subject line ({draft.channel.label}).",
            advice="Start with 'Subject: ...': 3-6 words naming why you write to them (their move, "
            "their team, something you share).",
        )
    count = char_count(draft.subject)
    if count > limit:
        return CheckResult(
            name="subject",
            status="fail",
            where=[draft.subject],
            message=f"The subject has {count} characters; the limit is {limit}.",
            advice="Cut it to the few words that say why you are writing to them.",
        )
    words = word_count(re.sub(r"^\s*(?:re|fwd?):\s*", "", draft.subject, flags=re.IGNORECASE))
    if draft.channel.name == "email" and not 3 <= words <= 6:
        return CheckResult(
            name="subject",
            status="warn",
            where=[draft.subject],
            message=f"The subject has {words} words; 3-6 read best.",
            advice="Name the hook in 3-6 words: their move, their team, or something you share.",
        )
    return CheckResult(name="subject", status="pass", message=f"Subject: {count} characters, {words} words.")


def _has_inputs(ctx: Context) -> bool:
    return bool(
        ctx.bio_text.strip()
        or ctx.profile.is_usable()
        or ctx.sender.background.strip()
        or ctx.call_notes.strip()
        or ctx.target.company_notes.strip()
    )


def _grounding(draft: Draft, ctx: Context) -> CheckResult:
    if not _has_inputs(ctx):
        return CheckResult(
            name="grounding",
            status="pass",
            message="Not checked: no bio or background to check facts against.",
            advice="Pass --bio (and --me) to check names and numbers.",
        )
    body = _without_sign_off(draft.body) if draft.kind.users_own else draft.body
    text = f"{draft.subject or ''}\n{body}"
    remaining: list[Ungrounded] = find_ungrounded(text, input_corpus(ctx))
    if remaining:
        return CheckResult(
            name="grounding",
            status="fail",
            where=[u.span for u in remaining],
            message="Specifics that appear in none of your inputs: "
            + ", ".join(f"'{u.span}'" for u in remaining)
            + ".",
            advice="Check each against their profile; if it is not there, remove it.",
        )
    if draft.replaced:
        return CheckResult(
            name="grounding",
            status="warn",
            where=draft.replaced,
            message="Replaced with placeholders (not in your inputs): " + ", ".join(draft.replaced) + ".",
            advice="Fill each [PLACEHOLDER] with something you know is true, or delete it.",
        )
    return CheckResult(name="grounding", status="pass", message="Every specific is in your inputs.")


def _first_name(draft: Draft, ctx: Context) -> CheckResult | None:
    greeting = greeting_name(draft.body)
    if not greeting:
        return None
    greeted, formal = greeting
    expected = expected_name(ctx, formal)
    if not expected:
        return None
    if greeted.lower() != expected.lower():
        which = "last name" if formal else "first name"
        return CheckResult(
            name="first-name",
            status="fail",
            where=[greeted],
            message=f"The greeting says '{greeted}' but the profile's {which} is '{expected}'.",
            advice=f"Write '{draft.body.split(greeted)[0]}{expected},'.",
        )
    fixed = [c for c in draft.changes if c.startswith("greeting said")]
    return CheckResult(
        name="first-name",
        status="warn" if fixed else "pass",
        message=fixed[0] + " (fixed)." if fixed else f"Greets {expected} by name.",
    )


def _cliches(draft: Draft) -> CheckResult:
    text = f"{draft.subject or ''}\n{draft.body}"
    present = [_as_written(text, phrase) for phrase in find_cliches(text)]
    if present:
        return CheckResult(
            name="clichés",
            status="warn",
            where=present,
            message="Reads as generic: " + ", ".join(f"'{c}'" for c in present) + ".",
            advice="Say the specific thing instead, or run `infoview polish`.",
        )
    if draft.cliches_removed:
        return CheckResult(
            name="clichés",
            status="pass",
            message="Removed: " + ", ".join(f"'{c}'" for c in draft.cliches_removed) + ".",
        )
    return CheckResult(name="clichés", status="pass", message="No clichés.")


def _job_ask(draft: Draft) -> CheckResult:
    if has_job_ask(draft.body):
        from infoview_ai.language.asks import job_ask_spans

        found = job_ask_spans(draft.body)
        return CheckResult(
            name="job-ask",
            status="fail",
            where=found,
            message="Asks about a job, referral or resume: " + ", ".join(f"'{f}'" for f in found) + ".",
            advice="Ask for 15-20 minutes of advice about their path; never a job in a first contact.",
        )
    return CheckResult(name="job-ask", status="pass", message="No job, referral or resume ask.")


def _one_ask(draft: Draft) -> CheckResult:
    found = asks(draft.body)
    if len(found) == 1:
        return CheckResult(name="one-ask", status="pass", message="One clear ask.")
    if not found:
        return CheckResult(
            name="one-ask",
            status="warn",
            message="No clear ask.",
            advice="End with one easy request: 'Could I ask you a few questions in 15 minutes?'",
        )
    return CheckResult(
        name="one-ask",
        status="warn",
        where=found,
        message=f"{len(found)} asks.",
        advice="Keep the one that matters most; several asks make saying yes harder.",
    )


def _words(draft: Draft) -> CheckResult | None:
    target = word_target(draft.kind, draft.channel)
    if target is None:
        return None
    low, high = target
    words = word_count(draft.body)
    if words > high or (low and words < low):
        return CheckResult(
            name="words",
            status="warn",
            message=f"{words} words; aim for {low}-{high}.",
            advice="Cut to one hook, one line about you and one ask."
            if words > high
            else "Add the one specific detail that makes it about them.",
        )
    return CheckResult(name="words", status="pass", message=f"{words} words (aim {low}-{high}).")


def _readability(draft: Draft) -> CheckResult | None:
    grade = reading_grade(draft.body)
    if grade is None:
        return None
    if grade > TARGET_GRADE:
        return CheckResult(
            name="readability",
            status="warn",
            message=f"Reading grade {grade}; aim for 8 or lower.",
            advice="Shorter sentences and plainer words get more replies.",
        )
    return CheckResult(name="readability", status="pass", message=f"Reading grade {grade}.")


def _sentences(draft: Draft) -> CheckResult:
    long = long_sentences(draft.body)
    if long:
        return CheckResult(
            name="sentence-length",
            status="warn",
            where=long,
            message=f"{len(long)} sentence(s) over 30 words.",
            advice="Split each in two.",
        )
    return CheckResult(name="sentence-length", status="pass", message="No sentence over 30 words.")


def _links(draft: Draft) -> CheckResult | None:
    if draft.removed_links:
        return CheckResult(
            name="links",
            status="warn",
            where=draft.removed_links,
            message="Removed links that were not theirs or yours.",
        )
    return None


def _placeholders(draft: Draft) -> CheckResult | None:
    found = _PLACEHOLDER.findall(f"{draft.subject or ''}\n{draft.body}")
    if not found:
        return None
    message = f"{len(found)} placeholder(s) to fill before sending."
    limit = draft.channel.hard_limit
    if limit is not None:
        room = limit - (char_count(draft.body) - sum(len(p) for p in found if p in draft.body))
        message += f" Within the {limit}-character limit you have {room} characters for them."
    return CheckResult(
        name="placeholders",
        status="warn",
        where=found,
        message=message,
        advice="Replace each [...] with a true detail, or delete it; put your background in "
        "$INFOVIEW_HOME/me.md so drafts can use it.",
    )


def _as_written(text: str, phrase: str) -> str:
    """``phrase`` with the casing it has in ``text`` (find_cliches reports it lower-cased)."""
    index = text.lower().replace("’", "'").find(phrase)
    return text[index : index + len(phrase)] if index >= 0 else phrase
