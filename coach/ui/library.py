"""Scenario library: cards of the conversations on offer, filtered by role, skill and difficulty."""

from __future__ import annotations

import streamlit as st

from coach.models import Difficulty
from coach.practice import persona
from coach.scenarios.models import Scenario
from coach.ui import assignments, routes, state
from coach.ui.resources import coach_services
from coach.ui.safe import md

ANY = "Any"


def render() -> None:
    st.title("Scenario library")
    st.caption(
        "Choose a conversation to rehearse. Each brief tells you the situation, "
        "what to aim for and how you will be judged."
    )
    if state.first_steps():
        _first_steps()
    assignments.show(state.require_viewer())
    scenarios = coach_services().scenarios.all()
    role, skill, difficulty = _filters(scenarios)
    shown = [s for s in scenarios if _matches(s, role, skill)]
    shown.sort(key=lambda s: (s.difficulty[difficulty].starting_trust, s.title), reverse=True)
    st.caption(f"{len(shown)} of {len(scenarios)} scenarios · gentlest start first")
    if not shown:
        st.info("No scenario matches these filters; choose Any for one of them.")
    for scenario in shown:
        _card(scenario, difficulty)


def _first_steps() -> None:
    """What a new administrator can do first, until they close it."""
    with st.container(border=True, key="first-steps"):
        st.subheader("First steps")
        st.markdown(
            "1. **Try a scenario now:** open a brief below and start practising; the "
            "debrief at the end shows how the critique reads a conversation.\n"
            "2. **Add people:** create trainer and learner accounts on the People page.\n"
            "3. **Create a cohort:** group learners, assign them scenarios and follow "
            "their progress."
        )
        left, middle, close = st.columns(3)
        with left:
            routes.link("people", "Add people")
        with middle:
            routes.link("cohorts", "Create a cohort")
        if close.button("Close", key="close-first-steps"):
            state.hide_first_steps()
            st.rerun()


def skill_label(skill: str) -> str:
    """A skill slug as people read it: open-questions -> open questions."""
    return skill.replace("-", " ")


def _filters(scenarios: list[Scenario]) -> tuple[str, str, Difficulty]:
    roles = sorted({s.learner_role.value for s in scenarios})
    skills = sorted({k for s in scenarios for k in s.skills})
    left, middle, right = st.columns(3)
    role = left.selectbox("Your role", [ANY, *roles], format_func=_role_option)
    skill = middle.selectbox("Skill", [ANY, *skills], format_func=_skill_option)
    difficulty = right.selectbox(
        "Difficulty",
        list(Difficulty),
        index=list(Difficulty).index(state.chosen_difficulty()),
        format_func=lambda d: d.value.capitalize(),
        help="How guarded the counterpart is at the start and how slowly they open up.",
    )
    return role, skill, difficulty or Difficulty.STANDARD  # None only if there were no options


def _matches(scenario: Scenario, role: str, skill: str) -> bool:
    role_ok = role == ANY or scenario.learner_role.value == role
    return role_ok and (skill == ANY or skill in scenario.skills)


def _card(scenario: Scenario, difficulty: Difficulty) -> None:
    start = persona.initial_state(scenario, difficulty)
    with st.container(border=True):
        st.markdown(f"#### {md(scenario.title)}")
        st.markdown(md(scenario.summary))
        st.caption(
            f"You are the {scenario.learner_role.value}, talking with "
            f"**{md(scenario.persona.name)}** ({md(_lower_first(scenario.persona.role))}). "
            f"At {difficulty.value} difficulty {scenario.persona.subject} "
            f"{'start' if scenario.persona.subject == 'they' else 'starts'} "
            f"**{persona.openness(start)}**."
        )
        footer = st.container(
            horizontal=True, vertical_alignment="center", horizontal_alignment="distribute"
        )
        footer.markdown(" ".join(f":gray-badge[{md(skill_label(k))}]" for k in scenario.skills))
        if footer.button(
            "Read the brief", key=f"brief-{scenario.id}", icon=":material/arrow_forward:"
        ):
            state.choose_scenario(scenario.id, difficulty)
            routes.go("brief")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _role_option(role: str) -> str:
    return role if role == ANY else role.capitalize()


def _skill_option(skill: str) -> str:
    return skill if skill == ANY else skill_label(skill).capitalize()


if __name__ == "__main__":
    render()
