"""The LLM engine over many people: a bounded number of threads, one shared back-off, a prompt Ctrl-C.

The SDK's own retries are turned off for a batch (``max_retries=0``) because each of them would wait
alone: here a 429 (or a 503) makes every worker wait, for the server's ``retry-after`` when it gives
one, else an exponential back-off with jitter. A person whose call still fails is reported and the
others go on. The workers are daemon threads fed from a queue, and the calling thread waits in short
steps, so Ctrl-C returns within a fraction of a second, keeping every person already finished.
"""

from __future__ import annotations

import queue
import random
import threading
import time
from collections.abc import Callable

from infoview_ai.batch.work import failure_of, generate_for, outcome_of

MAX_ATTEMPTS = 6
MAX_WAIT = 60.0
RETRY_STATUSES = (429, 503)


class Stopped(Exception):
    """The run was interrupted while a worker waited."""


class Gate:
    """One back-off for all workers: when one is told to wait, all wait."""

    def __init__(self) -> None:
        self._until = 0.0
        self._lock = threading.Lock()
        self.stop = threading.Event()
        self.waits = 0  # how many times a server asked us to wait (for the summary and tests)

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)
            self.waits += 1

    def wait(self) -> None:
        while True:
            with self._lock:
                remaining = self._until - time.monotonic()
            if remaining <= 0:
                return
            if self.stop.wait(min(remaining, 0.1)):
                raise Stopped


def retry_after(exc: BaseException) -> tuple[int, float | None] | None:
    """(status, seconds to wait or None) when ``exc`` came from a 429 or 503 worth retrying, else None.

    The engine's EngineError is raised ``from None``: the SDK's error is still its ``__context__``."""
    seen, current = 0, exc
    while current is not None and seen < 12:
        status = getattr(current, "status_code", None)
        if status in RETRY_STATUSES:
            if getattr(current, "code", None) == "insufficient_quota":
                return None  # waiting does not refill a quota
            return status, _header_seconds(getattr(current, "response", None))
        current, seen = current.__cause__ or current.__context__, seen + 1
    return None


def _header_seconds(response) -> float | None:
    headers = getattr(response, "headers", None) or {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return min(MAX_WAIT, max(0.0, float(value) * scale))
        except ValueError:
            continue  # an HTTP date: fall back to the back-off
    return None


def backoff(attempt: int) -> float:
    return min(MAX_WAIT, 0.5 * 2**attempt) * (0.75 + random.random() / 2)


def _one(batch, task, settings, gate: Gate):
    """One person's Outcome, waiting at the gate before each attempt and holding it on a 429."""
    for attempt in range(MAX_ATTEMPTS):
        gate.wait()
        try:
            result = generate_for(batch.recipe, task.person, settings)
            return outcome_of(task.custom_id, result, batch.fmt)
        except Stopped:
            raise
        except Exception as exc:
            retry = retry_after(exc)
            if retry is None or attempt == MAX_ATTEMPTS - 1 or gate.stop.is_set():
                return failure_of(task.custom_id, exc)
            gate.hold(retry[1] if retry[1] is not None else backoff(attempt))
    raise AssertionError("unreachable")


def run_threads(batch, tasks: list, keep: Callable, *, settings, concurrency: int = 8) -> Gate:
    """Draft ``tasks`` with up to ``concurrency`` calls in flight; ``keep`` runs in this thread."""
    gate = Gate()
    if not tasks:
        return gate
    todo: queue.Queue = queue.Queue()
    for task in tasks:
        todo.put(task)
    done: queue.Queue = queue.Queue()

    def worker() -> None:
        while not gate.stop.is_set():
            try:
                task = todo.get_nowait()
            except queue.Empty:
                return
            try:
                outcome = _one(batch, task, settings, gate)
            except Stopped:
                return
            except BaseException as exc:  # noqa: BLE001 (a bug in one person's draft must not hang the run)
                outcome = failure_of(task.custom_id, exc)
            done.put((task, outcome))

    for number in range(max(1, min(concurrency, len(tasks)))):
        threading.Thread(target=worker, name=f"batch-{number}", daemon=True).start()
    try:
        for _ in range(len(tasks)):
            while True:
                try:
                    task, outcome = done.get(timeout=0.1)
                    break
                except queue.Empty:
                    continue
            keep(task, outcome)
    except BaseException:
        gate.stop.set()  # the daemon threads end with the process; nothing they finish is written
        raise
    return gate
