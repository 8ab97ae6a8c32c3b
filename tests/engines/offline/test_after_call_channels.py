"""A thank-you or report-back asked for as a connection note fits the note's hard limit (200, 300 with
Premium), keeps the most specific advice when it can, and fails the limit check when nothing can fit."""

from __future__ import annotations

import pytest
from call_note_corpus import NOTES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoview_ai.context import Context, Profile, Sender
from infoview_ai.engines.offline.after_call.follow_up import build_follow_up
from infoview_ai.engines.offline.after_call.thank_you import build_thank_you
from infoview_ai.kinds import FOLLOW_UP, THANK_YOU
from infoview_ai.language import char_count
from infoview_ai.trust.draft import Draft, channel_of
from infoview_ai.trust.measure import measure, seams_check

BUILDERS = {"thank_you": build_thank_you, "follow_up": build_follow_up}
LIMITS = {("linkedin-note", False): 200, ("linkedin-note", True): 300}


def _ctx(notes: str, channel: str, premium: bool = False, first: str = "Maria Ortega") -> Context:
    return Context(
        profile=Profile(name=first),
        sender=Sender(name="Darnell Price"),
        call_notes=notes,
        channel=channel,
        premium=premium,
    )


@pytest.mark.parametrize("premium", [False, True])
@pytest.mark.parametrize("kind", sorted(BUILDERS))
@pytest.mark.parametrize("notes", NOTES, ids=[n.split("\n")[0][:30] for n in NOTES])
def test_every_connection_note_fits_and_reads_whole(notes, kind, premium):
    note = BUILDERS[kind](_ctx(notes, "linkedin-note", premium))
    assert char_count(note.body) <= LIMITS[("linkedin-note", premium)], note.body
    assert note.body.startswith("Hi Maria, ") and note.body.endswith("\nDarnell")
    assert seams_check([note.body]).status == "pass", note.body
    assert note.channel == "linkedin-note"
    assert any("connection note holds" in n for n in note.notes)


P1_STYLE = (
    "Call with Maria, 20 min, Thursday.\n"
    "- She said get the CWI first, then ASNT Level II in UT; UT pays better than VT alone.\n"
    "- Advice: volunteer to do the first-article inspections at my shop to build a record.\n"
    "- Read: AWS Welding Inspection Handbook.\n"
    "- She offered to forward my resume to their hiring manager when a QC inspector spot opens.\n"
    "- I'll sign up for the CWI seminar in Houston in April.\n"
)


def test_the_short_thank_you_keeps_the_most_specific_advice_and_the_plan():
    body = build_thank_you(_ctx(P1_STYLE, "linkedin-note")).body
    assert "get the CWI first" in body and "Thursday" in body
    premium = build_thank_you(_ctx(P1_STYLE, "linkedin-note", True)).body
    assert "I'll sign up for the CWI seminar" in premium


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_the_limit_check_passes_the_short_note_and_fails_one_that_cannot_fit(kind):
    ctx = _ctx(P1_STYLE, "linkedin-note")
    note = BUILDERS[kind](ctx)
    draft_kind = THANK_YOU if kind == "thank_you" else FOLLOW_UP
    checks = {c.name: c for c in measure(Draft(draft_kind, channel_of(ctx, note.channel), note.body), ctx)}
    assert checks["limit"].status == "pass"
    # nothing in it warns: a thank-you's 60-word floor does not apply inside 200 characters, so the
    # note passes `--strict`
    assert {c.name for c in checks.values() if c.status != "pass"} == set(), checks
    # a name longer than the whole note: nothing fits, so the check must fail rather than pass it on
    huge = _ctx(P1_STYLE, "linkedin-note", first="Maria" + "x" * 220 + " Ortega")
    long_note = BUILDERS[kind](huge)
    checks = {
        c.name: c
        for c in measure(Draft(draft_kind, channel_of(huge, long_note.channel), long_note.body), huge)
    }
    assert checks["limit"].status == "fail"


@pytest.mark.parametrize("channel", ["linkedin-message", "inmail", "email"])
@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_the_other_channels_keep_the_full_note_within_their_limits(channel, kind):
    note = BUILDERS[kind](_ctx(P1_STYLE, channel))
    limit = {"linkedin-message": 8000, "inmail": 1900, "email": None}[channel]
    assert limit is None or char_count(note.body) <= limit
    assert note.channel == channel
    assert "\n\n" in note.body  # the full letter, not the one-paragraph connection note


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(st.text(min_size=1, max_size=120), min_size=1, max_size=6),
    premium=st.booleans(),
    kind=st.sampled_from(sorted(BUILDERS)),
)
def test_any_notes_give_a_connection_note_within_the_limit(lines, premium, kind):
    notes = "\n".join(f"- {line}" for line in lines)
    if not notes.replace("-", "").strip():
        return
    note = BUILDERS[kind](_ctx(notes, "linkedin-note", premium))
    assert char_count(note.body) <= LIMITS[("linkedin-note", premium)]
