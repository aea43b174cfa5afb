"""Start-up migrations: one process at a time, and no lock at all when the schema is current."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.backends import file_lock as file_lock_module
from coach.backends.file_lock import file_lock
from coach.backends.sql.engine import (
    create_engine_for,
    migration_lock_path,
    upgrade_database,
    upgrade_engine,
)
from coach.backends.sql.revision import is_current
from coach.errors import CoachError


def test_the_migration_lock_lies_beside_the_sqlite_file(tmp_path: Path) -> None:
    engine = create_engine_for(f"sqlite:///{tmp_path / 'coach.db'}")
    assert migration_lock_path(engine) == tmp_path / "coach.db.migration.lock"
    assert migration_lock_path(create_engine_for("sqlite://")) is None


def test_a_behind_database_waits_for_the_process_that_is_migrating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_lock_module, "WAIT_S", 0.2)
    engine = create_engine_for(f"sqlite:///{tmp_path / 'coach.db'}")
    lock = migration_lock_path(engine)
    assert lock is not None
    with file_lock(lock, "a migration elsewhere"), pytest.raises(CoachError) as refused:
        upgrade_engine(engine)
    assert "the database migration" in str(refused.value)
    assert not is_current(engine)
    engine.dispose()


def test_a_current_database_starts_without_taking_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_lock_module, "WAIT_S", 0.2)
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    upgrade_database(url)
    engine = create_engine_for(url)
    lock = migration_lock_path(engine)
    assert lock is not None
    with file_lock(lock, "a migration elsewhere"):
        upgrade_engine(engine)  # would time out if it waited for the lock
    engine.dispose()
