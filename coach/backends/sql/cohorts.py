"""The CohortStore of coach.people.cohort_models on SQLAlchemy: cohorts, members, assignments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session, sessionmaker

from coach.backends.sql.engine import immediate
from coach.backends.sql.schema import (
    Assignment,
    Cohort,
    CohortMember,
    Critique,
    PracticeSession,
    SessionShare,
    User,
    utc_now,
)
from coach.models import Difficulty
from coach.people.cohort_models import (
    AssignmentRow,
    CohortRow,
    Invitation,
    Member,
    SessionFacts,
)


class SqlCohortStore:
    """Cohorts and what the service layer needs to know about their members' sessions."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utc_now) -> None:
        self._clock = clock
        self._reading = sessionmaker(engine, expire_on_commit=False)
        self._writing = sessionmaker(immediate(engine), expire_on_commit=False)

    def create_cohort(self, name: str, trainer_id: int) -> int:
        with self._writing.begin() as db:
            row = Cohort(name=name, trainer_id=trainer_id, created_at=self._clock())
            db.add(row)
            db.flush()
            return row.id

    def cohorts_of_trainer(self, trainer_id: int) -> list[CohortRow]:
        with self._reading.begin() as db:
            rows = db.scalars(
                select(Cohort).where(Cohort.trainer_id == trainer_id).order_by(Cohort.id)
            )
            return [_cohort(row) for row in rows]

    def cohort(self, cohort_id: int) -> CohortRow | None:
        with self._reading.begin() as db:
            row = db.get(Cohort, cohort_id)
            return None if row is None else _cohort(row)

    def members(self, cohort_id: int) -> list[Member]:
        with self._reading.begin() as db:
            rows = db.execute(
                select(User, CohortMember.accepted_at)
                .join(CohortMember, CohortMember.user_id == User.id)
                .where(CohortMember.cohort_id == cohort_id)
                .order_by(User.username)
            )
            return [_member(user, accepted is not None) for user, accepted in rows]

    def find_user(self, username: str) -> Member | None:
        with self._reading.begin() as db:
            user = db.scalar(select(User).where(User.username == username))
            return None if user is None else _member(user)

    def add_member(self, cohort_id: int, user_id: int, accepted_at: datetime | None) -> bool:
        """Add the user to the cohort (pending without ``accepted_at``); False if already in."""
        with self._writing.begin() as db:
            if db.get(CohortMember, (cohort_id, user_id)) is not None:
                return False
            db.add(CohortMember(cohort_id=cohort_id, user_id=user_id, accepted_at=accepted_at))
            return True

    def accept_member(self, cohort_id: int, user_id: int, when: datetime) -> bool:
        with self._writing.begin() as db:
            row = db.get(CohortMember, (cohort_id, user_id))
            if row is None or row.accepted_at is not None:
                return False
            row.accepted_at = when
            return True

    def invitations_of(self, user_id: int) -> list[Invitation]:
        query = (
            select(Cohort.id, Cohort.name, User.username)
            .join(CohortMember, CohortMember.cohort_id == Cohort.id)
            .join(User, User.id == Cohort.trainer_id)
            .where(CohortMember.user_id == user_id, CohortMember.accepted_at.is_(None))
            .order_by(Cohort.id)
        )
        with self._reading.begin() as db:
            return [
                Invitation(cohort_id=cohort_id, cohort_name=name, trainer=trainer)
                for cohort_id, name, trainer in db.execute(query)
            ]

    def remove_member(self, cohort_id: int, user_id: int) -> None:
        with self._writing.begin() as db:
            db.execute(
                delete(CohortMember).where(
                    CohortMember.cohort_id == cohort_id, CohortMember.user_id == user_id
                )
            )

    def add_assignment(
        self, cohort_id: int, scenario_id: str, difficulty: str, due_at: datetime | None
    ) -> int:
        with self._writing.begin() as db:
            row = Assignment(
                cohort_id=cohort_id,
                scenario_id=scenario_id,
                difficulty=difficulty,
                due_at=due_at,
                created_at=self._clock(),
            )
            db.add(row)
            db.flush()
            return row.id

    def assignments(self, cohort_id: int) -> list[AssignmentRow]:
        with self._reading.begin() as db:
            return _assignments(db, Assignment.cohort_id == cohort_id)

    def assignments_of_learner(self, user_id: int) -> list[AssignmentRow]:
        with self._reading.begin() as db:
            cohorts = select(CohortMember.cohort_id).where(
                CohortMember.user_id == user_id, CohortMember.accepted_at.is_not(None)
            )
            return _assignments(db, Assignment.cohort_id.in_(cohorts))

    def sessions_of(self, user_ids: list[int], scenario_ids: list[str]) -> list[SessionFacts]:
        """The users' sessions of these scenarios, each with its latest critique."""
        if not user_ids or not scenario_ids:
            return []
        with self._reading.begin() as db:
            rows = db.scalars(
                select(PracticeSession).where(
                    PracticeSession.user_id.in_(user_ids),
                    PracticeSession.scenario_id.in_(scenario_ids),
                )
            ).all()
            ids = [row.id for row in rows]
            latest, readers = _latest_critiques(db, ids), _readers(db, ids)
            return [_facts(row, latest.get(row.id), readers.get(row.id)) for row in rows]

    def trainers_of(self, user_id: int) -> set[int]:
        """The trainers of every cohort the user is in."""
        with self._reading.begin() as db:
            found = db.scalars(
                select(Cohort.trainer_id)
                .join(CohortMember, CohortMember.cohort_id == Cohort.id)
                .where(CohortMember.user_id == user_id, CohortMember.accepted_at.is_not(None))
            )
            return set(found)

    def session_facts(self, session_id: int) -> SessionFacts | None:
        with self._reading.begin() as db:
            row = db.get(PracticeSession, session_id)
            if row is None:
                return None
            critique = _latest_critiques(db, [row.id]).get(row.id)
            return _facts(row, critique, _readers(db, [row.id]).get(row.id))


