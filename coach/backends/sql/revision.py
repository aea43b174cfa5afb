"""Whether a database's schema is current, found without importing Alembic.

Every process checks this on start; Alembic and the migration scripts cost a second or more
to import on a busy machine, so they are loaded only when the schema is actually behind.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, text

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
