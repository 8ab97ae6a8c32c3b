"""Typed errors. Domain code raises these; only the CLI turns them into Click errors."""

from __future__ import annotations


class InfoviewError(Exception):
    """An error whose message tells the user what to do next."""

    exit_code = 1


class InputError(InfoviewError):
    """A file or value the user gave cannot be used (missing, empty, binary, not UTF-8, ...)."""

    exit_code = 2


class BioError(InputError):
    """The bio has nothing usable in it (empty, masked logged-out copy, no recognisable facts)."""


class OutputError(InfoviewError):
    """An output file could not be written (disk full, folder read-only, ...); an earlier one is intact."""

    exit_code = 1


class PromptError(InfoviewError):
    """A prompt in the library is malformed or a variable it needs is missing."""


class UnknownPrompt(PromptError, InputError):
    """A prompt name that is not in the library (bad input, so exit 2)."""

    exit_code = 2


class MissingVariables(PromptError):
    """Rendering a prompt without values for some of its declared variables."""

    def __init__(self, prompt: str, missing: list[str]):
        self.prompt = prompt
        self.missing = sorted(missing)
        super().__init__(f"Prompt {prompt!r} is missing values for: {', '.join(self.missing)}")


class ConfigError(InfoviewError):
    """Settings are missing or inconsistent (no API key for the LLM engine, bad INFOVIEW_HOME, ...)."""


class EngineError(InfoviewError):
    """The engine could not produce the deliverable."""


class ChecksFailed(InfoviewError):
    """A deliverable failed a trust check it cannot be printed with, or --strict saw a warning."""

    exit_code = 3
