"""Safe, deterministic repairs to a draft before it is measured."""

from __future__ import annotations

import re

from infoview_ai.context import Context
from infoview_ai.kinds import POLISH
from infoview_ai.language import asks, char_count, find_cliches, fit_to_limit, greeting_name, has_job_ask
from infoview_ai.trust.draft import Draft, expected_name
from infoview_ai.trust.grounding import find_ungrounded, input_corpus
from infoview_ai.trust.injection import HIDDEN, links_in


def allowed_links(ctx: Context) -> set[str]:
    """Links a draft may carry: the person's own LinkedIn profile, and links the user wrote themselves."""
    own = {link for link in links_in(ctx.bio_text) if "linkedin.com/in/" in link.lower()}
    mine = set(links_in(ctx.target.company_notes) + links_in(ctx.sender.background) + links_in(ctx.draft))
    return own | mine


def fix_draft(draft: Draft, ctx: Context) -> Draft:
    """Safe, deterministic repairs: hidden characters, clichés, a wrong first name, foreign links,
    invented specifics (swapped for placeholders), then the hard limit at a sentence boundary."""
    from infoview_ai.language import remove_cliches  # the same repair polish uses

    body = HIDDEN.sub("", draft.body)
    found = find_cliches(body)
    if found:
        body, _ = remove_cliches(body)
        draft.cliches_removed = found
        draft.changes.append("removed clichés: " + ", ".join(f"'{c}'" for c in found))
    greeting = greeting_name(body)
    expected = expected_name(ctx, formal=bool(greeting and greeting[1]))
    if expected and greeting and greeting[0].lower() != expected.lower() and not draft.kind.users_own:
        body = body.replace(greeting[0], expected, 1)
        draft.changes.append(f"greeting said '{greeting[0]}'; the profile's name is '{expected}'")
    if draft.kind == POLISH:
        body = _drop_job_asks(body, draft)
    allowed = allowed_links(ctx)
    for link in links_in(body):
        if link not in allowed:
            body = body.replace(link, "").replace("  ", " ")
            draft.removed_links.append(link)
    corpus = input_corpus(ctx)
    for item in find_ungrounded(body, corpus):
        if item.kind == "link":
            body = body.replace(item.span, "")
            draft.removed_links.append(item.span)
        else:
            body = re.sub(rf"(?<![\w\[]){re.escape(item.span)}(?!\w)", f"[PLACEHOLDER: {item.span}?]", body)
            draft.replaced.append(item.span)
    if draft.replaced:
        draft.changes.append("not in your inputs, replaced by placeholders: " + ", ".join(draft.replaced))
    if draft.removed_links:
        draft.changes.append("removed links: " + ", ".join(draft.removed_links))
    limit = draft.channel.hard_limit
    if limit is not None and char_count(body) > limit:
        before = char_count(body)
        body = fit_to_limit(body, limit)
        draft.changes.append(
            f"cut {before - char_count(body)} characters at a sentence boundary to fit {limit}"
        )
    if (
        draft.subject
        and draft.channel.subject_limit
        and char_count(draft.subject) > draft.channel.subject_limit
    ):
        draft.subject = fit_to_limit(draft.subject, draft.channel.subject_limit)
        draft.changes.append(f"shortened the subject to {draft.channel.subject_limit} characters")
    draft.body = body
    return draft


def _drop_job_asks(body: str, draft: Draft) -> str:
    """Polish: remove sentences that ask for a job, referral or resume, when the rest still asks for time."""
    from infoview_ai.language import split_sentences

    sentences = split_sentences(body.replace("\n", " \n "))
    asking = [s for s in sentences if has_job_ask(s)]
    rest = " ".join(s for s in sentences if s not in asking)
    if not asking or not asks(rest):
        return body
    for sentence in asking:
        body = body.replace(sentence.strip(), "").replace("  ", " ")
        draft.changes.append(
            f"removed '{sentence.strip()}': a first message that asks for a job gets ignored"
        )
    return re.sub(r" +\n", "\n", body).strip()
