"""--dry-run: the exact messages the LLM engine would send, with token counts and cost; nothing is sent.

Rendered by the prompt library itself (no LangChain import); the LLM engine's ChatPromptTemplate
renders the same text, which a test checks.
"""

from __future__ import annotations

from infoview_ai.context import Context
from infoview_ai.engines.llm.pricing import estimate_cost, format_cost
from infoview_ai.engines.llm.prompting.budget import prepared_values
from infoview_ai.engines.llm.prompting.library import load_prompt, render_for_dry_run
from infoview_ai.engines.llm.prompting.tokens import count_tokens
from infoview_ai.engines.llm.settings import LLMSettings
from infoview_ai.kinds import Kind


def dry_run_report(
    kind: Kind, context: Context, settings: LLMSettings, *, as_json: bool = False
) -> tuple[str, list[str]]:
    """The messages for each call (stdout) and the notes for stderr (token counts, cost, trimming)."""
    model = settings.model_name
    kinds = kind.parts or (kind,)
    sections, notes, calls = [], [], []
    total_cost: float | None = 0.0
    for part in kinds:
        values, trim_notes = prepared_values(part, context, model)
        notes += trim_notes
        messages = load_prompt(part.name).render(values)
        tokens = count_tokens("\n".join(m.content for m in messages), model)
        output = part.typical_output_tokens
        cost = estimate_cost(model, tokens.count, output)
        total_cost = None if cost is None or total_cost is None else total_cost + cost
        sections.append(f"##### {part.name} (dry run: nothing sent) #####\n" + render_for_dry_run(messages))
        calls.append(
            {
                "kind": part.name,
                "model": settings.model,
                "input_tokens": tokens.count,
                "tokens_exact": tokens.exact,
                "estimated_cost_usd": cost,
                "messages": [{"role": m.role, "content": m.content} for m in messages],
            }
        )
        notes.append(
            f"{part.name}: {tokens} in, ~{output} out with {settings.model}: about {format_cost(cost)}"
        )
    if len(kinds) > 1:
        notes.append(f"total for {len(kinds)} calls: about {format_cost(total_cost)}")
    if as_json:
        import json

        return json.dumps({"dry_run": True, "calls": calls}, indent=2, ensure_ascii=False) + "\n", notes
    return "\n".join(sections), notes
