"""Text copied from a LinkedIn profile page (docs/domain.md §1)."""

from infoview_ai.bio.linkedin.page import looks_like_linkedin_copy, parse_linkedin_text

__all__ = ["looks_like_linkedin_copy", "parse_linkedin_text"]
