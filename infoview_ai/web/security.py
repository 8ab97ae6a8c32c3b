"""The page's guard: it is a local server holding private notes, so every request proves it came from the
browser `infoview serve` opened, and every response tells the browser to run nothing but our own files.

One ASGI middleware, in order: the Host header (DNS rebinding), the per-run token or its cookie, the Origin
of a POST (cross-site forms), the body size, then the security headers on whatever the app answers. The
CSRF token of each form is checked where the form is read (``check_csrf``), tied to the session cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

from infoview_ai.bio.limits import MAX_PDF_BYTES, megabytes

COOKIE = "infoview_session"
# The largest request: a PDF bio at its cap plus the form's other fields (notes, a draft) at theirs.
MAX_BODY_BYTES = MAX_PDF_BYTES + 1_000_000
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # "same-origin", not "no-referrer": with no-referrer a browser sends `Origin: null` on our own POSTs.
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]
TOO_BIG = (
    f"That upload is larger than {megabytes(MAX_BODY_BYTES)}, the most this page accepts "
    f"(a bio is at most {megabytes(MAX_PDF_BYTES)} of PDF): a profile is a few kilobytes. Pass only the "
    "profile's text (or LinkedIn's 'Save to PDF')."
)


@dataclass(frozen=True)
class Guard:
    """What one run of `infoview serve` accepts: its token, the cookie it hands out, the Host names."""

    port: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    session: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    extra_hosts: tuple[str, ...] = ()  # --allow-remote: the name given with --host
    any_host: bool = False  # --allow-remote with 0.0.0.0: the token alone guards it

    @property
    def hosts(self) -> set[str]:
        names = {"127.0.0.1", "localhost", "[::1]", *self.extra_hosts}
        return {f"{name}:{self.port}" for name in names}

    def host_ok(self, host: str) -> bool:
        return self.any_host or host.lower() in self.hosts

    def csrf_token(self) -> str:
        """The token every form carries: derived from the session cookie, so a page from another site
        cannot know it, and it changes with every run."""
        return hmac.new(self.token.encode(), self.session.encode(), hashlib.sha256).hexdigest()

    def csrf_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(str(given), self.csrf_token())

    def url(self, host: str) -> str:
        return f"http://{host}:{self.port}/?token={self.token}"


def _header(scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key == name:
            return value.decode("latin-1")
    return ""


def _cookie(scope, name: str) -> str:
    for part in _header(scope, b"cookie").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return ""


class GuardMiddleware:
    """Refuses what the page must not answer; adds the security headers to everything it does answer."""

    def __init__(self, app, guard: Guard, refuse):
        self.app = app
        self.guard = guard
        self.refuse = refuse  # (status, title, message) -> an ASGI response: the error page

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        guard = self.guard
        host = _header(scope, b"host")
        if not guard.host_ok(host):
            return await self._refuse(scope, receive, send, 400, "Wrong address", _WRONG_HOST)
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        given = query.get("token", "")
        if given and secrets.compare_digest(given, guard.token):
            return await self._welcome(scope, send, query)
        if not secrets.compare_digest(_cookie(scope, COOKIE), guard.session):
            return await self._refuse(scope, receive, send, 403, "Open the link infoview printed", _NO_TOKEN)
        if scope["method"] not in ("GET", "HEAD") and not self._same_origin(scope, host):
            return await self._refuse(scope, receive, send, 403, "Refused", _CROSS_SITE)
        length = _header(scope, b"content-length")
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            return await self._refuse(scope, receive, send, 413, "Too large", TOO_BIG)
        await self.app(scope, _bounded(receive), _with_headers(send))

    def _same_origin(self, scope, host: str) -> bool:
        origin = _header(scope, b"origin") or _header(scope, b"referer")
        if not origin or origin == "null":
            return False
        parts = urlsplit(origin)
        return parts.scheme == "http" and parts.netloc.lower() == host.lower()

    async def _welcome(self, scope, send, query: dict) -> None:
        """The link with the token: set the cookie and send the browser to the same page without the token,
        so it is not left in the history or in a bookmark."""
        query.pop("token", None)
        location = scope.get("path", "/") + (f"?{urlencode(query)}" if query else "")
        cookie = f"{COOKIE}={self.guard.session}; Path=/; HttpOnly; SameSite=Strict"
        headers = [(b"location", location.encode()), (b"set-cookie", cookie.encode()), *HEADERS]
        await send({"type": "http.response.start", "status": 303, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    async def _refuse(self, scope, receive, send, status: int, title: str, message: str) -> None:
        response = self.refuse(status, title, message)
        await response(scope, receive, _with_headers(send))


class BodyTooLarge(Exception):
    """A body without a Content-Length (chunked) that grew past MAX_BODY_BYTES."""


def _bounded(receive):
    seen = 0

    async def wrapped():
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_BODY_BYTES:
                raise BodyTooLarge(TOO_BIG)
        return message

    return wrapped


def _with_headers(send):
    async def wrapped(message):
        if message["type"] == "http.response.start":
            names = {key for key, _ in message.get("headers", [])}
            added = [h for h in HEADERS if h[0] not in names]
            message = {**message, "headers": [*message.get("headers", []), *added]}
        await send(message)

    return wrapped


_WRONG_HOST = (
    "This page answers only at the address infoview serve printed (127.0.0.1 or localhost with its port). "
    "Another name pointing here is refused, so a web site cannot reach your notes through it."
)
_NO_TOKEN = (
    "This page holds your private notes, so it opens only from the link `infoview serve` printed "
    "(it carries a one-time token). Open that link, or restart `infoview serve` for a new one."
)
_CROSS_SITE = (
    "This form was not sent from the infoview page itself (its Origin did not match), so nothing was done."
)
