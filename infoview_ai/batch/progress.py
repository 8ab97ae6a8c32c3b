"""The progress bar (rich, on stderr) while a batch runs: only on a terminal, so a log or a pipe gets the
final summary alone."""

from __future__ import annotations

import sys
from contextlib import contextmanager


@contextmanager
def progress_bar(total: int, label: str, enabled: bool | None = None):
    """Yields an ``advance(name)`` function; a no-op when stderr is not a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled or total == 0:
        yield lambda name="": None
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[who]}"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(escape(label), total=total, who="")

        def advance(name: str = "") -> None:
            progress.update(task, advance=1, who=escape(name[:40]))

        yield advance
