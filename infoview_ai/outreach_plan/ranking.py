"""`infoview targets`: who to ask, ranked for the user's goal, each with the reasons for their place.

The order, most important first: how well the company matches (exact, strong, weak: only with
--company), 1st-degree connections before others, how close the title's function is to the goal (or to
--title), how many of the goal's own words the title names, and seniority (senior, manager and
director before juniors and executives). People already contacted (any status past `identified`, cold
and closed included) are left out and counted.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from infoview_ai.outreach_plan.company_match import TIER_RANK, company_key, tier_of_keys, why
from infoview_ai.outreach_plan.titles import (
    SENIORITY_GAP,
    function_distance,
    function_reason,
    goal_functions,
    goal_terms,
    read_title,
    seniority_reason,
    shared_terms,
    words_of,
)
from infoview_ai.tracker.targets_query import contacted_statuses, distinct_companies, uncontacted

COLUMNS = ("contact_id", "name", "company", "title", "degree", "profile_url", "reason")
DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class Filters:
    company: str | None = None
    industry: str | None = None
    title: str | None = None
    limit: int | None = DEFAULT_LIMIT  # None: everyone who matches


@dataclass(frozen=True)
class Target:
    contact_id: int
    name: str
    company: str | None
    title: str | None
    degree: int | None
    profile_url: str | None
    email: str | None
    reason: str
    rank: int = 0
    company_tier: str | None = None

    def row(self) -> dict:
        """The columns a batch command reads (COLUMNS)."""
        return {column: getattr(self, column) for column in COLUMNS}


@dataclass
class Ranking:
    targets: list[Target]
    matched: int  # people who pass the filters, before --limit
    excluded: Counter = field(default_factory=Counter)  # status -> people left out
    notes: list[str] = field(default_factory=list)

    def excluded_line(self) -> str | None:
        total = sum(self.excluded.values())
        if not total:
            return None
        parts = ", ".join(f"{n} {status}" for status, n in sorted(self.excluded.items()))
        return f"Left out {total} already contacted ({parts}): see `infoview due` for their next steps."


def _phrase_in(words: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    n = len(wanted)
    return any(words[i : i + n] == wanted for i in range(len(words) - n + 1))


def rank_targets(
    conn: sqlite3.Connection, goal: str | None, filters: Filters, as_of: date | None = None
) -> Ranking:
    """The ranked people for ``goal`` (the user's `Goal:` line) and ``filters``."""
    as_of = as_of or date.today()
    notes: list[str] = []
    tiers: dict[str, str] = {}
    companies = None
    if filters.company:
        asked = company_key(filters.company)
        for stored in distinct_companies(conn):
            tier = tier_of_keys(asked, company_key(stored))
            if tier:
                tiers[stored] = tier
        companies = list(tiers)
    industry_words = words_of(filters.industry) if filters.industry else ()
    rows = uncontacted(conn, companies, industry_words)
    excluded = contacted_statuses(conn, as_of, companies)

    wanted, source = goal_functions(goal), "your goal"
    terms = goal_terms(filters.title or goal)
    title_words: tuple[str, ...] = ()
    if filters.title:
        by_title = read_title(filters.title).functions
        if by_title:
            wanted, source = by_title, f"--title {filters.title!r}"
        else:
            title_words = words_of(filters.title)
    elif goal and not wanted:
        notes.append("Your goal names no job function infoview knows: titles were not compared with it.")

    scored = []
    for row in rows:
        cid, name, company, headline, industry, degree = row[:6]
        reading = read_title(headline)
        distance = function_distance(reading, wanted)
        if filters.title and (
            distance > 1 if not title_words else not _phrase_in(words_of(headline), title_words)
        ):
            continue
        if industry_words and not _phrase_in(
            words_of(f"{industry or ''} {headline or ''} {company or ''}"), industry_words
        ):
            continue
        key = (
            TIER_RANK[tiers[company]] if tiers else 0,
            0 if degree == 1 else 1,
            distance,
            -len(set(shared_terms(headline, terms))),  # "Supply Chain Analyst" before "Operations Lead"
            SENIORITY_GAP[reading.level],
            (name or "").casefold(),
            cid,
        )
        scored.append((key, row))
    chosen = heapq.nsmallest(filters.limit, scored) if filters.limit else sorted(scored)
    targets = [
        _target(rank, row, tiers, wanted, source, filters, terms)
        for rank, (_, row) in enumerate(chosen, start=1)
    ]
    if filters.industry:
        notes.append(
            f"--industry {filters.industry!r} matched the stored industry, title and company "
            "(LinkedIn's Connections.csv has no industry column)."
        )
    return Ranking(targets, len(scored), excluded, notes)


def _target(
    rank: int, row: tuple, tiers: dict, wanted, source: str, filters: Filters, terms: frozenset[str]
) -> Target:
    cid, name, company, headline, _industry, degree, profile_url, email = row
    reading = read_title(headline)
    reasons = []
    if tiers:
        reasons.append(why(tiers[company], filters.company, company))
    reasons.append(
        "1st-degree connection: a LinkedIn message, no connection note needed"
        if degree == 1
        else "not a 1st-degree connection: needs an invitation (a connection note uses your budget)"
    )
    if filters.title and not read_title(filters.title).functions:
        reasons.append(f"the title contains {filters.title!r}")
    if wanted or not filters.title:
        reasons.append(function_reason(function_distance(reading, wanted), reading, wanted, source))
    shared = list(dict.fromkeys(shared_terms(headline, terms)))
    if shared:
        reasons.append(f"the title names {' '.join(shared)!r} from {source}")
    reasons.append(seniority_reason(reading))
    return Target(
        contact_id=cid,
        name=name or f"contact #{cid}",
        company=company,
        title=headline,
        degree=degree,
        profile_url=profile_url,
        email=email,
        reason=f"#{rank}: " + "; ".join(reasons),
        rank=rank,
        company_tier=tiers.get(company) if tiers else None,
    )
