"""Accounts: argon2 passwords, sign-in with lockout, roles, and who may see which session."""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from coach.errors import CoachError, session_not_found
from coach.people.models import Credentials, Role, Viewer

if TYPE_CHECKING:  # annotations only: the sign-in page imports this module
    from coach.models import SessionRecord
    from coach.ports import AccountStore, SessionSource

LOCK_AFTER = 5  # failures in a row before the account is locked
FIRST_LOCK = timedelta(seconds=30)  # doubles with every further failure
MAX_LOCK = timedelta(hours=1)
IDLE_LIMIT = timedelta(hours=8)  # a web sign-in ends after this long without activity
MIN_PASSWORD = 8
# @ and + let an e-mail from single sign-on be a username (coach.people.sso).
USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}$")
WRONG_CREDENTIALS = "Wrong username or password; check both and try again."
DISABLED = "This account is disabled; ask an administrator to enable it."


class AccountError(CoachError):
    """An account cannot be created or signed in to."""


def production_hasher() -> PasswordHasher:
    """argon2id with the library's defaults (RFC 9106's low-memory profile: 64 MiB, 3 passes)."""
    return PasswordHasher()


def lock_duration(failures: int) -> timedelta | None:
    """How long an account stays locked after ``failures`` failures in a row (None: not locked)."""
    if failures < LOCK_AFTER:
        return None
    doublings = min(failures - LOCK_AFTER, 20)  # the cap below applies long before this
    return min(FIRST_LOCK * 2**doublings, MAX_LOCK)


def is_idle_expired(
    last_seen: datetime | None, now: datetime, idle: timedelta = IDLE_LIMIT
) -> bool:
    """Whether a sign-in last active at ``last_seen`` has been idle too long."""
    return last_seen is not None and now - last_seen > idle


class Accounts:
    """Creating users, signing in and access checks on practice sessions."""

    def __init__(
        self,
        store: AccountStore,
        sessions: SessionSource,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        hasher: PasswordHasher | None = None,
    ) -> None:
        self._store, self._sessions, self._clock = store, sessions, clock
        self._hasher = hasher or production_hasher()
        self._dummy: str | None = None

    def has_users(self) -> bool:
        """Whether anyone can sign in yet (users created by the CLI without a password do not)."""
        return self._store.count_sign_in_users() > 0

    def create_user(self, username: str, password: str, role: Role | str = Role.LEARNER) -> Viewer:
        """Create a user who signs in with ``password`` (stored only as an argon2 hash)."""
        role = _role(role)
        _check_username(username)
        if len(password) < MIN_PASSWORD:
            raise AccountError(f"Choose a password of at least {MIN_PASSWORD} characters.")
        user_id = self._store.add(username, self._hasher.hash(password), role.value)
        return Viewer(id=user_id, username=username, role=role)

    def hash_password(self, password: str) -> str:
        """The argon2 hash of a new password (at least MIN_PASSWORD characters)."""
        if len(password) < MIN_PASSWORD:
            raise AccountError(f"Choose a password of at least {MIN_PASSWORD} characters.")
        return self._hasher.hash(password)

    def authenticate(self, username: str, password: str) -> Viewer:
        """The viewer for correct credentials; raises AccountError otherwise.

        The attempt is counted before the password is checked, atomically and per name typed
        (known or not), so parallel guesses cannot slip past the lockout and the refusal for a
        locked name says nothing about whether the account exists.
        """
        name = username.strip()
        now = self._clock()
        attempt = self._store.begin_attempt(name, now, lock_duration)
        if attempt.locked_until is not None:
            wait = max(1, int((attempt.locked_until - now).total_seconds() + 0.999))
            raise AccountError(f"Too many failed sign-ins; wait {wait} seconds and try again.")
        found = self._store.find(name)
        if found is None or found.password_hash is None:
            _verify(self._hasher, self._dummy_hash(), password)  # same work either way
            raise AccountError(WRONG_CREDENTIALS)
        if not _verify(self._hasher, found.password_hash, password):
            raise AccountError(WRONG_CREDENTIALS)
        if found.disabled:  # said only to someone who knows the password
            raise AccountError(DISABLED)
        self._store.clear_attempts(name)
        self._rehash_if_outdated(found, password)
        return Viewer(id=found.id, username=found.username, role=found.role)

    def session_for(self, viewer: Viewer, session_id: int) -> SessionRecord:
        """The viewer's own session; another's raises the NotFoundError of a missing one."""
        record = self._sessions.get_session(session_id)
        if record.user_id != viewer.id:
            raise session_not_found(session_id)
        return record

    def sessions_of(self, viewer: Viewer) -> list[SessionRecord]:
        """The viewer's own sessions, newest first."""
        return self._sessions.list_sessions(viewer.id)

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._hasher.hash("no such user; this hash only spends the same time")
        return self._dummy

    def _rehash_if_outdated(self, found: Credentials, password: str) -> None:
        if found.password_hash and self._hasher.check_needs_rehash(found.password_hash):
            self._store.set_password_hash(found.id, self._hasher.hash(password))


def _verify(hasher: PasswordHasher, password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise AccountError(f"Unknown role {role!r}; choose one of {choices}.") from None


def _check_username(username: str) -> None:
    if not USERNAME.match(username):
        raise AccountError(
            "Choose a username of 1-64 letters, digits, dots, dashes, underscores, @ or +, "
            "starting with a letter or digit."
        )


def local_username() -> str:
    """The name of the person at this terminal, as the operating system knows them."""
    try:
        return getpass.getuser()
    except (KeyError, OSError) as exc:
        raise CoachError("Could not tell who you are; pass --user NAME.") from exc
