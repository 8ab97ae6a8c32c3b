"""Token counts with tiktoken when its encoding can be loaded, else a clearly labelled estimate.

tiktoken downloads encodings on first use; offline (or for model names it does not know) we fall
back to ~4 characters per token and say so.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

DEFAULT_ENCODING = "o200k_base"


@dataclass(frozen=True)
class TokenCount:
    count: int
    exact: bool  # False: an estimate, because tiktoken's encoding was not available

    def __str__(self) -> str:
        return (
            f"{self.count} tokens"
            if self.exact
            else f"~{self.count} tokens (estimate: tiktoken encoding unavailable)"
        )


@functools.lru_cache(maxsize=8)
def get_encoding(model: str):
    """The tiktoken encoding for ``model`` (unknown models use o200k_base), or None when it cannot load."""
    try:
        import tiktoken
    except ImportError:
        return None
    try:
        name = tiktoken.encoding_name_for_model(model)
    except KeyError:
        name = DEFAULT_ENCODING
    try:
        return tiktoken.get_encoding(name)
    except (OSError, ValueError):  # no network (ConnectionError is an OSError) or a corrupt cached file
        return None


def estimate_tokens(text: str) -> int:
    """~4 characters a token, floored by 0.75 tokens a word-or-symbol for short, dense text."""
    if not text:
        return 0
    pieces = len(re.findall(r"\w+|[^\w\s]", text))
    return max(1, math.ceil(max(len(text) / 4, pieces * 0.75)))


def count_tokens(text: str, model: str = "gpt-4o-mini") -> TokenCount:
    encoding = get_encoding(model)
    if encoding is None:
        return TokenCount(estimate_tokens(text), exact=False)
    return TokenCount(len(encoding.encode(text, disallowed_special=())), exact=True)
