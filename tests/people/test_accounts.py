"""Accounts on a real SQLite file: argon2 hashes, sign-in, lockout and who sees which session."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import pytest
from argon2 import PasswordHasher

from coach.backends.sql.accounts import SqlAccountStore
from coach.backends.sql.engine import create_engine_for
from coach.backends.sql.repository import SqlRepository
from coach.errors import NotFoundError
from coach.models import Difficulty
from coach.people.accounts import (
    FIRST_LOCK,
    LOCK_AFTER,
    MAX_LOCK,
    WRONG_CREDENTIALS,
    AccountError,
    Accounts,
    is_idle_expired,
    lock_duration,
)
from coach.people.models import Role

PASSWORD = "correct horse battery"
START = datetime(2030, 5, 17, 9, 0, tzinfo=UTC)


class Clock:
    """A clock that stands still until a test moves it."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(store: SqlAccountStore, repo: SqlRepository, clock: Clock) -> Accounts:
    return Accounts(store, repo, clock)


def _fail(accounts: Accounts, username: str = "ada", password: str = "not the password") -> str:
    with pytest.raises(AccountError) as caught:
        accounts.authenticate(username, password)
    return str(caught.value)


@pytest.mark.real_hashing
def test_password_is_stored_as_an_argon2_hash(accounts: Accounts, store: SqlAccountStore) -> None:
    accounts.create_user("ada", PASSWORD)
    stored = store.find("ada")
    assert stored is not None and stored.password_hash is not None
    assert stored.password_hash.startswith("$argon2id$")
    assert PASSWORD not in stored.password_hash
    assert PasswordHasher().verify(stored.password_hash, PASSWORD)


def test_right_password_signs_in_with_the_role(accounts: Accounts) -> None:
    created = accounts.create_user("tess", PASSWORD, Role.TRAINER)
    viewer = accounts.authenticate("tess", PASSWORD)
    assert viewer == created
    assert viewer.role is Role.TRAINER


def test_wrong_password_and_unknown_user_fail_alike(accounts: Accounts) -> None:
    accounts.create_user("ada", PASSWORD)
    assert _fail(accounts, "ada") == WRONG_CREDENTIALS
    assert _fail(accounts, "nobody") == WRONG_CREDENTIALS
    with pytest.raises(AccountError):
        accounts.authenticate("ada", PASSWORD.upper())


def test_user_without_password_cannot_sign_in(accounts: Accounts, repo: SqlRepository) -> None:
    repo.ensure_user("cli-only")
    assert _fail(accounts, "cli-only") == WRONG_CREDENTIALS
    with pytest.raises(AccountError):
        accounts.authenticate("cli-only", "")


def test_lock_duration_starts_after_the_limit_and_doubles_to_a_cap() -> None:
    assert [lock_duration(n) for n in range(LOCK_AFTER)] == [None] * LOCK_AFTER
    durations = [lock_duration(LOCK_AFTER + n) for n in range(4)]
    assert durations == [FIRST_LOCK, FIRST_LOCK * 2, FIRST_LOCK * 4, FIRST_LOCK * 8]
    assert lock_duration(LOCK_AFTER + 60) == MAX_LOCK


def test_repeated_failures_lock_the_account_for_longer_each_time(
    accounts: Accounts, clock: Clock
) -> None:
    accounts.create_user("ada", PASSWORD)
    for _ in range(LOCK_AFTER - 1):
        assert _fail(accounts) == WRONG_CREDENTIALS
    assert _fail(accounts) == WRONG_CREDENTIALS  # this one locks
    with pytest.raises(AccountError, match="wait 30 seconds"):
        accounts.authenticate("ada", PASSWORD)  # even the right password is refused
    clock.advance(31)
    assert _fail(accounts) == WRONG_CREDENTIALS  # one more failure: locked twice as long
    clock.advance(59)
    with pytest.raises(AccountError, match="wait 1 seconds"):
        accounts.authenticate("ada", PASSWORD)
    clock.advance(2)
    assert accounts.authenticate("ada", PASSWORD).username == "ada"


def test_success_resets_the_failure_count(accounts: Accounts, store: SqlAccountStore) -> None:
    accounts.create_user("ada", PASSWORD)
    for _ in range(LOCK_AFTER - 1):
        _fail(accounts)
    accounts.authenticate("ada", PASSWORD)
    for _ in range(LOCK_AFTER - 1):  # counting starts again: not locked
        assert _fail(accounts) == WRONG_CREDENTIALS
    assert accounts.authenticate("ada", PASSWORD).username == "ada"


