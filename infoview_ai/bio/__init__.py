"""Bio parsing: any bio (LinkedIn page text, plain bios, JSON profiles) into a Profile.

The face of this subsystem; the logic lives in ``parse.py`` (text) and ``pdf/`` (LinkedIn's Save to PDF).
"""

from infoview_ai.bio.as_text import profile_as_text
from infoview_ai.bio.parse import (
    FORMATS,
    STRUCTURED,
    BioFormat,
    bio_text_for,
    detect_format,
    is_pdf,
    parse_bio,
)

__all__ = [
    "FORMATS",
    "STRUCTURED",
    "BioFormat",
    "bio_text_for",
    "detect_format",
    "is_pdf",
    "parse_bio",
    "profile_as_text",
]
