"""The labelled benchmark stays at or above 95% field accuracy (benchmarks/parse_accuracy.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "parse_accuracy.py"


def test_parse_accuracy_benchmark_reaches_95_percent(capsys):
    spec = importlib.util.spec_from_file_location("parse_accuracy", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.RUNS = 1
    overall, totals = module.run()
    assert overall >= 95
    formats = capsys.readouterr().out
    for name in ("linkedin_pdf ", "linkedin_pdf_legacy", "linkedin_text", "plain", "json_resume"):
        assert name in formats
    assert "profile_json" in formats
    assert len(totals["name"]) >= 12
