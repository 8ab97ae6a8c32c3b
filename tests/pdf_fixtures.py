"""Build PDFs that imitate LinkedIn's "Save to PDF" exports, for invented people (docs/domain.md §2).

The current export: a sidebar at x=21.6 (Contact, Top Skills, Languages, Certifications, Honors-Awards) and
a main column at x=223.56 with the sizes LinkedIn uses (name 26, headline and location 12, headings 15.75,
company 12, title 11.5, details 10.5, footer 9), grey location and dates, non-breaking spaces around date
dashes, the duration drawn as its own fragment, wrapped names, e-mails and URLs, and ``Page N of M``.
The 2016-2017 export: one column in Times, bold ``Title  at   Company`` lines, ``Page N`` footers and a
closing page that repeats the name. Needs reportlab (a test dependency).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

NBSP = "\u00a0"
# reportlab writes a non-breaking space as a plain space; "¤" (cp1252 octal 244) is drawn instead and
# patched to octal 240 in the uncompressed content stream, which keeps every byte offset valid.
_NBSP_STAND_IN = "\u00a4"
PAGE_W, PAGE_H = letter
SIDE_X, MAIN_X = 21.6, 223.56
SIDE_W, MAIN_W = 170.0, 365.0
BOTTOM = 40.0


@dataclass
class _Op:
    x: float
    y: float
    font: str
    size: float
    gray: float
    text: str


@dataclass
class _Flow:
    """A column filled top to bottom, breaking onto new pages."""

    x: float
    width: float
    font: str = "Helvetica"
    top: float = 748.8
    y: float = 748.8
    page: int = 0
    pages: list[list[_Op]] = field(default_factory=lambda: [[]])

    def _room(self, drop: float) -> None:
        if self.y - drop < BOTTOM:
            self.page += 1
            while len(self.pages) <= self.page:
                self.pages.append([])
            self.y = self.top + drop - 10

    def line(self, text: str, size: float, drop: float, gray: float = 0.098, font: str | None = None, x=None):
        self._room(drop)
        self.y -= drop
        self.pages[self.page].append(_Op(x or self.x, self.y, font or self.font, size, gray, text))

    def wrapped(self, text: str, size: float, first_drop: float, step: float, gray: float = 0.098, font=None):
        parts = simpleSplit(text, font or self.font, size, self.width) or [""]
        for index, part in enumerate(parts):
            self.line(part, size, first_drop if index == 0 else step, gray, font)

    def pieces(self, parts: list[tuple[str, float]], size: float, drop: float, font=None) -> None:
        """Fragments on one baseline, each drawn where the previous one ended (dates, then duration)."""
        self._room(drop)
        self.y -= drop
        x = self.x
        for text, gray in parts:
            self.pages[self.page].append(_Op(x, self.y, font or self.font, size, gray, text))
            x += stringWidth(text, font or self.font, size)


def word_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break at spaces but keep runs of spaces as written (legacy "Title  at   Company")."""
    lines, current = [], ""
    for token in re.findall(r"\S+\s*", text):
        if current and stringWidth((current + token).rstrip(), font, size) > width:
            lines.append(current.rstrip())
            current = ""
        current += token
    return lines + ([current.rstrip()] if current.strip() else [])


