"""Every offline deliverable over the labelled profiles, for four users unlike each other (issue 11).

The corpus (tests/quality_corpus.py) runs every kind for every profile of the parsing corpus and its
blind rounds: about 10,000 drafts. A broken sentence anywhere fails; so does a 20-minute set that draws
less on the person's own facts than the bar, and a weak draft polish could have repaired but did not.
benchmarks/quality.py prints the same measures per kind.
"""

from __future__ import annotations

import statistics

import pytest
import quality_corpus as corpus

from infoview_ai.career import current_role
from infoview_ai.language import has_job_ask


@pytest.fixture(scope="module")
def measured() -> dict:
    seams, own, generic, polish_left, refused_wrongly, kinds = [], [], [], [], [], set()
    for out in corpus.outputs():
        kinds.add(out.kind)
        if out.artifact is None:
            index = int(out.kind.split("-")[1]) if out.kind.startswith("polish-") else -1
            if index not in corpus.NOTHING_TO_KEEP:
                refused_wrongly.append((out.case, out.user, out.kind, out.extra))
            continue
        seams += [(out.case, out.user, out.kind, s) for s in corpus.seams_in(out)]
        if out.kind == "questions-20":
            qs = out.artifact.questions
            words = corpus.profile_words(out.context)
            own.append(sum(corpus.own_fact(q, out.context, words) for q in qs) / len(qs))
            if sum(1 for q in qs if not q.source) > max(1, len(qs) // 5):
                generic.append((out.case, out.user, current_role(out.context.profile)))
        if out.kind.startswith("polish-") and has_job_ask(out.artifact.body):
            polish_left.append((out.case, out.kind, out.artifact.body))
    return {
        "seams": seams,
        "own": own,
        "generic": generic,
        "polish_left": polish_left,
        "refused": refused_wrongly,
        "kinds": kinds,
    }


def test_the_corpus_covers_every_kind_for_at_least_three_users(measured):
    assert len(corpus.USERS) >= 3
    assert len(corpus.profile_cases()) >= 80
    for kind in (
        "brief",
        "questions-20",
        "questions-45",
        "outreach-linkedin-note",
        "outreach-premium",
        "outreach-email",
        "outreach-inmail",
        "outreach-linkedin-message",
        "thank-you",
        "follow-up",
        "nudge",
        "polish-0",
    ):
        assert kind in measured["kinds"]


def test_no_draft_in_the_corpus_has_a_broken_sentence(measured):
    assert measured["seams"] == []


def test_twenty_minute_sets_draw_on_the_persons_own_facts(measured):
    assert statistics.median(measured["own"]) >= 0.75


def test_at_most_one_generic_question_in_five_unless_the_bio_names_no_current_role(measured):
    # General questions fill only what the profile cannot: a set over the bar is one whose bio gave no
    # current role to ask about (a parse gap on a team page, an "open to work" profile), and those are few.
    assert [g for g in measured["generic"] if g[2] is not None] == []
    assert len(measured["generic"]) <= 0.03 * len(measured["own"])


def test_polish_repairs_every_weak_draft_with_anything_left_to_keep(measured):
    assert measured["refused"] == []
    assert measured["polish_left"] == []
