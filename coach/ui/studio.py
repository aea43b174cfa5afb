"""Scenario studio: write a scenario in a form or as YAML, checked as you go; try it, save it."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

import streamlit as st

from coach.errors import CoachError
from coach.models import Difficulty
from coach.people.models import Viewer
from coach.scenarios.form import ScenarioForm, form_of, scenario_of, yaml_of
from coach.scenarios.library import parse_scenario_text
from coach.scenarios.models import Scenario
from coach.scenarios.studio import ScenarioStudio
from coach.ui import form_widgets, routes, state, studio_form, studio_rows
from coach.ui.resources import coach_services
from coach.ui.safe import md
from coach.ui.staff import attempt, require_role, show_notice

EDITOR_KEY = "studio_editor"  # the YAML text area, seeded from state.studio_draft
MODE_KEY = "studio_mode_pick"  # the Form / YAML switch, seeded from state.studio_mode
MODES = ["Form", "YAML"]
SCHEMA_HINT = "Run `coach scenarios schema` for the JSON Schema your editor can check against."


def render() -> None:
    viewer = require_role()
    studio = coach_services().studio
    st.title("Scenario studio")
    st.caption(
        "Write a scenario in the form (or as YAML). It is checked as you go; try it out before "
        "you save. Shipped scenarios are read-only templates: copy one, or start blank."
    )
    show_notice()
    _sources(viewer, studio)
    mode = _mode()
    editor, checked = st.columns([3, 2], gap="large")
    with editor:
        scenario, text, problems = _form(studio) if mode == "Form" else _yaml(studio)
    with checked:
        _show_check(scenario, problems)
        if scenario is not None:
            _actions(viewer, studio, text, scenario)
            _preview(scenario)


def _mode() -> str:
    if MODE_KEY not in st.session_state:
        st.session_state[MODE_KEY] = state.studio_mode()
    mode = st.segmented_control("Write with", MODES, key=MODE_KEY) or state.studio_mode()
    if mode != state.studio_mode():  # carry the draft across when it is a valid scenario
        state.set_studio_mode(mode)
        _carry_over(mode)
    return mode


def _carry_over(mode: str) -> None:
    form = state.studio_form()
    if mode == "YAML" and form is not None:
        with suppress(CoachError):  # an unfinished form leaves the YAML draft as it was
            state.set_studio_draft(yaml_of(scenario_of(form)))
        st.session_state.pop(EDITOR_KEY, None)
    elif mode == "Form":
        with suppress(CoachError):  # unfinished YAML leaves the form as it was
            state.set_studio_form(form_of(parse_scenario_text(state.studio_draft())))
        form_widgets.forget_all()


Checked = tuple[Scenario | None, str, str | None]  # the scenario, its YAML, or the problems


def _form(studio: ScenarioStudio) -> Checked:
    form, change = studio_form.draw(state.studio_form() or ScenarioForm())
    if change is not None:
        state.set_studio_form(studio_rows.changed(form, change))
        form_widgets.forget_all()
        st.rerun()
    state.set_studio_form(form)
    try:
        scenario = studio.admit(scenario_of(form))
    except CoachError as exc:
        return None, "", str(exc)
    return scenario, yaml_of(scenario), None


def _yaml(studio: ScenarioStudio) -> Checked:
    if EDITOR_KEY not in st.session_state:
        st.session_state[EDITOR_KEY] = state.studio_draft()
    text = st.text_area(
        "Scenario YAML", key=EDITOR_KEY, height=640, placeholder="Copy a scenario to start."
    )
    state.set_studio_draft(text)
    if not text.strip():
        return None, text, None
    try:
        return studio.validate(text), text, None  # saved as the trainer wrote it
    except CoachError as exc:
        return None, text, f"{exc}\n{SCHEMA_HINT}"


def _sources(viewer: Viewer, studio: ScenarioStudio) -> None:
    saved = studio.saved(viewer)
    if st.button("Start a blank scenario", icon=":material/note_add:"):
        _start(ScenarioForm())
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
    """Open a scenario in the form and the YAML editor (both drawn further down)."""
    text = source(viewer, scenario_id)
    _start(form_of(parse_scenario_text(text)), text)


def _start(form: ScenarioForm, text: str = "") -> None:
    state.set_studio_form(form)
    state.set_studio_draft(text)
    form_widgets.forget_all()
    st.session_state.pop(EDITOR_KEY, None)
    st.rerun()  # a fresh run draws the form, the check and the preview of the new scenario


def _show_check(scenario: Scenario | None, problems: str | None) -> None:
    if scenario is not None:
        st.success(
            f"Valid scenario **{md(scenario.id)}**: {md(scenario.title)}", icon=":material/check:"
        )
    elif problems is None:
        st.info("Start a blank scenario or copy one above.", icon=":material/info:")
    else:
        lines = problems.splitlines()
        st.error(
            f"{len(lines)} to fix before this can be tried or saved:\n\n"
            + "\n".join(f"- {md(line)}" for line in lines),
            icon=":material/error:",
        )


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
