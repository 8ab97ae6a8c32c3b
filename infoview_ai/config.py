"""Where user data lives and which settings are in force, resolved lazily (never at import time)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from infoview_ai.errors import ConfigError

# Names in a .env whose value is a secret: a file holding one should be readable by its owner only.
SECRET_SUFFIXES = ("_KEY", "_TOKEN", "_SECRET", "_PASSWORD")
_warned: set[str] = set()


def warn(message: str) -> None:
    """A diagnostic on stderr, once per process (the store opens the home folder many times a run)."""
    if message not in _warned:
        _warned.add(message)
        print(message, file=sys.stderr)


def infoview_home() -> Path:
    """$INFOVIEW_HOME, else the platform's user config folder (e.g. ~/.config/infoview)."""
    explicit = os.environ.get("INFOVIEW_HOME", "").strip()
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("infoview", appauthor=False))


def ensure_home() -> Path:
    """$INFOVIEW_HOME, private (0700): it holds profiles, call notes and drafts.

    Created 0700 when missing; an existing folder that others can read is quietly tightened to 0700 when
    it is yours, and named in a warning when it cannot be (someone else's folder, your own home folder).
    """
    home = infoview_home()
    if not home.exists():
        home.mkdir(parents=True, exist_ok=True)
        home.chmod(0o700)
        return home
    if not home.is_dir():
        raise ConfigError(
            f"INFOVIEW_HOME ({home}) is not a folder: point it at a folder, or remove the file."
        )
    _make_private(home)
    return home


def _make_private(home: Path) -> None:
    if os.name == "nt":  # permissions there are ACLs, not mode bits
        return
    info = home.stat()
    if not info.st_mode & 0o077:
        return
    advice = f"run `chmod 700 {home}` or set INFOVIEW_HOME to a private folder"
    if info.st_uid != os.getuid() or home.resolve() == Path.home().resolve():
        warn(f"warning: {home} holds your contacts and drafts and other users can read it: {advice}.")
        return
    try:
        home.chmod(0o700)
    except OSError as exc:
        warn(
            f"warning: {home} is readable by other users and could not be made private ({exc.strerror}): "
            f"{advice}."
        )


def user_prompts_dir() -> Path:
    """Prompt overrides: a file here with a packaged prompt's name replaces it. INFOVIEW_PROMPTS_DIR names
    another folder (`infoview eval --prompts DIR` compares one against the built-ins)."""
    override = os.environ.get("INFOVIEW_PROMPTS_DIR")
    return Path(override).expanduser() if override else infoview_home() / "prompts"


_ENV_ORIGIN: dict[str, tuple[Path, str]] = {}  # a variable set by a .env file -> (that file, the value)


def load_env_files() -> None:
    """Load .env from the working folder, then $INFOVIEW_HOME/.env; real environment variables win.
    Which file set each variable is kept: a server named by the folder you happen to run in is not
    trusted like one you configured (see ``from_working_folder``)."""
    for candidate in (Path.cwd() / ".env", infoview_home() / ".env"):
        if candidate.is_file():
            import io

            from dotenv import dotenv_values  # only when there is a file: most runs have none

            text = read_env_text(candidate)
            values = dotenv_values(stream=io.StringIO(text))
            secrets = [
                name for name, value in values.items() if value and name.upper().endswith(SECRET_SUFFIXES)
            ]
            if secrets:
                _warn_if_readable(candidate, secrets)
            for name, value in values.items():
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


def read_env_text(path: Path) -> str:
    """A .env's text: UTF-8 (with or without a BOM) or UTF-16 with a BOM, as Windows Notepad saves it."""
    import codecs

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"Cannot read {path}: {exc.strerror}.") from None
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = "\0"
    if "\0" in text:
        raise ConfigError(f"{path} is not UTF-8 or UTF-16 text: save it as UTF-8 (NAME=value lines).")
    return text


def _warn_if_readable(path: Path, secrets: list[str]) -> None:
    if os.name == "nt" or not path.stat().st_mode & 0o077:
        return
    warn(f"warning: {path} holds {', '.join(secrets)} and other users can read it: run `chmod 600 {path}`.")
