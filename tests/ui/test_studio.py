"""The scenario studio through AppTest: the form (copy, blank, rows, save, try out) and YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from coach.people.models import Role
from coach.services import CoachServices
from tests.staff_app import button, field, isolate, open_page, person, signed_in
from tests.ui_session import shown

SHIPPED = "giving-feedback"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(tmp_path, monkeypatch)


def _studio(mode: str = "Form") -> tuple[CoachServices, AppTest]:
    services = CoachServices()
    person(services, "ann", Role.TRAINER)
    at = signed_in("ann")
    at.session_state["studio_mode"] = mode
    return services, open_page(at, "studio.py")


def _copy(at: AppTest) -> AppTest:
    return at.button(key=f"copy-{SHIPPED}").click().run()  # type: ignore[attr-defined]


def _labels(at: AppTest, start: str) -> list[str]:
    return [w.label for w in at.text_input if w.label.startswith(start)]


def test_a_copy_opens_in_the_form_and_an_edit_is_saved() -> None:
    services, at = _studio()
    assert not at.exception
    at = _copy(at)
    assert field(at, "Title").value.endswith("(copy)")
    assert field(at, "Short id").value == f"{SHIPPED}-copy"
    assert "Valid scenario" in at.success[0].value
    at = field(at, "Name").set_value("Noor Haddad").run()
    at = field(at, "Opening line").set_value("You wanted to see me?").run()
    at = button(at, "Save").click().run()
    assert not at.exception and f"Saved {SHIPPED}-copy" in at.success[0].value
    saved = services.scenarios.get(f"{SHIPPED}-copy")
    assert (saved.persona.name, saved.opening_line) == ("Noor Haddad", "You wanted to see me?")


def test_a_blank_scenario_lists_every_problem_by_its_box() -> None:
    _, at = _studio()
    at = button(at, "Start a blank scenario").click().run()
    message = shown(at.error[0].value)
    assert "to fix before this can be tried or saved" in message
    assert "Title: needs at least 3 characters" in message
    assert "When they open up: needs at least 4 entries, has 0" in message
    assert not [b for b in at.button if b.label in ("Save", "Try it out")]


def test_rows_are_added_and_removed_keeping_what_was_typed() -> None:
    _, at = _studio()
    at = _copy(at)
    concerns = _labels(at, "Hidden concern")
    at = at.text_input(key="sf-c0-text").set_value("Edited before adding a row").run()  # type: ignore[attr-defined]
    at = button(at, "Add a hidden concern").click().run()
    assert len(_labels(at, "Hidden concern")) == len(concerns) + 1
    assert at.text_input(key="sf-c0-text").value == "Edited before adding a row"  # type: ignore[attr-defined]
    assert f"Hidden concern {len(concerns) + 1}: What worries them" in shown(at.error[0].value)
    at = button(at, "Remove the last hidden concern").click().run()
    assert len(_labels(at, "Hidden concern")) == len(concerns)
    assert "Valid scenario" in at.success[0].value


def test_the_draft_survives_trying_it_out() -> None:
    _, at = _studio()
    at = _copy(at)
    at = field(at, "Title").set_value("Feedback, tried out").run()
    at = button(at, "Try it out").click().run()
    assert not at.exception
    assert shown(at.title[0].value) == "Feedback, tried out"
    assert len(at.chat_message) == 1  # the persona's opening line
    at = button(at, "Back to the studio").click().run()
    assert field(at, "Title").value == "Feedback, tried out"


def test_yaml_mode_checks_as_you_edit_and_saves() -> None:
    services, at = _studio("YAML")
    at = _copy(at)
    editor = at.text_area(key="studio_editor")  # type: ignore[attr-defined]
    assert f"id: {SHIPPED}-copy" in editor.value
    assert "Valid scenario" in at.success[0].value
    assert [t.label for t in at.tabs] == ["Brief", "Persona", "Rubric"]
    at = editor.set_value(editor.value.replace("  name:", "  nom:", 1)).run()
    assert "scenario: persona.name:" in shown(at.error[0].value)
    fixed = at.text_area(key="studio_editor").value.replace("  nom:", "  name:", 1)  # type: ignore[attr-defined]
    at = at.text_area(key="studio_editor").set_value(fixed).run()  # type: ignore[attr-defined]
    at = button(at, "Save").click().run()
    assert not at.exception and f"Saved {SHIPPED}-copy" in at.success[0].value
    assert services.scenarios.get(f"{SHIPPED}-copy").title.endswith("(copy)")
    saved = services.custom_scenarios.find(f"{SHIPPED}-copy")
    assert saved is not None
    assert saved.yaml.startswith("# yaml-language-server")  # the trainer's text, comments and all
