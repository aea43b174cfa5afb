"""Voice over an OpenAI-compatible server: /v1/audio/transcriptions and /v1/audio/speech.

Transcriptions ask for word timestamps (``verbose_json``), which OpenAI's whisper-1 and
local Whisper servers give; a server that returns none still gives the text, and the
delivery section is then left out. Transient failures (429, 5xx, timeouts, lost
connections) are retried like chat requests; every failure ends in one sentence.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any, TypeVar

import openai

from coach.backends.openai.chat import PLACEHOLDER_API_KEY
from coach.backends.openai.retry import RetryPolicy, is_retryable, server_message
from coach.errors import CoachError
from coach.models import Speech, WordTiming
from coach.settings import Settings
from coach.voice.audio import NOTHING_LOST, Heard

R = TypeVar("R")
# Whisper leaves fillers out unless the prompt shows them being kept; this one does.
KEEP_FILLERS = "Um, so, uh, I was- I mean, you know, I wasn't sure, hmm."


class OpenAIVoice:
    """A Transcriber and a SpeechSynthesizer over one OpenAI client."""

    def __init__(self, settings: Settings, *, sleep: Callable[[float], None] = time.sleep):
        if settings.openai_api_key is None and settings.openai_base_url is None:
            raise CoachError("Voice needs a server: set OPENAI_BASE_URL or OPENAI_API_KEY.")
        key = settings.openai_api_key
        self._settings, self._sleep = settings, sleep
        self._retry = RetryPolicy(settings, sleep=sleep)
        self._client = openai.OpenAI(
            api_key=key.get_secret_value() if key else PLACEHOLDER_API_KEY,
            base_url=settings.openai_base_url,
            timeout=settings.request_timeout,
            max_retries=0,  # retried here, like chat
        )

    def transcribe(self, audio: bytes, file_name: str) -> Heard:
        """The recording's text and word timings."""
        response = self._call(
            "transcribe your recording",
            NOTHING_LOST,
            "COACH_TRANSCRIPTION_MODEL",
            self._settings.transcription_model,
            lambda: self._client.audio.transcriptions.create(
                model=self._settings.transcription_model,
                file=(file_name, audio, "audio/wav"),
                response_format="verbose_json",
                timestamp_granularities=["word"],
                prompt=KEEP_FILLERS,
            ),
        )
        words = [_timing(word) for word in (getattr(response, "words", None) or [])]
        duration = float(getattr(response, "duration", 0.0) or 0.0)
        return Heard(text=str(response.text).strip(), speech=Speech(duration=duration, words=words))

    def speak(self, text: str, voice: str) -> bytes:
        """WAV audio of ``text``."""
        response = self._call(
            "read the reply aloud",
            "The reply stays as text.",
            "COACH_SPEECH_MODEL",
            self._settings.speech_model,
            lambda: self._client.audio.speech.create(
                model=self._settings.speech_model,
                voice=voice,  # type: ignore[arg-type]  # servers have voices of their own
                input=text,
                response_format="wav",
            ),
        )
        return bytes(response.content)

    def _call(
        self, task: str, advice: str, setting: str, model: str, request: Callable[[], R]
    ) -> R:
        """``request()``, retried while retrying can help; CoachError in one sentence after."""
        for attempt in itertools.count(1):
            try:
                return request()
            except openai.APIError as exc:
                if not is_retryable(exc) or attempt > self._settings.max_retries:
                    raise CoachError(self._failure(task, advice, setting, model, exc)) from exc
                self._retry_after(attempt, exc, task, advice)
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry_after(self, attempt: int, exc: openai.APIError, task: str, advice: str) -> None:
        try:
            delay = self._retry.delay(attempt, exc)
        except CoachError:  # the server asked for a longer wait than a learner should sit out
            raise CoachError(
                f"Could not {task}: the voice server at {self._retry.host} is busy and asked "
                f"to wait. {advice}"
            ) from exc
        self._sleep(delay)

    def _failure(
        self, task: str, advice: str, setting: str, model: str, exc: openai.APIError
    ) -> str:
        where = f"the voice server at {self._retry.host}"
        status = getattr(exc, "status_code", None)
        if status in (401, 403):
            problem = f"{where} rejected the API key (HTTP {status}); check OPENAI_API_KEY"
        elif status == 404:
            problem = f"{where} does not serve {model!r} (HTTP 404); set {setting}"
        elif status == 429 or is_retryable(exc):
            problem = f"{where} did not answer ({self._retry.describe(exc)})"
        else:
            problem = f"{where} refused it (HTTP {status}: {server_message(exc)})"
        return f"Could not {task}: {problem}. {advice}"


def _timing(word: Any) -> WordTiming:
    return WordTiming(word=str(word.word), start=float(word.start), end=float(word.end))
