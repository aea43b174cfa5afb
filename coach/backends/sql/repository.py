"""The Repository port on SQLAlchemy: a SQLite file by default, or any URL (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session, sessionmaker, undefer

from coach.backends.sql.engine import (
    create_engine_for,
    immediate,
    upgrade_database,
    upgrade_engine,
)
from coach.backends.sql.records import session_record, turn_columns
from coach.backends.sql.schema import ROLES, Critique, PracticeSession, Turn, User, utc_now
from coach.errors import NotFoundError, session_not_found
from coach.models import (
    Act,
    Difficulty,
    Mode,
    PersonaState,
    Reaction,
    Recording,
    SessionRecord,
    Speaker,
    Speech,
    TurnStatus,
    Usage,
)

__all__ = ["SqlRepository", "create_engine_for", "open_repository", "upgrade_database", "utc_now"]


def open_repository(url: str, clock: Callable[[], datetime] = utc_now) -> SqlRepository:
    """A repository on ``url``; its folder and schema are created or migrated as needed."""
    return SqlRepository(create_engine_for(url), clock)


class SqlRepository:
    """Users, practice sessions, turns and critiques in a SQL database.

    Opening one migrates the database to the newest schema, so a fresh data dir just works.
    """

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utc_now) -> None:
        upgrade_engine(engine)
        self._engine = engine
        self._clock = clock
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(immediate(engine), expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        """The engine, for other stores that share this database."""
        return self._engine

    def ensure_user(self, username: str, role: str = "learner") -> int:
        """The id of the user called ``username``, created (without password) if absent."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, not {role!r}")
        with self._writing.begin() as db:
            user_id = db.scalar(select(User.id).where(User.username == username))
            if user_id is None:
                user = User(username=username, role=role, created_at=self._clock())
                db.add(user)
                db.flush()
                user_id = user.id
            return user_id

    def create_session(
        self, user_id: int, scenario_id: str, difficulty: Difficulty, mode: Mode
    ) -> int:
        """Start a practice session and return its id."""
        with self._writing.begin() as db:
            _require_user(db, user_id)
            row = PracticeSession(
                user_id=user_id,
                scenario_id=scenario_id,
                difficulty=Difficulty(difficulty).value,
                mode=mode,
                started_at=self._clock(),
            )
            db.add(row)
            db.flush()
            return row.id

    def add_turn(
        self,
        session_id: int,
        speaker: Speaker,
        text: str,
        *,
        acts: Sequence[Act] | None = None,
        persona_state: PersonaState | None = None,
        reaction: Reaction | None = None,
        usage: Usage | None = None,
        status: TurnStatus = TurnStatus.COMPLETE,
        speech: Speech | None = None,
        recording: Recording | None = None,
    ) -> int:
        """Append a turn, committed before returning; returns its 0-based index in storage.

        An interrupted reply is stored too, but never read back as part of the conversation.
        """
        columns = turn_columns(speaker, text, acts, persona_state, reaction, usage, status, speech)
        if recording is not None:
            columns.update(audio=recording.audio, audio_type=recording.media_type)
        with self._writing.begin() as db:
            _require_session(db, session_id, lock=True)
            index = db.scalar(
                select(func.coalesce(func.max(Turn.index) + 1, 0)).where(
                    Turn.session_id == session_id
                )
            )
            db.add(Turn(session_id=session_id, index=index, created_at=self._clock(), **columns))
        return int(index or 0)

    def get_session(self, session_id: int) -> SessionRecord:
        """The session with its turns in order; raises NotFoundError if absent."""
        with self._reading.begin() as db:
            row = _require_session(db, session_id)
            turns = db.scalars(
                select(Turn).where(Turn.session_id == session_id).order_by(Turn.index)
            ).all()
            return session_record(row, turns)

    def end_session(self, session_id: int) -> None:
        """Mark the session ended now; ending it again keeps the first end time."""
        with self._writing.begin() as db:
            row = _require_session(db, session_id, lock=True)
            if row.ended_at is None:
                row.ended_at = self._clock()

    def list_sessions(self, user_id: int) -> list[SessionRecord]:
        """The user's sessions, newest first, without their turns."""
        with self._reading.begin() as db:
            _require_user(db, user_id)
            rows = db.scalars(
                select(PracticeSession)
                .where(PracticeSession.user_id == user_id)
                .order_by(PracticeSession.started_at.desc(), PracticeSession.id.desc())
            ).all()
            return [session_record(row) for row in rows]

    def delete_last_exchange(self, session_id: int) -> int:
        """Remove the last learner turn and every turn after it; returns how many were removed."""
        with self._writing.begin() as db:
            _require_session(db, session_id, lock=True)
            last = db.scalar(
                select(func.max(Turn.index)).where(
                    Turn.session_id == session_id, Turn.speaker == Speaker.LEARNER.value
                )
            )
            if last is None:
                return 0
            removed = db.connection().execute(
                delete(Turn).where(Turn.session_id == session_id, Turn.index >= last)
            )
            return removed.rowcount

    def set_reply_speech(self, session_id: int, speech: Speech) -> bool:
        """Record how long the last reply took read aloud; False if the last turn is not one."""
        with self._writing.begin() as db:
            _require_session(db, session_id, lock=True)
            last = db.scalars(
                select(Turn)
                .where(Turn.session_id == session_id)
                .order_by(Turn.index.desc())
                .limit(1)
            ).first()
            if last is None or last.speaker != Speaker.COUNTERPART.value:
                return False
            last.speech = speech.model_dump(mode="json")
            return True

    def recording(self, session_id: int, index: int) -> Recording | None:
        """The kept recording of the turn stored at ``index``, if the learner kept one."""
        with self._reading.begin() as db:
            row = db.scalars(
                select(Turn)
                .options(undefer(Turn.audio))
                .where(Turn.session_id == session_id, Turn.index == index)
            ).first()
            if row is None or row.audio is None:
                return None
            return Recording(audio=row.audio, media_type=row.audio_type or "audio/wav")

    def save_critique(self, session_id: int, mode: Mode, overall: int, body: dict[str, Any]) -> int:
        """Store a critique of the session and return its id."""
        with self._writing.begin() as db:
            _require_session(db, session_id)
            row = Critique(
                session_id=session_id,
                mode=mode,
                overall=overall,
                body=body,
                created_at=self._clock(),
            )
            db.add(row)
            db.flush()
            return row.id

    def latest_critique(self, session_id: int) -> dict[str, Any] | None:
        """The body of the session's most recently saved critique, or None if it has none."""
        with self._reading.begin() as db:
            _require_session(db, session_id)
            return db.scalar(
                select(Critique.body)
                .where(Critique.session_id == session_id)
                .order_by(Critique.id.desc())
                .limit(1)
            )


def _require_user(db: Session, user_id: int) -> User:
    user = db.get(User, user_id)
    if user is None:
        raise NotFoundError(f"User {user_id} does not exist; sign in again to continue.")
    return user


def _require_session(db: Session, session_id: int, *, lock: bool = False) -> PracticeSession:
    # The row lock serialises writers of one session on PostgreSQL; SQLite ignores it
    # because its IMMEDIATE transactions already hold the database write lock.
    row = db.get(PracticeSession, session_id, with_for_update=lock)
    if row is None:
        raise session_not_found(session_id)
    return row
