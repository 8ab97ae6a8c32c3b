"""The page in a real headless Chromium against a real `infoview serve`: what a person does, click by click.

Every run leaves screenshots of each page in the folder it writes to stderr (INFOVIEW_SCREENSHOTS, else
build/screenshots), for a person to look at.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fake_openai import PATH, FakeOpenAI
from served_page import start_server
from werkzeug.wrappers import Response

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BIO = CORPUS / "li-keisha-montgomery-rn-ux.txt"  # credentials after the name, pronouns, mutual connections
LONG_DRAFT = (
    "Hi Keisha, " + "I am a nurse on a night unit and I would love to hear how you moved into UX. " * 4
)


@pytest.fixture
def served(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    server = start_server(home)
    yield server
    server.stop()


@pytest.fixture
def shots():
    from headless_browser import screenshot_folder

    folder = screenshot_folder()
    sys.stderr.write(f"\nscreenshots of the page: {folder}\n")
    return folder


def _watch(page, base: str) -> list[str]:
    """Every request the page makes to a host other than the server's: there must be none."""
    elsewhere: list[str] = []
    ours = urlsplit(base).netloc

    def seen(request):
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != ours:
            elsewhere.append(request.url)

    page.on("request", seen)
    return elsewhere


def _open(chromium, served, **options):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, **options)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.elsewhere = _watch(page, served.base)
    page.goto(served.url)
    return context, page


def _color(page, selector: str) -> str:
    return page.eval_on_selector(selector, "e => getComputedStyle(e).color")


ME = (
    "# Dana Reyes\nGoal: move from ICU nursing into clinical informatics\n"
    "I'm an ICU nurse at a county hospital, and I led our unit's move to a new charting system.\n"
)
RED = "rgb(180, 35, 24)"  # --bad in app.css


def test_a_person_prepares_saves_logs_a_call_and_downloads_the_calendar(chromium, served, shots, tmp_path):
    context, page = _open(chromium, served, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served.base)
    assert page.url == served.base + "/"  # the token link lands on Prepare, token gone from the address
    page.fill("#me", ME)
    page.click("button[type=submit]:has-text('Save my background')")
    page.wait_for_selector("p.saved:has-text('Saved.')")
    assert (tmp_path / "home" / "me.md").read_text(encoding="utf-8").startswith("# Dana Reyes")
    page.fill("#bio_text", BIO.read_text(encoding="utf-8"))
    page.fill("#industry", "health tech")
    page.screenshot(path=str(shots / "prepare.png"), full_page=True)
    page.click("button[type=submit]:has-text('Prepare')")
    page.wait_for_selector("h1:has-text('Your drafts')")

    assert "Keisha Montgomery" in page.inner_text(".understood")
    assert page.locator("section.result h2").all_inner_texts()[:3] == [
        "Research brief",
        "Questions",
        "Outreach: linkedin-note",
    ]
    note = page.locator("section.result").nth(2).locator("textarea").input_value()
    assert note.rstrip().endswith("Dana") and "[YOUR NAME]" not in note  # the saved background signs it
    counter = page.locator(".counter").first
    assert " of 200, " in counter.inner_text()
    assert "over" not in (counter.get_attribute("class") or "")
    page.screenshot(path=str(shots / "results.png"), full_page=True)
    page.locator("section.result").nth(2).scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "results-note.png"))  # one screen: the note, its counter, its checks

    page.locator("button.copy").first.click()
    page.wait_for_selector("button.copy:has-text('Copied')")
    pasted = page.evaluate("navigator.clipboard.readText()")
    assert pasted == page.locator("textarea.draft").first.input_value()

    page.click("button:has-text('Save Keisha Montgomery')")
    page.wait_for_selector("text=Saved to your contacts as #1")
    page.click("nav >> text=Contacts")
    page.wait_for_selector("h1:has-text('Your contacts')")
    page.screenshot(path=str(shots / "contacts.png"), full_page=True)
    page.click("a:has-text('Keisha Montgomery')")
    page.select_option("#event", "met")
    page.fill("#note", "She said the fellowship mattered more than the certificate.")
    page.click("button:has-text('Log it')")
    page.wait_for_selector("text=Logged met.")
    assert "met" in page.inner_text(".timeline")
    page.screenshot(path=str(shots / "person.png"), full_page=True)

    page.click("nav >> text=Due")
    due = page.inner_text("main")
    assert "Keisha Montgomery" in due and "thank" in due.lower()

    page.click("nav >> text=Contacts")
    with page.expect_download() as downloaded:
        page.click("a:has-text('calendar (ICS)')")
    import icalendar

    calendar = icalendar.Calendar.from_ical(Path(downloaded.value.path()).read_bytes())
    events = [e for e in calendar.walk("VEVENT")]
    assert any("Keisha Montgomery" in str(e.get("SUMMARY")) for e in events)

    page.click("nav >> text=Settings")
    page.screenshot(path=str(shots / "settings.png"), full_page=True)
    assert page.console_errors == []
    assert page.elsewhere == []
    context.close()


