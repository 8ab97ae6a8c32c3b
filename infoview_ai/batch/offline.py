"""The offline engine over many people: one process pool for the whole run, across all cores.

The pool is started once (fork where the platform has it, so the workers begin with everything already
imported; spawn elsewhere) and each worker drafts person after person: no process is started per
person. Workers only compute; the parent writes every file and manifest line as results arrive, so a
kill at any moment loses at most the people in flight.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable

from infoview_ai.batch.build import Recipe
from infoview_ai.batch.work import Outcome, draft_one

_STATE: dict = {}  # the worker's recipe and format, set once by the pool's initializer


def _start_worker(recipe: Recipe, fmt: str) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _STATE["recipe"], _STATE["fmt"] = recipe, fmt


def _work(item) -> tuple[int, Outcome]:
    index, person, custom_id = item
    return index, draft_one(_STATE["recipe"], person, custom_id, _STATE["fmt"])


def worker_count(tasks: int) -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, tasks))


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def run_pool(batch, tasks: list, keep: Callable, workers: int | None = None) -> None:
    """Draft ``tasks`` across the cores, calling ``keep(task, outcome)`` in this process as each ends."""
    if not tasks:
        return
    workers = workers or worker_count(len(tasks))
    if workers == 1 or len(tasks) == 1:
        for task in tasks:
            keep(task, draft_one(batch.recipe, task.person, task.custom_id, batch.fmt))
        return
    items = [(i, t.person, t.custom_id) for i, t in enumerate(tasks)]
    chunk = max(1, min(8, len(tasks) // (workers * 8)))
    pool = _context().Pool(workers, initializer=_start_worker, initargs=(batch.recipe, batch.fmt))
    try:
        for index, outcome in pool.imap_unordered(_work, items, chunksize=chunk):
            keep(tasks[index], outcome)
        pool.close()
    except BaseException:
        pool.terminate()  # Ctrl-C: the workers stop at once; what is kept stays kept
        raise
    finally:
        pool.join()
