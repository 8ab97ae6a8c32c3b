"""cli/wrapped.fill prints what textwrap.fill prints, byte for byte, on the sentences `due` wraps and on
random text built to hit every case it hands back to textwrap (hyphens at a line's end, long words,
tabs, runs of spaces, leading and trailing spaces)."""

from __future__ import annotations

import random
import textwrap

import pytest

from infoview_ai.cli import wrapped
from infoview_ai.cli.wrapped import fill

WORDS = [
    "a", "to", "the", "nudge", "follow-up", "--note-file", "`infoview", "contacts", "log", "123", "met",
    "(#42).", "Dalton's", "3B7", "e-mail-me", "x" * 40, "y" * 97, "Zoë", "naïve", "—", "--", "a--b",
    "well-", "-dash", "2026-03-09", "Mon", "9", "Mar:",
]  # fmt: skip
SEPARATORS = [" "] * 30 + ["  ", "\t", "\n", " \r "]


def reference(text: str, width: int, indent: str) -> str:
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


@pytest.mark.parametrize("seed", range(40))
def test_random_text_is_wrapped_as_textwrap_wraps_it(seed, monkeypatch):
    handed_back = []
    monkeypatch.setattr(wrapped, "_textwrap_fill", lambda *args: handed_back.append(args) or reference(*args))
    rng = random.Random(seed)
    for _ in range(250):
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 45))]
        plain = rng.random() < 0.7  # most with single spaces only: the quick path's own cases
        text = "".join(w + (" " if plain else rng.choice(SEPARATORS)) for w in words)
        text = text.strip(" ") if rng.random() < 0.9 else text
        width = rng.choice((20, 40, 60, 100))
        indent = rng.choice(("", "    "))
        assert fill(text, width, indent) == reference(text, width, indent), (text, width, indent)
    assert 25 <= len(handed_back) <= 225, len(handed_back)  # both paths taken


def test_the_reasons_due_prints_are_wrapped_as_before():
    reason = (
        "Your call with Person 4410 was on Tue 10 Mar 15:00: log it with your notes (`infoview contacts log "
        "4410 met --at 2026-03-10T15:00 --note-file NOTES`) so the thank-you can use them."
    )
    for width in range(30, 130):
        assert fill(reason, width, "    ") == reference(reason, width, "    "), width
