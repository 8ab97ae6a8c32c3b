"""One person's draft, as either runner does it: build the context, generate, check, render.

What comes back is an Outcome of plain values (it crosses a process boundary for the offline pool):
the rendered text, the artifact as JSON for the tracker, the check summary and the cost, or the reason
the person failed. A draft that still fails a trust check is a failure, as on the command line: it is
not written.
"""

from __future__ import annotations

from dataclasses import dataclass

from infoview_ai.batch.build import Recipe, context_for
from infoview_ai.batch.people import Person
from infoview_ai.errors import InfoviewError

EXTENSIONS = {"markdown": "md", "json": "json", "text": "txt"}


@dataclass(frozen=True)
class Outcome:
    custom_id: str
    text: str = ""
    body: dict | None = None  # the artifact as JSON, for tracker.contacts.save_draft
    channel: str | None = None
    checks: str = ""
    cost_usd: float | None = None
    error: str = ""  # why this person failed; "" when done
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.error


def generate_for(recipe: Recipe, person: Person, settings=None):
    """The Result for one person (raises what the engine raises)."""
    from infoview_ai.generation import run

    context, notes = context_for(recipe, person)
    result = run(recipe.kind, context, recipe.engine, settings)
    result.notes = [*notes, *result.notes]
    return result


def outcome_of(custom_id: str, result, fmt: str) -> Outcome:
    """A finished Result as an Outcome: refused (a failure) when a check still fails."""
    from infoview_ai.artifacts import Prep
    from infoview_ai.guards.safe_text import printable, printable_data

    artifact = result.artifact
    parts = (
        [artifact.brief, artifact.questions, artifact.outreach] if isinstance(artifact, Prep) else [artifact]
    )
    checks = [c for part in parts for c in getattr(part, "checks", [])]
    failed = [c for c in checks if c.status == "fail"]
    passed = sum(c.status == "pass" for c in checks)
    warned = sum(c.status == "warn" for c in checks)
    summary = f"{passed}/{len(checks)} passed" + (
        f", {warned} warning{'s' * (warned != 1)}" if warned else ""
    )
    cost = result.cost_usd if result.usage_known else None
    if failed:
        reasons = "; ".join(f"{c.name}: {c.message}" for c in failed)
        return Outcome(
            custom_id, checks=summary, cost_usd=cost, error=printable(f"fails a check ({reasons})")
        )
    if fmt == "json":
        import json

        data = printable_data(artifact.model_dump(mode="json"))
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    elif fmt == "text":
        text = printable(artifact.to_text())
    else:
        text = printable(artifact.to_markdown())
    return Outcome(
        custom_id,
        text=text,
        body=artifact.model_dump(mode="json"),
        channel=getattr(artifact, "channel", None),
        checks=summary,
        cost_usd=cost,
        notes=tuple(result.notes),
    )


def failure_of(custom_id: str, exc: BaseException) -> Outcome:
    """An Outcome naming why the person failed, with any secret masked and the text made printable."""
    from infoview_ai.guards.redaction import redact
    from infoview_ai.guards.safe_text import printable

    if isinstance(exc, InfoviewError):
        message = str(exc)
    else:
        message = f"{type(exc).__name__}: {exc}"
    return Outcome(custom_id, error=printable(redact(" ".join(message.split())))[:500])


def draft_one(recipe: Recipe, person: Person, custom_id: str, fmt: str, settings=None) -> Outcome:
    """One person, start to finish; any error becomes a failed Outcome, never an exception."""
    try:
        return outcome_of(custom_id, generate_for(recipe, person, settings), fmt)
    except Exception as exc:  # one person's failure never stops the rest
        return failure_of(custom_id, exc)
