"""The browser the end-to-end tests rely on is really there and really renders."""

from __future__ import annotations


def test_chromium_renders_a_page_and_runs_its_script(browser_page):
    script = "document.getElementById('out').textContent = 'ran'"
    browser_page.set_content(f"<p id=out>static</p><script>{script}</script>")
    assert browser_page.inner_text("#out") == "ran"
    assert browser_page.console_errors == []
