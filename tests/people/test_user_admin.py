"""People in the app, through the service: who may do what, one-time passwords, disabling,
roles and removal, on a real SQLite file."""

from __future__ import annotations

import pytest

from coach.backends.sql.accounts import SqlAccountStore
from coach.backends.sql.learner_data import SqlLearnerData
from coach.backends.sql.repository import SqlRepository
from coach.models import Difficulty, Mode, Speaker
from coach.people.accounts import DISABLED, AccountError, Accounts
from coach.people.models import Role, Viewer
from coach.people.roles import AccessError
from coach.people.user_admin import PeopleError, UserAdministration

PASSWORD = "correct horse battery"


@pytest.fixture
def accounts(repo: SqlRepository) -> Accounts:
    return Accounts(SqlAccountStore(repo.engine), repo)


@pytest.fixture
def people(repo: SqlRepository, accounts: Accounts) -> UserAdministration:
    store = SqlAccountStore(repo.engine)
    return UserAdministration(accounts, store, SqlLearnerData(repo.engine).delete_sessions)


@pytest.fixture
def admin(accounts: Accounts) -> Viewer:
    return accounts.create_user("root", PASSWORD, Role.ADMIN)


def test_an_added_person_signs_in_with_the_one_time_password(
    people: UserAdministration, accounts: Accounts, admin: Viewer
) -> None:
    person, password = people.add(admin, "ada", Role.LEARNER)
    assert person.username == "ada" and person.role is Role.LEARNER
    assert accounts.authenticate("ada", password).id == person.id
    assert {p.username for p in people.people(admin)} == {"root", "ada"}


def test_trainers_add_learners_only_and_learners_nothing(
    people: UserAdministration, accounts: Accounts, admin: Viewer
) -> None:
    trainer = people.add(admin, "tess", Role.TRAINER)[0]
    tess = Viewer(id=trainer.id, username="tess", role=Role.TRAINER)
    assert people.add(tess, "cleo", Role.LEARNER)[0].role is Role.LEARNER
    with pytest.raises(AccessError):
        people.add(tess, "max", Role.TRAINER)
    with pytest.raises(AccessError):
        people.people(tess)
    cleo = accounts.authenticate(
        "ada" if False else "cleo", people.reset_password(admin, _id(people, admin, "cleo"))
    )
    with pytest.raises(AccessError):
        people.disable(cleo, trainer.id)


def test_a_disabled_account_cannot_sign_in_until_enabled(
    people: UserAdministration, accounts: Accounts, admin: Viewer
) -> None:
    person, password = people.add(admin, "ada", Role.LEARNER)
    assert people.disable(admin, person.id).disabled
    with pytest.raises(AccountError, match=DISABLED):
        accounts.authenticate("ada", password)
    with pytest.raises(AccountError, match="Wrong username or password"):
        accounts.authenticate("ada", "a wrong password")  # says nothing to a guesser
    people.enable(admin, person.id)
    assert accounts.authenticate("ada", password).id == person.id


def test_a_reset_password_replaces_the_old_one(
    people: UserAdministration, accounts: Accounts, admin: Viewer
) -> None:
    person, first = people.add(admin, "ada", Role.LEARNER)
    second = people.reset_password(admin, person.id)
    assert second != first
    with pytest.raises(AccountError):
        accounts.authenticate("ada", first)
    assert accounts.authenticate("ada", second).id == person.id


def test_the_last_admin_is_kept_and_nobody_acts_on_themselves(
    people: UserAdministration, admin: Viewer
) -> None:
    with pytest.raises(PeopleError, match="your own account"):
        people.disable(admin, admin.id)
    with pytest.raises(PeopleError, match="last administrator"):
        people.set_role(admin, admin.id, Role.LEARNER)
    other = people.add(admin, "second", Role.ADMIN)[0]
    assert people.set_role(admin, other.id, Role.TRAINER).role is Role.TRAINER


def test_removing_a_learner_deletes_their_sessions(
    people: UserAdministration, repo: SqlRepository, admin: Viewer
) -> None:
    person = people.add(admin, "ada", Role.LEARNER)[0]
    session = repo.create_session(person.id, "giving-feedback", Difficulty.STANDARD, Mode.OFFLINE)
    repo.add_turn(session, Speaker.COUNTERPART, "Hello.")
    assert people.people(admin)[0].sessions == 1  # "ada" sorts first
    assert people.remove(admin, person.id) == 1
    assert [p.username for p in people.people(admin)] == ["root"]


def _id(people: UserAdministration, admin: Viewer, name: str) -> int:
    return next(p.id for p in people.people(admin) if p.username == name)
