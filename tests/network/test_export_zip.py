"""LinkedIn's export ZIP: the known members only, writing samples that are the user's, no ZIP tricks."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from infoview_ai import store
from infoview_ai.cli.main import cli
from infoview_ai.network import csv_reader
from infoview_ai.tracker import contacts

CONNECTIONS = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are '
    'missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
    "Lena,Okafor,https://www.linkedin.com/in/lena-okafor-123,,Oakridge Foods,Director,14 Mar 2023\n"
    "Kwame,Asante,https://www.linkedin.com/in/kwame-asante,,Globex,Engineer,2 Feb 2021\n"
)
ME = "https://www.linkedin.com/in/sam-user"
INVITATIONS = (
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    f'Sam User,Lena Okafor,"3/14/23, 9:05 AM","Hi Lena, your talk on demand forecasting stayed with me.",'
    f"OUTGOING,{ME},https://www.linkedin.com/in/lena-okafor-123\n"
    'Pat Stranger,Sam User,"3/15/23, 9:05 AM",Let\'s connect!,INCOMING,https://www.linkedin.com/in/pat,'
    f"{ME}\n"
)
MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
    "CONTENT,FOLDER,IS MESSAGE DRAFT\n"
    f"c1,,Sam User,{ME},Kwame Asante,https://www.linkedin.com/in/kwame-asante,2024-01-05 10:00:00 UTC,,"
    '"Thanks, Kwame.\nI read your post on data contracts.",INBOX,No\n'
    f"c1,,Kwame Asante,https://www.linkedin.com/in/kwame-asante,Sam User,{ME},2024-01-06 10:00:00 UTC,,"
    "Happy to chat!,INBOX,No\n"
    f"c2,,Sam User,{ME},Lena Okafor,https://www.linkedin.com/in/lena-okafor-123,2024-02-01 10:00:00 UTC,,"
    "Unfinished thought,INBOX,Yes\n"
)
PROFILE = "First Name,Last Name,Maiden Name,Headline\nSam,User,,Analyst\n"


def export_zip(path: Path, members: dict[str, str]) -> str:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def samples() -> list[dict]:
    with store.connect() as conn:
        return [dict(r) for r in conn.execute("SELECT * FROM writing_samples ORDER BY id")]


def test_zip_with_messages_keeps_only_what_the_user_sent_and_once(tmp_path):
    path = export_zip(
        tmp_path / "export.zip",
        {
            "Connections.csv": CONNECTIONS,
            "Invitations.csv": INVITATIONS,
            "messages.csv": MESSAGES,
            "Profile.csv": PROFILE,
            "Positions.csv": "Company Name,Title\nAcme,Analyst\n",
        },
    )
    result = run("import", path, "--json")
    summary = json.loads(result.stdout)
    assert summary["added"] == 2 and summary["writing_samples"]["added"] == 2
    kept = samples()
    assert [s["body"] for s in kept] == [
        "Hi Lena, your talk on demand forecasting stayed with me.",
        "Thanks, Kwame.\nI read your post on data contracts.",
    ]  # not the incoming invitation, not Kwame's reply, not the draft
    assert kept[0]["source"] == "linkedin-invitations" and kept[0]["sent_at"] == "2023-03-14T09:05"
    assert kept[1]["counterpart"] == "https://www.linkedin.com/in/kwame-asante"
    again = json.loads(run("import", path, "--json").stdout)
    assert again["writing_samples"] == {"added": 0, "already_kept": 2, "skipped": []}
    assert len(samples()) == 2 and again["unchanged"] == 2


def test_the_most_frequent_sender_is_the_user_when_the_export_names_no_owner(tmp_path):
    messages = MESSAGES + (
        f"c3,,Sam User,{ME},Ada Roe,https://www.linkedin.com/in/ada,2024-03-01 10:00:00 UTC,,Hello Ada,"
        "INBOX,No\n"
    )
    path = export_zip(tmp_path / "export.zip", {"Connections.csv": CONNECTIONS, "messages.csv": messages})
    assert run("import", path).exit_code == 0
    assert [s["body"] for s in samples()] == [
        "Thanks, Kwame.\nI read your post on data contracts.",
        "Hello Ada",
    ]


def test_zip_without_messages_imports_the_connections(tmp_path):
    path = export_zip(tmp_path / "export.zip", {"Connections.csv": CONNECTIONS})
    result = run("import", path)
    assert result.exit_code == 0 and "2 added" in result.stdout and "writing samples" not in result.stdout
    assert len(contacts.list_contacts()) == 2


def test_member_names_outside_the_export_are_ignored_and_named(tmp_path):
    evil = CONNECTIONS.replace("Lena", "Mallory")
    path = export_zip(tmp_path / "export.zip", {"../Connections.csv": evil, "/etc/messages.csv": MESSAGES})
    result = run("import", path)
    assert result.exit_code == 2 and "holds no Connections.csv" in result.stderr
    assert "'../Connections.csv'" in result.stderr
    path = export_zip(tmp_path / "mixed.zip", {"../Connections.csv": evil, "Connections.csv": CONNECTIONS})
    result = run("import", path)
    assert result.exit_code == 0 and "ignored '../Connections.csv'" in result.stderr
    assert [c.name for c in contacts.list_contacts()] == ["Lena Okafor", "Kwame Asante"]
    assert not (tmp_path.parent / "Connections.csv").exists()


def test_a_huge_declared_size_is_refused_before_unpacking(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "MAX_CSV_BYTES", 50_000)
    from infoview_ai.network import linkedin_export

    monkeypatch.setattr(linkedin_export, "MAX_CSV_BYTES", 50_000)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("Connections.csv", "w") as member:
            member.write(CONNECTIONS.encode())
            for _ in range(100):
                member.write(b"," * 10_000)  # 1 MB of commas packs into a kilobyte
    assert bomb.stat().st_size < 20_000
    result = run("import", str(bomb))
    assert result.exit_code == 2 and "would unpack to more than" in result.stderr
    assert not store.db_path().exists() or contacts.list_contacts() == []


def test_a_lying_size_header_stops_at_the_cap(tmp_path, monkeypatch):
    """A member whose header understates its size is still read only up to the cap."""
    from infoview_ai.network import linkedin_export

    monkeypatch.setattr(linkedin_export, "MAX_CSV_BYTES", 50_000)
    real = tmp_path / "real.zip"
    with zipfile.ZipFile(real, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Connections.csv", CONNECTIONS + "x" * 100_000)
    data = bytearray(real.read_bytes())
    # patch the declared uncompressed size (local header offset 22, central directory entry offset 24)
    small = (len(CONNECTIONS)).to_bytes(4, "little")
    data[22:26] = small
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = small
    liar = tmp_path / "liar.zip"
    liar.write_bytes(bytes(data))
    result = run("import", str(liar))
    assert result.exit_code == 2 and "not a readable ZIP file" in result.stderr  # its checksum fails
    assert not store.db_path().exists() or contacts.list_contacts() == []


def test_a_file_that_is_not_a_zip_or_has_nothing_known_is_refused(tmp_path):
    path = export_zip(tmp_path / "other.zip", {"photo.jpg": "not csv"})
    result = run("import", path)
    assert result.exit_code == 2 and "LinkedIn's data export" in result.stderr


def test_contacts_delete_removes_the_samples_addressed_to_them(tmp_path):
    path = export_zip(
        tmp_path / "export.zip",
        {"Connections.csv": CONNECTIONS, "Invitations.csv": INVITATIONS, "messages.csv": MESSAGES},
    )
    run("import", path)
    kwame = next(c for c in contacts.list_contacts() if c.name == "Kwame Asante")
    contacts.delete_contact(kwame.id)
    assert [s["counterpart"] for s in samples()] == ["https://www.linkedin.com/in/lena-okafor-123"]
    raw = b"".join(p.read_bytes() for p in store.db_path().parent.glob("infoview.db*"))
    assert b"data contracts" not in raw
