"""A prompt from the library as a LangChain ChatPromptTemplate that renders exactly like the library.

The system part is a fixed SystemMessage (never a template, so braces in it are literal); the user
part becomes an f-string template whose only fields are the prompt's declared variables. f-string
formatting inserts values verbatim, so a bio holding "{x}" or "{{bio}}" is never expanded.
"""

from __future__ import annotations

from langchain_core.messages import BaseMessage, SystemMessage
from langchain_core.prompts import ChatPromptTemplate, HumanMessagePromptTemplate

from infoview_ai.engines.llm.prompting.library import VARIABLE_TAG, Prompt


def chat_prompt(prompt: Prompt) -> ChatPromptTemplate:
    pieces = VARIABLE_TAG.split(prompt.user_template)
    # split() alternates literal text (even indexes) and variable names (odd indexes).
    template = "".join(
        piece.replace("{", "{{").replace("}", "}}") if index % 2 == 0 else "{" + piece.strip() + "}"
        for index, piece in enumerate(pieces)
    )
    return ChatPromptTemplate.from_messages(
        [SystemMessage(content=prompt.system_text), HumanMessagePromptTemplate.from_template(template)]
    )


def messages_for(prompt: Prompt, values: dict[str, str]) -> list[BaseMessage]:
    """The messages to send: values resolved by the library (defaults, defused delimiters), then formatted."""
    return chat_prompt(prompt).format_messages(**prompt.resolve(values))
