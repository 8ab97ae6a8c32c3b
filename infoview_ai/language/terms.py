"""Whether a term stands in a text as a word of its own, not inside a longer word ("lead" is in "team
lead" but not in "leadership"). Plain string search: the term lists are long and run on every profile,
and a regular expression per term would cost more to compile than to run."""

from __future__ import annotations


def _letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def contains_term(text: str, term: str) -> bool:
    """True when ``term`` occurs in ``text`` with no letter a-z touching it on either side.

    Both are compared as given: lower-case them first for a case-insensitive test.
    """
    if not term:
        return False
    start = text.find(term)
    while start != -1:
        end = start + len(term)
        if not (start and _letter(text[start - 1])) and not (end < len(text) and _letter(text[end])):
            return True
        start = text.find(term, start + 1)
    return False
