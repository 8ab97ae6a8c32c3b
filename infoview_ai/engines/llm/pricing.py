"""Model prices from the data file infoview_ai/data/models.toml (no model name is hard-coded in code)."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

# The OpenAI Batch API's price, relative to a live call: half, on input and output alike.
BATCH_DISCOUNT = 0.5

MODELS_FILE = Path(__file__).resolve().parents[2] / "data" / "models.toml"  # infoview_ai/data/


@dataclass(frozen=True)
class ModelPrice:
    model: str
    input: float  # USD per 1M input tokens
    output: float  # USD per 1M output tokens
    cached_input: float | None = None
    note: str = ""


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return tomllib.loads(MODELS_FILE.read_text(encoding="utf-8"))


def default_model() -> str:
    return _table()["default"]


def known_models() -> list[ModelPrice]:
    return [_price(name, row) for name, row in _table()["models"].items()]


def _price(name: str, row: dict) -> ModelPrice:
    return ModelPrice(
        name, float(row["input"]), float(row["output"]), row.get("cached_input"), row.get("note", "")
    )


def price_for(model: str) -> ModelPrice | None:
    """The price of ``model``; a dated snapshot ("gpt-4o-mini-2024-07-18") uses its family's row."""
    name = model.split(":", 1)[1] if model.startswith("openai:") else model
    rows = _table()["models"]
    if name in rows:
        return _price(name, rows[name])
    family = max((known for known in rows if name.startswith(known + "-")), key=len, default=None)
    return _price(family, rows[family]) if family else None


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float | None:
    """USD for one call, or None when the model is not in the price table (local models: free or unknown)."""
    price = price_for(model)
    if price is None:
        return None
    return (input_tokens * price.input + output_tokens * price.output) / 1_000_000


def format_cost(cost: float | None) -> str:
    if cost is None:
        return "cost unknown (model not in the price table)"
    return f"${cost:.4f}" if cost >= 0.0001 else f"${cost:.6f}"
