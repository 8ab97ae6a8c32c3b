"""LinkedIn "Save to PDF" exports (docs/domain.md §2): one entry point, ``parse_pdf``, for PDF bytes.

A PDF is recognised by its content (``%PDF-``), not its name. The current two-column export and the
2016-2017 one-column export each have a reader; any other PDF (a resume, a speaker bio) falls back to its
text through the plain-text parsers, with a warning for the user to check the result.
"""

from __future__ import annotations

import re

from infoview_ai.bio.contact_details import find_emails, find_phones, redact
from infoview_ai.bio.pdf.common import parse_pdf_dates
from infoview_ai.bio.pdf.current import SIDEBAR_SECTIONS, parse_current
from infoview_ai.bio.pdf.layout import MAIN, SIDEBAR, Line, PdfText, plain_text, read_pdf_text
from infoview_ai.bio.pdf.legacy import parse_legacy
from infoview_ai.bio.review import finish
from infoview_ai.context import Profile
from infoview_ai.errors import BioError

__all__ = ["detect_layout", "parse_pdf"]

_LEGACY_MARKS = re.compile(r"^contact .+ on linkedin$|\bha(?:s|ve) recommended\b", re.IGNORECASE)
_SIDEBAR_HEADINGS = {"contact", "top skills", "languages", "certifications", "honors-awards", "publications"}
NO_TEXT_MESSAGE = (
    "{label} has no text in it (a scan or a picture of a page?). Export the profile again with LinkedIn's "
    "'Save to PDF', or paste the profile text instead."
)


def detect_layout(pdf: PdfText) -> str | None:
    """ "current", "legacy", or None when this is not a LinkedIn export."""
    main = pdf.column(MAIN)
    sidebar = pdf.column(SIDEBAR)
    if not main:
        return None
    body_size = sorted(line.size for line in main)[len(main) // 2]
    has_experience = any(
        line.text.lower() in ("experience", "summary", "education") and line.size > body_size for line in main
    )
    dates = [index for index, line in enumerate(main) if parse_pdf_dates(line.text)]
    author = pdf.metadata.get("author", "").lower()
    subject = pdf.metadata.get("subject", "").lower()
    made_by_linkedin = author == "linkedin" or "generated from profile" in subject
    sidebar_headings = sum(1 for line in sidebar if line.text.lower() in _SIDEBAR_HEADINGS)
    legacy_marks = any(_LEGACY_MARKS.search(line.text) for line in main)
    if not (made_by_linkedin or sidebar_headings or legacy_marks) or not (has_experience or dates):
        return None
    bold_headers = sum(1 for index in dates if index > 0 and main[index - 1].bold)
    if not sidebar and dates and bold_headers * 2 >= len(dates):
        return "legacy"
    return "current"


def _has_substance(profile: Profile) -> bool:
    return bool(profile.name and (profile.positions or profile.headline or profile.education))


def _export_text(pdf: PdfText) -> str:
    """The export's words for a model: main column, then the sidebar without the Contact box."""
    sidebar: list[Line] = []
    skipping = False
    for line in pdf.column(SIDEBAR):
        key = line.text.lower()
        if key in SIDEBAR_SECTIONS:
            skipping = SIDEBAR_SECTIONS[key] == "contact"
        if not skipping:
            sidebar.append(line)
    text = plain_text(pdf.column(MAIN))
    if sidebar:
        text += "\n" + plain_text(sidebar)
    return redact(text)


def _review(profile: Profile) -> None:
    """Warnings a person should look at before drafting from this profile."""
    for index, position in enumerate(profile.positions):
        if not position.title:
            profile.uncertain.append(f"positions[{index}].title")
        if not position.start:
            profile.warnings.append(f"No dates found for the role '{position.title}'.")
    if not profile.positions:
        profile.warnings.append("No roles were found in the Experience section: check the PDF.")


def parse_pdf(data: bytes, label: str = "The PDF") -> tuple[Profile, str]:
    """A Profile and the text to send a model (contact details removed) from PDF bytes.

    Raises InputError for an encrypted or damaged file and BioError for one with no usable text.
    """
    pdf = read_pdf_text(data, label)
    if not pdf.lines:
        raise BioError(NO_TEXT_MESSAGE.format(label=label))
    layout = detect_layout(pdf)
    if layout is not None:
        profile = parse_current(pdf) if layout == "current" else parse_legacy(pdf)
        if _has_substance(profile):
            _review(profile)
            profile.warnings[:0] = pdf.notes
            return finish(profile), _export_text(pdf)
    profile, text = _parse_other_pdf(plain_text(pdf.lines), label)
    profile.warnings[:0] = pdf.notes
    return profile, text


def _parse_other_pdf(text: str, label: str) -> tuple[Profile, str]:
    """A PDF that is not a LinkedIn export (a resume, a speaker bio): a printed LinkedIn page is read as
    page text, anything else by the plain parser, which also reads a simple resume's dated roles."""
    from infoview_ai.bio.parse import parse_bio

    profile = parse_bio(text)
    kind = "a page copied from LinkedIn" if profile.source_format == "linkedin_text" else "plain text"
    if profile.source_format != "linkedin_text" or not profile.positions:
        profile = parse_bio(text, plain=True)
        kind = "plain text"
    profile.email = profile.email or next(iter(find_emails(text)), None)
    profile.phone = profile.phone or next(iter(find_phones(text)), None)
    profile.source_format = f"pdf_{profile.source_format}"
    profile.warnings = [w for w in profile.warnings if "Experience section" not in w]
    profile.warnings.insert(
        0,
        f"{label} is not a LinkedIn 'Save to PDF' export, so it was read as {kind}: "
        "check what was understood.",
    )
    if not profile.positions:
        profile.warnings.append("No roles with dates were found in the PDF: check its Experience part.")
    return profile, redact(text)
