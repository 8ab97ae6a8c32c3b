"""The output folder of a batch: one file per person, an index, and the manifest that makes it resumable.

The manifest (``.batch-manifest.jsonl``) gets one line per finished person, appended and flushed to disk
only after that person's file is in place (written atomically) and their draft saved with the contact.
A re-run reads it back: a person whose last line says "done", whose input hash is unchanged and whose
file still exists is skipped. A run killed with kill -9 leaves at most a torn last line, which is
ignored; the person it was about is drafted again, and the file is replaced, never doubled.
index.md and index.csv are rewritten (atomically) from the manifest at the end of every run.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from infoview_ai.errors import InputError, OutputError
from infoview_ai.guards.files import write_atomic

MANIFEST = ".batch-manifest.jsonl"
INDEX_COLUMNS = ("person", "file", "status", "checks", "cost", "custom_id", "reason")


@dataclass(frozen=True)
class Entry:
    """One person's outcome, as the manifest and the index keep it."""

    custom_id: str
    person: str
    file: str  # relative to the folder; "" when nothing was written
    status: str  # "done" or "failed"
    input_hash: str
    checks: str = ""  # "5/5 passed", "4/5 passed, 1 warning"
    cost_usd: float | None = None
    reason: str = ""  # why it failed
    saved_draft: int | None = None  # the tracker's draft id, when saved with a contact

    @classmethod
    def of(cls, outcome, custom_id: str, person: str, file: str, input_hash: str, cost, saved) -> Entry:
        """The entry for one person's outcome (a batch.work Outcome): its file only when it succeeded."""
        return cls(
            custom_id=custom_id,
            person=person,
            file=file if outcome.ok else "",
            status="done" if outcome.ok else "failed",
            input_hash=input_hash,
            checks=outcome.checks,
            cost_usd=cost,
            reason=outcome.error,
            saved_draft=saved,
        )


def prepare_folder(path: str | Path) -> Path:
    """The output folder, created when missing; an existing file there is refused."""
    folder = Path(path).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InputError(f"-o {folder} is a file; pass a folder (it is created when missing).")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Cannot create the output folder {folder}: {exc.strerror}.") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"The output folder {folder} is not writable; pick another folder.")
    for stale in folder.glob(".*.tmp"):  # a write_atomic temporary left by a run killed mid-write
        stale.unlink(missing_ok=True)
    return folder


class Manifest:
    """The folder's record of who is done; appends are flushed and fsynced, one line per person."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / MANIFEST
        self.entries: dict[str, Entry] = {}
        self._load()
        self._handle = None

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            raise InputError(f"Cannot read {self.path}: {exc.strerror}.") from None
        for line in text.splitlines():
            try:
                data = json.loads(line)
                entry = Entry(**data)
            except (json.JSONDecodeError, TypeError):
                continue  # a line torn by a kill mid-write: that person is simply done again
            self.entries[entry.custom_id] = entry

    def is_done(self, custom_id: str, input_hash: str) -> bool:
        entry = self.entries.get(custom_id)
        return (
            entry is not None
            and entry.status == "done"
            and entry.input_hash == input_hash
            and bool(entry.file)
            and (self.folder / entry.file).is_file()
        )

    def record(self, entry: Entry) -> None:
        if self._handle is None:
            self._ensure_line_start()
            self._handle = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 (kept open for the run)
        self._handle.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self.entries[entry.custom_id] = entry

    def _ensure_line_start(self) -> None:
        """After a torn last line, the next entry starts on a line of its own."""
        try:
            with open(self.path, "rb") as handle:
                handle.seek(-1, os.SEEK_END)
                torn = handle.read(1) != b"\n"
        except (FileNotFoundError, OSError):
            return
        if torn:
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write("\n")

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def unique_file_names(ids: list[str], extension: str) -> dict[str, str]:
    """A file name per custom id (ids are already unique slugs; the extension follows the format)."""
    return {custom_id: f"{custom_id}.{extension}" for custom_id in ids}


def cost_text(cost: float | None) -> str:
    return "unknown" if cost is None else f"${cost:.4f}"


def write_index(folder: Path, entries: list[Entry]) -> None:
    """index.md and index.csv: person, file, status, checks, cost (and why a person failed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(INDEX_COLUMNS)
    for e in entries:
        cells = [e.person, e.file, e.status, e.checks, cost_text(e.cost_usd), e.custom_id, e.reason]
        writer.writerow([_defused(cell) for cell in cells])
    write_atomic(folder / "index.csv", buffer.getvalue())
    lines = ["# Batch index", "", "| Person | File | Status | Checks | Cost |", "|---|---|---|---|---|"]
    for e in entries:
        link = f"[{e.file}]({e.file})" if e.file else ""
        status = e.status + (f": {e.reason}" if e.reason else "")
        cells = [e.person, link, status, e.checks, cost_text(e.cost_usd)]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    write_atomic(folder / "index.md", "\n".join(lines) + "\n")


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _defused(cell: str) -> str:
    """A name from a file must not run as a formula when the index is opened in a spreadsheet."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") and not cell[1:2].isdigit() else cell
