"""infoview-ai: prepare informational interviews from a professional's bio."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "generate"]


def generate(kind: str, context, engine: str = "offline"):
    """Produce one deliverable (``brief``, ``questions``, ``outreach``, ...) for a Context."""
    from infoview_ai.generate import generate as _generate

    return _generate(kind, context, engine)
