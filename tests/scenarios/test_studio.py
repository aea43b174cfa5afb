"""Scenario studio: validation errors name the field, saving, copying, trying out, roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import NotFoundError, ScenarioError
from coach.models import Difficulty
from coach.people.models import Role, Viewer
from coach.people.roles import AccessError
from coach.scenarios.studio import ScenarioStudio
from coach.services import CoachServices
from coach.settings import Settings

SHIPPED = "giving-feedback"
ANN = Viewer(id=1, username="ann", role=Role.TRAINER)
BOB = Viewer(id=2, username="bob", role=Role.TRAINER)
LIN = Viewer(id=3, username="lin", role=Role.LEARNER)


@pytest.fixture
def services(tmp_path: Path) -> CoachServices:
    services = CoachServices(Settings(data_dir=tmp_path, llm="offline"))
    for viewer in (ANN, BOB, LIN):
        assert services.repository.ensure_user(viewer.username, viewer.role.value) == viewer.id
    return services


@pytest.fixture
def studio(services: CoachServices) -> ScenarioStudio:
    return services.studio


def test_copy_as_new_gives_a_valid_scenario_under_a_fresh_id(studio: ScenarioStudio) -> None:
    text = studio.copy_as_new(ANN, SHIPPED)
    scenario = studio.validate(text)
    assert scenario.id == f"{SHIPPED}-copy"
    assert scenario.title.endswith("(copy)")


def test_validation_names_the_field(studio: ScenarioStudio) -> None:
    text = studio.copy_as_new(ANN, SHIPPED)
    with pytest.raises(ScenarioError, match=r"^scenario: persona\.name:"):
        studio.validate(text.replace("  name:", "  nom:", 1))
    with pytest.raises(ScenarioError, match="not valid YAML"):
        studio.validate("id: [unclosed")
    with pytest.raises(ScenarioError, match="belongs to a shipped scenario"):
        studio.validate(studio.yaml_of(ANN, SHIPPED))


def test_save_lists_it_in_the_catalog_and_protects_the_author(
    services: CoachServices, studio: ScenarioStudio
) -> None:
    text = studio.copy_as_new(ANN, SHIPPED)
    saved = studio.save(ANN, text)
    assert services.scenarios.get(saved.id).title == saved.title
    assert saved.id in {s.id for s in services.scenarios.all()}
    assert [s.author for s in studio.saved(ANN)] == ["ann"]
    studio.save(ANN, text.replace("(copy)", "(edited)"))
    assert services.scenarios.get(saved.id).title.endswith("(edited)")
    with pytest.raises(AccessError, match="ann's scenario"):
        studio.save(BOB, text)
    with pytest.raises(AccessError):
        studio.save(LIN, text)
    assert studio.validate(studio.copy_as_new(BOB, saved.id)).id == f"{saved.id}-copy"


def test_delete_only_own_scenarios(services: CoachServices, studio: ScenarioStudio) -> None:
    saved = studio.save(ANN, studio.copy_as_new(ANN, SHIPPED))
    with pytest.raises(NotFoundError):
        studio.delete(BOB, saved.id)
    studio.delete(ANN, saved.id)
    with pytest.raises(ScenarioError, match="No scenario"):
        services.scenarios.get(saved.id)


def test_try_out_runs_the_draft_without_listing_it(
    services: CoachServices, studio: ScenarioStudio
) -> None:
    text = studio.copy_as_new(ANN, SHIPPED).replace("(copy)", "(draft)")
    run = services.try_out(ANN, text, Difficulty.EASY)
    assert run.scenario.id.startswith("trial-1-") and run.scenario.title.endswith("(draft)")
    assert run.history and run.difficulty is Difficulty.EASY
    assert run.scenario.id not in {s.id for s in services.scenarios.all()}
    resumed = services.practice.resume(ANN, run.session_id)
    assert resumed.scenario.title == run.scenario.title
    with pytest.raises(AccessError):
        services.try_out(LIN, text, Difficulty.EASY)
