"""``coach ingest`` and ``coach search``: fill the guidance store and query it."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from coach.cli.app import app
from coach.cli.output import print_json, user_errors
from coach.errors import CoachError
from coach.guidance.ingest import GuidanceLoader, IngestReport, ensure_shipped_corpus, ingest_paths
from coach.guidance.passages import Passage
from coach.settings import Settings

if TYPE_CHECKING:
    from coach.backends.chroma_store import ChromaGuidanceStore

SNIPPET_CHARS = 300


@app.command()
@user_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files (.md, .txt, .pdf) or folders.")],
    rebuild: Annotated[
        bool, typer.Option(help="Empty the store first, e.g. after changing embeddings.")
    ] = False,
) -> None:
    """Add guidance files to the store the critique cites; unchanged files are skipped."""
    with _store(rebuild=rebuild) as store, _progress_bar() as bar:
        task = bar.add_task("Ingesting", total=None)

        def advance(done: int, total: int, source: str) -> None:
            bar.update(task, completed=done, total=total, description=source)

        report = ingest_paths(store, _loader(), paths, advance)
    if not report.files_ok and not report.errors:
        raise CoachError("No .md, .txt or .pdf files found there; check the paths.")
    _print_report(report)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
@user_errors
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in your own words.")],
    k: Annotated[int, typer.Option("-k", min=1, max=50, help="How many passages.")] = 5,
    skill: Annotated[
        list[str] | None, typer.Option(help="Only passages tagged with this skill (repeatable).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the passages as JSON.")] = False,
) -> None:
    """Find the guidance passages closest to QUERY."""
    with _store() as store:
        report = ensure_shipped_corpus(store, _loader())
        if report and not report.ok:
            _print_errors(report)
        passages = store.search(query, k=k, skills=skill)
    if as_json:
        print_json([p.model_dump() for p in passages])
    elif not passages:
        typer.echo("No guidance found; add some with `coach ingest PATH`.")
    else:
        for rank, passage in enumerate(passages, 1):
            typer.echo(_format_passage(rank, passage))


@contextmanager
def _store(*, rebuild: bool = False) -> Iterator[ChromaGuidanceStore]:
    # Imported here: Chroma takes seconds to import and every other command would pay for it.
    from coach.backends.chroma_store import open_guidance_store

    store = open_guidance_store(Settings(), rebuild=rebuild)
    try:
        yield store
    finally:
        store.close()


def _loader() -> GuidanceLoader:
    from coach.backends.guidance_files import load_guidance_file

    return load_guidance_file


def _progress_bar() -> Progress:
    # On stderr, so that stdout carries only the summary line.
    return Progress(
        TextColumn("{task.description:<40}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _print_report(report: IngestReport) -> None:
    _print_errors(report)
    typer.echo(report.summary())


def _print_errors(report: IngestReport) -> None:
    for error in report.errors:
        typer.echo(f"Error: {error.message}", err=True)


def _format_passage(rank: int, passage: Passage) -> str:
    snippet = textwrap.shorten(passage.text, SNIPPET_CHARS, placeholder=" ...")
    body = textwrap.indent(textwrap.fill(snippet, 88), "   ")
    where = f"{passage.source} > {passage.heading}"
    return f"{rank}. {where}  (score {passage.score:.2f})\n{body}\n"
