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
    base_url_source: str = ""  # which flag, variable or file chose the server ("" = the default)
    key_source: str = ""
    notes: tuple[str, ...] = ()  # for stderr: a key held back, a setting ignored

    @property
    def provider(self) -> str:
        """ "openai" unless the model is named "provider:model"."""
        return self.model.split(":", 1)[0] if ":" in self.model else "openai"

    @property
    def model_name(self) -> str:
        return self.model.split(":", 1)[1] if ":" in self.model else self.model

    def secret(self) -> str | None:
        return self.api_key.get_secret_value() if self.api_key else None

    def secrets(self) -> list[str]:
        """Everything to redact from text: the key, and any credentials written into the base URL."""
        from infoview_ai.guards.redaction import url_secrets

        found = [self.secret() or ""] + (url_secrets(self.base_url) if self.base_url else [])
        return sorted({s for s in found if len(s) >= 4}, key=len, reverse=True)

    @property
    def shown_base_url(self) -> str | None:
        """The base URL as it may be printed: no user name, password or query string."""
        return shown_url(self.base_url) if self.base_url else None

    @property
    def destination(self) -> str:
        """Where requests go, and which setting chose it, in a few words for stderr."""
        if self.provider != "openai":
            return f"the {self.provider} provider's default server"
        if not self.base_url:
            return "api.openai.com (the default)"
        return f"{self.shown_base_url} ({self.base_url_source or 'configured'})"


def shown_url(url: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def is_loopback_url(url: str) -> bool:
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return host == "localhost" or host.startswith("127.") or host == "::1"


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
        return pick_with_source(flag, env_name, file_key, default)[0]

    def pick_with_source(flag, env_name: str, file_key: str, default=None, flag_name: str = ""):
        from infoview_ai.config import env_origin

        if flag not in (None, ""):
            return flag, flag_name or "a command-line flag"
        if os.environ.get(env_name):
            return os.environ[env_name], f"{env_name} from {env_origin(env_name)}"
        if file_key in file:
            return file[file_key], f"{file_key} in {infoview_home() / 'config.toml'}"
        return default, ""

    pick.with_source = pick_with_source
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


def _base_url_choice(pick, flag: str | None) -> tuple[str | None, str]:
    value, source = pick.with_source(flag, "OPENAI_BASE_URL", "base_url", flag_name="--base-url")
    url = _text(value, "base_url")
    if url is None and os.environ.get("OPENAI_API_BASE"):
        from infoview_ai.config import env_origin

        url, source = (
            os.environ["OPENAI_API_BASE"].strip() or None,
            f"OPENAI_API_BASE from {env_origin('OPENAI_API_BASE')}",
        )
    return url, source


def _chosen_by_working_folder(flag: str | None) -> bool:
    """The base URL in force was set by a .env in the folder the command runs in, not by the user's
    own settings ($INFOVIEW_HOME, the environment, a flag)."""
    from infoview_ai.config import from_working_folder

    if flag:
        return False
    return from_working_folder("OPENAI_BASE_URL") or (
        not os.environ.get("OPENAI_BASE_URL") and from_working_folder("OPENAI_API_BASE")
    )


def untrusted_base_url(base_url: str | None = None) -> str | None:
    """A remote server named only by the working folder's .env: `--engine auto` does not send to it."""
    url, _ = _base_url_choice(_picker(), base_url)
    if url and _chosen_by_working_folder(base_url) and not is_loopback_url(url):
        return url
    return None


def llm_configured(key: str | None = None, base_url: str | None = None, model: str | None = None) -> bool:
    """A key or an OpenAI-compatible base URL is set, or the model names another LangChain provider
    (which brings its own credentials). A remote server named only by the working folder's .env does
    not count: running in someone else's folder must not send your bio to their server."""
    pick = _picker()
    if untrusted_base_url(base_url):
        return bool(key)
    if key or os.environ.get("OPENAI_API_KEY"):
        return True
    if _base_url_choice(pick, base_url)[0]:
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
    from infoview_ai.config import env_origin, from_working_folder

    url, url_source = _base_url_choice(pick, base_url)
    secret, key_source = (key, "--key") if key else (os.environ.get("OPENAI_API_KEY") or None, "")
    if key:
        from infoview_ai.guards.redaction import remember

        remember(key)
    if secret and not key:
        key_source = f"OPENAI_API_KEY from {env_origin('OPENAI_API_KEY')}"
    notes: list[str] = []
    if url and secret and not key and _chosen_by_working_folder(base_url):
        if not from_working_folder("OPENAI_API_KEY"):
            # The folder's .env picked the server; the key came from your own settings: never send it there.
            notes.append(
                f"not sending your API key ({key_source}) to {shown_url(url)}, which {url_source} named; "
                "put the server in $INFOVIEW_HOME/.env or pass --base-url to trust it."
            )
            secret, key_source = None, ""
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
        base_url_source=url_source,
        key_source=key_source,
        notes=tuple(notes),
    )


def _secret(value: str | None) -> SecretStr | None:
    """The key as a SecretStr; pydantic loads only when there is a key to hold (``--engine auto`` with no
    key stays light)."""
    if not value:
        return None
    from pydantic import SecretStr

    return SecretStr(value)
