"""Debrief page: the critique of one ended session (``?session=ID``), with downloads."""

from __future__ import annotations

import streamlit as st

from coach.critique.debrief import debrief_outline
from coach.critique.export import debrief_markdown, debrief_pdf
from coach.critique.models import Critique
from coach.errors import CoachError, ScenarioError
from coach.models import SessionRecord, Speaker
from coach.people.models import Viewer
from coach.scenarios.models import Scenario
from coach.ui import debrief_sections as sections
from coach.ui import delivery, frame, routes, state
from coach.ui.resources import coach_services, learner_data
from coach.ui.safe import md


def render() -> None:
    viewer = state.require_viewer()
    record = _requested_session(viewer)
    if record is None:
        return
    scenario = _scenario(record.scenario_id)
    title = scenario.title if scenario else record.scenario_id
    st.title(md(title), anchor=False)
    st.caption(_subtitle(record))
    if notice := state.pop_notice():
        st.success(md(notice), icon=":material/check_circle:")
    if not any(turn.speaker == Speaker.LEARNER for turn in record.turns):
        st.info(
            "You ended this session before replying, so there is nothing to debrief yet.",
            icon=":material/info:",
        )
        routes.link("library", "Start another conversation")
        return
    critique = _critique(viewer, record)
    if critique is None:
        return
    good = {item.id: item.good for item in scenario.rubric} if scenario else {}
    _headline(critique)
    counterpart = scenario.persona.name if scenario else "Counterpart"
    said = [("You" if t.speaker == Speaker.LEARNER else counterpart, t.text) for t in record.turns]
    _downloads(critique, title, good, record.id, said)
    sections.scorecard(critique, good)
    sections.numbers(critique.metrics)
    delivery.section(critique.delivery)
    sections.strengths(critique.strengths)
    sections.growth(critique.growth_areas)
    sections.concerns(critique.persona_outcome)
    sections.trust(critique.persona_outcome)
    sections.conversation(record.turns, scenario.persona.name if scenario else "Counterpart")


def _requested_session(viewer: Viewer) -> SessionRecord | None:
    """The viewer's own ended session named by ``?session=ID``, or None with a message."""
    asked = st.query_params.get("session")
    if asked is None:
        _nothing_chosen()
        return None
    try:
        record = learner_data().session(viewer, int(asked))
    except (CoachError, ValueError) as exc:
        st.title("Debrief")
        st.error(md(exc) if isinstance(exc, CoachError) else "That session id is not a number.")
        routes.link("sessions", "Go to My sessions")
        return None
    if record.ended_at is None:
        st.title("Debrief")
        st.info(
            "This session is still in progress; end it to get its debrief.", icon=":material/info:"
        )
        routes.link("practice", "Continue the conversation", {"session": str(record.id)})
        return None
    return record


def _nothing_chosen() -> None:
    st.title("Debrief")
    st.info("Pick an ended session under My sessions to read its debrief.", icon=":material/info:")
    routes.link("sessions", "Go to My sessions")


def _scenario(scenario_id: str) -> Scenario | None:
    try:
        return coach_services().scenarios.get(scenario_id)
    except ScenarioError:
        return None


def _subtitle(record: SessionRecord) -> str:
    when = record.started_at.strftime("%d %b %Y, %H:%M UTC")
    mode = frame.mode_label(record.mode)
    return f"Debrief · {when} · {record.difficulty.value} · {mode} mode · {len(record.turns)} turns"


def _critique(viewer: Viewer, record: SessionRecord) -> Critique | None:
    """The stored critique, or a new one (stored with the session) while a spinner turns."""
    try:
        with st.spinner("Reading your conversation and writing your debrief…"):
            return learner_data().debrief(viewer, record)
    except CoachError as exc:
        st.error(md(exc))
        return None


def _headline(critique: Critique) -> None:
    outcome = critique.persona_outcome
    total = len(outcome.uncovered) + len(outcome.missed)
    with st.container(horizontal=True, gap="medium"):
        st.metric("Overall score", f"{critique.overall}/100", border=True, height="stretch")
        trust_change = outcome.trust_end - outcome.trust_start
        st.metric(
            "Trust at the end",
            outcome.trust_end,
            f"{trust_change:+d}",
            border=True,
            height="stretch",
        )
        st.metric(
            "Concerns uncovered",
            f"{len(outcome.uncovered)} of {total}",
            border=True,
            height="stretch",
        )
    if critique.narrative:
        st.markdown(md(critique.narrative))
    for notice in critique.notices:
        st.caption(md(notice))


def _downloads(
    critique: Critique,
    title: str,
    good: dict[str, str],
    session_id: int,
    transcript: list[tuple[str, str]],
) -> None:
    outline = debrief_outline(critique, title, good, transcript)
    name = f"debrief-session-{session_id}"
    with st.container(horizontal=True, gap="small"):
        st.download_button(
            "Download Markdown",
            lambda: debrief_markdown(outline),
            file_name=f"{name}.md",
            mime="text/markdown",
            icon=":material/description:",
            on_click="ignore",
        )
        st.download_button(
            "Download PDF",
            lambda: debrief_pdf(outline),  # built only when downloaded (about 120 ms)
            file_name=f"{name}.pdf",
            mime="application/pdf",
            icon=":material/picture_as_pdf:",
            on_click="ignore",
        )


if __name__ == "__main__":
    render()
