"""Experience and Volunteering entries from a LinkedIn page copy (twins and noise already removed).

Each role is anchored on its date line. Walking back from it tells the two layouts apart:

* single role:   Title / Company[ · Employment type] / dates / [Location] / [description]
* grouped roles: Company / [Employment type · ]total tenure / [Location] / then per role
                 Title / [Employment type] / dates / [Location] / [description]

A grouped company's roles all fit inside its total tenure; the first role that does not is a new,
single entry. That check is what keeps an older single role from being swallowed by the group above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from infoview_ai.bio.linkedin.lines import (
    DateSpan,
    has_employment_type_suffix,
    parse_date_line,
    parse_location_line,
    parse_tenure_line,
    split_company_line,
)
from infoview_ai.bio.linkedin.vocabulary import VOLUNTEER_CAUSES, is_employment_type, word_key
from infoview_ai.context import Position
from infoview_ai.dates import month_index


def _month_index(value: str | None) -> int | None:
    return month_index(value) if value else None


@dataclass
class _Group:
    company: str
    employment_type: str | None
    months: int
    location: str | None = None
    latest_end: int | None = None
    roles: int = 0
    last: DateSpan | None = None  # the dates of the group's role listed last so far

    def fits(self, span: DateSpan, now: int) -> bool:
        """Could a role with these dates belong to this company's stint, given its total tenure and order?"""
        start = _month_index(span.start)
        if start is None or self.latest_end is None:
            return self._follows(span)
        earliest_start = self.latest_end - self.months + 1
        return start >= earliest_start - 1 and self._follows(span)  # a month of slack for rounding

    def _follows(self, span: DateSpan) -> bool:
        """LinkedIn lists a group's roles current first, then newest first: after an ended role, a current
        role or one that started later is the next entry (a board seat elsewhere), not this company's."""
        last = self.last
        if last is None or last.ongoing:
            return True
        start, last_start = _month_index(span.start), _month_index(last.start)
        later = start is not None and last_start is not None and start > last_start
        return not span.ongoing and not later


@dataclass
class _Role:
    date_index: int
    title_index: int | None
    title: str
    company: str
    employment_type: str | None
    span: DateSpan
    group: _Group | None = None
    header: set[int] = field(default_factory=set)


def estimate_now(lines: list[str], today: date | None = None) -> int:
    """The month the page was copied, from an ongoing role's start plus its duration; else today.

    Tenure totals are as of the copy, so comparing them against today would break on older copies.
    """
    best: int | None = None
    for line in lines:
        span = parse_date_line(line)
        if span and span.ongoing and span.months and (start := _month_index(span.start)) is not None:
            candidate = start + span.months - 1
            best = candidate if best is None else max(best, candidate)
    if best is not None:
        return best
    today = today or date.today()
    return today.year * 12 + today.month - 1


def _find_roles(lines: list[str], now: int) -> tuple[list[_Role], set[int], dict[int, _Group]]:
    spans = {index: span for index, line in enumerate(lines) if (span := parse_date_line(line))}
    claimed: set[int] = set(spans)
    groups_by_tenure_index: dict[int, _Group] = {}
    roles: list[_Role] = []
    group: _Group | None = None
    previous_date = -1
    for date_index in sorted(spans):
        span = spans[date_index]
        # A tenure line since the previous role opens a new company group.
        for index in range(previous_date + 1, date_index - 1):
            tenure = parse_tenure_line(lines[index])
            if tenure and index - 1 > previous_date and index - 1 not in claimed:
                group = _Group(
                    company=split_company_line(lines[index - 1])[0],
                    employment_type=tenure[0],
                    months=tenure[1],
                )
                groups_by_tenure_index[index] = group
                claimed.update({index - 1, index})
        role = _role_at(lines, date_index, span, group, claimed, previous_date, now)
        if role.group is None:
            group = None  # a single entry ends the group above it
        elif role.group.roles == 1:
            _claim_group_location(lines, role, groups_by_tenure_index, claimed)
        claimed.update(role.header)
        roles.append(role)
        previous_date = date_index
    return roles, claimed, groups_by_tenure_index


