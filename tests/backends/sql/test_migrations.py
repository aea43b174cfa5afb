"""The shipped Alembic migrations: fresh databases, idempotence, and agreement with the models."""

from __future__ import annotations

import io
import logging.config
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from coach.backends.sql.engine import (
    alembic_config,
    create_engine_for,
    head_revision,
    upgrade_database,
)
from coach.backends.sql.repository import SqlRepository, open_repository
from coach.backends.sql.schema import Base
from coach.models import Difficulty
from tests.paths import REPO

REPO_ROOT = REPO


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'fresh' / 'nested' / 'coach.db'}"


@pytest.fixture
def engine(url: str) -> Iterator[Engine]:
    upgrade_database(url)
    created = create_engine_for(url)
    yield created
    created.dispose()


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _schema_sql(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT sql FROM sqlite_master ORDER BY name"))
        return [row for row in rows.scalars() if row is not None]


def _schema_diff(engine: Engine) -> list[Any]:
    with engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)


def test_fresh_data_dir_is_created_and_migrated_to_head(url: str, tmp_path: Path) -> None:
    assert not (tmp_path / "fresh").exists()
    upgrade_database(url)
    assert (tmp_path / "fresh" / "nested" / "coach.db").is_file()
    engine = create_engine_for(url)
    assert _current_revision(engine) == head_revision()
    assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
    engine.dispose()


def test_opening_a_repository_on_a_fresh_dir_just_works(tmp_path: Path) -> None:
    repo = SqlRepository(create_engine_for(f"sqlite:///{tmp_path / 'new-home' / 'coach.db'}"))
    session_id = repo.create_session(repo.ensure_user("ada"), "s", Difficulty.EASY, "offline")
    assert repo.get_session(session_id).turns == []
    assert _current_revision(repo.engine) == head_revision()
    repo.engine.dispose()


def test_open_repository_migrates_an_in_memory_database() -> None:
    repo = open_repository("sqlite://")
    assert repo.list_sessions(repo.ensure_user("ada")) == []


def test_migrating_twice_is_a_no_op(engine: Engine, url: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO users (username, role, created_at) VALUES ('ada', 'learner', :t)"),
            {"t": "2030-01-01 00:00:00"},
        )
    schema_before = _schema_sql(engine)
    upgrade_database(url)
    assert _schema_sql(engine) == schema_before
    assert _current_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT username FROM users")).scalars().all() == ["ada"]


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    assert _schema_diff(engine) == []


def test_schema_comparison_notices_a_missing_index(engine: Engine) -> None:
    # Guards the test above: the comparison must actually look at what migrations built.
    with engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_critiques_session_id"))
    assert [op[0] for op in _schema_diff(engine)] == ["add_index"]


def test_downgrade_to_base_removes_every_table(engine: Engine) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert inspect(engine).get_table_names() == ["alembic_version"]


def test_migrations_render_for_postgresql_offline() -> None:
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", "postgresql://coach@localhost/coach")
    config.output_buffer = io.StringIO()
    command.upgrade(config, "head", sql=True)
    sql = config.output_buffer.getvalue()
    assert "TIMESTAMP WITH TIME ZONE" in sql
    assert "DEFAULT false" in sql
    assert "CREATE TABLE turns" in sql


def test_developer_alembic_ini_points_at_the_shipped_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The ini's logging sections would otherwise reconfigure logging for the whole test run.
    monkeypatch.setattr(logging.config, "fileConfig", lambda *args, **kwargs: None)
    url = f"sqlite:///{tmp_path / 'dev.db'}"
    config = Config(REPO_ROOT / "alembic.ini")
    config.set_main_option("sqlalchemy.url", url)
    command.upgrade(config, "head")
    engine = create_engine_for(url)
    assert _current_revision(engine) == head_revision()
    assert _schema_diff(engine) == []
    engine.dispose()
