"""The two engines, ``llm`` (LangChain and an OpenAI-compatible model) and ``offline`` (built-in rules):
the same Context in, the same artifacts out, chosen and run by ``generation.run``."""
