"""Fixtures the people tests share: a real SQLite file with the app's schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.backends.sql.accounts import SqlAccountStore
from coach.backends.sql.repository import SqlRepository, open_repository


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[SqlRepository]:
    repository = open_repository(f"sqlite:///{tmp_path / 'coach.db'}")
    yield repository
    repository.engine.dispose()


@pytest.fixture
def store(repo: SqlRepository) -> SqlAccountStore:
    return SqlAccountStore(repo.engine)
