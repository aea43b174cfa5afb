"""``coach eval counterpart``: does the offline counterpart answer what was said?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coach.cli.eval_app import JsonFlag, eval_app
from coach.cli.output import print_json, user_errors
from coach.evals.counterpart import (
    FITTING_TARGET,
    PER_MOVE_TARGET,
    CounterpartEvaluation,
    default_set,
    evaluate_counterpart,
    load_cases,
    load_scripts,
)
from coach.scenarios.library import ScenarioLibrary

SetDirOption = Annotated[
    Path | None,
    typer.Option(
        "--set", help="A folder of cases-*.jsonl and scripts/ (default: the shipped one)."
    ),
]
FailuresFlag = Annotated[
    bool, typer.Option("--failures", help="List every reply that did not fit.")
]


RetrainFlag = Annotated[
    bool,
    typer.Option(
        "--retrain-moves",
        help="Train the move reader on every set in coach/evals/move_training.py first.",
    ),
]


@eval_app.command("counterpart")
@user_errors
def evaluate_counterpart_command(
    folder: SetDirOption = None,
    as_json: JsonFlag = False,
    failures: FailuresFlag = False,
    retrain_moves: RetrainFlag = False,
) -> None:
    """Check the offline counterpart's replies against what a fitting reply must do, and
    play the scripted good, stock-phrase and poor learners at every difficulty."""
    if retrain_moves:
        _retrain_moves()
    chosen = folder or default_set()
    library = ScenarioLibrary()
    result = evaluate_counterpart(load_cases(chosen), load_scripts(chosen), library.get)
    if as_json:
        print_json(result.model_dump(mode="json"))
        return
    typer.echo(render_counterpart(result, str(chosen), failures))


def _retrain_moves() -> None:
    from coach.evals.move_training import accuracy, train, training_cases, write_model
    from coach.practice.move_model import shipped_model

    cases = training_cases()
    model = train(cases)
    path = write_model(model)
    shipped_model.cache_clear()
    typer.echo(
        f"Wrote {path} ({path.stat().st_size // 1024} KiB) from {len(cases)} cases; "
        f"{accuracy(model, cases):.1%} of them read as labelled (training data)."
    )


def render_counterpart(result: CounterpartEvaluation, folder: str, failures: bool) -> str:
    lines = [f"Offline counterpart on {len(result.cases)} responsiveness cases ({folder})", ""]
    if result.cases:
        lines += [
            f"fitting replies {result.fitting:.1%}   (target {FITTING_TARGET:.0%}; every move "
            f">= {PER_MOVE_TARGET:.0%})",
            "",
            f"{'move':<18}{'fitting':>8}{'cases':>7}",
        ]
    else:
        lines.append("(this set has scripted learners only)")
    counts = {move: sum(r.move == move for r in result.cases) for move in result.by_move}
    for move, share in result.by_move.items():
        flag = "" if share >= PER_MOVE_TARGET else "   <- below target"
        lines.append(f"{move:<18}{share:>8.0%}{counts[move]:>7}{flag}")
    lines += _scripted(result) if result.verdicts else ["", "(this set has no scripted learners)"]
    if failures:
        lines += ["", "replies that did not fit:"]
        for r in result.cases:
            if not r.fits:
                lines.append(f"- {r.id} ({r.move}; failed {', '.join(r.failed)}): {r.reply}")
    return "\n".join(lines)


def _scripted(result: CounterpartEvaluation) -> list[str]:
    lines: list[str] = []
    held = sum(v.holds for v in result.verdicts)
    lines += [
        "",
        f"scripted learners: {held} of {len(result.verdicts)} scenario x difficulty hold "
        "(good: every disclosure and a plan; stock phrases: >= 25 trust below good, at most one "
        "disclosure; poor: below its start)",
        f"{'scenario':<28}{'level':<10}{'good':>12}{'stock':>12}{'poor':>12}",
    ]
    by_key = {(p.scenario, p.difficulty, p.learner): p for p in result.played}
    for verdict in result.verdicts:
        cells = []
        for learner in ("good", "stock", "poor"):
            played = by_key[(verdict.scenario, verdict.difficulty, learner)]
            plan = "+plan" if played.planned else ""
            cells.append(f"{played.trust:>3} {played.disclosures}/{played.of}{plan}")
        mark = "" if verdict.holds else "   <- does not hold"
        lines.append(
            f"{verdict.scenario:<28}{verdict.difficulty.value:<10}"
            + "".join(f"{c:>12}" for c in cells)
            + mark
        )
    lines.append(f"\nrepeated counterpart lines in the scripted sessions: {result.repeated_lines}")
    return lines
