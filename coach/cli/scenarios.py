"""``coach scenarios``: list, show, validate and export the schema of practice scenarios."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coach.cli.app import app
from coach.cli.output import print_json, user_errors
from coach.errors import ScenarioError
from coach.scenarios.library import ScenarioLibrary, load_scenario, scenario_json_schema
from coach.scenarios.models import Scenario
from coach.settings import Settings

scenarios_app = typer.Typer(help="Browse and check practice scenarios.", no_args_is_help=True)
app.add_typer(scenarios_app, name="scenarios")

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _library() -> ScenarioLibrary:
    return ScenarioLibrary(Settings().scenarios_dir)


@scenarios_app.command("list")
@user_errors
def list_scenarios(as_json: JsonFlag = False) -> None:
    """List the scenarios you can practise."""
    scenarios = _library().all()
    if as_json:
        print_json([_headline(s) for s in scenarios])
        return
    for s in scenarios:
        typer.echo(f"{s.id:<28} {s.learner_role.value:<7} {s.title}")


@scenarios_app.command("show")
@user_errors
def show_scenario(scenario_id: str, as_json: JsonFlag = False) -> None:
    """Show a scenario's brief, counterpart and rubric."""
    scenario = _library().get(scenario_id)
    if as_json:
        print_json(scenario.model_dump(mode="json"))
        return
    typer.echo(_describe(scenario))


@scenarios_app.command("validate")
def validate_scenarios(paths: list[Path]) -> None:
    """Check scenario files; prints one line per bad file and exits non-zero if any is bad."""
    failures = 0
    for path in _scenario_files(paths):
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            failures += 1
            typer.echo(f"invalid: {exc}", err=True)
        else:
            typer.echo(f"ok: {path} ({scenario.id})")
    if failures:
        raise typer.Exit(1)


def _scenario_files(paths: list[Path]) -> list[Path]:
    """The files named, with a folder standing for the .yaml and .yml files in it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                typer.echo(f"invalid: {path}: no .yaml files in this folder", err=True)
                raise typer.Exit(1)
            files.extend(found)
        else:
            files.append(path)
    return files


@scenarios_app.command("schema")
def export_schema(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
) -> None:
    """Print (or write) the JSON Schema of a scenario file, for editors."""
    schema = scenario_json_schema()
    if output is None:
        typer.echo(schema)
    else:
        output.write_text(schema + "\n", encoding="utf-8")


def _headline(s: Scenario) -> dict[str, object]:
    return {
        "id": s.id,
        "title": s.title,
        "summary": s.summary,
        "learner_role": s.learner_role.value,
        "skills": s.skills,
        "persona": {"name": s.persona.name, "role": s.persona.role},
    }


def _describe(s: Scenario) -> str:
    rubric = "\n".join(f"  - {r.title} (weight {r.weight:g}): {r.good}" for r in s.rubric)
    objectives = "\n".join(f"  - {o}" for o in s.learning_objectives)
    return (
        f"{s.title}  [{s.id}]\nYou are the {s.learner_role.value}. {s.summary}\n\n"
        f"Brief:\n{s.brief}\n\nYou will talk with {s.persona.name}, {s.persona.role}.\n\n"
        f"Learning objectives:\n{objectives}\n\nYou will be scored on:\n{rubric}\n"
    )
