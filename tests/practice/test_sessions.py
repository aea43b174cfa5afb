"""Practice use cases refuse every session that is not the viewer's, through the service API."""

from __future__ import annotations

import pytest

from coach.errors import CoachError, NotFoundError, ScenarioError
from coach.models import Difficulty, Mode, Speaker
from coach.people.models import Role, Viewer
from coach.services import CoachServices

SCENARIO = "giving-feedback"
PASSWORD = "correct horse battery"


def _people(services: CoachServices) -> tuple[Viewer, Viewer]:
    ada = services.accounts.create_user("ada", PASSWORD)
    bob = services.accounts.create_user("bob", PASSWORD)
    return ada, bob


def _session_of(services: CoachServices, viewer: Viewer) -> int:
    run = services.practice.start(viewer, SCENARIO, mode=Mode.OFFLINE, seed=1)
    list(run.say("What happened at the consultation, from your side?"))
    return run.session_id


def test_another_persons_session_is_refused_as_missing(services: CoachServices) -> None:
    ada, bob = _people(services)
    session_id = _session_of(services, ada)
    missing = 10_000
    with pytest.raises(NotFoundError) as absent:
        services.practice.resume(bob, missing)
    refusals = [
        lambda: services.practice.resume(bob, session_id),
        lambda: services.practice.undo(bob, session_id),
        lambda: services.practice.end(bob, session_id),
        lambda: services.critique_session(bob, session_id, offline=True),
        lambda: services.learner_data.set_shared(bob, session_id, True),
        lambda: services.learner_data.critique(bob, session_id),
    ]
    for refuse in refusals:
        with pytest.raises(NotFoundError) as refused:
            refuse()
        assert str(refused.value) == str(absent.value).replace(str(missing), str(session_id))
    stored = services.repository.get_session(session_id)
    assert stored.ended_at is None and len(stored.turns) == 3  # nothing changed


def test_the_owner_can_resume_undo_end_and_critique(services: CoachServices) -> None:
    ada, _ = _people(services)
    session_id = _session_of(services, ada)
    run = services.practice.undo(ada, session_id)
    assert [speaker for speaker, _ in run.history] == [Speaker.COUNTERPART]
    run = services.practice.resume(ada, session_id)
    list(run.say("It sounds like the evening did not go the way you hoped."))
    record = services.practice.end(ada, session_id)
    assert record.ended_at is not None
    assert services.critique_session(ada, session_id, offline=True).scenario == SCENARIO
    with pytest.raises(CoachError, match="has ended"):
        services.practice.resume(ada, session_id)
    with pytest.raises(CoachError, match="has ended"):
        services.practice.undo(ada, session_id)


def test_export_and_delete_reach_only_the_viewers_own_data(services: CoachServices) -> None:
    ada, bob = _people(services)
    mine, theirs = _session_of(services, ada), _session_of(services, bob)
    assert [s["id"] for s in services.learner_data.export(bob)["sessions"]] == [theirs]
    assert services.learner_data.delete_all(bob) == 1
    assert services.repository.get_session(mine).turns


def test_a_draft_on_trial_is_only_startable_by_its_author(services: CoachServices) -> None:
    ann = services.accounts.create_user("ann", PASSWORD, Role.TRAINER)
    lin = services.accounts.create_user("lin", PASSWORD)
    draft = services.studio.copy_as_new(ann, SCENARIO)
    run = services.try_out(ann, draft, Difficulty.EASY)
    with pytest.raises(ScenarioError, match="No scenario"):
        services.practice.start(lin, run.scenario.id)
