"""``coach eval qualify``: run the evaluation sets against the configured language model."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from coach.cli.eval_app import JsonFlag, eval_app
from coach.cli.output import print_json, user_errors
from coach.evals.qualify import QualifyPlan, qualify
from coach.evals.qualify_report import Prices, Qualification, Status, markdown
from coach.people.qualification_runs import REPORTS_FOLDER
from coach.services import CoachServices

ShortFlag = Annotated[
    bool,
    typer.Option("--short", help="A few minutes: three scenarios, twenty cases, five critiques."),
]
PartOption = Annotated[
    str,
    typer.Option("--part", help="What to qualify: counterpart, critique or both."),
]
MarkdownOption = Annotated[
    Path | None, typer.Option("--markdown", help="Also write the Markdown summary here.")
]
SaveFlag = Annotated[
    bool,
    typer.Option(
        "--save/--no-save", help="Keep the report in the data folder for the Settings page."
    ),
]


@eval_app.command("qualify")
@user_errors
def qualify_command(
    short: ShortFlag = False,
    part: PartOption = "both",
    as_json: JsonFlag = False,
    markdown_file: MarkdownOption = None,
    input_price: Annotated[float | None, typer.Option("--input-price", min=0)] = None,
    cached_price: Annotated[float | None, typer.Option("--cached-price", min=0)] = None,
    output_price: Annotated[float | None, typer.Option("--output-price", min=0)] = None,
    save: SaveFlag = True,
) -> None:
    """Qualify the configured model: leaks, character breaks, coaching, length, fit and time as
    the counterpart; structure, repairs, removed quotes and agreement as the critic. Prices
    are per million tokens (input, cached input, output), in the currency you pay in. Exits
    with 1 when the model fails."""
    if part not in ("counterpart", "critique", "both"):
        raise typer.BadParameter("choose counterpart, critique or both", param_hint="--part")
    plan = QualifyPlan(short=short, counterpart=part != "critique", critique=part != "counterpart")
    prices = Prices(input=input_price, cached_input=cached_price, output=output_price)
    services = CoachServices()
    report = qualify(services, plan, prices, lambda m: typer.echo(f"[qualify] {m}", err=True))
    summary = markdown(report)
    if markdown_file is not None:
        markdown_file.write_text(summary, encoding="utf-8")
    if save:
        saved = save_report(report, services.settings.data_dir / REPORTS_FOLDER)
        typer.echo(f"[qualify] report kept in {saved}", err=True)
    if as_json:
        print_json(report.model_dump(mode="json"))
    else:
        typer.echo(summary)
    if report.status is Status.FAIL:
        raise typer.Exit(1)


def save_report(report: Qualification, folder: Path) -> Path:
    """Write the report as JSON named by its date and model, for comparing models over time."""
    folder.mkdir(parents=True, exist_ok=True)
    model = re.sub(r"[^A-Za-z0-9._-]+", "-", report.model)[:60]
    stamp = report.date.replace(":", "").replace("+0000", "Z")
    path, number = folder / f"{stamp}-{model}.json", 2
    while path.exists():  # two runs in the same second keep both reports
        path, number = folder / f"{stamp}-{model}-{number}.json", number + 1
    path.write_text(report.model_dump_json(indent=2), encoding="utf-8")
    return path
