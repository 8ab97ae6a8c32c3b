"""Token counts: exact with a tiktoken encoding, a labelled estimate when the encoding cannot load."""

from __future__ import annotations

import pytest
import tiktoken

from infoview_ai.engines.llm.prompting import tokens


@pytest.fixture(autouse=True)
def fresh_cache():
    tokens.get_encoding.cache_clear()
    yield
    tokens.get_encoding.cache_clear()


@pytest.fixture
def byte_encoding(monkeypatch):
    """A real tiktoken Encoding with one token per byte, registered as o200k_base (no download needed)."""
    encoding = tiktoken.Encoding(
        name="test_bytes",
        pat_str=r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""",
        mergeable_ranks={bytes([i]): i for i in range(256)},
        special_tokens={"<|endoftext|>": 256},
    )
    monkeypatch.setitem(tiktoken.registry.ENCODINGS, "o200k_base", encoding)
    return encoding


def test_exact_count_with_tiktoken(byte_encoding):
    count = tokens.count_tokens("héllo <|endoftext|>", "gpt-4o-mini")
    assert count.exact
    assert count.count == len("héllo <|endoftext|>".encode())  # special text is counted as plain text
    assert str(count) == f"{count.count} tokens"


def test_unknown_model_falls_back_to_o200k(byte_encoding):
    assert tokens.count_tokens("abc", "llama3.1").exact


def test_estimate_when_the_encoding_cannot_load(monkeypatch):
    def offline(name):
        raise ConnectionError("no network")  # what tiktoken raises here: a requests ConnectionError (OSError)

    monkeypatch.setattr(tiktoken, "get_encoding", offline)
    count = tokens.count_tokens("word " * 400, "gpt-4o-mini")
    assert not count.exact
    assert 400 <= count.count <= 600
    assert str(count).startswith("~") and "estimate" in str(count)


def test_empty_text_is_zero_tokens():
    assert tokens.estimate_tokens("") == 0
