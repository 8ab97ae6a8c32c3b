"""Does a stored company match the one the user asked about? In three tiers, never by a bare substring.

Both names are first reduced to a key: accents folded, case dropped, "&" read as "and", punctuation
dropped, legal forms (Inc, LLC, Ltd, GmbH...) and a leading "The" removed. Then:

- exact: the keys are equal ("Globex, Inc." and "globex");
- strong: the same organisation by the alias table ("EY" and "Ernst & Young", "Meta" and "Facebook"),
  a known part of it ("Amazon Web Services" for "Amazon"), or the same name with only a generic word
  after it ("Oakridge" and "Oakridge Group");
- weak: the asked name is the first whole word(s) of the stored one or the other way round ("Oakridge"
  and "Oakridge Foods"), which may be another organisation.

Whole words only: "Meta" never matches "Metaswitch", "Apple" never "Applied Materials".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

EXACT, STRONG, WEAK = "exact", "strong", "weak"
TIER_RANK = {EXACT: 0, STRONG: 1, WEAK: 2}

LEGAL_FORMS = frozenset(
    "inc incorporated llc llp lp ltd limited corp corporation co company plc gmbh ag sa sas sarl bv nv "
    "spa srl oy ab as pty pte kk".split()
)
# Words that name no organisation by themselves: "Oakridge Group" is still Oakridge.
GENERIC_WORDS = frozenset(
    "group holding holdings international global worldwide usa us uk europe the".split()
)

# Each line: the canonical key, then other names of the same organisation (as keys). Small on purpose:
# a wrong alias ranks a stranger as a colleague, a missing one only drops a match to a lower tier.
ALIASES: dict[str, tuple[str, ...]] = {
    "ernst and young": ("ey", "ernst and young global", "e and y"),
    "pricewaterhousecoopers": ("pwc", "price waterhouse coopers", "pricewaterhouse coopers"),
    "kpmg": ("klynveld peat marwick goerdeler",),
    "deloitte": ("deloitte touche tohmatsu", "deloitte and touche", "deloitte consulting"),
    "boston consulting group": ("bcg",),
    "mckinsey": ("mckinsey and", "mckinsey and company"),
    "meta": ("meta platforms", "facebook"),
    "alphabet": ("google",),
    "international business machines": ("ibm",),
    "procter and gamble": ("p and g", "pandg"),
    "johnson and johnson": ("j and j", "jandj"),
    "hewlett packard enterprise": ("hpe",),
    "general electric": ("ge",),
    "bank of america": ("bofa", "bank of america merrill lynch"),
    "jpmorgan chase": ("jpmorgan", "jp morgan", "jp morgan chase", "jpmorgan chase and"),
}
# Parts of a larger organisation, by key: a match to the parent is strong, never exact.
PARTS: dict[str, str] = {
    "amazon web services": "amazon",
    "aws": "amazon",
    "google cloud": "alphabet",
    "youtube": "alphabet",
    "deepmind": "alphabet",
    "google deepmind": "alphabet",
    "instagram": "meta",
    "whatsapp": "meta",
    "microsoft azure": "microsoft",
    "linkedin": "microsoft",
    "github": "microsoft",
}

_CANONICAL = {alias: key for key, aliases in ALIASES.items() for alias in (key, *aliases)}
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def company_key(name: str | None) -> str:
    """The comparable form of a company name ("Ernst & Young LLP" -> "ernst and young")."""
    if not name:
        return ""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = folded.replace("&", " and ").replace("'", "").replace("\u2019", "")
    words = _join_initials(_NOT_WORD.sub(" ", folded).split())
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def _join_initials(words: list[str]) -> list[str]:
    """Dotted initials read as one word: "S.A." is "sa", "J.P. Morgan" is "jp morgan"."""
    joined: list[str] = []
    run = ""
    for word in [*words, ""]:
        if len(word) == 1:
            run += word
            continue
        if run:
            joined.append(run)
            run = ""
        if word:
            joined.append(word)
    return joined


def canonical(key: str) -> str:
    """The organisation a key names, by the alias table (itself when it has no alias)."""
    return _CANONICAL.get(key, key)


def parent(key: str) -> str | None:
    return PARTS.get(key) or PARTS.get(canonical(key))


def _significant(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1] in GENERIC_WORDS:
        words = words[:-1]
    return words


def match_tier(asked: str, stored: str | None) -> str | None:
    """EXACT, STRONG, WEAK or None for the stored company against the one asked about."""
    return tier_of_keys(company_key(asked), company_key(stored))


@lru_cache(maxsize=65536)
def tier_of_keys(asked: str, stored: str) -> str | None:
    if not asked or not stored:
        return None
    if asked == stored:
        return EXACT
    asked_org, stored_org = canonical(asked), canonical(stored)
    if asked_org == stored_org:
        return STRONG
    if parent(stored) in (asked, asked_org) or parent(asked) in (stored, stored_org):
        return STRONG
    asked_words, stored_words = asked.split(), stored.split()
    if _significant(asked_words) == _significant(stored_words):
        return STRONG
    shorter, longer = sorted((asked_words, stored_words), key=len)
    if longer[: len(shorter)] == shorter:
        return WEAK
    return None


def why(tier: str, asked: str, stored: str) -> str:
    """The reason a listing prints for a company match."""
    if tier == EXACT:
        return f"works at {stored} (exact company match)"
    if tier == STRONG:
        return f"works at {stored}: the same organisation as {asked!r} (strong match)"
    return f"works at {stored}: the name starts like {asked!r}, check it is the same one (weak match)"
