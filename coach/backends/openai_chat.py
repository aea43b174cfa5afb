"""The ChatModel port over an OpenAI-compatible chat API, streamed through LangChain's ChatOpenAI.

The client's own retries are off: this module retries transient failures itself (429, 5xx,
timeouts, lost connections), only before the first token, so a learner never sees a reply
start twice and every failure ends in one sentence that says what to do.
"""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Callable, Iterator, Sequence
from urllib.parse import urlparse

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
from pydantic import SecretStr

from coach.errors import LLMError
from coach.models import ChatMessage, Usage
from coach.settings import Settings

# OpenAI-compatible local servers usually ignore the key, but the client insists on one.
PLACEHOLDER_API_KEY = "not-needed"
DEFAULT_HOST = "api.openai.com"

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
        self._settings = settings
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._host = urlparse(settings.openai_base_url or "").netloc or DEFAULT_HOST
        self._chat = _chat_openai(settings)

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
            except openai.APIError as exc:
                self._recover_or_raise(exc, attempt, started=started)

    def _attempt(self, payload: list[BaseMessage]) -> Iterator[str]:
        """One model call: its text pieces, recording usage when the server reports it."""
        for chunk in self._chat.stream(payload):
            if isinstance(chunk, AIMessageChunk) and chunk.usage_metadata:
                self.last_usage = _usage(chunk.usage_metadata)
            if chunk.text:
                yield chunk.text

    def _recover_or_raise(self, exc: openai.APIError, attempt: int, *, started: bool) -> None:
        """Sleep before the next attempt, or raise LLMError when another try cannot help."""
        if started:
            raise LLMError(
                f"The language model at {self._host} stopped in the middle of its reply "
                f"({self._describe(exc)}); send your message again or run with --offline."
            ) from exc
        if not _retryable(exc):
            raise LLMError(self._refusal(exc)) from exc
        if attempt > self._settings.max_retries:
            raise LLMError(
                f"The language model at {self._host} did not answer after {attempt} attempts "
                f"({self._describe(exc)}); try again in a minute or run with --offline."
            ) from exc
        self._sleep(self._delay(attempt, exc))

    def _delay(self, attempt: int, exc: openai.APIError) -> float:
        """Seconds to wait: the server's Retry-After if given, else backoff with jitter."""
        asked = _retry_after(exc)
        if asked is None:
            base = self._settings.retry_base_delay * 2 ** (attempt - 1)
            capped = min(self._settings.max_retry_delay, base)
            return capped * (0.5 + self._rng.random() / 2)  # half fixed, half random
        if asked > self._settings.max_retry_delay:
            raise LLMError(
                f"The language model at {self._host} asked to wait {asked:.0f} seconds "
                f"({self._describe(exc)}); try again later or run with --offline."
            ) from exc
        return asked

    def _describe(self, exc: openai.APIError) -> str:
        """A few words for what went wrong, for the end of a sentence."""
        if isinstance(exc, openai.APITimeoutError):
            return f"no answer within {self._settings.request_timeout:g} seconds"
        if isinstance(exc, openai.APIConnectionError):
            return "could not connect"
        if isinstance(exc, openai.APIStatusError):
            return f"HTTP {exc.status_code}"
        return "an error inside the response"

    def _refusal(self, exc: openai.APIError) -> str:
        """The sentence for an error that retrying will not fix."""
        status = getattr(exc, "status_code", None)
        where = f"The language model at {self._host}"
        if status in (401, 403):
            return (
                f"{where} rejected the API key (HTTP {status}); "
                "check OPENAI_API_KEY or run with --offline."
            )
        if status == 404:
            return (
                f"{where} does not serve the model {self._settings.model!r} (HTTP 404); "
                "set COACH_MODEL to one it serves or run with --offline."
            )
        return (
            f"{where} refused the request ({self._describe(exc)}: {_error_message(exc)}); "
            "run with --offline if this keeps happening."
        )


def _chat_openai(settings: Settings) -> ChatOpenAI:
    """LangChain's client for the settings, with its own retries switched off."""
    if settings.openai_api_key is None and settings.openai_base_url is None:
        raise LLMError(
            "No OpenAI API key is set; set OPENAI_API_KEY, point OPENAI_BASE_URL at a "
            "compatible server, or run with --offline."
        )
    return ChatOpenAI(
        model=settings.model,
        api_key=settings.openai_api_key or SecretStr(PLACEHOLDER_API_KEY),
        base_url=settings.openai_base_url,
        timeout=settings.request_timeout,
        temperature=settings.temperature,
        max_retries=0,
        stream_usage=True,
        use_responses_api=False,  # many compatible servers only speak chat completions
    )


def _retryable(exc: openai.APIError) -> bool:
    if isinstance(exc, openai.APIConnectionError):  # includes timeouts
        return True
    return isinstance(exc, openai.APIStatusError) and (
        exc.status_code == 429 or exc.status_code >= 500
    )


def _retry_after(exc: openai.APIError) -> float | None:
    """The server's requested wait in seconds, from Retry-After-Ms or Retry-After."""
    if not isinstance(exc, openai.APIStatusError):
        return None
    for header, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = exc.response.headers.get(header)
        if value is None:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            continue  # an HTTP date: fall back to our own backoff
    return None


def _error_message(exc: openai.APIError) -> str:
    """The server's own short explanation, if it gave one."""
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error", body)
    message = error.get("message") if isinstance(error, dict) else None
    return str(message or exc.message)[:160].rstrip(".")


def _usage(metadata: UsageMetadata) -> Usage:
    """Our Usage from LangChain's usage metadata (cache hits are ``cache_read``)."""
    details = metadata.get("input_token_details") or {}
    return Usage(
        prompt_tokens=metadata["input_tokens"],
        completion_tokens=metadata["output_tokens"],
        cached_tokens=details.get("cache_read") or 0,
    )
