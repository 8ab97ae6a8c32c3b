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


# What each measure means, in words a first-time reader follows: the HTML's column heads and the
# verdict use these; HEADS below are the short forms for a wide terminal grid.
NAMES = {
    "limit": "within the limit",
    "grounding": "grounded (no invented facts)",
    "job-ask": "no job ask",
    "seams": "no broken sentences",
    "first-name": "right first name",
    "clichés": "no clichés",
    "one-ask": "one clear ask",
    "readability": "reading grade 8 or lower",
    "sentence-length": "short sentences",
    "own-fact": "cites their own facts",
    "tiara": "TIARA themes covered",
    "no-near-duplicates": "no near-duplicates",
    "advice-named": "names their advice",
    "fits-call": "fits the call",
}
# Short column heads, so the full grid fits a wide terminal; the README names each measure in full.
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
FULL_GRID_WIDTH = 160  # a terminal this wide also gets the grid of every measure


def shortfalls(row: dict, best: dict | None = None, most: int = 2, long: bool = False) -> list[str]:
    """What holds a contender back, worst first: broken replies, then the measures where it falls
    furthest below ``best`` (the winner; absolute when None), weighted, each with the share of outputs
    that held it. Measures that only fell with the broken replies are not repeated."""
    names = NAMES if long else HEADS
    out = []
    usable = row["usable_rate"]
    if usable < 1:
        out.append(f"broken replies ({100 * usable:.0f}% usable)" if long else f"usable {100 * usable:.0f}%")
    gaps = []
    for m, v in row["measures"].items():
        top = 1.0 if best is None or best is row else best["measures"].get(m)
        if v is None or top is None or v >= 1 or v >= usable - 1e-9:
            continue
        gap = WEIGHTS[m] * ((top if top > v else 1.0) - v)
        gaps.append((gap, -WEIGHTS[m], m, v))
    for _, _, m, v in sorted(gaps, key=lambda t: (-t[0], t[1]))[: most - len(out)]:
        out.append(f"{names[m]} ({100 * v:.0f}% held)" if long else f"{names[m]} {100 * v:.0f}%")
    return out


def verdict(run: Run, rows: list[dict] | None = None) -> str:
    """Who won and why, in one sentence."""
    rows = summary(run) if rows is None else rows
    if not rows:
        return "Nothing finished: no contender has an output to score."
    best = rows[0]
    tied = [r["label"] for r in rows[1:] if r["score"] == best["score"]]
    head = f"{best['label']} wins with {best['score']:.1f} of 100"
    if tied:
        head = f"{' and '.join([best['label'], *tied])} tie for first with {best['score']:.1f} of 100"
    if len(rows) == 1:
        return head + "."
    why = []
    for r in rows[1 + len(tied) :]:
        lost = shortfalls(r, best, long=True)
        why.append(
            f"{r['label']} ({r['score']:.1f}) " + (f"loses on {' and '.join(lost)}" if lost else "narrowly")
        )
    return f"{head}; " + "; ".join(why) + "." if why else head + "."


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}"


def _title(run: Run) -> str:
    title = f"infoview eval: {len(run.cases)} case(s) x {', '.join(run.kinds)}"
    if run.interrupted:
        title += " (interrupted: partial)"
    if run.replayed:
        title += " (replayed: no calls)"
    return title


def table(run: Run, width: int = 80):
    """What the terminal shows: the ranking with what held each contender back (fits 80 columns), the
    verdict, and on a wide terminal the grid of every measure as % of outputs that held it."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    rows = summary(run)
    grid = Table(
        title=_title(run),
        caption="score: weighted mean of the measures, 0-100. usable: outputs generated at all. "
        "held back by: its weakest measures, with the % of outputs that held each (grounded = no "
        "invented facts; seams = no broken sentences). cost ? = no price known.",
        caption_justify="left",
    )
    grid.add_column("#", justify="right")
    grid.add_column("contender", overflow="fold", max_width=24)
    grid.add_column("score", justify="right")
    grid.add_column("usable", justify="right")
    grid.add_column("held back by (% held)", overflow="fold", ratio=1)
    grid.add_column("cost $", justify="right")
    grid.add_column("s/output", justify="right")
    for r in rows:
        grid.add_row(
            str(r["rank"]),
            r["label"],
            f"{r['score']:.1f}",
            f"{100 * r['usable_rate']:.0f}%",
            ", ".join(shortfalls(r, rows[0], most=3)) or "-",
            "?" if r["cost_usd"] is None else f"{r['cost_usd']:.4f}",
            f"{r['mean_latency_s']:.2f}",
        )
    parts = [grid, Text(verdict(run, rows))]
    if width >= FULL_GRID_WIDTH:
        parts.append(_full_grid(rows))
    return Group(*parts)


def _full_grid(rows: list[dict]):
    """Every measure, a column each: for a terminal wide enough to show it without shrinking."""
    from rich.table import Table

    shown = [m for m in MEASURES if any(r["measures"][m] is not None for r in rows)]
    grid = Table(title="every measure: % of outputs that held it", caption="- = does not apply")
    grid.add_column("contender", no_wrap=True)
    for m in shown:
        grid.add_column(HEADS[m], justify="right")
    grid.add_column("tokens", justify="right")
    for r in rows:
        grid.add_row(
            r["label"],
            *[_cell(r["measures"][m]) for m in shown],
            f"{r['input_tokens'] + r['output_tokens']:,}",
        )
    return grid
