"""Shared pieces for the batch tests: a people CSV on disk, the CLI runner, a tracker with contacts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from infoview_ai.cli.main import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ME = str(EXAMPLES / "me.md")
LENA = EXAMPLES / "lena-okafor-linkedin.txt"
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def people_csv(path: Path, rows: list[dict], columns=("name", "company", "title", "bio", "notes")) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


FIRST = (
    "Lena Kwame Priya Marco Sofia Daniel Aisha Tomas Mei Jonas Fatima Lucas Hana Omar Clara Ravi Elena "
    "Samuel Nadia Victor"
).split()
LAST = (
    "Okafor Asante Raman Silva Novak Berg Haddad Costa Tanaka Weber Mensah Lindqvist Rossi Sato Dubois Kumar "
    "Moreau Jensen Petrov Alvarez Nakamura Fischer Osei Laurent Ito Schmidt Bianchi Kowalski Nguyen Hansen "
    "Ortiz Keller Brennan Varga Quinn Mbeki Sorensen Castillo Yamamoto Richter Amato Horvat Lund Barros "
    "Okonkwo Fontaine Stein Duarte Kimura Ferreira"
).split()


def many_people(count: int) -> list[dict]:
    """People with short bios of their own, so every draft differs (1,000 distinct names)."""
    companies = ["Oakridge Foods", "Globex", "Initech", "Umbrella Health", "Stark Logistics"]
    titles = ["Data Analyst", "Supply Chain Manager", "Product Manager", "Operations Lead", "Engineer"]
    rows = []
    for n in range(count):
        company, title = companies[n % 5], titles[(n // 5) % 5]
        first, last = FIRST[n % 20], LAST[(n // 20) % 50]
        bio = (
            f"{first} {last} is a {title} at {company}. Before that, {first} spent {2 + n % 6} years at Acme."
        )
        rows.append({"name": f"{first} {last}", "company": company, "title": title, "bio": bio})
    return rows


def import_connections(tmp_path: Path, rows: list[str]) -> None:
    """People into the tracker as LinkedIn's Connections.csv brings them: 1st-degree connections."""
    file = tmp_path / "Connections.csv"
    file.write_text(
        "Notes:\r\n\r\n" + CONNECTIONS_HEADER + "\r\n" + "".join(r + "\r\n" for r in rows), "utf-8"
    )
    result = run("import", str(file))
    assert result.exit_code == 0, result.output


def index_rows(folder: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO((folder / "index.csv").read_text(encoding="utf-8"))))


def manifest_lines(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / ".batch-manifest.jsonl").read_text().splitlines() if line]
