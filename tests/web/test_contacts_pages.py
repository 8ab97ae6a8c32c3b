"""The Contacts pages: the pipeline by status (paged), a person's page, logging, what is due, downloads."""

from __future__ import annotations

import re
import sqlite3
import time

from infoview_ai.context import Profile


def _add(name: str, company: str = "Oakridge Foods") -> int:
    from infoview_ai.tracker.contacts import add_contact

    return add_contact(Profile(name=name, headline="Analyst"), f"{name}, analyst", company, None)


def test_no_contacts_yet_says_how_to_add_one(page):
    html = page.get("/contacts").text
    assert "No contacts yet" in html


def test_the_pipeline_shows_columns_by_status(page):
    first, second = _add("Ada Park"), _add("Ben Ode")
    assert page.post(f"/contacts/{second}/log", {"event": "requested"}).status_code == 200
    html = page.get("/contacts").text
    assert "<h2>identified (1)</h2>" in html and "<h2>requested (1)</h2>" in html
    identified = html[html.index("<h2>identified (1)") : html.index("<h2>requested (1)")]
    assert f'href="/contacts/{first}">Ada Park' in identified


def test_logging_an_event_shows_on_the_timeline_and_changes_the_status(page):
    contact_id = _add("Ada Park")
    response = page.post(
        f"/contacts/{contact_id}/log", {"event": "met", "at": "yesterday", "note": "Talked about <b>S&OP</b>"}
    )
    assert response.status_code == 200
    assert "Logged met." in response.text
    assert "<dd>met</dd>" in response.text
    assert "Talked about &lt;b&gt;S&amp;OP&lt;/b&gt;" in response.text
    assert "thank-you" in response.text.lower()  # what is next: a thank-you within 24 hours


def test_logging_a_bad_event_or_time_is_a_400_page(page):
    contact_id = _add("Ada Park")
    unknown = page.post(f"/contacts/{contact_id}/log", {"event": "hacked"})
    assert unknown.status_code == 400 and "Unknown event" in unknown.text
    future = page.post(f"/contacts/{contact_id}/log", {"event": "met", "at": "2999-01-01"})
    assert future.status_code == 400
    assert "Traceback" not in future.text


def test_a_contact_that_does_not_exist_is_a_400_page_with_the_cli_message(page):
    response = page.get("/contacts/42")
    assert response.status_code == 400
    assert "42" in response.text


def test_what_is_due_lists_the_thank_you_after_a_call(page):
    contact_id = _add("Ada Park")
    page.post(f"/contacts/{contact_id}/log", {"event": "met", "at": "today"})
    html = page.get("/contacts/due").text
    today = html[html.index("<h2>Today</h2>") : html.index("<h2>This week</h2>")]
    assert "Ada Park" in today and "thank" in today.lower()


def test_the_calendar_and_the_spreadsheet_download(page):
    contact_id = _add("Ada Park")
    page.post(f"/contacts/{contact_id}/log", {"event": "scheduled", "at": "tomorrow 15:00"})
    ics = page.get("/contacts/export.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert "attachment" in ics.headers["content-disposition"]
    assert ics.text.startswith("BEGIN:VCALENDAR") and "Ada Park" in ics.text
    csv = page.get("/contacts/export.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "Ada Park" in csv.text and "scheduled" in csv.text


def test_the_pipeline_pages_through_many_contacts(page, isolated_env):
    from infoview_ai import store
    from infoview_ai.tracker.bulk import insert_contacts

    with store.write_transaction() as conn:
        rows = [
            (f"Person {i:05d}", "Analyst", "Globex", None, None, None, "test", None, "{}", "")
            for i in range(10_000)
        ]
        insert_contacts(conn, rows, store.now_utc())
    started = time.perf_counter()
    first = page.get("/contacts")
    elapsed = time.perf_counter() - started
    assert first.status_code == 200
    assert "Contacts 1-60 of 10000, page 1 of 167." in first.text
    assert "Person 00000" in first.text and "Person 00060" not in first.text
    assert 'href="/contacts?page=2"' in first.text
    last = page.get("/contacts?page=167").text
    assert "Person 09999" in last and "Next page" not in last
    assert elapsed < 5  # generous: the benchmark holds the 500 ms figure; this catches reading everyone
    with sqlite3.connect(isolated_env / "infoview.db") as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 10_000


def test_a_person_page_shows_saved_drafts_with_a_copy_button(page, lena_bio):
    html = page.post("/prepare", {"bio_text": lena_bio, "make": "outreach:linkedin-note"}).text
    key = re.search(r'name="prepared" value="([^"]+)"', html).group(1)
    person = page.post("/contacts/save", {"prepared": key}).text
    assert "outreach (linkedin-note)" in person
    assert 'data-copy="saved-' in person and "Hi Lena" in person


def test_each_column_counts_the_whole_pipeline_not_just_the_page(page):
    """62 people, one page of 60: the columns' counts are everyone's; a status link shows only that one."""
    ids = [_add(f"Person {i}") for i in range(62)]
    for contact_id in (ids[0], ids[61]):
        assert page.post(f"/contacts/{contact_id}/log", {"event": "requested"}).status_code == 200
    first = page.get("/contacts").text
    assert "Contacts 1-60 of 62, page 1 of 2." in first
    assert "<h2>identified (60)</h2>" in first and "59 on this page" in first
    assert "<h2>requested (2)</h2>" in first and "1 on this page" in first
    assert ">all (62)</a>" in first and ">requested (2)</a>" in first and ">closed (0)</a>" in first
    only = page.get("/contacts?status=requested").text
    assert "Contacts 1-2 of 2 requested, page 1 of 1." in only
    assert "Person 0<" in only and "Person 61<" in only and "Person 1<" not in only
    assert "No one is closed now." in page.get("/contacts?status=closed").text
