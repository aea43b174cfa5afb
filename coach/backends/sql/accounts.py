"""The AccountStore of coach.people.accounts on SQLAlchemy, over the users table of the schema."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, Insert, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from coach.backends.sql.engine import immediate, upgrade_engine
from coach.backends.sql.schema import (
    Cohort,
    CustomScenario,
    GuidanceUpload,
    PracticeSession,
    SignInThrottle,
    User,
    utc_now,
)
from coach.people.accounts import AccountError
from coach.people.models import Attempt, Credentials, Person, Role
from coach.ports import LockPolicy


class SqlAccountStore:
    """Users' password hashes, roles and sign-in failures in a SQL database."""

    def __init__(
        self, engine: Engine, clock: Callable[[], datetime] = utc_now, *, migrate: bool = False
    ) -> None:
        if migrate:  # SqlRepository migrates on open; a store used alone can ask for it
            upgrade_engine(engine)
        self._clock = clock
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(immediate(engine), expire_on_commit=False)

    def count_sign_in_users(self) -> int:
        """How many users have a password (users made by ``coach practice`` have none)."""
        with self._reading.begin() as db:
            query = select(func.count()).select_from(User).where(User.password_hash.is_not(None))
            return int(db.scalar(query) or 0)

    def find(self, username: str) -> Credentials | None:
        """The credentials of ``username``, or None if there is no such user."""
        with self._reading.begin() as db:
            user = db.scalar(select(User).where(User.username == username))
            return None if user is None else _credentials(user)

    def add(self, username: str, password_hash: str, role: str) -> int:
        """Create a user with a password; a user without one (made by the CLI) is taken over."""
        with self._writing.begin() as db:
            user = db.scalar(select(User).where(User.username == username))
            if user is not None and user.password_hash is not None:
                raise AccountError(f"User {username!r} already exists; choose another name.")
            if user is None:
                user = User(username=username, role=role, created_at=self._clock())
                db.add(user)
            user.password_hash, user.role = password_hash, role
            db.flush()
            return user.id

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Replace the stored hash (after a rehash with newer parameters)."""
        with self._writing.begin() as db:
            db.execute(update(User).where(User.id == user_id).values(password_hash=password_hash))

    def people(self) -> list[Person]:
        """Every user, by name, with how many practice sessions they have."""
        with self._reading.begin() as db:
            counts = dict(
                db.execute(
                    select(PracticeSession.user_id, func.count()).group_by(PracticeSession.user_id)
                ).all()
            )
            users = db.scalars(select(User).order_by(User.username)).all()
            return [_person(u, int(counts.get(u.id, 0))) for u in users]

    def person(self, user_id: int) -> Person | None:
        """One user with their session count (read on every remembered sign-in)."""
        with self._reading.begin() as db:
            user = db.get(User, user_id)
            if user is None:
                return None
            count = select(func.count()).where(PracticeSession.user_id == user_id)
            return _person(user, int(db.scalar(count) or 0))

    def set_role(self, user_id: int, role: str) -> None:
        with self._writing.begin() as db:
            db.execute(update(User).where(User.id == user_id).values(role=role))

    def set_disabled(self, user_id: int, when: datetime | None) -> None:
        with self._writing.begin() as db:
            db.execute(update(User).where(User.id == user_id).values(disabled_at=when))

    def owns_anything(self, user_id: int) -> bool:
        """Whether the user runs a cohort, authored a scenario or uploaded guidance."""
        with self._reading.begin() as db:
            owned = [
                select(Cohort.id).where(Cohort.trainer_id == user_id).limit(1),
                select(CustomScenario.id).where(CustomScenario.author_id == user_id).limit(1),
                select(GuidanceUpload.file_name).where(GuidanceUpload.owner_id == user_id).limit(1),
            ]
            return any(db.scalar(query) is not None for query in owned)

    def remove(self, user_id: int) -> None:
        """Delete the account (its sessions must be gone already; memberships go with it)."""
        with self._writing.begin() as db:
            db.execute(delete(User).where(User.id == user_id))

    def begin_attempt(self, username: str, now: datetime, lock: LockPolicy) -> Attempt:
        """Count the attempt and lock the name if due, in one write transaction.

        SQLite takes the write lock at BEGIN (IMMEDIATE); PostgreSQL locks the row with
        SELECT ... FOR UPDATE, after an insert that does nothing if the row exists. Either
        way parallel attempts are counted one after another, none lost.
        """
        name = username[:64]
        with self._writing.begin() as db:
            db.execute(_new_throttle_row(db, name))
            row = db.scalars(
                select(SignInThrottle).where(SignInThrottle.username == name).with_for_update()
            ).one()
            if row.locked_until is not None and row.locked_until > now:
                return Attempt(failures=row.failures, locked_until=row.locked_until)
            row.failures += 1
            duration = lock(row.failures)
            row.locked_until = None if duration is None else now + duration
            return Attempt(failures=row.failures)

    def clear_attempts(self, username: str) -> None:
        """Forget the name's failed sign-ins after a successful one."""
        with self._writing.begin() as db:
            db.execute(delete(SignInThrottle).where(SignInThrottle.username == username[:64]))


def _credentials(user: User) -> Credentials:
    return Credentials(
        id=user.id,
        username=user.username,
        role=Role(user.role),
        password_hash=user.password_hash,
        disabled=user.disabled_at is not None,
    )


def _person(user: User, sessions: int) -> Person:
    return Person(
        id=user.id,
        username=user.username,
        role=Role(user.role),
        created_at=user.created_at,
        disabled=user.disabled_at is not None,
        can_sign_in=user.password_hash is not None,
        sessions=sessions,
    )


def _new_throttle_row(db: Session, username: str) -> Insert:
    """INSERT a zero row for ``username`` unless one exists (SQLite and PostgreSQL)."""
    dialect = db.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(SignInThrottle).values(username=username, failures=0)
    return statement.on_conflict_do_nothing(index_elements=["username"])
