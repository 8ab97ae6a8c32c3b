"""`infoview config` (alias `doctor`): every setting infoview uses, its value and where it came from.

Nothing is created or changed: the home folder and the database are only looked at (the database is
opened read-only), tiktoken's cache is checked for the file without loading or downloading it, and the
API key is shown masked, never whole, in text and JSON alike. Only click is imported at the top.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

import click

from infoview_ai.cli.options import format_option, handle_errors, print_json, say

DEFAULT = "default"
# Variables infoview reads itself (the LLM settings are resolved by engines/llm/settings.py).
OWN_VARIABLES = (
    "INFOVIEW_HOME",
    "INFOVIEW_ENGINE",
    "INFOVIEW_MODEL",
    "INFOVIEW_TIMEOUT",
    "INFOVIEW_MAX_RETRIES",
    "INFOVIEW_STRUCTURED_OUTPUT",
    "INFOVIEW_MAX_BIO_TOKENS",
    "INFOVIEW_DEBUG",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_API_BASE",
)


@dataclass
class Setting:
    name: str
    value: str
    origin: str
    note: str = ""


def mask_key(key: str | None) -> str:
    """``sk-…wxyz``: enough to tell two keys apart, never enough to use one; short keys show nothing."""
    if not key:
        return "not set"
    key = key.strip()
    if len(key) < 16:
        return f"set ({len(key)} characters, too short to show any part)"
    return f"{key[:3]}…{key[-4:]}"


def origin_of(name: str) -> str:
    """ "environment", ".env in the working folder (PATH)", "$INFOVIEW_HOME/.env (PATH)", or "default"."""
    from infoview_ai.config import env_origin, from_working_folder

    where = env_origin(name)
    if where is None:
        return DEFAULT
    if where == "the environment":
        return "environment"
    return (
        f".env in the working folder ({where})"
        if from_working_folder(name)
        else f"$INFOVIEW_HOME/.env ({where})"
    )


def _picked(env_name: str, file_key: str, value: object) -> Setting:
    from infoview_ai.config import infoview_home
    from infoview_ai.engines.llm.settings import config_file_values

    if os.environ.get(env_name):
        origin = origin_of(env_name)
    elif file_key in config_file_values():
        origin = f"{file_key} in {infoview_home() / 'config.toml'}"
    else:
        origin = DEFAULT
    return Setting(env_name, str(value), origin)


def _mode(path: Path, private_mode: str = "700") -> str:
    mode = path.stat().st_mode & 0o777
    private = "private" if not mode & 0o077 else f"readable by other users: run `chmod {private_mode} {path}`"
    return f"{mode:04o}, {private}"


def engine_settings() -> list[Setting]:
    """What `--engine auto` would choose and why, and the LLM engine's settings with their origins."""
    from infoview_ai.engines.llm.settings import resolve_settings, shown_url, untrusted_base_url
    from infoview_ai.errors import InfoviewError
    from infoview_ai.generation import choose_engine

    rows = [
        Setting(
            "INFOVIEW_ENGINE",
            os.environ.get("INFOVIEW_ENGINE") or "auto",
            origin_of("INFOVIEW_ENGINE"),
            "what --engine defaults to",
        )
    ]
    try:
        settings = resolve_settings()
        choice = choose_engine("auto")
    except InfoviewError as exc:
        return [*rows, Setting("engine (auto)", "cannot decide", "error", str(exc))]
    why = choice.note or f"an LLM is configured: it would send to {settings.destination}"
    rows.append(Setting("engine (auto)", choice.name, "decided now", why))

    key = os.environ.get("OPENAI_API_KEY")
    key_note = next((n for n in settings.notes if "API key" in n), "")
    rows.append(
        Setting(
            "OPENAI_API_KEY",
            mask_key(key),
            origin_of("OPENAI_API_KEY"),
            f"withheld: {key_note}" if key_note else "",
        )
    )
    for name in ("OPENAI_BASE_URL", "OPENAI_API_BASE"):
        raw = os.environ.get(name)
        if not raw and name == "OPENAI_API_BASE":
            continue
        shown = shown_url(raw) if raw else "not set (api.openai.com)"
        note = ""
        untrusted = untrusted_base_url()
        if raw and untrusted and shown_url(untrusted) == shown:
            note = (
                "withheld from --engine auto: only the working folder's .env names this server "
                "(pass --engine llm, or set it in $INFOVIEW_HOME/.env, to use it)"
            )
        elif raw and settings.base_url and shown_url(settings.base_url) == shown:
            note = f"in force: {settings.base_url_source}"
        rows.append(Setting(name, shown, origin_of(name), note))
    rows += [
        _picked("INFOVIEW_MODEL", "model", settings.model),
        _picked("INFOVIEW_TIMEOUT", "timeout", f"{settings.timeout:g} s"),
        _picked("INFOVIEW_MAX_RETRIES", "max_retries", settings.max_retries),
        _picked("INFOVIEW_STRUCTURED_OUTPUT", "method", settings.method),
    ]
    from infoview_ai.engines.llm.prompting.budget import bio_budget

    rows.append(Setting("INFOVIEW_MAX_BIO_TOKENS", str(bio_budget()), origin_of("INFOVIEW_MAX_BIO_TOKENS")))
    rows.append(tokenizer_setting(settings.model_name))
    return rows


