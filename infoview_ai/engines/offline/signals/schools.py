"""Whether two school names are the same school: common ground only on the same entity.

"University of Georgia" and "Georgia State University" are two schools; so are "Georgia Tech" and the
University of Georgia, and "University of Texas at Austin" and "at Dallas". "U of Michigan", "Univ. of
Michigan" and "The University of Michigan" are one. Names are compared by rapidfuzz at a strict threshold
after the rules have had their say, so a typo or a dropped "The" still matches and a similar name does not.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

THRESHOLD = 92  # token-sort similarity, 0-100: "Univeristy of Michigan" matches, "Michigan State" does not

_EXPAND = (
    (re.compile(r"\buniv\.?(?=\s|$)|\bu\.?(?= of\b)", re.I), "university"),
    (re.compile(r"\bcoll\.?(?=\s|$)", re.I), "college"),
    (re.compile(r"\binst\.?(?=\s|$)", re.I), "institute"),
    (re.compile(r"&"), " and "),
)
_GENERIC = frozenset("the university of college school institute at in and for de da do des du la le".split())
# Words that make a different school when only one name has them.
_DISTINCT = frozenset(
    "state tech technology technological polytechnic community medical law business a&m am baptist "
    "christian methodist lutheran catholic city international northern southern eastern western north "
    "south east west central upper lower new".split()
)
_CAMPUS = re.compile(r"\b(?:at|-|–|—)\s+(?P<campus>[a-z][a-z .'-]+)$")
_NAME_IN_TEXT = re.compile(
    r"(?:(?:The\s+)?(?:University|College|Institute|School|Academy)\s+(?:of\s+|for\s+)?(?:[A-Z][\w.'&-]*\s*){1,5}"
    r"(?:at\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
    r"|(?:[A-Z][\w.'&-]*\s+){1,4}(?:State\s+)?(?:University|College|Institute(?:\s+of\s+Technology)?|Tech|"
    r"Polytechnic|Academy)\b)"
)


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    for pattern, replacement in _EXPAND:
        text = pattern.sub(replacement, text)
    text = re.sub(r"[^\w&'\s-]", " ", text)
    return " ".join(_kind_word(w) for w in text.replace("'", "").split())


_KINDS = ("university", "college", "institute", "school", "academy")


def _kind_word(word: str) -> str:
    """A misspelt kind word read as itself: "univeristy" -> "university"."""
    if len(word) >= 6 and word not in _KINDS:
        best = max(_KINDS, key=lambda k: fuzz.ratio(word, k))
        if fuzz.ratio(word, best) >= 85:
            return best
    return word


def _parts(name: str) -> tuple[set[str], str, str, str]:
    folded = _fold(name)
    campus = ""
    if m := _CAMPUS.search(folded):
        campus, folded = m.group("campus").strip(), folded[: m.start()].strip()
    words = folded.split()
    distinct = {w for w in words if w in _DISTINCT}
    core = " ".join(w for w in words if w not in _GENERIC and w not in _DISTINCT)
    initials = "".join(w[0] for w in words if w not in {"of", "the", "and", "at", "for"})
    return distinct, core, campus, initials


def same_school(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name one school (see the module's rules)."""
    if not a.strip() or not b.strip():
        return False
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return True
    for short, full in ((a, b), (b, a)):  # "MIT" and "Massachusetts Institute of Technology"
        if re.fullmatch(r"[A-Z&]{2,6}", short.strip()):
            return short.strip().lower() == _parts(full)[3]
    da, ca, pa, _ = _parts(a)
    db, cb, pb, _ = _parts(b)
    if da != db or not ca or not cb:
        return False
    kinds_a, kinds_b = set(fa.split()) & set(_KINDS), set(fb.split()) & set(_KINDS)
    if kinds_a and kinds_b and not kinds_a & kinds_b:  # Boston College is not Boston University
        return False
    if pa and pb and pa != pb:
        return False
    return fuzz.token_sort_ratio(ca, cb) >= THRESHOLD


def schools_in_text(text: str) -> list[str]:
    """School names written out in free text ("a B.A. from Georgia State University")."""
    return [m.group(0).strip() for m in _NAME_IN_TEXT.finditer(text[:20_000])]


def school_in_text(school: str, text: str) -> bool:
    """True when the free text names ``school`` itself, not a similar one."""
    return any(same_school(school, found) for found in schools_in_text(text))
