"""infoview eval: contenders (engines, models, prompt folders) over a set of cases, scored by trust."""
