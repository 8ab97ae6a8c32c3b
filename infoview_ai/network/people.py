"""What the readers hand the import: one person per usable row, one note per skipped row."""

from __future__ import annotations

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
        positions = [Position(title=self.headline or "", company=self.company)] if self.company else []
        return Profile(
            name=self.name,
            credentials=list(self.credentials),
            headline=self.headline,
            positions=positions,
            urls=[self.profile_url] if self.profile_url else [],
            source_format=self.source.replace("-", "_"),
        ).model_dump_json()


@dataclass(frozen=True)
class WritingSample:
    """Something the user wrote (a connection note, a message), kept locally as a sample of their voice."""

    source: str  # "linkedin-invitations" or "linkedin-messages"
    body: str
    counterpart: str | None  # the recipients' canonical profile URLs (space-separated), else their names
    sent_at: str | None
    subject: str | None
    digest: str
