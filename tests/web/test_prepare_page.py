"""The Prepare page through its forms: what a person pastes, what they see back, what gets stored."""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser

import pytest
from web_helpers import EXAMPLES


class _Fields(HTMLParser):
    """The ids of the form fields on a page and the `for` of its labels."""

    def __init__(self):
        super().__init__()
        self.fields, self.labels = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("input", "textarea", "select") and attrs.get("type") != "hidden":
            self.fields.append(attrs.get("id"))
        if tag == "label":
            self.labels.add(attrs.get("for"))


def test_every_field_has_a_label_and_the_page_reads_on_a_phone(page):
    html = page.get("/").text
    parser = _Fields()
    parser.feed(html)
    assert len(parser.fields) > 15
    assert [f for f in parser.fields if f not in parser.labels] == []
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert 'enctype="multipart/form-data"' in html


def test_a_pasted_bio_makes_a_pack_with_counters_sources_and_what_was_understood(page, lena_bio):
    response = page.post("/prepare", {"bio_text": lena_bio, "make": ["prep", "outreach:email"]})
    assert response.status_code == 200
    html = response.text
    assert "<dd>Lena Okafor</dd>" in html
    assert "Director of Supply Chain Analytics, Oakridge Foods (2022-03 to present)" in html
    assert "Research brief" in html and "Questions" in html
    assert html.count("Source: ") >= 5  # each question names its source fact
    note = re.search(r'data-limit="200"[^>]*>(.*?)</textarea>', html, re.S).group(1)
    assert f"{len(note)} characters of 200" in html  # the counter, without JavaScript
    assert "Outreach: email" in html and "<strong>Subject:</strong>" in html
    assert "check-pass" in html and "limit: " in html  # the checks, inline
    assert 'class="copy"' in html


@pytest.mark.parametrize("hostile", ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'])
def test_markup_in_a_pasted_bio_and_the_company_renders_as_text(page, hostile):
    from markupsafe import escape

    bio = (EXAMPLES / "priya-raman-bio.txt").read_text(encoding="utf-8")
    bio = bio.replace("Priya Raman", f"Priya Raman {hostile}", 1)
    response = page.post("/prepare", {"bio_text": bio, "make": "prep", "company": f"Acme {hostile}"})
    assert response.status_code == 200
    html = response.text
    assert hostile not in html
    assert "<script>alert" not in html and "<img src=x" not in html
    assert f'value="Acme {escape(hostile)}"' in html  # the save form's field, escaped inside the attribute
    tag = str(escape(hostile[hostile.index("<") :]))  # the brief may quote the name with other quotes
    assert html.count(tag) >= 2  # and in the brief, as text


def test_an_uploaded_linkedin_pdf_is_read_by_the_same_reader(page):
    pytest.importorskip("reportlab")
    from pdf_fixtures import build_current

    spec = {
        "name": "Tomasz Wierzbicki",
        "headline": "Director of Site Reliability at Quillfeather Freight",
        "location": "Tampere, Finland",
        "summary": "I run the reliability group at Quillfeather Freight.",
        "experience": [
            {
                "company": "Quillfeather Freight",
                "roles": [{"title": "Director of Site Reliability", "dates": "March 2022 - Present"}],
            }
        ],
    }
    upload = {"bio_file": ("Profile.pdf", build_current(spec), "application/pdf")}
    response = page.post("/prepare", {"make": "questions"}, files=upload)
    assert response.status_code == 200, response.text
    assert "<dd>Tomasz Wierzbicki</dd>" in response.text
    assert "From Profile.pdf" in response.text


def test_a_fake_pdf_is_a_clear_400_page(page):
    upload = {"bio_file": ("Profile.pdf", b"%PDF-1.4\nthis is not really a pdf", "application/pdf")}
    response = page.post("/prepare", {"make": "prep"}, files=upload)
    assert response.status_code == 400
    assert "Profile.pdf" in response.text
    assert "Traceback" not in response.text


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"make": "prep"}, "Paste their bio or upload their Profile.pdf"),
        ({"bio_text": "   ", "make": "prep"}, "Paste their bio"),
        ({"bio_text": "Lena", "make": "nothing"}, "Choose at least one thing to make"),
        ({"bio_text": "Lena", "make": "prep", "minutes": "abc"}, "Minutes must be a whole number"),
    ],
)
def test_bad_input_is_a_400_page_with_the_message(page, fields, message):
    response = page.post("/prepare", fields)
    assert response.status_code == 400
    assert message in response.text
    assert 'role="alert"' in response.text


@pytest.mark.parametrize("bio", ["hello world", "a\n\n\n"])
def test_a_bio_with_nothing_usable_shows_the_cli_message(page, bio):
    from markupsafe import escape

    from infoview_ai.errors import InputError
    from infoview_ai.inputs import profile_from_bytes

    with pytest.raises(InputError) as raised:
        profile_from_bytes(bio.encode(), "pasted text")
    response = page.post("/prepare", {"bio_text": bio, "make": "prep"})
    assert response.status_code == 400
    assert str(escape(str(raised.value))) in response.text


def test_a_company_name_past_the_cap_is_refused(page, lena_bio):
    response = page.post("/prepare", {"bio_text": lena_bio, "make": "prep", "company": "x" * 300})
    assert response.status_code == 400
    assert "a name is at most 200" in response.text


