"""One test per class of parsing failure seen on profiles nobody here wrote (issue 10), on small inputs of
each shape: the top card, names with credentials, titles with commas, concurrent roles, the 2016-2018
PDF, résumés, one employer spelled two ways, and text in other languages."""

from __future__ import annotations

import pytest

from infoview_ai.bio import parse_bio
from infoview_ai.bio.person_name import split_name
from infoview_ai.career import current_role, same_employer
from infoview_ai.context import Context, Position, Profile
from infoview_ai.dates import is_present, parse_date


def _roles(profile) -> list[tuple[str, str]]:
    return [(p.title, p.company) for p in profile.positions]


# --- 1. the top card ------------------------------------------------------------------------------

TOP_CARD = """{name}
{name}
{badges}
Head of Supply Chain Analytics at Oakridge Foods
Oakridge Foods
Chicago, Illinois, United States
Contact info
Experience
Experience
Head of Supply Chain Analytics
Head of Supply Chain Analytics
Oakridge Foods · Full-time
Oakridge Foods · Full-time
Jan 2021 - Present · 3 yrs 10 mos
Jan 2021 - Present · 3 yrs 10 mos
"""


@pytest.mark.parametrize(
    "badges",
    [
        "(She/Her)\n· 3rd",
        "She/Her\n3rd degree connection",
        "· 2nd",
        "(they/them)\n2nd\n1,204 followers\n500+ connections",
        "Open to work\n(He/Him) · 1st",
    ],
)
def test_pronouns_degree_and_counts_are_never_the_headline(badges):
    profile = parse_bio(TOP_CARD.format(name="Lena Okafor", badges=badges))
    assert profile.name == "Lena Okafor"
    assert profile.headline == "Head of Supply Chain Analytics at Oakridge Foods"
    assert profile.location == "Chicago, Illinois, United States"


# --- 2. names and credentials -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "name", "credentials"),
    [
        ("Jane Doe - SHRM-CP", "Jane Doe", ["SHRM-CP"]),
        ("Jane Doe, PhD", "Jane Doe", ["PhD"]),
        ("Jane Doe, MBA, PMP", "Jane Doe", ["MBA", "PMP"]),
        ("Dr. Jane Doe", "Jane Doe", []),
        ("Jane Doe Jr.", "Jane Doe", ["Jr."]),
        ("JANE DOE, PhD", "Jane Doe", ["PhD"]),
        ("ZOË Ó BRIAIN", "Zoë Ó Briain", []),
        ("SEÁN O'NEILL, CPA", "Seán O'Neill", ["CPA"]),
        ("ANA DE LA CRUZ", "Ana de la Cruz", []),
        ("Pieter van der Berg", "Pieter van der Berg", []),
        ("Nur binti Hassan, CFA", "Nur binti Hassan", ["CFA"]),
        ("Jean-Luc Moreau (he/him)", "Jean-Luc Moreau", []),
        ("Marcus T. Bell", "Marcus T. Bell", []),
        ("Kofi", "Kofi", []),
        ("Jane Arm", "Jane Arm", []),  # a surname that is also a credential acronym, written as a name
    ],
)
def test_names_keep_their_particles_and_lose_their_credentials(written, name, credentials):
    assert split_name(written) == (name, credentials)


def test_the_greeting_uses_the_name_without_credentials():
    profile = parse_bio("DOLORES WHITFIELD-ARCE, MBA, PMP\nSenior Program Manager — Tessaract Systems\n\n"
                        "Dolores Whitfield-Arce leads cloud migrations at Tessaract Systems.")
    assert (profile.name, profile.credentials, profile.first_name) == (
        "Dolores Whitfield-Arce", ["MBA", "PMP"], "Dolores")


