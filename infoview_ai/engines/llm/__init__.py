"""The LLM engine: prompt library -> ChatPromptTemplate -> chat model -> structured output -> artifact.

Its faces: ``engine.generate`` (pulls in LangChain and the OpenAI SDK, so it is imported only when the
LLM engine runs), ``settings``, ``pricing`` and ``dry_run`` (light: the CLI uses them without a model).
Nothing is imported here, so the light modules stay light.
"""
