"""The guard of the local page: token and cookie, Host (DNS rebinding), Origin, CSRF, headers, size."""

from __future__ import annotations

import re

import pytest
from web_helpers import BASE, ORIGIN, PORT

from infoview_ai.web.security import MAX_BODY_BYTES


@pytest.mark.parametrize("path", ["/", "/contacts", "/contacts/1", "/settings", "/static/app.js", "/nope"])
def test_without_the_token_or_its_cookie_every_page_is_403(anonymous, path):
    response = anonymous.get(path)
    assert response.status_code == 403
    assert "link `infoview serve` printed" in response.text
    assert "Your drafts" not in response.text and "Lena" not in response.text


def test_a_wrong_token_or_a_forged_cookie_is_403(anonymous, guard):
    assert anonymous.get("/?token=not-the-token").status_code == 403
    anonymous.cookies.set("infoview_session", "forged")
    assert anonymous.get("/").status_code == 403


def test_the_token_link_sets_a_strict_http_only_cookie_and_drops_the_token_from_the_address(anonymous, guard):
    response = anonymous.get(f"/contacts?token={guard.token}&page=2", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/contacts?page=2"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert guard.token not in cookie
    assert anonymous.get("/contacts").status_code == 200


@pytest.mark.parametrize("host", ["evil.example:8765", f"127.0.0.1:{PORT + 1}", "127.0.0.1", "rebind.test"])
def test_another_host_name_is_refused_even_with_the_cookie(page, host):
    response = page.get("/", headers={"host": host})
    assert response.status_code == 400
    assert "answers only at the address" in response.text


def test_localhost_with_the_port_is_accepted(page):
    assert page.get("/", headers={"host": f"localhost:{PORT}"}).status_code == 200


@pytest.mark.parametrize("origin", [None, "null", "http://evil.example", f"http://127.0.0.1:{PORT + 1}"])
def test_a_post_without_our_origin_is_403_and_does_nothing(page, origin, isolated_env):
    headers = {"origin": origin} if origin else {}
    fields = {"csrf": page.guard.csrf_token(), "me": "# Mallory"}
    response = page.client.post("/me", data=fields, headers=headers)
    assert response.status_code == 403
    assert "not sent from the infoview page" in response.text
    assert not (isolated_env / "me.md").exists()


def test_a_referer_from_the_page_counts_as_its_origin(page, isolated_env):
    fields = {"csrf": page.guard.csrf_token(), "me": "# Ada"}
    response = page.client.post("/me", data=fields, headers={"referer": f"{BASE}/"})
    assert response.status_code == 200
    assert (isolated_env / "me.md").read_text(encoding="utf-8").startswith("# Ada")


@pytest.mark.parametrize("csrf", [None, "", "0" * 64])
def test_a_form_without_the_right_csrf_token_is_refused(page, csrf, isolated_env):
    fields = {"me": "# Mallory"} | ({"csrf": csrf} if csrf is not None else {})
    response = page.client.post("/me", data=fields, headers=ORIGIN)
    assert response.status_code == 400
    assert "security token is missing or out of date" in response.text
    assert not (isolated_env / "me.md").exists()


def test_every_form_on_a_page_carries_the_csrf_token(page):
    html = page.get("/").text
    forms = re.findall(r"<form.*?</form>", html, re.S)
    assert len(forms) == 2
    assert all(f'name="csrf" value="{page.guard.csrf_token()}"' in form for form in forms)


@pytest.mark.parametrize("path", ["/", "/settings", "/contacts", "/nope"])
def test_the_security_headers_are_on_every_response(page, anonymous, path):
    for response in (page.get(path), anonymous.get(path)):
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"


def test_no_page_has_inline_script_or_style(page):
    for path in ("/", "/contacts", "/settings", "/contacts/due"):
        html = page.get(path).text
        assert "<script>" not in html and "<style" not in html and " style=" not in html
        assert " onclick=" not in html.lower()
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']


def test_an_upload_past_the_cap_is_a_413_page(page, isolated_env):
    big = b"%PDF-1.4\n" + b"0" * (MAX_BODY_BYTES + 10)
    upload = {"bio_file": ("Profile.pdf", big, "application/pdf")}
    response = page.post("/prepare", {"make": "prep"}, files=upload)
    assert response.status_code == 413
    assert "larger than" in response.text and "Save to PDF" in response.text
    assert "Traceback" not in response.text


def test_a_declared_length_past_the_cap_is_refused_before_reading(page):
    response = page.client.post(
        "/prepare", content=b"x", headers={**ORIGIN, "content-length": str(MAX_BODY_BYTES + 1)}
    )
    assert response.status_code == 413


def test_a_chunked_upload_with_no_length_is_stopped_at_the_cap(page):
    """No Content-Length to refuse up front: the body is counted as it arrives."""

    def chunks():
        boundary = b"--b\r\n"
        yield boundary + b'Content-Disposition: form-data; name="bio_file"; filename="Profile.pdf"\r\n\r\n'
        for _ in range(MAX_BODY_BYTES // 1_000_000 + 2):
            yield b"0" * 1_000_000

    response = page.client.post(
        "/prepare",
        content=chunks(),
        headers={**ORIGIN, "content-type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 413
    assert "larger than" in response.text
