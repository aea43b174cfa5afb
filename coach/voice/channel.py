"""Voice use cases: a learner's recording heard as text, a reply read aloud."""

from __future__ import annotations

from coach.errors import CoachError
from coach.models import Speech
from coach.ports import VoiceServer
from coach.voice.audio import TRY_AGAIN, Heard, Reading, check_recording, wav_seconds


class VoiceChannel:
    """Speech to text and text to speech through the configured server."""

    def __init__(self, server: VoiceServer, default_voice: str) -> None:
        self._server, self._default_voice = server, default_voice

    def hear(self, audio: bytes, file_name: str = "turn.wav") -> Heard:
        """The words of a learner's recording; CoachError when there are none to be had."""
        check_recording(audio)
        heard = self._server.transcribe(audio, file_name)
        if not heard.text.strip():
            raise CoachError(f"No words were heard in the recording. {TRY_AGAIN}")
        return heard

    def read_aloud(self, text: str, voice: str | None = None) -> Reading:
        """``text`` as audio in the persona's ``voice`` (or the default one)."""
        audio = self._server.speak(text, voice or self._default_voice)
        seconds = wav_seconds(audio)
        if seconds is None:
            raise CoachError("The voice server sent audio that cannot be played.")
        return Reading(audio=audio, speech=Speech(duration=round(seconds, 2)))
