"""LinkedIn "Save to PDF" exports: each quirk of docs/domain.md §2, on PDFs generated for invented people."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from pdf_fixtures import build_current, build_legacy, build_plain  # noqa: E402

from infoview_ai.bio import is_pdf  # noqa: E402
from infoview_ai.bio.contact_details import join_contact_lines, split_contacts  # noqa: E402
from infoview_ai.bio.pdf import parse_pdf  # noqa: E402
from infoview_ai.bio.pdf.common import parse_pdf_dates  # noqa: E402
from infoview_ai.bio.pdf.layout import MAIN, SIDEBAR, read_pdf_text  # noqa: E402
from infoview_ai.errors import BioError, InputError  # noqa: E402
from infoview_ai.inputs import load_profile  # noqa: E402

SUMMARY = (
    "I run the reliability group at Quillfeather Freight. Before that I spent six years on warehouse "
    "robotics, which is where I learned to love boring infrastructure.\n\n"
    "Happy to talk about moving from hardware into platform work."
)

CURRENT = {
    "name": "Tomasz Wierzbicki-Aaltonen",
    "headline": "Director of Site Reliability at Quillfeather Freight | Incident response, capacity "
    "planning and on-call that people do not dread",
    "location": "Tampere, Pirkanmaa, Finland",
    "contact": {
        "phone": "+358 40 123 4567 (Mobile)",
        "email": "tomasz.wierzbicki.aaltonen@quillfeather-example.fi",
        "urls": [("www.linkedin.com/in/tomasz-wierzbicki-aaltonen-9f3e11", "LinkedIn")],
    },
    "top_skills": ["Site Reliability Engineering", "Kubernetes", "Incident Management"],
    "languages": ["Finnish (Native or Bilingual)", "Polish (Professional Working)"],
    "certifications": ["Certified Kubernetes Administrator (CKA) with a very long certificate name"],
    "summary": SUMMARY,
    "experience": [
        {
            "company": "Quillfeather Freight",
            "total": "6 years 4 months",
            "roles": [
                {
                    "title": "Director of Site Reliability",
                    "dates": "March 2022 - Present",
                    "duration": "3 years 4 months",
                    "location": "Tampere, Pirkanmaa, Finland",
                    "description": "Leads 3 teams and 22 engineers.\n\nCut paging volume by half in a year.",
                },
                {
                    "title": "Senior Site Reliability Engineer",
                    "dates": "April 2019 - February 2022",
                    "duration": "2 years 11 months",
                    "location": "Helsinki, Uusimaa, Finland",
                },
            ],
        },
        {
            "company": "Tampereen Teknillinen Automaatio- ja Varastorobotiikan Tutkimuskeskus Osuuskunta",
            "roles": [
                {
                    "title": "Robotics Software Engineer",
                    "dates": "September 2013 - March 2019",
                    "duration": "5 years 7 months",
                    "location": "Tampere, Finland",
                    "description": "Fleet software for warehouse robots. " * 12,
                }
            ],
        },
        {
            "company": "Borealis Retail Oy",
            "roles": [
                {"title": "IT Support Intern", "dates": "June 2013 - August 2013", "duration": "3 months"}
            ],
        },
    ],
    "education": [
        {
            "school": "Tampere University of Technology",
            "degree": "Master of Science - MS, Automation Engineering",
            "dates": "2008 - 2013",
        },
        {"school": "Helsingin Normaalilyseo", "degree": ""},
    ],
}


@pytest.fixture(scope="module")
def current_pdf() -> bytes:
    return build_current(CURRENT)


@pytest.fixture(scope="module")
def current(current_pdf):
    return parse_pdf(current_pdf, "The bio (profile.pdf)")


def test_pdf_is_recognised_by_content_not_name(current_pdf, tmp_path):
    assert is_pdf(current_pdf)
    renamed = tmp_path / "profile.txt"
    renamed.write_bytes(current_pdf)
    profile, _ = load_profile(str(renamed))
    assert profile.source_format == "linkedin_pdf"


def test_columns_are_separated(current_pdf):
    pdf = read_pdf_text(current_pdf, "x")
    sidebar = [line.text for line in pdf.column(SIDEBAR)]
    main = [line.text for line in pdf.column(MAIN)]
    assert sidebar[0] == "Contact" and "Top Skills" in sidebar
    assert main[0] == CURRENT["name"] and "Experience" in main
    assert not set(sidebar) & set(main)


def test_top_card(current):
    profile, _ = current
    assert profile.name == CURRENT["name"]
    assert profile.headline == CURRENT["headline"]  # wrapped onto two lines in the PDF
    assert profile.location == "Tampere, Pirkanmaa, Finland"
    assert profile.about == SUMMARY


def test_grouped_roles_share_the_company_and_skip_its_total(current):
    profile, _ = current
    first, second = profile.positions[:2]
    assert (first.title, first.company, first.start, first.end) == (
        "Director of Site Reliability",
        "Quillfeather Freight",
        "2022-03",
        None,
    )
    assert (second.title, second.company, second.start, second.end) == (
        "Senior Site Reliability Engineer",
        "Quillfeather Freight",
        "2019-04",
        "2022-02",
    )
    assert first.location == "Tampere, Pirkanmaa, Finland"
    assert first.description == "Leads 3 teams and 22 engineers.\n\nCut paging volume by half in a year."
    assert not any("6 years" in p.title or "6 years" in p.description for p in profile.positions)


def test_wrapped_company_name_is_one_company_not_company_and_title(current):
    profile, _ = current
    robotics = profile.positions[2]
    assert robotics.company == CURRENT["experience"][1]["company"]
    assert robotics.title == "Robotics Software Engineer"
    assert (robotics.start, robotics.end) == ("2013-09", "2019-03")
    assert len(profile.positions) == 4


def test_page_footers_never_land_inside_an_entry(current_pdf, current):
    profile, bio_text = current
    assert len(read_pdf_text(current_pdf, "x").lines) > 10
    assert len({line.page for line in read_pdf_text(current_pdf, "x").lines}) >= 2  # it does break
    for position in profile.positions:
        assert "Page " not in position.description
    assert "Page 1 of" not in bio_text


def test_role_without_location_and_education(current):
    profile, _ = current
    intern = profile.positions[3]
    assert intern.location is None and intern.description == ""
    school = profile.education[0]
    assert (school.school, school.degree, school.field, school.start, school.end) == (
        "Tampere University of Technology",
        "Master of Science - MS",
        "Automation Engineering",
        "2008",
        "2013",
    )
    assert profile.education[1].school == "Helsingin Normaalilyseo"


def test_sidebar_sections(current):
    profile, _ = current
    assert profile.skills == ["Site Reliability Engineering", "Kubernetes", "Incident Management"]
    assert profile.languages == ["Finnish", "Polish"]
    assert profile.certifications == [CURRENT["certifications"][0]]  # wrapped in the narrow sidebar


def test_wrapped_email_and_url_are_joined_and_kept_out_of_the_bio_text(current):
    profile, bio_text = current
    assert profile.email == "tomasz.wierzbicki.aaltonen@quillfeather-example.fi"
    assert profile.phone == "+358 40 123 4567"
    assert profile.urls == ["www.linkedin.com/in/tomasz-wierzbicki-aaltonen-9f3e11"]
    for secret in ("quillfeather-example", "123 4567", "tomasz.wierzbicki", "Contact"):
        assert secret not in bio_text
    assert "Director of Site Reliability" in bio_text and "Kubernetes" in bio_text


def test_non_breaking_spaces_are_read_as_spaces(current_pdf):
    raw = [line.raw for line in read_pdf_text(current_pdf, "x").lines]
    assert any("March 2022 - Present" in line for line in raw)
    assert parse_pdf_dates("March\u00a02022\u00a0-\u00a0Present\u00a0(3 years 4 months)") is not None


@pytest.mark.parametrize(
    ("line", "start", "end", "months"),
    [
        ("September 2019 - Present (5 years 3 months)", "2019-09", None, 63),
        ("2016  -  Present (less than a year)", "2016", None, 11),
        ("July 2008 - July 2009 (1 year 1 month)", "2008-07", "2009-07", 13),
        ("May 2011  -  September 2014  (3 years 5 months)", "2011-05", "2014-09", 41),
        ("2005  -  2009  (4 years)", "2005", "2009", 48),
        ("June 2017 (1 month)", "2017-06", "2017-06", 1),
    ],
)
def test_durations_in_words(line, start, end, months):
    span = parse_pdf_dates(line)
    assert (span.start, span.end, span.months) == (start, end, months)


@pytest.mark.parametrize(
    ("lines", "email", "phone", "urls"),
    [
        (
            ["www.linkedin.com/in/jane-", "doe-12345 (LinkedIn)"],
            None,
            None,
            ["www.linkedin.com/in/jane-doe-12345"],
        ),
        (["www.linkedin.com/in/janedoe01", "(LinkedIn)"], None, None, ["www.linkedin.com/in/janedoe01"]),
        (["jane.doe.consulting@", "example.com"], "jane.doe.consulting@example.com", None, []),
        (
            ["jane.doe@exam", "ple.co.uk", "+44 20 7946 0958 (Work)"],
            "jane.doe@example.co.uk",
            "+44 20 7946 0958",
            [],
        ),
        (
            ["jane@example.co", "m", "janedoe.example.org (Personal)"],
            "jane@example.com",
            None,
            ["janedoe.example.org"],
        ),
    ],
)
def test_wrapped_contact_entries(lines, email, phone, urls):
    assert split_contacts(join_contact_lines(lines)) == (email, phone, urls)


LEGACY = {
    "name": "Oriane Castellanos-Whitby",
    "headline": "Community operations lead",
    "experience": [
        {
            "title": "Community Operations Lead",
            "company": "Brightwater Analytics",
            "dates": "2016 - Present",
            "duration": "less than a year",
            "description": "Runs the moderator programme.",
        },
        {
            "title": "Event Producer, Workshops and Meetups at Night Markets",
            "company": "Harbourline Cultural Foundation for the Performing and Visual Arts",
            "dates": "May 2011 - September 2014",
            "duration": "3 years 5 months",
        },
        {"title": "Freelance Stage Manager", "dates": "June 2008 - December 2008", "duration": "7 months"},
    ],
    "education": [
        {"school": "Carrow College of Music", "degree": "Bachelor of Arts, Theatre", "dates": "2006 - 2010"}
    ],
}


def test_legacy_title_at_company_and_less_than_a_year():
    profile, bio_text = parse_pdf(build_legacy(LEGACY), "x")
    assert profile.source_format == "linkedin_pdf_legacy"
    assert (profile.name, profile.headline) == ("Oriane Castellanos-Whitby", "Community operations lead")
    first, second, third = profile.positions
    assert (first.title, first.company, first.start, first.end) == (
        "Community Operations Lead",
        "Brightwater Analytics",
        "2016",
        None,
    )
    assert first.description == "Runs the moderator programme."
    # the "  at   " LinkedIn wrote wins over the "at" inside the title; the bold line wraps
    assert second.title == "Event Producer, Workshops and Meetups at Night Markets"
    assert second.company == "Harbourline Cultural Foundation for the Performing and Visual Arts"
    assert (third.title, third.company) == ("Freelance Stage Manager", "")
    assert "positions[2].company" in profile.uncertain
    assert profile.education[0].school == "Carrow College of Music"
    assert profile.education[0].field == "Theatre" and profile.education[0].start == "2006"
    assert "Contact Oriane on LinkedIn" not in bio_text or profile.positions  # closing page not parsed


def test_encrypted_pdf_asks_for_an_export_without_password():
    data = build_current(CURRENT, encrypt="secret")
    with pytest.raises(InputError, match="password-protected: export it again without a password"):
        parse_pdf(data, "The bio (p.pdf)")


def test_pdf_with_an_owner_password_only_still_opens():
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = build_current(CURRENT, encrypt=StandardEncryption("", ownerPassword="owner", canPrint=1))
    profile, _ = parse_pdf(data, "x")
    assert profile.name == CURRENT["name"]


@pytest.mark.parametrize("data", [b"%PDF-1.4\n%garbage that is not a pdf\n", b"%PDF-1.7\n1 0 obj\n<<"])
def test_corrupt_pdf_gets_a_clear_message(data):
    with pytest.raises(InputError, match="could not be read as a PDF"):
        parse_pdf(data, "The bio (p.pdf)")


def test_truncated_export_gets_a_clear_message(current_pdf):
    with pytest.raises(InputError, match="could not be read as a PDF"):
        parse_pdf(current_pdf[: len(current_pdf) // 3], "x")


def test_a_resume_pdf_falls_back_to_the_plain_parser_with_a_note():
    data = build_plain(
        [
            "Ines Vasquez-Moreau is a product designer at Lumenfold Studio in Lisbon, where she leads the "
            "design system work. Reach her at ines.vm@example.org or +351 912 345 678.",
        ],
        title="Ines Vasquez-Moreau",
    )
    profile, bio_text = parse_pdf(data, "The bio (resume.pdf)")
    assert profile.source_format.startswith("pdf_")
    assert profile.name == "Ines Vasquez-Moreau"
    assert any(p.company == "Lumenfold Studio" for p in profile.positions)
    assert "not a LinkedIn 'Save to PDF' export" in profile.warnings[0]
    assert profile.email == "ines.vm@example.org"
    assert "ines.vm@example.org" not in bio_text and "912 345 678" not in bio_text


def test_a_pdf_without_text_is_a_bio_error():
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.rect(100, 100, 200, 200)
    page.save()
    with pytest.raises(BioError, match="no text"):
        parse_pdf(buffer.getvalue(), "x")


def test_contact_only_in_profile_fields_not_in_pasted_text_bio(tmp_path):
    bio = tmp_path / "bio.txt"
    bio.write_text(
        "Dana Whitlock is a staff engineer at Corvid Systems. Write to dana.w@example.com or call "
        "+1 415 555 0134.\n",
        encoding="utf-8",
    )
    profile, bio_text = load_profile(str(bio))
    assert profile.email == "dana.w@example.com" and profile.phone == "+1 415 555 0134"
    assert "dana.w@example.com" not in bio_text and "555 0134" not in bio_text


def test_uncertain_fields_are_marked_in_markdown():
    profile, _ = parse_pdf(build_legacy(LEGACY), "x")
    markdown = profile.to_markdown()
    assert "Freelance Stage Manager, _(not found)_ **(check company)**" in markdown
    assert "(check company)" in profile.to_text() and "**" not in profile.to_text()


def test_headline_without_location_and_grouped_totals_only():
    spec = copy.deepcopy(CURRENT)
    spec.pop("location")
    spec["headline"] = "Engineer"
    profile, _ = parse_pdf(build_current(spec), "x")
    assert profile.headline == "Engineer" and profile.location is None


REAL = Path("/work/shared/realdata")


@pytest.mark.skipif(not REAL.is_dir(), reason="real exports are only on the calibration machine")
def test_real_exports_parse_into_a_usable_structure():
    for path in sorted(REAL.glob("*.pdf")):
        profile, bio_text = parse_pdf(path.read_bytes(), path.name)
        assert profile.source_format.startswith("linkedin_pdf"), path.name
        assert profile.name and profile.positions, path.name
        assert all(position.title and position.start for position in profile.positions), path.name
        assert profile.education, path.name
        assert "@" not in bio_text


def test_cli_profile_and_questions_accept_a_pdf(current_pdf, tmp_path):
    from click.testing import CliRunner

    from infoview_ai.cli.main import cli

    path = tmp_path / "Profile.pdf"
    path.write_bytes(current_pdf)
    result = CliRunner().invoke(cli, ["profile", "--bio", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = __import__("json").loads(result.stdout)
    assert data["name"] == CURRENT["name"] and data["source_format"] == "linkedin_pdf"
    assert data["positions"][0]["company"] == "Quillfeather Freight"
    result = CliRunner().invoke(cli, ["questions", "--engine", "offline", "--bio", str(path)])
    assert result.exit_code == 0, result.output
    assert "quillfeather-example" not in result.stdout and "123 4567" not in result.stdout
    markdown = CliRunner().invoke(cli, ["profile", "--bio", str(path)])
    assert "Contact (never sent to a model)" in markdown.stdout


def test_cli_encrypted_and_corrupt_pdfs(tmp_path):
    from click.testing import CliRunner

    from infoview_ai.cli.main import cli

    locked = tmp_path / "locked.pdf"
    locked.write_bytes(build_current(CURRENT, encrypt="pw"))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really\n")
    for path, message in ((locked, "password-protected"), (broken, "could not be read as a PDF")):
        result = CliRunner().invoke(cli, ["questions", "--engine", "offline", "--bio", str(path)])
        assert result.exit_code == 2 and message in result.output
        assert "Traceback" not in result.output
