"""Cohorts page: create a cohort, add learners (one by one or from a CSV), assign scenarios."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import streamlit as st

from coach.models import Difficulty
from coach.people.cohort_import import ImportReport, import_learners
from coach.people.cohort_models import CohortRow
from coach.people.cohorts import Cohorts
from coach.people.models import Role, Viewer
from coach.ui import state
from coach.ui.assignments import due_label
from coach.ui.resources import account_service, coach_services
from coach.ui.safe import md
from coach.ui.staff import attempt, pick_cohort, require_role, show_notice

CSV_HELP = (
    "One learner per row under a header row. `username` is required; add a `password` "
    "column to create accounts that do not exist yet (at least 8 characters)."
)


def render() -> None:
    viewer = require_role()
    cohorts = coach_services().cohorts
    st.title("Cohorts")
    st.caption("Group your learners, then assign them scenarios with a difficulty and a due date.")
    show_notice()
    mine = cohorts.cohorts(viewer)
    _new_cohort(viewer, cohorts, expanded=not mine)
    if not mine:
        st.info("You have no cohorts yet. Create your first one above.", icon=":material/info:")
        return
    cohort = pick_cohort(mine)
    # A segmented control, not tabs: it keeps its place when an action reruns the page.
    part = st.segmented_control(
        "Show",
        ["Learners", "Assignments"],
        default="Learners",
        key="cohort-part",
        label_visibility="collapsed",
    )
    if part == "Assignments":
        _assignments(viewer, cohorts, cohort)
    else:
        _members(viewer, cohorts, cohort)


def _new_cohort(viewer: Viewer, cohorts: Cohorts, *, expanded: bool) -> None:
    with (
        st.expander("New cohort", icon=":material/group_add:", expanded=expanded),
        st.form("new-cohort", border=False, clear_on_submit=True),
    ):
        name = st.text_input("Cohort name", placeholder="e.g. Spring mentors 2026")
        if st.form_submit_button("Create cohort", type="primary"):
            created = attempt(lambda: cohorts.create_cohort(viewer, name))
            if created:
                state.choose_cohort(created.id)
                state.notify(f"Cohort {created.name!r} created. Add its learners next.")
                st.rerun()


def _members(viewer: Viewer, cohorts: Cohorts, cohort: CohortRow) -> None:
    one, many = st.columns(2, gap="large")
    with one:
        _add_one(viewer, cohorts, cohort)
    with many:
        report = _add_from_csv(viewer, cohorts, cohort)
    if report is not None:
        _import_report(report)
    # Drawn after the forms, so that learners just imported are already listed.
    members = cohorts.members(viewer, cohort.id)
    st.markdown(
        f"**In {md(cohort.name)}** · {len(members)} learner{'' if len(members) == 1 else 's'}"
    )
    if not members:
        st.caption("No learners yet; add them above.")
    for member in members:
        row = st.container(
            horizontal=True, vertical_alignment="center", horizontal_alignment="distribute"
        )
        waiting = "" if member.accepted else " :gray-badge[invited, not yet accepted]"
        row.markdown(f":material/person: {md(member.username)}{waiting}")
        if row.button("Remove", key=f"remove-{member.id}", type="tertiary"):
            cohorts.remove_learner(viewer, cohort.id, member.id)
            state.notify(f"{member.username} left {cohort.name}.")
            st.rerun()


def _add_one(viewer: Viewer, cohorts: Cohorts, cohort: CohortRow) -> None:
    if shown := state.pop_one_time_password():
        st.warning(
            f"One-time password for **{md(shown[0])}**: `{shown[1]}`. Pass it on; it is not "
            "shown again.",
            icon=":material/key:",
        )
    with st.form("add-learner", clear_on_submit=True):
        st.markdown("**Add a learner**")
        username = st.text_input("Username", placeholder="a learner's username")
        create = st.checkbox("New to the app: create their account first")
        if st.form_submit_button("Add learner", icon=":material/person_add:"):
            if create and not _create_learner(viewer, username):
                return
            added = attempt(lambda: cohorts.add_learner(viewer, cohort.id, username))
            if added is not None:
                joined = "added to" if viewer.role == Role.ADMIN else "invited to"
                what = joined if added else "was already in"
                state.notify(f"{username.strip()} {what} {cohort.name}.")
                st.rerun()


def _create_learner(viewer: Viewer, username: str) -> bool:
    """A new learner account (trainers may create learners); its password is shown once."""
    made = attempt(lambda: coach_services().people.add(viewer, username, Role.LEARNER))
    if made is None:
        return False
    state.keep_one_time_password(made[0].username, made[1])
    return True


def _add_from_csv(viewer: Viewer, cohorts: Cohorts, cohort: CohortRow) -> ImportReport | None:
    with st.form("import-learners", clear_on_submit=True):
        st.markdown("**Add from a CSV file**")
        upload = st.file_uploader("CSV file", type=["csv"], max_upload_size=1)
        st.caption(CSV_HELP)
        submitted = st.form_submit_button("Import learners", icon=":material/upload_file:")
    if not submitted:
        return None
    if upload is None:
        st.warning("Choose a CSV file first.", icon=":material/warning:")
        return None
    text = upload.getvalue().decode("utf-8", errors="replace")
    return attempt(lambda: import_learners(cohorts, account_service(), viewer, cohort.id, text))


def _import_report(report: ImportReport) -> None:
    (st.warning if report.errors else st.success)(report.summary())
    if report.errors:
        st.dataframe(
            [{"Line": e.line, "Username": e.username, "Problem": e.message} for e in report.errors],
            hide_index=True,
            column_config={"Problem": st.column_config.TextColumn(width="large")},
        )


def _assignments(viewer: Viewer, cohorts: Cohorts, cohort: CohortRow) -> None:
    catalog = coach_services().scenarios
    titles = {s.id: s.title for s in catalog.all()}
    rows = cohorts.assignments(viewer, cohort.id)
    now = datetime.now(UTC)
    if not rows:
        st.caption("Nothing assigned yet.")
    for row in rows:
        title = titles.get(row.scenario_id, row.scenario_id)
        st.markdown(
            f":material/assignment: **{md(title)}** · {row.difficulty.value} · "
            f"{due_label(row.due_at, now)}"
        )
    _assign_form(viewer, cohorts, cohort, titles)


def _assign_form(
    viewer: Viewer, cohorts: Cohorts, cohort: CohortRow, titles: dict[str, str]
) -> None:
    with st.form("assign", clear_on_submit=True):
        st.markdown("**Assign a scenario**")
        scenario = st.selectbox("Scenario", list(titles), format_func=titles.__getitem__)
        left, right = st.columns(2)
        difficulty = left.selectbox(
            "Difficulty", list(Difficulty), index=1, format_func=lambda d: d.value.capitalize()
        )
        due = right.date_input("Due date", value=None, min_value=date.today(), format="DD/MM/YYYY")
        if st.form_submit_button("Assign", type="primary", icon=":material/assignment_add:"):
            due_at = None if due is None else datetime.combine(due, time(23, 59), tzinfo=UTC)
            level = difficulty or Difficulty.STANDARD  # None only without options
            done = attempt(lambda: cohorts.assign(viewer, cohort.id, scenario or "", level, due_at))
            if done is not None:
                state.notify(f"{titles[scenario]} assigned to {cohort.name}.")
                st.rerun()


if __name__ == "__main__":
    render()
