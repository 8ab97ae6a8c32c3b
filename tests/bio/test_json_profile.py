"""Structured profiles: JSON Resume and scraper/API profile JSON map onto the same Profile."""

from __future__ import annotations

import json

import pytest

from infoview_ai.bio import bio_text_for, detect_format, parse_bio

JSON_RESUME = {
    "basics": {
        "name": "Rafaela Nakamura-Holt",
        "label": "Clinical Data Manager at Veridian Trials",
        "email": "rafaela.nh@example.net",
        "phone": "(555) 010-4477",
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
            "summary": "Owns the data review plan.",
            "highlights": ["Cut query turnaround from 9 to 3 days"],
        },
        {
            "company": "Almada Biologics",
            "position": "Data Coordinator",
            "startDate": "2017-09",
            "endDate": "2021-03",
        },
    ],
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

SCRAPER = {
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
            "location": "Aarhus, Denmark",
            "description": "Storage dispatch models.",
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
            "starts_at": {"day": 1, "month": 9, "year": 2016},
            "ends_at": {"day": 30, "month": 6, "year": 2018},
        }
    ],
    "skills": ["Python", "Power markets"],
}


def test_json_resume():
    text = json.dumps(JSON_RESUME)
    assert detect_format(text).name == "json_resume"
    profile = parse_bio(text)
    assert profile.source_format == "json_resume"
    assert (profile.name, profile.headline, profile.location) == (
        "Rafaela Nakamura-Holt",
        "Clinical Data Manager at Veridian Trials",
        "Porto, Porto District, PT",
    )
    current, past = profile.positions
    assert (current.title, current.company, current.start, current.end) == (
        "Clinical Data Manager",
        "Veridian Trials",
        "2021-04",
        None,
    )
    assert "Cut query turnaround" in current.description
    assert (past.company, past.start, past.end) == ("Almada Biologics", "2017-09", "2021-03")
    school = profile.education[0]
    assert (school.school, school.degree, school.field, school.start, school.end) == (
        "University of Porto",
        "MSc",
        "Biostatistics",
        "2015",
        "2017",
    )
    assert profile.skills == ["CDISC", "SAS"] and profile.languages == ["Portuguese"]
    assert profile.certifications == ["CCDM"]
    assert profile.email == "rafaela.nh@example.net" and profile.phone == "(555) 010-4477"
    assert "https://www.linkedin.com/in/rafaela-nh" in profile.urls


def test_scraper_profile_json():
    text = json.dumps(SCRAPER, ensure_ascii=False)
    assert detect_format(text).name == "profile_json"
    profile = parse_bio(text)
    assert (profile.name, profile.headline, profile.location) == (
        "Kwabena Sørensen",
        "Energy analyst | grid storage",
        "Aarhus, Central Denmark Region, Denmark",
    )
    assert [(p.title, p.company, p.start, p.end) for p in profile.positions] == [
        ("Senior Energy Analyst", "Nordlys Grid", "2022-02", None),
        ("Energy Analyst", "Vestkyst Power", "2018-08", "2022-01"),
    ]
    assert profile.positions[0].location == "Aarhus, Denmark"
    assert profile.education[0].school == "Aarhus University" and profile.education[0].end == "2018-06"
    assert profile.skills == ["Python", "Power markets"]
    assert profile.email == "kwabena@example.dk" and profile.phone == "+45 20 12 34 56"


def test_camel_case_scraper_variant():
    data = {
        "firstName": "Lior",
        "lastName": "Abernethy",
        "headline": "Recruiter",
        "positions": [
            {
                "title": "Technical Recruiter",
                "companyName": "Saltmarsh Labs",
                "timePeriod": {"startDate": {"year": 2020, "month": 5}},
            }
        ],
    }
    profile = parse_bio(json.dumps(data))
    assert profile.name == "Lior Abernethy"
    assert (profile.positions[0].company, profile.positions[0].start) == ("Saltmarsh Labs", "2020-05")


@pytest.mark.parametrize("data", [JSON_RESUME, SCRAPER])
def test_bio_text_for_json_is_prose_without_contact_details(data):
    profile = parse_bio(json.dumps(data, ensure_ascii=False))
    text = bio_text_for(profile, json.dumps(data))
    assert profile.name in text and profile.positions[0].company in text
    assert "@" not in text and "{" not in text
    assert (profile.phone or "") not in text


def test_json_that_is_not_a_profile_is_read_as_text():
    assert detect_format('{"colour": "blue"}').name != "json_resume"
    assert detect_format('{"colour": "blue"}').name != "profile_json"
