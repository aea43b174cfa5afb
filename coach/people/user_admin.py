"""People in the app: admins list, add, disable, re-enable and remove accounts, change roles
and reset passwords; trainers may add learners. Every check is made here, not in a page.

A new account or a reset password gets a one-time password, shown once to whoever made it,
who passes it on; it is stored only as an argon2 hash like any other. Removing someone deletes
their practice sessions, transcripts and critiques with the account (what the learner's own
"delete my data" does), and is refused for people who run cohorts, authored scenarios or
uploaded guidance: disable them instead, so nothing of others' goes with them.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from coach.errors import CoachError, NotFoundError
from coach.people.accounts import Accounts
from coach.people.models import Person, Role, Viewer
from coach.people.roles import AccessError

ONE_TIME_BYTES = 9  # 12 URL-safe characters


class PeopleStore(Protocol):
    def people(self) -> list[Person]: ...
    def person(self, user_id: int) -> Person | None: ...
    def set_role(self, user_id: int, role: str) -> None: ...
    def set_disabled(self, user_id: int, when: datetime | None) -> None: ...
    def set_password_hash(self, user_id: int, password_hash: str) -> None: ...
    def owns_anything(self, user_id: int) -> bool: ...
    def remove(self, user_id: int) -> None: ...


class PeopleError(CoachError):
    """What was asked of the people page cannot be done."""


class UserAdministration:
    """Account management for admins (and adding learners, for trainers)."""

    def __init__(
        self,
        accounts: Accounts,
        store: PeopleStore,
        delete_sessions: Callable[[int], int],
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._accounts, self._store = accounts, store
        self._delete_sessions, self._clock = delete_sessions, clock

    def people(self, viewer: Viewer) -> list[Person]:
        _admin(viewer)
        return self._store.people()

    def add(self, viewer: Viewer, username: str, role: Role) -> tuple[Person, str]:
        """A new account and its one-time password; trainers may add learners only."""
        if viewer.role is not Role.ADMIN and not (
            viewer.role is Role.TRAINER and role is Role.LEARNER
        ):
            raise AccessError("Only an administrator can add trainers and administrators.")
        password = one_time_password()
        created = self._accounts.create_user(username.strip(), password, role)
        return self._found(created.id), password

    def set_role(self, viewer: Viewer, user_id: int, role: Role) -> Person:
        _admin(viewer)
        person = self._found(user_id)
        if person.role is Role.ADMIN and role is not Role.ADMIN:
            self._keep_an_admin(person, "change the role of")
        self._store.set_role(user_id, role.value)
        return self._found(user_id)

    def disable(self, viewer: Viewer, user_id: int) -> Person:
        self._other_than_the_last_admin(viewer, user_id, "disable")
        self._store.set_disabled(user_id, self._clock())
        return self._found(user_id)

    def enable(self, viewer: Viewer, user_id: int) -> Person:
        _admin(viewer)
        self._found(user_id)
        self._store.set_disabled(user_id, None)
        return self._found(user_id)

    def reset_password(self, viewer: Viewer, user_id: int) -> str:
        """A new one-time password for the account (the old one stops working)."""
        _admin(viewer)
        self._found(user_id)
        password = one_time_password()
        self._store.set_password_hash(user_id, self._accounts.hash_password(password))
        return password

    def remove(self, viewer: Viewer, user_id: int) -> int:
        """Delete the account and its sessions; how many sessions went with it."""
        person = self._other_than_the_last_admin(viewer, user_id, "remove")
        if self._store.owns_anything(user_id):
            raise PeopleError(
                f"{person.username} runs cohorts, authored scenarios or uploaded guidance that "
                "others use; disable the account instead."
            )
        deleted = self._delete_sessions(user_id)
        self._store.remove(user_id)
        return deleted

    def _found(self, user_id: int) -> Person:
        person = self._store.person(user_id)
        if person is None:
            raise NotFoundError(f"There is no user with id {user_id}.")
        return person

    def _other_than_the_last_admin(self, viewer: Viewer, user_id: int, action: str) -> Person:
        """The account an admin may ``action``: not their own, and not the last admin."""
        _admin(viewer)
        person = self._found(user_id)
        _not_yourself(viewer, person, action)
        if person.role is Role.ADMIN:
            self._keep_an_admin(person, action)
        return person

    def _keep_an_admin(self, person: Person, action: str) -> None:
        admins = [p for p in self._store.people() if p.role is Role.ADMIN and not p.disabled]
        if [p.id for p in admins] == [person.id]:
            raise PeopleError(f"You cannot {action} the last administrator.")


def one_time_password() -> str:
    return secrets.token_urlsafe(ONE_TIME_BYTES)


def _admin(viewer: Viewer) -> None:
    if viewer.role != Role.ADMIN:
        raise AccessError("Only an administrator can manage accounts.")


def _not_yourself(viewer: Viewer, person: Person, action: str) -> None:
    if viewer.id == person.id:
        raise PeopleError(f"You cannot {action} your own account.")
