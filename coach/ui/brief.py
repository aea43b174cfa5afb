"""Brief page: the situation, the goals and the full rubric, then start the conversation."""

from __future__ import annotations

import streamlit as st

from coach.errors import CoachError
from coach.models import Difficulty
from coach.practice import persona
from coach.scenarios.models import Scenario
from coach.ui import routes, state
from coach.ui.library import skill_label
from coach.ui.resources import coach_services
from coach.ui.safe import md


def render() -> None:
    scenario_id = state.chosen_scenario()
    if scenario_id is None:
        st.title("Brief")
        st.info("Choose a scenario in the library first.", icon=":material/info:")
        routes.link("library")
        return
    scenario = coach_services().scenarios.get(scenario_id)
    st.title(md(scenario.title), anchor=False)
    st.caption(f"You are the {scenario.learner_role.value} · " + _skills(scenario))
    _situation(scenario)
    _goals(scenario)
    _rubric(scenario)
    _start(scenario)


def _skills(scenario: Scenario) -> str:
    return md(", ".join(skill_label(k) for k in scenario.skills))


def _situation(scenario: Scenario) -> None:
    st.subheader("The situation", anchor=False)
    st.markdown(md(scenario.brief))
    who = scenario.persona
    st.markdown(
        f"**You are talking with {md(who.name)}**, {md(who.role[:1].lower() + who.role[1:])}."
    )


def _goals(scenario: Scenario) -> None:
    st.subheader("Your goal", anchor=False)
    st.markdown("\n".join(f"- {md(objective)}" for objective in scenario.learning_objectives))


def _rubric(scenario: Scenario) -> None:
    st.subheader("How you will be judged", anchor=False)
    st.caption("The rubric in full; weights show how much each item counts.")
    total = sum(item.weight for item in scenario.rubric)
    for item in scenario.rubric:
        share = round(100 * item.weight / total)
        st.markdown(f"**{md(item.title)}** · {share}%  \n{md(item.good)}")


def _start(scenario: Scenario) -> None:
    st.divider()
    levels = list(Difficulty)
    difficulty = st.radio(
        "Difficulty",
        levels,
        index=levels.index(state.chosen_difficulty()),
        format_func=lambda d: d.value.capitalize(),
        captions=[_level_caption(scenario, d) for d in levels],
        horizontal=True,
    )
    row = st.container(horizontal=True, vertical_alignment="center")
    start = row.button("Start practice", type="primary", icon=":material/play_arrow:")
    with row:
        routes.link("library", "Back to the library")
    if start:
        _begin(scenario, difficulty)


def _level_caption(scenario: Scenario, difficulty: Difficulty) -> str:
    start = persona.initial_state(scenario, difficulty)
    shift = scenario.difficulty[difficulty].threshold_shift
    pace = "opens up sooner" if shift < 0 else "opens up later" if shift > 0 else "usual pace"
    return f"Starts {persona.openness(start)}, {pace}"


def _begin(scenario: Scenario, difficulty: Difficulty) -> None:
    viewer = state.require_viewer()
    try:
        run = coach_services().practice.start(viewer, scenario.id, difficulty)
    except CoachError as exc:
        st.error(md(exc))
        return
    state.choose_scenario(scenario.id, difficulty)
    state.set_run(run)
    routes.go("practice")


if __name__ == "__main__":
    render()
