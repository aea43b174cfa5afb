"""Load and validate scenario YAML files; errors name the file and the field."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from coach.errors import CoachError, ScenarioError
from coach.inputs import MAX_SCENARIO_BYTES, decode_text, load_yaml
from coach.models import SLUG_MAX, SLUG_PATTERN
from coach.resources import shipped_dir
from coach.scenarios.models import Scenario
from coach.validation import first_error, more_problems


def load_scenario(path: Path) -> Scenario:
    """Read one scenario file, raising ScenarioError with the file and field on failure."""
    data = _read_yaml(path)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(f"{path}: {_first_error(exc)}") from None
    if scenario.id != path.stem:
        raise ScenarioError(f"{path}: id: {scenario.id!r} must match the file name {path.stem!r}")
    return scenario


def parse_scenario_text(text: str, source: str = "<text>") -> Scenario:
    """Validate scenario YAML given as text (for editors that validate as you type)."""
    _check_size(len(text.encode("utf-8")), source)
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        raise ScenarioError(f"{source}: not valid YAML ({_yaml_problem(exc)})") from None
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(f"{source}: {_first_error(exc)}") from None


_SLUG = re.compile(SLUG_PATTERN)  # a scenario's id, which is its file's name


class ScenarioLibrary:
    """The scenarios in a folder, each loaded when first asked for (a file is named by its
    scenario's id, so one can be read without the others: a critique needs one scenario, not
    fifteen) and looked up by id."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or shipped_dir("scenarios")
        self._by_id: dict[str, Scenario] = {}
        self._complete = False

    def all(self) -> list[Scenario]:
        if not self._complete:
            for path in sorted(self.folder.glob("*.yaml")):
                if path.stem not in self._by_id:
                    self._by_id[path.stem] = load_scenario(path)
            self._by_id = dict(sorted(self._by_id.items()))
            self._complete = True
        return list(self._by_id.values())

    def has(self, scenario_id: str) -> bool:
        """Whether the folder holds a file for ``scenario_id`` (not yet whether it is valid)."""
        return scenario_id in self._by_id or (
            len(scenario_id) <= SLUG_MAX
            and bool(_SLUG.fullmatch(scenario_id))
            and (self.folder / f"{scenario_id}.yaml").is_file()
        )

    def get(self, scenario_id: str) -> Scenario:
        if scenario_id not in self._by_id and self.has(scenario_id):
            self._by_id[scenario_id] = load_scenario(self.folder / f"{scenario_id}.yaml")
        try:
            return self._by_id[scenario_id]
        except KeyError:
            known = ", ".join(s.id for s in self.all())
            raise ScenarioError(
                f"No scenario {scenario_id!r}; run `coach scenarios list` (known: {known})."
            ) from None


def scenario_json_schema() -> str:
    """The JSON Schema editors can point scenario YAML files at."""
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2)


def _read_yaml(path: Path) -> Any:
    try:
        _check_size(path.stat().st_size, str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot read file ({exc.strerror})") from None
    try:
        return load_yaml(_decoded(data, path))
    except yaml.YAMLError as exc:
        raise ScenarioError(f"{path}: not valid YAML ({_yaml_problem(exc)})") from None


def _decoded(data: bytes, path: Path) -> str:
    try:
        return decode_text(data, str(path))
    except CoachError as exc:
        raise ScenarioError(str(exc)) from None


def _check_size(size: int, source: str) -> None:
    if size > MAX_SCENARIO_BYTES:
        raise ScenarioError(
            f"{source}: {size:,} bytes, over the {MAX_SCENARIO_BYTES:,}-byte limit for a "
            "scenario; shorten it."
        )


def _first_error(exc: ValidationError) -> str:
    """One line naming the field path and the problem, plus how many more there are."""
    where, message = first_error(exc)
    return f"{where}: {message}{more_problems(exc)}"


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc) or "syntax error"
    return f"{problem} at line {mark.line + 1}" if mark else str(problem)
