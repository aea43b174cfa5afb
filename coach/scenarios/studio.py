"""Scenario studio: trainers write scenarios as YAML, validate, try, save and copy them."""

from __future__ import annotations

import re

from coach.errors import NotFoundError, ScenarioError
from coach.people.models import Role, Viewer
from coach.people.roles import AccessError, require_staff
from coach.ports import CustomScenarioStore
from coach.scenarios.catalog import TRIAL_PREFIX, ScenarioCatalog
from coach.scenarios.library import parse_scenario_text
from coach.scenarios.models import SavedScenario, Scenario

_ID_LINE = re.compile(r"^id:[ \t]*\S.*$", re.MULTILINE)
_PLAIN_TITLE = re.compile(r"^(title:[ \t]*)([^\"'\s|>].*?)[ \t]*$", re.MULTILINE)


class ScenarioStudio:
    """Authoring use cases; every one checks the viewer is a trainer or an admin."""

    def __init__(self, catalog: ScenarioCatalog, store: CustomScenarioStore) -> None:
        self._catalog, self._store = catalog, store

    def validate(self, text: str) -> Scenario:
        """The scenario in ``text``; ScenarioError names the field of the first problem."""
        return self.admit(parse_scenario_text(text, source="scenario"))

    def admit(self, scenario: Scenario) -> Scenario:
        """The scenario, if its id is free to use: not a shipped one's, not a trial's."""
        if self._catalog.is_shipped(scenario.id):
            raise ScenarioError(
                f"scenario: id: {scenario.id!r} belongs to a shipped scenario; choose another id."
            )
        if scenario.id.startswith(TRIAL_PREFIX):
            raise ScenarioError(f"scenario: id: ids starting {TRIAL_PREFIX!r} are reserved.")
        return scenario

    def save(self, viewer: Viewer, text: str) -> Scenario:
        """Validate and store the scenario; only its author (or an admin) may replace it."""
        require_staff(viewer)
        scenario = self.validate(text)
        existing = self._store.find(scenario.id)
        if existing and existing.author_id != viewer.id and viewer.role != Role.ADMIN:
            raise AccessError(
                f"{scenario.id!r} is {existing.author}'s scenario; copy it under a new id instead."
            )
        self._store.save(scenario.id, text, viewer.id)
        return scenario

    def saved(self, viewer: Viewer) -> list[SavedScenario]:
        require_staff(viewer)
        return self._store.saved()

    def shipped(self, viewer: Viewer) -> list[Scenario]:
        require_staff(viewer)
        return self._catalog.shipped()

    def yaml_of(self, viewer: Viewer, scenario_id: str) -> str:
        """The YAML text of a shipped or saved scenario, as its author wrote it."""
        require_staff(viewer)
        if self._catalog.is_shipped(scenario_id):
            return (self._catalog.folder / f"{scenario_id}.yaml").read_text(encoding="utf-8")
        found = self._store.find(scenario_id)
        if found is None:
            raise NotFoundError(f"No saved scenario {scenario_id!r}; pick one from the list.")
        return found.yaml

    def copy_as_new(self, viewer: Viewer, scenario_id: str) -> str:
        """The scenario's YAML under a fresh id (and a title marked as a copy)."""
        text = self.yaml_of(viewer, scenario_id)
        new_id = self._free_id(f"{scenario_id}-copy")
        text = _ID_LINE.sub(f"id: {new_id}", text, count=1)
        return _PLAIN_TITLE.sub(lambda m: f"{m[1]}{m[2]} (copy)", text, count=1)

    def delete(self, viewer: Viewer, scenario_id: str) -> None:
        require_staff(viewer)
        existing = self._store.find(scenario_id)
        if existing is None or (existing.author_id != viewer.id and viewer.role != Role.ADMIN):
            raise NotFoundError(f"No saved scenario {scenario_id!r} of yours; nothing deleted.")
        self._store.delete(scenario_id)

    def trial(self, viewer: Viewer, text: str) -> Scenario:
        """The draft as an unsaved scenario the viewer can practise (only they see it)."""
        require_staff(viewer)
        return self._catalog.add_trial(self.validate(text), viewer.id)

    def _free_id(self, base: str) -> str:
        taken = {s.id for s in self._catalog.all()}
        candidate, number = base[:60], 2
        while candidate in taken:
            candidate, number = f"{base[:57]}-{number}", number + 1
        return candidate
