"""Engines for a database URL, and bringing its schema up to date with the shipped migrations.

Starting processes check the stored revision with one plain query; an empty database is
created from the models and stamped with the newest revision (the models and the migrations
are tested to agree), and only a database that is behind imports Alembic and migrates, one
process at a time: SQLite under a file lock beside
the database (in the data folder), PostgreSQL under an advisory lock held by the migrating
transaction, which also covers processes on other machines.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, text

from coach.backends.file_lock import file_lock
from coach.backends.sql.revision import create_at_head, is_current
from coach.backends.sql.sqlite import BEGIN_OPTION, LockPolicy, prepare_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_POLICY = LockPolicy()
BUSY_TIMEOUT_MS = DEFAULT_POLICY.busy_timeout_ms
MIGRATION_LOCK_SUFFIX = ".migration.lock"
# Any fixed number: every coach process asks PostgreSQL for the same advisory lock.
PG_MIGRATION_LOCK = 7_152_201


def create_engine_for(url: str, policy: LockPolicy = DEFAULT_POLICY) -> Engine:
    """An engine for ``url``; SQLite gets its folder, WAL, foreign keys and lock retries."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        prepare_sqlite(engine, policy)
    return engine


def immediate(engine: Engine) -> Engine:
    """The same engine, but SQLite transactions take the write lock when they begin.

    Transactions that read and then write (the next turn index, a migration) would
    otherwise fail at once with "database is locked" instead of waiting their turn.
    """
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the shipped migrations, optionally bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration's revision id, as Alembic reads it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the shipped migrations have no head"
    return head


def upgrade_database(url: str) -> None:
    """Create or migrate the database at ``url`` to the newest schema (``alembic upgrade head``)."""
    engine = create_engine_for(url)
    try:
        upgrade_engine(engine)
    finally:
        engine.dispose()


def upgrade_engine(engine: Engine) -> None:
    """Migrate the database behind ``engine`` to the newest schema, unless it is there already."""
    if is_current(engine):
        return
    with _migration_lock(engine):
        if not is_current(engine):  # another process may have migrated while this one waited
            _migrate(engine)


def migration_lock_path(engine: Engine) -> Path | None:
    """The file that serialises migrations of a SQLite file; None for other databases."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):  # a URI: no plain path to put the lock beside
        return None
    return Path(database).with_name(Path(database).name + MIGRATION_LOCK_SUFFIX)


def _migration_lock(engine: Engine) -> contextlib.AbstractContextManager[None]:
    path = migration_lock_path(engine)
    if path is None:
        return contextlib.nullcontext()
    return file_lock(path, "the database migration")


def _migrate(engine: Engine) -> None:
    with immediate(engine).begin() as connection:
        if connection.dialect.name == "postgresql":
            # Held until this transaction ends; Alembic reads the version after the wait.
            lock = text("SELECT pg_advisory_xact_lock(:key)")
            connection.execute(lock, {"key": PG_MIGRATION_LOCK})
        if create_at_head(connection):
            return  # an empty database: made from the models, no Alembic needed
        from alembic import command

        command.upgrade(alembic_config(connection), "head")
