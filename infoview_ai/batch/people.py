"""Who a batch drafts for: people from a CSV, from the contact tracker, or from `infoview targets` output.

A CSV is read as `infoview import` reads one (network/csv_reader.py: BOM, CRLF, quotes, a preamble, other
delimiters), with the common headers recognised plus ``bio`` (the text itself), ``bio_path`` (a file in any
format the bio parser reads, relative to the CSV), ``notes`` and ``degree``. A bad row is reported by its
line number and skipped; the rest go on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from infoview_ai.errors import InputError
from infoview_ai.network.csv_reader import broken_encoding, formula_like, normal_header, read_table
from infoview_ai.network.people import Skipped
from infoview_ai.network.people_csv import KNOWN_HEADERS

MAX_FILE_BYTES = 64_000_000
EXTRA_HEADERS: dict[str, tuple[str, ...]] = {
    "bio": ("bio", "bio text", "about", "summary", "profile text"),
    "bio_path": ("bio path", "bio file", "profile path", "profile file", "pdf"),
    "notes": ("notes", "note", "company notes", "context"),
    "degree": ("degree", "connection degree", "network distance"),
    "contact_id": ("contact id", "contact", "id"),
}
HEADERS = {
    **{k: v for k, v in KNOWN_HEADERS.items() if k != "profile" and k != "connected_on"},
    **EXTRA_HEADERS,
}
SELECTORS = "all, an id list such as 3,5,9, or a status"


@dataclass(frozen=True)
class Person:
    """One person to draft for, as the input described them; ``where`` names the line, for messages."""

    where: str
    name: str
    company: str | None = None
    title: str | None = None
    bio: str = ""  # the bio's text, from the CSV cell
    bio_path: str | None = None  # or a file, already resolved against the CSV's folder
    notes: str = ""
    degree: int | None = None
    contact_id: int | None = None
    url: str | None = None


def _lines(text: str) -> str:
    """A multi-line cell with the line ends a spreadsheet wrote (CRLF, CR) as plain line breaks."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _degree(text: str) -> int | None:
    digits = "".join(ch for ch in text if ch.isdigit())[:1]
    return int(digits) if digits else None


def _read(path: Path, label: str) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"{label} is larger than {MAX_FILE_BYTES // 1_000_000} MB: split it.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{label} does not exist. Check the path.") from None
    except IsADirectoryError:
        raise InputError(f"{label} is a folder; pass a CSV file.") from None
    except OSError as exc:
        raise InputError(f"{label} cannot be read: {exc.strerror}.") from None


def _columns(header: list[str]) -> dict[str, int]:
    positions = {normal_header(cell): index for index, cell in reversed(list(enumerate(header)))}
    columns: dict[str, int] = {}
    for field, names in HEADERS.items():
        index = next(
            (positions[n] for n in names if n in positions and positions[n] not in columns.values()), None
        )
        if index is not None:
            columns[field] = index
    return columns


def _is_header(cells: list[str]) -> bool:
    known = {name for names in HEADERS.values() for name in names}
    return len({normal_header(cell) for cell in cells} & known) >= 2


def read_people_file(path: str | Path, *, targets: bool = False) -> tuple[list[Person], list[Skipped]]:
    """People from a CSV (or, for ``targets``, the csv or json output of `infoview targets`)."""
    file = Path(path).expanduser()
    label = f"The {'targets file' if targets else 'people CSV'} ({file})"
    data = _read(file, label)
    if data.lstrip()[:1] in (b"[", b"{"):
        return _people_from_json(data, label)
    table = read_table(data, label, _is_header)
    columns = _columns(table.header)
    if "name" not in columns and not {"first", "last"} & columns.keys() and "contact_id" not in columns:
        shown = ", ".join(repr(c) for c in table.header if c) or "(none)"
        raise InputError(
            f"{label} has no name column (name, full name, first/last name). Its columns: {shown}."
        )
    people, skipped = [], list(table.skipped)
    for line, row in table.rows:
        cells = {field: row[index].strip() for field, index in columns.items()}
        person, problem = _person(f"line {line}", cells, file.parent)
        if problem:
            skipped.append(Skipped(f"line {line}", problem))
        else:
            people.append(person)
    return people, skipped


