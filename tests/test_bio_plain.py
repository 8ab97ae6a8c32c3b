"""Plain bios (FORMATS.md §3): extract what the sentences state, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from infoview_ai.bio import parse_bio
from infoview_ai.errors import BioError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


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
    current, past = profile.positions
    assert (current.title, current.company) == ("Director of Data Platform", "Globex")
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
