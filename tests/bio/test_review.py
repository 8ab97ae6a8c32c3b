"""What `infoview profile` shows for bios that used to be misread: lines respected, honorifics, career
changes, non-LinkedIn PDFs, broken JSON and PDFs, and the **(check)** marks on what the parser is unsure of.
"""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from infoview_ai.bio import parse_bio
from infoview_ai.cli.main import cli
from infoview_ai.errors import BioError


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["profile", *args], input=input)


def _profile(*args: str, input: str | None = None) -> str:
    result = _run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result.stdout


def _section(markdown: str, heading: str) -> list[str]:
    lines = markdown.split("\n")
    start = lines.index(heading) + 2
    end = lines.index("", start) if "" in lines[start:] else len(lines)
    return lines[start:end]


TOM = (
    "Tom Becker\n"
    "Senior Engineer at Initech\n"
    "Reach me at tom.becker@initech.example or (555) 123-4567.\n"
    "Tom has 12 years in embedded systems.\n"
)


def test_a_headline_line_is_not_joined_with_the_contact_line_under_it():
    shown = _profile("--bio", "-", input=TOM)
    assert shown.startswith("# Tom Becker\n")
    assert "- Headline: Senior Engineer at Initech\n" in shown
    assert _section(shown, "## Experience") == ["- ? - ?: Senior Engineer, Initech **(check dates)**"]
    assert "Initech Reach" not in shown
    assert "- Contact (never sent to a model): tom.becker@initech.example, (555) 123-4567" in shown
    about = _section(shown, "## About")
    assert about == ["Tom has 12 years in embedded systems."]  # no contact sentence in the About


def test_a_contact_sentence_names_no_employer():
    profile = parse_bio("Lea Moser builds search tools. Write to Lea at Lea.Moser@Example.org any time.")
    assert [p.company for p in profile.positions] == []
    assert "@" not in profile.about and "Lea.Moser" not in profile.about


@pytest.mark.parametrize("honorific", ["Dr.", "Dr", "Prof.", "Mr.", "Ms.", "Mrs.", "Mx."])
def test_an_honorific_is_not_part_of_the_name(honorific):
    profile = parse_bio(f"{honorific} Kwame Asante is a senior data scientist at Verdant Energy.")
    assert profile.name == "Kwame Asante"


def test_a_doctor_with_a_past_career_shows_both_roles():
    shown = _profile(
        "--bio",
        "-",
        input=(
            "Dr. Kwame Asante is a senior data scientist at Verdant Energy, where he forecasts grid demand. "
            "He spent a decade as a secondary-school physics teacher before retraining in statistics.\n"
        ),
    )
    assert shown.startswith("# Kwame Asante\n")
    assert _section(shown, "## Experience") == [
        "- ? - ?: Senior Data Scientist, Verdant Energy **(check dates)**",
        "- ? - ?: Secondary-School Physics Teacher, _(not found)_ **(check company, dates)**",
    ]
    profile = parse_bio("Dr. Kwame Asante is a senior data scientist at Verdant Energy.")
    assert profile.current.company == "Verdant Energy"


def test_an_honorific_name_line_on_top_is_the_name_and_not_the_about():
    shown = _profile(
        "--bio", "-", input="Dr Kwame Asante\nLead Data Scientist | Verdant Energy\n\nKwame forecasts.\n"
    )
    assert shown.startswith("# Kwame Asante\n")
    assert "- Headline: Lead Data Scientist | Verdant Energy\n" in shown
    assert _section(shown, "## About") == ["Kwame forecasts."]


def test_moving_from_one_field_to_another_gives_a_past_and_a_current_role():
    shown = _profile(
        "--bio",
        "-",
        input="Maya Ortiz moved from journalism at the Daily Ledger to growth at Brightpath, where she runs "
        "lifecycle marketing.\n",
    )
    assert shown.startswith("# Maya Ortiz\n")
    assert _section(shown, "## Experience") == [
        "- ? - ?: Growth, Brightpath **(check dates)**",
        "- ? - ?: Journalism, Daily Ledger **(check dates)**",
    ]
    profile = parse_bio("Maya Ortiz moved from journalism at the Daily Ledger to growth at Brightpath.")
    assert profile.current.company == "Brightpath"  # the current role is listed first


def test_moving_into_a_field_without_an_employer_keeps_the_company_empty():
    profile = parse_bio("Maya Ortiz moved from journalism at the Daily Ledger to growth.")
    assert [(p.title, p.company) for p in profile.positions] == [
        ("Growth", ""),
        ("Journalism", "Daily Ledger"),
    ]
    assert "positions[0].company" in profile.uncertain


def test_joining_as_a_title_does_not_add_a_role_without_an_employer():
    profile = parse_bio("Dana Cole joined Initech in 2015 as a senior data engineer and leads a team.")
    assert [(p.title, p.company) for p in profile.positions] == [("Senior Data Engineer", "Initech")]


# Broken input ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"basics": ', "line 1, column 11"),
        ('[{"name": "x"', "line 1, column 14"),
        ('{\n  "a": 1,\n}', "line 3"),
    ],
)
def test_broken_json_says_so(text, where):
    with pytest.raises(BioError, match=r"is not valid JSON \(" + where):
        parse_bio(text)


