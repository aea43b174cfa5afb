"""Cohorts on a real SQLite database: ownership, assignments, status, work and transcripts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from coach.backends.sql.schema import PracticeSession
from coach.errors import NotFoundError, ScenarioError
from coach.models import Difficulty, Speaker
from coach.people.cohort_models import Status
from coach.people.cohorts import CohortError, Cohorts, UnknownAccountError
from coach.people.models import Role, Viewer
from coach.people.roles import AccessError
from coach.services import CoachServices
from coach.settings import Settings

PASSWORD = "a long enough secret"
SCENARIO = "giving-feedback"


@pytest.fixture
def services(tmp_path: Path) -> CoachServices:
    return CoachServices(Settings(data_dir=tmp_path, llm="offline"))


@pytest.fixture
def cohorts(services: CoachServices) -> Cohorts:
    return services.cohorts


def _person(services: CoachServices, name: str, role: Role = Role.LEARNER) -> Viewer:
    return services.accounts.create_user(name, PASSWORD, role)


def _session(services: CoachServices, learner: Viewer, *, end: bool, shared: bool = False) -> int:
    repo = services.repository
    session_id = repo.create_session(learner.id, SCENARIO, Difficulty.STANDARD, "offline")
    repo.add_turn(session_id, Speaker.LEARNER, "What matters most to you here?")
    if end:
        repo.end_session(session_id)
        metrics = {"percent_open_questions": 75.0, "reflection_to_question_ratio": 0.5}
        repo.save_critique(session_id, "offline", 64, {"metrics": metrics})
    if shared:
        with repo.engine.begin() as db:
            db.execute(
                update(PracticeSession)
                .where(PracticeSession.id == session_id)
                .values(shared_with_trainer=True)
            )
    return session_id


def test_learners_cannot_manage_cohorts(services: CoachServices, cohorts: Cohorts) -> None:
    learner = _person(services, "lin")
    with pytest.raises(AccessError):
        cohorts.create_cohort(learner, "Spring")
    with pytest.raises(AccessError):
        cohorts.cohorts(learner)


def test_a_trainer_cannot_see_another_trainers_cohort(
    services: CoachServices, cohorts: Cohorts
) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    bob = _person(services, "bob", Role.TRAINER)
    _person(services, "lin")
    spring = cohorts.create_cohort(ann, "Spring")
    cohorts.add_learner(ann, spring.id, "lin")
    assert [c.name for c in cohorts.cohorts(ann)] == ["Spring"]
    assert cohorts.cohorts(bob) == []
    for attempt in (
        lambda: cohorts.members(bob, spring.id),
        lambda: cohorts.work(bob, spring.id),
        lambda: cohorts.add_learner(bob, spring.id, "lin"),
        lambda: cohorts.assign(bob, spring.id, SCENARIO, Difficulty.EASY, None),
    ):
        with pytest.raises(NotFoundError, match="does not exist"):
            attempt()


def test_only_existing_learners_join_once(services: CoachServices, cohorts: Cohorts) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    _person(services, "lin")
    _person(services, "tom", Role.TRAINER)
    cohort = cohorts.create_cohort(ann, "Spring")
    assert cohorts.add_learner(ann, cohort.id, "lin") is True
    assert cohorts.add_learner(ann, cohort.id, " lin ") is False
    with pytest.raises(UnknownAccountError, match="'nobody'"):
        cohorts.add_learner(ann, cohort.id, "nobody")
    with pytest.raises(CohortError, match="only learners"):
        cohorts.add_learner(ann, cohort.id, "tom")
    assert [m.username for m in cohorts.members(ann, cohort.id)] == ["lin"]


def test_assign_checks_scenario_and_due_date(services: CoachServices, cohorts: Cohorts) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    cohort = cohorts.create_cohort(ann, "Spring")
    with pytest.raises(ScenarioError):
        cohorts.assign(ann, cohort.id, "no-such-scenario", Difficulty.EASY, None)
    with pytest.raises(CohortError, match="past"):
        cohorts.assign(ann, cohort.id, SCENARIO, Difficulty.EASY, datetime(2000, 1, 1, tzinfo=UTC))
    due = datetime.now(UTC) + timedelta(days=7)
    cohorts.assign(ann, cohort.id, SCENARIO, Difficulty.HARD, due)
    (row,) = cohorts.assignments(ann, cohort.id)
    assert (row.scenario_id, row.difficulty, row.cohort_name) == (SCENARIO, "hard", "Spring")
    assert abs(row.due_at - due) < timedelta(seconds=1) if row.due_at else False


def test_learner_status_moves_from_not_started_to_done(
    services: CoachServices, cohorts: Cohorts
) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    lin = _person(services, "lin")
    _session(services, lin, end=True)  # before the assignment: does not count
    cohort = cohorts.create_cohort(ann, "Spring")
    cohorts.add_learner(ann, cohort.id, "lin")
    cohorts.assign(ann, cohort.id, SCENARIO, Difficulty.STANDARD, None)
    assert [a.status for a in cohorts.my_assignments(lin)] == [Status.NOT_STARTED]
    session_id = _session(services, lin, end=False)
    assert [a.status for a in cohorts.my_assignments(lin)] == [Status.IN_PROGRESS]
    services.repository.end_session(session_id)
    assert [a.status for a in cohorts.my_assignments(lin)] == [Status.DONE]


def test_work_shows_scores_and_metrics_of_assigned_work_only(
    services: CoachServices, cohorts: Cohorts
) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    lin, max_ = _person(services, "lin"), _person(services, "max")
    cohort = cohorts.create_cohort(ann, "Spring")
    cohorts.add_learner(ann, cohort.id, "lin")
    cohorts.add_learner(ann, cohort.id, "max")
    cohorts.assign(ann, cohort.id, SCENARIO, Difficulty.STANDARD, None)
    _session(services, lin, end=True)
    repo = services.repository
    other = repo.create_session(max_.id, "asking-for-help", Difficulty.STANDARD, "offline")
    repo.end_session(other)  # not assigned: the trainer must not see it
    work = {w.username: w for w in cohorts.work(ann, cohort.id)}
    assert work["lin"].status is Status.DONE and work["lin"].overall == 64
    assert work["lin"].percent_open_questions == 75.0
    assert work["max"].status is Status.NOT_STARTED and work["max"].session_id is None


def test_transcript_only_when_shared_with_this_trainer(
    services: CoachServices, cohorts: Cohorts
) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    bob = _person(services, "bob", Role.TRAINER)
    lin = _person(services, "lin")
    cohort = cohorts.create_cohort(ann, "Spring")
    cohorts.add_learner(ann, cohort.id, "lin")
    private = _session(services, lin, end=True)
    shared = _session(services, lin, end=True, shared=True)
    repo = services.repository
    with pytest.raises(NotFoundError, match="not shared"):
        cohorts.shared_transcript(ann, private, repo)
    with pytest.raises(NotFoundError, match="not shared"):
        cohorts.shared_transcript(bob, shared, repo)  # shared, but not his learner
    with pytest.raises(NotFoundError, match="not shared"):
        cohorts.shared_transcript(ann, 9999, repo)
    record = cohorts.shared_transcript(ann, shared, repo)
    assert record.id == shared and record.turns[0].text.startswith("What matters")


def test_removed_learner_drops_out_of_the_trainers_view(
    services: CoachServices, cohorts: Cohorts
) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    lin = _person(services, "lin")
    cohort = cohorts.create_cohort(ann, "Spring")
    cohorts.add_learner(ann, cohort.id, "lin")
    shared = _session(services, lin, end=True, shared=True)
    cohorts.remove_learner(ann, cohort.id, lin.id)
    assert cohorts.members(ann, cohort.id) == []
    with pytest.raises(NotFoundError):
        cohorts.shared_transcript(ann, shared, services.repository)
