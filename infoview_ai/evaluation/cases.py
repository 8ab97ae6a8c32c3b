"""A case folder: the people to write for, and what the user brings to each call.

Naming convention (documented in the README):
- ``NAME.bio.EXT``: the person's bio, any format ``load_profile`` reads (text, markdown, JSON, PDF);
- ``NAME.me.md``, ``NAME.notes.md``, ``NAME.company.md``: the user's background, call notes and company
  notes for that case only;
- ``me.md``, ``notes.md``, ``company.md``: the same, shared by every case that has no file of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from infoview_ai.errors import InputError

DEFAULT_CASES = Path(__file__).resolve().parent / "cases"
AS_OF = date(2026, 12, 2)  # a fixed day: durations and dates in drafts do not drift between runs
BIO_MARK = ".bio."


@dataclass(frozen=True)
class Case:
    name: str
    bio: Path
    me: Path | None
    notes: Path | None
    company: Path | None


def _own_or_shared(folder: Path, name: str, what: str) -> Path | None:
    for candidate in (folder / f"{name}.{what}.md", folder / f"{what}.md"):
        if candidate.is_file():
            return candidate
    return None


def find_cases(folder: str | Path | None = None) -> list[Case]:
    """Every case in ``folder`` (the shipped set when None), sorted by name; an InputError if none."""
    root = Path(folder).expanduser() if folder else DEFAULT_CASES
    if not root.is_dir():
        raise InputError(f"The cases folder {root} does not exist or is not a folder.")
    bios = sorted(p for p in root.iterdir() if p.is_file() and BIO_MARK in p.name)
    if not bios:
        raise InputError(
            f"The cases folder {root} holds no bios: name each one NAME.bio.txt (or .md, .json, .pdf), "
            "with optional NAME.notes.md, NAME.company.md, NAME.me.md or shared me.md/notes.md/company.md."
        )
    cases = []
    for bio in bios:
        name = bio.name.split(BIO_MARK, 1)[0]
        cases.append(
            Case(
                name=name,
                bio=bio,
                me=_own_or_shared(root, name, "me"),
                notes=_own_or_shared(root, name, "notes"),
                company=_own_or_shared(root, name, "company"),
            )
        )
    return cases


DEFAULT_CHANNEL = "linkedin-note"  # the hardest limit (200 characters), so outreach's default


def case_context(case: Case, kind_name: str, channel: str | None = None):
    """The Context for one case and kind, as the drafting commands build it (outreach on ``channel``,
    a LinkedIn note unless told)."""
    from infoview_ai.career import current_role
    from infoview_ai.inputs import build_context, read_text

    extra: dict = {"as_of": AS_OF}
    if kind_name == "outreach":
        extra["channel"] = channel or DEFAULT_CHANNEL
    if kind_name in ("thank_you", "follow_up"):
        extra["channel"] = "email"
        if case.notes:
            extra["call_notes"] = read_text(str(case.notes), "call notes")
    ctx = build_context(
        bio=str(case.bio),
        company_notes=str(case.company) if case.company else None,
        me=str(case.me) if case.me else None,
        **extra,
    )
    if ctx.target.company is None:
        role = current_role(ctx.profile)
        if role and role.company:
            ctx = ctx.model_copy(update={"target": ctx.target.model_copy(update={"company": role.company})})
    return ctx
