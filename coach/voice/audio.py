"""Recordings in and speech out: checks on a learner's recording and the length of WAV audio."""

from __future__ import annotations

import io
import wave

from pydantic import BaseModel

from coach.errors import CoachError
from coach.models import Speech

MAX_RECORDING_BYTES = 25 * 1024 * 1024  # OpenAI's limit for one transcription
MIN_RECORDING_SECONDS = 0.3
TRY_AGAIN = "Record your turn again, or type it."
NOTHING_LOST = "Nothing was lost: try again, or type your turn."


class Heard(BaseModel):
    """What a recording said, with each word's timing."""

    text: str
    speech: Speech


class Reading(BaseModel):
    """A reply read aloud: the audio to play and how long it lasts."""

    audio: bytes
    media_type: str = "audio/wav"
    speech: Speech


class Playback(BaseModel):
    """A reply to play once on the practice page: server audio, the browser's voice, or why
    it could not be read aloud."""

    audio: bytes | None = None
    media_type: str = "audio/wav"
    browser_text: str = ""
    warning: str = ""


def check_recording(audio: bytes) -> None:
    """Refuse a recording that cannot be transcribed (WAV is read; other formats are left to
    the server)."""
    if not audio:
        raise CoachError(f"The recording is empty. {TRY_AGAIN}")
    if len(audio) > MAX_RECORDING_BYTES:
        raise CoachError(f"The recording is longer than a turn can be (25 MB). {TRY_AGAIN}")
    if not audio.startswith(b"RIFF"):
        return  # another format: the server decides whether it can read it
    seconds = wav_seconds(audio)
    if seconds is None:
        raise CoachError(f"The recording is not audio that can be read. {TRY_AGAIN}")
    if seconds < MIN_RECORDING_SECONDS:
        raise CoachError(f"The recording is too short to hold a turn. {TRY_AGAIN}")


def wav_seconds(audio: bytes) -> float | None:
    """The length of WAV audio in seconds, or None when it is not readable WAV.

    Counted from the samples present, not the header's count, which a recording cut short
    (or a browser streaming its header first) can overstate.
    """
    try:
        with wave.open(io.BytesIO(audio)) as sound:
            frame_bytes = sound.getsampwidth() * sound.getnchannels()
            rate = sound.getframerate()
            samples = len(sound.readframes(sound.getnframes()))
    except (wave.Error, EOFError):
        return None
    return samples / frame_bytes / rate if rate and frame_bytes else None
