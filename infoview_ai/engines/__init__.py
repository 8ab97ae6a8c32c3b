"""The two engines behind one interface: ``llm`` (LangChain + an OpenAI-compatible model) and ``offline``."""
