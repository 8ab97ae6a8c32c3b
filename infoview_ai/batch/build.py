"""From a Person to a Context, a channel, a stable id and an input hash.

The channel follows the relationship: a 1st-degree connection gets a LinkedIn message (a connection note
is for people you are not connected to); ``--channel`` given by the user wins. The input hash covers
everything a draft is made from (the person's row, their bio file's bytes, the stored contact, the shared
inputs and the engine), so a re-run redoes exactly the people whose inputs changed.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from infoview_ai.batch.people import Person
from infoview_ai.context import Context, Position, Profile, Sender, Target
from infoview_ai.kinds import kind_named

AFTER_CALL = ("thank_you", "follow_up")  # a person's notes are the call notes for these kinds


@dataclass(frozen=True)
class Recipe:
    """What every person's draft shares: the kind, the user, the shared notes and options."""

    kind: str  # a Kind's name: "outreach", "thank_you", "prep"...
    engine: str = "offline"  # "offline" or "llm"
    model: str = ""  # the LLM's model name (part of the input hash)
    sender: Sender = field(default_factory=Sender)
    sender_text: str = ""  # what the Sender was parsed from, for the hash
    company: str | None = None
    company_notes: str = ""
    industry: str | None = None
    minutes: int = 20
    channel: str | None = None  # None: by relationship
    premium: bool = False
    as_of: date = field(default_factory=date.today)
    load_profile: Callable[[str], tuple[Profile, str]] | None = None  # reads a bio file (inputs.py)


def channel_for(recipe: Recipe, person: Person) -> str:
    if recipe.channel:
        return recipe.channel
    if recipe.kind in AFTER_CALL:
        return "email"
    return "linkedin-message" if person.degree == 1 else "linkedin-note"


def slug(text: str, limit: int = 48) -> str:
    """A safe file-name part: ASCII letters, digits and dashes only."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:limit].strip("-") or "person"


def custom_ids(recipe: Recipe, people: list[Person]) -> list[str]:
    """One stable, unique id per person: ``c42-outreach-linkedin-message`` for a contact, else the name and
    company's slug; a second person with the same slug gets ``-2`` (in the order of the input)."""
    kind = recipe.kind.replace("_", "-")
    spec = kind_named(recipe.kind)
    has_channel = spec.prose or bool(spec.parts)  # a brief or a question list goes nowhere
    seen: dict[str, int] = {}
    ids = []
    for person in people:
        who = (
            f"c{person.contact_id}-{slug(person.name, 32)}"
            if person.contact_id is not None
            else slug(" ".join(filter(None, (person.name, person.company))))
        )
        base = f"{who}-{kind}" + (f"-{channel_for(recipe, person)}" if has_channel else "")
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def input_hash(recipe: Recipe, person: Person) -> str:
    """A digest of everything this person's draft is made from (not the day: a re-run tomorrow skips)."""
    digest = hashlib.sha256()
    shared = {
        "kind": recipe.kind,
        "engine": recipe.engine,
        "model": recipe.model,
        "me": recipe.sender_text,
        "company": recipe.company,
        "company_notes": recipe.company_notes,
        "industry": recipe.industry,
        "minutes": recipe.minutes,
        "channel": channel_for(recipe, person),
        "premium": recipe.premium,
    }
    digest.update(json.dumps([shared, person.__dict__], sort_keys=True, default=str).encode())
    if person.bio_path:
        try:
            digest.update(Path(person.bio_path).read_bytes())
        except OSError:
            digest.update(b"unreadable")
    if person.contact_id is not None:
        from infoview_ai.tracker.contacts import load_for_generation

        stored = load_for_generation(person.contact_id)
        digest.update(
            json.dumps(
                [stored.profile.model_dump(mode="json"), stored.bio_text, stored.company, stored.industry],
                sort_keys=True,
            ).encode()
        )
        digest.update(stored.call_notes.encode())
    return digest.hexdigest()[:32]


def _from_text(text: str) -> tuple[Profile, str]:
    from infoview_ai.bio import bio_text_for, parse_bio

    profile = parse_bio(text)
    if profile.source_format == "linkedin_text":
        from infoview_ai.bio import profile_as_text

        return profile, profile_as_text(profile)
    return profile, bio_text_for(profile, text)


def _from_columns(person: Person) -> Profile:
    positions = [Position(title=person.title or "", company=person.company)] if person.company else []
    return Profile(name=person.name, headline=person.title, positions=positions, source_format="csv")


def context_for(recipe: Recipe, person: Person) -> tuple[Context, list[str]]:
    """The Context for one person, and notes for the index (what the draft was made from)."""
    notes: list[str] = []
    extra: dict = {}
    company = recipe.company or person.company
    industry = recipe.industry
    if person.contact_id is not None:
        from infoview_ai.tracker.contacts import load_for_generation

        stored = load_for_generation(person.contact_id)
        profile, bio_text = stored.profile, stored.bio_text
        company = recipe.company or stored.company
        industry = industry or stored.industry
        extra = {"call_notes": stored.call_notes, "first_message": stored.first_message}
        if stored.met_at:
            extra["met_on"] = date.fromisoformat(stored.met_at[:10])
    elif person.bio_path:
        if recipe.load_profile is None:
            raise ValueError("a Recipe with people's bio files needs load_profile")
        profile, bio_text = recipe.load_profile(person.bio_path)
    elif person.bio.strip():
        profile, bio_text = _from_text(person.bio)
    else:
        profile, bio_text = _from_columns(person), ""
        notes.append("no bio: drafted from the name, title and company only")
    if not profile.name and person.name:
        profile = profile.model_copy(update={"name": person.name})
    company_notes = recipe.company_notes
    if person.notes and recipe.kind in AFTER_CALL:
        extra["call_notes"] = person.notes
    elif person.notes:
        company_notes = "\n\n".join(filter(None, (company_notes, person.notes)))
    context = Context(
        profile=profile,
        bio_text=bio_text,
        target=Target(company=company, company_notes=company_notes.strip(), industry=industry),
        sender=recipe.sender,
        minutes=recipe.minutes,
        channel=channel_for(recipe, person),
        premium=recipe.premium,
        as_of=recipe.as_of,
        contact_id=person.contact_id,
        **extra,
    )
    kind_named(recipe.kind)  # an unknown kind fails here, before any work
    return context, notes
