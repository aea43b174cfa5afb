"""Scenario studio: write a scenario as YAML with live validation, preview it, try it, save it."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from coach.errors import CoachError
from coach.models import Difficulty
from coach.people.models import Viewer
from coach.scenarios.models import Scenario
from coach.scenarios.studio import ScenarioStudio
from coach.ui import routes, state
from coach.ui.resources import coach_services
from coach.ui.safe import md
from coach.ui.staff import attempt, require_role, show_notice

EDITOR_KEY = "studio_draft"  # declared in state.DEFAULTS
SCHEMA_HINT = "Run `coach scenarios schema` for the JSON Schema your editor can check against."


def render() -> None:
    viewer = require_role()
    studio = coach_services().studio
    st.title("Scenario studio")
    st.caption(
        "Write a scenario as YAML. It is checked as you edit; try it out before you save. "
        "Shipped scenarios are read-only templates: copy one to start."
    )
    show_notice()
    _sources(viewer, studio)
    editor, checked = st.columns([3, 2], gap="large")
    with editor:
        text = st.text_area(
            "Scenario YAML", key=EDITOR_KEY, height=640, placeholder="Copy a scenario to start."
        )
    with checked:
        scenario = _validation(studio, text)
        if scenario is not None:
            _actions(viewer, studio, text, scenario)
            _preview(scenario)


def _sources(viewer: Viewer, studio: ScenarioStudio) -> None:
    saved = studio.saved(viewer)
    with st.expander(f"Saved scenarios ({len(saved)})", icon=":material/folder_open:"):
        if not saved:
            st.caption("Nothing saved yet; scenarios you save appear here and in the library.")
        for item in saved:
            row = st.container(
                horizontal=True, vertical_alignment="center", horizontal_alignment="distribute"
            )
            row.markdown(
                f"**{md(item.scenario_id)}** · by {md(item.author)} · {item.updated_at:%d %b %Y}"
            )
            if row.button("Edit", key=f"edit-{item.scenario_id}"):
                _load(studio.yaml_of, viewer, item.scenario_id)
            if row.button("Copy as new", key=f"copy-saved-{item.scenario_id}"):
                _load(studio.copy_as_new, viewer, item.scenario_id)
    with st.expander("Shipped scenarios (read-only)", icon=":material/lock:"):
        for scenario in studio.shipped(viewer):
            row = st.container(
                horizontal=True, vertical_alignment="center", horizontal_alignment="distribute"
            )
            row.markdown(f"**{md(scenario.title)}**  \n{md(scenario.id)}")
            if row.button("Copy as new", key=f"copy-{scenario.id}"):
                _load(studio.copy_as_new, viewer, scenario.id)


def _load(source: Callable[[Viewer, str], str], viewer: Viewer, scenario_id: str) -> None:
    """Put a scenario's YAML in the editor (drawn further down, so before it exists)."""
    state.set_studio_draft(source(viewer, scenario_id))
    st.rerun()  # a fresh run draws the editor, the check and the preview of the new text


def _validation(studio: ScenarioStudio, text: str) -> Scenario | None:
    if not text.strip():
        st.info(
            "Copy a shipped or saved scenario above, then edit it here.", icon=":material/info:"
        )
        st.caption(SCHEMA_HINT)
        return None
    try:
        scenario = studio.validate(text)
    except CoachError as exc:
        st.error(md(exc), icon=":material/error:")
        st.caption(SCHEMA_HINT)
        return None
    st.success(
        f"Valid scenario **{md(scenario.id)}**: {md(scenario.title)}", icon=":material/check:"
    )
    return scenario


def _preview(scenario: Scenario) -> None:
    st.subheader("Preview", anchor=False)
    brief, persona, rubric = st.tabs(["Brief", "Persona", "Rubric"])
    with brief:
        st.caption(f"You are the {scenario.learner_role.value} · " + md(", ".join(scenario.skills)))
        st.markdown(md(scenario.brief))
        st.markdown("\n".join(f"- {md(goal)}" for goal in scenario.learning_objectives))
    with persona:
        who = scenario.persona
        st.markdown(f"**{md(who.name)}**, {md(who.role)}")
        st.markdown(md(who.background))
        st.caption(
            f"Personality: {md(who.personality)}  \nSpeaking style: {md(who.speaking_style)}"
        )
        st.markdown(f"Opening line: *{md(scenario.opening_line)}*")
    with rubric:
        total = sum(item.weight for item in scenario.rubric)
        for item in scenario.rubric:
            st.markdown(
                f"**{md(item.title)}** · {round(100 * item.weight / total)}%  \n{md(item.good)}"
            )


def _actions(viewer: Viewer, studio: ScenarioStudio, text: str, scenario: Scenario) -> None:
    row = st.container(horizontal=True, vertical_alignment="bottom")
    levels = list(Difficulty)
    difficulty = row.selectbox(
        "Try at difficulty",
        levels,
        index=1,
        format_func=lambda d: d.value.capitalize(),
        width=180,
    )
    if row.button("Try it out", icon=":material/play_arrow:"):
        run = attempt(lambda: coach_services().try_out(viewer, text, difficulty))
        if run is not None:
            state.set_run(run)
            routes.go("practice")
    if row.button("Save", type="primary", icon=":material/save:"):
        saved = attempt(lambda: studio.save(viewer, text))
        if saved is not None:
            state.notify(f"Saved {saved.id}. It is now in the library and can be assigned.")
            st.rerun()


if __name__ == "__main__":
    render()