def test_a_learner_never_sees_another_learners_session(
    accounts: Accounts, repo: SqlRepository
) -> None:
    ada = accounts.create_user("ada", PASSWORD)
    bob = accounts.create_user("bob", PASSWORD)
    session_id = repo.create_session(ada.id, "giving-feedback", Difficulty.EASY, "offline")
    assert accounts.session_for(ada, session_id).id == session_id
    with pytest.raises(NotFoundError) as refused:
        accounts.session_for(bob, session_id)
    with pytest.raises(NotFoundError) as missing:
        accounts.session_for(bob, session_id + 1000)
    assert str(refused.value) == str(missing.value).replace(str(session_id + 1000), str(session_id))
    assert [s.id for s in accounts.sessions_of(ada)] == [session_id]
    assert accounts.sessions_of(bob) == []


def test_create_user_refuses_bad_input(accounts: Accounts) -> None:
    with pytest.raises(AccountError, match="at least 8"):
        accounts.create_user("ada", "short")
    with pytest.raises(AccountError, match="username"):
        accounts.create_user("two words", PASSWORD)
    with pytest.raises(AccountError, match="Unknown role"):
        accounts.create_user("ada", PASSWORD, "superuser")
    accounts.create_user("ada", PASSWORD)
    with pytest.raises(AccountError, match="already exists"):
        accounts.create_user("ada", PASSWORD + "!")


def test_a_cli_user_without_password_is_taken_over(accounts: Accounts, repo: SqlRepository) -> None:
    assert not accounts.has_users()
    user_id = repo.ensure_user("ada")
    assert not accounts.has_users()  # no password yet: still nobody can sign in
    viewer = accounts.create_user("ada", PASSWORD, Role.ADMIN)
    assert viewer.id == user_id and viewer.role is Role.ADMIN
    assert accounts.has_users()


@pytest.mark.real_hashing
def test_an_outdated_hash_is_replaced_on_sign_in(
    store: SqlAccountStore, repo: SqlRepository
) -> None:
    weak = Accounts(store, repo, hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    weak.create_user("ada", PASSWORD)
    old = store.find("ada")
    Accounts(store, repo).authenticate("ada", PASSWORD)
    new = store.find("ada")
    assert old is not None and new is not None and new.password_hash != old.password_hash
    assert not PasswordHasher().check_needs_rehash(new.password_hash or "")


def test_idle_expiry() -> None:
    assert not is_idle_expired(None, START)
    assert not is_idle_expired(START, START + timedelta(hours=7, minutes=59))
    assert is_idle_expired(START, START + timedelta(hours=8, seconds=1))


def test_an_unknown_name_locks_and_answers_exactly_like_a_known_one(accounts: Accounts) -> None:
    accounts.create_user("ada", PASSWORD)
    answers = {}
    for name in ("ada", "nobody"):
        for _ in range(LOCK_AFTER):
            _fail(accounts, name)
        answers[name] = _fail(accounts, name)
    assert answers["ada"] == answers["nobody"]
    assert answers["ada"].startswith("Too many failed sign-ins")


def test_parallel_guesses_cannot_bypass_the_lockout(tmp_path: Path) -> None:
    """40 wrong passwords at once: only the first LOCK_AFTER reach the password check."""
    repo = SqlRepository(create_engine_for(f"sqlite:///{tmp_path / 'coach.db'}"))
    store = SqlAccountStore(repo.engine)
    checked: list[str] = []

    class CountingHasher(PasswordHasher):
        def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
            checked.append(str(password))
            return super().verify(hash, password)

    accounts = Accounts(store, repo, hasher=CountingHasher(time_cost=1, memory_cost=64))
    accounts.create_user("ada", PASSWORD)
    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda i: _fail(accounts, "ada", f"guess-{i}"), range(40)))
    assert len(checked) == LOCK_AFTER
    assert answers.count(WRONG_CREDENTIALS) == LOCK_AFTER
    with pytest.raises(AccountError, match="Too many failed sign-ins"):
        accounts.authenticate("ada", PASSWORD)  # the right password is refused too
