"""SqlRepository and the migrations on a real PostgreSQL server, when one is offered.

Set COACH_TEST_POSTGRES_URL (for example postgresql://coach@127.0.0.1:5432/coachtest) to
run these; every table in that database is dropped first. Needs the psycopg driver.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, MetaData, text

from coach.backends.sql.accounts import SqlAccountStore
from coach.backends.sql.engine import head_revision
from coach.backends.sql.repository import SqlRepository, create_engine_for, upgrade_database
from coach.backends.sql.schema import Base
from coach.errors import NotFoundError
from coach.models import Act, Difficulty, PersonaState, Reaction, Speaker, Usage

POSTGRES_URL = os.environ.get("COACH_TEST_POSTGRES_URL", "")
pytestmark = pytest.mark.skipif(
    not POSTGRES_URL, reason="set COACH_TEST_POSTGRES_URL to test against PostgreSQL"
)
START = datetime(2030, 5, 17, 9, 0, tzinfo=UTC)


@pytest.fixture
def engine() -> Iterator[Engine]:
    created = create_engine_for(POSTGRES_URL)
    existing = MetaData()
    existing.reflect(created)
    existing.drop_all(created)
    yield created
    created.dispose()


@pytest.fixture
def repo(engine: Engine) -> SqlRepository:
    ticks = iter(range(1000))
    return SqlRepository(engine, clock=lambda: START + timedelta(minutes=next(ticks)))


def test_migrating_twice_gives_the_schema_of_the_models(engine: Engine) -> None:
    upgrade_database(POSTGRES_URL)
    upgrade_database(POSTGRES_URL)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, Base.metadata) == []


def test_turns_round_trip_with_timezone_aware_timestamps(repo: SqlRepository) -> None:
    session_id = repo.create_session(repo.ensure_user("ada"), "s", Difficulty.EASY, "llm")
    state = PersonaState(trust=40, unlocked=["a"], turn=1)
    usage = Usage(prompt_tokens=10, completion_tokens=5, cached_tokens=0)
    assert repo.add_turn(session_id, Speaker.LEARNER, "Why?", acts=[Act.OPEN_QUESTION]) == 0
    assert (
        repo.add_turn(
            session_id,
            Speaker.COUNTERPART,
            "Because.",
            persona_state=state,
            reaction=Reaction.SHORT_ANSWER,
            usage=usage,
        )
        == 1
    )
    record = repo.get_session(session_id)
    assert record.started_at == START + timedelta(minutes=1)
    assert record.started_at.utcoffset() == timedelta(0)
    assert record.turns[0].acts == [Act.OPEN_QUESTION]
    assert (record.turns[1].persona_state, record.turns[1].usage) == (state, usage)


def test_learner_turn_is_visible_to_another_connection_at_once(
    repo: SqlRepository, engine: Engine
) -> None:
    session_id = repo.create_session(repo.ensure_user("ada"), "s", Difficulty.EASY, "llm")
    repo.add_turn(session_id, Speaker.LEARNER, "Tell me more.")
    other = create_engine_for(POSTGRES_URL)
    with other.connect() as connection:
        assert connection.execute(text("SELECT text FROM turns")).scalars().all() == [
            "Tell me more."
        ]
    other.dispose()


def test_delete_last_exchange_and_critiques(repo: SqlRepository) -> None:
    session_id = repo.create_session(repo.ensure_user("ada"), "s", Difficulty.EASY, "llm")
    for speaker in (Speaker.LEARNER, Speaker.COUNTERPART, Speaker.LEARNER, Speaker.COUNTERPART):
        repo.add_turn(session_id, speaker, speaker.value)
    assert repo.delete_last_exchange(session_id) == 2
    assert len(repo.get_session(session_id).turns) == 2
    repo.save_critique(session_id, "llm", 64, {"overall": 64})
    assert repo.latest_critique(session_id) == {"overall": 64}
    with pytest.raises(NotFoundError):
        repo.latest_critique(session_id + 1)


def test_concurrent_writers_get_distinct_consecutive_indices(repo: SqlRepository) -> None:
    session_id = repo.create_session(repo.ensure_user("ada"), "s", Difficulty.EASY, "llm")
    writers = [SqlRepository(create_engine_for(POSTGRES_URL)) for _ in range(4)]

    def write(writer: SqlRepository) -> list[int]:
        return [writer.add_turn(session_id, Speaker.LEARNER, "x") for _ in range(10)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        indices = [index for batch in pool.map(write, writers) for index in batch]
    for writer in writers:
        writer.engine.dispose()
    assert sorted(indices) == list(range(40))


def test_parallel_sign_in_attempts_are_counted_one_by_one(repo: SqlRepository) -> None:
    store = SqlAccountStore(repo.engine)
    never = lambda failures: None  # noqa: E731  (count only; never lock)
    with ThreadPoolExecutor(max_workers=8) as pool:
        attempts = list(pool.map(lambda _: store.begin_attempt("ada", START, never), range(40)))
    assert sorted(a.failures for a in attempts) == list(range(1, 41))
    lock_at_five = lambda failures: timedelta(minutes=1) if failures >= 5 else None  # noqa: E731
    store.clear_attempts("ada")
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(
            pool.map(lambda _: store.begin_attempt("ada", START, lock_at_five), range(40))
        )
    assert sum(a.locked_until is None for a in answers) == 5  # the fifth is checked, then locks
    assert max(a.failures for a in answers) == 5
