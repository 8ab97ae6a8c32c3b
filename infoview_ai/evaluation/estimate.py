"""--dry-run: the calls, tokens and cost an evaluation would spend, from the LLM engine's own dry run."""

from __future__ import annotations

import json

from infoview_ai.evaluation.cases import Case, case_context
from infoview_ai.evaluation.contenders import Contender
from infoview_ai.kinds import Kind


def estimate(contenders: list[Contender], cases: list[Case], kinds: list[Kind]) -> dict:
    """Per contender: first calls (repairs and regenerations add more), input tokens, cost. Sends nothing."""
    from infoview_ai.engines.llm.dry_run import dry_run_report

    rows = []
    for contender in contenders:
        row = {
            "contender": contender.label,
            "calls": 0,
            "input_tokens": 0,
            "output_tokens": 0,
            "estimated_cost_usd": 0.0,
            "tokens_exact": True,
        }
        if contender.engine == "llm":
            settings = contender.settings()
            with contender.prompts():
                for case in cases:
                    for kind in kinds:
                        text, _ = dry_run_report(kind, case_context(case, kind.name), settings, as_json=True)
                        for call in json.loads(text)["calls"]:
                            row["calls"] += 1
                            row["input_tokens"] += call["input_tokens"]
                            row["output_tokens"] += kind.typical_output_tokens
                            row["tokens_exact"] = row["tokens_exact"] and call["tokens_exact"]
                            cost = call["estimated_cost_usd"]
                            total = row["estimated_cost_usd"]
                            row["estimated_cost_usd"] = (
                                None if cost is None or total is None else total + cost
                            )
        rows.append(row)
    known = [r["estimated_cost_usd"] for r in rows]
    return {
        "dry_run": True,
        "cases": len(cases),
        "kinds": [k.name for k in kinds],
        "contenders": rows,
        "total_calls": sum(r["calls"] for r in rows),
        "total_estimated_cost_usd": None if any(c is None for c in known) else round(sum(known), 6),
        "priced_cost_usd": round(sum(c for c in known if c is not None), 6),  # the models with a price
        "unpriced": [r["contender"] for r in rows if r["estimated_cost_usd"] is None],
    }
