"""Who competes: the offline engine, models (by name, provider:model, or NAME@BASE_URL), prompt folders.

``--model NAME`` uses the configured server (OPENAI_BASE_URL, else OpenAI); ``--model NAME@URL`` a
model on another OpenAI-compatible server (the key, if any, from OPENAI_API_KEY: a local server may need
none); ``--prompts DIR`` adds, for each model, a twin that reads its prompts from DIR first.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from infoview_ai.errors import InputError

PROMPTS_ENV = "INFOVIEW_PROMPTS_DIR"


@dataclass(frozen=True)
class Contender:
    label: str
    engine: str  # "offline" or "llm"
    model: str | None = None
    base_url: str | None = None
    prompts_dir: str | None = None

    def as_json(self) -> dict:
        return {
            "label": self.label,
            "engine": self.engine,
            "model": self.model,
            "base_url": _shown(self.base_url),
            "prompts_dir": self.prompts_dir,
        }

    def settings(self):
        """LLMSettings for this contender; never from the cache, so every call is measured fresh."""
        from infoview_ai.engines.llm.settings import resolve_settings

        return resolve_settings(model=self.model, base_url=self.base_url, use_cache=False)

    @contextmanager
    def prompts(self):
        """While generating: this contender's prompt folder in force (else the prompts already in force:
        the built-ins, or the user's own overrides)."""
        before = os.environ.get(PROMPTS_ENV)
        if self.prompts_dir:
            os.environ[PROMPTS_ENV] = self.prompts_dir
        try:
            yield
        finally:
            if before is None:
                os.environ.pop(PROMPTS_ENV, None)
            else:
                os.environ[PROMPTS_ENV] = before


def _shown(url: str | None) -> str | None:
    if not url:
        return None
    from infoview_ai.engines.llm.settings import shown_url

    return shown_url(url)


def parse_model(spec: str) -> Contender:
    """``NAME``, ``provider:NAME`` or ``NAME@BASE_URL`` as a contender."""
    spec = spec.strip()
    if not spec:
        raise InputError("--model needs a name, provider:model, or NAME@BASE_URL.")
    name, at, url = spec.partition("@")
    if at:
        if not url.startswith(("http://", "https://")) or not name:
            raise InputError(
                f"--model {spec!r}: write NAME@BASE_URL with an http(s) address, "
                "e.g. llama3.2@http://localhost:11434/v1."
            )
        return Contender(label=f"{name}@{_shown(url)}", engine="llm", model=name, base_url=url)
    return Contender(label=name, engine="llm", model=name)


def contenders_for(
    engine: str | None, models: tuple[str, ...] | list[str], prompts: str | None
) -> list[Contender]:
    """Every contender the options name, in the order given; the offline engine when nothing is named."""
    out: list[Contender] = []
    if engine == "offline" or (not models and not prompts):
        out.append(Contender(label="offline", engine="offline"))
    elif engine not in (None, "llm"):
        raise InputError(f"--engine {engine!r}: infoview eval compares 'offline' with --model values.")
    llm = [parse_model(m) for m in models]
    if prompts:
        folder = Path(prompts).expanduser()
        if not folder.is_dir():
            raise InputError(f"--prompts {prompts}: no such folder of prompt overrides.")
        base = llm or [Contender(label="configured model", engine="llm")]
        twins = [
            Contender(
                label=f"{c.label} + {folder.name}/",
                engine="llm",
                model=c.model,
                base_url=c.base_url,
                prompts_dir=str(folder.resolve()),
            )
            for c in base
        ]
        llm = (llm or base) + twins
    out += llm
    labels = [c.label for c in out]
    if len(set(labels)) != len(labels):
        raise InputError("The same contender is named twice: give each --model once.")
    return out
