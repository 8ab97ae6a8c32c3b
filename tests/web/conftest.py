"""Fixtures for the page's tests: a browser that opened the token link, and one that did not."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient
from web_helpers import BASE, EXAMPLES, PORT, Page

from infoview_ai.web import Guard, create_app


@pytest.fixture
def guard() -> Guard:
    return Guard(port=PORT)


@pytest.fixture
def anonymous(guard) -> TestClient:
    """A browser that never opened the token link."""
    return TestClient(create_app(guard), base_url=BASE)


@pytest.fixture
def page(guard) -> Page:
    client = TestClient(create_app(guard), base_url=BASE)
    opened = client.get(f"/?token={guard.token}", follow_redirects=False)
    assert opened.status_code == 303
    return Page(guard, client)


@pytest.fixture
def lena_bio() -> str:
    return (EXAMPLES / "lena-okafor-linkedin.txt").read_text(encoding="utf-8")
