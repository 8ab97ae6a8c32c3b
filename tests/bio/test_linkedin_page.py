"""LinkedIn page copies (docs/domain.md §1): what a user would see go right or wrong in the parsed Profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from infoview_ai.bio import parse_bio
from infoview_ai.bio.text import drop_twins
from infoview_ai.errors import BioError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def doubled(text: str) -> str:
    """Every line twice, as a select-all copy of a LinkedIn page gives it."""
    return "\n".join(f"{line}\n{line}" for line in text.strip().splitlines())


# An invented person; the shapes follow docs/domain.md §1.
NOAH_COPY = """
Noah Fischer
(He/Him) · 2nd
Senior Data Engineer at Acme Robotics | ex-Globex
Lyon, Auvergne-Rhône-Alpes, France · Contact info
500+ connections
Connect
Message
More
About
About
I build the data platform for 40 warehouse robots.

Ask me about moving from physics into data engineering.
I build the data platform for 40 warehouse robots. Ask me about moving from physics into data engineering.
Experience
Experience
Conference Speaker
Conference Speaker
PyData Lyon · Freelance
PyData Lyon · Freelance
Sep 2024 · 1 mo
Sep 2024 · 1 mo
Acme Robotics
Acme Robotics
Full-time · 6 yrs 4 mos
Full-time · 6 yrs 4 mos
Senior Data Engineer
Senior Data Engineer
Jul 2021 - Present · 3 yrs 1 mo
Jul 2021 to Present · 3 yrs 1 mo
Lyon, Auvergne-Rhône-Alpes, France · Hybrid
Lyon, Auvergne-Rhône-Alpes, France · Hybrid
Moved 2 TB a day of sensor data into one lakehouse.
Cut pipeline costs by 35%.
Moved 2 TB a day of sensor data into one lakehouse. Cut pipeline costs by 35%.
Python, Spark and +17 skills
Data Engineer
Data Engineer
Part-time
Part-time
Apr 2018 – Jun 2021 · 3 yrs 3 mos
Apr 2018 to Jun 2021 · 3 yrs 3 mos
Show all 8 experiences
Research Assistant
Research Assistant
Globex
Globex
Feb 2015 - Mar 2018 · 3 yrs 2 mos
Feb 2015 to Mar 2018 · 3 yrs 2 mos
Grenoble, Auvergne-Rhône-Alpes, France
Grenoble, Auvergne-Rhône-Alpes, France
…see more
Education
Education
Université Grenoble Alpes
Université Grenoble Alpes
Master's degree, Physics
Master's degree, Physics
2013 - 2015
2013 - 2015
Skills
Skills
Apache Spark
Apache Spark
Senior Data Engineer at Acme Robotics
Senior Data Engineer at Acme Robotics
3 endorsements
3 endorsements
Python
Python
2 experiences across Acme Robotics and Globex
Université Grenoble Alpes
Université Grenoble Alpes
Show all 12 skills
More profiles for you
Jane Roe
· 2nd
Data Engineer at Initech
Connect
"""


@pytest.fixture
def noah():
    return parse_bio(NOAH_COPY)


def test_top_card_gives_name_headline_and_location(noah):
    assert noah.source_format == "linkedin_text"
    assert noah.name == "Noah Fischer"
    assert noah.headline == "Senior Data Engineer at Acme Robotics | ex-Globex"
    assert noah.location == "Lyon, Auvergne-Rhône-Alpes, France"


def test_about_keeps_one_copy_of_the_text(noah):
    assert noah.about.count("I build the data platform") == 1
    assert "Ask me about moving from physics into" in noah.about


def test_grouped_roles_are_expanded_with_the_company_name(noah):
    titles = [(p.title, p.company) for p in noah.positions]
    assert titles[1:3] == [("Senior Data Engineer", "Acme Robotics"), ("Data Engineer", "Acme Robotics")]
    senior, data_engineer = noah.positions[1:3]
    assert (senior.start, senior.end, senior.is_current) == ("2021-07", None, True)
    assert senior.employment_type == "Full-time"
    assert senior.location == "Lyon, Auvergne-Rhône-Alpes, France"
    assert (data_engineer.start, data_engineer.end) == ("2018-04", "2021-06")
    assert data_engineer.employment_type == "Part-time"


def test_doubled_lines_never_duplicate_roles_or_descriptions(noah):
    titles = [p.title for p in noah.positions]
    assert len(titles) == len(set(titles))
    assert noah.positions[1].description == (
        "Moved 2 TB a day of sensor data into one lakehouse.\nCut pipeline costs by 35%."
    )


def test_single_role_after_a_group_is_not_swallowed_by_it(noah):
    research = next(p for p in noah.positions if p.title == "Research Assistant")
    assert research.company == "Globex"
    assert (research.start, research.end) == ("2015-02", "2018-03")
    assert research.location == "Grenoble, Auvergne-Rhône-Alpes, France"
    assert research.employment_type is None


def test_role_with_one_date_starts_and_ends_that_month(noah):
    speaker = next(p for p in noah.positions if p.title == "Conference Speaker")
    assert (speaker.company, speaker.employment_type) == ("PyData Lyon", "Freelance")
    assert (speaker.start, speaker.end) == ("2024-09", "2024-09")


def test_noise_never_becomes_a_role_or_skill(noah):
    everything = [p.title for p in noah.positions] + [p.company for p in noah.positions] + noah.skills
    for noise in (
        "Connect",
        "Message",
        "More",
        "500+ connections",
        "Show all 8 experiences",
        "…see more",
        "Python, Spark and +17 skills",
        "Jane Roe",
        "Data Engineer at Initech",
    ):
        assert noise not in everything
    assert all("and +17 skills" not in p.description for p in noah.positions)


def test_skill_context_lines_are_not_skills(noah):
    assert noah.skills == ["Apache Spark", "Python"]


def test_education_degree_field_and_years(noah):
    [school] = noah.education
    assert school.school == "Université Grenoble Alpes"
    assert (school.degree, school.field) == ("Master's degree", "Physics")
    assert (school.start, school.end) == ("2013", "2015")


def test_positions_are_newest_first(noah):
    starts = [p.start for p in noah.positions]
    assert starts == sorted(starts, reverse=True)


def test_not_identical_twins_collapse():
    lines = [
        "Jul 2021 - Present · 3 yrs 1 mo",
        "Jul 2021 to Present · 3 yrs 1 mo",
        "Feb 2022 – Dec 2025",
        "Feb 2022 - Dec 2025",
    ]
    assert drop_twins(lines) == ["Jul 2021 - Present · 3 yrs 1 mo", "Feb 2022 – Dec 2025"]


def test_long_line_repeated_as_paragraphs_collapses_too():
    first = "Led the migration of 14 services to the new platform."
    second = "Trained 30 engineers on the on-call rotation."
    assert drop_twins([f"{first} {second}", first, second]) == [f"{first} {second}"]


def test_single_roles_with_missing_type_and_location():
    copy = doubled("""
