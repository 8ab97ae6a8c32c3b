"""How fast is `infoview serve`? Three figures against their goals, over real HTTP on 127.0.0.1.

- ready: from starting `infoview serve` (a new process) to its first HTTP answer (goal <= 1.5 s);
- an offline prep pack: POST /prepare through the page (parse, generate, check, render, over HTTP)
  against the same bio parse and ``make`` in this process (goal <= 2x);
- the contacts page with 10,000 contacts in the tracker (goal <= 500 ms), the first and the last page.

Medians of a few runs after a warm-up (the pack and its in-process twin timed in turn, so other work on
the machine slows both alike); each printed as a ratio to its goal (<= 1 meets it). Exit 1 when a goal
is missed. Needs the test extras: `python benchmarks/serve_speed.py`.
"""

from __future__ import annotations

import http.cookiejar
import re
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from served_page import start_server  # noqa: E402
from tracker_scale import build  # noqa: E402

BIO = (ROOT / "tests" / "corpus" / "li-keisha-montgomery-rn-ux.txt").read_text(encoding="utf-8")
CONTACTS = 10_000
READY_GOAL, RATIO_GOAL, CONTACTS_GOAL = 1.5, 2.0, 0.5


class Browser:
    """Cookies, the CSRF token and the page's Origin, as the browser sends them."""

    def __init__(self, served):
        self.base = served.base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        page = self.opener.open(served.url, timeout=10).read().decode("utf-8")  # the token link
        self.csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)

    def get(self, path: str) -> str:
        return self.opener.open(self.base + path, timeout=30).read().decode("utf-8")

    def post(self, path: str, fields: dict) -> str:
        data = urllib.parse.urlencode({"csrf": self.csrf, **fields}).encode()
        request = urllib.request.Request(self.base + path, data=data, headers={"Origin": self.base})
        return self.opener.open(request, timeout=30).read().decode("utf-8")


def median_seconds(action, runs: int) -> float:
    action()  # warm-up: imports, templates, the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def alternated(first, second, runs: int) -> tuple[float, float]:
    """Medians of two actions timed in turn, so a machine busy with other work slows both alike."""
    first(), second()
    times: tuple[list, list] = ([], [])
    for _ in range(runs):
        for action, kept in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            action()
            kept.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def _line(label: str, seconds: float, goal: str, ratio: float) -> bool:
    print(f"  {label:34} {seconds * 1000:8.1f} ms   ({goal}: {ratio:.2f}x of the goal)")
    return ratio <= 1.0


def in_process() -> None:
    from infoview_ai.inputs import profile_from_bytes
    from infoview_ai.web.prepare import make

    values = {"company": None, "industry": None, "company_notes": "", "call_notes": "", "draft": ""}
    bio = (*profile_from_bytes(BIO.encode("utf-8"), "pasted text"), "pasted text")
    make(bio, ["prep"], "offline", values | {"minutes": 20})


def main() -> int:
    met = []
    with tempfile.TemporaryDirectory() as folder:
        readies = []
        for run in range(3):
            home = Path(folder) / f"ready-{run}"
            home.mkdir()
            served = start_server(home)
            readies.append(served.ready_seconds)
            served.stop()
        ready = statistics.median(readies)
        print("infoview serve (median of 3 starts)")
        met.append(_line("ready to answer", ready, f"goal {READY_GOAL} s", ready / READY_GOAL))

        home = Path(folder) / "home"
        home.mkdir()
        build(home / "infoview.db", CONTACTS)
        served = start_server(home)
        try:
            browser = Browser(served)
            pack = {"bio_text": BIO, "make": "prep", "engine": "offline"}
            assert "Research brief" in browser.post("/prepare", pack)
            page, local = alternated(lambda: browser.post("/prepare", pack), in_process, 20)
            ratio = page / local
            print("offline prep pack (median of 20, alternated)")
            print(f"  {'same make() in-process':34} {local * 1000:8.1f} ms")
            met.append(
                _line(
                    "through the page",
                    page,
                    f"{ratio:.2f}x in-process, goal {RATIO_GOAL}x",
                    ratio / RATIO_GOAL,
                )
            )
            print(f"contacts page, {CONTACTS:,} contacts (median of 5)")
            last = -(-CONTACTS // 60)
            assert f"of {CONTACTS}" in browser.get("/contacts")
            for label, path in (("first page", "/contacts"), (f"page {last}", f"/contacts?page={last}")):
                seconds = median_seconds(lambda path=path: browser.get(path), 5)
                met.append(
                    _line(label, seconds, f"goal {CONTACTS_GOAL * 1000:.0f} ms", seconds / CONTACTS_GOAL)
                )
        finally:
            served.stop()
    print("all goals met" if all(met) else "a goal was missed")
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