def test_broken_json_file_is_an_error_in_profile(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('{"basics": ', encoding="utf-8")
    result = _run("--bio", str(path))
    assert result.exit_code != 0
    assert "is not valid JSON (line 1, column 11): fix the file or export it again." in result.output


def test_a_bio_opening_with_a_markdown_link_is_not_json():
    profile = parse_bio("[Jane Doe](https://example.org) leads the data team at Globex.")
    assert profile.positions[0].company == "Globex"


# PDFs that are not LinkedIn exports ---------------------------------------------------------------------


def _resume_pdf(rows: list[tuple[str, float, bool]]) -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    y = 740.0
    for text, size, bold in rows:
        if not text:
            y -= 10
            continue
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        pdf.drawString(72, y, text)
        y -= size + 8
    pdf.save()
    return buffer.getvalue()


HEADER = [
    ("Hannah Lindqvist", 20, True),
    ("hannah.lindqvist@example.com | +1 555 201 3344", 11, False),
    ("", 0, False),
    ("Experience", 14, True),
]


def test_a_plain_resume_pdf_with_one_line_roles(tmp_path):
    path = tmp_path / "resume.pdf"
    path.write_bytes(
        _resume_pdf(
            [
                *HEADER,
                ("Data Analyst, Northwind Health — Jan 2020 - Present", 11, False),
                ("Built dashboards for clinical operations.", 11, False),
                ("Junior Analyst, Contoso Retail — Jun 2017 - Dec 2019", 11, False),
                ("Reported weekly sales.", 11, False),
                ("", 0, False),
                ("Education", 14, True),
                ("BSc Statistics, Uppsala University, 2013 - 2017", 11, False),
            ]
        )
    )
    result = _run("--bio", str(path))
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert shown.startswith("# Hannah Lindqvist\n")
    assert "- Headline: _(not found)_\n" in shown  # the contact line is not a headline
    assert "- Parsed as: pdf_plain\n" in shown
    assert _section(shown, "## Experience") == [
        "- 2020-01 - present: Data Analyst, Northwind Health",
        "- 2017-06 - 2019-12: Junior Analyst, Contoso Retail",
    ]
    assert _section(shown, "## Education") == ["- Uppsala University: BSc, Statistics (2013 - 2017)"]
    assert "not a LinkedIn 'Save to PDF' export, so it was read as plain text" in result.stderr
    assert "hannah.lindqvist@example.com" not in shown.split("- Parsed as")[1]  # only on the Contact line


def test_a_plain_resume_pdf_with_title_company_and_date_lines(tmp_path):
    path = tmp_path / "resume.pdf"
    path.write_bytes(
        _resume_pdf(
            [
                *HEADER,
                ("Data Analyst", 11, True),
                ("Northwind Health", 11, False),
                ("Jan 2020 - Present", 11, False),
                ("Built dashboards for clinical operations.", 11, False),
                ("", 0, False),
                ("Contoso Retail", 11, False),
                ("Junior Analyst", 11, True),
                ("June 2017 - December 2019", 11, False),
            ]
        )
    )
    shown = _profile("--bio", str(path), "--format", "json")
    profile = json.loads(shown)
    assert profile["source_format"] == "pdf_plain"
    assert profile["headline"] is None
    assert [(p["title"], p["company"], p["start"], p["end"]) for p in profile["positions"]] == [
        ("Data Analyst", "Northwind Health", "2020-01", None),
        ("Junior Analyst", "Contoso Retail", "2017-06", "2019-12"),
    ]
    assert profile["positions"][0]["description"] == "Built dashboards for clinical operations."
    assert "@" not in json.dumps({k: v for k, v in profile.items() if k != "email"})


def test_a_pdf_without_roles_says_so(tmp_path):
    path = tmp_path / "bio.pdf"
    path.write_bytes(
        _resume_pdf(
            [("Hannah Lindqvist", 20, True), ("Hannah Lindqvist writes about hospital data.", 11, False)]
        )
    )
    result = _run("--bio", str(path))
    assert result.exit_code == 0, result.output
    assert "No roles with dates were found in the PDF" in result.stderr


def test_a_damaged_pdf_shows_only_our_message(tmp_path):
    data = _resume_pdf([("Hannah Lindqvist", 20, True)])
    path = tmp_path / "broken.pdf"
    path.write_bytes(data[:400])
    result = _run("--bio", str(path))
    assert result.exit_code != 0
    assert "could not be read as a PDF" in result.output
    assert "EOF marker" not in result.output and "pypdf" not in result.output.lower()


# Resume-shaped text ------------------------------------------------------------------------------------


def test_a_text_resume_with_headings_is_read_as_a_resume():
    profile = parse_bio(
        "Hannah Lindqvist\nhannah.lindqvist@example.com | +1 555 201 3344\n\nSummary\n"
        "Analyst who likes messy hospital data.\n\nExperience\n"
        "Data Analyst, Northwind Health — Jan 2020 - Present\nBuilt dashboards.\n\n"
        "Junior Analyst\nContoso Retail\n06/2017 - 12/2019\n\nEducation\n"
        "BSc Statistics, Uppsala University, 2013 - 2017\n"
    )
    assert profile.source_format == "plain"
    assert profile.headline is None and profile.email == "hannah.lindqvist@example.com"
    assert profile.about == "Analyst who likes messy hospital data."
    assert [(p.title, p.company, p.start, p.end) for p in profile.positions] == [
        ("Data Analyst", "Northwind Health", "2020-01", None),
        ("Junior Analyst", "Contoso Retail", "2017-06", "2019-12"),
    ]
    assert [e.school for e in profile.education] == ["Uppsala University"]


def test_prose_ending_in_years_is_not_a_resume_entry():
    profile = parse_bio("Dana Cole\n\nShe worked at Initech 2014 - 2018\nand now teaches.\n")
    assert all(p.title != "She worked" for p in profile.positions)
