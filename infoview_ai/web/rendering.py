"""Pages from the templates: one Jinja environment with autoescape on everything, and the error page.

Autoescape is on for every template, whatever its name, so a bio holding `<script>` renders as text.
"""

from __future__ import annotations

import functools
from pathlib import Path

from starlette.responses import HTMLResponse

from infoview_ai.channels import CHANNELS
from infoview_ai.version import __version__

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


@functools.cache
def environment():
    from jinja2 import Environment, FileSystemLoader

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, not only *.html: nothing user-supplied is ever markup
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    env.filters["id_of"] = id  # actions are keyed by identity: two can share every field
    env.globals["channels"] = CHANNELS
    return env


def render(request, template: str, *, code: int = 200, **values) -> HTMLResponse:
    """A page, with the form token every form on it carries."""
    guard = request.app.state.guard
    page = environment().get_template(template).render(csrf=guard.csrf_token(), **values)
    return HTMLResponse(page, status_code=code)


def error_page(status: int, title: str, message: str) -> HTMLResponse:
    """The same words the command line prints, as a page (never a traceback); no form, so no token."""
    from infoview_ai.guards.redaction import redact

    page = environment().get_template("error.html").render(title=title, message=redact(message), csrf="")
    return HTMLResponse(page, status_code=status)


# The status a domain error is shown with: the server's fault (a model that failed) is a 502, the rest
# (a bad bio, no key for the LLM engine, a check) are the request's, 400.
ERROR_TITLES = {400: "That did not work", 502: "The model did not answer"}


def domain_error(exc) -> tuple[int, str, str]:
    """(status, title, message) for an InfoviewError: the message is the one the command line prints."""
    from infoview_ai.errors import EngineError
    from infoview_ai.guards.redaction import redact
    from infoview_ai.guards.safe_text import printable

    status = 502 if isinstance(exc, EngineError) else 400
    return status, ERROR_TITLES[status], redact(printable(str(exc)))


def unexpected_message(exc: Exception) -> str:
    return (
        f"Unexpected {type(exc).__name__}. This is a bug in infoview: the command line with "
        "INFOVIEW_DEBUG=1 shows the details."
    )
