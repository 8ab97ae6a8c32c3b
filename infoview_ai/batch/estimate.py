"""`infoview batch ... --dry-run`: how many calls, how many tokens and what they cost, live and through the
Batch API (half price); nothing is sent. Tokens are counted with the LLM engine's own counter (tiktoken)
on the exact prompts it would render."""

from __future__ import annotations

from dataclasses import dataclass, field

from infoview_ai.batch.build import Recipe, context_for
from infoview_ai.batch.people import Person
from infoview_ai.engines.llm.pricing import BATCH_DISCOUNT  # the Batch API's price, relative to live


@dataclass
class Estimate:
    people: int = 0
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    live_cost: float | None = 0.0
    exact: bool = True  # False when tiktoken's encoding was unavailable (an estimate of the count)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def batch_cost(self) -> float | None:
        return None if self.live_cost is None else self.live_cost * BATCH_DISCOUNT

    def lines(self, model: str) -> list[str]:
        from infoview_ai.engines.llm.pricing import format_cost

        approx = "" if self.exact else "~"
        return [
            f"dry run: nothing sent. {self.people} people, {self.calls} calls to {model}",
            f"tokens: {approx}{self.input_tokens:,} in, ~{self.output_tokens:,} out",
            f"cost live: about {format_cost(self.live_cost)}; "
            f"with --via batch-api (half price): about {format_cost(self.batch_cost)}",
            *(f"  cannot draft {who}: {why}" for who, why in self.failed),
        ]


def estimate(recipe: Recipe, people: list[Person], model: str) -> Estimate:
    """Count every call each person's draft would make (a prep pack makes three)."""
    from infoview_ai.batch.work import failure_of
    from infoview_ai.engines.llm.pricing import estimate_cost
    from infoview_ai.engines.llm.prompting.budget import prepared_values
    from infoview_ai.engines.llm.prompting.library import load_prompt
    from infoview_ai.engines.llm.prompting.tokens import count_tokens
    from infoview_ai.kinds import kind_named

    kind = kind_named(recipe.kind)
    result = Estimate()
    for person in people:
        try:
            context, _ = context_for(recipe, person)
        except Exception as exc:  # a person that cannot be drafted is named, the rest still counted
            result.failed.append((person.name or person.where, failure_of("", exc).error))
            continue
        result.people += 1
        for part in kind.parts or (kind,):
            values, _ = prepared_values(part, context, model)
            messages = load_prompt(part.name).render(values)
            tokens = count_tokens("\n".join(m.content for m in messages), model)
            result.calls += 1
            result.input_tokens += tokens.count
            result.output_tokens += part.typical_output_tokens
            result.exact = result.exact and tokens.exact
            cost = estimate_cost(model, tokens.count, part.typical_output_tokens)
            result.live_cost = None if cost is None or result.live_cost is None else result.live_cost + cost
    return result
