"""When to retry a failed OpenAI-compatible request, how long to wait, and what to tell the user.

Transient failures (429, 5xx, timeouts, lost connections) are retried with backoff up to
``Settings.max_retries`` times; everything else ends at once in one sentence that says what
to do. The client's own retries are meant to be off so that these are the only ones.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from urllib.parse import urlparse

import openai

from coach.errors import LLMError
from coach.settings import Settings

DEFAULT_HOST = "api.openai.com"


class ClosedEarly(Exception):
    """The server ended its stream without finishing the reply (no finish reason).

    Over HTTP/1.0, or through a proxy, a dropped connection looks like the normal end of a
    stream; only the missing finish tells the two apart. Retried like a lost connection.
    """


Failure = openai.APIError | ClosedEarly


class RetryPolicy:
    """Decides, after a failed attempt, between sleeping before the next one and giving up."""

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._settings = settings
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.host = urlparse(settings.openai_base_url or "").netloc or DEFAULT_HOST

    def recover_or_raise(self, exc: Failure, attempt: int) -> None:
        """Sleep before attempt ``attempt + 1``, or raise LLMError when another try cannot help."""
        if isinstance(exc, openai.APIError) and not is_retryable(exc):
            raise LLMError(self.refusal(exc)) from exc
        if attempt > self._settings.max_retries:
            raise LLMError(
                f"The language model at {self.host} did not answer after {attempt} attempts "
                f"({self.describe(exc)}); try again in a minute."
            ) from exc
        self._sleep(self.delay(attempt, exc))

    def delay(self, attempt: int, exc: Failure) -> float:
        """Seconds to wait: the server's Retry-After if given, else backoff with jitter."""
        asked = retry_after(exc)
        if asked is None:
            base = self._settings.retry_base_delay * 2 ** (attempt - 1)
            capped = min(self._settings.max_retry_delay, base)
            return capped * (0.5 + self._rng.random() / 2)  # half fixed, half random
        if asked > self._settings.max_retry_delay:
            raise LLMError(
                f"The language model at {self.host} asked to wait {asked:.0f} seconds "
                f"({self.describe(exc)}); try again later."
            ) from exc
        return asked

    def describe(self, exc: Failure) -> str:
        """A few words for what went wrong, for the end of a sentence."""
        if isinstance(exc, ClosedEarly):
            return "the connection closed before any reply"
        if isinstance(exc, openai.APITimeoutError):
            return f"no answer within {self._settings.request_timeout:g} seconds"
        if isinstance(exc, openai.APIConnectionError):
            return "could not connect" if _never_connected(exc) else "the connection was lost"
        if isinstance(exc, openai.APIStatusError):
            return f"HTTP {exc.status_code}"
        return "unreadable response"

    def describe_break(self, exc: Failure) -> str:
        """A few words for why a reply that had begun stopped, for the end of a sentence."""
        if isinstance(exc, openai.APITimeoutError):
            return f"nothing more came for {self._settings.request_timeout:g} seconds"
        if isinstance(exc, ClosedEarly):
            return "the connection closed before the reply was finished"
        if isinstance(exc, openai.APIConnectionError):
            return "the connection was lost"
        return self.describe(exc)

    def refusal(self, exc: openai.APIError) -> str:
        """The sentence for an error that retrying will not fix."""
        status = getattr(exc, "status_code", None)
        where = f"The language model at {self.host}"
        if status in (401, 403):
            return f"{where} rejected the API key (HTTP {status}); check OPENAI_API_KEY."
        if status == 404:
            return (
                f"{where} does not serve the model {self._settings.model!r} (HTTP 404); "
                "set COACH_MODEL to one it serves."
            )
        return (
            f"{where} refused the request ({self.describe(exc)}: {server_message(exc)}); "
            "check the server if this keeps happening."
        )


def _never_connected(exc: BaseException) -> bool:
    """Whether the connection failed before the server answered at all (refused, no route)."""
    # Matched by name down the chain of causes: LangChain wraps the openai client's error,
    # which wraps httpx's or httpx2's ConnectError (by version).
    seen: BaseException | None = exc
    while seen is not None:
        if type(seen).__name__ in {"ConnectError", "ConnectionRefusedError"}:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def is_retryable(exc: openai.APIError) -> bool:
    """Whether waiting and asking again can help: 429, 5xx, timeouts and lost connections."""
    if isinstance(exc, openai.APIConnectionError):  # includes timeouts
        return True
    return isinstance(exc, openai.APIStatusError) and (
        exc.status_code == 429 or exc.status_code >= 500
    )


def retry_after(exc: Failure) -> float | None:
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


def server_message(exc: openai.APIError) -> str:
    """The server's own short explanation, if it gave one."""
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error", body)
    message = error.get("message") if isinstance(error, dict) else None
    return str(message or exc.message)[:160].rstrip(".")
