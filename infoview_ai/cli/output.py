"""Rendering deliverables (markdown, text, JSON) and writing them without ever leaving half a file.

The checks on a `-o` path and the atomic write itself live in guards/files.py, shared with `infoview batch`.
"""

from __future__ import annotations

from infoview_ai.context import Record
from infoview_ai.guards.files import NEW_FILE_MODE, ensure_writable, write_atomic

__all__ = ["FORMATS", "NEW_FILE_MODE", "ensure_writable", "render", "write_atomic"]

FORMATS = ("markdown", "json", "text")


def render(model: Record, fmt: str) -> str:
    """The deliverable as text, without escape sequences or bidi overrides whatever its parts came from
    (a contact stored by an older infoview, a reply, a bio)."""
    from infoview_ai.guards.safe_text import printable, printable_data

    if fmt == "json":
        import json

        return json.dumps(printable_data(model.model_dump(mode="json")), indent=2, ensure_ascii=False) + "\n"
    if fmt == "text":
        return printable(model.to_text())
    return printable(model.to_markdown())
