"""Quoted advice in call notes reaches the thank-you and the follow-up whole, punctuated once."""

from __future__ import annotations

from infoview_ai.context import Context, Profile, Sender
from infoview_ai.engines.offline.after_call.follow_up import build_follow_up
from infoview_ai.engines.offline.after_call.thank_you import build_thank_you


def _ctx(notes: str) -> Context:
    return Context(
        profile=Profile(name="Lena Okafor"), sender=Sender(name="Alex Kim"), call_notes=notes, channel="email"
    )


def test_a_quotation_is_advice_not_a_title():
    notes = '- She said: "Learn the process first." Then the data.\n'
    assert 'advice to "Learn the process first" stuck with me' in build_thank_you(_ctx(notes)).body
    follow_up = build_follow_up(_ctx(notes)).body
    assert 'you advised me to "Learn the process first".' in follow_up
    assert '.".' not in follow_up
