"""Paragraphs wrapped as textwrap.fill wraps them, quicker for the plain sentences `due` prints.

`due` at 100,000 contacts wraps thousands of reasons, and textwrap's chunking regex and greedy loop were
a third of its time. A sentence of single-space-separated words is wrapped here by a greedy loop over
``str.split``; whatever textwrap could treat differently (tabs and other whitespace, runs of spaces, a word
longer than a line, a hyphenated word at a line's end, which textwrap may break after its hyphen) goes
to textwrap.fill itself, so the text printed is the same byte for byte (tests/cli/test_wrapped.py).
"""

from __future__ import annotations

import textwrap

_OTHER_WHITESPACE = ("\t", "\n", "\x0b", "\x0c", "\r", "  ")


def fill(text: str, width: int, indent: str) -> str:
    """textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)."""
    room = width - len(indent)
    if not text or text[0] == " " or text[-1] == " " or any(w in text for w in _OTHER_WHITESPACE):
        return _textwrap_fill(text, width, indent)
    if len(text) <= room:
        return indent + text
    lines: list[str] = []
    line: list[str] = []
    size = -1  # the length of " ".join(line)
    for word in text.split(" "):
        if len(word) > room:
            return _textwrap_fill(text, width, indent)
        if size + 1 + len(word) <= room:
            line.append(word)
            size += 1 + len(word)
            continue
        if "-" in word:  # textwrap may put the part up to a hyphen on this line
            return _textwrap_fill(text, width, indent)
        lines.append(indent + " ".join(line))
        line, size = [word], len(word)
    lines.append(indent + " ".join(line))
    return "\n".join(lines)


def _textwrap_fill(text: str, width: int, indent: str) -> str:
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)
