"""The Settings page: the engine in use, the model, the server and whether a key is configured (never the
key itself), and the past LLM generations with their cost, from the history the CLI keeps."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool

from infoview_ai.web.rendering import render

HISTORY_SHOWN = 100


def _settings() -> dict:
    from infoview_ai.engines.llm.settings import llm_configured, resolve_settings
    from infoview_ai.store import history_list

    settings = resolve_settings()
    configured = llm_configured()
    return {
        "engine": "llm" if configured else "offline",
        "model": settings.model,
        "destination": settings.destination,
        "key_configured": settings.api_key is not None,
        "key_source": settings.key_source.split(" from ")[0] if settings.key_source else "",
        "notes": list(settings.notes),
        "history": history_list(limit=HISTORY_SHOWN),
    }


async def settings_page(request):
    values = await run_in_threadpool(_settings)
    total = sum(e.cost_usd or 0.0 for e in values["history"] if not e.cached)
    return render(request, "settings.html", total_cost=total, **values)