def test_the_llm_engine_without_a_key_shows_the_cli_message(page, lena_bio):
    from infoview_ai.engines.llm.settings import NO_KEY

    response = page.post("/prepare", {"bio_text": lena_bio, "make": "prep", "engine": "llm"})
    assert response.status_code == 400
    assert NO_KEY.replace("'", "&#39;") in response.text


def test_a_model_server_that_is_down_is_a_502_page_without_the_key(page, lena_bio, monkeypatch):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-SECRET")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{port}/v1")
    monkeypatch.setenv("INFOVIEW_MAX_RETRIES", "0")
    monkeypatch.setenv("INFOVIEW_TIMEOUT", "5")
    fields = {"bio_text": lena_bio, "make": "outreach:linkedin-note", "engine": "llm"}
    response = page.post("/prepare", fields)
    assert response.status_code == 502
    assert "sk-test-SECRET" not in response.text
    assert "Traceback" not in response.text


def test_a_long_draft_is_polished_to_fit_the_note_and_says_what_changed(page):
    draft = "Hi Lena, " + "I would love to hear how you built your analytics team from three people. " * 6
    response = page.post("/prepare", {"draft": draft, "make": "polish"})
    assert response.status_code == 200
    body = re.search(r'class="draft"[^>]*>(.*?)</textarea>', response.text, re.S).group(1)
    assert len(body) <= 200
    assert f"{len(body)} characters of 200" in response.text
    assert 'class="counter over"' not in response.text
    assert "What changed" in response.text and "to fit the 200 limit" in response.text


def test_a_draft_past_its_limit_gets_the_red_counter_without_javascript(guard):
    """A draft that fails the limit check (the page still shows it, with the warning) is marked over."""
    from infoview_ai.artifacts import CheckResult, Message
    from infoview_ai.web.rendering import environment

    long_note = Message(body="x" * 250, channel="linkedin-note", limit=200, characters=250)
    long_note.checks = [CheckResult(name="limit", status="fail", message="250 of 200 characters.")]
    shown = {"kind": "outreach", "title": "Outreach", "artifact": long_note, "checks": long_note.checks}
    shown |= {"channel": "linkedin-note", "limit": 200, "words": None, "failed": True}
    html = (
        environment()
        .get_template("results.html")
        .render(csrf="t", results=[shown], profile=None, source="", engine="offline", cost=None, prepared="")
    )
    assert 'class="counter over"' in html and "250 characters of 200" in html
    assert "still fails a check" in html


def test_your_background_is_saved_to_me_md_and_shown_as_saved(page, isolated_env):
    response = page.post("/me", {"me": "# Ada Park\nGoal: move into supply chain analytics\nI run ops."})
    assert response.status_code == 200
    assert "Saved." in response.text
    saved = (isolated_env / "me.md").read_text(encoding="utf-8")
    assert saved.startswith("# Ada Park")
    assert "I run ops." in page.get("/").text


def test_saving_to_contacts_lands_in_the_sqlite_file_with_the_drafts(page, lena_bio, isolated_env):
    html = page.post("/prepare", {"bio_text": lena_bio, "make": ["prep", "outreach:email"]}).text
    key = re.search(r'name="prepared" value="([^"]+)"', html).group(1)
    response = page.post("/contacts/save", {"prepared": key, "industry": "food supply chain"})
    assert response.status_code == 200
    assert "Saved to your contacts as #1" in response.text
    with sqlite3.connect(isolated_env / "infoview.db") as conn:
        rows = conn.execute("SELECT name, company, industry FROM contacts").fetchall()
        drafts = conn.execute("SELECT kind, channel FROM drafts ORDER BY id").fetchall()
    assert rows == [("Lena Okafor", "Oakridge Foods", "food supply chain")]
    assert ("outreach", "email") in drafts and ("brief", None) in drafts
    again = page.post("/contacts/save", {"prepared": key})
    assert again.status_code == 400 and "already" in again.text


def test_saving_a_result_no_longer_kept_says_what_to_do(page):
    response = page.post("/contacts/save", {"prepared": "gone"})
    assert response.status_code == 400
    assert "prepare it again" in response.text


def test_the_name_the_parser_found_can_be_corrected_before_saving(page, lena_bio, isolated_env):
    html = page.post("/prepare", {"bio_text": lena_bio, "make": "questions"}).text
    assert 'name="name" type="text" value="Lena Okafor"' in html
    key = re.search(r'name="prepared" value="([^"]+)"', html).group(1)
    saved = page.post("/contacts/save", {"prepared": key, "name": "Lena O. Okafor"})
    assert "<h1>Lena O. Okafor</h1>" in saved.text
    with sqlite3.connect(isolated_env / "infoview.db") as conn:
        assert conn.execute("SELECT name FROM contacts").fetchall() == [("Lena O. Okafor",)]


def test_a_pasted_bio_past_the_text_cap_gets_the_cli_cap_message(page):
    from infoview_ai.bio.limits import MAX_TEXT_BYTES

    response = page.post("/prepare", {"bio_text": "Lena Okafor\n" + "x" * MAX_TEXT_BYTES, "make": "prep"})
    assert response.status_code == 400
    assert "larger than 2 MB" in response.text and "Save to PDF" in response.text
