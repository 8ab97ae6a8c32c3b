"""The release number, on the ground floor so every room may name it (``--version``, the ICS PRODID)."""

__version__ = "0.1.0"
