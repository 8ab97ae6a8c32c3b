"""Helpers for tests/outreach_plan: a real tracker: people imported from a Connections.csv through the
import the user runs, events logged through the tracker."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from infoview_ai.cli.main import cli

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PREAMBLE = 'Notes:\r\n"Some e-mail addresses may be missing."\r\n\r\n'
GOAL = (
    "# Alex Kim\n\nGoal: understand how people move from warehouse operations into supply-chain "
    "analytics.\n\nTwo years as a shift lead at a distribution centre.\n"
)


def connections(rows: list[tuple[str, str, str, str]]) -> bytes:
    """(first, last, company, position) rows as LinkedIn's Connections.csv."""
    lines = [
        f'{first},{last},https://www.linkedin.com/in/{first.lower()}-{last.lower()},,"{company}","{title}",'
        "14 Mar 2023"
        for first, last, company, title in rows
    ]
    return ("\ufeff" + PREAMBLE + HEADER + "\r\n" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def ok(*args: str):
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result


def import_rows(tmp_path: Path, rows, name: str = "Connections.csv") -> None:
    path = tmp_path / name
    path.write_bytes(connections(rows))
    summary = json.loads(ok("import", str(path), "--json").stdout)
    assert summary["added"] + summary["updated"] + summary["unchanged"] == len(rows)


def people_csv(tmp_path: Path, rows: list[tuple[str, str, str, str]], name: str = "people.csv") -> None:
    """Not 1st-degree: any CSV of people, imported with the common headers."""
    lines = ["Full Name,Company,Title,LinkedIn"] + [
        f'{first} {last},"{company}","{title}",https://www.linkedin.com/in/{first.lower()}-{last.lower()}'
        for first, last, company, title in rows
    ]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ok("import", str(path), "--json")
