"""Sign-in page: username and password, and how the first account is made."""

from __future__ import annotations

import streamlit as st

from coach.people.accounts import AccountError, Accounts
from coach.ui import single_sign_on, state
from coach.ui.resources import account_service
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
    accounts = account_service()
    if not accounts.has_users() and not single_sign_on.configured():
        _first_start()
    _form(accounts)
    single_sign_on.offer()


def _first_start() -> None:
    st.warning(
        "No one can sign in yet. An administrator creates the first account on the server, "
        "then signs in here with it:",
        icon=":material/person_add:",
    )
    st.code(FIRST_ADMIN, language="bash")
    st.caption("Use `--role learner` or `--role trainer` for everyone else.")


def _form(accounts: Accounts) -> None:
    with st.form("sign-in", border=True):
        st.subheader("Sign in")
        username = st.text_input("Username", autocomplete="username")
        password = st.text_input("Password", type="password", autocomplete="current-password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        _attempt(accounts, username, password)


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
