"""--dry-run: the exact messages the LLM engine would send, with token counts; nothing is sent."""

from __future__ import annotations

import os

from .context import Context
from .core import PREP_KINDS
from .tokens import count_tokens


def dry_run_report(kind: str, context: Context) -> str:
    from .library import load_prompt, render_for_dry_run
    from .prompt_values import prompt_values

    model = os.environ.get("INFOVIEW_MODEL", "gpt-4o-mini")
    kinds = PREP_KINDS if kind == "prep" else (kind,)
    sections = []
    for part in kinds:
        messages = load_prompt(part).render(prompt_values(part, context))
        tokens = count_tokens("\n".join(m.content for m in messages), model)
        sections.append(
            f"=== {part}: {len(messages)} messages, {tokens} (dry run: nothing sent) ===\n"
            + render_for_dry_run(messages)
        )
    return "\n".join(sections).rstrip() + "\n"
