"""What a sent batch needs to be collected later: its batch ids, and for every job the contact, the file
to write, the kind and the context it was drafted from (to run the same checks on the reply).

One JSON file per submission, private (0600) and written atomically: $INFOVIEW_HOME/batches/<id>.json
for the Batch API, ``<requests>.manifest.json`` beside a request file written for vLLM. It never holds
the API key: the key lives in the environment and the client, and no field here is read from it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from infoview_ai.errors import InputError

FORMAT = 1
TERMINAL = ("completed", "failed", "expired", "cancelled")


@dataclass
class JobRecord:
    custom_id: str
    kind: str
    label: str
    output_path: str  # the person's file; its folder holds the live batch's manifest and index
    input_hash: str
    requests: list[str]  # the request custom_ids: one, or one per part of a pack
    context: dict  # the sanitized Context, as JSON
    contact_id: int | None = None


@dataclass
class Submission:
    id: str
    via: str  # "batch-api" or "file"
    model: str
    method: str
    temperature: float | None
    created: str
    jobs: list[JobRecord]
    batches: list[dict] = field(default_factory=list)  # {"id", "input_file_id", "status", "requests"}
    request_files: list[str] = field(default_factory=list)
    collected: bool = False  # every job reached an outcome (done, failed or not run)

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, **asdict(self)}, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str, where: Path) -> Submission:
        try:
            data = json.loads(text)
            data.pop("format", None)
            data["jobs"] = [JobRecord(**job) for job in data["jobs"]]
            return cls(**data)
        except (json.JSONDecodeError, TypeError, KeyError) as exc:
            raise InputError(f"{where} is not an infoview batch manifest ({exc}).") from None


def batches_dir() -> Path:
    from infoview_ai.config import ensure_home

    folder = ensure_home() / "batches"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def home_path(submission_id: str) -> Path:
    import re

    # an id from the server names a file: only letters, digits, "_" and "-" reach the path
    return batches_dir() / (re.sub(r"[^A-Za-z0-9_-]", "-", submission_id)[:100] + ".json")


def beside(requests_path: Path) -> Path:
    """The manifest of a request file written for vLLM: requests.jsonl -> requests.manifest.json."""
    return requests_path.with_name(requests_path.stem + ".manifest.json")


def save(submission: Submission, path: Path) -> None:
    from infoview_ai.guards.files import write_atomic

    write_atomic(path, submission.to_json())  # a new file is 0600; a kill mid-write keeps the old one


def load(path: Path) -> Submission:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Cannot read the batch manifest {path}: {exc.strerror}.") from None
    return Submission.from_json(text, path)


def saved_submissions() -> list[tuple[Path, Submission]]:
    """Every Batch API submission under $INFOVIEW_HOME/batches, oldest first."""
    found = []
    for path in sorted(batches_dir().glob("*.json")):
        try:
            found.append((path, load(path)))
        except InputError:
            continue  # a stray file is not a reason to hide the others
    return sorted(found, key=lambda item: item[1].created)


def find_submission(given: str) -> tuple[Path, Submission]:
    """A submission by its id or by any of its batches' ids."""
    for path, submission in saved_submissions():
        if given == submission.id or any(given == b["id"] for b in submission.batches):
            return path, submission
    raise InputError(f"No batch {given!r} in {batches_dir()} (see `infoview batch status`).")


def manifest_for_results(results: Path, custom_ids: set[str]) -> tuple[Path, Submission]:
    """The --via file manifest whose requests these results answer: beside the results or in the
    current folder, the one matching the most custom_ids."""
    candidates = {
        p.resolve() for folder in (results.parent, Path.cwd()) for p in folder.glob("*.manifest.json")
    }
    best, best_hits = None, 0
    for path in sorted(candidates):
        try:
            submission = load(path)
        except InputError:
            continue
        known = {rid for job in submission.jobs for rid in job.requests}
        hits = len(known & custom_ids)
        if hits > best_hits:
            best, best_hits = (path, submission), hits
    if best is None:
        raise InputError(
            f"No manifest matches {results.name}: pass --manifest FILE (the .manifest.json that "
            "`infoview batch KIND --via file` wrote beside the requests)."
        )
    return best
