"""`infoview import` at scale: a generated Connections.csv of 3,000 and of 30,000 rows, into a fresh
database and then again (the re-import, all unchanged), timed in-process. Prints seconds and the ratio
30,000 / 3,000 (10 means linear). The goal (issue 13): 30,000 rows in 10 s or less.

    python benchmarks/import_scale.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PREAMBLE = 'Notes:\n"When exporting your connection data, some of the email addresses may be missing."\n\n'
COMPANIES = ["Oakridge Foods", "Globex", "Acme Robotics", "Initech", "Umbrella Health", "Hooli", "Vandelay"]
TITLES = ["Data Engineer", "Product Manager", "Director of Supply Chain Analytics", "Recruiter", "CTO"]


def connections_csv(rows: int) -> bytes:
    lines = [PREAMBLE + HEADER]
    for i in range(rows):
        email = f"person{i}@example.com" if i % 10 == 0 else ""
        company, title = COMPANIES[i % len(COMPANIES)], TITLES[i % len(TITLES)]
        lines.append(
            f"First{i},Last{i},https://www.linkedin.com/in/person-{i},{email},{company},{title},"
            f"{1 + i % 28:02d} Mar 20{10 + i % 15}"
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def timed_import(folder: Path, rows: int) -> tuple[float, float]:
    from infoview_ai.network.importing import import_path

    os.environ["INFOVIEW_HOME"] = str(folder / f"home-{rows}")
    path = folder / f"Connections-{rows}.csv"
    path.write_bytes(connections_csv(rows))
    start = time.perf_counter()
    first = import_path(path)
    fresh = time.perf_counter() - start
    start = time.perf_counter()
    again = import_path(path)
    repeat = time.perf_counter() - start
    assert first.added == rows and again.unchanged == rows, (first.to_dict(), again.to_dict())
    return fresh, repeat


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        small = timed_import(Path(tmp), 3_000)
        large = timed_import(Path(tmp), 30_000)
    for label, index in (("fresh import", 0), ("re-import (unchanged)", 1)):
        print(
            f"{label:<22} 3,000 rows: {small[index]:6.2f} s   30,000 rows: {large[index]:6.2f} s   "
            f"ratio {large[index] / small[index]:.1f}x (10x is linear)"
        )
    print(f"goal: 30,000 rows in 10 s or less: {'met' if max(large) <= 10 else 'NOT met'}")
    sys.exit(0 if max(large) <= 10 else 1)


if __name__ == "__main__":
    main()
