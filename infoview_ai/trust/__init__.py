"""Trust checks run on every deliverable from either engine before the user sees it.

The face of this subsystem; the review itself lives in ``review.py``.
"""

from infoview_ai.trust.review import (
    check_text,
    regeneration_feedback,
    review,
    sanitize_context,
    split_subject,
)

__all__ = ["check_text", "regeneration_feedback", "review", "sanitize_context", "split_subject"]
