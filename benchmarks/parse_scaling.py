"""How bio parsing time grows with input size, per pathological pattern (issue 12).

    python benchmarks/parse_scaling.py [--line N] [--bio N] [--runs R]

For each pattern in tests/hostile/pathological.py, the best of R parses at N, 2N and 4N characters and the
growth ratios: about 2 is linear, about 4 quadratic. Patterns within one line start at --line characters
(the 10,000-character line cap is 4N by default); patterns across many lines at --bio (4N = 2 MB, the
text cap). The last line gives the worst ratio. Small times are noisy: read ratios of runs over 50 ms.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "hostile"))

from pathological import IN_LINE, MANY_LINES, OPENING, bio  # noqa: E402

from infoview_ai.bio.parse import parse_bio  # noqa: E402
from infoview_ai.errors import BioError  # noqa: E402


def _seconds(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        try:
            parse_bio(text)
        except BioError:
            pass  # a refusal is an answer too: what counts is how long it took
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--line", type=int, default=2_500, help="N for the patterns within one line")
    parser.add_argument("--bio", type=int, default=500_000, help="N for the patterns across lines")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    parse_bio(OPENING)  # load the parsers before timing
    worst = (0.0, "")
    print(f"{'pattern':22} {'N':>9} {'t(N)':>8} {'t(2N)':>8} {'t(4N)':>8} {'2N/N':>6} {'4N/2N':>6}")
    for patterns, size in ((IN_LINE, args.line), (MANY_LINES, args.bio)):
        for name in patterns:
            times = [_seconds(bio(name, size * factor), args.runs) for factor in (1, 2, 4)]
            ratios = [later / max(earlier, 1e-3) for earlier, later in zip(times, times[1:], strict=False)]
            cells = " ".join(f"{t:8.3f}" for t in times)
            print(f"{name:22} {size:>9,} {cells} {ratios[0]:6.2f} {ratios[1]:6.2f}", flush=True)
            if times[-1] >= 0.05:  # below that, timer noise decides the ratio
                worst = max(worst, (max(ratios), name))
    print(f"worst ratio (patterns over 50 ms at 4N): {worst[0]:.2f} ({worst[1]})")


if __name__ == "__main__":
    main()
