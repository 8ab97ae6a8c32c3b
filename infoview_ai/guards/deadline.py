"""Work that waits on a server, run so that a deadline and Ctrl-C always win.

A socket read cannot be interrupted from outside, and a server that trickles keep-alives never lets
the client's own timeout fire. So the waiting happens in daemon threads while the caller waits on a
queue with a timeout: when the deadline passes or the user presses Ctrl-C, the caller goes on at once
and the abandoned thread dies with the process (daemon threads are not joined at exit, unlike a
ThreadPoolExecutor's).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any


class DeadlinePassed(Exception):
    """The work did not finish within its deadline (seconds)."""

    def __init__(self, seconds: float):
        super().__init__(f"not finished within {seconds:g} s")
        self.seconds = seconds


_TICK = 0.2  # how often a waiting caller wakes up: Ctrl-C is seen at once on POSIX, this bounds the rest


def _start(work: Callable[[], Any], box: queue.Queue, tag: object) -> None:
    def run() -> None:
        try:
            box.put((tag, True, work()))
        except BaseException as exc:  # handed to the caller, who raises it in its own thread
            box.put((tag, False, exc))

    threading.Thread(target=run, daemon=True, name=f"infoview-{tag}").start()


def _wait(box: queue.Queue, deadline: float | None, seconds: float | None):
    while True:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            raise DeadlinePassed(seconds or 0)
        try:
            return box.get(timeout=_TICK if left is None else min(_TICK, left))
        except queue.Empty:
            continue


def within(seconds: float | None, work: Callable[[], Any]) -> Any:
    """``work()`` in a daemon thread; its result, its exception, or DeadlinePassed after ``seconds``."""
    box: queue.Queue = queue.Queue()
    _start(work, box, "call")
    deadline = None if seconds is None else time.monotonic() + seconds
    _, ok, value = _wait(box, deadline, seconds)
    if ok:
        return value
    raise value


def all_of(works: dict[str, Callable[[], Any]]) -> dict[str, Any]:
    """Every ``work()`` at once, each in its own daemon thread; the results by name. The first
    exception (in finishing order) is raised as soon as it happens: the rest are abandoned."""
    box: queue.Queue = queue.Queue()
    for name, work in works.items():
        _start(work, box, name)
    results: dict[str, Any] = {}
    while len(results) < len(works):
        name, ok, value = _wait(box, None, None)
        if not ok:
            raise value
        results[name] = value
    return {name: results[name] for name in works}
