"""A parsed Profile as a plain-text bio: for prompts and checks built without the original text."""

from __future__ import annotations

from infoview_ai.context import Profile


def profile_as_text(profile: Profile) -> str:
    """A plain-text bio from a parsed Profile, for contexts built without the original text."""
    lines = [value for value in (profile.name, profile.headline, profile.location) if value]
    if profile.about.strip():
        lines += ["", "About", profile.about.strip()]
    for heading, positions in (("Experience", profile.positions), ("Volunteering", profile.volunteering)):
        if positions:
            lines += ["", heading]
        for position in positions:
            dates = f"{position.start or '?'} - {position.end or 'present'}"
            place = f", {position.location}" if position.location else ""
            lines.append(f"{position.title}, {position.company}, {dates}{place}")
            if position.description.strip():
                lines.append(f"  {position.description.strip()}")
    if profile.education:
        lines += ["", "Education"]
    for school in profile.education:
        details = ", ".join(value for value in (school.degree, school.field) if value)
        years = f" ({school.start or '?'} - {school.end or '?'})" if school.start or school.end else ""
        lines.append(f"{school.school}" + (f", {details}" if details else "") + years)
    for heading, items in (
        ("Skills", profile.skills),
        ("Certifications", profile.certifications),
        ("Languages", profile.languages),
    ):
        if items:
            lines += ["", heading, ", ".join(items)]
    return "\n".join(lines).strip()
