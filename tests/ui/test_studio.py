"""The scenario studio through AppTest: copy, live validation, preview, save, try it out."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.people.models import Role
from coach.services import CoachServices
from tests.staff_app import button, isolate, open_page, person, signed_in
from tests.ui_session import shown

SHIPPED = "giving-feedback"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(tmp_path, monkeypatch)


def _studio() -> tuple[CoachServices, object]:
    services = CoachServices()
    person(services, "ann", Role.TRAINER)
    return services, open_page(signed_in("ann"), "studio.py")


def test_copy_validate_preview_and_save() -> None:
    services, at = _studio()
    assert not at.exception  # type: ignore[attr-defined]
    at = at.button(key=f"copy-{SHIPPED}").click().run()  # type: ignore[attr-defined]
    editor = at.text_area[0]
    assert f"id: {SHIPPED}-copy" in editor.value
    assert "Valid scenario" in at.success[0].value
    assert [t.label for t in at.tabs] == ["Brief", "Persona", "Rubric"]
    at = editor.set_value(editor.value.replace("  name:", "  nom:", 1)).run()
    assert shown(at.error[0].value).startswith("scenario: persona.name:")
    fixed = at.text_area[0].value.replace("  nom:", "  name:", 1)
    at = at.text_area[0].set_value(fixed).run()
    at = button(at, "Save").click().run()
    assert not at.exception and "Saved giving-feedback-copy" in at.success[0].value
    assert services.scenarios.get(f"{SHIPPED}-copy").title.endswith("(copy)")


def test_try_it_out_opens_practice_with_the_draft() -> None:
    _, at = _studio()
    at = at.button(key=f"copy-{SHIPPED}").click().run()  # type: ignore[attr-defined]
    at = button(at, "Try it out").click().run()
    assert not at.exception
    assert shown(at.title[0].value).endswith("(copy)")
    assert len(at.chat_message) == 1  # the persona's opening line
