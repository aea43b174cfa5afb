"""``coach bench``: time the hot paths and check them against the project's goals."""

from __future__ import annotations

from typing import Annotated

import typer

from coach.bench.report import table
from coach.bench.run import BenchPlan, run_bench
from coach.cli.app import app
from coach.cli.output import print_json, user_errors


@app.command()
@user_errors
def bench(
    as_json: Annotated[bool, typer.Option("--json", help="Print the numbers as JSON.")] = False,
    quick: Annotated[
        bool, typer.Option(help="Smaller runs and only the 1k-chunk store (a minute or so).")
    ] = False,
) -> None:
    """Measure turn, critique, retrieval, ingest, memory, cold start and LLM-mode overhead."""
    report = run_bench(BenchPlan.quick() if quick else BenchPlan())
    if as_json:
        print_json(report.as_json())
    else:
        typer.echo(table(report))
