"""A real headless Chromium for end-to-end tests: Debian's /usr/bin/chromium driven by Playwright.

Playwright cannot download its own browser on these machines, so it drives the system one. CI installs
Chromium (`make test` does it once); where none is found the browser tests fail loudly rather than skip,
because a page that is never opened in a browser is not tested.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without the background-networking flags Chromium keeps dialling Google on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    found = os.environ.get("INFOVIEW_CHROMIUM") or shutil.which("chromium")
    if not found:
        pytest.fail("no Chromium: `apt-get install -y chromium` (make test does it) or set INFOVIEW_CHROMIUM")
    return found


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """One browser per test session; each test opens its own context (cookies, storage) from it."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium) -> Iterator[object]:
    """A fresh page in a fresh context; console errors are collected on `page.console_errors`."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


def screenshot_folder() -> Path:
    """Where end-to-end tests leave screenshots for a person to look at (printed by the tests)."""
    default = Path(__file__).resolve().parents[1] / "build" / "screenshots"
    folder = Path(os.environ.get("INFOVIEW_SCREENSHOTS", default))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
