"""Bios built to make the parser backtrack, at the size caps: a brief, or a one-line refusal, not a hang.

Each pattern repeats a parser's own tokens (tests/hostile/pathological.py). On the code before issue 12's
fixes, a 10,000-character line of "Engineer at " or "at Acme " took tens of seconds, and a couple of
hundred kilobytes of bullets or role sentences minutes (a quadratic school reader and role merge).
"""

from __future__ import annotations

import pytest
from hostile.pathological import IN_LINE, MANY_LINES, bio
from hostile_cli import WALL_SECONDS, brief

from infoview_ai.bio.limits import MAX_LINE_CHARS, MAX_TEXT_BYTES

# An eighth of the text cap for the patterns across lines: at the whole 2 MB, "role headers" and
# "role blocks" still take 15 to 40 s on a loaded machine (benchmarks/parse_scaling.py), left for later
BIO_CHARS = MAX_TEXT_BYTES // 8


def _assert_brief_or_refusal(path) -> None:
    run = brief(str(path))
    assert run.exit_code in (0, 2), (run.exit_code, run.stderr[-500:])
    assert "Traceback" not in run.stderr and "bug" not in run.stderr.lower()
    if run.exit_code == 2:
        assert run.message.startswith("Error: ") and "\n" not in run.message, run.message
    assert run.seconds < 2 * WALL_SECONDS, run.seconds


@pytest.mark.parametrize("pattern", list(IN_LINE))
def test_one_long_line_of_a_pattern_is_read_in_bounded_time(tmp_path, pattern):
    path = tmp_path / "bio.txt"
    path.write_text(bio(pattern, MAX_LINE_CHARS), encoding="utf-8")
    _assert_brief_or_refusal(path)


@pytest.mark.parametrize("pattern", list(MANY_LINES))
def test_a_bio_of_many_pattern_lines_is_read_in_bounded_time(tmp_path, pattern):
    path = tmp_path / "bio.txt"
    path.write_text(bio(pattern, BIO_CHARS), encoding="utf-8")
    _assert_brief_or_refusal(path)


def test_five_thousand_roles_are_merged_in_bounded_time(tmp_path):
    roles = "".join(f"She was engineer {i} at Acme {i % 50} from 2001 to 2002. " for i in range(5_000))
    path = tmp_path / "bio.txt"
    path.write_text("Jane Doe\n" + roles, encoding="utf-8")
    _assert_brief_or_refusal(path)


def test_a_bio_with_thousands_of_roles_keeps_the_first_hundred_and_says_so():
    from infoview_ai.bio.parse import parse_bio

    roles = "".join(f"Engineer {i}\nAcme {i}\n{1950 + i % 70} - Present\n" for i in range(3_000))
    profile = parse_bio("Jane Doe\n" + roles)
    assert len(profile.positions) == 100
    assert any("only the first 100 were read" in warning for warning in profile.warnings), profile.warnings
