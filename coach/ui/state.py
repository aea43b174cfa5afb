"""The browser session's state: every key is initialised here, and read and written only here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import streamlit as st

from coach.models import Difficulty
from coach.people.accounts import IDLE_LIMIT, is_idle_expired
from coach.people.models import Viewer

if TYPE_CHECKING:  # the sign-in page needs neither (the coder behind a run imports numpy)
    from coach.practice.run import PracticeRun
    from coach.scenarios.form import ScenarioForm
    from coach.voice.audio import Heard, Playback

DEFAULTS: dict[str, Any] = {
    "viewer": None,  # Viewer once signed in
    "last_seen": None,  # when this browser session last did anything
    "scenario_id": None,  # the scenario whose brief is open
    "difficulty": Difficulty.STANDARD,
    "run": None,  # the PracticeRun in progress
    "notice": None,  # one message to show on the next page
    "opened_session": None,  # the session to expand on "My sessions"
    "cohort_id": None,  # the cohort open on the Cohorts and dashboard pages
    "studio_draft": "",  # the scenario YAML in the studio's YAML editor
    "studio_form": None,  # the ScenarioForm in the studio's form (kept while away from it)
    "studio_mode": "Form",  # the studio writes with the "Form" or in "YAML"
    "first_steps": False,  # the first admin just signed up: show the first-steps panel
    "one_time_password": None,  # (username, password) to show once on the People page
    "remembered": False,  # this sign-in's token is in the browser's cookie
    "clear_cookie": False,  # signed out: clear the cookie on the next run
    "voice_round": 0,  # bumped after each spoken turn, so the microphone starts empty
    "voice_heard": None,  # (recording id, Heard): the spoken turn to edit and send
    "read_aloud": "Off",  # replies read aloud: "Off", "Server voice" or "Browser voice"
    "playback": None,  # the last reply's Playback, played once on the next draw of the page
}


def init() -> None:
    """Give every key its default, once per browser session."""
    for key, value in DEFAULTS.items():
        st.session_state.setdefault(key, value)


def viewer() -> Viewer | None:
    value: Viewer | None = st.session_state["viewer"]
    return value


def require_viewer() -> Viewer:
    """The signed-in viewer; pages are only routed to when there is one."""
    signed_in = viewer()
    if signed_in is None:
        st.stop()
    assert signed_in is not None
    return signed_in


def sign_in(signed_in: Viewer) -> None:
    _reset()
    st.session_state["viewer"] = signed_in
    st.session_state["last_seen"] = datetime.now(UTC)


def show_first_steps() -> None:
    st.session_state["first_steps"] = True


def first_steps() -> bool:
    return bool(st.session_state["first_steps"])


def hide_first_steps() -> None:
    st.session_state["first_steps"] = False


def sign_out(notice: str | None = None) -> None:
    _reset()
    st.session_state["notice"] = notice


def expire_if_idle() -> bool:
    """Sign out after a long idle spell (True), else note that the viewer is active now."""
    now = datetime.now(UTC)
    expired = viewer() is not None and is_idle_expired(st.session_state["last_seen"], now)
    if expired:
        hours = int(IDLE_LIMIT.total_seconds() // 3600)
        sign_out(f"You were signed out after {hours} hours without activity; sign in again.")
    st.session_state["last_seen"] = now
    return expired


def notify(message: str) -> None:
    st.session_state["notice"] = message


def remembered() -> bool:
    return bool(st.session_state["remembered"])


def mark_remembered() -> None:
    st.session_state["remembered"] = True


def clear_cookie_next() -> None:
    st.session_state["clear_cookie"] = True


def pop_clear_cookie() -> bool:
    asked = bool(st.session_state["clear_cookie"])
    st.session_state["clear_cookie"] = False
    return asked


def keep_one_time_password(username: str, password: str) -> None:
    st.session_state["one_time_password"] = (username, password)


def pop_one_time_password() -> tuple[str, str] | None:
    """The one-time password to show, once: it is forgotten as soon as it is read."""
    shown: tuple[str, str] | None = st.session_state["one_time_password"]
    st.session_state["one_time_password"] = None
    return shown


def pop_notice() -> str | None:
    message: str | None = st.session_state["notice"]
    st.session_state["notice"] = None
    return message


def choose_scenario(scenario_id: str, difficulty: Difficulty) -> None:
    st.session_state["scenario_id"] = scenario_id
    st.session_state["difficulty"] = difficulty


def chosen_scenario() -> str | None:
    value: str | None = st.session_state["scenario_id"]
    return value


def chosen_difficulty() -> Difficulty:
    return Difficulty(st.session_state["difficulty"])


def run() -> PracticeRun | None:
    value: PracticeRun | None = st.session_state["run"]
    return value


def set_run(practice: PracticeRun | None) -> None:
    st.session_state["run"] = practice


def open_session(session_id: int | None) -> None:
    st.session_state["opened_session"] = session_id


def opened_session() -> int | None:
    value: int | None = st.session_state["opened_session"]
    return value


def _reset() -> None:
    for key, value in DEFAULTS.items():
        st.session_state[key] = value


def choose_cohort(cohort_id: int | None) -> None:
    st.session_state["cohort_id"] = cohort_id


def chosen_cohort() -> int | None:
    value: int | None = st.session_state["cohort_id"]
    return value


def set_studio_draft(text: str) -> None:
    """Keep ``text`` as the studio's YAML draft (the editor is seeded from it)."""
    st.session_state["studio_draft"] = text


def studio_draft() -> str:
    value: str = st.session_state["studio_draft"]
    return value


def set_studio_form(form: ScenarioForm | None) -> None:
    """Keep the studio's form (its widgets are seeded from it when they are drawn anew)."""
    st.session_state["studio_form"] = form


def studio_form() -> ScenarioForm | None:
    value: ScenarioForm | None = st.session_state["studio_form"]
    return value


def set_studio_mode(mode: str) -> None:
    st.session_state["studio_mode"] = mode


def studio_mode() -> str:
    value: str = st.session_state["studio_mode"]
    return value


def voice_round() -> int:
    return int(st.session_state["voice_round"])


def next_voice_round() -> None:
    """Forget the spoken turn in progress and give the microphone a fresh start."""
    st.session_state["voice_round"] = voice_round() + 1
    st.session_state["voice_heard"] = None


def set_voice_heard(recording_id: str, heard: Heard) -> None:
    st.session_state["voice_heard"] = (recording_id, heard)


def voice_heard() -> tuple[str, Heard] | None:
    value: tuple[str, Heard] | None = st.session_state["voice_heard"]
    return value


def read_aloud() -> str:
    return str(st.session_state["read_aloud"])


def set_read_aloud(choice: str) -> None:
    st.session_state["read_aloud"] = choice


def set_playback(playback: Playback | None) -> None:
    st.session_state["playback"] = playback


def pop_playback() -> Playback | None:
    """The reply to play, once: forgotten as soon as it is read."""
    value: Playback | None = st.session_state["playback"]
    st.session_state["playback"] = None
    return value
