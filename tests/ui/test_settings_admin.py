"""The admin settings page through AppTest: connection test, retention, status."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.people.models import Role
from coach.services import CoachServices
from tests.openai_stub import OpenAIStub, reply
from tests.staff_app import button, field, isolate, open_page, person, signed_in
from tests.ui_session import shown as unescaped


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


def test_the_latest_qualification_and_earlier_ones_are_shown(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "data" / "qualifications"
    folder.mkdir(parents=True)
    check = {
        "part": "counterpart",
        "name": "replies out of character (an AI, the role-play)",
        "value": 0.25,
        "unit": "share",
        "status": "fail",
        "examples": ["giving-feedback (good): “As an AI, I can't say.”"],
    }
    for date, status in (
        ("2026-11-30T10:00:00+00:00", "pass"),
        ("2026-12-01T09:00:00+00:00", "fail"),
    ):
        report = {"date": date, "model": "llama-3", "server": "gpu:8000", "status": status}
        name = f"{date[:10]}-llama-3.json"
        (folder / name).write_text(json.dumps(report | {"short": True, "checks": [check]}))
    person(CoachServices(), "root", Role.ADMIN)
    at = open_page(signed_in("root"), "settings_admin.py")
    assert not at.exception
    shown = "\n".join(unescaped(m.value) for m in at.markdown)
    assert "**FAIL** · llama-3 at gpu:8000 · 2026-12-01T09:00:00+00:00" in shown
    assert (
        "| counterpart | replies out of character (an AI, the role-play) | 25.0% | fail |" in shown
    )
    assert "PASS · llama-3 at gpu:8000 · 2026-11-30T10:00:00+00:00" in shown  # an earlier run
    assert any("As an AI" in m.value for m in at.markdown)  # the example, in its expander
    qualify = button(at, "Qualify this model")
    assert qualify.disabled  # offline: nothing to qualify
