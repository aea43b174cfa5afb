"""Practice page: the conversation itself, with undo, an openness gauge and an end.

A reply the language model broke off is not shown: its words are not part of the
conversation (the counterpart, the critique and the exports never see them), so answering
them would only confuse. Its place carries a marked note and a Retry button instead, and the
chat input waits until the learner's turn has its reply (or is undone).
"""

from __future__ import annotations

from collections.abc import Iterator

import streamlit as st

from coach.errors import CoachError
from coach.inputs import MAX_TURN_CHARS
from coach.models import Mode, Speaker
from coach.people.models import Viewer
from coach.practice import persona
from coach.practice.run import PracticeRun
from coach.scenarios.catalog import TRIAL_PREFIX
from coach.ui import frame, routes, state, transcript, voice
from coach.ui.hint import hint_popover
from coach.ui.resources import coach_services
from coach.ui.safe import md

SETTINGS_HINT = "If it keeps failing, an admin can check the connection under Settings."


def render() -> None:
    viewer = state.require_viewer()
    run = _requested_run(viewer)
    if run is None:
        _nothing_in_progress()
        return
    name = run.scenario.persona.name
    # The placeholder is plain text, not Markdown.
    prompt = st.chat_input(
        f"Reply to {name}…", key="turn", max_chars=MAX_TURN_CHARS, disabled=run.awaiting_reply
    )
    if st.query_params.get("session") != str(run.session_id):
        st.query_params["session"] = str(run.session_id)  # a reload comes back to this run
    gauge = _header(run)
    transcript.show(run.history, name)
    latest, microphone = st.container(), st.container()  # drawn in this order, filled below
    with microphone:
        spoken = voice.panel(run)
    with latest:
        if run.awaiting_reply:
            _waiting(run)
        elif prompt and prompt.strip():
            _exchange(run, prompt.strip())
        elif spoken is not None:
            _exchange(run, spoken.text, spoken)
            st.rerun()  # a fresh microphone; the reply is played on the page's next draw
        voice.play_pending()
    _openness(gauge, run)
    _controls(viewer, run)


def _requested_run(viewer: Viewer) -> PracticeRun | None:
    """The run in progress, or the viewer's own session named by ``?session=ID``."""
    asked = st.query_params.get("session")
    run = state.run()
    if asked is None or (run is not None and str(run.session_id) == asked):
        return run
    try:
        run = coach_services().practice.resume(viewer, int(asked))
    except (CoachError, ValueError) as exc:
        st.query_params.clear()
        st.error(md(exc) if isinstance(exc, CoachError) else "That session id is not a number.")
        return None
    state.set_run(run)
    return run


def _nothing_in_progress() -> None:
    st.title("Practice")
    st.info("No conversation in progress. Choose a scenario to start one.", icon=":material/info:")
    routes.link("library", "Go to the scenario library")


def _header(run: PracticeRun) -> st.delta_generator.DeltaGenerator:
    st.title(md(run.scenario.title), anchor=False)
    left, right = st.columns([3, 2], vertical_alignment="center")
    with left:
        st.badge(f"{frame.mode_label(run.mode)} mode", icon=":material/smart_toy:", color="blue")
        st.caption(f"{frame.mode_help(run.mode)} Difficulty: {run.difficulty.value}.")
    with st.expander("Brief and goals", icon=":material/description:"):
        st.markdown(md(run.scenario.brief))
        st.markdown("\n".join(f"- {md(goal)}" for goal in run.scenario.learning_objectives))
    return right.empty()


def _openness(gauge: st.delta_generator.DeltaGenerator, run: PracticeRun) -> None:
    label = persona.openness(run.state)
    gauge.progress(run.state.trust / 100, text=f"{run.scenario.persona.name} seems **{label}**")


def _exchange(run: PracticeRun, text: str, spoken: voice.SpokenTurn | None = None) -> None:
    with transcript.message(Speaker.LEARNER, run.scenario.persona.name):
        st.markdown(md(text))
    speech, recording = (spoken.speech, spoken.recording) if spoken else (None, None)
    with transcript.message(Speaker.COUNTERPART, run.scenario.persona.name):
        reply = _streamed(run, run.say(text, speech, recording))
    if reply:
        voice.read_reply_aloud(run, reply)


def _waiting(run: PracticeRun) -> None:
    """The learner's last turn has no finished reply: say why, and offer to ask again."""
    name = run.scenario.persona.name
    with transcript.message(Speaker.COUNTERPART, name):
        st.caption(":material/link_off: No finished reply · not part of the conversation")
        note = st.empty()
        note.warning(_waiting_message(run), icon=":material/warning:")
        if st.button("Retry", icon=":material/refresh:", type="primary", key="retry"):
            note.empty()
            _streamed(run, run.retry())
            st.rerun()


def _waiting_message(run: PracticeRun) -> str:
    name = run.scenario.persona.name
    reason = run.failure or f"{name} has not answered your last turn yet."
    hint = f" {SETTINGS_HINT}" if run.mode == Mode.LLM else ""  # by value: code reloads
    return f"{md(reason)} Your turn is saved: retry to have {md(name)} answer it, or undo it.{hint}"


def _streamed(run: PracticeRun, pieces: Iterator[str]) -> str:
    """Stream a reply into a placeholder and return it; a reply that fails brings the page
    back to retry."""
    shown, text = st.empty(), ""
    try:
        for piece in pieces:
            text += piece
            shown.markdown(md(text))
    except CoachError as exc:
        if not run.awaiting_reply:  # refused before it was stored (too long, say)
            shown.error(md(exc))
            return ""
        st.rerun()  # the run now awaits a reply: the page shows why, with Retry
    return text.strip()


def _controls(viewer: Viewer, run: PracticeRun) -> None:
    has_exchange = any(speaker == Speaker.LEARNER for speaker, _ in run.history)
    row = st.container(horizontal=True, gap="small")
    hint_popover(row, run)
    if row.button("Undo last exchange", icon=":material/undo:", disabled=not has_exchange):
        _undo(viewer, run)
    if row.button("End session", icon=":material/stop_circle:", type="primary"):
        _end(viewer, run)
    if run.scenario.id.startswith(TRIAL_PREFIX) and row.button(
        "Back to the studio", icon=":material/edit_note:", help="Your draft is as you left it."
    ):
        routes.go("studio")


def _undo(viewer: Viewer, run: PracticeRun) -> None:
    try:
        state.set_run(coach_services().practice.undo(viewer, run.session_id))
    except CoachError as exc:
        st.error(md(exc))
        return
    st.rerun()


def _end(viewer: Viewer, run: PracticeRun) -> None:
    try:
        record = coach_services().practice.end(viewer, run.session_id)
    except CoachError as exc:
        st.error(md(exc))
        return
    state.set_run(None)
    state.open_session(record.id)
    state.notify(f"Session saved with {len(record.turns)} turns. Here is your debrief.")
    routes.go("debrief", {"session": str(record.id)})


if __name__ == "__main__":
    render()