def _assignments(db: Session, condition: object) -> list[AssignmentRow]:
    query = (
        select(Assignment, Cohort.name)
        .join(Cohort, Cohort.id == Assignment.cohort_id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(Assignment.id)
    )
    return [_assignment(row, name) for row, name in db.execute(query)]


def _latest_critiques(db: Session, session_ids: list[int]) -> dict[int, Critique]:
    if not session_ids:
        return {}
    rows = db.scalars(
        select(Critique).where(Critique.session_id.in_(session_ids)).order_by(Critique.id)
    )
    return {row.session_id: row for row in rows}  # later ids overwrite earlier ones


def _readers(db: Session, session_ids: list[int]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    if session_ids:
        query = select(SessionShare.session_id, SessionShare.trainer_id).where(
            SessionShare.session_id.in_(session_ids)
        )
        for session_id, trainer_id in db.execute(query):
            found.setdefault(session_id, set()).add(trainer_id)
    return found


def _cohort(row: Cohort) -> CohortRow:
    return CohortRow(id=row.id, name=row.name, trainer_id=row.trainer_id, created_at=row.created_at)


def _member(user: User, accepted: bool = True) -> Member:
    return Member(id=user.id, username=user.username, role=user.role, accepted=accepted)


def _assignment(row: Assignment, cohort_name: str) -> AssignmentRow:
    return AssignmentRow(
        id=row.id,
        cohort_id=row.cohort_id,
        cohort_name=cohort_name,
        scenario_id=row.scenario_id,
        difficulty=Difficulty(row.difficulty),
        due_at=row.due_at,
        created_at=row.created_at,
    )


def _facts(
    row: PracticeSession, critique: Critique | None, readers: set[int] | None
) -> SessionFacts:
    return SessionFacts(
        id=row.id,
        user_id=row.user_id,
        scenario_id=row.scenario_id,
        started_at=row.started_at,
        ended_at=row.ended_at,
        readers=frozenset(readers or ()),
        overall=None if critique is None else critique.overall,
        critique=None if critique is None else critique.body,
    )
