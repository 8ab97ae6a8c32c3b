"""Structured profiles: JSON Resume, and the profile JSON that scrapers and profile APIs return.

* JSON Resume (jsonresume.org): ``basics.name/label/location``, ``work[].name/position/startDate``,
  ``education[].institution/studyType/area``, ``skills[].name``.
* Scraper/API JSON: ``full_name``, ``headline``, ``city``/``country_full_name``,
  ``experiences[].title/company/starts_at {day, month, year}/ends_at``, ``education[].school/degree_name/
  field_of_study``, ``skills``. A few common spellings (``fullName``, ``companyName``, ``startDate``) too.

Both are detected by content. Contact details go to the Profile's contact fields, never into ``about``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from infoview_ai.context import Education, Position, Profile
from infoview_ai.dates import parse_date

__all__ = ["looks_like_json_resume", "looks_like_profile_json", "parse_json_resume", "parse_profile_json"]

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?(?:T.*)?$")


def _load(text: str) -> dict | None:
    stripped = text.strip()
    if not stripped.startswith("{"):
        return None
    try:
        data = json.loads(stripped)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def looks_like_json_resume(text: str) -> bool:
    data = _load(text)
    return bool(data) and isinstance(data.get("basics"), dict)


def looks_like_profile_json(text: str) -> bool:
    data = _load(text)
    if not data:
        return False
    names = {"full_name", "fullName", "first_name", "firstName", "name"}
    roles = {"experiences", "experience", "positions"}
    return bool(names & data.keys()) and bool(roles & data.keys() or {"headline", "occupation"} & data.keys())


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> str | None:
    """ "2019-09-01" / "2019-09" / "2019" / {"year": 2019, "month": 9} / "Sep 2019" -> "2019-09"."""
    if isinstance(value, dict):
        year = value.get("year")
        month = value.get("month")
        if not year:
            return None
        return f"{int(year):04d}-{int(month):02d}" if month else f"{int(year):04d}"
    text = _str(value)
    if not text:
        return None
    if match := _ISO_DATE.match(text):
        year, month = match.group(1), match.group(2)
        return f"{year}-{int(month):02d}" if month else year
    return parse_date(text)


def _place(*parts: Any) -> str | None:
    values = [text for part in parts if (text := _str(part))]
    return ", ".join(dict.fromkeys(values)) or None


def _names(items: Any, *keys: str) -> list[str]:
    """Plain strings, or the first present key of each object (skills, languages, certificates)."""
    found: list[str] = []
    for item in items or []:
        if isinstance(item, str):
            value = _str(item)
        elif isinstance(item, dict):
            value = next((text for key in keys if (text := _str(item.get(key)))), None)
        else:
            value = None
        if value and value not in found:
            found.append(value)
    return found


def _newest_first(positions: list[Position]) -> list[Position]:
    current = [p for p in positions if p.end is None and p.start]
    rest = sorted((p for p in positions if p not in current and p.start), key=lambda p: p.start or "")
    return (
        sorted(current, key=lambda p: p.start or "", reverse=True)
        + rest[::-1]
        + [p for p in positions if not p.start]
    )


def _description(item: dict) -> str:
    text = _str(item.get("summary")) or _str(item.get("description")) or ""
    highlights = [h for h in item.get("highlights") or [] if isinstance(h, str) and h.strip()]
    if highlights:
        text = "\n".join([text, *[f"- {h.strip()}" for h in highlights]]).strip()
    return text


def parse_json_resume(text: str) -> Profile:
    data = _load(text) or {}
    basics = data.get("basics") or {}
    location = basics.get("location") or {}
    profile = Profile(
        name=_str(basics.get("name")),
        headline=_str(basics.get("label")),
        location=_place(location.get("city"), location.get("region"), location.get("countryCode"))
        if isinstance(location, dict)
        else _str(location),
        about=_str(basics.get("summary")) or "",
        email=_str(basics.get("email")),
        phone=_str(basics.get("phone")),
        source_format="json_resume",
    )
    profile.urls = [u for u in [_str(basics.get("url"))] + _names(basics.get("profiles"), "url") if u]

    def role(item: dict, org_keys: tuple[str, ...]) -> Position:
        return Position(
            title=_str(item.get("position")) or "",
            company=next((t for key in org_keys if (t := _str(item.get(key)))), ""),
            start=_date(item.get("startDate")),
            end=_date(item.get("endDate")),
            location=_str(item.get("location")),
            description=_description(item),
        )

    profile.positions = _newest_first([role(w, ("name", "company")) for w in data.get("work") or []])
    profile.volunteering = [role(v, ("organization", "name")) for v in data.get("volunteer") or []]
    profile.education = [
        Education(
            school=_str(e.get("institution")) or "",
            degree=_str(e.get("studyType")),
            field=_str(e.get("area")),
            start=_date(e.get("startDate")),
            end=_date(e.get("endDate")),
        )
        for e in data.get("education") or []
        if _str(e.get("institution"))
    ]
    profile.skills = _names(data.get("skills"), "name")
    profile.languages = _names(data.get("languages"), "language", "name")
    profile.certifications = _names(data.get("certificates"), "name")
    return profile


def _first(item: dict, *keys: str) -> Any:
    return next((item[key] for key in keys if item.get(key) not in (None, "", [], {})), None)


def _company(item: dict) -> str:
    value = _first(item, "company", "company_name", "companyName", "organization")
    if isinstance(value, dict):
        value = value.get("name")
    return _str(value) or ""


def _span(item: dict) -> tuple[str | None, str | None]:
    period = item.get("timePeriod") or item.get("date_range") or {}
    start = _first(item, "starts_at", "start_date", "startDate", "start") or (period.get("startDate"))
    end = _first(item, "ends_at", "end_date", "endDate", "end") or (period.get("endDate"))
    if isinstance(end, str) and end.strip().lower() in {"present", "now", "current"}:
        end = None
    return _date(start), _date(end)


def parse_profile_json(text: str) -> Profile:
    data = _load(text) or {}
    name = _str(_first(data, "full_name", "fullName", "name"))
    if not name:
        name = _place(_first(data, "first_name", "firstName"), _first(data, "last_name", "lastName"))
        name = name.replace(", ", " ") if name else None
    location = _str(_first(data, "location", "locationName", "geoLocationName"))
    if location is None:
        location = _place(data.get("city"), data.get("state"), _first(data, "country_full_name", "country"))
    profile = Profile(
        name=name,
        headline=_str(_first(data, "headline", "occupation", "title")),
        location=location,
        about=_str(_first(data, "summary", "about")) or "",
        source_format="profile_json",
    )
    emails = _first(data, "personal_emails", "emails", "email")
    phones = _first(data, "personal_numbers", "phone_numbers", "phone")
    profile.email = _str(emails[0] if isinstance(emails, list) else emails)
    profile.phone = _str(phones[0] if isinstance(phones, list) else phones)
    profile.urls = [u for u in [_str(_first(data, "public_identifier_url", "linkedin_url", "url"))] if u]

    def role(item: dict) -> Position:
        start, end = _span(item)
        return Position(
            title=_str(_first(item, "title", "position", "role")) or "",
            company=_company(item),
            start=start,
            end=end,
            location=_str(_first(item, "location", "locationName")),
            employment_type=_str(_first(item, "employment_type", "employmentType")),
            description=_str(item.get("description")) or "",
        )

    roles = _first(data, "experiences", "experience", "positions") or []
    profile.positions = _newest_first([role(item) for item in roles if isinstance(item, dict)])
    volunteering = _first(data, "volunteer_work", "volunteering", "volunteer") or []
    profile.volunteering = [role(item) for item in volunteering if isinstance(item, dict)]
    for item in _first(data, "education", "educations") or []:
        school = _str(_first(item, "school", "schoolName", "institution")) if isinstance(item, dict) else None
        if not school:
            continue
        start, end = _span(item)
        profile.education.append(
            Education(
                school=school,
                degree=_str(_first(item, "degree_name", "degreeName", "degree")),
                field=_str(_first(item, "field_of_study", "fieldOfStudy", "field")),
                start=start,
                end=end,
            )
        )
    profile.skills = _names(data.get("skills"), "name")
    profile.languages = _names(data.get("languages"), "name", "language")
    profile.certifications = _names(data.get("certifications"), "name")
    return profile
