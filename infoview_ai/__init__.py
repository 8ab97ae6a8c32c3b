"""infoview-ai: prepare informational interviews from a professional's bio."""

from __future__ import annotations

from infoview_ai.version import __version__

__all__ = ["__version__", "generate"]


def generate(kind, context, engine: str = "auto", settings=None):
    """Produce one deliverable (``brief``, ``questions``, ``outreach``, ``thank-you``, ... or ``prep``) for a
    Context; ``engine`` is "auto" (the LLM engine when configured, else offline), "offline" or "llm"."""
    from infoview_ai.generation import (
        generate as _generate,  # imported here: `import infoview_ai` stays light
    )

    return _generate(kind, context, engine, settings)
