"""The StructuredModel port over an OpenAI-compatible chat API, via LangChain's structured output.

The default method is function calling: OpenAI and most compatible servers (vLLM, Ollama,
LM Studio, llama.cpp, hosted gateways) accept a forced tool call, and it takes any JSON
Schema, where OpenAI's strict ``json_schema`` mode rejects optional fields and defaults.
``json_mode`` suits servers without tools; the schema then travels in the prompt.
"""

from __future__ import annotations

import itertools
import json
import random
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeVar

import openai
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.runnables import Runnable
from pydantic import BaseModel, ValidationError

from coach.backends.openai.chat import chat_openai, usage_from
from coach.backends.openai.retry import RetryPolicy
from coach.critique.llm import MalformedOutput
from coach.models import ChatMessage, Usage
from coach.settings import Settings

T = TypeVar("T", bound=BaseModel)
StructuredMethod = Literal["function_calling", "json_schema", "json_mode"]

DEFAULT_METHOD: StructuredMethod = "function_calling"
DEFAULT_TEMPERATURE = 0.2  # an evaluator should be consistent, not inventive
MAX_PROBLEMS = 3
# JSON mode only promises JSON, not which JSON, so the schema has to be spelled out.
JSON_MODE_INSTRUCTION = "Answer with one JSON object, and nothing else, valid against this schema:"

_MESSAGE_TYPES: dict[str, type[BaseMessage]] = {
    "system": SystemMessage,
    "user": HumanMessage,
    "assistant": AIMessage,
}


class OpenAIStructuredModel:
    """Asks an OpenAI-compatible model for an instance of a schema; retries transient failures."""

    def __init__(
        self,
        settings: Settings,
        *,
        method: StructuredMethod = DEFAULT_METHOD,
        temperature: float = DEFAULT_TEMPERATURE,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.last_usage: Usage | None = None
        self.method = method
        self._chat = chat_openai(settings.model_copy(update={"temperature": temperature}))
        self._retry = RetryPolicy(settings, sleep=sleep, rng=rng)

    def generate(self, messages: Sequence[ChatMessage], schema: type[T]) -> T:
        """One answer as ``schema``: LLMError once retrying is pointless, MalformedOutput if
        the answer does not parse or validate."""
        self.last_usage = None
        structured = self._chat.with_structured_output(schema, method=self.method, include_raw=True)
        payload = self._payload(messages, schema)
        for attempt in itertools.count(1):
            try:
                return self._attempt(structured, payload, schema)
            except openai.APIError as exc:
                self._retry.recover_or_raise(exc, attempt)
        raise AssertionError("unreachable")  # itertools.count never ends

    def _attempt(
        self, structured: Runnable[Any, Any], payload: list[BaseMessage], schema: type[T]
    ) -> T:
        """One model call, its usage recorded and its answer parsed."""
        try:
            result = structured.invoke(payload)
        except ValidationError as exc:  # json_schema: the openai client parses before LangChain
            raise MalformedOutput(describe_problem(exc), _top_level_input(exc)) from exc
        raw = result["raw"]
        if isinstance(raw, AIMessage) and raw.usage_metadata:
            self.last_usage = usage_from(raw.usage_metadata)
        if isinstance(result["parsed"], schema):
            return result["parsed"]
        return parse_answer(raw_answer(raw), schema)

    def _payload(
        self, messages: Sequence[ChatMessage], schema: type[BaseModel]
    ) -> list[BaseMessage]:
        payload = [_MESSAGE_TYPES[m.role](content=m.content) for m in messages]
        if self.method == "json_mode":
            shape = json.dumps(schema.model_json_schema())
            payload.append(SystemMessage(content=f"{JSON_MODE_INSTRUCTION}\n{shape}"))
        return payload


def parse_answer(text: str, schema: type[T]) -> T:
    """The answer validated as ``schema``, else MalformedOutput saying what is wrong.

    LangChain already tried; this second look accepts a server that ignored the forced tool
    and wrote the JSON as plain text, and names the problem when there is one.
    """
    try:
        return schema.model_validate_json(text)
    except ValidationError as exc:
        raise MalformedOutput(describe_problem(exc), text) from exc


def raw_answer(message: object) -> str:
    """What the model actually sent: its tool call's arguments, else its text."""
    if not isinstance(message, AIMessage):
        return ""
    if message.tool_calls:
        return json.dumps(message.tool_calls[0]["args"])
    if message.invalid_tool_calls:
        return message.invalid_tool_calls[0].get("args") or ""
    return message.text


def describe_problem(exc: ValidationError) -> str:
    """Where and what, for the first few errors, without echoing the model's text back."""
    problems = [
        f"{'.'.join(map(str, e['loc'])) or 'the answer'}: {e['msg']}"
        for e in exc.errors()[:MAX_PROBLEMS]
    ]
    more = exc.error_count() - len(problems)
    return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")


def _top_level_input(exc: ValidationError) -> str:
    """The model's text when the whole answer failed to parse, else nothing."""
    first = exc.errors()[0]
    return first["input"] if not first["loc"] and isinstance(first["input"], str) else ""
