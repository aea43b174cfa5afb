"""The learner's assignments, shown at the top of their home page."""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from coach.errors import ScenarioError
from coach.people.cohort_models import LearnerAssignment, Status
from coach.people.models import Viewer
from coach.ui import routes, state
from coach.ui.resources import coach_services
from coach.ui.safe import md

BADGES = {
    Status.NOT_STARTED: ":orange-badge[:material/radio_button_unchecked: not started]",
    Status.IN_PROGRESS: ":blue-badge[:material/pending: in progress]",
    Status.DONE: ":green-badge[:material/check_circle: done]",
}


def show(viewer: Viewer) -> None:
    """Invitations to cohorts, then 'Your assignments'; nothing at all when there are none."""
    _invitations(viewer)
    assigned = coach_services().cohorts.my_assignments(viewer)
    if not assigned:
        return
    st.subheader("Your assignments", anchor=False)
    now = datetime.now(UTC)
    for item in assigned:
        _row(item, now)
    st.divider()


def _invitations(viewer: Viewer) -> None:
    cohorts = coach_services().cohorts
    for invitation in cohorts.invitations(viewer):
        with st.container(border=True, horizontal=True, vertical_alignment="center"):
            st.markdown(
                f"**{md(invitation.trainer)}** invited you to the cohort "
                f"**{md(invitation.cohort_name)}**. "
                "Trainers see your assigned work's scores; transcripts only if you share them."
            )
            if st.button("Accept", key=f"accept-{invitation.cohort_id}", type="primary"):
                cohorts.accept(viewer, invitation.cohort_id)
                st.rerun()
            if st.button("Decline", key=f"decline-{invitation.cohort_id}"):
                cohorts.decline(viewer, invitation.cohort_id)
                st.rerun()


def due_label(due_at: datetime | None, now: datetime) -> str:
    """When an assignment is due, as people say it: due 3 Jun (in 4 days), overdue ..."""
    if due_at is None:
        return "no due date"
    days = (due_at.date() - now.date()).days
    when = due_at.strftime("%-d %b")
    if days < 0:
        return f"overdue since {when}"
    if days == 0:
        return f"due {when} (today)"
    return f"due {when} (in {days} day{'' if days == 1 else 's'})"


def _row(item: LearnerAssignment, now: datetime) -> None:
    row = item.assignment
    try:
        title = coach_services().scenarios.get(row.scenario_id).title
    except ScenarioError:
        return  # the scenario was deleted since; nothing to practise
    with st.container(
        border=True,
        horizontal=True,
        vertical_alignment="center",
        horizontal_alignment="distribute",
    ):
        st.markdown(
            f"**{md(title)}**  \n{BADGES[item.status]} · {due_label(row.due_at, now)} · "
            f"{row.difficulty.value} · {md(row.cohort_name)}"
        )
        label = "Practise again" if item.status == Status.DONE else "Read the brief"
        if st.button(label, key=f"assignment-{row.id}", width="content"):
            state.choose_scenario(row.scenario_id, row.difficulty)
            routes.go("brief")
