"""What the server actually answered, kept so that a reply the SDK cannot read gets a named cause.

A server that answers status 200 with a web page, an error object or no choices makes the SDK and
LangChain fail deep inside (``'str' object has no attribute 'choices'``, ``IndexError``). A response
hook on the HTTP client records each answer's status and content type; ``protocol_fault`` turns an
unexpected exception into a sentence about the server.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ResponseWatch:
    """The last HTTP answer seen by one chat model's client."""

    status: int | None = None
    content_type: str = ""
    answers: int = 0

    def __call__(self, response) -> None:  # an httpx2 response hook
        self.status = response.status_code
        self.content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        self.answers += 1


def _kind_of(content_type: str) -> str:
    if "html" in content_type:
        return "a web page (HTML)"
    if content_type.startswith("text/"):
        return f"plain text ({content_type})"
    return content_type or "a body with no content type"


def protocol_fault(exc: BaseException, watch: ResponseWatch | None, where: str) -> str | None:
    """A sentence naming what the server did, for an exception the SDK did not classify; None when
    nothing was answered (a network problem, described elsewhere)."""
    if watch is None or not watch.answers:
        return None
    hint = " Check that the base URL points at the API (most end in /v1), not at a web page or a proxy."
    kind = watch.content_type
    if kind and not kind.endswith("json") and kind != "text/event-stream":
        return f"The server at {where} answered with {_kind_of(kind)}, not JSON.{hint}"
    text = str(exc)
    if isinstance(exc, (IndexError, KeyError)) or "choices" in text:
        return (
            f"The server at {where} answered without any choices (an empty or partial chat completion): "
            "not an OpenAI-compatible reply. Try again, or another --model."
        )
    return (
        f"The server at {where} answered with something that is not an OpenAI-compatible chat completion "
        f"({type(exc).__name__}).{hint}"
    )
