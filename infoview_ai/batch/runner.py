"""A batch from start to end: plan who needs a draft, run them (offline pool or live threads), and keep
each finished person: their file, their draft with the contact (tied to this batch, see
saved_drafts.py), their line in the manifest.

Only this module's ``Batch.finish`` writes (files, the tracker, the manifest), always from the calling
thread, so the workers never race on the folder or the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from infoview_ai.batch.build import Recipe, custom_ids, input_hash
from infoview_ai.batch.folder import Entry, Manifest, cost_text, prepare_folder, write_index
from infoview_ai.batch.people import Person
from infoview_ai.batch.work import EXTENSIONS, Outcome


@dataclass(frozen=True)
class Task:
    person: Person
    custom_id: str
    input_hash: str
    file: str  # the file name inside the folder


@dataclass
class Summary:
    done: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (person, reason)
    costs: list[float | None] = field(default_factory=list)
    engine: str = "offline"
    interrupted: bool = False
    left: int = 0  # not started when the run was interrupted

    @property
    def cost(self) -> float | None:
        return None if any(c is None for c in self.costs) else sum(c for c in self.costs if c is not None)

    def lines(self) -> list[str]:
        head = f"done {self.done}, skipped {self.skipped} (unchanged), failed {len(self.failed)}"
        if self.interrupted:
            head += f", not run {self.left} (interrupted: re-run the same command to finish)"
        lines = [head]
        lines += [f"  failed: {who}: {why}" for who, why in self.failed]
        if self.engine == "offline":
            lines.append("cost: $0 (offline engine)")
        else:
            lines.append(
                f"cost: {cost_text(self.cost)}" + (" (a server did not report usage)" * (self.cost is None))
            )
        return lines


class Batch:
    """The people, the folder and its manifest for one run of one kind."""

    def __init__(self, recipe: Recipe, people: list[Person], output: str | Path, fmt: str = "markdown"):
        self.recipe = recipe
        self.fmt = fmt
        self.folder = prepare_folder(output)
        self.manifest = Manifest(self.folder)
        extension = EXTENSIONS[fmt]
        ids = custom_ids(recipe, people)
        self.tasks = [
            Task(person, custom_id, input_hash(recipe, person), f"{custom_id}.{extension}")
            for person, custom_id in zip(people, ids, strict=True)
        ]
        self.summary = Summary(engine=recipe.engine)
        self.order = [t.custom_id for t in self.tasks]

    def pending(self) -> list[Task]:
        """The tasks still to do; the others count as skipped. A person whose draft a killed run saved
        for this batch but whose manifest line it never wrote is finished from that draft, uncalled."""
        todo = [t for t in self.tasks if not self.manifest.is_done(t.custom_id, t.input_hash)]
        todo = self._finish_saved(todo)
        self.summary.skipped = len(self.tasks) - len(todo)
        return todo

    def key(self, task: Task):
        from infoview_ai.batch.saved_drafts import key_for

        return key_for(self.manifest.path, task.custom_id, task.input_hash)

    def _finish_saved(self, todo: list[Task]) -> list[Task]:
        from infoview_ai.batch.saved_drafts import saved_for_batch
        from infoview_ai.guards.files import write_atomic

        with_contact = [t for t in todo if t.person.contact_id is not None]
        if not with_contact:
            return todo
        saved = saved_for_batch([self.key(t) for t in with_contact])
        left = []
        for task in todo:
            draft = saved.get(self.key(task)) if task.person.contact_id is not None else None
            if draft is None:
                left.append(task)
                continue
            try:
                write_atomic(self.folder / task.file, draft.file_text)  # the file as it was when saved
            except OSError:
                left.append(task)  # drafted again; save_for_batch still returns the one saved draft
                continue
            self.manifest.record(
                Entry(
                    custom_id=task.custom_id,
                    person=task.person.name or task.custom_id,
                    file=task.file,
                    status="done",
                    input_hash=task.input_hash,
                    checks=draft.checks,
                    cost_usd=0.0 if self.recipe.engine == "offline" else draft.cost_usd,
                    saved_draft=draft.draft_id,
                )
            )
        return left

    def finish(self, task: Task, outcome: Outcome) -> None:
        """Keep one person's outcome: the file (atomically), the draft with the contact (once), the line."""
        from infoview_ai.batch.saved_drafts import save_for_batch
        from infoview_ai.guards.files import write_atomic

        saved = None
        if outcome.ok:
            try:
                write_atomic(self.folder / task.file, outcome.text)
                if task.person.contact_id is not None and outcome.body is not None:
                    saved = save_for_batch(self.key(task), task.person.contact_id, self.recipe.kind, outcome)
            except Exception as exc:  # a full disk or a deleted contact fails this person only
                from infoview_ai.batch.work import failure_of

                outcome = failure_of(task.custom_id, exc)
        label = task.person.name or task.custom_id
        cost = 0.0 if self.recipe.engine == "offline" else outcome.cost_usd
        entry = Entry.of(outcome, task.custom_id, label, task.file, task.input_hash, cost, saved)
        self.manifest.record(entry)
        self.summary.costs.append(cost)
        if outcome.ok:
            self.summary.done += 1
        else:
            self.summary.failed.append((label, outcome.error))

    def close(self) -> None:
        """The index of everyone this folder holds for this run's people, in the input's order."""
        self.manifest.close()
        entries = [self.manifest.entries[i] for i in self.order if i in self.manifest.entries]
        write_index(self.folder, entries)


Runner = Callable[[Batch, list[Task], Callable[[Task, Outcome], None]], None]


def run_batch(
    batch: Batch, runner: Runner, on_done: Callable[[Task, Outcome], None] | None = None
) -> Summary:
    """Run the pending tasks with ``runner`` (offline.run_pool or live.run_threads), keeping each as it
    finishes; an interruption (Ctrl-C) keeps what is done and re-raises KeyboardInterrupt."""
    todo = batch.pending()
    finished = 0

    def keep(task: Task, outcome: Outcome) -> None:
        nonlocal finished
        batch.finish(task, outcome)
        finished += 1
        if on_done:
            on_done(task, outcome)

    try:
        runner(batch, todo, keep)
    except KeyboardInterrupt:
        batch.summary.interrupted = True
        batch.summary.left = len(todo) - finished
        raise
    finally:
        batch.close()
    return batch.summary
