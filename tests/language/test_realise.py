"""Typed slots and the small grammar templates need: a value of the wrong kind never reaches the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from infoview_ai.language.realise import article, end_sentence, fill, join_and, org_phrase, possessive, tidy
from infoview_ai.trust.seams import has_seam


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("UX researcher", "a"),
        ("MBA student", "an"),
        ("RN", "an"),
        ("8-year veteran", "an"),
        ("11th-grade teacher", "an"),
        ("18-month fellowship", "an"),
        ("2-year stint", "a"),
        ("hour", "an"),
        ("honest answer", "an"),
        ("university lecturer", "a"),
        ("European bank", "a"),
        ("one-person team", "a"),
        ("U.S. Army officer", "a"),
        ("SQL analyst", "an"),
        ("engineer", "an"),
        ("nurse", "a"),
        ("umbrella company", "an"),
    ],
)
def test_article_follows_the_sound_not_the_letter(phrase, expected):
    assert article(phrase) == expected


def test_the_military_takes_in_the_and_teams_take_on():
    assert org_phrase("U.S. Army") == "in the U.S. Army"
    assert org_phrase("United States Marine Corps") == "in the United States Marine Corps"
    assert org_phrase("the Royal Navy") == "in the Royal Navy"
    assert org_phrase("design team") == "on the design team"
    assert org_phrase("Harborline Bank") == "at Harborline Bank"
    assert org_phrase("Army Corps of Engineers Museum") == "at Army Corps of Engineers Museum"


def test_possessive_lists_and_one_stop():
    assert possessive("Harris Analytics") == "Harris Analytics'"
    assert possessive("Lena") == "Lena's"
    assert join_and(["a", "b", "c"]) == "a, b and c"
    assert join_and(["a", "", "b"]) == "a and b"
    assert end_sentence("I worked at Redfern Outdoor Co.") == "I worked at Redfern Outdoor Co."
    assert end_sentence("You joined Acme") == "You joined Acme."
    assert end_sentence("Did you enjoy Redfern Outdoor Co.", "?") == "Did you enjoy Redfern Outdoor Co.?"
    assert (
        tidy("your work at Atelier Tejo Norte, Lda.. Could I")
        == "your work at Atelier Tejo Norte, Lda. Could I"
    )


@pytest.mark.parametrize(
    "company",
    [
        "",
        "   ",
        "Acme at",
        "Harbor (Bank",
        "the",
        "Data Science Fellow…",
        '"Loomwise',
        "42",
        "of",
        "Self-employed",
    ],
)
def test_a_slot_without_a_value_of_its_kind_renders_nothing(company):
    assert fill("What drew you from {old:org} to {new:org}?", old=company, new="Harborline Bank") is None


def test_a_filled_template_is_whole():
    got = fill("What has kept you {c:org.at} for {y:duration}?", c="U.S. Army", y="more than six years")
    assert got == "What has kept you in the U.S. Army for more than six years?"
    assert fill(
        "What did {s:duration} as {t:title.a} {c:org.at} teach you?",
        s="three months",
        t="UX researcher",
        c="Redfern Outdoor Co.",
    ) == ("What did three months as a UX researcher at Redfern Outdoor Co. teach you?")
    assert fill("{y:duration}", y="for ages") is None
    assert fill(
        'You wrote that you "{q:quote}": what made that stick?', q="moved planning to one SQL model."
    ) == ('You wrote that you "moved planning to one SQL model": what made that stick?')
    assert fill("{q:quote}", q='she said "ship it') is None


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=30))
def test_fill_never_raises_and_never_leaves_a_seam(old, new, years):
    got = fill("What drew you from {old:org} to {new:org} after {y:duration}?", old=old, new=new, y=years)
    assert got is None or not has_seam(got) or any(c in old + new for c in "[]{}")
