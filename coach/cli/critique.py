"""``coach critique``: feedback on a transcript's listening and questioning."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coach.cli.app import app
from coach.cli.debrief import debrief_text
from coach.cli.output import print_json, read_input, user_errors
from coach.inputs import MAX_TRANSCRIPT_BYTES
from coach.models import Difficulty
from coach.practice.transcript_json import parse_transcript_json
from coach.services import CoachServices


@app.command()
@user_errors
def critique(
    transcript: Annotated[Path, typer.Argument(help="A transcript JSON file ('-' for stdin).")],
    offline: Annotated[bool, typer.Option(help="Use the offline critique (no LLM).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the critique as JSON.")] = False,
    difficulty: Annotated[
        Difficulty | None, typer.Option(help="Judge at this difficulty instead of the file's.")
    ] = None,
) -> None:
    """Critique a conversation: scores, evidence, strengths, what to work on, rewrites."""
    services = CoachServices()
    parsed = parse_transcript_json(
        read_input(transcript, "transcript", MAX_TRANSCRIPT_BYTES), str(transcript), difficulty
    )
    services.scenarios.get(parsed.scenario)  # an unknown scenario fails before any work
    result = services.critique(parsed, offline=offline)
    if as_json:
        print_json(result.model_dump(mode="json"))
    else:
        typer.echo(debrief_text(result, services.scenarios.get(parsed.scenario).title), nl=False)
