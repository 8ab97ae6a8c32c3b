"""Properties of the bio parser on text nobody wrote: it never raises anything but a BioError, never takes
page furniture for a name, and never returns a role whose title or company the input does not contain.

Inputs are arbitrary text and bytes, and the corpus's own texts cut, repeated and spliced with noise.
"""

from __future__ import annotations

import json

import corpus_tools as corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoview_ai.bio import parse_bio
from infoview_ai.bio.linkedin.page import is_badge
from infoview_ai.bio.text import NOISE_EXACT, clean_text, is_noise
from infoview_ai.errors import BioError

TEXTS = [case.text() for case in corpus.cases() if not case.is_pdf]
NOISE = ["Connect", "Message", "More", "· 3rd", "(She/Her)", "500+ connections", "Show all 8 experiences",
         "…see more", "Experience", "Education", "About", "Present", "2019 - Present · 5 yrs", "\u200b",
         "Contact info", "Follow", "He/Him", "1,204 followers", "Open to work", "Skills", "•", "|", "—"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _squash(text: str) -> str:
    """Whitespace squashed, case folded, Markdown emphasis marks dropped (plain bios are read without)."""
    return " ".join(text.replace("`", "").replace("**", "").replace("__", "").split()).casefold()


def _parse(text: str):
    try:
        return parse_bio(text)
    except BioError:
        return None


def _check(text: str) -> None:
    profile = _parse(text)
    if profile is None:
        return
    if profile.name:
        assert profile.name.strip().lower() not in NOISE_EXACT
        assert not is_noise(profile.name) and not is_badge(profile.name), profile.name
    structured = profile.source_format in {"json_resume", "profile_json"}
    # compared with the text as the parser cleaned it (soft hyphens and zero-width marks removed)
    source = _squash(clean_text(_json_text(text) if structured else text))
    for position in profile.positions:
        assert position.title.strip(), position
        assert _squash(position.title) in source, position.title
        assert not position.company or _squash(position.company) in source, position.company


def _json_text(text: str) -> str:
    """The strings of a JSON document, as a reader sees them (escapes undone)."""
    out: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            out.append(value)

    walk(json.loads(text))
    return "\n".join(out)


@SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_text_never_breaks_the_parser(text):
    _check(text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_decoded_never_break_the_parser(data):
    _check(data.decode("utf-8", errors="replace"))


@st.composite
def spliced(draw) -> str:
    """A corpus text with lines dropped, repeated, swapped and noise or random words put in."""
    lines = draw(st.sampled_from(TEXTS)).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "repeat", "noise", "words", "swap"]))
        if action == "drop":
            lines.pop(index)
        elif action == "repeat":
            lines.insert(index, lines[index])
        elif action == "noise":
            lines.insert(index, draw(st.sampled_from(NOISE)))
        elif action == "words":
            lines.insert(index, draw(st.text(max_size=60)))
        elif index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], lines[index]
    return "\n".join(lines)


@SETTINGS
@given(spliced())
def test_damaged_profiles_keep_every_promise(text):
    _check(text)
