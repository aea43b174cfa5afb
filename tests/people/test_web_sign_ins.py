"""Remembered sign-ins: a token is good until it expires, is forgotten, or its account is
disabled or removed; only its hash is stored; the role is read afresh."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from coach.backends.sql.accounts import SqlAccountStore
from coach.backends.sql.repository import SqlRepository
from coach.backends.sql.schema import WebSignIn
from coach.backends.sql.web_sign_ins import SqlWebSignInStore
from coach.people.accounts import IDLE_LIMIT, Accounts
from coach.people.models import Role
from coach.people.web_sign_ins import WebSignIns

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2030, 5, 17, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sign_ins(repo: SqlRepository, store: SqlAccountStore, clock: Clock) -> WebSignIns:
    return WebSignIns(SqlWebSignInStore(repo.engine), store.person, clock)


@pytest.fixture
def accounts(repo: SqlRepository, store: SqlAccountStore) -> Accounts:
    return Accounts(store, repo)


def test_a_token_signs_in_until_it_expires(
    sign_ins: WebSignIns, accounts: Accounts, clock: Clock
) -> None:
    ada = accounts.create_user("ada", PASSWORD)
    token = sign_ins.remember(ada)
    assert sign_ins.viewer(token) == ada
    clock.now += IDLE_LIMIT + timedelta(seconds=1)
    assert sign_ins.viewer(token) is None


def test_a_forgotten_token_or_a_made_up_one_signs_in_nobody(
    sign_ins: WebSignIns, accounts: Accounts
) -> None:
    token = sign_ins.remember(accounts.create_user("ada", PASSWORD))
    sign_ins.forget(token)
    assert sign_ins.viewer(token) is None
    assert sign_ins.viewer("not a token") is None and sign_ins.viewer("") is None


def test_disabled_accounts_lose_their_tokens_and_roles_are_read_afresh(
    sign_ins: WebSignIns, accounts: Accounts, store: SqlAccountStore, clock: Clock
) -> None:
    ada = accounts.create_user("ada", PASSWORD)
    token = sign_ins.remember(ada)
    store.set_role(ada.id, Role.TRAINER.value)
    viewer = sign_ins.viewer(token)
    assert viewer is not None and viewer.role is Role.TRAINER
    store.set_disabled(ada.id, clock.now)
    assert sign_ins.viewer(token) is None


def test_only_the_tokens_hash_is_stored(
    sign_ins: WebSignIns, accounts: Accounts, repo: SqlRepository
) -> None:
    token = sign_ins.remember(accounts.create_user("ada", PASSWORD))
    with repo.engine.connect() as db:
        stored = db.scalars(select(WebSignIn.token_hash)).all()
    assert stored == [hashlib.sha256(token.encode()).hexdigest()]
    assert token not in stored