def char_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break anywhere, as the sidebar does with e-mails and URLs."""
    lines, current = [], ""
    for ch in text:
        if current and stringWidth(current + ch, font, size) > width:
            lines.append(current)
            current = ""
        current += ch
    return lines + ([current] if current else [])


def _dates(role: dict) -> list[tuple[str, float]]:
    text = role["dates"].replace(" - ", f"{NBSP}-{NBSP}") + NBSP
    return [(text, 0.39), (f"({role['duration']})", 0.39)] if role.get("duration") else [(text, 0.39)]


def _render(pages: list[list[_Op]], footer, metadata: dict, encrypt: str | None) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=1, encrypt=encrypt, pageCompression=0)
    pdf.setAuthor(metadata.get("author", ""))
    pdf.setTitle(metadata.get("title", ""))
    pdf.setSubject(metadata.get("subject", ""))
    pdf.setCreator(metadata.get("creator", "Apache FOP Version 2.2"))
    for number, ops in enumerate(pages, start=1):
        for op in footer(number, len(pages)):
            _draw(pdf, op)
        for op in ops:
            _draw(pdf, op)
        pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    return data if encrypt else data.replace(b"\\244", b"\\240")


def _draw(pdf, op: _Op) -> None:
    pdf.setFillGray(op.gray)
    pdf.setFont(op.font, op.size)
    pdf.drawString(op.x, op.y, op.text.replace(NBSP, _NBSP_STAND_IN))


def _current_footer(number: int, total: int) -> list[_Op]:
    parts = [(384.0, " Page "), (407.5, str(number)), (412.5, " of "), (425.0, str(total))]
    return [_Op(x, 13.9, "Helvetica", 9, 0.39, text) for x, text in parts]


def build_current(spec: dict, *, encrypt: str | None = None) -> bytes:
    """A current (2020s) two-column export of ``spec``; see the module docstring for the layout."""
    side = _Flow(SIDE_X, SIDE_W)
    contact = spec.get("contact", {})
    side.line("Contact", 13, 11.2, 0.88)
    drop = 20.0
    for value in [contact.get("phone"), contact.get("email")]:
        if value:
            for index, part in enumerate(char_wrap(value, "Helvetica", 11, SIDE_W)):
                side.line(part, 11, drop if index == 0 else 14.4, 1.0)
                drop = 14.4
            drop = 20.0
    for url, label in contact.get("urls", []):
        parts = char_wrap(url, "Helvetica", 11, SIDE_W)
        for index, part in enumerate(parts):
            if index == len(parts) - 1 and stringWidth(part + f" ({label})", "Helvetica", 11) <= SIDE_W:
                side.pieces([(part, 1.0), (f" ({label})", 0.66)], 11, drop if index == 0 else 14.4)
                break
            side.line(part, 11, drop if index == 0 else 14.4, 1.0)
        else:
            side.line(f"({label})", 11, 14.4, 0.66)
        drop = 20.0
    for heading, key in (
        ("Top Skills", "top_skills"),
        ("Languages", "languages"),
        ("Certifications", "certifications"),
        ("Honors-Awards", "honors"),
    ):
        if spec.get(key):
            side.line(heading, 13, 35.3, 0.88)
            for item in spec[key]:
                side.wrapped(item, 10.5, 19.4 if item is spec[key][0] else 17.6, 13.0, 1.0)
    main = _Flow(MAIN_X, MAIN_W, top=748.8)
    main.wrapped(spec["name"], 26, 22.3, 28)
    main.wrapped(spec["headline"], 12, 21.2, 15.0)
    if spec.get("location"):
        main.line(spec["location"], 12, 15.4, 0.69)
    if spec.get("summary"):
        main.line("Summary", 15.75, 37.6)
        drop = 25.5
        for paragraph in spec["summary"].split("\n\n"):
            main.wrapped(paragraph, 12, drop, 18)
            drop = 36
    main.line("Experience", 15.75, 37.6)
    drop = 30.5
    for company in spec["experience"]:
        main.wrapped(company["company"], 12, drop, 18)
        grouped = bool(company.get("total"))
        if grouped:
            main.line(company["total"], 10.5, 16.5, 0.39)
        for number, role in enumerate(company["roles"]):
            drop = 21.3 if grouped and number == 0 else 34.8 if number else 16.1
            main.wrapped(role["title"], 11.5, drop, 14.4)
            main.pieces(_dates(role), 10.5, 14.5)
            if role.get("location"):
                main.line(role["location"], 10.5, 14.7, 0.39)
            if role.get("description"):
                drop = 20.3
                for paragraph in role["description"].split("\n\n"):
                    main.wrapped(paragraph, 10.5, drop, 18)
                    drop = 36
        drop = 38.3
    main.line("Education", 15.75, 57.2)
    drop = 25.5
    for school in spec.get("education", []):
        main.wrapped(school["school"], 12, drop, 18)
        detail = school.get("degree", "").replace(", ", f",{NBSP}")
        if school.get("dates"):
            years = school["dates"].replace(" - ", f"{NBSP}-{NBSP}")
            detail = f"{detail}{NBSP}·{NBSP}({years})" if detail else f"({years})"
        if detail:
            main.wrapped(detail, 10.5, 17.6, 18, 0.39)
        drop = 33.4
    pages = [s + m for s, m in _zip_pages(side.pages, main.pages)]
    meta = {"author": "LinkedIn", "title": "Resume", "subject": "Resume generated from profile"}
    return _render(pages, _current_footer, meta, encrypt)


def _zip_pages(a: list[list[_Op]], b: list[list[_Op]]):
    for index in range(max(len(a), len(b))):
        yield (a[index] if index < len(a) else []), (b[index] if index < len(b) else [])


def _legacy_footer(number: int, total: int) -> list[_Op]:
    return [_Op(551.6, 27.7, "Times-Roman", 10, 0, f"Page {number}")]


def build_legacy(spec: dict) -> bytes:
    """A 2016-2017 one-column export: Times, bold "Title  at   Company", "Page N" footers."""
    flow = _Flow(36.0, 540.0, font="Times-Roman", top=792 - 43.7 + 22.3)
    flow.line(spec["name"], 20, 22.3, 0, "Times-Bold")
    flow.wrapped(spec["headline"], 13, 22.1, 15, 0)
    if spec.get("summary"):
        flow.line("Summary", 16, 46.5, 0)
        flow.wrapped(spec["summary"], 12, 23.7, 18, 0)
    flow.line("Experience", 16, 46.5 if not spec.get("summary") else 41.9, 0)
    drop = 21.9
    for role in spec["experience"]:
        header = f"{role['title']}  at   {role['company']}" if role.get("company") else role["title"]
        for index, part in enumerate(word_wrap(header, "Times-Bold", 12, flow.width)):
            flow.line(part, 12, drop if index == 0 else 14.4, 0, "Times-Bold")
        dates = role["dates"].replace(" - ", "  -  ")
        duration = f"  ({role['duration']})" if role.get("duration") else ""
        flow.line(dates + duration, 12, 16.4, 0)
        if role.get("location"):
            flow.line(role["location"], 12, 16.4, 0)
        if role.get("description"):
            flow.x = 46.8
            flow.wrapped(role["description"], 12, 18.2, 18, 0)
            flow.x = 36.0
        drop = 30.2
    flow.line("Education", 16, 47.9, 0)
    drop = 15.9
    for school in spec.get("education", []):
        flow.line(school["school"], 12, drop, 0, "Times-Bold")
        detail = ", ".join(part for part in (school.get("degree"), school.get("dates")) if part)
        if detail:
            flow.line(detail, 12, 16.2, 0)
        drop = 18.2
    flow.page += 1
    flow.pages.append([])
    flow.y = 792 - 43.7 + 22.3
    flow.line(spec["name"], 20, 22.3, 0, "Times-Bold")
    flow.line(spec["headline"], 13, 22.1, 0)
    flow.line(f"Contact {spec['name'].split()[0]} on LinkedIn", 12, 110, 0)
    return _render(flow.pages, _legacy_footer, {"creator": "Apache FOP Version 1.1"}, None)


def build_plain(paragraphs: list[str], title: str | None = None) -> bytes:
    """A PDF that is not a LinkedIn export: a one-column resume or speaker bio in Helvetica."""
    flow = _Flow(72, 468)
    if title:
        flow.line(title, 18, 30, 0, "Helvetica-Bold")
    for paragraph in paragraphs:
        flow.wrapped(paragraph, 11, 28, 14, 0)
    return _render(flow.pages, lambda n, t: [], {"author": "Someone", "creator": "Writer"}, None)
