"""Admin use cases: retention deletes old transcripts only, status, connection test, roles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.backends.sql.repository import SqlRepository, create_engine_for
from coach.errors import CoachError, LLMError, NotFoundError
from coach.models import Difficulty, Speaker
from coach.people.admin import Administration
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


@pytest.fixture
def admin(settings: Settings) -> Administration:
    return CoachServices(settings).admin


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
    assert services.admin.delete_old_transcripts(ADMIN, 30, NOW) == 1
    with pytest.raises(NotFoundError):
        services.repository.get_session(old)
    assert services.repository.get_session(recent).turns
    counts = services.admin.database_status(ADMIN).counts
    assert (counts["practice_sessions"], counts["turns"], counts["critiques"]) == (1, 1, 1)


def test_retention_is_for_admins_and_needs_a_day(settings: Settings) -> None:
    services = CoachServices(settings)
    with pytest.raises(AccessError):
        services.admin.delete_old_transcripts(TRAINER, 30, NOW)
    with pytest.raises(CoachError, match="at least 1 day"):
        services.admin.delete_old_transcripts(ADMIN, 0, NOW)


def test_database_status_hides_the_password(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, database_url="sqlite:///" + str(tmp_path / "x.db"))
    status_ = CoachServices(settings).admin.database_status(ADMIN)
    assert status_.url.endswith("x.db") and status_.counts["users"] == 0
    from coach.backends.sql.admin import masked_url

    assert masked_url("postgresql://coach:s3cret@db:5432/coach") == (
        "postgresql://coach:***@db:5432/coach"
    )


def test_connection_check_over_real_http(admin: Administration, openai_server: OpenAIStub) -> None:
    openai_server.enqueue(reply("OK"))
    assert admin.check_connection(ADMIN, openai_server.base_url, "tiny") == "OK"
    assert openai_server.chat_requests[-1]["model"] == "tiny"
    openai_server.enqueue(status(401, message="bad key"))
    with pytest.raises(LLMError) as failure:
        admin.check_connection(ADMIN, openai_server.base_url, "tiny")
    assert "\n" not in str(failure.value)
    with pytest.raises(AccessError):
        admin.check_connection(TRAINER, openai_server.base_url, "tiny")


def test_apply_connection_sets_this_process_environment(admin: Administration) -> None:
    environ: dict[str, str] = {"OPENAI_BASE_URL": "http://old/v1"}
    admin.apply_connection(ADMIN, "", "gpt-test", environ)
    assert environ == {"COACH_MODEL": "gpt-test"}
    admin.apply_connection(ADMIN, " http://new/v1 ", "m", environ)
    assert environ["OPENAI_BASE_URL"] == "http://new/v1"
    with pytest.raises(AccessError):
        admin.apply_connection(TRAINER, "", "m", environ)
