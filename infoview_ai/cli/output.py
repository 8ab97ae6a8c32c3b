"""Rendering deliverables (markdown, text, JSON) and writing them without ever leaving half a file."""

from __future__ import annotations

import os
from pathlib import Path

from infoview_ai.context import Record
from infoview_ai.errors import InputError

FORMATS = ("markdown", "json", "text")


def render(model: Record, fmt: str) -> str:
    if fmt == "json":
        import json

        return json.dumps(model.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    if fmt == "text":
        return model.to_text()
    return model.to_markdown()


def ensure_writable(path: str | Path) -> Path:
    """The output path, checked before any work is done (a paid model call should not be wasted)."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise InputError(f"The output path {target} is a folder; pass a file name.")
    if not target.parent.is_dir():
        raise InputError(f"The folder for the output ({target.parent}) does not exist.")
    return target


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` via a temporary file and a rename, so a failure leaves any old file intact."""
    target = ensure_writable(path)
    parent = target.parent
    import tempfile  # only a run that writes a file needs it

    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _mode_for(target))
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets the usual ones (0666 less the umask)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
