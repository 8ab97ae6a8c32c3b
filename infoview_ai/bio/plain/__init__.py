"""Plain bios and resume-style text (docs/domain.md §3)."""

from infoview_ai.bio.plain.prose import parse_plain

__all__ = ["parse_plain"]
