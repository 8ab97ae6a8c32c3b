"""The built-in offline engine: deterministic rules grounded in the parsed bio, one builder per kind.

Each builder imports its rule set when it runs, so a command loads only the rules it uses (a prep pack
never loads the after-call rules); the imports are plain statements a reader can follow.
"""

from __future__ import annotations

from collections.abc import Callable

from infoview_ai.artifacts import Artifact
from infoview_ai.context import Context
from infoview_ai.kinds import Kind


def _brief(ctx: Context) -> Artifact:
    from infoview_ai.engines.offline.brief.build import build_brief

    return build_brief(ctx)


def _questions(ctx: Context) -> Artifact:
    from infoview_ai.engines.offline.questions.build import build_questions

    return build_questions(ctx)


def _outreach(ctx: Context) -> Artifact:
    from infoview_ai.engines.offline.outreach.build import build_outreach

    return build_outreach(ctx)


def _thank_you(ctx: Context) -> Artifact:
    from infoview_ai.engines.offline.after_call.thank_you import build_thank_you

    return build_thank_you(ctx)


def _follow_up(ctx: Context) -> Artifact:
    from infoview_ai.engines.offline.after_call.follow_up import build_follow_up

    return build_follow_up(ctx)


def _polish(ctx: Context) -> Artifact:
    from infoview_ai.engines.offline.polish import build_polish

    return build_polish(ctx)


# kind name -> builder. Adding a kind means adding its rule set and one entry here.
BUILDERS: dict[str, Callable[[Context], Artifact]] = {
    "brief": _brief,
    "questions": _questions,
    "outreach": _outreach,
    "thank_you": _thank_you,
    "follow_up": _follow_up,
    "polish": _polish,
}


def generate(kind: Kind, context: Context) -> Artifact:
    artifact = BUILDERS[kind.name](context)
    if kind.name in ("outreach", "thank_you", "follow_up"):  # the engine's own prose, never the user's draft
        from infoview_ai.language.realise import tidy

        body = "\n".join(
            _whole_sentences(tidy(line)) if line.strip() else "" for line in artifact.body.split("\n")
        )
        if body != artifact.body:
            artifact = artifact.model_copy(update={"body": body})
    return artifact


def _whole_sentences(line: str) -> str:
    """The line without any sentence that has a seam (a fragment of the user's notes that would not read):
    the offline engine's fallback, so a draft is never refused for one broken sentence."""
    from infoview_ai.language import sentence_spans
    from infoview_ai.trust.seams import has_seam

    if not has_seam(line):
        return line
    kept = "".join(s + space for s, space in sentence_spans(line) if not has_seam(s)).strip()
    return kept or line
