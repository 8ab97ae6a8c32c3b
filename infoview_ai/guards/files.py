"""Writing files without ever leaving half a file: a temporary file, then a rename.

A target path is a regular file or a new name: never a folder, a symbolic link, a FIFO or a device (an
atomic rename onto /dev/null would replace the device with a file). A new file is created 0600, since
drafts, briefs and exports name people; an existing file keeps its permissions. Used by every command
that writes (cli/output.py) and by `infoview batch` (batch/), which writes a file per person.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from infoview_ai.errors import InputError, OutputError

NEW_FILE_MODE = 0o600


def ensure_writable(path: str | Path) -> Path:
    """The output path, checked before any work is done (a paid model call should not be wasted)."""
    target = Path(path).expanduser()
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"Cannot use the output path {target}: {exc.strerror}.") from None
    if info is not None:
        what = _not_a_file(info.st_mode)
        if what:
            raise InputError(f"The output path {target} is {what}; pass the name of a regular file.")
    parent = target.parent
    if not parent.is_dir():
        raise InputError(f"The folder for the output ({parent}) does not exist.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"The folder for the output ({parent}) is not writable; pick another folder.")
    return target


def _not_a_file(mode: int) -> str:
    """What a path is when it is not a regular file ("a folder", "a FIFO"...); "" for a regular file."""
    for test, what in (
        (stat.S_ISLNK, "a symbolic link (pass the file it points to)"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return what
    return "" if stat.S_ISREG(mode) else "not a regular file"


def write_atomic(path: str | Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces in turn) via a temporary file and a rename, so a failure leaves any
    old file intact.

    A failing disk, a full one or a folder made read-only meanwhile is an OutputError naming the path;
    the temporary file is removed and an earlier file stays as it was.
    """
    target = ensure_writable(path)
    import tempfile  # only a run that writes a file needs it

    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                handle.writelines(text)  # a long export, written as it is made
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _mode_for(target))
        ensure_writable(target)  # once more: nothing may have put a device or a link there meanwhile
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise OutputError(f"Could not write {target}: {exc.strerror or exc}. Nothing was changed.") from None
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one is private (0600)."""
    try:
        return os.stat(target).st_mode & 0o777
    except FileNotFoundError:
        return NEW_FILE_MODE
