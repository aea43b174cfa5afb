"""Database housekeeping for admins: row counts, a password-free URL, deleting old sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, delete, func, make_url, select
from sqlalchemy.exc import ArgumentError

from coach.backends.sql.engine import immediate
from coach.backends.sql.schema import Base, Critique, PracticeSession, Turn


def table_counts(engine: Engine) -> dict[str, int]:
    """How many rows each table of the schema holds."""
    with engine.connect() as db:
        return {
            name: int(db.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in sorted(Base.metadata.tables.items())
        }


def masked_url(url: str) -> str:
    """The database URL with any password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unreadable database URL)"


def delete_sessions_started_before(engine: Engine, cutoff: datetime) -> int:
    """Delete sessions started before ``cutoff`` with their turns and critiques; how many."""
    old = select(PracticeSession.id).where(PracticeSession.started_at < cutoff)
    with immediate(engine).begin() as db:
        # Children first: the same statements work whether or not the database cascades.
        db.execute(delete(Turn).where(Turn.session_id.in_(old)))
        db.execute(delete(Critique).where(Critique.session_id.in_(old)))
        removed = db.execute(delete(PracticeSession).where(PracticeSession.started_at < cutoff))
        return int(removed.rowcount or 0)


class SqlAdminStore:
    """The AdminStore port over one database."""

    def __init__(self, engine: Engine, url: str) -> None:
        self._engine, self._url = engine, url

    def masked_url(self) -> str:
        return masked_url(self._url)

    def table_counts(self) -> dict[str, int]:
        return table_counts(self._engine)

    def delete_sessions_started_before(self, cutoff: datetime) -> int:
        return delete_sessions_started_before(self._engine, cutoff)
