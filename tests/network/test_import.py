"""`infoview import` on real SQLite files: Connections.csv and its quirks, any CSV, bios, re-imports."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from click.testing import CliRunner

from infoview_ai import store
from infoview_ai.cli.main import cli
from infoview_ai.context import Position, Profile
from infoview_ai.network import csv_reader
from infoview_ai.tracker import contacts

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PREAMBLE = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses are missing. '
    'You will only see email addresses for connections who have allowed it."\r\n'
    "\r\n"
)
LENA = (
    "Lena,Okafor,https://www.linkedin.com/in/lena-okafor-123,,Oakridge Foods,"
    "Director of Supply Chain Analytics,14 Mar 2023"
)
KWAME = (
    'Kwame,Asante,https://www.linkedin.com/in/kwame-asante,kwame@example.com,"Globex, Inc","Head of\r\nData",'
    "02 Feb 2021"
)


def connections(*rows: str, bom: bool = True) -> bytes:
    text = PREAMBLE + HEADER + "\r\n" + "".join(row + "\r\n" for row in rows)
    return (("\ufeff" if bom else "") + text).encode("utf-8")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def import_json(*args: str) -> dict:
    result = run("import", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def rows(query: str = "SELECT * FROM contacts ORDER BY id") -> list[dict]:
    with store.connect() as conn:
        return [dict(r) for r in conn.execute(query)]


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


# ---- LinkedIn's Connections.csv -------------------------------------------------------------------


def test_connections_with_preamble_bom_crlf_quotes_and_empty_emails(tmp_path):
    summary = import_json(write(tmp_path / "Connections.csv", connections(LENA, KWAME)))
    assert (summary["added"], summary["skipped"]) == (2, 0)
    lena, kwame = rows()
    assert lena["name"] == "Lena Okafor" and lena["company"] == "Oakridge Foods"
    assert lena["headline"] == "Director of Supply Chain Analytics"
    assert (lena["degree"], lena["source"], lena["connected_on"]) == (1, "linkedin-connections", "2023-03-14")
    assert lena["email"] is None and kwame["email"] == "kwame@example.com"
    assert kwame["company"] == "Globex, Inc" and kwame["headline"] == "Head of Data"  # the quoted newline
    listed = contacts.list_contacts()
    assert [c.status() for c in listed] == ["identified", "identified"] and not listed[0].events
    # the stored profile reads back, so `outreach --contact` works for an imported person
    loaded = contacts.load_for_generation(lena["id"])
    assert loaded.profile.current.company == "Oakridge Foods"


def test_bad_rows_are_reported_by_line_and_skipped(tmp_path):
    data = connections(
        LENA,
        ",,https://www.linkedin.com/in/nobody,,Acme,CEO,1 Jan 2020",  # line 6: no name
        'Eve,Hacker,https://www.linkedin.com/in/eve,,"=HYPERLINK(""http://x"",""y"")",CTO,1 Jan 2020',
        "Too,Many,https://www.linkedin.com/in/tm,,Acme,CEO,1 Jan 2020,extra",
        "Joe,Plain,https://www.linkedin.com/in/joe,,-,+1 555 010 2030,1 Jan 2020",  # plain values, kept
    )
    result = run("import", write(tmp_path / "Connections.csv", data))
    assert result.exit_code == 0
    assert "1+1" not in result.stdout
    assert "2 added, 0 updated, 0 unchanged, 3 skipped" in result.stdout
    assert "line 6: no name" in result.stdout
    assert "line 7: the company looks like a spreadsheet formula" in result.stdout
    assert "line 8: 8 cells where the header has 7" in result.stdout
    assert [r["name"] for r in rows()] == ["Lena Okafor", "Joe Plain"]


def test_many_skipped_rows_show_the_first_few_then_a_count(tmp_path):
    data = connections(*[f",,https://www.linkedin.com/in/n{i},,Acme,CEO,1 Jan 2020" for i in range(9)])
    result = run("import", write(tmp_path / "c.csv", data))
    assert result.stdout.count("no name") == 5 and "and 4 more" in result.stdout


def test_broken_encoding_rows_are_skipped_and_a_cp1252_file_is_read(tmp_path):
    good = "First Name,Last Name,Company\nRené,Lefèvre,Société Générale\n".encode()
    mixed = good + b"Zo\xeb,Broken,Acme\n" + "Ana,Lima,RenÃ©e Ltd\n".encode()
    summary = import_json(write(tmp_path / "mixed.csv", mixed))
    assert summary["added"] == 1 and [s["where"] for s in summary["skipped_rows"]] == ["line 3", "line 4"]
    assert all("broken encoding" in s["reason"] for s in summary["skipped_rows"])
    legacy = "Name;Company;Title\r\nZoë Ó Briain;Café Noir;Barista\r\n".encode("cp1252")
    summary = import_json(write(tmp_path / "legacy.csv", b"sep=;\r\n" + legacy))
    assert summary["added"] == 1
    assert rows()[-1]["name"] == "Zoë Ó Briain" and rows()[-1]["company"] == "Café Noir"


def test_a_semicolon_file_with_common_headers_and_credentials_on_names(tmp_path):
    data = (
        "Full Name;Organization;Job Title;LinkedIn;E-mail\nDr. Jane Doe, PhD;Acme;CTO;linkedin.com/in/jane;\n"
    )
    summary = import_json(write(tmp_path / "people.csv", data.encode()))
    assert summary["added"] == 1
    (jane,) = rows()
    assert (jane["name"], jane["company"], jane["headline"]) == ("Jane Doe", "Acme", "CTO")
    assert jane["profile_url"] == "https://www.linkedin.com/in/jane" and jane["degree"] is None
    assert jane["source"] == "csv"


# ---- --map ------------------------------------------------------------------------------------------


def test_map_names_the_columns(tmp_path):
    data = b"Who,Org,Role,Profile link\nPriya Raman,Globex Health,Senior Data Scientist,\n"
    path = write(tmp_path / "p.csv", data)
    summary = import_json(path, "--map", "name=Who,company=Org,title=Role,url=Profile link")
    assert summary["added"] == 1 and rows()[0]["headline"] == "Senior Data Scientist"


def test_map_naming_a_missing_column_exits_2_and_lists_the_headers(tmp_path):
    path = write(tmp_path / "p.csv", b"Who,Org\nPriya Raman,Globex\n")
    result = run("import", path, "--map", "name=Full Name")
    assert result.exit_code == 2
    assert "no column 'Full Name'" in result.stderr and "'Who', 'Org'" in result.stderr
    assert "Traceback" not in result.output
    result = run("import", path, "--map", "employer=Org")
    assert result.exit_code == 2 and "unknown field" in result.stderr and "company" in result.stderr
    result = run("import", write(tmp_path / "q.csv", b"Org,Role\nGlobex,CTO\n"))
    assert result.exit_code == 2 and "no name column" in result.stderr and "--map name=" in result.stderr
    assert not store.db_path().exists() or rows() == []


# ---- re-imports -------------------------------------------------------------------------------------


def test_reimport_updates_never_duplicates_and_keeps_what_you_added(tmp_path):
    path = tmp_path / "Connections.csv"
    import_json(write(path, connections(LENA, KWAME)))
    lena_id = rows()[0]["id"]
    contacts.edit_contact(lena_id, note="met at the supply chain meetup")
    contacts.log_event(lena_id, "requested", note="LinkedIn note")
    contacts.save_draft(lena_id, "outreach", {"body": "Hi Lena"})
    moved = LENA.replace("Oakridge Foods,Director of Supply Chain Analytics", "Northwind,VP Analytics")
    # the same people under other spellings of their URLs, and one new person
    variant = moved.replace(
        "https://www.linkedin.com/in/lena-okafor-123", "http://uk.linkedin.com/in/Lena-Okafor-123/?trk=x"
    )
    newcomer = "Marco,Silva,https://www.linkedin.com/in/marco-silva,,Initech,Engineer,1 Jun 2024"
    summary = import_json(write(path, connections(variant, KWAME, newcomer)))
    assert (summary["added"], summary["updated"], summary["unchanged"]) == (1, 1, 1)
    assert len(rows()) == 3
    lena = contacts.get_contact(lena_id)
    assert (lena.company, lena.headline) == ("Northwind", "VP Analytics")
    assert lena.note == "met at the supply chain meetup"
    assert [e.kind for e in lena.events] == ["requested"] and len(lena.drafts) == 1
    assert contacts.load_for_generation(lena_id).profile.current.company == "Northwind"
    again = import_json(str(path))
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 3)


def test_empty_cells_never_erase_and_a_row_twice_in_one_file_is_one_person(tmp_path):
    path = tmp_path / "c.csv"
    import_json(write(path, connections(KWAME)))
    blanked = "Kwame,Asante,https://www.linkedin.com/in/kwame-asante,,,,"
    summary = import_json(write(path, connections(blanked, blanked)))
    assert summary["unchanged"] == 1 and summary["skipped_rows"][0]["reason"] == "the same person as line 5"
    (kwame,) = rows()
    assert (kwame["email"], kwame["company"], kwame["connected_on"]) == (
        "kwame@example.com",
        "Globex, Inc",
        "2021-02-02",
    )


def test_matching_by_name_and_company_and_namesakes_with_their_own_urls(tmp_path):
    data = b"Name,Company,Title\n  lena   OKAFOR ,oakridge foods,Director\n"
    import_json(write(tmp_path / "a.csv", connections(LENA)))
    assert import_json(write(tmp_path / "b.csv", data))["updated"] == 1
    namesake = LENA.replace("lena-okafor-123", "lena-okafor-999")
    assert import_json(write(tmp_path / "c.csv", connections(namesake)))["added"] == 1
    assert len(rows()) == 2


def test_a_contact_added_by_hand_keeps_its_bio_and_company_and_gains_the_connection(tmp_path):
    profile = Profile(
        name="Lena Okafor",
        headline="Director at Oakridge",
        positions=[Position(title="Director", company="Oakridge Foods", start="2022-03")],
    )
    contact_id = contacts.add_contact(profile, "Lena Okafor\nDirector at Oakridge", company="Oakridge Foods")
    before = rows()[0]
    summary = import_json(write(tmp_path / "c.csv", connections(LENA)))
    assert summary["updated"] == 1 and summary["added"] == 0
    after = rows()[0]
    assert (after["profile"], after["bio_text"], after["headline"]) == (
        before["profile"],
        before["bio_text"],
        "Director at Oakridge",
    )
    assert after["degree"] == 1 and after["profile_url"] == "https://www.linkedin.com/in/lena-okafor-123"
    assert after["id"] == contact_id and after["source"] is None
    moved = LENA.replace("Oakridge Foods", "Northwind")
    result = run("import", write(tmp_path / "d.csv", connections(moved)))
    assert "kept the company 'Oakridge Foods' you set (the file says 'Northwind'" in result.stderr
    assert rows()[0]["company"] == "Oakridge Foods"


# ---- dry run, JSON, one transaction, caps ---------------------------------------------------------


def test_dry_run_writes_nothing(tmp_path):
    path = write(tmp_path / "c.csv", connections(LENA, KWAME))
    result = run("import", path, "--dry-run")
    assert result.exit_code == 0 and "Would import c.csv: 2 added" in result.stdout
    assert "nothing was written" in result.stdout
    assert not store.db_path().exists()
    import_json(path)
    assert import_json(path, "--dry-run")["unchanged"] == 2


def test_a_failed_import_changes_nothing(tmp_path, monkeypatch):
    from infoview_ai.tracker import bulk

    import_json(write(tmp_path / "a.csv", connections(LENA)))

    def fail(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(bulk, "update_contacts", fail)
    moved = LENA.replace("Oakridge Foods", "Northwind")
    result = CliRunner().invoke(cli, ["import", write(tmp_path / "b.csv", connections(moved, KWAME))])
    assert result.exit_code != 0
    assert [(r["name"], r["company"]) for r in rows()] == [("Lena Okafor", "Oakridge Foods")]


def test_row_cap_and_file_cap_refuse_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "MAX_ROWS", 2)
    result = run("import", write(tmp_path / "c.csv", connections(LENA, KWAME, LENA.replace("Lena", "Ada"))))
    assert result.exit_code == 2 and "more than 2 rows" in result.stderr and "split it" in result.stderr
    assert not store.db_path().exists() or rows() == []


def test_a_device_or_a_pipe_is_read_only_up_to_the_cap(tmp_path):
    started = time.monotonic()
    result = run("import", "/dev/zero")  # zipfile.is_zipfile on a device seeks and reads without end
    assert time.monotonic() - started < 30
    assert result.exit_code == 2 and "larger than" in result.stderr


def test_30000_rows_import_in_reasonable_time(tmp_path):
    generated = [
        f"First{i},Last{i},{'https://www.' if i % 2 else ''}linkedin.com/in/p-{i},,Company {i % 300},"
        f"Engineer,{1 + i % 28} Mar 2020"
        for i in range(30_000)
    ]
    path = write(tmp_path / "Connections.csv", connections(*generated))
    start = time.monotonic()
    assert import_json(path)["added"] == 30_000
    assert import_json(path)["unchanged"] == 30_000
    assert time.monotonic() - start < 120  # about hangs only; benchmarks/import_scale.py has the figures
    assert rows("SELECT count(*) AS n FROM contacts")[0]["n"] == 30_000


# ---- a folder of bios ------------------------------------------------------------------------------


def test_a_folder_of_bios_is_read_like_contacts_add_and_reimports_unchanged(tmp_path):
    import shutil

    folder = tmp_path / "bios"
    folder.mkdir()
    shutil.copy(EXAMPLES / "lena-okafor-linkedin.txt", folder / "lena.txt")
    shutil.copy(EXAMPLES / "priya-raman-bio.txt", folder / "priya.txt")
    (folder / "empty.txt").write_text("   \n")
    (folder / "notes.jpg").write_bytes(b"\xff\xd8")  # not a bio: left alone
    summary = import_json(str(folder))
    assert summary["added"] == 2 and [s["where"] for s in summary["skipped_rows"]] == ["empty.txt"]
    by_name = {c.name: c for c in contacts.list_contacts()}
    lena = by_name["Lena Okafor"]
    assert lena.source == "bio-folder" and lena.company == "Oakridge Foods" and lena.bio_text
    assert contacts.get_contact(lena.id).profile["positions"]  # the parsed profile, not a stub
    again = import_json(str(folder))
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 2)
    result = run("import", str(folder), "--map", "name=Name")
    assert result.exit_code == 2 and "--map is for a CSV" in result.stderr


def test_terminal_escapes_in_what_the_summary_quotes_are_not_printed(tmp_path):
    folder = tmp_path / "bios"
    folder.mkdir()
    (folder / "evil\x1b]0;pwned\x07.txt").write_text(" \n")  # a file name is quoted as it is
    result = run("import", str(folder))
    assert "skipped evil.txt: The bio" in result.stdout and "pwned" not in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
