"""The last step of every parser: contact details out of the text fields, doubtful fields marked.

E-mail addresses and phone numbers belong in ``Profile.email``/``phone`` only (docs/domain.md §2.5): a contact
line never becomes a name, headline, title or company, and the About keeps no address. What the parser
could not find for a role it did find (its company, its title, its dates) is listed in
``Profile.uncertain``, which ``infoview profile`` shows as **(check)**.
"""

from __future__ import annotations

from infoview_ai.bio.contact_details import scrub
from infoview_ai.bio.limits import MAX_LIST_ENTRIES
from infoview_ai.bio.person_name import split_name
from infoview_ai.context import Education, Position, Profile


def scrub_contacts(profile: Profile) -> None:
    """Remove e-mails and phone numbers from every text field (not from ``email``/``phone``)."""
    profile.name = scrub(profile.name) or None
    profile.headline = scrub(profile.headline) or None
    profile.location = scrub(profile.location) or None
    profile.about = scrub(profile.about, keep_lines=True) or ""
    for position in [*profile.positions, *profile.volunteering]:
        _scrub_position(position)
    for school in profile.education:
        _scrub_school(school)
    profile.skills = [value for value in (scrub(s) for s in profile.skills) if value]
    profile.certifications = [value for value in (scrub(c) for c in profile.certifications) if value]
    profile.languages = [value for value in (scrub(lang) for lang in profile.languages) if value]


def _scrub_position(position: Position) -> None:
    position.title = scrub(position.title) or ""
    position.company = scrub(position.company) or ""
    position.location = scrub(position.location) or None
    position.description = scrub(position.description, keep_lines=True) or ""


def _scrub_school(school: Education) -> None:
    school.school = scrub(school.school) or ""
    school.degree = scrub(school.degree) or None
    school.field = scrub(school.field) or None


def mark_uncertain(profile: Profile) -> None:
    """A role without a company or a title, or with no dates at all, is marked for a person to check."""
    for index, position in enumerate(profile.positions):
        paths = []
        if not position.title:
            paths.append("title")
        if not position.company:
            paths.append("company")
        if not position.start and not position.end:
            paths.append("start")
        for field in paths:
            path = f"positions[{index}].{field}"
            if path not in profile.uncertain:
                profile.uncertain.append(path)


def split_credentials(profile: Profile) -> None:
    """The name without its credentials ("Jane Doe, PhD" -> "Jane Doe"; PhD in ``credentials``)."""
    name, credentials = split_name(profile.name)
    profile.name = name
    profile.credentials += [c for c in credentials if c not in profile.credentials]


def drop_untitled(profile: Profile) -> None:
    """A role is a title at an employer: one without a title would reach a draft as an empty slot
    ("What drew you from to Harborline Bank?"), so it is left out and the person told."""
    for position in profile.positions:
        if not position.title.strip() and position.company.strip():
            profile.warnings.append(f"A role at {position.company} has no title, so it was left out: add it.")
    profile.positions = [p for p in profile.positions if p.title.strip()]


MAX_WARNINGS = 20  # a hostile bio can earn one per line; a person reads a screenful


def cap_lists(profile: Profile) -> None:
    """Keep the newest MAX_LIST_ENTRIES roles, schools and skills, saying so: past that it is not a
    profile a person wrote, and every engine's work on roles grows faster than their number."""
    for field, label in (("positions", "roles"), ("education", "schools"), ("skills", "skills")):
        entries = getattr(profile, field)
        if len(entries) > MAX_LIST_ENTRIES:
            profile.warnings.append(
                f"The bio lists {len(entries):,} {label}; only the first {MAX_LIST_ENTRIES} were read."
            )
            del entries[MAX_LIST_ENTRIES:]


def merge_duplicate_degrees(profile: Profile) -> None:
    """One degree named twice, once by its school and once by its university ("Darden School of Business:
    MBA" and "Darden School of Business at the University of Virginia: MBA"): one entry, the fuller name.
    Only the same degree (and field) counts, and only when one school's name holds the other's."""
    kept: list[Education] = []
    for school in profile.education:
        twin = next((k for k in kept if _same_degree(k, school)), None)
        if twin is None:
            kept.append(school)
            continue
        if len(school.school) > len(twin.school):
            twin.school = school.school
        twin.field = twin.field or school.field
        twin.start, twin.end = twin.start or school.start, twin.end or school.end
    profile.education = kept


def _same_degree(one: Education, other: Education) -> bool:
    if not one.degree or (one.degree or "").lower() != (other.degree or "").lower():
        return False
    if one.field and other.field and one.field.lower() != other.field.lower():
        return False
    if one.end and other.end and one.end != other.end:
        return False
    a, b = one.school.lower(), other.school.lower()
    return a in b or b in a


def finish(profile: Profile) -> Profile:
    cap_lists(profile)
    merge_duplicate_degrees(profile)
    scrub_contacts(profile)
    split_credentials(profile)
    drop_untitled(profile)
    mark_uncertain(profile)
    if len(profile.warnings) > MAX_WARNINGS:
        more = len(profile.warnings) - MAX_WARNINGS + 1
        profile.warnings[MAX_WARNINGS - 1 :] = [f"... and {more} more warnings like these: check the bio."]
    return profile
