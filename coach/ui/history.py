"""My sessions: the viewer's own practice conversations, newest first, with transcripts."""

from __future__ import annotations

import streamlit as st

from coach.errors import CoachError, ScenarioError
from coach.models import SessionRecord
from coach.people.models import Viewer
from coach.ui import frame, routes, state, transcript
from coach.ui.resources import account_service, coach_services, learner_data
from coach.ui.safe import md


def render() -> None:
    viewer = state.require_viewer()
    st.title("My sessions")
    st.caption(
        "Your practice conversations, newest first. Private unless you share one with your trainer."
    )
    if notice := state.pop_notice():
        st.success(md(notice), icon=":material/check_circle:")
    records = account_service().sessions_of(viewer)
    if not records:
        st.info("You have not practised yet. Pick a scenario to begin.", icon=":material/info:")
        routes.link("library", "Go to the scenario library")
        return
    scores = {point.session_id: point.overall for point in learner_data().progress(viewer)}
    readers = learner_data().readers(viewer)
    for record in records:
        _session(viewer, record, scores.get(record.id), readers.get(record.id, []))


def _title(scenario_id: str) -> tuple[str, str]:
    """The scenario's title and its counterpart's name (the id if the scenario is gone)."""
    try:
        scenario = coach_services().scenarios.get(scenario_id)
    except ScenarioError:
        return scenario_id, "Counterpart"
    return scenario.title, scenario.persona.name


def _session(viewer: Viewer, record: SessionRecord, score: int | None, readers: list[str]) -> None:
    title, counterpart = _title(record.scenario_id)
    status = "in progress" if record.ended_at is None else "ended"
    status += "" if score is None else f" · {score}/100"
    when = record.started_at.strftime("%d %b %Y, %H:%M UTC")
    label = f"{md(title)} · {when} · {record.difficulty.value} · {status}"
    with st.expander(label, expanded=record.id == state.opened_session()):
        full = account_service().session_for(viewer, record.id)
        st.caption(
            f"Session {record.id} · {frame.mode_label(record.mode)} mode · {len(full.turns)} turns"
        )
        _debrief_and_sharing(viewer, record, readers)
        transcript.show(((t.speaker, t.text) for t in full.turns), counterpart)
        if record.ended_at is None and st.button("Continue", key=f"continue-{record.id}"):
            _continue(viewer, record)


def _debrief_and_sharing(viewer: Viewer, record: SessionRecord, readers: list[str]) -> None:
    """A link to the debrief of an ended session, and which trainers may read it."""
    shared = bool(readers)
    row = st.container(horizontal=True, vertical_alignment="center", gap="medium")
    if record.ended_at is not None:
        with row:
            routes.link("debrief", "Open debrief", {"session": str(record.id)})
    wanted = row.toggle(
        "Share transcript with my trainer",
        value=shared,
        key=f"share-{record.id}",
        help=(
            "Your trainers see the scores of assigned work; the words only if you share them. "
            "A share goes to the trainers of your cohorts today, not to ones you join later."
        ),
    )
    if shared:
        st.caption("Shared with " + md(", ".join(readers)))
    if wanted != shared:
        count = learner_data().set_shared(viewer, record.id, wanted)
        if wanted and count == 0:
            state.notify("You are in no trainer's cohort yet, so nobody can read it.")
        st.rerun()


def _continue(viewer: Viewer, record: SessionRecord) -> None:
    try:
        run = coach_services().practice.resume(viewer, record.id)
    except CoachError as exc:
        st.error(md(exc))
        return
    state.set_run(run)
    routes.go("practice")


if __name__ == "__main__":
    render()
