"""Reading a posted form: its size limits, its CSRF token, and the prepare form's fields into a Context.

The page has no rules of its own: the bio goes through ``inputs.profile_from_bytes`` (the same readers and
caps as `--bio`), the rest through ``inputs.build_context``, as the command line does.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from dataclasses import dataclass, field

from infoview_ai.bio.limits import BIO_ADVICE, BIO_CAPS, MAX_PDF_BYTES, MAX_TEXT_BYTES, too_big_message
from infoview_ai.channels import CHANNEL_NAMES
from infoview_ai.errors import InputError

# What the prepare form can make, in the order results are shown: (value, label).
MAKES = (
    ("prep", "Prep pack (brief, questions and a LinkedIn note)"),
    ("brief", "Research brief"),
    ("questions", "Questions"),
    *((f"outreach:{name}", f"Outreach: {name}") for name in CHANNEL_NAMES),
    ("thank_you", "Thank-you (from your call notes)"),
    ("follow_up", "Follow-up (report back)"),
    ("polish", "Polish my draft"),
)
MAKE_VALUES = {value for value, _ in MAKES}
KEPT_PREPARED = 20  # parsed bios kept in memory for "save to contacts"; older ones are forgotten


class FormRefused(InputError):
    """A form without the page's CSRF token: sent by another page, or from before a restart."""


async def read_form(request):
    """The posted form, within the caps (a text field at the text cap, a file at the PDF cap), with its
    CSRF token checked."""
    # Starlette's own part cap sits above ours, so a text past the cap gets infoview's message (text_field);
    # the whole body is bounded by the guard.
    form = await request.form(max_files=2, max_fields=60, max_part_size=2 * MAX_TEXT_BYTES)
    if not request.app.state.guard.csrf_ok(form.get("csrf")):
        raise FormRefused(
            "This form's security token is missing or out of date (infoview serve was restarted, or the "
            "form came from another page). Reload the page and send it again."
        )
    return form


def text_field(form, name: str, what: str, limit: int = MAX_TEXT_BYTES) -> str:
    value = form.get(name) or ""
    if not isinstance(value, str):
        raise InputError(f"{what} should be text, not a file.")
    if len(value.encode("utf-8")) > limit:
        raise InputError(too_big_message(f"The {what}", limit))
    from infoview_ai.guards.safe_text import printable

    return printable(value.replace("\r\n", "\n")).strip()


async def bio_from(form):
    """(Profile, text a model may see, label) from the uploaded file, else the pasted text, else None."""
    from infoview_ai.inputs import profile_from_bytes

    upload = form.get("bio_file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        data = await upload.read(MAX_PDF_BYTES + 1)
        if data:
            name = upload.filename.rsplit("/", 1)[-1][:100]
            return (*profile_from_bytes(data, name), name)
    pasted = form.get("bio_text") or ""
    if isinstance(pasted, str) and len(pasted.encode("utf-8")) > MAX_TEXT_BYTES:
        raise InputError(too_big_message("The pasted bio", MAX_TEXT_BYTES, f"a bio ({BIO_CAPS})", BIO_ADVICE))
    pasted = text_field(form, "bio_text", "pasted bio")
    if pasted:
        return (*profile_from_bytes(pasted.encode("utf-8"), "pasted text"), "pasted text")
    return None


@dataclass
class Prepared:
    """One parsed bio, kept for the "save to contacts" form that follows the results."""

    profile: object
    bio_text: str
    company: str | None
    industry: str | None
    drafts: list = field(default_factory=list)  # (kind name, artifact json, channel)


class PreparedStore:
    """The last few prepared bios, by an unguessable id: the save form names one, not the whole bio."""

    def __init__(self) -> None:
        self._kept: OrderedDict[str, Prepared] = OrderedDict()

    def put(self, prepared: Prepared) -> str:
        key = secrets.token_urlsafe(16)
        self._kept[key] = prepared
        while len(self._kept) > KEPT_PREPARED:
            self._kept.popitem(last=False)
        return key

    def get(self, key: str) -> Prepared:
        found = self._kept.get(key or "")
        if found is None:
            raise InputError(
                "That result is no longer kept (infoview serve was restarted, or many more were made "
                "since): prepare it again, then save."
            )
        return found


def minutes_from(form) -> int:
    raw = (form.get("minutes") or "20").strip()
    if not raw.isdigit() or not 5 <= int(raw) <= 120:
        raise InputError(f"Minutes must be a whole number from 5 to 120, not {raw[:20]!r}.")
    return int(raw)


def makes_from(form) -> list[str]:
    chosen = [value for value in form.getlist("make") if value in MAKE_VALUES]
    if not chosen:
        raise InputError("Choose at least one thing to make (a prep pack, questions, an outreach draft...).")
    return [value for value, _ in MAKES if value in chosen]
