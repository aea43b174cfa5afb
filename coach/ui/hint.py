"""The practice page's on-demand hint: a popover with one suggestion for the next turn."""

from __future__ import annotations

import streamlit as st

from coach.errors import CoachError
from coach.practice.hints import load_hint_templates, suggest_hint
from coach.practice.run import PracticeRun
from coach.ui.resources import coach_services
from coach.ui.safe import md


def hint_popover(container: st.delta_generator.DeltaGenerator, run: PracticeRun) -> None:
    """A ``Hint`` popover in ``container``; its suggestion is worked out from the turns so far."""
    with container.popover("Hint", icon=":material/lightbulb:"):
        try:
            templates = load_hint_templates(coach_services().prompts)
        except CoachError as exc:
            st.error(md(exc))
            return
        hint = suggest_hint(run.scenario, run.state, run.history, templates)
        st.markdown(md(hint.text))
        st.caption("Worked out from your last turns and how open they seem; no AI model.")
