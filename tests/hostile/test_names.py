"""A company or industry given on the command line is a name, not a paragraph: a clear refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_cli import assert_refused, invoke

LENA = str(Path(__file__).resolve().parents[2] / "examples" / "lena-okafor-linkedin.txt")


@pytest.mark.parametrize("flag", ["--company", "--industry"])
def test_a_pasted_paragraph_as_a_name_is_refused(flag):
    run = invoke("brief", "--engine", "offline", "--bio", LENA, flag, "Engineer at " * 5000)
    assert_refused(run, flag, "--company-notes")


def test_a_long_real_name_is_kept():
    name = "The International Bank for Reconstruction and Development (World Bank Group)"
    run = invoke("brief", "--engine", "offline", "--bio", LENA, "--company", name)
    assert run.exit_code == 0 and name in run.stdout
