"""People from any CSV: columns found by their usual headers, or named with ``--map``.

``--map name=Full Name,company=Org,title=Role,url=LinkedIn,email=Mail`` names the columns; without it
the common headers are recognised (Name / Full Name / First + Last Name, Company / Organization /
Employer, Title / Position / Role / Job Title, URL / LinkedIn / Profile URL, Email). LinkedIn's
Connections.csv is one such file, with its own header and date format (linkedin_export.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from infoview_ai.bio.person_name import split_name
from infoview_ai.errors import InputError
from infoview_ai.network.csv_reader import Table, broken_encoding, formula_like, normal_header, read_table
from infoview_ai.network.matching import canonical_profile_url
from infoview_ai.network.people import CSV, ImportedPerson, Skipped

# Each field and the headers that mean it, in the order they are tried (lower case, single spaces).
KNOWN_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "fullname", "contact name", "person"),
    "first": ("first name", "firstname", "given name", "first"),
    "last": ("last name", "lastname", "surname", "family name", "last"),
    "company": ("company", "organization", "organisation", "employer", "company name", "current company"),
    "title": ("title", "position", "role", "job title", "headline", "current title", "current position"),
    "url": ("url", "linkedin", "profile url", "linkedin url", "linkedin profile", "profile"),
    "email": ("email", "e-mail", "email address", "e-mail address", "mail"),
    "connected_on": ("connected on", "connected"),
}
FIELDS = tuple(KNOWN_HEADERS)
_LABELS = {"first": "first name", "last": "last name", "url": "profile URL", "connected_on": "connected on"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LINKEDIN_DATE = re.compile(r"^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%Y-%m-%d", "%d-%b-%y", "%d-%b-%Y", "%b %d, %Y")


def parse_mapping(spec: str | None) -> dict[str, str]:
    """``name=Full Name,company=Org`` as {field: column}; an unknown field is an InputError."""
    mapping: dict[str, str] = {}
    for part in filter(str.strip, (spec or "").split(",")):
        field, sep, column = part.partition("=")
        field = field.strip().lower().replace("-", "_")
        if not sep or not column.strip():
            raise InputError(f"--map {part.strip()!r}: write FIELD=COLUMN, e.g. --map name='Full Name'.")
        if field not in KNOWN_HEADERS:
            raise InputError(f"--map {field}=...: unknown field; use one of {', '.join(FIELDS)}.")
        mapping[field] = column.strip()
    return mapping


def header_test(mapping: dict[str, str]):
    """Whether a line is the header: it holds every mapped column, or two recognised headers."""
    wanted = {normal_header(column) for column in mapping.values()}
    known = {header for headers in KNOWN_HEADERS.values() for header in headers}

    def is_header(cells: list[str]) -> bool:
        found = {normal_header(cell) for cell in cells}
        if wanted:
            return wanted <= found
        return len(found & known) >= 2

    return is_header


def resolve_columns(table: Table, mapping: dict[str, str]) -> dict[str, int]:
    """{field: column index}: mapped columns first, the usual headers for the rest.

    A mapped column the file does not have, or no name column at all, is an InputError that lists the
    file's headers.
    """
    positions = {normal_header(cell): index for index, cell in reversed(list(enumerate(table.header)))}
    available = ", ".join(repr(cell) for cell in table.header if cell) or "(none)"
    columns: dict[str, int] = {}
    for field, column in mapping.items():
        if normal_header(column) not in positions:
            raise InputError(
                f"--map {field}={column}: {table.label} has no column {column!r}. "
                f"Its columns are: {available}."
            )
        columns[field] = positions[normal_header(column)]
    taken = set(columns.values())
    for field, headers in KNOWN_HEADERS.items():
        if field in columns:
            continue
        index = next((positions[h] for h in headers if h in positions and positions[h] not in taken), None)
        if index is not None:
            columns[field] = index
            taken.add(index)
    if "name" not in columns and not {"first", "last"} & columns.keys():
        raise InputError(
            f"{table.label} has no name column (Name, Full Name, or First Name and Last Name). Its columns "
            f"are: {available}. Name the column with --map name=COLUMN."
        )
    return columns


def iso_date(text: str) -> str | None:
    """``14 Mar 2023`` (LinkedIn's), ``2023-03-14`` and a few other unambiguous forms, as ISO; else None."""
    value = " ".join(text.split())
    if (linkedin := _LINKEDIN_DATE.match(value)) and linkedin.group(2).lower() in _MONTHS:
        day, month, year = int(linkedin.group(1)), _MONTHS[linkedin.group(2).lower()], int(linkedin.group(3))
        try:
            return date(year, month, day).isoformat()  # strptime costs ten times as much, per row
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class RowKind:
    """What rows of a file become: their source and degree (1 for LinkedIn connections)."""

    source: str = CSV
    degree: int | None = None


def people_from_table(
    table: Table, columns: dict[str, int], kind: RowKind = RowKind()
) -> tuple[list[ImportedPerson], list[Skipped]]:
    """One ImportedPerson per usable row; a row without a name, with a broken encoding or a formula-like
    cell in a column that is read is skipped, with its line number and why."""
    people: list[ImportedPerson] = []
    skipped = list(table.skipped)
    used = sorted(columns.items(), key=lambda item: item[1])
    for line, row in table.rows:
        cells = {field: row[index].strip() for field, index in used}
        where = f"line {line}"
        problem = _problem(cells)
        if problem:
            skipped.append(Skipped(where, problem))
            continue
        raw_name = cells.get("name") or " ".join(filter(None, (cells.get("first"), cells.get("last"))))
        if not any(ch.isalpha() for ch in raw_name):
            skipped.append(Skipped(where, "no name"))
            continue
        name, credentials = split_name(raw_name)
        email = cells.get("email") or ""
        people.append(
            ImportedPerson(
                where=where,
                name=name or " ".join(raw_name.split()),
                credentials=credentials,
                source=kind.source,
                degree=kind.degree,
                headline=" ".join(cells.get("title", "").split()) or None,
                company=" ".join(cells.get("company", "").split()) or None,
                profile_url=canonical_profile_url(cells.get("url")),
                email=email if _EMAIL.match(email) else None,
                connected_on=iso_date(cells.get("connected_on", "")) if cells.get("connected_on") else None,
            )
        )
    return people, skipped


def _problem(cells: dict[str, str]) -> str | None:
    for field, cell in cells.items():
        label = _LABELS.get(field, field)
        if broken_encoding(cell):
            return f"broken encoding in the {label} ({cell[:40]!r}): re-save the file as UTF-8"
        if formula_like(cell):
            return f"the {label} looks like a spreadsheet formula ({cell[:40]!r})"
    return None


def read_people_csv(
    data: bytes, label: str, mapping: dict[str, str], kind: RowKind = RowKind()
) -> tuple[list[ImportedPerson], list[Skipped]]:
    table = read_table(data, label, header_test(mapping))
    return people_from_table(table, resolve_columns(table, mapping), kind)
