"""People, for admins: everyone with an account, adding people, roles, disabling, passwords."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import streamlit as st

from coach.people.models import Person, Role, Viewer
from coach.ui import state
from coach.ui.resources import coach_services
from coach.ui.safe import md
from coach.ui.staff import attempt, require_role, show_notice

ROLES = [Role.LEARNER, Role.TRAINER, Role.ADMIN]


def render() -> None:
    viewer = require_role(Role.ADMIN)
    st.title("People")
    st.caption(
        "Everyone who can sign in. New accounts and reset passwords get a one-time password, "
        "shown here once: pass it on to the person."
    )
    show_notice()
    _one_time_password()
    _add(viewer)
    people = attempt(lambda: coach_services().people.people(viewer)) or []
    st.subheader(f"Accounts ({len(people)})", anchor=False)
    for person in people:
        _row(viewer, person)


def _one_time_password() -> None:
    shown = state.pop_one_time_password()
    if shown:
        name, password = shown
        st.warning(
            f"One-time password for **{md(name)}**: `{password}`. It is not shown again.",
            icon=":material/key:",
        )


def _add(viewer: Viewer) -> None:
    with st.form("add-person", border=True, clear_on_submit=True):
        st.markdown("**Add a person**")
        left, right = st.columns([2, 1])
        username = left.text_input("Username", key="new-username")
        role = right.selectbox("Role", ROLES, format_func=lambda r: r.value, key="new-role")
        submitted = st.form_submit_button("Add", type="primary")
    if submitted:
        added = attempt(lambda: coach_services().people.add(viewer, username, role))
        if added:
            person, password = added
            state.keep_one_time_password(person.username, password)
            state.notify(f"Added {person.username} as a {person.role.value}.")
            st.rerun()


def _row(viewer: Viewer, person: Person) -> None:
    status = "disabled" if person.disabled else "active" if person.can_sign_in else "no password"
    with st.container(border=True, key=f"person-{person.id}"):
        st.markdown(
            f"**{md(person.username)}** · {person.role.value} · {status} · "
            f"{person.sessions} sessions"
        )
        if person.id == viewer.id:
            st.caption("This is you.")
            return
        buttons = st.container(horizontal=True, gap="small")
        people = coach_services().people
        if person.disabled:
            if buttons.button("Enable", key=f"enable-{person.id}"):
                _done(lambda: people.enable(viewer, person.id), f"{person.username} can sign in.")
        elif buttons.button("Disable", key=f"disable-{person.id}"):
            _done(lambda: people.disable(viewer, person.id), f"{person.username} is disabled.")
        if buttons.button("Reset password", key=f"reset-{person.id}"):
            password = attempt(lambda: people.reset_password(viewer, person.id))
            if password:
                state.keep_one_time_password(person.username, password)
                st.rerun()
        other = [r for r in ROLES if r is not person.role]
        for role in other:
            if buttons.button(f"Make {role.value}", key=f"role-{role.value}-{person.id}"):
                _done(
                    partial(people.set_role, viewer, person.id, role),
                    f"{person.username} is now a {role.value}.",
                )
        with st.popover("Remove", key=f"remove-{person.id}"):
            st.markdown(
                f"Delete **{md(person.username)}** and their {person.sessions} practice sessions, "
                "transcripts and critiques for good? People who run cohorts or authored "
                "scenarios cannot be removed; disable them instead."
            )
            if st.button("Remove for good", key=f"confirm-remove-{person.id}", type="primary"):
                _done(lambda: people.remove(viewer, person.id), f"Removed {person.username}.")


def _done(action: Callable[[], object], notice: str) -> None:
    if attempt(action) is not None:
        state.notify(notice)
        st.rerun()


if __name__ == "__main__":
    render()