def test_a_polished_draft_turns_the_counter_red_live_as_you_type_past_the_limit(chromium, served):
    context, page = _open(chromium, served)
    page.uncheck("input[value=prep]")
    page.check("input[value=polish]")
    page.fill("#draft", LONG_DRAFT)
    page.click("button[type=submit]:has-text('Prepare')")
    page.wait_for_selector("h1:has-text('Your drafts')")
    area, counter = page.locator("textarea.draft").first, page.locator(".counter").first
    polished = area.input_value()
    assert len(polished) <= 200 < len(LONG_DRAFT)
    assert "over" not in counter.get_attribute("class") and _color(page, ".counter") != RED

    area.focus()
    area.press("End")
    area.type(" " + "x" * (201 - len(polished)))  # one key at a time: the counter follows each
    assert "over" in counter.get_attribute("class")
    assert _color(page, ".counter") == RED
    assert counter.inner_text().startswith("202 characters of 200")  # a space and the x past 201
    for _ in range(3):
        area.press("Backspace")
    assert "over" not in counter.get_attribute("class") and _color(page, ".counter") != RED
    assert page.console_errors == [] and page.elsewhere == []
    context.close()


def test_the_keyboard_reaches_the_bio_the_kinds_and_the_button(chromium, served):
    context, page = _open(chromium, served)
    reached = []
    for _ in range(60):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate("(e => e.tagName + ':' + (e.id || e.textContent))(document.activeElement)")
        )
        if reached[-1] == "BUTTON:Prepare":
            break
    assert "TEXTAREA:bio_text" in reached and "INPUT:make-1" in reached and reached[-1] == "BUTTON:Prepare"
    assert reached.index("TEXTAREA:bio_text") < reached.index("INPUT:make-1")
    page.keyboard.press("Enter")  # nothing pasted: the same message as the command line
    page.wait_for_selector("text=whose bio should infoview read")
    context.close()


def test_without_javascript_the_form_still_makes_a_pack(chromium, served):
    context, page = _open(chromium, served, java_script_enabled=False)
    page.fill("#bio_text", BIO.read_text(encoding="utf-8"))
    page.click("button[type=submit]:has-text('Prepare')")
    page.wait_for_selector("h1:has-text('Your drafts')")
    assert "Keisha Montgomery" in page.inner_text(".understood")
    assert "characters of 200" in page.inner_text(".counter")  # counted by the server
    assert page.locator("button.copy").first.is_hidden()  # a copy button needs the script
    context.close()


def test_a_phone_shows_every_page_without_sideways_scrolling(chromium, served, shots):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(served.url)
    page.fill("#bio_text", BIO.read_text(encoding="utf-8"))
    page.click("button[type=submit]:has-text('Prepare')")
    page.wait_for_selector("h1:has-text('Your drafts')")
    page.screenshot(path=str(shots / "phone-results.png"), full_page=True)
    for path in ("/", "/contacts", "/contacts/due", "/settings"):
        page.goto(served.base + path)
        wide, inner = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
        assert wide <= inner, f"{path} scrolls sideways on a phone: {wide} > {inner}"
    page.goto(served.base + "/")
    page.screenshot(path=str(shots / "phone-prepare.png"), full_page=True)
    context.close()


