"""How long does the LLM engine take, against a local fake server with a fixed delay per call?

Prints `prep` (three calls, run at once) against one call, and a cached replay against one call, as
ratios. Runs in-process after one warm-up, so LangChain's import time is not counted. Needs the test
extras (pytest-httpserver): `pip install '.[test]'`, then `python benchmarks/llm_latency.py`.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # reuse the tests' fake OpenAI-compatible server

from fake_openai import PATH, FakeOpenAI  # noqa: E402
from pytest_httpserver import HTTPServer  # noqa: E402


def timed(func, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delay", type=float, default=0.5, help="seconds the fake server takes per call")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise

    os.environ["INFOVIEW_HOME"] = tempfile.mkdtemp(prefix="infoview-bench-")
    from infoview_ai.engines.llm.settings import resolve_settings
    from infoview_ai.generation import run
    from infoview_ai.inputs import build_context

    context = build_context(
        bio=str(ROOT / "examples" / "lena-okafor-linkedin.txt"), me=str(ROOT / "examples" / "me.md")
    )
    server = FakeOpenAI(delay=args.delay)
    with HTTPServer(threaded=True) as httpserver:
        httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
        fresh = resolve_settings(base_url=httpserver.url_for("/v1"), key="bench", use_cache=False)
        cached = resolve_settings(base_url=httpserver.url_for("/v1"), key="bench", use_cache=True)
        run("outreach", context, "llm", fresh)  # warm-up: imports, connection pool
        one = timed(lambda: run("outreach", context, "llm", fresh), args.runs)
        prep = timed(lambda: run("prep", context, "llm", fresh), args.runs)
        run("prep", context, "llm", cached)  # fill the cache
        replay = timed(lambda: run("prep", context, "llm", cached), args.runs)

    print(f"fake server delay per call: {args.delay:.2f} s, median of {args.runs} runs")
    print(f"{'what':<36} {'seconds':>8} {'x one call':>11}")
    for name, seconds in (
        ("one call (outreach)", one),
        ("prep: 3 calls at once", prep),
        ("prep replayed from the cache", replay),
    ):
        print(f"{name:<36} {seconds:>8.3f} {seconds / one:>11.2f}")


if __name__ == "__main__":
    main()
