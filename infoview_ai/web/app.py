"""The Starlette app behind `infoview serve`: its routes, its guard, and errors shown as pages.

Nothing here decides anything about a bio or a draft: the routes call inputs, generation, the trust
checks and the tracker, exactly as the commands do.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from infoview_ai.errors import InfoviewError
from infoview_ai.web.contacts_pages import (
    contacts_page,
    due_page,
    export_csv,
    export_ics,
    log_event,
    person_page,
)
from infoview_ai.web.forms import PreparedStore
from infoview_ai.web.prepare import prepare, prepare_form, save_contact, save_me
from infoview_ai.web.rendering import STATIC, domain_error, error_page, unexpected_message
from infoview_ai.web.security import TOO_BIG, BodyTooLarge, Guard, GuardMiddleware
from infoview_ai.web.settings_page import settings_page
from infoview_ai.web.streaming import stream


def _domain_error(request, exc: InfoviewError):
    return error_page(*domain_error(exc))


def _http_error(request, exc: HTTPException):
    messages = {404: "There is no such page here.", 405: "That page does not take this kind of request."}
    text = messages.get(exc.status_code) or str(exc.detail)
    return error_page(exc.status_code, "Not here" if exc.status_code == 404 else "Refused", text)


def _too_big(request, exc: BodyTooLarge):
    return error_page(413, "Too large", TOO_BIG)


def _unexpected(request, exc: Exception):
    return error_page(500, "Something went wrong", unexpected_message(exc))


def _value_error(request, exc: ValueError):
    """A contact id that is not a number in the address, for one."""
    return error_page(400, "That did not work", "That address or form value is not valid.")


def create_app(guard: Guard) -> Starlette:
    routes = [
        Route("/", prepare_form),
        Route("/prepare", prepare, methods=["POST"]),
        Route("/stream", stream, methods=["POST"]),
        Route("/me", save_me, methods=["POST"]),
        Route("/contacts", contacts_page),
        Route("/contacts/save", save_contact, methods=["POST"]),
        Route("/contacts/due", due_page),
        Route("/contacts/export.csv", export_csv),
        Route("/contacts/export.ics", export_ics),
        Route("/contacts/{contact_id:int}", person_page),
        Route("/contacts/{contact_id:int}/log", log_event, methods=["POST"]),
        Route("/settings", settings_page),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(GuardMiddleware, guard=guard, refuse=error_page)],
        exception_handlers={
            InfoviewError: _domain_error,
            HTTPException: _http_error,
            BodyTooLarge: _too_big,
            ValueError: _value_error,
            Exception: _unexpected,
        },
    )
    app.state.guard = guard
    app.state.prepared = PreparedStore()
    return app
