"""Every LLM reply of an evaluation, kept in a folder so it can be re-scored later with no calls.

One JSON file per request, named by a digest of the kind, the model and the exact messages (never the
API key), holding the reply the engine finally used (after any repair or
regeneration) or the error it ended with, plus its tokens, cost and latency. ``run.json`` names the
contenders and kinds, so ``--replay DIR`` alone re-scores the same run.
"""

from __future__ import annotations

import json
from pathlib import Path

from infoview_ai.errors import InputError
from infoview_ai.guards.files import write_atomic

MANIFEST = "run.json"


def request_keys(kind, ctx, settings) -> tuple[str, str]:
    """(the cassette's key, the LLM engine's cache key) for the first request of ``kind`` and ``ctx``.

    The cassette's key leaves the server out, so a run recorded against one address replays wherever
    the recording is; the cache key is where the engine left the reply it used.
    """
    import hashlib

    from infoview_ai.engines.llm.engine import build_messages, cache_key

    messages, _ = build_messages(kind, ctx, settings)
    request = {
        "kind": kind.name,
        "model": settings.model,
        "messages": [(m.type, m.content) for m in messages],
    }
    tape = hashlib.sha256(json.dumps(request, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return tape, cache_key(kind, messages, settings)


class Cassette:
    def __init__(self, folder: str | Path):
        self.folder = Path(folder).expanduser()

    def start(self, manifest: dict) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.folder / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")

    def manifest(self) -> dict:
        path = self.folder / MANIFEST
        if not path.is_file():
            raise InputError(
                f"--replay {self.folder}: no {MANIFEST} there; record a run with --record first."
            )
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{path} is not valid JSON ({exc}): record the run again.") from exc

    def put(self, key: str, entry: dict) -> None:
        write_atomic(self.folder / f"{key}.json", json.dumps(entry, indent=2, ensure_ascii=False) + "\n")

    def get(self, key: str) -> dict | None:
        path = self.folder / f"{key}.json"
        if not path.is_file():
            return None
        return json.loads(path.read_text(encoding="utf-8"))