@pytest.mark.parametrize(
    "bio",
    [
        "# Hi. I'm Leah.\n\nI'm Leah Rosenthal-Mbeki, and I've been a public defender since 2016.",
        "**Second Draft** · Coaching · Workshops · About\n\n# Hi, I'm Leah.\n\n"
        "### Leah Rosenthal-Mbeki, ACC\n"
        "#### Career coach for mid-career people\n\nI started as a recruiter at Fennimore Staffing in 2012.",
    ],
)
def test_a_greeting_with_a_first_name_gives_the_full_name_the_text_states(bio):
    profile = parse_bio(bio)
    assert profile.name == "Leah Rosenthal-Mbeki"
    assert profile.headline in (None, "Career coach for mid-career people")


@pytest.mark.parametrize(
    "top",
    ["KESSLER MOOR ARCHITECTS\nWork   Studio   People   Journal   Contact", "FOR IMMEDIATE RELEASE"],
)
def test_a_site_name_over_its_menu_or_a_press_header_is_not_the_name(top):
    profile = parse_bio(f"{top}\n\nAnnelies de Wit-Baptiste\nPartner, Director of Healthcare Design\n\n"
                        "Annelies joined Kessler Moor in 2011 as a project architect.")
    assert profile.name == "Annelies de Wit-Baptiste"


# --- 3. titles with commas and "of" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("bio", "role"),
    [
        ("Helena Marsh is the Vice President, Treasury Payments Product at Harborline Bank.",
         ("Vice President, Treasury Payments Product", "Harborline Bank")),
        ("Amara Nwosu is Director of Research, Clinical AI at Lanternfish Health.",
         ("Director of Research, Clinical AI", "Lanternfish Health")),
        ("Hi, I'm Kofi. I'm now a Software Engineer I at Pathwise Freight.",
         ("Software Engineer I", "Pathwise Freight")),
        ("Rosalind Vance serves as Chief of Staff for the Office of the Mayor.",
         ("Chief of Staff", "Office of the Mayor")),
        ("Ana Ruiz is the co-founder and CEO of Quillstack, a start-up in Denver.",
         ("Co-founder and CEO", "Quillstack")),
    ],
)
def test_titles_with_commas_and_of_are_read_whole(bio, role):
    assert _roles(parse_bio(bio))[0] == role


def test_a_side_role_in_a_department_keeps_its_title_and_its_school():
    profile = parse_bio(
        "Rafael Quinones leads the structural practice at Kettering Vale Engineers. He is also an adjunct "
        "lecturer in the civil engineering department at Sonora Pines University, where he teaches design."
    )
    assert ("Adjunct Lecturer", "Sonora Pines University") in _roles(profile)
    assert profile.current.company == "Kettering Vale Engineers"


# --- 4. concurrent roles ------------------------------------------------------------------------------


def _founder(headline: str) -> Profile:
    return Profile(
        headline=headline,
        positions=[
            Position(title="Advisor", company="Lumen Street Ventures", start="2022-01"),
            Position(title="Board Member", company="Austin Women in Data", start="2020-01"),
            Position(title="Co-Founder & CEO", company="Tidepool Analytics", start="2018-01"),
            Position(title="Operations Lead", company="Brightwater", start="2019-01"),
        ],
        source_format="linkedin_text",
    )


def test_the_headline_names_the_current_role_and_side_roles_never_displace_it():
    profile = _founder("Co-Founder & CEO at Tidepool Analytics | Advisor")
    assert profile.current.company == "Tidepool Analytics"
    # one decision for every room: the context's company is the same one
    assert Context(profile=profile).company == "Tidepool Analytics"


def test_without_a_headline_linkedin_order_decides_not_the_latest_start():
    profile = _founder("Building things")
    assert current_role(profile).company == "Tidepool Analytics"  # listed before the newer Brightwater role


def test_a_profile_whose_roles_all_ended_has_no_current_role():
    ended = Position(title="HR Partner", company="Quennell", start="2019-01", end="2024-06")
    profile = Profile(positions=[ended])
    assert profile.current is None


# --- 5. the 2016-2018 PDF ------------------------------------------------------------------------------


