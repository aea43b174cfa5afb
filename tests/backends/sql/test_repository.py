"""SqlRepository on a real SQLite file: connection setup, round trips, commits, deletions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from coach.backends.sql.engine import BUSY_TIMEOUT_MS
from coach.backends.sql.repository import SqlRepository, create_engine_for, open_repository
from coach.errors import NotFoundError
from coach.models import (
    Act,
    Difficulty,
    PersonaState,
    Reaction,
    Speaker,
    TurnRecord,
    TurnStatus,
    Usage,
)

START = datetime(2030, 5, 17, 9, 0, tzinfo=UTC)


class SteppingClock:
    """A clock that moves one minute per reading and remembers what it returned."""

    def __init__(self, start: datetime = START) -> None:
        self.readings: list[datetime] = []
        self._next = start

    def __call__(self) -> datetime:
        now, self._next = self._next, self._next + timedelta(minutes=1)
        self.readings.append(now)
        return now


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "coach.db"


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def repo(db_path: Path, clock: SteppingClock) -> Iterator[SqlRepository]:
    repository = open_repository(f"sqlite:///{db_path}", clock)
    yield repository
    repository.engine.dispose()


def _session(repo: SqlRepository, username: str = "ada") -> int:
    user_id = repo.ensure_user(username)
    return repo.create_session(user_id, "missed-deadlines", Difficulty.HARD, "offline")


def _exchange(repo: SqlRepository, session_id: int, learner: str, reply: str) -> None:
    repo.add_turn(session_id, Speaker.LEARNER, learner)
    repo.add_turn(session_id, Speaker.COUNTERPART, reply)


def test_sqlite_file_is_in_wal_mode_with_foreign_keys_and_busy_timeout(
    repo: SqlRepository, db_path: Path
) -> None:
    with repo.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    plain = sqlite3.connect(db_path)  # WAL is a property of the file, seen by any client
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        plain.close()


def test_foreign_keys_are_enforced_and_turns_cascade(repo: SqlRepository) -> None:
    session_id = _session(repo)
    repo.add_turn(session_id, Speaker.LEARNER, "Hello")
    with pytest.raises(IntegrityError), repo.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO practice_sessions (user_id, scenario_id, difficulty, mode, started_at)"
                " VALUES (999, 's', 'easy', 'offline', '2030-01-01 00:00:00')"
            )
        )
    with repo.engine.begin() as connection:
        connection.execute(text("DELETE FROM practice_sessions WHERE id = :id"), {"id": session_id})
        assert connection.execute(text("SELECT count(*) FROM turns")).scalar() == 0


def test_turns_round_trip_with_acts_state_reaction_and_usage(repo: SqlRepository) -> None:
    session_id = _session(repo)
    state = PersonaState(trust=55, unlocked=["workload"], turn=1, understood=True)
    usage = Usage(prompt_tokens=120, completion_tokens=35, cached_tokens=64)
    repo.add_turn(
        session_id, Speaker.LEARNER, "What feels hardest?", acts=[Act.OPEN_QUESTION, Act.REFLECTION]
    )
    repo.add_turn(
        session_id,
        Speaker.COUNTERPART,
        "Honestly, the evenings.",
        persona_state=state,
        reaction=Reaction.ELABORATE,
        usage=usage,
    )
    record = repo.get_session(session_id)
    assert (record.scenario_id, record.difficulty, record.mode) == (
        "missed-deadlines",
        Difficulty.HARD,
        "offline",
    )
    first, second = record.turns
    assert first.acts == [Act.OPEN_QUESTION, Act.REFLECTION]
    assert (first.persona_state, first.reaction, first.usage) == (None, None, None)
    assert second == TurnRecord(
        index=1,
        speaker=Speaker.COUNTERPART,
        text="Honestly, the evenings.",
        persona_state=state,
        reaction=Reaction.ELABORATE,
        usage=usage,
        created_at=second.created_at,
    )


def test_indices_are_consecutive_per_session(repo: SqlRepository) -> None:
    one, other = _session(repo), _session(repo, "grace")
    indices = [repo.add_turn(one, Speaker.LEARNER, f"turn {n}") for n in range(4)]
    assert repo.add_turn(other, Speaker.LEARNER, "first elsewhere") == 0
    assert indices == [0, 1, 2, 3]
    assert [turn.index for turn in repo.get_session(one).turns] == indices
    assert [turn.text for turn in repo.get_session(one).turns] == [f"turn {n}" for n in range(4)]


def test_learner_turn_is_committed_before_add_turn_returns(
    repo: SqlRepository, db_path: Path
) -> None:
    session_id = _session(repo)
    other_engine = create_engine_for(f"sqlite:///{db_path}")
    try:
        repo.add_turn(session_id, Speaker.LEARNER, "Can you tell me more?")
        with other_engine.connect() as connection:
            seen = (
                connection.execute(
                    text("SELECT text FROM turns WHERE session_id = :id"), {"id": session_id}
                )
                .scalars()
                .all()
            )
        assert seen == ["Can you tell me more?"]
        assert SqlRepository(other_engine).get_session(session_id).turns[0].speaker == "learner"
    finally:
        other_engine.dispose()


def test_injected_clock_stamps_every_record_in_utc(
    repo: SqlRepository, clock: SteppingClock
) -> None:
    session_id = _session(repo)
    repo.add_turn(session_id, Speaker.LEARNER, "Hi")
    repo.end_session(session_id)
    record = repo.get_session(session_id)
    _user_created, started, turn_created, ended = clock.readings
    assert (record.started_at, record.turns[0].created_at, record.ended_at) == (
        started,
        turn_created,
        ended,
    )
    assert record.started_at.tzinfo is not None
    assert record.started_at.utcoffset() == timedelta(0)


def test_timestamps_from_another_zone_come_back_as_the_same_instant_in_utc(
    repo: SqlRepository,
) -> None:
    zoned = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    zoned_repo = SqlRepository(repo.engine, clock=lambda: zoned)
    started = zoned_repo.get_session(_session(zoned_repo)).started_at
    assert started == zoned
    assert started.utcoffset() == timedelta(0)
    assert started.hour == 21


def test_end_session_sets_the_end_once(repo: SqlRepository, clock: SteppingClock) -> None:
    session_id = _session(repo)
    assert repo.get_session(session_id).ended_at is None
    repo.end_session(session_id)
    first_end = clock.readings[-1]
    repo.end_session(session_id)
    assert repo.get_session(session_id).ended_at == first_end


def test_delete_last_exchange_removes_last_learner_turn_and_what_follows(
    repo: SqlRepository,
) -> None:
    session_id = _session(repo)
    repo.add_turn(session_id, Speaker.COUNTERPART, "Opening line")
    _exchange(repo, session_id, "first question", "first answer")
    _exchange(repo, session_id, "second question", "second answer")
    assert repo.delete_last_exchange(session_id) == 2
    assert [t.text for t in repo.get_session(session_id).turns] == [
        "Opening line",
        "first question",
        "first answer",
    ]
    repo.add_turn(session_id, Speaker.LEARNER, "unanswered")
    assert repo.delete_last_exchange(session_id) == 1
    assert repo.add_turn(session_id, Speaker.LEARNER, "retry") == 3
    assert repo.delete_last_exchange(session_id) == 1
    assert repo.delete_last_exchange(session_id) == 2
    assert repo.delete_last_exchange(session_id) == 0
    assert [t.text for t in repo.get_session(session_id).turns] == ["Opening line"]


def test_interrupted_replies_are_kept_apart_and_the_talk_is_numbered_by_place(
    repo: SqlRepository,
) -> None:
    session_id = _session(repo)
    repo.add_turn(session_id, Speaker.COUNTERPART, "Opening line")
    repo.add_turn(session_id, Speaker.LEARNER, "question")
    repo.add_turn(session_id, Speaker.COUNTERPART, "I hear", status=TurnStatus.INTERRUPTED)
    repo.add_turn(session_id, Speaker.COUNTERPART, "I hear you.")
    record = repo.get_session(session_id)
    assert [(t.index, t.text, t.status) for t in record.turns] == [
        (0, "Opening line", TurnStatus.COMPLETE),
        (1, "question", TurnStatus.COMPLETE),
        (2, "I hear you.", TurnStatus.COMPLETE),
    ]
    [broken] = record.interrupted
    assert (broken.index, broken.text, broken.status) == (2, "I hear", TurnStatus.INTERRUPTED)
    assert repo.delete_last_exchange(session_id) == 3  # the question, its broken and whole replies
    assert repo.get_session(session_id).interrupted == []


def test_latest_critique_is_the_last_saved(repo: SqlRepository) -> None:
    session_id = _session(repo)
    assert repo.latest_critique(session_id) is None
    first = repo.save_critique(session_id, "offline", 55, {"overall": 55, "items": []})
    second = repo.save_critique(session_id, "llm", 72, {"overall": 72, "items": [{"id": "q"}]})
    assert second > first
    assert repo.latest_critique(session_id) == {"overall": 72, "items": [{"id": "q"}]}
    assert repo.latest_critique(_session(repo, "grace")) is None


def test_list_sessions_gives_the_users_sessions_newest_first_without_turns(
    repo: SqlRepository,
) -> None:
    older, newer = _session(repo), _session(repo)
    repo.add_turn(older, Speaker.LEARNER, "hello")
    _session(repo, "grace")
    sessions = repo.list_sessions(repo.ensure_user("ada"))
    assert [s.id for s in sessions] == [newer, older]
    assert all(s.turns == [] for s in sessions)


def test_ensure_user_returns_the_same_id_for_the_same_name(repo: SqlRepository) -> None:
    ada = repo.ensure_user("ada", role="trainer")
    assert repo.ensure_user("ada") == ada
    assert repo.ensure_user("grace") != ada
    with pytest.raises(ValueError, match="role"):
        repo.ensure_user("eve", role="superuser")


@pytest.mark.parametrize(
    "call",
    [
        lambda r: r.get_session(404),
        lambda r: r.end_session(404),
        lambda r: r.add_turn(404, Speaker.LEARNER, "hello"),
        lambda r: r.delete_last_exchange(404),
        lambda r: r.save_critique(404, "offline", 1, {}),
        lambda r: r.latest_critique(404),
        lambda r: r.list_sessions(404),
        lambda r: r.create_session(404, "s", Difficulty.EASY, "offline"),
    ],
)
def test_unknown_ids_raise_not_found(
    repo: SqlRepository, call: Callable[[SqlRepository], object]
) -> None:
    with pytest.raises(NotFoundError, match="404"):
        call(repo)


def test_concurrent_writers_get_distinct_consecutive_indices(
    repo: SqlRepository, db_path: Path
) -> None:
    session_id = _session(repo)
    # Separate engines, as separate processes would have.
    writers = [open_repository(f"sqlite:///{db_path}") for _ in range(4)]

    def write(writer: SqlRepository) -> list[int]:
        return [writer.add_turn(session_id, Speaker.LEARNER, "x") for _ in range(10)]

    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            indices = [index for batch in pool.map(write, writers) for index in batch]
    finally:
        for writer in writers:
            writer.engine.dispose()
    assert sorted(indices) == list(range(40))
