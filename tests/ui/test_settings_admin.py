"""The admin settings page through AppTest: connection test, retention, status."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.people.models import Role
from coach.services import CoachServices
from tests.openai_stub import OpenAIStub, reply
from tests.staff_app import button, field, isolate, open_page, person, signed_in


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(tmp_path, monkeypatch)


def test_connection_test_retention_and_status(openai_server: OpenAIStub) -> None:
    person(CoachServices(), "root", Role.ADMIN)
    at = open_page(signed_in("root"), "settings_admin.py")
    assert not at.exception
    assert "OFFLINE" in at.markdown[0].value and "API key: **not set**" in at.markdown[0].value
    assert "users" in set(at.dataframe[0].value["Table"])
    field(at, "Base URL").input("http://127.0.0.1:9/v1")
    at = button(at, "Test connection").click().run()
    assert at.error and "\n" not in at.error[0].value
    openai_server.enqueue(reply("OK"))
    field(at, "Base URL").input(openai_server.base_url)
    at = button(at, "Test connection").click().run()
    assert "The model replied: “OK”" in at.success[0].value
    at = button(at, "Delete old transcripts").click().run()
    assert "Tick the confirmation" in at.warning[0].value
    field(at, "I understand: their transcripts, critiques and scores are deleted for good.").check()
    at = button(at, "Delete old transcripts").click().run()
    assert "Deleted 0 session(s)" in at.success[0].value
