"""Single sign-on identities mapped to local accounts in a real SQLite database."""

from __future__ import annotations

import pytest

from coach.backends.sql.accounts import SqlAccountStore
from coach.backends.sql.repository import SqlRepository
from coach.people.accounts import AccountError, Accounts
from coach.people.models import Role
from coach.people.sso import SingleSignOn, username_for_identity

PASSWORD = "correct horse battery"


@pytest.fixture
def sso(store: SqlAccountStore, repo: SqlRepository) -> SingleSignOn:
    return SingleSignOn(store, repo)


def test_username_is_the_lower_cased_email() -> None:
    assert username_for_identity("  Jane.Doe+coach@Example.ORG ") == "jane.doe+coach@example.org"


def test_a_first_sign_in_creates_a_learner_without_password(
    sso: SingleSignOn, store: SqlAccountStore
) -> None:
    viewer = sso.viewer_for_identity("Jane@Example.org")
    assert (viewer.username, viewer.role) == ("jane@example.org", Role.LEARNER)
    stored = store.find("jane@example.org")
    assert stored is not None and stored.id == viewer.id and stored.password_hash is None
    assert store.count_sign_in_users() == 0  # no password: the local form cannot be used


def test_later_sign_ins_reuse_the_account(sso: SingleSignOn) -> None:
    first = sso.viewer_for_identity("jane@example.org")
    again = sso.viewer_for_identity("JANE@example.org")
    other = sso.viewer_for_identity("sam@example.org")
    assert again == first
    assert other.id != first.id


def test_sign_in_keeps_the_stored_role_and_never_elevates(
    sso: SingleSignOn, store: SqlAccountStore, repo: SqlRepository
) -> None:
    learner = sso.viewer_for_identity("jane@example.org")
    assert sso.viewer_for_identity("jane@example.org").role == Role.LEARNER
    repo.ensure_user("jane@example.org", "admin")  # an existing user is not changed by this
    assert sso.viewer_for_identity("jane@example.org").role == Role.LEARNER
    accounts = Accounts(store, repo)
    # An admin promotes with `coach users add EMAIL --role trainer`, taking the account over.
    promoted = accounts.create_user("jane@example.org", PASSWORD, Role.TRAINER)
    assert promoted.id == learner.id
    assert sso.viewer_for_identity("jane@example.org").role == Role.TRAINER


def test_an_existing_local_account_is_used_as_it_is(
    sso: SingleSignOn, store: SqlAccountStore, repo: SqlRepository
) -> None:
    admin = Accounts(store, repo).create_user("ada@example.org", PASSWORD, Role.ADMIN)
    assert sso.viewer_for_identity("Ada@Example.org") == admin


@pytest.mark.parametrize("identity", ["", "   "])
def test_an_empty_identity_is_refused(
    sso: SingleSignOn, store: SqlAccountStore, identity: str
) -> None:
    with pytest.raises(AccountError, match="no e-mail or subject"):
        sso.viewer_for_identity(identity)
    assert store.find("") is None


@pytest.mark.parametrize("identity", ["google|1234", "a" * 60 + "@example.org", "-x@example.org"])
def test_an_identity_that_cannot_be_a_username_is_refused(
    sso: SingleSignOn, store: SqlAccountStore, identity: str
) -> None:
    with pytest.raises(AccountError, match="cannot be a username"):
        sso.viewer_for_identity(identity)
    assert store.find(identity.lower()) is None
