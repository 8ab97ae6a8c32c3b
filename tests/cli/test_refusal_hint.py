"""A refused draft's advice fits the engine that wrote it."""

from __future__ import annotations

import pytest

from infoview_ai.artifacts import CheckResult
from infoview_ai.cli.runner import deliver
from infoview_ai.errors import ChecksFailed


class Draft:
    checks = [CheckResult(name="seams", status="fail", message="An empty slot.", advice="")]


def refusal(engine: str) -> str:
    with pytest.raises(ChecksFailed) as caught:
        deliver(Draft(), "markdown", None, False, engine=engine)
    return str(caught.value)


def test_an_offline_refusal_does_not_suggest_the_offline_engine():
    message = refusal("offline")
    assert "seams: An empty slot." in message
    assert "--engine offline" not in message
    assert "Run it again" not in message  # the offline engine gives the same draft again


def test_an_llm_refusal_still_offers_the_offline_engine():
    assert "or use --engine offline" in refusal("llm")
