"""Hostile input (tests/hostile) through the real CLI: a run, its wall time, what a refusal looks like."""

from __future__ import annotations

import time
from dataclasses import dataclass

from click.testing import CliRunner

from infoview_ai.cli.main import cli

# About hangs, not speed: a generous bound that a super-linear path over these inputs would blow through.
WALL_SECONDS = 10.0


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def message(self) -> str:
        return self.stderr.strip()


def invoke(*args: str, input: bytes | str | None = None) -> Run:
    started = time.perf_counter()
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr, time.perf_counter() - started)


def assert_refused(run: Run, *words: str) -> None:
    """Exit 2 with one line on stderr that names the problem, no traceback, and no 'bug'."""
    assert run.exit_code == 2, (run.exit_code, run.stderr[-500:])
    assert run.message.startswith("Error: ") and "\n" not in run.message, run.message
    assert "Traceback" not in run.stderr and "bug" not in run.stderr.lower()
    for word in words:
        assert word in run.message, run.message
    assert run.seconds < WALL_SECONDS, run.seconds


def assert_read(run: Run) -> None:
    """Exit 0 (a bounded read of what could be read), no traceback, in bounded time."""
    assert run.exit_code == 0, (run.exit_code, run.stderr[-500:])
    assert "Traceback" not in run.stderr and "bug" not in run.stderr.lower()
    assert run.seconds < WALL_SECONDS, run.seconds


def brief(bio: str, input: bytes | str | None = None) -> Run:
    """``infoview brief --engine offline --bio PATH`` (``-`` reads ``input``)."""
    return invoke("brief", "--engine", "offline", "--bio", bio, input=input)
