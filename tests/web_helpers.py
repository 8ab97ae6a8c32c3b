"""For tests/web: the page's test browser (Starlette's TestClient at the loopback address, cookie set
by the token link), and a helper that posts a form as the page does (same Origin, the CSRF token)."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from infoview_ai.web import Guard

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
ORIGIN = {"origin": BASE}
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class Page:
    """The test's browser: ``get`` and ``post`` like a person on the page would."""

    def __init__(self, guard: Guard, client: TestClient):
        self.guard = guard
        self.client = client

    def get(self, path: str, **kwargs):
        return self.client.get(path, **kwargs)

    def post(self, path: str, data: dict | None = None, files=None, **kwargs):
        fields = {"csrf": self.guard.csrf_token(), **(data or {})}
        headers = {**ORIGIN, **kwargs.pop("headers", {})}
        return self.client.post(path, data=fields, files=files, headers=headers, **kwargs)
