"""The one seam that creates a chat model from settings. Tests and other providers plug in here."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from infoview_ai.engines.llm.settings import NO_KEY, LLMSettings
from infoview_ai.errors import ConfigError

# Local servers ignore the key, but the OpenAI client refuses to start without one.
PLACEHOLDER_KEY = "not-needed"


def get_chat_model(settings: LLMSettings, watch=None, max_tokens: int | None = None) -> BaseChatModel:
    """ChatOpenAI for OpenAI and OpenAI-compatible servers; init_chat_model for "provider:model" names.

    ``watch`` (a protocol.ResponseWatch) sees every HTTP answer; ``max_tokens`` bounds the reply.
    """
    if settings.provider == "openai":
        import openai
        from langchain_openai import ChatOpenAI

        if not settings.api_key and not settings.base_url:
            raise ConfigError(NO_KEY)
        return ChatOpenAI(
            model=settings.model_name,
            api_key=settings.secret() or PLACEHOLDER_KEY,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            temperature=settings.temperature,
            max_tokens=max_tokens,
            http_client=openai.DefaultHttpxClient(event_hooks={"response": [watch]}) if watch else None,
            stream_usage=True,
            # Chat Completions everywhere: local servers have no /v1/responses, and the same request
            # shape keeps the cache and the tests honest.
            use_responses_api=False,
        )
    try:
        from langchain.chat_models import init_chat_model

        return init_chat_model(
            settings.model_name,
            model_provider=settings.provider,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            max_tokens=max_tokens,
        )
    except ImportError as exc:
        raise ConfigError(
            f"The {settings.provider!r} provider needs its LangChain package: "
            f"pip install langchain-{settings.provider} (or `pip install 'infoview-ai[{settings.provider}]'` "
            "for anthropic and ollama), then run the command again."
        ) from exc
    except ValueError as exc:
        raise ConfigError(f"Unknown model provider in {settings.model!r}: {exc}") from exc
