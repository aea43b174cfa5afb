"""Voice over real HTTP: transcriptions with word timings and speech, against the local stub."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from coach.backends.openai.audio import OpenAIVoice
from coach.errors import CoachError
from coach.settings import Settings
from coach.voice.audio import wav_seconds
from coach.voice.channel import VoiceChannel
from tests.openai_payloads import speech_wav
from tests.openai_stub import OpenAIStub, heard, status

RECORDING = speech_wav("a recording of about two seconds in all")


def voice_settings(server: OpenAIStub, tmp_path: Path, retries: int = 0) -> Settings:
    return Settings(
        data_dir=tmp_path,
        openai_base_url=server.base_url,
        openai_api_key=SecretStr("test-key"),
        transcription_model="stub-whisper",
        speech_model="stub-tts",
        max_retries=retries,
        retry_base_delay=0,
    )


def channel(settings: Settings) -> VoiceChannel:
    return VoiceChannel(OpenAIVoice(settings, sleep=lambda _: None), default_voice="alloy")


def test_a_recording_is_transcribed_with_word_timings(
    openai_server: OpenAIStub, tmp_path: Path
) -> None:
    openai_server.enqueue(heard("Um, what happened on Thursday?"), route="transcriptions")
    result = channel(voice_settings(openai_server, tmp_path)).hear(RECORDING, "turn.wav")
    assert result.text == "Um, what happened on Thursday?"
    assert [w.word for w in result.speech.words] == ["Um", "what", "happened", "on", "Thursday"]
    assert result.speech.words[1].start == pytest.approx(0.9)
    [request] = openai_server.transcription_requests
    assert request["model"] == "stub-whisper"
    assert request["response_format"] == "verbose_json"
    assert request["timestamp_granularities[]"] == "word"
    assert "Um" in request["prompt"]  # asks the server to keep fillers
    assert request["file_bytes"] == len(RECORDING)


def test_a_reply_is_read_aloud_in_the_personas_voice(
    openai_server: OpenAIStub, tmp_path: Path
) -> None:
    reading = channel(voice_settings(openai_server, tmp_path)).read_aloud(
        "It was the slide about the budget.", voice="verse"
    )
    assert reading.audio.startswith(b"RIFF")
    assert reading.speech.duration == pytest.approx(wav_seconds(reading.audio), abs=0.01)
    [request] = openai_server.speech_requests
    assert request["voice"] == "verse" and request["model"] == "stub-tts"
    assert request["response_format"] == "wav"
    assert request["input"] == "It was the slide about the budget."


def test_a_busy_server_is_asked_again(openai_server: OpenAIStub, tmp_path: Path) -> None:
    openai_server.enqueue(status(429), heard("Go on."), route="transcriptions")
    result = channel(voice_settings(openai_server, tmp_path, retries=2)).hear(RECORDING)
    assert result.text == "Go on."
    assert len(openai_server.transcription_requests) == 2


def test_a_server_that_stays_busy_ends_in_one_sentence(
    openai_server: OpenAIStub, tmp_path: Path
) -> None:
    openai_server.enqueue(status(429), status(429), route="transcriptions")
    with pytest.raises(CoachError) as caught:
        channel(voice_settings(openai_server, tmp_path, retries=1)).hear(RECORDING)
    assert str(caught.value) == (
        f"Could not transcribe your recording: the voice server at "
        f"{openai_server.base_url.split('/')[2]} did not answer (HTTP 429). "
        "Nothing was lost: try again, or type your turn."
    )


def test_a_model_the_server_lacks_names_the_setting(
    openai_server: OpenAIStub, tmp_path: Path
) -> None:
    openai_server.enqueue(status(404, message="no such model"), route="speech")
    with pytest.raises(CoachError, match="set COACH_SPEECH_MODEL. The reply stays as text"):
        channel(voice_settings(openai_server, tmp_path)).read_aloud("Hello.")


def test_audio_the_server_cannot_read_is_refused_in_one_sentence(
    openai_server: OpenAIStub, tmp_path: Path
) -> None:
    openai_server.enqueue(status(400, message="Invalid file format"), route="transcriptions")
    with pytest.raises(CoachError, match=r"refused it \(HTTP 400: Invalid file format\)"):
        channel(voice_settings(openai_server, tmp_path)).hear(RECORDING)


def test_a_server_that_is_down_is_named(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, openai_base_url="http://127.0.0.1:9/v1", max_retries=0)
    with pytest.raises(CoachError, match="127.0.0.1:9 did not answer \\(could not connect\\)"):
        channel(settings).hear(RECORDING)


@pytest.mark.parametrize(
    ("audio", "message"),
    [
        (b"", "The recording is empty"),
        (b"RIFF\x00\x00garbage", "not audio that can be read"),
        (speech_wav("hi")[:44], "too short"),
    ],
)
def test_recordings_that_cannot_hold_a_turn_never_reach_the_server(
    openai_server: OpenAIStub, tmp_path: Path, audio: bytes, message: str
) -> None:
    with pytest.raises(CoachError, match=message):
        channel(voice_settings(openai_server, tmp_path)).hear(audio)
    assert openai_server.transcription_requests == []


def test_a_recording_with_no_words_says_so(openai_server: OpenAIStub, tmp_path: Path) -> None:
    openai_server.enqueue(heard(" "), route="transcriptions")
    with pytest.raises(CoachError, match="No words were heard"):
        channel(voice_settings(openai_server, tmp_path)).hear(RECORDING)
