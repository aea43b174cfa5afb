"""SQLite under several writers: lock waits retried with backoff, then one clear sentence."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from coach.backends.sql.engine import create_engine_for, immediate
from coach.backends.sql.sqlite import LockPolicy, is_locked, when_locked
from coach.errors import CoachError

# Each attempt waits 50 ms for the lock; five attempts with pauses span about half a second.
FAST = LockPolicy(busy_timeout_ms=50, attempts=5, first_pause_s=0.05, longest_pause_s=0.2)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "coach.db"
    engine = create_engine_for(f"sqlite:///{path}")
    with engine.begin() as db:
        db.execute(text("CREATE TABLE notes (body TEXT)"))
    engine.dispose()
    return path


@pytest.fixture
def engine(database: Path) -> Iterator[Engine]:
    created = create_engine_for(f"sqlite:///{database}", FAST)
    yield created
    created.dispose()


def hold_write_lock(database: Path, seconds: float) -> threading.Thread:
    """Another connection takes the write lock now and keeps it for ``seconds``."""
    holder = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def release() -> None:
        time.sleep(seconds)
        holder.execute("COMMIT")
        holder.close()

    thread = threading.Thread(target=release)
    thread.start()
    return thread


def write_note(engine: Engine) -> None:
    with immediate(engine).begin() as db:
        db.execute(text("INSERT INTO notes VALUES ('x')"))


def test_a_writer_outwaits_a_lock_longer_than_its_busy_timeout(
    engine: Engine, database: Path
) -> None:
    holder = hold_write_lock(database, seconds=0.25)  # five busy timeouts
    write_note(engine)
    holder.join()
    with engine.connect() as db:
        assert db.execute(text("SELECT count(*) FROM notes")).scalar() == 1


def test_a_lock_that_never_frees_ends_in_one_sentence(engine: Engine, database: Path) -> None:
    holder = hold_write_lock(database, seconds=2.0)
    started = time.monotonic()
    with pytest.raises(CoachError) as refused:
        write_note(engine)
    waited = time.monotonic() - started
    holder.join()
    assert 0.25 <= waited < FAST.longest_wait_s() + 0.5
    message = str(refused.value)
    assert str(database) in message and "try again" in message and "\n" not in message


def test_other_database_errors_are_not_retried() -> None:
    calls: list[int] = []

    def broken() -> None:
        calls.append(1)
        raise sqlite3.OperationalError("no such table: notes")

    with pytest.raises(sqlite3.OperationalError):
        when_locked(broken, FAST, "coach.db")
    assert calls == [1]


def test_retries_stop_once_the_lock_comes() -> None:
    outcomes = iter([sqlite3.OperationalError("database is locked")] * 2 + [None])
    calls: list[int] = []

    def flaky() -> str:
        calls.append(1)
        error = next(outcomes)
        if error is not None:
            raise error
        return "written"

    assert when_locked(flaky, FAST, "coach.db") == "written"
    assert len(calls) == 3


def test_pauses_double_up_to_a_ceiling_with_jitter() -> None:
    policy = LockPolicy(first_pause_s=0.1, longest_pause_s=0.5)
    for attempt, ceiling in enumerate([0.1, 0.2, 0.4, 0.5, 0.5]):
        pauses = [policy.pause(attempt) for _ in range(50)]
        assert all(ceiling / 2 <= p <= ceiling for p in pauses)
    assert policy.longest_wait_s() == pytest.approx(6 * 5.0 + 0.1 + 0.2 + 0.4 + 0.5 + 0.5)


def test_locked_is_told_from_other_errors() -> None:
    assert is_locked(sqlite3.OperationalError("database is locked"))
    assert not is_locked(sqlite3.OperationalError("disk I/O error"))
