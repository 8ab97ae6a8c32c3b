"""The Prepare page: the form, its results, your background (me.md) and "save to contacts".

`POST /prepare` answers with the whole results page, so the form works without JavaScript; `POST /stream`
(streaming.py) reuses ``prepare_inputs``, ``make`` and ``results_page`` to show LLM drafts as they come.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse

from infoview_ai.channels import CHANNELS, THANK_YOU_WORDS
from infoview_ai.errors import InputError
from infoview_ai.web.forms import MAKES, Prepared, bio_from, makes_from, minutes_from, read_form, text_field
from infoview_ai.web.rendering import render


def _me_text() -> str:
    from infoview_ai.inputs import default_me_path

    path = default_me_path()
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _engines() -> tuple[str, bool]:
    """The engine the form starts on (offline) and whether the LLM engine is configured at all."""
    from infoview_ai.engines.llm.settings import llm_configured

    return "offline", llm_configured()


async def prepare_form(request):
    engine, llm_ready = _engines()
    saved = request.query_params.get("saved") == "me"
    return render(
        request,
        "prepare.html",
        makes=MAKES,
        me=_me_text(),
        me_saved=saved,
        engine=engine,
        llm_ready=llm_ready,
    )


async def save_me(request):
    """Your background, written to $INFOVIEW_HOME/me.md (atomically), as `--me` would read it."""
    form = await read_form(request)
    text = text_field(form, "me", "background")
    from infoview_ai.config import ensure_home
    from infoview_ai.guards.files import write_atomic
    from infoview_ai.inputs import default_me_path

    ensure_home()
    write_atomic(default_me_path(), text + "\n")
    return RedirectResponse("/?saved=me#background", status_code=303)


async def prepare(request):
    bio, makes, engine, values = await prepare_inputs(request)
    results, context, cost = await run_in_threadpool(make, bio, makes, engine, values)
    return results_page(request, bio, engine, values, results, context, cost)


async def prepare_inputs(request):
    """The posted prepare form, checked: (bio, makes, engine, values), or an InputError."""
    form = await read_form(request)
    makes = makes_from(form)
    engine = form.get("engine") or "offline"
    values = {
        "company": text_field(form, "company", "company", 10_000) or None,
        "industry": text_field(form, "industry", "industry", 10_000) or None,
        "company_notes": text_field(form, "company_notes", "company notes"),
        "call_notes": text_field(form, "call_notes", "call notes"),
        "draft": text_field(form, "draft", "draft"),
        "minutes": minutes_from(form),
    }
    bio = await bio_from(form)  # the small fields first: a typo in one is reported before a bio is parsed
    if bio is None and makes != ["polish"]:
        raise InputError("Paste their bio or upload their Profile.pdf: whose bio should infoview read?")
    return bio, makes, engine, values


def results_page(request, bio, engine: str, values: dict, results, context, cost):
    """The results page, with the parsed person kept for "save to contacts"."""
    kept = Prepared(
        context.profile,
        context.bio_text,
        values["company"],
        values["industry"],
        [(r["kind"], r["artifact"].model_dump(mode="json"), r.get("channel")) for r in results],
    )
    key = request.app.state.prepared.put(kept) if bio else ""
    return render(
        request,
        "results.html",
        results=results,
        profile=context.profile,
        source=bio[2] if bio else "",
        engine=engine,
        cost=cost,
        prepared=key,
        company=values["company"] or "",
        industry=values["industry"] or "",
    )


def make(bio, makes: list[str], engine: str, values: dict, on_partial=None):
    """Each chosen deliverable from ``generation.run``, with what the page shows about it; with
    ``on_partial``, each streamed draft is passed on as ``on_partial(position, partial reply)``."""
    from infoview_ai.generation import choose_engine, run
    from infoview_ai.inputs import build_context

    context = build_context(
        bio=None,
        company=values["company"],
        industry=values["industry"],
        minutes=values["minutes"],
        call_notes=values["call_notes"],
        draft=values["draft"],
    )
    update = {"target": context.target.model_copy(update={"company_notes": values["company_notes"]})}
    if bio:
        update |= {"profile": bio[0], "bio_text": bio[1]}
    context = context.model_copy(update=update)
    choice = choose_engine(engine).name  # llm without a key: the CLI's ConfigError, shown as a page
    settings = None
    if choice == "llm":
        from infoview_ai.engines.llm.settings import resolve_settings

        settings = resolve_settings()
    results, cost = [], 0.0
    for position, value in enumerate(makes):
        kind, _, channel = value.partition(":")
        one = context.model_copy(update={"channel": channel}) if channel else context
        relay = (lambda partial, at=position: on_partial(at, partial)) if on_partial else None
        result = run(kind, one, choice, settings, on_partial=relay)
        cost += result.cost_usd or 0.0
        results.extend(_shown(kind, result.artifact, channel or None))
    return results, context, (cost if choice == "llm" else None)


def _shown(kind: str, artifact, channel: str | None) -> list[dict]:
    """What the page needs for one artifact; a prep pack shows as its three parts."""
    from infoview_ai.artifacts import Prep

    if isinstance(artifact, Prep):
        return [
            *_shown("brief", artifact.brief, None),
            *_shown("questions", artifact.questions, None),
            *_shown("outreach", artifact.outreach, artifact.outreach.channel),
        ]
    title = dict(MAKES).get(f"{kind}:{channel}") or dict(MAKES).get(kind, kind)
    shown = {"kind": kind, "title": title, "artifact": artifact, "checks": getattr(artifact, "checks", [])}
    if hasattr(artifact, "body"):
        channel = getattr(artifact, "channel", None) or channel
        spec = CHANNELS.get(channel) if channel else None
        shown["channel"] = channel
        shown["limit"] = getattr(artifact, "limit", None) or (spec.hard_limit if spec else None)
        words = spec.words if spec and spec.words else (THANK_YOU_WORDS if kind == "thank_you" else None)
        shown["words"] = words
        shown["failed"] = any(c.status == "fail" for c in shown["checks"])
    return [shown]


async def save_contact(request):
    """Store the person just prepared, as `contacts add` does, with the drafts made for them."""
    form = await read_form(request)
    kept = request.app.state.prepared.get(form.get("prepared") or "")
    company = text_field(form, "company", "company", 10_000) or kept.company
    industry = text_field(form, "industry", "industry", 10_000) or kept.industry
    force = form.get("force") == "yes"
    # What the parser understood, as corrected on the page (blank keeps what it found).
    fixes = {name: value for name in ("name", "headline") if (value := text_field(form, name, name, 1_000))}
    profile = kept.profile.model_copy(update=fixes) if fixes else kept.profile

    def store() -> int:
        from infoview_ai.tracker.contacts import add_contact, save_draft

        contact_id = add_contact(profile, kept.bio_text, company, industry, force=force)
        for kind, body, channel in kept.drafts:
            save_draft(contact_id, kind, body, channel)
        return contact_id

    contact_id = await run_in_threadpool(store)
    return RedirectResponse(f"/contacts/{contact_id}?saved=1", status_code=303)
