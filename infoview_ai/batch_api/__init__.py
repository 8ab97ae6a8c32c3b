"""The OpenAI Batch API and vLLM's offline batch runner: the same JSONL request file, sent or written,
then collected back through the LLM engine's own parsing and trust checks.

Only light modules load here; LangChain and the openai SDK are imported inside the functions that use them.
"""

from infoview_ai.batch_api.send import send_jobs

__all__ = ["send_jobs"]
