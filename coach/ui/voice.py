"""The practice page's voice: speak a turn (recorded, transcribed, checked, sent), hear replies.

A recording is transcribed once; the words come back in a box to correct before they are
sent, so a misheard word never becomes the learner's turn. Nothing is stored until Send:
a failed transcription keeps the recording for another try, and typing still works. The
audio itself is stored only when the learner ticks the box to keep it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import streamlit as st

from coach.errors import CoachError
from coach.inputs import check_turn
from coach.models import Recording, Speech
from coach.practice.run import PracticeRun
from coach.ui import state
from coach.ui.resources import coach_services
from coach.ui.safe import md
from coach.voice.audio import Playback

if TYPE_CHECKING:
    from coach.voice.audio import Heard
    from coach.voice.channel import VoiceChannel

OFF, SERVER, BROWSER = "Off", "Server voice", "Browser voice"
NEEDS_SERVER = (
    "Speaking your turns needs an OpenAI-compatible server: set OPENAI_BASE_URL (a local "
    "Whisper server works) or OPENAI_API_KEY. Typing works without one."
)


@dataclass(frozen=True)
class SpokenTurn:
    """A spoken turn the learner checked and sent."""

    text: str
    speech: Speech
    recording: Recording | None


def panel(run: PracticeRun) -> SpokenTurn | None:
    """The microphone and the reading-aloud choice; the spoken turn once the learner sends it."""
    voice = coach_services().voice()
    with st.expander("Speak instead of typing", icon=":material/mic:", expanded=voice is not None):
        _read_aloud_choice(server=voice is not None)
        if voice is None:
            st.caption(f":material/mic_off: {NEEDS_SERVER}")
            return None
        if run.awaiting_reply:
            return None
        return _record(voice, len(run.history))


def _read_aloud_choice(*, server: bool) -> None:
    options = [OFF, SERVER, BROWSER] if server else [OFF, BROWSER]
    chosen = state.read_aloud() if state.read_aloud() in options else OFF
    picked = st.segmented_control(
        "Read replies aloud",
        options,
        default=chosen,
        key="read_aloud_choice",
        help="Browser voice uses your browser's own speech, without a server, where it has one.",
    )
    state.set_read_aloud(picked or OFF)


def _record(voice: VoiceChannel, turns_so_far: int) -> SpokenTurn | None:
    recorded = st.audio_input("Speak your turn", key=f"mic-{state.voice_round()}")
    if recorded is None:
        return None
    audio = recorded.getvalue()
    heard = _heard(voice, audio)
    if heard is None:
        return None
    return _check_and_send(heard.text, heard.speech, audio, turns_so_far)


def _heard(voice: VoiceChannel, audio: bytes) -> Heard | None:
    """The recording's words, transcribed once per recording (reruns reuse them)."""
    recording_id = hashlib.sha256(audio).hexdigest()
    kept = state.voice_heard()
    if kept is not None and kept[0] == recording_id:
        return kept[1]
    try:
        with st.spinner("Listening to your recording…"):
            heard = voice.hear(audio)
    except CoachError as exc:
        st.error(md(exc), icon=":material/error:")
        st.button("Transcribe again", icon=":material/refresh:", key="transcribe-again")
        return None
    state.set_voice_heard(recording_id, heard)
    return heard


def _check_and_send(
    text: str, speech: Speech, audio: bytes, turns_so_far: int
) -> SpokenTurn | None:
    round_key = state.voice_round()
    edited = st.text_area(
        "What you said (correct it before sending)", value=text, key=f"heard-{round_key}"
    )
    keep = st.checkbox(
        "Keep my recording with this turn",
        key=f"keep-{round_key}",
        help="Off by default: only the words and their timing are kept. A kept recording is "
        "deleted with the session.",
    )
    row = st.container(horizontal=True, gap="small")
    send = row.button("Send", icon=":material/send:", type="primary", key=f"send-{round_key}")
    if row.button("Discard", icon=":material/delete:", key=f"discard-{round_key}"):
        state.next_voice_round()
        st.rerun()
    if not send or not edited.strip():
        return None
    try:
        check_turn(edited.strip(), turns_so_far)
    except CoachError as exc:  # too long, say: the words stay in the box to shorten
        st.error(md(exc))
        return None
    state.next_voice_round()  # the turn is the run's from here: never offered twice
    return SpokenTurn(edited.strip(), speech, Recording(audio=audio) if keep else None)


def read_reply_aloud(run: PracticeRun, reply: str) -> None:
    """Prepare ``reply`` to be played the way the learner chose (by ``play_pending``).

    A voice that fails leaves a warning and the text as it is.
    """
    choice = state.read_aloud()
    voice = coach_services().voice()
    if choice == BROWSER:
        state.set_playback(Playback(browser_text=reply))
    elif choice == SERVER and voice is not None:
        try:
            reading = voice.read_aloud(reply, run.scenario.persona.voice)
        except CoachError as exc:
            state.set_playback(Playback(warning=str(exc)))
            return
        run.reply_read_aloud(reading.speech)
        state.set_playback(Playback(audio=reading.audio, media_type=reading.media_type))


def play_pending() -> None:
    """Play the last reply once, as prepared by ``read_reply_aloud``."""
    playback = state.pop_playback()
    if playback is None:
        return
    if playback.warning:
        st.warning(md(playback.warning), icon=":material/volume_off:")
    if playback.audio is not None:
        st.audio(playback.audio, format=playback.media_type, autoplay=True)
    if playback.browser_text:
        _browser_speaks(playback.browser_text)


def _browser_speaks(reply: str) -> None:
    st.iframe(browser_speech(reply), height=1)


def browser_speech(reply: str) -> str:
    """A script that has the browser's own voice read ``reply`` (where it has one).

    The reply is data: JSON-encoded, with "<" escaped so that no "</script>" in it can end
    the script early.
    """
    said = json.dumps(reply).replace("<", "\\u003c")
    return (
        "<script>const s = window.speechSynthesis; if (s) { s.cancel(); "
        f"s.speak(new SpeechSynthesisUtterance({said})); }}</script>"
    )
