"""One role told twice in a plain bio is kept once: current roles first, past ones newest first, and the
facts each mention gave ("joined Lanternfish in 2020" and "Director ... at Lanternfish Health")."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict

from infoview_ai.bio.plain.stated_titles import described
from infoview_ai.career import employer_key, same_employer
from infoview_ai.context import Position
from infoview_ai.dates import month_index

Found = list[tuple[Position, bool]]  # (Position, is_current), in the order the text names them


def merge_positions(found: Found) -> list[Position]:
    """Current roles first (in text order), then past ones; the same role named twice is kept once.

    Each role merges into the first kept role that is the same one (``_same_role``). The kept roles are
    indexed by employer and title, so a bio naming thousands of roles costs a look-up per role rather than
    a pass over every role kept so far.
    """
    index = _RoleIndex()
    for position, current in found:
        match = index.first_same(position, current)
        if match is None:
            index.add(position, current)
        else:
            kept, kept_current = index.entries[match]
            index.replace(match, _combine(kept, position), kept_current or current)
    entries = index.entries
    past = _newest_first([p for p, current in entries if not current])
    return [p for p, current in entries if current] + past


class _Bucket:
    """The kept roles at one employer name, by title: where ``_same_role`` can only be true."""

    def __init__(self) -> None:
        self.every: list[int] = []
        self.by_title: dict[str, list[int]] = defaultdict(list)  # "" holds the untitled roles
        self.current_by_described: dict[bool, list[int]] = {True: [], False: []}

    def lists(self, position: Position, current: bool) -> list[list[int]]:
        """The lists an entry with this title and state belongs to."""
        lists = [self.every, self.by_title[_words(position.title)]]
        if current and position.title:
            lists.append(self.current_by_described[described(position)])
        return lists


class _RoleIndex:
    """Kept roles in text order, with the indexes ``merge_positions`` looks roles up in."""

    def __init__(self) -> None:
        self.entries: list[tuple[Position, bool]] = []
        self._buckets: dict[str, _Bucket] = defaultdict(_Bucket)  # by company, lower case
        self._by_words: dict[str, set[str]] = defaultdict(set)  # employer words -> companies
        self._by_prefix: dict[str, set[str]] = defaultdict(set)  # a proper prefix of them -> companies
        self._by_tail: dict[str, set[str]] = defaultdict(set)  # them without a national prefix -> companies

    def add(self, position: Position, current: bool) -> None:
        self.entries.append((position, current))
        self._file(len(self.entries) - 1)

    def replace(self, at: int, position: Position, current: bool) -> None:
        kept, kept_current = self.entries[at]
        for members in self._buckets[kept.company.lower()].lists(kept, kept_current):
            del members[bisect_left(members, at)]
        self.entries[at] = (position, current)
        self._file(at)

    def _file(self, at: int) -> None:
        position, current = self.entries[at]
        company = position.company.lower()
        for members in self._buckets[company].lists(position, current):
            insort(members, at)
        words = employer_key(position.company).split()
        if words:
            self._by_words[" ".join(words)].add(company)
            for end in range(1, len(words)):
                self._by_prefix[" ".join(words[:end])].add(company)
            for start in range(min(len(words), 4)):  # "U.S.", "United States", "USDA" ...
                self._by_tail[" ".join(words[start:])].add(company)

    def first_same(self, new: Position, new_current: bool) -> int | None:
        """The first kept role ``new`` is the same role as, or None."""
        company = new.company.lower()
        candidates = [self._first(self._exact_lists(company, new, new_current), new, new_current)]
        if new.company:  # another spelling of the employer: one role when the titles agree or one is missing
            for other in self._related(new.company) - {company}:
                bucket = self._buckets[other]
                titled = [bucket.by_title[_words(new.title)], bucket.by_title[""]]
                lists = titled if new.title else [bucket.every]
                candidates.append(self._first(lists, new, new_current))
        found = [c for c in candidates if c is not None]
        return min(found) if found else None

    def _exact_lists(self, company: str, new: Position, new_current: bool) -> list[list[int]]:
        bucket = self._buckets[company]
        if not company:
            return [bucket.by_title[_words(new.title)]]  # without an employer only the same title is one role
        if not new.title:
            return [bucket.every]
        lists = [bucket.by_title[_words(new.title)], bucket.by_title[""]]
        if new_current:
            lists.append(bucket.current_by_described[not described(new)])
        return lists

    def _related(self, company: str) -> set[str]:
        """Companies that may be ``company`` under another spelling (``same_employer`` decides)."""
        words = employer_key(company).split()
        if not words:
            return set()
        names = set(self._by_prefix[" ".join(words)])
        for end in range(1, len(words) + 1):
            names |= self._by_words[" ".join(words[:end])]
        for start in range(min(len(words), 4)):
            names |= self._by_tail[" ".join(words[start:])]
        return {name for name in names if same_employer(name, company)}

    def _first(self, lists: list[list[int]], new: Position, new_current: bool) -> int | None:
        best = None
        for members in lists:
            for at in members:
                if best is not None and at >= best:
                    break
                kept, kept_current = self.entries[at]
                if _same_role(kept, kept_current, new, new_current):
                    best = at
                    break
        return best


def _newest_first(past: list[Position]) -> list[Position]:
    """Dated past roles newest first, whatever order the story told them in ("I started as a technician
    (2011-2014), then ... from 2014 to 2017. After that, 2017 to 2022, ..."); a role the text gives no year
    keeps its place, next to the roles told around it."""
    out = list(past)
    slots = [i for i, p in enumerate(out) if p.start or p.end]
    newest = sorted((out[i] for i in slots), key=lambda p: month_index(p.start or p.end or "0"), reverse=True)
    for slot, position in zip(slots, newest, strict=True):
        out[slot] = position
    return out


def _same_role(kept: Position, kept_current: bool, new: Position, new_current: bool) -> bool:
    if kept.company.lower() != new.company.lower() and not (
        (not kept.title or not new.title or _same_words(kept.title, new.title))
        and same_employer(kept.company, new.company)
    ):
        return False  # "joined Lanternfish in 2020" and "Director ... at Lanternfish Health" are one role
    if _same_words(kept.title, new.title):
        return True
    if not kept.company:
        return False
    if not kept.title or not new.title:
        return True
    # "leads the data platform team at Globex" and "became director" at Globex: one current role
    return kept_current and new_current and described(kept) != described(new)


def fold_repeats(positions: list[Position]) -> list[Position]:
    """One role told twice ("Principal & Director of Structural Engineering" from the headline, "was named
    principal and director of structural engineering in 2022" at Kettering Vale) is kept once, with the
    facts both gave."""
    kept: list[Position] = []
    by_title: dict[str, list[Position]] = defaultdict(list)  # a look-up per role, not a pass over all kept
    for position in positions:
        twin = next(
            (
                p
                for p in by_title[_words(position.title)]
                if p.title and same_employer(p.company, position.company)
            ),
            None,
        )
        if twin is None:
            kept.append(position)
            by_title[_words(position.title)].append(position)
            continue
        twin.start, twin.end = twin.start or position.start, twin.end or position.end
        twin.location = twin.location or position.location
    return kept


def _words(title: str) -> str:
    return " ".join(title.lower().replace("&", " and ").split())


def _same_words(a: str, b: str) -> bool:
    """ "Principal & Director of Structural Engineering" and "principal and director of ...": one title."""
    return _words(a) == _words(b)


def _combine(kept: Position, new: Position) -> Position:
    """Keep the job title over an untitled or described role, and the facts either mention had."""
    better = new.title and (not kept.title or (described(kept) and not described(new)))
    best, other = (new, kept) if better else (kept, new)
    best.location = best.location or kept.location or new.location
    best.start = best.start or other.start
    if described(other):
        best.description = other.description  # the sentence that says what the work is
    return best
