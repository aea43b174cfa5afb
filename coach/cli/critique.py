"""``coach critique``: feedback on a transcript's listening and questioning."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from coach.cli import app
from coach.cli.debrief import debrief_text
from coach.cli.output import print_json, user_errors
from coach.critique import critique_offline
from coach.errors import CoachError
from coach.guidance import GuidanceStore
from coach.models import Difficulty
from coach.services import CoachServices
from coach.settings import Settings
from coach.transcript_json import parse_transcript_json

LLM_LATER_NOTICE = "The language-model critique is not available yet; this is the offline one."


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
    parsed = parse_transcript_json(_read(transcript), str(transcript), difficulty)
    scenario = services.scenarios.get(parsed.scenario)
    notices: list[str] = []
    with _guidance_store(services.settings, notices) as store:
        result = critique_offline(parsed, scenario, store)
    if not offline and services.settings.use_llm:
        notices.append(LLM_LATER_NOTICE)
    result = result.model_copy(update={"notices": [*result.notices, *notices]})
    if as_json:
        print_json(result.model_dump(mode="json"))
    else:
        typer.echo(debrief_text(result, scenario.title), nl=False)


def _read(path: Path) -> str:
    if str(path) == "-":
        return typer.get_text_stream("stdin").read()
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CoachError(f"Cannot read transcript {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise CoachError(f"Transcript {path} is not UTF-8 text; save it as UTF-8.") from None


@contextmanager
def _guidance_store(settings: Settings, notices: list[str]) -> Iterator[GuidanceStore | None]:
    """The guidance store with the shipped corpus in it, or None (and why) if it cannot open."""
    # Imported here: Chroma takes seconds to import, and other commands never need it.
    from coach.backends.chroma_store import open_guidance_store
    from coach.backends.guidance_files import load_guidance_file
    from coach.ingest import ensure_shipped_corpus

    try:
        store = open_guidance_store(settings)
    except CoachError as exc:
        notices.append(f"Guidance library unavailable: {exc}")
        yield None
        return
    try:
        report = ensure_shipped_corpus(store, load_guidance_file)
        if report is not None:
            notices.extend(f"Guidance file skipped: {e.message}" for e in report.errors)
        yield store
    finally:
        store.close()
