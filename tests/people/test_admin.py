"""Admin use cases: retention deletes old transcripts only, status, connection test, roles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.backends.sql.repository import SqlRepository, create_engine_for
from coach.errors import CoachError, LLMError, NotFoundError
from coach.models import Difficulty, Speaker
from coach.people.admin import (
    apply_connection,
    check_connection,
    database_status,
    delete_old_transcripts,
)
from coach.people.models import Role, Viewer
from coach.people.roles import AccessError
from coach.services import CoachServices
from coach.settings import Settings
from tests.openai_stub import OpenAIStub, reply, status

ADMIN = Viewer(id=1, username="root", role=Role.ADMIN)
TRAINER = Viewer(id=2, username="ann", role=Role.TRAINER)
NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, llm="offline", database_url=None)


def _session_at(settings: Settings, started: datetime) -> int:
    repo = SqlRepository(create_engine_for(settings.resolved_database_url), clock=lambda: started)
    user = repo.ensure_user("lin")
    session_id = repo.create_session(user, "giving-feedback", Difficulty.STANDARD, "offline")
    repo.add_turn(session_id, Speaker.LEARNER, "How are you finding it?")
    repo.save_critique(session_id, "offline", 50, {})
    return session_id


def test_retention_deletes_only_sessions_older_than_the_limit(settings: Settings) -> None:
    old = _session_at(settings, NOW - timedelta(days=40))
    recent = _session_at(settings, NOW - timedelta(days=5))
    services = CoachServices(settings)
    assert delete_old_transcripts(ADMIN, services, 30, NOW) == 1
    with pytest.raises(NotFoundError):
        services.repository.get_session(old)
    assert services.repository.get_session(recent).turns
    counts = database_status(ADMIN, services).counts
    assert (counts["practice_sessions"], counts["turns"], counts["critiques"]) == (1, 1, 1)


def test_retention_is_for_admins_and_needs_a_day(settings: Settings) -> None:
    services = CoachServices(settings)
    with pytest.raises(AccessError):
        delete_old_transcripts(TRAINER, services, 30, NOW)
    with pytest.raises(CoachError, match="at least 1 day"):
        delete_old_transcripts(ADMIN, services, 0, NOW)


def test_database_status_hides_the_password(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, database_url="sqlite:///" + str(tmp_path / "x.db"))
    status_ = database_status(ADMIN, CoachServices(settings))
    assert status_.url.endswith("x.db") and status_.counts["users"] == 0
    from coach.backends.sql.admin import masked_url

    assert masked_url("postgresql://coach:s3cret@db:5432/coach") == (
        "postgresql://coach:***@db:5432/coach"
    )


def test_connection_check_over_real_http(settings: Settings, openai_server: OpenAIStub) -> None:
    openai_server.enqueue(reply("OK"))
    assert check_connection(ADMIN, settings, openai_server.base_url, "tiny") == "OK"
    assert openai_server.chat_requests[-1]["model"] == "tiny"
    openai_server.enqueue(status(401, message="bad key"))
    with pytest.raises(LLMError) as failure:
        check_connection(ADMIN, settings, openai_server.base_url, "tiny")
    assert "\n" not in str(failure.value)
    with pytest.raises(AccessError):
        check_connection(TRAINER, settings, openai_server.base_url, "tiny")


def test_apply_connection_sets_this_process_environment() -> None:
    environ: dict[str, str] = {"OPENAI_BASE_URL": "http://old/v1"}
    apply_connection(ADMIN, "", "gpt-test", environ)
    assert environ == {"COACH_MODEL": "gpt-test"}
    apply_connection(ADMIN, " http://new/v1 ", "m", environ)
    assert environ["OPENAI_BASE_URL"] == "http://new/v1"
    with pytest.raises(AccessError):
        apply_connection(TRAINER, "", "m", environ)