def test_a_legacy_pdf_keeps_a_first_role_that_repeats_the_headline():
    pytest.importorskip("reportlab")
    from pdf_fixtures import build_legacy

    from infoview_ai.bio.pdf import parse_pdf

    spec = {
        "name": "Rosa Amadi",
        "headline": "General Counsel at Amplify",
        "experience": [
            {"title": "General Counsel", "company": "Amplify", "dates": "2016 - Present",
             "duration": "less than a year"},
            {"title": "Senior Counsel", "company": "Brightpost", "dates": "March 2012 - August 2016"},
        ],
    }
    profile, _ = parse_pdf(build_legacy(spec))
    assert profile.headline == "General Counsel at Amplify"
    assert _roles(profile) == [("General Counsel", "Amplify"), ("Senior Counsel", "Brightpost")]


# --- 6. résumé-style text -------------------------------------------------------------------------------

RESUME = """PRIYA N. RAMAN, PhD
Senior Data Scientist
Boston, MA · priya@example.com · github.com/praman

EXPERIENCE
Senior Data Scientist | Globex Health | 2022 - Present
- Built the readmission model used by 14 hospitals
Data Science Fellow
Insight Data Science, Boston — Sep 2021 – Dec 2021
Postdoctoral Researcher, Harvard School of Public Health (2019-2021)
Harborline Bank — Analyst                                   Jun 2015 – Aug 2017

EDUCATION
Ph.D., Epidemiology — University of Michigan, 2019
B.A., Mathematics, Carleton College
"""


def test_a_resume_gives_its_header_roles_and_schools():
    profile = parse_bio(RESUME)
    assert (profile.name, profile.credentials, profile.headline, profile.location) == (
        "Priya N. Raman", ["PhD"], "Senior Data Scientist", "Boston, MA")
    assert [(p.title, p.company, p.start, p.end) for p in profile.positions] == [
        ("Senior Data Scientist", "Globex Health", "2022", None),
        ("Data Science Fellow", "Insight Data Science", "2021-09", "2021-12"),
        ("Postdoctoral Researcher", "Harvard School of Public Health", "2019", "2021"),
        ("Analyst", "Harborline Bank", "2015-06", "2017-08"),
    ]
    assert profile.positions[0].description == "- Built the readmission model used by 14 hospitals"
    assert [e.school for e in profile.education] == ["University of Michigan", "Carleton College"]
    assert profile.email == "priya@example.com"
    assert "priya@example.com" not in profile.to_text().split("Contact")[0]


COLUMN_RESUME = """DANA OKONKWO-REYES
Portland, OR · dana@example.com

WORK HISTORY

2019 – present      Hospice Social Worker
                    Evergreen Hospice of the Valley, Yakima, WA
                    • Caseload of 30 home hospice patients

2015 – 2019         Medical Social Worker, Oncology
                    Memorial Valley Medical Center, Yakima, WA
                    Built the hospital's first distress-screening workflow with nursing

2014 – 2015         Career break — family caregiving

2010 – 2014         Caseworker
                    Columbia Basin Family Services

EXPERIENCE

Buckeye Comfort Systems — Columbus, OH                     2017 – Present
   Service Operations Manager, 2021 – Present
     * Run daily dispatch for 38 technicians
   Lead Service Technician, 2017 – 2021
Arctic Air Heating & Cooling — Dublin, OH                  2011 – 2017
   HVAC Service Technician

EDUCATION

B.A., Psychology, 2008
Central Washington University, Ellensburg

- **Master of Social Work (MSW)**, University of Washington School of Social Work — 2010
"""


def test_a_resume_with_dates_in_a_left_column_and_employers_over_their_roles():
    profile = parse_bio(COLUMN_RESUME)
    assert profile.source_format == "plain"
    assert [(p.title, p.company, p.start, p.end) for p in profile.positions] == [
        ("Hospice Social Worker", "Evergreen Hospice of the Valley", "2019", None),
        ("Medical Social Worker, Oncology", "Memorial Valley Medical Center", "2015", "2019"),
        ("Caseworker", "Columbia Basin Family Services", "2010", "2014"),  # the career break is no role
        ("Service Operations Manager", "Buckeye Comfort Systems", "2021", None),
        ("Lead Service Technician", "Buckeye Comfort Systems", "2017", "2021"),
        ("HVAC Service Technician", "Arctic Air Heating & Cooling", "2011", "2017"),
    ]
    assert "distress-screening" in profile.positions[1].description
    assert [(e.school, e.degree, e.field) for e in profile.education] == [
        ("Central Washington University", "B.A.", "Psychology"),
        ("University of Washington School of Social Work", "Master of Social Work (MSW)", None),
    ]


