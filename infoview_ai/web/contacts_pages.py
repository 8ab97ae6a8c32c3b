"""The Contacts pages: the pipeline as columns by status, one person's page, logging an event, what is
due, and the CSV and calendar downloads, all from the tracker the `contacts` commands use.
"""

from __future__ import annotations

from datetime import date, timedelta

from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from infoview_ai.errors import InputError
from infoview_ai.tracker.events import EVENT_KINDS, STATUSES
from infoview_ai.web.forms import read_form, text_field
from infoview_ai.web.rendering import render

PER_PAGE = 60  # contacts on one page of the pipeline: 10,000 contacts are 167 pages, each fast
WEEK = 7


def _page_number(request) -> int:
    raw = request.query_params.get("page", "1")
    return int(raw) if raw.isdigit() and 0 < int(raw) < 1_000_000 else 1


async def contacts_page(request):
    """The pipeline in columns by status, one page of contacts at a time (or one status's); the count on
    each column is the whole pipeline's, not the page's."""
    from infoview_ai.tracker.listing import list_page, status_counts

    page = _page_number(request)
    wanted = request.query_params.get("status")
    status = wanted if wanted in STATUSES else None
    today = date.today()

    def load():
        return list_page(status=status, limit=PER_PAGE, page=page, as_of=today), status_counts(today)

    listed, counts = await run_in_threadpool(load)
    columns = {name: [] for name in STATUSES}
    for contact in listed.contacts:
        columns[contact.status(today)].append(contact)
    pages = max(1, -(-listed.total // PER_PAGE))
    return render(
        request,
        "contacts.html",
        columns=[(name, found) for name, found in columns.items() if found],
        counts=counts,
        status=status,
        everyone=sum(counts.values()),
        total=listed.total,
        page=page,
        pages=pages,
        first=listed.offset + 1,
        last=listed.offset + len(listed.contacts),
    )


def when_label(action, day: date) -> str:
    """The same words as `infoview due`: overdue, today, by a day, from a day."""
    from infoview_ai.tracker.status import show_day

    if action.overdue_days(day):
        return f"overdue {action.overdue_days(day)}d"
    if action.starts > day:
        return f"from {show_day(action.starts)}"
    return "today" if action.deadline == day else f"by {show_day(action.deadline)}"


def _due(day: date) -> list:
    from infoview_ai.tracker.listing import active
    from infoview_ai.tracker.planned import with_planned
    from infoview_ai.tracker.reminders import due

    timed, colleagues = active(day)
    return with_planned(due(timed, day, ahead_days=WEEK, colleagues=colleagues), day, WEEK)


async def due_page(request):
    day = date.today()
    actions = await run_in_threadpool(_due, day)
    now = [a for a in actions if a.starts <= day]
    week = [a for a in actions if day < a.starts <= day + timedelta(days=WEEK)]
    label = {id(a): when_label(a, day) for a in actions}
    return render(request, "due.html", now=now, week=week, label=label)


def _contact_id(request) -> int:
    raw = request.path_params["contact_id"]
    return int(raw)


async def person_page(request):
    from infoview_ai.tracker.contacts import get_contact
    from infoview_ai.tracker.listing import colleagues_of_one
    from infoview_ai.tracker.reminders import actions_for

    day = date.today()

    def load():
        contact = get_contact(_contact_id(request))
        return contact, actions_for(contact, day, colleagues_of_one(contact))

    contact, actions = await run_in_threadpool(load)
    return render(
        request,
        "person.html",
        contact=contact,
        status=contact.status(day),
        actions=actions,
        label={id(a): when_label(a, day) for a in actions},
        events=EVENT_KINDS,
        saved=request.query_params.get("saved") == "1",
        logged=request.query_params.get("logged", ""),
        drafts=[(d, _draft_text(d.body)) for d in contact.drafts],
    )


def _draft_text(body: dict) -> str:
    """A saved draft as the text to copy: its subject and body, or its Markdown for a brief or questions."""
    if isinstance(body.get("body"), str):
        subject = body.get("subject")
        return (f"Subject: {subject}\n\n" if subject else "") + body["body"]
    from infoview_ai.kinds import artifact_from_json

    try:
        return artifact_from_json(body.get("kind", ""), body).to_markdown()
    except Exception:  # a draft an older infoview stored in another shape: show it, do not fail the page
        return str(body)


async def log_event(request):
    """`contacts log ID EVENT --at WHEN --note TEXT`, from a form."""
    from infoview_ai.tracker.contacts import log_event as log

    form = await read_form(request)
    contact_id = _contact_id(request)
    kind = form.get("event") or ""
    if kind not in EVENT_KINDS:
        raise InputError(f"Unknown event {kind[:30]!r}: use one of {', '.join(EVENT_KINDS)}.")
    when = text_field(form, "at", "time", 100) or None
    note = text_field(form, "note", "note")
    await run_in_threadpool(log, contact_id, kind, when, note)
    return RedirectResponse(f"/contacts/{contact_id}?logged={kind}", status_code=303)


def _export(which: str, day: date) -> str:
    from infoview_ai.tracker.export import contacts_csv, contacts_ics
    from infoview_ai.tracker.listing import active, plain_rows
    from infoview_ai.tracker.planned import planned_actions

    timed, colleagues = active(day)
    if which == "csv":
        return contacts_csv(timed, day, colleagues, plain_rows())
    return contacts_ics(timed, day, call_minutes=20, colleagues=colleagues, planned=planned_actions(day))


async def export_csv(request):
    text = await run_in_threadpool(_export, "csv", date.today())
    return Response(
        text.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="infoview-contacts.csv"'},
    )


async def export_ics(request):
    text = await run_in_threadpool(_export, "ics", date.today())
    return Response(
        text.encode("utf-8"),
        media_type="text/calendar; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="infoview.ics"'},
    )
