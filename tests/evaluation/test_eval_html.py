"""The HTML report opened in a real headless Chromium: charts render, nothing is fetched, no errors."""

from __future__ import annotations

from eval_models import MODELS, run_eval
from headless_browser import screenshot_folder


def test_the_html_report_opens_offline_with_charts_and_outputs_side_by_side(models, tmp_path, browser_page):
    out = tmp_path / "report.html"
    args = ["--engine", "offline", *[a for m in MODELS for a in ("--model", m)], "-o", str(out)]
    result = run_eval(*args)
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html

    requests = []
    browser_page.on("request", lambda request: requests.append(request.url))
    browser_page.goto(out.as_uri())
    assert [url for url in requests if not url.startswith("file:")] == []
    assert browser_page.console_errors == []

    charts = browser_page.locator(".chart svg")
    assert charts.count() >= 10  # overall, usable, and one per outreach measure
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] > 100 and box["height"] > 40
    # The inventor's invented school is highlighted in its output; the rambler's output is there too.
    marks = browser_page.locator("mark").all_inner_texts()
    assert any("Northfield College" in m for m in marks), marks
    assert browser_page.locator(".out.failed").count() == 4  # flaky's broken replies, shown as failed
    first_row = browser_page.locator("table tr").nth(1).inner_text()
    assert "good" in first_row or "offline" in first_row
    # Who won and why, in one sentence, before anything else on the page.
    verdict = browser_page.locator("p").first
    assert "verdict" in (verdict.get_attribute("class") or "")
    said = verdict.inner_text()
    assert said.startswith("offline and good tie for first with 100.0 of 100;")
    assert said.endswith(".") and ". " not in said  # one sentence
    assert "inventor (75.0) loses on grounded (no invented facts) (0% held)" in said
    # The columns say what they measure; what fell short is marked in the table itself.
    heads = browser_page.locator("table th").all_inner_texts()
    assert "grounded (no invented facts)" in [" ".join(h.split()) for h in heads]
    assert browser_page.locator("td.low").count() >= 3  # rambler's limit, inventor's grounding, flaky

    shot = screenshot_folder() / "eval-report.png"
    browser_page.screenshot(path=str(shot), full_page=False)
    print(f"screenshot: {shot}")
