"""``coach eval``: measure components against held-out, hand-labelled data."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from coach.cli import app
from coach.cli.output import print_json, user_errors
from coach.evaluation import CoderEvaluation, QuestionKind, Scores, evaluate
from coach.evaluation_data import default_utterances_path, load_evaluation_set
from coach.skills import code_turns

eval_app = typer.Typer(help="Evaluate the coach against labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


class SplitChoice(StrEnum):
    DEV = "dev"
    TEST = "test"
    ALL = "all"


SplitOption = Annotated[
    SplitChoice, typer.Option("--split", help="Which items to score (test is the held-out one).")
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
DataOption = Annotated[
    Path | None, typer.Option("--data", help="An evaluation YAML file (default: the shipped one).")
]


@eval_app.command("coder")
@user_errors
def evaluate_coder(
    split: SplitOption = SplitChoice.TEST, as_json: JsonFlag = False, data: DataOption = None
) -> None:
    """Score the skill coder's acts against the hand-labelled utterances."""
    items = load_evaluation_set(data or default_utterances_path()).select(split.value)
    gold = [frozenset(item.acts) for item in items]
    predicted = [frozenset(coded.acts) for coded in code_turns(item.text for item in items)]
    result = evaluate(gold, predicted)
    if as_json:
        print_json({"split": split.value, **result.model_dump(mode="json")})
        return
    typer.echo(render_evaluation(result, split.value))


def render_evaluation(result: CoderEvaluation, split: str) -> str:
    """The evaluation as a readable text report."""
    return "\n".join(
        [
            f"Skill coder on the {split} split ({result.utterances} utterances)",
            "",
            *_act_table(result),
            "",
            f"macro-F1 {result.macro_f1:.3f}   exact match {result.exact_match:.3f}",
            "",
            *_question_table(result),
            "",
            f"reflection F1 {result.reflection.f1:.3f}  (reflection or summary; "
            f"P {result.reflection.precision:.2f}, R {result.reflection.recall:.2f})",
        ]
    )


def _act_table(result: CoderEvaluation) -> list[str]:
    header = f"{'act':<16} {'P':>5} {'R':>5} {'F1':>5} {'gold':>5} {'coded':>5}"
    return [header, *(_score_row(act.value, s) for act, s in result.acts.items())]


def _score_row(name: str, s: Scores) -> str:
    return (
        f"{name:<16} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f} {s.support:5d} {s.predicted:5d}"
    )


def _question_table(result: CoderEvaluation) -> list[str]:
    kinds = list(QuestionKind)
    header = "questions (gold \\ coded) " + " ".join(f"{k.value:>7}" for k in kinds)
    rows = [
        f"{gold.value:<24} " + " ".join(f"{result.question_confusion[gold][k]:7d}" for k in kinds)
        for gold in kinds
    ]
    return [header, *rows, f"question macro-F1 {result.question_macro_f1:.3f}"]
