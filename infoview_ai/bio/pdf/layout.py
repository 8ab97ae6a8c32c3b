"""The text of a PDF as positioned lines: page, column, font size, weight and colour (docs/domain.md §2).

pypdf's visitor gives each text fragment with its matrix and font. Fragments are grouped into lines by
their baseline, and lines into two columns by their x position: the sidebar of the current LinkedIn export
starts at the left margin, the main column where the name (the largest text on page 1) starts. Page
footers (``Page 2 of 3``) are dropped here, so they never land inside an entry.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from infoview_ai.bio.limits import MAX_LINE_CHARS, MAX_PDF_CONTENT_BYTES, MAX_PDF_PAGES, megabytes
from infoview_ai.bio.text import ZERO_WIDTH
from infoview_ai.errors import InputError

SIDEBAR = "sidebar"
MAIN = "main"

_FOOTER = re.compile(r"^page\s*\d+(?:\s*of\s*\d+)?$", re.IGNORECASE)
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\t ]+")


@dataclass
class Fragment:
    page: int
    x: float
    y: float
    size: float
    bold: bool
    gray: float | None
    text: str


@dataclass
class Line(Fragment):
    """One line of text in one column; ``gap`` is the distance from the previous line (None: first)."""

    column: str = field(kw_only=True)
    gap: float | None = None
    raw: str = ""  # the text with its runs of spaces kept: legacy exports write "Title  at   Company"


@dataclass
class PdfText:
    lines: list[Line]
    metadata: dict[str, str] = field(default_factory=dict)
    pages: int = 0  # pages in the file; only the first MAX_PDF_PAGES are read
    notes: list[str] = field(default_factory=list)  # what was not read, for Profile.warnings

    def column(self, name: str) -> list[Line]:
        return [line for line in self.lines if line.column == name]


def open_pdf(data: bytes, label: str):
    """A pypdf reader, or an InputError that says what to do (encrypted, corrupt)."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # a cipher pypdf cannot handle without extras counts as locked
                opened = 0
            if not opened:
                raise InputError(
                    f"{label} is password-protected: export it again without a password "
                    "(LinkedIn: More > Save to PDF)."
                )
        _ = len(reader.pages)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise InputError(
            f"{label} could not be read as a PDF (the file looks damaged or incomplete). Download it again "
            "(LinkedIn: More > Save to PDF), or paste the profile text instead."
        ) from exc
    return reader


def _metadata(reader) -> dict[str, str]:
    info: dict[str, str] = {}
    try:
        meta = reader.metadata
        if meta is None:
            return info
        for key in ("author", "title", "subject", "creator", "producer"):
            value = getattr(meta, key, None)
            if value:
                info[key] = str(value)
    except Exception:  # metadata is a hint only; a broken info dictionary is not worth failing for
        pass
    return info


TOO_MUCH_CONTENT = (
    "{label} holds more than {cap} of page content once unpacked (a LinkedIn export holds well under "
    "one): it is not a profile export. Export the profile again with 'Save to PDF', or paste its text."
)


def _content_bytes(page) -> int:
    """The unpacked size of a page's content streams (pypdf keeps what it unpacks for the extraction)."""
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = contents if isinstance(contents, list) else [contents]
    return sum(len(stream.get_object().get_data()) for stream in streams if hasattr(stream, "get_object"))


def _fragments(reader, label: str) -> list[Fragment]:
    """The text fragments of the first MAX_PDF_PAGES pages, while their content stays under the cap.

    Pages may share one content stream, so the cap counts it on every page that draws it: extracting
    is the cost, not unpacking.
    """
    found: list[Fragment] = []
    budget = MAX_PDF_CONTENT_BYTES
    for number, page in enumerate(reader.pages[:MAX_PDF_PAGES], start=1):
        try:
            budget -= _content_bytes(page)
        except Exception as exc:  # pypdf's own limit (LimitReachedError), or a broken stream
            budget = min(budget, -1) if "limit" in type(exc).__name__.lower() else budget
            if budget >= 0:
                raise InputError(
                    f"{label} could not be read as a PDF (page {number} is damaged). Download it again, or "
                    "paste the profile text instead."
                ) from exc
        if budget < 0:
            raise InputError(TOO_MUCH_CONTENT.format(label=label, cap=megabytes(MAX_PDF_CONTENT_BYTES)))
        gray: list[float | None] = [None]

        def colour(operator, operands, cm, tm, gray=gray):
            if operator in (b"g", b"rg") and operands:
                try:
                    values = [float(value) for value in operands]
                except (TypeError, ValueError):
                    return
                gray[0] = sum(values) / len(values)

        def visit(text, cm, tm, font, size, number=number, gray=gray):
            text = ZERO_WIDTH.sub("", text.replace("\r", "\n")).replace("\n", " ")
            if not text.strip():
                return
            a, b, c, d, e, f = cm
            x = tm[4] * a + tm[5] * c + e
            y = tm[4] * b + tm[5] * d + f
            scale = abs(tm[3] * d) or abs(tm[0] * a) or 1.0
            name = str(font.get("/BaseFont", "")) if font else ""
            bold = "bold" in name.lower() or "black" in name.lower()
            found.append(Fragment(number, x, y, round(size * scale, 2), bold, gray[0], text))

        try:
            page.extract_text(visitor_text=visit, visitor_operand_before=colour)
        except Exception as exc:  # pypdf raises many types on broken content streams
            raise InputError(
                f"{label} could not be read as a PDF (page {number} is damaged). Download it again, or paste "
                "the profile text instead."
            ) from exc
    return found


