"""Where user data lives and which settings are in force, resolved lazily (never at import time)."""

from __future__ import annotations

import os
from pathlib import Path


def infoview_home() -> Path:
    """$INFOVIEW_HOME, else the platform's user config folder (e.g. ~/.config/infoview)."""
    explicit = os.environ.get("INFOVIEW_HOME", "").strip()
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("infoview", appauthor=False))


def ensure_home() -> Path:
    """$INFOVIEW_HOME, created private (0700) when missing: it holds profiles, call notes and drafts."""
    home = infoview_home()
    if not home.exists():
        home.mkdir(parents=True, exist_ok=True)
        home.chmod(0o700)
    return home


def user_prompts_dir() -> Path:
    """Prompt overrides: a file here with a packaged prompt's name replaces it."""
    return infoview_home() / "prompts"


def load_env_files() -> None:
    """Load .env from the working folder, then $INFOVIEW_HOME/.env; real environment variables win."""
    for candidate in (Path.cwd() / ".env", infoview_home() / ".env"):
        if candidate.is_file():
            from dotenv import load_dotenv  # only when there is a file: most runs have none

            load_dotenv(candidate, override=False)
