"""Scenario validation: every shipped file, and broken ones with one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from coach.cli.commands import app
from coach.errors import ScenarioError
from coach.evals.counterpart_checks import failed_checks
from coach.models import Difficulty, LearnerRole
from coach.resources import shipped_dir
from coach.scenarios.library import (
    ScenarioLibrary,
    load_scenario,
    parse_scenario_text,
    scenario_json_schema,
)
from coach.scenarios.models import Pronouns

SHIPPED = sorted(shipped_dir("scenarios").glob("*.yaml"))
REQUIRED = {
    "giving-feedback",
    "resolving-misunderstanding",
    "setting-boundaries",
    "asking-for-help",
    "building-trust",
    "clarifying-expectations",
    "mutual-accountability",
    "receiving-feedback",
    "bridging-differences",
    "addressing-power-imbalance",
}
runner = CliRunner()


def test_the_ten_required_scenarios_ship() -> None:
    assert {p.stem for p in SHIPPED} >= REQUIRED


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenario_is_valid_and_deep(path: Path) -> None:
    scenario = load_scenario(path)
    assert set(scenario.difficulty) == set(Difficulty)
    assert len(scenario.disclosures) >= 3
    assert any(d.unlock.after for d in scenario.disclosures), "disclosures should be layered"
    assert len(scenario.material.elaborations) >= 6


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_summary_is_confirmed_at_the_start_and_corrected_at_the_start(path: Path) -> None:
    """A confirmation says yes before anything else ("Yeah, that's it. Huh. You were actually
    listening.", not "Huh. You were actually listening. Yeah, that's it."), and a correction
    says no, as the responsiveness set's brief reads a reply to a summary."""
    material = load_scenario(path).material
    for line in material.confirmations:
        assert not failed_checks(line, {"summary": "confirm"}, []), line
    for line in material.corrections:
        assert not failed_checks(line, {"summary": "correct"}, []), line


def test_personas_are_distinct_people() -> None:
    scenarios = ScenarioLibrary().all()
    names = [s.persona.name for s in scenarios]
    assert len(set(names)) == len(names)
    assert len({s.opening_line for s in scenarios}) == len(scenarios)


def test_asking_for_help_puts_the_learner_in_the_mentee_role() -> None:
    assert ScenarioLibrary().get("asking-for-help").learner_role is LearnerRole.MENTEE


def _broken(tmp_path: Path, mutate) -> Path:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(SHIPPED[0].read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / f"{data.get('id', 'broken')}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("persona"), "persona"),
        (lambda d: d.update(mood="sunny"), "mood"),
        (lambda d: d["persona"].update(name=""), "persona.name"),
        (lambda d: d["difficulty"].pop("hard"), "difficulty"),
        (lambda d: d["disclosures"][0].update(concern="no-such-concern"), "no-such-concern"),
        (lambda d: d["disclosures"][0]["unlock"].update(min_trust=140), "min_trust"),
        (lambda d: d["rubric"][0].update(weight=-1), "rubric.0.weight"),
        (lambda d: d["trust_triggers"][0].update(acts=["shouting"]), "trust_triggers.0.acts"),
    ],
)
def test_broken_scenario_error_names_file_and_field(tmp_path: Path, mutate, field: str) -> None:  # type: ignore[no-untyped-def]
    path = _broken(tmp_path, mutate)
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    message = str(caught.value)
    assert str(path) in message and field in message
    assert "\n" not in message


def test_file_name_must_match_id(tmp_path: Path) -> None:
    path = tmp_path / "another-name.yaml"
    path.write_text(SHIPPED[0].read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ScenarioError, match="must match the file name"):
        load_scenario(path)


def test_invalid_yaml_names_the_line() -> None:
    with pytest.raises(ScenarioError, match="line 2"):
        parse_scenario_text("id: x\n  title: [unclosed\n", "editor")


def test_validate_command_reports_each_bad_file_in_one_line(tmp_path: Path) -> None:
    bad = _broken(tmp_path, lambda d: d.update(mood="sunny"))
    result = subprocess.run(
        [sys.executable, "-m", "coach", "scenarios", "validate", str(SHIPPED[0]), str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and str(bad) in errors[0] and "mood" in errors[0]
    assert f"ok: {SHIPPED[0]}" in result.stdout


def test_validate_accepts_all_shipped_files() -> None:
    result = runner.invoke(app, ["scenarios", "validate", *map(str, SHIPPED)])
    assert result.exit_code == 0, result.output


def test_list_json_has_every_scenario() -> None:
    result = runner.invoke(app, ["scenarios", "list", "--json"])
    assert result.exit_code == 0
    assert {s["id"] for s in json.loads(result.stdout)} == {p.stem for p in SHIPPED}


def test_show_json_includes_the_persona_name() -> None:
    result = runner.invoke(app, ["scenarios", "show", "giving-feedback", "--json"])
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    assert shown["persona"]["name"] == ScenarioLibrary().get("giving-feedback").persona.name


def test_show_unknown_scenario_is_a_clear_error() -> None:
    result = runner.invoke(app, ["scenarios", "show", "no-such-thing"])
    assert result.exit_code == 1
    assert "coach scenarios list" in result.output


def test_schema_export_is_json_schema_of_a_scenario(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    result = runner.invoke(app, ["scenarios", "schema", "-o", str(out)])
    assert result.exit_code == 0
    schema = json.loads(out.read_text())
    assert {"persona", "disclosures", "rubric"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_committed_schema_file_is_current() -> None:
    committed = (shipped_dir("scenarios").parent / "scenario.schema.json").read_text()
    assert json.loads(committed) == json.loads(scenario_json_schema())


def test_validate_takes_a_folder_for_the_scenario_files_in_it(tmp_path: Path) -> None:
    folder = SHIPPED[0].parent
    result = runner.invoke(app, ["scenarios", "validate", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.output.count("ok: ") == len(SHIPPED)
    empty = runner.invoke(app, ["scenarios", "validate", str(tmp_path)])
    assert empty.exit_code == 1 and "no .yaml files" in empty.output


def test_personas_have_pronouns_and_they_is_the_default() -> None:
    shipped = {p.stem: load_scenario(p).persona for p in SHIPPED}
    assert shipped["giving-feedback"].subject == "he" and shipped["giving-feedback"].object == "him"
    assert shipped["setting-boundaries"].subject == "she"
    unsaid = shipped["giving-feedback"].model_copy(update={"pronouns": Pronouns.THEY})
    assert unsaid.object == "them"


def test_a_scenario_is_read_alone_and_a_broken_neighbour_shows_only_when_all_are_asked(
    tmp_path: Path,
) -> None:
    good = shipped_dir("scenarios") / "giving-feedback.yaml"
    (tmp_path / "giving-feedback.yaml").write_bytes(good.read_bytes())
    (tmp_path / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n")
    library = ScenarioLibrary(tmp_path)
    assert library.get("giving-feedback").id == "giving-feedback"
    assert library.has("broken") and not library.has("missing")
    assert not library.has("../giving-feedback")  # an id is a file name, never a path
    with pytest.raises(ScenarioError, match="broken.yaml"):
        library.all()
    with pytest.raises(ScenarioError, match="No scenario 'missing'"):
        ScenarioLibrary(shipped_dir("scenarios")).get("missing")
