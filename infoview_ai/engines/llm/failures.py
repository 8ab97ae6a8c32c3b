"""Turn what the OpenAI SDK and LangChain raise into errors that name the cause and what to do.

The SDK has already retried 429 and 5xx responses (honouring retry-after) by the time we see them.
Messages never include the API key: anything echoed from the server is redacted first.
"""

from __future__ import annotations

from infoview_ai.engines.llm.settings import LLMSettings
from infoview_ai.errors import EngineError


def redact(text: str, settings: LLMSettings) -> str:
    from infoview_ai.guards.redaction import redact as redact_secrets

    return redact_secrets(text, settings.secrets())


def _server_message(exc: BaseException) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])
    return str(getattr(exc, "message", "") or exc)


def _dropped_mid_answer(exc: BaseException) -> bool:
    """A connection that was made and then dropped (reset, closed mid-response), not one refused."""
    seen = 0
    cause = exc.__cause__ or exc.__context__
    while cause is not None and seen < 10:
        name = type(cause).__name__
        if name in ("RemoteProtocolError", "ReadError", "ConnectionResetError", "IncompleteRead"):
            return True
        if name in ("ConnectError", "ConnectionRefusedError", "ConnectTimeout"):
            return False
        cause, seen = cause.__cause__ or cause.__context__, seen + 1
    return False


def _context_too_long(code: object, detail: str) -> bool:
    text = f"{code} {detail}".lower()
    return "context_length" in text or "context length" in text or "maximum context" in text


def deadline_failure(settings: LLMSettings) -> EngineError:
    where = settings.shown_base_url or "the OpenAI API"
    return EngineError(
        f"No complete answer from {where} within {settings.timeout:g} s (--timeout covers the whole call, "
        "retries and streaming included): the server is slow, stalled, or keeps the connection open "
        "without answering. Try again, raise --timeout, or use --engine offline."
    )


def describe_failure(exc: BaseException, settings: LLMSettings, watch=None) -> EngineError:
    """An EngineError naming the cause: key, quota, rate limit, timeout, server error, network, or a
    server that answered with something other than a chat completion."""
    import openai

    from infoview_ai.engines.llm.protocol import protocol_fault

    where = settings.shown_base_url or "the OpenAI API"
    if not isinstance(exc, openai.OpenAIError):
        fault = protocol_fault(exc, watch, where)
        if fault:
            return EngineError(fault)
    tries = settings.max_retries + 1
    attempts = f"{tries} attempt" + ("s" if tries != 1 else "")
    status = getattr(exc, "status_code", None)
    detail = redact(_server_message(exc), settings)[:300]
    code = getattr(exc, "code", None)

    if isinstance(exc, openai.APITimeoutError):
        message = (
            f"The request to {where} timed out after {settings.timeout:g} s ({attempts}). "
            "Try again, raise --timeout, or use --engine offline."
        )
    elif isinstance(exc, openai.APIConnectionError) and _dropped_mid_answer(exc):
        message = (
            f"{where} accepted the connection but closed it before answering ({attempts}): the server "
            "crashed, restarted or reset the connection. Try again; check the server's log, "
            "or use --engine offline."
        )
    elif isinstance(exc, openai.APIConnectionError):
        message = (
            f"Could not reach {where}. Check OPENAI_BASE_URL and that the server is running "
            "(for Ollama: `ollama serve`), or use --engine offline."
        )
    elif status == 401 or isinstance(exc, openai.AuthenticationError):
        message = (
            f"The API key was rejected by {where} (401). "
            "Check OPENAI_API_KEY in your .env, or the --key you gave."
        )
    elif status == 403:
        message = f"{where} refused the request (403): {detail}"
    elif status == 404:
        hint = (
            ""
            if not settings.base_url or settings.base_url.rstrip("/").endswith("/v1")
            else (" Most OpenAI-compatible servers expect the base URL to end in /v1.")
        )
        message = (
            f"Model {settings.model_name!r} was not found at {where} (404). "
            f"Pick another with --model or INFOVIEW_MODEL.{hint}"
        )
    elif status == 429 and code == "insufficient_quota":
        message = f"Your quota at {where} is used up (429 insufficient_quota). Check your plan and billing."
    elif status == 429:
        message = (
            f"Rate limited by {where} (429) after {attempts}. Wait a minute and try again, "
            "or use --engine offline."
        )
    elif status == 413 or (status == 400 and _context_too_long(code, detail)):
        message = (
            f"The request is too large for {where} ({status}): the bio and your notes exceed what the "
            "server or model accepts. Lower INFOVIEW_MAX_BIO_TOKENS (the bio is trimmed to it), shorten "
            "the notes, pick a model with a longer context, or use --engine offline."
        )
    elif status == 422:
        message = (
            f"{where} could not process the request (422): {detail}. Some OpenAI-compatible servers "
            "reject structured output: try --structured-output json_mode."
        )
    elif status is not None and status >= 500:
        message = f"{where} had a server error ({status}) after {attempts}: {detail}. Try again later."
    elif status is not None:
        message = f"{where} rejected the request ({status}): {detail}"
    else:
        message = f"The model call failed: {type(exc).__name__}: {detail}"
    return EngineError(message)