Experience
Product Manager
Initech · Contract
Jan 2023 - Present · 1 yr 8 mos
Analyst
Umbrella Labs
Mar 2020 - Dec 2022 · 2 yrs 10 mos
Remote
""")
    profile = parse_bio(copy)
    pm, analyst = profile.positions
    assert (pm.title, pm.company, pm.employment_type) == ("Product Manager", "Initech", "Contract")
    assert pm.location is None
    assert (analyst.title, analyst.company, analyst.employment_type) == ("Analyst", "Umbrella Labs", None)
    assert analyst.location == "Remote"


def test_group_with_plain_tenure_then_single_role_without_type():
    copy = doubled("""
Experience
Globex
6 yrs 4 mos
Staff Engineer
Jan 2022 - Present · 2 yrs 8 mos
Engineer
Jun 2018 - Dec 2021 · 3 yrs 7 mos
Intern
Hooli
Jun 2016 - Aug 2016 · 3 mos
""")
    profile = parse_bio(copy)
    assert [(p.title, p.company) for p in profile.positions] == [
        ("Staff Engineer", "Globex"),
        ("Engineer", "Globex"),
        ("Intern", "Hooli"),
    ]


def test_other_sections_certifications_volunteering_languages():
    copy = doubled("""
Ana Lima
(She/Her) · 3rd+
Nurse turned data analyst
São Paulo, São Paulo, Brazil
Education
Universidade Federal de São Paulo
Bachelor's degree , Nursing
2008 - 2012
Licenses & certifications
Google Data Analytics Certificate
Google
Issued May 2024 · Expires Jun 2025
Credential ID ABC123
Volunteering
Mentor
Café Lumière 🚀
Jan 2021 - Present · 3 yrs 2 mos
Health
Mentors nursing students learning SQL.
Languages
Portuguese
Native or bilingual proficiency
English
Professional working proficiency
""")
    profile = parse_bio(copy)
    assert profile.name == "Ana Lima"
    assert profile.location == "São Paulo, São Paulo, Brazil"
    [school] = profile.education
    assert (school.degree, school.field) == ("Bachelor's degree", "Nursing")
    assert profile.certifications == [
        "Google Data Analytics Certificate · Google · Issued May 2024 · Expires Jun 2025"
    ]
    [mentor] = profile.volunteering
    assert (mentor.title, mentor.company) == ("Mentor", "Café Lumière 🚀")
    assert (mentor.start, mentor.end) == ("2021-01", None)
    assert mentor.description == "Mentors nursing students learning SQL."
    assert profile.languages == ["Portuguese", "English"]
    assert profile.positions == []


def test_zero_width_characters_and_nbsp_are_cleaned():
    copy = doubled("""
