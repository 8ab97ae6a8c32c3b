"""The built-in offline engine: deterministic rules grounded in the parsed bio, one builder per kind.

Its face is ``builders.generate``; ``signals/`` reads the facts, and each kind has its rule set:
``questions/``, ``outreach/``, ``brief/``, ``after_call/`` (thank-you, follow-up) and ``polish``.
"""
