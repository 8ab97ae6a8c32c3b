"""Structured profiles: JSON Resume, and the profile JSON that scrapers and profile APIs return.

* JSON Resume (jsonresume.org): ``basics.name/label/location``, ``work[].name/position/startDate``,
  ``education[].institution/studyType/area``, ``skills[].name``.
* Scraper/API JSON, in the shapes the common tools write: Proxycurl (``full_name``, ``city``/``state``/
  ``country_full_name``, ``experiences[].title/company/starts_at {day, month, year}``,
  ``education[].school``); LinkedIn's own API (``firstName``/``lastName``, ``locationName``,
  ``positions[].title/companyName/timePeriod {startDate, endDate}``, ``educations[].schoolName``);
  linkedin-scraper (``name``, ``experiences[].position_title/institution_name/from_date "Mar 2021"/
  to_date "Present"``). Other spellings are read too (``company_name``, ``job_title``, ``date_range``).

Both are detected by content. Roles keep the order the document lists them: that order is the person's
(LinkedIn's too), and ``career.current_role`` picks the main job from it. Contact details go to the
Profile's contact fields, never into ``about``. A value of the wrong type is ignored, never raised on.
"""

from __future__ import annotations

import json
from typing import Any

from infoview_ai.bio.json_shapes import (
    MAX_ENTRIES,
    dropped,
    first,
    first_text,
    items,
    joined,
    place,
    reading,
    span,
    text,
)
from infoview_ai.bio.limits import MAX_JSON_DEPTH
from infoview_ai.context import Education, Position, Profile
from infoview_ai.errors import BioError

__all__ = [
    "TOO_DEEP_MESSAGE",
    "load_json",
    "looks_like_json_resume",
    "looks_like_profile_json",
    "parse_json_resume",
    "parse_profile_json",
]

TOO_DEEP_MESSAGE = (
    f"The bio is JSON nested more than {MAX_JSON_DEPTH} levels deep, deeper than any profile: "
    "export it again."
)

# Key spellings, most specific first. A role's "name" is its company only in JSON Resume.
_NAME_KEYS = ("full_name", "fullName", "name")
_FIRST_NAME_KEYS = ("first_name", "firstName")
_LAST_NAME_KEYS = ("last_name", "lastName")
_ROLE_LIST_KEYS = (
    *("experiences", "experience", "positions", "work_experience", "workExperience"),
    *("employment_history", "employmentHistory", "jobs"),
)
_SCHOOL_LIST_KEYS = ("education", "educations", "schools", "education_history", "educationHistory")
_TITLE_KEYS = ("title", "position_title", "positionTitle", "job_title", "jobTitle", "position", "role")
_COMPANY_KEYS = (
    *("company", "company_name", "companyName", "institution_name", "organization", "organisation"),
    *("employer", "employer_name", "employerName"),
)
_SCHOOL_KEYS = (
    *("school", "schoolName", "school_name", "institution", "institution_name", "institutionName"),
    *("university", "college", "name"),
)
_DEGREE_KEYS = ("degree_name", "degreeName", "degree", "studyType")
_FIELD_KEYS = ("field_of_study", "fieldOfStudy", "field", "area", "major")


def _depth(data: Any) -> int:
    """How deep ``data`` nests, without recursion (a hostile file must not exhaust the stack)."""
    deepest, level = 0, [data]
    while level:
        deepest += 1
        if deepest > MAX_JSON_DEPTH:
            return deepest
        level = [
            c for v in level if isinstance(v, dict | list) for c in (v.values() if isinstance(v, dict) else v)
        ]
    return deepest - 1


def _children(value: Any) -> Any:
    return value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()


def load_json(text_: str) -> Any:
    """``text_`` parsed as JSON, refusing nesting beyond MAX_JSON_DEPTH with a BioError that names the cap;
    a syntax error stays a ValueError. Linear in the size of the text."""
    try:
        data = json.loads(text_)
    except RecursionError as exc:  # deeper than the C parser's own stack guard
        raise BioError(TOO_DEEP_MESSAGE) from exc
    if _depth(data) > MAX_JSON_DEPTH:
        raise BioError(TOO_DEEP_MESSAGE)
    return data


def _load(text_: str) -> dict | None:
    stripped = text_.strip()
    if not stripped.startswith("{"):
        return None
    try:
        data = load_json(stripped)
    except (ValueError, BioError):  # parse_bio names these problems before any format is tried
        return None
    return data if isinstance(data, dict) else None


def looks_like_json_resume(text_: str) -> bool:
    data = _load(text_)
    return bool(data) and isinstance(data.get("basics"), dict)


def looks_like_profile_json(text_: str) -> bool:
    data = _load(text_)
    if not data:
        return False
    names = {*_NAME_KEYS, *_FIRST_NAME_KEYS}
    return bool(names & data.keys()) and bool({*_ROLE_LIST_KEYS, "headline", "occupation"} & data.keys())


def _dicts(value: Any) -> list[dict]:
    """The objects of a list (``"work": "Acme"`` has none: noted as dropped)."""
    found = items(value)
    for element in found:
        if not isinstance(element, dict) and element not in (None, ""):
            dropped("entry", element)
    return [element for element in found if isinstance(element, dict)]


def _names(value: Any, *keys: str) -> list[str]:
    """Plain strings, or the first present key of each object (skills, languages, certificates)."""
    found: list[str] = []
    for element in items(value):
        name = first_text(element, *keys) if isinstance(element, dict) else text(element)
        if name and name not in found:
            found.append(name)
    return found


def _description(item: dict) -> str:
    """The role's prose, then its highlights as bullets."""
    prose = first_text(item, "summary", "description") or ""
    bullets = [f"- {line}" for line in _names(item.get("highlights"))]
    return "\n".join([prose, *bullets]).strip()