Experience
\u200bSenior\u00a0Data Engineer
Acme\u00a0Robotics · Full-time
Sep 2019 - Present · 5 yrs 2 mos
""")
    [position] = parse_bio(copy).positions
    assert (position.title, position.company) == ("Senior Data Engineer", "Acme Robotics")


def test_logged_out_copy_with_masked_titles_is_refused():
    copy = doubled("""
Lena Okafor
Columbus, Ohio, United States
Experience
****** ****
Oakridge Foods
2018 - Present
""")
    with pytest.raises(BioError, match="logged-out LinkedIn copy: titles are masked. Log in"):
        parse_bio(copy)


@pytest.mark.parametrize("text", ["", "   \n\t ", "\u200b\u200b\n\ufeff"])
def test_empty_bio_is_refused(text):
    with pytest.raises(BioError, match="empty"):
        parse_bio(text)


def test_copy_of_only_buttons_is_refused():
    with pytest.raises(BioError, match="No name, role, headline or about"):
        parse_bio("Connect\nMessage\nMore\n500+ connections\nShow all 8 experiences")


def test_unknown_lines_never_crash_the_parser():
    copy = (
        doubled("""
Experience
Jul 2021 - Present · 3 yrs 1 mo
· Full-time
6 yrs
Skills
Featured
Projects
Something odd · ·
""")
        + "\nAbout\nAbout\nA short about text."
    )
    profile = parse_bio(copy)
    assert profile.source_format == "linkedin_text"


def test_lena_example_file():
    profile = parse_bio((EXAMPLES / "lena-okafor-linkedin.txt").read_text(encoding="utf-8"))
    assert profile.name == "Lena Okafor"
    assert profile.location == "Columbus, Ohio, United States"
    assert "Ask me about leaving consulting" in profile.about
    assert profile.about.count("I lead a team of 12 analysts") == 1
    assert [(p.title, p.company, p.start, p.end) for p in profile.positions] == [
        ("Director of Supply Chain Analytics", "Oakridge Foods", "2022-03", None),
        ("Analytics Manager", "Oakridge Foods", "2018-06", "2022-02"),
        ("Senior Consultant, Supply Chain", "Deloitte", "2014-09", "2018-05"),
        ("Process Engineering Intern", "Midwest Grain Cooperative", "2013-05", "2013-08"),
    ]
    assert "from 3 to 12 analysts" in profile.positions[1].description
    assert profile.positions[2].location == "Chicago, Illinois, United States"
    [school] = profile.education
    assert (school.school, school.field, school.start, school.end) == (
        "Purdue University",
        "Chemical Engineering",
        "2010",
        "2014",
    )
    assert [v.company for v in profile.volunteering] == [
        "Columbus Community Learning Center",
        "Columbus Women in Data",
    ]
    assert "Demand Forecasting" in profile.skills and "SQL" in profile.skills
    assert not any(" at " in skill or "Purdue" in skill for skill in profile.skills)
    assert profile.languages == ["English", "Yoruba"]
    assert profile.warnings == []
