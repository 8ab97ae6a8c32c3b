"""The evaluation report: contenders ranked, a column per measure; as a rich table or as JSON."""

from __future__ import annotations

import json
from statistics import mean

from infoview_ai.evaluation.measures import MEASURES, WEIGHTS
from infoview_ai.evaluation.runner import Run


def _mean(values: list[float]) -> float | None:
    return round(mean(values), 3) if values else None


def summary(run: Run) -> list[dict]:
    """One row per contender, best overall score first (ties keep the order given)."""
    rows = []
    for contender in run.contenders:
        outs = [o for o in run.outputs if o.contender == contender.label]
        if not outs:
            continue
        costs = [o.cost_usd for o in outs]
        rows.append(
            {
                **contender.as_json(),
                "score": round(mean(o.score for o in outs), 1),
                "outputs": len(outs),
                "failed": sum(not o.ok for o in outs),
                "usable_rate": round(sum(o.ok for o in outs) / len(outs), 3),
                "measures": {
                    m: _mean([o.measures[m] for o in outs if o.measures.get(m) is not None]) for m in MEASURES
                },
                "reading_grade": _mean(
                    [o.figures["reading_grade"] for o in outs if o.figures.get("reading_grade") is not None]
                ),
                "sentence_words": _mean(
                    [o.figures["sentence_words"] for o in outs if o.figures.get("sentence_words") is not None]
                ),
                "input_tokens": sum(o.input_tokens for o in outs),
                "output_tokens": sum(o.output_tokens for o in outs),
                "cost_usd": None if any(c is None for c in costs) else round(sum(costs), 6),
                "mean_latency_s": round(mean(o.latency_s for o in outs), 3),
            }
        )
    rows.sort(key=lambda r: -r["score"])
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    return rows


def as_json(run: Run) -> str:
    report = {
        "kinds": run.kinds,
        "cases": run.cases,
        "interrupted": run.interrupted,
        "replayed": run.replayed,
        "recording": run.cassette,
        "weights": WEIGHTS,
        "contenders": summary(run),
        "outputs": [o.__dict__ for o in run.outputs],
    }
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


# Short column heads, so the table fits a terminal; the README names each measure in full.
HEADS = {
    "limit": "limit",
    "grounding": "grounded",
    "job-ask": "no job ask",
    "seams": "seams",
    "first-name": "name",
    "clichés": "clichés",
    "one-ask": "one ask",
    "readability": "grade<=8",
    "sentence-length": "short sent.",
    "own-fact": "own fact",
    "tiara": "TIARA",
    "no-near-duplicates": "no dups",
    "advice-named": "advice",
    "fits-call": "fits call",
}


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}"


def table(run: Run):
    """A rich Table: rank, contender, score, usable share, each measure (as % held), cost, latency."""
    from rich.table import Table

    rows = summary(run)
    shown = [m for m in MEASURES if any(r["measures"][m] is not None for r in rows)]
    title = f"infoview eval: {len(run.cases)} case(s) x {', '.join(run.kinds)}"
    if run.interrupted:
        title += " (interrupted: partial)"
    if run.replayed:
        title += " (replayed: no calls)"
    grid = Table(
        title=title, caption="score: weighted mean of the measures, 0-100; measures: % of outputs held"
    )
    grid.add_column("#", justify="right")
    grid.add_column("contender", no_wrap=True)
    for name in ("score", "usable", *[HEADS[m] for m in shown], "grade", "tokens", "cost $", "secs"):
        grid.add_column(name, justify="right")
    for r in rows:
        cost = "?" if r["cost_usd"] is None else f"{r['cost_usd']:.4f}"
        grid.add_row(
            str(r["rank"]),
            r["label"],
            f"{r['score']:.1f}",
            f"{100 * r['usable_rate']:.0f}%",
            *[_cell(r["measures"][m]) for m in shown],
            "-" if r["reading_grade"] is None else f"{r['reading_grade']:.1f}",
            f"{r['input_tokens'] + r['output_tokens']:,}",
            cost,
            f"{r['mean_latency_s']:.2f}",
        )
    return grid
