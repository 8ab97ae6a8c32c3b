"""Asks: the clear requests a message makes of its reader, and the job asks a first contact never makes."""

from __future__ import annotations

import re

_JOB_ASK = re.compile(
    r"\b(?:(?:open|available)\s+(?:role|position|job)s?|job\s+(?:opening|opportunit\w*)"
    r"|refer(?:ral|\s+me)|hiring|hire\s+me|(?:an?\s+)?internship|my\s+(?:resume|résumé|cv)"
    r"|(?:apply|applying)\s+(?:for|to)\b|any\s+openings?)\b",
    re.IGNORECASE,
)

_ASK = re.compile(
    r"\b(?:could|would|can|may|might)\s+(?:i|we|you)\b[^.?!]*\?|\b(?:would\s+you\s+be|are\s+you|you\s+be)\s+open\b"
    r"|\bopen\s+to\s+an?\b[^.?!]*\?|\bdo\s+you\s+have\b[^.?!]*\b(?:minutes|time)\b[^.?!]*\?",
    re.IGNORECASE,
)


def has_job_ask(text: str) -> bool:
    """True when the text asks for a job, internship, referral or mentions a resume."""
    return bool(_JOB_ASK.search(text))


def asks(text: str) -> list[str]:
    """Sentences that ask the reader for something ("Could I ask you...?", "Would you be open...")."""
    return [m.group().strip() for m in _ASK.finditer(text)]
