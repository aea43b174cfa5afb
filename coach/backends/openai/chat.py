"""The ChatModel port over an OpenAI-compatible chat API, streamed through LangChain's ChatOpenAI.

The client's own retries are off: this module retries transient failures itself (429, 5xx,
timeouts, lost connections), only before the first token, so a learner never sees a reply
start twice and every failure ends in one sentence that says what to do. A reply counts as
finished only when the server says so (a finish reason, or the usage that follows it): a
stream that just ends, as when a connection drops between two chunks, broke off.
"""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import openai
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    UsageMetadata,
)
from langchain_openai import ChatOpenAI
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from pydantic import SecretStr

from coach.backends.openai.retry import ClosedEarly, Failure, RetryPolicy
from coach.errors import LLMError, ReplyInterrupted
from coach.models import ChatMessage, Usage
from coach.settings import Settings

# OpenAI-compatible local servers usually ignore the key, but the client insists on one.
PLACEHOLDER_API_KEY = "not-needed"

_MESSAGE_TYPES: dict[str, type[BaseMessage]] = {
    "system": SystemMessage,
    "user": HumanMessage,
    "assistant": AIMessage,
}


class OpenAIChatModel:
    """Streams replies from an OpenAI-compatible API; ``last_usage`` is the last call's tokens."""

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.last_usage: Usage | None = None
        self._retry = RetryPolicy(settings, sleep=sleep, rng=rng)
        self._chat = chat_openai(settings)

    def stream(self, messages: Sequence[ChatMessage]) -> Iterator[str]:
        """Yield the reply's text as it arrives; raise LLMError once retrying is pointless."""
        self.last_usage = None
        payload = [_MESSAGE_TYPES[m.role](content=m.content) for m in messages]
        for attempt in itertools.count(1):
            started = False
            try:
                for text in self._attempt(payload):
                    started = True
                    yield text
                return
            except (openai.APIError, ClosedEarly) as exc:
                self._recover_or_raise(exc, attempt, started=started)

    def _attempt(self, payload: list[BaseMessage]) -> Iterator[str]:
        """One model call: its text pieces, recording usage when the server reports it.

        Raises ClosedEarly when the stream ends before the server finished the reply.
        """
        finished = False
        for chunk in self._chat.stream(payload):
            finished = finished or bool(chunk.response_metadata.get("finish_reason"))
            if isinstance(chunk, AIMessageChunk) and chunk.usage_metadata:
                self.last_usage = usage_from(chunk.usage_metadata)
                finished = True  # servers report usage after the last choice
            if chunk.text:
                yield chunk.text
        if not finished:
            raise ClosedEarly()

    def _recover_or_raise(self, exc: Failure, attempt: int, *, started: bool) -> None:
        """Sleep before the next attempt, or raise when another try cannot help.

        Raises:
            ReplyInterrupted: the reply had begun; asking again would show a second start.
            LLMError: no reply could be had.
        """
        if started:
            raise ReplyInterrupted(
                f"The language model at {self._retry.host} stopped in the middle of its reply "
                f"({self._retry.describe_break(exc)})."
            ) from exc
        self._retry.recover_or_raise(exc, attempt)


def chat_openai(settings: Settings) -> ChatOpenAI:
    """LangChain's client for the settings, with its own retries switched off."""
    if settings.openai_api_key is None and settings.openai_base_url is None:
        raise LLMError(
            "No OpenAI API key is set; set OPENAI_API_KEY, point OPENAI_BASE_URL at a "
            "compatible server."
        )
    chat = ChatOpenAI(
        model=settings.model,
        api_key=settings.openai_api_key or SecretStr(PLACEHOLDER_API_KEY),
        base_url=settings.openai_base_url,
        timeout=settings.request_timeout,
        temperature=settings.temperature,
        max_retries=0,
        stream_usage=True,
        use_responses_api=False,  # many compatible servers only speak chat completions
    )
    chat.client = DirectCompletions(chat.root_client)
    return chat


class DirectCompletions:
    """``chat.completions`` whose streaming ``create`` posts LangChain's body as it is.

    The SDK's own ``create`` walks every message of the request against its typed-dict
    unions on each call, which was most of the time this program added to a turn late in a
    long conversation (about 66 ms at turn 160, against 10 ms at turn 10). The body LangChain
    builds is already plain JSON (role and content strings), so it is sent unchanged. Calls
    with request options the SDK interprets, and calls that do not stream, go through
    ``create``; everything else is the SDK's.
    """

    _REQUEST_OPTIONS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout"})

    def __init__(self, client: openai.OpenAI) -> None:
        self._client = client
        self._completions = client.chat.completions

    def create(self, **params: Any) -> Any:
        if params.get("stream") is not True or self._REQUEST_OPTIONS & params.keys():
            return self._completions.create(**params)
        return self._client.post(
            "/chat/completions",
            body=params,
            cast_to=ChatCompletion,
            stream=True,
            stream_cls=openai.Stream[ChatCompletionChunk],
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self._completions, name)


def usage_from(metadata: UsageMetadata) -> Usage:
    """Our Usage from LangChain's usage metadata (cache hits are ``cache_read``)."""
    details = metadata.get("input_token_details") or {}
    return Usage(
        prompt_tokens=metadata["input_tokens"],
        completion_tokens=metadata["output_tokens"],
        cached_tokens=details.get("cache_read") or 0,
    )
