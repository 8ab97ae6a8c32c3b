"""The installed console script, run as a user runs it: from another folder, in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HEAVY = ("langchain", "langchain_core", "langchain_openai", "openai")


def infoview_script() -> str:
    beside_python = Path(sys.executable).parent / "infoview"
    found = str(beside_python) if beside_python.exists() else shutil.which("infoview")
    if not found:
        pytest.skip("the infoview console script is not installed (run the README's test command)")
    return found


def clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LANGSMITH_", "LANGCHAIN_"))}
    env["INFOVIEW_HOME"] = str(tmp_path / "home")
    return env


def test_console_script_runs_prep_from_any_folder(tmp_path):
    result = subprocess.run(
        [
            infoview_script(),
            "prep",
            "--bio",
            str(EXAMPLES / "lena-okafor-linkedin.txt"),
            "--me",
            str(EXAMPLES / "me.md"),
        ],
        cwd=tmp_path,
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "# Prep pack" in result.stdout and "Lena" in result.stdout
    assert "offline engine" in result.stderr


def test_python_dash_m_works(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "infoview_ai", "--version"],
        cwd=tmp_path,
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "infoview" in result.stdout


def test_bad_input_exits_nonzero_without_traceback(tmp_path):
    result = subprocess.run(
        [infoview_script(), "brief", "--bio", str(tmp_path / "missing.txt")],
        cwd=tmp_path,
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


PROBE = """
import sys
from infoview_ai.cli import main
sys.argv = ["infoview", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY_NAMES))
print("HEAVY:" + ",".join(heavy), file=sys.stderr)
""".replace("HEAVY_NAMES", repr(HEAVY))


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["questions", "--help"],
        ["prep", "--engine", "offline", "--bio", str(EXAMPLES / "lena-okafor-linkedin.txt")],
        ["outreach", "--dry-run", "--bio", str(EXAMPLES / "lena-okafor-linkedin.txt")],
    ],
)
def test_help_and_offline_commands_do_not_import_langchain_or_openai(tmp_path, args):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=tmp_path,
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY:\n" in result.stderr or result.stderr.rstrip().endswith("HEAVY:"), result.stderr[-300:]


def test_every_subpackage_ships_in_the_wheel():
    """pyproject lists packages by hand (the prompt library is mapped in): a new folder must be listed."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(root).parts) for init in (root / "infoview_ai").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
