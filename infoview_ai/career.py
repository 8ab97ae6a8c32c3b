"""Which of a person's roles are their career, and which one they hold now.

Side roles (teaching alongside a job, mentoring, speaking, open source, boards, volunteering) and student
roles (internships, co-ops) are told apart from the main job here, once, for the context, both engines
and the tracker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from infoview_ai.dates import month_index
from infoview_ai.language import NUMBER_VALUES, contains_term

if TYPE_CHECKING:
    from infoview_ai.context import Position, Profile

SIDE_ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "teaching",
        (
            "adjunct",
            "instructor",
            "lecturer",
            "teaching",
            "guest lecturer",
            "visiting professor",
            "sessional",
            "chargé de cours",
            "chargée de cours",
            "lehrbeauftragte",
            "lehrbeauftragter",
            "vacataire",
        ),
    ),
    ("mentoring", ("mentor", "coach")),
    ("speaking", ("speaker", "keynote")),
    ("open source", ("maintainer", "open source", "open-source", "contributor")),
    ("board", ("board member", "board of directors", "trustee", "advisory board", "board director")),
    ("advising", ("advisor", "adviser", "advisory", "angel investor")),
    ("volunteering", ("volunteer", "organizer", "organiser", "co-organizer", "chapter lead")),
)


def _raw_side_kind(position: Position) -> str | None:
    if (position.employment_type or "").lower() == "volunteer":
        return title_side_kind(position) or "volunteering"
    return title_side_kind(position)


# "Advisor", "Strategic Advisor", "Advisor to the CEO": advising as a side role; a "Financial Advisor" or an
# "Academic Advisor" is a job, so only these qualifiers (or none) may stand before the word.
_ADVISING_TITLE = re.compile(
    r"^(?:(?:senior|strategic|board|startup|start-up|technical|independent|executive|industry|venture|"
    r"product|growth|special|expert|external|lead|founding|part-time)\s+)*advis[oe]r\b|\badvisory\b|"
    r"\badvis[oe]r to\b|\bangel investor\b",
    re.IGNORECASE,
)
_BESIDE_A_JOB = re.compile(
    r"\b(?:adjunct|guest|visiting|sessional|chargée? de cours|lehrbeauftragter?)\b", re.IGNORECASE
)
ALONGSIDE_ONLY = {"teaching", "advising"}  # side roles only when held alongside another job


def title_side_kind(position: Position) -> str | None:
    """The kind of side role a title names ("Evening Instructor" -> teaching), or None."""
    low = position.title.lower()
    for kind, words in SIDE_ROLE_WORDS:
        if kind == "advising":
            if _ADVISING_TITLE.search(low) and "advisory board" not in low:
                return kind
            continue
        if any(contains_term(low, w) for w in words):
            return kind
    return None


def _span(p: Position) -> tuple[int, int] | None:
    if not p.start:
        return None

    return month_index(p.start), month_index(p.end, end=True) if p.end else 10**9


def side_role_kind(position: Position, others: list[Position] | tuple[Position, ...] = ()) -> str | None:
    """What kind of side role a position is (teaching, mentoring, ...), or None for a main job.

    Teaching and advising count as side roles only when part-time or alongside another job: a full-time
    lecturer's teaching, or a consultant who only advises, is their career.
    """
    kind = _raw_side_kind(position)
    if kind not in ALONGSIDE_ONLY:
        return kind
    if _BESIDE_A_JOB.search(position.title):
        return kind  # by its name held beside another job
    if (position.employment_type or "").lower() in {"part-time", "freelance", "self-employed", "contract"}:
        return kind
    mine = _span(position)
    for other in others:
        if other is position or _raw_side_kind(other) is not None:
            continue
        theirs = _span(other)
        if mine and theirs and mine[0] <= theirs[1] and theirs[0] <= mine[1]:
            return kind
        # undated roles in a bio ("an advisor to two start-ups" and "Founder & CEO at Tallowtree"): both
        # ongoing, so advising is the side role
        if kind == "advising" and not mine and not other.end:
            return kind
    return None


_STUDENT_TITLE = re.compile(
    r"\b(?:intern|internship|trainee|apprentice|apprenticeship|co-?op|student|summer associate|"
    r"graduate assistant|teaching assistant|research assistant|werkstudent|stagiaire)\b",
    re.IGNORECASE,
)


def is_student_role(position: Position) -> bool:
    """An internship, co-op or student job: part of an education, not a step in a career."""
    kind = (position.employment_type or "").lower()
    return kind in {"internship", "apprenticeship", "co-op", "student"} or bool(
        _STUDENT_TITLE.search(position.title)
    )


def main_positions(profile: Profile) -> list[Position]:
    """The career roles, newest first: side roles (teaching, mentoring, volunteering...) and student
    roles (internships, co-ops) left out, unless nothing else is left."""
    roles = [p for p in profile.positions if side_role_kind(p, profile.positions) is None]
    career = [p for p in roles if not is_student_role(p)]
    return _newest_first(career or roles or list(profile.positions))


def _newest_first(roles: list[Position]) -> list[Position]:
    """A path reads newest first. LinkedIn lists the current roles in the person's own order, so a
    newsletter or a side job can come before an older main job: when every role is dated, by start
    (ties keep their order); a bio that dates only some roles keeps the order its parser gave."""
    if not roles or not all(p.start for p in roles):
        return roles
    return sorted(roles, key=lambda p: month_index(p.start or "0"), reverse=True)


def _named_by(headline: str, position: Position) -> bool:
    low = headline.lower()
    company, title = position.company.lower().strip(), position.title.lower().strip()
    return bool(company and contains_term(low, company)) or bool(title and contains_term(low, title))


def current_role(profile: Profile) -> Position | None:
    """The role the person holds now, the one decision every room uses (``Profile.current``).

    Of the current career roles, the one the headline names (its company or its title), else the first
    in the profile's own order (LinkedIn's order is the person's, never re-sorted by start date); side
    roles (teaching alongside a job, advising, mentoring, boards, volunteering) and student roles never
    displace it. When only such roles are
    current (an intern, a retired executive who now mentors), that role is what they do now: an ended job
    never stands in for it. Without dates, the first role listed (plain bios list the role they describe
    in the present tense first), or the first career role when that one is a side role.
    """
    roles = main_positions(profile)
    current = [p for p in profile.positions if p.is_current]
    if profile.source_format == "plain" and any(not p.start for p in roles):
        # A bio's sentences date some roles and not others ("joined Castellan in 2014", "is Director of
        # ... at Redfern"): its parser lists the present-tense role first, and a stated start year alone
        # does not make an earlier job current.
        current = [p for p in roles if not p.end][:1] or current
    if current:
        career = [p for p in current if any(p is r for r in roles)] or current
        if len(career) > 1 and profile.headline:
            return next((p for p in career if _named_by(profile.headline, p)), career[0])
        return career[0]
    if profile.positions and all(p.start for p in profile.positions):
        return None  # every role is dated and has ended: between jobs, and an ended job never stands in
    listed = profile.positions[0] if profile.positions else None
    if listed is not None and any(listed is p for p in roles):
        return listed
    return roles[0] if roles else None


_LEGAL_SUFFIXES = frozenset(
    "inc incorporated llc llp lp ltd limited gmbh ag sa sac sas sarl srl spa plc co corp corporation company "
    "pte pty bv nv oy ab as asa kg ug".split()
)
_GENERIC_WORDS = frozenset("the bank group university college school health capital partners labs".split())


def _employer_words(company: str) -> list[str]:
    words = re.sub(r"[^\w\s&]", " ", company.casefold()).split()
    while words and words[-1] in _LEGAL_SUFFIXES:
        words.pop()
    return words[1:] if words[:1] == ["the"] else words


# A country or department before a government body's name: "U.S." Forest Service, "USDA" Forest Service
_NATIONAL_PREFIXES = (
    ("united", "states"),
    ("u", "s", "a"),
    ("u", "s"),
    ("us",),
    ("usa",),
    ("usda",),
    ("uk",),
    ("u", "k"),
    ("hm",),
)


def _national(words: list[str]) -> tuple[list[str], bool]:
    for prefix in _NATIONAL_PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            return words[len(prefix) :], True
    return words, False


def employer_key(name: str) -> str:
    """A company or school name for comparison: lower case, no punctuation, no trailing legal suffix."""
    return " ".join(_employer_words(name))


def same_employer(a: str, b: str) -> bool:
    """One employer under two spellings: "Lanternfish" and "Lanternfish Learning", "Acme Inc." and "ACME".

    The shorter name must open the longer one, word for word, and be more than a generic word ("Bank").
    """
    left, right = _employer_words(a), _employer_words(b)
    if not left or not right:
        return False
    (left_rest, left_national), (right_rest, right_national) = _national(left), _national(right)
    if (left_national or right_national) and left_rest == right_rest:
        # "U.S. Forest Service" and "USDA Forest Service"; "United States Army" and "U.S. Army"
        both = left_national and right_national
        return len(left_rest) >= 2 or (both and left_rest[0] not in _GENERIC_WORDS)
    short, long = sorted((left, right), key=len)
    if long[: len(short)] != short:
        return False
    if len(short) == len(long):
        return True
    return not (len(short) == 1 and (short[0] in _GENERIC_WORDS or len(short[0]) < 4))


_STATED = re.compile(
    r"\b(?:spent|after|for|over)\s+(?:about |almost |nearly |over )?"
    r"(?:(?P<decade>a decade)|(?P<n>\d{1,2}|[a-z]+)[ -](?P<unit>years?|months?))\b"
    r"(?:\s+(?:as|at|in|with|of)\b)",
    re.IGNORECASE,
)


def stated_months(position: Position) -> int | None:
    """A duration the person wrote in the role's description ("spent nine months as ..."), in months."""
    m = _STATED.search(position.description or "")
    if not m:
        return None
    if m.group("decade"):
        return 120
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else NUMBER_VALUES.get(raw)
    if not n:
        return None
    return n * 12 if m.group("unit").lower().startswith("year") else n
