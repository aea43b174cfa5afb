"""The one-time first-admin link: right token once, while nobody can sign in; nothing else."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from coach.backends.sql.accounts import SqlAccountStore
from coach.backends.sql.repository import SqlRepository
from coach.people.accounts import AccountError, Accounts
from coach.people.first_run import CLOSED, WRONG_TOKEN, FirstRunSetup, new_token, setup_link
from coach.people.models import Role

PASSWORD = "correct horse battery"
TOKEN = "a-token-the-server-printed"


@pytest.fixture
def accounts(repo: SqlRepository) -> Accounts:
    return Accounts(SqlAccountStore(repo.engine), repo)


@pytest.fixture
def setup(accounts: Accounts) -> FirstRunSetup:
    return FirstRunSetup(accounts, TOKEN)


def _refused(setup: FirstRunSetup, token: str, username: str = "root") -> str:
    with pytest.raises(AccountError) as caught:
        setup.create_admin(token, username, PASSWORD)
    return str(caught.value)


def test_the_right_token_creates_an_admin_who_can_sign_in(
    setup: FirstRunSetup, accounts: Accounts
) -> None:
    assert setup.is_open()
    viewer = setup.create_admin(TOKEN, "root", PASSWORD)
    assert viewer.role is Role.ADMIN
    assert accounts.authenticate("root", PASSWORD) == viewer
    assert not setup.is_open()


@pytest.mark.parametrize("token", ["", "a-token-the-server-printe", TOKEN + "x", TOKEN.upper()])
def test_a_wrong_token_is_refused_and_creates_nobody(
    setup: FirstRunSetup, accounts: Accounts, token: str
) -> None:
    assert _refused(setup, token) == WRONG_TOKEN
    assert not accounts.has_users() and setup.is_open()


def test_a_used_token_is_refused(setup: FirstRunSetup, accounts: Accounts) -> None:
    setup.create_admin(TOKEN, "root", PASSWORD)
    assert _refused(setup, TOKEN, "second") == CLOSED
    with pytest.raises(AccountError):
        accounts.authenticate("second", PASSWORD)


def test_the_token_is_refused_once_any_account_exists(
    setup: FirstRunSetup, accounts: Accounts
) -> None:
    accounts.create_user("ada", PASSWORD, Role.LEARNER)  # e.g. by `coach users add`
    assert not setup.is_open()
    assert _refused(setup, TOKEN) == CLOSED


def test_a_short_password_leaves_setup_open(setup: FirstRunSetup) -> None:
    with pytest.raises(AccountError, match="at least"):
        setup.create_admin(TOKEN, "root", "short")
    assert setup.is_open()


def test_two_browsers_at_once_make_one_admin(setup: FirstRunSetup, accounts: Accounts) -> None:
    def attempt(name: str) -> str:
        try:
            return setup.create_admin(TOKEN, name, PASSWORD).username
        except AccountError as exc:
            return str(exc)

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(attempt, ["root1", "root2", "root3", "root4"]))
    created = [o for o in outcomes if o.startswith("root")]
    assert len(created) == 1 and outcomes.count(CLOSED) == 3


def test_tokens_are_long_random_and_the_link_carries_one() -> None:
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50 and all(len(t) >= 32 for t in tokens)
    assert setup_link("0.0.0.0", 8501, "abc") == "http://localhost:8501/?setup=abc"
    assert setup_link("127.0.0.1", 9000, "abc") == "http://127.0.0.1:9000/?setup=abc"
