"""Sign-in page: username and password, and how the first account is made."""

from __future__ import annotations

import streamlit as st

from coach.people.accounts import MIN_PASSWORD, AccountError, Accounts
from coach.people.first_run import SETUP_PARAMETER
from coach.ui import single_sign_on, state
from coach.ui.resources import account_service, first_run
from coach.ui.safe import md

FIRST_ADMIN = "coach users add NAME --role admin"


def render() -> None:
    st.title("Mentoring practice coach")
    st.caption(
        "Rehearse difficult mentoring conversations with a simulated counterpart, "
        "then look back over what you said."
    )
    if notice := state.pop_notice():
        st.info(md(notice), icon=":material/info:")
    single_sign_on.sign_in_from_provider()
    token = st.query_params.get(SETUP_PARAMETER)
    if token and _nobody_can_sign_in() and first_run().is_open():
        _create_first_admin(token)
        return
    # Drawn before the database is opened (on a first start, created): the form shows at once
    # and the first-start notice, when there is one, appears above it a moment later.
    first_start = st.empty()
    _form()
    single_sign_on.offer()
    if _nobody_can_sign_in():
        with first_start.container():
            _first_start()


def _nobody_can_sign_in() -> bool:
    return not account_service().has_users() and not single_sign_on.configured()


def _first_start() -> None:
    st.warning(
        "No one can sign in yet. Open the one-time setup link that `coach serve` printed in "
        "the terminal where it started (with `streamlit run app.py`, it is in the server's "
        "log) to create the first admin account here. For a scripted set-up, run instead:",
        icon=":material/person_add:",
    )
    st.code(FIRST_ADMIN, language="bash")


def _create_first_admin(token: str) -> None:
    st.info(
        "Welcome. Create the administrator account: you will be signed in with it, and can "
        "then add trainers and learners.",
        icon=":material/waving_hand:",
    )
    with st.form("first-admin", border=True):
        st.subheader("Create the first admin account")
        username = st.text_input("Username", autocomplete="username")
        password = st.text_input("Password", type="password", autocomplete="new-password")
        repeated = st.text_input("Password again", type="password", autocomplete="new-password")
        st.caption(f"At least {MIN_PASSWORD} characters.")
        submitted = st.form_submit_button("Create account and sign in", type="primary")
    if not submitted:
        return
    if password != repeated:
        st.error("The two passwords differ; type the same password twice.")
        return
    try:
        viewer = first_run().create_admin(token, username.strip(), password)
    except AccountError as exc:
        st.error(md(exc))
        return
    st.query_params.clear()  # the used link is not kept in the address bar
    state.sign_in(viewer)
    state.show_first_steps()
    st.rerun()


def _form() -> None:
    with st.form("sign-in", border=True):
        st.subheader("Sign in")
        username = st.text_input("Username", autocomplete="username")
        password = st.text_input("Password", type="password", autocomplete="current-password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        _attempt(account_service(), username, password)


def _attempt(accounts: Accounts, username: str, password: str) -> None:
    if not username.strip() or not password:
        st.error("Enter your username and password.")
        return
    try:
        viewer = accounts.authenticate(username, password)
    except AccountError as exc:
        st.error(md(exc))
        return
    state.sign_in(viewer)
    st.rerun()


if __name__ == "__main__":
    render()
