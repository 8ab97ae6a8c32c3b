"""The `infoview` command line: the only place that knows about Click."""

from infoview_ai.cli.main import main

__all__ = ["main"]
