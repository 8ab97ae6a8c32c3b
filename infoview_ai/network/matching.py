"""Who an imported row is: a profile URL in one canonical form, else a name and company key.

Matching is by profile URL first (LinkedIn writes the same person as ``https://www.linkedin.com/in/x``,
``http://linkedin.com/in/X/`` or ``https://uk.linkedin.com/in/x?trk=...``), then by name + company,
case- and space-insensitive. Two people with one name at one company but different profile URLs are two
people: a name match never joins rows whose URLs disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_LINKEDIN = re.compile(r"^(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com(/[\w\-./%]*)?(?:[?#]\S*)?$", re.I)
_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")


def canonical_profile_url(raw: str | None) -> str | None:
    """``https://host/path`` lower-cased, without ``www.``, query, fragment or trailing slash; LinkedIn's
    country hosts (``uk.linkedin.com``) become ``www.linkedin.com``. None when ``raw`` is not a web URL."""
    text = (raw or "").strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    if fast := _LINKEDIN.match(text):  # nearly every profile URL: no need for urlsplit
        return f"https://www.linkedin.com{_path(fast.group(1) or '')}"
    if not _SCHEME.match(text):
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not _HOST.match(host):
        return None
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        host = "www.linkedin.com"
    return f"https://{host}{_path(parts.path)}"


def _path(path: str) -> str:
    """``/in/J%C3%B6rg//`` and ``/in/jörg`` are one path."""
    if "%" in path:
        path = unquote(path)
    return re.sub(r"/{2,}", "/", path).rstrip("/").lower()


def text_key(value: str | None) -> str:
    """Case- and space-insensitive: ``"  Lena  OKAFOR "`` and ``"lena okafor"`` are one key."""
    return " ".join((value or "").split()).casefold()


def person_key(name: str | None, company: str | None) -> tuple[str, str] | None:
    key = text_key(name)
    return (key, text_key(company)) if key else None


@dataclass
class Matcher:
    """The tracker's people by URL and by name + company, for matching a whole file without a query per
    row. ``claim`` registers a row's keys so a second row for the same person is seen as a repeat."""

    by_url: dict[str, int] = field(default_factory=dict)
    by_person: dict[tuple[str, str], int] = field(default_factory=dict)
    url_of: dict[int, str | None] = field(default_factory=dict)

    @classmethod
    def of(cls, people: Iterable[tuple[int, str | None, str | None, str | None]]) -> Matcher:
        """From (id, profile URL, name, company) rows; the oldest contact wins a shared key."""
        matcher = cls()
        for contact_id, url, name, company in people:
            matcher.claim(contact_id, canonical_profile_url(url), name, company)
        return matcher

    def find(self, url: str | None, name: str | None, company: str | None) -> int | None:
        """The contact this person already is, or None. ``url`` is canonical."""
        if url and url in self.by_url:
            return self.by_url[url]
        key = person_key(name, company)
        found = self.by_person.get(key) if key else None
        if found is not None and url and self.url_of.get(found) not in (None, url):
            return None  # a namesake at the same company, with a profile of their own
        return found

    def claim(self, contact_id: int, url: str | None, name: str | None, company: str | None) -> None:
        if url:
            self.by_url.setdefault(url, contact_id)
            if not self.url_of.get(contact_id):
                self.url_of[contact_id] = url
        else:
            self.url_of.setdefault(contact_id, None)
        key = person_key(name, company)
        if key:
            self.by_person.setdefault(key, contact_id)
