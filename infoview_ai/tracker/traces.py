"""Which history and cache rows name a person, for `contacts delete`.

A row from a run with `--bio` (before the person was a contact, or never tied to them) carries no
contact id: it is found by what it says. A row names the person when it holds their full name, a
phrase of five words from their own profile or bio that no other contact's text has, or their first
name together with their company. Matching is on words, case-insensitive and accent-sensitive; rows tied
to another contact are never considered (contacts.py only passes rows without a contact).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

PHRASE_WORDS = 5  # "ask me about leaving consulting"
SENTENCE_WORDS = 8  # phrases come from sentences (about, descriptions), not from titles or places
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def strings(value: object) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def _phrases(texts: Iterable[str]) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for text in texts:
        for line in text.splitlines():
            tokens = words(line)
            if len(tokens) < SENTENCE_WORDS:
                continue
            for start in range(len(tokens) - PHRASE_WORDS + 1):
                phrase = tuple(tokens[start : start + PHRASE_WORDS])
                if sum(len(word) >= 5 for word in phrase) >= 2:  # not "and i am in the"
                    found.add(phrase)
    return found


@dataclass(frozen=True)
class Person:
    """What marks a row as being about one person."""

    name: tuple[str, ...]
    phrases: frozenset[tuple[str, ...]]
    first_and_company: tuple[str, tuple[str, ...]] | None

    def named_in(self, stored_json: str) -> bool:
        """Whether a stored row (JSON text) names this person."""
        try:
            texts = list(strings(json.loads(stored_json)))
        except ValueError:
            texts = [stored_json]
        tokens = [word for text in texts for word in words(text) + ["\n"]]  # no phrase spans two strings
        if self.name and _contains(tokens, self.name):
            return True
        if self.first_and_company and self.first_and_company[0] in tokens:
            if _contains(tokens, self.first_and_company[1]):
                return True
        grams = {tuple(tokens[i : i + PHRASE_WORDS]) for i in range(len(tokens) - PHRASE_WORDS + 1)}
        return not self.phrases.isdisjoint(grams)


def _contains(tokens: list[str], run: tuple[str, ...]) -> bool:
    size = len(run)
    return any(tuple(tokens[i : i + size]) == run for i in range(len(tokens) - size + 1))


def person(
    name: str | None,
    company: str | None,
    texts: Iterable[str],
    others: Iterable[tuple[str | None, str | None, Iterable[str]]] = (),
) -> Person:
    """The marks of one contact, leaving out any another contact shares (their phrases, or the same first
    name at the same company): deleting one person must not delete another's rows."""
    others = list(others)
    phrases = _phrases(texts)
    for _, _, other_texts in others:
        phrases -= _phrases(other_texts)
    full = tuple(words(name or ""))
    first_and_company = None
    company_words = tuple(words(company or ""))
    if len(full) >= 2 and company_words:
        pair = (full[0], company_words)
        shared = any(
            (words(n or "")[:1], tuple(words(c or ""))) == ([pair[0]], company_words) for n, c, _ in others
        )
        first_and_company = None if shared else pair
    return Person(
        name=full if len(full) >= 2 else (), phrases=frozenset(phrases), first_and_company=first_and_company
    )
