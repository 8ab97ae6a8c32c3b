"""Text from outside (a bio, a reply, call notes) made safe to print, store and export.

An escape sequence in a pasted profile or a model's reply can retitle the terminal window, write to
the clipboard (OSC 52) or hide text; a bidi override (U+202E) can make a line read differently from
what it holds. They are removed; line breaks and tabs stay.
"""

from __future__ import annotations

import re

# ESC-introduced sequences first (CSI ... final byte; OSC/DCS/APC/PM ... BEL or ST), then lone controls.
_SEQUENCE = re.compile(
    r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]"  # CSI
    r"|\x1b[\]PX^_][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"  # OSC, DCS, SOS, PM, APC
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
    r"|\x9b[0-?]{0,32}[ -/]{0,8}[@-~]"  # 8-bit CSI
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without terminal escape sequences, control characters or bidi overrides."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", _SEQUENCE.sub("", text))


def printable_data(value: object) -> object:
    """Every string inside a JSON-like value made ``printable``."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, list):
        return [printable_data(v) for v in value]
    if isinstance(value, dict):
        return {printable(k) if isinstance(k, str) else k: printable_data(v) for k, v in value.items()}
    return value


def printable_record(record):
    """A pydantic model with every string inside it made ``printable`` (the same model when clean)."""
    data = record.model_dump()
    clean = printable_data(data)
    return record if clean == data else type(record).model_validate(clean)
