"""Sentences: where one ends and the next begins, one rule for drafts, notes, bios and background text.

A sentence ends at ".", "!" or "?" (with any closing quote or bracket) followed by white space, except
after an abbreviation ("Dr. Kim", "M.A. in", "e.g. the"). Formal prose (bios, About sections, the
user's background) also needs the next sentence to start with a capital, a digit or an opening quote;
notes and drafts, often written in lower case, do not.
"""

from __future__ import annotations

import functools
import re

from infoview_ai.language.names import HONORIFICS

_OTHER_ABBREVIATIONS = ("St", "Jr", "Sr", "vs", r"e\.g", r"i\.e")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    words = "|".join((*HONORIFICS, *_OTHER_ABBREVIATIONS))
    return (
        re.compile(r"(?<=[.!?])[\"')\]\u201d\u2019]?(\s+)"),  # an end, its closer, then white space
        re.compile(rf"(?:\b(?:{words})|(?:\b[A-Z]\.)+\b[A-Z])\.$"),  # "Dr." "e.g." "M.A." "U.S." end none
        re.compile(r"\b[A-Z]\.$"),  # one initial ("E. Goldratt") ends none when a capital follows
        re.compile(r"[\"\u201c\u2018(\[]?[A-Z0-9]"),  # how formal prose starts a sentence
    )


def sentence_spans(text: str, *, capital_start: bool = False) -> list[tuple[str, str]]:
    """(sentence, the white space after it) pairs: joined back, they give ``text`` byte for byte."""
    end, abbreviation, initial, capital = _patterns()
    pieces, start = [], 0
    for match in end.finditer(text):
        sentence = text[start : match.start(1)]
        if abbreviation.search(sentence):
            continue
        if initial.search(sentence) and text[match.end(1) : match.end(1) + 1].isupper():
            continue  # "E. Goldratt"; but "ask Team B. they own it" ends after "B."
        if capital_start and not capital.match(text, match.end(1)):
            continue
        pieces.append((sentence, match.group(1)))
        start = match.end(1)
    pieces.append((text[start:], ""))
    return [(sentence, space) for sentence, space in pieces if sentence]


def without_final_stop(text: str) -> str:
    """A sentence without its closing "." or "!", a closing quotation mark kept: '"Ship it."' -> '"Ship it"',
    so the sentence it is put into can end it once."""
    text = text.strip()
    closer = text[-1:] if text[-1:] in "\"\u201d\u2019)" else ""
    core = text[: len(text) - len(closer)].rstrip(".!")
    return core + closer


def split_sentences(text: str, *, capital_start: bool = False) -> list[str]:
    """The sentences of ``text``, white space around them dropped (see the module's rule)."""
    return [sentence for sentence, _ in sentence_spans(text.strip(), capital_start=capital_start)]


_BULLET = re.compile(r"^[-*•·–]\s+")
_HEADING = re.compile(r"^(?:#{1,6}\s|\*\*[^*]+\*\*:?$|__[^_]+__:?$)")


def is_heading(line: str) -> bool:
    """A markdown heading or a whole-line bold title: a label, never a sentence."""
    return bool(_HEADING.match(line.strip()))


def _logical_lines(text: str) -> list[str]:
    """Lines of free text with hard-wrapped prose joined back together and headings dropped.

    A line continues the one before when that one has no closing punctuation and either this line starts
    in lower case, the one before ends with a comma, or the one before is long enough to be wrapped prose.
    """
    out: list[str] = []
    joinable = False
    for raw in text.replace("\r", "").split("\n"):
        line = raw.strip()
        if not line or is_heading(line):
            joinable = False
            continue
        bullet = bool(_BULLET.match(line))
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        prev = out[-1] if out else ""
        if (
            joinable
            and not bullet
            and not prev.endswith((".", "!", "?", ":", ";", '."', ".”"))
            and (line[:1].islower() or line[:1].isdigit() or prev.endswith(",") or len(prev) >= 50)
        ):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
        joinable = True
    return out


def prose_sentences(text: str) -> list[str]:
    """Sentences and bullet lines of free text (an About section, the user's background); wrapped lines
    are joined, headings left out."""
    out: list[str] = []
    for line in _logical_lines(text):
        out += split_sentences(line, capital_start=True)
    return out
