"""`infoview targets` at scale: 30,000 connections imported from a generated Connections.csv (varied
companies and titles, as in a real export), then ranked in-process for a goal, with and without
--company and --title. Prints the milliseconds (best of 5) and the ratio to the 200 ms goal of issue 13.

    python benchmarks/targets_scale.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROWS = 30_000
GOAL_MS = 200
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PREAMBLE = 'Notes:\n"When exporting your connection data, some of the email addresses may be missing."\n\n'
STEMS = ["Oakridge", "Globex", "Acme", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell"]
SUFFIXES = ["Foods", "Inc.", "Robotics", "LLC", "Health", "Labs", "Group", "GmbH", "Logistics", "Systems"]
KNOWN = ["Meta", "Metaswitch", "Amazon Web Services", "Amazon", "EY", "Ernst & Young LLP", "Apple"]
ROLES = [
    "Data Engineer",
    "Product Manager",
    "Supply Chain Analyst",
    "Recruiter",
    "Software Engineer",
    "Operations",
    "Demand Planning",
    "UX Designer",
    "Account Executive",
    "Financial Analyst",
]
LEVELS = ["", "Senior ", "Lead ", "Junior ", "Director of ", "Head of ", "VP ", "Intern, "]


def connections_csv(rows: int) -> bytes:
    lines = [PREAMBLE + HEADER]
    for i in range(rows):
        if i % 50 == 0:
            company = KNOWN[(i // 50) % len(KNOWN)]
        else:  # about 3,000 different companies
            company = f"{STEMS[i % 10]} {SUFFIXES[(i // 10) % 10]} {i % 30}"
        # about 8,000 different titles
        title = f"{LEVELS[i % 8]}{ROLES[(i // 8) % 10]}" + (f" {i % 100}" if i % 3 else "")
        lines.append(
            f'First{i},Last{i},https://www.linkedin.com/in/person-{i},,"{company}","{title}",'
            f"{1 + i % 28:02d} Mar 20{10 + i % 15}"
        )
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def best_ms(run, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["INFOVIEW_HOME"] = str(Path(tmp) / "home")
        from infoview_ai import store
        from infoview_ai.network.importing import import_path
        from infoview_ai.outreach_plan.ranking import Filters, rank_targets

        path = Path(tmp) / "Connections.csv"
        path.write_bytes(connections_csv(ROWS))
        start = time.perf_counter()
        assert import_path(path).added == ROWS
        print(f"imported {ROWS:,} connections in {time.perf_counter() - start:.1f} s")
        goal = "move from warehouse operations into supply-chain analytics"
        cases = {
            "goal only, top 20": Filters(),
            "--company Amazon": Filters(company="Amazon"),
            "--company Oakridge --title analyst": Filters(company="Oakridge", title="analyst"),
            "--industry logistics": Filters(industry="logistics"),
        }
        worst = 0.0
        for label, filters in cases.items():

            def run(filters=filters):
                from infoview_ai.outreach_plan import company_match, titles

                titles.read_title.cache_clear()  # a fresh process each time: nothing remembered
                titles.words_of.cache_clear()
                company_match.company_key.cache_clear()
                company_match.tier_of_keys.cache_clear()
                with store.connect() as conn:
                    return rank_targets(conn, goal, filters)

            ranking = run()
            ms = best_ms(run)
            worst = max(worst, ms)
            print(
                f"targets {label:<38} {ms:7.1f} ms  ratio to {GOAL_MS} ms: {ms / GOAL_MS:.2f}  "
                f"({ranking.matched:,} matched, top: {ranking.targets[0].name if ranking.targets else '-'})"
            )
    print(f"goal: {GOAL_MS} ms or less over {ROWS:,} connections: {'met' if worst <= GOAL_MS else 'NOT met'}")
    sys.exit(0 if worst <= GOAL_MS else 1)


if __name__ == "__main__":
    main()
