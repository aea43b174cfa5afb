"""Optional single sign-on through Streamlit's OIDC login, set up in .streamlit/secrets.toml."""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from typing import Any

import streamlit as st

from coach.people.accounts import AccountError
from coach.ui import state
from coach.ui.resources import coach_services
from coach.ui.safe import md

# The [auth] keys of one unnamed provider; without all of them the app offers no SSO button.
REQUIRED_KEYS = (
    "redirect_uri",
    "cookie_secret",
    "client_id",
    "client_secret",
    "server_metadata_url",
)
BUTTON = "Sign in with single sign-on"
NEEDS_AUTHLIB = "Single sign-on needs Authlib on the server: pip install 'streamlit[auth]'."


def configured() -> bool:
    """Whether secrets.toml has an [auth] section with every key single sign-on needs."""
    auth = _auth_section()
    return all(auth.get(key) for key in REQUIRED_KEYS)


def signed_in_with_provider() -> bool:
    """Whether the browser holds an identity from the provider (Streamlit's auth cookie)."""
    return configured() and st.user.get("is_logged_in") is True


def offer() -> None:
    """The SSO button, when configured; disabled with a reason if Authlib is missing."""
    if not configured():
        return
    ready = importlib.util.find_spec("authlib") is not None
    help_text = None if ready else NEEDS_AUTHLIB
    if st.button(BUTTON, icon=":material/key:", disabled=not ready, help=help_text):
        st.login()


def sign_in_from_provider() -> None:
    """Sign in the local account of the provider's identity, if there is one."""
    if not signed_in_with_provider():
        return
    try:
        viewer = coach_services().single_sign_on.viewer_for_identity(_identity())
    except AccountError as exc:
        st.error(md(exc))
        return
    state.sign_in(viewer)
    st.rerun()


def sign_out_of_provider() -> None:
    """End the provider's sign-in too, so the sign-in page does not sign straight back in."""
    if signed_in_with_provider():
        st.logout()


def _identity() -> str:
    # An e-mail the provider says is unverified could be anyone's; fall back to the subject.
    email = str(st.user.get("email") or "")
    if email and st.user.get("email_verified") is not False:
        return email
    return str(st.user.get("sub") or "")


def _auth_section() -> Mapping[str, Any]:
    if not st.secrets.load_if_toml_exists():
        return {}
    auth = st.secrets.get("auth")
    return auth if isinstance(auth, Mapping) else {}
