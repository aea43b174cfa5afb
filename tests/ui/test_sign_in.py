"""The sign-in page through AppTest: the local form, and single sign-on when configured."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from coach.people.models import Role
from coach.services import CoachServices
from coach.ui.single_sign_on import BUTTON
from tests.ui_session import APP, PASSWORD, button, create_user

AUTH: dict[str, Any] = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "a test secret that is long enough",
    "client_id": "coach",
    "client_secret": "not a real secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}


pytestmark = pytest.mark.usefixtures("offline_data_dir")


def _app(auth: dict[str, Any] | None = None, user: dict[str, Any] | None = None) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    if auth is not None:
        at.secrets["auth"] = auth
    if user is not None:
        at.user = user
    return at.run()


def _labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def _signed_in_as(at: AppTest) -> str:
    return "\n".join(c.value for c in at.sidebar.caption if c.value.startswith("Signed in as"))


def test_without_auth_there_is_no_sso_button_and_the_form_signs_in(
    services: CoachServices,
) -> None:
    create_user(services, "ada")
    at = _app()
    assert BUTTON not in _labels(at)
    fields = {field.label: field for field in at.text_input}
    fields["Username"].input("ada")
    fields["Password"].input(PASSWORD)
    at = button(at, "Sign in").click().run()
    assert not at.exception
    assert "**ada** · learner" in _signed_in_as(at)


def test_with_auth_the_sso_button_is_offered_beside_the_form(services: CoachServices) -> None:
    at = _app(AUTH)
    assert not at.exception
    sso = button(at, BUTTON)
    assert sso.disabled == (importlib.util.find_spec("authlib") is None)
    assert {"Username", "Password"} <= {field.label for field in at.text_input}


def test_incomplete_auth_settings_offer_no_button(services: CoachServices) -> None:
    at = _app({k: v for k, v in AUTH.items() if k != "client_secret"})
    assert BUTTON not in _labels(at)


def test_a_provider_identity_signs_in_a_new_learner(services: CoachServices) -> None:
    user = {"is_logged_in": True, "email": "Jane@Example.org", "email_verified": True}
    at = _app(AUTH, user)
    assert not at.exception
    assert "**jane@example.org** · learner" in _signed_in_as(at)
    assert services.accounts.has_users() is False  # created without a password


def test_the_stored_role_of_an_existing_account_is_kept(services: CoachServices) -> None:
    services.accounts.create_user("ada@example.org", PASSWORD, Role.TRAINER)
    at = _app(AUTH, {"is_logged_in": True, "email": "ada@example.org"})
    assert "**ada@example.org** · trainer" in _signed_in_as(at)


def test_an_unverified_email_falls_back_to_the_subject(services: CoachServices) -> None:
    user = {"is_logged_in": True, "email": "boss@example.org", "email_verified": False}
    at = _app(AUTH, {**user, "sub": "Subject-42"})
    assert "**subject-42** · learner" in _signed_in_as(at)


def test_signing_out_also_ends_the_provider_sign_in(services: CoachServices) -> None:
    at = _app(AUTH, {"is_logged_in": True, "email": "jane@example.org"})
    at = at.sidebar.button(key="sign-out").click().run()
    assert not at.exception
    assert at.user.get("is_logged_in") is False
    assert _signed_in_as(at) == ""
    assert "Sign in" in _labels(at)


def _main_kinds(at: AppTest) -> list[str]:
    """The kinds of the main area's top-level blocks and elements, in page order."""
    return [node.type for node in at.main.children.values()]


def test_before_anyone_can_sign_in_the_notice_stands_above_the_form_drawn_first() -> None:
    at = _app()
    kinds = _main_kinds(at)
    assert "No one can sign in yet" in at.warning[0].value
    # The notice fills a slot reserved before the form (the form is drawn before the
    # database is opened); it must still read above the form.
    assert kinds.index("flex_container") < kinds.index("form"), kinds


def test_once_someone_can_sign_in_there_is_no_first_start_notice(services: CoachServices) -> None:
    create_user(services, "ada")
    at = _app()
    assert not at.warning
    assert [field.label for field in at.text_input] == ["Username", "Password"]
