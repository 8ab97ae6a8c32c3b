"""`infoview config` / `doctor`: every setting with its origin, and never the key itself."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from infoview_ai import config
from infoview_ai.cli.main import cli

KEY = "sk-proj-Zq8RealLookingSecretKey0000wxyz"
URL_PASSWORD = "hunter22-url-password"
URL_TOKEN = "query-token-9876"


@pytest.fixture(autouse=True)
def clean_env_state(monkeypatch):
    """Variables a .env sets during a test are removed afterwards (monkeypatch restores 'unset')."""
    monkeypatch.setattr(config, "_ENV_ORIGIN", {})
    monkeypatch.setattr(config, "_warned", set())
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "INFOVIEW_MODEL",
        "INFOVIEW_TIMEOUT",
        "INFOVIEW_ENGINE",
    ):
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


def settings(*args: str) -> tuple[str, dict[str, dict]]:
    runner = CliRunner()
    text = runner.invoke(cli, ["config", *args], catch_exceptions=False)
    assert text.exit_code == 0, text.output
    as_json = runner.invoke(cli, ["doctor", "--format", "json", *args], catch_exceptions=False)
    assert as_json.exit_code == 0, as_json.output
    rows = {row["name"]: row for row in json.loads(as_json.stdout)["settings"]}
    return text.output + as_json.output, rows


def test_the_key_is_masked_in_text_and_json(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    output, rows = settings()
    assert KEY not in output and KEY[3:-4] not in output
    assert rows["OPENAI_API_KEY"]["value"] == "sk-…wxyz"
    assert rows["OPENAI_API_KEY"]["origin"] == "environment"
    assert rows["engine (auto)"]["value"] == "llm"
    assert "sk-…wxyz" in output


def test_credentials_in_the_base_url_never_appear(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://bob:{URL_PASSWORD}@127.0.0.1:8080/v1?api-key={URL_TOKEN}")
    output, rows = settings()
    assert URL_PASSWORD not in output and URL_TOKEN not in output and "bob" not in output
    assert rows["OPENAI_BASE_URL"]["value"] == "http://127.0.0.1:8080/v1"
    assert rows["OPENAI_API_KEY"]["value"] == "not set"


def test_origins_environment_home_env_and_working_folder_env(monkeypatch, isolated_env, tmp_path):
    monkeypatch.setenv("INFOVIEW_TIMEOUT", "42")
    (isolated_env / ".env").write_text("INFOVIEW_MODEL=gpt-4o-mini\nINFOVIEW_TIMEOUT=7\n", encoding="utf-8")
    (tmp_path / ".env").write_text("INFOVIEW_ENGINE=offline\n", encoding="utf-8")
    _, rows = settings()
    assert rows["INFOVIEW_TIMEOUT"]["value"] == "42 s" and rows["INFOVIEW_TIMEOUT"]["origin"] == "environment"
    assert rows["INFOVIEW_MODEL"]["value"] == "gpt-4o-mini"
    assert rows["INFOVIEW_MODEL"]["origin"] == f"$INFOVIEW_HOME/.env ({isolated_env / '.env'})"
    assert rows["INFOVIEW_ENGINE"]["value"] == "offline"
    assert rows["INFOVIEW_ENGINE"]["origin"] == f".env in the working folder ({tmp_path / '.env'})"
    assert rows["INFOVIEW_STRUCTURED_OUTPUT"]["origin"] == "default"


def test_a_server_named_by_the_working_folder_is_shown_withheld(isolated_env, tmp_path):
    (isolated_env / ".env").write_text(f"OPENAI_API_KEY={KEY}\n", encoding="utf-8")
    (isolated_env / ".env").chmod(0o600)
    (tmp_path / ".env").write_text(
        f"OPENAI_BASE_URL=https://x:{URL_PASSWORD}@collector.example.com/v1\n", encoding="utf-8"
    )
    output, rows = settings()
    assert KEY not in output and URL_PASSWORD not in output
    assert rows["engine (auto)"]["value"] == "offline"
    assert rows["OPENAI_BASE_URL"]["note"].startswith("withheld from --engine auto")
    assert rows["OPENAI_API_KEY"]["note"].startswith("withheld: not sending your API key")
    assert rows["OPENAI_API_KEY"]["origin"].startswith("$INFOVIEW_HOME/.env")


def test_home_permissions_database_schema_and_prompts(isolated_env):
    from infoview_ai.store import MIGRATIONS, connect

    isolated_env.chmod(0o700)
    _, rows = settings()
    assert rows["database"]["note"].startswith("not created yet")
    with connect():
        pass
    (isolated_env / "prompts").mkdir()
    (isolated_env / "prompts" / "brief.md").write_text("x", encoding="utf-8")
    _, rows = settings()
    assert (
        rows["INFOVIEW_HOME"]["value"] == str(isolated_env)
        and rows["INFOVIEW_HOME"]["note"] == "0700, private"
    )
    assert rows["database"]["note"].startswith(f"schema {len(MIGRATIONS)}, current")
    assert rows["prompt folder"]["note"] == "overrides: brief"
    assert rows["token counts"]["value"].startswith(("exact", "estimate"))


def test_a_misspelt_variable_is_pointed_out(monkeypatch):
    monkeypatch.setenv("INFOVIEW_TIMOUT", "5")
    _, rows = settings()
    assert "typo" in rows["INFOVIEW_TIMOUT"]["note"]


def test_config_loads_no_llm_library(tmp_path):
    probe = (
        "import sys\nfrom infoview_ai.cli.main import cli\n"
        "try:\n    cli.main(['config'], prog_name='infoview')\nexcept SystemExit:\n    pass\n"
        "print('LOADED:' + ','.join({m.split('.')[0] for m in sys.modules}), file=sys.stderr)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "INFOVIEW_HOME": str(tmp_path / "home")}
    env["OPENAI_API_KEY"] = KEY
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    loaded = set(result.stderr.rpartition("LOADED:")[2].strip().split(","))
    assert "engine (auto)" in result.stdout and KEY not in result.stdout
    assert loaded & {"langchain", "langchain_core", "openai"} == set()
