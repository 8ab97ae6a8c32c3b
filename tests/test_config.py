"""INFOVIEW_HOME and .env files as users leave them: too open, saved by Notepad, or not text at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from infoview_ai import config
from infoview_ai.cli.main import cli


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch):
    monkeypatch.setattr(config, "_warned", set(), raising=False)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_an_existing_home_others_can_read_is_made_private(isolated_env):
    isolated_env.chmod(0o755)
    result = run("contacts", "list")
    assert result.exit_code == 0
    assert isolated_env.stat().st_mode & 0o777 == 0o700
    assert "warning" not in result.stderr


def test_a_home_that_is_not_yours_is_left_alone_with_a_warning(isolated_env, monkeypatch):
    isolated_env.chmod(0o755)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(isolated_env).st_uid + 1)
    result = run("contacts", "list")
    assert result.exit_code == 0
    assert isolated_env.stat().st_mode & 0o777 == 0o755
    assert f"{isolated_env} holds your contacts" in result.stderr and "chmod 700" in result.stderr


@pytest.mark.parametrize(("mode", "warned"), [(0o644, True), (0o640, True), (0o600, False)])
def test_a_key_in_a_env_others_can_read_gets_a_warning(tmp_path, monkeypatch, mode, warned):
    monkeypatch.setenv("OPENAI_API_KEY", "")  # restored after the test, whatever the .env sets
    env = tmp_path / ".env"
    env.write_text("OPENAI_API_KEY=sk-test-not-real\n", encoding="utf-8")
    env.chmod(mode)
    result = run("models")
    assert result.exit_code == 0
    assert (f"{env} holds OPENAI_API_KEY" in result.stderr and f"chmod 600 {env}" in result.stderr) == warned


def test_a_env_without_a_key_is_not_warned_about(tmp_path):
    (tmp_path / ".env").write_text("INFOVIEW_ENGINE=offline\n", encoding="utf-8")
    assert "chmod" not in run("models").stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_a_env_saved_by_windows_notepad_is_read(tmp_path, monkeypatch, encoding):
    monkeypatch.setenv("INFOVIEW_TEST_SETTING", "")
    monkeypatch.delenv("INFOVIEW_TEST_SETTING")
    text = "# saved by Notepad\r\nINFOVIEW_TEST_SETTING=Zoë's value\r\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # Notepad's "Unicode big endian" writes its BOM
    (tmp_path / ".env").write_bytes(data)
    result = run("models")
    assert result.exit_code == 0, result.output
    assert os.environ["INFOVIEW_TEST_SETTING"] == "Zoë's value"


def test_a_env_that_is_not_text_is_a_clear_error(tmp_path):
    (tmp_path / ".env").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    result = run("models")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {Path(tmp_path / '.env')} is not UTF-8 or UTF-16 text: save it as UTF-8 (NAME=value lines)."
    )