def _person(where: str, cells: dict[str, str], folder: Path) -> tuple[Person | None, str | None]:
    """A row as a Person, or why it is skipped (a formula-like or broken cell, no name, no bio file)."""
    for field, cell in cells.items():
        if field != "bio" and formula_like(cell):
            return None, f"the {field.replace('_', ' ')} looks like a spreadsheet formula ({cell[:40]!r})"
        if broken_encoding(cell):
            return None, f"broken encoding in the {field.replace('_', ' ')}: re-save the file as UTF-8"
    name = cells.get("name") or " ".join(filter(None, (cells.get("first"), cells.get("last"))))
    contact = cells.get("contact_id", "")
    contact_id = int(contact) if contact.isdigit() else None
    if contact and contact_id is None:
        return None, f"contact id {contact[:20]!r} is not a number"
    if not any(ch.isalpha() for ch in name) and contact_id is None:
        return None, "no name"
    bio_path = None
    if cells.get("bio_path"):
        candidate = (folder / cells["bio_path"]).expanduser()
        if not candidate.is_file():
            return None, f"the bio file {cells['bio_path']!r} does not exist (paths are relative to the CSV)"
        bio_path = str(candidate)
    person = Person(
        where=where,
        name=" ".join(name.split()),
        company=" ".join(cells.get("company", "").split()) or None,
        title=" ".join(cells.get("title", "").split()) or None,
        bio=_lines(cells.get("bio", "")),
        bio_path=bio_path,
        notes=_lines(cells.get("notes", "")),
        degree=_degree(cells.get("degree", "")),
        contact_id=contact_id,
        url=cells.get("url") or None,
    )
    return person, None


def _people_from_json(data: bytes, label: str) -> tuple[list[Person], list[Skipped]]:
    try:
        loaded = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{label} is not valid JSON: {exc}.") from None
    rows = loaded.get("targets", loaded.get("rows", [])) if isinstance(loaded, dict) else loaded
    if not isinstance(rows, list):
        raise InputError(f"{label}: expected a list of people (objects with name, company, title...).")
    people, skipped = [], []
    for number, row in enumerate(rows, 1):
        where = f"item {number}"
        if not isinstance(row, dict):
            skipped.append(Skipped(where, "not an object"))
            continue
        cells = {
            field: str(row.get(field) if row.get(field) is not None else "").strip()
            for field in ("name", "company", "title", "bio", "notes", "degree", "contact_id", "url")
        }
        cells["title"] = cells["title"] or str(row.get("headline") or "").strip()
        person, problem = _person(where, cells, Path("."))
        if problem:
            skipped.append(Skipped(where, problem))
        else:
            people.append(person)
    return people, skipped


def people_from_contacts(selector: str | None, status: str | None) -> tuple[list[Person], list[Skipped]]:
    """Tracker contacts: ``all``, ids ``3,5,9``, or a status (also ``--status``), as people to draft for."""
    from infoview_ai.tracker.contacts import list_contacts

    wanted_ids: list[int] | None = None
    text = (selector or "all").strip().lower()
    if text and text != "all":
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if all(p.isdigit() for p in parts):
            wanted_ids = [int(p) for p in parts]
        elif len(parts) == 1 and not status:
            status = parts[0]
        else:
            raise InputError(f"--contacts {selector!r}: use {SELECTORS}.")
    contacts = list_contacts(status=status)
    by_id = {c.id: c for c in contacts}
    skipped = []
    if wanted_ids is not None:
        for missing in [i for i in wanted_ids if i not in by_id]:
            why = "no such contact" if status is None else f"not {status}"
            skipped.append(Skipped(f"contact {missing}", why))
        contacts = [by_id[i] for i in dict.fromkeys(wanted_ids) if i in by_id]
    people = [
        Person(
            where=f"contact {c.id}",
            name=c.name or f"contact {c.id}",
            company=c.company,
            title=c.headline,
            degree=c.degree,
            contact_id=c.id,
        )
        for c in contacts
    ]
    return people, skipped
