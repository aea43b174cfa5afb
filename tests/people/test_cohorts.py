"""Cohorts on a real SQLite database: ownership, assignments, status, work and transcripts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

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
        services.learner_data.set_shared(learner, session_id, True)
    return session_id


def _join(cohorts: Cohorts, trainer: Viewer, cohort_id: int, learner: Viewer) -> None:
    """The trainer invites the learner, who accepts."""
    cohorts.add_learner(trainer, cohort_id, learner.username)
    cohorts.accept(learner, cohort_id)


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
    _join(cohorts, ann, cohort.id, lin)
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
    _join(cohorts, ann, cohort.id, lin)
    _join(cohorts, ann, cohort.id, max_)
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
    _join(cohorts, ann, cohort.id, lin)
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
    _join(cohorts, ann, cohort.id, lin)
    shared = _session(services, lin, end=True, shared=True)
    cohorts.remove_learner(ann, cohort.id, lin.id)
    assert cohorts.members(ann, cohort.id) == []
    with pytest.raises(NotFoundError):
        cohorts.shared_transcript(ann, shared, services.repository)


def test_a_learner_joins_only_by_accepting(services: CoachServices, cohorts: Cohorts) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    lin = _person(services, "lin")
    cohort = cohorts.create_cohort(ann, "Spring")
    cohorts.add_learner(ann, cohort.id, "lin")
    cohorts.assign(ann, cohort.id, SCENARIO, Difficulty.STANDARD, None)
    assert [m.accepted for m in cohorts.members(ann, cohort.id)] == [False]
    assert cohorts.my_assignments(lin) == [] and cohorts.work(ann, cohort.id) == []
    assert [i.cohort_name for i in cohorts.invitations(lin)] == ["Spring"]
    cohorts.accept(lin, cohort.id)
    assert cohorts.invitations(lin) == [] and len(cohorts.my_assignments(lin)) == 1
    with pytest.raises(NotFoundError):
        cohorts.accept(lin, cohort.id)  # nothing pending any more


def test_an_admin_adds_a_learner_directly(services: CoachServices, cohorts: Cohorts) -> None:
    root = _person(services, "root", Role.ADMIN)
    _person(services, "lin")
    cohort = cohorts.create_cohort(root, "Spring")
    cohorts.add_learner(root, cohort.id, "lin")
    assert [m.accepted for m in cohorts.members(root, cohort.id)] == [True]


def test_a_later_trainer_cannot_read_what_was_shared_with_another(
    services: CoachServices, cohorts: Cohorts
) -> None:
    ann = _person(services, "ann", Role.TRAINER)
    bob = _person(services, "bob", Role.TRAINER)
    lin = _person(services, "lin")
    _join(cohorts, ann, cohorts.create_cohort(ann, "Ann's").id, lin)
    shared = _session(services, lin, end=True, shared=True)
    bobs = cohorts.create_cohort(bob, "Bob's")
    cohorts.add_learner(bob, bobs.id, "lin")  # enrolled without asking: only an invitation
    with pytest.raises(NotFoundError, match="not shared"):
        cohorts.shared_transcript(bob, shared, services.repository)
    cohorts.accept(lin, bobs.id)  # even once lin accepts, the old share names only ann
    with pytest.raises(NotFoundError, match="not shared"):
        cohorts.shared_transcript(bob, shared, services.repository)
    assert services.learner_data.readers(lin) == {shared: ["ann"]}
    assert cohorts.shared_transcript(ann, shared, services.repository).id == shared
