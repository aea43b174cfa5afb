"""``coach bench``: time the hot paths and check them against the project's goals."""

from __future__ import annotations

from typing import Annotated

import typer

from coach.bench.load import LoadPlan, run_load
from coach.bench.load_report import load_table
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
    load: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Instead: N simulated learners at once against the configured database and "
            "guidance store (their sessions are deleted afterwards).",
        ),
    ] = None,
    turns: Annotated[int, typer.Option(min=1, help="Learner turns each (with --load).")] = 8,
) -> None:
    """Measure turn, critique, retrieval, ingest, memory, cold start and LLM-mode overhead."""
    if load is not None:
        _bench_load(LoadPlan(learners=load, turns=turns), as_json)
        return
    report = run_bench(BenchPlan.quick() if quick else BenchPlan())
    if as_json:
        print_json(report.as_json())
    else:
        typer.echo(table(report))


def _bench_load(plan: LoadPlan, as_json: bool) -> None:
    typer.echo(f"[bench] {plan.learners} learners at once, {plan.turns} turns each", err=True)
    report = run_load(plan)
    if as_json:
        print_json(report.as_json())
    else:
        typer.echo(load_table(report))