def test_a_resume_with_linkedin_headings_but_no_page_marks_is_read_as_a_resume():
    text = """NGOZI ADEYEMI, Ed.D.
Elementary School Principal
Sacramento, California | ngozi@example.org

Experience
Principal, Cedar Park Elementary School, 2018 – present
Vice Principal, Alder Street Elementary School, 2013 – 2018

Education
Ed.D., Educational Leadership
University of the Pacific, 2019
"""
    profile = parse_bio(text)
    assert (profile.source_format, profile.location) == ("plain", "Sacramento, California")
    assert [(e.school, e.degree, e.field) for e in profile.education] == [
        ("University of the Pacific", "Ed.D.", "Educational Leadership")]


def test_a_story_told_oldest_first_lists_current_roles_then_past_ones_newest_first():
    profile = parse_bio(
        "Since March 2022 I've been Manager of Long-Range Planning for the City of Port Aldous. "
        "I started as a planning technician at Kessler County (2011–2014), then became an associate planner "
        "at Kessler Planning & Development from 2014 to 2017. After that I spent five years, 2017 to 2022, "
        "as a senior planner with the Town of Whitford Bay. Outside work I'm a board member of the North "
        "Sound Land Trust."
    )
    assert [(p.title, p.start) for p in profile.positions] == [
        ("Manager of Long-Range Planning", "2022-03"),
        ("Board Member", None),
        ("Senior Planner", "2017"),
        ("Associate Planner", "2014"),
        ("Planning Technician", "2011"),
    ]


# --- 7. one employer, two spellings; schools keep their possessives ------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Lanternfish", "Lanternfish Learning", True),
        ("Acme Inc.", "ACME", True),
        ("Bank", "Bank of America", False),
        ("Globex", "Initech", False),
        ("U.S. Forest Service", "USDA Forest Service", True),
        ("United States Army", "U.S. Army", True),
        ("U.S. Navy", "U.S. Army", False),
        ("U.S. Bank", "UK Bank", False),
    ],
)
def test_one_employer_under_two_spellings(a, b, same):
    assert same_employer(a, b) is same


def test_a_possessive_school_keeps_the_school_and_its_degree():
    profile = parse_bio("Helena Marsh leads payments at Harborline Bank. She holds an MBA from Emory "
                        "University's Goizueta Business School.")
    [school] = profile.education
    assert (school.school, school.degree) == ("Emory University's Goizueta Business School", "MBA")


# --- 8. other languages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("ene. 2022", "2022-01"), ("janv. 2020", "2020-01"), ("März 2016", "2016-03"),
     ("março de 2021", "2021-03"), ("septembre 2017", "2017-09"), ("Dezember 2018", "2018-12")],
)
def test_month_names_in_other_languages(text, value):
    assert parse_date(text) == value


@pytest.mark.parametrize("word", ["actualidad", "aujourd’hui", "heute", "o momento", "Present"])
def test_present_in_other_languages(word):
    assert is_present(word)


def test_an_about_in_spanish_gives_its_role_and_years():
    profile = parse_bio("Lucía Ferreyra\n\nSoy ingeniera de datos en Mercalia desde 2021. Antes trabajé "
                        "como analista de BI en Rastro Seguros de 2017 a 2021. Vivo en Córdoba, Argentina.")
    assert [(p.title.lower(), p.company, p.start) for p in profile.positions][0] == (
        "ingeniera de datos", "Mercalia", "2021")
    assert profile.location == "Córdoba, Argentina"
