"""What surrounds every page once signed in: who is signed in, the mode, signing out."""

from __future__ import annotations

import streamlit as st

from coach.models import Mode
from coach.people.models import Viewer
from coach.ui import remember, single_sign_on, state
from coach.ui.resources import coach_services
from coach.ui.safe import md

OFFLINE_LABEL = "OFFLINE"
LLM_LABEL = "LLM"


def mode_label(mode: Mode) -> str:
    """How a counterpart mode is shown: OFFLINE or LLM."""
    return OFFLINE_LABEL if mode is Mode.OFFLINE else LLM_LABEL


def mode_help(mode: Mode) -> str:
    if mode is Mode.OFFLINE:
        return "The counterpart is played by the built-in engine from authored lines; no AI model."
    return "The counterpart is played by a language model."


def sidebar(viewer: Viewer) -> None:
    """The account box and the counterpart mode, in the sidebar."""
    mode = Mode.LLM if coach_services().settings.use_llm else Mode.OFFLINE
    with st.sidebar:
        st.caption(f"Signed in as **{md(viewer.username)}** · {viewer.role.value}")
        st.caption(f"New sessions: **{mode_label(mode)}** mode. {mode_help(mode)}")
        if st.button("Sign out", icon=":material/logout:", key="sign-out"):
            remember.forget()
            state.sign_out("You are signed out.")
            state.clear_cookie_next()
            single_sign_on.sign_out_of_provider()  # no-op unless signed in with SSO
            st.rerun()
