"""SQLite shared by several processes: WAL, a busy timeout, and retried write locks.

SQLite's busy handler is not a queue: under many writers one of them can wait past the busy
timeout while others keep taking the lock. Opening a connection and beginning a write
transaction (``BEGIN IMMEDIATE``, where a writer takes the lock) are therefore retried with
growing, jittered pauses, a bounded number of times, before the user is told in one sentence.
Once ``BEGIN IMMEDIATE`` has succeeded a WAL transaction holds the only write lock, so its
statements and its commit no longer wait for anyone.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import OperationalError

from coach.errors import CoachError

T = TypeVar("T")
BEGIN_OPTION = "sqlite_begin"


@dataclass(frozen=True)
class LockPolicy:
    """How long a SQLite connection waits for the write lock, and how often it tries again."""

    busy_timeout_ms: int = 5000
    attempts: int = 6
    first_pause_s: float = 0.05
    longest_pause_s: float = 2.0

    def pause(self, attempt: int) -> float:
        """Seconds to sleep after failed ``attempt`` (0-based): doubling, capped, jittered."""
        ceiling = min(self.longest_pause_s, self.first_pause_s * 2**attempt)
        return random.uniform(ceiling / 2, ceiling)

    def longest_wait_s(self) -> float:
        """The most a caller waits before giving up: every busy timeout and every pause."""
        pauses = (
            min(self.longest_pause_s, self.first_pause_s * 2**a) for a in range(self.attempts - 1)
        )
        return self.attempts * self.busy_timeout_ms / 1000 + sum(pauses)


def prepare_sqlite(engine: Engine, policy: LockPolicy) -> None:
    """Create the database's folder; set WAL, foreign keys, the busy timeout and retries."""
    database = engine.url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    event.listen(engine, "connect", partial(_on_connect, policy, database or ":memory:"))
    event.listen(engine, "begin", partial(_on_begin, policy, database or ":memory:"))


def when_locked(run: Callable[[], T], policy: LockPolicy, database: str) -> T:
    """``run()``, tried again while SQLite says the database is locked, up to the policy's end."""
    for attempt in range(policy.attempts):
        try:
            return run()
        except (sqlite3.OperationalError, OperationalError) as exc:
            if not is_locked(exc):
                raise
            if attempt + 1 == policy.attempts:
                raise still_locked(policy, database) from None
        time.sleep(policy.pause(attempt))
    raise ValueError("a LockPolicy needs at least one attempt")


def still_locked(policy: LockPolicy, database: str) -> CoachError:
    """What the user reads when the write lock never came."""
    return CoachError(
        f"The database {database} stayed locked by other coach processes for over "
        f"{policy.longest_wait_s():.0f} s; try again in a moment, or use PostgreSQL "
        "(COACH_DATABASE_URL) when many people practise at once."
    )


def is_locked(exc: Exception) -> bool:
    """Whether ``exc`` is SQLite's "database is locked" (SQLITE_BUSY and its kinds)."""
    return "database is locked" in str(exc)


def _on_connect(policy: LockPolicy, database: str, dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling skips BEGIN before SELECT and DDL, which
    # breaks transactional migrations; SQLAlchemy emits BEGIN instead (_on_begin).
    dbapi_connection.isolation_level = None
    # The busy timeout first: switching a new database to WAL needs its lock.
    pragmas = (
        f"PRAGMA busy_timeout={policy.busy_timeout_ms}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA foreign_keys=ON",
    )
    when_locked(partial(_run_pragmas, dbapi_connection, pragmas), policy, database)


def _run_pragmas(dbapi_connection: Any, pragmas: tuple[str, ...]) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in pragmas:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(policy: LockPolicy, database: str, connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    when_locked(partial(connection.exec_driver_sql, f"BEGIN {mode}"), policy, database)