def _main_left(fragments: list[Fragment]) -> float:
    """Where the main column starts: at the name, the largest text on the first page."""
    first = [f for f in fragments if f.page == 1] or fragments
    return max(first, key=lambda f: (f.size, f.y)).x


def _join(parts: list[Fragment]) -> str:
    text = ""
    for part in sorted(parts, key=lambda p: p.x):
        piece = part.text
        if text and not text[-1].isspace() and not piece[0].isspace() and piece[0] == "(":
            text += " "
        text += piece
    return text


def clean_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _group(fragments: list[Fragment], column: str) -> list[Line]:
    lines: list[Line] = []
    current: list[Fragment] = []

    def flush() -> None:
        if not current:
            return
        first = min(current, key=lambda f: f.x)
        joined = _join(current)
        text = clean_line(joined)
        if text:
            x = min(f.x for f in current)
            raw = _SPACES.sub(lambda m: " " * len(m.group(0)), joined).strip()
            line = Line(first.page, x, current[0].y, first.size, first.bold, first.gray, text, column=column)
            line.raw = raw
            lines.append(line)

    for fragment in sorted(fragments, key=lambda f: (f.page, -round(f.y, 1), f.x)):
        tolerance = max(2.0, 0.25 * fragment.size)
        if current and (fragment.page != current[0].page or abs(fragment.y - current[0].y) > tolerance):
            flush()
            current = []
        current.append(fragment)
    flush()
    return lines


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs and warns about damaged files ("EOF marker not found") on stderr; our own error says it."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


@contextmanager
def _bounded_pypdf() -> Iterator[None]:
    """pypdf (7 and later) stops unpacking any one stream past our whole-file cap, so a stream that
    inflates to gigabytes is never held in memory; older versions rely on the count in ``_fragments``."""
    try:
        from pypdf import apply_configuration
    except ImportError:
        yield
        return
    cap = MAX_PDF_CONTENT_BYTES + 1
    with apply_configuration(zlib_maximum_output_length=cap, lzw_maximum_output_length=cap):
        yield


def read_pdf_text(data: bytes, label: str) -> PdfText:
    """Positioned lines, sidebar first then main column on each page; footers dropped."""
    with _quiet_pypdf(), _bounded_pypdf():
        reader = open_pdf(data, label)
        fragments = _fragments(reader, label)
        metadata = _metadata(reader)
        pages = len(reader.pages)
    notes = [_skipped_pages(label, pages)] if pages > MAX_PDF_PAGES else []
    if not fragments:
        return PdfText([], metadata, pages, notes)
    left = _main_left(fragments)
    side = [f for f in fragments if f.x < left - 30]
    main = [f for f in fragments if f.x >= left - 30]
    lines: list[Line] = []
    for column, parts in ((SIDEBAR, side), (MAIN, main)):
        grouped = [line for line in _group(parts, column) if not _FOOTER.match(line.text)]
        previous: Line | None = None
        for line in grouped:
            if previous is not None and previous.page == line.page:
                line.gap = round(previous.y - line.y, 2)
            previous = line
        lines.extend(grouped)
    if any(len(line.text) > MAX_LINE_CHARS for line in lines):
        notes.append(f"{label} has lines over {MAX_LINE_CHARS:,} characters: only their start was read.")
        for line in lines:
            line.text, line.raw = line.text[:MAX_LINE_CHARS], line.raw[:MAX_LINE_CHARS]
    return PdfText(lines, metadata, pages, notes)


def _skipped_pages(label: str, pages: int) -> str:
    return (
        f"{label} has {pages} pages; only the first {MAX_PDF_PAGES} were read (a LinkedIn export of even a "
        "long career has fewer): check that nothing you need is past them."
    )


def plain_text(lines: list[Line]) -> str:
    """Reading-order text: lines of one paragraph together, a blank line where the spacing opens up."""
    out: list[str] = []
    previous: Line | None = None
    for line in lines:
        if previous is not None and (
            line.column != previous.column
            or line.gap is None
            or line.gap > 2.1 * max(line.size, previous.size)
            or abs(line.size - previous.size) > 0.2
        ):
            out.append("")
        out.append(line.text)
        previous = line
    return "\n".join(out).strip() + "\n"
