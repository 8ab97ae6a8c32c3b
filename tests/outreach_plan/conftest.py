"""The user's me.md with a goal, for the targets and plan tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from outreach_helpers import GOAL


@pytest.fixture
def me(isolated_env: Path) -> Path:
    path = isolated_env / "me.md"
    path.write_text(GOAL, encoding="utf-8")
    return path
