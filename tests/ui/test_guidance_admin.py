"""The guidance library page through AppTest: contents and search of the shipped corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.people.models import Role
from coach.services import CoachServices
from tests.staff_app import isolate, open_page, person, signed_in


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(tmp_path, monkeypatch)


def test_lists_sources_and_searches() -> None:
    person(CoachServices(), "ann", Role.TRAINER)
    at = open_page(signed_in("ann"), "guidance_admin.py")
    assert not at.exception
    table = at.dataframe[0].value
    assert "active-listening.md" in set(table["Document"])
    assert set(table["Origin"]) == {"shipped"}
    at = at.text_input[0].input("reflecting what someone feels").run()
    assert not at.exception
    assert any("similarity" in c.value for c in at.caption)