def tokenizer_setting(model: str) -> Setting:
    """Whether tiktoken's encoding for ``model`` is on disk (exact counts offline) or the estimate is used.

    Looked up the way tiktoken caches it (sha1 of the URL under $TIKTOKEN_CACHE_DIR, $DATA_GYM_CACHE_DIR
    or the temp folder's data-gym-cache), because loading it would try the network with no timeout.
    """
    import hashlib
    import tempfile

    try:
        import tiktoken
    except ImportError:
        return Setting("token counts", "estimate", "tiktoken not installed")
    try:
        encoding = tiktoken.encoding_name_for_model(model)
    except KeyError:
        encoding = "o200k_base"
    file_name = "o200k_base" if encoding == "o200k_harmony" else encoding
    url = f"https://openaipublic.blob.core.windows.net/encodings/{file_name}.tiktoken"
    for variable in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR"):
        if variable in os.environ:
            folder, origin = os.environ[variable], f"{variable} (environment)"
            break
    else:
        folder, origin = str(Path(tempfile.gettempdir()) / "data-gym-cache"), "tiktoken's default cache"
    cached = bool(folder) and (Path(folder) / hashlib.sha1(url.encode()).hexdigest()).is_file()
    value = f"exact ({encoding}, cached offline)" if cached else f"estimate offline ({encoding} not cached)"
    note = (
        "" if cached else "tiktoken downloads it on first use when online; until then ~4 characters a token"
    )
    return Setting("token counts", value, f"{origin}: {folder or 'caching off'}", note)


def storage_settings() -> list[Setting]:
    """The home folder with its permissions, the .env and config files, the database and prompts."""
    from infoview_ai.config import infoview_home, user_prompts_dir

    home = infoview_home()
    rows = [
        Setting(
            "INFOVIEW_HOME",
            str(home),
            origin_of("INFOVIEW_HOME") if os.environ.get("INFOVIEW_HOME") else "platform default",
            _mode(home)
            if home.is_dir()
            else "not created yet (the first command that stores creates it 0700)",
        )
    ]
    for label, path in ((".env (working folder)", Path.cwd() / ".env"), (".env (home)", home / ".env")):
        if path.is_file():
            rows.append(Setting(label, str(path), "file", _mode(path, "600")))
    config_file = home / "config.toml"
    rows.append(Setting("config.toml", str(config_file), "file" if config_file.is_file() else "not present"))
    rows.append(database_setting())
    from infoview_ai.engines.llm.prompting.library import packaged_prompts_dir

    overrides = sorted(p.stem for p in user_prompts_dir().glob("*.md")) if user_prompts_dir().is_dir() else []
    rows.append(
        Setting(
            "prompt folder",
            str(user_prompts_dir()),
            "$INFOVIEW_HOME/prompts",
            f"overrides: {', '.join(overrides)}"
            if overrides
            else f"no overrides; packaged: {packaged_prompts_dir()}",
        )
    )
    return rows


def database_setting() -> Setting:
    """The database path and its schema version, read without creating or migrating anything."""
    import sqlite3

    from infoview_ai.store import MIGRATIONS, db_path

    path = db_path()
    known = len(MIGRATIONS)
    if not path.is_file():
        return Setting(
            "database", str(path), "$INFOVIEW_HOME", f"not created yet; this infoview writes schema {known}"
        )
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return Setting("database", str(path), "$INFOVIEW_HOME", f"cannot be read: {exc}")
    if version == known:
        state = "current"
    elif version < known:
        state = f"older: the next command upgrades it to {known} after a backup"
    else:
        state = f"newer than this infoview ({known}): upgrade infoview"
    return Setting(
        "database", str(path), "$INFOVIEW_HOME", f"schema {version}, {state}; {_mode(path, '600')}"
    )


def unknown_variables() -> list[Setting]:
    """INFOVIEW_* variables that infoview does not read: usually a typo."""
    return [
        Setting(name, "(ignored)", origin_of(name), "infoview does not read this variable: a typo?")
        for name in sorted(os.environ)
        if name.startswith("INFOVIEW_") and name not in OWN_VARIABLES
    ]


def collect() -> list[Setting]:
    from infoview_ai.guards.redaction import redact
    from infoview_ai.guards.safe_text import printable

    rows = [*engine_settings(), *storage_settings(), *unknown_variables()]
    # Values come from files and the environment: no escape sequence, no secret, whatever they hold.
    return [Setting(*(printable(redact(str(v))) for v in asdict(row).values())) for row in rows]


@click.command("config")
@format_option("text", "json")
@handle_errors
def config(fmt) -> None:
    """Show every setting, its value and where it came from (the API key masked).

    Which engine `--engine auto` would use and why, the server, model and timeout, INFOVIEW_HOME and its
    permissions, the database's schema version, the prompt folder, and whether token counts are exact
    offline. Nothing is created or sent. `infoview doctor` is the same command.

    \b
    Example:
      infoview config --format json
    """
    rows = collect()
    if fmt == "json":
        print_json({"settings": [asdict(row) for row in rows]})
        return
    width = max(len(row.name) for row in rows)
    for row in rows:
        say(f"{row.name:<{width}}  {row.value}  [{row.origin}]")
        if row.note:
            say(f"{'':<{width}}    {row.note}")
