"""Plain bios (docs/domain.md §3): extract what the sentences state, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from infoview_ai.bio import parse_bio
from infoview_ai.cli.main import cli
from infoview_ai.errors import BioError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_third_person_bio_gives_name_role_and_company():
    profile = parse_bio(
        "Priya Raman leads the data platform team at Globex, where she keeps 300 pipelines "
        "running. She speaks about data contracts."
    )
    assert profile.source_format == "plain"
    assert profile.name == "Priya Raman"
    [role] = profile.positions
    assert role.company == "Globex"
    assert role.title == "Leads the data platform team"  # the words as written: no invented job title
    assert (role.start, role.end) == (None, None)
    assert "300 pipelines" in profile.about


def test_never_invented_fields_stay_empty():
    profile = parse_bio("Priya Raman leads the data platform team at Globex.")
    assert profile.location is None
    assert profile.headline is None
    assert profile.education == []
    assert profile.skills == [] and profile.languages == [] and profile.certifications == []
    assert profile.positions[0].location is None
    assert profile.positions[0].employment_type is None


def test_first_person_bio_with_heading_school_and_past_role():
    profile = parse_bio(
        "# Alex Kim\n\n"
        "Goal: move into supply-chain analytics at Oakridge Foods.\n\n"
        "I'm finishing a master's in industrial engineering at Purdue University. Before that I spent two\n"
        "years as a shift lead at Midwest Distribution in Indianapolis, running a team of 14.\n"
    )
    assert profile.name == "Alex Kim"
    [school] = profile.education
    assert school.school == "Purdue University"
    assert (school.degree, school.field) == ("Master's", "Industrial Engineering")
    [role] = profile.positions  # the Goal line is not a job at Oakridge Foods
    assert (role.title, role.company, role.location) == ("Shift Lead", "Midwest Distribution", "Indianapolis")
    assert role.start is None and role.end is None
    assert "two years" in role.description
    assert not profile.about.startswith("#")
    assert profile.location is None  # Indianapolis was a past job's place, not where Alex lives


def test_first_person_action_verb_keeps_the_stated_work():
    profile = parse_bio("I build data pipelines at Acme Robotics. I live in Lyon, France.")
    [role] = profile.positions
    assert (role.title, role.company) == ("Builds data pipelines", "Acme Robotics")
    assert profile.location == "Lyon, France"
    assert profile.name is None


def test_name_line_and_headline_on_top_of_a_speaker_bio():
    profile = parse_bio("Dana Cole\nVP of Operations, Initech\n\nDana runs operations at Initech in Denver.")
    assert profile.name == "Dana Cole"
    assert profile.headline == "VP of Operations, Initech"
    [role] = profile.positions
    assert (role.title, role.company, role.location) == ("VP of Operations", "Initech", "Denver")
    assert profile.location == "Denver"


def test_bio_without_name_or_employer_keeps_the_text():
    profile = parse_bio("Data engineer who likes maps and long bike rides.")
    assert profile.name is None and profile.positions == []
    assert profile.about == "Data engineer who likes maps and long bike rides."


def test_markdown_rule_is_not_a_masked_title():
    profile = parse_bio("# Sam Ortiz\n\n***\n\nI'm a planner at Harbor Grocers.")
    assert profile.name == "Sam Ortiz"
    assert profile.positions[0].company == "Harbor Grocers"


def test_text_without_words_is_refused():
    with pytest.raises(BioError, match="No name, role, headline or about"):
        parse_bio("--- !!! ---")


def test_priya_example_file():
    profile = parse_bio((EXAMPLES / "priya-raman-bio.txt").read_text(encoding="utf-8"))
    assert profile.name == "Priya Raman"
    assert profile.headline == "Director of Data Platform, Globex"
    assert profile.location == "Austin"
    current, promoted_from, past = profile.positions
    assert (current.title, current.company) == ("Director of Data Platform", "Globex")
    assert (promoted_from.title, promoted_from.company) == ("Senior Data Engineer", "Globex")
    assert (past.title, past.company) == ("Analytics Manager", "Lakeside Health Network")
    assert [(e.school, e.field) for e in profile.education] == [
        ("UT Austin", "Statistics"),
        ("Texas State University", "Health Informatics"),
    ]
    assert "from 3 to 14 million events" in profile.about


def test_marco_example_file():
    profile = parse_bio((EXAMPLES / "marco-silva-about.md").read_text(encoding="utf-8"))
    assert profile.name == "Marco Silva"
    assert profile.source_format == "plain"
    assert not profile.about.startswith("# Marco")
    assert "Ask me about moving from teaching to UX research" in profile.about
    titles = [(p.title, p.company) for p in profile.positions]
    assert titles[0] == ("UX researcher", "Brightline Health")
    assert ("Contract Researcher", "Fieldnote Labs") in titles
    teacher = next(p for p in profile.positions if "Teacher" in p.title)
    assert teacher.location == "São Paulo, Brazil" and teacher.company == ""
    assert ("University of São Paulo", "M.A.", "Education") in [
        (e.school, e.degree, e.field) for e in profile.education
    ]


def test_me_example_parses_as_a_plain_bio():
    profile = parse_bio((EXAMPLES / "me.md").read_text(encoding="utf-8"))
    assert profile.name == "Alex Kim"
    assert [p.company for p in profile.positions] == ["Midwest Distribution"]


# What a user sees from `infoview profile` --------------------------------------------------------------


def _profile(*args: str, input: str | None = None):
    result = CliRunner().invoke(cli, ["profile", *args], input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _experience(bio: str) -> list[str]:
    """The Experience lines `infoview profile` prints for a bio read from stdin."""
    lines = _profile("--bio", "-", input=bio).split("\n")
    start = lines.index("## Experience") + 2
    return lines[start : lines.index("", start)]


def test_about_is_the_prose_without_the_name_and_headline_lines():
    about = json.loads(_profile("--bio", str(EXAMPLES / "priya-raman-bio.txt"), "--format", "json"))["about"]
    assert about.startswith("Priya Raman leads the data platform team at Globex")
    assert "Director of Data Platform, Globex" not in about  # the headline, shown as the headline
    assert about.endswith("what hospitals taught her about data quality.")


def test_about_drops_a_bold_headline_under_the_heading():
    data = json.loads(_profile("--bio", str(EXAMPLES / "marco-silva-about.md"), "--format", "json"))
    assert data["headline"] == "UX Researcher at Brightline Health"
    assert data["about"].startswith("I'm a UX researcher at Brightline Health")
    assert "**" not in data["about"] and "# Marco" not in data["about"]


def test_about_keeps_a_first_line_that_is_prose():
    profile = parse_bio("Data engineer who likes maps.\n\nPriya Raman leads the data team at Globex.")
    assert profile.about.startswith("Data engineer who likes maps.")


def test_stated_years_and_a_promotion_in_prose_become_dated_roles():
    shown = _profile("--bio", str(EXAMPLES / "priya-raman-bio.txt"))
    assert "- 2022 - present: Director of Data Platform, Globex (Austin)" in shown
    assert "- 2019 - 2022: Senior Data Engineer, Globex" in shown
    assert "- ? - ?: Analytics Manager, Lakeside Health Network" in shown  # "six years": no dates stated


@pytest.mark.parametrize(
    ("bio", "line"),
    [
        (
            "Dana Cole joined Initech in 2019 as a product analyst.",
            "- 2019 - present: Product Analyst, Initech",
        ),
        (
            "Dana Cole is a planner. In 2019 she joined Initech as a data analyst.",
            "- 2019 - present: Data Analyst, Initech",
        ),
        (
            "Dana Cole is a product manager at Initech, where she has worked since 2021.",
            "- 2021 - present: Product Manager, Initech",
        ),
        (
            "Dana Cole is a planner. Before that she was an analyst at Initech (2014-2018).",
            "- 2014 - 2018: Analyst, Initech",
        ),
        (
            "Dana Cole is a planner. From 2014 to 2018 she was an analyst at Initech.",
            "- 2014 - 2018: Analyst, Initech",
        ),
        ("Dana Cole worked as an analyst at Initech from 2014 to 2018.", "- 2014 - 2018: Analyst, Initech"),
    ],
)
def test_stated_years_are_copied_into_the_role(bio, line):
    assert line in _experience(bio)


def test_a_promotion_in_a_later_sentence_continues_the_role_named_last():
    assert _experience(
        "Dana Cole joined Initech in 2015 as an analyst. She was promoted to engineering manager in 2018."
    ) == ["- 2018 - present: Engineering Manager, Initech", "- 2015 - 2018: Analyst, Initech"]


def test_several_promotions_list_the_newest_first():
    assert _experience(
        "Dana Cole joined Initech in 2015 as an analyst, became a manager in 2018 and was promoted to "
        "director in 2022."
    ) == [
        "- 2022 - present: Director, Initech",
        "- 2018 - 2022: Manager, Initech",
        "- 2015 - 2018: Analyst, Initech",
    ]


@pytest.mark.parametrize(
    "bio",
    [
        "Dana Cole joined Initech as an analyst.",  # no year stated
        "Dana Cole was born in 1985 and joined Initech as an analyst.",  # a year, but not the join's
        "Dana Cole grew sales from 2000 to 2015 stores as an analyst at Initech.",  # numbers, not years
        "Dana Cole has mentored students since 2015 and is an analyst at Initech.",  # another clause's year
    ],
)
def test_years_are_never_invented(bio):
    assert _experience(bio) == ["- ? - ?: Analyst, Initech **(check dates)**"]  # no dates: marked to check


def test_a_life_event_is_not_a_promotion():
    assert _experience("Dana Cole joined Initech in 2015 as an analyst and became a mother in 2018.") == [
        "- 2015 - present: Analyst, Initech"
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Head of Growth at Acme Corp since 2019.", "Head of Growth"),
        ("Senior Data Engineer at Acme Corp.", "Senior Data Engineer"),
        ("Jane Doe, Head of Growth at Acme Corp.", None),  # a name and a title: not one title
        ("Ten years at Acme Corp.", None),
    ],
)
def test_a_sentence_that_opens_with_the_title_keeps_it(sentence, title):
    profile = parse_bio(f"Jane Doe\n{sentence} Before that I ran marketing at Globex.")
    acme = [p for p in profile.positions if p.company.startswith("Acme")]
    if title is None:
        assert not acme or acme[0].title != sentence.split(" at ")[0]
    else:
        assert [p.title for p in acme] == [title]
        assert not any("no title" in warning for warning in profile.warnings)
