"""Settings for the LLM engine, resolved lazily: flag > environment / .env > config file > default.

The API key is held as a pydantic SecretStr so that printing or logging settings never shows it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import SecretStr

from infoview_ai.config import infoview_home
from infoview_ai.errors import ConfigError, InputError

METHODS = ("json_schema", "function_calling", "json_mode")
DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = 2


@dataclass(frozen=True)
class LLMSettings:
    model: str  # "gpt-6-luna", or "provider:model" for another LangChain integration
    api_key: SecretStr | None = field(default=None, repr=False)
    base_url: str | None = None
    method: str = "json_schema"
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_RETRIES
    use_cache: bool = True
    temperature: float | None = None

    @property
    def provider(self) -> str:
        """ "openai" unless the model is named "provider:model"."""
        return self.model.split(":", 1)[0] if ":" in self.model else "openai"

    @property
    def model_name(self) -> str:
        return self.model.split(":", 1)[1] if ":" in self.model else self.model

    def secret(self) -> str | None:
        return self.api_key.get_secret_value() if self.api_key else None


def config_file_values() -> dict:
    """$INFOVIEW_HOME/config.toml, when present (keys: model, base_url, method, timeout, max_retries)."""
    path = infoview_home() / "config.toml"
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}. Fix or delete it.") from exc


NO_KEY = (
    "No API key: set OPENAI_API_KEY in .env (or OPENAI_BASE_URL for a local server), "
    "or pass --engine offline."
)


def _picker():
    """flag > environment (including .env) > $INFOVIEW_HOME/config.toml > default, for one setting."""
    file = config_file_values()

    def pick(flag, env_name: str, file_key: str, default=None):
        if flag not in (None, ""):
            return flag
        if os.environ.get(env_name):
            return os.environ[env_name]
        return file.get(file_key, default)

    return pick


def _text(value, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    raise ConfigError(
        f"{what} must be text, not {value!r}: fix it in $INFOVIEW_HOME/config.toml or your .env."
    )


def _number(value, what: str, low: float, high: float, kind=float):
    try:
        number = kind(value)
    except (TypeError, ValueError):
        number = None
    if number is None or not low <= number <= high:
        raise ConfigError(f"{what} must be a number from {low:g} to {high:g}, not {value!r}.")
    return number


def _checked_url(url: str | None) -> str | None:
    from urllib.parse import urlparse

    if url is None:
        return None
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise InputError(
            f"The base URL {url!r} is not an http(s) address: use e.g. http://localhost:11434/v1 "
            "(note the /v1)."
        )
    return url


def llm_configured(key: str | None = None, base_url: str | None = None, model: str | None = None) -> bool:
    """A key or an OpenAI-compatible base URL is set, or the model names another LangChain provider
    (which brings its own credentials)."""
    pick = _picker()
    if key or os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_API_BASE"):
        return True
    if _text(pick(base_url, "OPENAI_BASE_URL", "base_url"), "base_url"):
        return True
    chosen = _text(pick(model, "INFOVIEW_MODEL", "model"), "model") or ""
    return ":" in chosen and not chosen.startswith("openai:")


def resolve_settings(
    *,
    model: str | None = None,
    key: str | None = None,
    base_url: str | None = None,
    method: str | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    use_cache: bool = True,
) -> LLMSettings:
    from infoview_ai.engines.llm.pricing import default_model

    pick = _picker()
    chosen_method = _text(pick(method, "INFOVIEW_STRUCTURED_OUTPUT", "method", "json_schema"), "method")
    if chosen_method not in METHODS:
        raise ConfigError(
            f"Unknown structured-output method {chosen_method!r}: choose one of {', '.join(METHODS)}."
        )
    secret = key or os.environ.get("OPENAI_API_KEY") or None
    url = _text(pick(base_url, "OPENAI_BASE_URL", "base_url"), "base_url") or os.environ.get(
        "OPENAI_API_BASE"
    )
    return LLMSettings(
        model=_text(pick(model, "INFOVIEW_MODEL", "model"), "model") or default_model(),
        api_key=_secret(secret),
        base_url=_checked_url(url or None),
        method=chosen_method,
        timeout=_number(
            pick(timeout, "INFOVIEW_TIMEOUT", "timeout", DEFAULT_TIMEOUT), "The timeout (seconds)", 1, 600
        ),
        max_retries=_number(
            pick(max_retries, "INFOVIEW_MAX_RETRIES", "max_retries", DEFAULT_RETRIES),
            "INFOVIEW_MAX_RETRIES",
            0,
            10,
            int,
        ),
        use_cache=use_cache,
    )


def _secret(value: str | None) -> SecretStr | None:
    """The key as a SecretStr; pydantic loads only when there is a key to hold (``--engine auto`` with no
    key stays light)."""
    if not value:
        return None
    from pydantic import SecretStr

    return SecretStr(value)
