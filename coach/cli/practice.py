"""``coach practice``: rehearse a scenario in the terminal, or from a script of learner turns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from coach.cli.app import app
from coach.cli.debrief import debrief_text
from coach.cli.output import print_json, read_input, user_errors
from coach.critique.models import Critique
from coach.errors import CoachError, LLMError
from coach.inputs import MAX_SCRIPT_BYTES
from coach.models import Difficulty, Mode, Speaker
from coach.practice.run import PracticeRun
from coach.practice.transcripts import session_json
from coach.services import CoachServices

END_WORDS = {"/end", "/quit", "/exit"}


@app.command()
@user_errors
def practice(
    scenario_id: Annotated[str, typer.Argument(help="Which scenario, e.g. giving-feedback.")],
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
) -> None:
    """Rehearse a conversation. Type /end (or an empty line) to finish."""
    services = CoachServices()
    lines = _script_lines(learner_script) if learner_script else None
    viewer = services.local_viewer(user)
    mode = Mode.OFFLINE if offline else None
    run = services.practice.start(viewer, scenario_id, difficulty, mode=mode, seed=seed)
    say = _Printer(quiet=as_json)
    say.header(run)
    try:
        _converse(run, say, lines)
    except LLMError as exc:
        raise LLMError(f"{exc} Your turns so far are saved (session {run.session_id}).") from None
    record = services.practice.end(viewer, run.session_id)
    has_learner_turns = any(t.speaker is Speaker.LEARNER for t in record.turns)
    debrief = None
    if with_critique and has_learner_turns:
        debrief = services.critique_session(viewer, record.id, offline=offline)
    if as_json:
        print_json({**session_json(record), "critique": _dump(debrief)})
        return
    say.line(f"\nSession {record.id} saved ({len(record.turns)} turns).")
    if debrief is not None:
        say.line("\n" + debrief_text(debrief, run.scenario.title))


def _dump(debrief: Critique | None) -> dict[str, object] | None:
    return None if debrief is None else debrief.model_dump(mode="json")


def _converse(run: PracticeRun, say: _Printer, lines: list[str] | None) -> None:
    name = run.scenario.persona.name
    turns = iter(lines) if lines is not None else None
    while True:
        text = next(turns, None) if turns is not None else _ask(to_stderr=say.quiet)
        if text is None or text.strip().lower() in END_WORDS or not text.strip():
            return
        if turns is not None:
            say.line(f"You: {text}")
        say.stream(name, run.say(text.strip()))


def _ask(to_stderr: bool) -> str | None:
    """Read one learner turn; the prompt goes to stderr when stdout carries JSON."""
    typer.echo("You: ", nl=False, err=to_stderr)
    try:
        return input()
    except (EOFError, KeyboardInterrupt):
        return None


def _script_lines(path: Path) -> list[str]:
    text = read_input(path, "learner script", MAX_SCRIPT_BYTES)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise CoachError(f"Learner script {path} has no lines; write one learner turn per line.")
    return lines


class _Printer:
    """Conversation output for a person; silent when the caller wants JSON only."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def line(self, text: str) -> None:
        if not self.quiet:
            typer.echo(text)

    def header(self, run: PracticeRun) -> None:
        s = run.scenario
        mode = (
            "OFFLINE MODE: the counterpart is played by the built-in engine (no language model)."
            if run.mode is Mode.OFFLINE
            else "LLM MODE: the counterpart is played by a language model."
        )
        self.line(f"{s.title} ({run.difficulty.value}) — {mode}")
        self.line(f"\n{s.brief}\n\nType /end or an empty line to finish.\n")
        self.line(f"{s.persona.name}: {s.opening_line}")

    def stream(self, name: str, pieces: Iterator[str]) -> None:
        """Print the reply as it arrives; the name only once the first words are in."""
        started = False
        for piece in pieces:
            if not self.quiet:
                typer.echo(piece if started else f"{name}: {piece}", nl=False)
            started = True
        if started:
            self.line("")
