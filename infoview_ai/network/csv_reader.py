"""Reading a CSV as people export them: bounded, any common encoding and dialect, line numbers kept.

Handles a UTF-8 BOM (and UTF-16 with one), CRLF, quoted cells with newlines, Excel's ``sep=;`` first
line, semicolon or tab delimited files, and a preamble before the header (LinkedIn's "Notes:"). A file
that is not UTF-8 is read as Windows-1252 (Latin-1 for the five bytes it leaves undefined); a UTF-8 file
with a few broken bytes keeps its good rows and the broken ones are reported. Line numbers are the
file's own (a row's first line), so a user can find a skipped row in an editor.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from infoview_ai.errors import InputError
from infoview_ai.network.people import Skipped

MB = 1_000_000
MAX_CSV_BYTES = 64 * MB  # LinkedIn's largest Connections.csv (30,000 rows) is about 5 MB
MAX_ROWS = 200_000
MAX_CELL_CHARS = 1_000_000  # one cell (a long message); csv's own default limit is 131,072
HEADER_SEARCH_LINES = 100  # how far a preamble may reach before the header
DELIMITERS = (",", ";", "\t", "|")

_SEP_LINE = re.compile(r"^sep=(.)\s*$", re.IGNORECASE)
_BROKEN = re.compile("[\ufffd\udc80-\udcff\x00]")


@dataclass
class Table:
    """The header and the rows after it, each with the line it starts on."""

    label: str
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    header_line: int = 1


def decode_csv(data: bytes, label: str) -> str:
    """Text from the bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252 / Latin-1.

    A file that is UTF-8 except for a few bad bytes is kept as UTF-8: the bad bytes become lone
    surrogates, and the rows holding them are reported as broken (``broken_encoding``).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{label} is not readable UTF-16 text: save it as UTF-8 CSV.") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{label} looks like a binary file, not a CSV: export it as CSV (UTF-8).")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    if any(ch > "\x7f" and not "\udc80" <= ch <= "\udcff" for ch in text):
        return text  # real UTF-8 sequences beside the bad bytes: a UTF-8 file with broken rows
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def broken_encoding(cell: str) -> bool:
    """Undecodable bytes, a replacement character, or UTF-8 read as Windows-1252 ("RenÃ©")."""
    if cell.isascii():
        return False
    if _BROKEN.search(cell):
        return True
    try:
        return cell.encode("cp1252").decode("utf-8") != cell
    except UnicodeError:
        return False


_PLAIN_SIGNED = re.compile(r"^(?:[+\-]?[\d\s().\-/]+|[-\u2013\u2014\s]+)$")  # "+1 (555) 010-2030", "-", "--"


def formula_like(cell: str) -> bool:
    """A cell a spreadsheet would run (``=HYPERLINK(...)``, ``+cmd|...``, ``@SUM(A1)``, ``-2+3``), not a
    plain value such as a phone number or a dash standing for "none"."""
    text = cell.lstrip()
    return bool(text) and text[0] in "=+-@" and not _PLAIN_SIGNED.match(text)


def normal_header(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").replace("_", " ").split()).casefold()


def _split(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def _find_header(
    lines: list[str], is_header: Callable[[list[str]], bool], delimiter: str | None
) -> tuple[int, str]:
    """(index, delimiter) of the first line that ``is_header`` accepts, else of the first non-empty one."""
    candidates = (delimiter,) if delimiter else DELIMITERS
    for index, line in enumerate(lines):
        for candidate in candidates:
            if candidate in line and is_header(_split(line, candidate)):
                return index, candidate
    for index, line in enumerate(lines):
        if line.strip():
            return index, delimiter or max(DELIMITERS, key=line.count)
    return 0, delimiter or ","


def read_table(data: bytes, label: str, is_header: Callable[[list[str]], bool]) -> Table:
    """The table in ``data``: the header is the first line ``is_header`` accepts within the first
    HEADER_SEARCH_LINES (lines before it are a preamble), else the first non-empty line.

    Rows with another number of cells than the header are skipped and reported; blank rows are ignored.
    More than MAX_ROWS rows, or a cell over MAX_CELL_CHARS, refuse the whole file (InputError).
    """
    if len(data) > MAX_CSV_BYTES:
        raise InputError(
            f"{label} is larger than {MAX_CSV_BYTES // MB} MB, the most infoview reads from one CSV: "
            "split it and import the parts."
        )
    text = decode_csv(data, label)
    stream = io.StringIO(text, newline="")
    head = list(islice(stream, HEADER_SEARCH_LINES))
    delimiter = None
    if head and (sep := _SEP_LINE.match(head[0].rstrip("\r\n"))):
        delimiter = sep.group(1)
        head[0] = "\n"
    index, delimiter = _find_header(head, is_header, delimiter)
    stream.seek(0)
    lines: Iterator[str] = islice(stream, index, None)
    table = Table(label=label, header=[], header_line=index + 1)
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        table.header = [cell.strip() for cell in next(reader, [])]
        width = len(table.header)
        while True:
            start = index + reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if not any(cell.strip() for cell in row):
                continue
            while len(row) > width and not row[-1].strip():
                row.pop()  # a trailing delimiter
            if len(row) != width:
                table.skipped.append(
                    Skipped(f"line {start}", f"{len(row)} cells where the header has {width}")
                )
                continue
            table.rows.append((start, row))
            if len(table.rows) > MAX_ROWS:
                raise InputError(
                    f"{label} has more than {MAX_ROWS:,} rows, the most infoview imports from one file: "
                    "split it and import the parts."
                )
    except csv.Error as exc:
        line = index + reader.line_num
        raise InputError(f"{label}, line {line}: {exc}. Fix that line or export the file again.") from None
    return table
