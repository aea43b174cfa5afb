"""Cohorts: trainers group learners, assign scenarios and follow the work they may see.

Confidentiality lives here, not in the pages: a trainer reaches only their own cohorts and
their members, sees scores and metrics of assigned work only, and a transcript only when its
learner shared it. Every refusal about a record reads like a missing record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from coach.errors import CoachError, NotFoundError
from coach.models import Difficulty, SessionRecord
from coach.people.cohort_models import (
    AssignedWork,
    AssignmentRow,
    CohortRow,
    Invitation,
    LearnerAssignment,
    Member,
    SessionFacts,
    Status,
)
from coach.people.models import Role, Viewer
from coach.people.roles import require_staff
from coach.ports import CohortStore, SessionSource

ScenarioCheck = Callable[[str], object]  # raises ScenarioError for an unknown id


class CohortError(CoachError):
    """A cohort change cannot be made as asked."""


class UnknownAccountError(CohortError):
    """No account has the username given."""


class Cohorts:
    """Cohort use cases, each checking the viewer's role and ownership first."""

    def __init__(
        self,
        store: CohortStore,
        check_scenario: ScenarioCheck,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store, self._check_scenario, self._clock = store, check_scenario, clock

    def create_cohort(self, viewer: Viewer, name: str) -> CohortRow:
        require_staff(viewer)
        name = name.strip()
        if not name or len(name) > 128:
            raise CohortError("Give the cohort a name of 1-128 characters.")
        return self._own(viewer, self._store.create_cohort(name, viewer.id))

    def cohorts(self, viewer: Viewer) -> list[CohortRow]:
        """The viewer's own cohorts, oldest first."""
        require_staff(viewer)
        return self._store.cohorts_of_trainer(viewer.id)

    def members(self, viewer: Viewer, cohort_id: int) -> list[Member]:
        self._own(viewer, cohort_id)
        return self._store.members(cohort_id)

    def add_learner(self, viewer: Viewer, cohort_id: int, username: str) -> bool:
        """Invite an existing learner (an admin adds them at once); False if already in.

        A learner joins a trainer's cohort only by accepting, so no trainer can enrol someone
        and read what they shared with another trainer.
        """
        self._own(viewer, cohort_id)
        found = self._store.find_user(username.strip())
        if found is None:
            raise UnknownAccountError(
                f"No account {username.strip()!r}; check the spelling or create it."
            )
        if found.role != Role.LEARNER.value:
            raise CohortError(f"{found.username!r} is a {found.role}; only learners join cohorts.")
        accepted = self._clock() if viewer.role == Role.ADMIN else None
        return self._store.add_member(cohort_id, found.id, accepted)

    def invitations(self, viewer: Viewer) -> list[Invitation]:
        """The viewer's pending invitations to cohorts."""
        return self._store.invitations_of(viewer.id)

    def accept(self, viewer: Viewer, cohort_id: int) -> None:
        """Join a cohort the viewer was invited to."""
        if not self._store.accept_member(cohort_id, viewer.id, self._clock()):
            raise NotFoundError(f"No invitation to cohort {cohort_id}; nothing to accept.")

    def decline(self, viewer: Viewer, cohort_id: int) -> None:
        """Turn down an invitation (or leave the cohort)."""
        self._store.remove_member(cohort_id, viewer.id)

    def remove_learner(self, viewer: Viewer, cohort_id: int, user_id: int) -> None:
        self._own(viewer, cohort_id)
        self._store.remove_member(cohort_id, user_id)

    def assign(
        self,
        viewer: Viewer,
        cohort_id: int,
        scenario_id: str,
        difficulty: Difficulty,
        due_at: datetime | None,
    ) -> int:
        """Assign a scenario to everyone in the cohort; returns the assignment's id."""
        self._own(viewer, cohort_id)
        self._check_scenario(scenario_id)
        if due_at is not None and due_at < self._clock():
            raise CohortError("The due date is in the past; choose a later one.")
        return self._store.add_assignment(
            cohort_id, scenario_id, Difficulty(difficulty).value, due_at
        )

    def assignments(self, viewer: Viewer, cohort_id: int) -> list[AssignmentRow]:
        self._own(viewer, cohort_id)
        return self._store.assignments(cohort_id)

    def my_assignments(self, viewer: Viewer) -> list[LearnerAssignment]:
        """The viewer's own assignments with their status, soonest due first."""
        rows = self._store.assignments_of_learner(viewer.id)
        sessions = self._store.sessions_of([viewer.id], sorted({r.scenario_id for r in rows}))
        mine = [
            LearnerAssignment(assignment=row, status=status(row, _work_sessions(row, sessions)))
            for row in rows
        ]
        return sorted(mine, key=lambda a: (a.assignment.due_at is None, a.assignment.due_at))

    def work(self, viewer: Viewer, cohort_id: int) -> list[AssignedWork]:
        """Every member's work on every assignment of the cohort: status, score, metrics."""
        self._own(viewer, cohort_id)
        members = [
            m for m in self._store.members(cohort_id) if m.role == Role.LEARNER.value and m.accepted
        ]
        rows = self._store.assignments(cohort_id)
        sessions = self._store.sessions_of(
            [m.id for m in members], sorted({r.scenario_id for r in rows})
        )
        return [
            assigned_work(member, row, _work_sessions(row, sessions, member.id), viewer.id)
            for row in rows
            for member in members
        ]

    def shared_transcript(
        self, viewer: Viewer, session_id: int, sessions: SessionSource
    ) -> SessionRecord:
        """A cohort member's session, only if its learner shared it with their trainer."""
        require_staff(viewer)
        facts = self._store.session_facts(session_id)
        if (
            facts is None
            or viewer.id not in facts.readers  # named when the learner shared it
            or viewer.id not in self._store.trainers_of(facts.user_id)  # and still theirs
        ):
            raise NotFoundError(
                f"Transcript {session_id} is not shared with you; only learners can share it."
            )
        return sessions.get_session(session_id)

    def _own(self, viewer: Viewer, cohort_id: int) -> CohortRow:
        require_staff(viewer)
        cohort = self._store.cohort(cohort_id)
        if cohort is None or cohort.trainer_id != viewer.id:
            raise NotFoundError(f"Cohort {cohort_id} does not exist; pick one of your cohorts.")
        return cohort


def status(row: AssignmentRow, sessions: list[SessionFacts]) -> Status:
    """Done once a session of the scenario ended after the assignment; started: in progress."""
    if any(s.ended_at is not None for s in sessions):
        return Status.DONE
    return Status.IN_PROGRESS if sessions else Status.NOT_STARTED


def assigned_work(
    member: Member, row: AssignmentRow, sessions: list[SessionFacts], trainer_id: int
) -> AssignedWork:
    """The member's work on ``row``, from the latest ended session (else the latest started).

    ``shared`` says whether ``trainer_id`` may read that session's transcript.
    """
    ended = [s for s in sessions if s.ended_at is not None]
    chosen = max(ended or sessions, key=lambda s: (s.started_at, s.id), default=None)
    metrics = (chosen.critique or {}).get("metrics", {}) if chosen else {}
    return AssignedWork(
        learner_id=member.id,
        username=member.username,
        assignment=row,
        status=status(row, sessions),
        session_id=chosen.id if chosen else None,
        ended_at=chosen.ended_at if chosen else None,
        overall=chosen.overall if chosen else None,
        percent_open_questions=metrics.get("percent_open_questions"),
        reflection_to_question_ratio=metrics.get("reflection_to_question_ratio"),
        shared=bool(chosen and trainer_id in chosen.readers),
    )


def _work_sessions(
    row: AssignmentRow, sessions: list[SessionFacts], user_id: int | None = None
) -> list[SessionFacts]:
    """Sessions that count for ``row``: its scenario, started or ended since it was made."""
    return [
        s
        for s in sessions
        if s.scenario_id == row.scenario_id
        and (user_id is None or s.user_id == user_id)
        and (s.ended_at or s.started_at) >= row.created_at
    ]
