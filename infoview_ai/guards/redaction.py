"""The API key and any credentials in a base URL, kept out of everything infoview prints or stores.

A server can echo the key in its reply, an error body or a redirect; whatever produced the text, it is
redacted before it reaches stdout, stderr, a file or the database.
"""

from __future__ import annotations

import os

MASK = "[REDACTED]"
_GIVEN: set[str] = set()  # keys given as --key, which the environment does not hold


def remember(secret: str | None) -> None:
    if secret and len(secret) >= 4:
        _GIVEN.add(secret)


def url_secrets(url: str) -> list[str]:
    """The user name, password and query values of a URL (http://user:token@host/v1?api-key=...)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        found = [parts.password or "", parts.username or ""]
    except ValueError:
        return []
    found += [value for _, _, value in (p.partition("=") for p in parts.query.split("&"))]
    return [s for s in found if len(s) >= 4]


def secrets() -> list[str]:
    """Every secret in force, longest first (so a key that contains another is masked whole)."""
    found = set(_GIVEN)
    key = os.environ.get("OPENAI_API_KEY", "").strip()
    if len(key) >= 4:
        found.add(key)
    for name in ("OPENAI_BASE_URL", "OPENAI_API_BASE"):
        if os.environ.get(name):
            found.update(url_secrets(os.environ[name]))
    return sorted(found, key=len, reverse=True)


def redact(text: str, extra: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` with every secret (and each of ``extra``) replaced by a mask."""
    for secret in sorted({*secrets(), *(s for s in extra if len(s) >= 4)}, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    return text
