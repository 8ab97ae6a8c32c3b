"""Type-fuzzed JSON profiles: each recognised shape with fields swapped for values of a wrong type.

The shapes are the ones ``bio/json_profile.py`` reads (FORMATS.md): JSON Resume, Proxycurl, LinkedIn's
own API, linkedin-scraper, and a company with its roles grouped under it. A document is one of them with
some of its values (at any depth) replaced by a string, number, boolean, null, list or object of random
content, nested a few levels, the way exports and hand edits get it wrong.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

JSON_RESUME = {
    "basics": {
        "name": "Rafaela Nakamura-Holt",
        "label": "Clinical Data Manager at Veridian Trials",
        "email": "rafaela.nh@example.net",
        "url": "https://rafaela.example.net",
        "summary": "I keep multi-site trials' data clean.",
        "location": {"city": "Porto", "region": "Porto District", "countryCode": "PT"},
        "profiles": [{"network": "LinkedIn", "url": "https://www.linkedin.com/in/rafaela-nh"}],
    },
    "work": [
        {
            "name": "Veridian Trials",
            "position": "Clinical Data Manager",
            "startDate": "2021-04-01",
            "highlights": ["Cut query turnaround from 9 to 3 days"],
        },
        {
            "company": "Almada Biologics",
            "position": "Data Coordinator",
            "startDate": "2017-09",
            "endDate": "2021-03",
        },
    ],
    "volunteer": [{"organization": "Code Club", "position": "Mentor", "startDate": "2019"}],
    "education": [
        {
            "institution": "University of Porto",
            "studyType": "MSc",
            "area": "Biostatistics",
            "startDate": "2015",
            "endDate": "2017",
        }
    ],
    "skills": [{"name": "CDISC", "keywords": ["SDTM"]}, {"name": "SAS"}],
    "languages": [{"language": "Portuguese", "fluency": "Native"}],
    "certificates": [{"name": "CCDM", "issuer": "SCDM"}],
}

PROXYCURL = {
    "full_name": "Kwabena Sørensen",
    "headline": "Energy analyst | grid storage",
    "city": "Aarhus",
    "state": "Central Denmark Region",
    "country_full_name": "Denmark",
    "summary": "Models battery dispatch for utilities.",
    "personal_emails": ["kwabena@example.dk"],
    "personal_numbers": ["+45 20 12 34 56"],
    "experiences": [
        {
            "title": "Senior Energy Analyst",
            "company": "Nordlys Grid",
            "starts_at": {"day": 1, "month": 2, "year": 2022},
            "ends_at": None,
            "location": "Aarhus",
        },
        {
            "title": "Energy Analyst",
            "company": "Vestkyst Power",
            "starts_at": {"day": 1, "month": 8, "year": 2018},
            "ends_at": {"day": 31, "month": 1, "year": 2022},
        },
    ],
    "education": [
        {
            "school": "Aarhus University",
            "degree_name": "Master of Science",
            "field_of_study": "Economics",
            "starts_at": {"month": 9, "year": 2016},
            "ends_at": {"month": 6, "year": 2018},
        }
    ],
    "skills": ["Python", "Power markets"],
    "certifications": [{"name": "PRINCE2"}],
}

LINKEDIN_API = {
    "firstName": "Lior",
    "lastName": "Abernethy",
    "headline": "Recruiter",
    "locationName": "Leeds, United Kingdom",
    "positions": [
        {
            "title": "Technical Recruiter",
            "companyName": "Saltmarsh Labs",
            "timePeriod": {"startDate": {"year": 2020, "month": 5}},
        },
        {
            "title": "Recruitment Coordinator",
            "companyName": "Ferngate",
            "timePeriod": {"startDate": {"year": 2017, "month": 1}, "endDate": {"year": 2020, "month": 4}},
        },
    ],
    "educations": [{"schoolName": "University of Leeds", "degreeName": "BA", "fieldOfStudy": "Psychology"}],
}

LINKEDIN_SCRAPER = {
    "name": "Amara Oyelaran-Quist",
    "job_title": "Product Designer",
    "company": "Brightwater",
    "experiences": [
        {
            "position_title": "Product Designer",
            "institution_name": "Brightwater",
            "from_date": "Mar 2021",
            "to_date": "Present",
            "duration": "3 yrs",
        },
        {
            "position_title": "UX Researcher",
            "institution_name": "Kelpwise",
            "date_range": "Jan 2018 - Feb 2021 · 3 yrs 2 mos",
        },
    ],
    "educations": [{"institution_name": "RISD", "degree": "BFA", "from_date": "2013", "to_date": "2017"}],
}

GROUPED = {
    "name": "Tomasz Ekwueme",
    "headline": "Engineering manager",
    "experience": [
        {
            "company": {"name": "Halcyon Freight", "url": "https://halcyon.example"},
            "positions": [
                {"title": "Engineering Manager", "start_date": "2022-01"},
                {"title": "Senior Engineer", "start_date": "2019-06", "end_date": "2021-12"},
            ],
        },
    ],
    "languages": ["Polish", "English"],
}

SHAPES = {
    "json_resume": JSON_RESUME,
    "proxycurl": PROXYCURL,
    "linkedin_api": LINKEDIN_API,
    "linkedin_scraper": LINKEDIN_SCRAPER,
    "grouped": GROUPED,
}

# Values people and tools actually put where a string or a date belongs, besides random ones.
AWKWARD_TEXT = [
    "",
    " ",
    "Present",
    "present",
    "2019-present",
    "Jan 2020",
    "2019-09-15",
    "09/2019",
    "Sept. 2019",
    "Sep",
    "09",
    "nineteen",
    "null",
    "N/A",
    "2019",
    "0",
    "-1",
    "9999",
    "2019-13",
    "13/2019",
    "Mar 2021 - Present",
    "\u202eevil",
    "\x1b[31mred",
]
AWKWARD_NUMBERS = [0, -1, 9, 2019, 99999, 10**20, 1.5, 2019.0, -0.0, 1e308, float("inf")]

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from(AWKWARD_NUMBERS),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(AWKWARD_TEXT),
    st.text(max_size=12),
)
WRONG_VALUES = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["name", "year", "month", "title", "start", "x"]), inner, max_size=4),
    ),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in ``value`` a value sits: keys of objects, indexes of lists."""
    found: list[tuple] = []
    children = (
        value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    )
    for key, child in children:
        found.append((*prefix, key))
        found += paths(child, (*prefix, key))
    return found


def _replace(document: Any, path: tuple, value: Any) -> None:
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


@st.composite
def fuzzed_profiles(draw, shape: str | None = None) -> Any:
    """One shape with one to six of its values (at any depth) replaced by a value of a random type."""
    name = shape or draw(st.sampled_from(sorted(SHAPES)))
    document = copy.deepcopy(SHAPES[name])
    for _ in range(draw(st.integers(1, 6))):
        places = paths(document)
        if not places:
            break
        place = draw(st.sampled_from(places))
        try:
            _replace(document, place, draw(WRONG_VALUES))
        except (KeyError, IndexError, TypeError):  # an earlier swap removed the place
            continue
    return document
