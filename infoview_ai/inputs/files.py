"""Reading what the user gives us, a file or stdin, within its size cap and as text.

Every failure here is an InputError whose message names the file and says what to do.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import BinaryIO

from infoview_ai.bio.limits import MAX_TEXT_BYTES, too_big_message
from infoview_ai.errors import InputError

STDIN = "-"


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


def file_label(path: str, what: str) -> str:
    return f"The {what} ({_describe(path)})"


def checked_text(data: bytes, label: str, allow_empty: bool) -> str:
    text = decode_text(data, label)
    if not allow_empty and not text.strip():
        raise InputError(f"{label} is empty.")
    return text


def read_text(path: str, what: str = "file", *, allow_empty: bool = False) -> str:
    """The text of ``path`` (or stdin for "-"), checked for existence, encoding and content."""
    label = file_label(path, what)
    return checked_text(read_bytes(path, label), label, allow_empty)
