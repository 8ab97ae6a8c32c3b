"""How fast is `infoview batch`? Offline over 1,000 profiles, and live over 200 people against a fake server.

Offline: the whole batch (process pool, one file per person, manifest, index) against one in-process
generation per person (goals: total <= 60 s, per-profile cost <= 1.5x in-process). Live: 200 outreach
drafts against a threaded fake OpenAI server with a 0.5 s delay, concurrency 8, against the ideal
200 x 0.5 / 8 = 12.5 s (goal <= 1.3x). Needs the test extras: `python benchmarks/batch_speed.py`.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from batch_helpers import LENA, ME, many_people, people_csv  # noqa: E402
from fake_openai import PATH, FakeOpenAI  # noqa: E402
from pytest_httpserver import HTTPServer  # noqa: E402


def offline(folder: Path, count: int = 1000) -> None:
    from infoview_ai.batch.build import Recipe, custom_ids
    from infoview_ai.batch.offline import run_pool, worker_count
    from infoview_ai.batch.people import read_people_file
    from infoview_ai.batch.runner import Batch, run_batch
    from infoview_ai.batch.work import draft_one
    from infoview_ai.inputs import load_profile, load_sender

    people, _ = read_people_file(people_csv(folder / "people.csv", many_people(count)))
    recipe = Recipe(kind="prep", sender=load_sender(ME), load_profile=load_profile)
    sample = people[:50]
    ids = custom_ids(recipe, sample)
    draft_one(recipe, sample[0], ids[0], "markdown")  # warm-up: imports
    start = time.perf_counter()
    for person, custom_id in zip(sample, ids, strict=True):
        draft_one(recipe, person, custom_id, "markdown")
    in_process = (time.perf_counter() - start) / len(sample)
    start = time.perf_counter()
    summary = run_batch(Batch(recipe, people, folder / "offline"), run_pool)
    total = time.perf_counter() - start
    per_profile = total / count
    print(
        f"offline batch prep, {count} profiles, {worker_count(count)} worker processes: done {summary.done}"
    )
    print(f"  total                 {total:8.2f} s   (goal 60 s: {total / 60:.2f}x of the goal)")
    print(f"  per profile, batch    {per_profile * 1000:8.1f} ms")
    print(
        f"  per profile, in-proc  {in_process * 1000:8.1f} ms   "
        f"(batch / in-process: {per_profile / in_process:.2f}x, goal <= 1.5x)"
    )


def live(folder: Path, count: int = 200, delay: float = 0.5, concurrency: int = 8) -> None:
    from infoview_ai.batch.build import Recipe
    from infoview_ai.batch.live import run_threads
    from infoview_ai.batch.people import read_people_file
    from infoview_ai.batch.runner import Batch, run_batch
    from infoview_ai.engines.llm.settings import resolve_settings
    from infoview_ai.inputs import load_profile, load_sender

    rows = [{"name": "Lena Okafor", "bio_path": str(LENA)} for _ in range(count)]
    people, _ = read_people_file(people_csv(folder / "lenas.csv", rows, columns=("name", "bio_path")))
    server = FakeOpenAI(delay=delay)
    with HTTPServer(threaded=True) as httpserver:
        httpserver.expect_request(PATH, method="POST").respond_with_handler(server)
        settings = resolve_settings(
            base_url=httpserver.url_for("/v1"), key="bench", use_cache=False, max_retries=0
        )
        recipe = Recipe(
            kind="outreach",
            engine="llm",
            model=settings.model,
            sender=load_sender(ME),
            load_profile=load_profile,
        )
        from infoview_ai.batch.build import context_for
        from infoview_ai.generation import run

        run("outreach", context_for(recipe, people[0])[0], "llm", settings)  # warm-up: LangChain's imports
        server.requests.clear()
        start = time.perf_counter()
        summary = run_batch(
            Batch(recipe, people, folder / "live"),
            lambda b, t, k: run_threads(b, t, k, settings=settings, concurrency=concurrency),
        )
        total = time.perf_counter() - start
    ideal = count * delay / concurrency
    print(
        f"live batch outreach, {count} people, {delay} s server delay, "
        f"concurrency {concurrency}: done {summary.done}"
    )
    print(f"  calls {len(server.requests)}, peak in flight {server.peak_in_flight}")
    print(f"  total {total:.2f} s, ideal {ideal:.2f} s: {total / ideal:.2f}x the ideal (goal <= 1.3x)")


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    home = Path(tempfile.mkdtemp(prefix="infoview-batch-bench-"))
    os.environ["INFOVIEW_HOME"] = str(home / "home")
    (home / "home").mkdir()
    offline(home)
    live(home)


if __name__ == "__main__":
    main()