def _role_at(
    lines: list[str],
    date_index: int,
    span: DateSpan,
    group: _Group | None,
    claimed: set[int],
    previous_date: int,
    now: int,
) -> _Role:
    """Read the one or two header lines above a date line."""
    above = date_index - 1
    if above <= previous_date or above in claimed:
        return _Role(date_index, None, "", group.company if group else "", None, span, group)
    if is_employment_type(lines[above]):
        title_index = above - 1 if above - 1 > previous_date and above - 1 not in claimed else None
        role = _Role(
            date_index,
            title_index,
            lines[title_index] if title_index is not None else "",
            group.company if group else "",
            lines[above],
            span,
            group,
            {above},
        )
    elif (
        group and not has_employment_type_suffix(lines[above]) and (group.roles == 0 or group.fits(span, now))
    ):
        role = _Role(
            date_index, above, lines[above], group.company, group.employment_type, span, group, {above}
        )
    else:
        company, employment_type = split_company_line(lines[above])
        title_index = above - 1 if above - 1 > previous_date and above - 1 not in claimed else None
        if title_index is None:
            # Only one header line: LinkedIn always names the title, so that line is the title.
            return _Role(date_index, above, lines[above], "", None, span, None, {above})
        role = _Role(
            date_index,
            title_index,
            lines[title_index],
            company,
            employment_type,
            span,
            None,
            {above, title_index},
        )
    if role.title_index is not None:
        role.header.add(role.title_index)
    if role.group is not None:
        role.group.roles += 1
        role.group.last = span
        end = _month_index(span.end) if not span.ongoing else now
        if end is not None:
            role.group.latest_end = end if role.group.latest_end is None else max(role.group.latest_end, end)
    return role


def _claim_group_location(
    lines: list[str], role: _Role, groups: dict[int, _Group], claimed: set[int]
) -> None:
    """Lines between a group's tenure and its first title: a location shared by all of its roles."""
    tenure_index = max((index for index, g in groups.items() if g is role.group), default=None)
    first_header = min(role.header) if role.header else role.date_index
    if tenure_index is None:
        return
    for index in range(tenure_index + 1, first_header):
        if (place := parse_location_line(lines[index], lenient=True)) and role.group is not None:
            role.group.location = role.group.location or place[0]
        claimed.add(index)


def parse_positions(
    lines: list[str], *, today: date | None = None, drop_lines: set[str] | None = None
) -> list[Position]:
    """Roles from an Experience (or Volunteering) section, in page order (LinkedIn lists newest first)."""
    drops = drop_lines or set()  # in word_key form
    now = estimate_now(lines, today)
    roles, claimed, _ = _find_roles(lines, now)
    boundaries = sorted(claimed)
    positions: list[Position] = []
    for role in roles:
        next_claimed = next((index for index in boundaries if index > role.date_index), len(lines))
        body = [line for line in lines[role.date_index + 1 : next_claimed] if word_key(line) not in drops]
        location = None
        if body and (place := parse_location_line(body[0], lenient=True)):
            location = place[0]
            body = body[1:]
        title = role.title.strip()
        if not title and not role.company:
            continue
        positions.append(
            Position(
                title=title or role.company,
                company=role.company if title else "",
                start=role.span.start,
                end=None if role.span.ongoing else role.span.end,
                location=location or (role.group.location if role.group else None),
                employment_type=role.employment_type,
                description="\n".join(body).strip(),
            )
        )
    return positions


def parse_volunteering(lines: list[str], *, today: date | None = None) -> list[Position]:
    """Volunteering reads like Experience (role, organisation, dates), plus a cause line to skip."""
    positions = parse_positions(lines, today=today, drop_lines=VOLUNTEER_CAUSES)
    if positions or len(lines) < 2:
        return positions
    # Entries without dates: the first two lines are the role and the organisation.
    return [Position(title=lines[0], company=lines[1])]
