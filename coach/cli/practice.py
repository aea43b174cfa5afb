"""``coach practice``: rehearse a scenario in the terminal, or from a script of learner turns."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coach.cli.app import app
from coach.cli.conversation import Printer, converse
from coach.cli.debrief import debrief_text
from coach.cli.output import print_json, read_input, user_errors
from coach.critique.models import Critique
from coach.errors import CoachError
from coach.inputs import MAX_SCRIPT_BYTES
from coach.models import Difficulty, Mode, Speaker
from coach.people.models import Viewer
from coach.practice.run import PracticeRun
from coach.practice.transcripts import session_json
from coach.services import CoachServices


@app.command()
@user_errors
def practice(
    scenario_id: Annotated[
        str | None, typer.Argument(help="Which scenario, e.g. giving-feedback.")
    ] = None,
    difficulty: Annotated[Difficulty, typer.Option(help="How guarded the counterpart is.")] = (
        Difficulty.STANDARD
    ),
    offline: Annotated[bool, typer.Option(help="Use the offline engine even if an LLM is set.")] = (
        False
    ),
    learner_script: Annotated[
        Path | None, typer.Option(help="Play the learner's turns from FILE, one per line.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the session as JSON.")] = False,
    user: Annotated[str | None, typer.Option(help="Whose session this is.")] = None,
    seed: Annotated[int | None, typer.Option(help="Fix the offline engine's wording.")] = None,
    with_critique: Annotated[
        bool, typer.Option("--critique/--no-critique", help="End with the debrief.")
    ] = True,
    resume: Annotated[
        int | None,
        typer.Option(
            metavar="ID",
            help="Continue your open session ID (a reply that broke off is asked for again).",
        ),
    ] = None,
) -> None:
    """Rehearse a conversation. Type /end (or an empty line) to finish."""
    services = CoachServices()
    lines = _script_lines(learner_script) if learner_script else None
    viewer = services.local_viewer(user)
    mode = Mode.OFFLINE if offline else None
    if resume is not None:
        _no_scenario_with_resume(scenario_id)
        run = services.practice.resume(viewer, resume, mode=mode)
    else:
        scenario = _scenario(scenario_id)
        run = services.practice.start(viewer, scenario, difficulty, mode=mode, seed=seed)
    say = Printer(quiet=as_json)
    say.header(run)
    converse(run, say, lines)
    _finish(services, viewer, run, say, as_json=as_json, critique=with_critique, offline=offline)


def _finish(
    services: CoachServices,
    viewer: Viewer,
    run: PracticeRun,
    say: Printer,
    *,
    as_json: bool,
    critique: bool,
    offline: bool,
) -> None:
    """End the session, critique it when asked and print the result."""
    record = services.practice.end(viewer, run.session_id)
    has_learner_turns = any(t.speaker is Speaker.LEARNER for t in record.turns)
    debrief = None
    if critique and has_learner_turns:
        debrief = services.critique_session(viewer, record.id, offline=offline)
    if as_json:
        print_json({**session_json(record), "critique": _dump(debrief)})
        return
    say.line(f"\nSession {record.id} saved ({len(record.turns)} turns).")
    if debrief is not None:
        say.line("\n" + debrief_text(debrief, run.scenario.title))


def _scenario(scenario_id: str | None) -> str:
    if scenario_id is None:
        raise CoachError(
            "Name a scenario to practise (coach scenarios list), or continue a session with "
            "--resume ID."
        )
    return scenario_id


def _no_scenario_with_resume(scenario_id: str | None) -> None:
    if scenario_id is not None:
        raise CoachError(
            f"--resume continues a session in its own scenario; leave out {scenario_id!r}."
        )


def _dump(debrief: Critique | None) -> dict[str, object] | None:
    return None if debrief is None else debrief.model_dump(mode="json")


def _script_lines(path: Path) -> list[str]:
    text = read_input(path, "learner script", MAX_SCRIPT_BYTES)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise CoachError(f"Learner script {path} has no lines; write one learner turn per line.")
    return lines
