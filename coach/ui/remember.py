"""Keeping people signed in across a reload, a second tab or a link (coach.people.web_sign_ins).

The browser holds a random token in a cookie (SameSite=Strict, expiring with the idle limit,
Secure over https); Streamlit shows the page the cookies it was opened with. The cookie is
written by a tiny script in a same-origin frame, because Streamlit has no call for it.
"""

from __future__ import annotations

import json

import streamlit as st

from coach.people.accounts import IDLE_LIMIT
from coach.people.models import Viewer
from coach.ui import state
from coach.ui.resources import coach_services

COOKIE = "coach_session"


def restore() -> None:
    """Sign in from the browser's remembered token, if it is still good."""
    if state.viewer() is not None:
        return
    token = _token()
    viewer = coach_services().web_sign_ins.viewer(token) if token else None
    if viewer is not None:
        state.sign_in(viewer)
        state.mark_remembered()


def remember(viewer: Viewer) -> None:
    """After a sign-in on this page: a token for this browser, written on this run."""
    if state.remembered():
        return
    token = coach_services().web_sign_ins.remember(viewer)
    state.mark_remembered()
    _write(token, int(IDLE_LIMIT.total_seconds()))


def forget() -> None:
    """On sign-out: the token stops working on the server, and the cookie is cleared on the
    next run (after the sign-out's own rerun)."""
    token = _token()
    if token:
        coach_services().web_sign_ins.forget(token)
    state.clear_cookie_next()


def _token() -> str | None:
    """The remembered token this page was opened with (a test harness may have none)."""
    token = st.context.cookies.get(COOKIE)
    return token if isinstance(token, str) and token else None


def clear_if_asked() -> None:
    if state.pop_clear_cookie():
        _write("", 0)


def _write(token: str, seconds: int) -> None:
    url = st.context.url
    secure = "; Secure" if isinstance(url, str) and url.startswith("https:") else ""
    cookie = f"{COOKIE}={token}; Path=/; SameSite=Strict; Max-Age={seconds}{secure}"
    # Our own script (the token is ours, never the user's words): st.iframe runs HTML given
    # as a string in a same-origin frame, which may set the page's cookie.
    st.iframe(f"<script>window.parent.document.cookie = {json.dumps(cookie)};</script>", height=1)
