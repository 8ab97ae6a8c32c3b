"""Keep the bio inside a token budget, dropping the least useful text first and saying so.

Order of cuts: LinkedIn page noise (by sending the parsed profile instead of the raw copy), then the
descriptions of older roles, then older roles themselves, then the tail of the About section. The top
card, the current and recent roles and the start of About always stay.
"""

from __future__ import annotations

import os

from infoview_ai.bio import profile_as_text
from infoview_ai.context import Context, Profile
from infoview_ai.engines.llm.prompting.tokens import count_tokens
from infoview_ai.engines.llm.prompting.values import prompt_values
from infoview_ai.kinds import Kind

DEFAULT_BIO_BUDGET = 6000  # tokens; a long LinkedIn copy is ~3-5k, a PDF export ~2-4k
KEEP_RECENT_ROLES = 3


def bio_budget() -> int:
    try:
        return max(500, int(os.environ.get("INFOVIEW_MAX_BIO_TOKENS", DEFAULT_BIO_BUDGET)))
    except ValueError:
        return DEFAULT_BIO_BUDGET


def fit_bio(bio: str, profile: Profile, model: str, budget: int | None = None) -> tuple[str, str | None]:
    """The bio to send and, when it was trimmed, a note for stderr saying how."""
    budget = budget or bio_budget()
    before = count_tokens(bio, model)
    if before.count <= budget:
        return bio, None

    recent = profile.positions[:KEEP_RECENT_ROLES]
    older = profile.positions[KEEP_RECENT_ROLES:]
    # Each step drops more; the top card, recent roles and About survive every step but the last.
    steps = [
        ({}, "LinkedIn page noise"),
        (
            {"positions": recent + [p.model_copy(update={"description": ""}) for p in older]},
            "the descriptions of older roles",
        ),
        ({"positions": recent}, f"all but the {KEEP_RECENT_ROLES} most recent roles"),
        (
            {"volunteering": [], "certifications": [], "languages": [], "skills": profile.skills[:10]},
            "volunteering, certifications and languages",
        ),
    ]
    candidate, dropped_parts, text = profile, [], bio
    for update, what in steps:
        trimmed = candidate.model_copy(update=update)
        if update and trimmed == candidate:
            continue  # nothing of that kind to drop
        candidate = trimmed
        dropped_parts.append(what)
        text = profile_as_text(candidate)
        if count_tokens(text, model).count <= budget:
            break
    else:
        # Still too long: cut the About section's tail, keeping whole words.
        about = candidate.about
        while (
            about
            and count_tokens(profile_as_text(candidate.model_copy(update={"about": about})), model).count
            > budget
        ):
            about = about[: int(len(about) * 0.8)].rsplit(" ", 1)[0]
        text = profile_as_text(candidate.model_copy(update={"about": about + " […]" if about else ""}))
        dropped_parts.append("the end of the About section")
    dropped = ", ".join(dropped_parts)
    after = count_tokens(text, model)
    return text, (
        f"The bio was {before} and over the {budget}-token budget: dropped {dropped} "
        f"(now {after.count}). Set INFOVIEW_MAX_BIO_TOKENS to change the budget."
    )


def prepared_values(kind: Kind, ctx: Context, model: str) -> tuple[dict[str, str], list[str]]:
    """The prompt variables for ``kind`` with the bio inside its budget: what both the LLM engine and
    --dry-run render, so the dry run shows exactly what would be sent."""
    values = prompt_values(kind, ctx)
    notes = []
    if ctx.bio_text.strip():
        values["bio"], note = fit_bio(values["bio"], ctx.profile, model)
        if note:
            notes.append(note)
    return values, notes