def _trickled(fake: FakeOpenAI):
    """The fake's streamed answers, one event every 40 ms, as a model writes."""

    def answer(request):
        response = fake(request)
        if response.mimetype != "text/event-stream":
            return response
        events = [block + "\n\n" for block in response.get_data(as_text=True).split("\n\n") if block]

        def slowly():
            for block in events:
                time.sleep(0.04)
                yield block

        return Response(slowly(), mimetype="text/event-stream")

    return answer


def test_an_llm_draft_streams_onto_the_page_as_it_is_written(chromium, httpserver, tmp_path, shots):
    httpserver.expect_request(PATH, method="POST").respond_with_handler(_trickled(FakeOpenAI()))
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "OPENAI_BASE_URL": httpserver.url_for("/v1"),
        "OPENAI_API_KEY": "sk-test-browser-0123456789",
        "INFOVIEW_MAX_RETRIES": "0",
    }
    server = start_server(home, env)
    try:
        context, page = _open(chromium, server)
        page.fill("#bio_text", BIO.read_text(encoding="utf-8"))
        page.uncheck("input[value=prep]")
        page.check("input[value='outreach:email']")
        page.check("#engine-llm")
        # Each text the script set, as it was set (the added text node keeps it, even when the observer
        # runs late), so a slow screenshot cannot hide a step.
        page.evaluate(
            """window.lengths = [];
            new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
              if (n.nodeType === 3 && r.target.classList && r.target.classList.contains('stream-text'))
                window.lengths.push(n.data.length);
            }))).observe(document.body, {subtree: true, childList: true});"""
        )
        page.click("button[type=submit]:has-text('Prepare')")
        page.wait_for_selector(".stream-text")
        for _ in range(200):  # mid-draft, for the screenshot (wait_for_function would need eval: the CSP)
            if len(page.locator(".stream-text").first.text_content() or "") > 40:
                break
            page.wait_for_timeout(10)
        page.screenshot(path=str(shots / "streaming.png"))
        page.wait_for_selector("h1:text-is('Your drafts')", timeout=20_000)
        lengths = [n for n in page.evaluate("window.lengths") if n]
        assert len(set(lengths)) > 3, lengths  # the text grew in several steps before the page was done
        assert lengths == sorted(lengths)
        assert "Made with the llm engine" in page.inner_text("main")
        assert "characters" in page.locator(".counter").first.inner_text()  # the finished page is set up
        assert page.locator("button.copy").first.is_visible()
        assert page.console_errors == [] and page.elsewhere == []
        context.close()
    finally:
        server.stop()


def test_a_model_server_that_is_down_shows_the_command_lines_message_in_the_page(chromium, tmp_path):
    from served_page import free_port

    home = tmp_path / "home"
    home.mkdir()
    down = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    env = {
        "OPENAI_BASE_URL": down,
        "OPENAI_API_KEY": "sk-test-browser-0123456789",
        "INFOVIEW_MAX_RETRIES": "0",
    }
    server = start_server(home, env)
    try:
        context, page = _open(chromium, server)
        page.fill("#bio_text", BIO.read_text(encoding="utf-8"))
        page.uncheck("input[value=prep]")
        page.check("input[value='outreach:email']")
        page.check("#engine-llm")
        page.click("button[type=submit]:has-text('Prepare')")
        page.wait_for_selector("h1:text-is('The model did not answer')", timeout=20_000)
        message = page.inner_text("p.error")
        assert "127.0.0.1" in message and "sk-test" not in message
        assert page.console_errors == [] and page.elsewhere == []
        context.close()
    finally:
        server.stop()
