"""JSON profiles built to hurt or written wrong: deep nesting is refused with the cap, long lists are
read up to a cap with a warning, and any value of a wrong type is converted or left out with one warning
line per kind of problem; never a traceback.

Before this (issue 12) the fuzz test below found 0 crashes in 1,000 documents at parse level (earlier
fixes had made the readers type-safe), but 100,000-deep JSON was refused without naming a cap, a
1.2 MB profile of 20,000 roles ran for over ten minutes (1,000 roles: 10 s), and what could not be read
was left out silently. The shared date reader (``dates.loose_date``) also raised on infinity.
"""

from __future__ import annotations

import json

import pytest
from hostile_cli import assert_read, assert_refused, brief
from hypothesis import HealthCheck, given, settings
from json_fuzz import fuzzed_profiles

from infoview_ai.bio import parse_bio
from infoview_ai.bio.json_shapes import MAX_ENTRIES
from infoview_ai.bio.limits import MAX_JSON_DEPTH
from infoview_ai.context import Profile
from infoview_ai.errors import InputError

DEPTH = 100_000
BASICS = {"basics": {"name": "Jane Doe", "label": "Data Engineer at Acme"}}


def _write(tmp_path, data, name="profile.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False))
    return str(path)


@pytest.mark.parametrize(
    "text",
    [
        "[" * DEPTH + "]" * DEPTH,
        '{"a":' * DEPTH + "1" + "}" * DEPTH,
        '{"basics": {"name": "Jane", "x": ' + "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1) + "}}",
    ],
    ids=["lists", "objects", "just-over-the-cap"],
)
def test_deep_json_is_refused_naming_the_cap(tmp_path, text):
    assert_refused(brief(_write(tmp_path, text)), f"more than {MAX_JSON_DEPTH} levels deep")


def test_json_within_the_depth_cap_is_read(tmp_path):
    nested = "[" * 50 + "]" * 50
    assert_read(brief(_write(tmp_path, '{"basics": {"name": "Jane Doe", "x": ' + nested + "}}")))


def test_thousands_of_roles_are_read_up_to_the_cap_with_a_warning(tmp_path):
    roles = [{"name": f"Company {i}", "position": "Engineer", "startDate": "2019"} for i in range(20_000)]
    run = brief(_write(tmp_path, {**BASICS, "work": roles}))
    assert_read(run)
    assert f"only the first {MAX_ENTRIES}" in run.stderr and "20,000" in run.stderr
    profile = parse_bio(json.dumps({**BASICS, "work": roles}))
    assert len(profile.positions) == MAX_ENTRIES


def test_grouped_roles_are_capped_in_total():
    companies = [
        {"company": f"C{i}", "positions": [{"title": f"T{j}"} for j in range(60)]} for i in range(60)
    ]
    profile = parse_bio(json.dumps({"name": "Jane Doe", "experience": companies}))
    assert len(profile.positions) == MAX_ENTRIES


@pytest.mark.parametrize(
    ("work", "warning"),
    [
        ("Acme", "not objects"),
        ([1, None, "x"], "not objects"),
        ([{"name": "Acme", "position": "Engineer", "startDate": "nineteen"}], "could not be read"),
        ([{"name": "Acme", "position": ["Engineer"]}, {"name": "B", "position": "Eng"}], "should be text"),
    ],
)
def test_wrong_types_are_left_out_with_one_warning(work, warning):
    profile = parse_bio(json.dumps({**BASICS, "work": work}))
    assert profile.name == "Jane Doe"
    assert [w for w in profile.warnings if warning in w], profile.warnings


def test_thousands_of_bad_values_give_one_line_per_kind(tmp_path):
    work = [
        {"name": f"A{i}", "position": "Eng", "startDate": "soon", "endDate": {"year": "x"}} for i in range(90)
    ]
    run = brief(_write(tmp_path, {**BASICS, "work": [*work, *range(90)]}))
    assert_read(run)
    assert run.stderr.count("could not be read") == 1 and "180 date(s)" in run.stderr
    assert run.stderr.count("not objects") == 1


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Present", None),
        ("2019-present", "2019"),
        ("Jan 2020", "2020-01"),
        ("2019-09-15", "2019-09"),
        ("09/2019", "2019-09"),
        ("Sept. 2019", "2019-09"),
        (2019, "2019"),
        ({"year": "2019", "month": "Sep"}, "2019-09"),
        ({"year": 2019, "month": "09"}, "2019-09"),
        ({"year": 2019, "month": 9}, "2019-09"),
        (float("nan"), None),
        (float("inf"), None),
    ],
)
def test_dates_in_every_common_form(written, read):
    work = [{"name": "Acme", "position": "Engineer", "startDate": written}]
    assert parse_bio(json.dumps({**BASICS, "work": work})).positions[0].start == read


def _reads(text: str) -> Profile | None:
    try:
        return parse_bio(text)
    except InputError:
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fuzzed_profiles())
def test_type_fuzzed_profiles_read_or_raise_input_error(document):
    profile = _reads(json.dumps(document, ensure_ascii=False))
    assert profile is None or isinstance(profile, Profile)
    assert profile is None or len(profile.warnings) <= 20


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(document=fuzzed_profiles())
def test_type_fuzzed_profiles_through_the_cli(tmp_path_factory, document):
    run = brief(_write(tmp_path_factory.mktemp("fuzz"), document))
    assert run.exit_code in (0, 2), (run.exit_code, run.stderr[-500:])
    assert "Traceback" not in run.stderr and "bug" not in run.stderr.lower()