def _company(item: dict, keys: tuple[str, ...] = _COMPANY_KEYS) -> str:
    """The company as text, or the name of a company object (``{"name": "Acme", "url": ...}``)."""
    for key in keys:
        value = item.get(key)
        name = first_text(value, "name", "companyName") if isinstance(value, dict) else text(value)
        if name:
            return name
    return ""


def _role(item: dict, title_keys: tuple[str, ...], company_keys: tuple[str, ...]) -> Position:
    start, end = span(item)
    return Position(
        title=first_text(item, *title_keys) or "",
        company=_company(item, company_keys),
        start=start,
        end=end,
        location=place(first(item, "location", "locationName", "location_name")),
        employment_type=first_text(item, "employment_type", "employmentType"),
        description=_description(item),
    )


def _school(item: dict) -> Education | None:
    school = _company(item, _SCHOOL_KEYS)
    if not school:
        return None
    start, end = span(item)
    return Education(
        school=school,
        degree=first_text(item, *_DEGREE_KEYS),
        field=first_text(item, *_FIELD_KEYS),
        start=start,
        end=end,
    )


def parse_json_resume(text_: str) -> Profile:
    with reading() as left_out:
        profile = _json_resume(_load(text_) or {})
    profile.warnings += left_out.lines()
    return profile


def _json_resume(data: dict) -> Profile:
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    profile = Profile(
        name=text(basics.get("name")),
        headline=text(basics.get("label")),
        location=place(basics.get("location")),
        about=text(basics.get("summary")) or "",
        email=text(basics.get("email")),
        phone=text(basics.get("phone")),
        source_format="json_resume",
    )
    urls = [first_text(basics, "url", "website"), *_names(basics.get("profiles"), "url")]
    profile.urls = [url for url in urls if url]
    title_keys = ("position", "title")
    profile.positions = [_role(w, title_keys, ("name", "company")) for w in _dicts(data.get("work"))]
    volunteer_keys = ("organization", "name", "company")
    profile.volunteering = [_role(v, title_keys, volunteer_keys) for v in _dicts(data.get("volunteer"))]
    profile.education = [s for e in _dicts(data.get("education")) if (s := _school(e))]
    profile.skills = _names(data.get("skills"), "name")
    profile.languages = _names(data.get("languages"), "language", "name")
    profile.certifications = _names(data.get("certificates"), "name")
    return profile


def _person_name(data: dict) -> str | None:
    return first_text(data, *_NAME_KEYS) or joined(
        " ", first(data, *_FIRST_NAME_KEYS), first(data, *_LAST_NAME_KEYS)
    )


def _location(data: dict) -> str | None:
    """A location as written, else city, state and country joined as given."""
    written = place(first(data, "location", "locationName", "location_name", "geoLocationName"))
    return written or joined(
        ", ",
        first(data, "city"),
        first(data, "state", "region"),
        first(data, "country_full_name", "countryName", "country"),
    )


def _grouped(item: dict) -> list[dict]:
    """A company with its roles under it (``{"company": "Acme", "positions": [...]}``) is one role per
    title, each at that company; any other item is itself."""
    roles = _dicts(first(item, "positions", "roles"))
    if not roles or first_text(item, *_TITLE_KEYS):
        return [item]
    company = _company(item) or first_text(item, "name")
    return [{"company": company, **role} if not _company(role) else role for role in roles]


def _roles(data: dict) -> list[Position]:
    listed = [role for item in _dicts(first(data, *_ROLE_LIST_KEYS)) for role in _grouped(item)]
    positions = [_role(item, _TITLE_KEYS, _COMPANY_KEYS) for item in listed]
    positions = [p for p in positions if p.title or p.company]
    if len(positions) > MAX_ENTRIES:  # companies each with their roles under them
        dropped("cap", f"{len(positions):,} roles")
        del positions[MAX_ENTRIES:]
    if positions:
        return positions
    # linkedin-scraper names the current job at the top ("job_title", "company") even with no history
    title, company = first_text(data, "job_title", "jobTitle"), _company(data)
    return [Position(title=title or "", company=company)] if title else []


def _contact(value: Any) -> str | None:
    """The first readable address of a list, or the value itself."""
    return next((found for element in items(value) if (found := text(element))), None)


def parse_profile_json(text_: str) -> Profile:
    with reading() as left_out:
        profile = _profile_json(_load(text_) or {})
    profile.warnings += left_out.lines()
    return profile


def _profile_json(data: dict) -> Profile:
    profile = Profile(
        name=_person_name(data),
        headline=first_text(data, "headline", "occupation", "title"),
        location=_location(data),
        about=first_text(data, "summary", "about") or "",
        email=_contact(first(data, "personal_emails", "emails", "email")),
        phone=_contact(first(data, "personal_numbers", "phone_numbers", "phones", "phone")),
        source_format="profile_json",
    )
    url = first_text(data, "public_identifier_url", "linkedin_url", "linkedinUrl", "profile_url", "url")
    profile.urls = [url] if url else []
    profile.positions = _roles(data)
    volunteering = _dicts(first(data, "volunteer_work", "volunteering", "volunteer", "volunteer_experiences"))
    profile.volunteering = [_role(item, _TITLE_KEYS, _COMPANY_KEYS) for item in volunteering]
    profile.education = [s for e in _dicts(first(data, *_SCHOOL_LIST_KEYS)) if (s := _school(e))]
    profile.skills = _names(data.get("skills"), "name", "title")
    profile.languages = _names(data.get("languages"), "name", "language")
    profile.certifications = _names(first(data, "certifications", "certificates"), "name", "title")
    return profile
