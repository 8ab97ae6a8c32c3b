"""A real `infoview serve` in a subprocess on a free loopback port, for the browser and the benchmark."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Served:
    process: subprocess.Popen
    url: str  # the token link `serve` printed
    base: str  # http://127.0.0.1:PORT
    ready_seconds: float  # from the start of the process to the first answer

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


def start_server(home: Path, extra_env: dict | None = None) -> Served:
    """`infoview serve --no-browser` with INFOVIEW_HOME at ``home``; returns once it answers HTTP."""
    port = free_port()
    env = {**os.environ, "INFOVIEW_HOME": str(home), "CI": "1", **(extra_env or {})}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "infoview_ai", "serve", "--port", str(port), "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=home,
    )
    url = process.stdout.readline().strip()
    base = f"http://127.0.0.1:{port}"
    deadline = time.perf_counter() + 20
    while time.perf_counter() < deadline:
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except urllib.error.HTTPError:  # 403 without the token: it answers
            break
        except OSError:
            time.sleep(0.01)
    else:
        process.kill()
        raise RuntimeError(f"infoview serve did not answer on {base}")
    return Served(process, url, base, time.perf_counter() - started)
