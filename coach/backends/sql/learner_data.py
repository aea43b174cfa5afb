"""The LearnerDataStore of coach.people.learner_data on SQLAlchemy: sharing and erasure."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import sessionmaker

from coach.backends.sql.engine import immediate
from coach.backends.sql.schema import (
    Cohort,
    CohortMember,
    Critique,
    PracticeSession,
    SessionShare,
    Turn,
    User,
)


class SqlLearnerData:
    """A learner's critiques, sharing choices and deletion, in the repository's database."""

    def __init__(self, engine: Engine) -> None:
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(immediate(engine), expire_on_commit=False)

    def latest_critiques(self, user_id: int) -> dict[int, dict[str, Any]]:
        """The newest critique body of each of the user's sessions, by session id."""
        latest: dict[int, dict[str, Any]] = {}
        for row in self._critique_rows(user_id):
            latest[row.session_id] = row.body  # rows come oldest first, so the newest wins
        return latest

    def critiques(self, user_id: int) -> list[dict[str, Any]]:
        """Every critique of the user's sessions, oldest first, with when and how it was made."""
        return [
            {
                "session_id": row.session_id,
                "created_at": row.created_at.isoformat(),
                "mode": row.mode,
                "overall": row.overall,
                "body": row.body,
            }
            for row in self._critique_rows(user_id)
        ]

    def readers(self, user_id: int) -> dict[int, list[str]]:
        """Each shared session of the user, with the trainers who may read it."""
        query = (
            select(SessionShare.session_id, User.username)
            .join(PracticeSession, PracticeSession.id == SessionShare.session_id)
            .join(User, User.id == SessionShare.trainer_id)
            .where(PracticeSession.user_id == user_id)
            .order_by(User.username)
        )
        found: dict[int, list[str]] = {}
        with self._reading.begin() as db:
            for session_id, username in db.execute(query):
                found.setdefault(session_id, []).append(username)
        return found

    def share(self, session_id: int, user_id: int, when: datetime) -> int:
        """Share with the trainers of the user's accepted cohorts as they are now."""
        trainers = (
            select(Cohort.trainer_id)
            .join(CohortMember, CohortMember.cohort_id == Cohort.id)
            .where(CohortMember.user_id == user_id, CohortMember.accepted_at.is_not(None))
            .distinct()
        )
        with self._writing.begin() as db:
            db.execute(delete(SessionShare).where(SessionShare.session_id == session_id))
            ids = list(db.scalars(trainers))
            db.add_all(
                SessionShare(session_id=session_id, trainer_id=t, shared_at=when) for t in ids
            )
            return len(ids)

    def unshare(self, session_id: int) -> None:
        with self._writing.begin() as db:
            db.execute(delete(SessionShare).where(SessionShare.session_id == session_id))

    def delete_sessions(self, user_id: int) -> int:
        """Delete the user's sessions with their turns and critiques; returns how many sessions."""
        with self._writing.begin() as db:
            ids = select(PracticeSession.id).where(PracticeSession.user_id == user_id)
            # Explicit deletes, not ON DELETE CASCADE: it needs foreign keys on, which not every
            # connection to a SQLite file has.
            db.execute(delete(Critique).where(Critique.session_id.in_(ids)))
            db.execute(delete(SessionShare).where(SessionShare.session_id.in_(ids)))
            db.execute(delete(Turn).where(Turn.session_id.in_(ids)))
            removed = db.connection().execute(
                delete(PracticeSession).where(PracticeSession.user_id == user_id)
            )
            return int(removed.rowcount or 0)

    def _critique_rows(self, user_id: int) -> list[Critique]:
        with self._reading.begin() as db:
            query = (
                select(Critique)
                .join(PracticeSession, PracticeSession.id == Critique.session_id)
                .where(PracticeSession.user_id == user_id)
                .order_by(Critique.id)
            )
            return list(db.scalars(query).all())
