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


_ENV_ORIGIN: dict[str, tuple[Path, str]] = {}  # a variable set by a .env file -> (that file, the value)


def load_env_files() -> None:
    """Load .env from the working folder, then $INFOVIEW_HOME/.env; real environment variables win.
    Which file set each variable is kept: a server named by the folder you happen to run in is not
    trusted like one you configured (see ``from_working_folder``)."""
    for candidate in (Path.cwd() / ".env", infoview_home() / ".env"):
        if candidate.is_file():
            from dotenv import dotenv_values  # only when there is a file: most runs have none

            for name, value in dotenv_values(candidate).items():
                if value is None or name in os.environ:
                    continue
                os.environ[name] = value
                _ENV_ORIGIN[name] = (candidate, value)


def env_origin(name: str) -> str | None:
    """Where a set environment variable came from: the .env file's path, or "the environment"."""
    if not os.environ.get(name):
        return None
    origin = _origin_file(name)
    return str(origin) if origin else "the environment"


def _origin_file(name: str) -> Path | None:
    """The .env file that set ``name``, if the value in force is still the one it set."""
    file, value = _ENV_ORIGIN.get(name, (None, None))
    return file if file is not None and os.environ.get(name) == value else None


def from_working_folder(name: str) -> bool:
    """The variable came from a .env in the working folder (not $INFOVIEW_HOME's own .env)."""
    origin = _origin_file(name)
    if origin is None:
        return False
    try:
        return origin.resolve() != (infoview_home() / ".env").resolve()
    except OSError:
        return True
