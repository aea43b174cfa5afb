"""Every scenario the app offers: the shipped YAML files, then those trainers saved.

Shipped scenarios win on an id clash (the studio refuses such ids anyway). Drafts being tried
out live in this process only, under their own ids, so a trial never changes what learners get.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coach.errors import ScenarioError
from coach.ports import CustomScenarioSource
from coach.scenarios.library import ScenarioLibrary, parse_scenario_text
from coach.scenarios.models import Scenario

TRIAL_PREFIX = "trial-"


class ScenarioCatalog:
    """The ScenarioLibrary's API (``all``, ``get``, ``folder``) over shipped and saved scenarios."""

    def __init__(
        self,
        library: ScenarioLibrary,
        custom: Callable[[], CustomScenarioSource] | None = None,
    ) -> None:
        self._library, self._custom = library, custom
        self._parsed: dict[str, Scenario | None] = {}  # YAML text -> scenario (None: invalid)
        self._trials: dict[str, Scenario] = {}

    @property
    def folder(self) -> Path:
        return self._library.folder

    def shipped(self) -> list[Scenario]:
        return self._library.all()

    def is_shipped(self, scenario_id: str) -> bool:
        return self._library.has(scenario_id)

    def custom(self) -> list[Scenario]:
        """Saved scenarios that still validate (a stored row can predate a schema change)."""
        if self._custom is None:
            return []
        found = (self._parse(text) for _, text in self._custom().custom_yaml())
        return [s for s in found if s is not None and not self.is_shipped(s.id)]

    def all(self) -> list[Scenario]:
        """Shipped scenarios, then saved ones; drafts on trial are not listed."""
        return [*self.shipped(), *self.custom()]

    def get_for(self, owner_id: int, scenario_id: str) -> Scenario:
        """The scenario as this person may practise it: another person's draft is not found."""
        if scenario_id.startswith(TRIAL_PREFIX) and not scenario_id.startswith(
            f"{TRIAL_PREFIX}{owner_id}-"
        ):
            return self._library.get(scenario_id)  # raises the library's "No scenario" error
        return self.get(scenario_id)

    def get(self, scenario_id: str) -> Scenario:
        if self.is_shipped(scenario_id):
            return self._library.get(scenario_id)
        if scenario_id in self._trials:
            return self._trials[scenario_id]
        for scenario in self.custom():
            if scenario.id == scenario_id:
                return scenario
        return self._library.get(scenario_id)  # raises the library's "No scenario" error

    def add_trial(self, scenario: Scenario, owner_id: int) -> Scenario:
        """Register a draft for trying out; returns it under its trial id."""
        trial_id = f"{TRIAL_PREFIX}{owner_id}-{scenario.id}"[:64].rstrip("-")
        trial = scenario.model_copy(update={"id": trial_id})
        self._trials[trial_id] = trial
        return trial

    def _parse(self, text: str) -> Scenario | None:
        if text not in self._parsed:
            try:
                self._parsed[text] = parse_scenario_text(text)
            except ScenarioError:
                self._parsed[text] = None
        return self._parsed[text]
