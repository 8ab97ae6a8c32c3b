"""Fitting a draft to a hard limit: cut at a sentence, then a clause, then a word, never mid-word."""

from __future__ import annotations

from infoview_ai.language.measures import char_count
from infoview_ai.language.sentences import split_sentences


def is_sign_off(sentence: str) -> bool:
    """A closing sentence of a few words and no question ("Thank you, Alex"): kept when a draft is cut."""
    return len(sentence.split()) <= 4 and "?" not in sentence


def fit_to_limit(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a sentence, then clause, then word boundary.

    Never cuts mid-word. Keeps, in order of priority, the sign-off ("Thank you, Alex" or a last line
    of a few words), the ask (a question) and the opening hook; other sentences go first, from the end.
    """
    if char_count(text) <= limit:
        return text
    lines = text.rstrip().split("\n")
    signature = lines[-1].strip() if len(lines) > 1 and len(lines[-1].split()) <= 3 else ""
    body = "\n".join(lines[:-1]).rstrip() if signature else text.rstrip()
    sentences = split_sentences(body)
    if not signature and len(sentences) > 1 and is_sign_off(sentences[-1]):
        signature = sentences.pop()  # a sign-off on the same line: "Thank you, Alex"
    joiner = "\n" if "\n" in text.rstrip() else " "
    room = limit - (len(signature) + len(joiner) if signature else 0)

    while len(sentences) > 1 and char_count(" ".join(sentences)) > room:
        droppable = [i for i, s in enumerate(sentences) if i > 0 and "?" not in s]
        if not droppable:
            break
        sentences.pop(droppable[-1])
    if len(sentences) > 1 and char_count(" ".join(sentences)) > room:
        # Hook plus ask still too long: shorten the hook at a clause boundary, keep the ask whole.
        rest = " ".join(sentences[1:])
        if room - len(rest) - 1 > 30:
            sentences[0] = _cut_clause_or_word(sentences[0], room - len(rest) - 1)
        else:
            sentences = sentences[1:]
    cut = " ".join(sentences)
    if char_count(cut) > room:
        cut = _cut_clause_or_word(cut, room)
    return f"{cut}{joiner}{signature}" if signature else cut


def _cut_clause_or_word(text: str, room: int) -> str:
    window = text[: max(room - 1, 0)]
    for mark in (";", ",", " - ", " –"):
        index = window.rfind(mark)
        if index > room // 3:
            return window[:index].rstrip() + "."
    index = window.rfind(" ")
    return (window[:index] if index > 0 else window).rstrip(" ,;:") + "…"
