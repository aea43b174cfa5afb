"""The AccountStore of coach.people.accounts on SQLAlchemy, over the users table of the schema."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import sessionmaker

from coach.backends.sql.engine import immediate, upgrade_engine
from coach.backends.sql.schema import User, utc_now
from coach.people.accounts import AccountError
from coach.people.models import Credentials, Role


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

    def count_failure(self, user_id: int) -> int:
        """Add one failed sign-in and return how many there now are in a row."""
        with self._writing.begin() as db:
            # One IMMEDIATE transaction: parallel wrong guesses cannot lose an increment.
            db.execute(
                update(User).where(User.id == user_id).values(failed_logins=User.failed_logins + 1)
            )
            return int(db.scalar(select(User.failed_logins).where(User.id == user_id)) or 0)

    def lock(self, user_id: int, until: datetime) -> None:
        """Refuse sign-ins to the user until ``until``."""
        with self._writing.begin() as db:
            db.execute(update(User).where(User.id == user_id).values(locked_until=until))

    def clear_failures(self, user_id: int) -> None:
        """Forget failed sign-ins after a successful one."""
        with self._writing.begin() as db:
            db.execute(
                update(User).where(User.id == user_id).values(failed_logins=0, locked_until=None)
            )


def _credentials(user: User) -> Credentials:
    return Credentials(
        id=user.id,
        username=user.username,
        role=Role(user.role),
        password_hash=user.password_hash,
        failed_logins=user.failed_logins or 0,
        locked_until=user.locked_until,
    )
