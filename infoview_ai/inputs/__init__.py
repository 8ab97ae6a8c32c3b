"""What the user gives infoview (files, stdin, pasted text) read safely and turned into a Context."""

from infoview_ai.inputs.context_from import (
    MAX_NAME_CHARS,
    build_context,
    default_me_path,
    load_profile,
    load_sender,
    parse_sender,
    profile_from_bytes,
)
from infoview_ai.inputs.files import STDIN, decode_text, read_bytes, read_text

__all__ = [
    "MAX_NAME_CHARS",
    "STDIN",
    "build_context",
    "decode_text",
    "default_me_path",
    "load_profile",
    "load_sender",
    "parse_sender",
    "profile_from_bytes",
    "read_bytes",
    "read_text",
]
