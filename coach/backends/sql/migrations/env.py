"""Alembic environment for the coach database.

At run time ``upgrade_engine`` hands over an open connection in
``config.attributes["connection"]``; from the command line (``alembic upgrade head``
with the top-level alembic.ini) the URL comes from ``sqlalchemy.url`` or the settings.
"""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from coach.backends.sql.engine import create_engine_for
from coach.backends.sql.schema import Base, UtcDateTime
from coach.settings import Settings

config = context.config
target_metadata = Base.metadata
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def database_url() -> str:
    """The URL to migrate when no connection was handed over."""
    return config.get_main_option("sqlalchemy.url") or Settings().resolved_database_url


def render_item(kind: str, item: Any, _context: AutogenContext) -> str | Literal[False]:
    """Render UtcDateTime as a plain timestamp so generated revisions do not import the models."""
    if kind == "type" and isinstance(item, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_on(connection: Connection) -> None:
    """Run the pending migrations on ``connection``."""
    # Batch mode lets later migrations alter SQLite tables, which lack most ALTER forms.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Migrate the handed-over connection, or a fresh one to the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_engine_for(database_url())
    try:
        with engine.connect() as fresh:
            run_on(fresh)
    finally:
        engine.dispose()


def run_offline() -> None:
    """Emit the migrations as SQL text (``alembic upgrade head --sql``)."""
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
