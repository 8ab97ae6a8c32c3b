"""Turning what the user gave into a Context: the professional's Profile, the user's Sender, the Target.

The command line, batch and the web page all build their contexts here.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from infoview_ai.bio.limits import BIO_ADVICE, BIO_CAPS, MAX_PDF_BYTES, MAX_TEXT_BYTES, too_big_message
from infoview_ai.config import infoview_home
from infoview_ai.context import Context, Profile, Sender, Target
from infoview_ai.errors import BioError, InputError
from infoview_ai.inputs.files import checked_text, file_label, read_bytes, read_text

_NAME_LINE = re.compile(r"^\s*(?:#\s+|name\s*:\s*)(?P<name>[^\n]{1,80}?)\s*$", re.IGNORECASE | re.MULTILINE)
_GOAL_LINE = re.compile(r"^\s*(?:\*\*)?goal(?:\*\*)?\s*:\s*(?P<goal>.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def load_profile(bio_path: str) -> tuple[Profile, str]:
    """Parse the professional's bio; returns the Profile and the text a model may see.

    A PDF (recognised by content, whatever its name) goes to the LinkedIn PDF reader; text goes to
    ``parse_bio``, which recognises pasted LinkedIn pages, plain bios and JSON profiles. The returned text
    never carries the e-mail addresses or phone numbers kept on ``Profile.email``/``phone``. Anything the
    parser wants checked is in ``Profile.warnings``: callers print them on stderr.
    """
    label = file_label(bio_path, "bio")
    what = f"a bio ({BIO_CAPS})"
    data = read_bytes(bio_path, label, MAX_PDF_BYTES, what, BIO_ADVICE)  # text: the smaller cap below
    return _profile_from(data, label)


def profile_from_bytes(data: bytes, filename: str) -> tuple[Profile, str]:
    """The same as ``load_profile`` for bytes already in memory: a pasted bio or an uploaded Profile.pdf
    (the web page), under the same caps and checks; ``filename`` names it in errors."""
    label = f"The bio ({filename or 'pasted text'})"
    if len(data) > MAX_PDF_BYTES:
        raise InputError(too_big_message(label, MAX_PDF_BYTES, f"a bio ({BIO_CAPS})", BIO_ADVICE))
    return _profile_from(data, label)


def _profile_from(data: bytes, label: str) -> tuple[Profile, str]:
    from infoview_ai.bio import bio_text_for, is_pdf, parse_bio

    what = f"a bio ({BIO_CAPS})"
    if not is_pdf(data) and len(data) > MAX_TEXT_BYTES:
        raise InputError(too_big_message(label, MAX_TEXT_BYTES, what, BIO_ADVICE))
    if is_pdf(data):
        from infoview_ai.bio.pdf import parse_pdf  # pypdf and the layout readers load only for a PDF
        from infoview_ai.guards.safe_text import printable, printable_record

        profile, pdf_text = parse_pdf(data, label)
        return printable_record(profile), printable(pdf_text)  # a PDF's text can hold escapes too
    text = checked_text(data, label, allow_empty=False)
    profile = parse_bio(text)
    if profile.source_format == "linkedin_text":
        # A page copy carries other people (mutual connections, "More profiles for you", recommenders)
        # and every line twice: the model and the fact check see the parsed profile instead. What the
        # parser drops is still scanned, so an injection attempt in it is reported.
        from infoview_ai.bio import profile_as_text
        from infoview_ai.trust.injection import scan

        for finding in scan("bio", text):
            profile.warnings.append(f"input warning ({finding.source}): {finding.detail}; treated as data")
        return profile, profile_as_text(profile)
    return profile, bio_text_for(profile, text)


def parse_sender(text: str) -> Sender:
    """The user's background: a `# Name` heading or `Name:` line, optional `Goal:` line, free text."""
    name_match = _NAME_LINE.search(text)
    goal_match = _GOAL_LINE.search(text)
    # The heading and goal are metadata; the background is what the user says about themselves.
    background = _GOAL_LINE.sub("", text)
    if name_match:
        background = background.replace(name_match.group(0), "", 1)
    background = background.strip()
    profile = None
    try:
        from infoview_ai.bio.parse import parse_bio

        profile = parse_bio(text)
    except BioError:
        profile = None
    name = name_match.group("name").strip() if name_match else (profile.name if profile else None)
    return Sender(
        name=name,
        background=background,
        goal=goal_match.group("goal") if goal_match else None,
        profile=profile,
    )


def default_me_path() -> Path:
    return infoview_home() / "me.md"


def load_sender(me_path: str | None) -> Sender:
    """From --me, else $INFOVIEW_HOME/me.md when present, else an anonymous sender."""
    if me_path:
        return parse_sender(read_text(me_path, "background (--me)"))
    default = default_me_path()
    if default.is_file():
        return parse_sender(read_text(str(default), "background (me.md)"))
    return Sender()


# A company or industry name goes into every prompt and every draft: a pasted paragraph is a mistake.
MAX_NAME_CHARS = 200


def build_context(
    *,
    bio: str | None,
    contact_id: int | None = None,
    company: str | None = None,
    company_notes: str | None = None,
    industry: str | None = None,
    me: str | None = None,
    bio_required: bool = False,
    prefer_saved_channel: bool = False,
    **extra,
) -> Context:
    """Everything the engines need, read and parsed from the command's options.

    With ``contact_id`` the profile, company, industry and call notes come from the contact tracker;
    options given on the command line still win.
    """
    if bio and contact_id is not None:
        raise InputError("Pass either --bio or --contact, not both.")
    for flag, value in (("--company", company), ("--industry", industry)):
        if value and len(value) > MAX_NAME_CHARS:
            raise InputError(
                f"{flag} is {len(value):,} characters; a name is at most {MAX_NAME_CHARS}. "
                "Put longer context in --company-notes PATH."
            )
    if bio_required and not bio and contact_id is None:
        raise InputError("Missing --bio PATH (or --contact ID): whose bio should infoview read?")
    if contact_id is not None:
        from infoview_ai.tracker.contacts import load_for_generation

        stored = load_for_generation(contact_id)
        profile, bio_text = stored.profile, stored.bio_text
        company = company or stored.company
        industry = industry or stored.industry
        if not extra.get("call_notes"):
            extra["call_notes"] = stored.call_notes
        extra["first_message"] = stored.first_message
        if stored.met_at:
            extra["met_on"] = date.fromisoformat(stored.met_at[:10])
        if prefer_saved_channel and stored.first_message and stored.first_message.get("channel"):
            extra["channel"] = stored.first_message["channel"]  # a nudge goes where the request went
    elif bio:
        profile, bio_text = load_profile(bio)
    else:
        profile, bio_text = Profile(), ""
    notes_text = read_text(company_notes, "company notes") if company_notes else ""
    target = Target(
        company=(company or "").strip() or None,
        company_notes=notes_text.strip(),
        industry=(industry or "").strip() or None,
    )
    return Context(
        profile=profile,
        bio_text=bio_text,
        target=target,
        sender=load_sender(me),
        contact_id=contact_id,
        **extra,
    )
