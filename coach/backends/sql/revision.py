"""Whether a database's schema is current, found without importing Alembic.

Every process checks this on start; Alembic and the migration scripts cost a second or more
to import on a busy machine, so they are loaded only when the schema is actually behind.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    inspect,
    text,
)

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
VERSION_TABLE = "alembic_version"
_REVISION = re.compile(r"^revision\b[^=\n]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_REVISES = re.compile(r"^down_revision\b[^=\n]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


@cache
def shipped_head(versions_dir: Path = VERSIONS_DIR) -> str | None:
    """The newest shipped revision, read from the scripts' text; None if there is not one."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for script in versions_dir.glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(source))
        revised.update(_REVISES.findall(source))
    heads = revisions - revised
    # Branches or a merge (a tuple of parents) are Alembic's to resolve.
    return heads.pop() if len(heads) == 1 else None


def stored_revision(engine: Engine) -> str | None:
    """The revision the database records, or None for a database never migrated."""
    with engine.connect() as connection:
        if not engine.dialect.has_table(connection, VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
        versions = list(rows)
    return versions[0] if len(versions) == 1 else None


def is_current(engine: Engine) -> bool:
    """Whether the database is at the newest shipped revision (nothing to migrate)."""
    head = shipped_head()
    return head is not None and stored_revision(engine) == head


def create_at_head(connection: Connection) -> bool:
    """Create an empty database's tables from the models, recorded at the newest revision.

    Returns False, changing nothing, when the database has any table already or the shipped
    head cannot be read without Alembic; migrating is then Alembic's job.
    """
    from coach.backends.sql.schema import Base

    head = shipped_head()
    if head is None or inspect(connection).get_table_names():
        return False
    Base.metadata.create_all(connection)
    versions = _version_table()
    versions.create(connection)
    connection.execute(versions.insert().values(version_num=head))
    return True


def _version_table() -> Table:
    """The table Alembic records the revision in, as Alembic itself creates it."""
    return Table(
        VERSION_TABLE,
        MetaData(),
        Column("version_num", String(32), nullable=False),
        PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
    )
