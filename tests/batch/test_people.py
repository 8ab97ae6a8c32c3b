"""Who a batch drafts for: CSV quirks, targets output, tracker selectors."""

from __future__ import annotations

import json

from batch_helpers import import_connections, people_csv

from infoview_ai.batch.people import people_from_contacts, read_people_file


def test_a_spreadsheet_csv_with_bom_crlf_quotes_a_formula_and_a_missing_bio(tmp_path):
    (tmp_path / "bios").mkdir()
    (tmp_path / "bios" / "kwame.txt").write_text("Kwame Asante is Head of Data at Globex.", encoding="utf-8")
    text = (
        "\ufeffFull Name,Company,Title,Bio,Bio Path,Notes\r\n"
        '"Okafor, Lena",Oakridge Foods,"Director, ""Analytics""",'
        '"She leads\r\n12 analysts.",,met at a fair\r\n'
        "Kwame Asante,Globex,Head of Data,,bios/kwame.txt,\r\n"
        "=cmd|' /C calc'!A0,Evil,Title,,,\r\n"
        "No Bio Person,Initech,Engineer,,,\r\n"
        "Gone Person,Initech,Engineer,,bios/missing.txt,\r\n"
    )
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode("utf-8"))
    people, skipped = read_people_file(path)
    assert [p.name for p in people] == ["Okafor, Lena", "Kwame Asante", "No Bio Person"]
    lena = people[0]
    assert lena.title == 'Director, "Analytics"'
    assert lena.bio == "She leads\n12 analysts."  # CRLF inside a quoted cell reads as one line break
    assert lena.notes == "met at a fair"
    assert people[1].bio_path == str(tmp_path / "bios" / "kwame.txt")
    assert people[2].bio == "" and people[2].bio_path is None
    reasons = {s.where: s.reason for s in skipped}
    # line numbers are the file's own: the quoted two-line bio makes the formula row line 5
    assert "spreadsheet formula" in reasons["line 5"]
    assert "does not exist" in reasons["line 7"]


def test_targets_output_as_csv_and_json_keeps_contact_ids_and_degree(tmp_path):
    csv_file = tmp_path / "targets.csv"
    csv_file.write_text(
        "contact_id,name,company,title,degree,score,why\n"
        "3,Lena Okafor,Oakridge Foods,Director,1,0.9,exact company\n"
        "x7,Bad Id,Globex,Engineer,2,0.5,weak\n",
        encoding="utf-8",
    )
    people, skipped = read_people_file(csv_file, targets=True)
    assert [(p.contact_id, p.name, p.degree) for p in people] == [(3, "Lena Okafor", 1)]
    assert "not a number" in skipped[0].reason
    json_file = tmp_path / "targets.json"
    json_file.write_text(
        json.dumps([{"contact_id": 5, "name": "Kwame Asante", "degree": 2, "headline": "Head"}])
    )
    people, _ = read_people_file(json_file, targets=True)
    assert (people[0].contact_id, people[0].title, people[0].degree) == (5, "Head", 2)


def test_contacts_selectors_all_ids_and_status(tmp_path):
    import_connections(
        tmp_path,
        [
            "Lena,Okafor,https://www.linkedin.com/in/lena,,Oakridge Foods,Director,14 Mar 2023",
            "Kwame,Asante,https://www.linkedin.com/in/kwame,,Globex,Head of Data,02 Feb 2021",
        ],
    )
    everyone, _ = people_from_contacts("all", None)
    assert [p.name for p in everyone] == ["Lena Okafor", "Kwame Asante"]
    assert {p.degree for p in everyone} == {1}
    chosen, skipped = people_from_contacts("2,99", None)
    assert [p.name for p in chosen] == ["Kwame Asante"]
    assert skipped[0].where == "contact 99"
    identified, _ = people_from_contacts("identified", None)
    assert len(identified) == 2
    assert people_from_contacts(None, "met")[0] == []


def test_a_csv_without_a_name_column_is_refused_with_its_columns(tmp_path):
    path = people_csv(tmp_path / "p.csv", [{"company": "X"}], columns=("company", "title"))
    import pytest

    from infoview_ai.errors import InputError

    with pytest.raises(InputError, match="no name column.*'company'"):
        read_people_file(path)
