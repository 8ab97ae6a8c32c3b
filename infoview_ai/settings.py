"""Settings for the LLM engine, resolved lazily: flag > environment / .env > config file > default.

The API key is held as a pydantic SecretStr so that printing or logging settings never shows it.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field

from pydantic import SecretStr

from .config import infoview_home
from .errors import ConfigError

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
    from .pricing import default_model

    file = config_file_values()
    env = os.environ

    def pick(flag, env_name: str, file_key: str, default=None):
        if flag not in (None, ""):
            return flag
        if env.get(env_name):
            return env[env_name]
        return file.get(file_key, default)

    chosen_method = pick(method, "INFOVIEW_STRUCTURED_OUTPUT", "method", "json_schema")
    if chosen_method not in METHODS:
        raise ConfigError(
            f"Unknown structured-output method {chosen_method!r}: choose one of {', '.join(METHODS)}."
        )
    secret = key or env.get("OPENAI_API_KEY") or None
    try:
        chosen_timeout = float(pick(timeout, "INFOVIEW_TIMEOUT", "timeout", DEFAULT_TIMEOUT))
        retries = int(pick(max_retries, "INFOVIEW_MAX_RETRIES", "max_retries", DEFAULT_RETRIES))
    except (TypeError, ValueError) as exc:
        raise ConfigError("INFOVIEW_TIMEOUT and INFOVIEW_MAX_RETRIES must be numbers.") from exc
    return LLMSettings(
        model=pick(model, "INFOVIEW_MODEL", "model") or default_model(),
        api_key=SecretStr(secret) if secret else None,
        base_url=pick(base_url, "OPENAI_BASE_URL", "base_url") or env.get("OPENAI_API_BASE") or None,
        method=chosen_method,
        timeout=chosen_timeout,
        max_retries=retries,
        use_cache=use_cache,
    )
