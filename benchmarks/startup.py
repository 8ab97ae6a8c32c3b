"""How fast does `infoview` start? Prints medians and the ratio against `python -c "import click"`.

Run after installing: `python benchmarks/startup.py [--runs N]`. Figures, not assertions: the test
suite checks what --help imports; this script shows what that buys.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "lena-okafor-linkedin.txt"


def median_ms(command: list[str], runs: int) -> float:
    subprocess.run(command, capture_output=True, check=True)  # warm the .pyc and disk caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    beside = Path(sys.executable).parent / "infoview"  # the install this Python runs, not another on PATH
    script = str(beside) if beside.exists() else shutil.which("infoview") or "infoview"
    baseline = median_ms([sys.executable, "-c", "import click"], args.runs)
    rows = [
        ("python -c 'import click'", baseline),
        ("infoview --help", median_ms([script, "--help"], args.runs)),
        (
            "infoview prep --engine offline (example)",
            median_ms([script, "prep", "--engine", "offline", "--bio", str(EXAMPLE)], args.runs),
        ),
        (
            "python -c 'import langchain_openai' (what --help avoids)",
            median_ms([sys.executable, "-c", "import langchain_openai"], max(3, args.runs // 3)),
        ),
    ]
    print(f"{'command':<58} {'median ms':>10} {'x import click':>15}")
    for name, ms in rows:
        print(f"{name:<58} {ms:>10.0f} {ms / baseline:>15.2f}")


if __name__ == "__main__":
    main()
