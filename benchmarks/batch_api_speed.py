"""How fast is the half-price path? 1,000 outreach requests written, then their results collected, twice.

`infoview batch outreach --via file` writes the JSONL requests (the bodies a live call would POST);
the results are answered as vLLM's run_batch would (tests/fake_batch_api.py), then `infoview batch
collect RESULTS.jsonl` parses and checks each one and writes the folder; collecting again must change
nothing and be quick. The same 1,000 go through `--via batch-api` against the loopback fake of /v1/files
and /v1/batches (upload, create, status, download). Each step is printed per person and as a ratio to one
live in-process call against the loopback chat fake (request, parse, trust checks), the unit every
person costs when drafted live. Needs the test extras: `python benchmarks/batch_api_speed.py [COUNT]`.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from batch_helpers import LENA, ME, index_rows, people_csv, run  # noqa: E402
from fake_batch_api import FakeBatchAPI, vllm_results  # noqa: E402
from fake_openai import PATH, FakeOpenAI  # noqa: E402
from pytest_httpserver import HTTPServer  # noqa: E402


def timed(*args: str):
    start = time.perf_counter()
    result = run(*args)
    took = time.perf_counter() - start
    if result.exit_code != 0:
        raise SystemExit(f"`infoview {' '.join(args)}` failed: {result.output}")
    return result, took


def live_unit(people: Path, count: int = 50) -> float:
    """Seconds for one live in-process outreach call (the fake answers at once), averaged."""
    from infoview_ai.batch.build import Recipe, context_for
    from infoview_ai.batch.people import read_people_file
    from infoview_ai.engines.llm.settings import resolve_settings
    from infoview_ai.generation import run as generate
    from infoview_ai.inputs import load_profile, load_sender

    persons, _ = read_people_file(people)
    settings = resolve_settings(use_cache=False, max_retries=0)
    recipe = Recipe(
        kind="outreach", engine="llm", model=settings.model, sender=load_sender(ME), load_profile=load_profile
    )
    contexts = [context_for(recipe, p)[0] for p in persons[: count + 1]]
    generate("outreach", contexts[0], "llm", settings)  # warm-up: LangChain's imports
    start = time.perf_counter()
    for context in contexts[1:]:
        generate("outreach", context, "llm", settings)
    return (time.perf_counter() - start) / max(1, len(contexts) - 1)


def line(label: str, seconds: float, count: int, unit: float, extra: str = "") -> None:
    per = seconds / count
    print(f"  {label:<34} {seconds:7.2f} s  {per * 1000:7.2f} ms/person  {per / unit:6.2f}x live  {extra}")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    home = Path(tempfile.mkdtemp(prefix="infoview-batch-api-bench-"))
    os.environ["INFOVIEW_HOME"] = str(home / "home")
    (home / "home").mkdir()
    rows = [{"name": "Lena Okafor", "bio_path": str(LENA)} for _ in range(count)]
    people = people_csv(home / "people.csv", rows, columns=("name", "bio_path"))
    fake, chat = FakeBatchAPI(), FakeOpenAI()
    with HTTPServer(threaded=True) as httpserver:
        httpserver.expect_request(PATH, method="POST").respond_with_handler(chat)
        httpserver.expect_request(re.compile(r"/v1/(files|batches).*")).respond_with_handler(fake)
        os.environ["OPENAI_BASE_URL"] = httpserver.url_for("/v1")
        os.environ["OPENAI_API_KEY"] = "sk-bench-not-a-key"
        unit = live_unit(people)
        base = ["batch", "outreach", "--csv", str(people), "--me", ME, "--engine", "llm", "--no-cache"]
        print(f"Batch API path, {count} outreach requests; one live in-process call: {unit * 1000:.2f} ms")

        requests = home / "requests.jsonl"
        _, took = timed(*base, "-o", str(requests), "--via", "file")
        size = requests.stat().st_size / 1e6
        line("write requests (--via file)", took, count, unit, f"({size:.1f} MB)")
        results = home / "results.jsonl"
        results.write_text(vllm_results(requests.read_text(encoding="utf-8")), encoding="utf-8")
        collected, took = timed("batch", "collect", str(results))
        done = sum(r["status"] == "done" for r in index_rows(home / "requests-drafts"))
        line("collect results.jsonl", took, count, unit, f"(done {done})")
        again, took_again = timed("batch", "collect", str(results))
        assert f"already collected {count}" in again.stderr, again.stderr
        line("collect again (nothing changes)", took_again, count, unit, f"({took / took_again:.0f}x faster)")

        sent, took = timed(*base, "-o", str(home / "api-drafts"), "--via", "batch-api")
        line("write, upload, create (batch-api)", took, count, unit)
        batch_id = re.search(r"infoview batch collect (\S+)", sent.stderr).group(1)
        took, polls = 0.0, 0
        while True:  # the fake moves one status per read, as a real batch does over hours
            start = time.perf_counter()
            result = run("batch", "collect", batch_id)  # "not finished yet" exits 1 until completed
            took, polls = took + time.perf_counter() - start, polls + 1
            if result.exit_code == 0 or polls > 10:
                break
        done = sum(r["status"] == "done" for r in index_rows(home / "api-drafts"))
        line("status + download + collect", took, count, unit, f"({polls} reads, done {done})")
        _, took_again = timed("batch", "collect", batch_id)
        line("collect again (nothing changes)", took_again, count, unit)
        assert len(chat.requests) == min(count, 51), "the Batch API path made live calls"


if __name__ == "__main__":
    main()
