"""One role told twice in a plain bio is kept once: current roles first, past ones newest first, and the
facts each mention gave ("joined Lanternfish in 2020" and "Director ... at Lanternfish Health")."""

from __future__ import annotations

from infoview_ai.bio.plain.stated_titles import described
from infoview_ai.career import same_employer
from infoview_ai.context import Position
from infoview_ai.dates import month_index

Found = list[tuple[Position, bool]]  # (Position, is_current), in the order the text names them


def merge_positions(found: Found) -> list[Position]:
    """Current roles first (in text order), then past ones; the same role named twice is kept once."""
    entries: list[tuple[Position, bool]] = []
    for position, current in found:
        index = next(
            (i for i, (kept, now) in enumerate(entries) if _same_role(kept, now, position, current)), None
        )
        if index is None:
            entries.append((position, current))
            continue
        kept, kept_current = entries[index]
        entries[index] = (_combine(kept, position), kept_current or current)
    past = _newest_first([p for p, current in entries if not current])
    return [p for p, current in entries if current] + past


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
    for position in positions:
        twin = next(
            (
                p
                for p in kept
                if p.title
                and _same_words(p.title, position.title)
                and same_employer(p.company, position.company)
            ),
            None,
        )
        if twin is None:
            kept.append(position)
            continue
        twin.start, twin.end = twin.start or position.start, twin.end or position.end
        twin.location = twin.location or position.location
    return kept


def _same_words(a: str, b: str) -> bool:
    """ "Principal & Director of Structural Engineering" and "principal and director of ...": one title."""
    def words(title: str) -> str:
        return " ".join(title.lower().replace("&", " and ").split())

    return words(a) == words(b)


def _combine(kept: Position, new: Position) -> Position:
    """Keep the job title over an untitled or described role, and the facts either mention had."""
    better = new.title and (not kept.title or (described(kept) and not described(new)))
    best, other = (new, kept) if better else (kept, new)
    best.location = best.location or kept.location or new.location
    best.start = best.start or other.start
    if described(other):
        best.description = other.description  # the sentence that says what the work is
    return best
