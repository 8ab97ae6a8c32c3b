"""Which stored rows name a person (for `contacts delete`), and which name only someone like them."""

from __future__ import annotations

import json

from infoview_ai.tracker.traces import person

ABOUT = "I lead a team of 12 analysts. Ask me about leaving consulting for an operating role at a grocer."


def row(text: str) -> str:
    return json.dumps({"body": text, "notes": ["n"]})


def test_a_row_is_matched_by_full_name_phrase_or_first_name_with_company():
    lena = person("Lena Okafor", "Oakridge Foods", [ABOUT])
    assert lena.named_in(row("LENA OKAFOR leads analytics."))
    assert lena.named_in(row("You invite questions: 'ask me about leaving consulting'?"))
    assert lena.named_in(row("Hi Lena, your move to Oakridge Foods..."))


def test_other_peoples_rows_are_not_matched():
    lena = person("Lena Okafor", "Oakridge Foods", [ABOUT])
    assert not lena.named_in(row("Hi Lena, your work at Globex..."))  # another Lena
    assert not lena.named_in(row("Lena Okaforova joined Oakridge."))  # words, not substrings
    assert not lena.named_in(row("Hi Priya, I lead a team too."))
    # a phrase or first name at the same company that another contact shares does not count
    twin = person(
        "Lena Okafor", "Oakridge Foods", [ABOUT], others=[("Lena Smith", "Oakridge Foods", [ABOUT])]
    )
    assert not twin.named_in(row("Hi Lena, ask me about leaving consulting at Oakridge Foods."))
    assert twin.named_in(row("Lena Okafor"))


def test_non_ascii_names_match_in_json_escaped_rows():
    jose = person("José Núñez", None, [])
    assert jose.named_in(json.dumps({"body": "Hi José Núñez"}))  # stored as \\u00e9
    assert not jose.named_in(json.dumps({"body": "Hi Jose Nunez"}))
