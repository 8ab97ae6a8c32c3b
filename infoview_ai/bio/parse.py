"""Turn a bio into a Profile: ``parse_bio`` for text (every text format we read), ``is_pdf`` to tell a PDF.

Text formats are tried in order; the first whose detector says yes parses the text. A new text format is
one more ``BioFormat`` in ``FORMATS``, placed before the plain fallback. PDFs (LinkedIn's "Save to PDF")
are bytes, recognised by content (``is_pdf``), and read by ``bio.pdf.parse_pdf``; ``bio_text_for`` gives
the text a model may see, without contact details.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from infoview_ai.bio.contact_details import find_emails, find_phones, redact
from infoview_ai.bio.json_profile import (
    load_json,
    looks_like_json_resume,
    looks_like_profile_json,
    parse_json_resume,
    parse_profile_json,
)
from infoview_ai.bio.linkedin.page import has_page_marks, looks_like_linkedin_copy, parse_linkedin_text
from infoview_ai.bio.review import finish
from infoview_ai.bio.text import clean_text, content_lines, is_noise, masked_lines
from infoview_ai.context import Profile
from infoview_ai.errors import BioError

__all__ = ["FORMATS", "STRUCTURED", "BioFormat", "bio_text_for", "detect_format", "is_pdf", "parse_bio"]

MASKED_MESSAGE = (
    "This looks like a logged-out LinkedIn copy: titles are masked. Log in, open the profile, and copy it "
    "again, or use 'Save to PDF'."
)
EMPTY_MESSAGE = (
    "The bio is empty. Paste the LinkedIn profile text (select all, copy) or a short bio and try again."
)
UNUSABLE_MESSAGE = (
    "No name, role, headline or about text could be found in the bio. Paste the whole profile page "
    "(select all, copy) or a bio that names the person and their role."
)


def is_pdf(data: bytes) -> bool:
    """PDF by content: the ``%PDF-`` marker within the first kilobyte, whatever the file is called."""
    return b"%PDF-" in data[:1024]


def _parse_plain(text: str) -> Profile:
    from infoview_ai.bio.plain import parse_plain  # the plain parser loads only for plain bios

    return parse_plain(text)


@dataclass(frozen=True)
class BioFormat:
    """A text format we can read: its ``Profile.source_format`` name, a detector, and a parser."""

    name: str
    detect: Callable[[str], bool]
    parse: Callable[[str], Profile]


FORMATS: list[BioFormat] = [
    BioFormat("json_resume", looks_like_json_resume, parse_json_resume),
    BioFormat("profile_json", looks_like_profile_json, parse_profile_json),
    BioFormat("linkedin_text", looks_like_linkedin_copy, parse_linkedin_text),
    BioFormat("plain", lambda text: True, _parse_plain),  # the fallback: always last
]


def detect_format(text: str) -> BioFormat:
    """The first format whose detector accepts ``text`` (cleaned)."""
    return next(fmt for fmt in FORMATS if fmt.detect(text))


def parse_bio(text: str, *, plain: bool = False) -> Profile:
    """Parse pasted LinkedIn page text or a plain bio into a Profile (``plain``: skip the detectors).

    Raises BioError, with what to do next, for empty text, a logged-out copy, or text with nothing usable.
    """
    cleaned = clean_text(text or "")
    if not cleaned.strip():
        raise BioError(EMPTY_MESSAGE)
    _check_json(text)
    lines = content_lines(cleaned)
    fmt = FORMATS[-1] if plain else detect_format(cleaned)
    masks = masked_lines(lines)
    # A lone row of stars can be a Markdown rule in a plain bio; in a LinkedIn copy, or next to words,
    # or repeated, it is a masked title.
    if masks and (fmt.name == "linkedin_text" or len(masks) >= 2 or any(m.strip(" *") for m in masks)):
        raise BioError(MASKED_MESSAGE)
    if all(is_noise(line) for line in lines):
        raise BioError(UNUSABLE_MESSAGE)
    profile = fmt.parse(cleaned)
    profile.source_format = fmt.name
    if fmt.name == "linkedin_text":
        # "Experience" and "Education" headings over dated lines: a résumé rather than a LinkedIn page,
        # when read as one it gives more dated roles than the page reader did, or as many and the text
        # has none of the page's own marks (durations, buttons, counts)
        resume = _parse_plain(cleaned)
        dated = sum(1 for position in resume.positions if position.start)
        page_dated = sum(1 for position in profile.positions if position.start)
        if dated and (dated > page_dated or (dated == page_dated and not has_page_marks(cleaned))):
            profile, fmt = resume, FORMATS[-1]
    if not _has_substance(profile):
        raise BioError(UNUSABLE_MESSAGE)
    if fmt.name not in STRUCTURED:  # structured formats name their contact fields
        profile.email = profile.email or next(iter(find_emails(cleaned)), None)
        profile.phone = profile.phone or next(iter(find_phones(cleaned)), None)
    return finish(profile)


# A JSON document, not a plain bio that opens with a Markdown link ("[Jane Doe](...)").
_JSON_START = re.compile(r'^\s*(?:\{|\[\s*(?:[\[{"\]]|-?\d|true\b|false\b|null\b|$))')


def _check_json(text: str) -> None:
    """Text that opens like JSON must parse as JSON: a truncated export is not a bio to guess from."""
    stripped = text.lstrip("\ufeff").rstrip()
    if not _JSON_START.match(stripped):
        return
    try:
        load_json(stripped)  # a BioError naming the depth cap
    except ValueError as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise BioError(f"The bio is not valid JSON{where}: fix the file or export it again.") from exc


STRUCTURED = {"json_resume", "profile_json"}


def bio_text_for(profile: Profile, text: str) -> str:
    """The bio as a model may read it: the pasted text without e-mails and phone numbers; for JSON, the
    parsed profile written out as plain text (the file itself is keys and contact details)."""
    if profile.source_format in STRUCTURED:
        from infoview_ai.bio.as_text import profile_as_text

        return profile_as_text(profile)
    return redact(text)


MIN_ABOUT_WORDS = 4


def _has_substance(profile: Profile) -> bool:
    """A name, a role, a headline, or an About with words in it (a row of symbols is not a bio)."""
    if profile.name or profile.positions or profile.headline:
        return True
    # Without a name, role or headline, a few words ("hello there") cannot ground a single question.
    return sum(1 for word in profile.about.split() if any(ch.isalpha() for ch in word)) >= MIN_ABOUT_WORDS
