"""Reading what the user gives us (files or stdin) and turning it into a Context.

Every failure here is an InputError whose message names the file and says what to do.
"""

from __future__ import annotations

import re
import stat
import sys
from datetime import date
from pathlib import Path
from typing import BinaryIO

from infoview_ai.bio.limits import BIO_ADVICE, BIO_CAPS, MAX_PDF_BYTES, MAX_TEXT_BYTES, too_big_message
from infoview_ai.config import infoview_home
from infoview_ai.context import Context, Profile, Sender, Target
from infoview_ai.errors import BioError, InputError

STDIN = "-"
_NAME_LINE = re.compile(r"^\s*(?:#\s+|name\s*:\s*)(?P<name>[^\n]{1,80}?)\s*$", re.IGNORECASE | re.MULTILINE)
_GOAL_LINE = re.compile(r"^\s*(?:\*\*)?goal(?:\*\*)?\s*:\s*(?P<goal>.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def _describe(path: str) -> str:
    return "standard input" if path == STDIN else str(path)


def decode_text(data: bytes, label: str) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16, else a clear error."""
    from infoview_ai.guards.safe_text import printable

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return printable(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise InputError(f"{label} is not readable UTF-16 text: save it as UTF-8.") from exc
    if b"%PDF-" in data[:1024]:
        raise InputError(
            f"{label} is a PDF. Only --bio reads PDFs (LinkedIn's 'Save to PDF'); save this one as text "
            "(.txt or .md)."
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{label} looks like a binary file, not text. Save it as plain text (.txt or .md).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label} is not UTF-8 text (byte {exc.start + 1} is invalid). Re-save it as UTF-8 "
            "(most editors offer 'Save with encoding')."
        ) from exc
    # Escape sequences and bidi overrides in a file are removed here, before anything prints or stores it.
    return printable(text.replace("\r\n", "\n").replace("\r", "\n"))


def read_bytes(
    path: str, label: str, limit: int = MAX_TEXT_BYTES, what: str = "a text file", advice: str = ""
) -> bytes:
    """The bytes of ``path`` (or stdin for "-"), checked for existence; ``label`` names it in errors.

    At most ``limit`` bytes are accepted and at most one more is ever read, so a pipe, a FIFO or a device
    (``/dev/zero``) stops at the cap instead of filling memory.
    """
    too_big = too_big_message(label, limit, what, advice)
    if path == STDIN:
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError(
                f"{label}: nothing was piped in. Pipe the text in, or pass a file path instead of '-'."
            )
        return _bounded(sys.stdin.buffer, limit, too_big)
    file = Path(path).expanduser()
    try:
        mode = file.stat()
    except FileNotFoundError:
        raise InputError(f"{label} does not exist. Check the path.") from None
    except OSError as exc:
        raise InputError(f"{label} cannot be read: {exc.strerror}.") from exc
    if stat.S_ISDIR(mode.st_mode):
        raise InputError(f"{label} is a folder; pass a file.")
    if stat.S_ISBLK(mode.st_mode) or stat.S_ISSOCK(mode.st_mode):
        raise InputError(f"{label} is a disk device or a socket, not a file: pass a text or PDF file.")
    if stat.S_ISREG(mode.st_mode) and mode.st_size > limit:
        raise InputError(too_big)
    try:
        with file.open("rb") as stream:
            return _bounded(stream, limit, too_big)
    except OSError as exc:
        raise InputError(f"{label} cannot be read: {exc.strerror}.") from exc


def _bounded(stream: BinaryIO, limit: int, message: str) -> bytes:
    """Up to ``limit`` bytes of ``stream``; one byte more is an InputError with ``message``."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(message)
    return data


def _label(path: str, what: str) -> str:
    return f"The {what} ({_describe(path)})"


def _checked_text(data: bytes, label: str, allow_empty: bool) -> str:
    text = decode_text(data, label)
    if not allow_empty and not text.strip():
        raise InputError(f"{label} is empty.")
    return text


def read_text(path: str, what: str = "file", *, allow_empty: bool = False) -> str:
    """The text of ``path`` (or stdin for "-"), checked for existence, encoding and content."""
    label = _label(path, what)
    return _checked_text(read_bytes(path, label), label, allow_empty)


def load_profile(bio_path: str) -> tuple[Profile, str]:
    """Parse the professional's bio; returns the Profile and the text a model may see.

    A PDF (recognised by content, whatever its name) goes to the LinkedIn PDF reader; text goes to
    ``parse_bio``, which recognises pasted LinkedIn pages, plain bios and JSON profiles. The returned text
    never carries the e-mail addresses or phone numbers kept on ``Profile.email``/``phone``. Anything the
    parser wants checked is in ``Profile.warnings``: callers print them on stderr.
    """
    from infoview_ai.bio import bio_text_for, is_pdf, parse_bio

    label = _label(bio_path, "bio")
    what = f"a bio ({BIO_CAPS})"
    data = read_bytes(bio_path, label, MAX_PDF_BYTES, what, BIO_ADVICE)  # text: the smaller cap below
    if not is_pdf(data) and len(data) > MAX_TEXT_BYTES:
        raise InputError(too_big_message(label, MAX_TEXT_BYTES, what, BIO_ADVICE))
    if is_pdf(data):
        from infoview_ai.bio.pdf import parse_pdf  # pypdf and the layout readers load only for a PDF
        from infoview_ai.guards.safe_text import printable, printable_record

        profile, pdf_text = parse_pdf(data, label)
        return printable_record(profile), printable(pdf_text)  # a PDF's text can hold escapes too
    text = _checked_text(data, label, allow_empty=False)
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
