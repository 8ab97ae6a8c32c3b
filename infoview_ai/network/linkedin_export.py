"""LinkedIn's data export (Settings > Data privacy > Get a copy of your data): the ZIP or its CSVs.

Only the members we know are read, straight into memory, never extracted: ``Connections.csv`` (the
people), ``Invitations.csv`` and ``messages.csv`` (the user's own writing, writing_samples.py) and
``Profile.csv`` (the user's own name, to tell their messages from the replies). A member whose path
leaves the export (``../Connections.csv``, ``/etc/...``) is ignored and named; a declared uncompressed
size over the cap is refused before a byte is decompressed, and reading stops at the cap whatever the
header claims (a ZIP bomb costs nothing).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from infoview_ai.errors import InputError
from infoview_ai.network.csv_reader import MAX_CSV_BYTES, MB
from infoview_ai.network.people import CONNECTIONS, ImportedPerson, Skipped
from infoview_ai.network.people_csv import RowKind, read_people_csv

MEMBERS = ("Connections.csv", "Invitations.csv", "messages.csv", "Profile.csv")
MAX_MEMBERS = 100_000  # entries in the ZIP's directory; a real export has a few dozen


def looks_like_connections(data: bytes) -> bool:
    """LinkedIn's Connections.csv by content: its header within the first lines (after the preamble)."""
    head = data[:4096].decode("utf-8", errors="replace").casefold()
    return "first name" in head and "last name" in head and "connected on" in head


def read_connections(data: bytes, label: str) -> tuple[list[ImportedPerson], list[Skipped]]:
    """1st-degree connections (degree 1, source linkedin-connections) from Connections.csv's bytes.

    Its headers are all common ones, so older exports (without URL) read as well."""
    return read_people_csv(data, label, {}, RowKind(source=CONNECTIONS, degree=1))


@dataclass
class Export:
    """The members found in the ZIP, as bytes, and what was left out."""

    label: str
    files: dict[str, bytes] = field(default_factory=dict)  # by MEMBERS name
    warnings: list[str] = field(default_factory=list)


def _unsafe(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return name.startswith(("/", "\\")) or ".." in parts or (bool(parts) and ":" in parts[0])


def read_export_zip(path: Path, label: str) -> Export:
    """The known members of LinkedIn's export ZIP (at its top or in one folder), bounded."""
    export = Export(label)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise InputError(f"{label} holds {len(infos):,} files: that is not a LinkedIn data export.")
            chosen: dict[str, zipfile.ZipInfo] = {}
            for info in infos:
                base = info.filename.replace("\\", "/").rsplit("/", 1)[-1]
                member = next((m for m in MEMBERS if m.casefold() == base.casefold()), None)
                if member is None or info.is_dir():
                    continue
                if _unsafe(info.filename):
                    export.warnings.append(f"ignored {info.filename!r} in {label}: a path outside the export")
                    continue
                depth = info.filename.replace("\\", "/").count("/")
                if depth <= 1 and (member not in chosen or depth < chosen[member].filename.count("/")):
                    chosen[member] = info
            for member, info in chosen.items():
                export.files[member] = _read_member(archive, info, label)
    except zipfile.BadZipFile as exc:
        raise InputError(f"{label} is not a readable ZIP file ({exc}): download the export again.") from None
    except (RuntimeError, NotImplementedError) as exc:  # encrypted, or a compression zipfile lacks
        raise InputError(f"{label} cannot be read ({exc}): unzip it and import Connections.csv.") from None
    except OSError as exc:
        raise InputError(f"{label} cannot be read: {exc.strerror or exc}.") from None
    return export


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    too_big = (
        f"{info.filename} in {label} would unpack to more than {MAX_CSV_BYTES // MB} MB, the most infoview "
        "reads from one CSV: this is not a LinkedIn export as downloaded."
    )
    if info.file_size > MAX_CSV_BYTES:
        raise InputError(too_big)
    with archive.open(info) as stream:
        data = stream.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise InputError(too_big)
    return data
