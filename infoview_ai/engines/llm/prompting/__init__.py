"""The prompt library and what fills it: loading and rendering prompts, their values, the token budget."""
