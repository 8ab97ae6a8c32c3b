"""Untrusted input: instruction-like text, hidden characters and links in what the user pasted.

Pasted profiles and notes are data. Hidden characters are stripped before anything reads them;
instruction-like passages and links are reported so the user knows what the text tried to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Zero-width, bidirectional-control, soft-hyphen and Unicode "tag" characters: invisible in a
# terminal, visible to a model. The zero-width joiner (U+200D) is kept: emoji sequences need it.
HIDDEN = re.compile(
    "[\u00ad\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)

_INSTRUCTION = re.compile(
    r"(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|"
    r"your|system)\s+(?:instructions?|prompts?|rules?|messages?)"
    r"|\byou\s+are\s+now\b|\bnew\s+instructions?\s*:|\bsystem\s+prompt\b|\bact\s+as\s+(?:an?\s+)?(?:ai|"
    r"assistant|chatbot|language model)\b|\b(?:assistant|system)\s*:\s|\bdo\s+anything\s+now\b"
    r"|\breveal\s+(?:your|the)\s+(?:prompt|instructions)\b|\bprint\s+your\s+(?:prompt|instructions)\b"
    r"|</?(?:bio|system|instructions?|company_notes|notes|draft|me)>"
    r"|\b(?:write|include|add|mention)\s+(?:this|the following)\s+(?:link|url)\b",
    re.IGNORECASE,
)
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>()\"']+", re.IGNORECASE)


@dataclass(frozen=True)
class InputFinding:
    source: str  # "bio", "company notes", "call notes", "draft", "your background"
    kind: str  # "instruction", "hidden", "link"
    detail: str


def strip_hidden(text: str) -> tuple[str, int]:
    """``text`` without hidden characters, and how many were removed."""
    cleaned, count = HIDDEN.subn("", text)
    return cleaned, count


def scan(source: str, text: str) -> list[InputFinding]:
    findings: list[InputFinding] = []
    hidden = len(HIDDEN.findall(text))
    if hidden:
        findings.append(InputFinding(source, "hidden", f"{hidden} hidden character(s) removed"))
    for match in _INSTRUCTION.finditer(text):
        start = max(0, match.start() - 30)
        snippet = " ".join(text[start : match.end() + 40].split())
        findings.append(InputFinding(source, "instruction", f'instruction-like text: "…{snippet}…"'))
    for match in _LINK.finditer(text):
        findings.append(InputFinding(source, "link", f"link: {match.group().rstrip('.,;:')}"))
    return findings


def links_in(text: str) -> list[str]:
    return [m.group().rstrip(".,;:") for m in _LINK.finditer(text)]
