"""The user's own writing in LinkedIn's export: sent invitation notes and sent messages.

Kept in the local ``writing_samples`` table as samples of the user's voice; never sent anywhere. Only
what the user sent is kept: invitations marked OUTGOING, and the messages whose sender is the user. The
user is the inviter of their outgoing invitations (their profile URL), else the owner Profile.csv names,
else the most frequent sender in messages.csv. Each sample has a digest of its recipient, time and text,
so importing the same export twice keeps it once.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import datetime

from infoview_ai.network.csv_reader import Table, broken_encoding, normal_header, read_table
from infoview_ai.network.matching import canonical_profile_url, text_key
from infoview_ai.network.people import Skipped, WritingSample

INVITATIONS = "linkedin-invitations"
MESSAGES = "linkedin-messages"
MAX_SAMPLE_CHARS = 20_000  # a message; longer ones are pasted documents, not a voice
_TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S %Z",
    "%Y-%m-%d %H:%M:%S",
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%Y-%m-%dT%H:%M:%S",
)


def _columns(table: Table) -> dict[str, int]:
    return {normal_header(cell): index for index, cell in reversed(list(enumerate(table.header)))}


def _has(*names: str):
    return lambda cells: {normal_header(n) for n in names} <= {normal_header(c) for c in cells}


def iso_time(text: str) -> str | None:
    value = " ".join(text.split())
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(value, fmt).isoformat(timespec="minutes")
        except ValueError:
            continue
    return value or None


def _digest(*parts: str | None) -> str:
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8", "surrogatepass")).hexdigest()


def _counterpart(urls: str, names: str) -> str | None:
    found = [url for url in map(canonical_profile_url, re.split(r"[\s,;]+", urls)) if url]
    return " ".join(dict.fromkeys(found)) or " ".join(names.split()) or None


def _sample(source: str, body: str, counterpart: str | None, sent_at: str | None, subject: str | None):
    text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    return WritingSample(
        source=source,
        body=text,
        counterpart=counterpart,
        sent_at=sent_at,
        subject=subject or None,
        digest=_digest(source, counterpart, sent_at, text),
    )


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return row[index] if index is not None else ""


def _usable(where: str, body: str) -> Skipped | None:
    if broken_encoding(body):
        return Skipped(where, "broken encoding: re-save the file as UTF-8")
    if len(body) > MAX_SAMPLE_CHARS:
        return Skipped(where, f"longer than {MAX_SAMPLE_CHARS:,} characters")
    return None


def sent_invitations(data: bytes, label: str) -> tuple[list[WritingSample], list[Skipped], list[str]]:
    """(samples, skipped, the user's own profile URLs) from Invitations.csv: the OUTGOING notes."""
    table = read_table(data, label, _has("from", "to", "direction"))
    columns = _columns(table)
    samples, skipped, inviters = [], list(table.skipped), Counter()
    for line, row in table.rows:
        body = _cell(row, columns, "message")
        if _cell(row, columns, "direction").strip().upper() != "OUTGOING" or not body.strip():
            continue
        inviter = canonical_profile_url(_cell(row, columns, "inviterprofileurl"))
        if inviter:
            inviters[inviter] += 1
        if problem := _usable(f"{label}, line {line}", body):
            skipped.append(problem)
            continue
        counterpart = _counterpart(_cell(row, columns, "inviteeprofileurl"), _cell(row, columns, "to"))
        samples.append(
            _sample(INVITATIONS, body, counterpart, iso_time(_cell(row, columns, "sent at")), None)
        )
    return samples, skipped, [url for url, _ in inviters.most_common()]


def owner_name(data: bytes | None, label: str) -> str | None:
    """The export owner's name from Profile.csv (First Name + Last Name of its one row)."""
    if not data:
        return None
    table = read_table(data, label, _has("first name", "last name"))
    columns = _columns(table)
    for _, row in table.rows[:1]:
        name = f"{_cell(row, columns, 'first name')} {_cell(row, columns, 'last name')}"
        return " ".join(name.split()) or None
    return None


def sent_messages(
    data: bytes, label: str, owner_urls: list[str], owner: str | None
) -> tuple[list[WritingSample], list[Skipped]]:
    """The messages the user sent, from messages.csv (drafts and empty messages left out)."""
    table = read_table(data, label, _has("from", "to", "content"))
    columns = _columns(table)
    senders = [
        (
            canonical_profile_url(_cell(row, columns, "sender profile url")),
            text_key(_cell(row, columns, "from")),
        )
        for _, row in table.rows
    ]
    mine = _the_user(senders, set(owner_urls), text_key(owner))
    samples, skipped = [], list(table.skipped)
    for (line, row), sender in zip(table.rows, senders, strict=True):
        body = _cell(row, columns, "content")
        if sender not in mine or not body.strip():
            continue
        if _cell(row, columns, "is message draft").strip().lower() in ("yes", "true"):
            continue
        if problem := _usable(f"{label}, line {line}", body):
            skipped.append(problem)
            continue
        counterpart = _counterpart(_cell(row, columns, "recipient profile urls"), _cell(row, columns, "to"))
        subject = " ".join(_cell(row, columns, "subject").split())
        samples.append(_sample(MESSAGES, body, counterpart, iso_time(_cell(row, columns, "date")), subject))
    return samples, skipped


def _the_user(
    senders: list[tuple[str | None, str]], owner_urls: set[str], owner: str
) -> set[tuple[str | None, str]]:
    """The (URL, name) pairs that are the user: those the owner's URL or name matches, else the most
    frequent sender (the user is in every one of their conversations; each other person in few)."""
    known = {s for s in senders if (s[0] and s[0] in owner_urls) or (owner and s[1] == owner)}
    if known:
        return known
    counts = Counter(url or name for url, name in senders if url or name)
    if not counts:
        return set()
    top = counts.most_common(1)[0][0]
    return {s for s in senders if (s[0] or s[1]) == top}
