"""A learner's data rights over a real SQLite database: only the owner reads, shares or deletes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.backends.sql.learner_data import SqlLearnerData
from coach.critique.models import Critique
from coach.errors import NotFoundError
from coach.models import Mode, SessionRecord, Speaker, TurnStatus
from coach.people.accounts import Accounts
from coach.people.learner_data import EXPORT_FORMAT, LearnerData
from coach.people.models import Role, Viewer
from coach.services import CoachServices
from coach.settings import Settings
from tests.critique_samples import sample_critique

PASSWORD = "a long enough secret"
SCENARIO = "giving-feedback"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class World:
    """Two learners with a session each, and the LearnerData service over them."""

    def __init__(self, tmp_path: Path) -> None:
        self.services = CoachServices(Settings(data_dir=tmp_path / "data", llm="offline"))
        self.accounts: Accounts = self.services.accounts
        self.ada = self.accounts.create_user("ada", PASSWORD)
        self.bob = self.accounts.create_user("bob", PASSWORD)
        tia = self.accounts.create_user("tia", PASSWORD, Role.TRAINER)
        cohort = self.services.cohorts.create_cohort(tia, "Tia's")
        self.services.cohorts.add_learner(tia, cohort.id, "ada")
        self.services.cohorts.accept(self.ada, cohort.id)
        self.critiqued: list[int] = []
        store = SqlLearnerData(self.services.repository.engine)
        self.data = LearnerData(self.accounts, store, self._critic, clock=lambda: NOW)
        self.ada_session = self._practise(self.ada, "What happened, from your side?")
        self.bob_session = self._practise(self.bob, "How did the evening go?")

    def _critic(self, record: SessionRecord) -> Critique:
        session_id = record.id
        self.critiqued.append(session_id)
        critique = sample_critique(overall=40 + session_id)
        body = critique.model_dump(mode="json")
        self.services.repository.save_critique(session_id, "offline", critique.overall, body)
        return critique

    def _practise(self, viewer: Viewer, text: str) -> int:
        run = self.services.practice.start(viewer, SCENARIO, mode=Mode.OFFLINE, seed=1)
        list(run.say(text))
        return self.services.practice.end(viewer, run.session_id).id


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def test_critique_is_computed_once_then_read_back(world: World) -> None:
    assert world.data.latest_critique(world.ada, world.ada_session) is None
    made = world.data.critique(world.ada, world.ada_session)
    stored = world.data.latest_critique(world.ada, world.ada_session)
    assert stored == made
    assert world.critiqued == [world.ada_session]


def test_only_the_owner_reads_critiques_or_shares(world: World) -> None:
    world.data.critique(world.ada, world.ada_session)
    with pytest.raises(NotFoundError):
        world.data.latest_critique(world.bob, world.ada_session)
    with pytest.raises(NotFoundError):
        world.data.critique(world.bob, world.ada_session)
    with pytest.raises(NotFoundError):
        world.data.set_shared(world.bob, world.ada_session, True)
    assert world.data.shared_sessions(world.ada) == set()


def test_sharing_is_off_by_default_and_toggles(world: World) -> None:
    assert world.data.shared_sessions(world.ada) == set()
    assert world.data.set_shared(world.bob, world.bob_session, True) == 0  # bob has no trainer
    assert world.data.shared_sessions(world.bob) == set()
    assert world.data.set_shared(world.ada, world.ada_session, True) == 1
    assert world.data.shared_sessions(world.ada) == {world.ada_session}
    assert world.data.shared_sessions(world.bob) == set()
    world.data.set_shared(world.ada, world.ada_session, False)
    assert world.data.shared_sessions(world.ada) == set()


def test_export_holds_own_sessions_turns_and_critiques_only(world: World) -> None:
    world.data.critique(world.ada, world.ada_session)
    world.data.critique(world.bob, world.bob_session)
    world.data.set_shared(world.ada, world.ada_session, True)
    exported = json.loads(world.data.export_json(world.ada))
    assert exported["format"] == EXPORT_FORMAT
    assert exported["exported_at"] == NOW.isoformat()
    assert [s["id"] for s in exported["sessions"]] == [world.ada_session]
    session = exported["sessions"][0]
    assert session["shared_with"] == ["tia"]
    assert [t["text"] for t in session["turns"]][1] == "What happened, from your side?"
    assert [c["session_id"] for c in exported["critiques"]] == [world.ada_session]
    assert exported["critiques"][0]["overall"] == 40 + world.ada_session


def test_export_keeps_interrupted_replies_apart_from_the_turns(world: World) -> None:
    repository, broken_off = world.services.repository, TurnStatus.INTERRUPTED
    repository.add_turn(world.ada_session, Speaker.COUNTERPART, "I he", status=broken_off)
    [session] = world.data.export(world.ada)["sessions"]
    assert "I he" not in [t["text"] for t in session["turns"]]
    [broken] = session["interrupted_replies"]
    assert (broken["text"], broken["status"]) == ("I he", "interrupted")


def test_delete_all_removes_own_data_and_keeps_others(world: World) -> None:
    world.data.critique(world.ada, world.ada_session)
    world.data.critique(world.bob, world.bob_session)
    assert world.data.delete_all(world.ada) == 1
    assert world.accounts.sessions_of(world.ada) == []
    assert world.data.export(world.ada)["critiques"] == []
    assert [r.id for r in world.accounts.sessions_of(world.bob)] == [world.bob_session]
    assert world.data.latest_critique(world.bob, world.bob_session) is not None
    assert world.accounts.authenticate("ada", PASSWORD).id == world.ada.id  # account kept


def test_progress_lists_critiqued_sessions(world: World) -> None:
    assert world.data.progress(world.ada) == []
    world.data.critique(world.ada, world.ada_session)
    points = world.data.progress(world.ada)
    assert [(p.session_id, p.overall) for p in points] == [
        (world.ada_session, 40 + world.ada_session)
    ]
