"""What the readers hand the import: one person per usable row, one note per skipped row."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field

from infoview_ai.context import Position, Profile

CONNECTIONS = "linkedin-connections"  # contacts.source for people from LinkedIn's Connections.csv
CSV = "csv"
BIO_FOLDER = "bio-folder"


@dataclass(frozen=True)
class Skipped:
    """A row (or file) left out, and why: ``where`` is "line 12" or a file name."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass
class ImportedPerson:
    """One person as a file describes them; ``where`` names the line or file, for messages."""

    where: str
    name: str
    source: str
    headline: str | None = None  # the position or title
    company: str | None = None
    profile_url: str | None = None  # canonical (matching.canonical_profile_url)
    email: str | None = None
    degree: int | None = None
    connected_on: str | None = None  # ISO date
    credentials: list[str] = field(default_factory=list)
    profile: Profile | None = None  # a parsed bio; rows from a CSV get one built from their columns
    bio_text: str = ""

    def profile_json(self) -> str:
        """The stored profile: the parsed bio, else what the row says (name, title at company)."""
        if self.profile is not None:
            return self.profile.model_dump_json()
        # The Profile's own JSON, filled in directly: building a record per row would cost a third of a
        # 30,000-row import. tests/network checks it reads back as the Profile it stands for.
        data = {
            **_empty_profile(),
            "name": self.name,
            "credentials": list(self.credentials),
            "headline": self.headline,
            "urls": [self.profile_url] if self.profile_url else [],
            "source_format": self.source.replace("-", "_"),
        }
        if self.company:
            data["positions"] = [{**_empty_position(), "title": self.headline or "", "company": self.company}]
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


@functools.cache
def _empty_profile() -> dict:
    return Profile().model_dump(mode="json")


@functools.cache
def _empty_position() -> dict:
    return Position(title="", company="").model_dump(mode="json")


@dataclass(frozen=True)
class WritingSample:
    """Something the user wrote (a connection note, a message), kept locally as a sample of their voice."""

    source: str  # "linkedin-invitations" or "linkedin-messages"
    body: str
    counterpart: str | None  # the recipients' canonical profile URLs (space-separated), else their names
    sent_at: str | None
    subject: str | None
    digest: str
