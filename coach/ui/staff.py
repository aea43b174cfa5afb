"""What staff pages share: the role gate and showing a refused or failed action."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from coach.errors import CoachError
from coach.people.cohort_models import CohortRow
from coach.people.models import Role, Viewer
from coach.people.roles import STAFF
from coach.ui import state
from coach.ui.safe import md

T = TypeVar("T")


def require_role(*roles: Role) -> Viewer:
    """The viewer, if their role may open this page; otherwise a notice and the page stops.

    Navigation already hides these pages; the services check again on every call.
    """
    viewer = state.require_viewer()
    if viewer.role not in (roles or STAFF):
        st.error("This page is for trainers and admins.", icon=":material/lock:")
        st.stop()
    return viewer


def attempt(action: Callable[[], T]) -> T | None:
    """Run a service call; a CoachError is shown as one line and gives None."""
    try:
        return action()
    except CoachError as exc:
        st.error(md(exc), icon=":material/error:")
        return None


def show_notice() -> None:
    """The message left by the action that ended the last run, once."""
    if notice := state.pop_notice():
        st.success(md(notice), icon=":material/check_circle:")


def pick_cohort(mine: list[CohortRow]) -> CohortRow:
    """A cohort picker remembering the choice across the Cohorts and dashboard pages."""
    ids = [c.id for c in mine]
    chosen = state.chosen_cohort()
    names = {c.id: c.name for c in mine}
    index = ids.index(chosen) if chosen in ids else 0
    picked = st.selectbox("Cohort", ids, index=index, format_func=names.__getitem__)
    state.choose_cohort(picked)
    return next(c for c in mine if c.id == picked)
